"""The action-plan dialog: code, bilingual title and description, start date."""

from __future__ import annotations

from PySide6.QtCore import QDate
from PySide6.QtWidgets import (
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from ...model.bilingual import Bilingual
from ...store.actions import PlanFields
from .. import colours
from ..retranslate import Retranslates
from .editor import four_digit_years


class PlanDialog(Retranslates, QDialog):
    def __init__(self, fields: PlanFields, parent: QWidget | None = None, *,
                 is_new: bool = True) -> None:
        super().__init__(parent)
        self.is_new = is_new
        self.code = QLineEdit()
        self.code.setMaxLength(20)
        self.code_es = QLineEdit()  # what Spanish documents print; empty: the code
        self.code_es.setMaxLength(20)
        self.title_en, self.title_es = QLineEdit(), QLineEdit()
        self.description_en, self.description_es = QPlainTextEdit(), QPlainTextEdit()
        for box in (self.description_en, self.description_es):
            box.setTabChangesFocus(True)
            box.setFixedHeight(60)
        self.start_date = QDateEdit()
        self.start_date.setCalendarPopup(True)
        self.start_date.setDisplayFormat(four_digit_years())
        self.problems = QLabel()
        self.problems.setStyleSheet(colours.text_css(colours.PROBLEM))
        self.problems.setWordWrap(True)
        self.form = QFormLayout()
        for widget in (self.code, self.code_es, self.title_en, self.title_es, self.description_en,
                       self.description_es, self.start_date):
            self.form.addRow(QLabel(), widget)
        self.buttons = buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                                  | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(self.form)
        layout.addWidget(self.problems)
        layout.addWidget(buttons)
        self.resize(600, 380)
        self.code.setText(fields.code)
        self.code_es.setText(fields.code_es)
        self.title_en.setText(fields.title.en)
        self.title_es.setText(fields.title.es)
        self.description_en.setPlainText(fields.description.en)
        self.description_es.setPlainText(fields.description.es)
        self.start_date.setDate(QDate(fields.start_date))
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        self.setWindowTitle(self.tr("New action plan") if self.is_new
                            else self.tr("Edit action plan"))
        names = (self.tr("&Code:"), self.tr("Code in Spanish &documents:"),
                 self.tr("Title (&English):"), self.tr("Title (&Spanish):"),
                 self.tr("Description (English):"), self.tr("Description (Spanish):"),
                 self.tr("S&tarts on:"))
        for row, name in enumerate(names):
            widget = self.form.itemAt(row, QFormLayout.ItemRole.LabelRole).widget()
            widget.setText(name)
            widget.setBuddy(self.form.itemAt(row, QFormLayout.ItemRole.FieldRole).widget())

    def fields(self) -> PlanFields:
        return PlanFields(
            code=self.code.text().strip(),
            code_es=self.code_es.text().strip(),
            title=Bilingual(self.title_en.text(), self.title_es.text()),
            description=Bilingual(self.description_en.toPlainText(),
                                  self.description_es.toPlainText()),
            start_date=self.start_date.date().toPython())

    def show_problems(self, text: str) -> None:
        self.problems.setText(text)
