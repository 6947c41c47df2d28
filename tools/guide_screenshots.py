"""Photograph every workspace of the real window for the user guide, in each language.

    python tools/guide_screenshots.py                 # docs/guide/<en|es>/images/<workspace>.png
    python tools/guide_screenshots.py --out DIR       # DIR/<en|es>/images/… instead
    python tools/guide_screenshots.py --scale 1.5 --size 1152x648 --full --out /tmp/look

The window is the one a staffer sees (bescapp.app.Application) on the demo plenary, built
in a temporary folder; the workspace shows its first row selected, so the side editors are
filled. It runs offscreen unless QT_QPA_PLATFORM says otherwise. tests/ui/test_guide.py runs
it, so a screen that no longer builds fails the tests rather than leaving a stale picture.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

SIZE = (1360, 860)  # the window's own default on a laptop screen
GUIDE_WIDTH = 960  # pixels: the guide's window shows a picture whole; --full keeps every pixel


def photograph(out: Path, languages: tuple[str, ...] = ("en", "es"), dark: bool = False,
               size: tuple[int, int] = SIZE, width: int | None = GUIDE_WIDTH) -> list[Path]:
    """Write ``out/<language>/images/<workspace>.png`` for every workspace; the paths."""
    from PySide6.QtCore import Qt  # noqa: TID251 (a tool of the window)
    from PySide6.QtWidgets import QAbstractItemView, QApplication  # noqa: TID251 (a tool of the window)

    from bescapp.app import Application
    from bescapp.cli import main as cli_main

    written = []
    with tempfile.TemporaryDirectory() as home:
        os.environ["BESCAPP_HOME"] = home  # no settings of the user's are read or written
        database = Path(home) / "demo.db"
        cli_main(["demo", "--database", str(database)])
        qt_app = QApplication.instance() or QApplication(sys.argv[:1])
        if dark:
            os.environ["BESCAPP_COLOUR_SCHEME"] = "dark"  # offscreen has no scheme of its own
        for language in languages:
            app = Application(qt_app, language, interactive=False)
            window = app.window
            window.resize(*size)
            app.open(database)
            window.show()
            window.complete()
            folder = out / language / "images"
            folder.mkdir(parents=True, exist_ok=True)
            for name in window.WORKSPACE_NAMES:
                window.show_workspace(name)
                page = window.stack.currentWidget()
                views = [v for v in page.findChildren(QAbstractItemView) if v.isVisibleTo(page)]
                if views and views[0].model() is not None and views[0].model().rowCount():
                    views[0].setCurrentIndex(views[0].model().index(0, 0))
                for _ in range(3):
                    qt_app.processEvents()
                path = folder / f"{name}.png"
                picture = window.grab()
                if width is not None and picture.width() > width:
                    picture = picture.scaledToWidth(width, Qt.TransformationMode.SmoothTransformation)
                if not picture.save(str(path), "PNG", 9):
                    raise SystemExit(f"cannot write {path}")
                written.append(path)
            app.context.set_database(None)
            window.close()
            window.deleteLater()
            qt_app.processEvents()
    return written


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--out", type=Path, default=ROOT / "docs" / "guide")
    parser.add_argument("--language", action="append", choices=("en", "es"))
    parser.add_argument("--scale", help="QT_SCALE_FACTOR for the pictures (1.5 = 150 %%)")
    parser.add_argument("--dark", action="store_true", help="the dark colour scheme")
    parser.add_argument("--size", default="x".join(map(str, SIZE)), metavar="WxH",
                        help="the window's size in device-independent pixels (1152x648: a "
                             "1920 x 1080 laptop screen at 150 %%)")
    parser.add_argument("--full", action="store_true",
                        help="every pixel (to look for clipping), not the guide's width")
    args = parser.parse_args(argv)
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    if args.scale:
        os.environ["QT_SCALE_FACTOR"] = args.scale
    width, height = (int(n) for n in args.size.lower().split("x"))
    for path in photograph(args.out, tuple(args.language or ("en", "es")), args.dark,
                           (width, height), None if args.full else GUIDE_WIDTH):
        print(path)
    return 0


if __name__ == "__main__":
    sys.exit(main())
