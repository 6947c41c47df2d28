"""The communiqué draft, versions and termbase in the store."""

import datetime as dt

import pytest

from bescapp.model.bilingual import Bilingual as B
from bescapp.model.entities import ParagraphStatus as S
from bescapp.store import communique as store
from bescapp.store.snapshots import restore


def texts(db, meeting_id, lang="en"):
    with db.session() as session:
        return [p.text.get(lang) for p in store.draft_paragraphs(session, meeting_id)]


def test_the_demo_draft_is_version_zero(demo_db):
    db, meeting_id = demo_db
    with db.session() as session:
        versions = store.list_versions(session, meeting_id)
        assert [(v.number, v.paragraphs > 0) for v in versions] == [(0, True)]


def test_replace_and_restore_the_draft_state_keep_ids(demo_db):
    db, meeting_id = demo_db
    with db.session() as session:
        before_rows = store.draft_paragraphs(session, meeting_id)
    with db.transaction() as session:
        before = store.draft_state(session, meeting_id)
        store.replace_draft(session, meeting_id, [(B("New", "Nuevo"), S.DRAFT)])
    assert texts(db, meeting_id) == ["New"]
    with db.transaction() as session:
        store.restore_draft_state(session, meeting_id, before)
    with db.session() as session:
        assert store.draft_paragraphs(session, meeting_id) == before_rows


def test_add_split_merge_move_and_delete(demo_db):
    db, meeting_id = demo_db
    with db.transaction() as session:
        store.replace_draft(session, meeting_id, [(B("One. Two.", "Uno. Dos."), S.AGREED),
                                                  (B("Three.", "Tres."), S.BRACKETED)])
        first = store.draft_paragraphs(session, meeting_id)[0].id
        second = store.split_paragraph(session, first, {"en": 5, "es": 4})
    assert texts(db, meeting_id) == ["One.", "Two.", "Three."]
    assert texts(db, meeting_id, "es") == ["Uno.", "Dos.", "Tres."]
    with db.transaction() as session:
        store.merge_with_next(session, second)
        rows = store.draft_paragraphs(session, meeting_id)
        assert rows[1].text == B("Two. Three.", "Dos. Tres.")
        assert rows[1].status == S.BRACKETED  # only as agreed as its less agreed half
        store.move_paragraph(session, rows[1].id, -1)
        store.add_paragraph(session, meeting_id, rows[0].id, B("Mid", "Medio"))
    assert texts(db, meeting_id) == ["Two. Three.", "One.", "Mid"]
    with db.transaction() as session:
        snapshot = store.delete_paragraph(session, first)
    assert texts(db, meeting_id) == ["Two. Three.", "Mid"]
    with db.transaction() as session:
        restore(session, snapshot)
    assert "One." in texts(db, meeting_id)


def test_merging_the_last_paragraph_is_refused_with_its_number(demo_db):
    db, meeting_id = demo_db
    with db.transaction() as session:
        last = store.draft_paragraphs(session, meeting_id)[-1]
        with pytest.raises(store.CommuniqueProblem, match=f"Paragraph {last.position + 1} is the last"):
            store.merge_with_next(session, last.id)


def test_edit_text_and_status_and_refuse_a_huge_paragraph(demo_db):
    db, meeting_id = demo_db
    with db.transaction() as session:
        row = store.draft_paragraphs(session, meeting_id)[0]
        store.edit_paragraph(session, row.id, text=B("A", "B"), status=S.AD_REFERENDUM)
        with pytest.raises(store.CommuniqueProblem, match="Paragraph 1: the Spanish text is 100,000"):
            store.edit_paragraph(session, row.id, text=B("A", "x" * 100_000))
    with db.session() as session:
        row = store.draft_paragraphs(session, meeting_id)[0]
        assert (row.text, row.status) == (B("A", "B"), S.AD_REFERENDUM)


def test_save_labelled_versions_copies_the_draft(demo_db):
    db, meeting_id = demo_db
    with db.transaction() as session:
        store.save_version(session, meeting_id, "Rev. 1 — MX proposal", dt.datetime(2020, 3, 1, 9))
        store.edit_paragraph(session, store.draft_paragraphs(session, meeting_id)[0].id,
                             text=B("Changed", "Cambiado"))
        v2 = store.save_version(session, meeting_id, "  Rev. 2 —   US proposal ")
        versions = store.list_versions(session, meeting_id)
        assert [(v.number, v.label) for v in versions] == [
            (0, "Working draft"), (1, "Rev. 1 — MX proposal"), (2, "Rev. 2 — US proposal")]
        assert store.paragraphs(session, v2)[0].text == B("Changed", "Cambiado")
        assert store.paragraphs(session, versions[1].id)[0].text != B("Changed", "Cambiado")
        with pytest.raises(store.CommuniqueProblem, match="label"):
            store.save_version(session, meeting_id, "   ")


def test_the_other_sides_text_is_kept_as_their_proposal_and_the_draft_stays_ours(fresh_db):
    db, _side = fresh_db
    from bescapp.store.meetings import MeetingFields, create_meeting
    with db.transaction() as session:
        meeting_id = create_meeting(session, MeetingFields(
            number=13, start_date=dt.date(2027, 3, 10), end_date=dt.date(2027, 3, 10),
            city=B("Washington", "Washington"), host_party="US"))
        store.add_paragraph(session, meeting_id, text=B("Ours", "Nuestro"))
        ours = store.save_version(session, meeting_id, "Rev. 1")
        theirs = store.save_proposal_version(
            session, meeting_id, "MX", "MX proposal — March 2, 2020",
            [(B("Theirs", "Suyo"), S.DRAFT), (B("Added", "Añadido"), S.BRACKETED)],
            dt.datetime(2020, 3, 2, 10))
        versions = store.list_versions(session, meeting_id)
        assert [(v.number, v.origin, v.paragraphs) for v in versions] == [
            (0, "", 1), (1, "", 1), (2, "MX", 2)]
        assert [r.text for r in store.paragraphs(session, theirs)] == [B("Theirs", "Suyo"),
                                                                       B("Added", "Añadido")]
        assert [r.position for r in store.paragraphs(session, theirs)] == [0, 1]
        assert [r.text for r in store.draft_paragraphs(session, meeting_id)] == [B("Ours", "Nuestro")]
        assert store.paragraphs(session, ours)[0].text == B("Ours", "Nuestro")
        with pytest.raises(store.CommuniqueProblem, match="US or MX"):
            store.save_proposal_version(session, meeting_id, "CA", "x", [(B("a", "b"), S.DRAFT)])
        with pytest.raises(store.CommuniqueProblem, match="no paragraphs"):
            store.save_proposal_version(session, meeting_id, "US", "x", [])


def test_a_meeting_without_a_communique_gets_a_draft_on_first_edit(demo_db):
    db, _ = demo_db
    from bescapp.store.meetings import list_meetings
    with db.transaction() as session:
        first = list_meetings(session)[0].id
        assert store.draft_paragraphs(session, first) == []
        store.add_paragraph(session, first, text=B("x", "y"))
        assert len(store.draft_paragraphs(session, first)) == 1


def test_terms_crud_with_checks(demo_db):
    db, _ = demo_db
    with db.transaction() as session:
        count = len(store.list_terms(session))
        assert count == 18
        term_id = store.add_term(session, store.TermFields(B(" border wall ", "muro"), B(), "n"))
        store.update_term(session, term_id, store.TermFields(B("border", "frontera")))
        with pytest.raises(store.CommuniqueProblem, match="Spanish form"):
            store.add_term(session, store.TermFields(B("only English", "")))
        snapshot = store.delete_term(session, term_id)
        assert len(store.list_terms(session)) == count
        restore(session, snapshot)
        assert any(t.term == B("border", "frontera") for t in store.list_terms(session))
