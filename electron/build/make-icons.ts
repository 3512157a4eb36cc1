import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';

/**
 * Draws the app icon from resources/build/icon.svg with Chromium at every size Windows and the
 * installer use, and packs them into icon.ico (PNG entries, as Windows Vista and later read).
 * Run by hand after changing the SVG: `npx tsx electron/build/make-icons.ts`.
 */
const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const folder = path.join(root, 'resources', 'build');
const ICO_SIZES = [16, 24, 32, 48, 64, 128, 256];
const PNG_SIZES = [...ICO_SIZES, 512];

/** ICONDIR, one ICONDIRENTRY per image, then the PNG bytes (a width or height of 256 is written as 0). */
export function packIco(images: readonly { size: number; png: Buffer }[]): Buffer {
  const header = Buffer.alloc(6 + 16 * images.length);
  header.writeUInt16LE(0, 0);
  header.writeUInt16LE(1, 2);
  header.writeUInt16LE(images.length, 4);
  let offset = header.length;
  images.forEach(({ size, png }, index) => {
    const entry = 6 + 16 * index;
    header.writeUInt8(size >= 256 ? 0 : size, entry);
    header.writeUInt8(size >= 256 ? 0 : size, entry + 1);
    header.writeUInt16LE(1, entry + 4);
    header.writeUInt16LE(32, entry + 6);
    header.writeUInt32LE(png.length, entry + 8);
    header.writeUInt32LE(offset, entry + 12);
    offset += png.length;
  });
  return Buffer.concat([header, ...images.map((image) => image.png)]);
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const svg = fs.readFileSync(path.join(folder, 'icon.svg'), 'utf8');
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: ['--headless', '--no-sandbox', '--disable-gpu'],
  });
  const page = await browser.newPage();
  const images: { size: number; png: Buffer }[] = [];
  fs.mkdirSync(path.join(folder, 'icons'), { recursive: true });
  for (const size of PNG_SIZES) {
    await page.setViewportSize({ width: size, height: size });
    await page.setContent(
      `<html><body style="margin:0;background:transparent">${svg.replace('width="256" height="256"', `width="${size}" height="${size}"`)}</body></html>`,
    );
    const png = await page.screenshot({ omitBackground: true, clip: { x: 0, y: 0, width: size, height: size } });
    fs.writeFileSync(path.join(folder, 'icons', `${size}x${size}.png`), png);
    if (ICO_SIZES.includes(size)) images.push({ size, png });
  }
  await browser.close();
  fs.copyFileSync(path.join(folder, 'icons', '512x512.png'), path.join(folder, 'icon.png'));
  fs.writeFileSync(path.join(folder, 'icon.ico'), packIco(images));
  console.log(`Đã vẽ biểu tượng: icon.ico (${ICO_SIZES.join(', ')} px), icon.png và icons/.`);
}
