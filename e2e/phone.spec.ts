import { expect, readFixture, test } from './fixtures';

// Run by the mobile project only (playwright.config.ts).
test('on a phone, the verdict is scrolled into view after Diagnose, and the codes table scrolls inside its own box', async ({ page }) => {
  await page.goto('./');
  await page.getByLabel('Paste log lines').fill(readFixture('kb2509330', 'phase2.cmtrace.log'));
  await page.getByRole('button', { name: 'Diagnose' }).click();
  const heading = page.getByRole('heading', { level: 2, name: /known problems? match/ });
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

test('on a phone, a fix link lands with its procedure heading in view, and step links do not squeeze the step text', async ({ page }) => {
  await page.goto('./articles/naa-srvacct-restore-key-mismatch/#run-cryptimportkey-as-system');
  const step = page.locator('li#run-cryptimportkey-as-system');
  await expect(step).toBeInViewport();
  await expect(page.getByRole('heading', { level: 3, name: /CryptImportKey/ })).toBeInViewport();
  expect(await step.evaluate((el) => el.matches(':target'))).toBe(true);
  // The step's text uses the full width of the step: its link controls sit under it.
  const widths = await step.evaluate((li) => {
    const text = li.querySelector('p') ?? li;
    return { text: text.getBoundingClientRect().width, step: li.getBoundingClientRect().width };
  });
  expect(widths.text).toBeGreaterThan(widths.step * 0.9);
  await expect(step.getByTestId('step-links-phone').getByRole('button', { name: /Copy link/ })).toBeVisible();
  expect(await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth)).toBe(true);
});
