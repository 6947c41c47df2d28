"""A user's own Word template (letterhead, styles), checked before anything trusts it.

A .docx is a zip of XML parts. A crafted one can be a zip bomb, declare a DOCTYPE
whose entities fetch local files or URLs, hold fields that include other files when
Word updates them, or point an "attached template" at a remote server that Word
would contact on opening. ``validate_template`` runs every check of
``bescapp.export.safe_docx`` on the raw bytes *before* python-docx parses anything,
and a file that fails one is refused with a message that says what is wrong with it.
Background papers attached to agenda items go through the same ``check_package``;
what reaches outside is removed from them instead (``safe_docx.make_inert``).
"""

from __future__ import annotations

import io
from pathlib import Path

from .safe_docx import DOCX_LIMITS, PROBLEM_TEXT, TemplateProblem, check_package, reaching_out
from .safe_docx import sanitized_detail as _sanitized

__all__ = ["MAX_FILE", "PROBLEM_TEXT", "TemplateProblem", "check_docx_bytes", "validate_template"]

MAX_FILE = DOCX_LIMITS.archive  # a letterhead template with images is well under this


def check_docx_bytes(data: bytes, name: str) -> None:
    """Raise TemplateProblem unless ``data`` is a template safe to hand to python-docx."""
    check_package(data, name, TemplateProblem)
    reaching_out(data, name, TemplateProblem)


def validate_template(path: Path | str) -> Path:
    """The template's path once it has passed every check; TemplateProblem otherwise."""
    path = Path(path)
    name = path.name
    try:
        if path.is_dir():
            raise TemplateProblem("is_folder", name)
        if not path.is_file():
            raise TemplateProblem("missing", name)
        if path.stat().st_size > MAX_FILE:
            raise TemplateProblem("too_large", name)
        data = path.read_bytes()
    except OSError as e:
        raise TemplateProblem("unreadable", name, e.strerror or str(e)) from e
    check_docx_bytes(data, name)
    _opens_in_python_docx(data, name)
    return path


def _opens_in_python_docx(data: bytes, name: str) -> None:
    from docx import Document

    try:
        Document(io.BytesIO(data))
    except Exception as e:  # python-docx raises many kinds for a broken package
        raise TemplateProblem("damaged", name, _sanitized(e)) from e
