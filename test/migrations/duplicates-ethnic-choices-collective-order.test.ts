import { describe, expect, it } from 'vitest';
import { openSession } from '../../electron/session/open-session.ts';
import { databaseAtVersion, MINIMAL_ROWS_SQL } from '../support/database-at-version.ts';
import { ok } from '../support/session.ts';
import { expectWarningFiguresTrue } from '../support/warning-truth.ts';

/** A version-5 file: collectives and persons mixed in name order, and one person entered twice. */
const VERSION_5_ROWS = `${MINIMAL_ROWS_SQL}
  INSERT INTO ethnic_groups (code, name, display_name, other_spellings_json, aliases_json, ambiguous_aliases_json, minority, search_key, verified)
    VALUES ('02', 'Tày', 'Tày', '[]', '[]', '[]', 1, 'tay', 'V');
  INSERT INTO units (name, name_folded, kind) VALUES ('Sơn Động', 'son dong', 'district');
  INSERT INTO campaign_quotas (campaign_id, unit_id, position, collective, individual) VALUES (1, 1, 0, 5, 5);
  INSERT INTO nominees (campaign_id, unit_id, kind, name, name_folded, name_words, sort_key, collective_form, representative, gender,
      birth_year, ethnic_code, achievement_field, achievement_summary, created_at, updated_at) VALUES
    (1, 1, 'collective', 'Hợp tác xã Thanh Sơn', 'hop tac xa thanh son', ' hop tac xa thanh son', 'S', 'Hợp tác xã', 'Lê Văn A', NULL,
      NULL, NULL, 'Lao động sản xuất', 'x', '', ''),
    (1, 1, 'individual', 'Hoàng Thị Mai', 'hoang thi mai', ' hoang thi mai', 'M', NULL, NULL, 'female', 1975, '02', 'Lao động sản xuất', 'x', '', ''),
    (1, 1, 'individual', 'Hoàng Thị  Mai', 'hoang thi mai', ' hoang thi mai', 'M', NULL, NULL, 'female', NULL, '02', 'Lao động sản xuất', 'x', '', ''),
    (1, 1, 'individual', 'Đặng Văn An', 'dang van an', ' dang van an', 'A', NULL, NULL, 'male', 1980, '02', 'Lao động sản xuất', 'x', '', '');
`;

describe('migration 6: possible duplicates, ethnic answers kept per unit, collectives in name order', () => {
  it('orders collectives first by their whole name, and flags the nominee entered twice', async () => {
    const file = databaseAtVersion(5, VERSION_5_ROWS);
    const session = openSession({ databasePath: file, logError: () => undefined });
    try {
      const names = (await ok(session, 'nominees.list', { campaignId: 1, sort: 'name' })).items.map((nominee) => [
        nominee.name,
        nominee.warnings.some((warning) => warning.rule === 'possible-duplicate'),
      ]);
      expect(names).toEqual([
        ['Hợp tác xã Thanh Sơn', false],
        ['Đặng Văn An', false],
        ['Hoàng Thị Mai', true],
        ['Hoàng Thị  Mai', true],
      ]);
      expect(session.db.prepare("SELECT count(*) FROM sqlite_master WHERE name = 'ethnic_name_choices'").pluck().get()).toBe(1);
      await expectWarningFiguresTrue(session);
    } finally {
      session.close();
    }
  });
});
