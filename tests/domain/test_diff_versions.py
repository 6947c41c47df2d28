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
    assert "".join(p.text for p in pieces if p.op != "delete") == "One.\n\nTwo."
    assert not changed(diff_versions(["Same."], ["Same."]))


def test_a_long_draft_rebuilds_both_versions():  # its speed: bench/diff.py
    old = [f"Paragraph {n}: the delegations agreed to the work plan of the border." for n in range(300)]
    new = [t.replace("the", "a") for t in old[:150]] + old[151:] + ["A closing paragraph."]
    pieces = diff_versions(old, new)
    assert "".join(p.text for p in pieces if p.op != "insert") == "\n\n".join(old)
    assert "".join(p.text for p in pieces if p.op != "delete") == "\n\n".join(new)


def test_a_deleted_first_paragraph_takes_its_break_with_it():
    pieces = diff_versions(["A.", "B."], ["B."])
    assert "".join(p.text for p in pieces if p.op != "insert") == "A.\n\nB."
    assert "".join(p.text for p in pieces if p.op != "delete") == "B."
