import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { expect, type Page } from '@playwright/test';

/**
 * Renders the print view on screen to PDF as Electron's "Xuất PDF" does (print media, the CSS page size,
 * backgrounds), once the document is complete and its fonts loaded; answers the file's path.
 */
export async function renderPdf(page: Page, dir: string, name: string): Promise<string> {
  await expect(page.locator('.print-root[data-ready="true"]')).toBeVisible();
  await page.evaluate(() => document.fonts.ready);
  await page.emulateMedia({ media: 'print' });
  const file = join(dir, name);
  await page.pdf({ path: file, preferCSSPageSize: true, printBackground: true });
  return file;
}

/** The PDF's text laid out as on paper, NFC so that it compares with what the test typed. */
export const pdfText = (file: string, layout = true) =>
  execFileSync('pdftotext', [...(layout ? ['-layout'] : []), file, '-'], { encoding: 'utf8' }).normalize(
    'NFC',
  );

/** Runs of spaces and line ends as one space: a criterion wrapped on two lines reads as one. */
export const flat = (text: string) => text.replace(/\s+/g, ' ');

/**
 * "In hướng dẫn" on paper: the guide page (`#/huong-dan`, open) in print media, to `file`, once its header and
 * every picture are in. `npm run guide:pdf` writes docs/huong-dan-su-dung.pdf so, and the test compares it.
 */
export async function renderGuidePdf(page: Page, file: string): Promise<void> {
  await page.getByRole('button', { name: 'In hướng dẫn' }).and(page.locator(':enabled')).waitFor();
  await page.waitForFunction(() =>
    [...document.images].every((image) => image.complete && image.naturalWidth > 0),
  );
  await page.evaluate(() => document.fonts.ready);
  await page.emulateMedia({ media: 'print' });
  await page.pdf({ path: file, preferCSSPageSize: true, printBackground: true });
}
