"""Runs one export off the window's thread, with its own database session.

The writers are the same functions the command line calls; this only carries
their progress and outcome back to the window as signals.
"""

from __future__ import annotations

import importlib
from dataclasses import dataclass, field
from pathlib import Path

from PySide6.QtCore import QThread, Signal

# Document key -> (module, writer); the writers follow the export contract.
WRITERS = {
    "briefing_book": ("briefing_book", "write_briefing_book"),
    "agenda": ("agenda", "write_agenda"),
    "delegations": ("delegations", "write_delegations"),
    "actions": ("actions", "write_status_report"),
    "communique": ("communique", "write_communique"),
}


@dataclass
class ExportRequest:
    document: str
    meeting_id: int
    language: str  # en, es, bilingual
    path: Path
    options: dict = field(default_factory=dict)  # the writer's keyword arguments
    pdf: bool = False  # also a PDF beside the .docx, through LibreOffice


def writer_of(document: str):
    """The write function of a document, or None while its module is not installed."""
    module, name = WRITERS[document]
    try:
        return getattr(importlib.import_module(f"bescapp.export.{module}"), name)
    except (ImportError, AttributeError):
        return None


def run_export(db, request: ExportRequest, progress=None) -> Path:
    """Write the document (in this thread); raises what the writer raises."""
    write = writer_of(request.document)
    if write is None:
        raise LookupError(request.document)
    options = dict(request.options)
    if request.document == "briefing_book":
        options["progress"] = progress
    with db.session() as session:
        return write(session, request.meeting_id, request.language, request.path, **options)


class ExportWorker(QThread):
    progressed = Signal(float, str)  # fraction, step code
    succeeded = Signal(str, str, str)  # the written .docx, the PDF ("" none), why no PDF ("")
    failed = Signal(object)  # the exception

    def __init__(self, db, request: ExportRequest, parent=None) -> None:
        super().__init__(parent)
        self.db, self.request = db, request

    def run(self) -> None:
        try:
            path = run_export(self.db, self.request, self.progressed.emit)
        except Exception as e:  # reported to the user in the window, never lost
            self.failed.emit(e)
            return
        made, problem = "", ""
        if self.request.pdf:
            from ...export import pdf  # only when asked: subprocess and tempfile stay unloaded

            self.progressed.emit(0.95, "pdf")
            try:
                made = str(pdf.write_pdf(path))
            except (pdf.NoLibreOffice, pdf.PdfFailed) as e:  # the .docx stays written
                problem = str(e)
            except OSError as e:
                problem = e.strerror or str(e)
        self.succeeded.emit(str(path), made, problem)
