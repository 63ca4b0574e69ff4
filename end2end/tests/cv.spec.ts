// The CV builder: every page of it in every language under axe, JavaScript on and off (one
// test each, so a failure names the page); its mistakes summarised and linked; reflow at
// 320 px; and a keyboard-only journey from an empty CV to the downloaded PDF, in Arabic and
// in French.
import { type Browser, type Page } from "@playwright/test";
import * as fs from "node:fs";
import { newLearner, signIn } from "./fixtures/accounts";
import { expect, expectVisibleFocus, LANGUAGES, settle, tabTo, test } from "./fixtures/site";
import { JOURNEY_TIMEOUT } from "./fixtures/timeouts";

type Learner = { username: string; password: string };

/** A learner with a CV in `lang` that has an entry in every list, built through the pages. */
async function learnerWithCv(browser: Browser, lang: string): Promise<{ learner: Learner; base: string }> {
  const unique = Date.now().toString(36) + Math.random().toString(36).slice(2, 6);
  const learner = await newLearner(browser, `CV ${lang} ${unique}`);
  const context = await browser.newContext();
  try {
    const page = await context.newPage();
    await signIn(page, lang, learner);
    await page.goto(`/${lang}/cv`);
    await page.locator("#title").fill("CV 2026");
    await page.locator(`#language-${lang}`).check();
    await page.locator('form[action$="/cv"] button[type=submit]').click();
    await expect(page).toHaveURL(/\/cv\/\d+\/contact$/);
    const base = new URL(page.url()).pathname.replace(/\/contact$/, "");
    const save = async (step: string, fields: Record<string, string>) => {
      await page.goto(`${base}/${step}`);
      for (const [id, value] of Object.entries(fields)) {
        const field = page.locator(`#${id}`);
        if ((await field.evaluate((e) => e.tagName)) === "SELECT") await field.selectOption(value);
        else await field.fill(value);
      }
      // The form's own button: the profile's form also holds "suggest a better wording".
      await page.locator("main form.stacked").last().locator("button[type=submit]").first().click();
      await expect(page.locator(".error-summary")).toHaveCount(0);
    };
    await save("contact", { name: "Tudert Ait", email: "tudert@example.ma", phone: "+212 600 00 00 00", city: "Errachidia" });
    await save("profile", { profile: "Je cherche un stage dans un bureau." });
    await save("education", { institution: "Lycée Sijilmassa", study: "Baccalauréat", start: "2021", end: "2024" });
    await save("experience", { kind: "informal", role: "Vendeuse", organisation: "Épicerie familiale", start: "2022" });
    await save("skills", { skill: "Traitement de texte" });
    await save("languages", { language: "Tamazight", level: "native" });
    await save("certificates", { certificate: "Comprendre l’IA", issuer: "Tifawt", date: "2026-11" });
    return { learner, base: base.replace(`/${lang}/`, "/") };
  } finally {
    await context.close();
  }
}

const PAGES = [
  { name: "the list of CVs", path: () => "/cv" },
  ...["contact", "profile", "education", "experience", "skills", "languages", "certificates"].map((step) => ({
    name: `step ${step}`,
    path: (base: string) => `${base}/${step}`,
  })),
  { name: "an entry to change", path: (base: string) => `${base}/experience/0` },
  { name: "the summary", path: (base: string) => base },
  { name: "the CV to print", path: (base: string) => `${base}/print` },
  { name: "the deletion to confirm", path: (base: string) => `${base}/delete` },
];

for (const { lang, dir } of LANGUAGES) {
  test.describe(`${lang}: the CV builder`, () => {
    let learner: Learner;
    let base: string;
    test.beforeAll(async ({ browser }) => {
      ({ learner, base } = await learnerWithCv(browser, lang));
    });

    const open = async (page: Page, path: string) => {
      await signIn(page, lang, learner);
      await page.goto(`/${lang}${path}`);
      await settle(page);
    };

    for (const { name, path } of PAGES) {
      test(`${name} passes axe`, async ({ page, expectNoAxeViolations }) => {
        await open(page, path(base));
        await expect(page.locator("h1")).toHaveCount(1);
        await expect(page.locator("html")).toHaveAttribute("dir", dir);
        await expectNoAxeViolations(page);
      });
    }

    test("what the learner types carries the CV's language, addresses stay left to right", async ({ page }) => {
      await open(page, `${base}/contact`);
      await expect(page.locator("#name")).toHaveAttribute("lang", lang);
      await expect(page.locator("#email")).toHaveAttribute("dir", "ltr");
      await page.goto(`/${lang}${base}/print`);
      await expect(page.locator("article.cv-document")).toHaveAttribute("lang", lang);
      await expect(page.locator('article.cv-document bdi[dir="ltr"]').first()).toBeVisible();
    });

    test("mistakes are summarised, linked, and what was typed stays", async ({ page, expectNoAxeViolations }) => {
      await open(page, `${base}/contact`);
      await page.locator("#name").fill("");
      await page.locator("#email").fill("not an address");
      await page.locator("main form.stacked button[type=submit]").click();
      const summary = page.locator(".error-summary");
      await expect(summary).toBeVisible();
      await expect(summary.locator('a[href="#name"]')).toBeVisible();
      await expect(summary.locator('a[href="#email"]')).toBeVisible();
      await expect(page.locator("#email")).toHaveValue("not an address");
      await expect(page.locator("#email")).toHaveAttribute("aria-invalid", "true");
      await summary.locator('a[href="#email"]').click();
      await expect(page.locator("#email")).toBeFocused();
      await expectNoAxeViolations(page);
    });

    test("a JSON Resume file with mistakes names each one", async ({ page, expectNoAxeViolations }) => {
      await open(page, "/cv");
      await page.locator("#file").setInputFiles({
        name: "cv.json",
        mimeType: "application/json",
        buffer: Buffer.from('{"basics": {"email": "amal"}, "work": [{"startDate": "hier"}]}'),
      });
      await page.locator('form[action$="/cv/import"] button[type=submit]').click();
      const summary = page.locator(".error-summary");
      await expect(summary).toContainText("basics.email");
      await expect(summary).toContainText("work[0].startDate");
      await expectNoAxeViolations(page);
    });

    test("the builder reflows at 320 px", async ({ page }) => {
      await page.setViewportSize({ width: 320, height: 640 });
      await signIn(page, lang, learner);
      for (const path of [`${base}/experience`, base, `${base}/print`, "/cv"]) {
        await page.goto(`/${lang}${path}`);
        const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
        expect(overflow, `sideways scrolling on ${path}`).toBeLessThanOrEqual(0);
      }
    });
  });
}

for (const { lang, cvLanguage, heading } of [
  { lang: "ar", cvLanguage: "ar", heading: "سيرتي الذاتية" },
  { lang: "fr", cvLanguage: "fr", heading: "Mon CV" },
]) {
  test(`${lang}: from an empty CV to the downloaded PDF by keyboard alone`, async ({ page, browser }) => {
    test.setTimeout(JOURNEY_TIMEOUT);
    const learner = await newLearner(browser, `Clavier ${lang} ${Date.now().toString(36)}`);
    await signIn(page, lang, learner);
    await settle(page);
    const type = async (selector: string, text: string) => {
      await tabTo(page, selector);
      await expectVisibleFocus(page);
      await page.keyboard.type(text);
    };
    const press = async (selector: string) => {
      await tabTo(page, selector);
      await expectVisibleFocus(page);
      await page.keyboard.press("Enter");
    };

    // Home → My CV → a new CV (the CV's language is the page's unless chosen).
    await press('main a[href$="/cv"]');
    await expect(page.locator("h1")).toHaveText(heading);
    await settle(page);
    await type("#title", "CV");
    await expect(page.locator(`#language-${cvLanguage}`)).toBeChecked();
    await page.keyboard.press("Enter");
    await expect(page).toHaveURL(/\/cv\/\d+\/contact$/);
    await settle(page);

    // Contact: Enter in a field sends the form.
    await type("#name", lang === "ar" ? "تودرت آيت" : "Tudert Aït");
    await type("#phone", "0600000000");
    await page.keyboard.press("Enter");
    await expect(page).toHaveURL(/\/profile\?done=saved$/);
    await expect(page.locator(".notice[role=status]")).toBeVisible();
    await settle(page);

    // Profile: a paragraph (Enter is a new line there), then the button.
    await type("#profile", lang === "ar" ? "أبحث عن تدريب في مجال الإعلاميات." : "Je cherche un stage.");
    await press("main form.stacked button[type=submit]");
    await expect(page).toHaveURL(/\/education\?done=saved$/);
    await settle(page);

    // Education: nothing; on to experience, add one entry.
    await press("a.button-link");
    await expect(page).toHaveURL(/\/experience$/);
    await settle(page);
    await type("#role", lang === "ar" ? "بائعة" : "Vendeuse");
    await page.keyboard.press("Enter");
    await expect(page).toHaveURL(/\/experience\?done=added#entries$/);
    await expect(page.locator("ol.entries > li")).toHaveCount(1);

    // Skills, then languages (a level chosen from the keyboard).
    await press("a.button-link");
    await expect(page).toHaveURL(/\/skills$/);
    await settle(page);
    await type("#skill", "Word");
    await page.keyboard.press("Enter");
    await expect(page.locator("ol.entries > li")).toHaveCount(1);
    await press("a.button-link");
    await expect(page).toHaveURL(/\/languages$/);
    await settle(page);
    await type("#language", lang === "ar" ? "العربية" : "Arabe");
    await tabTo(page, "#level");
    await page.keyboard.press("Home");
    await expect(page.locator("#level")).toHaveValue("native");
    await press('form[aria-labelledby="add-heading"] button[type=submit]');
    await expect(page.locator("ol.entries > li")).toHaveCount(1);

    // Certificates, then the summary: complete.
    await press("a.button-link");
    await expect(page).toHaveURL(/\/certificates$/);
    await settle(page);
    await press("a.button-link");
    await expect(page).toHaveURL(/\/cv\/\d+$/);
    await expect(page.locator(".notice").first()).not.toContainText(lang === "ar" ? "املأ" : "remplissez");

    // The PDF, downloaded from the summary.
    await tabTo(page, 'main a[href$="/cv.pdf"]');
    await expectVisibleFocus(page);
    const [download] = await Promise.all([page.waitForEvent("download"), page.keyboard.press("Enter")]);
    expect(download.suggestedFilename()).toMatch(/^CV-.+\.pdf$/);
    const bytes = fs.readFileSync((await download.path())!);
    expect(bytes.subarray(0, 5).toString()).toBe("%PDF-");
  });
}
