"""Word-by-word differences between two versions."""

from bescapp.domain.diff import Piece, changed, diff_versions, diff_words


def test_a_replaced_word_is_a_deletion_and_an_insertion():
    assert diff_words("to expand the work", "to consolidate the work") == [
        Piece("equal", "to "), Piece("delete", "expand"), Piece("insert", "consolidate"),
        Piece("equal", " the work")]


def test_pieces_rebuild_both_texts():
    old, new = "Ambos países [ampliar] la frontera.", "Ambos gobiernos ampliarán la frontera común."
    pieces = diff_words(old, new)
    assert "".join(p.text for p in pieces if p.op != "insert") == old
    assert "".join(p.text for p in pieces if p.op != "delete") == new


def test_added_paragraph_shows_as_an_insertion():
    pieces = diff_versions(["One."], ["One.", "Two."])
    assert [p for p in pieces if p.op == "insert"] == [Piece("insert", "\n\nTwo.")]
    assert not changed(diff_versions(["Same."], ["Same."]))
