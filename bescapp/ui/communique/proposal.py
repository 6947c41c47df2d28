"""Their proposal against our working draft: per paragraph, accept theirs, keep ours, or
bracket both. The dialog shows and asks; the workspace runs each decision as one undo
step (``decide``) and the dialog reloads the pairings from the draft as it then is."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSplitter,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from ...domain.diff import diff_words
from ...domain.negotiation import Kind, Pairing
from ...store.negotiation import Decision
from ..retranslate import Retranslates
from .compare import DELETE_STYLE, INSERT_STYLE, pieces_html

KIND_WORDS = {
    Kind.SAME: QT_TRANSLATE_NOOP("ProposalDialog", "the same"),
    Kind.CHANGED: QT_TRANSLATE_NOOP("ProposalDialog", "changed"),
    Kind.ADDED: QT_TRANSLATE_NOOP("ProposalDialog", "added by them"),
    Kind.REMOVED: QT_TRANSLATE_NOOP("ProposalDialog", "removed by them"),
    Kind.MOVED: QT_TRANSLATE_NOOP("ProposalDialog", "moved"),
    Kind.SPLIT: QT_TRANSLATE_NOOP("ProposalDialog", "split in two"),
    Kind.MERGED: QT_TRANSLATE_NOOP("ProposalDialog", "merged"),
}


def kind_text(kind: Kind) -> str:
    return QCoreApplication.translate("ProposalDialog", KIND_WORDS[kind])


class ProposalDialog(Retranslates, QDialog):
    """``load() -> (ours, theirs, pairings)`` reads the draft and the proposal;
    ``decide(pairing, decision) -> bool`` runs one decision (False: refused)."""

    def __init__(self, title: str, load, decide, parent=None, read_only: bool = False) -> None:
        super().__init__(parent)
        self.title, self.load, self.decide = title, load, decide
        self.kept: set[tuple[int, ...]] = set()  # their paragraphs staff chose to leave
        self.resize(1150, 720)
        self.caption = QLabel()
        self.caption.setWordWrap(True)
        self.list = QListWidget()
        self.list.currentRowChanged.connect(self._show)
        self.headings = {"en": QLabel(), "es": QLabel()}
        self.views = {"en": QTextBrowser(), "es": QTextBrowser()}
        right = QWidget()
        grid = QGridLayout(right)
        grid.setContentsMargins(0, 0, 0, 0)
        for column, lang in enumerate(("en", "es")):
            self.headings[lang].setStyleSheet("font-weight: 600;")
            grid.addWidget(self.headings[lang], 0, column)
            grid.addWidget(self.views[lang], 1, column)
        self.legend = QLabel()
        grid.addWidget(self.legend, 2, 0, 1, 2)
        self.comments = QLabel()  # their comments on the paragraph, kept as its notes
        self.comments.setWordWrap(True)
        grid.addWidget(self.comments, 3, 0, 1, 2)
        splitter = QSplitter()
        splitter.addWidget(self.list)
        splitter.addWidget(right)
        splitter.setSizes([330, 820])
        self.accept_button, self.keep_button, self.bracket_button = (QPushButton() for _ in "abc")
        self.accept_button.clicked.connect(lambda: self._decide(Decision.ACCEPT))
        self.keep_button.clicked.connect(lambda: self._decide(Decision.KEEP))
        self.bracket_button.clicked.connect(lambda: self._decide(Decision.BRACKET))
        for button in (self.accept_button, self.keep_button, self.bracket_button):
            button.setEnabled(not read_only)
        row = QHBoxLayout()
        row.addWidget(self.accept_button)
        row.addWidget(self.keep_button)
        row.addWidget(self.bracket_button)
        row.addStretch()
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        row.addWidget(buttons)
        layout = QVBoxLayout(self)
        layout.addWidget(self.caption)
        layout.addWidget(splitter, 1)
        layout.addLayout(row)
        self.pairings: list[Pairing] = []
        self.retranslate_ui()
        self.reload()

    def retranslate_ui(self) -> None:
        self.setWindowTitle(self.tr("Their proposal: %1").replace("%1", self.title))
        self.caption.setText(self.tr(
            "Each paragraph of their proposal beside our working draft. Accept theirs into the "
            "draft, keep ours, or bracket both as alternatives attributed to each side; "
            "each decision is one undo step (Ctrl+Z in the window)."))
        self.headings["en"].setText(self.tr("English"))
        self.headings["es"].setText(self.tr("Spanish"))
        self.legend.setText(self.tr('<span style="%1">theirs</span> · '
                                    '<span style="%2">ours</span>')
                            .replace("%1", INSERT_STYLE).replace("%2", DELETE_STYLE))
        self.accept_button.setText(self.tr("&Accept theirs"))
        self.keep_button.setText(self.tr("&Keep ours"))
        self.bracket_button.setText(self.tr("&Bracket both"))
        if self.isVisible():  # the pairings' names; a closed dialog reads nothing
            self.reload()

    def reload(self) -> None:
        if not hasattr(self, "pairings"):
            return
        row = max(self.list.currentRow(), 0)
        self.ours, self.theirs, pairings = self.load()
        self.pairings = [p for p in pairings if p.kind is not Kind.SAME]
        self.list.blockSignals(True)
        self.list.clear()
        for pairing in self.pairings:
            item = QListWidgetItem(self._name(pairing))
            if pairing.theirs in self.kept:
                font = item.font()
                font.setItalic(True)
                item.setFont(font)
            self.list.addItem(item)
        if not self.pairings:
            self.list.addItem(self.tr("Nothing left to decide: the draft reads as their "
                                      "proposal."))
        self.list.blockSignals(False)
        self.list.setCurrentRow(min(row, self.list.count() - 1))
        self._show(self.list.currentRow())

    def _name(self, pairing: Pairing) -> str:
        ours = ", ".join(str(i + 1) for i in pairing.ours) or "—"
        theirs = ", ".join(str(j + 1) for j in pairing.theirs) or "—"
        name = self.tr("Ours %1 · theirs %2: %3").replace("%1", ours).replace("%2", theirs) \
            .replace("%3", kind_text(pairing.kind))
        if pairing.theirs in self.kept:
            name += " " + self.tr("(kept ours)")
        return name

    def current(self) -> Pairing | None:
        row = self.list.currentRow()
        return self.pairings[row] if 0 <= row < len(self.pairings) else None

    def _show(self, _row: int = 0) -> None:
        pairing = self.current()
        for button in (self.accept_button, self.keep_button, self.bracket_button):
            button.setVisible(pairing is not None)
        notes = [line for j in (pairing.theirs if pairing else ())
                 for line in self.theirs[j].notes.splitlines() if line]
        self.comments.setText(self.tr("Their comments: %1").replace("%1", " · ".join(notes)))
        self.comments.setVisible(bool(notes))
        for lang, view in self.views.items():
            if pairing is None:
                view.clear()
                continue
            mine = " ".join(self.ours[i].text.get(lang) for i in pairing.ours)
            yours = " ".join(self.theirs[j].text.get(lang) for j in pairing.theirs)
            # what reading ours into theirs takes: ours struck, theirs underlined
            view.setHtml(f"<div style='font-size:11pt'>"
                         f"{pieces_html(diff_words(mine, yours))}</div>")

    def _decide(self, decision: Decision) -> None:
        pairing = self.current()
        if pairing is None:
            return
        if decision is Decision.KEEP:
            self.kept.add(pairing.theirs)
            self.list.setCurrentRow(min(self.list.currentRow() + 1, self.list.count() - 1))
            self.reload()
            return
        if self.decide(pairing, decision):
            self.reload()
