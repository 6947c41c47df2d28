"""Colours that stay readable in the light and the dark scheme.

The interface's colours (a problem in red, the internal fields' amber box, a status's
hue) were chosen on a white page. Each is kept as that hue and shown through
``readable`` (the hue, lightened or darkened until it stands out from the palette's
background by WCAG's 4.5 : 1) or ``tint`` (the hue laid lightly over the background),
so the same code serves the light and the dark palette the system gives. Widgets that
put a colour in a style sheet do it in ``restyle()``, which the application calls again
when the system's scheme changes (``Application._scheme_changed``).
"""

from __future__ import annotations

import os

from PySide6.QtGui import QColor, QGuiApplication, QPalette

PROBLEM = "#b3261e"  # a refusal, an error, an overrun
CAUTION = "#8a5a00"  # internal, a flag, a warning
FINE = "#1f5f2a"  # done, fits
READ_ONLY = "#8a1c1c"
AMBER = "#f0a800"  # the internal fields' box
MINIMUM_CONTRAST = 4.5


def _luminance(colour: QColor) -> float:
    def channel(value: float) -> float:
        return value / 12.92 if value <= 0.03928 else ((value + 0.055) / 1.055) ** 2.4

    return (0.2126 * channel(colour.redF()) + 0.7152 * channel(colour.greenF())
            + 0.0722 * channel(colour.blueF()))


def contrast(one: QColor, other: QColor) -> float:
    """WCAG's contrast ratio, 1 (none) to 21 (black on white)."""
    lighter, darker = sorted((_luminance(one), _luminance(other)), reverse=True)
    return (lighter + 0.05) / (darker + 0.05)


def background(role: QPalette.ColorRole = QPalette.ColorRole.Window) -> QColor:
    return QGuiApplication.palette().color(role)


def is_dark() -> bool:
    """The palette in use is a dark one (the system's scheme, or one set by the user)."""
    return background().lightness() < 128


def readable(colour: str | QColor, against: QColor | None = None) -> QColor:
    """``colour``'s hue with a lightness that reads on ``against`` (the window's background)."""
    base = against if against is not None else background()
    result = QColor(colour)
    hue, saturation, lightness, alpha = result.getHslF()
    step = 0.04 if base.lightness() < 128 else -0.04
    while contrast(result, base) < MINIMUM_CONTRAST and 0.0 < lightness < 1.0:
        lightness = min(1.0, max(0.0, lightness + step))
        result = QColor.fromHslF(hue, saturation, lightness, alpha)
    return result


def tint(colour: str | QColor, amount: float = 0.14, base: QColor | None = None) -> QColor:
    """``colour`` laid over the background at ``amount`` (0 to 1): a box's wash."""
    under = base if base is not None else background()
    over = QColor(colour)
    return QColor.fromRgbF(*(under_c + (over_c - under_c) * amount for under_c, over_c in (
        (under.redF(), over.redF()), (under.greenF(), over.greenF()),
        (under.blueF(), over.blueF()))))


def text_css(colour: str | QColor, extra: str = "") -> str:
    """ "color: #…;" for a label on the window's background."""
    return f"color: {readable(colour).name()};{(' ' + extra) if extra else ''}"


def dark_palette() -> QPalette:
    """A dark palette for platforms that say the scheme is dark but give no palette for it
    (the offscreen platform of the screenshots, some Linux desktops)."""
    palette = QPalette()
    role, group = QPalette.ColorRole, QPalette.ColorGroup
    for name, value in ((role.Window, "#2b2b2b"), (role.WindowText, "#e6e6e6"),
                        (role.Base, "#1e1e1e"), (role.AlternateBase, "#262626"),
                        (role.ToolTipBase, "#3a3a3a"), (role.ToolTipText, "#e6e6e6"),
                        (role.PlaceholderText, "#9a9a9a"), (role.Text, "#e6e6e6"),
                        (role.Button, "#353535"), (role.ButtonText, "#e6e6e6"),
                        (role.BrightText, "#ff6b6b"), (role.Light, "#4a4a4a"),
                        (role.Midlight, "#404040"), (role.Mid, "#2f2f2f"),
                        (role.Dark, "#1a1a1a"), (role.Shadow, "#000000"),
                        (role.Highlight, "#2f65ca"), (role.HighlightedText, "#ffffff"),
                        (role.Link, "#8ab4f8"), (role.LinkVisited, "#c58af9")):
        palette.setColor(name, QColor(value))
    for name in (role.WindowText, role.Text, role.ButtonText):
        palette.setColor(group.Disabled, name, QColor("#7a7a7a"))
    return palette


SCHEME_VARIABLE = "BESCAPP_COLOUR_SCHEME"  # "dark" or "light": instead of the system's


def chosen_scheme() -> str:
    """ "dark" or "light" when $BESCAPP_COLOUR_SCHEME asks for it, else "" (the system's)."""
    asked = os.environ.get(SCHEME_VARIABLE, "").strip().lower()
    return asked if asked in ("dark", "light") else ""


def scheme(app: QGuiApplication) -> str:
    """The scheme to show, "dark", "light" or "" (the system does not say): the one
    $BESCAPP_COLOUR_SCHEME chose, else the system's. Asking the system builds PySide6's
    ``Qt`` namespace (``qt_namespace``): the window's frame is painted first."""
    return chosen_scheme() or {"Dark": "dark", "Light": "light"}.get(
        app.styleHints().colorScheme().name, "")


def match_scheme(app: QGuiApplication, wanted: str | None = None) -> None:
    """Make the palette follow the light or dark scheme where the platform does not
    (where it does — Windows, macOS, most desktops — the palette already matches: kept).
    ``wanted``: the scheme to match instead of ``scheme(app)``."""
    wanted = scheme(app) if wanted is None else wanted
    if wanted == "dark" and not is_dark():
        app.setPalette(dark_palette())
    elif wanted == "light" and is_dark():
        style = getattr(app, "style", None)
        app.setPalette(style().standardPalette() if style is not None else QPalette())
