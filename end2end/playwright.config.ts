import { defineConfig, devices } from "@playwright/test";

// The server under test: the debug build, on a fresh SQLite database with the demo accounts,
// with the shipped courses.
const port = process.env.TIFAWT_E2E_PORT ?? "3100";
const baseURL = `http://127.0.0.1:${port}`;
const shortSessionsPort = process.env.TIFAWT_E2E_SHORT_SESSIONS_PORT ?? "3101";

export default defineConfig({
  testDir: "./tests",
  fullyParallel: true,
  workers: 2,
  retries: process.env.CI ? 1 : 0,
  reporter: [["list"]],
  timeout: 30_000,
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
  webServer: [
    {
    command:
      `rm -f ../target/e2e/tifawt.db* && ` +
      `../target/debug/tifawt serve --listen 127.0.0.1:${port} --courses-dir ../courses ` +
      `--site-dir ../target/site --default-locale ar --demo`,
    env: { DATABASE_URL: "sqlite://../target/e2e/tifawt.db?mode=rwc", RUST_LOG: "warn" },
    url: `${baseURL}/healthz`,
    reuseExistingServer: false,
    timeout: 60_000,
    },
    // A second server whose sessions last one minute, for the time-out warning.
    {
      command:
        `rm -f ../target/e2e/short-sessions.db* && ` +
        `../target/debug/tifawt serve --listen 127.0.0.1:${shortSessionsPort} --courses-dir ../courses ` +
        `--site-dir ../target/site --default-locale fr --demo --session-idle-minutes 1`,
      env: { DATABASE_URL: "sqlite://../target/e2e/short-sessions.db?mode=rwc", RUST_LOG: "warn" },
      url: `http://127.0.0.1:${shortSessionsPort}/healthz`,
      reuseExistingServer: false,
      timeout: 60_000,
    },
  ],
});
