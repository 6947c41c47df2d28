"""Briefing book export against pandoc writing the same content.

    python bench/export.py [--scale 10] [--runs 5]

Builds `demo --scale N` in memory and writes its bilingual briefing book. pandoc
turns that book into Markdown once (not timed): the same text, headings, lists
and tables. Then, alternating, bescapp writes the book again and pandoc converts
the Markdown into a .docx, each run timed end to end (pandoc as a process, as a
user would run it; bescapp in this process, from the database to the saved file).

Goal (issue 6): bescapp's median at most 0.5x pandoc's. Needs pandoc
(`apt-get install pandoc`); CI does not run benches.
"""

from __future__ import annotations

import argparse
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--scale", type=int, default=10)
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--language", default="bilingual", choices=("en", "es", "bilingual"))
    args = parser.parse_args()
    pandoc = shutil.which("pandoc")
    if pandoc is None:
        print("pandoc is not installed: apt-get install -y pandoc", file=sys.stderr)
        return 2

    from bescapp.export.briefing_book import write_briefing_book
    from bescapp.store.database import open_in_memory
    from bescapp.store.demo import add_scale, load_demo

    db = open_in_memory()
    with db.transaction() as session:
        meeting_id = load_demo(session)
        add_scale(session, meeting_id, args.scale)

    with tempfile.TemporaryDirectory() as folder:
        out = Path(folder)
        ours = out / "book.docx"

        def bescapp_run() -> float:
            start = time.perf_counter()
            with db.session() as session:
                write_briefing_book(session, meeting_id, args.language, ours)
            return time.perf_counter() - start

        bescapp_run()  # warm: imports, template parsed once by the OS cache
        markdown = out / "book.md"
        subprocess.run([pandoc, str(ours), "-t", "markdown", "-o", str(markdown)], check=True)

        def pandoc_run() -> float:
            start = time.perf_counter()
            subprocess.run([pandoc, str(markdown), "-o", str(out / "pandoc.docx")], check=True)
            return time.perf_counter() - start

        pandoc_run()
        times: dict[str, list[float]] = {"bescapp": [], "pandoc": []}
        for _ in range(args.runs):
            times["bescapp"].append(bescapp_run())
            times["pandoc"].append(pandoc_run())
        size = markdown.stat().st_size

    ours_median = statistics.median(times["bescapp"])
    theirs_median = statistics.median(times["pandoc"])
    ratio = ours_median / theirs_median
    print(f"{args.language} briefing book of demo --scale {args.scale} "
          f"({size / 1024:.0f} KB of Markdown), {args.runs} alternating runs")
    print(f"  bescapp: median {ours_median * 1000:.0f} ms  "
          f"(runs: {', '.join(f'{t * 1000:.0f}' for t in times['bescapp'])})")
    print(f"  pandoc:  median {theirs_median * 1000:.0f} ms  "
          f"(runs: {', '.join(f'{t * 1000:.0f}' for t in times['pandoc'])})")
    print(f"  ratio bescapp/pandoc: {ratio:.2f} (goal <= 0.50) {'OK' if ratio <= 0.5 else 'MISSED'}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
