"""The command line. Without a subcommand it opens the window.

This interface is stable: other tools call it. Errors a user can cause print one
line and exit 1; anything unexpected is logged with its traceback to the log
folder and reported in one line too.
"""

from __future__ import annotations

import argparse
import logging
import sys
import traceback
from collections.abc import Sequence
from pathlib import Path

from . import __version__, paths

EXIT_OK, EXIT_PROBLEM, EXIT_USAGE = 0, 1, 2


class CommandError(Exception):
    """A problem to report in one line, exit code 1."""


def build_parser() -> argparse.ArgumentParser:
    common = argparse.ArgumentParser(add_help=False)
    common.add_argument(
        "--database", metavar="PATH", default=argparse.SUPPRESS,
        help="database file (default: $BESCAPP_DATABASE, else bescapp.db in your data folder)",
    )
    parser = argparse.ArgumentParser(
        prog="bescapp", parents=[common],
        description="Prepare plenary meetings of a bilateral executive steering committee.",
    )
    parser.add_argument("--version", action="version", version=f"bescapp {__version__}")
    parser.add_argument("--language", choices=("en", "es"), help="interface language")
    parser.add_argument(
        "--exit-when-ready", action="store_true",
        help="exit as soon as the main window has been painted (smoke tests, benchmarks)",
    )
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")

    sub.add_parser("meetings", parents=[common], help="list the meetings")
    sub.add_parser("check", parents=[common], help="verify integrity and schema version")
    backup = sub.add_parser("backup", parents=[common], help="write a consistent copy")
    backup.add_argument("-o", "--output", required=True, metavar="FILE")
    demo = sub.add_parser("demo", parents=[common], help="load the demo plenary")
    demo.add_argument("--scale", type=int, default=0, metavar="N",
                      help="add about N times the demo's bulk, for benchmarks")
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    database = paths.database_path(getattr(args, "database", None))
    try:
        if args.command is None:
            from .app import run_window  # Qt is imported only for the window

            return run_window(database, args.language, exit_when_ready=args.exit_when_ready)
        return COMMANDS[args.command](args, database)
    except CommandError as e:
        print(f"bescapp: {e}", file=sys.stderr)
        return EXIT_PROBLEM
    except KeyboardInterrupt:
        return EXIT_PROBLEM
    except Exception as e:
        from .store.database import BadDatabase

        if isinstance(e, BadDatabase):
            print(f"bescapp: {e}", file=sys.stderr)
            return EXIT_PROBLEM
        log = _log_unexpected(e)
        print(f"bescapp: unexpected error: {e} (details in {log})", file=sys.stderr)
        return EXIT_PROBLEM


def _open(database: Path, *, must_exist: bool = True):
    from .store.database import open_database

    if must_exist and not database.exists():
        raise CommandError(f"{database} does not exist")
    return open_database(database, backup_dir=paths.backup_dir())


def cmd_meetings(_args, database: Path) -> int:
    from .i18n.formatting import format_date
    from .store.meetings import list_meetings

    db = _open(database)
    with db.session() as session:
        rows = [(m.id, m.kind.value, m.number, format_date(m.start_date, "en", "medium"),
                 m.city.either("en")) for m in list_meetings(session)]
    db.close()
    print(f"{'id':>4}  {'kind':<14}{'number':>6}  {'date':<14}city")
    for mid, kind, number, date, city in rows:
        print(f"{mid:>4}  {kind:<14}{number:>6}  {date:<14}{city}")
    return EXIT_OK


def cmd_check(_args, database: Path) -> int:
    from .store.database import SCHEMA_HEAD, check, examine

    examine(database, full_check=True)
    db = _open(database)
    problems = check(db)
    db.close()
    for problem in problems:
        print(f"{database}: {problem}")
    if problems:
        return EXIT_PROBLEM
    print(f"{database}: ok (schema {SCHEMA_HEAD})")
    return EXIT_OK


def cmd_backup(args, database: Path) -> int:
    from .store.database import backup

    db = _open(database)  # refuses bad files and brings the schema up to date first
    db.close()
    target = Path(args.output)
    try:
        backup(database, target)
    except OSError as e:
        raise CommandError(f"cannot write {target}: {e.strerror or e}") from e
    print(f"backup written to {target}")
    return EXIT_OK


def cmd_demo(args, database: Path) -> int:
    from .store.demo import DemoNotEmpty, add_scale, load_demo

    if args.scale < 0:
        raise CommandError("--scale must be 0 or more")
    db = _open(database, must_exist=False)
    try:
        with db.transaction() as session:
            meeting_id = load_demo(session)
            if args.scale:
                add_scale(session, meeting_id, args.scale)
    except DemoNotEmpty as e:
        raise CommandError(f"{database} already holds meetings; the demo goes into an empty database") from e
    finally:
        db.close()
    print(f"demo plenary loaded into {database} (meeting {meeting_id})")
    return EXIT_OK


COMMANDS = {"meetings": cmd_meetings, "check": cmd_check, "backup": cmd_backup, "demo": cmd_demo}


def _log_unexpected(error: BaseException) -> Path:
    folder = paths.log_dir()
    try:
        folder.mkdir(parents=True, exist_ok=True)
        log = folder / "bescapp.log"
        with log.open("a", encoding="utf-8") as f:
            f.write("".join(traceback.format_exception(error)))
        return log
    except OSError:
        logging.exception("unexpected error")
        return Path("stderr")
