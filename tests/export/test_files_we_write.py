"""Files we write: exports and backups keep the user's permissions, never replace a link,
clean what a killed write left, and say plainly why they could not be written."""

import errno
import os
import stat
import subprocess
import sys
from pathlib import Path

import pytest
from docx.document import Document as DocxDocument

from bescapp.cli import main as cli_main
from bescapp.export import kit
from bescapp.safe_write import clean_leftovers
from bescapp.store import files
from tests.made_files import macro_document

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture
def umask_022():
    old = os.umask(0o022)
    yield
    os.umask(old)


def mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


def export(path: Path) -> Path:
    return kit.save_atomic(kit.new_document(), path)


def dead_pid() -> int:
    """A process id no process has now."""
    for pid in range(4_000_000, 4_100_000):
        try:
            os.kill(pid, 0)
        except ProcessLookupError:
            return pid
        except OSError:
            continue
    raise AssertionError("no free pid")


# --------------------------------------------------------------------------- exports

pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="POSIX permissions")


def test_a_new_export_follows_the_users_umask(tmp_path, umask_022):
    assert mode(export(tmp_path / "agenda.docx")) == 0o644


def test_a_replaced_export_keeps_its_permissions(tmp_path, umask_022):
    path = export(tmp_path / "agenda.docx")
    path.chmod(0o640)
    export(path)
    assert mode(path) == 0o640


def test_a_symbolic_link_is_not_replaced_and_says_so(tmp_path):
    real = export(tmp_path / "real.docx")
    before = real.read_bytes()
    link = tmp_path / "link.docx"
    link.symlink_to(real)
    with pytest.raises(kit.ExportError) as e:
        export(link)
    assert e.value.code == "is_symlink"
    assert "symbolic link" in str(e.value)
    assert link.is_symlink()
    assert real.read_bytes() == before


def test_what_a_killed_export_left_is_cleaned_at_the_next_write(tmp_path):
    target = tmp_path / "book.docx"
    killed = f"""
import os
from pathlib import Path
from bescapp import safe_write
with safe_write.replacing(Path({str(target)!r})) as temporary:
    temporary.write_bytes(b"PK half a book")
    os._exit(9)  # killed in the middle of the save
"""
    assert subprocess.run([sys.executable, "-c", killed], cwd=ROOT).returncode == 9
    left = [p.name for p in tmp_path.iterdir()]
    assert len(left) == 1
    assert left[0].startswith(".book.docx.")
    assert left[0].endswith(".partial")
    unrelated = tmp_path / ".notes.partial"
    unrelated.write_text("someone else's")
    export(target)
    assert sorted(p.name for p in tmp_path.iterdir()) == [".notes.partial", "book.docx"]


def test_a_write_under_way_in_a_running_process_is_left_alone(tmp_path):
    running = tmp_path / f".book.docx.{os.getppid()}.0123abcd.partial"
    running.write_bytes(b"being written")
    stale = tmp_path / f".book.docx.{dead_pid()}.0123abcd.partial"
    stale.write_bytes(b"left over")
    assert clean_leftovers(tmp_path / "book.docx") == [stale]
    assert running.exists()


def test_what_earlier_versions_left_is_cleaned_once_it_is_old(tmp_path):
    old_export = tmp_path / ".book.x7_k2m9q.tmp"  # tempfile.mkstemp's name before this version
    old_backup = tmp_path / "book.docx.partial"
    recent = tmp_path / ".book.abcdefgh.tmp"
    for path in (old_export, old_backup, recent):
        path.write_bytes(b"left over")
    for path in (old_export, old_backup):
        os.utime(path, (1_000_000_000, 1_000_000_000))
    export(tmp_path / "book.docx")
    assert sorted(p.name for p in tmp_path.iterdir()) == [".book.abcdefgh.tmp", "book.docx"]


def test_a_full_disk_keeps_the_earlier_export_and_says_the_disk_is_full(tmp_path, monkeypatch):
    path = export(tmp_path / "agenda.docx")
    before = path.read_bytes()

    def full(self, _target):
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(DocxDocument, "save", full)
    with pytest.raises(kit.ExportError) as e:
        export(path)
    assert e.value.code == "disk_full"
    assert "the disk is full" in str(e.value)
    assert path.read_bytes() == before
    assert [p.name for p in tmp_path.iterdir()] == ["agenda.docx"]


def test_a_name_too_long_for_the_disk_is_an_export_error(tmp_path):
    with pytest.raises(kit.ExportError) as e:
        export(tmp_path / ("a" * 300 + ".docx"))
    assert e.value.code == "name_too_long"
    assert list(tmp_path.iterdir()) == []


# --------------------------------------------------------------------------- the command line

@pytest.fixture
def demo_file(tmp_path):
    path = tmp_path / "demo.db"
    assert cli_main(["demo", "--database", str(path)]) == 0
    return path


def one_line_error(capsys) -> str:
    err = capsys.readouterr().err.strip()
    assert len(err.splitlines()) == 1, err
    assert "unexpected" not in err
    assert " object at 0x" not in err
    return err


def test_cli_export_on_a_full_disk(demo_file, tmp_path, monkeypatch, capsys):
    out = tmp_path / "agenda.docx"
    args = ["export", "agenda", "--database", str(demo_file), "--meeting", "1", "-o", str(out)]
    assert cli_main(args) == 0
    before = out.read_bytes()
    monkeypatch.setattr(DocxDocument, "save",
                        lambda self, _t: (_ for _ in ()).throw(OSError(errno.ENOSPC, "full")))
    capsys.readouterr()
    assert cli_main(args) == 1
    assert "the disk is full" in one_line_error(capsys)
    assert out.read_bytes() == before


def test_cli_export_with_a_name_too_long(demo_file, tmp_path, capsys):
    out = tmp_path / ("b" * 300 + ".docx")
    capsys.readouterr()
    assert cli_main(["export", "agenda", "--database", str(demo_file), "--meeting", "1",
                     "-o", str(out)]) == 1
    assert "the file name is too long" in one_line_error(capsys)


def test_cli_a_folder_as_template(demo_file, tmp_path, capsys):
    (tmp_path / "letterhead.docx").mkdir()
    capsys.readouterr()
    assert cli_main(["export", "briefing-book", "--database", str(demo_file), "--meeting", "1",
                     "-o", str(tmp_path / "book.docx"),
                     "--template", str(tmp_path / "letterhead.docx")]) == 1
    assert "letterhead.docx is a folder" in one_line_error(capsys)


def test_cli_a_macro_document_as_template(demo_file, tmp_path, capsys):
    docm = macro_document(tmp_path)
    capsys.readouterr()
    assert cli_main(["export", "briefing-book", "--database", str(demo_file), "--meeting", "1",
                     "-o", str(tmp_path / "book.docx"), "--template", str(docm)]) == 1
    assert "macros.docm is a Word document with macros (.docm)" in one_line_error(capsys)


# --------------------------------------------------------------------------- backups

def test_a_backup_follows_the_umask_and_keeps_a_replaced_files_mode(demo_file, tmp_path, umask_022):
    target = tmp_path / "copy.db"
    files.backup(demo_file, target)
    assert mode(target) == 0o644
    target.chmod(0o600)
    files.backup(demo_file, target)
    assert mode(target) == 0o600


def test_a_backup_does_not_replace_a_symbolic_link(demo_file, tmp_path, capsys):
    real = tmp_path / "elsewhere.db"
    real.write_bytes(b"keep me")
    link = tmp_path / "copy.db"
    link.symlink_to(real)
    with pytest.raises(OSError, match="symbolic link"):
        files.backup(demo_file, link)
    assert real.read_bytes() == b"keep me"
    assert link.is_symlink()
    capsys.readouterr()
    assert cli_main(["backup", "--database", str(demo_file), "-o", str(link)]) == 1
    assert "symbolic link" in one_line_error(capsys)


def test_a_backup_on_a_full_disk_keeps_the_earlier_copy(demo_file, tmp_path, monkeypatch, capsys):
    folder = tmp_path / "backups"  # apart from the database's own -wal and -shm
    target = folder / "copy.db"
    files.backup(demo_file, target)
    before = target.read_bytes()

    def full(_source, partial):
        partial.write_bytes(b"half")
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(files, "_copy", full)
    with pytest.raises(OSError, match="the disk is full"):
        files.backup(demo_file, target)
    assert target.read_bytes() == before
    assert [p.name for p in folder.iterdir()] == ["copy.db"]
    capsys.readouterr()
    assert cli_main(["backup", "--database", str(demo_file), "-o", str(target)]) == 1
    assert "the disk is full" in one_line_error(capsys)


def test_sqlites_own_disk_full_is_the_same_message(demo_file, tmp_path, monkeypatch):
    import sqlite3

    def full(*_a):
        error = sqlite3.OperationalError("database or disk is full")
        error.sqlite_errorcode = sqlite3.SQLITE_FULL
        raise error

    class Full:
        def backup(self, _dst):
            full()

        def close(self):
            pass

    real_connect = sqlite3.connect
    monkeypatch.setattr(sqlite3, "connect",
                        lambda target, **k: Full() if str(target).startswith("file:") else
                        real_connect(target, **k))
    with pytest.raises(OSError, match="the disk is full"):
        files.backup(demo_file, tmp_path / "copy.db")


def test_what_a_killed_backup_left_is_cleaned(demo_file, tmp_path):
    folder = tmp_path / "backups"
    folder.mkdir()
    stale = folder / f".copy.db.{dead_pid()}.89abcdef.partial"
    stale.write_bytes(b"half a copy")
    (folder / f"{stale.name}-journal").write_bytes(b"its journal")
    files.backup(demo_file, folder / "copy.db")
    assert [p.name for p in folder.iterdir()] == ["copy.db"]
