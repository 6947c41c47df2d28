"""Writing a file in place of another: a temporary file beside it, then one rename.

Exports (``export/kit.save_atomic``) and backups (``store/files.backup``) write this
way, so a full disk, a killed process or a file locked by Word leaves any earlier file
as it was. The temporary file is named ``.<name>.<pid>.<random>.partial`` beside the
target; one left by a process that no longer runs is removed at the next write to the
same place. A new file gets the user's umask (as ``open`` would give it), a replaced
file keeps its permissions, and a symbolic link is never replaced (``NotReplaced``).

Standard library only: the store and the exports both use it.
"""

from __future__ import annotations

import contextlib
import errno
import os
import re
import secrets
import stat
import sys
import time
from collections.abc import Iterator
from pathlib import Path

SUFFIX = ".partial"
# A leftover whose process cannot be asked (Windows) counts as stale after this long.
STALE_AFTER = 10 * 60
NAME_PART = 120  # bytes of the target's name kept in the temporary name
DEFAULT_NAME_MAX = 255


class NotReplaced(OSError):
    """A target bescapp will not write over (a symbolic link)."""


def reason(error: OSError) -> tuple[str | None, str]:
    """A code (disk_full, name_too_long, read_only, is_symlink; None otherwise) and the
    words for an error writing a file (in the messages language)."""
    if isinstance(error, NotReplaced):
        return "is_symlink", error.strerror or str(error)
    codes = {errno.ENOSPC: "disk_full", errno.EDQUOT: "disk_full",
             errno.ENAMETOOLONG: "name_too_long", errno.EROFS: "read_only"}
    code = codes.get(error.errno) if error.errno is not None else None
    from .i18n.catalogue import N_, say

    words = {"disk_full": N_("the disk is full"), "name_too_long": N_("the file name is too long"),
             "read_only": N_("the disk is read-only")}
    return code, say(words[code]) if code in words else (error.strerror or str(error))


def _name_part(name: str) -> str:
    raw = os.fsencode(name)[:NAME_PART]
    return os.fsdecode(raw) if sys.platform != "win32" else raw.decode("utf-8", "ignore")


def _pattern(target: Path) -> re.Pattern:
    return re.compile(re.escape(f".{_name_part(target.name)}.") + r"(\d+)\.[0-9a-f]{8}"
                      + re.escape(SUFFIX) + r"(-journal|-wal|-shm)?$")


def _earlier_names(target: Path) -> re.Pattern:
    """What versions before this one left: a backup's ``<name>.partial`` and an export's
    ``tempfile.mkstemp`` name ``.<stem>.<8 characters>.tmp``; they carry no process id,
    so they count as left over once they are old (STALE_AFTER)."""
    return re.compile(re.escape(f"{target.name}.partial") + "(-journal)?$|"
                      + re.escape(f".{target.stem}.") + r"[a-z0-9_]{8}\.tmp$")


def _alive(pid: int) -> bool | None:
    """Whether a process runs; None where that cannot be asked safely."""
    if sys.platform == "win32":
        return None  # os.kill there terminates the process
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    except OSError:
        return None
    return True


def clean_leftovers(target: Path) -> list[Path]:
    """Remove the temporary files earlier writes to ``target`` left behind; return them."""
    target = Path(target)
    folder = target.parent
    pattern = _pattern(target)
    removed: list[Path] = []
    try:
        candidates = list(folder.iterdir())
    except OSError:
        return removed
    now = time.time()
    earlier = _earlier_names(target)
    for candidate in candidates:
        found = pattern.match(candidate.name)
        if not found and not earlier.match(candidate.name):
            continue
        try:
            age = now - candidate.lstat().st_mtime
        except OSError:
            continue
        pid = int(found.group(1)) if found else os.getpid()
        alive = _alive(pid) if pid != os.getpid() else None
        if alive is False or (alive is None and age > STALE_AFTER):
            with contextlib.suppress(OSError):
                candidate.unlink()
                removed.append(candidate)
    return removed


def _name_max(folder: Path) -> int:
    try:
        return os.pathconf(folder, "PC_NAME_MAX")
    except (AttributeError, OSError, ValueError):
        return DEFAULT_NAME_MAX


@contextlib.contextmanager
def replacing(target: Path) -> Iterator[Path]:
    """A temporary path beside ``target`` to write; renamed over ``target`` when the block
    ends without an exception, removed otherwise. Raises OSError (NotReplaced for a
    symbolic link, ENAMETOOLONG before anything is written)."""
    target = Path(target)
    folder = target.parent if str(target.parent) else Path(".")
    if target.is_symlink():
        raise NotReplaced(errno.EEXIST, "it is a symbolic link; bescapp does not replace links",
                          str(target))
    if len(os.fsencode(target.name)) > _name_max(folder):
        raise OSError(errno.ENAMETOOLONG, os.strerror(errno.ENAMETOOLONG), str(target))
    clean_leftovers(target)
    mode = None
    with contextlib.suppress(FileNotFoundError):
        existing = target.stat()
        if stat.S_ISREG(existing.st_mode):
            mode = stat.S_IMODE(existing.st_mode)
    temporary = folder / (f".{_name_part(target.name)}.{os.getpid()}.{secrets.token_hex(4)}"
                          f"{SUFFIX}")
    # O_CREAT with 0o666 leaves the user's umask to decide, as any program's new file.
    handle = os.open(temporary, os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_BINARY", 0),
                     0o666)
    os.close(handle)
    try:
        if mode is not None:
            os.chmod(temporary, mode)
        yield temporary
        with open(temporary, "rb") as written:  # on the disk before it takes the name
            os.fsync(written.fileno())
        os.replace(temporary, target)
    except BaseException:
        for leftover in (temporary, *(Path(f"{temporary}{s}") for s in ("-journal", "-wal", "-shm"))):
            with contextlib.suppress(OSError):
                leftover.unlink()
        raise
