"""Start-up: median time from launch to the painted main window, against a bare window.

    python bench/startup.py [--runs 15]

Runs `python main.py --exit-when-ready` on a demo database and a bare PySide6
QMainWindow shown the same way (exiting on its first paint), alternating the two
so that machine noise falls on both alike. Goal (issue 2): at most 1.5x the bare window.
Also reports `--exit-when-loaded`: until the window has painted the database's
content (the workspaces and SQLAlchemy load after the frame's first paint).
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]

BARE = """
import sys
from PySide6.QtCore import QEvent, QObject, QTimer, QCoreApplication
from PySide6.QtWidgets import QApplication, QMainWindow, QLabel

class FirstPaint(QObject):
    def eventFilter(self, watched, event):
        if event.type() == QEvent.Type.Paint:
            QTimer.singleShot(0, QCoreApplication.quit)
            watched.removeEventFilter(self)
        return False

app = QApplication(sys.argv[:1])
window = QMainWindow()
window.setCentralWidget(QLabel("bare"))
window.resize(1100, 700)
watcher = FirstPaint()
window.installEventFilter(watcher)
window.show()
sys.exit(app.exec())
"""


def timed(command: list[str], env: dict[str, str]) -> float:
    start = time.perf_counter()
    subprocess.run(command, check=True, env=env, cwd=ROOT, capture_output=True)
    return time.perf_counter() - start


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=15)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as home:
        env = {**os.environ, "QT_QPA_PLATFORM": os.environ.get("QT_QPA_PLATFORM", "offscreen"),
               "BESCAPP_HOME": home}
        # Time the launches a user sees after the first: with the bytecode cached, as
        # Python keeps it by default (some machines here set PYTHONDONTWRITEBYTECODE).
        env.pop("PYTHONDONTWRITEBYTECODE", None)
        database = Path(home) / "demo.db"
        subprocess.run([sys.executable, "main.py", "demo", "--database", str(database)],
                       check=True, env=env, cwd=ROOT, capture_output=True)
        ours_cmd = [sys.executable, "main.py", "--database", str(database), "--exit-when-ready"]
        loaded_cmd = [sys.executable, "main.py", "--database", str(database), "--exit-when-loaded"]
        bare_cmd = [sys.executable, "-c", BARE]
        timed(ours_cmd, env), timed(bare_cmd, env)  # warm the file cache
        ours, loaded, bare = [], [], []
        for _ in range(args.runs):
            ours.append(timed(ours_cmd, env))
            bare.append(timed(bare_cmd, env))
            loaded.append(timed(loaded_cmd, env))
    o, b, l_ = (statistics.median(x) for x in (ours, bare, loaded))
    print(f"bescapp window painted: median {o * 1000:.0f} ms over {args.runs} runs")
    print(f"bare window painted:    median {b * 1000:.0f} ms over {args.runs} runs")
    print(f"ratio: {o / b:.2f}x (goal: at most 1.50x)")
    print(f"bescapp with the database's content painted: median {l_ * 1000:.0f} ms "
          f"({l_ / b:.2f}x the bare window)")


if __name__ == "__main__":
    main()
