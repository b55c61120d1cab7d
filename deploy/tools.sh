#!/usr/bin/env bash
# The tools the build takes from outside Maven: npm always (the portal's design system and the
# accessibility rules come from the npm registry), and with --browser Chromium and its driver for
# the browser tests. Missing ones are installed from Debian when this runs as root on a machine
# with apt-get; otherwise the build stops here, at once, with the command to run, rather than
# failing every browser test one by one. The build calls this itself (modules/app/pom.xml).
# Usage: bash deploy/tools.sh [--browser]
set -euo pipefail

needed=()
command -v npm >/dev/null || needed+=(nodejs npm)
if [[ "${1:-}" == "--browser" ]]; then
    command -v chromium >/dev/null || needed+=(chromium)
    command -v chromedriver >/dev/null || [[ -x /usr/bin/chromedriver ]] || needed+=(chromium-driver)
fi
[[ ${#needed[@]} -eq 0 ]] && exit 0

command="apt-get install -y ${needed[*]}"
if [[ $(id -u) -eq 0 ]] && command -v apt-get >/dev/null; then
    echo "== installing what the build needs: ${needed[*]}"
    apt-get update -qq
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${needed[@]}" >/dev/null
    exit 0
fi
echo "The build needs ${needed[*]}, which this machine lacks. Install them and build again:" >&2
echo "    sudo ${command}" >&2
exit 1
