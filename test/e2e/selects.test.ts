import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchApp, type RunningApp } from '../support/browser.ts';
import { makeTempDir } from '../support/temp.ts';

let app: RunningApp;
let temp: ReturnType<typeof makeTempDir>;

beforeAll(async () => {
  temp = makeTempDir('dhtt-e2e-select-');
  app = await launchApp({ databasePath: path.join(temp.dir, 'e2e.sqlite'), width: 1366, height: 768 });
});

afterAll(async () => {
  await app?.close();
  temp?.cleanup();
});

/** Types into a select of the open dialog as a clerk does, without diacritics, then presses Enter. */
async function typeInto(label: string, text: string): Promise<void> {
  const input = app.page.getByRole('dialog').getByLabel(label, { exact: true });
  await input.click();
  await input.fill(text);
  await app.page.keyboard.press('Enter');
}

describe('selects typed into without diacritics', () => {
  it('pick what was typed in the nominee dialog, and Enter picks nothing that does not match', async () => {
    const { page } = app;
    await page.goto(`${app.bridge.url}#/nominations`);
    await page.getByRole('button', { name: 'Thêm đề cử' }).click();
    await page.getByRole('dialog').getByLabel('Họ và tên').fill('Ma Thị Thu');
    await typeInto('Đơn vị', 'luc nam');
    await typeInto('Giới tính', 'nu');
    await typeInto('Dân tộc', 'tho');
    // Nothing matches "zzz": Enter leaves the chosen group as it was.
    await typeInto('Dân tộc', 'zzz');
    await page.keyboard.press('Escape');
    await typeInto('Lĩnh vực thành tích', 'ban sac');
    await page.getByRole('dialog').getByRole('button', { name: 'Lưu' }).click();
    await page.getByText('Đã thêm Ma Thị Thu.').waitFor();
    const saved = app.session.db
      .prepare(
        'SELECT u.name AS unit, n.gender, e.name AS ethnicity, n.achievement_field AS field FROM nominees n JOIN units u ON u.id = n.unit_id LEFT JOIN ethnic_groups e ON e.code = n.ethnic_code',
      )
      .get();
    expect(saved).toEqual({ unit: 'Lục Nam', gender: 'female', ethnicity: 'Thổ', field: 'Giữ gìn bản sắc văn hóa dân tộc' });

    await page.getByRole('button', { name: 'Sửa Ma Thị Thu' }).click();
    await typeInto('Dân tộc', 'tay');
    await typeInto('Loại', 'tap the');
    await page.getByRole('dialog').getByLabel('Tên tập thể').waitFor();
    await page.getByRole('dialog').getByRole('button', { name: 'Hủy' }).click();
    // Edits were made: dropping them is asked first.
    await page.getByRole('button', { name: 'Bỏ thay đổi' }).click();
    await page.getByRole('dialog').waitFor({ state: 'detached' });
  });

  it('filter the nominee list by typing a unit’s name without diacritics', async () => {
    const { page } = app;
    const unit = page.getByLabel('Lọc theo đơn vị');
    await unit.click();
    await unit.fill('yen the');
    await page.keyboard.press('Enter');
    await expect.poll(() => page.locator('.ant-select', { has: unit }).textContent()).toContain('Huyện Yên Thế');
  });
});
