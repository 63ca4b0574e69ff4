// A learner's journey through a lesson and its quiz, keyboard only, JavaScript on and off,
// in every language; and the certificate of a completed course.
import { type Page } from "@playwright/test";
import { newLearner, signInByKeyboard } from "./fixtures/accounts";
import { lessonFolders, rightAnswers } from "./fixtures/quiz";
import { expect, expectVisibleFocus, javascriptOn, LANGUAGES, settle, tabTo, test } from "./fixtures/site";
import { JOURNEY_TIMEOUT } from "./fixtures/timeouts";

const COURSE = "ai-literacy";
const COURSE_FOLDER = "ai-literacy";

async function submitQuiz(page: Page) {
  await tabTo(page, "section.quiz button[type=submit]");
  await page.keyboard.press("Enter");
  await expect(page.locator("#quiz-result")).toBeFocused();
}

for (const { lang } of LANGUAGES) {
  test(`${lang}: read a lesson, fail its quiz, read the feedback, pass it, and continue next week`, async ({
    page,
    browser,
    expectNoAxeViolations,
  }) => {
    test.setTimeout(JOURNEY_TIMEOUT);
    const learner = await newLearner(browser, `Itto ${lang} ${test.info().project.name}`);
    await signInByKeyboard(page, lang, learner);
    await settle(page);
    await expect(page.locator(".continue a")).toHaveAttribute("href", `/${lang}/courses/${COURSE}/what-is-ai`);

    await tabTo(page, `main a[href="/${lang}/courses/${COURSE}"]`);
    await page.keyboard.press("Enter");
    await expect(page).toHaveURL(`/${lang}/courses/${COURSE}`);
    await tabTo(page, `main a[href="/${lang}/courses/${COURSE}/what-is-ai"]`);
    await page.keyboard.press("Enter");
    await expect(page).toHaveURL(`/${lang}/courses/${COURSE}/what-is-ai`);
    await settle(page);
    await expect(page.locator(".lesson-status")).toBeVisible();

    // Submitting with nothing answered: the summary lists every question.
    await submitQuizExpectingErrors(page, expectNoAxeViolations);

    // Wrong answers: the first choice everywhere.
    for (const id of ["which-tool", "how-it-learns", "understands", "true-facts"]) {
      await tabTo(page, `#q-${id}-0`);
      await page.keyboard.press("Space");
      await expect(page.locator(`#q-${id}-0`)).toBeChecked();
    }
    await submitQuiz(page);
    if (javascriptOn()) {
      // Also said through a polite live region, filled once hydrated.
      await expect(page.locator('section.quiz [role="status"]')).toContainText("%");
    }
    await expect(page.locator(".verdict.wrong")).toHaveCount(4);
    await expect(page.locator(".verdict.right")).toHaveCount(0);
    await expectNoAxeViolations(page);

    // The right answers: the next radio of each group (arrow keys), and one more box.
    for (const id of ["which-tool", "how-it-learns", "understands"]) {
      await tabTo(page, `#q-${id}-0`);
      await page.keyboard.press("ArrowDown");
      await expect(page.locator(`#q-${id}-1`)).toBeChecked();
    }
    await tabTo(page, "#q-true-facts-1");
    await expectVisibleFocus(page);
    await page.keyboard.press("Space");
    await submitQuiz(page);
    await expect(page.locator(".verdict.right")).toHaveCount(4);
    await expect(page.locator(".quiz-result.passed")).toHaveCount(1);

    await tabTo(page, "form.sign-out button");
    await page.keyboard.press("Enter");
    await expect(page).toHaveURL(/\/sign-in\?notice=signed-out$/);

    // Next week, another computer: "Continue" goes to the next lesson.
    const elsewhere = await browser.newContext({ javaScriptEnabled: javascriptOn() });
    try {
      const next = await elsewhere.newPage();
      await signInByKeyboard(next, lang, learner);
      await expect(next.locator(".course-progress").first()).toContainText("1");
      await expectNoAxeViolations(next);
      await tabTo(next, ".continue a");
      await next.keyboard.press("Enter");
      await expect(next).toHaveURL(`/${lang}/courses/${COURSE}/how-chatbots-work`);
    } finally {
      await elsewhere.close();
    }
  });

  test(`${lang}: a completed course has a printable certificate`, async ({ page, browser, expectNoAxeViolations }) => {
    test.setTimeout(JOURNEY_TIMEOUT);
    const learner = await newLearner(browser, `Tudert ${lang} ${test.info().project.name}`);
    await signInByKeyboard(page, lang, learner);
    for (const folder of lessonFolders(COURSE_FOLDER)) {
      const lesson = folder.replace(/^\d+-/, "");
      const html = await (await page.request.get(`/${lang}/courses/${COURSE}/${lesson}`)).text();
      const field = (name: string) => new RegExp(`name="${name}" value="([^"]+)"`).exec(html)![1];
      const form = new URLSearchParams([
        ["csrf_token", field("csrf_token")],
        ["attempt", field("attempt")],
        ...rightAnswers(COURSE_FOLDER, folder),
      ]);
      const reply = await page.request.post(`/${lang}/courses/${COURSE}/${lesson}/quiz`, {
        headers: { "content-type": "application/x-www-form-urlencoded" },
        data: form.toString(),
      });
      expect(reply.status(), lesson).toBe(200);
    }
    await page.goto(`/${lang}/`);
    await settle(page);
    const link = page.locator(`a[href="/${lang}/certificates/${COURSE}"]`);
    await expect(link).toHaveCount(1);
    await link.click();
    await expect(page.locator(".certificate-name")).toHaveText(`Tudert ${lang} ${test.info().project.name}`);
    await expect(page.locator("h1")).toHaveCount(1);
    await expectNoAxeViolations(page);
  });
}

async function submitQuizExpectingErrors(page: Page, expectNoAxeViolations: (page: Page) => Promise<void>) {
  await tabTo(page, "section.quiz button[type=submit]");
  await page.keyboard.press("Enter");
  const summary = page.locator(".error-summary");
  await expect(summary).toBeFocused();
  await expect(summary.locator("a")).toHaveCount(4);
  await expectNoAxeViolations(page);
  await page.keyboard.press("Tab");
  await expect(summary.locator('a[href="#q-which-tool-0"]')).toBeFocused();
}
