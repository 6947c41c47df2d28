"""What the workspace benchmarks share: a Qt application and a scaled demo database."""

from __future__ import annotations

import contextlib
import io
import os
import shutil
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

# PySide6 6.12.0 on Python 3.11 returns None from every void method without a
# reference (harmless where None is immortal, 3.12+); a long run makes enough calls
# to free None and abort. Holding references for the run keeps it alive.
_BALLAST: list = []
_FOLDERS: list[Path] = []


def finish(code: int) -> None:
    """Remove the scaled databases and leave at once: never free the ballast (None's count
    is below what Python holds), so no interpreter shutdown and no atexit either."""
    for folder in _FOLDERS:
        shutil.rmtree(folder, ignore_errors=True)
    sys.stdout.flush()
    os._exit(code)


def open_scaled_demo(scale: int):
    """A QApplication and an AppContext on `demo --scale N`; returns (app, context, meeting_id)."""
    from PySide6.QtWidgets import QApplication

    from bescapp.cli import main as cli_main
    from bescapp.store.database import open_database
    from bescapp.store.models import Meeting
    from bescapp.ui.context import AppContext

    app = QApplication(sys.argv[:1])
    _BALLAST.extend([None] * 20_000_000)
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
