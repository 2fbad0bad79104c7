// FactureKit — the FactureKit authors — SPDX-License-Identifier: Apache-2.0

import Benchmark

/// The banking suite: statement parsing (CFONB 120, camt.053) and lettering, each beside its baseline.
let benchmarks: @Sendable () -> Void = {
    cfonbBenchmarks()
    camtBenchmarks()
    letteringBenchmarks()
}
