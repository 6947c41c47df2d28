"""A user's own Word template (letterhead, styles), checked before anything trusts it.

A .docx is a zip of XML parts. A crafted one can declare a DOCTYPE whose entities
fetch local files or URLs, or point an "attached template" at a remote server
that Word would contact on opening. So the raw bytes of every XML part are read
and checked here *before* python-docx parses anything, and a file that fails a
check is refused with a message that says what is wrong with it. Background
papers attached to agenda items are .docx files from outside too and go through
the same ``check_docx_bytes``.
"""

from __future__ import annotations

import io
import re
import zipfile
from pathlib import Path

from lxml import etree

from .kit import ExportRefused

MAX_FILE = 25 * 1024 * 1024  # a letterhead template with images is well under this
MAX_UNPACKED = 200 * 1024 * 1024  # refuse zip bombs before unpacking
REQUIRED_PARTS = ("[Content_Types].xml", "word/document.xml")
# Any of these in an XML part's prolog can make a parser fetch something.
_DECLARATIONS = re.compile(rb"<!\s*(DOCTYPE|ENTITY)", re.IGNORECASE)
_HYPERLINK = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/hyperlink"
_RELS_NS = "{http://schemas.openxmlformats.org/package/2006/relationships}"

# What each problem means, for the command line; the window words them through tr().
PROBLEM_TEXT = {
    "missing": "The template {name} does not exist.",
    "too_large": "The template {name} is larger than 25 MB; it cannot be a letterhead template.",
    "not_docx": "{name} is not a Word document (.docx).",
    "damaged": "The template {name} is damaged and cannot be read ({detail}).",
    "missing_part": "{name} is not a Word document: it has no {detail} part.",
    "entities": "The template {name} was refused: its part {detail} declares a DOCTYPE or "
                "entities, which could make Word or bescapp fetch other files.",
    "external": "The template {name} was refused: it links to an outside file or address "
                "({detail}), which Word would fetch on opening.",
}


class TemplateProblem(ExportRefused):
    """A template bescapp will not use: ``code`` says why, ``detail`` where."""

    def __init__(self, code: str, name: str, detail: str = "") -> None:
        self.code, self.name, self.detail = code, name, detail
        super().__init__(PROBLEM_TEXT[code].format(name=name, detail=detail))


def _declares_entities(data: bytes) -> bool:
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):  # UTF-16 parts: look at the text
        data = data.decode("utf-16", errors="replace").encode("utf-8")
    return bool(_DECLARATIONS.search(data))


def _external_targets(rels: bytes) -> list[str]:
    """Targets of external relationships other than ordinary hyperlinks."""
    parser = etree.XMLParser(resolve_entities=False, no_network=True, load_dtd=False)
    root = etree.fromstring(rels, parser)
    found = []
    for rel in root.iter(f"{_RELS_NS}Relationship"):
        if rel.get("TargetMode", "").lower() == "external" and rel.get("Type") != _HYPERLINK:
            found.append(rel.get("Target", ""))
    return found


def check_docx_bytes(data: bytes, name: str) -> None:
    """Raise TemplateProblem unless ``data`` is a .docx safe to hand to python-docx."""
    if len(data) > MAX_FILE:
        raise TemplateProblem("too_large", name)
    if not zipfile.is_zipfile(io.BytesIO(data)):
        raise TemplateProblem("not_docx", name)
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            infos = archive.infolist()
            names = {info.filename for info in infos}
            for part in REQUIRED_PARTS:
                if part not in names:
                    raise TemplateProblem("missing_part", name, part)
            if sum(info.file_size for info in infos) > MAX_UNPACKED:
                raise TemplateProblem("too_large", name)
            for info in infos:
                lower = info.filename.lower()
                if not lower.endswith((".xml", ".rels")):
                    continue
                raw = archive.read(info)
                if _declares_entities(raw):
                    raise TemplateProblem("entities", name, info.filename)
                if lower.endswith(".rels"):
                    try:
                        targets = _external_targets(raw)
                    except etree.XMLSyntaxError as e:
                        raise TemplateProblem("damaged", name, f"{info.filename}: {e}") from e
                    if targets:
                        raise TemplateProblem("external", name, targets[0])
    except (zipfile.BadZipFile, zipfile.LargeZipFile, EOFError, OSError, RuntimeError) as e:
        raise TemplateProblem("damaged", name, str(e)) from e


def validate_template(path: Path | str) -> Path:
    """The template's path once it has passed every check; TemplateProblem otherwise."""
    path = Path(path)
    name = path.name
    if not path.is_file():
        raise TemplateProblem("missing", name)
    if path.stat().st_size > MAX_FILE:
        raise TemplateProblem("too_large", name)
    try:
        data = path.read_bytes()
    except OSError as e:
        raise TemplateProblem("damaged", name, e.strerror or str(e)) from e
    check_docx_bytes(data, name)
    _opens_in_python_docx(data, name)
    return path


def _opens_in_python_docx(data: bytes, name: str) -> None:
    from docx import Document

    try:
        Document(io.BytesIO(data))
    except Exception as e:  # python-docx raises many kinds for a broken package
        detail = str(e) or type(e).__name__
        if "content type" in detail and "template" in detail:
            detail = "a .dotx template: open it in Word and save it as a .docx document"
        raise TemplateProblem("damaged", name, detail) from e
