import { describe, expect, it } from 'vitest';
import { defaultCertificateLayout } from '../../../shared/domain/certificates.ts';
import { awardCampaign, councilMeeting, proposeAll, unitId } from '../../support/award-fixture.ts';
import { collective, person } from '../../support/nominees.ts';
import { fails, ok } from '../../support/session.ts';

describe('Giấy khen on pre-printed paper', () => {
  it('keeps one calibrated layout per paper size, refuses a field off the sheet, and words each certificate from the decision as issued', async () => {
    const session = await awardCampaign();
    const sonDong = unitId(session, 'Sơn Động');
    const meeting = await councilMeeting(session);
    await proposeAll(session, meeting, [
      {
        fields: collective(sonDong, 'Hợp tác xã Nông nghiệp An Lạc', { achievementSummary: 'liên kết trồng na cho 40 hộ.' }),
        awardCode: 'giay-khen',
      },
      { fields: person(sonDong, 'Lý Thị Sen', { achievementSummary: '' }), awardCode: 'giay-khen' },
    ]);
    const { papers } = await ok(session, 'awards.state', { campaignId: 1 });
    await ok(session, 'awards.savePapers', { campaignId: 1, papers: { ...papers, functionsBasis: 'Quyết định số 12/2024/QĐ-UBND' } });
    const issued = await ok(session, 'awards.decide', { campaignId: 1, number: 3, date: '2024-12-10' });

    expect(await ok(session, 'awards.certificateLayout', {})).toEqual(defaultCertificateLayout('a4-landscape'));
    const a3 = defaultCertificateLayout('a3-landscape');
    const moved = { ...a3, offsetXMm: 2, fields: { ...a3.fields, name: { ...a3.fields.name, xMm: 60 } } };
    await ok(session, 'awards.saveCertificateLayout', { layout: moved });
    expect(await ok(session, 'awards.certificateLayout', {})).toEqual(moved);
    expect(await ok(session, 'awards.certificateLayout', { paper: 'a4-landscape' })).toEqual(defaultCertificateLayout('a4-landscape'));
    const a4 = defaultCertificateLayout('a4-landscape');
    const outside = { ...a4, fields: { ...a4.fields, name: { ...a4.fields.name, xMm: 200, widthMm: 150 } } };
    const error = await fails(session, 'awards.saveCertificateLayout', { layout: outside });
    expect(error).toMatchObject({ path: 'layout.fields.name', message: 'Họ tên, tên tập thể nằm ngoài tờ A4 ngang (297 × 210 mm).' });
    expect(await ok(session, 'awards.certificateLayout', { paper: 'a4-landscape' })).toEqual(a4);
    expect(session.db.prepare("SELECT count(*) FROM audit_log WHERE entity = 'certificate_layout'").pluck().get()).toBe(1);

    // Changing the signer after the decision does not change what its certificates say.
    const agency = (await ok(session, 'agencies.list', {}))[0];
    if (!agency) throw new Error('no agency');
    const { id: agencyId, validFrom: _from, validTo: _to, ...fields } = agency;
    await ok(session, 'agencies.update', { id: agencyId, fields: { ...fields, signerName: 'Nguyễn Văn Khác' } });
    const certificates = await ok(session, 'awards.certificates', { campaignId: 1, issuedId: issued.id });
    expect(certificates.map((item) => [item.name, item.achievement])).toEqual([
      ['Hợp tác xã Nông nghiệp An Lạc', 'Liên kết trồng na cho 40 hộ'],
      ['Lý Thị Sen', expect.stringMatching(/^Đã có thành tích xuất sắc trong xây dựng và nhân rộng điển hình tiên tiến/u)],
    ]);
    expect(certificates[0]).toMatchObject({
      decision: 'Quyết định số 03/QĐ-BDT',
      date: 'Bắc Giang, ngày 10 tháng 12 năm 2024',
      signerName: 'Vi Thanh Quyền',
    });
    expect((await fails(session, 'awards.certificates', { campaignId: 1, issuedId: 999 })).code).toBe('not_found');
  });
});
