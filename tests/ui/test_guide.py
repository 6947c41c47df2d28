"""Help ▸ User guide and Help ▸ Keyboard shortcuts, the guide's pictures, and the keys
that move the keyboard into a workspace or open the selected row."""

import os
import subprocess
import sys
from pathlib import Path

from PySide6.QtCore import Qt, QUrl
from PySide6.QtGui import QTextDocument
from PySide6.QtWidgets import QApplication, QDialog

from bescapp import package_files
from bescapp.ui.guide import ShortcutsDialog
from bescapp.ui.main_window import MainWindow

ROOT = Path(__file__).resolve().parents[2]


def test_help_opens_the_guide_offline_in_the_interface_language_with_its_pictures(app, qtbot):
    window = app.window
    window.guide_action.trigger()
    guide = window._guide
    assert guide.isVisible()
    text = guide.browser.toPlainText()
    assert "Start a database for your side" in text
    assert "Import the counterpart's list" in text
    picture = guide.browser.document().resource(QTextDocument.ResourceType.ImageResource,
                                                QUrl("images/agenda.png"))
    assert picture is not None
    assert not picture.isNull()
    app.set_language("es")
    assert guide.windowTitle() == "Guía de uso de bescapp"
    assert "Crear la base de datos de su delegación" in guide.browser.toPlainText()
    guide.close()


def test_every_workspace_has_its_picture_in_both_guides():
    for language in ("en", "es"):
        guide = package_files.guide(language)
        text = guide.read_text(encoding="utf-8")
        for name in MainWindow.WORKSPACE_NAMES:
            assert f"(images/{name}.png)" in text, (language, name)
            assert (guide.parent / "images" / f"{name}.png").stat().st_size > 10_000


def shortcuts_shown(window, monkeypatch):
    shown = []
    monkeypatch.setattr(ShortcutsDialog, "exec",
                        lambda dialog: shown.append(dialog) or QDialog.DialogCode.Rejected)
    window.shortcuts_action.trigger()
    table = shown[-1].table
    rows = [tuple(table.item(r, c).text() for c in range(3)) for r in range(table.rowCount())]
    shown[-1].deleteLater()
    return rows


def test_keyboard_shortcuts_are_read_from_the_window_in_its_language(app, monkeypatch):
    window = app.window
    rows = shortcuts_shown(window, monkeypatch)
    assert ("View", "Delegations", "Ctrl+3") in rows
    assert ("Edit", "Undo", "Ctrl+Z") in rows
    assert ("Help", "User guide", "F1") in rows
    assert ("Meetings", "New plenary from…", "Ctrl+Shift+P") in rows
    assert ("Agenda", "Add sub-item", "Ctrl+Ins") in rows
    assert ("Delegations", "Earlier in protocol order", "Ctrl+Up") in rows
    assert ("Action plans", "Edit the selected line", "Return") in rows
    assert len(rows) == len(set(rows))
    app.set_language("es")
    rows = shortcuts_shown(window, monkeypatch)
    # the keys in Spanish too: Qt's own catalogue names them
    assert ("Ver", "Delegaciones", "Control+3") in rows
    assert ("Orden del día", "Agregar subtema", "Control+Insertar") in rows
    assert ("Delegaciones", "Antes en el orden protocolario", "Control+Arriba") in rows


def test_ctrl_and_a_number_put_the_keyboard_in_the_workspace(app, qtbot):
    window = app.window
    window.activateWindow()
    qtbot.waitExposed(window)
    window.sidebar.setFocus()
    qtbot.keyClick(window, Qt.Key.Key_3, Qt.KeyboardModifier.ControlModifier)
    assert QApplication.focusWidget() is window.delegations.sections["US"].table
    qtbot.keyClick(window, Qt.Key.Key_6, Qt.KeyboardModifier.ControlModifier)
    assert QApplication.focusWidget() is window.export.document
    qtbot.keyClick(window, Qt.Key.Key_2, Qt.KeyboardModifier.ControlModifier)
    assert QApplication.focusWidget() is window.agenda.tree


def test_enter_opens_the_selected_meeting_and_edits_the_selected_agenda_item(app, qtbot):
    window = app.window
    window.activateWindow()
    qtbot.waitExposed(window)
    meetings = window.meetings
    meetings.table.setFocus()
    meetings.table.setCurrentIndex(meetings.model.index(0, 0))
    first = meetings.selected_id()
    assert first != app.context.meeting_id
    qtbot.keyClick(meetings.table, Qt.Key.Key_Return)
    assert app.context.meeting_id == first
    last = meetings.model.index(meetings.model.rowCount() - 1, 0)
    app.context.set_meeting(meetings.model.meeting_id(last))
    qtbot.keyClick(window, Qt.Key.Key_2, Qt.KeyboardModifier.ControlModifier)
    agenda = window.agenda
    agenda.tree.setCurrentIndex(agenda.model.index(0, 0))
    qtbot.keyClick(agenda.tree, Qt.Key.Key_Return)
    assert QApplication.focusWidget() is agenda.editor.texts["title"]["en"]


def test_the_guide_pictures_are_made_from_the_real_window(tmp_path):
    """tools/guide_screenshots.py, as the guide's pictures are made: a workspace that no
    longer builds fails here."""
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "BESCAPP_HOME": str(tmp_path)}
    done = subprocess.run([sys.executable, str(ROOT / "tools" / "guide_screenshots.py"),
                           "--out", str(tmp_path / "guide")], env=env, capture_output=True,
                          text=True, timeout=300, cwd=ROOT)
    assert done.returncode == 0, done.stderr
    pictures = sorted((tmp_path / "guide").rglob("*.png"))
    assert [p.relative_to(tmp_path / "guide").as_posix() for p in pictures] == sorted(
        f"{lang}/images/{name}.png" for lang in ("en", "es") for name in MainWindow.WORKSPACE_NAMES)
    assert all(p.stat().st_size > 10_000 for p in pictures)
