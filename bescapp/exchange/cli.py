"""``export package``, ``import package`` and ``package key`` on the command line.

Each opens its one transaction; a refused package prints its reason and leaves the
database as it was (exit 1); conflicts without ``--prefer`` are listed and change nothing
(exit 3).
"""

from __future__ import annotations

import sys
from pathlib import Path

from .. import safe_write
from ..domain import package_review as rv
from ..i18n import catalogue
from ..i18n.catalogue import N_, say, say_n
from ..i18n.formatting import meeting_name
from ..model.entities import Meeting
from ..store import keys
from . import packages
from .package_file import PackageRefused
from .wording import describe

EXIT_OK, EXIT_PROBLEM, EXIT_CONFLICTS = 0, 1, 3


class _NothingChanged(Exception):
    def __init__(self, code: int) -> None:
        self.code = code


def _refused(e: Exception | str) -> int:
    print(f"bescapp: {e}", file=sys.stderr)
    return EXIT_PROBLEM


def print_key(db) -> int:
    try:
        with db.transaction() as session:  # an old database without a key gets one now
            fp = keys.our_fingerprint(session)
    finally:
        db.close()
    print(f"key fingerprint: {fp}")
    return EXIT_OK


def export_package(db, args) -> int:
    target = Path(args.output)
    try:
        with db.transaction() as session:
            if session.get(Meeting, args.meeting) is None:
                return _refused(say(N_("there is no meeting with id {id} (see `bescapp meetings`)"),
                                    id=args.meeting))
            made = packages.make(session, args.meeting, contacts=args.with_contacts)
            with safe_write.replacing(target) as temporary:
                temporary.write_bytes(made.content)
    except OSError as e:  # nothing logged as sent: the transaction rolled back
        return _refused(say(N_("cannot write {path}: {reason}"), path=target,
                            reason=e.strerror or e))
    except PackageRefused as e:
        return _refused(e)
    finally:
        db.close()
    print(say(N_("package written to {path}"), path=target))
    print(f"key fingerprint: {made.fingerprint}")
    return EXIT_OK


def import_package(db, args) -> int:
    try:
        content = Path(args.file).read_bytes()
    except OSError as e:
        db.close()
        return _refused(say(N_("cannot read {path}: {reason}"), path=args.file,
                            reason=e.strerror or e))
    lang = catalogue.current()
    try:
        with db.transaction() as session:
            incoming = packages.prepare(session, content, trust=args.trust, retrust=args.retrust)
            review = incoming.review
            theirs = incoming.package.data["meeting"]
            name = meeting_name(theirs["kind"], theirs["number"], lang)
            print(say(N_("package from {side}, {meeting}; key {fingerprint}"), side=incoming.side,
                      meeting=name, fingerprint=incoming.package.fingerprint))
            if review.new_meeting:
                print(say(N_("a meeting we do not have: the {meeting} is created from it"),
                          meeting=name))
            for change in review.changes:
                if not change.conflict:
                    print("  " + describe(change, lang))
            conflicts = review.conflicts
            if conflicts:
                print(say_n("{n} conflict (both sides changed it since the last exchange):",
                            "{n} conflicts (both sides changed them since the last exchange):",
                            len(conflicts)))
                for change in conflicts:
                    print("  " + describe(change, lang))
            if conflicts and args.prefer is None and not args.dry_run:
                print(say(N_("nothing changed: settle the conflicts with --prefer ours or "
                             "--prefer theirs")))
                raise _NothingChanged(EXIT_CONFLICTS)
            if args.dry_run:
                print(say(N_("dry run: nothing changed")))
                raise _NothingChanged(EXIT_OK)
            meeting_id, _changes = packages.take_in(session, incoming, args.prefer)
    except _NothingChanged as stop:  # the transaction rolled back
        return stop.code
    except PackageRefused as e:
        return _refused(e)
    finally:
        db.close()
    taken = sum(1 for c in review.changes if rv.decided(c, args.prefer))
    print(say_n("{n} change taken in from {side} (meeting {id})",
                "{n} changes taken in from {side} (meeting {id})", taken,
                side=incoming.side, id=meeting_id))
    return EXIT_OK
