import { expect, readFixture, test } from './fixtures';

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

test('every code of a pasted log is decoded in place, with every meaning and its count', async ({ page }) => {
  await page.goto('./');
  await page.getByLabel('Paste log lines').fill(readFixture('codes', 'every-form.log'));
  await page.getByRole('button', { name: 'Diagnose' }).click();
  const table = page.getByRole('table');
  const secure = table.getByRole('row', { name: /0x80072F8F/ });
  await expect(secure).toContainText('ERROR_WINHTTP_SECURE_FAILURE');
  await expect(secure).toContainText('ERROR_INTERNET_DECODING_FAILED');
  await expect(table.getByRole('row', { name: /0x00000BC2/ })).toContainText('success');
  await expect(table.getByRole('row', { name: /^0x80070005/ }).getByRole('cell').nth(2)).toHaveText('2');

  // A code inside a log line tells its meaning on keyboard focus, not only on hover.
  const firstLine = table.getByRole('row', { name: /0x80070005/ }).getByRole('link', { name: '80070005', exact: true });
  await firstLine.focus();
  await expect(page.getByRole('tooltip').filter({ hasText: 'ERROR_ACCESS_DENIED' }).first()).toBeVisible();
});
