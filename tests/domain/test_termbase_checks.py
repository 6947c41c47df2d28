"""Termbase consistency: accents, case, articles, inflected forms, acronyms."""

import pytest

from bescapp.domain.brackets import CheckKind
from bescapp.domain.termbase import TermPair, check_terms, uses
from bescapp.model.bilingual import Bilingual as B

ESC = TermPair(B("Executive Steering Committee", "Comité Ejecutivo Bilateral"), B("ESC", "CEB"))
PLAN = TermPair(B("action plan", "plan de acción"))
POE = TermPair(B("port of entry", "puerto de entrada"), B("POE", ""))
LAW = TermPair(B("law enforcement information", "información para la aplicación de la ley"))
TERMS = [ESC, PLAN, POE, LAW]


def missing(en, es):
    return [(r.language, r.detail) for r in check_terms(B(en, es), TERMS)
            if r.kind == CheckKind.TERM_MISSING]


def test_a_term_without_its_equivalent_is_reported_in_the_language_that_lacks_it():
    assert missing("The Executive Steering Committee met.", "El comité se reunió.") == [
        ("es", "Comité Ejecutivo Bilateral (CEB)")]
    assert missing("The committee met.", "El Comité Ejecutivo Bilateral se reunió.") == [
        ("en", "Executive Steering Committee (ESC)")]


def test_accents_and_case_do_not_matter():
    assert missing("The Executive Steering Committee met.", "El COMITE EJECUTIVO bilateral.") == []


@pytest.mark.parametrize(("en", "es"), [
    ("The delegations adopted Action Plans.", "Las delegaciones adoptaron Planes de Acción."),
    ("Three ports of entry.", "Tres puertos de entrada."),
    ("Sharing of law enforcement information.",
     "Intercambio de información para aplicación de ley."),  # articles dropped
    ("Sharing of law enforcement information.", "Información para la aplicación del ley."),
])
def test_inflected_forms_and_articles_still_match(en, es):
    assert missing(en, es) == []


def test_spanish_gender_endings():
    sub = TermPair(B("Under Secretary", "Subsecretario"))
    assert uses("la Subsecretaria de Comercio", "es", sub)
    assert uses("los Subsecretarios", "es", sub)


def test_acronyms_count_as_the_term_and_match_whole_words_only():
    assert missing("The ESC met.", "El CEB se reunió.") == []
    assert missing("The ESC met.", "El Comité Ejecutivo Bilateral se reunió.") == []
    assert missing("The ESC met.", "Se reunió.") == [("es", "Comité Ejecutivo Bilateral (CEB)")]
    assert missing("The ESCORT met.", "Se reunió.") == []
    assert missing("New POE.", "Nuevo puerto de entrada.") == []


def test_an_empty_side_is_left_to_the_empty_check():
    assert missing("The Executive Steering Committee met.", "") == []
