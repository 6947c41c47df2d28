"""Importing a 2,000-row delegation list: reading, matching, validation and saving.

    python bench/import.py [--rows 2000] [--runs 5] [--format xlsx|csv]

Writes a spreadsheet with Spanish headers (accents, two surnames, a tenth of the
rows matching people already on file) into a temporary folder, then times
``import_file`` on a fresh demo database per run: read + row-by-row report +
all-or-nothing save in one transaction. Goal (issue 4): under 2 s for 2,000 rows.
Also times the dry run (the preview the window shows) and the refusal of a
50,000-row file.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from bescapp.importers.delegates import ImportProblem, import_file
from bescapp.store.database import open_database
from bescapp.store.demo import load_demo

GIVEN = ("María Fernanda", "José Luis", "Ana Gabriela", "Héctor", "Lucía", "Ángel", "Rocío")
SURNAMES = ("López", "Hernández", "Núñez", "Ramírez", "Ortega", "Muñoz", "Castañeda", "Ávila")
ROLES = ("Miembro", "Asesor", "Personal de apoyo")
AGENCIES = ("SRE", "SAT", "INM", "Secretaría de Economía", "SSPC")
HEADER = ["Orden", "Tratamiento", "Nombre(s)", "Apellido paterno", "Apellido materno", "Cargo",
          "Dependencia", "Correo electrónico", "Función"]


def rows(count: int):
    for i in range(count):
        if i % 10 == 0:  # someone already on file
            yield [i + 1, "Sra.", "María Fernanda", "López", "Hernández", "Directora General",
                   "SRE", "", "Miembro"] if i == 0 else \
                [i + 1, "Sr.", f"Persona {i}", "López", "Hernández", "Director", "SRE", "",
                 "Miembro"]
            continue
        yield [i + 1, "Sr." if i % 2 else "Sra.", f"{GIVEN[i % len(GIVEN)]} {i}",
               SURNAMES[i % len(SURNAMES)], SURNAMES[(i * 3 + 1) % len(SURNAMES)],
               f"Director de Área {i}", AGENCIES[i % len(AGENCIES)], f"persona{i}@example.mx",
               ROLES[i % len(ROLES)]]


def write(folder: Path, count: int, fmt: str) -> Path:
    if fmt == "csv":
        import csv

        path = folder / f"list-{count}.csv"
        with path.open("w", encoding="utf-8-sig", newline="") as f:
            writer = csv.writer(f, delimiter=";")
            writer.writerow(HEADER)
            writer.writerows(rows(count))
        return path
    import openpyxl

    path = folder / f"list-{count}.xlsx"
    wb = openpyxl.Workbook()  # not write_only: Excel's own files carry <dimension>, as this does
    ws = wb.active
    ws.append(HEADER)
    for row in rows(count):
        ws.append(row)
    wb.save(path)
    return path


def fresh_db(folder: Path, run: int):
    db = open_database(folder / f"bench-{run}.db")
    with db.transaction() as session:
        meeting_id = load_demo(session)
    return db, meeting_id


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rows", type=int, default=2000)
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--format", choices=("xlsx", "csv"), default="xlsx")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        path = write(folder, args.rows, args.format)
        saves, dries = [], []
        for run in range(args.runs):
            db, meeting_id = fresh_db(folder, run)
            started = time.perf_counter()
            report, _ = import_file(db, path, meeting_id, "mx", dry_run=True)
            dries.append(time.perf_counter() - started)
            started = time.perf_counter()
            report, receipt = import_file(db, path, meeting_id, "mx")
            saves.append(time.perf_counter() - started)
            if receipt is None or report.has_errors:
                raise SystemExit("\n".join(report.lines()[:5]))
            db.close()
        refused = {}
        for fmt in ("csv", "xlsx"):
            huge = write(folder, 50_000, fmt)
            db, meeting_id = fresh_db(folder, 1000 + len(refused))
            started = time.perf_counter()
            try:
                import_file(db, huge, meeting_id, "mx")
            except ImportProblem:
                refused[fmt] = time.perf_counter() - started
            else:
                raise SystemExit("a 50,000-row file was not refused")
            db.close()
    save, dry = statistics.median(saves), statistics.median(dries)
    print(f"{args.rows} rows ({args.format}), median of {args.runs}: import {save:.2f} s "
          f"(goal < 2 s: {'met' if save < 2 else 'NOT met'}), preview/dry run {dry:.2f} s; "
          f"{report.summary()}")
    print(f"50,000 rows refused: .csv in {refused['csv']:.2f} s, .xlsx in {refused['xlsx']:.2f} s")
    return 0 if save < 2 else 1


if __name__ == "__main__":
    raise SystemExit(main())
