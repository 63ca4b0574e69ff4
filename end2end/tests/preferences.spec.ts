// The language switcher and the text-size control: plain links and forms that work without
// JavaScript, enhanced by the hydrated island when JavaScript is on.
import { expect, javascriptOn, settle, test } from "./fixtures/site";

test("the language switcher keeps the page and remembers the choice", async ({ page }) => {
  await page.goto("/fr/courses/ai-literacy/what-is-ai");
  await page.getByRole("navigation", { name: "Langue" }).getByRole("link", { name: "ⵜⴰⵎⴰⵣⵉⵖⵜ" }).click();
  await expect(page).toHaveURL(/\/zgh\/courses\/ai-literacy\/what-is-ai$/);
  await expect(page.locator("html")).toHaveAttribute("lang", "zgh");
  // The next visit to the bare address lands in the chosen language.
  await page.goto("/");
  await expect(page).toHaveURL(/\/zgh\/$/);
});

test("Tamazight in Latin script is a language of its own address, remembered like the others", async ({ page }) => {
  await page.goto("/zgh/courses/ai-literacy/what-is-ai");
  await page.locator('nav.languages a[hreflang="zgh-Latn"]').click();
  await expect(page).toHaveURL(/\/zgh-Latn\/courses\/ai-literacy\/what-is-ai$/);
  await expect(page.locator("html")).toHaveAttribute("lang", "zgh-Latn");
  await page.goto("/");
  await expect(page).toHaveURL(/\/zgh-Latn\/$/);
});

test("before any choice, the browser's language decides", async ({ browser }) => {
  const context = await browser.newContext({ locale: "fr-FR" });
  const page = await context.newPage();
  await page.goto("/");
  await expect(page).toHaveURL(/\/fr\/$/);
  await context.close();
});

test("the text size changes and is remembered", async ({ page }) => {
  await page.goto("/ar/courses/ai-literacy");
  await settle(page);
  await page.evaluate(() => ((window as unknown as { marker: number }).marker = 42));
  await page.getByRole("button", { name: "كبير جدًا" }).click();
  await expect(page.locator("html")).toHaveAttribute("data-text-size", "larger");
  await expect(page.getByRole("button", { name: "كبير جدًا" })).toHaveAttribute("aria-pressed", "true");
  await expect(page.getByRole("button", { name: "عادي" })).toHaveAttribute("aria-pressed", "false");
  const marker = await page.evaluate(() => (window as unknown as { marker?: number }).marker);
  if (javascriptOn()) {
    // Hydrated: applied in place, no page load (the marker survived).
    expect(marker).toBe(42);
  } else {
    // Plain form post, then back to the same page.
    expect(marker).toBeUndefined();
    await expect(page).toHaveURL(/\/ar\/courses\/ai-literacy$/);
  }
  // Remembered on the next page either way (the cookie).
  await page.goto("/fr/");
  await expect(page.locator("html")).toHaveAttribute("data-text-size", "larger");
  const size = await page.evaluate(() => getComputedStyle(document.documentElement).fontSize);
  expect(parseFloat(size)).toBeGreaterThan(20);
});

test("hydration is active with JavaScript on, and absent with it off", async ({ page }) => {
  const fetched: string[] = [];
  page.on("request", (request) => {
    if (new URL(request.url()).pathname.startsWith("/pkg/")) fetched.push(request.url());
  });
  await page.goto("/fr/");
  if (javascriptOn()) {
    // The islands' code is fetched when the visitor reaches for one, not with the page.
    await page.waitForLoadState("networkidle");
    expect(fetched).toEqual([]);
    await expect(page.locator("form.text-size[data-enhanced]")).toHaveCount(0);
    // Keyboard focus in the control (as Tab would bring it) starts it.
    await page.locator("form.text-size button").first().focus();
    await expect(page.locator("form.text-size[data-enhanced]")).toHaveCount(1);
    expect(fetched.length).toBe(2); // the JavaScript glue and the WebAssembly
  } else {
    await page.waitForLoadState("load");
    await expect(page.locator("form.text-size[data-enhanced]")).toHaveCount(0);
  }
});
