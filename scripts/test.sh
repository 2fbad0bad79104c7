#!/usr/bin/env bash
# FactureKit — the FactureKit authors — SPDX-License-Identifier: Apache-2.0
# The whole test suite: installs what is missing, lints, builds with warnings as errors, runs every test,
# then checks that the documentation catalog builds without warnings and that the benchmarks build.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/install-dependencies.sh --tests
# House style (.swift-format, NIO's rules plus documented public declarations).
swift format lint --strict --recursive Sources Examples Tests
# With the PostgreSQL trait, so FactureStorePostgres is built and its tests run against a private
# server they start themselves (postgresql comes from install-dependencies.sh --tests). The build
# without the trait is the one check-docs.sh dumps the symbol graphs from.
swift build --build-tests -Xswiftc -warnings-as-errors --traits PostgreSQL,AsyncHTTPClient
# Tesseract's OpenMP build must not spread one page over every core (OpenMP reads this at load).
# --skip-build finds the build above only when given the same traits.
OMP_THREAD_LIMIT=1 swift test --skip-build --parallel --num-workers 2 --traits PostgreSQL,AsyncHTTPClient
scripts/check-docs.sh
# The benchmarks are a package of their own: make sure they still build (they run on demand).
swift build -c release --package-path Benchmarks
