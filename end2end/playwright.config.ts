import { defineConfig, devices } from "@playwright/test";
import { EXPECT_TIMEOUT, TEST_TIMEOUT } from "./tests/fixtures/timeouts";

// The servers under test (the debug build, fresh SQLite databases with the demo accounts, the
// shipped courses) are started by tests/fixtures/servers.ts on ports chosen at start; it sets
// TIFAWT_E2E_BASE_URL before the workers start, and they read this file again.
const baseURL = process.env.TIFAWT_E2E_BASE_URL;

// Time limits: from measured durations, with room for a slower machine; how, and the figures,
// in tests/fixtures/timeouts.ts. reporters/slowest.ts prints each run's slowest tests and their
// share of their limit. Two workers for the two cores of the machines this runs on; one retry on
// CI.
export default defineConfig({
  testDir: "./tests",
  globalSetup: "./tests/fixtures/servers.ts",
  fullyParallel: true,
  workers: 2,
  retries: process.env.CI ? 1 : 0,
  reporter: [["list"], ["./reporters/slowest.ts"]],
  timeout: TEST_TIMEOUT,
  expect: { timeout: EXPECT_TIMEOUT },
  use: {
    baseURL,
    launchOptions: {
      // The system Chromium from Debian: nothing is downloaded.
      executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
      args: [
        "--headless",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-quic",
        "--no-first-run",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
      ],
    },
  },
  projects: [
    { name: "javascript", use: { ...devices["Desktop Chrome"], javaScriptEnabled: true } },
    { name: "no-javascript", use: { ...devices["Desktop Chrome"], javaScriptEnabled: false } },
  ],
});
