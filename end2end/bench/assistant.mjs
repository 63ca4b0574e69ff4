// The AI assistant in the benchmark (figures read, never asserted): the test model's time
// to the first token and tokens per second, asked directly; and the anonymous lesson page's
// throughput while learners' practice prompts are being answered through Tifawt, against
// the same page without them (the assistant runs beside the pages, not in front of them).
import { load } from "./load.mjs";

const PROMPT = "Explique en cinq phrases simples ce qu'est l'énergie solaire.";

/** Time to the first token and tokens/s of `runs` streamed answers of `maxTokens`. */
export async function measureModel(aiUrl, { runs = 5, maxTokens = 128 } = {}) {
  const results = [];
  for (let i = 0; i < runs; i += 1) {
    const started = performance.now();
    const response = await fetch(`${aiUrl}/chat/completions`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({
        model: "local", stream: true, max_tokens: maxTokens,
        messages: [{ role: "user", content: PROMPT }],
      }),
    });
    const reader = response.body.getReader();
    const decoder = new TextDecoder();
    let pending = "";
    let first = null;
    let tokens = 0;
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      pending += decoder.decode(value, { stream: true });
      let end;
      while ((end = pending.indexOf("\n")) >= 0) {
        const line = pending.slice(0, end).trim();
        pending = pending.slice(end + 1);
        if (!line.startsWith("data:") || line.includes("[DONE]")) continue;
        const piece = JSON.parse(line.slice(5)).choices?.[0]?.delta?.content;
        if (piece) {
          first ??= performance.now();
          tokens += 1; // llama-server sends one token per event
        }
      }
    }
    const ended = performance.now();
    results.push({ firstMs: first - started, tokens, tokensPerSecond: (tokens - 1) / ((ended - first) / 1000) });
  }
  const sorted = (key) => results.map((r) => r[key]).sort((a, b) => a - b);
  const median = (key) => sorted(key)[Math.floor(results.length / 2)];
  return { runs: results, firstMs: median("firstMs"), tokensPerSecond: median("tokensPerSecond") };
}

/**
 * wrk on the anonymous lesson page while `inFlight` learners keep a practice prompt being
 * answered through Tifawt (each sends the next as soon as the last answer ends).
 */
export async function pagesDuringAnswers({ base, sessions, lessonPath, block, inFlight, seconds, workDir }) {
  let stop = false;
  let answered = 0;
  const ask = async (session) => {
    while (!stop) {
      const body = new URLSearchParams({ prompt: PROMPT, csrf_token: session.csrfToken });
      const response = await fetch(`${base}${lessonPath}/try/${block}/stream`, {
        method: "POST", body, headers: { cookie: session.cookie, accept: "text/event-stream" },
      });
      const text = await response.text();
      if (text.includes("event: end")) answered += 1;
    }
  };
  const askers = sessions.slice(0, inFlight).map(ask);
  // Let the answers start before measuring.
  await new Promise((r) => setTimeout(r, 1000));
  const figures = await load({ base, target: lessonPath, sessions: [], connections: 4, seconds, workDir });
  stop = true;
  await Promise.all(askers);
  return { ...figures, answered };
}
