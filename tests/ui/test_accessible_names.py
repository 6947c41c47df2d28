"""Every control a screen reader reaches has a name, in the interface language: the walk
goes through every workspace and every dialog the window opens (tests/ui/walking.py)."""

import pytest

from tests.ui.walking import DialogWalk, controls, has_name, spoken_name, walk_window, where

# Dialogs the walk cannot open from the demo window: the side question comes only with a
# database that has no side yet (tests/ui/test_fresh_start.py shows it).
NOT_REACHED_BY_THE_WALK = {"SideDialog"}


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
    assert {"MemberDialog", "LineEditor", "NextPlenaryDialog", "ImportDialog",
            "DatabaseSettingsDialog", "AgencyDialog"} <= set(dialogs)
