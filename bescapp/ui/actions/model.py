"""The lines-of-action table: one row per line, keyed by id, every line fetched in one query.

What the filters need is worked out once per load (overdue, changed since the previous
plenary, and one search text holding every row's code, titles in both languages and
agencies), so that filtering 10,000 lines is a pass over plain Python values. The text
search runs one accent-insensitive regular expression over that single text rather than
folding 10,000 strings in advance: folding cost more than the whole of the rest of a
load. Sorting is done here, on the rows, with Python's sort (the proxy forwards to it):
comparing through ``data()`` would cost hundreds of thousands of calls.
"""

from __future__ import annotations

import datetime as dt
import gc
import re
import unicodedata
from bisect import bisect_right

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
)
from PySide6.QtGui import QBrush, QColor, QPalette

from ...domain import actions as rules
from ...i18n.formatting import format_date, format_percent
from ...model.entities import LineStatus
from ...store import actions as store
from ...store.actions import LineRow
from .. import colours
from ..context import AppContext
from ..labels import label

Index = QModelIndex | QPersistentModelIndex

# One colour per status, shared by the table and the summary bars.
STATUS_COLOURS = {
    LineStatus.NOT_STARTED: "#9e9e9e",
    LineStatus.ON_TRACK: "#2e7d32",
    LineStatus.AT_RISK: "#f9a825",
    LineStatus.DELAYED: "#d84315",
    LineStatus.COMPLETED: "#1565c0",
    LineStatus.CANCELLED: "#5d4037",
}
OVERDUE_COLOUR = "#c62828"

_COMBINING = re.compile("[\u0300-\u036f]")


def fold(text: str) -> str:
    """Case- and accent-insensitive form of what the user types ("Núñez" -> "nunez")."""
    text = text.casefold()
    if text.isascii():
        return text
    return _COMBINING.sub("", unicodedata.normalize("NFKD", text))


SEPARATOR = "\x00"  # between rows in the search text; no word can hold it


def ascii_fold(text: str) -> bytes:
    """Lower case, accents dropped, as ASCII bytes: "Acción" -> b"accion".

    Done once on the joined text of every row (one call, not 10,000), then each word
    is found with ``bytes.find``. Letters with no ASCII base (rare in these texts) drop out
    on both sides alike.
    """
    return unicodedata.normalize("NFKD", text.lower()).encode("ascii", "ignore")


_ROLES = frozenset({Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole,
                    Qt.ItemDataRole.DecorationRole, Qt.ItemDataRole.ForegroundRole,
                    Qt.ItemDataRole.TextAlignmentRole, Qt.ItemDataRole.UserRole,
                    Qt.ItemDataRole.UserRole + 1})


class LinesModel(QAbstractTableModel):
    PLAN, LINE, TITLE, US, MX, DUE, STATUS, PROGRESS, LAST = range(9)
    COLUMNS = 9
    IdRole = Qt.ItemDataRole.UserRole
    StatusRole = Qt.ItemDataRole.UserRole + 1

    def __init__(self, context: AppContext, language: str = "en") -> None:
        super().__init__(context)
        self.context = context
        self.language = language
        self.rows: list[LineRow] = []
        self.search_text: bytes | None = b""  # every row's text folded, rows apart by SEPARATOR
        self.search_starts: list[int] = []  # where each row's text starts in it
        self.search_ids: list[int] = []  # the line id of each of those texts
        self.overdue: set[int] = set()
        self.changed: set[int] = set()
        self.later: set[int] = set()  # lines with updates after the as-of date (not counted)
        self.plans: list[store.PlanRow] = []
        self.as_of = dt.date.today()
        self.window: rules.Window | None = None
        self._row_of: dict[int, int] = {}
        self.reload()

    # loading ----------------------------------------------------------------

    def reload(self) -> None:
        # Building 10,000 rows makes the cyclic garbage collector run again and again
        # over the whole heap; none of these objects form cycles, so it waits till the end.
        gc.disable()
        try:
            self._reload()
        finally:
            gc.enable()

    def _reload(self) -> None:
        self.beginResetModel()
        self.rows, self.plans = [], []
        self.overdue, self.changed, self.later = set(), set(), set()
        if self.context.db is not None:
            with self.context.db.session() as session:
                self.as_of, self.window = store.as_of_meeting(session, self.context.meeting_id)
                # As the status report shows them on the same date (rules.counts_as_of).
                self.later = store.lines_updated_after(session, self.as_of)
                self.rows = store.lines_as_of(session, self.as_of, later=self.later)
                self.plans = store.load_plans(session)
                if self.window is not None:
                    self.changed = store.changed_lines(session, self.window)
            as_of = self.as_of
            closed = rules.CLOSED
            self.overdue = {r.id for r in self.rows if r.due_date is not None
                            and r.due_date < as_of and r.status not in closed}
        self.search_text = None  # built on first use, or just after the table is shown
        self._index_rows()
        self.endResetModel()

    def index_search(self) -> None:
        """Build the search text (about 0.1 s for 10,000 lines) if it is not built yet."""
        if self.search_text is not None:
            return
        texts = SEPARATOR.join(f"{r.code}\n{r.title.en}\n{r.title.es}\n{r.us_agency}\n"
                               f"{r.mx_agency}" for r in self.rows)
        folded = ascii_fold(texts)
        starts, at = [0], folded.find(b"\x00")
        while at >= 0:
            starts.append(at + 1)
            at = folded.find(b"\x00", at + 1)
        self.search_text = folded
        self.search_starts = starts if self.rows else []
        self.search_ids = [r.id for r in self.rows]

    def matching(self, words: list[str]) -> set[int]:
        """Ids of the lines whose text holds every word (in either language, any accents)."""
        self.index_search()
        text, starts, ids = self.search_text, self.search_starts, self.search_ids
        found: set[int] | None = None
        for word in words:
            needle, here, pos = ascii_fold(word), set(), 0
            if not needle:
                continue
            while (at := text.find(needle, pos)) >= 0:
                k = bisect_right(starts, at) - 1
                here.add(ids[k])
                pos = starts[k + 1] if k + 1 < len(starts) else len(text)  # on to the next row
            found = here if found is None else found & here
        return found if found is not None else set(ids)

    def _index_rows(self) -> None:
        self._row_of = {r.id: k for k, r in enumerate(self.rows)}

    def set_language(self, language: str) -> None:
        self.language = language
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, self.COLUMNS - 1)
        if self.rows:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self.rows) - 1,
                                                               self.COLUMNS - 1))

    def row_of(self, line_id: int) -> int | None:
        return self._row_of.get(line_id)

    def line(self, line_id: int) -> LineRow | None:
        row = self._row_of.get(line_id)
        return None if row is None else self.rows[row]

    def plan_title(self, plan_id: int) -> str:
        for plan in self.plans:
            if plan.id == plan_id:
                return plan.title.either(self.language)
        return ""

    # the model ----------------------------------------------------------------

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else self.COLUMNS

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < self.COLUMNS:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return (self.tr("Plan"), self.tr("Line"), self.tr("Line of action"),
                    self.tr("US lead"), self.tr("Mexico lead"), self.tr("Due"),
                    self.tr("Status"), self.tr("Progress"), self.tr("Last update"))[section]
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole):
        if role not in _ROLES or not index.isValid():  # a view asks for many roles per cell
            return None
        row = self.rows[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(row, column)
        if role == Qt.ItemDataRole.ToolTipRole:
            if column == self.TITLE:
                return row.title.either(self.language) or None
            if column == self.PLAN:
                return self.plan_title(row.plan_id)
            if column == self.DUE and row.id in self.overdue:
                return self.tr("Overdue")
            return None
        if role == Qt.ItemDataRole.DecorationRole and column == self.STATUS:
            return QColor(STATUS_COLOURS[row.status])
        if role == Qt.ItemDataRole.ForegroundRole and column == self.DUE \
                and row.id in self.overdue:
            return QBrush(colours.readable(OVERDUE_COLOUR, colours.background(QPalette.ColorRole.Base)))
        if role == Qt.ItemDataRole.TextAlignmentRole and column == self.PROGRESS:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == self.IdRole:
            return row.id
        if role == self.StatusRole:
            return row.status.value
        return None

    def _display(self, row: LineRow, column: int) -> str:
        lang = self.language
        if column == self.PLAN:
            return row.plan_code
        if column == self.LINE:
            return row.code
        if column == self.TITLE:
            return row.title.either(lang)
        if column == self.US:
            return row.us_agency
        if column == self.MX:
            return row.mx_agency
        if column == self.DUE:
            if row.due_date is None:
                return ""
            text = format_date(row.due_date, lang, "medium")
            # A sign as well as the colour, for whoever cannot tell red apart.
            return f"\u26a0 {text}" if row.id in self.overdue else text
        if column == self.STATUS:
            return label(row.status.value)
        if column == self.PROGRESS:
            return format_percent(row.progress, lang)
        if column == self.LAST:
            return format_date(row.last_update, lang, "medium") if row.last_update else ""
        return ""

    # sorting on the rows themselves ----------------------------------------------

    def sort_key(self, column: int):
        lang = self.language
        far = dt.date.max
        keys = {
            self.PLAN: lambda r: (r.plan_position, r.plan_id, r.position, r.id),
            self.LINE: lambda r: (r.plan_position, r.plan_id, r.position, r.id),
            self.TITLE: lambda r: fold(r.title.either(lang)),
            self.US: lambda r: (r.us_agency.casefold(), r.code),
            self.MX: lambda r: (r.mx_agency.casefold(), r.code),
            self.DUE: lambda r: (r.due_date or far, r.code),
            self.STATUS: lambda r: (list(LineStatus).index(r.status), r.code),
            self.PROGRESS: lambda r: (r.progress, r.code),
            self.LAST: lambda r: (r.last_update or dt.date.min, r.code),
        }
        return keys.get(column, keys[self.PLAN])

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        if column < 0:
            column = self.PLAN
        self.layoutAboutToBeChanged.emit()
        before = self.persistentIndexList()
        ids = [self.rows[i.row()].id for i in before]
        self.rows.sort(key=self.sort_key(column),
                       reverse=order == Qt.SortOrder.DescendingOrder)
        self._index_rows()
        self.changePersistentIndexList(
            before, [self.index(self._row_of[line_id], i.column())
                     for line_id, i in zip(ids, before, strict=True)])
        self.layoutChanged.emit()


class LinesFilter(QSortFilterProxyModel):
    """Plan, status, party, agency, overdue, free text, and "changed since the previous plenary".

    The accepted ids are worked out in one pass over the source's rows when a filter
    changes; ``filterAcceptsRow`` then only looks an id up.
    """

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.plan_id: int | None = None
        self.status: str | None = None
        self.party: str | None = None  # "US", "MX"
        self.agency_id: int | None = None
        self.overdue_only = False
        self.changed_only = False
        self.text = ""
        self._accepted: set[int] | None = None  # None: everything
        self._model: LinesModel | None = None
        self.setDynamicSortFilter(False)

    def setSourceModel(self, model) -> None:
        self._model = model  # a Python reference: sourceModel() per row costs a Qt call
        super().setSourceModel(model)
        model.modelAboutToBeReset.connect(self._forget)
        model.modelReset.connect(self._recompute)

    def _forget(self) -> None:
        self._accepted = None

    def _recompute(self) -> None:
        self._accepted = self._work_out()

    def is_filtering(self) -> bool:
        return any((self.plan_id is not None, self.status, self.party, self.agency_id is not None,
                    self.overdue_only, self.changed_only, self.text.strip()))

    def set_filters(self, **values) -> None:
        """Change one or more filters (plan_id, status, party, agency_id, overdue_only,
        changed_only, text) and filter again once."""
        self.beginFilterChange()
        for name, value in values.items():
            if not hasattr(self, name) or name.startswith("_"):
                raise AttributeError(name)
            setattr(self, name, value)
        self._accepted = self._work_out()
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def _work_out(self) -> set[int] | None:
        model = self.sourceModel()
        if model is None or not self.is_filtering():
            return None
        rows = model.rows
        if self.plan_id is not None:
            rows = [r for r in rows if r.plan_id == self.plan_id]
        if self.status:
            rows = [r for r in rows if r.status.value == self.status]
        if self.agency_id is not None:
            rows = [r for r in rows if self.agency_id in (r.us_agency_id, r.mx_agency_id)]
        elif self.party == "US":
            rows = [r for r in rows if r.us_agency_id is not None]
        elif self.party == "MX":
            rows = [r for r in rows if r.mx_agency_id is not None]
        if self.overdue_only:
            rows = [r for r in rows if r.id in model.overdue]
        if self.changed_only:
            rows = [r for r in rows if r.id in model.changed]
        words = self.text.split()
        if words:
            matching = model.matching(words)
            rows = [r for r in rows if r.id in matching]
        return {r.id for r in rows}

    def filterAcceptsRow(self, source_row: int, source_parent: Index) -> bool:
        accepted = self._accepted
        return accepted is None or self._model.rows[source_row].id in accepted

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        # Sorted in the source model, in Python: far faster than comparing through data().
        self.sourceModel().sort(column, order)
