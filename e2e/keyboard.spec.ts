import { expect, readFixture, test, type Page } from './fixtures';

/** Presses Tab until the focused element matches, and checks the focus is visible there. */
async function tabTo(page: Page, matches: (el: Element) => boolean, what: string) {
  for (let i = 0; i < 80; i++) {
    await page.keyboard.press('Tab');
    const hit = await page.evaluate((source) => {
      const el = document.activeElement;
      return el ? (new Function('el', `return (${source})(el)`) as (e: Element) => boolean)(el) : false;
    }, matches.toString());
    if (hit) {
      const visible = await page.evaluate(() => {
        const style = getComputedStyle(document.activeElement!);
        return (style.outlineStyle !== 'none' && style.outlineWidth !== '0px') || style.boxShadow !== 'none' || style.textDecorationLine.includes('underline');
      });
      expect(visible, `focus ring on ${what}`).toBe(true);
      return;
    }
  }
  throw new Error(`Tab never reached ${what}`);
}

test('paste, diagnose and open the fix by keyboard alone, with the focus visible', async ({ page }) => {
  await page.goto('./');
  await tabTo(page, (el) => el.id === 'log-text', 'the paste box');
  await page.keyboard.insertText(readFixture('kb2509330', 'phase2.log'));
  await page.keyboard.press('Control+Enter');
  await expect(page.locator('[data-verdict]')).toHaveAttribute('data-verdict', 'match');
  await tabTo(page, (el) => el.tagName === 'A' && /Import the keys with CryptImportKey/.test(el.textContent ?? ''), 'the first fix link');
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/\/kb\/articles\/naa-srvacct-restore-key-mismatch\/#run-cryptimportkey-as-system$/);
});

test('the decision tree and the log view work by keyboard alone', async ({ page }) => {
  await page.goto('troubleshoot/');
  await tabTo(page, (el) => el.tagName === 'BUTTON' && /Windows PE or boot media/.test(el.textContent ?? ''), 'the first answer');
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/\?path=winpe$/);
  await expect(page.getByRole('group', { name: /What does the task sequence wizard say/ })).toBeVisible();

  await page.goto('./');
  await tabTo(page, (el) => el.id === 'log-text', 'the paste box');
  await page.keyboard.insertText(readFixture('kb2509330', 'phase2.cmtrace.log'));
  await page.keyboard.press('Control+Enter');
  await expect(page.locator('[data-verdict]')).toHaveAttribute('data-verdict', 'match');
  await tabTo(page, (el) => el.tagName === 'BUTTON' && /Next error/.test(el.textContent ?? ''), 'Next error');
  await page.keyboard.press('Enter');
  await expect(page.getByRole('region', { name: 'Log lines' }).locator('[data-selected]')).toHaveAttribute('data-severity', 'error');
});
