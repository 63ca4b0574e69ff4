// Throughput and latency with wrk on loopback, and the signed-in sessions it replays.
import { execFile } from "node:child_process";
import * as fs from "node:fs";
import * as path from "node:path";
import { promisify } from "node:util";

const run = promisify(execFile);

function cookieOf(response, name) {
  const cookie = response.headers.getSetCookie().find((c) => c.startsWith(`${name}=`));
  if (!cookie) throw new Error(`no ${name} cookie from ${response.url} (${response.status})`);
  return cookie.split(";")[0];
}

function csrfTokenOf(html) {
  const match = /name="csrf_token"[^>]*value="([^"]+)"/.exec(html);
  if (!match) throw new Error("no anti-forgery token in the page");
  return match[1];
}

/** Signs in over HTTP; returns the session cookie and its anti-forgery token. */
export async function signIn(base, username, password) {
  const form = await fetch(`${base}/fr/sign-in`);
  const anonymous = cookieOf(form, "tifawt_csrf");
  const body = new URLSearchParams({ csrf_token: csrfTokenOf(await form.text()), username, password, next: "" });
  const reply = await fetch(`${base}/fr/sign-in`, {
    method: "POST", body, redirect: "manual", headers: { cookie: anonymous },
  });
  await reply.arrayBuffer();
  if (reply.status !== 303) throw new Error(`signing in as ${username}: HTTP ${reply.status}`);
  const cookie = cookieOf(reply, "tifawt_session");
  const home = await fetch(`${base}/fr/`, { headers: { cookie } });
  return { cookie, csrfToken: csrfTokenOf(await home.text()) };
}

/** The form fields of a lesson's quiz (first choice of each question, a word for text). */
export async function quizFields(base, session, lessonPath) {
  const html = await (await fetch(`${base}${lessonPath}`, { headers: { cookie: session.cookie } })).text();
  const action = /<form method="post" action="([^"]+\/quiz)"/.exec(html)?.[1];
  if (!action) throw new Error(`no quiz form on ${lessonPath}`);
  const fields = new Map();
  for (const [input] of html.matchAll(/<input[^>]*name="q-[^"]*"[^>]*>/g)) {
    const name = /name="([^"]+)"/.exec(input)[1];
    const value = /value="([^"]*)"/.exec(input)?.[1];
    if (!fields.has(name)) fields.set(name, /type="(radio|checkbox)"/.test(input) ? value : "x");
  }
  return { action, fields: [...fields] };
}

const lua = String.raw;

/** wrk's Lua: each request takes the next session; a quiz post gets a fresh attempt token. */
function script({ method, target, sessions, fields }) {
  const cookies = sessions.map((s) => JSON.stringify(s.cookie)).join(", ");
  const bodies = sessions
    .map((s) => JSON.stringify(new URLSearchParams([["csrf_token", s.csrfToken], ...(fields ?? [])]).toString()))
    .join(", ");
  const nonce = Date.now() % 1e12;
  const url = JSON.stringify(target);
  const send = method === "GET"
    ? lua`return wrk.format("GET", ${url}, { ["Cookie"] = cookies[i] })`
    : lua`-- 33 characters: the server keeps attempt tokens of 32 or more.
  local attempt = string.format("b%012d%04d%016d", ${nonce}, tid, n)
  return wrk.format("POST", ${url}, {
    ["Cookie"] = cookies[i],
    ["Content-Type"] = "application/x-www-form-urlencoded",
  }, bodies[i] .. "&attempt=" .. attempt)`;
  return lua`
local cookies = { ${cookies} }
local bodies = { ${bodies} }
local threads = 0
function setup(thread)
  threads = threads + 1
  thread:set("tid", threads)
end
local n = 0
request = function()
  n = n + 1
  local i = n % #cookies + 1
  ${send}
end
`;
}

function toMs(text) {
  const [, value, unit] = /([\d.]+)(us|ms|s|m)/.exec(text);
  return Number(value) * { us: 0.001, ms: 1, s: 1000, m: 60000 }[unit];
}

/**
 * Runs wrk for `seconds` at `connections` against `base + target`. `sessions` empty: an
 * anonymous GET. Returns requests/s, p50 and p99 in ms, and the count of non-2xx/3xx replies.
 */
export async function load({ base, target, method = "GET", sessions = [], fields, connections, seconds, workDir }) {
  const args = ["--latency", "-t", "2", "-c", String(connections), "-d", `${seconds}s`, "--timeout", "10s"];
  if (sessions.length > 0) {
    const file = path.join(workDir, `wrk-${method}-${connections}.lua`);
    fs.writeFileSync(file, script({ method, target, sessions, fields }));
    args.push("-s", file);
  }
  args.push(base + target);
  const { stdout } = await run("wrk", args, { maxBuffer: 1 << 20 });
  const number = (re) => Number(re.exec(stdout)?.[1] ?? NaN);
  const requests = number(/(\d+) requests in/);
  const errors = number(/Non-2xx or 3xx responses: (\d+)/) || 0;
  const socketErrors = /Socket errors: (.*)/.exec(stdout)?.[1];
  return {
    rps: number(/Requests\/sec:\s+([\d.]+)/),
    // Anchored: "87.50%" in the thread statistics is not the 50th percentile.
    p50: toMs(/^\s+50%\s+(\S+)/m.exec(stdout)[1]),
    p99: toMs(/^\s+99%\s+(\S+)/m.exec(stdout)[1]),
    requests,
    errors,
    socketErrors,
  };
}
