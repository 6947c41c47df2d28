"""What the workspace benchmarks share: a Qt application and a scaled demo database."""

from __future__ import annotations

import contextlib
import io
import shutil
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

_FOLDERS: list[Path] = []


def finish(code: int) -> None:
    """Remove the scaled databases and exit with ``code``."""
    for folder in _FOLDERS:
        shutil.rmtree(folder, ignore_errors=True)
    sys.exit(code)


def open_scaled_demo(scale: int):
    """A QApplication and an AppContext on `demo --scale N`; returns (app, context, meeting_id)."""
    from PySide6.QtWidgets import QApplication

    from bescapp.cli import main as cli_main
    from bescapp.store.database import open_database
    from bescapp.model.entities import Meeting
    from bescapp.ui.context import AppContext

    app = QApplication(sys.argv[:1])
    folder = Path(tempfile.mkdtemp(prefix="bescapp-bench-"))
    _FOLDERS.append(folder)
    path = folder / "scaled.db"
    with contextlib.redirect_stdout(io.StringIO()):
        assert cli_main(["demo", "--scale", str(scale), "--database", str(path)]) == 0
    context = AppContext()
    context.set_database(open_database(path))
    with context.db.session() as session:
        meeting_id = session.query(Meeting.id).filter_by(number=12).scalar()
    return app, context, meeting_id
