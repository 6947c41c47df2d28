"""The page images of every document for the user guide: docs/images/<document>-<lang>.png.

    python tools/document_images.py [--out docs/images] [--dpi 70]

Exports each document of the demo plenary in English and in Spanish, lets LibreOffice
write its PDF (``bescapp.export.pdf``: the table of contents updated, as a reader sees
it), and keeps one page of each as a PNG (poppler's ``pdftoppm``): the page that shows
what the document is (the title block, or for the book the first page after the cover).
Run it again after a change to a document so the pictures stay true.
"""

from __future__ import annotations

import argparse
import contextlib
import io
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from bescapp.cli import main as bescapp  # noqa: E402
from bescapp.export import pdf  # noqa: E402

# document → (command line words, {image name: the page worth showing})
DOCUMENTS = {
    "agenda": (["agenda"], {"agenda": 1}),
    "delegations": (["delegations"], {"delegations": 1}),
    "contact-sheet": (["delegations", "--contact-sheet"], {"contact-sheet": 1}),
    "status-report": (["actions"], {"status-report": 1}),
    "communique": (["communique"], {"communique": 1}),
    "briefing-book": (["briefing-book"], {"briefing-book": 1, "briefing-book-contents": 2}),
}


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--out", type=Path, default=ROOT / "docs" / "images")
    parser.add_argument("--dpi", type=int, default=70)
    args = parser.parse_args()
    if shutil.which("pdftoppm") is None:
        sys.exit("pdftoppm is missing (poppler-utils)")
    office = pdf.find_office()
    if office is None:
        sys.exit("LibreOffice is missing")
    args.out.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as work:
        folder = Path(work)
        database = folder / "demo.db"
        if bescapp(["demo", "--database", str(database)]) != 0:
            sys.exit("the demo did not load")
        for name, (words, pages) in DOCUMENTS.items():
            for lang in ("en", "es"):
                docx = folder / f"{name}-{lang}.docx"
                with contextlib.redirect_stdout(io.StringIO()):  # its pre-flight notes
                    code = bescapp(["export", *words[:1], "--database", str(database),
                                    "--meeting", "12", "--language", lang, "-o", str(docx),
                                    *words[1:]])
                if code != 0:
                    sys.exit(f"{name} ({lang}) did not export")
                made = pdf.write_pdf(docx, office)
                for image, page in pages.items():
                    stem = folder / f"{image}-{lang}"
                    subprocess.run(["pdftoppm", "-png", "-r", str(args.dpi), "-f", str(page),
                                    "-l", str(page), "-singlefile", str(made), str(stem)],
                                   check=True)
                    target = args.out / f"{image}-{lang}.png"
                    shutil.copyfile(stem.with_suffix(".png"), target)
                    print(target.relative_to(ROOT) if target.is_relative_to(ROOT) else target)


if __name__ == "__main__":
    main()
