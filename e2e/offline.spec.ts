import { expect, test } from '@playwright/test';

// Not the guarded test: this one provokes a refused request on purpose.
test('the page itself refuses requests to other origins (Content-Security-Policy)', async ({ page, baseURL }) => {
  const origin = new URL(baseURL!).origin;
  // Belt and braces: should the policy ever fail, the request still never reaches a network.
  await page.route('**/*', (route) => (route.request().url().startsWith(origin) ? route.continue() : route.abort()));
  await page.goto('./');
  const outcome = await page.evaluate(async () => {
    const violation = new Promise<string>((resolve) => document.addEventListener('securitypolicyviolation', (e) => resolve(e.violatedDirective)));
    const sent = await fetch('https://cdn.example.com/font.woff2').then(
      () => 'sent',
      () => 'failed',
    );
    return { sent, directive: await violation };
  });
  expect(outcome).toEqual({ sent: 'failed', directive: 'connect-src' });
});
