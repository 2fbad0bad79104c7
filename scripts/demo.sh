#!/usr/bin/env bash
# FactureKit — the FactureKit authors — SPDX-License-Identifier: Apache-2.0
# The main job end to end on the embedded sample: installs what is missing, builds, runs `facture demo`.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/install-dependencies.sh
swift build --product facture
exec "$(swift build --show-bin-path)/facture" demo "$@"
