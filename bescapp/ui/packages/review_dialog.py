"""Open package…: every change the package brings, conflicts side by side, and a decision
per conflict (keep ours or take theirs; two buttons settle every conflict at once). Returns
the decisions; the caller takes the package in (one undo step)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QButtonGroup,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QRadioButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
)

from ...domain.package_review import Change, Review, settled
from ...exchange import wording
from ..labels import label
from ..retranslate import Retranslates

CONFLICT = QColor("#fdecea")


class PackageReviewDialog(Retranslates, QDialog):
    COLUMNS = 6  # where, what, which, ours, theirs, decision (conflicts)
    DECISIONS = ("", "ours", "theirs")  # a decision box's entries, in order

    def __init__(self, review: Review, side: str, meeting: str, fingerprint: str,
                 language: str, parent=None) -> None:
        super().__init__(parent)
        self.review, self.side, self.meeting = review, side, meeting
        self.fingerprint, self.language = fingerprint, language
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.summary.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.table = QTableWidget(0, self.COLUMNS)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setWordWrap(True)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        for column in range(self.COLUMNS):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        self.conflict_note = QLabel()
        self.conflict_note.setWordWrap(True)
        self.keep_ours, self.take_theirs = QRadioButton(), QRadioButton()
        self.choice = QButtonGroup(self)
        self.choice.addButton(self.keep_ours)
        self.choice.addButton(self.take_theirs)
        self.keep_ours.clicked.connect(lambda: self.decide_all("ours"))
        self.take_theirs.clicked.connect(lambda: self.decide_all("theirs"))
        self.rows: list[Change] = []
        self.decisions: dict[str, QComboBox] = {}  # a conflict's ident -> its decision box
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                        | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(self.table, 1)
        for widget in (self.conflict_note, self.keep_ours, self.take_theirs):
            layout.addWidget(widget)
            widget.setVisible(bool(review.conflicts))
        layout.addWidget(self.buttons)
        self.resize(1060, 560)
        self.retranslate_ui()
        self._enable()

    def retranslate_ui(self) -> None:
        self.setWindowTitle(self.tr("Review the package"))
        self.table.setHorizontalHeaderLabels([
            self.tr("Where"), self.tr("Change"), self.tr("Which"), self.tr("Ours"),
            self.tr("Theirs"), self.tr("Decision")])
        n = len(self.review.changes)
        summary = self.tr("Package from %1 for the %2, signed by key %3.").replace(
            "%1", label(self.side)).replace("%2", self.meeting).replace("%3", self.fingerprint)
        if self.review.new_meeting:
            summary += " " + self.tr("This database does not hold that meeting: it is created "
                                     "from the package.")
        summary += " " + self.tr("Changes against the last package exchanged: %1.").replace(
            "%1", str(n))
        self.summary.setText(summary)
        conflicts = len(self.review.conflicts)
        self.conflict_note.setText(self.tr(
            "Conflicts: %1. Both sides changed the same thing since the last package "
            "exchanged (shaded rows). Choose in each one which side's version stays, or for "
            "all of them at once:").replace(
            "%1", str(conflicts)))
        self.keep_ours.setText(self.tr("Keep &ours in every conflict"))
        self.take_theirs.setText(self.tr("Take &theirs in every conflict"))
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("&Take in"))
        self._fill()

    def _fill(self) -> None:
        lang = self.language
        changes = self.review.conflicts + [c for c in self.review.changes if not c.conflict]
        self.rows = changes
        chosen = self.prefer()  # kept when the language changes
        self.table.setRowCount(len(changes))
        for row, change in enumerate(changes):
            texts = (wording.area(change, lang), wording.what(change, lang)
                     + (f" ({wording.field_names(change, lang)})" if change.field else ""),
                     wording.row_name(change, lang), wording.value(change.ours, lang),
                     wording.value(change.theirs, lang))
            for column, text in enumerate(texts):
                item = QTableWidgetItem(text)
                item.setToolTip(text)
                if change.conflict:
                    item.setBackground(QBrush(CONFLICT))
                self.table.setItem(row, column, item)
            if change.conflict:
                box = QComboBox()
                box.addItems(["—", self.tr("Keep ours"), self.tr("Take theirs")])
                box.setAccessibleName(self.tr("Decision on %1").replace(
                    "%1", wording.row_name(change, lang)))
                box.setCurrentIndex(self.DECISIONS.index(chosen.get(change.ident, "")))
                box.currentIndexChanged.connect(lambda *_: self._changed())
                self.decisions[change.ident] = box
                self.table.setCellWidget(row, 5, box)
        for column, width in enumerate((110, 170, 190, 150, 150)):  # the decision fits
            self.table.setColumnWidth(column, width)

    def decide(self, change: Change, side: str) -> None:
        """Settle one conflict: "ours" or "theirs" ("" undecides it)."""
        self.decisions[change.ident].setCurrentIndex(self.DECISIONS.index(side))

    def decide_all(self, side: str) -> None:
        for box in self.decisions.values():
            box.blockSignals(True)
            box.setCurrentIndex(self.DECISIONS.index(side))
            box.blockSignals(False)
        self._changed()

    def _changed(self) -> None:
        sides = {self.DECISIONS[box.currentIndex()] for box in self.decisions.values()}
        button = {"ours": self.keep_ours, "theirs": self.take_theirs}.get(
            next(iter(sides))) if len(sides) == 1 else None
        self.choice.setExclusive(False)  # a mixed choice shows neither button checked
        for radio in (self.keep_ours, self.take_theirs):
            radio.setChecked(radio is button)
        self.choice.setExclusive(True)
        self._enable()

    def _enable(self) -> None:
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(
            settled(self.review, self.prefer()))

    def prefer(self) -> dict[str, str]:
        """Each conflict's decision ("ours", "theirs"), by the conflict's ident."""
        return {ident: self.DECISIONS[box.currentIndex()]
                for ident, box in getattr(self, "decisions", {}).items()
                if box.currentIndex() > 0}

    def choose(self) -> tuple[bool, dict[str, str]]:
        """Show the dialog: (take it in, each conflict's decision)."""
        accepted = self.exec() == QDialog.DialogCode.Accepted
        return accepted, self.prefer()
