"""Every control a screen reader reaches has a name, in the interface language: the walk
goes through every workspace and every dialog the window opens (tests/ui/walking.py)."""

import xml.etree.ElementTree as ET

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractSpinBox, QComboBox, QWidget

from bescapp import package_files
from bescapp.ui.access import plain
from tests.ui.walking import DialogWalk, controls, has_name, spoken_name, walk_window, where


def english_words() -> set[str]:
    """The window's English words whose Spanish differs, as a screen reader says them."""
    tree = ET.parse(package_files.translations() / "bescapp_es.ts")
    words = set()
    for message in tree.getroot().iter("message"):
        source, translation = message.findtext("source"), message.findtext("translation")
        if source and translation and plain(source) != plain(translation):
            words.add(plain(source))
    return words


def walk_names(app, monkeypatch, tmp_path):
    """{where: spoken name} of every control of the window and of every dialog opened."""
    names, dialogs = {}, []

    def visit(root):
        for widget in controls(root):
            names[where(widget) + f" #{id(widget)}"] = spoken_name(widget) if has_name(
                widget) else None

    def visit_dialog(dialog):
        dialogs.append(type(dialog).__name__)
        visit(dialog)

    walk = DialogWalk(monkeypatch, tmp_path, visit_dialog)
    walk_window(app.window, visit, walk)
    return names, dialogs


@pytest.mark.parametrize("language", ["en", "es"])
def test_every_control_of_every_workspace_and_dialog_has_a_name(
        app, monkeypatch, tmp_path, language):
    app.set_language(language)
    names, dialogs = walk_names(app, monkeypatch, tmp_path)
    unnamed = sorted(place.rsplit(" #", 1)[0] for place, name in names.items() if name is None)
    assert not unnamed, f"{len(unnamed)} of {len(names)} controls have no accessible name " \
        f"in {language}:\n" + "\n".join(unnamed)
    assert len(names) > 150
    if language == "es":  # the names are Spanish too, not the English they were written in
        english = english_words()
        assert {"Agenda items", "Delegation list: %1", "Search action lines"} <= english
        left = sorted({name for name in names.values() if name and (
            name in english or ", in English" in name or ", in Spanish" in name)})
        assert not left, "names left in English in the Spanish window:\n" + "\n".join(left)
    assert {"MemberDialog", "LineEditor", "NextPlenaryDialog", "ImportDialog",
            "DatabaseSettingsDialog", "AgencyDialog"} <= set(dialogs)


def test_every_stop_of_the_tab_key_is_a_named_control(app, monkeypatch, tmp_path):
    """Tab stops only at controls a screen reader can name, in every workspace and dialog:
    no pane, scroll area or frame that takes the keyboard and says nothing."""
    anonymous = []

    def visit(page):
        named = {id(widget) for widget in controls(page) if has_name(widget)}
        for widget in page.findChildren(QWidget):
            stops = widget.isVisibleTo(page) and widget.isEnabled() and bool(
                widget.focusPolicy() & Qt.FocusPolicy.TabFocus)
            if stops and not _part_of_a_control(widget) and id(widget) not in named:
                anonymous.append(where(widget))

    walk_window(app.window, visit, DialogWalk(monkeypatch, tmp_path, visit))
    assert not anonymous, "Tab stops at:\n" + "\n".join(sorted(set(anonymous)))


def _part_of_a_control(widget):
    """A combo box's line edit, a spin box's: they take the keyboard for their control."""
    parent = widget.parentWidget()
    return parent is not None and isinstance(parent, (QComboBox, QAbstractSpinBox))
