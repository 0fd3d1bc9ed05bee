#!/usr/bin/env bash
# Runs the whole suite (`npm test`) while two CPU hogs keep the machine busy, as a shared CI
# runner or a laptop in a video call would. The suite must pass like this too.
#
#   scripts/test-under-load.sh            # two hogs (stress-ng --cpu 2, or a Node busy loop)
#   HOGS=4 scripts/test-under-load.sh     # more
set -euo pipefail
cd "$(dirname "$0")/.."

hogs="${HOGS:-2}"
pids=()
stop_hogs() {
  for pid in "${pids[@]}"; do kill "$pid" 2>/dev/null || true; done
  for pid in "${pids[@]}"; do wait "$pid" 2>/dev/null || true; done
}
trap stop_hogs EXIT

if ! command -v stress-ng >/dev/null 2>&1 && command -v apt-get >/dev/null 2>&1; then
  echo "[under-load] installing stress-ng (Debian)…"
  if [ "$(id -u)" -eq 0 ]; then apt-get install -y stress-ng >/dev/null 2>&1 || true
  elif command -v sudo >/dev/null 2>&1; then sudo -n apt-get install -y stress-ng >/dev/null 2>&1 || true
  fi
fi

if command -v stress-ng >/dev/null 2>&1; then
  echo "[under-load] stress-ng --cpu $hogs"
  stress-ng --cpu "$hogs" --timeout 0 --quiet &
  pids+=("$!")
else
  echo "[under-load] stress-ng unavailable: $hogs Node busy loops instead"
  for _ in $(seq "$hogs"); do
    node -e 'for (;;) {}' &
    pids+=("$!")
  done
fi

start=$(date +%s)
status=0
npm test || status=$?
elapsed=$(( $(date +%s) - start ))
echo "[under-load] npm test exited $status after ${elapsed}s with $hogs CPU hogs running"
exit "$status"
