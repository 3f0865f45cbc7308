import fs from 'node:fs';
import { zipSync } from 'fflate';
import { dropFiles, expect, fixture, test } from './fixtures';

const PNG = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]);

test('a dropped zip bundle is diagnosed as one case, its logs labelled by path, and a screenshot is said not to be a log', async ({ page }) => {
  await page.goto('./');
  const zip = Buffer.from(zipSync({ 'SMSTSLog/smsts.log': new Uint8Array(fs.readFileSync(fixture('kb2509330', 'phase2.cmtrace.log'))) }));
  await dropFiles(page, [
    { name: 'logs.zip', bytes: zip },
    { name: 'screenshot.png', bytes: PNG },
  ]);
  await page.getByRole('button', { name: 'Diagnose' }).click();
  await expect(page.locator('[data-verdict]')).toHaveAttribute('data-verdict', 'match');
  await expect(page.locator('[data-verdict]').getByRole('alert')).toContainText('screenshot.png: this is a PNG image, not a text log');
  const first = page.getByRole('list', { name: 'Matching articles, best first' }).getByRole('article').first();
  await expect(first.getByRole('list', { name: 'Evidence lines' })).toContainText('logs.zip/SMSTSLog/smsts.log');
});

test('a file that is not a log gets "nothing to diagnose" with the reason, never "no known issue"', async ({ page }) => {
  await page.goto('./');
  await dropFiles(page, [
    { name: 'screenshot.png', bytes: PNG },
    { name: 'zeros.log', bytes: Buffer.alloc(4096) },
    { name: 'empty.log', bytes: Buffer.alloc(0) },
  ]);
  await page.getByRole('button', { name: 'Diagnose' }).click();
  await expect(page.getByRole('heading', { name: 'Nothing to diagnose' })).toBeVisible();
  const alert = page.locator('[data-verdict]').getByRole('alert');
  await expect(alert).toContainText('3 files were not read');
  await expect(alert).toContainText('zeros.log: the file holds only zero bytes');
  await expect(alert).toContainText('empty.log: the file is empty');
});

test('HTML and script in a log are shown as text and never run', async ({ page }) => {
  const dialogs: string[] = [];
  page.on('dialog', (dialog) => {
    dialogs.push(dialog.message());
    void dialog.dismiss();
  });
  await page.goto('./');
  const hostile = [
    '<script>alert("script")</script> signature varification failed',
    '<img src=x onerror="alert(\'img\')"> Failed to get client identity (80004005)',
    '<![LOG[<svg onload=alert("svg")>signature varification failed]LOG]!><time="10:00:00.000+000" date="01-01-2024" component="<b>x</b>" context="" type="3" thread="1" file="">',
  ].join('\n');
  await page.getByLabel('Paste log lines').fill(hostile);
  await page.getByRole('button', { name: 'Diagnose' }).click();
  const results = page.locator('[data-verdict]');
  await expect(results).toHaveAttribute('data-verdict', 'match');
  await expect(results).toContainText('<script>alert("script")</script>');
  expect(await results.locator('script, img, svg[onload]').count()).toBe(0);
  await page.waitForTimeout(300);
  expect(dialogs).toEqual([]);
});

test('Cancel and Clear stop a large run for good: its result never shows up later, and the next run is not held up', async ({ page }) => {
  await page.goto('./');
  const healthy = fs.readFileSync(fixture('logs', 'ErnestoLeon87__log_reader__smsts.log'));
  const big = Buffer.concat([...Array.from({ length: 18 }, () => healthy), fs.readFileSync(fixture('kb2509330', 'phase2.cmtrace.log'))]);
  await page.locator('input[type=file]').setInputFiles({ name: 'big-smsts.log', mimeType: 'text/plain', buffer: big });
  await page.getByRole('button', { name: 'Diagnose' }).click();
  await page.getByRole('button', { name: 'Cancel' }).click();
  await expect(page.getByRole('button', { name: 'Diagnose' })).toBeEnabled();
  await page.waitForTimeout(4000);
  await expect(page.locator('[data-verdict]')).toHaveCount(0);

  await page.getByRole('button', { name: 'Clear' }).click();
  await page.getByLabel('Paste log lines').fill(fs.readFileSync(fixture('kb2509330', 'phase2.log'), 'utf8'));
  await page.getByRole('button', { name: 'Diagnose' }).click();
  await expect(page.locator('[data-verdict]')).toHaveAttribute('data-verdict', 'match', { timeout: 5000 });
  await expect(page.getByRole('list', { name: 'Files to diagnose' })).toHaveCount(0);
});

test('a single 5 MB line is diagnosed and shown around its match, without freezing the page', async ({ page }) => {
  await page.goto('./');
  const line = 'x'.repeat(2_500_000) + ' signature varification failed ' + 'y'.repeat(2_500_000);
  await page.locator('input[type=file]').setInputFiles({ name: 'one-line.log', mimeType: 'text/plain', buffer: Buffer.from(line) });
  await page.evaluate(() => {
    (window as unknown as { longTasks: number[] }).longTasks = [];
    new PerformanceObserver((list) => list.getEntries().forEach((e) => (window as unknown as { longTasks: number[] }).longTasks.push(e.duration))).observe({ type: 'longtask' });
  });
  await page.getByRole('button', { name: 'Diagnose' }).click();
  await expect(page.locator('[data-verdict]')).toHaveAttribute('data-verdict', 'match');
  const evidence = page.getByRole('list', { name: 'Evidence lines' }).first();
  await expect(evidence).toContainText('signature varification failed');
  await expect(evidence).toContainText(/show more \(600 of 5,000,031 characters shown\)/);
  expect(await page.evaluate(() => document.documentElement.scrollHeight)).toBeLessThan(20_000);
  expect(await page.evaluate(() => Math.max(0, ...(window as unknown as { longTasks: number[] }).longTasks))).toBeLessThan(1000);
});

test('white space alone is not diagnosed, and says so', async ({ page }) => {
  await page.goto('./');
  await page.getByLabel('Paste log lines').fill('   \n\t\n  ');
  await expect(page.getByRole('button', { name: 'Diagnose' })).toBeDisabled();
  await expect(page.getByRole('note')).toContainText('only white space');
});

test('the file picker shows a focus ring when reached by keyboard', async ({ page }) => {
  await page.goto('./');
  await page.getByLabel('Paste log lines').focus();
  await page.keyboard.press('Tab');
  await expect(page.locator('input[type=file]')).toBeFocused();
  const ring = await page.getByText('choose files').evaluate((el) => getComputedStyle(el).boxShadow);
  expect(ring).not.toBe('none');
});
