import { expect, test } from './fixtures';

// What the shipped web server configuration promises (nginx in CI, see scripts/e2e-server.mjs):
// the policy as a header, hashed assets cached for good, pages revalidated, text compressed,
// the site's own 404, and every route surviving a reload.
test('pages carry the Content-Security-Policy header and are revalidated; hashed assets are cached for good and compressed', async ({ page, request }) => {
  const response = await page.goto('./');
  const headers = response!.headers();
  expect(headers['content-security-policy']).toContain("default-src 'self'");
  expect(headers['content-security-policy']).toContain("frame-ancestors 'none'");
  // Inline scripts are allowed by hash, page by page: never 'unsafe-inline'.
  const scriptSrc = headers['content-security-policy'].split(';').find((d) => d.trim().startsWith('script-src'))!;
  expect(scriptSrc).toMatch(/'sha256-[A-Za-z0-9+/=]+'/);
  expect(scriptSrc).not.toContain('unsafe-inline');
  // The same policy is the first element of <head>, for servers that send no header.
  const first = await page.evaluate(() => {
    const el = document.head.firstElementChild as HTMLMetaElement;
    return [el.httpEquiv, el.content];
  });
  expect(first[0]).toBe('Content-Security-Policy');
  expect(`${first[1]}; frame-ancestors 'none'`).toBe(headers['content-security-policy']);
  expect(headers['cache-control']).toBe('no-cache');

  const script = await page.locator('script[src*="/_next/static/"]').first().getAttribute('src');
  const asset = await request.get(script!, { headers: { 'Accept-Encoding': 'gzip' } });
  expect(asset.headers()['cache-control']).toContain('immutable');
  expect(asset.headers()['content-encoding']).toBe('gzip');
});

test('an unknown URL gets the site\'s own 404 page with status 404', async ({ request }) => {
  const response = await request.get('no-such-page/');
  expect(response.status()).toBe(404);
  expect(await response.text()).toContain('not found');
});

test('every route survives a reload, and a deep link to a step lands on it', async ({ page }) => {
  for (const url of ['./', 'articles/', 'troubleshoot/?path=winpe.naa-not-read', 'errors/?code=0x80070005', 'about/', 'articles/pxe-dp-issuingcertificatelist-missing/']) {
    const first = await page.goto(url);
    expect(first?.status(), url).toBe(200);
    const again = await page.reload();
    expect(again?.status(), url).toBe(200);
  }
  await page.goto('articles/pxe-dp-issuingcertificatelist-missing/#copy-value-from-mp');
  await expect(page.locator('#copy-value-from-mp')).toBeInViewport();
});

test('the TypeScript source of the worker is not published', async ({ page, request }) => {
  await page.goto('./');
  const scripts = await page.locator('script[src]').evaluateAll((nodes) => nodes.map((n) => (n as HTMLScriptElement).src));
  const sources = new Set<string>();
  for (const src of scripts) for (const m of (await (await request.get(src)).text()).matchAll(/[\w/.-]*_next\/static\/media\/[\w.-]+\.ts\b/g)) sources.add(m[0]);
  for (const source of sources) expect((await request.get(new URL(source, page.url()).href)).status(), source).toBe(404);
});
