import AxeBuilder from '@axe-core/playwright';
import { test as plain } from '@playwright/test';
import fs from 'node:fs';
import { dropFiles, expect, fixture, readFixture, test, type Page } from './fixtures';

// axe-core on every page type, and on the states a technician meets (results, the tree at a
// question and at a fix, an open search): no serious or critical violation.
async function seriousViolations(page: Page) {
  const { violations } = await new AxeBuilder({ page }).analyze();
  return violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id} (${v.impact}): ${v.help} — ${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join(', ')}`);
}

const PAGES: [string, string][] = [
  ['home', './'],
  ['articles index', 'articles/'],
  ['an article', 'articles/naa-srvacct-restore-key-mismatch/'],
  ['the decision tree', 'troubleshoot/'],
  ['the tree at a fix', 'troubleshoot/?path=winpe.naa-not-read.shown.yes.yes'],
  ['error lookup', 'errors/?code=0x80070005'],
  ['about', 'about/'],
];

for (const [name, url] of PAGES) {
  test(`${name} has no serious or critical accessibility violation`, async ({ page }) => {
    const response = await page.goto(url);
    expect(response?.status()).toBe(200);
    expect(await seriousViolations(page)).toEqual([]);
  });
}

// Without the shared guard, which counts the 404 response itself as an error.
plain('the not-found page has no serious or critical accessibility violation', async ({ page }) => {
  const response = await page.goto('no-such-page/');
  expect(response?.status()).toBe(404);
  await expect(page).toHaveTitle(/^Page not found/);
  expect(await seriousViolations(page)).toEqual([]);
});

test('results and an open search have no serious or critical accessibility violation', async ({ page }) => {
  await page.goto('./');
  await page.getByLabel('Paste log lines').fill(readFixture('kb2509330', 'phase1.log'));
  await page.getByRole('button', { name: 'Diagnose' }).click();
  await expect(page.locator('[data-verdict]')).toHaveAttribute('data-verdict', 'match');
  await page.getByRole('combobox', { name: 'Search articles' }).fill('certificate');
  await expect(page.getByRole('listbox').getByRole('option').first()).toBeVisible();
  expect(await seriousViolations(page)).toEqual([]);
});

test('the run summary of a failing task sequence has no serious or critical accessibility violation', async ({ page }) => {
  await page.goto('./');
  await page.getByLabel('Paste log lines').fill(readFixture('..', 'eval', 'cases', 'custom-setupcomplete-blocks-setup-hook.log'));
  await page.getByRole('button', { name: 'Diagnose' }).click();
  await expect(page.getByTestId('run-summary').getByTestId('run-headline')).toContainText('failed at step');
  expect(await seriousViolations(page)).toEqual([]);
});

test('the run summary of a completed task sequence, with its time strip and all its steps, has no serious or critical accessibility violation', async ({ page }) => {
  await page.goto('./');
  await dropFiles(page, [{ name: 'smsts.log', bytes: new Uint8Array(fs.readFileSync(fixture('logs', 'ErnestoLeon87__log_reader__smsts.log'))) }]);
  await page.getByRole('button', { name: 'Diagnose' }).click();
  const summary = page.getByTestId('run-summary');
  await expect(summary.getByTestId('run-headline')).toContainText('completed');
  await summary.getByRole('button', { name: /Show all \d+ steps/ }).click();
  expect(await seriousViolations(page)).toEqual([]);
});
