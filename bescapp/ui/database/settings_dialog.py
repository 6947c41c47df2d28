"""File ▸ Database settings: our side, the committee's name and acronym, our marking.

Edits an ``OurSettings`` value and returns it; the caller makes the change one undo step.
It also shows our signing key's fingerprint (read out to the other delegation, who confirm
it when they open our first package) and the one we trust for them; neither is edited here.
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from ...i18n.formatting import CLOCKS, TWELVE_HOUR, format_time_range
from ...model.bilingual import Bilingual
from ...store.our_side import OurSettings
from ...store.starter import MARKINGS
from .. import access, colours
from ..labels import label
from ..retranslate import Retranslates
from ..rows import pair


class DatabaseSettingsDialog(Retranslates, QDialog):
    SIDES = ("US", "MX")

    def __init__(self, settings: OurSettings, parent=None, *,
                 fingerprints: tuple[str | None, str | None] = (None, None)) -> None:
        super().__init__(parent)
        self._before = settings
        self.fingerprints = fingerprints
        self.our_key, self.their_key = QLabel(), QLabel()
        for key in (self.our_key, self.their_key):
            key.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            key.setStyleSheet("font-family: monospace;")
        self.side_buttons: dict[str, QRadioButton] = {}
        self.side_group = QButtonGroup(self)
        sides = QWidget()
        row = QHBoxLayout(sides)
        row.setContentsMargins(0, 0, 0, 0)
        for side in self.SIDES:
            button = QRadioButton()
            self.side_buttons[side] = button
            self.side_group.addButton(button)
            row.addWidget(button)
        row.addStretch()
        self.side_note = QLabel()
        self.side_note.setWordWrap(True)
        self.side_note.setStyleSheet("color: palette(placeholder-text);")
        self.name_en, self.name_es = QLineEdit(), QLineEdit()
        self.acronym_en, self.acronym_es = QLineEdit(), QLineEdit()
        self.marking_en, self.marking_es = QLineEdit(), QLineEdit()
        # How Spanish documents write the time; each choice shows itself ("9:00–9:35 h").
        self.time_style = QComboBox()
        for clock in CLOCKS:
            self.time_style.addItem("", clock)
        self.problems = QLabel()
        self.problems.setStyleSheet(colours.text_css(colours.PROBLEM))
        self.problems.setWordWrap(True)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                        | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)

        self.form = QFormLayout()
        self.captions = []
        for field, buddy in ((sides, self.side_buttons["US"]), (self.side_note, None),
                             (self.name_en, self.name_en), (self.name_es, self.name_es),
                             (pair(self.acronym_en, self.acronym_es), self.acronym_en),
                             (pair(self.marking_en, self.marking_es), self.marking_en),
                             (self.time_style, self.time_style),
                             (self.our_key, None), (self.their_key, None)):
            caption = QLabel()
            if buddy is not None:
                caption.setBuddy(buddy)
            self.form.addRow(caption, field)
            self.captions.append(caption)
        layout = QVBoxLayout(self)
        layout.addLayout(self.form)
        layout.addWidget(self.problems)
        layout.addWidget(self.buttons)
        self._show(settings)
        for side, button in self.side_buttons.items():
            button.toggled.connect(lambda on, s=side: on and self._side_chosen(s))
        self.setMinimumWidth(760)  # the committee's Spanish name is long
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        self.setWindowTitle(self.tr("Database settings"))
        texts = (self.tr("Our &side:"), "", self.tr("&Committee (English):"),
                 self.tr("Committee (S&panish):"), self.tr("&Acronym (English, Spanish):"),
                 self.tr("Handling &marking (English, Spanish):"),
                 self.tr("&Time in Spanish documents:"),
                 self.tr("Our key's fingerprint:"), self.tr("Their key's fingerprint:"))
        for caption, text in zip(self.captions, texts, strict=True):
            caption.setText(text)
        for side, button in self.side_buttons.items():
            button.setText(label(side))
        self.side_note.setText(self.tr(
            "Our briefing book, the default language of our documents and the handling "
            "marking of our papers follow our side."))
        sample = (dt.time(9, 0), dt.time(9, 35))
        for i, text in enumerate((self.tr("12-hour clock (%1)"), self.tr("24-hour clock (%1)"))):
            self.time_style.setItemText(i, text.replace(
                "%1", format_time_range(*sample, "es", self.time_style.itemData(i))))
        ours, theirs = self.fingerprints
        self.our_key.setText(ours or "—")
        self.their_key.setText(theirs or self.tr("none yet: trusted with their first package"))
        for field in (self.acronym_en, self.marking_en):
            field.setPlaceholderText(self.tr("English"))
        for field in (self.acronym_es, self.marking_es):
            field.setPlaceholderText(self.tr("Spanish"))
        access.name_pair(self.acronym_en, self.acronym_es, self.tr("Acronym"))
        access.name_pair(self.marking_en, self.marking_es, self.tr("Handling marking"))

    def _show(self, settings: OurSettings) -> None:
        if settings.side in self.side_buttons:
            self.side_buttons[settings.side].setChecked(True)
        self.name_en.setText(settings.committee_name.en)
        self.name_es.setText(settings.committee_name.es)
        self.acronym_en.setText(settings.committee_acronym.en)
        self.acronym_es.setText(settings.committee_acronym.es)
        marking = settings.marking if settings.side else settings.handling_marking
        self.marking_en.setText(marking.en)
        self.marking_es.setText(marking.es)
        clock = settings.clock if settings.side or settings.time_style else TWELVE_HOUR
        self.time_style.setCurrentIndex(max(0, self.time_style.findData(clock)))

    def side(self) -> str | None:
        return next((s for s, b in self.side_buttons.items() if b.isChecked()), None)

    def _marking(self) -> Bilingual:
        return Bilingual(self.marking_en.text().strip(), self.marking_es.text().strip())

    def _side_chosen(self, side: str) -> None:
        """A marking still the other side's stock one becomes this side's stock one."""
        if self._marking().is_empty() or self._marking() in MARKINGS.values():
            self.marking_en.setText(MARKINGS[side].en)
            self.marking_es.setText(MARKINGS[side].es)
        if not self._before.time_style:  # still the side's default: the new side's
            self.time_style.setCurrentIndex(
                max(0, self.time_style.findData(OurSettings(side=side).clock)))

    def settings(self) -> OurSettings:
        return OurSettings(
            side=self.side(),
            committee_name=Bilingual(self.name_en.text().strip(), self.name_es.text().strip()),
            committee_acronym=Bilingual(self.acronym_en.text().strip(),
                                        self.acronym_es.text().strip()),
            handling_marking=self._marking(),
            time_style=self._time_style(),
        )

    def _time_style(self) -> str:
        """The style chosen; left empty (our side's default) while it is still that default."""
        chosen = self.time_style.currentData()
        default = OurSettings(side=self.side()).clock
        return "" if not self._before.time_style and chosen == default else chosen

    def problem_texts(self) -> list[str]:
        name = self.settings().committee_name
        if name.is_empty():
            return [self.tr("Give the committee's name in English and in Spanish.")]
        if name.missing_languages():
            return [self.tr("Give the committee's name in Spanish too.") if not name.es
                    else self.tr("Give the committee's name in English too.")]
        return []

    def accept(self) -> None:
        problems = self.problem_texts()
        if problems:
            self.problems.setText("\n".join(problems))
            return
        side = self.side()
        if self._before.side is not None and side != self._before.side:
            answer = QMessageBox.question(
                self, self.tr("Change our side"),
                self.tr("Change our side to %1?\n\nOur briefing book, the default language of "
                        "our documents and the handling marking follow our side. Documents "
                        "already exported do not change.")
                .replace("%1", label(side)),
                QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
                QMessageBox.StandardButton.No)
            if answer != QMessageBox.StandardButton.Yes:
                return
        super().accept()

    def choose(self) -> OurSettings | None:
        """Show the dialog; the settings as edited, or None when cancelled."""
        return self.settings() if self.exec() == QDialog.DialogCode.Accepted else None
