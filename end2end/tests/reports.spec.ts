// Every report page in every language, JavaScript on and off, under axe (one test for each,
// so that a failure names the page); tables with a caption and headers, and the CSV downloads;
// one learner's data, the erase form (its mistake and its success) and the audit log; and, on a
// 320 px wide screen, every report page of a facilitator and of an admin without sideways
// scrolling, each wide table scrolling in a region of its own.
import { type Page } from "@playwright/test";
import { ADMIN, DEMO_CENTRE, FACILITATOR, newLearner, signIn } from "./fixtures/accounts";
import { expect, expectVisibleFocus, LANGUAGES, settle, test } from "./fixtures/site";
import { JOURNEY_TIMEOUT } from "./fixtures/timeouts";

/** WCAG 1.4.10 (reflow): 320 CSS pixels wide, the width of a 1280 px screen zoomed to 400 %. */
const NARROW = { width: 320, height: 640 };

/**
 * Expects the page not to scroll sideways (what sticks out is named in the message), and every
 * table that is wider than its room to be in a region that scrolls instead: named by its
 * caption, in the tab order, with visible focus, scrolled by the arrow keys.
 */
async function expectReflow(page: Page, lang: string) {
  const where = new URL(page.url()).pathname;
  const measured = await page.evaluate(() => {
    const width = document.documentElement.clientWidth;
    const describe = (e: Element) =>
      e.tagName.toLowerCase() + (e.id ? `#${e.id}` : "") + [...e.classList].map((c) => `.${c}`).join("");
    // Inside a region that scrolls, sticking out is the point.
    const sticking = [...document.body.querySelectorAll("*")]
      .filter((e) => !e.parentElement?.closest(".table-scroll"))
      .filter((e) => {
        const box = e.getBoundingClientRect();
        return box.width > 0 && (box.right > width + 0.5 || box.left < -0.5);
      })
      .map(describe);
    const unwrapped = [...document.querySelectorAll("table")]
      .filter((t) => t.getBoundingClientRect().width > width && !t.closest(".table-scroll"))
      .map(describe);
    return { scrollWidth: document.documentElement.scrollWidth, width, sticking, unwrapped };
  });
  expect(measured.unwrapped, `${where}: tables wider than the screen outside a scrolling region`).toEqual([]);
  expect(
    measured.scrollWidth,
    `${where} scrolls sideways (${measured.scrollWidth} px in ${measured.width}); sticking out: ${measured.sticking.join(", ")}`,
  ).toBeLessThanOrEqual(measured.width);

  const regions = page.locator(".table-scroll");
  for (let i = 0; i < (await regions.count()); i++) {
    const region = regions.nth(i);
    await expect(region).toHaveAttribute("role", "region");
    await expect(region).toHaveAttribute("tabindex", "0");
    const caption = await region.locator("caption").textContent();
    expect(caption?.trim(), `${where}: a table region without a caption`).toBeTruthy();
    await expect(region).toHaveAccessibleName(caption!.trim());
    const scrolls = await region.evaluate((e) => e.scrollWidth > e.clientWidth);
    if (!scrolls) continue;
    // Reached by keyboard, focus seen, and the arrow key scrolls the table (towards the
    // end of the line: left in Arabic).
    await region.focus();
    await expect(region).toBeFocused();
    await expectVisibleFocus(page);
    await page.keyboard.press(lang === "ar" ? "ArrowLeft" : "ArrowRight");
    await expect.poll(() => region.evaluate((e) => Math.abs(e.scrollLeft)), `${where}: arrow key scrolls`).toBeGreaterThan(0);
  }
}

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

    // Every page of a centre's reports, and the impact summary, as each role sees them.
    for (const [role, who] of [
      ["a facilitator", FACILITATOR],
      ["an admin", ADMIN],
    ] as const) {
      test(`the report pages, for ${role}: no sideways scrolling at 320 px, tables in named regions`, async ({
        page,
        expectNoAxeViolations,
      }) => {
        // A journey: five pages, each measured and scanned.
        test.setTimeout(JOURNEY_TIMEOUT);
        await page.setViewportSize(NARROW);
        await signIn(page, lang, who);
        const pages: [string, () => Promise<unknown>][] = [
          ["the centre", () => page.goto(`/${lang}${DEMO_CENTRE}`)],
          ["progress of the centre", () => page.goto(`/${lang}${DEMO_CENTRE}/progress`)],
          ["one learner", () => page.locator(`a:has-text("${learnerName}")`).click()],
          ["answers to each question", () => page.goto(`/${lang}${DEMO_CENTRE}/questions`)],
          ["impact summary", () => page.goto(`/${lang}/reports/impact`)],
        ];
        for (const [name, open] of pages) {
          await test.step(name, async () => {
            await open();
            await settle(page);
            await expectReflow(page, lang);
            await expectNoAxeViolations(page);
          });
        }
      });
    }

    test("impact summary, for an admin", async ({ page, expectNoAxeViolations }) => {
      await signIn(page, lang, ADMIN);
      await page.goto(`/${lang}/reports/impact`);
      await settle(page);
      await expect(page.locator("table#centres caption")).toHaveCount(1);
      await expectNoAxeViolations(page);
    });
  });
}
