#!/usr/bin/env bash
# System packages tacb-graph needs, from Debian, installed as root:
#   chromium            headless browser for the HTML tests and benchmarks
#   fonts-wqy-microhei  a CJK font so Chinese labels render in PNG/SVG and screenshots
#   virtuoso-opensource an external SPARQL store for the push integration tests
set -euo pipefail
export DEBIAN_FRONTEND=noninteractive
SUDO=""
if [ "$(id -u)" -ne 0 ]; then SUDO="sudo"; fi
$SUDO apt-get update -qq
$SUDO apt-get install -y -qq --no-install-recommends chromium fonts-wqy-microhei >/dev/null
if [ -x .ci/virtuoso.sh ] || [ -f .ci/virtuoso.sh ]; then
  bash .ci/virtuoso.sh
fi
