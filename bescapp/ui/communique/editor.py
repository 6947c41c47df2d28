"""One paragraph pair of the side-by-side editor: English ‖ Spanish, status, checks."""

from __future__ import annotations

import dataclasses

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QGuiApplication, QPalette, QSyntaxHighlighter, QTextCharFormat
from PySide6.QtWidgets import (
    QComboBox,
    QFrame,
    QGridLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QSizePolicy,
)

from ...domain.brackets import bracket_spans
from ...model.bilingual import Bilingual
from ...model.entities import ParagraphStatus
from ...store.communique import ParagraphRow
from ...store.versions import Seen, keeping
from .. import access, colours
from ..labels import label
from ..retranslate import Retranslates
from .conformity import conformity_line

STATUS_COLOURS = {
    ParagraphStatus.DRAFT: "#6b6b6b",
    ParagraphStatus.BRACKETED: "#b35900",
    ParagraphStatus.AD_REFERENDUM: "#1f5fa8",
    ParagraphStatus.AGREED: "#2e7d32",
}


class BracketHighlighter(QSyntaxHighlighter):
    """Square-bracketed text on a yellow ground; a stray bracket in red."""

    def __init__(self, document) -> None:
        super().__init__(document)
        self.bracketed = QTextCharFormat()
        self.stray = QTextCharFormat()
        self.restyle()

    def restyle(self) -> None:
        """The yellow and the red laid over the text box's own background, light or dark."""
        page = colours.background(QPalette.ColorRole.Base)
        yellow = colours.tint("#ffd400", 0.4, page)
        self.bracketed.setBackground(yellow)
        self.bracketed.setForeground(colours.readable(
            QGuiApplication.palette().color(QPalette.ColorRole.Text), yellow))
        red = colours.tint(colours.PROBLEM, 0.35, page)
        self.stray.setBackground(red)
        self.stray.setForeground(colours.readable(colours.PROBLEM, red))
        self.rehighlight()

    def highlightBlock(self, text: str) -> None:
        spans, stray = bracket_spans(text)
        for start, end in spans:
            self.setFormat(start, end - start, self.bracketed)
        for position in stray:
            self.setFormat(position, 1, self.stray)


class ParagraphText(QPlainTextEdit):
    """A text box that grows with its text and reports when the user leaves it."""

    left = Signal()
    entered = Signal()

    def __init__(self) -> None:
        super().__init__()
        self.setTabChangesFocus(True)
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.highlighter = BracketHighlighter(self.document())
        self.document().documentLayout().documentSizeChanged.connect(self._fit)
        self._fit()

    def restyle(self) -> None:
        """A new light or dark scheme: the brackets' colours follow (Application calls it)."""
        self.highlighter.restyle()
    def _fit(self, *_args) -> None:
        lines = max(2, int(self.document().size().height()))
        height = lines * self.fontMetrics().lineSpacing() + 14
        if height != self.height():
            self.setFixedHeight(height)

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        self._fit()

    def focusInEvent(self, event) -> None:
        super().focusInEvent(event)
        self.entered.emit()

    def focusOutEvent(self, event) -> None:
        super().focusOutEvent(event)
        self.left.emit()

    def set_text(self, text: str) -> None:
        if text != self.toPlainText():
            self.setPlainText(text)


class ParagraphPair(Retranslates, QFrame):
    """Number, status, English ‖ Spanish text boxes and the paragraph's check lines."""

    text_edited = Signal(int, object)  # paragraph id, Bilingual
    status_chosen = Signal(int, object)  # paragraph id, ParagraphStatus
    focused = Signal(int)  # paragraph id
    conformity_requested = Signal(int)  # paragraph id

    def __init__(self, row: ParagraphRow, status_width: int = 150, language: str = "en") -> None:
        super().__init__()
        self.row = row
        self.seen: Seen | None = None  # the paragraph as its editor showed it (versions.Seen)
        self.their_comments: list[str] = []
        self.language = language  # the interface's, for dates
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.number = QLabel()
        self.number.setStyleSheet("font-weight: 600;")
        self.status = QComboBox()
        for status in ParagraphStatus:
            self.status.addItem(label(status.value), status)
        self.status.setFixedWidth(status_width)
        self.status.activated.connect(self._status_activated)
        self.conformity = QPushButton()
        self.conformity.setFixedWidth(status_width)
        self.conformity.clicked.connect(lambda: self.conformity_requested.emit(self.row.id))
        self.conformity_note = QLabel()
        self.conformity_note.setWordWrap(False)
        self.notes = QLabel()
        self.notes.setWordWrap(True)
        self.notes.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.editors = {"en": ParagraphText(), "es": ParagraphText()}
        self.checks = QLabel()
        self.checks.setWordWrap(True)
        self.checks.setStyleSheet(colours.text_css(colours.PROBLEM))
        layout = QGridLayout(self)
        layout.setContentsMargins(7, 5, 7, 5)
        layout.addWidget(self.number, 0, 0)
        layout.addWidget(self.status, 1, 0, Qt.AlignmentFlag.AlignTop)
        layout.addWidget(self.editors["en"], 0, 1, 2, 1, Qt.AlignmentFlag.AlignTop)
        layout.addWidget(self.editors["es"], 0, 2, 2, 1, Qt.AlignmentFlag.AlignTop)
        layout.addWidget(self.conformity, 2, 0, Qt.AlignmentFlag.AlignTop)
        layout.addWidget(self.checks, 2, 1, 1, 2)
        layout.addWidget(self.conformity_note, 3, 1, 1, 2)
        layout.addWidget(self.notes, 4, 1, 1, 2)
        layout.setColumnStretch(1, 1)
        layout.setColumnStretch(2, 1)
        layout.setRowStretch(1, 1)
        for lang, editor in self.editors.items():
            editor.setObjectName(f"paragraph-{lang}")
            editor.left.connect(self._maybe_edited)
            editor.entered.connect(lambda: self.focused.emit(self.row.id))
        self.show_row(row, [])

    def typing(self) -> set[str]:
        """The languages whose box the staffer is typing in (focused, changed, not saved)."""
        return {lang for lang, editor in self.editors.items()
                if editor.hasFocus() and editor.toPlainText() != self.row.text.get(lang)}

    def show_row(self, row: ParagraphRow, check_lines: list[str], seen: Seen | None = None,
                 keep_typing: bool = True, their_comments: list[str] | None = None) -> None:
        """Show the paragraph as stored. A box the staffer is typing in keeps their text,
        and ``seen`` (what a save is checked against) keeps what they started from, so
        saving it over another editor's change is refused; ``keep_typing=False`` (after a
        refused save) shows the stored text everywhere. ``their_comments``: the
        counterpart's comments on it, from their latest proposal."""
        typing = self.typing() if keep_typing and row.id == self.row.id else set()
        if typing and seen is not None and self.seen is not None:
            seen = keeping(seen, self.seen, {f"text_{lang}" for lang in typing})
            row = dataclasses.replace(row, text=Bilingual(
                **{lang: self.row.text.get(lang) if lang in typing else row.text.get(lang)
                   for lang in ("en", "es")}))
        self.row, self.seen = row, seen
        self.their_comments = list(their_comments or [])
        self.number.setText(f"{row.position + 1}")
        for lang, editor in self.editors.items():
            if lang not in typing:
                editor.set_text(row.text.get(lang))
        self.status.setCurrentIndex(self.status.findData(row.status))
        self.status.setStyleSheet(colours.text_css(STATUS_COLOURS[row.status]))
        self.checks.setText("\n".join(f"⚠ {line}" for line in check_lines))
        self.checks.setVisible(bool(check_lines))
        self._show_conformity()
        self._name_controls()

    def retranslate_ui(self) -> None:
        for i in range(self.status.count()):
            self.status.setItemText(i, label(str(self.status.itemData(i))))
        self.status.setToolTip(self.tr(
            "Draft: still being written; Bracketed: under negotiation; Ad referendum: agreed "
            "subject to approval; Agreed"))
        self._show_conformity()
        self._name_controls()

    def _show_conformity(self) -> None:
        """The conformity button and line, and the paragraph's notes (their comments)."""
        row = self.row
        language = self.language
        self.conformity.setText(self.tr("✓ Conforming…") if row.conforming
                                else self.tr("Conformity…"))
        self.conformity.setToolTip(conformity_line(row.conformity_by, row.conformity_at,
                                                   language))
        self.conformity.setStyleSheet(colours.text_css(STATUS_COLOURS[ParagraphStatus.AGREED])
                                      if row.conforming else "")
        self.conformity_note.setText(conformity_line(row.conformity_by, row.conformity_at,
                                                     language))
        self.conformity_note.setVisible(row.conforming)
        lines = []
        if row.notes.strip():
            lines.append(self.tr("Notes: %1").replace("%1", row.notes.replace("\n", " · ")))
        if self.their_comments:
            lines.append(self.tr("Their comments: %1").replace(
                "%1", " · ".join(self.their_comments)))
        self.notes.setText("\n".join(lines))
        self.notes.setVisible(bool(lines))

    def _name_controls(self) -> None:
        number = self.number.text()
        access.name(self.status, self.tr("Status of paragraph %1").replace("%1", number))
        access.name(self.conformity, self.tr("Conformity of paragraph %1").replace("%1", number),
                    self.conformity.toolTip())
        access.name_pair(self.editors["en"], self.editors["es"],
                         self.tr("Paragraph %1").replace("%1", number))

    def current_text(self) -> Bilingual:
        return Bilingual(self.editors["en"].toPlainText(), self.editors["es"].toPlainText())

    def cursor(self, lang: str) -> int:
        return self.editors[lang].textCursor().position()

    def _maybe_edited(self) -> None:
        text = self.current_text()
        if text != self.row.text:
            self.text_edited.emit(self.row.id, text)

    def _status_activated(self, index: int) -> None:
        status = self.status.itemData(index)
        if status != self.row.status:
            self.status_chosen.emit(self.row.id, ParagraphStatus(status))
