import Benchmark
import FactureModel

let benchmarks: @Sendable () -> Void = {
    Benchmark("placeholder") { benchmark in
        blackHole(ExactDecimal(1) + ExactDecimal(2))
    }
}
