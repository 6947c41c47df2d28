"""The line editor: bilingual title and description, lead agency per party, due date,
progress, and the internal notes, set apart and marked as never leaving in a shareable
document. A dialog that returns values; it writes nothing itself."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate, QLocale
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from ...model.bilingual import Bilingual
from ...store.actions import AgencyRow, LineFields, PlanRow
from .. import access, colours
from ..labels import label
from ..retranslate import Retranslates


def internal_style() -> str:
    """The internal notes' amber box, from the palette (light or dark)."""
    wash = colours.tint(colours.AMBER, 0.16)
    return (f"QGroupBox#internal {{ background: {wash.name()}; "
            f"border: 1px solid {colours.tint(colours.AMBER, 0.7).name()}; "
            "border-radius: 4px; margin-top: 1.4em; padding-top: 4px; }"
            "QGroupBox#internal::title { subcontrol-origin: margin; left: 8px; "
            f"color: {colours.readable(colours.CAUTION, wash).name()}; font-weight: 600; }}")


def four_digit_years() -> str:
    """The locale's short date with the year in full ("31/12/2024"), for date fields."""
    form = QLocale().dateFormat(QLocale.FormatType.ShortFormat)
    return form if "yyyy" in form else form.replace("yy", "yyyy")


class LineEditor(Retranslates, QDialog):
    def __init__(self, fields: LineFields, agencies: list[AgencyRow], language: str,
                 parent: QWidget | None = None, *, plans: list[PlanRow] | None = None,
                 plan_id: int | None = None, code: str = "") -> None:
        super().__init__(parent)
        self.language = language
        self.is_new = plans is not None
        self.code = code
        self.status = fields.status
        self.plan = QComboBox()
        for plan in plans or []:
            self.plan.addItem(f"{plan.code} — {plan.title.either(language)}", plan.id)
        if plan_id is not None:
            self.plan.setCurrentIndex(max(0, self.plan.findData(plan_id)))
        self.title_en, self.title_es = QLineEdit(), QLineEdit()
        self.description_en, self.description_es = QPlainTextEdit(), QPlainTextEdit()
        for box in (self.description_en, self.description_es):
            box.setTabChangesFocus(True)
            box.setFixedHeight(70)
        self.us_agency, self.mx_agency = QComboBox(), QComboBox()
        for combo, party in ((self.us_agency, "US"), (self.mx_agency, "MX")):
            combo.addItem("—", None)
            for agency in agencies:
                if agency.party == party:
                    combo.addItem(f"{agency.acronym} — {agency.name.either(language)}", agency.id)
        self.has_due = QCheckBox()
        self.due_date = QDateEdit()
        self.due_date.setCalendarPopup(True)
        self.due_date.setDisplayFormat(four_digit_years())
        self.has_due.toggled.connect(self.due_date.setEnabled)
        self.progress = QSpinBox()
        self.progress.setRange(0, 100)
        self.progress.setSuffix("%")  # as the table and Babel write it: "100%"
        self.status_label = QLabel()
        self.notes_en, self.notes_es = QPlainTextEdit(), QPlainTextEdit()
        for box in (self.notes_en, self.notes_es):
            box.setTabChangesFocus(True)
            box.setFixedHeight(60)
        self.internal = QGroupBox()
        self.internal.setObjectName("internal")
        self.internal.setStyleSheet(internal_style())
        notes = QGridLayout(self.internal)
        self.notes_en_label, self.notes_es_label = QLabel(), QLabel()
        notes.addWidget(self.notes_en_label, 0, 0)
        notes.addWidget(self.notes_es_label, 0, 1)
        notes.addWidget(self.notes_en, 1, 0)
        notes.addWidget(self.notes_es, 1, 1)
        self.problems = QLabel()
        self.problems.setStyleSheet(colours.text_css(colours.PROBLEM))
        self.problems.setWordWrap(True)

        texts = QGridLayout()
        self.english_label, self.spanish_label = QLabel(), QLabel()
        self.title_label, self.description_label = QLabel(), QLabel()
        texts.addWidget(self.english_label, 0, 1)
        texts.addWidget(self.spanish_label, 0, 2)
        texts.addWidget(self.title_label, 1, 0)
        texts.addWidget(self.title_en, 1, 1)
        texts.addWidget(self.title_es, 1, 2)
        texts.addWidget(self.description_label, 2, 0)
        texts.addWidget(self.description_en, 2, 1)
        texts.addWidget(self.description_es, 2, 2)
        texts.setColumnStretch(1, 1)
        texts.setColumnStretch(2, 1)
        self.form = QFormLayout()
        due_row = QHBoxLayout()
        due_row.addWidget(self.has_due)
        due_row.addWidget(self.due_date)
        due_row.addStretch()
        self.progress.setMaximumWidth(90)
        self.form_labels = []
        rows = ([self.plan] if self.is_new else []) + [self.us_agency, self.mx_agency, due_row,
                                                       self.progress, self.status_label]
        for field in rows:
            name = QLabel()
            name.setBuddy(field if isinstance(field, QWidget) else self.has_due)
            self.form_labels.append(name)
            self.form.addRow(name, field)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                        | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(texts)
        layout.addLayout(self.form)
        layout.addWidget(self.internal)
        layout.addWidget(self.problems)
        layout.addWidget(self.buttons)
        self.resize(820, 560)
        self.show_fields(fields)
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        self.setWindowTitle(self.tr("New line of action") if self.is_new else
                            self.tr("Edit line of action %1").replace("%1", self.code))
        self.english_label.setText(self.tr("English"))
        self.spanish_label.setText(self.tr("Spanish"))
        self.title_label.setText(self.tr("&Title:"))
        self.title_label.setBuddy(self.title_en)
        self.description_label.setText(self.tr("&Description:"))
        self.description_label.setBuddy(self.description_en)
        names = [self.tr("Action &plan:")] if self.is_new else []
        names += [self.tr("&US lead agency:"), self.tr("&Mexico lead agency:"),
                  self.tr("Du&e date:"), self.tr("P&rogress:"), self.tr("Status:")]
        for widget, name in zip(self.form_labels, names, strict=True):
            widget.setText(name)
        self.has_due.setText(self.tr("Has a due date"))
        self.status_label.setText(self.tr("%1 — change it by recording a status update")
                                  .replace("%1", label(self.status.value)))
        self.internal.setTitle(self.tr("Internal notes — for our delegation only; never in a "
                                       "shareable document"))
        self.notes_en_label.setText(self.tr("English"))
        self.notes_es_label.setText(self.tr("Spanish"))
        access.name_pair(self.title_en, self.title_es, self.tr("Title"))
        access.name_pair(self.description_en, self.description_es, self.tr("Description"))
        access.name_pair(self.notes_en, self.notes_es, self.tr("Internal notes"))
        access.name(self.due_date, self.tr("Due date"))

    def show_fields(self, fields: LineFields) -> None:
        self.title_en.setText(fields.title.en)
        self.title_es.setText(fields.title.es)
        self.description_en.setPlainText(fields.description.en)
        self.description_es.setPlainText(fields.description.es)
        self.us_agency.setCurrentIndex(max(0, self.us_agency.findData(fields.us_agency_id)))
        self.mx_agency.setCurrentIndex(max(0, self.mx_agency.findData(fields.mx_agency_id)))
        self.has_due.setChecked(fields.due_date is not None)
        self.due_date.setEnabled(fields.due_date is not None)
        self.due_date.setDate(QDate(fields.due_date or dt.date.today()))
        self.progress.setValue(fields.progress)
        self.notes_en.setPlainText(fields.internal_notes.en)
        self.notes_es.setPlainText(fields.internal_notes.es)

    def plan_id(self) -> int | None:
        return self.plan.currentData()

    def fields(self) -> LineFields:
        return LineFields(
            title=Bilingual(self.title_en.text(), self.title_es.text()),
            description=Bilingual(self.description_en.toPlainText(),
                                  self.description_es.toPlainText()),
            us_agency_id=self.us_agency.currentData(), mx_agency_id=self.mx_agency.currentData(),
            due_date=self.due_date.date().toPython() if self.has_due.isChecked() else None,
            status=self.status, progress=self.progress.value(),
            internal_notes=Bilingual(self.notes_en.toPlainText(), self.notes_es.toPlainText()),
        )

    def show_problems(self, text: str) -> None:
        self.problems.setText(text)
