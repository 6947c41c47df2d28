"""Pairing their proposal with our draft, and bracketing both wordings."""

from bescapp.domain.brackets import check_brackets
from bescapp.domain.negotiation import Kind, bracket_both, bracket_both_texts, match
from bescapp.model.bilingual import Bilingual as B


def kinds(ours, theirs):
    return [(p.kind, p.ours, p.theirs) for p in match([B(t, t) for t in ours],
                                                       [B(t, t) for t in theirs])]


def test_changed_added_and_removed_paragraphs_pair_in_order():
    assert kinds(["a", "b", "c"], ["a", "b2", "c"]) == [
        (Kind.SAME, (0,), (0,)), (Kind.CHANGED, (1,), (1,)), (Kind.SAME, (2,), (2,))]
    assert kinds(["a", "c"], ["a", "b", "c"]) == [
        (Kind.SAME, (0,), (0,)), (Kind.ADDED, (), (1,)), (Kind.SAME, (1,), (2,))]
    assert kinds(["a", "b", "c"], ["a", "c"]) == [
        (Kind.SAME, (0,), (0,)), (Kind.REMOVED, (1,), ()), (Kind.SAME, (2,), (1,))]


def test_moved_split_and_merged_paragraphs_are_shown_so():
    assert kinds(["a", "b", "c", "d"], ["a", "c", "b", "d"]) == [
        (Kind.SAME, (0,), (0,)), (Kind.SAME, (2,), (1,)), (Kind.MOVED, (1,), (2,)),
        (Kind.SAME, (3,), (3,))]
    assert kinds(["a", "b c", "d"], ["a", "b", "c", "d"])[1] == (Kind.SPLIT, (1,), (1, 2))
    assert kinds(["a", "b", "c", "d"], ["a", "b c", "d"])[1] == (Kind.MERGED, (1, 2), (1,))


def test_bracket_both_attributes_each_wording_and_keeps_what_both_share():
    assert bracket_both("Both committed to expand the work.",
                        "Both committed to consolidate the work.", "US", "MX") == \
        "Both committed to [expand]US [consolidate]MX the work."
    assert bracket_both("The same.", "The same.", "US", "MX") == "The same."
    text = bracket_both_texts(B("to expand it", "a ampliarla"), B("to widen it", "a extenderla"),
                              "MX", "US")
    assert text == B("to [expand]MX [widen]US it", "a [ampliarla]MX [extenderla]US")
    assert check_brackets(text) == []  # the two languages' brackets correspond
