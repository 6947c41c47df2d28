"""How soon another window hears of a change on a server (issue 20: within a second).

    tools/test-server python bench/notices.py [--runs 25]
    python bench/notices.py --server postgresql+psycopg://user@host/postgres

Makes a database on the server (BESCAPP_TEST_DATABASE or --server) with the demo, opens
it twice as two windows would, and times, for each run, one agenda edit in the first
(a unit of work with its notice, as ``AppContext.run`` sends it) from the start of the
unit of work to the second's listening socket becoming readable and its ``Changes`` read;
and the unit of work alone. Medians and the slowest run, in milliseconds.
"""

from __future__ import annotations

import argparse
import dataclasses
import os
import select
import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from bescapp.model.bilingual import Bilingual  # noqa: E402
from bescapp.model.entities import AgendaItem  # noqa: E402
from bescapp.store import agenda, notices  # noqa: E402
from bescapp.store.address import parse_server  # noqa: E402
from bescapp.store.database import open_database  # noqa: E402
from bescapp.store.demo import load_demo  # noqa: E402


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--server", default=os.environ.get("BESCAPP_TEST_DATABASE"))
    parser.add_argument("--runs", type=int, default=25)
    args = parser.parse_args()
    if not args.server:
        parser.error("no server: run under tools/test-server, or give --server")
    import psycopg

    admin = parse_server(args.server)
    name = f"bench_notices_{os.getpid()}"

    def execute(sql: str) -> None:
        with psycopg.connect(dbname=admin.database, user=admin.user or None,
                             host=admin.host or None, port=admin.port, password=admin.password,
                             autocommit=True) as conn:
            conn.execute(sql)

    execute(f'CREATE DATABASE "{name}"')
    address = dataclasses.replace(admin, database=name)
    try:
        first, second = open_database(address), open_database(address)
        with first.transaction() as s:
            meeting_id = load_demo(s)
        with first.session() as s:
            item_id = s.query(AgendaItem.id).filter(AgendaItem.meeting_id == meeting_id).first()[0]
        listener = notices.Listener(second)
        heard, saved = [], []
        for run in range(args.runs):
            with first.session() as s:
                fields = agenda.item_fields(s, item_id)
            after = dataclasses.replace(fields, texts=(Bilingual(f"Run {run}", "Vuelta"),
                                                       *fields.texts[1:]))
            start = time.perf_counter()
            with first.transaction() as s:
                changes = agenda.update_item(s, item_id, after)
                first.announce(s, changes)
            saved.append(time.perf_counter() - start)
            got = []
            while not got:
                ready, _, _ = select.select([listener.fileno()], [], [], 5)
                if not ready:
                    raise SystemExit("no notice within 5 s")
                got = listener.take()
            heard.append(time.perf_counter() - start)
        listener.close()
        first.close()
        second.close()
    finally:
        execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
    ms = [1000 * t for t in heard]
    print(f"edit saved, median {1000 * statistics.median(saved):.1f} ms")
    print(f"heard by the other window, median {statistics.median(ms):.1f} ms, "
          f"slowest {max(ms):.1f} ms ({args.runs} runs; goal: under 1000 ms)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
