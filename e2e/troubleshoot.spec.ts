import { expect, test } from './fixtures';

test('the decision tree reaches the CryptImportKey step, keeps the path in the URL, and the back button works', async ({ page }) => {
  await page.goto('troubleshoot/');
  await page.getByRole('button', { name: /A task sequence or an OS deployment/ }).click();
  await page.getByRole('button', { name: 'Failed to read network access account from machine policy' }).click();
  await expect(page).toHaveURL(/\?path=osd\.naa-not-read$/);
  await page.getByRole('button', { name: 'Yes' }).click();
  await page.getByRole('button', { name: 'Yes' }).click();
  await expect(page.getByRole('group', { name: /CryptImportKey\.exe/ })).toBeVisible();

  await page.goBack();
  await expect(page.getByRole('group', { name: /reinstalled Windows or onto new hardware/ })).toBeVisible();
  await page.goForward();

  await page.getByRole('button', { name: 'Yes' }).click();
  await expect(page.getByRole('status')).toContainText('Start here');
  await page.getByRole('link', { name: /Go to step 1/ }).click();
  await expect(page).toHaveURL(/\/kb\/articles\/naa-srvacct-restore-key-mismatch\/#run-cryptimportkey-as-system$/);
  await expect(page.locator('li#run-cryptimportkey-as-system')).toBeInViewport();
});

test('a shared tree URL opens at the same answer', async ({ page }) => {
  await page.goto('troubleshoot/?path=osd.naa-not-read.yes.yes.no');
  await expect(page.getByRole('status')).toContainText('Rebuild the site server and keep its new srvacct folder');
  await expect(page.getByRole('link', { name: /Go to step 1/ })).toHaveAttribute('href', '/kb/articles/naa-srvacct-restore-key-mismatch/#reinstall-windows');
});
