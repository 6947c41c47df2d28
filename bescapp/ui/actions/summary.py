"""The summary above the table: a bar per plan, coloured by status, with the counts on it.

Readable at a glance: each segment's width is its share of the plan's lines and
carries its count; a legend names the colours; the overdue count stands beside.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFontMetrics, QPainter, QPen
from PySide6.QtWidgets import QSizePolicy, QWidget

from ...domain import actions as rules
from ...domain.actions import STATUSES
from ...i18n.formatting import format_number
from ..labels import label
from .model import OVERDUE_COLOUR, STATUS_COLOURS, LinesModel

BAR_HEIGHT = 20
GAP = 6
MIN_LABEL_WIDTH = 160


def text_colour(background: str) -> QColor:
    """Black on light colours, white on dark ones."""
    colour = QColor(background)
    light = 0.299 * colour.red() + 0.587 * colour.green() + 0.114 * colour.blue()
    return QColor("#000000") if light > 150 else QColor("#ffffff")


class StatusSummary(QWidget):
    def __init__(self, model: LinesModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = model
        self.language = model.language
        self.bars: list[tuple[str, str, dict, int]] = []  # code, title, counts, overdue
        self.overdue = 0
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        model.modelReset.connect(self.refresh)
        self.refresh()

    def refresh(self) -> None:
        lang = self.model.language
        roll = rules.rollup(self.model.rows, self.model.as_of)
        self.bars = []
        for plan in self.model.plans:
            r = roll.get(plan.id, rules.Roll())
            self.bars.append((plan.code, plan.title.either(lang), r.counts, r.overdue))
        self.overdue = sum(r.overdue for r in roll.values())
        self.setToolTip(self._tooltip())
        self.updateGeometry()
        self.update()

    def _tooltip(self) -> str:
        lang = self.model.language
        lines = []
        for code, title, counts, _overdue in self.bars:
            parts = [f"{label(s.value)}: {format_number(n, lang)}" for s, n in counts.items()]
            lines.append(f"{code} — {title}: " + ", ".join(parts))
        return "\n".join(lines)

    def sizeHint(self) -> QSize:
        rows = max(1, len(self.bars))
        return QSize(600, rows * (BAR_HEIGHT + GAP) + BAR_HEIGHT + 8)

    def minimumSizeHint(self) -> QSize:
        return QSize(300, self.sizeHint().height())

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.refresh()
        super().changeEvent(event)

    def headline(self) -> str:
        """The overdue count in words, as painted at the right of the legend."""
        text = self.tr("Overdue: %1").replace("%1", format_number(self.overdue,
                                                                   self.model.language))
        return text

    def paintEvent(self, _event) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        metrics = QFontMetrics(self.font())
        lang = self.model.language
        width = self.width()
        widest = max((metrics.horizontalAdvance(f"{code} — {title}") for code, title, _c, _o
                      in self.bars), default=0)
        label_width = max(MIN_LABEL_WIDTH, min(widest + 4, width // 3))  # whole names if room
        bar_left = label_width + 8
        total_right = width - 130
        most = max((sum(c.values()) for _, _, c, _ in self.bars), default=0)
        y = 0
        if not self.bars:
            painter.drawText(0, 0, width, BAR_HEIGHT, Qt.AlignmentFlag.AlignVCenter,
                             self.tr("No action plans yet."))
        for code, title, counts, overdue in self.bars:
            name = metrics.elidedText(f"{code} — {title}", Qt.TextElideMode.ElideRight,
                                      label_width)
            painter.setPen(self.palette().windowText().color())
            painter.drawText(0, y, label_width, BAR_HEIGHT,
                             Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft, name)
            total = sum(counts.values())
            # All bars on one scale, so a bigger plan shows a longer bar.
            span = (total_right - bar_left - 8) * (total / most) if most else 0
            x = float(bar_left)
            for status in STATUSES:
                n = counts.get(status, 0)
                if not n:
                    continue
                w = span * n / total
                rect = QRectF(x, y, w, BAR_HEIGHT)
                colour = STATUS_COLOURS[status]
                painter.fillRect(rect, QColor(colour))
                text = format_number(n, lang)
                if metrics.horizontalAdvance(text) + 4 <= w:
                    painter.setPen(text_colour(colour))
                    painter.drawText(rect, Qt.AlignmentFlag.AlignCenter, text)
                x += w
            painter.setPen(self.palette().windowText().color())
            summary = format_number(total, lang)
            if overdue:
                summary = self.tr("%1 (overdue: %2)").replace("%1", summary).replace(
                    "%2", format_number(overdue, lang))
            painter.drawText(int(x) + 6, y, width - int(x) - 6, BAR_HEIGHT,
                             Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft, summary)
            y += BAR_HEIGHT + GAP
        # legend, then the overdue count
        x = bar_left
        y += 2
        for status in STATUSES:
            text = label(status.value)
            painter.fillRect(QRectF(x, y + 4, 12, 12), QColor(STATUS_COLOURS[status]))
            painter.setPen(self.palette().windowText().color())
            advance = metrics.horizontalAdvance(text)
            painter.drawText(x + 16, y, advance + 4, BAR_HEIGHT, Qt.AlignmentFlag.AlignVCenter,
                             text)
            x += 16 + advance + 14
        painter.setPen(QPen(QColor(OVERDUE_COLOUR)))
        font = painter.font()
        font.setBold(True)
        painter.setFont(font)
        painter.drawText(0, y, label_width, BAR_HEIGHT,
                         Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft,
                         self.headline())
        painter.end()
