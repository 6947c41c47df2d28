"""Every document from the command line, on a database made by `init` (either side).

A meeting, one person on each list leading the same agenda item, an action plan with a
line led by an agency on each side, and the communiqué draft generated from the stock
patterns: `bescapp export` then writes each document in English, Spanish and both.
"""

import datetime as dt

import pytest
from docx import Document
from sqlalchemy import select

from bescapp.cli import main
from bescapp.domain.delegations import MembershipFields, PersonFields
from bescapp.model.bilingual import Bilingual as B
from bescapp.model.entities import Agency, Meeting, Role
from bescapp.store import actions, agenda, communique, delegations, meetings
from bescapp.store.database import open_database
from bescapp.store.first_draft import generate_draft

DOCUMENTS = ("agenda", "delegations", "actions", "briefing-book", "communique")


@pytest.fixture
def prepared(fresh_path):
    """The 13th plenary prepared from scratch; yields (path, meeting id, side)."""
    path, side = fresh_path
    db = open_database(path)
    try:
        with db.transaction() as session:
            meeting = meetings.create_meeting(session, meetings.MeetingFields(
                number=13, start_date=dt.date(2026, 5, 6), end_date=dt.date(2026, 5, 6),
                city=B("Washington, D.C.", "Washington, D.C."), host_party="US"))
            people = {}
            for code, given, surname, acronym in (("US", "Ana", "Smith", "CBP"),
                                                  ("MX", "Luis", "García", "ANAM")):
                agency = session.scalar(select(Agency).where(Agency.acronym == acronym))
                person = delegations.create_person(session, PersonFields(
                    given_names=given, first_surname=surname,
                    title=B("Director General", "Director General"), agency_id=agency.id))
                delegations.add_member(session, meeting,
                                       delegations.party_by_code(session, code).id, person,
                                       MembershipFields(role=Role.HEAD))
                people[code] = (person, agency.id)
            item = agenda.add_item(session, meeting, None, 0, agenda.ItemFields(
                title=B("Opening remarks", "Palabras de apertura")))
            agenda.set_leads(session, item, [people["US"][0], people["MX"][0]])
            plan = actions.add_plan(session, actions.PlanFields(
                code="POE", title=B("Ports of entry", "Puertos de entrada"),
                start_date=dt.date(2026, 1, 1)), meeting_id=meeting)
            actions.add_line(session, plan, actions.LineFields(
                title=B("Expand the inspection lanes", "Ampliar los carriles de inspección"),
                us_agency_id=people["US"][1], mx_agency_id=people["MX"][1],
                due_date=dt.date(2026, 12, 1)), created_on=dt.date(2026, 2, 1))
        with db.transaction() as session:
            draft = generate_draft(session, session.get(Meeting, meeting))
            communique.replace_draft(session, meeting, [(p.text, p.status) for p in draft])
    finally:
        db.close()
    return path, meeting, side


def document_text(path) -> str:
    doc = Document(str(path))
    parts = [p.text for p in doc.paragraphs]
    for table in doc.tables:
        for row in table.rows:
            parts += [cell.text for cell in row.cells]
    return "\n".join(parts)


EXPECTED = {
    ("agenda", "en"): ["Agenda", "13th Plenary Meeting — Washington, D.C., May 6, 2026",
                       "Opening remarks", "Ana Smith", "Luis García"],
    ("agenda", "es"): ["Orden del día", "XIII Reunión Plenaria — Washington, D.C., 6 de mayo "
                       "de 2026", "Palabras de apertura", "Ana Smith", "Luis García"],
    ("delegations", "en"): ["Delegation of the United States of America", "Delegation of Mexico",
                            "Ana Smith", "Luis García", "(CBP)", "(ANAM)"],
    ("delegations", "es"): ["Delegación de los Estados Unidos de América",
                            "Delegación de México", "Ana Smith", "Luis García"],
    ("actions", "en"): ["Status as of May 6, 2026", "POE — Ports of entry", "POE-1",
                        "Expand the inspection lanes", "CBP / ANAM", "Not started"],
    ("actions", "es"): ["Situación al 6 de mayo de 2026", "Puertos de entrada",
                        "Ampliar los carriles de inspección", "CBP / ANAM", "Sin iniciar"],
    ("briefing-book", "en"): ["Scene-setter", "Opening remarks", "Ana Smith",
                              "Expand the inspection lanes"],
    ("briefing-book", "es"): ["Panorama general", "Palabras de apertura", "Luis García",
                              "Ampliar los carriles de inspección"],
    ("communique", "en"): ["{copy_en} Joint Communiqué",
                           "for the 13th Plenary Meeting of the 21st Century Border Management",
                           "adopted the Action Plan on Ports of entry",
                           "the following line of action: expand the inspection lanes"],
    ("communique", "es"): ["Comunicado conjunto {copy_es}",
                           "con motivo de la XIII Reunión Plenaria",
                           "adoptaron el Plan de Acción en materia de puertos de entrada",
                           "línea de acción: ampliar los carriles de inspección"],
}


@pytest.mark.parametrize("document", DOCUMENTS)
def test_each_document_exports_in_each_language_with_its_key_text(prepared, document, tmp_path,
                                                                  capsys):
    path, meeting, side = prepared
    # Our side's copy unless told: our country is named first.
    copy = {"us": {"copy_en": "United States–Mexico", "copy_es": "Estados Unidos–México"},
            "mx": {"copy_en": "Mexico–United States", "copy_es": "México–Estados Unidos"}}[side]
    for language in ("en", "es", "bilingual"):
        output = tmp_path / f"{document}-{language}.docx"
        code = main(["export", document, "--database", str(path), "--meeting", str(meeting),
                     "--language", language, "-o", str(output)])
        out, err = capsys.readouterr()
        assert code == 0, err
        assert f"wrote {output}" in out
        text = document_text(output)
        wanted = (EXPECTED[(document, "en")] + EXPECTED[(document, "es")]
                  if language == "bilingual" else EXPECTED[(document, language)])
        wanted = [w.format(**copy) for w in wanted]
        if language == "bilingual" and side == "mx":  # Spanish first: "POE — Puertos … / Ports …"
            wanted = [w.replace("POE — Ports of entry", "Ports of entry") for w in wanted]
        missing = [w for w in wanted if w not in text]
        assert not missing, (language, missing)


def test_the_generated_draft_names_no_host_as_an_open_bracket(prepared, tmp_path, capsys):
    """No one is marked host yet: the opening says so in brackets, never "hosted by ."."""
    path, meeting, _side = prepared
    output = tmp_path / "communique.docx"
    assert main(["export", "communique", "--database", str(path), "--meeting", str(meeting),
                 "--language", "bilingual", "-o", str(output)]) == 0
    text = document_text(output)
    assert "The meeting was hosted by [names of the hosts]." in text
    assert "Fueron anfitriones de la reunión [nombres de los anfitriones]." in text
    assert "hosted by ." not in text
    assert "de la reunión ." not in text
    capsys.readouterr()


@pytest.mark.parametrize("document", ["agenda", "delegations", "actions", "communique"])
def test_a_shareable_document_is_a_draft_until_exported_with_final(prepared, document, tmp_path,
                                                                   capsys):
    """Our committee names the document; "--final" drops the draft marking and its date."""
    path, meeting, _side = prepared
    texts = {}
    for final in (False, True):
        output = tmp_path / f"{document}-{final}.docx"
        assert main(["export", document, "--database", str(path), "--meeting", str(meeting),
                     "--language", "es", "-o", str(output), *(["--final"] if final else [])]) == 0
        texts[final] = document_text(output)
    capsys.readouterr()
    committee = "Comité Ejecutivo Bilateral para la Administración de la Frontera en el Siglo XXI"
    assert committee in texts[False]
    assert committee in texts[True]
    assert "PROYECTO — NO DIFUNDIR" in texts[False]
    assert "PROYECTO — NO DIFUNDIR" not in texts[True]
    dated = "Rev. 1 — " if document == "communique" else "Al "
    assert dated in texts[False]
    if document != "communique":
        assert "\nAl " not in "\n" + texts[True]
