"""The termbase view: agreed English/Spanish term pairs with their acronyms, editable."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from ...model.bilingual import Bilingual
from ...store.changes import Changes, Kind
from ...store.communique import CommuniqueProblem, TermFields
from .. import access
from ..context import AppContext, EditNotSaved
from ..retranslate import Retranslates
from .commands import AddTerm, EditTerm, delete_term
from .messages import problem_text
from .model import TermsModel


class TermDialog(Retranslates, QDialog):
    """A new term's fields; returns them, writes nothing."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.fields = [QLineEdit() for _ in range(5)]
        self.form = QFormLayout(self)
        for field in self.fields:
            self.form.addRow(QLabel(), field)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                   | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        self.form.addRow(buttons)
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        self.setWindowTitle(self.tr("New term"))
        names = (self.tr("&English:"), self.tr("&Spanish:"), self.tr("&Acronym (EN):"),
                 self.tr("A&cronym (ES):"), self.tr("&Note:"))
        for name, field in zip(names, self.fields, strict=True):
            caption = self.form.labelForField(field)
            caption.setText(name)
            caption.setBuddy(field)

    def values(self) -> TermFields:
        en, es, a_en, a_es, note = (f.text() for f in self.fields)
        return TermFields(Bilingual(en, es), Bilingual(a_en, a_es), note)


class TermbaseView(Retranslates, QWidget):
    def __init__(self, context: AppContext, language: str = "en") -> None:
        super().__init__()
        self.language = language  # of the messages; numbers in its format
        self.context = context
        self.model = TermsModel(context, on_edit=self._edit, parent=self)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setWordWrap(True)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        header.sectionResized.connect(lambda *_: self.table.resizeRowsToContents())
        self.hint = QLabel()
        self.hint.setWordWrap(True)
        self.add_button, self.delete_button = QPushButton(), QPushButton()
        self.add_button.clicked.connect(self.add_term)
        self.delete_button.clicked.connect(self.delete_term)
        buttons = QHBoxLayout()
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.delete_button)
        buttons.addStretch()
        layout = QVBoxLayout(self)
        layout.addWidget(self.hint)
        layout.addLayout(buttons)
        layout.addWidget(self.table)
        context.changed.connect(self._on_changes)
        context.database_changed.connect(self.reload)
        self.retranslate_ui()
        self._size_columns()

    def edit_controls(self) -> list[QWidget]:
        """What changes the termbase: off while the database is read-only."""
        return [self.table, self.add_button, self.delete_button]

    def _size_columns(self) -> None:
        for column, width in enumerate((280, 300, 110, 110, 200, 220)):
            self.table.setColumnWidth(column, width)
        self.table.resizeRowsToContents()

    def retranslate_ui(self) -> None:
        self.hint.setText(self.tr("Agreed English and Spanish forms of names and terms. The "
                                  "checks report a term used in one language whose agreed "
                                  "equivalent is missing in the other; an accepted variant "
                                  "(another spelling, an acronym, the other word order; "
                                  "separated by “;”) counts as the term. Double-click a cell "
                                  "to edit it."))
        self.add_button.setText(self.tr("Add &term…"))
        self.delete_button.setText(self.tr("Delete te&rm"))
        access.name(self.table, self.tr("Termbase"), self.tr(
            "Agreed English and Spanish forms; F2 or a double-click edits a cell"))
        self.model.language_changed()

    def showEvent(self, event) -> None:
        super().showEvent(event)
        self.table.resizeRowsToContents()  # row heights follow the real column widths

    def reload(self) -> None:
        self.model.reload()
        self.table.resizeRowsToContents()

    def _on_changes(self, changes: Changes) -> None:
        if changes.touches(Kind.TERMS):
            self.reload()

    def _refuse(self, problem: Exception) -> None:
        QMessageBox.warning(self, self.tr("Termbase"), problem_text(problem, self.language))

    def _edit(self, term_id: int, before: TermFields, after: TermFields) -> bool:
        command = EditTerm(self.context, term_id, before, after).saw(self.model.seen_of(term_id))
        try:
            self.context.execute(command)
        except CommuniqueProblem as problem:
            self._refuse(problem)
            return False
        except EditNotSaved as e:  # another editor's change: said, and the table reloaded
            if not e.conflict:
                raise
            return False
        return True

    def add_term(self) -> None:
        dialog = TermDialog(self)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        try:
            command = AddTerm(self.context, dialog.values())
            self.context.execute(command)
        except CommuniqueProblem as problem:
            self._refuse(problem)
            return
        row = self.model.row_of(command.term_id)
        if row is not None:
            self.table.selectRow(row)

    def delete_term(self) -> None:
        rows = self.table.selectionModel().selectedRows()
        if rows:
            self.context.execute(delete_term(self.context, self.model.term_id(rows[0].row())))
