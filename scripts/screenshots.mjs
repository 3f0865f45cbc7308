// npm run screenshots [-- BASE_URL]: the README's pictures, taken from a running site (default
// http://localhost:3000/, e.g. after `npm start`) in Debian's Chromium: a diagnosis on a desk
// (1366 px), its verdict card on a phone (Pixel 7), and an article opened from its fix link on a phone.
import fs from 'node:fs';
import { chromium, devices } from '@playwright/test';

const base = process.argv[2] ?? 'http://localhost:3000/';
const executablePath = fs.existsSync('/usr/bin/chromium') ? '/usr/bin/chromium' : undefined;
const excerpt = fs.readFileSync('test/eval/cases/custom-setupcomplete-blocks-setup-hook.log');

const browser = await chromium.launch({ executablePath });
async function results(context, file, cardOnly = false) {
  const page = await context.newPage();
  await page.goto(base);
  await page.setInputFiles('input[type=file]', { name: 'smsts.log', mimeType: 'text/plain', buffer: excerpt });
  await page.getByRole('button', { name: 'Diagnose' }).click();
  await page.getByRole('list', { name: 'Matching articles, best first' }).waitFor();
  if (cardOnly) {
    await page.getByRole('list', { name: 'Matching articles, best first' }).getByRole('article').first().screenshot({ path: file });
    return page.close();
  }
  // From the verdict's heading to the end of the first card: the run summary and the verdict.
  const top = await page.locator('#results-heading').boundingBox();
  const card = await page.getByRole('list', { name: 'Matching articles, best first' }).getByRole('article').first().boundingBox();
  const scroll = await page.evaluate(() => window.scrollY);
  await page.screenshot({ path: file, fullPage: true, clip: { x: 0, y: top.y + scroll - 8, width: page.viewportSize().width, height: card.y + card.height - top.y + 16 } });
  await page.close();
}
const desk = await browser.newContext({ viewport: { width: 1366, height: 900 } });
await results(desk, 'docs/results-desktop.png');
const phone = await browser.newContext({ ...devices['Pixel 7'] });
await results(phone, 'docs/results-phone.png', true);
const article = await phone.newPage();
await article.goto(new URL('articles/custom-setupcomplete-blocks-setup-hook/#find-copy-step', base).toString());
await article.waitForTimeout(300);
await article.screenshot({ path: 'docs/article-phone.png' });
await browser.close();
console.log('docs/results-desktop.png, docs/results-phone.png, docs/article-phone.png written');
