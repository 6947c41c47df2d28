"""Add member with nothing selected adds to our own delegation's list: a U.S. officer's
first member used to land on Mexico's list (the first in a fixed order)."""

import datetime as dt

from PySide6.QtWidgets import QDialog

from bescapp.model.bilingual import Bilingual as B
from bescapp.store.changes import Changes, Kind
from bescapp.store.meetings import MeetingFields, create_meeting
from bescapp.ui.delegations.member_dialog import MemberDialog


def test_add_member_with_nothing_selected_goes_to_our_list(fresh_app, monkeypatch):
    window, context, side = fresh_app.window, fresh_app.context, fresh_app.side
    changes = context.run(lambda s: Changes.of(Kind.MEETINGS, meeting_id=create_meeting(
        s, MeetingFields(number=13, start_date=dt.date(2027, 3, 10),
                         end_date=dt.date(2027, 3, 10), city=B("Mexico City", "Ciudad de México"),
                         host_party="MX"))))
    context.set_meeting(changes.meeting_id)
    titles = []

    def fill(dialog):
        titles.append(dialog.windowTitle())
        dialog.given_names.setText("Dana")
        dialog.first_surname.setText("Cole")
        dialog.accept()
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(MemberDialog, "exec", fill)
    window.show_workspace("delegations")
    view = window.delegations
    view.add_button.click()
    ours = {"US": "United States", "MX": "Mexico"}[side]
    assert titles == [f"Add member to the {ours} list"]
    counts = {code: section.model.rowCount() for code, section in view.sections.items()}
    assert counts == {side: 1, ({"US", "MX"} - {side}).pop(): 0}
