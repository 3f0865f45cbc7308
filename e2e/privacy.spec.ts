import fs from 'node:fs';
import { dropFiles, expect, fixture, readFixture, test } from './fixtures';

// Nothing derived from the log (its text, codes, file names, the verdict) may reach even the
// site's own server before the technician clicks: not as a prefetch of a result link, not on
// hover. Every request made while pasting, dropping, diagnosing and hovering is recorded.
test('pasting, dropping, diagnosing and hovering the results send nothing derived from the log', async ({ page }) => {
  const requests: string[] = [];
  page.on('request', (request) => requests.push(`${request.method()} ${request.url()}`));
  await page.goto('./');
  const loaded = requests.length;

  await page.getByLabel('Paste log lines').fill(readFixture('kb2509330', 'phase2.log'));
  await dropFiles(page, [{ name: 'secret-server-smsts.log', bytes: fs.readFileSync(fixture('kb2509330', 'phase1.cmtrace.log')) }]);
  await page.getByRole('button', { name: 'Diagnose' }).click();
  await expect(page.locator('[data-verdict]')).toHaveAttribute('data-verdict', 'match');

  const results = page.locator('[data-verdict]');
  for (const link of await results.getByRole('link').all()) {
    if (await link.isVisible()) await link.hover();
  }
  await page.waitForTimeout(500);

  const after = requests.slice(loaded);
  const leaks = after.filter((r) => /code=|path=|8009100e|80040101|80004005|secret-server|\/articles\/[a-z0-9-]+/i.test(r));
  expect(leaks, `requests after the page loaded:\n${after.join('\n')}`).toEqual([]);
  // What may be fetched: the page's own scripts, the fixed data files (knowledge base, code
  // table), and the menu's pages, which the header prefetches whatever the log says.
  const allowed = [
    /\/_next\/static\//,
    /\/data\/kb\.[0-9a-f]{16}\.json$/,
    /\/kb\/icon\.svg/,
    /^(HEAD|GET) http:\/\/[^/]+\/kb\/((troubleshoot|articles|errors|about)\/)?(__next\.[\w.]*txt\?_rsc=[\w-]+)?$/,
  ];
  for (const r of after) expect(allowed.some((a) => a.test(r)), r).toBe(true);
});
