import fs from 'node:fs';
import path from 'node:path';
import { test as base, expect } from '@playwright/test';

/**
 * Every browser test also checks the two promises made to an intranet: no request leaves
 * the site's origin, and the page logs no console error.
 */
export const test = base.extend<{ guard: void }>({
  guard: [
    async ({ page, baseURL }, use) => {
      const origin = new URL(baseURL!).origin;
      const outside: string[] = [];
      const errors: string[] = [];
      page.on('request', (request) => {
        const url = request.url();
        if (!url.startsWith(origin) && !url.startsWith('data:') && !url.startsWith('blob:')) outside.push(url);
      });
      page.on('console', (message) => {
        if (message.type() === 'error') errors.push(message.text());
      });
      page.on('pageerror', (error) => errors.push(error.message));
      page.on('response', (response) => {
        if (response.status() >= 400) errors.push(`HTTP ${response.status()} for ${response.url()}`);
      });
      await use();
      expect(outside, 'requests that left the site').toEqual([]);
      expect(errors, 'console errors').toEqual([]);
    },
    { auto: true },
  ],
});

export { expect };

export function fixture(...parts: string[]): string {
  return path.resolve('test', 'fixtures', ...parts);
}

export function readFixture(...parts: string[]): string {
  return fs.readFileSync(fixture(...parts), 'utf8');
}
