import { expect, readFixture, test } from './fixtures';

test('going back to the home page after opening a fix keeps the result, and Diagnose usable', async ({ page }) => {
  await page.goto('./');
  await page.getByLabel('Paste log lines').fill(readFixture('kb2509330', 'phase2.log'));
  await page.getByRole('button', { name: 'Diagnose' }).click();
  await expect(page.locator('[data-verdict]')).toHaveAttribute('data-verdict', 'match');
  await page.getByRole('link', { name: /Import the keys with CryptImportKey\.exe/ }).first().click();
  await expect(page).toHaveURL(/#run-cryptimportkey-as-system$/);
  await page.goBack();
  await expect(page.getByLabel('Paste log lines')).not.toHaveValue('');
  await expect(page.locator('[data-verdict]')).toHaveAttribute('data-verdict', 'match');
  await expect(page.getByRole('button', { name: 'Diagnose' })).toBeEnabled();
});
