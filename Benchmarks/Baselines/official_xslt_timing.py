#!/usr/bin/env python3
# FactureKit — the FactureKit authors — SPDX-License-Identifier: Apache-2.0
"""Times the official validation artefacts (XSLT 2.0, run by Saxon-HE through saxonche) on the
benchmark invoices, the baseline the FacturXParsing suite is compared with.

    pip install saxonche
    cd Benchmarks
    FACTURE_BENCHMARK_WRITE_INVOICES=/tmp/bench swift package --disable-sandbox benchmark --target FacturXParsing
    python3 Baselines/official_xslt_timing.py ../../shared/conformance /tmp/bench/bench-20.xml /tmp/bench/bench-4000.xml

For each invoice: the time to parse it once (Saxon's tree), then per artefact the median time of
one transformation of the already parsed tree (the stylesheets are compiled once, outside the
timing), and the total a platform pays: one parse plus the three artefacts.
"""

import statistics
import sys
import time

from saxonche import PySaxonProcessor

ARTEFACTS = [
    ("EN 16931 (CEN 1.3.16)", "en16931/cii/EN16931-CII-validation.xslt"),
    ("Factur-X 1.09 EN 16931 profile", "facturx-1.09/en16931/FACTUR-X_EN16931.xslt"),
    ("BR-FR (Flux 2)", "fr-ctc/cii/BR-FR-Flux2-Schematron-CII.xslt"),
]


def median_ms(action, runs):
    action()  # warm-up
    samples = []
    for _ in range(runs):
        start = time.perf_counter()
        action()
        samples.append((time.perf_counter() - start) * 1000)
    return statistics.median(samples)


def main():
    if len(sys.argv) < 3:
        sys.exit(__doc__)
    conformance, invoices = sys.argv[1].rstrip("/"), sys.argv[2:]
    with PySaxonProcessor(license=False) as saxon:
        compiler = saxon.new_xslt30_processor()
        sheets = [(name, compiler.compile_stylesheet(stylesheet_file=f"{conformance}/{path}")) for name, path in ARTEFACTS]
        for invoice in invoices:
            runs = 3 if "4000" in invoice else 20
            parse = median_ms(lambda: saxon.parse_xml(xml_file_name=invoice), runs)
            tree = saxon.parse_xml(xml_file_name=invoice)
            total = parse
            print(f"{invoice}: parse {parse:.2f} ms")
            for name, sheet in sheets:
                elapsed = median_ms(lambda: sheet.transform_to_string(xdm_node=tree), runs)
                total += elapsed
                print(f"  {name}: {elapsed:.2f} ms")
            print(f"  parse + all three: {total:.2f} ms")


if __name__ == "__main__":
    main()
