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
    # honorifics in full in running text; Spanish posts in lowercase, institutions capitalized
    assert ("The meeting was hosted by Dr. Jesús Seade Kuri, Under Secretary for North "
            "America, Ministry of Foreign Affairs. The co-hosts were Ambassador Christopher "
            "Landau, U.S. Ambassador to Mexico, and Mr. James W. McCament, Under Secretary "
            "(Acting) for Strategy, Policy, and Plans, U.S. Department of Homeland Security.") in en
    assert ("Fue anfitrión de la reunión el doctor Jesús Seade Kuri, subsecretario para América "
            "del Norte, Secretaría de Relaciones Exteriores. Fueron coanfitriones el embajador "
            "Christopher Landau, embajador de los Estados Unidos en México, y el señor James W. "
            "McCament, subsecretario (interino) de Estrategia, Política y Planes del "
            "Departamento de Seguridad Nacional de los Estados Unidos.") in es
    for abbreviated in ("Amb.", "Emb.", "Sr.", "Dr. Jesús"):
        assert abbreviated not in (es if abbreviated != "Amb." else en)
    assert en.endswith("Homeland Security.")
    assert es.endswith("de los Estados Unidos.")
    for text in (en, es):
        assert "{" not in text
        assert "  " not in text
        assert "encabezada" not in text
    # the host party's host comes first
    assert en.index("Seade") < en.index("Landau") < en.index("McCament")


def test_the_plans_in_one_sentence_then_each_plans_lines_as_prose_and_the_closing(draft):
    keys = [p.key for p in draft]
    assert keys == ["opening", "action_plan", "completed_line", "commitments", "commitments",
                    "commitments", "closing"]  # not one copy of a sentence per line
    plans = next(p.text for p in draft if p.key == "action_plan")
    assert plans == B(
        "The delegations adopted the Action Plans on Ports-of-Entry Infrastructure, Trade and "
        "Travel Facilitation, and Public Safety.",
        "Las delegaciones adoptaron los Planes de Acción en materia de infraestructura de "
        "puertos de entrada, facilitación del comercio y los viajes, y seguridad pública.")
    completed = next(p.text for p in draft if p.key == "completed_line")
    assert completed.es == (
        "En el marco del Plan de Acción en materia de infraestructura de puertos de entrada, "
        "ambos países destacaron la conclusión de la siguiente línea de acción: ampliación del "
        "cruce fronterizo San Ysidro-El Chaparral.")
    trade = [p.text for p in draft if p.key == "commitments"][1]
    assert trade.en == (
        "Under the Action Plan on Trade and Travel Facilitation, both countries committed to "
        "continue their work on the following lines of action: reduction of wait times through "
        "low-cost, high-impact strategies; expansion of the Unified Cargo Processing Program; "
        "and expansion of the Trusted Traveler Programs (Viajero Confiable México, Global Entry "
        "and NEXUS).")
    assert trade.es == (
        "En el marco del Plan de Acción en materia de facilitación del comercio y los viajes, "
        "ambos países se comprometieron a continuar sus trabajos en las siguientes líneas de "
        "acción: reducción de los tiempos de espera mediante estrategias de bajo costo y alto "
        "impacto; ampliación del Programa de Procesamiento Unificado de Carga; y ampliación de "
        "los Programas de Viajeros Confiables (Viajero Confiable México, Global Entry y NEXUS).")
    safety = [p.text for p in draft if p.key == "commitments"][2]
    assert safety.es.endswith("región fronteriza e intercambio de información para la "
                              "aplicación de la ley.")  # "y" before an /i/ sound is "e"
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
        pattern.text = B("Adopted: {plan}.", "Adoptado: {plan}.")  # as before the grouping
    with db.session() as session:
        draft = generate_draft(session, session.get(Meeting, meeting_id))
    assert draft[1].text == B(
        "Adopted: Ports-of-Entry Infrastructure, Trade and Travel Facilitation, and Public Safety.",
        "Adoptado: infraestructura de puertos de entrada, facilitación del comercio y los "
        "viajes, y seguridad pública.")


def test_a_broken_pattern_is_refused_naming_the_pattern_and_language():
    with pytest.raises(PatternProblem, match=r"“opening” \(Spanish\).*\{ciudad\}"):
        fill("opening", B("{city}", "{ciudad}"), {"city": B("Mexico City", "Ciudad de México")})
    with pytest.raises(PatternProblem, match=r"“opening” \(English\)"):
        fill("opening", B("{city", "{city}"), {"city": "x"})


def test_lists_join_in_each_language():
    assert join_list(["A", "B"], "en") == "A and B"
    assert join_list(["A", "B", "C"], "en", "; ") == "A; B; and C"
    assert join_list(["A", "Ignacio"], "es") == "A e Ignacio"
    assert join_list(["A", "B", "C"], "en") == "A, B, and C"  # the GPO's serial comma
    assert join_list(["A", "B", "C"], "es") == "A, B y C"  # none before "y" (RAE) ...
    assert join_list(["A y B", "C", "D"], "es") == "A y B, C, y D"  # ... unless an item holds one


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
