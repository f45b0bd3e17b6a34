import { defineConfig } from '@playwright/test';

const port = Number(process.env.E2E_PORT ?? 3210);

// The site keeps anti-spam challenges in Redis under this run's own prefix; tests read answers from there
// (tests/support/challenge-answer.ts). Set here, before the workers start, so they inherit the same value.
process.env.E2E_REDIS_URL ??= 'redis://127.0.0.1:6379';
process.env.E2E_REDIS_KEY_PREFIX ??= `dateline-e2e-${process.pid}-${Date.now()}:`;

export default defineConfig({
  testDir: 'tests/e2e',
  workers: 1,
  reporter: 'list',
  forbidOnly: !!process.env.CI,
  use: {
    baseURL: `http://127.0.0.1:${port}`,
    trace: 'retain-on-failure',
    browserName: 'chromium',
    launchOptions: {
      // Debian's Chromium: Playwright never downloads a browser of its own (PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD).
      executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
        '--no-first-run',
        '--disable-quic',
      ],
    },
  },
  webServer: {
    command: 'tsx tests/support/fresh-site.ts',
    url: `http://127.0.0.1:${port}/ko`,
    env: {
      E2E_PORT: String(port),
      REDIS_URL: process.env.E2E_REDIS_URL,
      REDIS_KEY_PREFIX: process.env.E2E_REDIS_KEY_PREFIX,
      // A line per request of the whole suite would bury the test report; warnings and errors still show.
      LOG_LEVEL: process.env.LOG_LEVEL ?? 'warn',
    },
    timeout: 120_000,
    stdout: 'pipe',
    gracefulShutdown: { signal: 'SIGTERM', timeout: 10_000 },
  },
});
