#!/usr/bin/env bash
# FactureKit — the FactureKit authors — SPDX-License-Identifier: Apache-2.0
# Builds Documentation/FactureKit.docc against the public symbol graphs, failing on any warning.
set -euo pipefail
cd "$(dirname "$0")/.."
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
swift package dump-symbol-graph --minimum-access-level public >"$work/dump.log" 2>&1 || {
    cat "$work/dump.log" >&2
    exit 1
}
graphs="$(sed -n 's/^Files written to //p' "$work/dump.log" | tail -n 1)"
if [[ -z "$graphs" ]]; then graphs="$(swift build --show-bin-path)/../symbolgraph"; fi
mkdir -p "$work/graphs"
# Only our own modules' graphs: dependencies document themselves.
for module in FactureModel FacturX FactureOCR FactureSeal FactureArchive FactureStoreSQLite FactureTesting FactureBanking FactureHTTP FactureChorusPro FacturePlatform; do
    cp "$graphs/$module".symbols.json "$work/graphs/" 2>/dev/null || true
    cp "$graphs/$module"@*.symbols.json "$work/graphs/" 2>/dev/null || true
done
docc convert Documentation/FactureKit.docc \
    --fallback-display-name FactureKit \
    --fallback-bundle-identifier org.facturekit.FactureKit \
    --additional-symbol-graph-dir "$work/graphs" \
    --output-path "$work/FactureKit.doccarchive" \
    --analyze --warnings-as-errors
echo "documentation: ok"
