"""What a screen reader says for each control: its accessible name, in the interface language.

Most fields stand beside a label ("Surname", "Apellido"): ``name_from_labels`` gives each
the words of its label, again after every language switch, so the label stays the one
place the words live. Controls with no label beside them (tables, trees, the text boxes
of a bilingual row, a "▲" button) are named where they are worded, in ``retranslate_ui``,
with ``name``.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFormLayout, QLabel, QLayout, QWidget

_FROM_LABEL = "bescapp_named_by_label"  # a name the label gave, so the next switch renames it


def name(widget: QWidget, text: str, description: str = "") -> None:
    """``widget``'s accessible name (and description, when the name alone does not say
    what the control is for)."""
    widget.setAccessibleName(text)
    widget.setProperty(_FROM_LABEL, False)
    if description:
        widget.setAccessibleDescription(description)


def plain(label_text: str) -> str:
    """ "&Surname:" → "Surname": a mnemonic's ampersand and the colon are not spoken."""
    return label_text.replace("&&", "\0").replace("&", "").replace("\0", "&").strip().rstrip(":：").strip()


def _first_control(layout: QLayout) -> QWidget | None:
    """The first widget of a row laid out in a box (a check box beside its time, say)."""
    for i in range(layout.count()):
        item = layout.itemAt(i)
        if item.widget() is not None:
            return item.widget()
        if item.layout() is not None and (inside := _first_control(item.layout())):
            return inside
    return None


def _labelled(root: QWidget) -> list[tuple[QLabel, QWidget]]:
    pairs = [(label, label.buddy()) for label in root.findChildren(QLabel) if label.buddy()]
    for form in root.findChildren(QFormLayout):
        for row in range(form.rowCount()):
            label = form.itemAt(row, QFormLayout.ItemRole.LabelRole)
            field = form.itemAt(row, QFormLayout.ItemRole.FieldRole)
            if label is None or field is None or not isinstance(label.widget(), QLabel):
                continue
            control = field.widget() or (field.layout() and _first_control(field.layout()))
            if control is not None:
                pairs.append((label.widget(), control))
    return pairs


def name_from_labels(root: QWidget) -> None:
    """Each control a label names (its buddy, or the field of its form row) takes the
    label's words, unless it was named on purpose."""
    for label, control in _labelled(root):
        if control.accessibleName() and not control.property(_FROM_LABEL):
            continue
        words = plain(label.text())
        if words:
            control.setAccessibleName(words)
            control.setProperty(_FROM_LABEL, True)


def name_pair(english: QWidget, spanish: QWidget, words: str) -> None:
    """The two boxes of a bilingual field: "Title, in English" and "Title, in Spanish"."""
    name(english, QCoreApplication.translate("Access", "%1, in English").replace("%1", plain(words)))
    name(spanish, QCoreApplication.translate("Access", "%1, in Spanish").replace("%1", plain(words)))
