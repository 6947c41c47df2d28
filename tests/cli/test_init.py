"""`bescapp init`: a database of one side, with the starter rows, from the command line."""

import hashlib

from sqlalchemy import func, select

from bescapp.cli import main
from bescapp.model.entities import Agency, ParagraphPattern, Party, Term
from bescapp.store import our_side


def digest(path):
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_init_makes_a_database_of_that_side_with_every_starter_row(fresh_db, capsys):
    db, side = fresh_db
    with db.session() as session:
        settings = our_side.read(session)
        assert settings.side == side.upper()
        assert settings.committee_name.en == (
            "21st Century Border Management Initiative Executive Steering Committee")
        assert settings.committee_name.es == (
            "Comité Ejecutivo Bilateral para la Administración de la Frontera en el Siglo XXI")
        assert settings.committee_acronym.en == "ESC"
        assert settings.committee_acronym.es == "CEB"
        names = {p.code: p.name for p in session.scalars(select(Party))}
        assert names["US"].es == "Estados Unidos de América"
        assert names["MX"].en == "United Mexican States"
        acronyms = set(session.scalars(select(Agency.acronym)))
        assert {"DOS", "DHS", "CBP", "SRE", "SAT", "ANAM", "INM"} <= acronyms
        assert session.scalar(select(func.count()).select_from(Term)) >= 10
        assert {"opening", "closing"} <= set(session.scalars(select(ParagraphPattern.key)))
        marking = settings.marking
    expected = {"us": "SENSITIVE BUT UNCLASSIFIED", "mx": "DOCUMENTO DE USO INTERNO"}[side]
    assert expected in (marking.en, marking.es)
    assert main(["check", "--database", str(db.path)]) == 0
    assert ": ok" in capsys.readouterr().out


def test_init_refuses_a_file_that_holds_a_database_and_leaves_it_untouched(fresh_path, capsys):
    path, _side = fresh_path
    before = digest(path)
    capsys.readouterr()
    assert main(["init", "--database", str(path), "--side", "mx"]) == 1
    assert "already holds a database" in capsys.readouterr().err
    assert digest(path) == before


def test_init_refuses_a_file_of_another_kind_untouched(tmp_path, capsys):
    path = tmp_path / "notes.db"
    path.write_text("my notes, not a database\n")
    before = digest(path)
    assert main(["init", "--database", str(path), "--side", "us"]) == 1
    assert "not a bescapp database" in capsys.readouterr().err
    assert digest(path) == before


def test_a_zero_byte_file_counts_as_new(tmp_path):
    path = tmp_path / "touched.db"
    path.touch()
    assert main(["init", "--database", str(path), "--side", "mx"]) == 0
    assert main(["check", "--database", str(path)]) == 0


def test_check_reports_a_database_without_our_side(tmp_path, capsys):
    from bescapp.store.database import open_database

    path = tmp_path / "sideless.db"
    open_database(path).close()
    capsys.readouterr()
    assert main(["check", "--database", str(path)]) == 1
    assert "our side is not set" in capsys.readouterr().out


def test_check_reports_a_missing_party_and_committee_name(fresh_path, capsys):
    import sqlite3

    path, _side = fresh_path
    with sqlite3.connect(path) as conn:
        conn.execute("UPDATE database_settings SET committee_name_es = ''")
        conn.execute("DELETE FROM agency WHERE party_id = (SELECT id FROM party WHERE code='MX')")
        conn.execute("UPDATE database_settings SET our_party_id = "
                     "(SELECT id FROM party WHERE code='US')")
        conn.execute("DELETE FROM party WHERE code = 'MX'")
    capsys.readouterr()
    assert main(["check", "--database", str(path)]) == 1
    out = capsys.readouterr().out
    assert "no party MX" in out
    assert "the committee's name is missing in Spanish" in out


def test_demo_side_mx(tmp_path):
    path = tmp_path / "demo-mx.db"
    assert main(["demo", "--database", str(path), "--side", "mx"]) == 0
    from bescapp.store.database import open_database

    db = open_database(path)
    with db.session() as session:
        assert our_side.our_side(session) == "MX"
    db.close()


def test_exports_default_to_our_sides_language_and_copy(fresh_path, tmp_path):
    """An `init` database of Mexico's side writes Spanish and Mexico's copy unless told."""
    from docx import Document

    path, side = fresh_path
    args = ["--database", str(path)]
    assert main(["meetings", "new", "--number", "7", "--date", "2014-12-04", "--city",
                 "Mexico City", "--city-es", "Ciudad de México", "--host", "mx", *args]) == 0
    agenda = tmp_path / "agenda.docx"
    assert main(["export", "agenda", "--meeting", "1", "-o", str(agenda), *args]) == 0
    text = "\n".join(p.text for p in Document(str(agenda)).paragraphs)
    expected = {"us": "7th Plenary Meeting", "mx": "VII Reunión Plenaria"}[side]
    assert expected in text


def test_the_export_workspace_offers_our_sides_copy(fresh_path, qtbot):
    from bescapp.store.database import open_database
    from bescapp.ui.context import AppContext
    from bescapp.ui.export.view import ExportWorkspace

    path, side = fresh_path
    context = AppContext()
    context.set_database(open_database(path))
    workspace = ExportWorkspace(context, "en")
    qtbot.addWidget(workspace)
    assert workspace.copy.currentIndex() == {"us": 0, "mx": 1}[side]
    context.set_database(None)
