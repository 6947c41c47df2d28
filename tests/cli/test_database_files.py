"""Files bescapp may only read, files another program holds, empty files: each is named
for what it is, never "damaged", and none is written to by a command that only reads."""

import hashlib
import shutil
import sqlite3
import subprocess
from pathlib import Path

import pytest

from bescapp.cli import main
from bescapp.store import database as database_module
from bescapp.store import files
from bescapp.store.database import SCHEMA_HEAD, BadDatabase, Problem, backup, open_database
from tests.older_files import database_at


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()




@pytest.fixture
def demo_file(tmp_path):
    path = tmp_path / "store" / "demo.db"  # a folder of its own, to make read-only
    assert main(["demo", "--database", str(path), "--side", "us"]) == 0
    return path


def _immutable(*paths: Path):
    """chattr +i: even root cannot write these (root ignores file modes). Skips when the
    file system or the user cannot set the attribute."""
    chattr = shutil.which("chattr")
    if chattr is None:
        pytest.skip("chattr is not available")
    done = []
    for path in paths:
        result = subprocess.run([chattr, "+i", str(path)], capture_output=True)
        if result.returncode != 0:
            _mutable(*done)
            pytest.skip(f"cannot make files immutable here: {result.stderr.decode().strip()}")
        done.append(path)
    return done


def _mutable(*paths: Path) -> None:
    for path in paths:
        subprocess.run(["chattr", "-i", str(path)], capture_output=True)


@pytest.fixture
def locked_away():
    """Make paths immutable for the test; always made writable again after it."""
    made = []

    def lock(*paths):
        made.extend(_immutable(*paths))

    yield lock
    _mutable(*reversed(made))


@pytest.mark.parametrize("what", ["file", "folder"])
def test_a_read_only_database_is_read_never_called_damaged(demo_file, tmp_path, capsys,
                                                           locked_away, what):
    before = digest(demo_file)
    locked_away(demo_file if what == "file" else demo_file.parent)
    capsys.readouterr()
    assert main(["meetings", "--database", str(demo_file)]) == 0
    assert "Mexico City" in capsys.readouterr().out
    assert main(["check", "--database", str(demo_file)]) == 0
    assert f"ok (schema {SCHEMA_HEAD})" in capsys.readouterr().out
    out = tmp_path / "exports" / "agenda.docx"
    out.parent.mkdir()
    assert main(["export", "agenda", "--database", str(demo_file), "--meeting", "12",
                 "-o", str(out)]) == 0
    assert out.stat().st_size > 0
    capsys.readouterr()
    sheet = tmp_path / "exports" / "mx.csv"
    sheet.write_text("Name,Surname\nAna,Ruiz\n", encoding="utf-8")
    assert main(["import", "delegates", str(sheet), "--meeting", "12", "--party", "mx",
                 "--database", str(demo_file)]) == 1
    err = capsys.readouterr().err
    assert err.strip().splitlines() == [
        f"bescapp: {demo_file} is read-only (the file or its folder cannot be written); "
        "nothing was changed"]
    assert main(["import", "delegates", str(sheet), "--meeting", "12", "--party", "mx",
                 "--dry-run", "--database", str(demo_file)]) == 0
    assert "Dry run: nothing was saved." in capsys.readouterr().out
    db = open_database(demo_file)
    assert db.read_only
    with pytest.raises(BadDatabase) as caught, db.transaction():
        pass
    assert caught.value.problem is Problem.READ_ONLY
    db.close()
    assert digest(demo_file) == before


def test_a_read_only_file_of_an_older_schema_is_refused_as_such(tmp_path, capsys, locked_away):
    path = tmp_path / "old.db"
    database_at(path, "0004")
    before = digest(path)
    locked_away(path)
    assert main(["meetings", "--database", str(path)]) == 1
    err = capsys.readouterr().err
    assert "is read-only and of an older schema" in err
    assert "damaged" not in err
    assert main(["check", "--database", str(path)]) == 0  # sound; not upgraded by check
    out = capsys.readouterr().out
    assert f"schema 0004, this bescapp upgrades it to {SCHEMA_HEAD} when opened" in out
    assert digest(path) == before


@pytest.fixture
def short_busy_timeout(monkeypatch):
    monkeypatch.setattr(files, "BUSY_TIMEOUT_MS", 300)
    monkeypatch.setattr(database_module, "BUSY_TIMEOUT_MS", 300)


def test_a_database_another_program_holds_is_in_use_not_damaged(demo_file, capsys,
                                                                short_busy_timeout):
    holder = sqlite3.connect(demo_file, isolation_level=None)
    holder.execute("PRAGMA locking_mode = EXCLUSIVE")  # as some database tools do
    holder.execute("BEGIN EXCLUSIVE")
    holder.execute("UPDATE meeting SET number = number WHERE id = 1")
    try:
        capsys.readouterr()
        for command in (["meetings"], ["check"]):
            assert main([*command, "--database", str(demo_file)]) == 1
            err = capsys.readouterr().err.strip().splitlines()
            assert err == [f"bescapp: {demo_file} is in use by another program; try again in "
                           "a moment"], command
    finally:
        holder.execute("ROLLBACK")
        holder.close()
    assert main(["check", "--database", str(demo_file)]) == 0


def test_an_import_while_another_program_writes_says_try_again(demo_file, tmp_path, capsys,
                                                               short_busy_timeout):
    sheet = tmp_path / "mx.csv"
    sheet.write_text("Name,Surname\nAna,Ruiz\n", encoding="utf-8")
    writer = sqlite3.connect(demo_file, isolation_level=None)
    writer.execute("BEGIN IMMEDIATE")  # another program in the middle of a change
    try:
        capsys.readouterr()
        assert main(["import", "delegates", str(sheet), "--meeting", "12", "--party", "mx",
                     "--database", str(demo_file)]) == 1
        captured = capsys.readouterr()
    finally:
        writer.execute("ROLLBACK")
        writer.close()
    assert captured.err.strip().splitlines() == [
        f"bescapp: {demo_file} is in use by another program; try again in a moment"]
    assert "Ruiz" not in captured.out + captured.err


@pytest.mark.parametrize("command", [
    ["meetings"], ["check"], ["backup", "-o", "{tmp}/copy.db"],
    ["export", "agenda", "--meeting", "1", "-o", "{tmp}/a.docx"],
    ["import", "delegates", "{tmp}/mx.csv", "--meeting", "1", "--party", "mx"]])
def test_only_init_and_demo_write_into_an_empty_file(tmp_path, capsys, command):
    path = tmp_path / "touched.db"
    path.touch()
    (tmp_path / "mx.csv").write_text("Name,Surname\nAna,Ruiz\n", encoding="utf-8")
    args = [a.replace("{tmp}", str(tmp_path)) for a in command]
    assert main([*args, "--database", str(path)]) == 1
    err = capsys.readouterr().err
    assert f"{path} is empty (zero bytes), not a bescapp database" in err
    assert path.stat().st_size == 0
    assert not Path(f"{path}-wal").exists()
    assert main(["demo", "--database", str(path)]) == 0
    assert main(["check", "--database", str(path)]) == 0


def test_check_never_writes_the_file(demo_file, tmp_path, capsys):
    """Not even its journal mode: a backup copy is a self-contained rollback-journal file,
    and opening it for use would switch it to WAL."""
    copy = tmp_path / "copy.db"
    backup(demo_file, copy)
    before = digest(copy)
    assert main(["check", "--database", str(copy)]) == 0
    assert digest(copy) == before
    with sqlite3.connect(f"{copy.as_uri()}?mode=ro", uri=True) as conn:
        assert conn.execute("PRAGMA journal_mode").fetchone() == ("delete",)
    db = open_database(copy)  # opening it for use does switch it, as before
    db.close()
    assert digest(copy) != before


def test_an_unexpected_error_prints_no_sql_and_no_names(demo_file, tmp_path, capsys,
                                                        monkeypatch):
    from sqlalchemy.exc import IntegrityError

    from bescapp.importers import delegates

    def fail(*_args, **_kwargs):
        raise IntegrityError("INSERT INTO person (given_names) VALUES (?)", ("Marcelo",),
                             Exception("UNIQUE constraint failed: person.id"))

    monkeypatch.setattr(delegates, "import_file", fail)
    sheet = tmp_path / "mx.csv"
    sheet.write_text("Name,Surname\nMarcelo,Ebrard\n", encoding="utf-8")
    capsys.readouterr()
    assert main(["import", "delegates", str(sheet), "--meeting", "12", "--party", "mx",
                 "--database", str(demo_file)]) == 1
    err = capsys.readouterr().err
    assert err.startswith("bescapp: unexpected error (IntegrityError); details in ")
    assert "INSERT" not in err
    assert "Marcelo" not in err
    log = Path(err.strip().rsplit(" ", 1)[-1])
    assert "Marcelo" in log.read_text(encoding="utf-8")  # the details are kept in the log
