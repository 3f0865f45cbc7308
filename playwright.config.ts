import fs from 'node:fs';
import { defineConfig, devices } from '@playwright/test';

// Browser tests run against the static export served under a base path, as an intranet would
// host it, so every link is checked with its prefix.
export const E2E_BASE_PATH = '/kb';
const PORT = Number(process.env.E2E_PORT ?? 3100);

// Playwright cannot download its own browsers on these machines: use Debian's Chromium when
// it is installed, Playwright's elsewhere.
const SYSTEM_CHROMIUM = '/usr/bin/chromium';
const executablePath = process.env.CHROMIUM_PATH ?? (fs.existsSync(SYSTEM_CHROMIUM) ? SYSTEM_CHROMIUM : undefined);

const launchOptions = {
  executablePath,
  // Keep Chromium from calling home: the network here is closed and the tests check that no
  // request leaves the site.
  args: ['--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-quic'],
};

export default defineConfig({
  testDir: 'e2e',
  fullyParallel: true,
  forbidOnly: !!process.env.CI,
  retries: process.env.CI ? 1 : 0,
  workers: 2,
  reporter: process.env.CI ? [['list']] : [['list'], ['html', { open: 'never' }]],
  use: {
    baseURL: `http://localhost:${PORT}${E2E_BASE_PATH}/`,
    trace: 'retain-on-failure',
  },
  projects: [
    { name: 'desktop', use: { ...devices['Desktop Chrome'], launchOptions }, testIgnore: /phone\.spec\.ts/ },
    { name: 'mobile', use: { ...devices['Pixel 7'], launchOptions }, testMatch: /(diagnose|troubleshoot|phone|errors|article|back-forward|keyboard|accessibility|run-story)\.spec\.ts/ },
  ],
  webServer: {
    command: `npm run build && node scripts/e2e-server.mjs`,
    env: { BASE_PATH: E2E_BASE_PATH, PORT: String(PORT), NEXT_TELEMETRY_DISABLED: '1' },
    url: `http://localhost:${PORT}${E2E_BASE_PATH}/`,
    reuseExistingServer: !process.env.CI,
    timeout: 300_000,
    stdout: 'pipe',
  },
});
