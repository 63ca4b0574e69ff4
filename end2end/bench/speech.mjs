// How long eSpeak NG (the usual voice of NVDA and Orca) takes to read a Tamazight lesson
// in Tifinagh and in Latin script. It has no Tamazight voice: with a French or Arabic voice
// it reads Tifinagh letters by their names. Figures are read, never asserted.
import { spawn } from "node:child_process";

/** The voices centre computers' screen readers would use for a Tamazight page. */
export const VOICES = ["fr", "ar"];

/** Seconds of speech eSpeak NG makes of `text` with `voice` (from its WAV output). */
export async function speechSeconds(text, voice) {
  const wav = await new Promise((resolve, reject) => {
    const child = spawn("espeak-ng", ["-v", voice, "--stdout"], { stdio: ["pipe", "pipe", "inherit"] });
    const chunks = [];
    child.stdout.on("data", (chunk) => chunks.push(chunk));
    child.on("error", reject);
    child.on("close", (code) =>
      code === 0 ? resolve(Buffer.concat(chunks)) : reject(new Error(`espeak-ng exited with ${code}`)));
    child.stdin.end(text);
  });
  // RIFF header: bytes per second at offset 28; the samples follow the "data" chunk header.
  const byteRate = wav.readUInt32LE(28);
  const data = wav.indexOf("data", 12, "latin1");
  return (wav.length - (data + 8)) / byteRate;
}

/** The text a screen reader reads in a page's main region, fetched in Chromium. */
export async function mainText(browser, url) {
  const page = await browser.newPage();
  try {
    await page.goto(url);
    return await page.locator("main").innerText();
  } finally {
    await page.close();
  }
}

const TIFINAGH = /[\u2D30-\u2D7F]/gu;
const HAS_TIFINAGH = /[\u2D30-\u2D7F]/u;

/**
 * For each lesson: seconds of speech of its Tamazight page in Tifinagh and in Latin, per
 * voice, and the share of the Tifinagh reading spent on letter names (the reading minus
 * that of the same text with its Tifinagh letters taken out: what is left is punctuation,
 * digits and words in other scripts, read the same way in both).
 */
export async function measureSpeech(browser, base, lessons) {
  const results = [];
  for (const lesson of lessons) {
    const tifinagh = await mainText(browser, `${base}/zgh${lesson}`);
    const latin = await mainText(browser, `${base}/zgh-Latn${lesson}`);
    const rest = tifinagh.replace(TIFINAGH, "");
    const words = tifinagh.split(/\s+/u).filter((w) => HAS_TIFINAGH.test(w)).length;
    const voices = {};
    for (const voice of VOICES) {
      const [inTifinagh, inLatin, withoutLetters] = await Promise.all([
        speechSeconds(tifinagh, voice),
        speechSeconds(latin, voice),
        speechSeconds(rest, voice),
      ]);
      voices[voice] = { tifinagh: inTifinagh, latin: inLatin, letterNames: (inTifinagh - withoutLetters) / inTifinagh };
    }
    results.push({ lesson, words, voices });
  }
  return results;
}
