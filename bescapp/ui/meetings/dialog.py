"""The meeting dialog: edits a MeetingFields value and returns it; never writes the store."""

from __future__ import annotations

import datetime as dt
import re

from PySide6.QtCore import QDate, QLocale, QTime
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QSpinBox,
    QTimeEdit,
    QVBoxLayout,
)

from ...i18n.formatting import format_date
from ...model.bilingual import Bilingual
from ...model.entities import MeetingKind, SessionNumbering
from ...store.meetings import MeetingFields, MeetingProblem
from .. import access, colours
from ..labels import label
from ..retranslate import Retranslates
from ..rows import pair


def typeable_date_format(locale: QLocale) -> str:
    """The locale's numeric date with every section at full width: "MM/dd/yyyy" in
    English, "dd/MM/yyyy" in Spanish. Typing digits fills each section and moves on, so
    a date can be typed whole; a long format ("4 de marzo de 2020") cannot be typed, and a
    two-digit year reads "2014" as "14". The long form is shown beside the field."""
    short = locale.dateFormat(QLocale.FormatType.ShortFormat)  # "M/d/yy", "dd/MM/yy"
    for letter, full in (("y", "yyyy"), ("M", "MM"), ("d", "dd")):
        short = re.sub(f"{letter}+", full, short)
    return short


def _language_of(locale: QLocale) -> str:
    return "es" if locale.language() == QLocale.Language.Spanish else "en"


class MeetingDialog(Retranslates, QDialog):
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
        self._language = _language_of(QLocale())
        self.start_long, self.end_long = QLabel(), QLabel()  # "miércoles, 4 de marzo de 2020"
        for edit, long in ((self.start_date, self.start_long), (self.end_date, self.end_long)):
            edit.setDisplayFormat(typeable_date_format(QLocale()))
            edit.setMinimumDate(QDate(1900, 1, 1))
            edit.setMaximumDate(QDate(2100, 12, 31))
            edit.dateChanged.connect(lambda _d, e=edit, w=long: self._show_long(e, w))
            longest = format_date(dt.date(2026, 9, 30), self._language, "full")  # no jitter
            long.setMinimumWidth(long.fontMetrics().horizontalAdvance(longest) + 8)
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
        self.problems.setStyleSheet(colours.text_css(colours.PROBLEM))
        self.problems.setWordWrap(True)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)

        self.form = QFormLayout()
        self.labels = []
        for field in (self.kind, self.number, pair(self.start_date, self.start_long),
                      pair(self.end_date, self.end_long),
                      pair(self.day_start, self.day_end), pair(self.city_en, self.city_es),
                      pair(self.venue_en, self.venue_es), self.host,
                      pair(self.marking_en, self.marking_es),
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
        for edit, long in ((self.start_date, self.start_long), (self.end_date, self.end_long)):
            self._show_long(edit, long)
        self._start_before = self.start_date.date()
        self.start_date.dateChanged.connect(self._start_moved)
        self.retranslate_ui()
        self.setMinimumWidth(780)  # room for Spanish venue names side by side

    def retranslate_ui(self) -> None:
        self.setWindowTitle(self.tr("New meeting") if self._is_new else self.tr("Edit meeting"))
        labels = (self.tr("&Kind:"), self.tr("&Number:"), self.tr("&Starts on:"),
                  self.tr("&Ends on:"), self.tr("Day h&ours (start, end):"),
                  self.tr("&City (English, Spanish):"), self.tr("&Venue (English, Spanish):"),
                  self.tr("&Host:"), self.tr("Handling &marking:"),
                  self.tr("Session num&bering:"))
        for caption, text in zip(self.labels, labels, strict=True):
            caption.setText(text)
        for field in (self.city_en, self.venue_en, self.marking_en):
            field.setPlaceholderText(self.tr("English"))
        for field in (self.city_es, self.venue_es, self.marking_es):
            field.setPlaceholderText(self.tr("Spanish"))
        access.name(self.start_date, self.tr("Starts on"))
        access.name(self.end_date, self.tr("Ends on"))
        access.name(self.day_start, self.tr("The day starts at"))
        access.name(self.day_end, self.tr("The day ends at"))
        access.name_pair(self.city_en, self.city_es, self.tr("City"))
        access.name_pair(self.venue_en, self.venue_es, self.tr("Venue"))
        access.name_pair(self.marking_en, self.marking_es, self.tr("Handling marking"))

    def _show_long(self, edit: QDateEdit, long: QLabel) -> None:
        long.setText(format_date(edit.date().toPython(), self._language, "full"))

    def _start_moved(self, start: QDate) -> None:
        """The end follows the start: a one-day meeting (or an end before its start) moves
        with it, and so does a meeting whose start leaves its days; a start moved within
        them keeps the end. A typed start passes through dates on its way ("06/04/2020",
        "06/01/2020", then "06/01/2014"); each step moves the meeting whole, so it lands
        where the last one says."""
        before, end = self._start_before, self.end_date.date()
        if end <= before or not before <= start <= end:
            self.end_date.setDate(end.addDays(before.daysTo(start)))
        self._start_before = start

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
