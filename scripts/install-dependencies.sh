#!/usr/bin/env bash
# FactureKit — the FactureKit authors — SPDX-License-Identifier: Apache-2.0
# Installs the Debian packages FactureKit builds against, only those that are missing.
# Usage: scripts/install-dependencies.sh [--tests]   (--tests adds what the test suite uses)
set -euo pipefail

packages=(
    pkg-config
    libxml2-dev
    libtesseract-dev tesseract-ocr-fra tesseract-ocr-eng
    libpoppler-cpp-dev
    libssl-dev
    libqpdf-dev
    zlib1g-dev
    fonts-dejavu-core
    libsqlite3-dev
)
if [[ "${1:-}" == "--tests" ]]; then
    # poppler-utils (pdfdetach) and qpdf (qpdf --check) check the PDFs FactureKit writes, independently.
    packages+=(postgresql python3-pip poppler-utils qpdf)
fi

missing=()
for package in "${packages[@]}"; do
    if ! dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q "install ok installed"; then
        missing+=("$package")
    fi
done

if ((${#missing[@]} > 0)); then
    echo "Installing missing packages: ${missing[*]}" >&2
    sudo_prefix=()
    if [[ "$(id -u)" != "0" ]]; then sudo_prefix=(sudo); fi
    "${sudo_prefix[@]}" apt-get update -qq
    DEBIAN_FRONTEND=noninteractive "${sudo_prefix[@]}" apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
fi

if [[ "${1:-}" == "--tests" ]]; then
    # python-stdnum is the independent reference the identifier tests compare against.
    if ! python3 -c "import stdnum" 2>/dev/null; then
        echo "Installing python-stdnum (reference for identifier cross-checks)" >&2
        python3 -m pip install --quiet python-stdnum || echo "warning: python-stdnum could not be installed; the cross-check test will be skipped" >&2
    fi
    # The factur-x package (akretion) is the independent reader the Factur-X PDF tests compare against.
    if ! python3 -c "import facturx" 2>/dev/null; then
        echo "Installing factur-x (reference reader for Factur-X PDFs)" >&2
        python3 -m pip install --quiet factur-x || echo "warning: factur-x could not be installed; its cross-checks will be skipped" >&2
    fi
fi
