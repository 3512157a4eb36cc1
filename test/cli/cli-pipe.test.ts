import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { root, tempDb } from '../support/run-cli.ts';
import { unitId } from '../support/award-fixture.ts';
import { addNominees, person } from '../support/nominees.ts';
import { newSession } from '../support/session.ts';

describe('the command line in a pipe', () => {
  it('ends quietly when the reader stops early (nominees | head -1), with no stack trace', () => {
    const db = tempDb();
    const session = newSession({ file: db });
    addNominees(
      session,
      Array.from({ length: 3_000 }, (_, i) => person(unitId(session, 'Lục Nam'), `Người thứ ${i + 1}`)),
    );
    session.close();
    const cli = path.join(root, 'electron/build/run-cli.cjs');
    const run = spawnSync(
      'bash',
      ['-c', `set -o pipefail; "${process.execPath}" "${cli}" nominees --db "${db}" --campaign 2024 | head -1`],
      {
        cwd: root,
        encoding: 'utf8',
      },
    );
    expect(run.stdout.split('\n').filter(Boolean)).toHaveLength(1);
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
  });
});
