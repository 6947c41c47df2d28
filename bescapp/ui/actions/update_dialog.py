"""The status-update dialog: date, new status, progress (or unchanged), note in both languages."""

from __future__ import annotations

from PySide6.QtCore import QDate
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QPlainTextEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from ...domain.actions import STATUSES
from ...model.bilingual import Bilingual
from ...model.entities import LineStatus
from ...store.actions import UpdateFields
from .. import colours
from ..labels import label
from ..retranslate import Retranslates
from .editor import four_digit_years


class UpdateDialog(Retranslates, QDialog):
    def __init__(self, fields: UpdateFields, line_text: str, parent: QWidget | None = None, *,
                 is_new: bool = True) -> None:
        super().__init__(parent)
        self.is_new = is_new
        self.line = QLabel(line_text)
        self.line.setWordWrap(True)
        self.line.setStyleSheet("font-weight: 600;")
        self.date = QDateEdit()
        self.date.setCalendarPopup(True)
        self.date.setDisplayFormat(four_digit_years())
        self.status = QComboBox()
        for status in STATUSES:
            self.status.addItem("", status.value)
        self.progress = QSpinBox()
        self.progress.setRange(-1, 100)  # -1: the update leaves progress as it was
        self.progress.setSuffix("%")  # as the table and Babel write it: "100%"
        self.note_en, self.note_es = QPlainTextEdit(), QPlainTextEdit()
        for box in (self.note_en, self.note_es):
            box.setTabChangesFocus(True)
            box.setFixedHeight(70)
        self.problems = QLabel()
        self.problems.setStyleSheet(colours.text_css(colours.PROBLEM))
        self.problems.setWordWrap(True)
        self.form = QFormLayout()
        for widget in (self.date, self.status, self.progress, self.note_en, self.note_es):
            self.form.addRow(QLabel(), widget)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                   | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.line)
        layout.addLayout(self.form)
        layout.addWidget(self.problems)
        layout.addWidget(buttons)
        self.resize(560, 420)
        self.show_fields(fields)
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        self.setWindowTitle(self.tr("Record status update") if self.is_new
                            else self.tr("Edit status update"))
        names = (self.tr("&Date:"), self.tr("&Status:"), self.tr("&Progress:"),
                 self.tr("Note (&English):"), self.tr("Note (&Spanish):"))
        for row, name in enumerate(names):
            widget = self.form.itemAt(row, QFormLayout.ItemRole.LabelRole).widget()
            widget.setText(name)
            widget.setBuddy(self.form.itemAt(row, QFormLayout.ItemRole.FieldRole).widget())
        for k, status in enumerate(STATUSES):
            self.status.setItemText(k, label(status.value))
        self.progress.setSpecialValueText(self.tr("unchanged"))

    def show_fields(self, fields: UpdateFields) -> None:
        self.date.setDate(QDate(fields.date))
        self.status.setCurrentIndex(self.status.findData(LineStatus(fields.status).value))
        self.progress.setValue(-1 if fields.progress is None else fields.progress)
        self.note_en.setPlainText(fields.note.en)
        self.note_es.setPlainText(fields.note.es)

    def fields(self) -> UpdateFields:
        progress = self.progress.value()
        return UpdateFields(
            date=self.date.date().toPython(), status=LineStatus(self.status.currentData()),
            progress=None if progress < 0 else progress,
            note=Bilingual(self.note_en.toPlainText(), self.note_es.toPlainText()))

    def show_problems(self, text: str) -> None:
        self.problems.setText(text)
