"""The meeting dialog: edits a MeetingFields value and returns it; never writes the store."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate, QLocale, QTime
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QSpinBox,
    QTimeEdit,
    QVBoxLayout,
    QWidget,
)

from ...store.bilingual import Bilingual
from ...store.meetings import MeetingFields, MeetingProblem
from ...store.models import MeetingKind, SessionNumbering
from ..labels import label


def _pair(left: QWidget, right: QWidget) -> QWidget:
    box = QWidget()
    row = QHBoxLayout(box)
    row.setContentsMargins(0, 0, 0, 0)
    row.addWidget(left)
    row.addWidget(right)
    return box


class MeetingDialog(QDialog):
    def __init__(self, fields: MeetingFields, taken: set[tuple[str, int]], parent=None,
                 *, is_new: bool) -> None:
        super().__init__(parent)
        self._taken = taken  # (kind, number) of the other meetings
        self._is_new = is_new
        self.kind = QComboBox()
        for kind in MeetingKind:
            self.kind.addItem(label(kind.value), kind)
        self.number = QSpinBox()
        self.number.setRange(1, 999)
        self.start_date = QDateEdit(calendarPopup=True)
        self.end_date = QDateEdit(calendarPopup=True)
        for edit in (self.start_date, self.end_date):  # "4 de marzo de 2020", never "04/03/20"
            edit.setDisplayFormat(QLocale().dateFormat(QLocale.FormatType.LongFormat))
        self.day_start = QTimeEdit()
        self.day_end = QTimeEdit()
        self.city_en, self.city_es = QLineEdit(), QLineEdit()
        self.venue_en, self.venue_es = QLineEdit(), QLineEdit()
        self.host = QComboBox()
        self.host.addItem("", None)
        for code in ("MX", "US"):
            self.host.addItem(label(code), code)
        self.marking_en, self.marking_es = QLineEdit(), QLineEdit()
        self.numbering = QComboBox()
        for numbering in SessionNumbering:
            self.numbering.addItem(label(numbering.value), numbering)
        self.problems = QLabel()
        self.problems.setStyleSheet("color: #b00020")
        self.problems.setWordWrap(True)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)

        self.form = QFormLayout()
        self.labels = []
        for field in (self.kind, self.number, self.start_date, self.end_date,
                      _pair(self.day_start, self.day_end), _pair(self.city_en, self.city_es),
                      _pair(self.venue_en, self.venue_es), self.host,
                      _pair(self.marking_en, self.marking_es),
                      self.numbering):
            caption = QLabel()
            caption.setBuddy(field.layout().itemAt(0).widget() if field.layout() else field)
            self.form.addRow(caption, field)
            self.labels.append(caption)
        layout = QVBoxLayout(self)
        layout.addLayout(self.form)
        layout.addWidget(self.problems)
        layout.addWidget(self.buttons)
        self._show(fields)
        self.retranslate_ui()
        self.setMinimumWidth(780)  # room for Spanish venue names side by side

    def retranslate_ui(self) -> None:
        self.setWindowTitle(self.tr("New meeting") if self._is_new else self.tr("Edit meeting"))
        labels = (self.tr("&Kind:"), self.tr("&Number:"), self.tr("&Starts on:"),
                  self.tr("&Ends on:"), self.tr("Day &hours (start, end):"),
                  self.tr("&City (English, Spanish):"), self.tr("&Venue (English, Spanish):"),
                  self.tr("&Host:"), self.tr("Handling &marking:"),
                  self.tr("Session &numbering:"))
        for caption, text in zip(self.labels, labels, strict=True):
            caption.setText(text)
        for field in (self.city_en, self.venue_en, self.marking_en):
            field.setPlaceholderText(self.tr("English"))
        for field in (self.city_es, self.venue_es, self.marking_es):
            field.setPlaceholderText(self.tr("Spanish"))

    def _show(self, fields: MeetingFields) -> None:
        self.kind.setCurrentIndex(self.kind.findData(fields.kind))
        self.number.setValue(fields.number)
        self.start_date.setDate(QDate(fields.start_date))
        self.end_date.setDate(QDate(fields.end_date))
        self.day_start.setTime(QTime(fields.day_start.hour, fields.day_start.minute))
        self.day_end.setTime(QTime(fields.day_end.hour, fields.day_end.minute))
        self.city_en.setText(fields.city.en)
        self.city_es.setText(fields.city.es)
        self.venue_en.setText(fields.venue.en)
        self.venue_es.setText(fields.venue.es)
        self.host.setCurrentIndex(max(0, self.host.findData(fields.host_party)))
        self.marking_en.setText(fields.handling_marking.en)
        self.marking_es.setText(fields.handling_marking.es)
        self.numbering.setCurrentIndex(self.numbering.findData(fields.session_numbering))

    def fields(self) -> MeetingFields:
        return MeetingFields(
            kind=MeetingKind(self.kind.currentData()),  # Qt hands back the plain str
            number=self.number.value(),
            start_date=self.start_date.date().toPython(),
            end_date=self.end_date.date().toPython(),
            day_start=dt.time(self.day_start.time().hour(), self.day_start.time().minute()),
            day_end=dt.time(self.day_end.time().hour(), self.day_end.time().minute()),
            city=Bilingual(self.city_en.text().strip(), self.city_es.text().strip()),
            venue=Bilingual(self.venue_en.text().strip(), self.venue_es.text().strip()),
            host_party=self.host.currentData(),
            handling_marking=Bilingual(self.marking_en.text().strip(),
                                       self.marking_es.text().strip()),
            session_numbering=SessionNumbering(self.numbering.currentData()),
        )

    def problem_texts(self) -> list[str]:
        fields = self.fields()
        problems = fields.problems()
        if (str(fields.kind), fields.number) in self._taken:
            problems.append(MeetingProblem.DUPLICATE)
        texts = {
            MeetingProblem.NUMBER: self.tr("The meeting number must be 1 or more."),
            MeetingProblem.DATES: self.tr("The meeting cannot end before it starts."),
            MeetingProblem.HOURS: self.tr("The day must end after it starts."),
            MeetingProblem.CITY: self.tr("Give the city in English or Spanish."),
            MeetingProblem.DUPLICATE: self.tr(
                "There is already a meeting of this kind with this number."),
            MeetingProblem.CITY_TOO_LONG: self.tr("The city is too long (200 characters at "
                                                  "most)."),
            MeetingProblem.VENUE_TOO_LONG: self.tr("The venue is too long (500 characters at "
                                                   "most)."),
            MeetingProblem.MARKING_TOO_LONG: self.tr("The handling marking is too long (200 "
                                                     "characters at most)."),
            MeetingProblem.UNSTORABLE: self.tr("The city, venue or marking holds characters "
                                               "that cannot be stored; type them again "
                                               "instead of pasting."),
        }
        return [texts[p] for p in problems]

    def accept(self) -> None:
        problems = self.problem_texts()
        if problems:
            self.problems.setText("\n".join(problems))
            return
        super().accept()
