// Accounts in the browser, JavaScript on and off, in every language: signing in and out by
// keyboard alone on a shared computer, error summaries, and every account page under axe
// (one test for each, so that a failure names the page).
import { type Page } from "@playwright/test";
import { ADMIN, DEMO_CENTRE, newLearner, signIn, FACILITATOR } from "./fixtures/accounts";
import { expect, expectVisibleFocus, javascriptOn, LANGUAGES, settle, tabTo, test } from "./fixtures/site";
import { JOURNEY_TIMEOUT } from "./fixtures/timeouts";

for (const { lang } of LANGUAGES) {
  const other = lang === "fr" ? "ar" : "fr";

  test(`${lang}: a learner signs in, changes language and text size, signs out, and Back shows nothing private`, async ({
    page,
    browser,
  }) => {
    test.setTimeout(JOURNEY_TIMEOUT);
    const name = `Tilelli ${lang} ${test.info().project.name}`;
    const learner = await newLearner(browser, name);

    await page.goto(`/${lang}/`);
    await settle(page);
    await tabTo(page, `nav.account a[href="/${lang}/sign-in"]`);
    await expectVisibleFocus(page);
    await page.keyboard.press("Enter");
    await expect(page).toHaveURL(`/${lang}/sign-in`);
    await tabTo(page, "#username");
    await page.keyboard.type(learner.username);
    await page.keyboard.press("Tab");
    await expect(page.locator("#password")).toBeFocused();
    await page.keyboard.type(learner.password);
    await page.keyboard.press("Enter");
    await expect(page).toHaveURL(`/${lang}/`);
    await expect(page.locator(".signed-in-as")).toContainText(name);
    await settle(page);

    await tabTo(page, `nav.languages a[hreflang="${other}"]`);
    await page.keyboard.press("Enter");
    await expect(page).toHaveURL(`/${other}/`);
    await settle(page);

    await tabTo(page, 'button[value="larger"]');
    if (javascriptOn()) {
      // Applied at once, and saved with the account in the background.
      const saved = page.waitForResponse((r) => r.url().endsWith("/preferences/text-size"));
      await page.keyboard.press("Enter");
      await saved;
    } else {
      await page.keyboard.press("Enter");
      await expect(page).toHaveURL(`/${other}/`);
    }
    await expect(page.locator("html")).toHaveAttribute("data-text-size", "larger");

    await tabTo(page, "form.sign-out button");
    await expectVisibleFocus(page);
    await page.keyboard.press("Enter");
    await expect(page).toHaveURL(new RegExp(`/${other}/sign-in\\?notice=signed-out$`));
    await expect(page.locator('main [role="status"]')).toBeVisible();
    await expect(page.locator("body")).not.toContainText(name);

    await page.goBack();
    await expect(page.locator("body")).not.toContainText(name);
    await expect(page.locator("nav.account form.sign-out")).toHaveCount(0);

    // Next week, another computer: the language and text size follow the learner.
    const elsewhere = await browser.newContext({ javaScriptEnabled: javascriptOn() });
    try {
      const next = await elsewhere.newPage();
      await next.goto(`/${lang}/sign-in`);
      await next.locator("#username").fill(learner.username);
      await next.locator("#password").fill(learner.password);
      await next.locator("main form button[type=submit]").click();
      await expect(next).toHaveURL(`/${other}/`);
      await expect(next.locator("html")).toHaveAttribute("data-text-size", "larger");
    } finally {
      await elsewhere.close();
    }
  });

  test(`${lang}: sign-in mistakes are summarised, linked and announced`, async ({ page, expectNoAxeViolations }) => {
    await page.goto(`/${lang}/sign-in`);
    await settle(page);
    await tabTo(page, "main form button[type=submit]");
    await page.keyboard.press("Enter");
    const summary = page.locator(".error-summary");
    await expect(summary).toBeFocused();
    await expect(summary).toHaveAttribute("role", "alert");
    await expect(summary.locator("a")).toHaveCount(2);
    await expect(page.locator("#username")).toHaveAttribute("aria-invalid", "true");
    await expect(page.locator("#username")).toHaveAttribute("aria-describedby", "username-error");
    await expectNoAxeViolations(page);

    await page.keyboard.press("Tab");
    await expect(summary.locator('a[href="#username"]')).toBeFocused();
    await page.keyboard.press("Enter");
    await expect(page).toHaveURL(/#username$/);

    // A wrong password gets the same words as an unknown user, and keeps the username.
    await page.locator("#username").fill(`nobody.${lang}.${test.info().project.name}`);
    await page.locator("#password").fill("not-the-password");
    await page.locator("main form button[type=submit]").click();
    await expect(summary.locator("a")).toHaveCount(1);
    await expect(page.locator("#username")).toHaveValue(`nobody.${lang}.${test.info().project.name}`);
    await expect(page.locator("#password")).toHaveValue("");
  });

  test.describe(`${lang}: every account page passes axe`, () => {
    test("sign-in", async ({ page, expectNoAxeViolations }) => {
      await page.goto(`/${lang}/sign-in`);
      await settle(page);
      await expectNoAxeViolations(page);
    });

    test("preferences, signed out", async ({ page, expectNoAxeViolations }) => {
      await page.goto(`/${lang}/preferences`);
      await settle(page);
      await expectNoAxeViolations(page);
    });

    test("preferences, signed in", async ({ page, expectNoAxeViolations }) => {
      await signIn(page, lang, ADMIN);
      await page.goto(`/${lang}/preferences`);
      await settle(page);
      await expectNoAxeViolations(page);
    });

    const adminPage = async (page: Page) => {
      await signIn(page, lang, ADMIN);
      await page.goto(`/${lang}/admin`);
      await settle(page);
    };

    test("admin", async ({ page, expectNoAxeViolations }) => {
      await adminPage(page);
      await expect(page.locator("h1")).toHaveCount(1);
      await expectNoAxeViolations(page);
    });

    test("admin, a new centre with mistakes", async ({ page, expectNoAxeViolations }) => {
      await adminPage(page);
      await page.locator('form[action$="/admin/centres"] button').click();
      await expect(page.locator(".error-summary")).toBeFocused();
      await expectNoAxeViolations(page);
    });

    const centrePage = async (page: Page) => {
      await signIn(page, lang, ADMIN);
      await page.goto(`/${lang}${DEMO_CENTRE}`);
      await settle(page);
    };

    test("centre", async ({ page, expectNoAxeViolations }) => {
      await centrePage(page);
      await expectNoAxeViolations(page);
    });

    test("centre, a new learner with mistakes", async ({ page, expectNoAxeViolations }) => {
      await centrePage(page);
      await page.locator('form[action$="/learners"] button').click();
      await expect(page.locator(".error-summary")).toBeFocused();
      await expectNoAxeViolations(page);
    });

    test("centre, the sign-in card of a new learner reflows at 320 px", async ({ page }) => {
      // A long name and the longest username the form takes, in monospace on the card.
      await page.setViewportSize({ width: 320, height: 800 });
      await centrePage(page);
      await page.locator("#learner-name").fill(`Fatima Zahra Ait Benhaddou El Idrissi ${lang}`);
      await page
        .locator("#learner-username")
        .fill(`fz.${lang}.${test.info().project.name}.${Date.now().toString(36)}`.padEnd(32, "x").slice(0, 32));
      await page.locator('form[action$="/learners"] button').click();
      await expect(page.locator(".sign-in-card")).toHaveCount(1);
      const overflow = await page.evaluate(
        () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
      );
      expect(overflow, "the card page scrolls sideways").toBeLessThanOrEqual(0);
    });

    test("centre, the sign-in card of a new learner", async ({ page, expectNoAxeViolations }) => {
      await centrePage(page);
      await page.locator("#learner-name").fill(`Itto ${lang}`);
      await page
        .locator("#learner-username")
        .fill(`axe.${lang}.${test.info().project.name}.${Date.now().toString(36)}`.slice(0, 32));
      await page.locator("#learner-password").fill("");
      await page.locator('form[action$="/learners"] button').click();
      await expect(page.locator(".sign-in-card")).toHaveCount(1);
      await expectNoAxeViolations(page);
    });
  });
}

test("preferences apply on the server to every page, with no flash", async ({ page, expectNoAxeViolations }) => {
  await page.goto("/fr/preferences");
  await settle(page);
  await page.locator("#theme-high-contrast").check();
  await page.locator("#motion-reduce").check();
  await page.locator("#language-zgh").check();
  await page.locator("main form button[type=submit]").click();
  await expect(page).toHaveURL("/zgh/preferences?saved=1");
  await expect(page.locator('main [role="status"]')).toBeVisible();
  const html = page.locator("html");
  await expect(html).toHaveAttribute("data-theme", "high-contrast");
  await expect(html).toHaveAttribute("data-motion", "reduce");
  const background = await page.evaluate(() => getComputedStyle(document.documentElement).backgroundColor);
  expect(background).toBe("rgb(0, 0, 0)");
  await expectNoAxeViolations(page);
});

test("the centre page reflows at 320 px", async ({ page }) => {
  await page.setViewportSize({ width: 320, height: 800 });
  await signIn(page, "ar", FACILITATOR);
  await page.goto(`/ar${DEMO_CENTRE}`);
  const overflow = await page.evaluate(
    () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
  );
  expect(overflow).toBeLessThanOrEqual(0);
});

test("before an idle session ends, a warning offers to stay signed in", async ({ page, expectNoAxeViolations }) => {
  test.skip(!javascriptOn(), "the warning needs JavaScript; without it the sign-in page says why");
  test.setTimeout(JOURNEY_TIMEOUT);
  // This server signs out after 1 minute: the warning shows after 30 seconds.
  const base = process.env.TIFAWT_E2E_SHORT_SESSIONS_URL!;
  await page.goto(`${base}/fr/sign-in`);
  await page.locator("#username").fill("demo.learner");
  await page.locator("#password").fill("learner-demo-2026");
  await page.locator("main form button[type=submit]").click();
  await expect(page).toHaveURL(`${base}/fr/`);
  const warning = page.locator('.session-timeout[role="alert"]');
  await expect(warning).toBeHidden();
  await expect(warning).toBeVisible({ timeout: 60_000 });
  await expect(warning).toContainText("vous serez déconnecté·e");
  const stay = warning.locator("button");
  await expect(stay).toBeFocused();
  const kept = page.waitForResponse((r) => r.url().endsWith("/session/keep-alive"));
  await page.keyboard.press("Enter");
  expect((await kept).status()).toBe(204);
  await expect(page.locator('.session-timeout[role="status"]')).toContainText("vous restez connecté·e");
  await expectNoAxeViolations(page);
});
