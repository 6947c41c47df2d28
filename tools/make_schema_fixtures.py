"""Make the committed database files of each past schema version (tests/_databases/).

    python tools/make_schema_fixtures.py            # writes tests/_databases/schema-000N.db
    python tools/make_schema_fixtures.py OUT_DIR    # elsewhere

Each file is what an older bescapp left on disk: the 0001 schema is built by Alembic, a
small plenary is written into it with plain SQL in that schema's shape (meetings, parties,
agencies, people, both lists with the host flag ``is_host``, an agenda with a lead, an
action plan with lines and status updates, the communiqué's working draft and one saved
version, a termbase entry, the stock opening pattern of the time), and the file is then
migrated up to the revision it stands for, the way that version's bescapp did it. One
list holds two members in the same place (an old import could leave that): 0005
renumbers them. Run it again only when a past migration changes (it should not); the
tests in tests/store/test_schema_fixtures.py read these files as they are.
"""

from __future__ import annotations

import sqlite3
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

REVISIONS = ("0001", "0002", "0003", "0004", "0005", "0006", "0007", "0010", "0011", "0012",
             "0013")
OUT = ROOT / "tests" / "_databases"

CONTENT = """
INSERT INTO party VALUES (1, 'US', 'United States of America', 'Estados Unidos de América',
    'United States', 'Estados Unidos', 'en');
INSERT INTO party VALUES (2, 'MX', 'United Mexican States', 'Estados Unidos Mexicanos',
    'Mexico', 'México', 'es');
INSERT INTO agency (id, party_id, acronym, name_en, name_es) VALUES
    (1, 1, 'DOS', 'Department of State', 'Departamento de Estado'),
    (2, 1, 'CBP', 'U.S. Customs and Border Protection',
        'Oficina de Aduanas y Protección Fronteriza'),
    (3, 2, 'SRE', 'Secretariat of Foreign Affairs', 'Secretaría de Relaciones Exteriores');
INSERT INTO person (id, honorific, given_names, first_surname, second_surname, title_en,
    title_es, biography_en, biography_es, agency_id, email, phone, internal_notes, is_sample)
VALUES
    (1, 'amb', 'Christopher', 'Landau', '', 'U.S. Ambassador to Mexico',
        'Embajador de los Estados Unidos en México', '', '', 1, 'landau@example.org', '', '', 0),
    (2, 'ms', 'Ana', 'Smith', '', 'Director, Field Operations', 'Directora de Operaciones',
        'A sample person.', 'Persona de ejemplo.', 2, '', '+1 202 555 0100',
        'Prefers morning sessions', 1),
    (3, 'dr', 'Jesús', 'Seade', 'Kuri', 'Undersecretary for North America',
        'Subsecretario para América del Norte', '', '', 3, '', '', '', 0),
    (4, 'lica', 'María Fernanda', 'López', 'Hernández', 'Director General for North America',
        'Directora General para América del Norte', '', '', 3, '', '', '', 1),
    (5, 'mr', 'Roberto', 'Ramírez', 'Soto', 'Advisor', 'Asesor', '', '', 3, '', '', '', 1);
INSERT INTO meeting (id, kind, number, start_date, end_date, day_start, day_end, city_en,
    city_es, venue_en, venue_es, host_party_id, handling_marking, session_numbering)
VALUES
    (1, 'plenary', 11, '2019-04-10', '2019-04-10', '09:00:00.000000', '17:00:00.000000',
        'Washington, D.C.', 'Washington, D.C.', 'Department of State',
        'Departamento de Estado', 1, 'SENSITIVE BUT UNCLASSIFIED', 'roman'),
    (2, 'plenary', 12, '2020-03-04', '2020-03-04', '09:00:00.000000', '17:30:00.000000',
        'Mexico City', 'Ciudad de México', 'Secretariat of Foreign Affairs',
        'Secretaría de Relaciones Exteriores', 2, 'SENSITIVE BUT UNCLASSIFIED', 'roman');
INSERT INTO delegation VALUES (1, 2, 1), (2, 2, 2);
INSERT INTO membership (id, delegation_id, person_id, precedence, role, attendance, title_en,
    title_es, agency_id, is_host, internal_notes)
VALUES
    (1, 1, 1, 1, 'head', 'confirmed', '', '', NULL, 0, ''),
    (2, 1, 2, 2, 'member', 'tentative', '', '', NULL, 0, 'Confirm by Friday'),
    (3, 2, 3, 1, 'head', 'confirmed', '', '', NULL, 1, ''),
    (4, 2, 4, 2, 'member', 'confirmed', '', '', NULL, 0, ''),
    (5, 2, 5, 2, 'advisor', 'confirmed', '', '', NULL, 0, '');
INSERT INTO agenda_item (id, meeting_id, parent_id, position, day, kind, title_en, title_es,
    description_en, description_es, duration_minutes, fixed_start, objective_en, objective_es,
    talking_points_en, talking_points_es, background_en, background_es)
VALUES
    (1, 2, NULL, 0, 1, 'session', 'Opening Session', 'Sesión de apertura', '', '', 0,
        '09:00:00.000000', '', '', '', '', '', ''),
    (2, 2, 1, 0, 1, 'item', 'Welcome remarks', 'Palabras de bienvenida', '', '', 15, NULL,
        'Set the tone', 'Marcar el tono', 'Thank the hosts', 'Agradecer a los anfitriones',
        '', ''),
    (3, 2, 1, 1, 1, 'item', 'Adoption of the agenda', 'Adopción de la agenda', '', '', 10,
        NULL, '', '', '', '', '', ''),
    (4, 2, NULL, 1, 1, 'break', 'Coffee break', 'Receso', '', '', 15, NULL, '', '', '', '',
        '', ''),
    (5, 2, NULL, 2, 1, 'session', 'Public Safety', 'Seguridad pública', '', '', 0, NULL, '',
        '', '', '', '', ''),
    (6, 2, 5, 0, 1, 'item', 'Arms trafficking', 'Tráfico de armas',
        'Joint work on seizures', 'Trabajo conjunto en decomisos', 45, NULL, '', '', '', '',
        'Background for our side only', 'Antecedentes solo para nuestro lado');
INSERT INTO agenda_lead VALUES (2, 3, 0), (6, 1, 0), (6, 3, 1);
INSERT INTO action_plan (id, code, position, title_en, title_es, description_en,
    description_es, start_date, adopted_at_meeting_id)
VALUES (1, 'POE', 0, 'Ports of Entry', 'Puertos de entrada', '', '', '2019-04-10', 1);
INSERT INTO action_line (id, plan_id, code, position, title_en, title_es, description_en,
    description_es, us_agency_id, mx_agency_id, created_on, due_date, status, progress,
    internal_notes_en, internal_notes_es)
VALUES
    (1, 1, 'POE-1', 0, 'Extended hours at Otay Mesa', 'Horario ampliado en Otay Mesa', '', '',
        2, 3, '2019-04-10', '2019-12-31', 'completed', 100, '', ''),
    (2, 1, 'POE-2', 1, 'Calexico West modernization', 'Modernización de Calexico Oeste', '',
        '', 2, 3, '2019-04-10', '2020-01-31', 'delayed', 40, 'Funding at risk',
        'Fondos en riesgo');
INSERT INTO status_update (id, line_id, date, status, progress, note_en, note_es) VALUES
    (1, 1, '2019-10-01', 'on_track', 60, 'Pilot running', 'Piloto en marcha'),
    (2, 1, '2019-12-20', 'completed', 100, 'Done', 'Concluido'),
    (3, 2, '2020-01-28', 'delayed', 40, 'Contract signed late', 'Contrato firmado tarde');
INSERT INTO term (id, term_en, term_es, acronym_en, acronym_es, note) VALUES
    (1, 'port of entry', 'puerto de entrada', 'POE', '', '');
INSERT INTO communique (id, meeting_id) VALUES (1, 2);
INSERT INTO communique_version (id, communique_id, number, label, saved_at) VALUES
    (1, 1, 0, '', '2020-03-01 10:00:00.000000'),
    (2, 1, 1, 'Sent to Mexico', '2020-02-28 18:30:00.000000');
INSERT INTO paragraph (id, version_id, position, text_en, text_es, status) VALUES
    (1, 1, 0, 'The delegations met in Mexico City.',
        'Las delegaciones se reunieron en la Ciudad de México.', 'agreed'),
    (2, 1, 1, 'They [expand][consolidate] joint work on arms trafficking.',
        'Acordaron [ampliar][consolidar] el trabajo conjunto sobre tráfico de armas.', 'bracketed'),
    (3, 1, 2, 'The next plenary will be held in Washington.',
        'La próxima reunión plenaria se celebrará en Washington.', 'ad_referendum'),
    (4, 2, 0, 'The delegations met in Mexico City.',
        'Las delegaciones se reunieron en la Ciudad de México.', 'draft');
"""


def _alembic(path: Path, revision: str) -> None:
    from alembic import command
    from alembic.config import Config
    from sqlalchemy import create_engine

    config = Config()
    config.set_main_option("script_location", str(ROOT / "bescapp" / "store" / "migrations"))
    engine = create_engine(f"sqlite:///{path}")
    with engine.begin() as conn:
        config.attributes["connection"] = conn
        command.upgrade(config, revision)
    engine.dispose()


def make(path: Path, revision: str) -> None:
    """The fixture file of ``revision`` at ``path`` (replaced if it exists)."""
    from bescapp.store.starter import EARLIER_PATTERNS

    path.unlink(missing_ok=True)
    _alembic(path, "0001")
    opening = EARLIER_PATTERNS["opening"][0]  # the stock opening of the time, unedited
    with sqlite3.connect(path) as conn:
        conn.executescript(CONTENT)
        conn.execute("INSERT INTO paragraph_pattern (id, key, position, text_en, text_es) "
                     "VALUES (1, 'opening', 0, ?, ?)", (opening.en, opening.es))
    conn.close()
    if revision != "0001":
        _alembic(path, revision)
    with sqlite3.connect(path) as conn:  # small pages: one per table and index, most near empty
        conn.execute("PRAGMA page_size = 512")
        conn.execute("VACUUM")
    conn.close()


def main(argv: list[str]) -> int:
    out = Path(argv[0]) if argv else OUT
    out.mkdir(parents=True, exist_ok=True)
    for revision in REVISIONS:
        path = out / f"schema-{revision}.db"
        make(path, revision)
        print(f"{path.relative_to(ROOT) if path.is_relative_to(ROOT) else path}: "
              f"{path.stat().st_size // 1024} KB")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
