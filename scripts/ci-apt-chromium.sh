#!/usr/bin/env bash
# Headless Chromium for the HTML report's browser test (test/html-browser.test.ts): the report is
# loaded from a file, its filters clicked, its console watched and a screenshot taken. Idempotent:
# installs only when no chromium is on PATH. Needs root.
set -euo pipefail
if ! command -v chromium >/dev/null 2>&1; then
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq
  apt-get install -y -qq --no-install-recommends chromium fonts-dejavu-core >/dev/null
  echo "ci-apt-chromium: chromium installed"
else
  echo "ci-apt-chromium: chromium present"
fi
