"""The Communiqué workspace of a new plenary, before any paragraph: one message, not the
column titles floating halfway down an empty pane; its checks are not called revisions."""

import datetime as dt

from bescapp.model.bilingual import Bilingual as B
from bescapp.store.changes import Changes, Kind
from bescapp.store.meetings import MeetingFields, create_meeting


def test_an_empty_draft_shows_its_message_without_column_titles(fresh_app):
    window, context = fresh_app.window, fresh_app.context
    changes = context.run(lambda s: Changes.of(Kind.MEETINGS, meeting_id=create_meeting(
        s, MeetingFields(number=13, start_date=dt.date(2027, 3, 10),
                         end_date=dt.date(2027, 3, 10), city=B("Washington", "Washington"),
                         host_party="US"))))
    context.set_meeting(changes.meeting_id)
    window.show_workspace("communique")
    view = window.communique
    assert view.empty.isVisible()
    assert not view.english_title.isVisible()
    assert not view.spanish_title.isVisible()
    view.generate()
    assert view.rows
    assert not view.empty.isVisible()
    assert view.english_title.isVisible()
    assert view.spanish_title.isVisible()


def test_the_checks_panel_is_not_called_revisions_in_spanish(fresh_app):
    fresh_app.set_language("es")
    view = fresh_app.window.communique
    assert view.checks_title.text() == "Verificaciones: ninguna"
    assert view.checks_model.headerData(1, __import__("PySide6.QtCore").QtCore.Qt.Orientation
                                        .Horizontal) == "Verificación"
