"""Alt+letter reaches one control only: no two mnemonics clash in a menu, in the menu bar,
in a workspace (with the menu bar's, which work there too) or in a dialog, in English and
in Spanish. The workspaces and dialogs are found by the walk (tests/ui/walking.py)."""

from collections import Counter

import pytest
from PySide6.QtWidgets import QAbstractButton, QGroupBox, QLabel, QMenu, QTabBar

from tests.ui.walking import DialogWalk, walk_window


def mnemonic(text: str) -> str | None:
    """The letter after a single "&" ("Add s&ub-item" → "u"), lower case; None without one."""
    i = 0
    while i < len(text) - 1:
        if text[i] == "&":
            if text[i + 1] != "&":
                return text[i + 1].lower()
            i += 1
        i += 1
    return None


def control_mnemonics(root) -> list[tuple[str, str]]:
    """(letter, text) of every visible control in ``root`` that Alt+letter reaches."""
    found = []
    for widget in root.findChildren(QAbstractButton) + root.findChildren(QGroupBox):
        text = widget.text() if isinstance(widget, QAbstractButton) else widget.title()
        if widget.isVisibleTo(root) and (letter := mnemonic(text)):
            found.append((letter, text))
    for label in root.findChildren(QLabel):
        if label.buddy() is not None and label.isVisibleTo(root) and (
                letter := mnemonic(label.text())):
            found.append((letter, label.text()))
    for bar in root.findChildren(QTabBar):
        if bar.isVisibleTo(root):
            found += [(letter, bar.tabText(i)) for i in range(bar.count())
                      if (letter := mnemonic(bar.tabText(i)))]
    return found


def clashes(pairs) -> list[str]:
    counts = Counter(letter for letter, _text in pairs)
    return sorted(f"Alt+{letter.upper()}: " + " | ".join(t for l2, t in pairs if l2 == letter)
                  for letter, n in counts.items() if n > 1)


def menu_clashes(menu: QMenu, where: str) -> list[str]:
    pairs = [(letter, a.text()) for a in menu.actions()
             if a.isVisible() and not a.isSeparator() and (letter := mnemonic(a.text()))]
    found = [f"{where}: {c}" for c in clashes(pairs)]
    for action in menu.actions():
        if action.menu() is not None:
            found += menu_clashes(action.menu(), f"{where} ▸ {action.text()}")
    return found


@pytest.mark.parametrize("language", ["en", "es"])
def test_no_two_mnemonics_clash_in_a_menu_a_workspace_or_a_dialog(
        app, monkeypatch, tmp_path, language):
    app.set_language(language)
    window = app.window
    bar = window.menuBar()
    titles = [(letter, a.text()) for a in bar.actions() if (letter := mnemonic(a.text()))]
    problems = [f"menu bar: {c}" for c in clashes(titles)]
    for action in bar.actions():
        problems += menu_clashes(action.menu(), action.text())
    seen = {"workspaces": 0, "dialogs": 0}

    def visit_workspace(page):
        seen["workspaces"] += 1
        problems.extend(f"{type(page).__name__}: {c}"
                        for c in clashes(control_mnemonics(page) + titles))

    def visit_dialog(dialog):
        seen["dialogs"] += 1
        problems.extend(f"{type(dialog).__name__}: {c}"
                        for c in clashes(control_mnemonics(dialog)))

    walk_window(window, visit_workspace, DialogWalk(monkeypatch, tmp_path, visit_dialog))
    assert not problems, f"mnemonics that clash in {language}:\n" + "\n".join(problems)
    assert seen["workspaces"] >= 6
    assert seen["dialogs"] >= 12
    assert len(titles) == 4


def test_the_clash_check_sees_a_clash():
    pairs = [("a", "&Add"), ("a", "&Agencies…"), ("e", "&Edit")]
    assert clashes(pairs) == ["Alt+A: &Add | &Agencies…"]
    assert mnemonic("Add s&ub-item") == "u"
    assert mnemonic("Fish && chips") is None
