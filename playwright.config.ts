/**
 * End-to-end tests against the production build (`npm test` builds dist/ first; this config never
 * rebuilds). The browser comes from tests/support/chromium.ts because `npx playwright install`
 * is not available everywhere we run; see that file for the flags.
 */
import { defineConfig, devices } from "@playwright/test";
import { launchOptions } from "./tests/support/chromium";

const PORT = 4173;
export const HOST_PORT = 4174;
/** The same build served under a sub-path, as on a shared static host. */
export const SUBPATH_PORT = 4175;
const baseURL = `http://127.0.0.1:${PORT}/`;

export default defineConfig({
  testDir: "tests/e2e",
  // Artifacts (failure screenshots) get their own folder: Playwright empties outputDir at start,
  // which would otherwise delete other reports written to test-results/ earlier in the run.
  outputDir: "test-results/e2e-artifacts",
  fullyParallel: true,
  forbidOnly: !!process.env.CI,
  workers: 2, // a 2-core box: more workers only fight over the CPU and make timings flaky
  retries: 0,
  // Bounds on a hang, not timings: every wait is on a state. Under another CPU-heavy process a
  // state a test waits for can take several times its idle time (the million-row read: 5 s idle,
  // 15 s loaded), so the bounds leave room for that.
  timeout: 90_000,
  expect: { timeout: 20_000 },
  // list for people; json so .ci/run can count passed/failed (stats.expected / unexpected / skipped).
  reporter: [["list"], ["json", { outputFile: "test-results/e2e.json" }]],
  use: {
    baseURL,
    screenshot: "only-on-failure",
    trace: "off",
    video: "off",
    // The atlas's service worker (app/offline.ts) would answer the page's requests from its cache,
    // past the tests' page.route mocks: blocked here; the offline tests allow it (offline.spec.ts).
    serviceWorkers: "block",
    locale: "en-US", // the tests read English unless they ask for lang=zh; a reader's browser language decides otherwise
    // Also bounds on a hang: four embed frames loading at once under a concurrent build took over 10 s.
    actionTimeout: 30_000,
    navigationTimeout: 45_000,
  },
  projects: [
    {
      name: "chromium",
      // Top-level await: the config is an ES module ("type": "module"). Evaluated once per worker;
      // after the first unpack the lookup is a cached stat.
      use: { ...devices["Desktop Chrome"], launchOptions: await launchOptions() },
    },
  ],
  webServer: [
    {
      command: `node scripts/serve.mjs dist ${PORT}`,
      url: baseURL,
      reuseExistingServer: !process.env.CI,
      timeout: 15_000,
      gracefulShutdown: { signal: "SIGTERM", timeout: 2_000 },
    },
    {
      // A host page on another origin (another port) for the embed tests.
      command: `node scripts/serve.mjs tests/e2e/host ${HOST_PORT}`,
      url: `http://127.0.0.1:${HOST_PORT}/`,
      reuseExistingServer: !process.env.CI,
      timeout: 15_000,
      gracefulShutdown: { signal: "SIGTERM", timeout: 2_000 },
    },
    {
      command: `node scripts/serve.mjs dist ${SUBPATH_PORT} --base /tools/debt-atlas/`,
      url: `http://127.0.0.1:${SUBPATH_PORT}/tools/debt-atlas/`,
      reuseExistingServer: !process.env.CI,
      timeout: 15_000,
      gracefulShutdown: { signal: "SIGTERM", timeout: 2_000 },
    },
  ],
});
