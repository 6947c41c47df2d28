"""Bracket parity between English and Spanish, and one-language paragraphs."""

from bescapp.domain.brackets import CheckKind, bracketed_places, check_brackets
from bescapp.model.bilingual import Bilingual as B


def kinds(text):
    return [(r.kind, r.language) for r in check_brackets(text)]


def test_matching_alternatives_pass():
    assert check_brackets(B("to [expand][consolidate] the", "a [ampliar][consolidar] la")) == []


def test_alternatives_with_a_space_between_are_one_place():
    assert [p.alternatives for p in bracketed_places("[a] [b] and [c]")] == [("a", "b"), ("c",)]


def test_a_bracket_in_one_language_only():
    result = check_brackets(B("to [expand] the", "a ampliar la"))
    assert [(r.kind, r.language, r.detail) for r in result] == [
        (CheckKind.BRACKET_UNMATCHED, "en", "[expand]")]


def test_an_alternative_in_one_language_only():
    assert kinds(B("[expand][consolidate]", "[ampliar]")) == [(CheckKind.ALTERNATIVE_UNMATCHED, "en")]


def test_unbalanced_brackets():
    assert (CheckKind.UNBALANCED, "es") in kinds(B("[a]", "[a"))
    assert (CheckKind.UNBALANCED, "en") in kinds(B("a]", "a"))


def test_nested_brackets_are_one_place():
    assert check_brackets(B("[a [b] c]", "[x [y] z]")) == []


def test_a_paragraph_empty_in_one_language():
    assert kinds(B("Text", "  ")) == [(CheckKind.EMPTY, "es")]
    assert check_brackets(B("", "")) == []


def test_describe_is_readable():
    (result,) = check_brackets(B("[x]", "x"))
    assert result.describe() == "English: bracketed text [x] has no counterpart in the other language"
