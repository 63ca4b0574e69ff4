// Prints, at the end of a run, the slowest tests with their share of their time limit, and
// flags every test that used more than half of it: the limits are meant to leave that much
// room for a slower machine (see tests/fixtures/timeouts.ts).
import type { FullResult, Reporter, TestCase, TestResult } from "@playwright/test/reporter";

const SHOWN = 10;
const CLOSEST = 5;
const MAX_SHARE = 0.5;

type Row = { title: string; duration: number; timeout: number; share: number };

export default class SlowestTests implements Reporter {
  private rows: Row[] = [];

  onTestEnd(test: TestCase, result: TestResult) {
    if (result.status === "skipped" || test.timeout <= 0) return;
    const [, project, file, ...titles] = test.titlePath();
    const retry = result.retry ? ` (retry ${result.retry})` : "";
    this.rows.push({
      title: `[${project}] ${file}:${test.location.line} › ${titles.join(" › ")}${retry}`,
      duration: result.duration,
      // After the test: includes test.setTimeout() and test.slow().
      timeout: test.timeout,
      share: result.duration / test.timeout,
    });
  }

  onEnd(_result: FullResult) {
    if (this.rows.length === 0) return;
    const line = (r: Row) =>
      `  ${(r.duration / 1000).toFixed(1).padStart(5)} s of ${String(r.timeout / 1000).padStart(3)} s ` +
      `${(r.share * 100).toFixed(0).padStart(3)} %${r.share > MAX_SHARE ? "  ← over half its limit" : " "} ${r.title}`;
    const slowest = [...this.rows].sort((a, b) => b.duration - a.duration).slice(0, SHOWN);
    // Tests with shorter limits may be closer to theirs than the slowest: the closest few, and
    // every one over half its limit.
    const over = this.rows.filter((r) => r.share > MAX_SHARE).length;
    const closest = [...this.rows]
      .filter((r) => !slowest.includes(r))
      .sort((a, b) => b.share - a.share)
      .slice(0, Math.max(CLOSEST, over));
    console.log(`\nThe ${slowest.length} slowest tests, and their share of their time limit:`);
    slowest.forEach((r) => console.log(line(r)));
    if (closest.length > 0) {
      console.log("And the closest to their limit among the others:");
      closest.forEach((r) => console.log(line(r)));
    }
    if (over > 0) {
      console.log(`${over} test(s) used more than ${MAX_SHARE * 100} % of their limit: on a slower machine they may time out.`);
    } else {
      console.log(`Every test used at most ${MAX_SHARE * 100} % of its limit.`);
    }
  }
}
