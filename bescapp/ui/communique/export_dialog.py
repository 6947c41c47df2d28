"""Choices for exporting the communiqué: language, whose copy, negotiating or clean text."""

from __future__ import annotations

from PySide6.QtWidgets import QCheckBox, QComboBox, QDialog, QDialogButtonBox, QFormLayout, QLabel

from ...i18n import languages
from ..retranslate import Retranslates


class ExportChoices(Retranslates, QDialog):
    def __init__(self, language: str, parent=None, versions=()) -> None:
        """``versions``: our saved versions (``VersionInfo``), which the negotiating text
        may show its tracked changes from."""
        super().__init__(parent)
        self.versions = [v for v in versions if v.number and not v.origin]
        self.language_box, self.copy_box = QComboBox(), QComboBox()
        self.changes_box, self.changes_label = QComboBox(), QLabel()
        self.clean_box = QCheckBox()
        self.language_label, self.copy_label = QLabel(), QLabel()
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                   | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QFormLayout(self)
        layout.addRow(self.language_label, self.language_box)
        layout.addRow(self.copy_label, self.copy_box)
        layout.addRow(self.clean_box)
        layout.addRow(self.changes_label, self.changes_box)
        layout.addRow(buttons)
        self.clean_box.toggled.connect(lambda clean: self.changes_box.setEnabled(not clean))
        self.retranslate_ui()
        self.language_box.setCurrentIndex(self.language_box.findData(language))

    def retranslate_ui(self) -> None:
        self.setWindowTitle(self.tr("Export communiqué"))
        self.language_label.setText(self.tr("Language:"))
        self.copy_label.setText(self.tr("Copy:"))
        self.clean_box.setText(self.tr("Clean final text (every paragraph agreed and conforming)"))
        current_language, current_copy = self.language_box.currentData(), self.copy_box.currentData()
        self.language_box.clear()
        self.language_box.addItem(self.tr("English"), "en")
        self.language_box.addItem(self.tr("Spanish"), "es")
        self.language_box.addItem(self.tr("Bilingual (side by side)"), languages.BILINGUAL)
        self.copy_box.clear()
        self.copy_box.addItem(self.tr("U.S. copy (United States named first)"), "us")
        self.copy_box.addItem(self.tr("Mexican copy (Mexico named first)"), "mx")
        current_changes = self.changes_box.currentData()
        self.changes_label.setText(self.tr("Tracked changes from:"))
        self.changes_box.clear()
        self.changes_box.addItem(self.tr("None (the text as it stands)"), None)
        for version in self.versions:
            self.changes_box.addItem(self.tr("%1. %2").replace("%1", str(version.number))
                                     .replace("%2", version.label), version.number)
        for box, value in ((self.language_box, current_language), (self.copy_box, current_copy),
                           (self.changes_box, current_changes)):
            if value is not None:
                box.setCurrentIndex(box.findData(value))

    def choices(self) -> tuple[str, str, bool]:
        return self.language_box.currentData(), self.copy_box.currentData(), \
            self.clean_box.isChecked()

    def changes_from(self) -> int | None:
        """The saved version whose differences the document shows as Word revisions."""
        return None if self.clean_box.isChecked() else self.changes_box.currentData()
