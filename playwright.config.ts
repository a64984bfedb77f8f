import { defineConfig } from '@playwright/test';

/** Debian's Chromium: no test or install step downloads a browser. */
const chromium = process.env.DVK_CHROMIUM ?? '/usr/bin/chromium';

export default defineConfig({
  testDir: 'tests',
  outputDir: 'test-results',
  workers: 2,
  timeout: 60_000,
  // One retry on CI only: two cores drive two browsers and two servers at once, and an animation can be
  // caught mid-way. A test that fails twice fails the run; a retried pass is listed as flaky.
  retries: process.env.CI ? 1 : 0,
  reporter: [['list']],
  globalSetup: './tests/e2e/global-setup.ts',
  projects: [
    {
      name: 'preview',
      testDir: 'tests/e2e',
      use: {
        browserName: 'chromium',
        locale: 'vi-VN',
        viewport: { width: 1366, height: 800 },
        launchOptions: {
          executablePath: chromium,
          args: [
            '--no-sandbox',
            '--disable-gpu',
            '--disable-quic',
            '--no-first-run',
            '--disable-background-networking',
            '--disable-component-update',
            '--disable-sync',
          ],
        },
      },
    },
    { name: 'electron', testDir: 'tests/e2e-electron' },
  ],
});
