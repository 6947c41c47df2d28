"""The command line speaks the user's language: --language before the command, else
BESCAPP_LANGUAGE, else the locale; ``export … --language`` is the document's."""

import subprocess
import sys
from pathlib import Path

import pytest
from docx import Document

from bescapp.cli import main

ROOT = Path(__file__).parents[2]


def test_a_refusal_in_spanish_with_language_before_the_command(tmp_path, capsys):
    missing = tmp_path / "nada.db"
    assert main(["--language", "es", "check", "--database", str(missing)]) == 1
    assert capsys.readouterr().err == f"bescapp: {missing} no existe\n"
    assert main(["check", "--database", str(missing)]) == 1
    assert capsys.readouterr().err == f"bescapp: {missing} does not exist\n"


def test_bescapp_language_and_the_locale_choose_when_no_option_does(tmp_path, capsys, monkeypatch):
    missing = tmp_path / "nada.db"
    monkeypatch.setenv("BESCAPP_LANGUAGE", "es")
    assert main(["check", "--database", str(missing)]) == 1
    assert "no existe" in capsys.readouterr().err
    assert main(["--language", "en", "check", "--database", str(missing)]) == 1
    assert "does not exist" in capsys.readouterr().err
    monkeypatch.delenv("BESCAPP_LANGUAGE")
    monkeypatch.delenv("LC_ALL", raising=False)
    monkeypatch.delenv("LC_MESSAGES", raising=False)
    monkeypatch.setenv("LANG", "es_MX.UTF-8")
    assert main(["check", "--database", str(missing)]) == 1
    assert "no existe" in capsys.readouterr().err


def test_spanish_messages_and_an_english_document_are_two_options(fresh_path, tmp_path, capsys):
    path, _side = fresh_path
    assert main(["meetings", "new", "--database", str(path), "--number", "13", "--date",
                 "2027-03-01", "--city", "Washington", "--host", "us"]) == 0
    meeting = capsys.readouterr().out.splitlines()[-1].split()[-1]
    out = tmp_path / "agenda.docx"
    assert main(["--language", "es", "export", "agenda", "--database", str(path),
                 "--meeting", meeting, "--language", "en", "-o", str(out)]) == 0
    assert capsys.readouterr().out == f"se escribió {out}\n"
    assert "Agenda" in [p.text for p in Document(str(out)).paragraphs]  # the document's language
    assert main(["--language", "es", "export", "agenda", "--database", str(path),
                 "--meeting", "999", "-o", str(out)]) == 1
    assert capsys.readouterr().err == ("bescapp: no hay ninguna reunión con el id 999 "
                                       "(vea `bescapp meetings`)\n")


@pytest.mark.parametrize(("argv", "spanish"), [
    (["meetings", "new", "--city", "Ottawa"],
     "una reunión en blanco requiere --number, --date, --host (o parta de una anterior con "
     "--from ID)"),
    (["meetings", "new", "--city", "Ottawa", "--number", "1", "--date", "1 de marzo",
      "--host", "us"], "--date '1 de marzo' no es una fecha; escriba AAAA-MM-DD"),
    (["meetings", "new", "--from", "999", "--city", "Ottawa"],
     "no hay ninguna reunión con el id 999 (vea `bescapp meetings`)"),
    (["meetings", "new", "--city", "Ottawa", "--number", "0", "--date", "2027-03-01",
      "--host", "us"], "El número de la reunión debe ser 1 o mayor."),
    (["demo", "--scale", "-1"], "--scale debe ser 0 o más"),
])
def test_the_command_lines_refusals_in_spanish(fresh_path, capsys, argv, spanish):
    path, _side = fresh_path
    assert main(["--language", "es", *argv, "--database", str(path)]) == 1
    assert capsys.readouterr().err == f"bescapp: {spanish}\n"


def test_a_bad_file_is_refused_in_spanish(tmp_path, capsys):
    bad = tmp_path / "notas.db"
    bad.write_text("esto no es una base de datos\n")
    assert main(["--language", "es", "check", "--database", str(bad)]) == 1
    assert capsys.readouterr().err == (f"bescapp: {bad} no es una base de datos de bescapp "
                                       "(no es un archivo SQLite)\n")


def test_an_import_reports_in_spanish(fresh_path, tmp_path, capsys):
    path, _side = fresh_path
    assert main(["meetings", "new", "--database", str(path), "--number", "13", "--date",
                 "2027-03-01", "--city", "Washington", "--host", "us"]) == 0
    meeting = capsys.readouterr().out.splitlines()[-1].split()[-1]
    sheet = tmp_path / "lista.csv"
    sheet.write_text("Nombre,Apellidos,Cargo\nAna,García,Directora\n", encoding="utf-8")
    assert main(["--language", "es", "import", "delegates", str(sheet), "--database", str(path),
                 "--meeting", meeting, "--party", "mx", "--dry-run"]) == 0
    out = capsys.readouterr().out
    assert "Fila 2: Ana García: persona nueva" in out
    assert "Simulación: no se guardó nada." in out


def test_the_installed_command_reads_the_locale(tmp_path):
    """As a user's shell runs it: a Spanish locale and no option."""
    env = {"PATH": "/usr/bin:/bin", "LANG": "es_MX.UTF-8", "BESCAPP_HOME": str(tmp_path)}
    done = subprocess.run([sys.executable, str(ROOT / "main.py"), "check", "--database",
                           str(tmp_path / "nada.db")], env=env, capture_output=True, text=True,
                          timeout=60)
    assert done.returncode == 1
    assert done.stderr.strip() == f"bescapp: {tmp_path / 'nada.db'} no existe"


def test_a_template_that_is_not_a_word_document_is_refused_in_spanish(demo_db, tmp_path):
    from bescapp.export.briefing_book import write_briefing_book
    from bescapp.export.kit import ExportRefused
    from bescapp.i18n import catalogue

    db, meeting_id = demo_db
    template = tmp_path / "membrete.docx"
    template.write_bytes(b"not a zip")
    catalogue.use("es")
    with db.session() as session, pytest.raises(ExportRefused) as refused:
        write_briefing_book(session, meeting_id, "en", tmp_path / "b.docx", template=template)
    assert str(refused.value) == "membrete.docx no es un documento de Word (.docx)."
    template.unlink()
    with db.session() as session, pytest.raises(ExportRefused) as refused:
        write_briefing_book(session, meeting_id, "en", tmp_path / "b.docx", template=template)
    assert str(refused.value) == "La plantilla membrete.docx no existe."
