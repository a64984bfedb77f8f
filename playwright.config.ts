import { defineConfig } from '@playwright/test';
import { chromiumArgs, chromiumPath } from './tests/e2e/browser';

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
          executablePath: chromiumPath,
          args: chromiumArgs,
        },
      },
    },
    { name: 'electron', testDir: 'tests/e2e-electron' },
  ],
});
