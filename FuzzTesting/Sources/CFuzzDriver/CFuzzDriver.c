// FactureKit — the FactureKit authors — SPDX-License-Identifier: Apache-2.0
// Declarations only; libFuzzer itself is linked in by `-sanitize=fuzzer`.
#include "CFuzzDriver.h"
