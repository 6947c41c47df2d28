"""The command line: subcommands, exit codes, one-line messages for bad files."""

import hashlib
import os
import subprocess
import sys
from pathlib import Path

import pytest

from bescapp.cli import main

ROOT = Path(__file__).parents[2]


@pytest.fixture
def demo_file(tmp_path):
    path = tmp_path / "demo.db"
    assert main(["demo", "--database", str(path)]) == 0
    return path


def test_demo_then_meetings_lists_the_twelve_plenaries(demo_file, capsys):
    capsys.readouterr()
    assert main(["meetings", "--database", str(demo_file)]) == 0
    out = capsys.readouterr().out.splitlines()
    assert out[0].split() == ["id", "kind", "number", "date", "city"]
    twelfth = [line for line in out if " 12  " in line]
    assert len(twelfth) == 1
    assert "plenary" in twelfth[0]
    assert "Mar. 4, 2020" in twelfth[0]  # the month with its period (GPO)
    assert "Mexico City" in twelfth[0]
    assert len(out) - 1 >= 12
    fourth = next(line for line in out if "Sept. 26, 2012" in line)  # the longest date
    assert "Sept. 26, 2012  Mexico City" in fourth  # never run into its city
    assert len({line.index(city) for line in out[1:] for city in ("Mexico City", "Washington")
                if city in line}) == 1  # the cities in one column


def test_demo_refuses_a_database_that_holds_meetings(demo_file, capsys):
    assert main(["demo", "--database", str(demo_file)]) == 1
    assert "already holds meetings" in capsys.readouterr().err


def test_database_from_the_environment(demo_file, monkeypatch, capsys):
    monkeypatch.setenv("BESCAPP_DATABASE", str(demo_file))
    assert main(["meetings"]) == 0
    assert "Mexico City" in capsys.readouterr().out


def test_default_database_lives_in_the_data_folder(tmp_path, capsys):
    assert main(["demo"]) == 0
    assert (tmp_path / "home" / "data" / "bescapp.db").exists()


def test_check_passes_on_a_good_file(demo_file, capsys):
    assert main(["check", "--database", str(demo_file)]) == 0
    assert "ok (schema" in capsys.readouterr().out


def test_check_fails_with_one_line_on_a_text_file(tmp_path, capsys):
    path = tmp_path / "minutes.db"
    path.write_text("not a database", encoding="utf-8")
    before = hashlib.sha256(path.read_bytes()).hexdigest()
    assert main(["check", "--database", str(path)]) == 1
    err = capsys.readouterr().err.strip().splitlines()
    assert len(err) == 1
    assert "is not a bescapp database" in err[0]
    assert "Traceback" not in err[0]
    assert hashlib.sha256(path.read_bytes()).hexdigest() == before


def test_meetings_on_a_missing_file_says_so(tmp_path, capsys):
    assert main(["meetings", "--database", str(tmp_path / "nowhere.db")]) == 1
    assert "does not exist" in capsys.readouterr().err


def test_backup_writes_a_copy_that_checks_clean(demo_file, tmp_path, capsys):
    target = tmp_path / "copies" / "backup.db"
    assert main(["backup", "--database", str(demo_file), "-o", str(target)]) == 0
    assert main(["check", "--database", str(target)]) == 0
    assert main(["meetings", "--database", str(target)]) == 0
    assert "Mexico City" in capsys.readouterr().out


def test_backup_to_an_unwritable_place_says_where(demo_file, tmp_path, capsys):
    blocker = tmp_path / "file"
    blocker.write_text("x")
    assert main(["backup", "--database", str(demo_file), "-o", str(blocker / "b.db")]) == 1
    err = capsys.readouterr().err
    assert str(blocker) in err
    assert "Traceback" not in err


def _run(args, env_extra=None):
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", **(env_extra or {})}
    return subprocess.run([sys.executable, str(ROOT / "main.py"), *args], capture_output=True,
                          text=True, timeout=60, env=env)


def test_window_opens_and_exits_when_ready(demo_file):
    result = _run(["--database", str(demo_file), "--exit-when-ready", "--language", "es"])
    assert result.returncode == 0, result.stderr


def test_window_loads_every_workspace_and_the_database(demo_file):
    for workspace in ("meetings", "agenda", "delegations", "actions", "communique", "export"):
        result = _run(["--database", str(demo_file), "--exit-when-loaded",
                       "--workspace", workspace])
        assert result.returncode == 0, f"{workspace}: {result.stderr}"
        assert "Traceback" not in result.stderr, workspace


@pytest.mark.parametrize("flag", ["--exit-when-ready", "--exit-when-loaded"])
def test_window_on_a_bad_file_prints_one_line_and_exits_1(tmp_path, flag):
    path = tmp_path / "agenda.docx.db"
    path.write_bytes(b"PK\x03\x04" + b"\x00" * 200)
    before = path.read_bytes()
    result = _run(["--database", str(path), flag])
    assert result.returncode == 1
    lines = [line for line in result.stderr.strip().splitlines() if "propagateSizeHints" not in line]
    assert lines == [f"bescapp: {path} is not a bescapp database (not an SQLite file)"]
    assert path.read_bytes() == before


def test_help_lists_the_subcommands():
    result = _run(["--help"])
    assert result.returncode == 0
    for command in ("meetings", "check", "backup", "demo"):
        assert command in result.stdout


def test_an_export_never_lands_on_the_database_or_a_file_not_named_docx(demo_file, tmp_path,
                                                                        capsys):
    before = demo_file.read_bytes()
    code = main(["export", "agenda", "--database", str(demo_file), "--meeting", "12",
                 "--language", "es", "-o", str(demo_file)])
    assert code == 1
    assert "must end in .docx" in capsys.readouterr().err
    disguised = tmp_path / "copy.docx"  # the database under a Word name
    disguised.write_bytes(before)
    code = main(["export", "agenda", "--database", str(demo_file), "--meeting", "12",
                 "--language", "es", "-o", str(disguised)])
    assert code == 1
    assert "not a Word document" in capsys.readouterr().err
    assert demo_file.read_bytes() == before
    assert disguised.read_bytes() == before
    assert main(["check", "--database", str(demo_file)]) == 0
