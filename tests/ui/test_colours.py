"""The colours follow the palette: readable in the light and the dark scheme, and the
window works its colours out again when the system's scheme changes."""

import pytest
from PySide6.QtGui import QColor, QGuiApplication, QPalette

from bescapp.ui import colours
from bescapp.ui.actions.model import OVERDUE_COLOUR, STATUS_COLOURS
from bescapp.ui.communique.editor import STATUS_COLOURS as PARAGRAPH_COLOURS

LIGHT, DARK = QColor("#ffffff"), QColor("#1e1e1e")
EVERY_COLOUR = [colours.PROBLEM, colours.CAUTION, colours.FINE, colours.READ_ONLY,
                OVERDUE_COLOUR, *STATUS_COLOURS.values(), *PARAGRAPH_COLOURS.values()]


@pytest.mark.parametrize("page", [LIGHT, DARK, QColor("#2b2b2b"), QColor("#fff6e0")])
def test_every_colour_of_the_window_reads_on_a_light_or_a_dark_page(page):
    for colour in EVERY_COLOUR:
        assert colours.contrast(colours.readable(colour, page), page) >= 4.5, (colour, page.name())


def test_a_colour_already_readable_is_kept_and_the_wash_follows_the_page():
    assert colours.readable(colours.PROBLEM, LIGHT).name() == colours.PROBLEM
    assert colours.contrast(QColor(colours.PROBLEM), DARK) < 4.5  # why readable() is needed
    assert colours.tint(colours.AMBER, 0.16, LIGHT).lightness() > 200
    assert colours.tint(colours.AMBER, 0.16, DARK).lightness() < 80


def test_the_window_turns_dark_with_the_scheme_and_back(app, monkeypatch):
    qt_app = QGuiApplication.instance()
    light = qt_app.palette()
    window = app.window
    window.show_workspace("agenda")
    box = window.agenda.editor.internal_box
    light_box = box.styleSheet()
    try:
        monkeypatch.setenv(colours.SCHEME_VARIABLE, "dark")
        app._scheme_changed(None)
        assert colours.is_dark()
        assert box.styleSheet() != light_box
        wash = QColor(box.styleSheet().split("background: ")[1][:7])
        assert wash.lightness() < 90
        assert colours.contrast(colours.readable(colours.CAUTION, wash), wash) >= 4.5
        monkeypatch.setenv(colours.SCHEME_VARIABLE, "light")
        app._scheme_changed(None)
        assert not colours.is_dark()
        assert box.styleSheet() == light_box
    finally:
        qt_app.setPalette(light)
        assert qt_app.palette().color(QPalette.ColorRole.Window) == light.color(
            QPalette.ColorRole.Window)
