"""Choices for the delegation-lists document: language and whether it is a contact sheet."""

from __future__ import annotations

from PySide6.QtWidgets import QCheckBox, QComboBox, QDialog, QDialogButtonBox, QFormLayout, QLabel

from ...i18n import languages
from ..retranslate import Retranslates


def _label_for(widget) -> QLabel:
    """A form label that moves focus to its field (for the &-mnemonics)."""
    text = QLabel()
    text.setBuddy(widget)
    return text


class ExportDialog(Retranslates, QDialog):
    def __init__(self, language: str, parent=None) -> None:
        super().__init__(parent)
        self.language = QComboBox()
        for code in languages.DOCUMENT_LANGUAGES:
            self.language.addItem("", code)
        self.language.setCurrentIndex(languages.CODES.index(language))
        self.contacts = QCheckBox()
        self.note = QLabel()
        self.note.setWordWrap(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                   | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        self.form = QFormLayout(self)
        self.form.addRow(_label_for(self.language), self.language)
        self.form.addRow(self.contacts)
        self.form.addRow(self.note)
        self.form.addRow(buttons)
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        self.setWindowTitle(self.tr("Export delegation lists"))
        self.form.labelForField(self.language).setText(self.tr("&Language:"))
        for i, text in enumerate((self.tr("English"), self.tr("Spanish"),
                                  self.tr("Bilingual (side by side)"))):
            self.language.setItemText(i, text)
        self.contacts.setText(self.tr("&Contact sheet (with e-mail addresses and phone numbers)"))
        self.note.setText(self.tr("The lists are shareable: without a contact sheet they carry "
                                  "no phone numbers, e-mail addresses or internal notes."))

    def choice(self) -> tuple[str, bool]:
        return self.language.currentData(), self.contacts.isChecked()
