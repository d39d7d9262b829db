#!/usr/bin/env bash
# System tools for the live-verification tests (test/live): the exec sandbox of the test API
# server (ip, unshare, setpriv) and the commands of the built-in probe catalog (dig, curl, ping,
# nc, iptables-save, conntrack). Idempotent: installs only what is missing. Needs root.
set -euo pipefail
need=()
have() { command -v "$1" >/dev/null 2>&1; }
have ip || need+=(iproute2)
have unshare || need+=(util-linux)
have setpriv || need+=(util-linux)
have capsh || need+=(libcap2-bin)
have ping || need+=(iputils-ping)
have dig || need+=(bind9-dnsutils)
have curl || need+=(curl)
have nc || need+=(netcat-openbsd)
have iptables-save || need+=(iptables)
have conntrack || need+=(conntrack)
have openssl || need+=(openssl)
if ((${#need[@]})); then
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq
  apt-get install -y -qq --no-install-recommends "${need[@]}" >/dev/null
fi
echo "ci-apt-live: tools present (${#need[@]} package(s) installed)"
