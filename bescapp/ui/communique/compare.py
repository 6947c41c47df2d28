"""Compare two versions of the communiqué, word by word, per language."""

from __future__ import annotations

import html

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QTextBrowser,
    QVBoxLayout,
)

from ...domain.diff import Piece, diff_versions
from ...i18n.formatting import format_datetime
from ...store.communique import VersionInfo
from ..retranslate import Retranslates

INSERT_STYLE = "background:#c8f0c8; color:#0a5a0a; text-decoration: underline;"
DELETE_STYLE = "background:#f6c6c6; color:#8b0000; text-decoration: line-through;"


def pieces_html(pieces: list[Piece]) -> str:
    out = []
    for piece in pieces:
        text = html.escape(piece.text).replace("\n", "<br>")
        if piece.op == "insert":
            out.append(f'<span style="{INSERT_STYLE}">{text}</span>')
        elif piece.op == "delete":
            out.append(f'<span style="{DELETE_STYLE}">{text}</span>')
        else:
            out.append(text)
    return "".join(out)


class CompareDialog(Retranslates, QDialog):
    """``texts(version_id, lang) -> list[str]`` gives a version's paragraphs;
    ``delete(version_id) -> bool`` deletes a saved version (undoable), if given."""

    def __init__(self, versions: list[VersionInfo], texts, language: str, parent=None,
                 delete=None) -> None:
        super().__init__(parent)
        self.versions, self.texts, self.language = versions, texts, language
        self.delete = delete
        self.resize(1100, 700)
        self.older, self.newer = QComboBox(), QComboBox()
        for combo in (self.older, self.newer):
            for v in versions:
                combo.addItem(self._version_name(v), v.id)
        self.older.setCurrentIndex(self._latest_different())
        self.newer.setCurrentIndex(0)  # against the working draft
        form = QFormLayout()
        self.older_label, self.newer_label = QLabel(), QLabel()
        self.delete_button = QPushButton()
        self.delete_button.clicked.connect(self.delete_older)
        self.delete_button.setVisible(delete is not None)
        older_row = QHBoxLayout()
        older_row.addWidget(self.older, 1)
        older_row.addWidget(self.delete_button)
        form.addRow(self.older_label, older_row)
        form.addRow(self.newer_label, self.newer)
        self.views = {"en": QTextBrowser(), "es": QTextBrowser()}
        self.headings = {"en": QLabel(), "es": QLabel()}
        grid = QGridLayout()
        for column, lang in enumerate(("en", "es")):
            self.headings[lang].setStyleSheet("font-weight: 600;")
            grid.addWidget(self.headings[lang], 0, column)
            grid.addWidget(self.views[lang], 1, column)
        self.legend = QLabel()
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.legend)
        layout.addLayout(grid)
        layout.addWidget(buttons)
        self.retranslate_ui()
        for combo in (self.older, self.newer):
            combo.currentIndexChanged.connect(self.refresh)
        self.older.currentIndexChanged.connect(self._enable)
        self._enable()
        self.refresh()

    def _latest_different(self) -> int:
        """The latest saved version whose text is not the working draft's (just after
        saving, the one before it, so the dialog opens on what changed); else the latest."""
        draft = next((v for v in self.versions if v.number == 0), None)
        latest = len(self.versions) - 1
        if draft is None:
            return latest
        texts = {lang: self.texts(draft.id, lang) for lang in ("en", "es")}
        for index in range(latest, 0, -1):
            version = self.versions[index]
            if any(self.texts(version.id, lang) != texts[lang] for lang in texts):
                return index
        return latest

    def delete_older(self) -> None:
        """Delete the saved version chosen as the older one, after asking; Ctrl+Z restores it."""
        index = self.older.currentIndex()
        version = next((v for v in self.versions if v.id == self.older.currentData()), None)
        if version is None or version.number == 0 or self.delete is None:
            return
        answer = QMessageBox.question(
            self, self.tr("Delete version"),
            self.tr("Delete version %1? Undo (Ctrl+Z) in the window restores it.")
            .replace("%1", self._version_name(version)))
        if answer != QMessageBox.StandardButton.Yes or not self.delete(version.id):
            return
        self.versions = [v for v in self.versions if v.id != version.id]
        for combo in (self.older, self.newer):
            combo.removeItem(combo.findData(version.id))
        self.older.setCurrentIndex(min(index, self.older.count() - 1))
        self._enable()

    def _enable(self, *_args) -> None:
        version = next((v for v in self.versions if v.id == self.older.currentData()), None)
        self.delete_button.setEnabled(version is not None and version.number > 0)

    def _version_name(self, v: VersionInfo) -> str:
        if v.number == 0:
            return self.tr("Working draft")
        return self.tr("%1. %2 (%3)").replace("%1", str(v.number)).replace("%2", v.label) \
            .replace("%3", format_datetime(v.saved_at, self.language))

    def retranslate_ui(self) -> None:
        self.setWindowTitle(self.tr("Compare versions"))
        self.older_label.setText(self.tr("Older version:"))
        self.delete_button.setText(self.tr("&Delete this version…"))
        self.newer_label.setText(self.tr("Newer version:"))
        self.headings["en"].setText(self.tr("English"))
        self.headings["es"].setText(self.tr("Spanish"))
        self.legend.setText(self.tr('<span style="%1">inserted</span> · '
                                    '<span style="%2">deleted</span>')
                            .replace("%1", INSERT_STYLE).replace("%2", DELETE_STYLE))

    def refresh(self, *_args) -> None:
        old, new = self.older.currentData(), self.newer.currentData()
        if old is None or new is None:
            return
        for lang, view in self.views.items():
            pieces = diff_versions(self.texts(old, lang), self.texts(new, lang))
            view.setHtml(f"<div style='font-size:11pt'>{pieces_html(pieces)}</div>")
