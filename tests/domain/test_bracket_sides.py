"""An alternative carries the side that proposed it: "[expand]US [consolidate]MX".

The tag (US or MX right after the closing bracket, no space) belongs to the bracket: the
parity check across languages counts it with the bracket, not as text, and asks that each
alternative be proposed by the same side in both languages.
"""

from bescapp.domain.brackets import (
    CheckKind,
    bracketed_places,
    check_brackets,
    holds_brackets,
    side_after,
)
from bescapp.model.bilingual import Bilingual as B


def test_each_alternative_knows_its_side():
    (place,) = bracketed_places("Both will [expand]US [consolidate]MX the work.")
    assert place.alternatives == ("expand", "consolidate")
    assert place.sides == ("US", "MX")
    assert place.shown() == "[expand]US[consolidate]MX"


def test_an_untagged_alternative_has_no_side_and_a_word_after_a_bracket_is_not_a_tag():
    places = bracketed_places("We [expand] it; the [USA]USA and [now]MXN.")
    assert [p.alternatives for p in places] == [("expand",), ("USA",), ("now",)]
    assert [p.sides for p in places] == [("",), ("",), ("",)]
    assert side_after("[a]US.", 3) == "US"
    assert side_after("[a]USD", 3) == ""


def test_tagged_alternatives_side_by_side_are_one_place():
    (place,) = bracketed_places("[a]US[b]MX")
    assert place.alternatives == ("a", "b")
    (spaced,) = bracketed_places("[a]US [b]MX")
    assert spaced.sides == ("US", "MX")


def test_the_same_sides_in_both_languages_pass_the_parity_check():
    text = B("Both will [expand]US [consolidate]MX the work.",
             "Ambos [ampliarán]US [consolidarán]MX el trabajo.")
    assert check_brackets(text) == []


def test_a_side_that_differs_between_the_languages_is_pointed_out():
    text = B("Both will [expand]US [consolidate]MX the work.",
             "Ambos [ampliarán]MX [consolidarán]US el trabajo.")
    (found,) = check_brackets(text)
    assert found.kind == CheckKind.SIDE_UNMATCHED
    assert found.detail == "[expand]US[consolidate]MX"
    assert "same sides" in found.describe()
    (untagged,) = check_brackets(B("[a]US [b]MX", "[a] [b]"))
    assert untagged.kind == CheckKind.SIDE_UNMATCHED


def test_the_tags_do_not_hide_a_missing_alternative():
    (found,) = check_brackets(B("[a]US [b]MX", "[a]US"))
    assert found.kind == CheckKind.ALTERNATIVE_UNMATCHED
    assert found.language == "en"


def test_tagged_text_is_still_bracketed_text():
    assert holds_brackets(B("[a]US [b]MX", "[a]US [b]MX"))
