"""Several editors on the briefing book's lines: a save of a visit schedule line or of a
clearance line over another editor's change of the same field is refused, naming the
line and the field in both languages, and nothing of theirs is lost; a change to another
field goes through; an undo over another's later change is refused. Migration 0014 gives
the lines of an older file their counter.

Each test opens the database twice, as two windows would (two sessions, two engines): on
a file made by ``init`` and, with ``BESCAPP_TEST_DATABASE``, on the test server.
"""

import dataclasses
import datetime as dt
import shutil
import sqlite3
from pathlib import Path

import pytest
from sqlalchemy import inspect, select

from bescapp.model.bilingual import Bilingual
from bescapp.model.entities import Clearance, ClearanceRole, Meeting, VisitEvent, VisitKind
from bescapp.store import briefing, versions
from bescapp.store.database import open_database
from bescapp.store.files import SCHEMA_HEAD
from bescapp.store.meetings import MeetingFields, create_meeting
from bescapp.store.versions import Conflict

ARRIVAL = briefing.VisitFields(VisitKind.ARRIVAL, 1, dt.time(8, 30), dt.time(8, 45),
                               Bilingual("Arrival at the Ministry", "Llegada a la Cancillería"),
                               Bilingual("Main entrance", "Entrada principal"))
CLEARED = briefing.ClearanceFields(ClearanceRole.CLEARED, "Kim Ortega", "WHA/MEX",
                                   dt.date(2027, 3, 1))


@pytest.fixture
def two_windows(fresh_location):
    """Two open databases on one place; a new plenary with one visit line and one
    clearance line."""
    where, _side = fresh_location
    first, second = open_database(where), open_database(where)
    with first.transaction() as s:
        meeting_id = create_meeting(s, MeetingFields(
            number=13, start_date=dt.date(2027, 3, 4), end_date=dt.date(2027, 3, 4),
            city=Bilingual("Washington", "Washington"), host_party="US"))
        visit_id = briefing.add_visit_event(s, meeting_id, ARRIVAL)
        clearance_id = briefing.add_clearance(s, meeting_id, CLEARED)
    yield first, second, meeting_id, visit_id, clearance_id
    first.close()
    second.close()


def _visit(db, meeting_id, visit_id):
    """The visit line as an editor shows it: its fields and what a save starts from."""
    with db.session() as s:
        return next(r for r in briefing.visit_schedule(s, meeting_id) if r.id == visit_id)


def _clearance(db, meeting_id, clearance_id):
    with db.session() as s:
        return next(r for r in briefing.clearances(s, meeting_id) if r.id == clearance_id)


def _saved(db, shown, edit):
    """A save as the window makes one (``StoreCommand.first_apply``): what it writes
    checked against the line as the editor showed it; what its undo must find."""
    with db.transaction() as s:
        with versions.tracking(s) as written:
            edit(s)
        versions.refuse_over(s, written, (shown.seen,))
        return versions.left(written)


def _moved(db, shown, move):
    """A move as the window makes one: checked against the places its editor showed."""
    with db.transaction() as s:
        with versions.tracking(s) as written:
            move(s)
        versions.refuse_over(s, written, shown)


def _undone(db, step, edit):
    """An undo as the window makes one: refused first if it would overwrite a change."""
    with db.transaction() as s:
        versions.refuse_undo_over(s, step)
        edit(s)


def _both(conflict):
    return conflict.text("en"), conflict.text("es")


def test_both_lines_carry_a_version_counter_that_goes_up_with_a_save(two_windows):
    first, _second, meeting_id, visit_id, _clearance_id = two_windows
    for entity in (VisitEvent, Clearance):
        assert inspect(entity).version_id_col is not None
    shown = _visit(first, meeting_id, visit_id)
    assert shown.seen.version == 1
    _saved(first, shown, lambda s: briefing.update_visit_event(
        s, visit_id, dataclasses.replace(ARRIVAL, day=1, notes=Bilingual("Badge", "Gafete"))))
    assert _visit(first, meeting_id, visit_id).seen.version == 2


def test_a_visit_line_saved_over_another_editors_change_is_refused(two_windows):
    first, second, meeting_id, visit_id, _clearance_id = two_windows
    mine = _visit(first, meeting_id, visit_id)  # editor A opens the line
    theirs = _visit(second, meeting_id, visit_id)  # editor B too, and saves first
    _saved(second, theirs, lambda s: briefing.update_visit_event(s, visit_id, dataclasses.replace(
        theirs.fields, place=Bilingual("Side entrance", "Entrada lateral")), theirs.fields))
    with pytest.raises(Conflict) as refused:
        _saved(first, mine, lambda s: briefing.update_visit_event(s, visit_id, dataclasses.replace(
            mine.fields, place=Bilingual("Garage", "Estacionamiento")), mine.fields))
    en, es = _both(refused.value)
    assert en == ("Someone else changed the visit schedule line “Arrival at the Ministry” since "
                  "you opened it (place). Your change was not saved, so theirs is kept; the "
                  "window now shows their version.")
    assert es == ("Otra persona modificó la línea del programa de la visita «Llegada a la "
                  "Cancillería» después de que usted comenzó su edición (lugar). Su cambio no se "
                  "guardó y se conserva el de esa persona; la ventana muestra ahora su versión.")
    now = _visit(first, meeting_id, visit_id).fields
    assert now.place == Bilingual("Side entrance", "Entrada lateral")  # theirs, whole
    assert now == dataclasses.replace(ARRIVAL, place=now.place)  # and nothing half-written


def test_a_visit_line_saved_over_a_change_of_another_field_goes_through(two_windows):
    first, second, meeting_id, visit_id, _clearance_id = two_windows
    mine = _visit(first, meeting_id, visit_id)
    theirs = _visit(second, meeting_id, visit_id)
    _saved(second, theirs, lambda s: briefing.update_visit_event(s, visit_id, dataclasses.replace(
        theirs.fields, start_time=dt.time(9, 0), title=Bilingual(theirs.fields.title.en,
                                                                   "Llegada a la SRE")),
        theirs.fields))
    # A changes the notes and the English title from what A's editor showed (the start
    # time and the Spanish title as they were): only what A changed is written.
    after = dataclasses.replace(mine.fields, notes=Bilingual("Bring badges", "Traer gafetes"),
                                title=Bilingual("Arrival at State", mine.fields.title.es))
    step = _saved(first, mine, lambda s: briefing.update_visit_event(s, visit_id, after,
                                                                      mine.fields))
    now = _visit(second, meeting_id, visit_id).fields
    assert (now.start_time, now.notes.en) == (dt.time(9, 0), "Bring badges")  # both kept
    assert now.title == Bilingual("Arrival at State", "Llegada a la SRE")
    # A's undo puts back only what A changed: B's start time and Spanish title stay.
    _undone(first, step, lambda s: briefing.update_visit_event(s, visit_id, mine.fields, after))
    now = _visit(second, meeting_id, visit_id).fields
    assert (now.start_time, now.notes, now.title) == (
        dt.time(9, 0), ARRIVAL.notes, Bilingual(ARRIVAL.title.en, "Llegada a la SRE"))


def test_an_undo_of_a_visit_line_over_another_editors_change_is_refused(two_windows):
    first, second, meeting_id, visit_id, _clearance_id = two_windows
    mine = _visit(first, meeting_id, visit_id)
    after = dataclasses.replace(mine.fields, title=Bilingual("Arrival", "Llegada"))
    step = _saved(first, mine, lambda s: briefing.update_visit_event(s, visit_id, after,
                                                                      mine.fields))
    theirs = _visit(second, meeting_id, visit_id)
    _saved(second, theirs, lambda s: briefing.update_visit_event(s, visit_id, dataclasses.replace(
        theirs.fields, title=Bilingual("Arrival of the Secretary", "Llegada del Secretario")),
        theirs.fields))
    with pytest.raises(Conflict) as refused:
        _undone(first, step, lambda s: briefing.update_visit_event(s, visit_id, mine.fields,
                                                                   after))
    en, es = _both(refused.value)
    assert en == ("Someone else changed the visit schedule line “Arrival of the Secretary” after "
                  "your change (what). Undo would overwrite their change, so nothing was undone; "
                  "the window now shows their version.")
    assert es.startswith("Otra persona modificó la línea del programa de la visita «Llegada del "
                         "Secretario» después de su cambio (actividad).")
    assert _visit(first, meeting_id, visit_id).fields.title.en == "Arrival of the Secretary"
    # With nobody else's change in between, the same undo goes through.
    shown = _visit(first, meeting_id, visit_id)
    step = _saved(first, shown, lambda s: briefing.update_visit_event(s, visit_id, after,
                                                                       shown.fields))
    _undone(first, step, lambda s: briefing.update_visit_event(s, visit_id, shown.fields, after))
    assert _visit(second, meeting_id, visit_id).fields == shown.fields


def test_a_clearance_line_saved_over_another_editors_change_is_refused(two_windows):
    first, second, meeting_id, _visit_id, clearance_id = two_windows
    mine = _clearance(first, meeting_id, clearance_id)
    theirs = _clearance(second, meeting_id, clearance_id)
    _saved(second, theirs, lambda s: briefing.update_clearance(s, clearance_id, dataclasses.replace(
        theirs.fields, office="WHA/MEX/ECON"), theirs.fields))
    with pytest.raises(Conflict) as refused:
        _saved(first, mine, lambda s: briefing.update_clearance(
            s, clearance_id, dataclasses.replace(mine.fields, office="L/WHA"), mine.fields))
    en, es = _both(refused.value)
    assert en == ("Someone else changed the clearance line “Kim Ortega” since you opened it "
                  "(office). Your change was not saved, so theirs is kept; the window now shows "
                  "their version.")
    assert es.startswith("Otra persona modificó la línea de visto bueno «Kim Ortega» después de "
                         "que usted comenzó su edición (área).")
    assert _clearance(first, meeting_id, clearance_id).fields == dataclasses.replace(
        CLEARED, office="WHA/MEX/ECON")


def test_a_clearance_line_saved_over_a_change_of_another_field_goes_through(two_windows):
    first, second, meeting_id, _visit_id, clearance_id = two_windows
    mine = _clearance(first, meeting_id, clearance_id)
    theirs = _clearance(second, meeting_id, clearance_id)
    _saved(second, theirs, lambda s: briefing.update_clearance(s, clearance_id, dataclasses.replace(
        theirs.fields, date=dt.date(2027, 3, 2)), theirs.fields))
    _saved(first, mine, lambda s: briefing.update_clearance(s, clearance_id, dataclasses.replace(
        mine.fields, role=ClearanceRole.DRAFTED), mine.fields))
    now = _clearance(second, meeting_id, clearance_id).fields
    assert (now.role, now.date) == (ClearanceRole.DRAFTED, dt.date(2027, 3, 2))


def test_an_undo_of_a_clearance_line_over_another_editors_change_is_refused(two_windows):
    first, second, meeting_id, _visit_id, clearance_id = two_windows
    mine = _clearance(first, meeting_id, clearance_id)
    after = dataclasses.replace(mine.fields, role=ClearanceRole.DRAFTED)
    step = _saved(first, mine, lambda s: briefing.update_clearance(s, clearance_id, after,
                                                                   mine.fields))
    theirs = _clearance(second, meeting_id, clearance_id)
    _saved(second, theirs, lambda s: briefing.update_clearance(s, clearance_id, dataclasses.replace(
        theirs.fields, role=ClearanceRole.CLEARED, name="Kim Ortega Ruiz"), theirs.fields))
    with pytest.raises(Conflict) as refused:
        _undone(first, step, lambda s: briefing.update_clearance(s, clearance_id, mine.fields,
                                                                 after))
    en, es = _both(refused.value)
    assert en.startswith("Someone else changed the clearance line “Kim Ortega Ruiz” after your "
                         "change (step). Undo would overwrite their change")
    assert es.startswith("Otra persona modificó la línea de visto bueno «Kim Ortega Ruiz» "
                         "después de su cambio (etapa).")
    assert _clearance(first, meeting_id, clearance_id).fields.name == "Kim Ortega Ruiz"


def test_a_move_over_another_editors_move_is_refused(two_windows):
    first, second, meeting_id, visit_id, _clearance_id = two_windows
    with first.transaction() as s:
        brief, photo = (briefing.add_visit_event(s, meeting_id, dataclasses.replace(
            ARRIVAL, title=Bilingual(en, es))) for en, es in (
            ("Pre-brief", "Reunión previa"), ("Family photo", "Foto oficial")))
    with first.session() as s:  # A shows arrival, pre-brief, photo
        shown = tuple(r.seen for r in briefing.visit_schedule(s, meeting_id))
    with second.transaction() as s:  # B moves the photo first
        briefing.move_visit_event(s, photo, -2)
    with pytest.raises(Conflict) as refused:  # A, the pre-brief before the arrival
        _moved(first, shown, lambda s: briefing.move_visit_event(s, brief, -1))
    assert refused.value.text("en").startswith(
        "Someone else changed the visit schedule line “Arrival at the Ministry” since you "
        "opened it (place in the order).")
    assert "(lugar en el orden)" in refused.value.text("es")
    with first.session() as s:  # B's order, whole
        assert [r.id for r in briefing.visit_schedule(s, meeting_id)] == [photo, visit_id, brief]


def test_the_migration_gives_the_lines_of_an_older_file_a_version_and_keeps_them(tmp_path):
    path = tmp_path / "schema-0013.db"  # the last schema before the lines were counted
    shutil.copyfile(Path(__file__).parents[1] / "_databases" / "schema-0013.db", path)
    with sqlite3.connect(path) as conn:  # the lines as that bescapp wrote them
        conn.execute("INSERT INTO visit_event (meeting_id, position, day, start_time, end_time, "
                     "kind, title_en, title_es, place_en, place_es, who_en, who_es, notes_en, "
                     "notes_es) VALUES (2, 0, 1, '08:30:00.000000', NULL, 'arrival', 'Arrival', "
                     "'Llegada', 'SRE', 'SRE', '', '', '', '')")
        conn.execute("INSERT INTO clearance (meeting_id, position, role, name, office, date) "
                     "VALUES (2, 0, 'drafted', 'Ana Smith', 'WHA/MEX', '2020-03-01')")
    conn.close()
    db = open_database(path, backup_dir=tmp_path / "backups")
    try:
        assert db.revision == SCHEMA_HEAD
        with db.session() as s:
            meeting_id = s.scalar(select(Meeting.id).where(Meeting.number == 12))
            visits = briefing.visit_schedule(s, meeting_id)
            cleared = briefing.clearances(s, meeting_id)
        assert [(v.fields.title, v.fields.start_time, v.seen.version) for v in visits] == [
            (Bilingual("Arrival", "Llegada"), dt.time(8, 30), 1)]
        assert [(c.fields, c.seen.version) for c in cleared] == [
            (briefing.ClearanceFields(ClearanceRole.DRAFTED, "Ana Smith", "WHA/MEX",
                                      dt.date(2020, 3, 1)), 1)]
        # and a save over another's change of that old line is refused as any other
        other = open_database(path)
        try:
            _saved(other, visits[0], lambda s: briefing.update_visit_event(
                s, visits[0].id, dataclasses.replace(visits[0].fields, day=1,
                                                     place=Bilingual("Patio", "Patio"))))
        finally:
            other.close()
        with pytest.raises(Conflict):
            _saved(db, visits[0], lambda s: briefing.update_visit_event(
                s, visits[0].id, dataclasses.replace(visits[0].fields,
                                                     place=Bilingual("Hall", "Salón"))))
    finally:
        db.close()
