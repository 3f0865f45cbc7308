import { expect, test } from './fixtures';

test('an article page has an anchor link on every heading and step, and a step link highlights it', async ({ page }) => {
  await page.goto('articles/naa-srvacct-restore-key-mismatch/#rebuild-site-reset');
  const step = page.locator('li#rebuild-site-reset');
  await expect(step).toBeInViewport();
  expect(await step.evaluate((el) => getComputedStyle(el).outlineStyle)).toBe('solid');
  for (const id of ['symptoms', 'cause', 'resolution', 'more-information', 'rebuild-and-keep-new-srvacct', 'run-cryptimportkey']) {
    await expect(page.locator(`#${id} a[href="#${id}"]`)).toHaveCount(1);
  }
  const steps = page.locator('ol.steps > li[id]');
  expect(await steps.count()).toBe(19);
  expect(await page.locator('ol.steps > li[id] a[href^="#"]').count()).toBeGreaterThanOrEqual(19);
});

test('the article links each of its codes to the lookup page', async ({ page }) => {
  await page.goto('articles/naa-srvacct-restore-key-mismatch/');
  await page.getByRole('link', { name: '0x8009100E' }).click();
  await expect(page).toHaveURL(/\/kb\/errors\/\?code=0x8009100E$/);
  await expect(page.getByRole('heading', { name: /^0x8009100E/ })).toBeVisible();
});

test('the search box finds the article by its misspelt log line and by a code', async ({ page }) => {
  await page.goto('./');
  const search = page.getByRole('combobox', { name: 'Search articles' });
  const suggestions = page.getByRole('listbox');
  await search.fill('signature varification');
  await expect(suggestions.getByRole('option').first()).toContainText('restored onto a rebuilt server');
  // A code: its lookup first, then the article that carries it.
  await search.fill('8009100e');
  await expect(suggestions.getByRole('option').first()).toContainText('Look up 0x8009100E');
  await expect(suggestions.getByRole('option').nth(1)).toContainText('restored onto a rebuilt server');
  await search.press('ArrowDown');
  await search.press('ArrowDown');
  await search.press('Enter');
  await expect(page).toHaveURL(/\/kb\/articles\/naa-srvacct-restore-key-mismatch\/$/);
});

test('the search box can be narrowed to one area', async ({ page }) => {
  await page.goto('./');
  const search = page.getByRole('combobox', { name: 'Search articles' });
  await search.fill('certificate');
  await expect(page.getByRole('listbox').getByRole('option')).not.toHaveCount(0);
  await page.getByRole('combobox', { name: 'Search in area' }).selectOption({ label: 'PXE boot' });
  await search.focus();
  const options = page.getByRole('listbox').getByRole('option');
  await expect(options.first()).toContainText(/PXE/);
  for (const text of await options.allTextContents()) expect(text).toMatch(/PXE|WDS|TFTP|DHCP/);
});

test('clicking a search suggestion opens its article', async ({ page }) => {
  await page.goto('./');
  await page.getByRole('combobox', { name: 'Search articles' }).fill('signature varification');
  await page.getByRole('listbox').getByRole('option').first().click();
  await expect(page).toHaveURL(/\/kb\/articles\/naa-srvacct-restore-key-mismatch\/$/);
});

test('the articles index groups the articles by area, with counts', async ({ page }) => {
  await page.goto('articles/');
  const areas = page.getByRole('navigation', { name: 'Areas' }).getByRole('link');
  await expect(areas.first()).toHaveText(/PXE boot \(\d+\)/);
  await expect(page.getByRole('heading', { level: 2, name: /Boot media and WinPE/ })).toBeVisible();
});

test('an article prints without the navigation, the search box and the link buttons', async ({ page }) => {
  await page.goto('articles/naa-srvacct-restore-key-mismatch/#rebuild-site-reset');
  await page.emulateMedia({ media: 'print' });
  await expect(page.getByRole('navigation', { name: 'Main' })).toBeHidden();
  await expect(page.getByRole('combobox', { name: 'Search articles' })).toBeHidden();
  await expect(page.getByRole('button', { name: /Copy link/ }).first()).toBeHidden();
  await expect(page.locator('li#rebuild-site-reset')).toBeVisible();
  expect(await page.locator('li#rebuild-site-reset').evaluate((el) => getComputedStyle(el).outlineStyle)).toBe('none');
});

test('a code typed in any form offers its lookup first, and Enter opens it', async ({ page }) => {
  await page.goto('./');
  const search = page.getByRole('combobox', { name: 'Search articles' });
  await search.fill('-2147024891');
  const options = page.getByRole('listbox').getByRole('option');
  await expect(options.first()).toContainText('Look up 0x80070005');
  await search.press('Enter');
  await expect(page).toHaveURL(/\/kb\/errors\/\?code=0x80070005$/);
});

test('without a clipboard (plain HTTP), a copy-link button shows the link selected in a field, never a prompt', async ({ page }) => {
  await page.addInitScript(() => Object.defineProperty(navigator, 'clipboard', { value: undefined, configurable: true }));
  const dialogs: string[] = [];
  page.on('dialog', (d) => {
    dialogs.push(d.message());
    void d.dismiss();
  });
  await page.goto('articles/naa-srvacct-restore-key-mismatch/');
  await page.getByRole('button', { name: /Copy link: #run-cryptimportkey-as-system/ }).click();
  const field = page.getByRole('textbox', { name: 'Link to copy' });
  await expect(field).toHaveValue(/\/kb\/articles\/naa-srvacct-restore-key-mismatch\/#run-cryptimportkey-as-system$/);
  expect(await field.evaluate((el: HTMLInputElement) => el.selectionEnd! - el.selectionStart!)).toBeGreaterThan(10);
  expect(dialogs).toEqual([]);
});

test('a fix link to the first step of a procedure lands with the procedure heading in view', async ({ page }) => {
  await page.goto('./articles/naa-srvacct-restore-key-mismatch/#run-cryptimportkey-as-system');
  await expect(page.locator('li#run-cryptimportkey-as-system')).toBeInViewport();
  await expect(page.getByRole('heading', { level: 3, name: /CryptImportKey/ })).toBeInViewport();
});
