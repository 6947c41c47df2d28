"""Two delegations' databases, each made as ``bescapp init`` makes one, and the helpers that
exchange packages between them through the command line."""

import datetime as dt
import sqlite3

import pytest
from sqlalchemy import select

from bescapp.cli import main as cli_main
from bescapp.domain.delegations import MembershipFields, PersonFields
from bescapp.model.bilingual import Bilingual as B
from bescapp.model.entities import AgendaItem, Meeting
from bescapp.store import agenda, communique, delegations, keys
from bescapp.store.database import open_database


class Side:
    """One delegation's database file."""

    def __init__(self, path, code):
        self.path, self.code = path, code

    def db(self):
        return open_database(self.path)

    def cli(self, *args):
        return cli_main(["--database", str(self.path), *args])

    def dump(self):
        with sqlite3.connect(self.path) as conn:
            return list(conn.iterdump())

    def fingerprint(self):
        db = self.db()
        try:
            with db.transaction() as session:
                return keys.our_fingerprint(session)
        finally:
            db.close()

    def run(self, work):
        db = self.db()
        try:
            with db.transaction() as session:
                return work(session)
        finally:
            db.close()

    def meeting_id(self, number=13):
        return self.run(lambda s: s.scalar(select(Meeting.id).where(Meeting.number == number)))

    def items(self, number=13):
        """{English title: (duration, position, day)} of the meeting's agenda."""
        def read(session):
            mid = session.scalar(select(Meeting.id).where(Meeting.number == number))
            return {i.title.en: (i.duration_minutes, i.position, i.day) for i in session.scalars(
                select(AgendaItem).where(AgendaItem.meeting_id == mid))}
        return self.run(read)

    def item_id(self, title, number=13):
        def read(session):
            mid = session.scalar(select(Meeting.id).where(Meeting.number == number))
            return session.scalar(select(AgendaItem.id).where(AgendaItem.meeting_id == mid,
                                                              AgendaItem.title_en == title))
        return self.run(read)

    def add_item(self, title, index=99, duration=30):
        mid = self.meeting_id()
        self.run(lambda s: agenda.add_item(s, mid, None, index, agenda.ItemFields(
            duration_minutes=duration, title=B(title, title + " (es)"))))

    def edit_item(self, which, **changes):
        item_id = self.item_id(which)

        def work(session):
            fields = agenda.item_fields(session, item_id)
            texts = {n: getattr(fields, n) for n in agenda.TEXTS}
            texts.update({k: v for k, v in changes.items() if k in agenda.TEXTS})
            agenda.update_item(session, item_id, agenda.ItemFields(
                kind=fields.kind, duration_minutes=changes.get("duration", fields.duration_minutes),
                fixed_start=fields.fixed_start, day=fields.day, **texts))
        self.run(work)

    def add_member(self, given, surname, **person):
        mid = self.meeting_id()

        def work(session):
            party = delegations.party_by_code(session, self.code)
            pid = delegations.create_person(session, PersonFields(
                given_names=given, first_surname=surname, title=B("Director", "Director"),
                **person))
            delegations.add_member(session, mid, party.id, pid, MembershipFields())
        self.run(work)

    def members(self, side):
        mid = self.meeting_id()
        return self.run(lambda s: [(r.given_names, r.first_surname)
                                   for lst in delegations.load_lists(s, mid) if lst.code == side
                                   for r in lst.members])

    def draft(self, *texts):
        mid = self.meeting_id()
        self.run(lambda s: communique.replace_draft(
            s, mid, [(B(t, t + " (es)"), communique.ParagraphStatus.DRAFT) for t in texts]))

    def send(self, tmp_path, name, *more):
        target = tmp_path / f"{name}.bescpkg"
        assert self.cli("export", "package", "--meeting", str(self.meeting_id()), "-o",
                        str(target), *more) == 0
        return target


@pytest.fixture
def sides(tmp_path):
    """(us, mx): two databases made by init, the US one holding a blank 13th plenary."""
    made = []
    for code in ("US", "MX"):
        path = tmp_path / f"{code.lower()}.db"
        assert cli_main(["init", "--database", str(path), "--side", code.lower()]) == 0
        made.append(Side(path, code))
    us, _mx = made
    assert us.cli("meetings", "new", "--number", "13", "--date", "2026-03-04", "--city",
                  "Tijuana", "--city-es", "Tijuana", "--host", "mx") == 0
    return tuple(made)


DAY = dt.date(2026, 3, 4)
