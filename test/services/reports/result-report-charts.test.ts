import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import { unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { awardCampaign, councilMeeting, decideReady, proposeAll, unitId } from '../../support/award-fixture.ts';
import { collective, person } from '../../support/nominees.ts';
import { convertWithLibreOffice, pdfText } from '../../support/pdf.ts';
import { fails, ok } from '../../support/session.ts';
import { drawChartPng } from '../../../electron/documents/charts/draw-chart.ts';

/** Width and height of a PNG, from its header. */
const pngSize = (png: Uint8Array) => {
  const view = new DataView(png.buffer, png.byteOffset, png.byteLength);
  return { width: view.getUint32(16), height: view.getUint32(20) };
};

describe('Charts in the result report', () => {
  it('draws a chart as a PNG three times its paper size', () => {
    const rows = [
      { label: 'Huyện Sơn Động', nominated: 12, awarded: 5 },
      { label: 'Huyện Lục Ngạn', nominated: 3, awarded: 0 },
    ];
    const png = drawChartPng({ kind: 'chart', title: 'Biểu đồ', rows, alongYears: false });
    expect([...png.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
    // 150 mm wide at 96 px an inch is 567 px; the height grows with the rows (at least 240 px).
    expect(pngSize(png)).toEqual({ width: 567 * 3, height: 240 * 3 });
    const taller = drawChartPng({ kind: 'chart', title: 'Biểu đồ', rows: [...rows, ...rows, ...rows, ...rows], alongYears: false });
    expect(pngSize(taller).height).toBeGreaterThan(240 * 3);
  });

  it('puts the charts the office chose beside their figures, numbered, as pictures in the Word file', async () => {
    const session = await awardCampaign();
    const sonDong = unitId(session, 'Sơn Động');
    const meeting = await councilMeeting(session);
    await proposeAll(session, meeting, [
      { fields: collective(sonDong, 'Hợp tác xã Nông nghiệp An Lạc'), awardCode: 'giay-khen' },
      { fields: person(sonDong, 'Lý Thị Sen'), awardCode: 'giay-khen' },
    ]);
    await decideReady(session, 3, '2024-12-10');

    const refused = await fails(session, 'reports.saveWords', { campaignId: 1, words: { lessons: '', proposals: '', charts: ['pie'] } });
    expect(refused.code).toBe('invalid_input');
    // Ticked in any order, each once: saved in the order of the report.
    const saved = await ok(session, 'reports.saveWords', {
      campaignId: 1,
      words: { lessons: '', proposals: '', charts: ['field', 'unit', 'awardForm', 'unit'] },
    });
    expect(saved.charts).toEqual(['unit', 'field', 'awardForm']);

    const draft = await ok(session, 'reports.resultDocument', { campaignId: 1 });
    const blocks = draft.document.sections[0]?.blocks ?? [];
    const charts = blocks.flatMap((block, at) => (block.kind === 'chart' ? [{ block, at }] : []));
    expect(charts.map(({ block }) => block.title)).toEqual([
      'Biểu đồ 1. Số đề cử và được khen thưởng theo đơn vị',
      'Biểu đồ 2. Số đề cử và được khen thưởng theo hình thức khen thưởng',
      'Biểu đồ 3. Số đề cử và được khen thưởng theo lĩnh vực thành tích',
    ]);
    // Each right under its caption, and the first right after the table of units' figures.
    for (const { block, at } of charts) expect(blocks[at - 1]).toMatchObject({ kind: 'paragraph', runs: [{ text: block.title }] });
    expect(blocks[(charts[0]?.at ?? 0) - 2]?.kind).toBe('table');
    expect(charts[0]?.block.rows.find((row) => row.label === 'Huyện Sơn Động')).toEqual({
      label: 'Huyện Sơn Động',
      nominated: 2,
      awarded: 2,
    });

    const file = (await ok(session, 'reports.exportResult', { campaignId: 1, draft: true })).saved ?? '';
    const media = Object.entries(unzipSync(fs.readFileSync(file))).filter(([name]) => name.startsWith('word/media/'));
    expect(media).toHaveLength(3);
    for (const [, png] of media) expect(pngSize(png).width).toBe(567 * 3);
    const pdf = convertWithLibreOffice(file, session.dir);
    const text = pdfText(pdf).normalize('NFC').replace(/\s+/gu, ' ');
    expect(text).toContain('Biểu đồ 1. Số đề cử và được khen thưởng theo đơn vị');
    expect(text).toContain('Biểu đồ 3. Số đề cử và được khen thưởng theo lĩnh vực thành tích');
    // LibreOffice laid the three pictures out on the pages.
    const images = execFileSync('pdfimages', ['-list', pdf], { encoding: 'utf8' })
      .trim()
      .split('\n')
      .slice(2)
      .filter((line) => line.trim().split(/\s+/u)[2] === 'image');
    expect(images).toHaveLength(3);
  }, 120_000);
});
