"""The member dialog: a person (kept across meetings) and their place on this list.

It edits values and returns them; the workspace turns them into one undo step.
When adding, the staffer picks a person already on file (reused, never copied)
or enters a new one; the title *at this meeting* starts as the person's title.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from ...domain.delegations import MemberProblem, MembershipFields, PersonFields
from ...domain.people import HONORIFICS
from ...model.bilingual import Bilingual
from ...model.entities import Attendance, AttendanceMode, Principal, Role
from ...store.delegations import AgencyRow, PersonChoice
from .. import access, colours
from ..labels import label
from ..retranslate import Retranslates


def _label_for(widget) -> QLabel:
    """A form label that moves focus to its field (for the &-mnemonics)."""
    text = QLabel()
    text.setBuddy(widget)
    return text


class MemberDialog(Retranslates, QDialog):
    def __init__(self, parent=None, *, people: list[PersonChoice] | None = None,
                 agencies: list[AgencyRow], person: PersonFields | None = None,
                 membership: MembershipFields | None = None, load_person=None,
                 language: str = "en") -> None:
        """``people`` given: adding (a person chooser is shown); ``load_person(id)`` returns
        that person's PersonFields for the chooser."""
        super().__init__(parent)
        self.setMinimumWidth(560)
        self._load_person = load_person
        self.chooser = QComboBox()
        self.chooser.setEditable(False)
        self.chooser_label = QLabel()
        self.chooser_label.setBuddy(self.chooser)  # Alt+P, and no "&" shown
        self.is_new = people is not None
        if people is not None:
            self.chooser.addItem("", None)  # "New person", text set in retranslate_ui
            for choice in people:
                self.chooser.addItem(choice.label, choice.id)
            self.chooser.currentIndexChanged.connect(self._chosen)
        self.honorific = QComboBox()
        self.honorific.addItem("", "")
        for code, (en, es) in HONORIFICS.items():
            self.honorific.addItem(en if en == es else f"{en} / {es}", code)
        self.given_names, self.first_surname, self.second_surname = (QLineEdit() for _ in range(3))
        self.title_en, self.title_es = QLineEdit(), QLineEdit()
        self.agency = QComboBox()
        self.agency.addItem("", None)
        for agency in agencies:
            self.agency.addItem(f"{agency.acronym} — {agency.name.either(language)}", agency.id)
        self.email, self.phone = QLineEdit(), QLineEdit()
        self.bio_en, self.bio_es = QPlainTextEdit(), QPlainTextEdit()
        self.role = QComboBox()
        for role in Role:
            self.role.addItem("", role)
        self.principal = QComboBox()  # how a principal takes part; beside the role
        for principal in Principal:
            self.principal.addItem("", principal)
        self.attendance = QComboBox()  # whether they attend ...
        for attendance in Attendance:
            self.attendance.addItem("", attendance)
        self.attendance_mode = QComboBox()  # ... and how
        for mode in AttendanceMode:
            self.attendance_mode.addItem("", mode)
        self.meeting_title_en, self.meeting_title_es = QLineEdit(), QLineEdit()
        # Internal notes in each language, as the biography: a Spanish briefing book prints
        # the Spanish ones only. The person's stay across meetings; the member's are this one's.
        self.person_notes_en, self.person_notes_es = QPlainTextEdit(), QPlainTextEdit()
        self.notes_en, self.notes_es = QPlainTextEdit(), QPlainTextEdit()
        for box in (self.person_notes_en, self.person_notes_es, self.notes_en, self.notes_es):
            box.setMaximumHeight(60)

        self.person_form = QFormLayout()
        self.meeting_form = QFormLayout()
        self.bio_form = QFormLayout()
        for form in (self.person_form, self.meeting_form, self.bio_form):
            form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        self._person_rows = [self.honorific, self.given_names, self.first_surname,
                             self.second_surname, self.title_en, self.title_es, self.agency,
                             self.email, self.phone, self.person_notes_en,
                             self.person_notes_es]
        for widget in self._person_rows:
            self.person_form.addRow(_label_for(widget), widget)
        self._meeting_rows = [self.role, self.principal, self.attendance, self.attendance_mode,
                              self.meeting_title_en, self.meeting_title_es, self.notes_en,
                              self.notes_es]
        for widget in self._meeting_rows:
            self.meeting_form.addRow(_label_for(widget), widget)
        self.bio_form.addRow(_label_for(self.bio_en), self.bio_en)
        self.bio_form.addRow(_label_for(self.bio_es), self.bio_es)
        self.tabs = QTabWidget()
        self.tabs.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # its tab bar takes the keyboard
        for form in (self.person_form, self.meeting_form, self.bio_form):
            page = QWidget()
            column = QVBoxLayout(page)
            column.addLayout(form)
            if form is not self.bio_form:  # fields stay together at the top
                column.addStretch()
            self.tabs.addTab(page, "")
        self.problem = QLabel()
        self.problem.setStyleSheet(colours.text_css(colours.PROBLEM))
        self.problem.setWordWrap(True)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                        | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        if self.is_new:
            chooser_form = QFormLayout()
            chooser_form.addRow(self.chooser_label, self.chooser)
            layout.addLayout(chooser_form)
        layout.addWidget(self.tabs)
        layout.addWidget(self.problem)
        layout.addWidget(self.buttons)
        self._fill(person or PersonFields(), membership or MembershipFields())
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        self.setWindowTitle(self.tr("Add member") if self.is_new else self.tr("Edit member"))
        self.chooser_label.setText(self.tr("&Person:"))
        if self.is_new:
            self.chooser.setItemText(0, self.tr("New person…"))
        texts = (self.tr("Honorific:"), self.tr("&Given names:"), self.tr("&First surname:"),
                 self.tr("&Second surname:"), self.tr("Current title (English):"),
                 self.tr("Current title (Spanish):"), self.tr("Agenc&y:"), self.tr("E-mail:"),
                 self.tr("Phone:"), self.tr("Notes on the person (English):"),
                 self.tr("Notes on the person (Spanish):"))
        for widget, text in zip(self._person_rows, texts, strict=True):
            self.person_form.labelForField(widget).setText(text)
        texts = (self.tr("&Role:"), self.tr("Pri&ncipal:"), self.tr("&Attendance:"),
                 self.tr("Attendance &mode:"), self.tr("Title at this meeting (English):"),
                 self.tr("Title at this meeting (Spanish):"),
                 self.tr("Internal notes (English):"), self.tr("Internal notes (Spanish):"))
        for widget, text in zip(self._meeting_rows, texts, strict=True):
            self.meeting_form.labelForField(widget).setText(text)
        self.bio_form.labelForField(self.bio_en).setText(self.tr("Biography (English):"))
        self.bio_form.labelForField(self.bio_es).setText(self.tr("Biography (Spanish):"))
        self.tabs.setTabText(0, self.tr("Person"))
        self.tabs.setTabText(1, self.tr("At this meeting"))
        self.tabs.setTabText(2, self.tr("Biography"))
        access.name(self.tabs.tabBar(), self.tr("Member pages"))
        self.second_surname.setPlaceholderText(self.tr("Maternal surname, if any"))
        for box in (self.person_notes_en, self.person_notes_es, self.notes_en, self.notes_es):
            box.setPlaceholderText(self.tr("For our delegation only; never exported"))
        for i in range(self.role.count()):
            self.role.setItemText(i, label(self.role.itemData(i)))
        for combo in (self.principal, self.attendance, self.attendance_mode):
            for i in range(combo.count()):
                combo.setItemText(i, label(combo.itemData(i)))

    def _fill(self, p: PersonFields, m: MembershipFields) -> None:
        self._fill_person(p)
        self.role.setCurrentIndex(max(0, self.role.findData(m.role)))
        self.principal.setCurrentIndex(max(0, self.principal.findData(m.principal)))
        self.attendance.setCurrentIndex(max(0, self.attendance.findData(m.attendance)))
        self.attendance_mode.setCurrentIndex(
            max(0, self.attendance_mode.findData(m.attendance_mode)))
        self.meeting_title_en.setText(m.title.en)
        self.meeting_title_es.setText(m.title.es)
        self.notes_en.setPlainText(m.internal_notes.en)
        self.notes_es.setPlainText(m.internal_notes.es)

    def _fill_person(self, p: PersonFields) -> None:
        self.honorific.setCurrentIndex(max(0, self.honorific.findData(p.honorific)))
        self.given_names.setText(p.given_names)
        self.first_surname.setText(p.first_surname)
        self.second_surname.setText(p.second_surname)
        self.title_en.setText(p.title.en)
        self.title_es.setText(p.title.es)
        self.agency.setCurrentIndex(max(0, self.agency.findData(p.agency_id)))
        self.email.setText(p.email)
        self.phone.setText(p.phone)
        self.bio_en.setPlainText(p.biography.en)
        self.bio_es.setPlainText(p.biography.es)
        self.person_notes_en.setPlainText(p.internal_notes.en)
        self.person_notes_es.setPlainText(p.internal_notes.es)

    def _chosen(self, _index: int) -> None:
        """An existing person: show them; their title becomes the title at this meeting."""
        person_id = self.chooser.currentData()
        fields = self._load_person(person_id) if person_id is not None and self._load_person \
            else PersonFields()
        self._fill_person(fields)
        self.meeting_title_en.setText(fields.title.en)
        self.meeting_title_es.setText(fields.title.es)

    # results ---------------------------------------------------------------

    def person_id(self) -> int | None:
        return self.chooser.currentData() if self.is_new else None

    def person_fields(self) -> PersonFields:
        return PersonFields(
            honorific=self.honorific.currentData() or "",
            given_names=self.given_names.text(), first_surname=self.first_surname.text(),
            second_surname=self.second_surname.text(),
            title=Bilingual(self.title_en.text().strip(), self.title_es.text().strip()),
            biography=Bilingual(self.bio_en.toPlainText().strip(),
                                self.bio_es.toPlainText().strip()),
            agency_id=self.agency.currentData(), email=self.email.text(),
            phone=self.phone.text(),
            internal_notes=Bilingual(self.person_notes_en.toPlainText().strip(),
                                     self.person_notes_es.toPlainText().strip()),
        ).cleaned()

    def membership_fields(self) -> MembershipFields:
        title = Bilingual(self.meeting_title_en.text().strip(),
                          self.meeting_title_es.text().strip())
        if title.is_empty():
            title = self.person_fields().title
        return MembershipFields(role=self.role.currentData(),
                                attendance=self.attendance.currentData(), title=title,
                                agency_id=self.agency.currentData(),
                                principal=self.principal.currentData(),
                                internal_notes=Bilingual(self.notes_en.toPlainText().strip(),
                                                         self.notes_es.toPlainText().strip()),
                                attendance_mode=self.attendance_mode.currentData())

    def problem_text(self, problem: MemberProblem) -> str:
        return {
            MemberProblem.NO_NAME: self.tr("Enter the given names and the first surname."),
            MemberProblem.NAME_TOO_LONG: self.tr("A name is too long (200 characters at most)."),
            MemberProblem.TITLE_TOO_LONG: self.tr("A title is too long (1,000 characters at "
                                                  "most)."),
            MemberProblem.BAD_EMAIL: self.tr("The e-mail address is not valid."),
            MemberProblem.PHONE_TOO_LONG: self.tr("The phone number is too long."),
            MemberProblem.UNKNOWN_HONORIFIC: self.tr("Choose an honorific from the list."),
            MemberProblem.CONTROL_CHARACTERS: self.tr("Remove the control characters from "
                                                      "the text."),
            MemberProblem.UNSTORABLE_TEXT: self.tr("The text holds characters that cannot be "
                                                   "stored; type it again instead of pasting."),
            MemberProblem.INVISIBLE_NAME: self.tr("A name is made only of invisible "
                                                  "characters."),
            MemberProblem.TEXT_TOO_LONG: self.tr("The biography or the notes are too long "
                                                 "(20,000 characters at most)."),
        }[problem]

    def accept(self) -> None:
        problems = self.person_fields().problems() + self.membership_fields().problems()
        if problems:
            self.problem.setText(" ".join(self.problem_text(p) for p in dict.fromkeys(problems)))
            return
        super().accept()
