"""Words shown for stored codes (meeting kinds, roles, statuses...), translated when shown.

The strings are marked with QT_TRANSLATE_NOOP so lupdate collects them under the
"Labels" context; ``label()`` translates at the moment of display, so a language
switch shows the new words on the next repaint.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

_LABELS = {
    # meeting kinds
    "plenary": QT_TRANSLATE_NOOP("Labels", "Plenary"),
    "working_group": QT_TRANSLATE_NOOP("Labels", "Working group"),
    # session numbering
    "arabic": QT_TRANSLATE_NOOP("Labels", "Arabic (1, 2, 3)"),
    "roman": QT_TRANSLATE_NOOP("Labels", "Roman (I, II, III)"),
    # parties
    "US": QT_TRANSLATE_NOOP("Labels", "United States"),
    "MX": QT_TRANSLATE_NOOP("Labels", "Mexico"),
}


def label(code: str) -> str:
    text = _LABELS.get(str(code))
    return QCoreApplication.translate("Labels", text) if text else str(code)
