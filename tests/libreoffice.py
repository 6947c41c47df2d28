"""Open exported documents in LibreOffice, as a reader would: many files per start-up.

LibreOffice takes about 2 s to start, so tests hand it every document of a module at
once. A document LibreOffice cannot open produces no PDF, which fails the test.
"""

from __future__ import annotations

import re
import shutil
import subprocess
import tempfile
from pathlib import Path

import pytest


def soffice() -> str | None:
    return shutil.which("soffice") or shutil.which("libreoffice")


def to_pdf(documents: list[Path], out_dir: Path) -> dict[Path, Path]:
    """Convert the documents to PDF in one LibreOffice run; map each to its PDF."""
    program = soffice()
    if program is None:
        pytest.fail("LibreOffice is not installed (CI installs libreoffice-writer-nogui)")
    out_dir.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as profile:
        subprocess.run(
            [program, f"-env:UserInstallation=file://{profile}", "--headless", "--norestore",
             "--convert-to", "pdf", "--outdir", str(out_dir), *map(str, documents)],
            check=True, capture_output=True, timeout=300,
        )
    return {doc: out_dir / (doc.stem + ".pdf") for doc in documents}


def page_count(pdf: Path) -> int:
    """Pages of a PDF, counted from its page objects (no extra tool needed)."""
    return len(re.findall(rb"/Type\s*/Page(?![a-zA-Z])", pdf.read_bytes()))
