"""The window as a program: its frame painted before PySide6 builds the Qt namespace, its
command line read without every command's parser, and its end: state saved, database
closed, without waiting for Python to free each object (``app.leave``)."""

import os
import subprocess
import sys
from pathlib import Path

import pytest

from bescapp import cli

ROOT = Path(__file__).resolve().parents[2]

# Runs the program as main.py does, and says at the frame's first paint and at the end
# whether PySide6 had built its Qt namespace (it enters QtCore's dict when it is built).
PROBE = """
import sys
import PySide6.QtCore as QtCore
import bescapp.app as app
watch = app._AfterPaint.eventFilter
def at_paint(self, watched, event):
    if event.type() == QtCore.QEvent.Type.Paint and not hasattr(sys, "frame_had_qt"):
        sys.frame_had_qt = "Qt" in QtCore.__dict__
        print("frame painted, Qt built:", sys.frame_had_qt, flush=True)
    return watch(self, watched, event)
app._AfterPaint.eventFilter = at_paint
import atexit
atexit.register(lambda: print("at the end, Qt built:", "Qt" in QtCore.__dict__, flush=True))
from bescapp.cli import run
run()
"""


def _program(args, home, code=None):
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "BESCAPP_HOME": str(home),
           "PYTHONPATH": str(ROOT)}
    env.pop(colour_variable := "BESCAPP_COLOUR_SCHEME", None)
    assert colour_variable not in env
    command = [sys.executable, "-c", code, *args] if code else [sys.executable,
                                                                str(ROOT / "main.py"), *args]
    return subprocess.run(command, capture_output=True, text=True, timeout=120, env=env,
                          cwd=ROOT)


@pytest.fixture
def our_database(tmp_path):
    """A database made as a new user makes one (init), with the demo in it."""
    path = tmp_path / "ours.db"
    assert cli.main(["init", "--side", "mx", "--database", str(path)]) == 0
    assert cli.main(["demo", "--database", str(path)]) == 0
    return path


def test_the_frame_is_painted_before_the_qt_namespace_is_built(our_database, tmp_path):
    result = _program(["--database", str(our_database), "--exit-when-loaded"], tmp_path, PROBE)
    assert result.returncode == 0, result.stderr
    assert result.stdout.splitlines() == ["frame painted, Qt built: False",
                                          "at the end, Qt built: True"]


def test_the_program_ends_with_its_database_closed_and_where_the_user_was_kept(
        our_database, tmp_path):
    result = _program(["--database", str(our_database), "--exit-when-loaded",
                       "--workspace", "agenda"], tmp_path)
    assert result.returncode == 0, result.stderr
    assert "Traceback" not in result.stderr
    # SQLite folds the journal back and deletes it when the last connection closes.
    assert sorted(p.name for p in our_database.parent.glob("ours.db*")) == ["ours.db"]
    settings = (tmp_path / "config" / "bescapp.ini").read_text(encoding="utf-8")
    assert "workspace=agenda" in settings
    assert f"recent={our_database}" in settings
    assert "geometry=@ByteArray(" in settings


def test_a_refused_file_still_ends_with_exit_1_and_one_line(tmp_path):
    path = tmp_path / "notes.db"
    path.write_text("minutes of the 11th plenary", encoding="utf-8")
    result = _program(["--database", str(path), "--exit-when-loaded"], tmp_path)
    assert result.returncode == 1
    lines = [line for line in result.stderr.splitlines() if "propagateSizeHints" not in line]
    assert lines == [f"bescapp: {path} is not a bescapp database (not an SQLite file)"]


@pytest.mark.parametrize("tokens", [
    [],
    ["--database", "x.db", "--exit-when-ready"],
    ["--database=x.db", "--language", "es", "--workspace", "agenda", "--exit-when-loaded"],
])
def test_the_window_s_options_read_alone_as_the_whole_parser_reads_them(tokens):
    assert cli._window_only(tokens)
    assert cli.parse_arguments(tokens) == cli.build_parser().parse_args(tokens)


@pytest.mark.parametrize("tokens", [["meetings"], ["--help"], ["--database", "x.db", "check"],
                                    ["--version"], ["--exit-when-ready", "demo"]])
def test_anything_more_goes_to_the_whole_parser(tokens):
    assert not cli._window_only(tokens)


def test_a_wrong_window_option_is_said_by_the_whole_parser(capsys):
    with pytest.raises(SystemExit) as ended:
        cli.parse_arguments(["--language", "fr"])
    assert ended.value.code == 2
    err = capsys.readouterr().err
    assert "invalid choice: 'fr'" in err
    assert "COMMAND ..." in err  # the whole parser's usage, which lists the commands


def test_what_the_user_copied_keeps_qt_s_teardown(qapp, monkeypatch):
    from PySide6.QtGui import QClipboard

    from bescapp import app

    assert not app._keeps_clipboard()  # nothing copied here: the system frees it all
    monkeypatch.setattr(QClipboard, "ownsClipboard", lambda _self: True)
    assert app._keeps_clipboard()  # then the system takes the copy as Qt is destroyed


def test_the_program_ends_as_well_without_a_console(our_database, tmp_path):
    """A windowed bundle on Windows has no standard output or error (None)."""
    code = ("import sys\nsys.stdout = sys.stderr = None\nfrom bescapp.cli import run\n"
            "raise SystemExit(run())")
    result = _program(["--database", str(our_database), "--exit-when-loaded",
                       "--workspace", "agenda"], tmp_path, code)
    assert result.returncode == 0, result.stderr
    assert sorted(p.name for p in our_database.parent.glob("ours.db*")) == ["ours.db"]
