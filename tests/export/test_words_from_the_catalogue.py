"""Every fixed word of a Spanish document comes from the catalogue.

Each document is rendered in Spanish with a test catalogue in which every translation
is its message between «guillemets»; its headings, column titles, cover lines, status
words and footer then show as markers, and none of the real catalogue's Spanish words
is left in it (which a word hard-coded in a module would be).
"""

import gettext

import pytest
from babel.messages.mofile import write_mo
from babel.messages.pofile import read_po
from docx import Document
from docx.oxml.ns import qn

from bescapp.export import actions, agenda, briefing_book, communique, delegations
from bescapp.i18n import catalogue
from tests.test_catalogue import PO


def _marked(text: str) -> str:
    return f"«{text}»"


@pytest.fixture
def marker_catalogue(tmp_path, monkeypatch):
    """The Spanish catalogue with every msgstr replaced by «msgid», compiled into tmp_path."""
    with PO.open("rb") as f:
        po = read_po(f)
    for message in po:
        if not message.id:
            continue
        if message.pluralizable:
            message.string = tuple(_marked(message.id[min(k, 1)]) for k in range(po.num_plurals))
        else:
            message.string = _marked(message.id)
    folder = tmp_path / "translations" / "es" / "LC_MESSAGES"
    folder.mkdir(parents=True)
    with (folder / "bescapp.mo").open("wb") as f:
        write_mo(f, po)
    monkeypatch.setattr(catalogue, "FOLDER", tmp_path / "translations")
    catalogue.words.cache_clear()
    yield
    catalogue.words.cache_clear()


def _texts(path) -> list[str]:
    """Every paragraph of the document, tables, headers and footers included."""
    doc = Document(str(path))
    roots = [doc.element.body]
    for section in doc.sections:
        roots += [section.header._element, section.footer._element]
    return ["".join(t.text or "" for t in p.iter(qn("w:t")))
            for root in roots for p in root.iter(qn("w:p"))]


def _real_spanish_words() -> set[str]:
    """The real catalogue's Spanish for fixed words (no placeholders), as whole lines."""
    with PO.open("rb") as f:
        po = read_po(f)
    return {m.string for m in po if m.id and not m.pluralizable and "{" not in m.string
            and len(m.string) > 3 and m.string != m.id}


DOCUMENTS = {
    "agenda": (lambda s, m, p: agenda.write_agenda(s, m, "es", p),
               ["Agenda", "No.", "Time", "Item", "Leads"]),
    "delegations": (lambda s, m, p: delegations.write_delegations(s, m, "es", p),
                    ["Delegation Lists", "Name", "Title", "Agency",
                     "Delegation of the United States of America", "Delegation of Mexico"]),
    "contact sheet": (lambda s, m, p: delegations.write_delegations(s, m, "es", p,
                                                                    contact_sheet=True),
                      ["Delegation Contact Sheet", "E-mail", "Phone"]),
    "actions": (lambda s, m, p: actions.write_status_report(s, m, "es", p, internal=True),
                ["Action Plans: Status Report", "Summary", "Action plan", "Total", "Overdue",
                 "Line of action", "Leads (US / MX)", "Due", "Status", "Progress",
                 "Last update", "On track", "Internal notes",
                 "INTERNAL: includes internal notes. Do not share.",
                 "Progress Since the Previous Plenary"]),
    "communique": (lambda s, m, p: communique.write_communique(s, m, "es", p, copy="mx"),
                   ["Mexico–United States Joint Communiqué",
                    "Negotiating text: square brackets mark text not yet agreed."]),
    "briefing book": (lambda s, m, p: briefing_book.write_briefing_book(s, m, "es", p),
                      ["Contents", "Schedule at a Glance", "Scene-setter", "Our objectives",
                       "Counterpart's likely asks", "Desired outcomes", "Visit schedule",
                       "Moment", "Place", "Who", "Notes", "In this session", "Attention",
                       "Objective", "Desired outcome", "Counterpart's likely position",
                       "Talking Points", "If asked", "Background", "Press guidance", "Top lines",
                       "For internal use of the delegation only. Do not share.",
                       "Delegates: Contact Details and Internal Notes",
                       "Agenda", "Action Plans: Status Report"]),
}


@pytest.mark.parametrize("name", DOCUMENTS)
def test_each_spanish_document_takes_its_fixed_words_from_the_catalogue(
        name, demo_db, tmp_path, marker_catalogue):
    db, meeting_id = demo_db
    write, words = DOCUMENTS[name]
    path = tmp_path / "doc.docx"
    with db.session() as session:
        write(session, meeting_id, path)
    lines = _texts(path)
    text = "\n".join(lines)
    missing = [w for w in words if _marked(w) not in text]
    assert missing == []
    assert any(line.startswith("«Page ") for line in lines)  # the footer's "Page X of Y"
    left = _real_spanish_words() & set(lines)
    assert left == set(), f"words not from the catalogue: {sorted(left)}"


def test_a_bilingual_document_asks_both_catalogues(demo_db, tmp_path, marker_catalogue):
    db, meeting_id = demo_db
    path = tmp_path / "a.docx"
    with db.session() as session:
        agenda.write_agenda(session, meeting_id, "bilingual", path)
    assert "Agenda / «Agenda»" in _texts(path)


def test_the_status_marks_and_the_roles_come_from_the_catalogue(demo_db, tmp_path,
                                                                 marker_catalogue):
    db, meeting_id = demo_db
    with db.session() as session:
        communique.write_communique(session, meeting_id, "es", tmp_path / "c.docx")
        delegations.write_delegations(session, meeting_id, "es", tmp_path / "d.docx")
    text = "\n".join(_texts(tmp_path / "c.docx"))
    assert any(f"({_marked(w)})" in text for w in ("Draft", "Bracketed", "Agreed"))
    cells = "\n".join(_texts(tmp_path / "d.docx"))
    assert "«Head of delegation»" in cells


def test_the_real_catalogue_is_read_again_afterwards():
    assert gettext.translation("bescapp", catalogue.FOLDER, ["es"]).gettext("Agenda") == \
        "Orden del día"
    assert catalogue.say("Agenda", "es") == "Orden del día"
