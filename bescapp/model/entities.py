"""The ORM: every entity of the design, in SQLAlchemy 2 typed declarative form.

Nothing here is SQLite-specific; the same classes run on PostgreSQL.
Every column declares what it holds (``info=shared(...)``, ``internal(...)``,
``personal(...)``; ``bilingual(..., kind=...)``) and, for free text, its longest
value; ``bescapp/model/fields.py`` reads the declaration (``fields.of(AgendaItem)``,
``fields.shareable(Person)``, ``fields.every(internal=True)``).
"""

from __future__ import annotations

import datetime as dt
import enum
import uuid
from typing import TYPE_CHECKING, ClassVar

from sqlalchemy import (
    CheckConstraint,
    Date,
    DateTime,
    Enum,
    ForeignKey,
    Index,
    Integer,
    LargeBinary,
    MetaData,
    String,
    Table,
    Text,
    Time,
    UniqueConstraint,
)
from sqlalchemy.ext.hybrid import hybrid_property
from sqlalchemy.orm import DeclarativeBase, Mapped, composite, mapped_column, relationship

from .bilingual import Bilingual
from .fields import Kind, declare, internal, personal, shared

NAMING = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING)

    if TYPE_CHECKING:
        # Every entity here is mapped to a Table (SQLAlchemy types it as any FromClause).
        __table__: ClassVar[Table]


# Free text: the longest a field may be, in characters, declared on its column with its
# kind (``info=shared(N)``: ``{"kind": "shared", "max_length": N}``) and checked by the
# core (bescapp/domain/text.py) before a write, the same on every engine (SQLite does not
# enforce String(N); this is no schema).
NAME_LENGTH = 200
TITLE_LENGTH = 1000
LABEL_LENGTH = 200
PLACE_LENGTH = 500
HEADING_LENGTH = 500  # an agenda item's or an action line's title
TEXT_LENGTH = 20_000  # a paragraph, a description, a biography, notes
ACRONYM_LENGTH = 20


def bilingual(name: str, max_length: int = TEXT_LENGTH, *,
              kind: Kind = Kind.SHARED) -> Mapped[Bilingual]:
    """A Bilingual value stored in ``<name>_en`` and ``<name>_es`` text columns."""
    return composite(
        Bilingual.from_columns,
        *(mapped_column(f"{name}_{lang}", Text, nullable=False, default="",
                        info={"kind": kind, "max_length": max_length}) for lang in ("en", "es")),
    )


def new_uuid() -> str:
    return str(uuid.uuid4())


def identity() -> Mapped[str]:
    """A row's name in every database (a UUID): the two delegations' integer ids differ,
    so a meeting package names an agenda item, a person or a party by it. A key, no word."""
    return mapped_column(String(36), unique=True, default=new_uuid, info=declare(Kind.KEY))


def enum_column(enum_class: type[enum.Enum], **kw) -> Mapped:
    return mapped_column(
        Enum(enum_class, native_enum=False, length=24, validate_strings=True,
             values_callable=lambda e: [m.value for m in e]),
        **kw,
    )


# The row's version counter (SQLAlchemy's ``version_id_col``): every UPDATE through the ORM
# adds one and is made ``WHERE version = <the one loaded>``, so a save over a row someone
# else changed since it was read touches nothing and is refused (store/versions.py words
# it). Bookkeeping, never printed: internal. Every entity the window edits carries one:
#     row_version: Mapped[int] = version_column()
#     __mapper_args__ = counted_by(row_version)
# (``row_version``, not ``version``: a communiqué's versions are its saved drafts.)
VERSION = "row_version"


def version_column() -> Mapped[int]:
    return mapped_column(Integer, nullable=False, default=1, server_default="1",
                         info=internal())


def counted_by(column: Mapped[int]) -> dict:
    """The mapper arguments that make ``column`` the row's version counter."""
    return {"version_id_col": column}


class MeetingKind(enum.StrEnum):
    PLENARY = "plenary"
    WORKING_GROUP = "working_group"


class AgendaKind(enum.StrEnum):
    SESSION = "session"
    ITEM = "item"
    BREAK = "break"
    MEAL = "meal"
    SIGNING = "signing"
    OTHER = "other"


class SessionNumbering(enum.StrEnum):
    ARABIC = "arabic"
    ROMAN = "roman"


class Role(enum.StrEnum):
    HEAD = "head"
    CO_CHAIR = "co_chair"
    MEMBER = "member"
    ADVISOR = "advisor"
    SUPPORT = "support"


class Attendance(enum.StrEnum):
    INVITED = "invited"
    CONFIRMED = "confirmed"
    TENTATIVE = "tentative"
    DECLINED = "declined"


class AttendanceMode(enum.StrEnum):
    """How someone who attends takes part; whether they attend is ``Attendance``."""

    IN_PERSON = "in_person"
    VIRTUAL = "virtual"


class Principal(enum.StrEnum):
    """How a principal takes part in the meeting; most members are none of these."""

    NONE = "none"
    HOST = "host"
    CO_HOST = "co_host"
    VISITING_HEAD = "visiting_head"  # head of the visiting delegation


class LineStatus(enum.StrEnum):
    NOT_STARTED = "not_started"
    ON_TRACK = "on_track"
    AT_RISK = "at_risk"
    DELAYED = "delayed"
    COMPLETED = "completed"
    CANCELLED = "cancelled"


class VisitKind(enum.StrEnum):
    """What a moment of the principal's visit schedule is (not the joint agenda)."""

    ARRIVAL = "arrival"
    PRE_BRIEF = "pre_brief"
    PULL_ASIDE = "pull_aside"
    FAMILY_PHOTO = "family_photo"
    PRESS = "press"  # press availability
    WORKING_LUNCH = "working_lunch"
    DEPARTURE = "departure"
    OTHER = "other"


class ClearanceRole(enum.StrEnum):
    DRAFTED = "drafted"
    CLEARED = "cleared"


class ParagraphStatus(enum.StrEnum):
    DRAFT = "draft"
    BRACKETED = "bracketed"
    AD_REFERENDUM = "ad_referendum"
    AGREED = "agreed"


class Party(Base):
    __tablename__ = "party"
    id: Mapped[int] = mapped_column(primary_key=True)
    uuid: Mapped[str] = identity()
    code: Mapped[str] = mapped_column(String(2), unique=True, info=shared())  # "US", "MX"
    name: Mapped[Bilingual] = bilingual("name")
    country: Mapped[Bilingual] = bilingual("country")
    language: Mapped[str] = mapped_column(String(2), info=shared())  # the party's own language

    agencies: Mapped[list[Agency]] = relationship(back_populates="party")


class Agency(Base):
    __tablename__ = "agency"
    __table_args__ = (UniqueConstraint("party_id", "acronym"),)
    id: Mapped[int] = mapped_column(primary_key=True)
    uuid: Mapped[str] = identity()
    row_version: Mapped[int] = version_column()
    __mapper_args__ = counted_by(row_version)
    party_id: Mapped[int] = mapped_column(ForeignKey("party.id", ondelete="RESTRICT"))
    acronym: Mapped[str] = mapped_column(String(20), info=shared(ACRONYM_LENGTH))
    name: Mapped[Bilingual] = bilingual("name", TITLE_LENGTH)
    short_name: Mapped[Bilingual] = bilingual("short_name", NAME_LENGTH)  # "State", as staff write it

    party: Mapped[Party] = relationship(back_populates="agencies")

    def known_as(self) -> tuple[str, ...]:
        """Every text that names this agency: "DOS", "State", "Department of State" ..."""
        return tuple(t for t in (self.acronym, self.short_name.en, self.short_name.es,
                                 self.name.en, self.name.es) if t.strip())


class DatabaseSettings(Base):
    """The database's own settings: one row, id 1. Whose database this is, and the
    committee's name and default marking as this side writes them."""

    __tablename__ = "database_settings"
    __table_args__ = (CheckConstraint("id = 1", name="one_row"),)
    id: Mapped[int] = mapped_column(primary_key=True, default=1)
    row_version: Mapped[int] = version_column()
    __mapper_args__ = counted_by(row_version)
    our_party_id: Mapped[int | None] = mapped_column(ForeignKey("party.id", ondelete="RESTRICT"))
    committee_name: Mapped[Bilingual] = bilingual("committee_name", TITLE_LENGTH)
    committee_acronym: Mapped[Bilingual] = bilingual("committee_acronym", LABEL_LENGTH)
    # our marking for internal documents (new meetings start with it); never on a shared one
    handling_marking: Mapped[Bilingual] = bilingual("handling_marking", LABEL_LENGTH,
                                                    kind=Kind.INTERNAL)
    # how Spanish documents write the clock: "12h" ("9:00 a. m.") or "24h" ("9:00 h");
    # empty: our side's default (i18n.formatting.default_clock)
    time_style: Mapped[str] = mapped_column(String(8), default="", info=shared())
    # the committee's name in every database (store.starter.COMMITTEE_UUID): a package from
    # another committee is refused
    committee_uuid: Mapped[str] = mapped_column(String(36), default="", server_default="",
                                                info=declare(Kind.KEY))
    # our delegation's Ed25519 signing key (its 32-byte seed): never printed, never exported
    signing_key: Mapped[bytes | None] = mapped_column(LargeBinary, info=internal())
    # the counterpart's public key, recorded once staff confirmed its fingerprint
    counterpart_key: Mapped[bytes | None] = mapped_column(LargeBinary, info=internal())

    our_party: Mapped[Party | None] = relationship()


class Person(Base):
    __tablename__ = "person"
    id: Mapped[int] = mapped_column(primary_key=True)
    uuid: Mapped[str] = identity()
    row_version: Mapped[int] = version_column()
    __mapper_args__ = counted_by(row_version)
    honorific: Mapped[str] = mapped_column(String(12), default="",
                                           info=shared())  # mr, ms, amb, dr ...
    given_names: Mapped[str] = mapped_column(String(200), info=shared(NAME_LENGTH))
    first_surname: Mapped[str] = mapped_column(String(200), info=shared(NAME_LENGTH))
    second_surname: Mapped[str] = mapped_column(String(200), default="",
                                                info=shared(NAME_LENGTH))
    title: Mapped[Bilingual] = bilingual("title", TITLE_LENGTH)  # memberships keep theirs
    biography: Mapped[Bilingual] = bilingual("biography")
    agency_id: Mapped[int | None] = mapped_column(ForeignKey("agency.id", ondelete="SET NULL"))
    email: Mapped[str] = mapped_column(String(320), default="", info=personal(320))
    phone: Mapped[str] = mapped_column(String(60), default="", info=personal(60))
    internal_notes: Mapped[Bilingual] = bilingual("internal_notes", kind=Kind.INTERNAL)
    # a demo person not in the release: this database's bookkeeping, never shared
    is_sample: Mapped[bool] = mapped_column(default=False, info=internal())
    # a portrait beside the biography in the briefing book: JPEG bytes, checked and scaled
    # (bescapp.domain.photos), kept inside the file so the database stays one portable file
    photo: Mapped[bytes | None] = mapped_column(LargeBinary, info=internal())

    agency: Mapped[Agency | None] = relationship()


class Meeting(Base):
    __tablename__ = "meeting"
    __table_args__ = (
        CheckConstraint("end_date >= start_date", name="dates_in_order"),
        CheckConstraint("number > 0", name="number_positive"),
    )
    id: Mapped[int] = mapped_column(primary_key=True)
    uuid: Mapped[str] = identity()
    row_version: Mapped[int] = version_column()
    __mapper_args__ = counted_by(row_version)
    kind: Mapped[MeetingKind] = enum_column(MeetingKind, default=MeetingKind.PLENARY,
                                            info=shared())
    number: Mapped[int] = mapped_column(Integer, info=shared())
    start_date: Mapped[dt.date] = mapped_column(Date, info=shared())
    end_date: Mapped[dt.date] = mapped_column(Date, info=shared())
    day_start: Mapped[dt.time] = mapped_column(Time, default=dt.time(9, 0), info=shared())
    day_end: Mapped[dt.time] = mapped_column(Time, default=dt.time(18, 0), info=shared())
    city: Mapped[Bilingual] = bilingual("city", NAME_LENGTH)
    venue: Mapped[Bilingual] = bilingual("venue", PLACE_LENGTH)
    host_party_id: Mapped[int | None] = mapped_column(ForeignKey("party.id", ondelete="SET NULL"))
    # printed on the briefing book only: shareable documents name the meeting instead
    handling_marking: Mapped[Bilingual] = bilingual("handling_marking", LABEL_LENGTH,
                                                    kind=Kind.INTERNAL)
    session_numbering: Mapped[SessionNumbering] = enum_column(
        SessionNumbering, default=SessionNumbering.ARABIC, info=shared()
    )
    # the book's front pages and press guidance, in staff's words: our delegation's own
    scene_setter: Mapped[Bilingual] = bilingual("scene_setter", kind=Kind.INTERNAL)
    objectives: Mapped[Bilingual] = bilingual("objectives", kind=Kind.INTERNAL)
    likely_asks: Mapped[Bilingual] = bilingual("likely_asks", kind=Kind.INTERNAL)
    desired_outcome: Mapped[Bilingual] = bilingual("desired_outcome", kind=Kind.INTERNAL)
    press_guidance: Mapped[Bilingual] = bilingual("press_guidance", kind=Kind.INTERNAL)
    if_asked: Mapped[Bilingual] = bilingual("if_asked", kind=Kind.INTERNAL)

    host_party: Mapped[Party | None] = relationship()
    agenda_items: Mapped[list[AgendaItem]] = relationship(
        back_populates="meeting", cascade="all, delete-orphan", passive_deletes=True
    )
    delegations: Mapped[list[Delegation]] = relationship(
        back_populates="meeting", cascade="all, delete-orphan", passive_deletes=True
    )


class AgendaLead(Base):
    """A person leading an agenda item (from either delegation)."""

    __tablename__ = "agenda_lead"
    agenda_item_id: Mapped[int] = mapped_column(
        ForeignKey("agenda_item.id", ondelete="CASCADE"), primary_key=True
    )
    person_id: Mapped[int] = mapped_column(
        ForeignKey("person.id", ondelete="CASCADE"), primary_key=True
    )
    position: Mapped[int] = mapped_column(default=0, info=shared())


class AgendaItem(Base):
    __tablename__ = "agenda_item"
    __table_args__ = (
        CheckConstraint("duration_minutes >= 0 AND duration_minutes <= 1440", name="duration"),
    )
    id: Mapped[int] = mapped_column(primary_key=True)
    uuid: Mapped[str] = identity()
    row_version: Mapped[int] = version_column()
    __mapper_args__ = counted_by(row_version)
    meeting_id: Mapped[int] = mapped_column(ForeignKey("meeting.id", ondelete="CASCADE"), index=True)
    parent_id: Mapped[int | None] = mapped_column(ForeignKey("agenda_item.id", ondelete="CASCADE"))
    position: Mapped[int] = mapped_column(default=0, info=shared())
    # 1-based day of a multi-day meeting
    day: Mapped[int] = mapped_column(default=1, info=shared())
    kind: Mapped[AgendaKind] = enum_column(AgendaKind, default=AgendaKind.ITEM, info=shared())
    title: Mapped[Bilingual] = bilingual("title", HEADING_LENGTH)
    description: Mapped[Bilingual] = bilingual("description")
    duration_minutes: Mapped[int] = mapped_column(default=0, info=shared())
    fixed_start: Mapped[dt.time | None] = mapped_column(Time, info=shared())
    # the delegation's own: the editor's internal box and the briefing book
    # in the order the book prints them: what we want, what they will say, what we say
    objective: Mapped[Bilingual] = bilingual("objective", kind=Kind.INTERNAL)
    desired_outcome: Mapped[Bilingual] = bilingual("desired_outcome", kind=Kind.INTERNAL)
    counterpart_position: Mapped[Bilingual] = bilingual("counterpart_position",
                                                        kind=Kind.INTERNAL)
    talking_points: Mapped[Bilingual] = bilingual("talking_points", kind=Kind.INTERNAL)
    if_asked: Mapped[Bilingual] = bilingual("if_asked", kind=Kind.INTERNAL)
    background: Mapped[Bilingual] = bilingual("background", kind=Kind.INTERNAL)

    meeting: Mapped[Meeting] = relationship(back_populates="agenda_items")
    leads: Mapped[list[Person]] = relationship(
        secondary="agenda_lead", order_by="AgendaLead.position"
    )
    attachments: Mapped[list[Attachment]] = relationship(
        back_populates="agenda_item", cascade="all, delete-orphan", passive_deletes=True
    )


class Attachment(Base):
    """A background paper (.docx) kept inside the database file."""

    __tablename__ = "attachment"
    id: Mapped[int] = mapped_column(primary_key=True)
    agenda_item_id: Mapped[int] = mapped_column(
        ForeignKey("agenda_item.id", ondelete="CASCADE"), index=True
    )
    # a background paper is the delegation's own, every part of it
    position: Mapped[int] = mapped_column(default=0, info=internal())
    filename: Mapped[str] = mapped_column(String(255), info=internal())
    content: Mapped[bytes] = mapped_column(LargeBinary, info=internal())
    added_at: Mapped[dt.datetime] = mapped_column(DateTime, info=internal())

    agenda_item: Mapped[AgendaItem] = relationship(back_populates="attachments")


class VisitEvent(Base):
    """A moment of our principal's visit schedule (arrival, pull-aside, photo ...): the
    delegation's own programme around the joint agenda, never in a shareable document."""

    __tablename__ = "visit_event"
    id: Mapped[int] = mapped_column(primary_key=True)
    row_version: Mapped[int] = version_column()
    __mapper_args__ = counted_by(row_version)
    meeting_id: Mapped[int] = mapped_column(ForeignKey("meeting.id", ondelete="CASCADE"),
                                            index=True)
    position: Mapped[int] = mapped_column(default=0, info=internal())
    day: Mapped[int] = mapped_column(default=1, info=internal())  # 1-based day of the meeting
    start_time: Mapped[dt.time | None] = mapped_column(Time, info=internal())
    end_time: Mapped[dt.time | None] = mapped_column(Time, info=internal())
    kind: Mapped[VisitKind] = enum_column(VisitKind, default=VisitKind.OTHER, info=internal())
    title: Mapped[Bilingual] = bilingual("title", HEADING_LENGTH, kind=Kind.INTERNAL)
    place: Mapped[Bilingual] = bilingual("place", PLACE_LENGTH, kind=Kind.INTERNAL)
    who: Mapped[Bilingual] = bilingual("who", TITLE_LENGTH, kind=Kind.INTERNAL)
    notes: Mapped[Bilingual] = bilingual("notes", kind=Kind.INTERNAL)


class Clearance(Base):
    """Who drafted and who cleared the meeting's briefing book, and when (its cover)."""

    __tablename__ = "clearance"
    id: Mapped[int] = mapped_column(primary_key=True)
    row_version: Mapped[int] = version_column()
    __mapper_args__ = counted_by(row_version)
    meeting_id: Mapped[int] = mapped_column(ForeignKey("meeting.id", ondelete="CASCADE"),
                                            index=True)
    position: Mapped[int] = mapped_column(default=0, info=internal())
    role: Mapped[ClearanceRole] = enum_column(ClearanceRole, default=ClearanceRole.CLEARED,
                                              info=internal())
    name: Mapped[str] = mapped_column(String(200), default="", info=internal(NAME_LENGTH))
    # office or post as staff write it on a clearance line ("WHA/MEX", "DGAN")
    office: Mapped[str] = mapped_column(String(200), default="", info=internal(NAME_LENGTH))
    date: Mapped[dt.date | None] = mapped_column(Date, info=internal())


class Delegation(Base):
    __tablename__ = "delegation"
    __table_args__ = (UniqueConstraint("meeting_id", "party_id"),)
    id: Mapped[int] = mapped_column(primary_key=True)
    meeting_id: Mapped[int] = mapped_column(ForeignKey("meeting.id", ondelete="CASCADE"))
    party_id: Mapped[int] = mapped_column(ForeignKey("party.id", ondelete="RESTRICT"))

    meeting: Mapped[Meeting] = relationship(back_populates="delegations")
    party: Mapped[Party] = relationship()
    memberships: Mapped[list[Membership]] = relationship(
        back_populates="delegation", cascade="all, delete-orphan", passive_deletes=True,
        order_by="Membership.precedence",
    )


class Membership(Base):
    """A person on one meeting's delegation, with their title as of that meeting."""

    __tablename__ = "membership"
    # One place per member: precedences of a list are 1..n, and writers reorder through
    # temporary negative places (store.delegations._set_order) so no step collides.
    __table_args__ = (UniqueConstraint("delegation_id", "person_id"),
                      UniqueConstraint("delegation_id", "precedence",
                                       name="uq_membership_delegation_id_precedence"))
    id: Mapped[int] = mapped_column(primary_key=True)
    row_version: Mapped[int] = version_column()
    __mapper_args__ = counted_by(row_version)
    delegation_id: Mapped[int] = mapped_column(ForeignKey("delegation.id", ondelete="CASCADE"))
    person_id: Mapped[int] = mapped_column(ForeignKey("person.id", ondelete="RESTRICT"))
    # protocol order, 1 first
    precedence: Mapped[int] = mapped_column(default=0, info=shared())
    role: Mapped[Role] = enum_column(Role, default=Role.MEMBER, info=shared())
    attendance: Mapped[Attendance] = enum_column(Attendance, default=Attendance.INVITED,
                                                 info=shared())
    attendance_mode: Mapped[AttendanceMode] = enum_column(
        AttendanceMode, default=AttendanceMode.IN_PERSON, info=shared())
    title: Mapped[Bilingual] = bilingual("title", TITLE_LENGTH)
    agency_id: Mapped[int | None] = mapped_column(ForeignKey("agency.id", ondelete="SET NULL"))
    principal: Mapped[Principal] = enum_column(Principal, default=Principal.NONE, info=shared())
    internal_notes: Mapped[Bilingual] = bilingual("internal_notes", kind=Kind.INTERNAL)

    delegation: Mapped[Delegation] = relationship(back_populates="memberships")
    person: Mapped[Person] = relationship()
    agency: Mapped[Agency | None] = relationship()

    @hybrid_property
    def is_host(self) -> bool:
        """A principal of the meeting (host, co-host or head of the visiting delegation)."""
        return self.principal != Principal.NONE

    @is_host.inplace.expression
    @classmethod
    def _is_host_expression(cls):
        return cls.principal != Principal.NONE.value


class ActionPlan(Base):
    __tablename__ = "action_plan"
    id: Mapped[int] = mapped_column(primary_key=True)
    row_version: Mapped[int] = version_column()
    __mapper_args__ = counted_by(row_version)
    code: Mapped[str] = mapped_column(String(20), unique=True, info=shared())
    # the code Spanish documents print ("IPE" for "POE"), the lines' too ("IPE-1");
    # empty: the code, in every language
    code_es: Mapped[str] = mapped_column(String(20), default="", info=shared(ACRONYM_LENGTH))
    position: Mapped[int] = mapped_column(default=0, info=shared())
    title: Mapped[Bilingual] = bilingual("title", HEADING_LENGTH)
    description: Mapped[Bilingual] = bilingual("description")
    start_date: Mapped[dt.date] = mapped_column(Date, info=shared())
    adopted_at_meeting_id: Mapped[int | None] = mapped_column(
        ForeignKey("meeting.id", ondelete="SET NULL")
    )

    lines: Mapped[list[ActionLine]] = relationship(
        back_populates="plan", cascade="all, delete-orphan", passive_deletes=True,
        order_by="ActionLine.position",
    )


class ActionLine(Base):
    __tablename__ = "action_line"
    __table_args__ = (CheckConstraint("progress >= 0 AND progress <= 100", name="progress"),)
    id: Mapped[int] = mapped_column(primary_key=True)
    row_version: Mapped[int] = version_column()
    __mapper_args__ = counted_by(row_version)
    plan_id: Mapped[int] = mapped_column(ForeignKey("action_plan.id", ondelete="CASCADE"), index=True)
    code: Mapped[str] = mapped_column(String(20), info=shared())
    position: Mapped[int] = mapped_column(default=0, info=shared())
    title: Mapped[Bilingual] = bilingual("title", HEADING_LENGTH)
    description: Mapped[Bilingual] = bilingual("description")
    us_agency_id: Mapped[int | None] = mapped_column(ForeignKey("agency.id", ondelete="SET NULL"))
    mx_agency_id: Mapped[int | None] = mapped_column(ForeignKey("agency.id", ondelete="SET NULL"))
    created_on: Mapped[dt.date] = mapped_column(Date, info=shared())
    due_date: Mapped[dt.date | None] = mapped_column(Date, info=shared())
    status: Mapped[LineStatus] = enum_column(LineStatus, default=LineStatus.NOT_STARTED,
                                             info=shared())
    progress: Mapped[int] = mapped_column(default=0, info=shared())
    internal_notes: Mapped[Bilingual] = bilingual("internal_notes", kind=Kind.INTERNAL)

    plan: Mapped[ActionPlan] = relationship(back_populates="lines")
    us_agency: Mapped[Agency | None] = relationship(foreign_keys=[us_agency_id])
    mx_agency: Mapped[Agency | None] = relationship(foreign_keys=[mx_agency_id])
    updates: Mapped[list[StatusUpdate]] = relationship(
        back_populates="line", cascade="all, delete-orphan", passive_deletes=True,
        order_by="StatusUpdate.date",
    )


class StatusUpdate(Base):
    __tablename__ = "status_update"
    # Line and date together: the table's "last update" and "changed since the previous
    # plenary" read this index alone, never the rows (their notes are long).
    __table_args__ = (Index("ix_status_update_line_date", "line_id", "date"),)
    id: Mapped[int] = mapped_column(primary_key=True)
    row_version: Mapped[int] = version_column()
    __mapper_args__ = counted_by(row_version)
    line_id: Mapped[int] = mapped_column(ForeignKey("action_line.id", ondelete="CASCADE"))
    date: Mapped[dt.date] = mapped_column(Date, info=shared())
    status: Mapped[LineStatus] = enum_column(LineStatus, info=shared())
    progress: Mapped[int | None] = mapped_column(info=shared())
    note: Mapped[Bilingual] = bilingual("note")

    line: Mapped[ActionLine] = relationship(back_populates="updates")


class Communique(Base):
    __tablename__ = "communique"
    id: Mapped[int] = mapped_column(primary_key=True)
    meeting_id: Mapped[int] = mapped_column(
        ForeignKey("meeting.id", ondelete="CASCADE"), unique=True
    )

    versions: Mapped[list[CommuniqueVersion]] = relationship(
        back_populates="communique", cascade="all, delete-orphan", passive_deletes=True,
        order_by="CommuniqueVersion.number",
    )


class CommuniqueVersion(Base):
    """A saved state of the draft; number 0 is the working draft being edited."""

    __tablename__ = "communique_version"
    __table_args__ = (UniqueConstraint("communique_id", "number"),)
    id: Mapped[int] = mapped_column(primary_key=True)
    row_version: Mapped[int] = version_column()
    __mapper_args__ = counted_by(row_version)
    communique_id: Mapped[int] = mapped_column(ForeignKey("communique.id", ondelete="CASCADE"))
    number: Mapped[int] = mapped_column(default=0, info=shared())
    label: Mapped[str] = mapped_column(String(200), default="", info=shared(LABEL_LENGTH))
    saved_at: Mapped[dt.datetime] = mapped_column(DateTime, info=shared())
    # whose text this version is: "" for ours, the other side's party code ("US", "MX") for a
    # proposal that came from them (their edited Word file, their package); never merged into
    # our working draft, only compared with it
    origin: Mapped[str] = mapped_column(String(2), default="", server_default="", info=shared(2))

    communique: Mapped[Communique] = relationship(back_populates="versions")
    paragraphs: Mapped[list[Paragraph]] = relationship(
        back_populates="version", cascade="all, delete-orphan", passive_deletes=True,
        order_by="Paragraph.position",
    )


class Paragraph(Base):
    __tablename__ = "paragraph"
    id: Mapped[int] = mapped_column(primary_key=True)
    row_version: Mapped[int] = version_column()
    __mapper_args__ = counted_by(row_version)
    version_id: Mapped[int] = mapped_column(
        ForeignKey("communique_version.id", ondelete="CASCADE"), index=True
    )
    position: Mapped[int] = mapped_column(default=0, info=shared())
    text: Mapped[Bilingual] = bilingual("text")
    status: Mapped[ParagraphStatus] = enum_column(ParagraphStatus, default=ParagraphStatus.DRAFT,
                                                  info=shared())
    # conformity: who checked that the two language texts say the same (a name typed, or
    # our staffer), and when; empty / None while unchecked. Editing either text clears it.
    # Our own bookkeeping before signature: internal, never printed.
    conformity_by: Mapped[str] = mapped_column(String(200), default="", server_default="",
                                               info=internal(NAME_LENGTH))
    conformity_at: Mapped[dt.datetime | None] = mapped_column(DateTime, info=internal())
    # notes on the paragraph: the counterpart's comments in their edited Word file
    # ("author: text", one a line) and our own; internal, never printed in the communiqué
    notes: Mapped[str] = mapped_column(Text, default="", server_default="",
                                       info=internal(TEXT_LENGTH))

    version: Mapped[CommuniqueVersion] = relationship(back_populates="paragraphs")

    @property
    def conforming(self) -> bool:
        return self.conformity_at is not None


class ParagraphPattern(Base):
    """An editable pattern the communiqué generator fills from the meeting's facts."""

    __tablename__ = "paragraph_pattern"
    id: Mapped[int] = mapped_column(primary_key=True)
    row_version: Mapped[int] = version_column()
    __mapper_args__ = counted_by(row_version)
    key: Mapped[str] = mapped_column(String(40), unique=True, info=shared())
    position: Mapped[int] = mapped_column(default=0, info=shared())
    text: Mapped[Bilingual] = bilingual("text")


class Term(Base):
    """A termbase entry: the agreed English and Spanish forms of a name."""

    __tablename__ = "term"
    id: Mapped[int] = mapped_column(primary_key=True)
    row_version: Mapped[int] = version_column()
    __mapper_args__ = counted_by(row_version)
    term: Mapped[Bilingual] = bilingual("term")
    acronym: Mapped[Bilingual] = bilingual("acronym")
    note: Mapped[str] = mapped_column(Text, default="", info=shared())
    # accepted variants, one a line per language: another spelling, an acronym, the other
    # word order of a long name ("Comité Ejecutivo Bilateral"); the termbase check takes
    # any of them for the term. Our own termbase's: internal.
    variants: Mapped[Bilingual] = bilingual("variants", kind=Kind.INTERNAL)


class PackageDirection(enum.StrEnum):
    SENT = "sent"
    RECEIVED = "received"


class PackageLog(Base):
    """A meeting package we sent or received: the last one both sides have is the base of
    the next three-way review. Our bookkeeping; it never travels."""

    __tablename__ = "package_log"
    id: Mapped[int] = mapped_column(primary_key=True)
    package_uuid: Mapped[str] = mapped_column(String(36), unique=True, info=declare(Kind.KEY))
    meeting_uuid: Mapped[str] = mapped_column(String(36), index=True, info=declare(Kind.KEY))
    direction: Mapped[PackageDirection] = enum_column(PackageDirection, info=shared())
    side: Mapped[str] = mapped_column(String(2), info=shared(2))  # the sender: "US", "MX"
    created_at: Mapped[dt.datetime] = mapped_column(DateTime, info=shared())
    # the package's data members as sent (JSON): what both sides had at that moment
    content: Mapped[bytes] = mapped_column(LargeBinary, info=internal())
