import { expect, readFixture, test } from './fixtures';

// Run by the mobile project only (playwright.config.ts).
test('on a phone, the verdict is scrolled into view after Diagnose, and the codes table scrolls inside its own box', async ({ page }) => {
  await page.goto('./');
  await page.getByLabel('Paste log lines').fill(readFixture('kb2509330', 'phase2.cmtrace.log'));
  await page.getByRole('button', { name: 'Diagnose' }).click();
  const heading = page.getByRole('heading', { name: /known problem/ });
  await expect(heading).toBeInViewport();
  expect((await heading.boundingBox())!.y).toBeLessThan(page.viewportSize()!.height / 2);
  // The page itself never scrolls sideways; wide tables scroll in their box.
  expect(await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth)).toBe(true);
});

test('on a phone, the run summary names the failed step and its steps table scrolls inside its own box', async ({ page }) => {
  await page.goto('./');
  await page.getByLabel('Paste log lines').fill(readFixture('..', 'eval', 'cases', 'custom-setupcomplete-blocks-setup-hook.log'));
  await page.getByRole('button', { name: 'Diagnose' }).click();
  const summary = page.getByTestId('run-summary');
  await expect(summary.getByTestId('run-headline')).toContainText('failed at step “Setup Windows and ConfigMgr”');
  await expect(summary.getByRole('table', { name: /Task sequence steps/ }).getByRole('rowheader')).toContainText('Setup Windows and ConfigMgr');
  expect(await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth)).toBe(true);
});
