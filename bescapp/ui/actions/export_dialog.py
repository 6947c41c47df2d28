"""Choices for the status report before the file dialog: language, and whether internal."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from ...i18n import languages
from .. import colours
from ..retranslate import Retranslates

LANGUAGES = languages.DOCUMENT_LANGUAGES


class ReportDialog(Retranslates, QDialog):
    def __init__(self, language: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.language = QComboBox()
        for code in LANGUAGES:
            self.language.addItem("", code)
        self.language.setCurrentIndex(LANGUAGES.index(language) if language in LANGUAGES else 0)
        self.internal = QCheckBox()
        self.warning = QLabel()
        self.warning.setWordWrap(True)
        self.warning.setStyleSheet(colours.text_css(colours.CAUTION))
        self.internal.toggled.connect(self._warn)
        self.form = QFormLayout()
        self.language_label = QLabel()
        self.language_label.setBuddy(self.language)
        self.form.addRow(self.language_label, self.language)
        self.form.addRow("", self.internal)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                   | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(self.form)
        layout.addWidget(self.warning)
        layout.addWidget(buttons)
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        self.setWindowTitle(self.tr("Export status report"))
        self.language_label.setText(self.tr("Document &language:"))
        for k, name in enumerate((self.tr("English"), self.tr("Spanish"),
                                  self.tr("Bilingual (side by side)"))):
            self.language.setItemText(k, name)
        self.internal.setText(self.tr("&Include internal notes (internal document)"))
        self._warn()

    def _warn(self, *_args) -> None:
        self.warning.setText(self.tr("The document will carry our internal notes: do not share "
                                     "it with the counterpart.")
                             if self.internal.isChecked() else "")

    def choice(self) -> tuple[str, bool]:
        return self.language.currentData(), self.internal.isChecked()
