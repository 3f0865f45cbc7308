import fs from 'node:fs';
import { dropFiles, expect, fixture, test } from './fixtures';

const FAILING = 'custom-setupcomplete-blocks-setup-hook.log';
const failing = () => new Uint8Array(fs.readFileSync(fixture('..', 'eval', 'cases', FAILING)));

test.describe('the story of the run', () => {
  test('a dropped failing SMSTS.log names the failed step and its code above the diagnosis, with its line in the log view', async ({ page }) => {
    await page.goto('./');
    await dropFiles(page, [{ name: 'smsts.log', bytes: failing() }]);
    await page.getByRole('button', { name: 'Diagnose' }).click();
    const summary = page.getByTestId('run-summary');
    await expect(summary.getByTestId('run-headline')).toContainText('failed at step “Setup Windows and ConfigMgr” with 0x80070005 (ERROR_ACCESS_DENIED: Access is denied.)');
    // The summary sits above the first verdict card.
    const cards = page.getByRole('list', { name: 'Matching articles, best first' });
    expect((await summary.boundingBox())!.y).toBeLessThan((await cards.boundingBox())!.y);
    const steps = summary.getByRole('table', { name: /Task sequence steps/ });
    await expect(steps.locator('tr[aria-current="step"]')).toContainText('Setup Windows and ConfigMgr');
    await expect(steps.locator('tr[aria-current="step"]')).toContainText('Failed');
    await expect(summary.getByRole('list', { name: 'Errors just before the failure' })).toContainText('line 10Failed to install OSD setup hook (0x80070005');
    await expect(summary).toContainText('Collect next: setupact.log');
    // Its line opens in the log view.
    await summary.getByRole('button', { name: /show step Setup Windows and ConfigMgr in the log$/ }).click();
    await expect(page.getByRole('region', { name: 'Log lines' }).getByText(/^Failed to run the action: Setup Windows and ConfigMgr./).first()).toBeVisible();
  });

  test('Copy for ticket copies the verdict, the failed step with its code, the evidence and the link to the fix', async ({ page, context, baseURL }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    await page.goto('./');
    await dropFiles(page, [{ name: 'smsts.log', bytes: failing() }]);
    await page.getByRole('button', { name: 'Diagnose' }).click();
    await page.getByRole('button', { name: 'Copy for ticket' }).click();
    await expect(page.getByRole('button', { name: 'Copied for the ticket' })).toBeVisible();
    const text = await page.evaluate(() => navigator.clipboard.readText());
    expect(text).toContain('**Verdict:** Setup Windows and ConfigMgr fails with 0x80070005 because a custom SetupComplete.cmd is in the image (high confidence)');
    expect(text).toContain(`${new URL(baseURL!).origin}/kb/articles/custom-setupcomplete-blocks-setup-hook/#`);
    expect(text).toContain('failed at step "Setup Windows and ConfigMgr" with 0x80070005 (ERROR_ACCESS_DENIED: Access is denied.)');
    // No more of the log than the evidence lines.
    expect(text).not.toContain('Installing hook to');
  });

  test('without a clipboard, the ticket text is shown selected in a box', async ({ page }) => {
    await page.addInitScript(() => Object.defineProperty(navigator, 'clipboard', { value: undefined, configurable: true }));
    page.on('dialog', () => {
      throw new Error('no dialog may open');
    });
    await page.goto('./');
    await dropFiles(page, [{ name: 'smsts.log', bytes: failing() }]);
    await page.getByRole('button', { name: 'Diagnose' }).click();
    await page.getByRole('button', { name: 'Copy for ticket' }).click();
    const box = page.getByLabel(/Summary for the ticket/);
    await expect(box).toBeFocused();
    await expect(box).toHaveValue(/\*\*Verdict:\*\*/);
  });

  test('a healthy SMSTS.log and a failed ccmsetup.log dropped together: the run succeeded, ccmsetup ended in failure', async ({ page }) => {
    await page.goto('./');
    await dropFiles(page, [
      { name: 'smsts.log', bytes: new Uint8Array(fs.readFileSync(fixture('logs', 'brackdk04__hello-world__smsts.log'))) },
      { name: 'ccmsetup.log', bytes: new Uint8Array(fs.readFileSync(fixture('logs', 'jimbocalvo__Reddit__ccmsetup.log'))) },
    ]);
    await page.getByRole('button', { name: 'Diagnose' }).click();
    const summary = page.getByTestId('run-summary');
    await expect(summary.getByTestId('run-headline')).toContainText('none failed');
    await expect(summary.getByRole('table', { name: /Task sequence steps/ }).locator('tr[data-result="failed"]')).toHaveCount(0);
    const ccmsetup = summary.getByRole('list', { name: 'How each log ended' }).getByRole('listitem').filter({ hasText: 'ccmsetup.log' }).first();
    await expect(ccmsetup).toContainText('ended in failure with 0x80190194');
    await expect(ccmsetup.getByText('CcmSetup failed with error code 0x80190194')).toBeVisible();
  });
});

test('a rolled-over copy and smsts.log dropped in any order are one run, merged by time, each line labelled with its file and its time as written', async ({ page }) => {
  const whole = fs.readFileSync(fixture('logs', 'ErnestoLeon87__log_reader__smsts.log'), 'utf8');
  const lines = whole.split('\r\n');
  const rolled = lines.slice(0, 2999).join('\r\n');
  const current = lines.slice(2999).join('\r\n');
  await page.goto('./');
  await dropFiles(page, [
    { name: 'smsts.log', bytes: new TextEncoder().encode(current) },
    { name: 'smsts-20191018-102700.log', bytes: new TextEncoder().encode(rolled) },
  ]);
  await page.getByRole('button', { name: 'Diagnose' }).click();
  const summary = page.getByTestId('run-summary');
  await expect(summary.getByTestId('run-headline')).toContainText('The task sequence completed');
  await summary.getByRole('button', { name: 'Show all 26 steps' }).click();
  await expect(summary.getByRole('table', { name: /Task sequence steps/ }).getByRole('rowheader').first()).toContainText('Setup Windows and Configuration Manager');
  // The log view starts with the rolled-over copy's first line, at the time the log wrote (10:19:13, bias +240), not shifted.
  const first = page.getByRole('region', { name: 'Log lines' }).locator('[data-index="0"]');
  await expect(first).toHaveAttribute('data-line', 'smsts-20191018-102700.log:1');
  await expect(first).toContainText('10:19:13.567');
});
