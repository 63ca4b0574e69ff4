// The benchmark: runs the release server on a generated database and prints one table of
// figures beside the budgets of DESIGN.md §8. Started by scripts/bench.sh, which builds
// everything and seeds the database first.
//
// usage: node bench/bench.mjs --binary PATH --database-url URL --courses-dir DIR
//                             --site-dir DIR --work-dir DIR [--seconds N]
import { execFile } from "node:child_process";
import * as fs from "node:fs";
import * as path from "node:path";
import { parseArgs, promisify } from "node:util";
import { load, quizFields, signIn } from "./load.mjs";
import { launchChromium, measureLanguage } from "./page-weight.mjs";
import { measureSpeech, VOICES } from "./speech.mjs";
import { memory, startServer, stopServer } from "./server.mjs";
import { measureModel, pagesDuringAnswers } from "./assistant.mjs";

const { values: options } = parseArgs({
  options: {
    binary: { type: "string" },
    "database-url": { type: "string" },
    "courses-dir": { type: "string" },
    "site-dir": { type: "string" },
    "work-dir": { type: "string" },
    seconds: { type: "string", default: "10" },
    database: { type: "string", default: "sqlite" },
    "ai-url": { type: "string", default: "" },
  },
});
for (const required of ["binary", "database-url", "courses-dir", "site-dir", "work-dir"]) {
  if (!options[required]) {
    console.error(`missing --${required}`);
    process.exit(2);
  }
}
const seconds = Number(options.seconds);
const workDir = options["work-dir"];
fs.mkdirSync(workDir, { recursive: true });
const server = {
  binary: options.binary,
  databaseUrl: options["database-url"],
  coursesDir: options["courses-dir"],
  siteDir: options["site-dir"],
  logFile: path.join(workDir, "server.log"),
  // The assistant, when the benchmark was given one (the limits are the defaults, but for
  // the 64 learners of the seeded programme taking turns).
  extraArgs: options["ai-url"] ? ["--ai-url", options["ai-url"], "--ai-requests-per-hour", "1000"] : [],
};

// What is measured: a shipped lesson with a quiz, read by learners of the seeded programme
// (`tifawt report seed`: usernames seed.00001…, one password).
const LESSON = "/courses/ai-literacy/what-is-ai";
const PASSWORD = "seeded-learner";
const learner = (n) => `seed.${String(n).padStart(5, "0")}`;
const LOCALES = ["ar", "zgh", "fr"];
// Three Tamazight lessons read aloud by eSpeak NG, in Tifinagh and in Latin script.
const SPOKEN = ["what-is-ai", "how-chatbots-work", "writing-prompts"].map((l) => `/courses/ai-literacy/${l}`);
const SESSIONS = 64;
const STARTS = 5;

// DESIGN.md §8 (1 KB = 1,000 bytes).
const KB = 1000;
const budget = {
  firstVisit: 150 * KB,
  readable: 50 * KB,
  nextNavigation: 20 * KB,
  anonymousLessonRps: 10_000,
  signedInLessonRps: 5_000,
  progressP99Ms: 50,
  idleRssMiB: 30,
  startupMs: 200,
  thousandLessonsMs: 1000,
};

const step = (text) => console.error(`==> ${text}`);
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

// Start-up: the median of several starts on the existing database.
step(`start-up to the first 200, ${STARTS} times`);
const startups = [];
let running;
for (let i = 0; i < STARTS; i += 1) {
  if (running) await stopServer(running.child);
  running = await startServer(server);
  startups.push(running.startupMs);
}
const { base, child } = running;
await sleep(2000);
const idle = memory(child.pid);

step(`signing in ${SESSIONS} learners`);
const sessions = [];
for (let n = 1; n <= SESSIONS; n += 1) sessions.push(await signIn(base, learner(n), PASSWORD));

step("page weight in Chromium (ar, zgh, fr)");
const browser = await launchChromium();
const weights = {};
for (const [i, locale] of LOCALES.entries()) {
  weights[locale] = await measureLanguage(browser, {
    base, locale, username: learner(SESSIONS + 1 + i), password: PASSWORD, lessonPath: LESSON,
  });
}
step("eSpeak NG reading three Tamazight lessons, in Tifinagh and in Latin (fr and ar voices)");
const speech = await measureSpeech(browser, base, SPOKEN);
await browser.close();

const quiz = await quizFields(base, sessions[0], `/ar${LESSON}`);
const targets = [
  { name: "anonymous lesson page", target: `/ar${LESSON}`, sessions: [] },
  { name: "signed-in lesson page", target: `/ar${LESSON}`, sessions },
  { name: "learner home (progress)", target: "/ar/", sessions },
  { name: "quiz submission", target: quiz.action, method: "POST", sessions, fields: quiz.fields },
];
const throughput = [];
for (const t of targets) {
  for (const connections of [4, 64]) {
    step(`wrk: ${t.name}, ${connections} connections, ${seconds} s`);
    throughput.push({ ...t, connections, ...(await load({ base, ...t, connections, seconds, workDir })) });
  }
}
// The assistant: the model alone, then the pages while it answers 1 and 2 learners at once.
let assistant = null;
if (options["ai-url"]) {
  step("the AI assistant: time to the first token and tokens/s, 5 answers of 128 tokens");
  const model = await measureModel(options["ai-url"]);
  const during = [];
  for (const inFlight of [1, 2]) {
    step(`wrk: anonymous lesson page, 4 connections, ${seconds} s, with ${inFlight} answer(s) being written`);
    during.push({ inFlight, ...(await pagesDuringAnswers({
      base, sessions, lessonPath: "/fr/courses/ai-literacy/writing-prompts", block: "improve-prompt",
      inFlight, seconds, workDir,
    })) });
  }
  assistant = { model, during };
}
const loaded = memory(child.pid);
await stopServer(child);

// Authors: loading and checking 1,000 lessons (20 courses × 50, three languages each).
step("tifawt check on 1,000 generated lessons");
const generated = path.join(workDir, "courses-1000");
generateCourses(generated, 20, 50);
const checks = [];
for (let i = 0; i < 3; i += 1) {
  const started = process.hrtime.bigint();
  await promisify(execFile)(server.binary, ["check", generated], { maxBuffer: 1 << 24 });
  checks.push(Number(process.hrtime.bigint() - started) / 1e6);
}

// The CV's PDF: a typical CV typeset 50 times in one process (no budget in DESIGN.md yet).
step("tifawt bench-pdf: a typical CV's PDF, 50 times");
const { stdout: pdfOut } = await promisify(execFile)(server.binary, ["bench-pdf", "--runs", "50"]);
const pdf = JSON.parse(pdfOut);

// The table.
const rows = [];
const fmt = (n) => Math.round(n).toLocaleString("en");
const ms = (n) => (n < 10 ? n.toFixed(1) : fmt(n)) + " ms";
function row(measure, figure, limit, within) {
  rows.push([measure, figure, limit ?? "—", limit === undefined ? "" : within ? "within" : "**over**"]);
}
function perLocale(measure, figureOf, limit) {
  const values = LOCALES.map((l) => [l, figureOf(l)]);
  const over = values.filter(([, v]) => limit !== undefined && v.bytes > limit).map(([l]) => l);
  row(
    measure,
    values.map(([l, v]) => `${l} ${fmt(v.bytes)} B${v.requests ? ` (${v.requests})` : ""}`).join(" · "),
    limit === undefined ? undefined : `≤ ${fmt(limit)} B`,
    over.length === 0,
  );
  if (over.length > 0) rows[rows.length - 1][3] += ` (${over.join(", ")})`;
}
for (const page of ["sign-in", "learner home", "lesson", "quiz result", "my CVs", "CV step"]) {
  perLocale(`${page}: first visit, bytes (requests)`, (l) => weights[l][page].first, budget.firstVisit);
  perLocale(`${page}: readable, HTML+CSS+fonts`, (l) => ({ bytes: weights[l][page].first.readable }), budget.readable);
  perLocale(`${page}: next navigation, bytes (requests)`, (l) => weights[l][page].next, budget.nextNavigation);
}
// Not in any first visit: fetched when the visitor reaches for an island.
perLocale("islands' code, when first reached for, bytes (requests)", (l) => weights[l]["sign-in"].enhanced);
// Signed-in learners are the users: their lesson page against the anonymous one, same run.
for (const connections of [4, 64]) {
  const of = (name) => throughput.find((t) => t.name === name && t.connections === connections);
  const [anonymous, signedIn] = [of("anonymous lesson page"), of("signed-in lesson page")];
  row(`signed-in / anonymous lesson page, ${connections} connections`,
    `${Math.round((100 * signedIn.rps) / anonymous.rps)} %`);
}
for (const t of throughput) {
  const figure = `${fmt(t.rps)} req/s · p50 ${ms(t.p50)} · p99 ${ms(t.p99)}` +
    (t.errors || t.socketErrors ? ` · ${t.errors} errors ${t.socketErrors ?? ""}` : "");
  const measure = `${t.name}, ${t.connections} connections`;
  if (t.connections === 4 && t.name === "anonymous lesson page") {
    row(measure, figure, `≥ ${fmt(budget.anonymousLessonRps)} req/s`, t.rps >= budget.anonymousLessonRps && !t.errors);
  } else if (t.connections === 4 && t.name === "signed-in lesson page") {
    row(measure, figure, `≥ ${fmt(budget.signedInLessonRps)} req/s`, t.rps >= budget.signedInLessonRps && !t.errors);
  } else if (t.connections === 64 && (t.name.startsWith("learner home") || t.name === "quiz submission")) {
    row(measure, figure, `p99 ≤ ${budget.progressP99Ms} ms`, t.p99 <= budget.progressP99Ms && !t.errors);
  } else {
    row(measure, figure);
  }
}
row("memory, idle (RSS)", `${idle.rssMiB.toFixed(1)} MiB`, `≤ ${budget.idleRssMiB} MiB`, idle.rssMiB <= budget.idleRssMiB);
row("memory, idle: allocated · program file mapped", `${idle.anonMiB.toFixed(1)} MiB · ${idle.fileMiB.toFixed(1)} MiB`);
row("memory, after the load (RSS · peak)", `${loaded.rssMiB.toFixed(1)} MiB · ${loaded.peakMiB.toFixed(1)} MiB`);
row(`start → first 200 (median of ${STARTS})`, ms(median(startups)), `≤ ${budget.startupMs} ms`, median(startups) <= budget.startupMs);
row("tifawt check, 1,000 lessons (median of 3)", ms(median(checks)), `≤ ${fmt(budget.thousandLessonsMs)} ms`, median(checks) <= budget.thousandLessonsMs);

row("CV's PDF, typical CV (50 runs)",
  `p50 ${ms(pdf.p50_ms)} · p95 ${ms(pdf.p95_ms)} · first ${ms(pdf.first_ms)} · ${fmt(pdf.pdf_bytes)} B · peak RSS ${pdf.peak_rss_mib.toFixed(1)} MiB`);

if (assistant) {
  const { model, during } = assistant;
  row("AI assistant (test model, Gemma 3 270M Q4, 2 threads): first token · tokens/s (median of 5)",
    `${ms(model.firstMs)} · ${model.tokensPerSecond.toFixed(1)} tokens/s`);
  const quiet = throughput.find((t) => t.name === "anonymous lesson page" && t.connections === 4);
  for (const d of during) {
    row(`anonymous lesson page, 4 connections, while ${d.inFlight} answer(s) are written`,
      `${fmt(d.rps)} req/s (${Math.round((100 * d.rps) / quiet.rps)} % of without) · p99 ${ms(d.p99)} · ${d.answered} answers`);
  }
}
for (const { lesson, words, voices } of speech) {
  const seconds = (s) => `${s.toFixed(1)} s`;
  row(`eSpeak NG reading ${lesson.split("/").pop()} in Tamazight (${fmt(words)} words)`,
    VOICES.map((v) => `${v} voice: Tifinagh ${seconds(voices[v].tifinagh)} ` +
      `(${Math.round(100 * voices[v].letterNames)} % letter names) · Latin ${seconds(voices[v].latin)}`).join(" — "));
}

console.log("| measure | figure | budget (DESIGN.md §8) | |");
console.log("|---|---|---|---|");
for (const r of rows) console.log(`| ${r.join(" | ")} |`);
console.log(`\nwrk: ${seconds} s per line, 2 threads, on the same 2 cores as the server; ` +
  `${SESSIONS} signed-in learners take turns; the database (${options.database}) is \`tifawt report seed\`'s programme.`);
fs.writeFileSync(path.join(workDir, "results.json"), JSON.stringify({ startups, idle, loaded, weights, speech, throughput, checks, pdf, assistant }, null, 2));

/** Writes `courses` courses of `lessons` lessons, each in three languages with a quiz. */
function generateCourses(root, courses, lessons) {
  fs.rmSync(root, { recursive: true, force: true });
  const paragraph = "Un paragraphe avec du **gras**, de l’*italique* et un [lien](https://example.org). " +
    "ⵜⵉⴼⴰⵡⵜ تيفاوت. Encore une phrase pour faire un texte de taille réaliste, comme une leçon de cinq à dix minutes.";
  for (let c = 0; c < courses; c += 1) {
    const id = `course-${String(c).padStart(2, "0")}`;
    const dir = path.join(root, id);
    fs.mkdirSync(dir, { recursive: true });
    fs.writeFileSync(path.join(dir, "course.toml"),
      `id = "${id}"\norder = ${c}\nlanguages = ["zgh", "ar", "fr"]\n` +
      `[title]\nfr = "Cours ${c}"\nar = "درس ${c}"\nzgh = "ⴰⵙⵍⵎⴷ ${c}"\n` +
      `[summary]\nfr = "Résumé"\nar = "ملخص"\nzgh = "ⴰⴳⵣⵣⵓⵍ"\n`);
    for (let l = 0; l < lessons; l += 1) {
      const lessonDir = path.join(dir, `${String(l).padStart(2, "0")}-lesson-${l}`);
      fs.mkdirSync(lessonDir);
      for (const language of LOCALES) {
        let text = `+++\ntitle = "Leçon ${l} (${language})"\nminutes = 8\n` +
          `objectives = ["Comprendre", "Appliquer"]\ntranslation = "draft"\n+++\n\n`;
        for (let s = 1; s <= 4; s += 1) {
          text += `## Partie ${s}\n\n${paragraph}\n\n- un point\n- un autre point\n\n| a | b |\n|---|---|\n| 1 | 2 |\n\n`;
        }
        text += "## Quiz {.quiz}\n\n";
        for (let q = 1; q <= 5; q += 1) {
          text += `### Question ${q} ? {#q${q}}\n- [ ] Non\n  > Parce que.\n- [x] Oui\n- [ ] Peut-être\n\n`;
        }
        text += "### Le mot ? {#word .short}\n- [x] hallucination\n- [x] une hallucination\n";
        fs.writeFileSync(path.join(lessonDir, `lesson.${language}.md`), text);
      }
    }
  }
}
