#!/usr/bin/env bash
# Installs the Debian packages given as arguments when they are missing (as root through apt-get; otherwise it says
# which command to run). Used by ./test and ./labelbench so that both work on a fresh Debian machine.
set -euo pipefail
missing=()
for package in "$@"; do
  dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q "install ok installed" || missing+=("$package")
done
[ ${#missing[@]} -eq 0 ] && exit 0
if [ "$(id -u)" -ne 0 ]; then
  echo "labelbench: error: missing Debian packages; run: sudo apt-get install ${missing[*]}" >&2
  exit 3
fi
echo "labelbench: installing ${missing[*]}" >&2
export DEBIAN_FRONTEND=noninteractive
apt-get update -qq >&2
apt-get install -y -qq --no-install-recommends "${missing[@]}" >&2
