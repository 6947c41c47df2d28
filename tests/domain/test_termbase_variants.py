"""Termbase variants: another spelling, an acronym or the other word order of a term
counts as the term, so the check flags a term missing, never a variant used instead."""

from bescapp.domain.brackets import CheckKind
from bescapp.domain.termbase import TermPair, check_terms
from bescapp.model.bilingual import Bilingual as B

ESC = TermPair(B("Executive Steering Committee", "Comité Ejecutivo Bilateral"),
               B("ESC", "CEB"),
               B("Steering Committee\nBESC", "Comité Ejecutivo\nComité Bilateral Ejecutivo"),
               key=7)


def test_a_variant_in_the_other_language_satisfies_the_term():
    text = B("The Executive Steering Committee met.", "El Comité Bilateral Ejecutivo se reunió.")
    assert check_terms(text, [ESC]) == []
    # an acronym variant, matched as written
    assert check_terms(B("The ESC met.", "Se reunió el CEB."), [ESC]) == []


def test_a_variant_used_counts_as_the_term_and_asks_for_its_equivalent():
    found = check_terms(B("The BESC met.", "Se reunieron las delegaciones."), [ESC])
    assert [(r.kind, r.language, r.detail, r.term_id) for r in found] == [
        (CheckKind.TERM_MISSING, "es", "Comité Ejecutivo Bilateral (CEB)", 7)]


def test_a_missing_term_is_still_flagged():
    found = check_terms(B("The Executive Steering Committee met.",
                          "Se reunió el comité."), [ESC])
    assert [r.language for r in found] == ["es"]
    # without the variant the other word order was a missing term
    bare = TermPair(ESC.term, ESC.acronym, key=7)
    assert check_terms(B("The Executive Steering Committee met.",
                         "El Comité Bilateral Ejecutivo se reunió."), [bare]) != []


def test_a_lowercase_word_is_no_acronym_variant():
    pair = TermPair(B("port of entry", "puerto de entrada"), variants=B("", "garita"))
    assert check_terms(B("The port of entry.", "La garita fronteriza."), [pair]) == []
    assert check_terms(B("The port of entry.", "La Garita."), [pair]) == []  # folded words
