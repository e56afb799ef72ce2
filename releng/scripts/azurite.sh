#!/usr/bin/env bash
# The Azure Blob emulator the Azure datastore tests run against: Azurite from npm, blob service only, on 127.0.0.1.
#   releng/scripts/azurite.sh start DIR   installs azurite@3.37.0 into .azurite/ (git-ignored) when missing, starts it
#                                         on a free port with its data in DIR, and prints the blob endpoint
#   releng/scripts/azurite.sh stop DIR    stops the one started with that DIR
# Node 20 runs it despite the engine warning. Tests use the well-known development account devstoreaccount1.
set -euo pipefail
cd "$(dirname "$0")/../.."
version=3.37.0
command=$1 dir=$(realpath -m "$2")
case "$command" in
  start)
    if [ "$(cat .azurite/version 2>/dev/null)" != "$version" ]; then
      command -v npm >/dev/null || releng/scripts/debian-packages.sh nodejs npm
      echo "installing azurite@$version from npm into .azurite/" >&2
      npm install --prefix .azurite --no-save --no-audit --no-fund --loglevel=error "azurite@$version" >&2
      echo "$version" > .azurite/version
    fi
    mkdir -p "$dir"
    port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
    .azurite/node_modules/.bin/azurite-blob --loose --skipApiVersionCheck --location "$dir" \
      --blobHost 127.0.0.1 --blobPort "$port" > "$dir/azurite.log" 2>&1 &
    echo $! > "$dir/azurite.pid"
    for _ in $(seq 1 300); do
      if grep -q "successfully listens" "$dir/azurite.log" 2>/dev/null; then
        echo "http://127.0.0.1:$port/devstoreaccount1"
        exit 0
      fi
      kill -0 "$(cat "$dir/azurite.pid")" 2>/dev/null || break
      sleep 0.1
    done
    echo "azurite did not start; its log:" >&2
    cat "$dir/azurite.log" >&2
    exit 3
    ;;
  stop)
    if [ -f "$dir/azurite.pid" ]; then
      pid=$(cat "$dir/azurite.pid")
      kill "$pid" 2>/dev/null || true
      # Azurite says it closed but its process can linger with a large store: wait a little, then end it
      for _ in $(seq 1 50); do kill -0 "$pid" 2>/dev/null || break; sleep 0.2; done
      kill -9 "$pid" 2>/dev/null || true
      rm -f "$dir/azurite.pid"
    fi
    ;;
  *)
    echo "usage: $0 start|stop DIR" >&2
    exit 2
    ;;
esac
