import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { expect, fixture, readFixture, test } from './fixtures';

test('the log view scrolls 300 000 lines, filters by severity, moves from error to error, and opens at an evidence line', async ({ page }, testInfo) => {
  test.setTimeout(120_000);
  const healthy = fs.readFileSync(fixture('logs', 'brackdk04__hello-world__smsts.log'));
  const copies = Math.ceil(300_000 / 881);
  const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'logview-')), 'smsts.log');
  fs.writeFileSync(file, Buffer.concat([...Array.from({ length: copies }, () => healthy), fs.readFileSync(fixture('kb2509330', 'phase2.cmtrace.log'))]));
  await page.goto('./');
  await page.locator('input[type=file]').setInputFiles(file);
  await page.getByRole('button', { name: 'Diagnose' }).click();
  await expect(page.locator('[data-verdict]')).toHaveAttribute('data-verdict', 'match', { timeout: 60_000 });

  const view = page.getByRole('region', { name: 'Log lines' });
  await expect(page.getByRole('heading', { name: /^Your log \(\d{3},\d{3} records\)/ })).toBeVisible();
  await expect(view.locator('[data-line]').first()).toBeVisible();

  // Scrolling to the end: only the visible rows are rendered, and the last ones arrive.
  await page.evaluate(() => {
    (window as unknown as { longTasks: number[] }).longTasks = [];
    new PerformanceObserver((list) => list.getEntries().forEach((e) => (window as unknown as { longTasks: number[] }).longTasks.push(e.duration))).observe({ type: 'longtask' });
  });
  for (let step = 1; step <= 10; step++) await view.evaluate((el, s) => (el.scrollTop = (el.scrollHeight * s) / 10), step);
  await expect(view.locator('[data-line]').last()).toHaveAttribute('data-line', /smsts\.log:\d{6}/);
  expect(await view.locator('[data-index]').count()).toBeLessThan(200);
  const longest = await page.evaluate(() => Math.max(0, ...(window as unknown as { longTasks: number[] }).longTasks));
  testInfo.annotations.push({ type: 'timing', description: `longest main-thread task while scrolling 300 000 lines: ${Math.round(longest)} ms` });
  expect(longest).toBeLessThan(500);

  // From error to error, then errors only.
  await page.getByRole('button', { name: 'Next error' }).click();
  await expect(view.locator('[data-selected]')).toHaveAttribute('data-severity', 'error');
  await page.getByRole('checkbox', { name: /^Errors/ }).check();
  await expect(view.locator('[data-line]').first()).toBeVisible();
  for (const severity of await view.locator('[data-line]').evaluateAll((rows) => rows.map((r) => r.getAttribute('data-severity')))) expect(severity).toBe('error');

  // An evidence line opens the view at that line, lifting a filter that hides it.
  await page.getByRole('checkbox', { name: /^Errors/ }).uncheck();
  await page.getByRole('checkbox', { name: /^Warnings/ }).check();
  const evidence = page.getByRole('list', { name: 'Evidence lines' }).first();
  const label = (await evidence.getByRole('button', { name: /^line \d+$/ }).first().textContent())!.replace('line ', '');
  await evidence.getByRole('button', { name: /in log$/ }).first().click();
  await expect(view.locator('[data-selected]')).toHaveAttribute('data-line', `smsts.log:${label}`);
  await expect(view.locator('[data-selected]')).toBeInViewport();
});

test('a pasted excerpt is shown in the log view with CMTrace colours', async ({ page }) => {
  await page.goto('./');
  await page.getByLabel('Paste log lines').fill(readFixture('kb2509330', 'phase2.cmtrace.log'));
  await page.getByRole('button', { name: 'Diagnose' }).click();
  const view = page.getByRole('region', { name: 'Log lines' });
  await expect(view.locator('[data-severity="error"]').first()).toHaveClass(/bg-red-100/);
});
