#!/usr/bin/env bash
# Renders a report page in headless Chromium, checks that it loads without script errors and that
# every chart image decoded (the page marks <body data-images-loaded="true">), and keeps a
# screenshot.   Usage: scripts/check-html.sh PAGE.html SCREENSHOT.png
set -euo pipefail
page=$(realpath "$1")
shot=$2
flags=(--headless --no-sandbox --disable-gpu --disable-quic --no-first-run --disable-background-networking
  --disable-component-update --disable-sync --hide-scrollbars)
profile=$(mktemp -d)
trap 'rm -rf "$profile"' EXIT
dom=$(timeout 120 chromium "${flags[@]}" --user-data-dir="$profile/a" --enable-logging=stderr --v=0 \
  --dump-dom "file://$page" 2>"$profile/console.log")
if grep -E "Uncaught|CONSOLE.*(Error|error)" "$profile/console.log"; then
  echo "check-html: $page: script errors in the console (above)" >&2
  exit 1
fi
if ! grep -q 'data-images-loaded="true"' <<<"$dom"; then
  echo "check-html: $page: not every chart image loaded" >&2
  exit 1
fi
timeout 120 chromium "${flags[@]}" --user-data-dir="$profile/b" --window-size=1400,2400 \
  --screenshot="$(realpath -m "$shot")" "file://$page" >/dev/null 2>&1
[[ -s $shot ]] || { echo "check-html: no screenshot written to $shot" >&2; exit 1; }
echo "check-html: $page renders, $(grep -o '<img class="chart"' <<<"$dom" | wc -l) chart images loaded; screenshot $shot"
