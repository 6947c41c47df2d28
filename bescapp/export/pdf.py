"""A PDF beside an exported .docx, as documents are distributed, through LibreOffice.

bescapp does not draw PDFs itself: LibreOffice lays out the Word file the way a reader's
office suite would, with the table of contents filled in (``resources/libreoffice_pdf.py``
updates the indexes through UNO, which ``soffice --convert-to`` does not) and bookmarks
from the headings. Where LibreOffice is missing the .docx is still written and the caller
says so (``NoLibreOffice``). The PDF is written beside the .docx through a temporary file
and one rename, like every file bescapp writes.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import tempfile
from dataclasses import dataclass
from pathlib import Path

from .. import package_files, safe_write
from ..i18n.catalogue import N_, say

# Seconds for one document: LibreOffice's first start on a new profile is the slow part.
TIMEOUT = 180

# Where the installers put LibreOffice when it is not on the PATH.
_INSTALLED = {
    "win32": [Path(os.environ.get(v, "")) / "LibreOffice" / "program" / "soffice.exe"
              for v in ("ProgramFiles", "ProgramFiles(x86)") if os.environ.get(v)],
    "darwin": [Path("/Applications/LibreOffice.app/Contents/MacOS/soffice")],
}


class NoLibreOffice(Exception):
    """LibreOffice is not installed here: the Word file was written, no PDF."""

    def __init__(self, docx: Path) -> None:
        self.docx = docx
        super().__init__(say(N_("No PDF was written: LibreOffice is not installed on this computer "
                                "(libreoffice.org). The Word file is {path}."), path=docx))


class PdfFailed(Exception):
    """LibreOffice ran but gave no PDF (a damaged installation, a document it cannot open)."""

    def __init__(self, docx: Path, detail: str) -> None:
        self.docx, self.detail = docx, detail
        super().__init__(say(N_("No PDF was written: LibreOffice could not convert {path} ({detail}). "
                                "The Word file is written."), path=docx, detail=detail))


@dataclass(frozen=True)
class Office:
    soffice: Path
    python: Path | None  # a Python with LibreOffice's uno module; None: convert without it


def find_office() -> Office | None:
    """LibreOffice on this computer, or None."""
    found = shutil.which("soffice") or shutil.which("libreoffice")
    candidates = [Path(found)] if found else []
    candidates += [p for p in _INSTALLED.get(sys.platform, []) if p.is_file()]
    if not candidates:
        return None
    soffice = candidates[0].resolve()
    return Office(soffice, _uno_python(soffice))


def _uno_python(soffice: Path) -> Path | None:
    """LibreOffice's own Python (Windows, macOS) or the system's with python3-uno (Debian)."""
    program = soffice.parent
    own = [program / "python.exe", program / "python",
           program.parent / "Resources" / "python"]  # macOS: Contents/MacOS → Contents/Resources
    system = [Path("/usr/bin/python3")]
    for python in [p for p in own + system if p.is_file()]:
        try:
            subprocess.run([str(python), "-c", "import uno"], check=True, capture_output=True,
                           timeout=30, env=_clean_environment())
        except (OSError, subprocess.SubprocessError):
            continue
        return python
    return None


def _clean_environment() -> dict[str, str]:
    # our virtual environment's variables would point LibreOffice's Python at our packages
    return {k: v for k, v in os.environ.items()
            if k not in ("PYTHONPATH", "PYTHONHOME", "VIRTUAL_ENV", "PYTHONSTARTUP")}


def write_pdf(docx: Path, office: Office | None = None) -> Path:
    """Write NAME.pdf beside NAME.docx; returns its path. Raises NoLibreOffice, PdfFailed,
    or OSError when the PDF cannot be written there."""
    docx = Path(docx)
    office = office or find_office()
    if office is None:
        raise NoLibreOffice(docx)
    target = docx.with_suffix(".pdf")
    with tempfile.TemporaryDirectory(prefix="bescapp-pdf-") as work:
        made = Path(work) / "out.pdf"
        if office.python is not None:
            _through_uno(office, docx, made, Path(work) / "profile")
        else:
            _converted(office, docx, Path(work))
            made = Path(work) / f"{docx.stem}.pdf"
        if not made.is_file() or made.stat().st_size == 0:
            raise PdfFailed(docx, say(N_("it wrote nothing")))
        with safe_write.replacing(target) as temporary:
            shutil.copyfile(made, temporary)
    return target


def _through_uno(office: Office, docx: Path, made: Path, profile: Path) -> None:
    script = package_files.folder("resources") / "libreoffice_pdf.py"
    try:
        done = subprocess.run([str(office.python), str(script), str(office.soffice),
                               str(docx.resolve()), str(made), str(profile)],
                              capture_output=True, timeout=TIMEOUT, env=_clean_environment())
    except subprocess.TimeoutExpired as e:
        raise PdfFailed(docx, say(N_("it took longer than {seconds} seconds"),
                                  seconds=TIMEOUT)) from e
    if done.returncode == 3:
        raise PdfFailed(docx, say(N_("LibreOffice did not start")))
    if done.returncode != 0:
        raise PdfFailed(docx, say(N_("LibreOffice could not open the document")))


def _converted(office: Office, docx: Path, out: Path) -> None:
    """Without uno: the plain conversion (the table of contents keeps its placeholder)."""
    profile = (out / "profile").as_uri()
    try:
        subprocess.run([str(office.soffice), f"-env:UserInstallation={profile}", "--headless",
                        "--norestore", "--convert-to", "pdf", "--outdir", str(out), str(docx)],
                       capture_output=True, timeout=TIMEOUT, env=_clean_environment())
    except subprocess.TimeoutExpired as e:
        raise PdfFailed(docx, say(N_("it took longer than {seconds} seconds"),
                                  seconds=TIMEOUT)) from e
