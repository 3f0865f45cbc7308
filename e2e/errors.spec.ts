import { expect, test } from './fixtures';

test('the lookup decodes a code from the URL and lists the articles that mention it', async ({ page }) => {
  await page.goto('errors/?code=0x8009100e');
  await expect(page.getByRole('heading', { name: /^0x8009100E/ })).toBeVisible();
  await expect(page.getByText('CRYPT_E_SIGNER_NOT_FOUND')).toBeVisible();
  await expect(page.getByRole('region', { name: /Articles that mention/ }).getByRole('link')).toHaveCount(1);
});

test('typing a signed decimal code updates the URL and shows its Win32 meaning', async ({ page }) => {
  await page.goto('errors/');
  await page.getByLabel('Error code').fill('-2147024891');
  await page.getByRole('button', { name: 'Look up' }).click();
  await expect(page).toHaveURL(/\?code=-2147024891$/);
  await expect(page.getByRole('heading', { name: /^0x80070005/ })).toBeVisible();
  await expect(page.getByText('ERROR_ACCESS_DENIED').first()).toBeVisible();
});
