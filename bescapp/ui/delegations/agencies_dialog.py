"""Agencies of both parties: a list, and a small form for one agency.

The list dialog never writes the store: it hands each edit to ``execute`` (the
workspace's, which makes it one undo step) and reloads from ``load``.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
)

from ...model.bilingual import Bilingual
from ...store.delegations import AgencyRow
from .. import access, colours, keys
from ..labels import label
from ..retranslate import Retranslates


def _label_for(widget) -> QLabel:
    """A form label that moves focus to its field (for the &-mnemonics)."""
    text = QLabel()
    text.setBuddy(widget)
    return text


class AgencyDialog(Retranslates, QDialog):
    """One agency: party, acronym and names; returns ``values()``."""

    def __init__(self, parties: list[tuple[int, str]], values=None, parent=None) -> None:
        super().__init__(parent)
        self.setMinimumWidth(520)
        self.party = QComboBox()
        for party_id, code in parties:
            self.party.addItem(label(code), party_id)
        self.acronym = QLineEdit()
        self.acronym.setMaxLength(20)
        self.name_en, self.name_es = QLineEdit(), QLineEdit()
        self.problem = QLabel()
        self.problem.setStyleSheet(colours.text_css(colours.PROBLEM))
        self.form = QFormLayout()
        for widget in (self.party, self.acronym, self.name_en, self.name_es):
            self.form.addRow(_label_for(widget), widget)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                   | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(self.form)
        layout.addWidget(self.problem)
        layout.addWidget(buttons)
        if values is not None:
            party_id, acronym, name = values
            self.party.setCurrentIndex(max(0, self.party.findData(party_id)))
            self.acronym.setText(acronym)
            self.name_en.setText(name.en)
            self.name_es.setText(name.es)
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        self.setWindowTitle(self.tr("Agency"))
        texts = (self.tr("&Party:"), self.tr("&Acronym:"), self.tr("Name (&English):"),
                 self.tr("Name (&Spanish):"))
        for widget, text in zip((self.party, self.acronym, self.name_en, self.name_es), texts,
                                strict=True):
            self.form.labelForField(widget).setText(text)

    def values(self) -> tuple[int, str, Bilingual]:
        return (self.party.currentData(), self.acronym.text().strip(),
                Bilingual(self.name_en.text().strip(), self.name_es.text().strip()))

    def accept(self) -> None:
        _party, acronym, name = self.values()
        if not acronym or name.is_empty():
            self.problem.setText(self.tr("Enter an acronym and a name."))
            return
        super().accept()


class AgenciesDialog(Retranslates, QDialog):
    def __init__(self, parties: list[tuple[int, str]], load: Callable[[], list[AgencyRow]],
                 execute: Callable[[str, int | None, object], bool], language: str,
                 parent=None) -> None:
        """``execute(action, agency_id, values)`` with action "new", "edit" or "delete"."""
        super().__init__(parent)
        self.resize(1000, 520)
        self.parties, self._load, self._execute, self.language = parties, load, execute, language
        self.table = QTableWidget(0, 4)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        for column in (2, 3):  # the two names share the room left
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Stretch)
        self.table.setWordWrap(False)
        self.table.doubleClicked.connect(self.edit_agency)
        keys.enter_opens(self.table, self.edit_agency)
        self.new_button, self.edit_button, self.delete_button = (QPushButton() for _ in range(3))
        self.new_button.clicked.connect(self.new_agency)
        self.edit_button.clicked.connect(self.edit_agency)
        self.delete_button.clicked.connect(self.delete_agency)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(self.reject)
        row = QHBoxLayout()
        for button in (self.new_button, self.edit_button, self.delete_button):
            row.addWidget(button)
        row.addStretch()
        layout = QVBoxLayout(self)
        layout.addLayout(row)
        layout.addWidget(self.table)
        layout.addWidget(close)
        self.rows: list[AgencyRow] = []
        self.retranslate_ui()
        self.reload()

    def retranslate_ui(self) -> None:
        self.setWindowTitle(self.tr("Agencies"))
        self.new_button.setText(self.tr("&New agency…"))
        self.edit_button.setText(self.tr("&Edit…"))
        self.delete_button.setText(self.tr("&Delete"))
        self.table.setHorizontalHeaderLabels([self.tr("Party"), self.tr("Acronym"),
                                              self.tr("Name (English)"),
                                              self.tr("Name (Spanish)")])
        access.name(self.table, self.tr("Agencies"), self.tr("Enter edits the selected agency"))

    def reload(self) -> None:
        self.rows = self._load()
        self.table.setRowCount(len(self.rows))
        for r, agency in enumerate(self.rows):
            for c, text in enumerate((label(agency.party_code), agency.acronym, agency.name.en,
                                      agency.name.es)):
                self.table.setItem(r, c, QTableWidgetItem(text))

    def selected(self) -> AgencyRow | None:
        rows = self.table.selectionModel().selectedRows()
        return self.rows[rows[0].row()] if rows else None

    def new_agency(self) -> None:
        dialog = AgencyDialog(self.parties, parent=self)
        if dialog.exec() == QDialog.DialogCode.Accepted and \
                self._execute("new", None, dialog.values()):
            self.reload()

    def edit_agency(self, *_args) -> None:
        agency = self.selected()
        if agency is None:
            return
        dialog = AgencyDialog(self.parties, (agency.party_id, agency.acronym, agency.name), self)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self._execute("edit", agency.id, dialog.values())
            self.reload()  # saved, or refused over another editor's change: theirs shows

    def delete_agency(self) -> None:
        agency = self.selected()
        if agency is None:
            return
        answer = QMessageBox.question(
            self, self.tr("Delete agency"),
            self.tr("Delete %1? People and action lines that name it keep their place "
                    "with no agency. You can undo this with Edit ▸ Undo.")
            .replace("%1", agency.acronym),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No)
        if answer == QMessageBox.StandardButton.Yes and \
                self._execute("delete", agency.id, None):
            self.reload()
