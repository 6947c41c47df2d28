"""The import preview: the row-by-row report, then Import or Cancel. Writes nothing."""

from __future__ import annotations

from PySide6.QtGui import QBrush, QColor, QPalette
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
)

from ...importers.delegates import Report, message, shorten
from .. import access, colours
from ..labels import label
from ..retranslate import Retranslates

ERROR = QColor("#b3261e")


class ImportDialog(Retranslates, QDialog):
    def __init__(self, report: Report, language: str, parent=None) -> None:
        super().__init__(parent)
        self.report, self.language = report, language
        self.resize(900, 520)
        self.intro = QLabel()
        self.intro.setWordWrap(True)
        self.table = QTableWidget(len(report.entries), 4)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        self.table.setWordWrap(True)
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                        | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(
            not report.has_errors)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addWidget(self.table)
        layout.addWidget(self.summary)
        layout.addWidget(self.buttons)
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        lang, report = self.language, self.report
        self.setWindowTitle(self.tr("Import delegation list"))
        self.intro.setText(self.tr("%1 into the %2 list. Nothing is saved until you choose "
                                   "Import.").replace("%1", report.file.name)
                           .replace("%2", label(report.party_code)))
        self.table.setHorizontalHeaderLabels([self.tr("Row"), self.tr("Name"),
                                              self.tr("What will happen"), self.tr("Notes")])
        access.name(self.table, self.tr("Rows of the file and what will happen to each"))
        for r, entry in enumerate(report.entries):
            values = (str(entry.row), shorten(entry.name()) or "—", report.outcome_text(entry, lang),
                      "; ".join(n.text(lang) for n in entry.notes))
            for c, text in enumerate(values):
                item = QTableWidgetItem(text)
                if entry.has_error:
                    item.setForeground(QBrush(colours.readable(ERROR, colours.background(
                        QPalette.ColorRole.Base))))
                self.table.setItem(r, c, item)
        self.table.resizeRowsToContents()  # every note readable, not cut at the cell's edge
        lines = [report.summary(lang)]
        if report.unknown_columns:
            lines.append(message("unknown_columns", lang, columns=", ".join(report.unknown_columns)))
        if report.encoding == "cp1252":
            lines.append(message("encoding", lang))
        elif report.encoding == "utf-16":
            lines.append(message("encoding_utf16", lang))
        if report.has_errors:
            lines.append(message("nothing_saved", lang))
        self.summary.setText("\n".join(lines))
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("&Import"))

    def showEvent(self, event) -> None:
        super().showEvent(event)
        self.table.resizeRowsToContents()  # now that the columns have their real widths
