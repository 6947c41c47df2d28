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


def edit(jobs: list[dict], work: Path, author: str = "Delegación de México") -> list[dict]:
    """Edit Word files in one LibreOffice start through UNO, as a counterpart would
    (``tests/lo_edit.py``: record changes or not, replace words, delete a paragraph, move
    one, save as .docx); returns each job's counts of tracked changes."""
    import json

    if soffice() is None:
        pytest.fail("LibreOffice is not installed (CI installs libreoffice-writer-nogui)")
    python = "/usr/bin/python3"  # Debian's, which has LibreOffice's uno module
    work.mkdir(parents=True, exist_ok=True)
    out = work / "lo-results.json"
    spec = work / "lo-jobs.json"
    with tempfile.TemporaryDirectory() as profile:
        spec.write_text(json.dumps({"profile": profile, "out": str(out), "author": author,
                                    "jobs": [{k: str(v) if isinstance(v, Path) else v
                                              for k, v in job.items()} for job in jobs]}))
        subprocess.run([python, str(Path(__file__).with_name("lo_edit.py")), str(spec)],
                       check=True, capture_output=True, timeout=300)
    return json.loads(out.read_text())
