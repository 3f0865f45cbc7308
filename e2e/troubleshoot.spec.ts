import { expect, test } from './fixtures';

test('the decision tree reaches the CryptImportKey step, keeps the path in the URL, and the back button works', async ({ page }) => {
  await page.goto('troubleshoot/');
  await page.getByRole('button', { name: /Windows PE or boot media/ }).click();
  await page.getByRole('button', { name: 'Failed to read network access account from machine policy' }).click();
  await expect(page).toHaveURL(/\?path=winpe\.naa-not-read$/);
  await page.getByRole('button', { name: 'Yes, an account is shown' }).click();
  await page.getByRole('button', { name: 'Yes', exact: true }).click();
  await expect(page.getByRole('group', { name: /CryptImportKey\.exe/ })).toBeVisible();

  await page.goBack();
  await expect(page.getByRole('group', { name: /reinstalled Windows or new hardware/ })).toBeVisible();
  await page.goForward();

  await page.getByRole('button', { name: 'Yes', exact: true }).click();
  await expect(page.getByRole('status')).toContainText('Start here');
  await page.getByRole('link', { name: /Go to step 1/ }).click();
  await expect(page).toHaveURL(/\/kb\/articles\/naa-srvacct-restore-key-mismatch\/#run-cryptimportkey-as-system$/);
  await expect(page.locator('li#run-cryptimportkey-as-system')).toBeInViewport();
});

test('a shared tree URL opens at the same answer', async ({ page }) => {
  await page.goto('troubleshoot/?path=winpe.naa-not-read.shown.yes.no');
  await expect(page.getByRole('status')).toContainText('Rebuild the site server and keep its new srvacct folder');
  await expect(page.getByRole('link', { name: /Go to step 1/ })).toHaveAttribute('href', '/kb/articles/naa-srvacct-restore-key-mismatch/#reinstall-windows');
});

test('answering moves the focus to the new question, and at the end to the outcome', async ({ page }) => {
  await page.goto('troubleshoot/');
  await page.getByRole('button', { name: /Windows PE or boot media/ }).click();
  await expect(page.locator(':focus')).toHaveText(/What does the task sequence wizard say/);
  await page.getByRole('button', { name: 'Failed to read network access account from machine policy' }).click();
  await page.getByRole('button', { name: 'No, none is set' }).click();
  await page.getByRole('button', { name: /current branch/ }).click();
  await expect(page.locator(':focus')).toHaveText('Start here');
});
