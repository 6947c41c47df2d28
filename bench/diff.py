"""Comparing two communiqué versions of a long draft, and placing 2,000 newcomers by role.

    python bench/diff.py [--paragraphs 300] [--runs 5]

Figures, not assertions (the tests check only what the results say; these machines are
noisy). Baselines: for the comparison, ``difflib`` matching the two paragraph lists alone
(the least any comparison does); the word-by-word diff of the whole draft in one piece was
minutes for 260 paragraphs. For the placement, the same entries sorted by role alone; one
by one it took 2.9 s.
"""

from __future__ import annotations

import argparse
import difflib
import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from bescapp.domain.delegations import PersonFields
from bescapp.domain.diff import diff_versions
from bescapp.importers.delegates import Entry, placed_by_role
from bescapp.model.entities import Role


def median_seconds(work, runs: int) -> float:
    times = []
    for _ in range(runs):
        started = time.perf_counter()
        work()
        times.append(time.perf_counter() - started)
    return statistics.median(times)


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--paragraphs", type=int, default=300)
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()

    old = [f"Paragraph {n}: the delegations agreed to the work plan of the border."
           for n in range(args.paragraphs)]
    half = args.paragraphs // 2
    new = [t.replace("the", "a") for t in old[:half]] + old[half + 1:] + ["A closing paragraph."]
    floor = median_seconds(lambda: difflib.SequenceMatcher(None, old, new).get_opcodes(), args.runs)
    ours = median_seconds(lambda: diff_versions(old, new), args.runs)
    print(f"compare {args.paragraphs} paragraphs: {ours * 1000:.1f} ms "
          f"(paragraph match alone {floor * 1000:.1f} ms, ratio {ours / floor:.1f}x)")

    entries = [Entry(n, PersonFields(), role=list(Role)[n % 5]) for n in range(2000)]
    floor = median_seconds(lambda: sorted(entries, key=lambda e: list(Role).index(e.role)), args.runs)
    ours = median_seconds(lambda: placed_by_role(entries, [], {}, False), args.runs)
    print(f"place 2,000 newcomers: {ours * 1000:.1f} ms "
          f"(sort by role alone {floor * 1000:.1f} ms, ratio {ours / floor:.1f}x)")


if __name__ == "__main__":
    main()
