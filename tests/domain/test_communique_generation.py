"""The communiqué's first draft, generated from the demo plenary's facts."""

import datetime as dt

import pytest
from sqlalchemy import select

from bescapp.domain.communique import (
    NEUTRAL_CLOSING,
    PatternProblem,
    country_order,
    fill,
    join_list,
    split_point,
)
from bescapp.model.bilingual import Bilingual as B
from bescapp.model.entities import Meeting, MeetingKind, ParagraphPattern
from bescapp.store.first_draft import generate_draft


@pytest.fixture
def draft(demo_db):
    db, meeting_id = demo_db
    with db.session() as session:
        yield generate_draft(session, session.get(Meeting, meeting_id))


def test_opening_names_the_plenary_date_city_and_hosts_in_both_languages(draft):
    """The demo: Seade hosts, Landau and McCament co-host; both languages say so."""
    opening = draft[0]
    assert opening.key == "opening"
    en, es = opening.text.en, opening.text.es
    assert en.startswith(
        "High-level representatives of the Governments of the United States and Mexico met on "
        "March 4, 2020, in Mexico City for the 12th Plenary Meeting of the 21st Century Border "
        "Management Initiative Executive Steering Committee. ")
    assert es.startswith(
        "Representantes de alto nivel de los Gobiernos de México y de los Estados Unidos se "
        "reunieron el 4 de marzo de 2020 en Ciudad de México con motivo de la XII Reunión "
        "Plenaria del Comité Ejecutivo Bilateral de la Iniciativa para la Administración de la "
        "Frontera en el Siglo XXI. ")
    assert ("The meeting was hosted by Dr. Jesús Seade Kuri, Under Secretary for North "
            "America, Ministry of Foreign Affairs. The co-hosts were Amb. Christopher Landau, "
            "U.S. Ambassador to Mexico, and Mr. James W. McCament, Under Secretary (Acting) for "
            "Strategy, Policy, and Plans, U.S. Department of Homeland Security.") in en
    assert ("Fue anfitrión de la reunión el Dr. Jesús Seade Kuri, Subsecretario para América "
            "del Norte, Secretaría de Relaciones Exteriores. Fueron coanfitriones el Emb. "
            "Christopher Landau, Embajador de los Estados Unidos en México, y el Sr. James W. "
            "McCament, Subsecretario (interino) de Estrategia, Política y Planes del "
            "Departamento de Seguridad Nacional de los Estados Unidos.") in es
    assert en.endswith("Homeland Security.")
    assert es.endswith("de los Estados Unidos.")
    for text in (en, es):
        assert "{" not in text
        assert "  " not in text
        assert "encabezada" not in text
    # the host party's host comes first
    assert en.index("Seade") < en.index("Landau") < en.index("McCament")


def test_one_paragraph_per_adopted_plan_then_completed_lines_commitments_and_closing(draft):
    keys = [p.key for p in draft]
    assert keys[:4] == ["opening", "action_plan", "action_plan", "action_plan"]
    assert keys[-1] == "closing"
    assert "completed_line" in keys
    assert "commitments" in keys
    plans = [p.text for p in draft if p.key == "action_plan"]
    assert "Action Plan on Ports-of-Entry Infrastructure" in plans[0].en
    assert "Plan de Acción en materia de Infraestructura de puertos de entrada" in plans[0].es
    completed = [p.text for p in draft if p.key == "completed_line"]
    assert any("San Ysidro-El Chaparral" in t.en for t in completed)
    assert all(p.text.missing_languages() == [] for p in draft)


def test_without_a_next_plenary_the_closing_is_neutral(draft):
    assert draft[-1].text == NEUTRAL_CLOSING


def test_with_a_next_plenary_the_closing_names_it(demo_db):
    db, meeting_id = demo_db
    with db.transaction() as session:
        session.add(Meeting(kind=MeetingKind.PLENARY, number=13, start_date=dt.date(2021, 3, 9),
                            end_date=dt.date(2021, 3, 9), city=B("Washington, D.C.", "Washington, D.C.")))
    with db.session() as session:
        closing = generate_draft(session, session.get(Meeting, meeting_id))[-1]
    assert "13th Plenary Meeting in Washington, D.C." in closing.text.en
    assert "XIII Reunión Plenaria en Washington, D.C." in closing.text.es


def test_patterns_are_data_the_staff_can_edit(demo_db):
    db, meeting_id = demo_db
    with db.transaction() as session:
        pattern = session.scalar(select(ParagraphPattern).where(ParagraphPattern.key == "action_plan"))
        pattern.text = B("Adopted: {plan}.", "Adoptado: {plan}.")
    with db.session() as session:
        draft = generate_draft(session, session.get(Meeting, meeting_id))
    assert draft[1].text == B("Adopted: Ports-of-Entry Infrastructure.",
                              "Adoptado: Infraestructura de puertos de entrada.")


def test_a_broken_pattern_is_refused_naming_the_pattern_and_language():
    with pytest.raises(PatternProblem, match=r"“opening” \(Spanish\).*\{ciudad\}"):
        fill("opening", B("{city}", "{ciudad}"), {"city": B("Mexico City", "Ciudad de México")})
    with pytest.raises(PatternProblem, match=r"“opening” \(English\)"):
        fill("opening", B("{city", "{city}"), {"city": "x"})


def test_lists_join_in_each_language():
    assert join_list(["A", "B"], "en") == "A and B"
    assert join_list(["A", "B", "C"], "en", "; ") == "A; B; and C"
    assert join_list(["A", "Ignacio"], "es") == "A e Ignacio"
    assert join_list(["A", "B", "C"], "es") == "A, B y C" or join_list(["A", "B", "C"], "es") == "A, B, y C"


@pytest.mark.parametrize(("text", "lang", "first", "expected"), [
    ("the Governments of the United States and Mexico", "en", "MX",
     "the Governments of Mexico and the United States"),
    ("the Governments of Mexico and the United States", "en", "US",
     "the Governments of the United States and Mexico"),
    ("los Gobiernos de México y de los Estados Unidos", "es", "US",
     "los Gobiernos de los Estados Unidos y de México"),
    ("los Gobiernos de los Estados Unidos y de México", "es", "MX",
     "los Gobiernos de México y de los Estados Unidos"),
    ("United States–Mexico border", "en", "US", "United States–Mexico border"),
])
def test_each_copy_names_its_own_country_first(text, lang, first, expected):
    assert country_order(text, lang, first) == expected


def test_split_point_prefers_a_sentence_end():
    text = "One sentence here. Another one there."
    assert split_point(text, 0.5) == len("One sentence here. ")
    assert split_point("", 0.5) == 0


def test_country_order_keeps_a_capital_at_the_start_of_a_sentence():
    assert country_order("The United States and Mexico agreed.", "en", "MX") == (
        "Mexico and the United States agreed.")
    assert country_order("Los Estados Unidos y México acordaron.", "es", "MX") == (
        "México y los Estados Unidos acordaron.")
