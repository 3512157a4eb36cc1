import { describe, expect, it } from 'vitest';
import { LATEST_SCHEMA_VERSION } from '../../electron/db/migrations/index.ts';
import { openSession } from '../../electron/session/open-session.ts';
import { RULE_BITS } from '../../shared/domain/nominee-checks.ts';
import { databaseAtVersion, MINIMAL_ROWS_SQL } from '../support/database-at-version.ts';
import { ok } from '../support/session.ts';
import { expectWarningFiguresTrue } from '../support/warning-truth.ts';

/** A version-4 file with Vietnamese codes everywhere they were stored. */
const VERSION_4_ROWS = `${MINIMAL_ROWS_SQL}
  INSERT INTO ethnic_groups (code, name, display_name, other_spellings_json, aliases_json, ambiguous_aliases_json, minority, search_key, verified)
    VALUES ('01', 'Kinh', 'Kinh', '[]', '[]', '[]', 0, 'kinh', 'V'), ('02', 'Tày', 'Tày', '[]', '[]', '[]', 1, 'tay', 'V');
  INSERT INTO units (name, name_folded, kind) VALUES ('Sơn Động', 'son dong', 'huyen'), ('Chũ', 'chu', 'phuong');
  INSERT INTO campaign_phases (campaign_id, key, position, name, starts_on, ends_on) VALUES
    (1, 'ke-hoach', 0, 'Lập kế hoạch', NULL, NULL), (1, 'de-cu', 1, 'Đề cử', '2024-02-01', '2024-03-20'),
    (1, 'boi-duong', 2, 'Bồi dưỡng', NULL, NULL), (1, 'danh-gia', 3, 'Đánh giá', NULL, NULL), (1, 'tong-ket', 4, 'Tổng kết', NULL, NULL);
  INSERT INTO campaign_quotas (campaign_id, unit_id, position, collective, individual) VALUES (1, 1, 0, 0, 1);
  INSERT INTO submissions (campaign_id, unit_id, received_on, channel, created_at) VALUES (1, 1, '2024-03-25', 'paper', '');
  INSERT INTO nominees (campaign_id, unit_id, submission_id, kind, name, name_folded, gender, birth_year, ethnic_code, achievement_field,
      achievement_summary, status, created_at, updated_at) VALUES
    (1, 1, 1, 'individual', 'Hoàng Thị Mai', 'hoang thi mai', 'nu', 1975, '02', 'Lao động sản xuất', 'Trồng quế', 'de-cu', '', ''),
    (1, 1, 1, 'individual', 'Trần Văn Long', 'tran van long', 'nam', 1970, '01', 'Buôn bán', 'Bán hàng', 'boi-duong', '', ''),
    (1, 1, 1, 'individual', 'Lý Văn Rút', 'ly van rut', 'nam', 1971, '02', 'Lao động sản xuất', 'Trồng chè', 'rut', '', '');
  INSERT INTO warning_acceptances (nominee_id, rule, reason, os_user, accepted_at) VALUES
    (2, 'khong-phai-dtts', 'Người Kinh sống lâu năm ở bản', 'van-thu', ''), (2, 'nop-muon', 'Huyện báo trước', 'van-thu', '');
  INSERT INTO issued_documents (campaign_id, agency_id, kind, year, number, symbol, issued_on, title, snapshot_json, created_at)
    VALUES (1, 1, 'ke-hoach', 2024, 15, 'KH-BDT', '2024-02-05', 't',
      '{"snapshot":{"phases":[{"key":"de-cu","name":"Đề cử"}],"units":[{"id":1,"kind":"huyen"}]},"document":{"kind":"ke-hoach"}}', '');
`;

describe('migration 5: English codes and warnings stored per rule', () => {
  it('maps every stored code, drops the old counts, index and triggers, and works the warnings out on opening', async () => {
    const file = databaseAtVersion(4, VERSION_4_ROWS);
    const session = openSession({ databasePath: file, logError: () => undefined });
    try {
      const { db } = session;
      expect(db.pragma('user_version', { simple: true })).toBe(LATEST_SCHEMA_VERSION);
      expect(db.prepare('SELECT status, gender FROM nominees ORDER BY id').all()).toEqual([
        { status: 'nominated', gender: 'female' },
        { status: 'nurturing', gender: 'male' },
        { status: 'withdrawn', gender: 'male' },
      ]);
      expect(db.prepare('SELECT rule FROM warning_acceptances ORDER BY id').pluck().all()).toEqual(['not-minority', 'late']);
      expect(db.prepare('SELECT kind FROM units ORDER BY id').pluck().all()).toEqual(['district', 'ward']);
      expect(db.prepare('SELECT key FROM campaign_phases ORDER BY position').pluck().all()).toEqual([
        'planning',
        'nomination',
        'nurturing',
        'evaluation',
        'review',
      ]);
      const issued = db.prepare('SELECT kind, snapshot_json FROM issued_documents').get() as { kind: string; snapshot_json: string };
      expect(issued.kind).toBe('plan');
      expect(JSON.parse(issued.snapshot_json)).toEqual({
        snapshot: { phases: [{ key: 'nomination', name: 'Đề cử' }], units: [{ id: 1, kind: 'district' }] },
        document: { kind: 'plan' },
      });
      expect(db.prepare("SELECT count(*) FROM sqlite_master WHERE type = 'trigger'").pluck().get()).toBe(0);
      expect(
        db.prepare("SELECT name FROM sqlite_master WHERE name IN ('nominee_counts', 'nominee_names', 'nominee_names_queue')").all(),
      ).toEqual([]);
      expect(db.pragma('foreign_key_check')).toEqual([]);
      expect(db.pragma('foreign_keys', { simple: true })).toBe(1);
      // Received after the deadline (all three), Long is Kinh and second in a quota of one: each its own bit.
      const bits = db.prepare('SELECT warning_bits, accepted_bits, open_bits FROM nominees ORDER BY id').all();
      expect(bits).toEqual([
        { warning_bits: RULE_BITS.late, accepted_bits: 0, open_bits: RULE_BITS.late },
        {
          warning_bits: RULE_BITS['not-minority'] | RULE_BITS.field | RULE_BITS['over-quota'] | RULE_BITS.late,
          accepted_bits: RULE_BITS['not-minority'] | RULE_BITS.late,
          open_bits: RULE_BITS.field | RULE_BITS['over-quota'],
        },
        { warning_bits: RULE_BITS.late, accepted_bits: 0, open_bits: RULE_BITS.late },
      ]);
      await expectWarningFiguresTrue(session, 1);
      const long = (await ok(session, 'nominees.list', { campaignId: 1, search: 'long' })).items[0];
      expect(long?.warnings.filter((warning) => warning.accepted).map((warning) => warning.rule)).toEqual(['not-minority', 'late']);
    } finally {
      session.close();
    }
  });
});
