"""The PyInstaller bundle (packaging/bescapp.spec) opens the window, loads the demo and
writes a briefing book, from a folder outside the checkout.

Building takes a minute or two, so the bundle is kept between runs in
``$BESCAPP_BUNDLE_CACHE`` (default: build/bundle-cache in the checkout) and rebuilt only
when something it is built from changed: the spec, main.py, bescapp/, resources/,
translations/ or the installed packages' versions (a fingerprint of them all).
"""

from __future__ import annotations

import hashlib
import importlib.metadata
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from docx import Document

ROOT = Path(__file__).resolve().parents[1]
SPEC = ROOT / "packaging" / "bescapp.spec"
EXE = "bescapp.exe" if os.name == "nt" else "bescapp"

# Building takes minutes on a busy machine: past the suite's 120 s per test.
pytestmark = pytest.mark.timeout(900)

pytest.importorskip("PyInstaller", reason="PyInstaller is not installed: pip install -e '.[test]' "
                    "brings it; without it the bundle cannot be built")


def fingerprint() -> str:
    digest = hashlib.sha256()
    sources = [SPEC, ROOT / "main.py", ROOT / "pyproject.toml"]
    for folder in ("bescapp", "resources", "translations", "docs/guide"):
        sources += sorted(p for p in (ROOT / folder).rglob("*")
                          if p.is_file() and "__pycache__" not in p.parts)
    for path in sources:
        digest.update(str(path.relative_to(ROOT)).encode())
        digest.update(path.read_bytes())
    versions = sorted(f"{d.metadata['Name']}=={d.version}" for d in importlib.metadata.distributions())
    digest.update("\n".join(versions).encode())
    digest.update(sys.version.encode())
    return digest.hexdigest()


@pytest.fixture(scope="module")
def bundle() -> Path:
    """dist/bescapp/ of a build of the spec, from the cache when nothing changed."""
    cache = Path(os.environ.get("BESCAPP_BUNDLE_CACHE", ROOT / "build" / "bundle-cache"))
    stamp, folder = cache / "fingerprint", cache / "dist" / "bescapp"
    wanted = fingerprint()
    if not (stamp.exists() and stamp.read_text() == wanted and (folder / EXE).exists()):
        shutil.rmtree(cache, ignore_errors=True)
        cache.mkdir(parents=True)
        done = subprocess.run(
            [sys.executable, "-m", "PyInstaller", "--noconfirm", "--log-level", "WARN",
             "--distpath", str(cache / "dist"), "--workpath", str(cache / "work"), str(SPEC)],
            capture_output=True, text=True, timeout=900)
        assert done.returncode == 0, done.stderr[-4000:]
        shutil.rmtree(cache / "work", ignore_errors=True)
        stamp.write_text(wanted)
    return folder


@pytest.fixture
def run(bundle, tmp_path):
    """Runs the bundled program from a folder outside the checkout, with no Python path."""
    env = {k: v for k, v in os.environ.items()
           if k not in ("PYTHONPATH", "PYTHONHOME", "BESCAPP_DATABASE")}
    env.update(QT_QPA_PLATFORM="offscreen", BESCAPP_HOME=str(tmp_path / "home"))

    def run(*args: str) -> subprocess.CompletedProcess:
        done = subprocess.run([str(bundle / EXE), *args], cwd=tmp_path, env=env,
                              capture_output=True, text=True, timeout=120)
        assert done.returncode == 0, (args, done.stdout, done.stderr)
        return done

    return run


def test_the_bundle_is_one_folder_with_the_program_and_its_data(bundle):
    assert (bundle / EXE).is_file()
    data = next(bundle.rglob("bescapp/resources/template.docx")).parent.parent
    assert (data / "translations" / "bescapp_es.qm").is_file()
    assert (data / "guide" / "es" / "index.md").is_file()
    assert sorted(p.name for p in (data / "store" / "migrations" / "versions").glob("0*.py"))
    names = {p.name for p in bundle.rglob("*")}
    # Only the Qt modules bescapp uses.
    assert not {n for n in names if "QtWebEngine" in n or "QtQml" in n or "QtQuick" in n}


def test_the_bundle_opens_the_window_loads_the_demo_and_writes_a_briefing_book(run, tmp_path):
    database = str(tmp_path / "demo.db")
    loaded = run("demo", "--database", database)
    meeting = loaded.stdout.strip().rsplit("meeting ", 1)[1].rstrip(")")
    run("--database", database, "--exit-when-ready")
    run("--database", database, "--language", "es", "--exit-when-loaded")
    book = tmp_path / "book.docx"
    run("export", "briefing-book", "--database", database, "--meeting", meeting,
        "-o", str(book))
    text = "\n".join(p.text for p in Document(str(book)).paragraphs)
    assert "12th Plenary Meeting" in text
    spanish = tmp_path / "libro.docx"
    run("export", "briefing-book", "--database", database, "--meeting", meeting,
        "--language", "es", "-o", str(spanish))
    assert "XII Reunión Plenaria" in "\n".join(p.text for p in Document(str(spanish)).paragraphs)
