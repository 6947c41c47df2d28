"""Several editors on the orders and on the entries the first pass left unchecked: a move,
indent or reorder refused when another editor changed the order since it was shown, its
undo refused the same way, the communiqué draft's whole-draft undo checked paragraph by
paragraph, and paragraphs, termbase entries, agencies and status updates saved only over
the version shown. Each refusal names what the other editor changed, in English and in
Spanish, and keeps all of their change.

Two databases opened on one place, as two windows would (two engines, two sessions): the
demo in a file and, with ``BESCAPP_TEST_DATABASE``, on the test server (where the order
is also locked: ``test_a_move_waits_for_another_and_is_then_refused``).
"""

import threading

import pytest
from sqlalchemy import select, text

from bescapp.model.bilingual import Bilingual
from bescapp.model.entities import (
    VERSION,
    Agency,
    AgendaItem,
    Meeting,
    Membership,
    Paragraph,
    StatusUpdate,
    Term,
)
from bescapp.store import actions, agenda, communique, delegations, versions
from bescapp.store.actions import UpdateFields
from bescapp.store.database import open_database
from bescapp.store.versions import Conflict
from tests.conftest import _demo_into


@pytest.fixture
def demo_place(test_server, tmp_path):
    """Where the demo plenary is: a file, or a database of its own on the test server."""
    if test_server is None:
        path = tmp_path / "demo.db"
        db = open_database(path)
        try:
            with db.transaction() as s:
                from bescapp.store.demo import load_demo
                load_demo(s)
        finally:
            db.close()
        yield path
        return
    test_server.template("demo", _demo_into)
    address = test_server.fresh("demo")
    try:
        yield address
    finally:
        test_server.drop(address)


@pytest.fixture
def two(demo_place):
    """Two editors' databases on the demo, and the 12th plenary's id."""
    first, second = open_database(demo_place), open_database(demo_place)
    with first.session() as s:
        meeting_id = s.scalar(select(Meeting.id).where(Meeting.number == 12))
    yield first, second, meeting_id
    first.close()
    second.close()


def _order(db, meeting_id):
    """The agenda's order as a window shows it (``store.agenda.Order``)."""
    with db.session() as s:
        rows = agenda.load_tree(s, meeting_id)
    groups: dict = {}
    for r in sorted(rows, key=lambda r: (r.day, r.position, r.id) if r.parent_id is None
                    else (r.position, r.id)):
        groups.setdefault(r.parent_id, []).append(r.id)
    return {parent: tuple(ids) for parent, ids in groups.items()}


def _item(db, meeting_id, title):
    with db.session() as s:
        return next(r for r in agenda.load_tree(s, meeting_id) if r.title.en == title)


def _both(conflict: Conflict) -> tuple[str, str]:
    return conflict.text("en"), conflict.text("es")


def _first_children(order, parent, n=3):
    return list(order[parent][:n])


# ----------------------------------------------------------------------------- agenda

def test_a_move_over_another_editors_move_is_refused_naming_the_item(two):
    first, second, meeting_id = two
    shown_first = _order(first, meeting_id)  # both windows show the same agenda
    shown_second = _order(second, meeting_id)
    opening = _item(first, meeting_id, "Opening Session")
    a, b, c = _first_children(shown_first, opening.id)
    with first.session() as s:
        names = {i: s.get_one(AgendaItem, i).title for i in (a, b, c)}
        version_c = s.get_one(AgendaItem, c).row_version
    # The second editor moves the third entry to the top.
    with second.transaction() as s:
        agenda.move_item(s, c, opening.id, 0, shown=shown_second)
    with second.session() as s:
        assert s.get_one(AgendaItem, c).row_version == version_c + 1  # the move counted
    # The first, still showing the old order, moves the second entry up: refused.
    with pytest.raises(Conflict) as refused, first.transaction() as s:
        agenda.move_by(s, b, -1, shown=shown_first)
    en, es = _both(refused.value)
    assert en == (f"Someone else changed the agenda item “{names[c].en}” since you opened it "
                  "(place in the order). Your change was not saved, so theirs is kept; the "
                  "window now shows their version.")
    assert es.startswith(f"Otra persona modificó el punto del orden del día «{names[c].es}»")
    assert "(lugar en el orden)" in es
    assert _order(first, meeting_id)[opening.id][:3] == (c, a, b)  # theirs, all of it


def test_an_indent_and_an_outdent_over_a_changed_order_are_refused(two):
    first, second, meeting_id = two
    shown = _order(first, meeting_id)
    opening = _item(first, meeting_id, "Opening Session")
    a, b, _c = _first_children(shown, opening.id)
    with second.transaction() as s:  # the second editor indents b under a
        agenda.indent(s, b, shown=_order(second, meeting_id))
    with pytest.raises(Conflict) as refused, first.transaction() as s:
        agenda.indent(s, b, shown=shown)  # the first, not knowing, indents it too
    assert "(place in the order)" in refused.value.text("en")
    with pytest.raises(Conflict), first.transaction() as s:
        agenda.outdent(s, a, shown=shown)  # a's list lost b: refused as well
    assert _order(first, meeting_id)[a] == (b,)


def test_a_move_of_an_item_another_editor_deleted_is_refused(two):
    first, second, meeting_id = two
    shown = _order(first, meeting_id)
    opening = _item(first, meeting_id, "Opening Session")
    _a, b, _c = _first_children(shown, opening.id)
    with second.transaction() as s:
        agenda.delete_item(s, b)
    with pytest.raises(Conflict) as refused, first.transaction() as s:
        agenda.move_by(s, b, -1, shown=shown)
    assert refused.value.deleted
    assert refused.value.text("en") == ("Someone else deleted the agenda item since you opened "
                                        "it. Your change was not saved.")
    assert refused.value.text("es").startswith("Otra persona eliminó el punto del orden del día")


def test_a_move_nobody_else_touched_still_moves(two):
    first, second, meeting_id = two
    shown = _order(first, meeting_id)
    opening = _item(first, meeting_id, "Opening Session")
    a, b, _c = _first_children(shown, opening.id)
    session_two = next(i for i in shown[None] if i != opening.id)
    with second.transaction() as s:  # another list: not the one the first renumbers
        children = _order(second, meeting_id).get(session_two, ())
        if len(children) > 1:
            agenda.move_item(s, children[1], session_two, 0,
                             shown=_order(second, meeting_id))
        item = s.get_one(AgendaItem, a)  # and a text of an item that moves
        item.title = Bilingual("Welcome", item.title.es)
    with first.transaction() as s:
        agenda.move_by(s, b, -1, shown=shown)
    assert _order(first, meeting_id)[opening.id][:2] == (b, a)
    assert _item(first, meeting_id, "Welcome").id == a


def test_the_undo_of_a_move_is_refused_when_another_editor_reordered_since(two):
    first, second, meeting_id = two
    opening = _item(first, meeting_id, "Opening Session")
    a, b, c = _first_children(_order(first, meeting_id), opening.id)
    with first.transaction() as s:  # the first editor's move, and the order it left
        before = agenda.index_of(s, b)
        agenda.move_by(s, b, -1, shown=_order(first, meeting_id))
        left = agenda.order_of(s, meeting_id, [opening.id])
    with second.transaction() as s:  # the second moves c to the top
        agenda.move_item(s, c, opening.id, 0, shown=_order(second, meeting_id))
    with second.session() as s:
        their_c = s.get_one(AgendaItem, c).title
    with pytest.raises(Conflict) as refused, first.transaction() as s:
        agenda.move_item(s, b, *before, shown=left, undoing=True)
    en, es = _both(refused.value)
    assert en == (f"Someone else changed the agenda item “{their_c.en}” after your change "
                  "(place in the order). Undo would overwrite their change, so nothing was "
                  "undone; the window now shows their version.")
    assert es.startswith(f"Otra persona modificó el punto del orden del día «{their_c.es}» "
                         "después de su cambio (lugar en el orden)")
    assert _order(first, meeting_id)[opening.id][:3] == (c, b, a)


# ----------------------------------------------------------------------------- communiqué

def _draft(db, meeting_id):
    with db.session() as s:
        return communique.draft_paragraphs(s, meeting_id)


def _shown_paragraph(db, paragraph_id):
    with db.session() as s:
        return versions.look(s, Paragraph, paragraph_id)


def _saved(db, seen, edit):
    """A save as the window makes one: what it writes checked against what it showed."""
    with db.transaction() as s:
        with versions.tracking(s) as written:
            edit(s)
        versions.refuse_over(s, written, tuple(x for x in (seen,) if x is not None))


def test_a_paragraph_saved_over_another_editors_wording_is_refused(two):
    first, second, meeting_id = two
    paragraph = _draft(first, meeting_id)[1]
    shown = _shown_paragraph(first, paragraph.id)
    theirs = Bilingual("Their wording of the second paragraph.", paragraph.text.es)
    _saved(second, _shown_paragraph(second, paragraph.id),
           lambda s: communique.edit_paragraph(s, paragraph.id, text=theirs))
    with pytest.raises(Conflict) as refused:
        _saved(first, shown, lambda s: communique.edit_paragraph(
            s, paragraph.id, text=Bilingual("Mine.", paragraph.text.es)))
    en, es = _both(refused.value)
    assert en == ("Someone else changed the communiqué paragraph “Their wording of the second "
                  "paragraph.” since you opened it (text). Your change was not saved, so theirs "
                  "is kept; the window now shows their version.")
    assert es.startswith("Otra persona modificó el párrafo del comunicado «")
    assert "(texto)" in es
    assert _draft(first, meeting_id)[1].text == theirs
    # Its status, which nobody else changed, is saved from their version.
    _saved(first, _shown_paragraph(first, paragraph.id), lambda s: communique.edit_paragraph(
        s, paragraph.id, status="bracketed"))
    assert _draft(first, meeting_id)[1].text == theirs


def test_a_paragraph_move_over_a_changed_order_is_refused(two):
    first, second, meeting_id = two
    shown = [p.id for p in _draft(first, meeting_id)]
    with second.transaction() as s:
        communique.move_paragraph(s, shown[2], -2, shown=[p.id for p in _draft(second,
                                                                              meeting_id)])
    with pytest.raises(Conflict) as refused, first.transaction() as s:
        communique.move_paragraph(s, shown[1], -1, shown=shown)
    assert "(place in the order)" in refused.value.text("en")
    assert "(lugar en el orden)" in refused.value.text("es")
    assert [p.id for p in _draft(first, meeting_id)][:3] == [shown[2], shown[0], shown[1]]


def _draft_step(db, meeting_id, operation):
    """A draft edit as the window makes one: the whole draft before and after."""
    with db.transaction() as s:
        before = communique.draft_state(s, meeting_id)
        operation(s)
        s.flush()
        after = communique.draft_state(s, meeting_id)
    return before, after


def _draft_undo(db, meeting_id, before, after):
    with db.transaction() as s:
        communique.refuse_draft_changed(s, meeting_id, after)
        communique.restore_draft_state(s, meeting_id, before)


def test_the_drafts_undo_is_refused_when_another_editor_changed_another_paragraph(two):
    """Our step edited the first paragraph; the second editor then rewrote the fourth.
    Putting the whole draft back would undo theirs too: refused, naming the fourth."""
    first, second, meeting_id = two
    rows = _draft(first, meeting_id)
    before, after = _draft_step(first, meeting_id, lambda s: communique.edit_paragraph(
        s, rows[0].id, text=Bilingual("Our opening.", rows[0].text.es)))
    theirs = Bilingual(rows[3].text.en, "Su nueva redacción del cuarto párrafo.")
    with second.transaction() as s:
        communique.edit_paragraph(s, rows[3].id, text=theirs)
    with pytest.raises(Conflict) as refused:
        _draft_undo(first, meeting_id, before, after)
    en, es = _both(refused.value)
    words = " ".join(rows[3].text.en.split()[:8])
    assert en.startswith(f"Someone else changed the communiqué paragraph “{words}")
    assert "after your change (text). Undo would overwrite their change" in en
    assert es.startswith("Otra persona modificó el párrafo del comunicado «Su nueva redacción "
                         "del cuarto párrafo.» después de su cambio (texto)")
    now = _draft(first, meeting_id)
    assert now[3].text == theirs
    assert now[0].text.en == "Our opening."


def test_the_drafts_undo_is_refused_when_another_editor_added_or_deleted_one(two):
    first, second, meeting_id = two
    rows = _draft(first, meeting_id)
    before, after = _draft_step(first, meeting_id, lambda s: communique.edit_paragraph(
        s, rows[0].id, status="bracketed"))
    with second.transaction() as s:
        added = communique.add_paragraph(s, meeting_id, rows[1].id,
                                         Bilingual("Their new paragraph.", "Su párrafo nuevo."))
    with pytest.raises(Conflict) as refused:
        _draft_undo(first, meeting_id, before, after)
    assert refused.value.row_id == added
    assert "“Their new paragraph.”" in refused.value.text("en")
    assert "«Su párrafo nuevo.»" in refused.value.text("es")
    with second.transaction() as s:
        communique.delete_paragraph(s, added)
        communique.delete_paragraph(s, rows[2].id)
    with pytest.raises(Conflict) as refused:
        _draft_undo(first, meeting_id, before, after)
    assert refused.value.deleted
    assert refused.value.undoing
    assert refused.value.text("en").startswith("Someone else deleted the communiqué paragraph")


def test_the_drafts_undo_without_anyone_elses_change_undoes_and_counts(two):
    first, _second, meeting_id = two
    rows = _draft(first, meeting_id)
    with first.session() as s:
        version = s.get_one(Paragraph, rows[0].id).row_version
    before, after = _draft_step(first, meeting_id, lambda s: communique.edit_paragraph(
        s, rows[0].id, text=Bilingual("Our opening.", rows[0].text.es)))
    _draft_undo(first, meeting_id, before, after)
    assert _draft(first, meeting_id) == rows
    with first.session() as s:  # put back with a newer version than either it had
        assert s.get_one(Paragraph, rows[0].id).row_version == version + 2


# ----------------------------------------------------------------------------- the others

def test_a_termbase_entry_saved_over_another_editors_is_refused(two):
    first, second, _meeting = two
    with first.session() as s:
        term = communique.list_terms(s)[0]
        term_id, mine = term.id, communique.term_fields(term)
        shown = versions.seen(term)
    with second.transaction() as s:
        theirs = communique.term_fields(s.get_one(Term, term_id))
        communique.update_term(s, term_id, communique.TermFields(
            theirs.term, Bilingual("THEIRS", theirs.acronym.es), theirs.note))
    with pytest.raises(Conflict) as refused:
        _saved(first, shown, lambda s: communique.update_term(s, term_id, communique.TermFields(
            mine.term, Bilingual("MINE", mine.acronym.es), mine.note)))
    en, es = _both(refused.value)
    assert en.startswith(f"Someone else changed the termbase entry “{mine.term.en}” since you "
                         "opened it (acronym).")
    assert es.startswith(f"Otra persona modificó la entrada del glosario «{mine.term.es}»")
    assert "(siglas)" in es
    with first.session() as s:
        assert s.get_one(Term, term_id).acronym.en == "THEIRS"


def test_an_agency_saved_over_another_editors_is_refused(two):
    first, second, _meeting = two
    with first.session() as s:
        row = delegations.agencies(s)[0]
        shown = versions.look(s, Agency, row.id)
    with second.transaction() as s:
        delegations.update_agency(s, row.id, row.party_id, row.acronym,
                                  Bilingual("Their name", row.name.es))
    with pytest.raises(Conflict) as refused:
        _saved(first, shown, lambda s: delegations.update_agency(
            s, row.id, row.party_id, row.acronym, Bilingual("My name", row.name.es)))
    en, es = _both(refused.value)
    assert en.startswith("Someone else changed the agency “Their name” since you opened it "
                         "(name).")
    assert es.startswith(f"Otra persona modificó la dependencia «{row.name.es}»")
    assert "(nombre)" in es
    with first.session() as s:
        assert s.get_one(Agency, row.id).name.en == "Their name"


def test_a_status_update_saved_over_another_editors_is_refused(two):
    first, second, _meeting = two
    with first.session() as s:
        update = s.scalars(select(StatusUpdate).order_by(StatusUpdate.id)).first()
        update_id = update.id
        mine = UpdateFields(update.date, update.status, update.progress,
                            Bilingual("My note.", update.note.es))
        shown = versions.seen(update)
    with second.transaction() as s:
        theirs = s.get_one(StatusUpdate, update_id)
        actions.edit_update(s, update_id, UpdateFields(
            theirs.date, theirs.status, theirs.progress, Bilingual("Their note.",
                                                                  theirs.note.es)),
            confirmed=True)
    with pytest.raises(Conflict) as refused:
        _saved(first, shown, lambda s: actions.edit_update(s, update_id, mine, confirmed=True))
    en, es = _both(refused.value)
    assert en.startswith("Someone else changed the status update since you opened it (note).")
    assert es.startswith("Otra persona modificó el informe de avance")
    assert "(nota)" in es
    with first.session() as s:
        assert s.get_one(StatusUpdate, update_id).note.en == "Their note."


def test_a_delegation_lists_reorder_over_another_editors_is_refused(two):
    first, second, _meeting_id = two
    with first.session() as s:
        delegation_id = s.scalars(select(Membership.delegation_id)).first()
        shown = delegations.order_of(s, delegation_id)
    with second.transaction() as s:  # the second editor puts the last member first
        delegations.reorder(s, delegation_id, [shown[-1], *shown[:-1]], shown=shown)
    with pytest.raises(Conflict) as refused, first.transaction() as s:
        delegations.reorder(s, delegation_id, [shown[1], shown[0], *shown[2:]], shown=shown)
    en, es = _both(refused.value)
    assert en.startswith("Someone else changed the delegation member “")
    assert "(order of precedence)" in en
    assert es.startswith("Otra persona modificó el integrante de la delegación «")
    assert "(orden de precedencia)" in es
    with first.session() as s:
        assert delegations.order_of(s, delegation_id) == [shown[-1], *shown[:-1]]


# ----------------------------------------------------------------------------- the server

def test_a_move_waits_for_another_and_is_then_refused(two, test_server):
    """On a server two moves of one list at the same moment: the second waits for the
    first's transaction (the list is locked), then finds the order changed and is refused.
    Without the lock it would read the old order and renumber over the first's move."""
    if test_server is None:
        pytest.skip("row locks need the server (a file has one writer at a time)")
    first, second, meeting_id = two
    shown = _order(first, meeting_id)
    opening = _item(first, meeting_id, "Opening Session")
    _a, b, c = _first_children(shown, opening.id)
    outcome: list = []

    def second_editor():
        try:
            with second.transaction() as s:
                agenda.move_by(s, b, -1, shown=shown)
            outcome.append("moved")
        except Conflict as e:
            outcome.append(e)

    with first.transaction() as s:
        agenda.move_item(s, c, opening.id, 0, shown=shown)
        thread = threading.Thread(target=second_editor)
        thread.start()
        waiting = "select count(*) from pg_stat_activity where wait_event_type = 'Lock' " \
                  "and datname = current_database()"
        with first.session() as watcher:  # until the second is waiting on a lock
            while not watcher.scalar(text(waiting)) and thread.is_alive():
                threading.Event().wait(0.02)
    thread.join()
    assert len(outcome) == 1
    assert isinstance(outcome[0], Conflict)
    assert "(place in the order)" in outcome[0].text("en")
    assert _order(first, meeting_id)[opening.id][:3] == (c, *shown[opening.id][:2])


def test_every_row_a_move_renumbers_gets_a_new_version(two):
    first, _second, meeting_id = two
    opening = _item(first, meeting_id, "Opening Session")
    ids = _order(first, meeting_id)[opening.id]
    with first.session() as s:
        before = dict(s.execute(select(AgendaItem.id, getattr(AgendaItem, VERSION))
                                .where(AgendaItem.id.in_(ids))).all())
    with first.transaction() as s:
        agenda.move_item(s, ids[-1], opening.id, 0)  # everyone shifts down one
    with first.session() as s:
        after = dict(s.execute(select(AgendaItem.id, getattr(AgendaItem, VERSION))
                               .where(AgendaItem.id.in_(ids))).all())
    assert after == {i: v + 1 for i, v in before.items()}
