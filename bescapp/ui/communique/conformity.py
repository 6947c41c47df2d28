"""Conformity of one paragraph: the English and Spanish texts read side by side, and who
checked that they say the same. The dialog returns a choice; it never writes."""

from __future__ import annotations

import datetime as dt
import enum

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGridLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
)

from ...i18n.formatting import format_date, format_time
from ...model.bilingual import Bilingual
from .. import access
from ..retranslate import Retranslates


class Choice(enum.Enum):
    CONFORMING = "conforming"
    NOT_CHECKED = "not_checked"


def conformity_line(by: str, at: dt.datetime | None, language: str) -> str:
    """"Conformity: checked by Ana Ruiz, March 3, 2020, 10:15 a.m." or "not checked"."""
    if at is None:
        return QCoreApplication.translate("Conformity", "Conformity: not checked")
    when = f"{format_date(at.date(), language)}, {format_time(at.time(), language)}"
    return (QCoreApplication.translate("Conformity", "Conformity: checked by %1, %2")
            .replace("%1", by).replace("%2", when))


class ConformityDialog(Retranslates, QDialog):
    def __init__(self, number: int, text: Bilingual, by: str, at: dt.datetime | None,
                 suggested: str, language: str, parent=None) -> None:
        super().__init__(parent)
        self.number, self.by, self.at, self.language = number, by, at, language
        self.choice: Choice | None = None
        self.question = QLabel()
        self.question.setWordWrap(True)
        self.state = QLabel()
        self.state.setWordWrap(True)
        self.titles = {"en": QLabel(), "es": QLabel()}
        self.texts = {lang: QPlainTextEdit(text.get(lang)) for lang in ("en", "es")}
        grid = QGridLayout()
        for column, lang in enumerate(("en", "es")):
            self.texts[lang].setReadOnly(True)
            self.titles[lang].setStyleSheet("font-weight: 600;")
            grid.addWidget(self.titles[lang], 0, column)
            grid.addWidget(self.texts[lang], 1, column)
        self.name_label = QLabel()
        self.name = QLineEdit(by or suggested)
        self.name_label.setBuddy(self.name)
        form = QFormLayout()
        form.addRow(self.name_label, self.name)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.conforming = QPushButton()
        self.conforming.setDefault(True)
        self.not_checked = QPushButton()
        self.not_checked.setEnabled(at is not None)
        self.buttons.addButton(self.conforming, QDialogButtonBox.ButtonRole.AcceptRole)
        self.buttons.addButton(self.not_checked, QDialogButtonBox.ButtonRole.ResetRole)
        self.conforming.clicked.connect(lambda: self._choose(Choice.CONFORMING))
        self.not_checked.clicked.connect(lambda: self._choose(Choice.NOT_CHECKED))
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.question)
        layout.addLayout(grid, 1)
        layout.addWidget(self.state)
        layout.addLayout(form)
        layout.addWidget(self.buttons)
        self.resize(720, 360)
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        self.setWindowTitle(self.tr("Conformity of paragraph %1").replace("%1", str(self.number)))
        self.question.setText(self.tr(
            "Do the English and Spanish texts of paragraph %1 say the same? Conformity is "
            "what the final communiqué needs, with every paragraph agreed; editing either "
            "text clears it.").replace("%1", str(self.number)))
        self.state.setText(conformity_line(self.by, self.at, self.language))
        self.titles["en"].setText(self.tr("English"))
        self.titles["es"].setText(self.tr("Spanish"))
        access.name(self.texts["en"], self.tr("Paragraph %1, in English").replace(
            "%1", str(self.number)))
        access.name(self.texts["es"], self.tr("Paragraph %1, in Spanish").replace(
            "%1", str(self.number)))
        self.name_label.setText(self.tr("Checked &by:"))
        self.conforming.setText(self.tr("Conf&orming"))
        self.not_checked.setText(self.tr("&Not checked"))
        self.conforming.setToolTip(self.tr("The two texts say the same, checked by the name "
                                           "given, now"))
        self.not_checked.setToolTip(self.tr("Clear the conformity: the texts need checking again"))

    def _choose(self, choice: Choice) -> None:
        self.choice = choice
        self.accept()

    def checked_by(self) -> str:
        return self.name.text()
