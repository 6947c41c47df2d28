"""Sending and receiving a meeting package: the steps the command line and the window share.

``make`` builds our package for a meeting and logs it as sent; ``prepare`` reads theirs and
checks it against this database (key, committee, side, replay) and reviews it, changing
nothing; ``take_in`` writes what the review lets in, records their key when staff trusted
it, and logs the package as received: the caller's one transaction.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any

from sqlalchemy.orm import Session

from ..domain import package_review as rv
from ..i18n import catalogue
from ..i18n.catalogue import N_, say
from ..i18n.formatting import format_date, meeting_name
from ..model.entities import Meeting, MeetingKind, PackageDirection
from ..store import keys, our_side
from ..store import packages as store
from ..store.changes import Changes
from ..store.meetings import numbers_taken
from .package_file import Package, PackageRefused, build, new_manifest, read


@dataclass(frozen=True)
class Made:
    content: bytes
    manifest: dict[str, Any]
    fingerprint: str


def make(session: Session, meeting_id: int, *, contacts: bool = False,
         now: dt.datetime | None = None) -> Made:
    """Our package for the meeting, logged as sent (in the caller's unit of work)."""
    side = our_side.our_side(session)
    if side is None:
        raise PackageRefused("no_side")
    meeting = session.get_one(Meeting, meeting_id)
    key = keys.our_key(session)
    data = store.meeting_data(session, meeting_id, side, contacts=contacts)
    last = store.last_received(session, meeting.uuid)
    manifest = new_manifest(committee=keys.committee_uuid(session), meeting=meeting.uuid,
                            side=side, last_received=last.package_uuid if last else None,
                            contacts=contacts, now=now)
    content = build(key, manifest, data)
    store.log_package(session, PackageDirection.SENT, manifest["package"], meeting.uuid, side,
                      dt.datetime.fromisoformat(manifest["created"]), data)
    return Made(content, manifest, keys.fingerprint(bytes(key.verify_key)))


@dataclass
class Incoming:
    package: Package
    review: rv.Review
    meeting_id: int | None  # None: a meeting we do not have yet, created on taking it in
    ours: dict | None
    trust_key: bool  # their key is recorded when the package is taken in

    @property
    def side(self) -> str:
        return self.package.side


def prepare(session: Session, content: bytes, *, trust: str | None = None,
            retrust: str | None = None) -> Incoming:
    """Read and check their package and review it; nothing is written."""
    package = read(content)
    side = our_side.our_side(session)
    if side is None:
        raise PackageRefused("no_side")
    fp = package.fingerprint
    if package.public_key == bytes(keys.our_key(session).verify_key):
        raise PackageRefused("own_package")
    trusted = keys.counterpart_key(session)
    if trusted is None:
        if trust != fp:
            raise PackageRefused("unknown_key", fingerprint=fp)
    elif bytes(trusted) != package.public_key and retrust != fp:
        raise PackageRefused("other_key", fingerprint=fp,
                             trusted=keys.fingerprint(bytes(trusted)))
    trust_key = trusted is None or bytes(trusted) != package.public_key
    manifest = package.manifest
    if manifest["committee"] != keys.committee_uuid(session):
        raise PackageRefused("other_committee")
    if package.side == side:
        raise PackageRefused("our_side", side=side)
    lang = catalogue.current()
    if store.was_received(session, manifest["package"]):
        raise PackageRefused("replayed", date=format_date(package.created.date(), lang))
    last = store.last_received(session, manifest["meeting"])
    if last is not None and package.created <= last.created_at:
        raise PackageRefused("older", date=format_date(package.created.date(), lang),
                             last=format_date(last.created_at.date(), lang))
    meeting = store.find_meeting(session, manifest["meeting"])
    if meeting is None:
        theirs = package.data["meeting"]
        kind = MeetingKind(theirs["kind"])
        if (kind.value, theirs["number"]) in numbers_taken(session):
            raise PackageRefused("meeting_number",
                                 meeting=meeting_name(kind.value, theirs["number"], lang))
        return Incoming(package, rv.review(None, None, package.data), None, None, trust_key)
    ours = store.meeting_data(session, meeting.id, package.side, contacts=manifest["contacts"])
    base = store.base_of(session, meeting.uuid, manifest["last_received"])
    return Incoming(package, rv.review(base, ours, package.data), meeting.id, ours, trust_key)


PROPOSAL_LABEL = N_("Package from {side}, {date}")


def take_in(session: Session, incoming: Incoming, prefer: rv.Prefer = None,
            now: dt.datetime | None = None) -> tuple[int, Changes]:
    """Write what the review lets in (conflicts only as ``prefer`` says); returns the
    meeting's id and what changed."""
    package = incoming.package
    now = now or dt.datetime.now().replace(microsecond=0)
    if incoming.trust_key:
        keys.trust(session, package.public_key)
    if incoming.meeting_id is None:
        meeting = store.create_meeting(session, package.data["meeting"])
        ours = store.meeting_data(session, meeting.id, package.side)
    else:
        meeting = session.get_one(Meeting, incoming.meeting_id)
        assert incoming.ours is not None
        ours = incoming.ours
    label = say(PROPOSAL_LABEL, side=package.side,
                date=format_date(package.created.date(), catalogue.current()))
    changes = store.apply(session, meeting, ours, package.data, incoming.review, prefer, label, now)
    data = {k: v for k, v in package.data.items() if k != "side"}
    store.log_package(session, PackageDirection.RECEIVED, package.manifest["package"],
                      meeting.uuid, package.side, package.created, data)
    return meeting.id, changes


def take_in_undoably(session: Session, content: bytes, *, trust: str | None = None,
                     retrust: str | None = None, prefer: rv.Prefer = None
                     ) -> tuple[int, Changes, store.ImportState, store.ImportState, Incoming]:
    """``prepare`` and ``take_in`` in one unit of work, with the state before and after
    (``store.restore_import_state`` puts either back: the window's undo and redo)."""
    incoming = prepare(session, content, trust=trust, retrust=retrust)
    meeting_uuid = incoming.package.manifest["meeting"]
    package_uuid = incoming.package.manifest["package"]
    before = store.import_state(session, meeting_uuid, package_uuid, incoming.package.data)
    meeting_id, changes = take_in(session, incoming, prefer)
    after = store.import_state(session, meeting_uuid, package_uuid, incoming.package.data)
    return meeting_id, changes, before, after, incoming
