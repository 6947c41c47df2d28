"""Meeting package export and import of a large meeting.

    python bench/package.py [--scale 40] [--runs 3]

Builds `demo --scale N` (US side) in memory and a Mexican database as init makes one.
Times, each run: the US writing its package (read, sign, zip), Mexico taking in the
first package (the meeting created whole), and Mexico taking in a second package of the
same meeting (the three-way review against the first, then the changes applied).
Goal (issue 18): each under 2 s.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--scale", type=int, default=40)
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args()

    from bescapp.exchange import packages
    from bescapp.store import keys, our_side
    from bescapp.store.database import open_in_memory
    from bescapp.store.demo import add_scale, load_demo

    us = open_in_memory()
    with us.transaction() as session:
        meeting_id = load_demo(session, "US")
        add_scale(session, meeting_id, args.scale)
        fingerprint = keys.our_fingerprint(session)
    times: dict[str, list[float]] = {"export": [], "import (new meeting)": [],
                                     "import (review)": []}
    size = items = 0
    for _ in range(args.runs):
        mx = open_in_memory()
        with mx.transaction() as session:
            our_side.set_side(session, "MX")
        contents = []
        for _round in range(2):
            start = time.perf_counter()
            with us.transaction() as session:
                contents.append(packages.make(session, meeting_id).content)
            times["export"].append(time.perf_counter() - start)
        for label, content in zip(("import (new meeting)", "import (review)"), contents,
                                  strict=True):
            start = time.perf_counter()
            with mx.transaction() as session:
                incoming = packages.prepare(session, content, trust=fingerprint)
                packages.take_in(session, incoming)
            times[label].append(time.perf_counter() - start)
            items = max(items, len(incoming.package.data["agenda"]["items"]))
        size = len(contents[0])
        mx.close()
    print(f"scale {args.scale}: {items} agenda entries, package {size / 1024:.0f} KB")
    for label, values in times.items():
        print(f"{label:<22} median {statistics.median(values):.3f} s  "
              f"(min {min(values):.3f}, max {max(values):.3f}, {len(values)} runs)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
