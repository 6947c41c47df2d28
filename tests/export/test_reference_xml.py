"""Every document's XML, part by part, against the reference in tests/_reference/.

Each document is exported from the demo (the 12th plenary; nothing in it depends on the
day the test runs), unzipped, and each XML part pretty-printed and compared with
``tests/_reference/<document>/<variant>/<part>`` (a part the same in every variant of the
document is kept once, in ``<document>/common/``); a layout change fails with a unified
diff of the parts it touched. When a change is meant, regenerate the references and review
their diff in the commit:

    python -m pytest tests/export/test_reference_xml.py --update-reference
    (or BESCAPP_UPDATE_REFERENCE=1 python -m pytest tests/export/test_reference_xml.py)

What is compared (``parts.txt`` lists every part of the package and how):
- every XML part, pretty-printed, with what changes from one save to the next normalised:
  the core properties' dates, revision ids (rsid) and Word's random paragraph ids;
- ``word/styles.xml``: its defaults and the styles the document uses (and those they are
  based on or linked to); the template's other styles and Word's latent-style list never
  reach the page, and would make each reference ten times its size;
- ``word/numbering.xml``: the numbering definitions the document uses;
- a part taken unchanged from python-docx's template (theme, font table, web settings,
  stylesWithEffects, the thumbnail...) is not stored: ``parts.txt`` says ``template``
  and the test checks it still is;
- another binary part by its SHA-256.

Variants: each document in English, Spanish and bilingual; the status report's internal
copy in English; the Mexican copy of the communiqué bilingual (where the order of the two
languages shows); the briefing book in English only: it is the agenda, the lists, the
contact sheet and the status report bound together, whose builders are compared in every
language above, and one book is the size of all the rest.
"""

import datetime as dt
import difflib
import hashlib
import os
import zipfile
from pathlib import Path

import docx
import pytest
from lxml import etree

from bescapp.export.actions import write_status_report
from bescapp.export.agenda import write_agenda
from bescapp.export.briefing_book import write_briefing_book
from bescapp.export.communique import write_communique
from bescapp.export.delegations import write_delegations

REFERENCE = Path(__file__).parents[1] / "_reference"
TEMPLATE = Path(docx.__file__).parent / "templates" / "default.docx"
LANGUAGES = ("en", "es", "bilingual")

W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
W14 = "http://schemas.microsoft.com/office/word/2010/wordml"
DCTERMS = "http://purl.org/dc/terms/"


# The day a draft says it was exported ("As of ..."), so that no reference depends on the
# day the test runs.
DAY = dt.date(2020, 2, 28)


def _writers():
    """(document, variant) -> write(session, meeting_id, path)."""
    writers = {}
    for lang in LANGUAGES:
        writers["agenda", lang] = lambda s, m, p, lang=lang: write_agenda(s, m, lang, p, today=DAY)
        writers["delegation-lists", lang] = (
            lambda s, m, p, lang=lang: write_delegations(s, m, lang, p, today=DAY))
        writers["contact-sheet", lang] = (
            lambda s, m, p, lang=lang: write_delegations(s, m, lang, p, contact_sheet=True,
                                                         today=DAY))
        writers["status-report", lang] = (
            lambda s, m, p, lang=lang: write_status_report(s, m, lang, p, today=DAY))
        writers["communique", f"us-{lang}"] = (
            lambda s, m, p, lang=lang: write_communique(s, m, lang, p, copy="us", today=DAY))
    writers["status-report", "internal-en"] = (
        lambda s, m, p: write_status_report(s, m, "en", p, internal=True, today=DAY))
    writers["communique", "mx-bilingual"] = (
        lambda s, m, p: write_communique(s, m, "bilingual", p, copy="mx", today=DAY))
    writers["briefing-book", "en"] = lambda s, m, p: write_briefing_book(
        s, m, "en", p, as_of=dt.date(2020, 3, 2))  # the cover's version date, fixed
    return writers


WRITERS = _writers()


def updating(config) -> bool:
    return bool(config.getoption("--update-reference")) or \
        os.environ.get("BESCAPP_UPDATE_REFERENCE") == "1"


@pytest.fixture(scope="module")
def exported(tmp_path_factory):
    """Every document of WRITERS, exported once from one demo database."""
    from bescapp.store.database import open_in_memory
    from bescapp.store.demo import load_demo

    folder = tmp_path_factory.mktemp("reference-xml")
    db = open_in_memory()
    try:
        with db.transaction() as session:
            meeting_id = load_demo(session)
        with db.session() as session:
            return {key: write(session, meeting_id, folder / f"{key[0]}-{key[1]}.docx")
                    for key, write in WRITERS.items()}
    finally:
        db.close()


# --------------------------------------------------------------------------- normalising

def _drop_changing_values(root) -> None:
    for element in root.iter():
        for name in list(element.attrib):
            if name.startswith(f"{{{W}}}rsid") or name in (f"{{{W14}}}paraId", f"{{{W14}}}textId"):
                del element.attrib[name]
    for rsids in root.iter(f"{{{W}}}rsids"):
        rsids.getparent().remove(rsids)
    for tag in ("created", "modified"):
        for element in root.iter(f"{{{DCTERMS}}}{tag}"):
            element.text = "(normalised)"


def _values(roots, tag):
    return {e.get(f"{{{W}}}val") for root in roots for e in root.iter(f"{{{W}}}{tag}")}


def _prune_styles(styles, used_by) -> None:
    """Keep the defaults and the styles ``used_by`` (parts) name, with their bases and links."""
    by_id = {s.get(f"{{{W}}}styleId"): s for s in styles.iter(f"{{{W}}}style")}
    wanted = {i for i, s in by_id.items() if s.get(f"{{{W}}}default") == "1"}
    wanted |= _values(used_by, "pStyle") | _values(used_by, "rStyle") | _values(used_by, "tblStyle")
    todo = list(wanted)
    while todo:
        style = by_id.get(todo.pop())
        if style is None:
            continue
        for tag in ("basedOn", "link"):
            for ref in style.iter(f"{{{W}}}{tag}"):
                if (value := ref.get(f"{{{W}}}val")) not in wanted:
                    wanted.add(value)
                    todo.append(value)
    for style_id, style in by_id.items():
        if style_id not in wanted:
            styles.remove(style)
    for latent in styles.findall(f"{{{W}}}latentStyles"):
        styles.remove(latent)


def _prune_numbering(numbering, used_by) -> None:
    used = _values(used_by, "numId")
    abstract = set()
    for num in numbering.findall(f"{{{W}}}num"):
        if num.get(f"{{{W}}}numId") in used:
            abstract |= _values([num], "abstractNumId")
        else:
            numbering.remove(num)
    for definition in numbering.findall(f"{{{W}}}abstractNum"):
        if definition.get(f"{{{W}}}abstractNumId") not in abstract:
            numbering.remove(definition)


def pretty(data: bytes) -> str:
    root = etree.fromstring(data)
    _drop_changing_values(root)
    return _pretty(root)


WIDTH = 110  # an element this short stays on one line: a run, a cell's properties


def _pretty(root) -> str:
    """Indented XML, one element a line, except that an element whose whole text fits in
    WIDTH stays on one line (a run with its properties and text reads as one line of diff)."""
    declared = [f' xmlns:{prefix}="{uri}"' if prefix else f' xmlns="{uri}"'
                for prefix, uri in root.nsmap.items()]

    def flat(element) -> str:
        # The namespace declarations (thirty on the root of most parts, from the template)
        # are left out: lxml would repeat them on every subtree, and they never reach the page.
        text = etree.tostring(element, encoding="unicode", with_tail=False)
        for declaration in declared:
            text = text.replace(declaration, "")
        return text

    lines = []

    def walk(element, depth: int) -> None:
        text = flat(element)
        if len(element) == 0 or len(text) + 2 * depth <= WIDTH:
            lines.append("  " * depth + text)
            return
        start = text[:text.index(">") + 1]
        lines.append("  " * depth + start)
        if element.text and element.text.strip():
            lines.append("  " * (depth + 1) + element.text.strip())
        for child in element:
            walk(child, depth + 1)
        lines.append("  " * depth + text[text.rindex("</"):])

    walk(root, 0)
    return "\n".join(lines) + "\n"


def package_parts(path: Path) -> dict[str, str]:
    """The parts to compare: ``parts.txt`` (the package's list) and each stored XML part."""
    with zipfile.ZipFile(TEMPLATE) as z:
        template = {name: z.read(name) for name in z.namelist()}
    with zipfile.ZipFile(path) as z:
        raw = {name: z.read(name) for name in sorted(z.namelist())}
    listing, parts = [], {}
    roots = {name: etree.fromstring(data) for name, data in raw.items()
             if name.endswith((".xml", ".rels")) and template.get(name) != data}
    for root in roots.values():
        _drop_changing_values(root)
    content = [r for n, r in roots.items() if n.startswith("word/") and n.endswith(".xml")
               and n not in ("word/styles.xml", "word/numbering.xml")]
    if "word/styles.xml" in roots:
        _prune_styles(roots["word/styles.xml"], content)
    if "word/numbering.xml" in roots:
        _prune_numbering(roots["word/numbering.xml"], [*content, roots.get("word/styles.xml")])
    for name, data in raw.items():
        if template.get(name) == data:
            listing.append(f"{name}  template")
        elif name in roots:
            listing.append(f"{name}  xml")
            parts[name] = _pretty(roots[name])
        else:
            listing.append(f"{name}  sha256 {hashlib.sha256(data).hexdigest()}")
    return {"parts.txt": "\n".join(listing) + "\n", **parts}


COMMON = "common"  # the parts that are the same in every variant of a document, stored once


def stored(folder: Path) -> dict[str, str]:
    return {p.relative_to(folder).as_posix(): p.read_text(encoding="utf-8")
            for p in sorted(folder.rglob("*")) if p.is_file()} if folder.is_dir() else {}


def reference(document: str, variant: str) -> dict[str, str]:
    """The stored parts of one variant: those common to the document's variants, its own."""
    return {**stored(REFERENCE / document / COMMON), **stored(REFERENCE / document / variant)}


def update_document(exported, document: str) -> None:
    """Rewrite the references of every variant of ``document``; a part the same in all of
    them goes to ``common/``, the others to the variant's folder."""
    actual = {variant: package_parts(path) for (doc, variant), path in exported.items()
              if doc == document}
    first = next(iter(actual.values()))
    common = {name: text for name, text in first.items()
              if len(actual) > 1 and all(parts.get(name) == text for parts in actual.values())}
    write_reference(REFERENCE / document / COMMON, common)
    for variant, parts in actual.items():
        write_reference(REFERENCE / document / variant,
                        {name: text for name, text in parts.items() if name not in common})


def write_reference(folder: Path, parts: dict[str, str]) -> None:
    for old in sorted(folder.rglob("*"), reverse=True):  # files before their folders
        if old.is_file() and old.relative_to(folder).as_posix() not in parts:
            old.unlink()
        elif old.is_dir() and not any(old.iterdir()):
            old.rmdir()
    if not parts:
        if folder.is_dir():
            folder.rmdir()
        return
    for name, text in parts.items():
        target = folder / name
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_text(text, encoding="utf-8", newline="\n")


def differences(expected: dict[str, str], actual: dict[str, str], where: str) -> str:
    out = []
    for name in sorted(set(expected) | set(actual)):
        if expected.get(name) != actual.get(name):
            out.extend(difflib.unified_diff(
                expected.get(name, "").splitlines(keepends=True),
                actual.get(name, "").splitlines(keepends=True),
                f"{where}/{name} (reference)", f"{where}/{name} (exported)", n=2))
    return "".join(out)


# --------------------------------------------------------------------------- the tests

UPDATED: set[str] = set()


@pytest.mark.parametrize(("document", "variant"), list(WRITERS), ids=[f"{d}/{v}" for d, v in WRITERS])
def test_document_matches_its_reference_xml(exported, request, document, variant):
    if updating(request.config):
        if document not in UPDATED:
            update_document(exported, document)
            UPDATED.add(document)
        return
    actual = package_parts(exported[document, variant])
    expected = reference(document, variant)
    assert expected, f"no reference for {document}/{variant}: run with --update-reference"
    diff = differences(expected, actual, f"tests/_reference/{document}/{variant}")
    assert not diff, (
        f"{document}/{variant} differs from its reference (if the change is meant: "
        f"python -m pytest tests/export/test_reference_xml.py --update-reference)\n{diff}")


def test_every_reference_folder_belongs_to_a_document():
    folders = {(d.name, v.name) for d in REFERENCE.iterdir() for v in d.iterdir()}
    assert folders - {(document, COMMON) for document, _ in WRITERS} == set(WRITERS)


def test_a_changed_paragraph_shows_as_a_diff_of_that_paragraph(exported, tmp_path):
    """The failure message is a readable diff: one changed word, a few lines."""
    source = exported["agenda", "en"]
    changed = tmp_path / "changed.docx"
    with zipfile.ZipFile(source) as z, zipfile.ZipFile(changed, "w") as out:
        for item in z.infolist():
            data = z.read(item)
            if item.filename == "word/document.xml":
                data = data.replace(b"Opening Session", b"Opening Plenary", 1)
            out.writestr(item, data)
    diff = differences(package_parts(source), package_parts(changed), "agenda/en")
    removed = [line for line in diff.splitlines() if line.startswith("-") and "Opening" in line]
    added = [line for line in diff.splitlines() if line.startswith("+") and "Opening" in line]
    assert len(removed) == len(added) == 1
    assert "Opening Plenary" in added[0]
    assert len(diff.splitlines()) < 15


def test_normalising_ignores_save_dates_and_revision_ids():
    core = (b'<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/'
            b'metadata/core-properties" xmlns:dcterms="http://purl.org/dc/terms/">'
            b'<dcterms:created>2026-12-02T01:00:00Z</dcterms:created>'
            b'<dcterms:modified>2026-12-02T01:00:00Z</dcterms:modified></cp:coreProperties>')
    later = core.replace(b"01:00:00", b"02:30:00")
    assert pretty(core) == pretty(later)
    body = f'<w:p xmlns:w="{W}" w:rsidR="00A1B2C3"><w:r><w:t>Hi</w:t></w:r></w:p>'.encode()
    assert pretty(body) == pretty(body.replace(b"00A1B2C3", b"00FFEEDD"))
    assert pretty(body) != pretty(body.replace(b"Hi", b"Hello"))
