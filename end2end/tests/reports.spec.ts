// Every report page in every language, JavaScript on and off, under axe (one test for each,
// so that a failure names the page); tables with a caption and headers, and the CSV downloads;
// one learner's data, the erase form (its mistake and its success) and the audit log.
import { type Page } from "@playwright/test";
import { ADMIN, DEMO_CENTRE, FACILITATOR, newLearner, signIn } from "./fixtures/accounts";
import { expect, LANGUAGES, settle, test } from "./fixtures/site";
import { JOURNEY_TIMEOUT } from "./fixtures/timeouts";

for (const { lang } of LANGUAGES) {
  test.describe(`${lang}: the reports of a centre and the impact summary pass axe`, () => {
    // Someone who has worked, so the tables have rows: one for each worker that runs these
    // tests, named uniquely since other workers and retries make their own.
    let learnerName: string;
    test.beforeAll(async ({ browser }, testInfo) => {
      const unique = Date.now().toString(36) + Math.random().toString(36).slice(2, 6);
      learnerName = `Tamazirt ${lang} ${testInfo.project.name} ${unique}`;
      const learner = await newLearner(browser, learnerName);
      const context = await browser.newContext();
      try {
        const learnerPage = await context.newPage();
        await signIn(learnerPage, lang, learner);
        await learnerPage.goto(`/${lang}/courses/ai-literacy/what-is-ai`);
        await learnerPage.locator("#q-which-tool-1").check();
        await learnerPage.locator("#q-how-it-learns-0").check();
        await learnerPage.locator("#q-understands-1").check();
        await learnerPage.locator("#q-true-facts-0").check();
        await learnerPage.locator("section.quiz button[type=submit]").click();
        // The answers are recorded once the result shows.
        await expect(learnerPage.locator("#quiz-result")).toBeVisible();
      } finally {
        await context.close();
      }
    });

    const progressReport = async (page: Page) => {
      await signIn(page, lang, FACILITATOR);
      await page.goto(`/${lang}${DEMO_CENTRE}/progress`);
      await settle(page);
    };

    test("progress of the centre, and its CSV", async ({ page, expectNoAxeViolations }) => {
      await progressReport(page);
      const table = page.locator("table.report");
      await expect(table.locator("caption")).toHaveCount(1);
      await expect(table.locator('th[scope="col"]').first()).toBeVisible();
      await expect(table.locator('th[scope="row"]').first()).toBeVisible();
      await expectNoAxeViolations(page);

      const csv = await page.request.get(`/${lang}${DEMO_CENTRE}/progress?format=csv`);
      expect(csv.headers()["content-type"]).toBe("text/csv; charset=utf-8");
      expect(await csv.text()).toContain(learnerName);
    });

    test("progress of one learner", async ({ page, expectNoAxeViolations }) => {
      await progressReport(page);
      await page.locator(`a:has-text("${learnerName}")`).click();
      await expect(page.locator("h1")).toContainText(learnerName);
      await expectNoAxeViolations(page);
    });

    test("one learner's data, and the erase form with its mistake", async ({ page, expectNoAxeViolations }) => {
      await progressReport(page);
      await page.locator(`a:has-text("${learnerName}")`).click();
      await expect(page.locator("h1")).toContainText(learnerName);
      const json = await page.request.get(page.url() + "/data.json");
      expect(json.headers()["content-type"]).toBe("application/json; charset=utf-8");
      expect(json.headers()["cache-control"]).toBe("no-store");
      expect((await json.json()).account.display_name).toBe(learnerName);
      const csv = await page.request.get(page.url() + "/data.csv");
      expect(csv.headers()["content-type"]).toBe("text/csv; charset=utf-8");
      await expect(page.locator('a[href$="/data.json"]')).toBeVisible();
      // Not their username: nothing is erased, the mistake is summarised and linked.
      await page.locator("#erase-username").fill("not-this-learner");
      await page.locator('form[action$="/erase"] button[type=submit]').click();
      await expect(page.locator(".error-summary")).toBeVisible();
      await expect(page.locator('.error-summary a[href="#erase-username"]')).toBeVisible();
      await expect(page.locator("#erase-username")).toHaveAttribute("aria-invalid", "true");
      await expect(page.locator("h1")).toContainText(learnerName);
      await expectNoAxeViolations(page);
    });

    test("a learner erased, and the centre's notice", async ({ page, browser, expectNoAxeViolations }) => {
      // A journey: a new learner made by a facilitator, then erased by another (47 % of the
      // page limit on one core).
      test.setTimeout(JOURNEY_TIMEOUT);
      const name = `Erased ${lang} ${test.info().project.name} ${Date.now().toString(36)}`;
      const learner = await newLearner(browser, name);
      await signIn(page, lang, FACILITATOR);
      await page.goto(`/${lang}${DEMO_CENTRE}/progress`);
      await page.locator(`a:has-text("${name}")`).click();
      await expect(page.locator("h1")).toContainText(name);
      await page.locator("#erase-username").fill(learner.username);
      await page.locator('form[action$="/erase"] button[type=submit]').click();
      await expect(page).toHaveURL(`/${lang}${DEMO_CENTRE}?notice=erased`);
      await expect(page.locator('main [role="status"]')).toBeVisible();
      await expect(page.locator("main")).not.toContainText(name);
      await settle(page);
      await expectNoAxeViolations(page);
    });

    test("answers to each question", async ({ page, expectNoAxeViolations }) => {
      await signIn(page, lang, FACILITATOR);
      await page.goto(`/${lang}${DEMO_CENTRE}/questions`);
      await settle(page);
      await expect(page.locator("table.report tbody tr").first()).toBeVisible();
      await expectNoAxeViolations(page);
    });

    test("impact summary, for a facilitator", async ({ page, expectNoAxeViolations }) => {
      await signIn(page, lang, FACILITATOR);
      await page.goto(`/${lang}/reports/impact`);
      await settle(page);
      await expectNoAxeViolations(page);
    });

    test("the audit log of staff actions, for an admin", async ({ page, expectNoAxeViolations }) => {
      await signIn(page, lang, ADMIN);
      await page.goto(`/${lang}/admin`);
      await page.locator('a[href$="/admin/audit"]').click();
      await expect(page).toHaveURL(`/${lang}/admin/audit`);
      await settle(page);
      // The learners added above are in it.
      const table = page.locator("table#audit");
      await expect(table.locator("caption")).toHaveCount(1);
      await expect(table.locator('th[scope="col"]').first()).toBeVisible();
      await expect(table.locator('th[scope="row"] time').first()).toBeVisible();
      await expectNoAxeViolations(page);
    });

    test("impact summary, for an admin", async ({ page, expectNoAxeViolations }) => {
      await signIn(page, lang, ADMIN);
      await page.goto(`/${lang}/reports/impact`);
      await settle(page);
      await expect(page.locator("table#centres caption")).toHaveCount(1);
      await expectNoAxeViolations(page);
    });
  });
}
