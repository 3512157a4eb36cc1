import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { unitId } from '../../support/award-fixture.ts';
import { addNominees, person } from '../../support/nominees.ts';
import { fails, newSession, ok } from '../../support/session.ts';

describe('kept files', () => {
  it('are written whole, never trusted when torn, served only when whole, and every one is checked', async () => {
    const session = newSession();
    const [id = 0] = addNominees(session, [person(unitId(session, 'Sơn Động'), 'Lý Thị Sen')]);
    const content = Buffer.from('%PDF-1.4 công văn đề cử của huyện Sơn Động');
    const [kept] = await ok(session, 'nominees.attach', { id, fileName: 'cong-van.pdf', contentBase64: content.toString('base64') });
    const folder = path.join(session.dir, 'tep-dinh-kem');
    const file = path.join(folder, kept?.hash ?? '');
    expect(fs.readFileSync(file)).toEqual(content);
    expect(fs.readdirSync(folder).filter((name) => name.endsWith('.tmp'))).toEqual([]);
    expect((await ok(session, 'system.check', {})).ok).toBe(true);

    // Torn as a kill or a full disk would leave it: check names it, and it is not served.
    fs.writeFileSync(file, content.subarray(0, 9));
    const torn = await ok(session, 'system.check', {});
    expect(torn.ok).toBe(false);
    expect(torn.problems).toContain('Có 1 tệp đính kèm bị thiếu hoặc hỏng: cong-van.pdf (nội dung đã khác, có thể bị ghi dở).');
    expect((await fails(session, 'attachments.content', { hash: kept?.hash })).message).toContain('đã bị hỏng');

    // The same file attached again is written anew instead of trusting the torn one.
    await ok(session, 'nominees.attach', { id, fileName: 'cong-van.pdf', contentBase64: content.toString('base64') });
    expect(fs.readFileSync(file)).toEqual(content);
    expect((await ok(session, 'system.check', {})).ok).toBe(true);

    fs.rmSync(file);
    expect((await ok(session, 'system.check', {})).problems).toContain(
      'Có 1 tệp đính kèm bị thiếu hoặc hỏng: cong-van.pdf (không còn tệp).',
    );
  });
});
