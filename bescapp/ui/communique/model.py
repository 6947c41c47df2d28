"""Item models of the Communiqué workspace: the check list and the termbase."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)

from ...domain.brackets import CheckKind, CheckResult, check_paragraph
from ...domain.termbase import TermPair, check_terms
from ...model.bilingual import Bilingual
from ...store import communique as store
from ...store import versions
from ...store.communique import ParagraphRow, TermFields
from ...store.versions import Seen
from ..context import AppContext

Index = QModelIndex | QPersistentModelIndex

_MESSAGES = {
    CheckKind.UNBALANCED: QT_TRANSLATE_NOOP("Checks", "%1: unbalanced square brackets %2"),
    CheckKind.BRACKET_UNMATCHED: QT_TRANSLATE_NOOP(
        "Checks", "%1: %2 has no counterpart in the other language"),
    CheckKind.ALTERNATIVE_UNMATCHED: QT_TRANSLATE_NOOP(
        "Checks", "%1: the alternatives %2 are not matched in the other language"),
    CheckKind.EMPTY: QT_TRANSLATE_NOOP("Checks", "%1: the paragraph is empty"),
    CheckKind.TERM_MISSING: QT_TRANSLATE_NOOP("Checks", "%1: the agreed term “%2” is missing"),
    CheckKind.AGREED_BRACKETED: QT_TRANSLATE_NOOP(
        "Checks", "%1: the paragraph is marked agreed but still holds bracketed text %2"),
    CheckKind.SIDE_UNMATCHED: QT_TRANSLATE_NOOP(
        "Checks", "%1: the alternatives %2 are not proposed by the same sides in the other "
        "language"),
}
_LANGUAGES = {"en": QT_TRANSLATE_NOOP("Checks", "English"),
              "es": QT_TRANSLATE_NOOP("Checks", "Spanish")}


def message(result: CheckResult) -> str:
    """The check's line in the interface language."""
    text = QCoreApplication.translate("Checks", _MESSAGES[result.kind])
    where = QCoreApplication.translate("Checks", _LANGUAGES[result.language])
    return text.replace("%1", where).replace("%2", result.detail)


def run_checks(rows: list[ParagraphRow], terms: list[TermPair]) -> dict[int, list[CheckResult]]:
    return {r.id: check_paragraph(r.text, r.status) + check_terms(r.text, terms) for r in rows}


@dataclass(frozen=True)
class CheckLine:
    paragraph_id: int
    number: int
    result: CheckResult


class ChecksModel(QAbstractTableModel):
    """Every check result of the draft, in paragraph order."""

    PARAGRAPH, PROBLEM = range(2)

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._lines: list[CheckLine] = []

    def set_results(self, rows: list[ParagraphRow], results: dict[int, list[CheckResult]]) -> None:
        self.beginResetModel()
        self._lines = [CheckLine(r.id, n, result) for n, r in enumerate(rows, start=1)
                       for result in results.get(r.id, [])]
        self.endResetModel()

    def line(self, row: int) -> CheckLine:
        return self._lines[row]

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._lines)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 2

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or role not in (Qt.ItemDataRole.DisplayRole,
                                               Qt.ItemDataRole.ToolTipRole):
            return None
        line = self._lines[index.row()]
        if index.column() == self.PARAGRAPH:
            return str(line.number)
        return message(line.result)

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole):
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return (QCoreApplication.translate("ChecksModel", "¶"),
                    QCoreApplication.translate("ChecksModel", "Check"))[section]
        return None

    def language_changed(self) -> None:
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, 1)
        if self._lines:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self._lines) - 1, 1))


@dataclass(frozen=True)
class TermRow:
    id: int
    fields: TermFields
    seen: Seen | None = None  # the entry as the table showed it (store/versions.py)


class TermsModel(QAbstractTableModel):
    """The termbase: English, Spanish, both acronyms, note, each language's accepted
    variants ("; " between them); edits go through ``on_edit``."""

    EN, ES, ACRONYM_EN, ACRONYM_ES, NOTE, VARIANTS_EN, VARIANTS_ES = range(7)
    COLUMNS = 7

    def __init__(self, context: AppContext, on_edit=None, parent=None) -> None:
        super().__init__(parent)  # the view's, not the context's: it goes with its view
        self.context = context
        self.on_edit = on_edit  # (term_id, before, after) -> bool
        self._rows: list[TermRow] = []
        self.reload()

    def reload(self) -> None:
        self.beginResetModel()
        self._rows = []
        if self.context.db is not None:
            with self.context.db.session() as session:
                self._rows = [TermRow(t.id, store.term_fields(t), versions.seen(t))
                              for t in store.list_terms(session)]
        self.endResetModel()

    def pairs(self) -> list[TermPair]:
        return [TermPair(r.fields.term, r.fields.acronym, r.fields.variants, r.id)
                for r in self._rows]

    def fields_of(self, term_id: int) -> TermFields | None:
        return next((r.fields for r in self._rows if r.id == term_id), None)

    def term_id(self, row: int) -> int:
        return self._rows[row].id

    def seen_of(self, term_id: int) -> Seen | None:
        """The entry as the table showed it: a save over a later change is refused."""
        return next((r.seen for r in self._rows if r.id == term_id), None)

    def row_of(self, term_id: int) -> int | None:
        return next((i for i, r in enumerate(self._rows) if r.id == term_id), None)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else self.COLUMNS

    @staticmethod
    def _value(fields: TermFields, column: int) -> str:
        return (fields.term.en, fields.term.es, fields.acronym.en, fields.acronym.es,
                fields.note, "; ".join(fields.variants.en.splitlines()),
                "; ".join(fields.variants.es.splitlines()))[column]

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole,
                    Qt.ItemDataRole.ToolTipRole):
            return self._value(self._rows[index.row()].fields, index.column())
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return super().flags(index) | Qt.ItemFlag.ItemIsEditable

    def setData(self, index: Index, value, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if not index.isValid() or role != Qt.ItemDataRole.EditRole or self.on_edit is None:
            return False
        row = self._rows[index.row()]
        values = [self._value(row.fields, c) for c in range(self.COLUMNS)]
        values[index.column()] = str(value)
        variants = Bilingual(*("\n".join(v.strip() for v in text.replace("\n", ";").split(";"))
                               for text in values[5:7]))
        after = TermFields(Bilingual(values[0], values[1]), Bilingual(values[2], values[3]),
                           values[4], variants)
        if after == row.fields:
            return False
        return bool(self.on_edit(row.id, row.fields, after))

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole):
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return (QCoreApplication.translate("TermsModel", "English"),
                    QCoreApplication.translate("TermsModel", "Spanish"),
                    QCoreApplication.translate("TermsModel", "Acronym (EN)"),
                    QCoreApplication.translate("TermsModel", "Acronym (ES)"),
                    QCoreApplication.translate("TermsModel", "Note"),
                    QCoreApplication.translate("TermsModel", "Variants (EN)"),
                    QCoreApplication.translate("TermsModel", "Variants (ES)"))[section]
        return None

    def language_changed(self) -> None:
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, self.COLUMNS - 1)
