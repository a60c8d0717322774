#!/usr/bin/env bash
# Virtuoso Open Source, the external SPARQL 1.1 store the `push` integration
# tests (tests/test_push.py, marker `virtuoso`) write to. Run as root, no stdin.
#
# The tests start their own server (own virtuoso.ini, temp dir, free loopback
# ports) and never use the packaged service. The dba password is preseeded
# empty on purpose: the package then leaves the system daemon disabled
# (RUN=no) instead of starting it on 8890/1111 and keeping it running.
set -euo pipefail
export DEBIAN_FRONTEND=noninteractive DEBCONF_NONINTERACTIVE_SEEN=true
SUDO=""
if [ "$(id -u)" -ne 0 ]; then SUDO="sudo"; fi

if command -v virtuoso-t >/dev/null && command -v isql-vt >/dev/null; then
  echo "virtuoso: already installed ($(command -v virtuoso-t))"
  exit 0
fi

$SUDO debconf-set-selections <<'SEL'
virtuoso-opensource-7 virtuoso-opensource-7/dba-password password
virtuoso-opensource-7 virtuoso-opensource-7/dba-password-again password
virtuoso-opensource-7 virtuoso-opensource-7/register-odbc-dsn boolean false
SEL
$SUDO apt-get update -qq
$SUDO apt-get install -y -qq --no-install-recommends \
  -o Dpkg::Options::=--force-confdef -o Dpkg::Options::=--force-confold \
  virtuoso-opensource </dev/null >/dev/null
# Should the package have left its own daemon running, stop it (ours use other ports).
if [ -x /etc/init.d/virtuoso-opensource-7 ]; then
  $SUDO /etc/init.d/virtuoso-opensource-7 stop >/dev/null 2>&1 || true
fi
command -v virtuoso-t >/dev/null && command -v isql-vt >/dev/null
echo "virtuoso: installed $(virtuoso-t -? 2>&1 | grep -m1 -o 'Version [^ ]*' || true)"
