// A keyboard-only journey: skip link, language switch, course, lesson, next lesson.
import { expect, expectVisibleFocus, settle, tabTo, test } from "./fixtures/site";

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
