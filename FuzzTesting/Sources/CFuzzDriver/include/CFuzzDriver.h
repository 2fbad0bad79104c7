// FactureKit — the FactureKit authors — SPDX-License-Identifier: Apache-2.0
#ifndef C_FUZZ_DRIVER_H
#define C_FUZZ_DRIVER_H

#include <stddef.h>
#include <stdint.h>

/// libFuzzer's driver (compiler-rt, `-sanitize=fuzzer`): parses libFuzzer's command line and
/// runs `callback` on each input. Called from the executable's entry point because SwiftPM
/// renames an executable's `main` to `<Module>_main`, which hides libFuzzer's own `main`.
int LLVMFuzzerRunDriver(int *argc, char ***argv, int (*callback)(const uint8_t *data, size_t size));

#endif
