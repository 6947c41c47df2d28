"""The "New plenary from…" dialog: which earlier meeting, and the few facts that change
(number, date, city, host); the rest comes from the earlier meeting. Returns the choice,
never writes the store."""

from __future__ import annotations

from dataclasses import dataclass, replace

from PySide6.QtCore import QCoreApplication, QDate, QLocale
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
    QVBoxLayout,
    QWidget,
)

from ...model.bilingual import Bilingual
from ...store.meetings import MeetingFields
from .. import access, colours
from ..labels import label
from ..retranslate import Retranslates


@dataclass(frozen=True)
class Earlier:
    """A meeting to start from: its id, its name in the interface language, and the
    fields of the meeting that would follow it."""

    meeting_id: int
    name: str
    following: MeetingFields


class NextPlenaryDialog(Retranslates, QDialog):
    def __init__(self, choices: list[Earlier], chosen: int | None,
                 taken: set[tuple[str, int]], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._choices = {c.meeting_id: c for c in choices}
        self._taken = taken  # (kind, number) of the meetings there are
        self.earlier = QComboBox()
        for choice in choices:
            self.earlier.addItem(choice.name, choice.meeting_id)
        self.number = QSpinBox()
        self.number.setRange(1, 999)
        self.start_date = QDateEdit(calendarPopup=True)
        self.start_date.setDisplayFormat(QLocale().dateFormat(QLocale.FormatType.LongFormat))
        self.city_en, self.city_es = QLineEdit(), QLineEdit()
        city = QWidget()
        row = QHBoxLayout(city)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.city_en)
        row.addWidget(self.city_es)
        self.host = QComboBox()
        self.host.addItem("", None)
        for code in ("MX", "US"):
            self.host.addItem(label(code), code)
        self.note = QLabel()
        self.note.setWordWrap(True)
        self.problems = QLabel()
        self.problems.setStyleSheet(colours.text_css(colours.PROBLEM))
        self.problems.setWordWrap(True)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                        | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        form = QFormLayout()
        self.captions = []
        for field, buddy in ((self.earlier, self.earlier), (self.number, self.number),
                             (self.start_date, self.start_date), (city, self.city_en),
                             (self.host, self.host)):
            caption = QLabel()
            caption.setBuddy(buddy)
            form.addRow(caption, field)
            self.captions.append(caption)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.note)
        layout.addWidget(self.problems)
        layout.addWidget(self.buttons)
        self.earlier.currentIndexChanged.connect(self._prefill)
        if chosen in self._choices:
            self.earlier.setCurrentIndex(self.earlier.findData(chosen))
        self._prefill()
        self.retranslate_ui()
        self.setMinimumWidth(620)

    def retranslate_ui(self) -> None:
        self.setWindowTitle(self.tr("New plenary from an earlier meeting"))
        for caption, text in zip(self.captions, (
                self.tr("&From:"), self.tr("&Number:"), self.tr("&Starts on:"),
                self.tr("&City (English, Spanish):"), self.tr("&Host:")), strict=True):
            caption.setText(text)
        self.city_en.setPlaceholderText(self.tr("English"))
        self.city_es.setPlaceholderText(self.tr("Spanish"))
        access.name_pair(self.city_en, self.city_es, self.tr("City"))
        self.note.setText(self.tr(
            "The new meeting gets the earlier one's day hours, agenda (titles, descriptions, "
            "durations, fixed starts) and both delegation lists in the same order, everyone "
            "invited again. Leads, talking points, objectives, background, attachments, "
            "internal notes and the communiqué stay with the earlier meeting."))

    def _prefill(self, *_args) -> None:
        """The chosen meeting's successor: number, date and host; the city stays as typed."""
        following = self._following()
        if following is None:
            return
        self.number.setValue(following.number)
        self.start_date.setDate(QDate(following.start_date))
        self.host.setCurrentIndex(max(0, self.host.findData(following.host_party)))

    def _following(self) -> MeetingFields | None:
        choice = self._choices.get(self.earlier.currentData())
        return choice.following if choice else None

    def earlier_id(self) -> int | None:
        return self.earlier.currentData()

    def fields(self) -> MeetingFields:
        base = self._following() or MeetingFields()
        start = self.start_date.date().toPython()
        return replace(base, number=self.number.value(), start_date=start,
                       end_date=start + (base.end_date - base.start_date),
                       city=Bilingual(self.city_en.text().strip(), self.city_es.text().strip()),
                       host_party=self.host.currentData())

    def problem_texts(self) -> list[str]:
        fields = self.fields()
        texts = []
        if fields.city.is_empty():  # the meeting dialog's wording, and its translation
            texts.append(QCoreApplication.translate("MeetingDialog",
                                                    "Give the city in English or Spanish."))
        if (str(fields.kind), fields.number) in self._taken:
            texts.append(QCoreApplication.translate(
                "MeetingDialog", "There is already a meeting of this kind with this number."))
        return texts

    def accept(self) -> None:
        problems = self.problem_texts()
        if problems:
            self.problems.setText("\n".join(problems))
            return
        super().accept()
