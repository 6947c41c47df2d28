"""Choosing an earlier meeting to copy from (its agenda, its delegation lists)."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QInputDialog, QMessageBox, QWidget

from ...i18n.formatting import meeting_name
from ...model.entities import Meeting
from ...store.meetings import get_meeting, list_meetings
from ..context import AppContext


def choose_earlier_meeting(parent: QWidget, context: AppContext, meeting_id: int, language: str,
                           holds: Callable[[Meeting], bool], title: str, prompt: str,
                           none_text: str) -> int | None:
    """The id of a meeting no later than ``meeting_id`` that ``holds`` something to copy,
    the latest offered first; None when the user cancels or there is none (said so)."""
    with context.db.session() as session:
        current = get_meeting(session, meeting_id)
        choices = [(meeting_name(m.kind.value, m.number, language), m.id)
                   for m in reversed(list_meetings(session))
                   if m.id != meeting_id and m.start_date <= current.start_date and holds(m)]
    if not choices:
        QMessageBox.information(parent, title, none_text)
        return None
    name, ok = QInputDialog.getItem(parent, title, prompt, [c[0] for c in choices], 0, False)
    return dict(choices)[name] if ok and name else None
