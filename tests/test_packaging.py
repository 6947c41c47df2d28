"""The wheel carries everything bescapp reads at run time, and runs outside the checkout.

The wheel is built as a release would build it (``python -m build``), installed into
a new virtual environment in a temporary folder (it sees this interpreter's packages,
so PySide6 and the rest are not downloaded again, but not the checkout), and the
installed ``bescapp`` loads the demo, writes every document and opens the window in
Spanish with the Spanish catalogue loaded from the installed package.
"""

from __future__ import annotations

import os
import subprocess
import sys
import tomllib
import zipfile
from pathlib import Path

import pytest
from docx import Document
from setuptools import find_namespace_packages

ROOT = Path(__file__).resolve().parents[1]
# Building the wheel and making a virtual environment take a while on a busy machine.
pytestmark = pytest.mark.timeout(600)

# What bescapp opens at run time, from the checkout's folders (the gettext catalogues
# that are coming count as soon as they are there).
RUN_TIME_FILES = ("resources/*.docx", "resources/*.svg", "resources/icons/*.png",
                  "resources/*.desktop", "translations/*.qm", "translations/*/LC_MESSAGES/*.mo",
                  "docs/guide/*/*.md", "docs/guide/*/images/*.png")
INSTALLED_AS = {"docs/guide/": "guide/"}  # checkout folders installed under another name


def run_time_files() -> list[str]:
    """Those files' paths inside the installed package (bescapp/resources/…)."""
    found = sorted({str(p.relative_to(ROOT)) for pattern in RUN_TIME_FILES
                    for p in ROOT.glob(pattern)})
    for folder, package in INSTALLED_AS.items():
        found = [package + name.removeprefix(folder) if name.startswith(folder) else name
                 for name in found]
    return [f"bescapp/{name}" for name in found]


def test_every_package_of_the_source_tree_is_listed_for_the_wheel():
    """pyproject.toml lists the packages (two live outside bescapp/): a new sub-package
    left off the list would be missing from every installed copy."""
    config = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["tool"]["setuptools"]
    in_tree = set(find_namespace_packages(where=str(ROOT), include=["bescapp", "bescapp.*"]))
    in_tree = {name for name in in_tree if "__pycache__" not in name}
    assert set(config["packages"]) == in_tree | {"bescapp.resources", "bescapp.translations",
                                                 "bescapp.guide"}
    assert config["package-dir"] == {"bescapp.resources": "resources",
                                     "bescapp.translations": "translations",
                                     "bescapp.guide": "docs/guide"}


@pytest.fixture(scope="module")
def wheel(tmp_path_factory) -> Path:
    out = tmp_path_factory.mktemp("dist")
    subprocess.run([sys.executable, "-m", "build", "--wheel", "--outdir", str(out), str(ROOT)],
                   check=True, capture_output=True, cwd=out)
    (built,) = out.glob("bescapp-*.whl")
    return built


def test_the_wheel_holds_the_template_catalogues_icons_and_migrations(wheel):
    names = set(zipfile.ZipFile(wheel).namelist())
    expected = run_time_files()
    assert "bescapp/resources/template.docx" in expected
    assert "bescapp/translations/bescapp_es.qm" in expected
    assert "bescapp/guide/es/index.md" in expected
    assert set(expected) <= names, sorted(set(expected) - names)
    migrations = {p.relative_to(ROOT).as_posix()
                  for p in (ROOT / "bescapp/store/migrations").rglob("*.py")}
    assert migrations
    assert migrations <= names
    assert "bescapp/store/migrations/script.py.mako" in names


@pytest.fixture(scope="module")
def installed(wheel, tmp_path_factory):
    """A virtual environment outside the checkout with the wheel installed; its ``run``
    calls a program of the environment from a folder far from the checkout."""
    place = tmp_path_factory.mktemp("venv")
    venv = place / "env"
    subprocess.run([sys.executable, "-m", "venv", "--system-site-packages", str(venv)],
                   check=True, capture_output=True)
    bin_dir = venv / ("Scripts" if os.name == "nt" else "bin")
    subprocess.run([str(bin_dir / "python"), "-m", "pip", "install", "-q", "--no-deps",
                    "--ignore-installed", "--no-index", str(wheel)],
                   check=True, capture_output=True)
    work = place / "work"
    work.mkdir()
    env = {k: v for k, v in os.environ.items() if k not in ("PYTHONPATH", "BESCAPP_DATABASE")}
    env.update(QT_QPA_PLATFORM="offscreen", BESCAPP_HOME=str(place / "home"),
               PYTHONDONTWRITEBYTECODE="1")

    def run(program: str, *args: str) -> subprocess.CompletedProcess:
        done = subprocess.run([str(bin_dir / program), *args], cwd=work, env=env,
                              capture_output=True, text=True, timeout=120)
        assert done.returncode == 0, (program, args, done.stdout, done.stderr)
        return done

    return run, work, venv


def test_installed_bescapp_is_the_wheel_not_the_checkout(installed):
    run, _work, venv = installed
    where = run("python", "-c", "import bescapp, bescapp.package_files as f; "
                "print(bescapp.__file__); print(f.template()); print(f.translations())")
    module, template, translations = where.stdout.split("\n")[:3]
    for path in (module, template, translations):
        assert Path(path).resolve().is_relative_to(venv.resolve()), path
        assert not Path(path).resolve().is_relative_to(ROOT)
    assert Path(template).is_file()


def test_installed_bescapp_loads_the_demo_and_writes_every_document(installed):
    run, work, _venv = installed
    database = str(work / "demo.db")
    loaded = run("bescapp", "demo", "--database", database)
    meeting = loaded.stdout.strip().rsplit("meeting ", 1)[1].rstrip(")")
    documents = {"agenda": [], "delegations": ["--contact-sheet"], "actions": ["--internal"],
                 "briefing-book": [], "communique": []}
    for document, extra in documents.items():
        out = work / f"{document}.docx"
        run("bescapp", "export", document, "--database", database, "--meeting", meeting,
            "-o", str(out), *extra)
        text = "\n".join(p.text for p in Document(str(out)).paragraphs)
        assert text.strip(), document
    book = Document(str(work / "briefing-book.docx"))
    # The template's styles came along: the book's headings use its Heading styles.
    assert any(p.style.name.startswith("Heading") for p in book.paragraphs)
    assert "Plenary" in "\n".join(p.text for p in book.paragraphs)


def test_installed_window_opens_in_spanish_with_the_catalogue_loaded(installed):
    run, work, _venv = installed
    database = str(work / "window.db")
    run("bescapp", "init", "--database", database, "--side", "mx")
    run("bescapp", "--database", database, "--language", "es", "--exit-when-ready")
    # The same start, asked what it shows: the menus in Spanish, from the installed .qm.
    shown = run("python", "-c", """
from PySide6.QtWidgets import QApplication
from bescapp.app import Application
from bescapp.i18n import qt
qt_app = QApplication([])
app = Application(qt_app, "es", interactive=False)
print(app.window.file_menu.title(), app.window.help_menu.title(), qt.TRANSLATIONS_DIR, sep="|")
""")
    file_menu, help_menu, folder = shown.stdout.strip().split("|")
    assert (file_menu, help_menu) == ("&Archivo", "Ay&uda")
    assert (Path(folder) / "bescapp_es.qm").is_file()


def test_an_editable_install_reads_the_checkouts_own_folders(tmp_path):
    """``pip install -e .`` (the README's and CI's) maps bescapp.resources and
    bescapp.translations onto resources/ and translations/ in place: a catalogue
    regenerated there is the one the program loads."""
    venv = tmp_path / "env"
    subprocess.run([sys.executable, "-m", "venv", "--system-site-packages", str(venv)],
                   check=True, capture_output=True)
    python = venv / ("Scripts" if os.name == "nt" else "bin") / "python"
    subprocess.run([str(python), "-m", "pip", "install", "-q", "--no-deps", "-e", str(ROOT)],
                   check=True, capture_output=True)
    env = {k: v for k, v in os.environ.items() if k != "PYTHONPATH"}
    shown = subprocess.run(
        [str(python), "-c", "import importlib.resources as r; "
         "print(r.files('bescapp.resources') / 'template.docx'); "
         "print(r.files('bescapp.translations') / 'bescapp_es.qm')"],
        cwd=tmp_path, env=env, check=True, capture_output=True, text=True).stdout.split()
    assert [Path(p) for p in shown] == [ROOT / "resources" / "template.docx",
                                        ROOT / "translations" / "bescapp_es.qm"]
