#!/usr/bin/env bash
# Installs Debian's `pre-commit` for test/precommit.test.ts (the hook is exercised through
# `pre-commit try-repo`). Idempotent: does nothing when pre-commit is already on PATH.
set -euo pipefail
if command -v pre-commit >/dev/null 2>&1; then exit 0; fi
export DEBIAN_FRONTEND=noninteractive
SUDO=""
if [[ "$(id -u)" != 0 ]]; then SUDO="sudo"; fi
$SUDO apt-get update -qq
$SUDO apt-get install -y -qq --no-install-recommends pre-commit git >/dev/null
