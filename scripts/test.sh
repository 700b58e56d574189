#!/usr/bin/env bash
# Runs every mamori test on a fresh machine: installs what the tests need (Python
# packages, Debian's chromium for the browser tests), starts the service for the
# dev-corpus score, then runs the extension's unit tests and pytest (browser tests included).
set -euo pipefail
cd "$(dirname "$0")/.."
PY=${PYTHON:-python3}

echo "== installing Python packages (requirements.txt)"
"$PY" -m pip install -q --disable-pip-version-check -r requirements.txt 2>&1 | grep -v "Running pip as the 'root' user" || true

need_apt=()
command -v chromium >/dev/null 2>&1 || need_apt+=(chromium)
command -v node >/dev/null 2>&1 || need_apt+=(nodejs)
# A Japanese font, so screenshots of the dialogs and the report show text, not boxes.
[ -e /usr/share/fonts/opentype/ipafont-gothic/ipag.ttf ] || need_apt+=(fonts-ipafont-gothic)
if [ ${#need_apt[@]} -gt 0 ]; then
  echo "== installing Debian packages: ${need_apt[*]}"
  if [ "$(id -u)" = 0 ]; then
    apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${need_apt[@]}" >/dev/null
  else
    sudo apt-get update -qq && sudo DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${need_apt[@]}" >/dev/null
  fi
fi

if [ -d extension/tests ] && command -v node >/dev/null 2>&1; then
  echo "== extension unit tests (node --test)"
  node --test extension/tests/
fi

# Service logs of this run (read at the end by tests/test_zz_logs.py: no scanned text in them).
rm -rf tests/artifacts/logs && mkdir -p tests/artifacts/logs

shared=../shared/eval
if [ -f "$shared/score.py" ]; then
  port=$("$PY" -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])')
  echo "== starting the service on port $port for the dev-corpus score"
  "$PY" run_service.py --port "$port" > tests/artifacts/logs/score-service.log 2>&1 &
  svc=$!
  trap 'kill $svc 2>/dev/null || true' EXIT
  "$PY" - "$port" <<'PYWAIT'
import sys, time, urllib.request
for _ in range(120):
    try:
        urllib.request.urlopen(f"http://127.0.0.1:{sys.argv[1]}/healthz", timeout=1)
        break
    except OSError:
        time.sleep(0.25)
PYWAIT
  # Gate on what must never regress: no leaks, no errors, no false blocks beyond the bar.
  "$PY" "$shared/score.py" "$shared/dev.jsonl" --url "http://127.0.0.1:$port" --show-misses \
      --max-leaks 0 --max-errors 0 --max-false-block 0.03
  # Our own held-out-style corpora (tests/data): shown for generalisation, not a gate.
  for corpus in tests/data/holdout*.jsonl; do
    [ -f "$corpus" ] || continue
    echo "-- $corpus"
    "$PY" "$shared/score.py" "$corpus" --url "http://127.0.0.1:$port" | tail -n 1
  done
  kill $svc 2>/dev/null || true
  trap - EXIT
fi

echo "== pytest (service, detectors, browser end-to-end)"
"$PY" -m pytest -q -p no:cacheprovider tests/
