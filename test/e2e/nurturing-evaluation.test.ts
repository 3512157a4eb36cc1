import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addNominees, collective, person } from '../support/nominees.ts';
import { chooseOption, launchApp, type RunningApp } from '../support/browser.ts';
import { makeTempDir } from '../support/temp.ts';

let app: RunningApp;
let temp: ReturnType<typeof makeTempDir>;

beforeAll(async () => {
  temp = makeTempDir('dhtt-e2e-nurture-');
  app = await launchApp({
    databasePath: path.join(temp.dir, 'e2e.sqlite'),
    exportFolder: path.join(temp.dir, 'xuat'),
    now: () => new Date('2024-08-15T09:00:00+07:00'),
    width: 1366,
    height: 768,
  });
  const sonDong = app.session.db.prepare("SELECT id FROM units WHERE name = 'Sơn Động'").pluck().get() as number;
  addNominees(app.session, [
    person(sonDong, 'Lý Thị Sen', { district: 'Sơn Động' }),
    person(sonDong, 'Trần Văn Long', { district: 'Sơn Động', ethnicCode: '03' }),
    collective(sonDong, 'Hợp tác xã Chè An Lạc'),
  ]);
});

afterAll(async () => {
  await app?.close();
  temp?.cleanup();
});

const row = (name: string) => app.page.locator('.ant-table-row', { hasText: name });

async function typeDate(label: string, date: string): Promise<void> {
  const field = app.page.getByLabel(label);
  await field.click();
  await field.fill(date);
  await app.page.keyboard.press('Enter');
}

describe('Bồi dưỡng and Đánh giá in the browser at 1366×768', () => {
  it('logs one activity for two nominees at once and sees the coverage fill', async () => {
    const { page } = app;
    await page.goto(`${app.bridge.url}#/nurturing`);
    await row('Lý Thị Sen').waitFor();
    expect(await page.getByRole('columnheader', { name: 'Quý II/2024' }).count()).toBe(1);
    expect(await row('Lý Thị Sen').textContent()).toContain('Chưa có');
    await row('Lý Thị Sen').getByRole('checkbox').check();
    await row('Trần Văn Long').getByRole('checkbox').check();
    await page.getByRole('button', { name: 'Ghi hoạt động cho 2 đề cử đã chọn' }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByLabel('Loại hoạt động').click();
    await page.keyboard.type('tap huan');
    await page.keyboard.press('Enter');
    await typeDate('Ngày hoạt động', '20/05/2024');
    await dialog.getByLabel('Người thực hiện').fill('Phòng Hành chính - Tổng hợp');
    await dialog.getByLabel('Ghi chú hoạt động').fill('Tập huấn kỹ thuật trồng chè');
    await dialog.getByRole('button', { name: 'Lưu' }).click();
    await page.getByText('Đã ghi hoạt động "Tập huấn, hội nghị" cho 2 đề cử.').waitFor();
    await expect.poll(() => row('Lý Thị Sen').textContent()).toContain('1 hoạt động');
    expect(await row('Trần Văn Long').textContent()).toContain('1 hoạt động');
    expect(await row('Hợp tác xã Chè An Lạc').textContent()).toContain('Chưa có');
    expect(app.session.db.prepare('SELECT count(*) FROM activities').pluck().get()).toBe(1);
    await page.getByLabel('Chỉ đề cử chưa có hoạt động').click();
    await expect.poll(() => page.locator('.ant-table-row').count()).toBe(1);
    await page.screenshot({ path: path.join('test-output', 'boi-duong-1366.png'), fullPage: true });
    await page.getByLabel('Chỉ đề cử chưa có hoạt động').click();
    await page.getByRole('button', { name: 'Xem bồi dưỡng của Lý Thị Sen' }).click();
    await page.getByText('Tập huấn kỹ thuật trồng chè').waitFor();
    // Deleting asks first (Enter confirms), says it is for both nominees, and can be undone.
    const live = () => app.session.db.prepare('SELECT count(*) FROM activities WHERE deleted_at IS NULL').pluck().get();
    await page.getByRole('button', { name: 'Xóa hoạt động ngày 20/05/2024' }).click();
    await page.getByText('Hoạt động này ghi cho 2 đề cử; xóa là xóa cho tất cả.').waitFor();
    await page.getByRole('button', { name: 'Xóa', exact: true }).focus();
    await page.keyboard.press('Enter');
    await expect.poll(live).toBe(0);
    await page.getByRole('button', { name: 'Hoàn tác' }).click();
    await expect.poll(live).toBe(1);
    await expect.poll(() => row('Trần Văn Long').textContent()).toContain('1 hoạt động');
    await page.keyboard.press('Escape');
  });

  it('evaluates a nominee against the plan’s criteria and proposes a Giấy khen with its money', async () => {
    const { page } = app;
    await page.goto(`${app.bridge.url}#/evaluation`);
    await page.getByRole('button', { name: 'Đánh giá Lý Thị Sen' }).click();
    const drawer = page.locator('.ant-drawer');
    await drawer.getByLabel('Đạt tiêu chí 1').check();
    await drawer.getByLabel('Minh chứng tiêu chí 1').fill('Xác nhận của UBND xã');
    await drawer.getByText('Đạt', { exact: true }).click();
    await drawer.getByLabel('Hình thức đề nghị').click();
    await page.keyboard.type('giay khen');
    await page.keyboard.press('Enter');
    await drawer.getByRole('button', { name: 'Lưu đánh giá' }).click();
    await page.getByText('Đã lưu đánh giá của Lý Thị Sen.').waitFor();
    await drawer.getByText('710.000 đ').waitFor();
    expect(await drawer.textContent()).toContain('Nghị định số 73/2024/NĐ-CP');
    expect(await drawer.textContent()).toContain('Tập huấn kỹ thuật trồng chè');
    await page.screenshot({ path: path.join('test-output', 'danh-gia-1366.png') });
    await drawer.getByRole('button', { name: 'Đóng' }).first().click();
    await expect.poll(() => row('Lý Thị Sen').textContent()).toContain('710.000 đ');
    expect(await row('Lý Thị Sen').textContent()).toContain('Hội đồng chưa biểu quyết');
    expect(app.session.db.prepare("SELECT status FROM nominees WHERE name = 'Lý Thị Sen'").pluck().get()).toBe('proposed');
  });

  it('records a council meeting with one member absent (written opinion) and one conflict, and the nominee is ready', async () => {
    const { page } = app;
    await page.getByRole('tab', { name: 'Hội đồng Thi đua - Khen thưởng' }).click();
    for (const [index, name] of ['Vi Thanh Quyền', 'Nguyễn Văn Bình', 'Chu Thị Thu Trang'].entries()) {
      await page.getByRole('button', { name: 'Thêm thành viên' }).click();
      await page.getByLabel(`Họ tên thành viên ${index + 1}`).fill(name);
    }
    await chooseOption(page, 'Vai trò thành viên 3', 'Ủy viên, Thư ký');
    await page.getByRole('button', { name: 'Lưu thành phần Hội đồng' }).click();
    await page.getByText('Đã lưu thành phần Hội đồng.').waitFor();
    await typeDate('Ngày họp Hội đồng', '25/11/2024');
    await page.getByLabel('Địa điểm họp').fill('Phòng họp Ban Dân tộc');
    await chooseOption(page, 'Dự họp: Nguyễn Văn Bình', 'Vắng, có ý kiến bằng văn bản');
    await page.getByRole('button', { name: 'Ghi cuộc họp' }).click();
    await page.getByText('3/3 thành viên tham gia (100 % ≥ 66,7 %)').waitFor();
    await page.getByLabel('Đồng ý: Lý Thị Sen', { exact: true }).fill('3');
    await page.getByLabel('Không đồng ý: Lý Thị Sen').fill('1');
    await page.getByRole('button', { name: 'Ghi phiếu: Lý Thị Sen' }).click();
    await page.getByText('nhiều hơn 3 thành viên tham gia').first().waitFor();
    await page.getByLabel('Đồng ý: Lý Thị Sen', { exact: true }).fill('2');
    await page.getByLabel('Không đồng ý: Lý Thị Sen').fill('0');
    await page.getByLabel('Xung đột lợi ích: Lý Thị Sen').fill('1');
    await page.getByRole('button', { name: 'Ghi phiếu: Lý Thị Sen' }).click();
    await page.getByRole('tabpanel').getByText('2/2 thành viên được biểu quyết đồng ý, 100 % > 50 %').waitFor();
    await page.screenshot({ path: path.join('test-output', 'hoi-dong-1366.png'), fullPage: true });
    await page.getByRole('tab', { name: 'Đánh giá và đề nghị khen thưởng' }).click();
    const shown = page.getByRole('tabpanel').locator('.ant-table-row', { hasText: 'Lý Thị Sen' });
    await expect.poll(() => shown.textContent()).toContain('Đủ');
    expect(await page.getByRole('tabpanel').getByText('1/3').count()).toBe(1);
    // At 1366 the names are read whole, not a letter per line.
    const name = page.getByRole('tabpanel').getByRole('button', { name: 'Đánh giá Hợp tác xã Chè An Lạc' });
    expect((await name.boundingBox())?.width).toBeGreaterThan(150);
    await page.screenshot({ path: path.join('test-output', 'de-nghi-1366.png') });
  });

  it('previews the Biên bản on A4 with secretary and chair, and exports it to Word', async () => {
    const { page } = app;
    await page.getByRole('tab', { name: 'Hội đồng Thi đua - Khen thưởng' }).click();
    await page.getByRole('button', { name: 'Biên bản' }).click();
    const dialog = page.getByRole('dialog');
    await dialog.locator('.doc-page').first().waitFor();
    const shown = await dialog.textContent();
    for (const text of ['BIÊN BẢN', 'THƯ KÝ', 'CHỦ TRÌ', 'Chu Thị Thu Trang', '2/2 thành viên được biểu quyết đồng ý, 100 % > 50 %']) {
      expect(shown).toContain(text);
    }
    expect(shown).not.toContain('Nơi nhận');
    await page.waitForTimeout(500);
    await page.screenshot({ path: path.join('test-output', 'bien-ban-xem-truoc-1366.png') });
    await dialog.getByRole('button', { name: 'Xuất Word' }).click();
    await page.getByText(/Đã lưu biên bản: .*Bien-ban-hop-Hoi-dong-2024-11-25\.docx/u).waitFor();
    expect(fs.existsSync(path.join(temp.dir, 'xuat', 'Bien-ban-hop-Hoi-dong-2024-11-25.docx'))).toBe(true);
    await dialog.locator('.ant-modal-footer').getByRole('button', { name: 'Đóng' }).click();
  });

  it('keeps the kinds of activity as data in Cài đặt, offered at once on Bồi dưỡng', async () => {
    const { page } = app;
    await page.goto(`${app.bridge.url}#/settings/activity-kinds`);
    await page.getByRole('button', { name: 'Thêm loại' }).click();
    await page.getByLabel('Tên loại hoạt động 6').fill('Tham quan mô hình');
    await page.getByRole('button', { name: 'Lưu', exact: true }).click();
    await page.getByText('Đã lưu các loại hoạt động bồi dưỡng.').waitFor();
    await page.goto(`${app.bridge.url}#/nurturing`);
    await chooseOption(page, 'Lọc theo loại hoạt động', 'Tham quan mô hình');
    // The unfiltered list has three rows too: wait for the filtered answer, rows without that kind's activity.
    await expect.poll(() => page.locator('.ant-table-row', { hasText: '1 hoạt động' }).count()).toBe(0);
    expect(await page.locator('.ant-table-row').count()).toBe(3);
  });
});
