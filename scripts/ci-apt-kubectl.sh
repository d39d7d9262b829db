#!/usr/bin/env bash
# kubectl for test/input/kubectl-decode.test.ts, which holds leastpriv's reading of manifests to
# kubectl's (written against kubectl 1.32). CI machines for this project have kubectl; a fresh one
# that lacks it gets Debian's kubernetes-client only when that is recent enough to be the oracle
# (Debian 12 ships 1.20, whose document splitting differs), else the test skips and says so.
# Idempotent. Needs root to install.
set -euo pipefail
if command -v kubectl >/dev/null 2>&1; then
  echo "ci-apt-kubectl: $(kubectl version --client 2>/dev/null | head -1)"
  exit 0
fi
export DEBIAN_FRONTEND=noninteractive
apt-get update -qq || true
candidate=$(apt-cache policy kubernetes-client 2>/dev/null | awk '/Candidate:/ {print $2}')
minor=$(printf '%s' "$candidate" | sed -n 's/^\([0-9]*\)\.\([0-9]*\).*/\2/p')
if [[ -n "$minor" && "$minor" -ge 29 ]]; then
  apt-get install -y -qq --no-install-recommends kubernetes-client >/dev/null
  echo "ci-apt-kubectl: installed kubernetes-client $candidate"
else
  echo "ci-apt-kubectl: no kubectl, and Debian's kubernetes-client (${candidate:-none}) is older than 1.29: test/input/kubectl-decode.test.ts will skip"
fi
