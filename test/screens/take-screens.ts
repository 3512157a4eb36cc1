import fs from 'node:fs';
import path from 'node:path';
import { makeTempDir } from '../support/temp.ts';
import { execFileSync } from 'node:child_process';
import { launchApp } from '../support/browser.ts';
import { filledTemplates } from '../support/filled-templates.ts';

/**
 * `npm run screens`: a PNG of every screen on a fresh database, for review.
 * Usage: npm run screens [-- OUTPUT_FOLDER]   (default: test-output/screens)
 */
const output = path.resolve(process.argv[2] ?? 'test-output/screens');
fs.mkdirSync(output, { recursive: true });
const temp = makeTempDir('dhtt-screens-');
// The office's usual screen: 1366×768.
const app = await launchApp({ databasePath: path.join(temp.dir, 'screens.sqlite'), width: 1366, height: 768 });
const { page } = app;

async function shot(name: string, hash: string, ready: string): Promise<void> {
  await page.goto(`${app.bridge.url}${hash}`);
  await page.getByText(ready, { exact: false }).first().waitFor();
  await page.waitForTimeout(300);
  await page.screenshot({ path: path.join(output, `${name}.png`), fullPage: true });
  console.log(`  ${name}.png`);
}

try {
  console.log(`Ảnh các màn hình (cơ sở dữ liệu mới) ghi vào ${output}:`);
  await shot('01-tong-quan-2024', '#/campaigns', 'Chỉ tiêu theo đơn vị');
  await shot('01b-ke-hoach-2024', '#/plans', 'Kiểm tra thể thức');
  await shot('02-cai-dat-co-quan', '#/settings/agency', 'Họ tên người ký');
  await shot('03-cai-dat-don-vi', '#/settings/units', 'Đầu mối nhận văn bản');
  await shot('04-cai-dat-luong-co-so', '#/settings/base-salaries', 'Thêm mức lương mới');
  await shot('05-cai-dat-khen-thuong', '#/settings/award-forms', 'Hệ số nhân với mức lương');
  await shot('06-cai-dat-nhat-ky', '#/settings/audit', 'Thời điểm');
  await page.goto(`${app.bridge.url}#/campaigns`);
  await page.getByRole('button', { name: 'Tạo chiến dịch mới' }).click();
  await page.getByText('Những gì được sao chép').waitFor();
  await page.screenshot({ path: path.join(output, '07-tao-chien-dich.png') });
  console.log('  07-tao-chien-dich.png');
  await page.getByRole('button', { name: 'Tạo chiến dịch', exact: true }).click();
  await page.getByText('Đã tạo chiến dịch năm').waitFor();
  await shot('08-tong-quan-chien-dich-moi', '#/campaigns', 'Chỉ tiêu theo đơn vị');
  // Đề cử: every unit's template filled in and imported, then a hand-edited file in the preview.
  for (const { file } of await filledTemplates(app.session, 1)) {
    const request = {
      campaignId: 1,
      fileName: path.basename(file),
      contentBase64: fs.readFileSync(file).toString('base64'),
      receivedOn: '2024-03-18',
    };
    const result = await app.session.dispatch('imports.commit', request);
    if (!result.ok) throw new Error(result.error.message);
  }
  await page.goto(`${app.bridge.url}#/campaigns`);
  await page.getByRole('combobox', { name: 'Chọn chiến dịch' }).click();
  await page.getByText('Năm 2024 —').first().click();
  await shot('10-de-cu', '#/nominations', 'Kéo thả tệp Excel');
  const messy = path.join(temp.dir, 'messy.xlsx');
  execFileSync('/usr/bin/python3', [path.resolve('test/fixtures/messy_nominations.py'), messy]);
  await page.locator('.ant-upload-drag input[type=file]').setInputFiles(messy);
  await page.getByText('Xem trước: messy.xlsx').waitFor();
  await page.waitForTimeout(300);
  await page.screenshot({ path: path.join(output, '10b-de-cu-xem-truoc-nhap.png') });
  console.log('  10b-de-cu-xem-truoc-nhap.png');
  await page.getByRole('tab', { name: /Dòng được nhận/u }).click();
  await page.waitForTimeout(300);
  await page.screenshot({ path: path.join(output, '10b2-de-cu-xem-truoc-dong-nhan.png') });
  console.log('  10b2-de-cu-xem-truoc-dong-nhan.png');
  await page.keyboard.press('Escape');
  await shot('10c-tong-quan-sau-nhap', '#/campaigns', 'Chỉ tiêu theo đơn vị');
  await shot('11-boi-duong', '#/nurturing', 'Quý II/2024');
  await shot('12-danh-gia', '#/evaluation', 'Tổng tiền thưởng đề nghị');
  await shot('13-bao-cao', '#/reports', 'đang được hoàn thiện');
} finally {
  await app.close();
  temp.cleanup();
}
