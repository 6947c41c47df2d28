"""The briefing editor, reached from the Agenda workspace: what the principal reads first
(scene-setter, our objectives, the counterpart's likely asks, desired outcomes, press
guidance, "if asked"), the visit schedule, and who drafted and cleared the book.

Everything here is internal: only the briefing book prints it. Each change is one undo
step (``commands``); the window's undo reverses it and this dialog shows the result.
A line's edit or move passes the lines as this dialog showed them (store/versions.py):
saved over another editor's change, it is refused, and the dialog reloads theirs.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from ...i18n.formatting import format_date, format_time
from ...model.bilingual import Bilingual
from ...model.entities import Meeting
from ...store import briefing, versions
from ...store.briefing import BRIEFING_TEXTS, BriefingInvalid, BriefingTexts
from ...store.changes import Changes, Kind
from .. import colours
from ..context import AppContext, EditNotSaved
from ..labels import label
from ..read_only import EditControls
from ..retranslate import Retranslates
from . import commands
from .row_dialogs import ClearanceDialog, VisitDialog

LANGS = ("en", "es")


class _Rows(QWidget):
    """A table of rows and the buttons that add, edit, delete and reorder them."""

    def __init__(self, columns: int) -> None:
        super().__init__()
        self.table = QTableWidget(0, columns)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.table.setWordWrap(True)
        self.add, self.edit, self.delete, self.up, self.down = (QPushButton() for _ in range(5))
        buttons = QHBoxLayout()
        for button in (self.add, self.edit, self.delete, self.up, self.down):
            buttons.addWidget(button)
        buttons.addStretch()
        layout = QVBoxLayout(self)
        layout.addLayout(buttons)
        layout.addWidget(self.table)
        self.ids: list[int] = []
        self.groups: list[int] = []  # rows move only within their group (a visit's day)

    def fill(self, rows: list[tuple[int, int, list[str]]]) -> None:
        """(id, group, cells) per row; the selection stays on the same id."""
        chosen = self.selected()
        self.table.setRowCount(0)
        self.ids = [row_id for row_id, _g, _c in rows]
        self.groups = [group for _i, group, _c in rows]
        for r, (_id, _group, cells) in enumerate(rows):
            self.table.insertRow(r)
            for c, text in enumerate(cells):
                self.table.setItem(r, c, QTableWidgetItem(text))
        self.table.resizeRowsToContents()
        if chosen in self.ids:
            self.table.selectRow(self.ids.index(chosen))
        self.enable()

    def selected(self) -> int | None:
        rows = self.table.selectionModel().selectedRows()
        return self.ids[rows[0].row()] if rows and rows[0].row() < len(self.ids) else None

    def enable(self) -> None:
        rows = self.table.selectionModel().selectedRows()
        row = rows[0].row() if rows else -1
        chosen = 0 <= row < len(self.ids)
        self.edit.setEnabled(chosen)
        self.delete.setEnabled(chosen)
        self.up.setEnabled(chosen and row > 0 and self.groups[row - 1] == self.groups[row])
        self.down.setEnabled(chosen and row + 1 < len(self.ids)
                             and self.groups[row + 1] == self.groups[row])

    def retranslate(self, add: str) -> None:
        self.add.setText(add)
        self.edit.setText(self.tr("&Edit…"))
        self.delete.setText(self.tr("De&lete"))
        self.up.setText("▲")
        self.down.setText("▼")
        self.up.setToolTip(self.tr("Move up"))
        self.down.setToolTip(self.tr("Move down"))


class BriefingDialog(Retranslates, QDialog):
    def __init__(self, context: AppContext, meeting_id: int, language: str,
                 parent: QWidget | None = None, *, days: int = 1) -> None:
        super().__init__(parent)
        self.context, self.meeting_id, self.language, self.days = (context, meeting_id,
                                                                   language, days)
        self.setMinimumSize(860, 620)
        self.tabs = QTabWidget()

        # the texts: label | English | Español
        self.note = QLabel()
        self.note.setWordWrap(True)
        self.current: BriefingTexts | None = None  # the texts as last read
        self.texts_seen: versions.Seen | None = None  # the meeting as the texts' save starts
        self._committing: BriefingTexts | None = None
        grid = QGridLayout()
        self.language_headers = [QLabel("English"), QLabel("Español")]  # each in its own language
        for k, header in enumerate(self.language_headers):
            header.setStyleSheet("font-weight: 600;")
            grid.addWidget(header, 0, k + 1)
        self.texts: dict[str, dict[str, QPlainTextEdit]] = {}
        self.text_labels: dict[str, QLabel] = {}
        for row, name in enumerate(BRIEFING_TEXTS, start=1):
            caption = QLabel()
            caption.setWordWrap(True)
            caption.setFixedWidth(150)
            caption.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
            self.text_labels[name] = caption
            grid.addWidget(caption, row, 0)
            self.texts[name] = {}
            for k, lang in enumerate(LANGS):
                box = QPlainTextEdit()
                box.setObjectName(f"{name}_{lang}")
                box.setTabChangesFocus(True)
                box.setFixedHeight(104)
                box.installEventFilter(self)  # saved when the box loses focus
                self.texts[name][lang] = box
                grid.addWidget(box, row, k + 1)
        grid.setColumnStretch(1, 1)
        grid.setColumnStretch(2, 1)
        page = QWidget()
        column = QVBoxLayout(page)
        column.addWidget(self.note)
        column.addLayout(grid)
        column.addStretch()
        self.text_scroll = scroll = QScrollArea()
        scroll.setWidget(page)
        scroll.setWidgetResizable(True)
        self.tabs.addTab(scroll, "")

        self.visits = _Rows(5)
        self.tabs.addTab(self.visits, "")
        self.clearances = _Rows(4)
        self.tabs.addTab(self.clearances, "")

        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.buttons.rejected.connect(self.close)
        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs)
        layout.addWidget(self.buttons)

        v, c = self.visits, self.clearances
        v.add.clicked.connect(self.add_visit)
        v.edit.clicked.connect(self.edit_visit)
        v.delete.clicked.connect(self.delete_visit)
        v.up.clicked.connect(lambda: self._move(v, commands.move_visit, -1, self.visit_seen))
        v.down.clicked.connect(lambda: self._move(v, commands.move_visit, 1, self.visit_seen))
        v.table.doubleClicked.connect(lambda _i: v.edit.click())
        v.table.itemSelectionChanged.connect(v.enable)
        c.add.clicked.connect(self.add_clearance)
        c.edit.clicked.connect(self.edit_clearance)
        c.delete.clicked.connect(self.delete_clearance)
        c.up.clicked.connect(lambda: self._move(c, commands.move_clearance, -1,
                                                self.clearance_seen))
        c.down.clicked.connect(lambda: self._move(c, commands.move_clearance, 1,
                                                  self.clearance_seen))
        c.table.doubleClicked.connect(lambda _i: c.edit.click())
        c.table.itemSelectionChanged.connect(c.enable)

        self.edit_controls = EditControls(self)  # off while the database is read-only
        self.edit_controls.add(*(box for boxes in self.texts.values() for box in boxes.values()),
                               v.add, v.edit, v.delete, v.up, v.down,
                               c.add, c.edit, c.delete, c.up, c.down)
        self.edit_controls.set_read_only(context.read_only)
        context.changed.connect(self._on_changes)
        context.read_only_changed.connect(self.edit_controls.set_read_only)
        self.retranslate_ui()
        self.restyle()
        self.reload()

    def restyle(self) -> None:
        """The internal note's colour, readable in the light and the dark scheme."""
        self.note.setStyleSheet(colours.text_css(colours.CAUTION))

    # language ---------------------------------------------------------------------

    def retranslate_ui(self) -> None:
        self.setWindowTitle(self.tr("Briefing"))
        self.tabs.setTabText(0, self.tr("&Briefing texts"))
        self.tabs.setTabText(1, self.tr("&Visit schedule"))
        self.tabs.setTabText(2, self.tr("&Clearances"))
        self.note.setText(self.tr("Internal — for our delegation only: printed in the briefing "
                                  "book, never in a shareable document. One point per line."))
        words = {"scene_setter": self.tr("Scene-setter"), "objectives": self.tr("Our objectives"),
                 "likely_asks": self.tr("Counterpart's likely asks"),
                 "desired_outcome": self.tr("Desired outcomes"),
                 "press_guidance": self.tr("Press guidance (top lines)"),
                 "if_asked": self.tr("If asked (questions and answers)")}
        for name, caption in self.text_labels.items():
            caption.setText(words[name])
        self.visits.retranslate(self.tr("&Add…"))
        self.visits.table.setHorizontalHeaderLabels(
            [self.tr("Time"), self.tr("What"), self.tr("Place"), self.tr("Who"), self.tr("Notes")])
        self.clearances.retranslate(self.tr("A&dd…"))
        self.clearances.table.setHorizontalHeaderLabels(
            [self.tr("Step"), self.tr("Name"), self.tr("Office"), self.tr("Date")])
        if self.context.db is not None:
            self.reload()

    # showing ----------------------------------------------------------------------

    def _on_changes(self, changes: Changes) -> None:
        if changes.touches(Kind.BRIEFING) or changes.touches(Kind.MEETINGS):
            self.reload()

    def typing(self) -> set[str]:
        """The texts the staffer has typed and not yet saved (their box still has focus)."""
        if self.current is None:
            return set()
        shown = self.texts_shown()
        if shown == self._committing:  # being saved right now: the reload shows it saved
            return set()
        return {name for name in BRIEFING_TEXTS
                if getattr(shown, name) != getattr(self.current, name)}

    def reload(self, keep_typing: bool = True) -> None:
        """The texts, the visit schedule and the clearances read again. A text being typed
        stays as typed when another editor's save comes in, and its save is still checked
        against what the staffer started from; ``keep_typing=False`` (after a refused
        save) shows the database's text."""
        typed = self.typing() if keep_typing else set()
        with self.context.db.session() as session:
            fresh = briefing.briefing_texts(session, self.meeting_id)
            seen = versions.look(session, Meeting, self.meeting_id)
            visits = briefing.visit_schedule(session, self.meeting_id)
            cleared = briefing.clearances(session, self.meeting_id)
        if typed and self.current is not None and self.texts_seen is not None \
                and seen is not None:
            for name in typed:
                fresh = fresh.replace(name, getattr(self.current, name))
            seen = versions.keeping(seen, self.texts_seen,
                                    {f"{name}_{lang}" for name in typed for lang in LANGS})
        self.current, self.texts_seen = fresh, seen
        for name, boxes in self.texts.items():
            if name in typed:
                continue
            value: Bilingual = getattr(fresh, name)
            for lang, box in boxes.items():
                if box.toPlainText() != value.get(lang):
                    box.setPlainText(value.get(lang))
        lang = self.language
        self.visit_rows = {row.id: row.fields for row in visits}
        self.visit_seen = {row.id: row.seen for row in visits}
        self.visits.fill([(row.id, row.fields.day, self._visit_cells(row.fields, lang))
                          for row in visits])
        self.clearance_rows = {row.id: row.fields for row in cleared}
        self.clearance_seen = {row.id: row.seen for row in cleared}
        self.clearances.fill([(row.id, row.fields.role == "cleared", [
            label(row.fields.role), row.fields.name, row.fields.office,
            format_date(row.fields.date, lang) if row.fields.date else self.tr("pending")])
            for row in cleared])

    def _visit_cells(self, f: briefing.VisitFields, lang: str) -> list[str]:
        times = " – ".join(format_time(t, lang) for t in (f.start_time, f.end_time) if t)
        if self.days > 1:
            times = self.tr("Day %1").replace("%1", str(f.day)) + (f", {times}" if times else "")
        kind, title = label(f.kind), f.title.either(lang)
        # "Departure for the airport", not "Departure: Departure for the airport"
        what = title if title.casefold().startswith(kind.casefold()) else \
            f"{kind}: {title}" if title else kind
        return [times, what,
                f.place.either(lang), f.who.either(lang), f.notes.either(lang)]

    # the texts --------------------------------------------------------------------

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.FocusOut and isinstance(watched, QPlainTextEdit):
            self.commit_texts()
        return super().eventFilter(watched, event)

    def show_text(self, name: str, lang: str) -> None:
        """The texts' tab, on ``name``'s box in ``lang`` (a pre-flight entry's place)."""
        box = self.texts.get(name, {}).get(lang)
        self.tabs.setCurrentIndex(0)
        self.raise_()
        self.activateWindow()
        if box is not None:
            self.text_scroll.ensureWidgetVisible(box)
            box.setFocus(Qt.FocusReason.OtherFocusReason)

    def texts_shown(self) -> BriefingTexts:
        value = self.current or BriefingTexts()
        for name, boxes in self.texts.items():
            value = value.replace(name, Bilingual(**{lang: box.toPlainText().strip()
                                                     for lang, box in boxes.items()}))
        return value

    def commit_texts(self) -> bool:
        """Save what was typed, checked against the texts as the staffer started them: over
        another editor's change of the same text it is refused (said in a message box) and
        the database's text is shown."""
        after = self.texts_shown()
        if self.current is None or after == self.current or self.edit_controls.read_only:
            return True
        self._committing = after
        try:
            return self._execute(commands.SetTexts(self.context, self.meeting_id, self.current,
                                                   after).saw(self.texts_seen))
        except EditNotSaved as e:
            if not e.conflict:
                raise
            self.reload(keep_typing=False)
            return False
        finally:
            self._committing = None

    def closeEvent(self, event) -> None:
        self.commit_texts()  # what is typed is kept, as when the box loses focus
        super().closeEvent(event)

    # rows -------------------------------------------------------------------------

    def _execute(self, command) -> bool:
        try:
            self.context.execute(command)
        except BriefingInvalid as e:
            QMessageBox.warning(self, self.tr("Not saved"), e.text())
            return False
        return True

    def add_visit(self) -> None:
        dialog = VisitDialog(self, days=self.days, language=self.language)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            command = commands.add_visit(self.context, self.meeting_id, dialog.fields())
            if self._execute(command):
                self.visits.table.selectRow(self.visits.ids.index(command.row_id))

    def edit_visit(self) -> None:
        event_id = self.visits.selected()
        if event_id is None:
            return
        before = self.visit_rows[event_id]
        dialog = VisitDialog(self, fields=before, days=self.days, language=self.language)
        if dialog.exec() == QDialog.DialogCode.Accepted and dialog.fields() != before:
            self._execute(commands.edit_visit(self.context, event_id, before, dialog.fields())
                          .saw(self.visit_seen[event_id]))

    def delete_visit(self) -> None:
        event_id = self.visits.selected()
        if event_id is not None:
            self._execute(commands.delete_visit(self.context, self.meeting_id, event_id))

    def add_clearance(self) -> None:
        dialog = ClearanceDialog(self, language=self.language)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            command = commands.add_clearance(self.context, self.meeting_id, dialog.fields())
            if self._execute(command):
                self.clearances.table.selectRow(self.clearances.ids.index(command.row_id))

    def edit_clearance(self) -> None:
        clearance_id = self.clearances.selected()
        if clearance_id is None:
            return
        before = self.clearance_rows[clearance_id]
        dialog = ClearanceDialog(self, fields=before, language=self.language)
        if dialog.exec() == QDialog.DialogCode.Accepted and dialog.fields() != before:
            self._execute(commands.edit_clearance(self.context, clearance_id, before,
                                                  dialog.fields())
                          .saw(self.clearance_seen[clearance_id]))

    def delete_clearance(self) -> None:
        clearance_id = self.clearances.selected()
        if clearance_id is not None:
            self._execute(commands.delete_clearance(self.context, self.meeting_id, clearance_id))

    def _move(self, rows: _Rows, make, step: int, shown: dict) -> None:
        row_id = rows.selected()
        if row_id is not None:  # the places it renumbers must be the ones shown
            self._execute(make(self.context, row_id, step).saw(*shown.values()))
