"""The files bescapp reads at run time: the Word template, the catalogues, the icons.

They live in the checkout's top-level ``resources/`` and ``translations/`` folders,
which setuptools installs as the packages ``bescapp.resources`` and
``bescapp.translations`` (pyproject.toml), and PyInstaller copies to the same place
in its bundle (packaging/bescapp.spec). They are found through
``importlib.resources``; a checkout run as it is (``python main.py`` without an
install that maps those folders) falls back on the folders themselves.
"""

from __future__ import annotations

from importlib import resources
from pathlib import Path

_CHECKOUT = Path(__file__).resolve().parent.parent
_IN_CHECKOUT = {"guide": "docs/guide"}  # bescapp.guide is the checkout's docs/guide/


def folder(name: str) -> Path:
    """The folder of ``bescapp.<name>`` ("resources", "translations", "guide") on disk.

    Installed from a wheel, editable, or in the bundle, the files are plain files
    (never inside a zip), so a path serves Qt, python-docx and gettext alike. A checkout
    reads its own folders first: another checkout's editable install maps
    ``bescapp.<name>`` to *its* folders (git worktrees side by side)."""
    own = _CHECKOUT / _IN_CHECKOUT.get(name, name)
    if (_CHECKOUT / "pyproject.toml").is_file() and own.is_dir():
        return own
    try:
        found = resources.files(f"bescapp.{name}")
    except ModuleNotFoundError:
        found = None
    if isinstance(found, Path):
        return found
    inside = Path(__file__).resolve().parent / name  # a bundle that holds it as plain data
    return inside if inside.is_dir() else own


def template() -> Path:
    """resources/template.docx: the styles every exported document starts from."""
    return folder("resources") / "template.docx"


def translations() -> Path:
    """translations/: bescapp_es.qm for Qt, es/LC_MESSAGES/bescapp.mo for gettext."""
    return folder("translations")


def guide(language: str) -> Path:
    """The user guide in ``language`` ("en", "es"): its index.md, its images/ beside it."""
    return folder("guide") / language / "index.md"


def icon(size: int | None = None) -> Path:
    """The application icon: the SVG, or the PNG drawn at ``size`` pixels."""
    if size is None:
        return folder("resources") / "bescapp.svg"
    return folder("resources") / "icons" / f"bescapp-{size}.png"


ICON_SIZES = (16, 24, 32, 48, 64, 128, 256, 512)
