"""The agenda and the action table from a PostgreSQL server, against the same from a file.

    tools/test-server python bench/server.py [--scale 40] [--runs 9]
    python bench/server.py --server postgresql+psycopg://user@host/postgres

Builds `demo --scale N` in a temporary file, copies it (`bescapp copy`) into a new
database on the server (BESCAPP_TEST_DATABASE, which tools/test-server sets, or
--server: any database the user may connect to and create databases from), then shows,
offscreen, the real Agenda and Action plans workspaces on each, alternating file and
server so machine noise falls on both alike: from the current meeting chosen to the
tree or table painted, as bench/agenda.py and bench/actions.py measure them.

Goal (issue 19): the server at most 2x the file's time, on the same machine.
"""

from __future__ import annotations

import argparse
import contextlib
import io
import os
import statistics
import sys
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
from scaled_demo import finish, open_scaled_demo


def shown(context, page, meeting_id, painted) -> float:
    context.set_meeting(None)
    page.window().repaint()
    start = time.perf_counter()
    context.set_meeting(meeting_id)
    painted()
    return (time.perf_counter() - start) * 1000


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--scale", type=int, default=40)
    parser.add_argument("--runs", type=int, default=9)
    parser.add_argument("--server", default=os.environ.get("BESCAPP_TEST_DATABASE"),
                        help="a server database to connect to (default: $BESCAPP_TEST_DATABASE)")
    args = parser.parse_args()
    if not args.server:
        print("bench/server.py: no server; run it under tools/test-server or give --server",
              file=sys.stderr)
        return 2

    from bescapp.cli import main as cli_main
    from bescapp.store.database import open_database
    from bescapp.ui.actions.view import ActionsWorkspace
    from bescapp.ui.agenda.view import AgendaWorkspace
    from bescapp.ui.context import AppContext
    from tests.server import TestServer

    app, file_context, meeting_id = open_scaled_demo(args.scale)
    server = TestServer(args.server)
    address = server.fresh()
    try:
        with contextlib.redirect_stdout(io.StringIO()):
            assert cli_main(["copy", str(file_context.db.path), address.url(password=True)]) == 0
        server_context = AppContext()
        server_context.set_database(open_database(address))
        results = {}
        for name, workspace, painted in (
                ("agenda", AgendaWorkspace, lambda p: p.tree.viewport().repaint()),
                ("action table", ActionsWorkspace,
                 lambda p: (p.table.viewport().repaint(), p.summary.repaint()))):
            pages = {}
            for engine, context in (("file", file_context), ("server", server_context)):
                page = workspace(context, "en")
                page.resize(1300, 800)
                page.show()
                app.processEvents()
                pages[engine] = (context, page)
            times = {"file": [], "server": []}
            for _ in range(args.runs):
                for engine, (context, page) in pages.items():
                    times[engine].append(shown(context, page, meeting_id,
                                               lambda p=page, f=painted: f(p)))
                    app.processEvents()
            results[name] = {engine: statistics.median(t) for engine, t in times.items()}
            for _context, page in pages.values():
                page.close()
        server_context.db.close()
    finally:
        server.drop(address)
    print(f"scale {args.scale}, median of {args.runs} shows, offscreen")
    print(f"{'':<14}{'file':>10}{'server':>10}{'ratio':>8}")
    worst = 0.0
    for name, medians in results.items():
        ratio = medians["server"] / medians["file"]
        worst = max(worst, ratio)
        print(f"{name:<14}{medians['file']:>8.0f}ms{medians['server']:>8.0f}ms{ratio:>7.2f}x")
    print(f"goal: at most 2x the file's time: {'met' if worst <= 2 else 'NOT met'}")
    finish(0)
    return 0


if __name__ == "__main__":
    sys.exit(main())
