"""Start-up: median time from launch to the painted main window, against a bare window.

    python bench/startup.py [--runs 15] [--bundle dist/bescapp/bescapp]

Runs `python main.py --exit-when-ready` on a demo database and a bare PySide6
QMainWindow shown the same way (exiting on its first paint), alternating the two
so that machine noise falls on both alike. Goal (issue 2): at most 1.5x the bare window.
Also reports `--exit-when-loaded`: until the window has painted the database's
content (the workspaces and SQLAlchemy load after the frame's first paint); goal
(issue 21): at most 3x. Besides the wall time, the processor time each launch used
(user + system), steadier than the wall time on a machine busy with other work.
`--bundle dist/bescapp/bescapp` times the PyInstaller bundle's program the same way.
"""

from __future__ import annotations

import argparse
import os
import resource
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


CPU: dict[tuple[str, ...], list[float]] = {}


def timed(command: list[str], env: dict[str, str]) -> float:
    """Wall time of one launch; its processor time (user + system) goes to CPU."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    start = time.perf_counter()
    subprocess.run(command, check=True, env=env, cwd=ROOT, capture_output=True)
    wall = time.perf_counter() - start
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    CPU.setdefault(tuple(command), []).append(
        after.ru_utime - before.ru_utime + after.ru_stime - before.ru_stime)
    return wall


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=15)
    parser.add_argument("--bundle", metavar="PROGRAM", type=Path,
                        help="also time a PyInstaller bundle's program (dist/bescapp/bescapp)")
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
        bundle_cmds = []
        if args.bundle:
            bundle_cmds = [[str(args.bundle.resolve()), "--database", str(database), flag]
                           for flag in ("--exit-when-ready", "--exit-when-loaded")]
        every = [ours_cmd, bare_cmd, loaded_cmd, *bundle_cmds]
        for command in every:
            timed(command, env)  # warm the file cache
        CPU.clear()
        walls: dict[tuple[str, ...], list[float]] = {}
        for _ in range(args.runs):
            for command in every:
                walls.setdefault(tuple(command), []).append(timed(command, env))

    def report(label: str, command: list[str], goal: str = "") -> None:
        wall = statistics.median(walls[tuple(command)])
        cpu = statistics.median(CPU[tuple(command)])
        ratio = (f"  {wall / bare_wall:.2f}x wall, {cpu / bare_cpu:.2f}x processor time{goal}"
                 if command is not bare_cmd else "")
        print(f"{label:<34} median {wall * 1000:5.0f} ms wall, {cpu * 1000:5.0f} ms processor{ratio}")

    bare_wall = statistics.median(walls[tuple(bare_cmd)])
    bare_cpu = statistics.median(CPU[tuple(bare_cmd)])
    print(f"over {args.runs} runs each, alternated; ratios to the bare window")
    report("bare window painted", bare_cmd)
    report("bescapp window painted", ours_cmd, " (goal: at most 1.5x)")
    report("bescapp content painted", loaded_cmd, " (goal: at most 3x)")
    for label, command in zip(("bundle window painted", "bundle content painted"), bundle_cmds,
                              strict=False):
        report(label, command)


if __name__ == "__main__":
    main()
