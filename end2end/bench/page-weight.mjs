// Page weight as headless Chromium transfers it (CDP network events): bytes and requests of a
// first visit (empty cache) and of the next navigation (cache kept), and the bytes a page needs
// before it is readable and its forms work (HTML, CSS and fonts: everything but the scripts
// and the WebAssembly, which only enhance it).
import { chromium } from "playwright-core";

const READABLE_TYPES = new Set(["Document", "Stylesheet", "Font"]);

export function launchChromium() {
  return chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
    args: ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
      "--disable-background-networking", "--disable-component-update", "--disable-sync"],
  });
}

/** A page whose network traffic is counted from the last `reset()`. */
async function countedPage(context) {
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send("Network.enable");
  const types = new Map();
  let counts;
  const reset = () => { counts = { bytes: 0, requests: 0, readable: 0, byType: {} }; };
  const add = (type, bytes) => {
    counts.bytes += bytes;
    counts.byType[type] = (counts.byType[type] ?? 0) + bytes;
    if (READABLE_TYPES.has(type)) counts.readable += bytes;
  };
  reset();
  cdp.on("Network.requestWillBeSent", (e) => {
    // A redirect (the 303 after a form) is a response of its own.
    if (e.redirectResponse) {
      counts.requests += 1;
      add("Document", e.redirectResponse.encodedDataLength ?? 0);
    }
  });
  // Served from the browser's cache: no request went over the network.
  const cached = new Set();
  cdp.on("Network.requestServedFromCache", (e) => cached.add(e.requestId));
  cdp.on("Network.responseReceived", (e) => {
    types.set(e.requestId, e.type);
    if (e.response.fromDiskCache || e.response.fromPrefetchCache) cached.add(e.requestId);
  });
  cdp.on("Network.loadingFinished", (e) => {
    if (cached.has(e.requestId)) return;
    counts.requests += 1;
    add(types.get(e.requestId) ?? "Other", e.encodedDataLength);
  });
  return { page, cdp, reset, counts: () => counts };
}

/** Waits until the page is loaded and the network quiet. The islands' WebAssembly is not
 *  part of it: it is fetched when the visitor reaches for an island (app/src/islands/loader.js). */
async function settled(page) {
  await page.waitForLoadState("load");
  await page.waitForLoadState("networkidle");
}

/** What reaching for the text-size control fetches: the islands' code, then hydration. */
async function enhance(page) {
  await page.locator("leptos-island:has(form.text-size)").dispatchEvent("focusin");
  await page.locator("form.text-size[data-enhanced]").waitFor({ timeout: 15000 });
}

async function measure(counted, action) {
  counted.reset();
  await action();
  await settled(counted.page);
  return { ...counted.counts() };
}

async function submitSignIn(page, username, password) {
  const form = page.locator('form[action$="/sign-in"]');
  await form.locator('input[name="username"]').fill(username);
  await form.locator('input[name="password"]').fill(password);
  await Promise.all([page.waitForURL((url) => !url.pathname.endsWith("/sign-in")), form.locator('button[type="submit"]').click()]);
}

/** Answers every question (first choice, or a word) and submits: a result page either way. */
async function submitNewCv(page) {
  await page.locator("#title").fill("CV");
  await Promise.all([page.waitForURL(/\/contact$/), page.locator('form[action$="/cv"] button[type="submit"]').click()]);
}

async function submitQuiz(page) {
  await page.evaluate(() => {
    const seen = new Set();
    for (const input of document.querySelectorAll('section.quiz input[name^="q-"]')) {
      if (input.type === "radio" || input.type === "checkbox") {
        if (!seen.has(input.name)) input.checked = true;
        seen.add(input.name);
      } else {
        input.value = "x";
      }
    }
  });
  await Promise.all([page.waitForNavigation(), page.locator('section.quiz form button[type="submit"]').click()]);
  await page.locator(".quiz-result").waitFor();
}

/**
 * Measures the four pages of a learner's journey in one language. `lessonPath` is a lesson
 * with a quiz, e.g. `/courses/ai-literacy/what-is-ai`.
 */
export async function measureLanguage(browser, { base, locale, username, password, lessonPath }) {
  const lesson = `${base}/${locale}${lessonPath}`;
  const results = {};

  // The journey, with the cache kept between pages: what a learner's next navigations cost.
  const journey = await browser.newContext();
  const j = await countedPage(journey);
  await j.page.goto(`${base}/${locale}/`);
  await settled(j.page);
  const signInNext = await measure(j, () => j.page.goto(`${base}/${locale}/sign-in`));
  const homeNext = await measure(j, () => submitSignIn(j.page, username, password));
  await j.page.goto(`${base}/${locale}/`);
  await settled(j.page);
  const lessonNext = await measure(j, () => j.page.goto(lesson));
  const resultNext = await measure(j, () => submitQuiz(j.page));
  // The CV builder: the list of CVs, then a new CV's first step.
  const cvListNext = await measure(j, () => j.page.goto(`${base}/${locale}/cv`));
  const cvStepNext = await measure(j, () => submitNewCv(j.page));
  const cvStep = j.page.url();
  const cookies = await journey.cookies();
  await journey.close();

  // First visits: a fresh browser profile each time (the sign-in cookie copied for the rest).
  async function firstVisit(signedIn, action) {
    const context = await browser.newContext();
    if (signedIn) await context.addCookies(cookies);
    const counted = await countedPage(context);
    const figures = await measure(counted, () => action(counted));
    await context.close();
    return figures;
  }
  const signInFirst = await firstVisit(false, (c) => c.page.goto(`${base}/${locale}/sign-in`));
  // The enhancements, fetched once the visitor reaches for the text-size control.
  const enhanced = await (async () => {
    const context = await browser.newContext();
    const counted = await countedPage(context);
    await counted.page.goto(`${base}/${locale}/sign-in`);
    await settled(counted.page);
    const figures = await measure(counted, () => enhance(counted.page));
    await context.close();
    return figures;
  })();
  const homeFirst = await firstVisit(true, (c) => c.page.goto(`${base}/${locale}/`));
  const lessonFirst = await firstVisit(true, (c) => c.page.goto(lesson));
  const resultFirst = await firstVisit(true, async (c) => {
    await c.page.goto(lesson);
    await settled(c.page);
    await c.cdp.send("Network.clearBrowserCache");
    await c.cdp.send("Network.setCacheDisabled", { cacheDisabled: true });
    c.reset();
    await submitQuiz(c.page);
  });

  results["sign-in"] = { first: signInFirst, next: signInNext, enhanced };
  results["learner home"] = { first: homeFirst, next: homeNext };
  results["lesson"] = { first: lessonFirst, next: lessonNext };
  results["quiz result"] = { first: resultFirst, next: resultNext };
  results["my CVs"] = { first: await firstVisit(true, (c) => c.page.goto(`${base}/${locale}/cv`)), next: cvListNext };
  results["CV step"] = { first: await firstVisit(true, (c) => c.page.goto(cvStep)), next: cvStepNext };
  return results;
}
