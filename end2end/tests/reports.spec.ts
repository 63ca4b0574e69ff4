// Every report page in every language, JavaScript on and off, under axe; tables with a
// caption and headers, and the CSV downloads.
import { expect, test } from "@playwright/test";
import { ADMIN, DEMO_CENTRE, FACILITATOR, newLearner, signIn } from "./fixtures/accounts";
import { expectNoAxeViolations, javascriptOn, LANGUAGES, settle } from "./fixtures/site";

for (const { lang } of LANGUAGES) {
  test(`${lang}: the reports of a centre and the impact summary pass axe`, async ({ page, browser }) => {
    // Someone who has worked, so the tables have rows.
    const learner = await newLearner(browser, `Tamazirt ${lang} ${test.info().project.name}`);
    const context = await browser.newContext();
    const learnerPage = await context.newPage();
    await signIn(learnerPage, lang, learner);
    await learnerPage.goto(`/${lang}/courses/ai-literacy/what-is-ai`);
    await learnerPage.locator("#q-which-tool-1").check();
    await learnerPage.locator("#q-how-it-learns-0").check();
    await learnerPage.locator("#q-understands-1").check();
    await learnerPage.locator("#q-true-facts-0").check();
    await learnerPage.locator("section.quiz button[type=submit]").click();
    await context.close();

    await signIn(page, lang, FACILITATOR);
    await page.goto(`/${lang}${DEMO_CENTRE}/progress`);
    await settle(page);
    const table = page.locator("table.report");
    await expect(table.locator("caption")).toHaveCount(1);
    await expect(table.locator('th[scope="col"]').first()).toBeVisible();
    await expect(table.locator('th[scope="row"]').first()).toBeVisible();
    await expectNoAxeViolations(page);

    const csv = await page.request.get(`/${lang}${DEMO_CENTRE}/progress?format=csv`);
    expect(csv.headers()["content-type"]).toBe("text/csv; charset=utf-8");
    expect(await csv.text()).toContain(`Tamazirt ${lang}`);

    await page.locator(`a:has-text("Tamazirt ${lang} ${test.info().project.name}")`).click();
    await expect(page.locator("h1")).toContainText(`Tamazirt ${lang}`);
    await expectNoAxeViolations(page);

    await page.goto(`/${lang}${DEMO_CENTRE}/questions`);
    await settle(page);
    await expect(page.locator("table.report tbody tr").first()).toBeVisible();
    await expectNoAxeViolations(page);

    await page.goto(`/${lang}/reports/impact`);
    await settle(page);
    await expectNoAxeViolations(page);

    const adminContext = await browser.newContext({ javaScriptEnabled: javascriptOn() });
    try {
      const admin = await adminContext.newPage();
      await signIn(admin, lang, ADMIN);
      await admin.goto(`/${lang}/reports/impact`);
      await settle(admin);
      await expect(admin.locator("table#centres caption")).toHaveCount(1);
      await expectNoAxeViolations(admin);
    } finally {
      await adminContext.close();
    }
  });
}
