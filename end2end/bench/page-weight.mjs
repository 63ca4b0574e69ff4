// Prints the bytes a first visit transfers (empty cache), as Chromium's network events count
// them: every request of the page, including fonts and the wasm loaded after hydration.
//
// usage: node bench/page-weight.mjs http://127.0.0.1:3000/ar/ [more URLs…]
import { chromium } from "playwright-core";

const urls = process.argv.slice(2);
if (urls.length === 0) {
  console.error("usage: node bench/page-weight.mjs URL [URL…]");
  process.exit(2);
}

const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
  args: ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
    "--disable-background-networking", "--disable-component-update", "--disable-sync"],
});

console.log("| page | requests | bytes transferred | by type |");
console.log("|---|---:|---:|---|");
for (const url of urls) {
  const context = await browser.newContext();
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send("Network.enable");
  await cdp.send("Network.setCacheDisabled", { cacheDisabled: true });
  const types = new Map();
  const byType = {};
  let total = 0;
  let requests = 0;
  cdp.on("Network.responseReceived", (e) => types.set(e.requestId, e.type));
  cdp.on("Network.loadingFinished", (e) => {
    requests += 1;
    total += e.encodedDataLength;
    const type = types.get(e.requestId) ?? "Other";
    byType[type] = (byType[type] ?? 0) + e.encodedDataLength;
  });
  await page.goto(url, { waitUntil: "load" });
  // The islands hydrate when the browser is idle: wait for it, then for the network to settle.
  await page.locator("form.text-size[data-enhanced]").waitFor({ timeout: 15000 }).catch(() => {});
  await page.waitForLoadState("networkidle");
  const parts = Object.entries(byType).map(([t, b]) => `${t} ${b}`).join(", ");
  console.log(`| ${new URL(url).pathname} | ${requests} | ${total} | ${parts} |`);
  await context.close();
}
await browser.close();
