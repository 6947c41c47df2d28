"""Hostile text in every free-text field the window edits, through every export (hypothesis).

On a database made by ``init`` (either side) a plenary is prepared with plain text; then
each field gets a hostile text through the store operation the window's undo command
calls, each in its own transaction: control characters, lone surrogates, zero-width and
direction marks, astral characters, combining marks, XML specials, Word field-looking
text, placeholders, and text just under, at and over the field's declared limit. Each is
either refused with the core's message (one of ``REFUSALS``, never another exception) or
stored. Then every document is written in English, Spanish and both, python-docx opens
each one, and the text of every stored field (as the export cleans it) is found in them.

The nastiest inputs met while writing this suite are kept in ``WORST``; their documents
are opened in LibreOffice once, in one batch.
"""

from __future__ import annotations

import datetime as dt
import os
import re
import shutil
import tempfile
import time
from dataclasses import replace
from pathlib import Path

import pytest
from docx import Document
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import select

from bescapp.cli import main as cli_main
from bescapp.domain.actions import ActionsInvalid, NeedsConfirmation
from bescapp.domain.agenda import AgendaInvalid
from bescapp.domain.communique import PatternProblem
from bescapp.domain.delegations import MemberInvalid, MembershipFields, PersonFields
from bescapp.domain.text import DIRECTION_CONTROLS
from bescapp.export import kit
from bescapp.export.actions import write_status_report
from bescapp.export.agenda import write_agenda
from bescapp.export.briefing_book import write_briefing_book
from bescapp.export.communique import write_communique
from bescapp.export.delegations import write_delegations
from bescapp.model.bilingual import Bilingual as B
from bescapp.model.entities import (
    NAME_LENGTH,
    PLACE_LENGTH,
    TEXT_LENGTH,
    TITLE_LENGTH,
    ActionLine,
    ActionPlan,
    Agency,
    AgendaItem,
    DatabaseSettings,
    LineStatus,
    Meeting,
    Membership,
    Paragraph,
    ParagraphPattern,
    Person,
    Role,
    StatusUpdate,
    Term,
)
from bescapp.store import actions, agenda, communique, delegations, meetings, our_side
from bescapp.store.communique import CommuniqueProblem
from bescapp.store.database import open_database
from bescapp.store.delegations import DelegationProblem
from bescapp.store.first_draft import generate_draft
from bescapp.store.meetings import MeetingInvalid
from bescapp.store.our_side import SideProblem
from tests.libreoffice import page_count, to_pdf

# The core's refusals: each carries an English sentence saying what and where.
REFUSALS = (MemberInvalid, MeetingInvalid, AgendaInvalid, ActionsInvalid, NeedsConfirmation,
            CommuniqueProblem, DelegationProblem, SideProblem, PatternProblem)
LANGUAGES = ("en", "es", "bilingual")

# --------------------------------------------------------------------------- hostile text

PIECES = [
    "\x00", "\x01", "\x08", "\x0b", "\x0c", "\x1b", "\x1f", "\x7f", "\x85", "\x9f",  # control
    "\ud800", "\udbff", "\udc00", "\udcff",  # lone surrogates
    "\ufffe", "\uffff", "\ufeff",  # non-characters, byte-order mark
    "\u200b", "\u200c", "\u200d", "\u2060", "\u00ad", "\u3164", "\u115f",  # invisible
    "\u202a", "\u202b", "\u202d", "\u202e", "\u2066", "\u2067", "\u2068", "\u2069",  # direction
    "\u200e", "\u200f", "\u061c",
    "\U0001f600", "\U0001f1fa\U0001f1f8", "\U0001f469\u200d\U0001f4bb", "\U00020000",
    "\U0010fffd",  # astral
    "\u0301", "e\u0301", "\u0338" * 5, "Z\u0335\u0321\u0327\u0310\u0352",  # combining
    "<", ">", "&", '"', "'", "]]>", "<w:t>", "&amp;", "&#0;", "<![CDATA[",  # XML
    "{ PAGE }", "{PAGE}", "{ MERGEFIELD name }", "{ TOC \\o }", "{ DDE }",  # Word fields
    "[a][b]", "[", "]", "[[", "%1", "%n", "%s", "{placeholder}", "{0}", "{", "}", "{{",
    "{hosts:a|b}", "{city!r}",
    "\n", "\r", "\r\n", "\t", "\u2028", "\u2029", " ", "\u00a0", "\u3000",
    "é", "ñ", "ß", "İ", "ﬁ", "Ω",
]
PIECE = st.sampled_from(PIECES)
CHARACTER = st.one_of(st.characters(codec=None, categories=None),
                      st.sampled_from([p for p in PIECES if len(p) == 1]))
LIMITS = sorted({NAME_LENGTH, PLACE_LENGTH, TITLE_LENGTH, TEXT_LENGTH, 20, 40})


def _to_length(piece: str, limit: int, offset: int) -> str:
    n = max(limit + offset, 0)
    return (piece * (n // max(len(piece), 1) + 1))[:n] if piece else ""


HOSTILE = st.one_of(
    st.lists(PIECE, min_size=1, max_size=8).map("".join),
    st.text(CHARACTER, max_size=30),
    st.builds(lambda a, b, c: f"{a}Plain{b}words{c}", PIECE, PIECE, PIECE),
    # Near and over a declared limit (a cut may split an astral character in two).
    st.builds(_to_length, st.text(CHARACTER, min_size=1, max_size=3), st.sampled_from(LIMITS),
              st.integers(-1, 1)),
)

# --------------------------------------------------------------------------- the plenary


def prepare(path: Path) -> dict:
    """A plenary with plain text in every field the suite then replaces; returns the ids."""
    db = open_database(path)
    try:
        with db.transaction() as s:
            meeting = meetings.create_meeting(s, meetings.MeetingFields(
                number=13, start_date=dt.date(2026, 5, 6), end_date=dt.date(2026, 5, 6),
                city=B("Laredo", "Laredo"), venue=B("City Hall", "Ayuntamiento"),
                host_party="US"))
            ids = {"meeting": meeting}
            for code, given_names, surname, acronym in (("US", "Ana", "Smith", "CBP"),
                                                        ("MX", "Luis", "García", "ANAM")):
                agency = s.scalar(select(Agency).where(Agency.acronym == acronym))
                person = delegations.create_person(s, PersonFields(
                    given_names=given_names, first_surname=surname, title=B("Chief", "Jefe"),
                    agency_id=agency.id))
                membership = delegations.add_member(
                    s, meeting, delegations.party_by_code(s, code).id, person,
                    MembershipFields(role=Role.HEAD))
                ids[code] = {"person": person, "membership": membership, "agency": agency.id}
            ids["item"] = agenda.add_item(s, meeting, None, 0, agenda.ItemFields(
                title=B("Opening", "Apertura")))
            agenda.set_leads(s, ids["item"], [ids["US"]["person"], ids["MX"]["person"]])
            ids["plan"] = actions.add_plan(s, actions.PlanFields(
                code="POE", title=B("Ports", "Puertos"), start_date=dt.date(2026, 1, 1)),
                meeting_id=meeting)
            ids["line"] = actions.add_line(s, ids["plan"], actions.LineFields(
                title=B("Lanes", "Carriles"), us_agency_id=ids["US"]["agency"],
                mx_agency_id=ids["MX"]["agency"]), created_on=dt.date(2026, 2, 1))
            ids["update"] = actions.add_update(s, ids["line"], actions.UpdateFields(
                date=dt.date(2026, 3, 1), status=LineStatus.ON_TRACK, progress=10,
                note=B("Begun", "Iniciado")), today=dt.date(2026, 5, 1))[0]
            # The stock patterns spell the committee out; an edited one may name it.
            opening = s.scalar(select(ParagraphPattern).where(ParagraphPattern.key == "opening"))
            opening.text = B(opening.text.en + " The {committee} met.",
                             opening.text.es + " Se reunió el {committee}.")
    finally:
        db.close()
    return ids


def _meeting(s, ids, **change):
    row = s.get(Meeting, ids["meeting"])
    meetings.update_meeting(s, ids["meeting"], replace(meetings.fields_of(row), **change))


def _item(s, ids, **change):
    agenda.update_item(s, ids["item"], replace(agenda.item_fields(s, ids["item"]), **change))


def _person(s, ids, code, **change):
    person = ids[code]["person"]
    delegations.update_person(s, person, replace(delegations.person_fields(s, person), **change))


def _membership(s, ids, **change):
    membership = ids["MX"]["membership"]
    delegations.update_membership(
        s, membership, replace(delegations.membership_fields(s, membership), **change))


def _plan(s, ids, **change):
    actions.update_plan(s, ids["plan"], replace(actions.plan_fields(s, ids["plan"]), **change))


def _line(s, ids, **change):
    actions.update_line(s, ids["line"], replace(actions.line_fields(s, ids["line"]), **change),
                        confirmed=False)


def _agency(s, ids, code, text):
    agency = s.get(Agency, ids[code]["agency"])
    delegations.update_agency(s, agency.id, agency.party_id, agency.acronym, B(text, text))


def _settings(s, **change):
    our_side.write(s, replace(our_side.read(s), **change))


def _note(s, ids, text):
    actions.add_update(s, ids["line"], actions.UpdateFields(
        date=dt.date(2026, 4, 1), status=LineStatus.AT_RISK, progress=20,
        note=B(text, text)), today=dt.date(2026, 5, 1))


# Each field: how the window stores it, and how to read back what was stored.
FIELDS = {
    "meeting city": (lambda s, i, t: _meeting(s, i, city=B(t, "Laredo")),
                     lambda s, i: s.get(Meeting, i["meeting"]).city.en),
    "meeting venue": (lambda s, i, t: _meeting(s, i, venue=B("Hall", t)),
                      lambda s, i: s.get(Meeting, i["meeting"]).venue.es),
    "meeting marking": (lambda s, i, t: _meeting(s, i, handling_marking=B(t, t)),
                        lambda s, i: s.get(Meeting, i["meeting"]).handling_marking.en),
    "item title": (lambda s, i, t: _item(s, i, title=B(t, t)),
                   lambda s, i: s.get(AgendaItem, i["item"]).title.en),
    "item description": (lambda s, i, t: _item(s, i, description=B(t, t)),
                         lambda s, i: s.get(AgendaItem, i["item"]).description.es),
    "item objective": (lambda s, i, t: _item(s, i, objective=B(t, t)),
                       lambda s, i: s.get(AgendaItem, i["item"]).objective.en),
    "item talking points": (lambda s, i, t: _item(s, i, talking_points=B(t, t)),
                            lambda s, i: s.get(AgendaItem, i["item"]).talking_points.es),
    "item background": (lambda s, i, t: _item(s, i, background=B(t, t)),
                        lambda s, i: s.get(AgendaItem, i["item"]).background.en),
    "given names": (lambda s, i, t: _person(s, i, "US", given_names=t),
                    lambda s, i: s.get(Person, i["US"]["person"]).given_names),
    "first surname": (lambda s, i, t: _person(s, i, "MX", first_surname=t),
                      lambda s, i: s.get(Person, i["MX"]["person"]).first_surname),
    "second surname": (lambda s, i, t: _person(s, i, "MX", second_surname=t),
                       lambda s, i: s.get(Person, i["MX"]["person"]).second_surname),
    "person title": (lambda s, i, t: _person(s, i, "US", title=B(t, t)),
                     lambda s, i: s.get(Person, i["US"]["person"]).title.en),
    "biography": (lambda s, i, t: _person(s, i, "US", biography=B(t, t)),
                  lambda s, i: s.get(Person, i["US"]["person"]).biography.en),
    "person notes": (lambda s, i, t: _person(s, i, "US", internal_notes=B(t, t)),
                     lambda s, i: s.get(Person, i["US"]["person"]).internal_notes.en),
    "membership title": (lambda s, i, t: _membership(s, i, title=B(t, t)),
                         lambda s, i: s.get(Membership, i["MX"]["membership"]).title.es),
    "membership notes": (lambda s, i, t: _membership(s, i, internal_notes=B(t, t)),
                         lambda s, i: s.get(Membership, i["MX"]["membership"]).internal_notes.es),
    "agency name": (lambda s, i, t: _agency(s, i, "US", t),
                    lambda s, i: s.get(Agency, i["US"]["agency"]).name.en),
    "plan title": (lambda s, i, t: _plan(s, i, title=B(t, t)),
                   lambda s, i: s.get(ActionPlan, i["plan"]).title.en),
    "plan description": (lambda s, i, t: _plan(s, i, description=B(t, t)),
                         lambda s, i: s.get(ActionPlan, i["plan"]).description.es),
    "line title": (lambda s, i, t: _line(s, i, title=B(t, t)),
                   lambda s, i: s.get(ActionLine, i["line"]).title.es),
    "line description": (lambda s, i, t: _line(s, i, description=B(t, t)),
                         lambda s, i: s.get(ActionLine, i["line"]).description.en),
    "line notes": (lambda s, i, t: _line(s, i, internal_notes=B(t, t)),
                   lambda s, i: s.get(ActionLine, i["line"]).internal_notes.en),
    "update note": (lambda s, i, t: _note(s, i, t),
                    lambda s, i: s.scalars(select(StatusUpdate).where(
                        StatusUpdate.line_id == i["line"]).order_by(
                        StatusUpdate.date.desc())).first().note.en),
    "committee name": (lambda s, i, t: _settings(s, committee_name=B(t, t)),
                       lambda s, i: s.get(DatabaseSettings, 1).committee_name.en),
    "committee acronym": (lambda s, i, t: _settings(s, committee_acronym=B(t, t)),
                          lambda s, i: s.get(DatabaseSettings, 1).committee_acronym.en),
    "committee marking": (lambda s, i, t: _settings(s, handling_marking=B(t, t)),
                          lambda s, i: s.get(DatabaseSettings, 1).handling_marking.en),
    "term": (lambda s, i, t: i.__setitem__("term", communique.add_term(
                 s, communique.TermFields(term=B(t, t), acronym=B(t, t), note=t))),
             lambda s, i: s.get(Term, i["term"]).term.en),
}
# Fields no document prints here: stored or refused, never looked for. (Update notes are
# printed for the weeks since the previous plenary, and this database holds one plenary.)
# A person's title is copied onto the membership when they are put on a list; the
# meeting's documents print the membership's. Our default marking is copied onto a
# meeting when it is made (the meeting's own marking is a field here).
NOT_PRINTED = {"term", "committee acronym", "update note", "plan description",
               "line description", "person title", "committee marking"}


def fill(path: Path, ids: dict, texts: dict[str, str], paragraph: str) -> tuple[dict, dict]:
    """Each field's hostile text through its store operation; (stored, refused) by field."""
    stored, refused = {}, {}
    db = open_database(path)
    try:
        for name, (write, read) in FIELDS.items():
            try:
                with db.transaction() as s:
                    write(s, ids, texts[name])
            except REFUSALS as refusal:
                refused[name] = str(refusal)
                assert refused[name].strip(), name
                continue
            with db.session() as s:
                stored[name] = read(s, ids)
        try:  # the window's "Generate" fills the patterns with the facts above
            with db.transaction() as s:
                draft = generate_draft(s, s.get(Meeting, ids["meeting"]))
                communique.replace_draft(s, ids["meeting"], [(p.text, p.status) for p in draft])
        except REFUSALS as refusal:
            refused["generated draft"] = str(refusal)
        try:
            with db.transaction() as s:
                ids["paragraph"] = communique.add_paragraph(s, ids["meeting"], None,
                                                            B(paragraph, paragraph))
        except REFUSALS as refusal:
            refused["paragraph"] = str(refusal)
        else:
            with db.session() as s:
                stored["paragraph"] = s.get(Paragraph, ids["paragraph"]).text.en
    finally:
        db.close()
    return stored, refused


# Each document: (name, writer(session, meeting, language, path)).
DOCUMENTS = {
    "agenda": write_agenda,
    "delegations": write_delegations,
    "contacts": lambda s, m, lang, p: write_delegations(s, m, lang, p, contact_sheet=True),
    "actions": write_status_report,
    "internal actions": lambda s, m, lang, p: write_status_report(s, m, lang, p, internal=True),
    "briefing book": write_briefing_book,
    "communique": write_communique,
}


def export_all(path: Path, meeting: int, out: Path, *, side: str,
               documents: tuple[str, ...] = tuple(DOCUMENTS),
               languages: tuple[str, ...] = LANGUAGES) -> list[Path]:
    """Each document in each language, as the window writes them, into ``out``."""
    written = []
    db = open_database(path)
    try:
        with db.session() as s:
            for document in documents:
                write = DOCUMENTS[document]
                for language in languages:
                    target = out / f"{document.replace(' ', '-')}-{language}.docx"
                    if document == "communique":
                        write_communique(s, meeting, language, target, copy=side)
                    else:
                        write(s, meeting, language, target)
                    written.append(target)
    finally:
        db.close()
    return written


def document_text(path: Path) -> str:
    doc = Document(str(path))
    parts = [p.text for p in doc.paragraphs]
    for table in doc.tables:
        for row in table.rows:
            parts += [cell.text for cell in row.cells]
    for section in doc.sections:
        parts += [p.text for p in section.header.paragraphs]
        parts += [p.text for p in section.footer.paragraphs]
    return "\n".join(parts)


def seen(text: str) -> str:
    """Text as a reader finds it in a document: cleaned as the export cleans it, without
    direction marks, and without white space (line ends become paragraphs, runs of blanks
    are folded in names)."""
    return "".join(DIRECTION_CONTROLS.sub("", kit.clean(text)).split())


def check_documents(paths: list[Path], stored: dict[str, str]) -> None:
    texts = {path: seen(document_text(path)) for path in paths}  # python-docx reopens each
    everything = "\n".join(texts.values())
    for name, value in stored.items():
        wanted = seen(value)
        if name in NOT_PRINTED or not wanted:
            continue
        assert wanted in everything, (name, value[:80])


# --------------------------------------------------------------------------- the suite

@pytest.fixture(scope="module")
def bases(tmp_path_factory):
    """A database made by ``init`` for each side, with the plain plenary, made when first
    asked for: side -> (path, ids, side)."""
    made = {}

    def base(side: str):
        if side not in made:
            path = tmp_path_factory.mktemp("base") / f"base-{side}.db"
            assert cli_main(["init", "--database", str(path), "--side", side]) == 0
            made[side] = (path, prepare(path), side)
        return made[side]
    return base


@pytest.fixture(params=["us", "mx"])
def base(request, bases):
    return bases(request.param)


SLOWEST: list[tuple[float, int, str]] = []  # seconds, fields refused, the input


def run_example(base, texts: dict[str, str], paragraph: str, out: Path, *,
                documents: tuple[str, ...] = tuple(DOCUMENTS),
                languages: tuple[str, ...] = LANGUAGES) -> list[Path]:
    """One example on its own copy of the database: fill, export, reopen and look."""
    path, ids, side = base
    start = time.perf_counter()
    copy = out / "hostile.db"
    shutil.copyfile(path, copy)
    ids = {k: (dict(v) if isinstance(v, dict) else v) for k, v in ids.items()}
    stored, refused = fill(copy, ids, texts, paragraph)
    written = export_all(copy, ids["meeting"], out, side=side, documents=documents,
                         languages=languages)
    if documents == tuple(DOCUMENTS):
        check_documents(written, stored)
    SLOWEST.append((time.perf_counter() - start, len(refused), repr(texts)[:300]))
    return written


# A longer hunt: BESCAPP_HOSTILE_EXAMPLES=200 python -m pytest -k everywhere
@settings(max_examples=int(os.environ.get("BESCAPP_HOSTILE_EXAMPLES", 5)), deadline=None,
          suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large,
                                 HealthCheck.function_scoped_fixture])
@given(texts=st.fixed_dictionaries({name: HOSTILE for name in FIELDS}), paragraph=HOSTILE)
def test_hostile_text_is_refused_or_exported_everywhere(base, texts, paragraph):
    with tempfile.TemporaryDirectory() as out:
        run_example(base, texts, paragraph, Path(out))


# --------------------------------------------------------------------------- the worst

# The nastiest inputs met while writing the suite, each put into every field at once.
WORST = {
    "surrogate and controls": "Sm\ud800ith\x00\x1b\x7f",
    "xml and fields": '<w:t>&amp;]]><![CDATA[ { PAGE } { MERGEFIELD x } "\' & <>',
    "direction and invisible": "\u202eevil\u202c\u2066gnp.exe\u2069\u200b\ufeff\u00ad",
    "astral and combining": "\U0001f469\u200d\U0001f4bb Z\u0335\u0321\u0327 e\u0301\u0338"
                            "\U00020000\U0010fffd",
    "placeholders and brackets": "{placeholder} {hosts:a|b} {0} %1 %n [a][b] [[ {{",
    "lines and tabs": "one\r\ntwo\rthree\n\tfour\u2028five\u2029six",
    "at the name limit": ("\U0001f600" + "Ñ" * (NAME_LENGTH - 2) + "e\u0301")[:NAME_LENGTH],
    "over the text limit": "x" * (TEXT_LENGTH + 1),
}


def slugged(label: str) -> str:
    return re.sub(r"\W+", "-", label)


def test_the_worst_inputs_export_and_are_found(bases, tmp_path):
    """Each worst input in every field at once, on one side's database or the other's."""
    for k, (label, text) in enumerate(WORST.items()):
        out = tmp_path / slugged(label)
        out.mkdir()
        run_example(bases(("us", "mx")[k % 2]), dict.fromkeys(FIELDS, text), text, out)


@pytest.mark.libreoffice
def test_libreoffice_opens_every_document_of_the_worst_inputs(bases, tmp_path):
    """One document per export, each made from another worst input, in one batch."""
    documents = []
    worst = list(WORST.items())
    for k, document in enumerate(DOCUMENTS):
        label, text = worst[k % len(worst)]
        out = tmp_path / f"{k}"
        out.mkdir()
        [written] = run_example(bases(("us", "mx")[k % 2]), dict.fromkeys(FIELDS, text), text,
                                out, documents=(document,), languages=("bilingual",))
        documents.append(written.rename(tmp_path / f"{slugged(document)}-{slugged(label)}.docx"))
    pdfs = to_pdf(documents, tmp_path / "pdf")
    for document, pdf in pdfs.items():
        assert pdf.exists(), f"LibreOffice could not open {document.name}"
        assert page_count(pdf) >= 1, document.name


def test_briefing_book_marking_from_the_command_line_is_checked(fresh_path, tmp_path, capsys):
    """``--marking`` comes from the shell: bytes that were not UTF-8 arrive as a lone
    surrogate, which must be refused with a message, not reach python-docx."""
    path, _side = fresh_path
    ids = prepare(path)
    output = tmp_path / "book.docx"
    code = cli_main(["export", "briefing-book", "--database", str(path), "--meeting",
                     str(ids["meeting"]), "--marking", "SECRET\udcff", "-o", str(output)])
    _out, err = capsys.readouterr()
    assert code != 0
    assert "marking" in err
    assert "cannot be stored" in err
    assert not output.exists()
    code = cli_main(["export", "briefing-book", "--database", str(path), "--meeting",
                     str(ids["meeting"]), "--marking", "x" * 201, "-o", str(output)])
    _out, err = capsys.readouterr()
    assert code != 0
    assert "at most 200" in err
    code = cli_main(["export", "briefing-book", "--database", str(path), "--meeting",
                     str(ids["meeting"]), "--marking", "SENSITIVE\x07 <&>", "-o", str(output)])
    capsys.readouterr()
    assert code == 0
    assert "SENSITIVE <&>" in document_text(output)


def test_agency_and_committee_texts_are_refused_with_what_and_where(fresh_db):
    """Found by this suite: these went straight to SQLite (a lone surrogate failed there
    mid-transaction) or into every document however long."""
    db, _side = fresh_db
    with db.session() as s:
        agency = s.scalar(select(Agency).where(Agency.acronym == "CBP"))
        agency_id, party_id = agency.id, agency.party_id
    with pytest.raises(DelegationProblem, match=r"agency name \(Spanish\): holds characters "
                                                r"that cannot be stored"), db.transaction() as s:
        delegations.update_agency(s, agency_id, party_id, "CBP", B("Customs", "Adu\udcffana"))
    with pytest.raises(DelegationProblem, match=r"agency name \(English\): holds only "
                                                r"invisible"), db.transaction() as s:
        delegations.update_agency(s, agency_id, party_id, "CBP", B("\u200b\ufeff", "Aduana"))
    with pytest.raises(SideProblem, match=r"committee name \(Spanish\): 1,001 characters; "
                                          r"at most 1,000"), db.transaction() as s:
        our_side.write(s, replace(our_side.read(s), committee_name=B("C", "x" * 1001)))
    with pytest.raises(SideProblem, match=r"handling marking \(English\): holds characters"), \
            db.transaction() as s:
        our_side.write(s, replace(our_side.read(s), handling_marking=B("\ud800", "")))
    with db.transaction() as s:  # direction overrides are removed, line ends folded
        delegations.update_agency(s, agency_id, party_id, "CBP",
                                  B("U.S. \u202eCustoms\u202c\nand Border", "Aduanas"))
        our_side.write(s, replace(our_side.read(s), committee_name=B("\u2066ESC\u2069", "CED")))
    with db.session() as s:
        assert s.get(Agency, agency_id).name.en == "U.S. Customs and Border"
        assert our_side.read(s).committee_name.en == "ESC"
