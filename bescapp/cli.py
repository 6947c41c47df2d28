"""The command line. Without a subcommand it opens the window.

This interface is stable: other tools call it. Errors a user can cause print one
line and exit 1; anything unexpected is logged with its traceback to the log
folder and reported in one line too.

Messages are worded from the catalogue (``i18n.catalogue``) in the language of
``--language`` given before the command, else ``BESCAPP_LANGUAGE``, else the
locale's. ``export … --language`` is the *document's* language, a separate option.
The line meant for scripts (``meeting ID`` after ``meetings new``) stays as it is.
"""

from __future__ import annotations

import argparse
import sys
import traceback
from collections.abc import Sequence
from pathlib import Path
from typing import NoReturn

from . import __version__, paths
from .i18n import catalogue, languages
from .i18n.catalogue import N_, say
from .store.address import ServerAddress

Where = Path | ServerAddress  # the database a command names: a file, or a server

EXIT_OK, EXIT_PROBLEM = 0, 1  # argparse exits with 2 on a usage error
EXIT_CONFLICTS = 3  # import package: conflicts listed, nothing changed (decide with --prefer)
WORKSPACES = ("meetings", "agenda", "delegations", "actions", "communique", "export")


class CommandError(Exception):
    """A problem to report in one line, exit code 1."""


# argparse's own words, which it asks gettext's global API for (``catalogue.global_domain``
# answers from ours): listed here so that the catalogue holds them. The msgids are
# argparse's (Python 3.11-3.13); a Python that words one differently shows it in English.
ARGPARSE_WORDS = (
    N_("usage: "), N_("positional arguments"), N_("options"),
    N_("show this help message and exit"), N_("%(prog)s: error: %(message)s\n"),
    N_("argument %(argument_name)s: %(message)s"),
    N_("the following arguments are required: %s"), N_("unrecognized arguments: %s"),
    N_("invalid choice: %(value)r (choose from %(choices)s)"),
    N_("invalid %(type)s value: %(value)r"), N_("expected one argument"),
    N_("ambiguous option: %(option)s could match %(matches)s"),
    N_("not allowed with argument %s"), N_("ignored explicit argument %r"),
)


# The window's options, and whether each takes a value: a command line of these alone
# opens the window, and is read by the window's parser (``parse_arguments``).
WINDOW_OPTIONS = {"--database": True, "--language": True, "--workspace": True,
                  "--exit-when-ready": False, "--exit-when-loaded": False}


def _common_parser() -> argparse.ArgumentParser:
    common = argparse.ArgumentParser(add_help=False)
    common.add_argument(
        "--database", metavar="PATH", default=argparse.SUPPRESS,
        help=say(N_("database file, or server as postgresql+psycopg://user@host/database (default: "
             "$BESCAPP_DATABASE, else bescapp.db in your data folder)")),
    )
    return common


def _window_parser(common: argparse.ArgumentParser, *, exit_on_error: bool = True
                   ) -> argparse.ArgumentParser:
    """bescapp's own options: the window's, --version and --help."""
    parser = argparse.ArgumentParser(
        prog="bescapp", parents=[common], exit_on_error=exit_on_error,
        description=say(N_("Prepare plenary meetings of a bilateral executive steering committee.")),
    )
    parser.add_argument("--version", action="version", version=f"bescapp {__version__}",
                        help=say(N_("show the version number and exit")))
    parser.add_argument("--language", choices=languages.CODES,
                        help=say(N_("the language of messages and of the window (default: "
                        "$BESCAPP_LANGUAGE, else the locale's)")))
    parser.add_argument(
        "--exit-when-ready", action="store_true",
        help=say(N_("exit as soon as the main window has been painted (smoke tests, benchmarks)")),
    )
    parser.add_argument(
        "--exit-when-loaded", action="store_true",
        help=say(N_("exit once the window has painted the database's content (benchmarks)")),
    )
    parser.add_argument("--workspace", choices=WORKSPACES, help=say(N_("workspace to show first")))
    parser.set_defaults(command=None)
    return parser


def build_parser() -> argparse.ArgumentParser:
    common = _common_parser()
    parser = _window_parser(common)
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")

    init = sub.add_parser("init", parents=[common], help=say(N_("make a new database for one side")))
    init.add_argument("--side", choices=("us", "mx"), required=True,
                      help=say(N_("whose database: the United States' or Mexico's delegation")))
    _add_meetings_parser(sub, common)
    sub.add_parser("check", parents=[common], help=say(N_("verify integrity and schema version")))
    backup = sub.add_parser("backup", parents=[common], help=say(N_("write a consistent copy (from a "
                            "server: a portable database file)")))
    backup.add_argument("-o", "--output", required=True, metavar="FILE")
    copy = sub.add_parser(
        "copy", help=say(N_("copy a whole database into an empty one: a file to a server or back")),
        description=say(N_("Copies every row of SOURCE into TARGET in one transaction and counts the "
        "rows of every table on both sides. Each is a file or a server URL "
        "(postgresql+psycopg://user@host/database). TARGET must be empty: a new file, an empty "
        "server database, or one made by init that holds nothing else.")))
    copy.add_argument("source", metavar="SOURCE")
    copy.add_argument("target", metavar="TARGET")
    demo = sub.add_parser("demo", parents=[common], help=say(N_("load the demo plenary")))
    demo.add_argument("--side", choices=("us", "mx"),
                      help=say(N_("whose database (default: the side it has, else us)")))
    demo.add_argument("--scale", type=int, default=0, metavar="N",
                      help=say(N_("add about N times the demo's bulk, for benchmarks")))
    _add_communique_parser(sub, common)
    _add_export_parser(sub, common)
    _add_import_parser(sub, common)
    package = sub.add_parser("package", parents=[common], help=say(N_("meeting packages: our key")))
    package_actions = package.add_subparsers(dest="package_action", metavar="ACTION", required=True)
    package_actions.add_parser("key", parents=[common],
                               help=say(N_("print our signing key's fingerprint (read it out "
                                           "to the other delegation)")))
    _add_server_parser(sub)
    return parser


def _add_server_parser(sub) -> None:
    server = sub.add_parser("server", help=say(N_("set up a database on an office server")))
    steps = server.add_subparsers(dest="server_action", metavar="ACTION", required=True)
    init = steps.add_parser(
        "init", help=say(N_("make the editor and reader roles and grant them the database")),
        description=say(N_("Run by the database's owner: sets the database up if it is empty, "
        "makes the roles bescapp_editor (reads and writes) and bescapp_reader (may only read; "
        "the window opens read-only) and grants them this database. --editor and --reader add "
        "existing server accounts to one role and take them out of the other.")))
    init.add_argument("url", metavar="URL",
                      help=say(N_("the database: postgresql+psycopg://owner@host/database")))
    init.add_argument("--editor", action="append", default=[], metavar="ACCOUNT",
                      help=say(N_("a server account that may edit (repeatable)")))
    init.add_argument("--reader", action="append", default=[], metavar="ACCOUNT",
                      help=say(N_("a server account that may only read (repeatable)")))


def _add_communique_parser(sub, common) -> None:
    communique = sub.add_parser("communique", parents=[common],
                                help=say(N_("the communiqué's saved versions")))
    actions = communique.add_subparsers(dest="communique_action", metavar="ACTION", required=True)
    versions = actions.add_parser(
        "versions", parents=[common], help=say(N_("list the communiqué's versions: number, "
        "label, date and whose text (the number is what --changes-from takes)")))
    versions.add_argument("--meeting", type=int, required=True, metavar="ID")


def _add_meetings_parser(sub, common) -> None:
    meetings = sub.add_parser("meetings", parents=[common], help=say(N_("list the meetings; `new` adds one")))
    actions = meetings.add_subparsers(dest="meetings_action", metavar="ACTION")
    new = actions.add_parser(
        "new", parents=[common], help=say(N_("a new meeting: the next plenary from an earlier one "
        "(--from), or a blank one")),
        description=say(N_("With --from ID: the meeting after ID, with its agenda and both delegation "
        "lists (no leads, talking points, attendance answers or communiqué); unless given, "
        "the next number, a year on, the other side hosting. Without --from: a blank meeting "
        "(--number, --date, --city and --host required). The last line printed is `meeting ID`.")))
    new.add_argument("--from", dest="earlier", type=int, metavar="ID",
                     help=say(N_("the earlier meeting to start from")))
    new.add_argument("--number", type=int, metavar="N",
                     help=say(N_("its number (with --from, default: the earlier one's + 1)")))
    new.add_argument("--date", metavar="YYYY-MM-DD", help=say(N_("first day")))
    new.add_argument("--end-date", metavar="YYYY-MM-DD",
                     help=say(N_("last day (default: as many days as the earlier meeting, else one)")))
    new.add_argument("--city", metavar="TEXT", required=True, help=say(N_("the city in English")))
    new.add_argument("--city-es", metavar="TEXT", default="",
                     help=say(N_("the city in Spanish (default: empty; documents then use the English)")))
    new.add_argument("--host", choices=("us", "mx"),
                     help=say(N_("the host side (with --from, default: the other side)")))
    new.add_argument("--kind", choices=("plenary", "working_group"),
                     help=say(N_("a blank meeting's kind (default: plenary; with --from it is the "
                     "earlier meeting's)")))


def _add_export_parser(sub, common) -> None:
    export = sub.add_parser("export", parents=[common], help=say(N_("write a Word document")))
    documents = export.add_subparsers(dest="document", metavar="DOCUMENT", required=True)
    shared = argparse.ArgumentParser(add_help=False, parents=[common])
    shared.add_argument("--meeting", type=int, required=True, metavar="ID")
    shared.add_argument("--language", dest="document_language", choices=languages.DOCUMENT_LANGUAGES,
                        help=say(N_("the document's language (default: our side's)")))
    shared.add_argument("-o", "--output", required=True, metavar="FILE.docx")
    shared.add_argument("--pdf", action="store_true",
                        help=say(N_("also write a PDF beside it (needs LibreOffice)")))
    # A shareable document is a draft ("DRAFT — NOT FOR DISTRIBUTION") until it is final.
    shareable = argparse.ArgumentParser(add_help=False, parents=[shared])
    shareable.add_argument("--final", action="store_true",
                           help=say(N_("final: without the draft marking")))
    documents.add_parser("agenda", parents=[shareable],
                         help=say(N_("the joint agenda (shareable)")))
    delegations = documents.add_parser("delegations", parents=[shareable],
                                       help=say(N_("both delegation lists (shareable)")))
    delegations.add_argument("--contact-sheet", action="store_true",
                             help=say(N_("include e-mail addresses and phone numbers")))
    actions = documents.add_parser("actions", parents=[shareable],
                                   help=say(N_("action-plan status report")))
    actions.add_argument("--internal", action="store_true", help=say(N_("include internal notes")))
    book = documents.add_parser("briefing-book", parents=[shared],
                                help=say(N_("the delegation's internal briefing book")))
    book.add_argument("--marking", metavar="TEXT", help=say(N_("handling marking on every page")))
    book.add_argument("--template", metavar="FILE.docx", help=say(N_("your own Word template")))
    book.add_argument("--strict", action="store_true",
                      help=say(N_("refuse to export while the pre-flight list has entries")))
    book.add_argument("--toc-only", action="store_true",
                      help=say(N_("only the book's contents, as a checklist for clearing")))
    book.add_argument("--session", type=int, metavar="N", dest="session_number",
                      help=say(N_("only the Nth session's pages (1 is the first session)")))
    communique = documents.add_parser("communique", parents=[shareable],
                                      help=say(N_("joint communiqué")))
    communique.add_argument("--copy", choices=("us", "mx"),
                            help=say(N_("whose copy: that country is named first (default: our side's)")))
    communique.add_argument("--clean", action="store_true",
                            help=say(N_("final text without status marks (all paragraphs agreed)")))
    package = documents.add_parser("package", parents=[common],
                                   help=say(N_("a signed meeting package for the other delegation")))
    package.add_argument("--meeting", type=int, required=True, metavar="ID")
    package.add_argument("-o", "--output", required=True, metavar="FILE.bescpkg")
    package.add_argument("--with-contacts", action="store_true",
                         help=say(N_("include our members' e-mail addresses and phone numbers")))
    communique.add_argument("--changes-from", type=int, metavar="N",
                            help=say(N_("show the differences from saved version N as Word "
                                        "tracked changes (see `communique versions`)")))


def _add_import_parser(sub, common) -> None:
    imports = sub.add_parser("import", parents=[common], help=say(N_("read data from a file")))
    kinds = imports.add_subparsers(dest="kind", metavar="KIND", required=True)
    delegates = kinds.add_parser("delegates", parents=[common],
                                 help=say(N_("a delegation list from .xlsx or .csv")))
    delegates.add_argument("file", metavar="FILE")
    delegates.add_argument("--meeting", type=int, required=True, metavar="ID")
    delegates.add_argument("--party", choices=("us", "mx"), required=True)
    delegates.add_argument("--dry-run", action="store_true",
                           help=say(N_("show what would change, change nothing")))
    package = kinds.add_parser("package", parents=[common],
                               help=say(N_("a meeting package from the other delegation")))
    package.add_argument("file", metavar="FILE")
    package.add_argument("--dry-run", action="store_true",
                         help=say(N_("show what would change, change nothing")))
    package.add_argument("--prefer", choices=("ours", "theirs"),
                         help=say(N_("how to settle conflicts (without it, conflicts are listed "
                                     "and nothing changes)")))
    package.add_argument("--trust", metavar="FINGERPRINT",
                         help=say(N_("the other delegation's key, as they read it out: trust it "
                                     "(first package)")))
    package.add_argument("--retrust", metavar="FINGERPRINT",
                         help=say(N_("trust a new key of the other delegation in place of the "
                                     "one trusted before")))
    communique = kinds.add_parser(
        "communique", parents=[common],
        help=say(N_("the counterpart's edited communiqué (.docx) as their proposal")),
        description=say(N_("Reads a communiqué the counterpart edited in Word or LibreOffice "
        "(one file, or the English and the Spanish file) and keeps it as a new saved version, "
        "their proposal; the working draft is not changed.")))
    communique.add_argument("files", nargs="+", metavar="FILE.docx")
    communique.add_argument("--meeting", type=int, required=True, metavar="ID")
    communique.add_argument("--from", dest="side", choices=("us", "mx"), required=True,
                            help=say(N_("whose proposal it is")))
    communique.add_argument("--label", metavar="TEXT",
                            help=say(N_("the new version's label (default: “MX proposal — "
                                        "date”)")))
    communique.add_argument("--dry-run", action="store_true",
                            help=say(N_("show what would change, change nothing")))


class _QuietParser(argparse.ArgumentParser):
    def error(self, message: str) -> NoReturn:
        raise ValueError(message)


def messages_language(argv: Sequence[str] | None) -> str:
    """The messages language, known before the parser is built (its help is worded in it):
    ``--language`` before the command, else ``BESCAPP_LANGUAGE``, else the locale. What
    follows the command (``export … --language`` is the document's) is not read here."""
    pre = _QuietParser(add_help=False)
    for option in ("--language", "--database", "--workspace"):  # the options taking a value
        pre.add_argument(option)
    pre.add_argument("rest", nargs=argparse.REMAINDER)  # from the command on
    try:
        known, _unknown = pre.parse_known_args(sys.argv[1:] if argv is None else list(argv))
    except ValueError:  # e.g. --language without a value: the real parser says so
        return catalogue.environment_language()
    if known.language in languages.CODES:
        return known.language
    return catalogue.environment_language()


def _window_only(tokens: list[str]) -> bool:
    """Whether the command line holds only the window's options (and their values)."""
    at = 0
    while at < len(tokens):
        name, equals, _value = tokens[at].partition("=")
        if name not in WINDOW_OPTIONS:
            return False
        at += 2 if WINDOW_OPTIONS[name] and not equals else 1
    return True


def parse_arguments(tokens: list[str]) -> argparse.Namespace:
    """The command line read. The window's options alone are read by the window's parser:
    building every command's parser took a tenth of the time to the window's frame.
    Anything else (a command, --help, a mistake) goes to the whole parser, which says
    what is wrong with the usage of every command."""
    if _window_only(tokens):
        try:
            return _window_parser(_common_parser(), exit_on_error=False).parse_args(tokens)
        except argparse.ArgumentError:
            pass  # said by the whole parser, below
    return build_parser().parse_args(tokens)


def run() -> int:
    """The program: main.py, the ``bescapp`` command and the bundle. After the window,
    the process ends as soon as the window has wound down (``app.leave``)."""
    return main(as_program=True)


def main(argv: Sequence[str] | None = None, *, as_program: bool = False) -> int:
    from .store.address import UnknownAddress

    catalogue.use(messages_language(argv))
    with catalogue.global_domain():  # argparse's own words ("usage: " ...) in it too
        args = parse_arguments(sys.argv[1:] if argv is None else list(argv))
    try:
        database = paths.database_path(getattr(args, "database", None))
    except UnknownAddress as e:
        print(f"bescapp: {e}", file=sys.stderr)
        return EXIT_PROBLEM
    try:
        if args.command is None:
            from .app import run_window  # Qt is imported only for the window

            return run_window(database, args.language, exit_when_ready=args.exit_when_ready,
                              exit_when_loaded=args.exit_when_loaded, workspace=args.workspace,
                              as_program=as_program)
        return COMMANDS[args.command](args, database)
    except (CommandError, UnknownAddress) as e:
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
        # Only the kind of error: its text may hold SQL and the people it was about.
        print("bescapp: " + say(N_("unexpected error ({kind}); details in {log}"),
                                kind=type(e).__name__, log=log), file=sys.stderr)
        return EXIT_PROBLEM


def _open(database: Where, *, must_exist: bool = True, new: bool = False,
          read_only: bool = False):
    """``new``: init and demo may fill a zero-byte file; every other command refuses it.
    A server's database is reached as it is (an empty one is migrated)."""
    from .store.database import open_database

    if isinstance(database, Path) and must_exist and not database.exists():
        raise CommandError(say(N_("{path} does not exist"), path=database))
    return open_database(database, backup_dir=paths.backup_dir(), new=new, read_only=read_only)


def cmd_init(args, database: Where) -> int:
    """A new database of one side. A file that holds anything is refused untouched;
    a zero-byte file counts as new."""
    from .store.files import examine

    if not isinstance(database, Path):
        return _init_on_server(args, database)
    if database.is_dir():
        raise CommandError(say(N_("{path} is a folder; give the name of a new database file"),
                               path=database))
    if database.exists() and database.stat().st_size > 0:
        examine(database)  # a file that is not ours says so, untouched
        raise CommandError(say(N_("{path} already holds a database; init makes a new one "
                                  "(choose another name, or use it as it is)"), path=database))
    db = _open(database, must_exist=False, new=True)
    try:
        from .store import our_side

        with db.transaction() as session:
            our_side.set_side(session, args.side)
    finally:
        db.close()
    print(say(_SIDE_MESSAGES[args.side], path=database))
    return EXIT_OK


def _init_on_server(args, database) -> int:
    """A server's database: an empty one is migrated on opening; init then sets our side,
    unless the database already holds a side or anything of its own."""
    from .store import our_side
    from .store.copying import own_rows

    db = _open(database)
    try:
        with db.transaction() as session:
            if our_side.our_side(session) is not None or own_rows(session):
                raise CommandError(say(N_("{path} already holds a database; init makes a new one "
                                          "(give an empty database, or use it as it is)"),
                                       path=database))
            our_side.set_side(session, args.side)
    finally:
        db.close()
    print(say(_SIDE_MESSAGES[args.side], path=database))
    return EXIT_OK


_SIDE_MESSAGES = {"us": N_("new database for the United States delegation: {path}"),
                  "mx": N_("new database for the Mexico delegation: {path}")}


def cmd_meetings(args, database: Where) -> int:
    if args.meetings_action == "new":
        return cmd_meetings_new(args, database)
    from .i18n.formatting import format_date
    from .store.meetings import list_meetings

    db = _open(database)
    with db.session() as session:
        lang = catalogue.current()
        rows = [(m.id, m.kind.value, m.number, format_date(m.start_date, lang, "medium"),
                 m.city.either(lang)) for m in list_meetings(session)]
    db.close()
    heads = [say(N_("kind")), say(N_("number")), say(N_("date")), say(N_("city"))]
    # Each column as wide as its longest entry and two spaces: "Sept. 26, 2012" is longer
    # than "May 25, 2010", and a date must never run into its city.
    kinds = max([len(heads[0]), *(len(r[1]) for r in rows)]) + 2
    dates = max([len(heads[2]), *(len(r[3]) for r in rows)]) + 2
    print(f"{'id':>4}  {heads[0]:<{kinds}}{heads[1]:>6}  {heads[2]:<{dates}}{heads[3]}")
    for mid, kind, number, date, city in rows:
        print(f"{mid:>4}  {kind:<{kinds}}{number:>6}  {date:<{dates}}{city}")
    return EXIT_OK


def _date(text: str | None, option: str):
    import datetime as dt

    if text is None:
        return None
    try:
        return dt.date.fromisoformat(text)
    except ValueError:
        raise CommandError(say(N_("{option} {text!r} is not a date; write YYYY-MM-DD"),
                               option=option, text=text)) from None


def cmd_meetings_new(args, database: Where) -> int:
    from .i18n.formatting import format_date_range, meeting_name
    from .model.bilingual import Bilingual
    from .model.entities import Meeting, MeetingKind
    from .store import next_plenary
    from .store.meetings import MeetingFields, MeetingInvalid, create_meeting

    start, end = _date(args.date, "--date"), _date(args.end_date, "--end-date")
    city = Bilingual(args.city.strip(), args.city_es.strip())
    host = args.host.upper() if args.host else None
    if args.earlier is not None and args.kind is not None:
        raise CommandError(say(N_("--kind is for a blank meeting; with --from the new meeting "
                                  "is of the earlier one's kind")))
    if args.earlier is None:
        missing = [name for name, value in (("--number", args.number), ("--date", start),
                                             ("--host", host)) if value is None]
        if missing:
            raise CommandError(say(N_("a blank meeting needs {options} (or start from an "
                                      "earlier one with --from ID)"), options=", ".join(missing)))
    db = _open(database)
    try:
        with db.transaction() as session:
            if args.earlier is None:
                fields = MeetingFields(kind=MeetingKind(args.kind or "plenary"), number=args.number,
                                       start_date=start, end_date=end or start, city=city,
                                       host_party=host)
                meeting_id, copied = create_meeting(session, fields), None
            else:
                extra = {} if host is None else {"host_party": host}
                meeting_id, _changes = next_plenary.create_next(
                    session, args.earlier, city=city, start_date=start, end_date=end,
                    number=args.number, **extra)
                copied = args.earlier
            meeting = session.get_one(Meeting, meeting_id)
            lang = catalogue.current()
            line = "%s, %s, %s" % (  # noqa: UP031
                meeting_name(meeting.kind.value, meeting.number, lang), meeting.city.either(lang),
                format_date_range(meeting.start_date, meeting.end_date, lang))
            if copied is not None:
                items, members = _copied(session, meeting_id)
                earlier = session.get_one(Meeting, copied)
                line += ": " + say(N_("{items} agenda entries and {members} delegation members "
                                      "from the {earlier}"), items=items, members=members,
                                   earlier=meeting_name(earlier.kind.value, earlier.number, lang))
    except next_plenary.UnknownMeeting as e:
        raise CommandError(say(N_("{problem} (see `bescapp meetings`)"), problem=e)) from e
    except MeetingInvalid as e:
        raise CommandError(str(e)) from e
    finally:
        db.close()
    print(line)
    print(f"meeting {meeting_id}")
    return EXIT_OK


def _copied(session, meeting_id: int) -> tuple[int, int]:
    """How many agenda entries and delegation members the meeting has."""
    from sqlalchemy import func, select

    from .model.entities import AgendaItem, Delegation, Membership

    items = session.scalar(select(func.count(AgendaItem.id))
                           .where(AgendaItem.meeting_id == meeting_id))
    members = session.scalar(select(func.count(Membership.id)).join(Delegation)
                             .where(Delegation.meeting_id == meeting_id))
    return items, members


def cmd_check(_args, database: Where) -> int:
    """Read-only: never upgrades, never switches the journal, never fills an empty file."""
    from .store.database import SCHEMA_HEAD, check, examine

    if isinstance(database, Path):
        if not database.exists():
            raise CommandError(say(N_("{path} does not exist"), path=database))
        examine(database, full_check=True)
    db = _open(database, read_only=True)
    try:
        problems = check(db)
    finally:
        db.close()
    for problem in problems:
        print(f"{database}: {problem}")
    if db.revision != SCHEMA_HEAD:
        print(f"{database}: " + say(N_("schema {revision}, this bescapp upgrades it to {head} "
                                       "when opened (a copy is kept)"),
                                    revision=db.revision, head=SCHEMA_HEAD))
    if problems:
        return EXIT_PROBLEM
    print(f"{database}: " + say(N_("ok (schema {revision})"), revision=db.revision))
    return EXIT_OK


def cmd_backup(args, database: Where) -> int:
    from .store.database import backup

    db = _open(database)  # refuses bad files and brings the schema up to date first
    target = Path(args.output)
    try:
        if db.on_server:  # a portable SQLite file that bescapp opens
            from .store.copying import copy_to_new_file

            counts = copy_to_new_file(db, target)
        else:
            assert isinstance(database, Path)  # only a server is reached by address
            db.close()
            backup(database, target)
    except OSError as e:
        raise CommandError(say(N_("cannot write {path}: {reason}"), path=target,
                               reason=e.strerror or e)) from e
    finally:
        db.close()
    if db.on_server:
        print(say(N_("{rows} rows in {tables} tables"), rows=sum(counts.values()), tables=len(counts)))
    print(say(N_("backup written to {path}"), path=target))
    return EXIT_OK


def cmd_copy(args, _database) -> int:
    """SOURCE into an empty TARGET, one transaction, every table's rows counted on both sides."""
    from .store.address import location
    from .store.copying import copy_rows, copy_to_new_file, tables

    source_at, target_at = location(args.source), location(args.target)
    if str(source_at) == str(target_at):
        raise CommandError(say(N_("SOURCE and TARGET are the same database")))
    source = _open(source_at)
    try:
        if isinstance(target_at, Path) and (not target_at.exists() or target_at.stat().st_size == 0):
            if target_at.is_dir():
                raise CommandError(say(N_("{path} is a folder; give the name of a new database file"),
                                       path=target_at))
            try:
                counts = copy_to_new_file(source, target_at)
            except OSError as e:
                raise CommandError(say(N_("cannot write {path}: {reason}"), path=target_at,
                                       reason=e.strerror or e)) from e
        else:
            target = _open(target_at)
            try:
                counts = copy_rows(source, target)
            finally:
                target.close()
    finally:
        source.close()
    for table in tables():
        print(f"{table.name:<20}{counts[table.name]:>8}")
    print(say(N_("{rows} rows in {tables} tables copied from {source} to {target}; the same "
                 "count on both sides"), rows=sum(counts.values()), tables=len(counts),
              source=source_at, target=target_at))
    return EXIT_OK


def cmd_demo(args, database: Where) -> int:
    from .store.demo import DemoNotEmpty, add_scale, load_demo

    if args.scale < 0:
        raise CommandError(say(N_("--scale must be 0 or more")))
    db = _open(database, must_exist=False, new=True)
    try:
        with db.transaction() as session:
            meeting_id = load_demo(session, args.side.upper() if args.side else None)
            if args.scale:
                add_scale(session, meeting_id, args.scale)
    except DemoNotEmpty as e:
        raise CommandError(say(N_("{path} already holds meetings; the demo goes into an empty "
                                  "database"), path=database)) from e
    finally:
        db.close()
    print(say(N_("demo plenary loaded into {path} (meeting {id})"), path=database, id=meeting_id))
    return EXIT_OK


def cmd_communique(args, database: Where) -> int:
    """``communique versions``: one line per version, the number first (what
    ``--changes-from`` takes), then label, date and whose text it is."""
    from .i18n.formatting import format_datetime
    from .store.communique import list_versions
    from .store.meetings import get_meeting

    db = _open(database, read_only=True)
    try:
        with db.session() as session:
            if get_meeting(session, args.meeting) is None:
                raise CommandError(say(N_("There is no meeting with id {meeting_id}."),
                                       meeting_id=args.meeting))
            versions = list_versions(session, args.meeting)
    finally:
        db.close()
    lang = catalogue.current()
    for version in versions:
        label = version.label if version.number else say(N_("Working draft"))
        origin = say(ORIGINS[version.origin])
        print(f"{version.number:>3}  {label}  {format_datetime(version.saved_at, lang)}  {origin}")
    if not any(v.number for v in versions):
        print(say(N_("no saved versions yet: save one in the Communiqué workspace")))
    return EXIT_OK


ORIGINS = {"": N_("ours"), "US": N_("United States proposal"), "MX": N_("Mexico proposal")}


def cmd_export(args, database: Where) -> int:
    """Each document module offers ``export_from_cli(session, args) -> list[str]``: the
    lines to print (where the file went, pre-flight notes). ExportError (cannot write)
    and ExportRefused (unknown meeting, strict pre-flight ...) become one line here."""
    import importlib

    from .export.kit import ExportError, ExportRefused

    if args.document == "package":
        from .exchange.cli import export_package

        return export_package(_open(database), args)
    module = importlib.import_module(f".export.{args.document.replace('-', '_')}", __package__)
    db = _open(database)
    try:
        with db.session() as session:
            _our_side_by_default(session, args)
            lines = module.export_from_cli(session, args)
    except (ExportError, ExportRefused) as e:
        raise CommandError(str(e)) from e
    finally:
        db.close()
    for line in lines:
        print(line)
    return _pdf_beside(Path(args.output)) if args.pdf else EXIT_OK


def _pdf_beside(docx: Path) -> int:
    """The PDF after the Word file: without LibreOffice the .docx stays written, and the
    command says why there is no PDF (exit 1, so a script notices)."""
    from .export import pdf
    from .export.kit import wrote

    try:
        print(wrote(pdf.write_pdf(docx)))
    except (pdf.NoLibreOffice, pdf.PdfFailed) as e:
        raise CommandError(str(e)) from e
    except OSError as e:
        raise CommandError(say(N_("cannot write {path}: {reason}"), path=docx.with_suffix(".pdf"),
                               reason=e.strerror or e)) from e
    return EXIT_OK


def _our_side_by_default(session, args) -> None:
    """What the user did not choose follows our side: its language, its copy."""
    from .store import our_side

    settings = our_side.read(session)
    if args.document_language is None:
        args.document_language = settings.language
    if getattr(args, "copy", "") is None:
        args.copy = (settings.side or "US").lower()


def cmd_import(args, database: Where) -> int:
    import importlib

    if args.kind == "package":
        from .exchange.cli import import_package

        return import_package(_open(database), args)
    # the counterpart's communiqué is read beside the export that wrote its marks
    package = ".export.counterpart" if args.kind == "communique" else f".importers.{args.kind}"
    module = importlib.import_module(package, __package__)
    db = _open(database)
    try:
        return module.import_from_cli(db, args)
    finally:
        db.close()


def cmd_package(_args, database: Where) -> int:
    from .exchange.cli import print_key

    return print_key(_open(database))


def cmd_server(args, _database) -> int:
    """``server init URL``: the roles and grants of a database on an office server."""
    from .store.address import ServerAddress, location
    from .store.roles import EDITOR, READER, grant

    where = location(args.url)
    if not isinstance(where, ServerAddress):
        raise CommandError(say(N_("{path} is a file; server init takes a server URL "
                                  "(postgresql+psycopg://owner@host/database)"), path=where))
    db = _open(where)
    try:
        with db.engine.begin() as conn:
            granted = grant(conn, tuple(args.editor), tuple(args.reader))
    finally:
        db.close()
    print(say(N_("{database}: {tables} tables granted to {editor} (read and write) and {reader} "
                 "(read only)"), database=where, tables=granted.tables, editor=EDITOR,
              reader=READER))
    for role, people in ((EDITOR, granted.editors), (READER, granted.readers)):
        if people:
            print(say(N_("{role}: {accounts}"), role=role, accounts=", ".join(people)))
    return EXIT_OK


COMMANDS = {"init": cmd_init, "meetings": cmd_meetings, "check": cmd_check, "backup": cmd_backup,
            "copy": cmd_copy, "demo": cmd_demo, "communique": cmd_communique, "export": cmd_export,
            "import": cmd_import, "package": cmd_package, "server": cmd_server}


def _log_unexpected(error: BaseException) -> Path:
    folder = paths.log_dir()
    try:
        folder.mkdir(parents=True, exist_ok=True)
        log = folder / "bescapp.log"
        with log.open("a", encoding="utf-8") as f:
            f.write("".join(traceback.format_exception(error)))
        return log
    except OSError:
        import logging

        logging.exception("unexpected error")
        return Path("stderr")
