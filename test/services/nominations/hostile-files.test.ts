import { describe, expect, it } from 'vitest';
import { HOSTILE_FILES } from '../../fixtures/hostile-xlsx.ts';
import { districtSheet, personRow } from '../../support/district-sheet.ts';
import { fails, newSession, ok } from '../../support/session.ts';

const dump = (session: ReturnType<typeof newSession>) =>
  JSON.stringify(
    ['nominees', 'submissions', 'attachments', 'audit_log'].map((table) => session.db.prepare(`SELECT * FROM ${table}`).all()),
  );

describe('hostile district files', () => {
  for (const [name, { file, refused }] of Object.entries(HOSTILE_FILES)) {
    it(`${name}: ${refused ? 'refused with the limit and the file’s figure' : 'read within its limits'}, the database unchanged`, async () => {
      const session = newSession();
      const before = dump(session);
      const heapBefore = process.memoryUsage().heapUsed;
      const input = { campaignId: 1, fileName: 'de-cu.xlsx', contentBase64: file.toString('base64') };
      if (refused) {
        expect((await fails(session, 'imports.preview', input)).message).toMatch(refused);
        expect((await fails(session, 'imports.commit', input)).message).toMatch(refused);
      } else {
        const preview = await ok(session, 'imports.preview', input);
        expect(preview.accepted.map((row) => row.fields.name)).toEqual(['Hoàng Văn 3', 'Hoàng Văn 4']);
      }
      // Bounded memory: nothing near the gigabytes such a file once made the reader allocate.
      expect(process.memoryUsage().heapUsed - heapBefore).toBeLessThan(400 * 1024 * 1024);
      if (refused) expect(dump(session)).toBe(before);
    });
  }

  it('holds imported rows to the same field limits as typing: a name of 1,000 characters is a rejected row, not a stored one', async () => {
    const session = newSession();
    const file = await districtSheet('Huyện Lục Ngạn', [personRow('Hoàng Văn Tư'), personRow(`Hoàng ${'Văn '.repeat(250)}Dài`)]);
    const preview = await ok(session, 'imports.preview', { campaignId: 1, ...file });
    expect(preview.accepted.map((row) => row.fields.name)).toEqual(['Hoàng Văn Tư']);
    expect(preview.rejected.map((row) => row.reason)).toEqual(['Họ và tên / Tên tập thể: dài quá 300 ký tự.']);
    await ok(session, 'imports.commit', { campaignId: 1, ...file });
    expect(session.db.prepare('SELECT max(length(name)) FROM nominees').pluck().get()).toBe('Hoàng Văn Tư'.length);
  });
});
