// Starting and stopping the release server for the benchmark, and reading its memory.
import { spawn } from "node:child_process";
import * as fs from "node:fs";
import * as net from "node:net";

/** A free TCP port on loopback. */
export function freePort() {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.on("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

/**
 * Starts `tifawt serve` and waits for the first 200 on `probePath`. Returns the process, its
 * base URL and the milliseconds from spawn to that first 200 (database already migrated).
 */
export async function startServer({ binary, databaseUrl, coursesDir, siteDir, logFile, probePath = "/fr/", extraArgs = [] }) {
  const port = await freePort();
  const base = `http://127.0.0.1:${port}`;
  const log = fs.openSync(logFile, "a");
  const started = process.hrtime.bigint();
  const child = spawn(
    binary,
    ["serve", "--listen", `127.0.0.1:${port}`, "--database-url", databaseUrl,
      "--courses-dir", coursesDir, "--site-dir", siteDir, "--watch-courses", "false", ...extraArgs],
    { stdio: ["ignore", log, log] },
  );
  let exited = null;
  child.on("exit", (code) => { exited = code; });
  for (;;) {
    if (exited !== null) throw new Error(`the server exited with ${exited}; see ${logFile}`);
    try {
      const response = await fetch(base + probePath, { redirect: "manual" });
      await response.arrayBuffer();
      if (response.status === 200) break;
    } catch {
      // Not listening yet.
    }
    if (process.hrtime.bigint() - started > 30_000_000_000n) {
      child.kill("SIGKILL");
      throw new Error(`no 200 from ${base}${probePath} within 30 s; see ${logFile}`);
    }
    await new Promise((r) => setTimeout(r, 2));
  }
  const startupMs = Number(process.hrtime.bigint() - started) / 1e6;
  return { child, base, startupMs };
}

export function stopServer(child) {
  return new Promise((resolve) => {
    if (child.exitCode !== null) return resolve();
    child.once("exit", () => resolve());
    child.kill("SIGTERM");
  });
}

/** Resident memory now (`VmRSS`) and its peak so far (`VmHWM`), in MiB. */
export function memory(pid) {
  const status = fs.readFileSync(`/proc/${pid}/status`, "utf8");
  const kib = (field) => Number(new RegExp(`^${field}:\\s+(\\d+)`, "m").exec(status)[1]);
  // RSS counts the pages of the program file the process has touched (shared, clean, given
  // back under pressure) as well as what it allocated: both are reported.
  return {
    rssMiB: kib("VmRSS") / 1024,
    peakMiB: kib("VmHWM") / 1024,
    anonMiB: kib("RssAnon") / 1024,
    fileMiB: kib("RssFile") / 1024,
  };
}
