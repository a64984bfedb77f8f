/**
 * `npm run guide:pdf` (after `npm run build`): docs/huong-dan-su-dung.pdf, the user guide as "In hướng dẫn"
 * prints it (A4, under the Party header), from the preview on demo data in Debian's Chromium. Run it again
 * whenever the guide or its pictures change: the e2e test of "In hướng dẫn" fails while the file differs.
 */
import { join } from 'node:path';
import { renderGuidePdf } from '../tests/e2e/pdf';
import { withDemoOffice } from './demo-office';

const OUT = join(import.meta.dirname, '..', 'docs', 'huong-dan-su-dung.pdf');

await withDemoOffice(async ({ app, browser }) => {
  const page = await browser.newPage({ viewport: { width: 1366, height: 768 }, locale: 'vi-VN' });
  await page.goto(`${app}#/huong-dan`);
  await renderGuidePdf(page, OUT);
  console.log(OUT);
});
