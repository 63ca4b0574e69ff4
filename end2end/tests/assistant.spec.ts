// The local AI assistant, against the real llama.cpp server scripts/test.sh starts: a
// lesson's practice block and the CV's "suggest a better wording", in every language,
// JavaScript on (the answer streams in, the page stays) and off (the form posts, the page
// comes back with the answer), by keyboard alone, under axe. The test model's answers are
// not worth reading: only that one came, and where, is checked.
import { type Page } from "@playwright/test";
import { newLearner, signIn } from "./fixtures/accounts";
import { expect, javascriptOn, LANGUAGES, settle, tabTo, test } from "./fixtures/site";
import { JOURNEY_TIMEOUT } from "./fixtures/timeouts";

const LESSON = "/courses/ai-literacy/writing-prompts";
const BLOCK = "#try-improve-prompt";
// An answer of the test server's 48 tokens, on a busy two-core machine.
const ANSWER_TIMEOUT = 30_000;

type Learner = { username: string; password: string };

/** The answers of the practice block, once `count` are there, each with some text. */
async function expectAnswers(page: Page, count: number) {
  const answers = page.locator(`${BLOCK} .exchange:not([aria-busy]) .exchange-answer`);
  await expect(answers).toHaveCount(count, { timeout: ANSWER_TIMEOUT });
  for (const answer of await answers.all()) {
    expect((await answer.textContent())!.trim().length).toBeGreaterThan(0);
  }
}

for (const { lang, dir } of LANGUAGES) {
  test.describe(`${lang}: the AI assistant`, () => {
    test.describe.configure({ timeout: JOURNEY_TIMEOUT });
    let learner: Learner;
    test.beforeAll(async ({ browser }) => {
      learner = await newLearner(browser, `Assistant ${lang} ${Date.now().toString(36)}`);
    });

    test("a practice block answers a prompt sent by keyboard, and a follow-up", async ({ page, expectNoAxeViolations }) => {
      await signIn(page, lang, learner);
      await page.goto(`/${lang}${LESSON}`);
      await settle(page);
      await expect(page.locator("html")).toHaveAttribute("dir", dir);
      const block = page.locator(BLOCK);
      await expect(block.getByRole("heading", { level: 2 })).toHaveCount(1);
      const box = block.locator("textarea");
      // Labelled, pre-filled with the author's starter prompt.
      await expect(box).toHaveAccessibleName(/.+/);
      expect((await box.inputValue()).trim().length).toBeGreaterThan(0);
      await expectNoAxeViolations(page);

      await tabTo(page, `${BLOCK} textarea`);
      await page.keyboard.press("Control+A");
      await page.keyboard.type("Donne trois conseils pour économiser l'eau.");
      await page.keyboard.press("Tab");
      await expect(block.locator("button[type=submit]")).toBeFocused();
      await page.keyboard.press("Enter");
      await expectAnswers(page, 1);
      await expect(block.locator(".exchange .check-note")).toHaveCount(1);
      if (javascriptOn()) {
        // The page stayed; screen readers were told the answer is ready, in one sentence.
        await expect(page).toHaveURL(new RegExp(`/${lang}${LESSON}$`));
        await expect(block.locator("[role=status]")).not.toBeEmpty();
      } else {
        // The page that comes back starts at the new answer.
        await expect(page).toHaveURL(new RegExp(`${LESSON}/try/improve-prompt$`));
        await expect(block.locator(".exchange h3[autofocus]")).toBeFocused();
      }
      // The prompt stays in the box, to improve.
      await expect(block.locator("textarea")).toHaveValue("Donne trois conseils pour économiser l'eau.");
      await expectNoAxeViolations(page);

      // A follow-up carries the first exchange with it.
      await block.locator("textarea").fill("Plus court.");
      await block.locator("button[type=submit]").click();
      await expectAnswers(page, 2);
      await expect(block.locator('input[name="asked"]')).toHaveCount(2);
    });

    test("an empty prompt is refused with a message, and nothing is sent", async ({ page, expectNoAxeViolations }) => {
      await signIn(page, lang, learner);
      await page.goto(`/${lang}${LESSON}`);
      await settle(page);
      const block = page.locator(BLOCK);
      await block.locator("textarea").fill("   ");
      await block.locator("button[type=submit]").click();
      if (javascriptOn()) {
        await expect(block.locator("p.notice")).toHaveCount(1, { timeout: ANSWER_TIMEOUT });
      } else {
        // The error summary takes focus and links to the box.
        await expect(page.locator(".error-summary")).toBeFocused();
        await page.locator(".error-summary a").click();
        await expect(block.locator("textarea")).toBeFocused();
        await expect(block.locator("textarea")).toHaveAttribute("aria-invalid", "true");
      }
      await expect(block.locator(".exchange")).toHaveCount(0);
      await expectNoAxeViolations(page);
    });

    test("the CV builder suggests a better wording, which changes nothing until saved", async ({ page, expectNoAxeViolations }) => {
      await signIn(page, lang, learner);
      await page.goto(`/${lang}/cv`);
      await page.locator("#title").fill(`CV ${Date.now()}`);
      await page.locator('form[action$="/cv"] button[type=submit]').click();
      await expect(page).toHaveURL(/\/cv\/\d+\/contact$/);
      const profile = page.url().replace(/\/contact$/, "/profile");
      await page.goto(profile);
      await settle(page);
      const mine = "Je suis sérieuse et j'aime aider les gens.";
      await page.locator("#profile").fill(mine);
      await page.locator('button[name="wording"][value="suggest"]').click();
      const suggestion = page.locator("section.wording");
      await expect(suggestion).toHaveCount(1, { timeout: ANSWER_TIMEOUT });
      // The learner's own text is still theirs, beside the suggestion.
      await expect(page.locator("#profile")).toHaveValue(mine);
      const proposed = (await suggestion.locator(".exchange-answer").textContent())!.trim();
      expect(proposed.length).toBeGreaterThan(0);
      await expectNoAxeViolations(page);
      await suggestion.locator('button[value="use"]').click();
      await expect(page.locator("#profile")).toHaveValue(proposed);
      await expectNoAxeViolations(page);
      // Nothing was saved: the step still holds nothing.
      await page.goto(profile);
      await expect(page.locator("#profile")).toHaveValue("");
    });
  });
}
