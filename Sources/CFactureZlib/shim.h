// FactureKit — the FactureKit authors — SPDX-License-Identifier: Apache-2.0
// zlib (Debian: zlib1g-dev): deflate for the FlateDecode streams the PDF writer compresses.
#include <zlib.h>
