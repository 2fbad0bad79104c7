#!/usr/bin/env python3
# FactureKit — the FactureKit authors — SPDX-License-Identifier: Apache-2.0
"""Times the `factur-x` Python package doing the work of the FacturXPDF suite: attach a CII XML
to the 1.1 MB ZUGFeRD 2.2 sample PDF, extract the XML of a Factur-X PDF, and (given the folder
the suite wrote) attach the 20-line invoice's CII to its rendered PDF: the package has no
renderer, so that is the part of producing a Factur-X PDF it can do.

    pip install factur-x
    cd Benchmarks
    FACTURE_BENCHMARK_WRITE_PDF=/tmp/bench swift package --disable-sandbox benchmark --target FacturXPDF
    python3 Baselines/facturx_python_timing.py ../../shared/conformance [/tmp/bench]

The XSD and Schematron checks are off (the Swift attach does not validate the XML either).
Prints the median of repeated runs, in milliseconds; without a Factur-X PDF argument, the
extraction runs on the package's own output.
"""

import io
import logging
import os
import statistics
import sys
import time

from facturx import generate_from_binary, get_facturx_xml_from_pdf


def median_ms(action, runs):
    action()  # warm-up
    samples = []
    for _ in range(runs):
        start = time.perf_counter()
        action()
        samples.append((time.perf_counter() - start) * 1000)
    return statistics.median(samples)


def main():
    if len(sys.argv) < 2:
        sys.exit(__doc__)
    logging.disable(logging.WARNING)
    conformance = sys.argv[1]
    with open(os.path.join(conformance, "samples/ferd-zugferd-2.2/EN16931_Elektron.pdf"), "rb") as f:
        pdf = f.read()
    with open(os.path.join(conformance, "samples/fr-ctc/akretion_factur-x-en16931.xml"), "rb") as f:
        xml = f.read()

    def attach():
        return generate_from_binary(pdf, xml, flavor="factur-x", level="en16931", check_xsd=False)

    produced = attach()
    folder = sys.argv[2] if len(sys.argv) > 2 else None
    if folder:
        with open(os.path.join(folder, "bench-facturx.pdf"), "rb") as f:
            facturx_pdf = f.read()
    else:
        facturx_pdf = produced

    def extract():
        name, data = get_facturx_xml_from_pdf(io.BytesIO(facturx_pdf), check_xsd=False)
        assert data == xml, "the extracted XML differs"

    extract()
    print(f"PDF: {len(pdf):,} bytes, XML: {len(xml):,} bytes")
    print(f"Attach (generate_from_binary): median {median_ms(attach, 30):.1f} ms")
    print(f"Extract (get_facturx_xml_from_pdf): median {median_ms(extract, 30):.1f} ms")
    if folder:
        with open(os.path.join(folder, "bench-rendered-20.pdf"), "rb") as f:
            rendered = f.read()
        with open(os.path.join(folder, "bench-rendered-20.xml"), "rb") as f:
            cii = f.read()

        def attach_rendered():
            return generate_from_binary(rendered, cii, flavor="factur-x", level="en16931", check_xsd=False)

        print(f"20-line invoice: attach its CII to the rendered PDF: median {median_ms(attach_rendered, 30):.1f} ms")


if __name__ == "__main__":
    main()
