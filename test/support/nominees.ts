import type { NomineeFields } from '../../shared/domain/nominees.ts';
import type { Session } from '../../electron/session/open-session.ts';
import { saveNominees } from '../../electron/services/nominations/nominees.ts';

/** A person as a district nominates one (Tày, born 1980, farming), with the fields a test changes. */
export function person(unitId: number, name: string, extra: Partial<NomineeFields> = {}): NomineeFields {
  return {
    unitId,
    kind: 'individual',
    name,
    collectiveForm: null,
    representative: null,
    gender: 'female',
    birthYear: 1980,
    ethnicCode: '02',
    position: '',
    village: '',
    commune: '',
    district: '',
    phone: '',
    achievementField: 'Lao động sản xuất',
    achievementSummary: 'Trồng quế',
    priorAwards: '',
    ...extra,
  };
}

/** A collective (a cooperative) with its representative. */
export function collective(unitId: number, name: string, extra: Partial<NomineeFields> = {}): NomineeFields {
  return {
    ...person(unitId, name),
    kind: 'collective',
    collectiveForm: 'Hợp tác xã',
    representative: 'Hoàng Văn Thụ',
    gender: null,
    birthYear: null,
    ...extra,
  };
}

/** Many nominees at once, through the same service an import uses (one transaction). */
export function addNominees(session: Session, fields: readonly NomineeFields[], campaignId = 1): number[] {
  return session.db.transaction(() =>
    saveNominees(
      session.ctx,
      campaignId,
      fields.map((row) => ({ fields: row })),
    ),
  )();
}
