import { simpleParser, type ParsedMail } from 'mailparser';
import { SMTPServer } from 'smtp-server';

/**
 * A real SMTP server on a loopback port for one test: it takes a login, keeps every message it
 * accepts (parsed), and refuses the recipients it is told to, as a real server answers 550.
 */
export interface TestSmtp {
  port: number;
  received: ParsedMail[];
  refuse: Set<string>;
  close: () => Promise<void>;
}

/** With a login, mail is taken only after it; without one, from anyone (an office relay). */
export async function startSmtp(login?: { user: string; password: string }): Promise<TestSmtp> {
  const received: ParsedMail[] = [];
  const refuse = new Set<string>();
  const server = new SMTPServer({
    secure: false,
    disabledCommands: ['STARTTLS'],
    allowInsecureAuth: true,
    authOptional: !login,
    logger: false,
    onAuth: (auth, _session, callback) => {
      if (login && auth.username === login.user && auth.password === login.password) callback(null, { user: auth.username });
      else callback(new Error('535 Authentication credentials invalid'));
    },
    onRcptTo: (address, _session, callback) => {
      if (refuse.has(address.address)) {
        const error = Object.assign(new Error(`Mailbox ${address.address} unavailable`), { responseCode: 550 });
        callback(error);
        return;
      }
      callback();
    },
    onData: (stream, _session, callback) => {
      simpleParser(stream)
        .then((mail) => {
          received.push(mail);
          callback();
        })
        .catch((error: unknown) => callback(error instanceof Error ? error : new Error(String(error))));
    },
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  return { port, received, refuse, close: () => new Promise((resolve) => server.close(() => resolve())) };
}
