// Keyboard-only journeys: skip link, language switch, course, lesson, next lesson; and a
// screen-reader user's Tamazight in Latin script, from sign-in to a passed quiz.
import { newLearner, signInByKeyboard } from "./fixtures/accounts";
import { rightAnswers } from "./fixtures/quiz";
import { expect, expectVisibleFocus, settle, tabTo, test } from "./fixtures/site";
import { JOURNEY_TIMEOUT } from "./fixtures/timeouts";

test("a learner reaches a lesson and the next one by keyboard alone", async ({ page }) => {
  await page.goto("/fr/");
  await settle(page);

  // The first Tab shows the skip link; Enter moves focus to the main content.
  await page.keyboard.press("Tab");
  const skip = page.locator("a.skip-link");
  await expect(skip).toBeFocused();
  await expect(skip).toBeInViewport();
  await expectVisibleFocus(page);
  await page.keyboard.press("Enter");
  await expect(page.locator("main")).toBeFocused();

  // Switch to Arabic from the language links.
  await page.goto("/fr/");
  await tabTo(page, 'nav.languages a[hreflang="ar"]');
  await expectVisibleFocus(page);
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(/\/ar\/$/);

  // Open the course, then its first lesson, then the next one.
  await tabTo(page, 'main a[href="/ar/courses/ai-literacy"]');
  await expectVisibleFocus(page);
  await page.keyboard.press("Enter");
  await expect(page.locator("h1")).toHaveText("فهم الذكاء الاصطناعي");
  await tabTo(page, 'main a[href="/ar/courses/ai-literacy/what-is-ai"]');
  await page.keyboard.press("Enter");
  await expect(page.locator("h1")).toHaveText("ما هو الذكاء الاصطناعي؟");
  await tabTo(page, 'a[rel="next"]');
  await expectVisibleFocus(page);
  await page.keyboard.press("Enter");
  await expect(page.locator("h1")).toHaveText("كيف يعمل روبوت المحادثة؟");
});

test("the text size can be changed by keyboard", async ({ page }) => {
  await page.goto("/zgh/");
  await settle(page);
  await tabTo(page, 'button[value="large"]');
  await expectVisibleFocus(page);
  await page.keyboard.press("Enter");
  await expect(page.locator("html")).toHaveAttribute("data-text-size", "large");
});

test("Tamazight in Latin script by keyboard: sign in, choose Latin, pass a quiz answering in Latin", async ({
  page,
  browser,
  expectNoAxeViolations,
}) => {
  test.setTimeout(JOURNEY_TIMEOUT);
  const learner = await newLearner(browser, `Tiziri ${test.info().project.name}`);
  await signInByKeyboard(page, "zgh", learner);

  // The preferences, from the account links; the script is a choice of language there.
  await tabTo(page, 'header a[href="/zgh/preferences"]');
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL("/zgh/preferences");
  await settle(page);
  await tabTo(page, "#language-zgh");
  await page.keyboard.press("ArrowDown");
  await expect(page.locator("#language-zgh-Latn")).toBeChecked();
  await expect(page.locator('label[for="language-zgh-Latn"]')).toHaveText("Tamaziɣt (Latin)");
  await tabTo(page, "main form button[type=submit]");
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL("/zgh-Latn/preferences?saved=1");
  await expect(page.locator("html")).toHaveAttribute("lang", "zgh-Latn");
  await expectNoAxeViolations(page);

  // A lesson whose quiz has a short answer, from the course page.
  await page.goto("/zgh-Latn/courses/ai-literacy");
  await settle(page);
  await tabTo(page, 'main a[href="/zgh-Latn/courses/ai-literacy/how-chatbots-work"]');
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL("/zgh-Latn/courses/ai-literacy/how-chatbots-work");
  await settle(page);
  expect(await page.locator("main").innerText()).not.toMatch(/[\u2D30-\u2D7F]/u);

  // Right answers as the Tamazight file has them; the short one typed in Latin letters on a
  // French keyboard: "asnaru" for ⴰⵙⵏⴰⵔⵓ.
  const answers = rightAnswers("ai-literacy", "02-how-chatbots-work", "zgh");
  expect(answers).toContainEqual(["q-made-up", "ⴰⵙⵏⴰⵔⵓ"]);
  for (const [name, value] of answers) {
    if (name === "q-made-up") {
      await tabTo(page, "#q-made-up-answer");
      await page.keyboard.type("asnaru");
      continue;
    }
    const id = `${name}-${value}`;
    const group = page.locator(`[name="${name}"]`);
    if ((await group.first().getAttribute("type")) === "checkbox") {
      await tabTo(page, `#${id}`);
      await page.keyboard.press("Space");
    } else {
      // Tab enters a radio group on its first button; arrows move to the right one.
      await tabTo(page, `#${name}-0`);
      for (let i = 0; i < Number(value); i++) await page.keyboard.press("ArrowDown");
      if (value === "0") await page.keyboard.press("Space");
    }
    await expect(page.locator(`#${id}`)).toBeChecked();
  }
  await tabTo(page, "section.quiz button[type=submit]");
  await page.keyboard.press("Enter");
  await expect(page.locator("#quiz-result")).toBeFocused();
  await expect(page.locator(".quiz-result.passed")).toHaveCount(1);
  await expect(page.locator(".verdict.wrong")).toHaveCount(0);
  expect(await page.locator("main").innerText()).not.toMatch(/[\u2D30-\u2D7F]/u);
  await expectNoAxeViolations(page);
});
