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

test('a Windows Setup code with its extend code shows its meaning, phase, operation and cause, each source named once', async ({ page }) => {
  await page.goto('errors/?code=' + encodeURIComponent('0xC1900101 - 0x20017'));
  const result = page.getByRole('region', { name: '0xC1900101' });
  await expect(result.getByText('MOSETUP_E_SETUP_PLATFORM')).toBeVisible();
  const extend = result.getByLabel('Extend code');
  await expect(extend).toContainText('0x20017');
  await expect(extend).toContainText('SP_EXECUTION_SAFE_OS');
  await expect(extend).toContainText('SP_EXECUTION_OP_BOOT');
  await expect(extend).toContainText('A driver has caused an illegal operation.');

  const sources = page.getByRole('region', { name: 'Sources' }).getByRole('listitem');
  const titles = await sources.allTextContents();
  expect(titles.length).toBeGreaterThan(0);
  expect(new Set(titles).size).toBe(titles.length);
  await expect(sources.filter({ hasText: 'Windows 10 upgrade error codes' }).getByRole('link')).toHaveAttribute(
    'href',
    /SupportArticles-docs\/blob\/[0-9a-f]{40}\/.*windows-10-upgrade-error-codes\.md$/,
  );
  // Every meaning points at its source by number; the numbers resolve to the list.
  const refs = await result.getByRole('link', { name: /^source \d+$/ }).evaluateAll((links) => links.map((a) => a.getAttribute('href')));
  expect(refs.length).toBeGreaterThan(titles.length - 1);
  for (const href of new Set(refs)) await expect(page.locator(href!)).toHaveCount(1);
});

test('a code with too few hex digits is flagged as incomplete, not read as a success code', async ({ page }) => {
  await page.goto('errors/');
  await page.getByLabel('Error code').fill('0x8007000');
  await page.getByRole('button', { name: 'Look up' }).click();
  await expect(page.getByRole('alert').filter({ hasText: 'incomplete' })).toContainText('is incomplete: a code has 8 hex digits, this one has 7');
  await expect(page.getByRole('heading', { name: /0x08007000/ })).toHaveCount(0);
  await expect(page.getByText('success', { exact: true })).toHaveCount(0);
});

test('symbolic names look up by name in any case; ConfigMgr and Windows Update codes show their source', async ({ page }) => {
  await page.goto('errors/?code=e_accessdenied');
  await expect(page.getByRole('heading', { name: /^E_ACCESSDENIED/ })).toBeVisible();
  await expect(page.getByRole('region', { name: '0x80070005' }).getByText('General access denied error')).toBeVisible();

  await page.getByLabel('Error code').fill('0x87D00607');
  await page.getByRole('button', { name: 'Look up' }).click();
  await expect(page.getByRole('region', { name: '0x87D00607' }).getByText('Content not found')).toBeVisible();
  await expect(page.getByRole('region', { name: 'Sources' }).getByRole('link', { name: /Configuration Manager/ })).toHaveAttribute('href', /MicrosoftDocs\/memdocs\//);

  await page.getByLabel('Error code').fill('WU_E_UH_POSTREBOOTSTILLPENDING');
  await page.getByRole('button', { name: 'Look up' }).click();
  await expect(page.getByText('The post-reboot operation for the update is still in progress.')).toBeVisible();
  await expect(page.getByRole('region', { name: 'Sources' })).toContainText('Windows Update error codes by component');
});

// Network emulation uses the Chrome DevTools Protocol: both projects run Chromium.
test('the first lookup on a warm intranet fetches a few small shards, not the whole table (time printed)', async ({ page }, testInfo) => {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Network.enable');
  await cdp.send('Network.setCacheDisabled', { cacheDisabled: false });
  // A warm intranet: 100 Mbit/s, 2 ms latency, the site's own files already in the browser cache.
  await cdp.send('Network.emulateNetworkConditions', { offline: false, latency: 2, downloadThroughput: 12_500_000, uploadThroughput: 12_500_000 });
  await page.goto('errors/');
  await page.goto('errors/');
  await expect(page.getByLabel('Error code')).toBeVisible();
  await page.waitForLoadState('networkidle');

  const fetched = new Map<string, { url: string; bytes: number }>();
  let counting = false;
  cdp.on('Network.responseReceived', (e) => counting && fetched.set(e.requestId, { url: e.response.url, bytes: 0 }));
  cdp.on('Network.loadingFinished', (e) => {
    const r = fetched.get(e.requestId);
    if (r) r.bytes = e.encodedDataLength;
  });

  // Timed in the page: from the click on Look up to the first moment the meaning is in the DOM.
  await page.evaluate(() => {
    const w = window as unknown as { lookupTiming: { start?: number; end?: number } };
    w.lookupTiming = {};
    document.querySelector('form[role=search] button[type=submit]')!.addEventListener('click', () => (w.lookupTiming.start = performance.now()), { capture: true });
    const observer = new MutationObserver(() => {
      if (document.body.textContent?.includes('SP_EXECUTION_OP_BOOT')) {
        w.lookupTiming.end = performance.now();
        observer.disconnect();
      }
    });
    observer.observe(document.body, { childList: true, subtree: true, characterData: true });
  });
  await page.getByLabel('Error code').fill('0xC1900101 - 0x20017');
  counting = true;
  await page.getByRole('button', { name: 'Look up' }).click();
  await expect(page.getByLabel('Extend code')).toContainText('SP_EXECUTION_OP_BOOT');
  await page.waitForLoadState('networkidle');
  const timing = await page.evaluate(() => (window as unknown as { lookupTiming: { start: number; end: number } }).lookupTiming);
  const ms = Math.round(timing.end - timing.start);
  const responses = [...fetched.values()].filter((r) => r.bytes > 0);
  const total = responses.reduce((n, r) => n + r.bytes, 0);
  const largest = Math.max(0, ...responses.map((r) => r.bytes));
  const line = `first lookup of 0xC1900101 - 0x20017 (${testInfo.project.name}, 100 Mbit/s, 2 ms): ${ms} ms to the meaning; ${responses.length} responses, ${(total / 1024).toFixed(1)} KB on the wire, largest ${(largest / 1024).toFixed(1)} KB`;
  console.log(line);
  if (process.env.E2E_VERBOSE) console.log(responses.map((r) => `  ${r.bytes} ${r.url}`).join("\n"));
  testInfo.annotations.push({ type: 'first-lookup', description: line });
  expect(timing.end).toBeGreaterThan(timing.start);
  expect(largest, responses.map((r) => `${r.url} ${r.bytes}`).join('\n')).toBeLessThan(100_000);
  expect(total).toBeLessThan(250_000);
});
