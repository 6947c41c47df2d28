"""The small dialogs that add or edit one moment of the visit schedule, or one clearance."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate, QLocale, QTime
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QSpinBox,
    QTimeEdit,
    QVBoxLayout,
    QWidget,
)

from ...model.bilingual import Bilingual
from ...model.entities import ClearanceRole, VisitKind
from ...store.briefing import ClearanceFields, VisitFields
from ..labels import label
from ..retranslate import Retranslates

LANGS = ("en", "es")


def _locale(language: str) -> QLocale:
    if language == "es":
        return QLocale(QLocale.Language.Spanish, QLocale.Country.Mexico)
    return QLocale(QLocale.Language.English, QLocale.Country.UnitedStates)


class _OptionalTime(QWidget):
    """A time that may be left out (a departure has no end)."""

    def __init__(self, language: str) -> None:
        super().__init__()
        self.given = QCheckBox()
        self.time = QTimeEdit()
        self.time.setLocale(_locale(language))
        self.time.setDisplayFormat("h:mm ap" if language == "es" else "h:mm AP")
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.given)
        row.addWidget(self.time)
        row.addStretch()
        self.given.toggled.connect(self.time.setEnabled)

    def set_value(self, value: dt.time | None, default: dt.time) -> None:
        self.given.setChecked(value is not None)
        shown = value or default
        self.time.setTime(QTime(shown.hour, shown.minute))
        self.time.setEnabled(value is not None)

    def value(self) -> dt.time | None:
        if not self.given.isChecked():
            return None
        t = self.time.time()
        return dt.time(t.hour(), t.minute())


class VisitDialog(Retranslates, QDialog):
    """One moment of the principal's visit schedule: kind, day, times, and in both
    languages what it is, where, who takes part, and notes."""

    def __init__(self, parent=None, *, fields: VisitFields | None = None, days: int = 1,
                 language: str = "en") -> None:
        super().__init__(parent)
        self.setMinimumWidth(620)
        self.is_new = fields is None
        fields = fields or VisitFields()
        self.kind = QComboBox()
        for kind in VisitKind:
            self.kind.addItem("", kind.value)
        self.kind.setCurrentIndex(self.kind.findData(VisitKind(fields.kind).value))
        self.day = QSpinBox()
        self.day.setRange(1, max(1, days, fields.day))
        self.day.setValue(fields.day)
        self.start, self.end = _OptionalTime(language), _OptionalTime(language)
        self.start.set_value(fields.start_time, dt.time(9, 0))
        self.end.set_value(fields.end_time, dt.time(9, 30))
        self.form = QFormLayout()
        self.kind_label, self.day_label, self.start_label, self.end_label = (
            QLabel() for _ in range(4))
        self.form.addRow(self.kind_label, self.kind)
        self.form.addRow(self.day_label, self.day)
        self.form.setRowVisible(self.day, days > 1 or fields.day > 1)
        self.form.addRow(self.start_label, self.start)
        self.form.addRow(self.end_label, self.end)
        grid = QGridLayout()
        self.language_headers = [QLabel("English"), QLabel("Español")]
        for k, header in enumerate(self.language_headers):
            header.setStyleSheet("font-weight: 600;")
            grid.addWidget(header, 0, k + 1)
        self.texts: dict[str, dict[str, QLineEdit | QPlainTextEdit]] = {}
        self.text_labels: dict[str, QLabel] = {}
        for row, name in enumerate(("title", "place", "who", "notes"), start=1):
            self.text_labels[name] = QLabel()
            grid.addWidget(self.text_labels[name], row, 0)
            self.texts[name] = {}
            value: Bilingual = getattr(fields, name)
            for k, lang in enumerate(LANGS):
                if name == "notes":
                    widget: QLineEdit | QPlainTextEdit = QPlainTextEdit(value.get(lang))
                    widget.setTabChangesFocus(True)
                    widget.setFixedHeight(70)
                else:
                    widget = QLineEdit(value.get(lang))
                widget.setObjectName(f"{name}_{lang}")
                self.texts[name][lang] = widget
                grid.addWidget(widget, row, k + 1)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                        | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(self.form)
        layout.addLayout(grid)
        layout.addWidget(self.buttons)
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        self.setWindowTitle(self.tr("Add to the visit schedule") if self.is_new
                            else self.tr("Edit the visit schedule"))
        for k in range(self.kind.count()):
            self.kind.setItemText(k, label(self.kind.itemData(k)))
        self.kind_label.setText(self.tr("&Kind:"))
        self.kind_label.setBuddy(self.kind)
        self.day_label.setText(self.tr("&Day:"))
        self.day_label.setBuddy(self.day)
        self.start_label.setText(self.tr("&Starts:"))
        self.start_label.setBuddy(self.start.given)
        self.end_label.setText(self.tr("E&nds:"))
        self.end_label.setBuddy(self.end.given)
        self.start.given.setText(self.tr("at"))
        self.end.given.setText(self.tr("at"))
        words = {"title": self.tr("What"), "place": self.tr("Place"), "who": self.tr("Who"),
                 "notes": self.tr("Notes")}
        for name, caption in self.text_labels.items():
            caption.setText(words[name])

    def fields(self) -> VisitFields:
        def text(name: str) -> Bilingual:
            parts = {}
            for lang, widget in self.texts[name].items():
                value = widget.toPlainText() if isinstance(widget, QPlainTextEdit) else widget.text()
                parts[lang] = value.strip()
            return Bilingual(**parts)

        return VisitFields(VisitKind(self.kind.currentData()), self.day.value(),
                           self.start.value(), self.end.value(), text("title"), text("place"),
                           text("who"), text("notes"))


class ClearanceDialog(Retranslates, QDialog):
    """One line of the book's clearances: drafted or cleared by whom, from which office,
    and when (no date: still pending)."""

    def __init__(self, parent=None, *, fields: ClearanceFields | None = None,
                 language: str = "en") -> None:
        super().__init__(parent)
        self.setMinimumWidth(420)
        self.is_new = fields is None
        fields = fields or ClearanceFields()
        self.role = QComboBox()
        for role in ClearanceRole:
            self.role.addItem("", role.value)
        self.role.setCurrentIndex(self.role.findData(ClearanceRole(fields.role).value))
        self.name = QLineEdit(fields.name)
        self.name.setObjectName("name")
        self.office = QLineEdit(fields.office)
        self.office.setObjectName("office")
        self.dated = QCheckBox()
        self.date = QDateEdit()
        self.date.setLocale(_locale(language))
        self.date.setCalendarPopup(True)
        shown = fields.date or dt.date.today()
        self.date.setDate(QDate(shown.year, shown.month, shown.day))
        self.dated.setChecked(fields.date is not None)
        self.date.setEnabled(fields.date is not None)
        self.dated.toggled.connect(self.date.setEnabled)
        when = QHBoxLayout()
        when.addWidget(self.dated)
        when.addWidget(self.date)
        when.addStretch()
        self.form = QFormLayout()
        self.role_label, self.name_label, self.office_label, self.date_label = (
            QLabel() for _ in range(4))
        self.form.addRow(self.role_label, self.role)
        self.form.addRow(self.name_label, self.name)
        self.form.addRow(self.office_label, self.office)
        self.form.addRow(self.date_label, when)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                        | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(self.form)
        layout.addWidget(self.buttons)
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        self.setWindowTitle(self.tr("Add clearance") if self.is_new else self.tr("Edit clearance"))
        for k in range(self.role.count()):
            self.role.setItemText(k, label(self.role.itemData(k)))
        for caption, text, buddy in ((self.role_label, self.tr("&Step:"), self.role),
                                     (self.name_label, self.tr("&Name:"), self.name),
                                     (self.office_label, self.tr("&Office:"), self.office),
                                     (self.date_label, self.tr("&Date:"), self.dated)):
            caption.setText(text)
            caption.setBuddy(buddy)
        self.dated.setText(self.tr("done on"))
        self.name.setPlaceholderText(self.tr("Who drafted or cleared"))
        self.office.setPlaceholderText(self.tr("Office or post, as on a clearance line"))

    def fields(self) -> ClearanceFields:
        date = None
        if self.dated.isChecked():
            d = self.date.date()
            date = dt.date(d.year(), d.month(), d.day())
        return ClearanceFields(ClearanceRole(self.role.currentData()), self.name.text().strip(),
                               self.office.text().strip(), date)
