"""What every document says about itself, in every language and copy (issue 15, "frame").

Each document is exported from the demo and from databases made by ``init`` (each side,
one meeting): English, Spanish, bilingual; the United States' and Mexico's copies of the
communiqué; shareable ones as drafts and final. Then, read from the package's XML:

- every text run names its language, and the language Word sees for it (the run's, else
  its style's, else the document's default) is the language of its text: the document's
  in a one-language document; in a bilingual one, an English run's text is English
  (it is in the English export of the same document) and a Spanish run's Spanish;
- the file's properties describe it (title, subject, author = our delegation, language,
  dates now), with nothing left of python-docx's template;
- the committee's name opens the document in each of its languages; a shareable draft
  says "DRAFT — NOT FOR DISTRIBUTION" with the export's date, and not once final; the
  communiqué prints its revision;
- the handling marking is once in each page header and footer, in the document's
  language, not in the cover's body, and the first page is a title page without a
  page number.
"""

from __future__ import annotations

import datetime as dt
import re
import zipfile
from pathlib import Path

import pytest
from lxml import etree

from bescapp.export.actions import write_status_report
from bescapp.export.agenda import write_agenda
from bescapp.export.briefing_book import write_briefing_book
from bescapp.export.communique import write_communique
from bescapp.export.delegations import write_delegations
from bescapp.model.bilingual import Bilingual as B
from bescapp.model.entities import ParagraphStatus
from bescapp.store import communique as drafts
from bescapp.store import our_side
from bescapp.store.meetings import MeetingFields, create_meeting

W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
NS = {"w": W}
TAG = {"en": "en-US", "es-MX": "es-MX", "es": "es-MX"}
TODAY = dt.date(2020, 2, 28)
LANGUAGES = ("en", "es", "bilingual")

# document -> (writer(session, meeting, language, path, final), shareable)
DOCUMENTS = {
    "agenda": (lambda s, m, lang, p, final: write_agenda(s, m, lang, p, final=final,
                                                         today=TODAY), True),
    "delegation-lists": (lambda s, m, lang, p, final: write_delegations(
        s, m, lang, p, final=final, today=TODAY), True),
    "contact-sheet": (lambda s, m, lang, p, final: write_delegations(
        s, m, lang, p, contact_sheet=True, final=final, today=TODAY), True),
    "status-report": (lambda s, m, lang, p, final: write_status_report(
        s, m, lang, p, final=final, today=TODAY), True),
    "internal-report": (lambda s, m, lang, p, final: write_status_report(
        s, m, lang, p, internal=True, today=TODAY), False),
    "communique-us": (lambda s, m, lang, p, final: write_communique(
        s, m, lang, p, copy="us", final=final, today=TODAY), True),
    "communique-mx": (lambda s, m, lang, p, final: write_communique(
        s, m, lang, p, copy="mx", final=final, today=TODAY), True),
    "briefing-book": (lambda s, m, lang, p, final: write_briefing_book(s, m, lang, p), False),
}
SOURCES = ("demo", "fresh-us", "fresh-mx")
DRAFT = {"en": "DRAFT — NOT FOR DISTRIBUTION", "es": "PROYECTO — NO DIFUNDIR"}
AS_OF = {"en": "As of February 28, 2020", "es": "Al 28 de febrero de 2020"}
LANGUAGE_NAMES = {"English": "en-US", "Español": "es-MX"}  # a bilingual table's headings


def _fresh(folder: Path, side: str):
    from bescapp.cli import main as cli_main
    from bescapp.store.database import open_database

    path = folder / f"fresh-{side}.db"
    assert cli_main(["init", "--database", str(path), "--side", side]) == 0
    db = open_database(path)
    with db.transaction() as session:
        meeting_id = create_meeting(session, MeetingFields(
            number=13, start_date=dt.date(2025, 6, 9), end_date=dt.date(2025, 6, 10),
            city=B("Tijuana", "Tijuana"), host_party="MX"))
        drafts.add_paragraph(session, meeting_id, text=B(
            "The delegations met in Tijuana.", "Las delegaciones se reunieron en Tijuana."),
            status=ParagraphStatus.AGREED)
    return db, meeting_id


def _demo():
    from bescapp.store.database import open_in_memory
    from bescapp.store.demo import load_demo

    db = open_in_memory()
    with db.transaction() as session:
        meeting_id = load_demo(session)
    return db, meeting_id


class Exported:
    """One source's documents, exported once: (document, language, final) -> path."""

    def __init__(self, db, meeting_id: int, folder: Path) -> None:
        self.db, self.meeting_id, self.folder = db, meeting_id, folder
        self.paths: dict[tuple[str, str, bool], Path] = {}
        with db.session() as session:
            self.side = our_side.our_side(session)
            self.settings = our_side.read(session)
            self.delegation = {lang: our_side.our_delegation(session, lang) for lang in ("en", "es")}

    def __call__(self, document: str, language: str, final: bool = False) -> Path:
        key = (document, language, final)
        if key not in self.paths:
            write, _shareable = DOCUMENTS[document]
            path = self.folder / f"{document}-{language}-{'final' if final else 'draft'}.docx"
            with self.db.session() as session:
                self.paths[key] = write(session, self.meeting_id, language, path, final)
        return self.paths[key]


@pytest.fixture(scope="module", params=SOURCES)
def exported(request, tmp_path_factory):
    folder = tmp_path_factory.mktemp(request.param)
    db, meeting_id = _demo() if request.param == "demo" else \
        _fresh(folder, request.param.split("-")[1])
    yield Exported(db, meeting_id, folder)
    db.close()


# --------------------------------------------------------------------------- reading

def parts(path: Path, prefix: str = "word/") -> dict[str, etree._Element]:
    with zipfile.ZipFile(path) as z:
        return {name: etree.fromstring(z.read(name)) for name in z.namelist()
                if name.startswith(prefix) and name.endswith(".xml")}


def stories(path: Path) -> dict[str, etree._Element]:
    """The body, headers and footers."""
    return {name: root for name, root in parts(path).items()
            if re.fullmatch(r"word/(document|header\d*|footer\d*)\.xml", name)}


class Styles:
    """Which language Word gives a run: its own, its character style's, its paragraph
    style's (through ``basedOn``), else the document defaults'."""

    def __init__(self, root) -> None:
        self.by_id = {s.get(f"{{{W}}}styleId"): s for s in root.iter(f"{{{W}}}style")}
        self.default = root.find("w:docDefaults/w:rPrDefault/w:rPr/w:lang", NS).get(f"{{{W}}}val")
        self.normal = next(i for i, s in self.by_id.items()
                           if s.get(f"{{{W}}}type") == "paragraph" and s.get(f"{{{W}}}default") == "1")

    def of_style(self, style_id: str | None) -> str | None:
        seen = set()
        while style_id and style_id not in seen:
            seen.add(style_id)
            style = self.by_id.get(style_id)
            if style is None:
                return None
            lang = style.find("w:rPr/w:lang", NS)
            if lang is not None and lang.get(f"{{{W}}}val"):
                return lang.get(f"{{{W}}}val")
            based = style.find("w:basedOn", NS)
            style_id = based.get(f"{{{W}}}val") if based is not None else None
        return None

    def normal_language(self) -> str | None:
        return self.of_style(self.normal)

    def effective(self, run, paragraph) -> tuple[str, bool]:
        """(language, whether the run names it itself)."""
        own = run.find("w:rPr/w:lang", NS)
        if own is not None:
            return own.get(f"{{{W}}}val"), True
        rstyle = run.find("w:rPr/w:rStyle", NS)
        if rstyle is not None and (lang := self.of_style(rstyle.get(f"{{{W}}}val"))):
            return lang, False
        pstyle = paragraph.find("w:pPr/w:pStyle", NS) if paragraph is not None else None
        style_id = pstyle.get(f"{{{W}}}val") if pstyle is not None else self.normal
        return self.of_style(style_id) or self.default, False


def text_runs(path: Path):
    """(part, text, effective language, tagged) of every run with text."""
    styles = Styles(parts(path)["word/styles.xml"])
    for name, root in stories(path).items():
        for run in root.iter(f"{{{W}}}r"):
            text = "".join(t.text or "" for t in run.findall("w:t", NS))
            if not text.strip():
                continue
            paragraph = next(run.iterancestors(f"{{{W}}}p"), None)
            lang, tagged = styles.effective(run, paragraph)
            yield name, text, lang, tagged


def all_text(path: Path, only: str = "") -> str:
    """Every paragraph's text, one a line, of the parts whose name contains ``only``."""
    lines = []
    for name, root in stories(path).items():
        if only not in name:
            continue
        for p in root.iter(f"{{{W}}}p"):
            lines.append("".join(t.text or "" for t in p.iter(f"{{{W}}}t")))
    return "\n".join(lines)


def own_language(document: str, language: str, side: str | None = None) -> str:
    """A bilingual document is in our side's language first (a Mexican database's
    Spanish); the communiqué's copies in their country's."""
    if language != "bilingual":
        return TAG[language]
    if document.startswith("communique-"):
        return "es-MX" if document == "communique-mx" else "en-US"
    return "es-MX" if side == "MX" else "en-US"


# --------------------------------------------------------------------------- language

@pytest.mark.parametrize("language", LANGUAGES)
@pytest.mark.parametrize("document", DOCUMENTS)
def test_every_run_is_in_the_language_of_its_text(exported, document, language):
    path = exported(document, language)
    runs = list(text_runs(path))
    assert runs
    untagged = [(name, text) for name, text, _lang, tagged in runs if not tagged]
    assert not untagged, f"runs without a language: {untagged[:5]}"
    styles = Styles(parts(path)["word/styles.xml"])
    own = own_language(document, language, exported.side)
    assert styles.default == own
    assert styles.normal_language() == own
    if language != "bilingual":
        wrong = [(name, text, lang) for name, text, lang, _t in runs if lang != own]
        assert not wrong, f"not in {own}: {wrong[:5]}"
        return
    # Bilingual: an English run's text is in the English document, a Spanish run's in
    # the Spanish one (text the same in both, a name or a number, is in both).
    english = all_text(exported(document, "en"))
    spanish = all_text(exported(document, "es"))
    wrong = []
    for name, text, lang, _tagged in runs:
        core = text.strip(" /—·:()•\n\t")
        if not re.search(r"[^\W\d_]", core) or LANGUAGE_NAMES.get(core) == lang:  # no words
            continue
        known = {"en-US": english, "es-MX": spanish}.get(lang)
        if known is None or core not in known:
            wrong.append((name, text, lang))
    assert not wrong, f"runs whose text is not in their language: {wrong[:8]}"


def test_a_bilingual_document_tags_both_languages(exported):
    langs = {lang for _n, _t, lang, _tagged in text_runs(exported("agenda", "bilingual"))}
    assert langs == {"en-US", "es-MX"}
    footer = [(text, lang) for name, text, lang, _t in text_runs(exported("agenda", "bilingual"))
              if "footer" in name]
    assert ("Página ", "es-MX") in footer
    assert ("Page ", "en-US") in footer


# --------------------------------------------------------------------------- properties

DC = "{http://purl.org/dc/elements/1.1/}"
CP = "{http://schemas.openxmlformats.org/package/2006/metadata/core-properties}"
DCTERMS = "{http://purl.org/dc/terms/}"


@pytest.mark.parametrize("language", LANGUAGES)
@pytest.mark.parametrize("document", DOCUMENTS)
def test_properties_describe_the_document(exported, document, language):
    path = exported(document, language)
    with zipfile.ZipFile(path) as z:
        names = z.namelist()
        core = etree.fromstring(z.read("docProps/core.xml"))
        app = z.read("docProps/app.xml").decode()
        rels = z.read("_rels/.rels").decode()
    everything = etree.tostring(core, encoding="unicode") + app
    assert "python-docx" not in everything
    assert "Macintosh" not in app
    assert "Normal.dotm" not in app
    assert not [n for n in names if "thumbnail" in n]
    assert "thumbnail" not in rels

    def value(tag):
        element = core.find(tag)
        return (element.text or "") if element is not None else ""

    lang = own_language(document, language, exported.side)
    code = "es" if lang == "es-MX" else "en"
    assert value(f"{DC}language") == lang
    with exported.db.session() as session:
        delegation = our_side.our_delegation(session, code)
    assert delegation  # every database made by init (and the demo) has our side
    assert value(f"{DC}creator") == delegation, dict(core.attrib)
    assert value(f"{CP}lastModifiedBy") == delegation, etree.tostring(core)
    assert value(f"{DC}title")
    assert value(f"{DC}subject")
    assert value(f"{CP}keywords")
    assert value(f"{DC}description") == ""
    assert any(n in value(f"{DC}title") for n in ("Plenary", "Plenaria"))
    for tag in ("created", "modified"):
        stamp = dt.datetime.fromisoformat(value(f"{DCTERMS}{tag}").rstrip("Z"))
        assert abs(stamp - dt.datetime.now(dt.UTC).replace(tzinfo=None)) < dt.timedelta(hours=1)
    assert f"<Company>{delegation}</Company>" in app


# --------------------------------------------------------------------------- what it is

@pytest.mark.parametrize("language", LANGUAGES)
@pytest.mark.parametrize("document", DOCUMENTS)
def test_title_block_names_the_committee(exported, document, language):
    body = all_text(exported(document, language), "document")
    langs = ("en", "es") if language == "bilingual" else (language,)
    for lang in langs:
        assert exported.settings.committee_name.either(lang) in body


SHAREABLE = [d for d, (_w, shareable) in DOCUMENTS.items() if shareable]


@pytest.mark.parametrize("language", LANGUAGES)
@pytest.mark.parametrize("document", SHAREABLE)
def test_a_shareable_document_is_a_draft_until_final(exported, document, language):
    langs = ("en", "es") if language == "bilingual" else (language,)
    draft = exported(document, language)
    body, headers = all_text(draft, "document"), all_text(draft, "header")
    for lang in langs:
        assert DRAFT[lang] in body
        assert DRAFT[lang] in headers
        if not document.startswith("communique"):
            assert AS_OF[lang] in body
    for lang in {"en", "es"} - set(langs):
        assert DRAFT[lang] not in all_text(draft)  # never a marking in the other language
    final = exported(document, language, final=True)
    text = all_text(final)
    for lang in ("en", "es"):
        assert DRAFT[lang] not in text
        assert AS_OF[lang] not in text
    for lang in langs:  # a final document still names its committee
        assert exported.settings.committee_name.either(lang) in all_text(final, "document")


REVISION = re.compile(r"Rev\. (\d+) — (.+)")


@pytest.mark.parametrize("language", LANGUAGES)
def test_the_communique_prints_its_revision(exported, language, tmp_path):
    body = all_text(exported("communique-us", language), "document")
    revisions = [m.groups() for m in map(REVISION.fullmatch, body.split("\n")) if m] + \
        [m.groups() for line in body.split("\n") for part in line.split(" / ")
         if (m := REVISION.fullmatch(part))]
    assert revisions
    with exported.db.session() as session:
        revision = drafts.draft_revision(session, exported.meeting_id)
    assert {number for number, _date in revisions} == {str(revision.number)}
    if revision.saved_on is None and language in ("en", "bilingual"):
        assert f"Rev. {revision.number} — February 28, 2020" in body
    if revision.saved_on is None and language in ("es", "bilingual"):
        assert f"Rev. {revision.number} — 28 de febrero de 2020" in body


def test_a_clean_communique_is_final_and_prints_no_revision(exported, tmp_path):
    with exported.db.session() as session:
        rows = drafts.draft_paragraphs(session, exported.meeting_id)
    if any(r.status != ParagraphStatus.AGREED or "[" in r.text.en + r.text.es for r in rows):
        pytest.skip("this source's communiqué is not agreed yet")
    with exported.db.session() as session:  # the two texts checked as saying the same
        for row in rows:
            drafts.set_conformity(session, row.id, "Ana Ruiz")
        session.commit()
    with exported.db.session() as session:
        path = write_communique(session, exported.meeting_id, "bilingual", tmp_path / "c.docx",
                                clean=True, today=TODAY)
    text = all_text(path)
    assert "Rev." not in text
    assert DRAFT["en"] not in text
    assert DRAFT["es"] not in text


def test_the_revision_is_the_saved_version_while_the_draft_reads_as_it(fresh_db):
    db, _side = fresh_db
    with db.transaction() as session:
        meeting_id = create_meeting(session, MeetingFields(number=14, city=B("Laredo", "Laredo")))
        paragraph = drafts.add_paragraph(session, meeting_id, text=B("One.", "Uno."))
        assert drafts.draft_revision(session, meeting_id) == drafts.Revision(1, None)
        drafts.save_version(session, meeting_id, "For the working group",
                            now=dt.datetime(2020, 2, 26, 17, 0))
        assert drafts.draft_revision(session, meeting_id) == \
            drafts.Revision(1, dt.date(2020, 2, 26))
        drafts.edit_paragraph(session, paragraph, status=ParagraphStatus.AGREED)
        assert drafts.draft_revision(session, meeting_id) == drafts.Revision(2, None)
        drafts.save_version(session, meeting_id, "Agreed", now=dt.datetime(2020, 2, 27, 9, 0))
        assert drafts.draft_revision(session, meeting_id) == \
            drafts.Revision(2, dt.date(2020, 2, 27))
        path = None
    with db.session() as session:
        import tempfile
        with tempfile.TemporaryDirectory() as folder:
            path = write_communique(session, meeting_id, "es", Path(folder) / "c.docx",
                                    today=TODAY)
            assert "Rev. 2 — 27 de febrero de 2020" in all_text(path)


# --------------------------------------------------------------------------- the marking

def _marking(exported, document: str, language: str) -> dict[str, str] | None:
    """The handling marking each language's page carries, or None for one without."""
    if document in ("contact-sheet", "internal-report"):
        value = exported.settings.marking
    elif document == "briefing-book":
        with exported.db.session() as session:
            from bescapp.model.entities import Meeting
            value = session.get(Meeting, exported.meeting_id).handling_marking
    else:
        return None
    return {"en": value.either("en"), "es": value.either("es")}


@pytest.mark.parametrize("language", LANGUAGES)
@pytest.mark.parametrize("document", ["contact-sheet", "internal-report", "briefing-book"])
def test_the_marking_is_once_in_every_header_and_footer_in_the_documents_language(
        exported, document, language):
    path = exported(document, language)
    marking = _marking(exported, document, language)
    first = "es" if own_language(document, language, exported.side) == "es-MX" else "en"
    langs = tuple(sorted(("en", "es"), key=lambda lang: lang != first)) \
        if language == "bilingual" else (language,)
    expected = " / ".join(dict.fromkeys(marking[lang] for lang in langs))  # its own first
    stories_ = stories(path)
    pages = [name for name in stories_ if "header" in name or "footer" in name]
    assert pages
    for name in pages:
        lines = [line for line in all_text(path, name.removeprefix("word/")).split("\n")]
        assert lines.count(expected) == 1, (name, lines)
    if language == "es" and marking["en"] != marking["es"]:
        assert marking["en"] not in all_text(path)
    body = all_text(path, "document")
    for lang in ("en", "es"):
        assert marking[lang] not in body.split("\n")  # not repeated in the body (the cover)


@pytest.mark.parametrize("document", DOCUMENTS)
def test_the_first_page_is_a_title_page_without_a_page_number(exported, document):
    path = exported(document, "es")
    document_xml = parts(path)["word/document.xml"]
    first = document_xml.find(".//w:sectPr", NS)
    assert first.find("w:titlePg", NS) is not None
    with zipfile.ZipFile(path) as z:
        rels = etree.fromstring(z.read("word/_rels/document.xml.rels"))
        target = {r.get("Id"): r.get("Target") for r in rels}
        refs = {ref.get(f"{{{W}}}type"): target[ref.get("{http://schemas.openxmlformats.org/officeDocument/2006/relationships}id")]
                for ref in first.findall("w:footerReference", NS)}
        assert "PAGE" not in z.read(f"word/{refs['first']}").decode()
        assert " PAGE " in z.read(f"word/{refs['default']}").decode()
        assert "Página" in z.read(f"word/{refs['default']}").decode()


def test_properties_stay_right_once_the_book_has_merged_an_annex(demo_db, tmp_path):
    """docxcompose (which merges a book's background papers) re-maps python-docx's "cp:"
    prefix for the whole process: the properties of every later export stay right."""
    import docxcompose.utils  # noqa: F401  # what merging an annex imports

    db, meeting_id = demo_db
    with db.session() as session:
        path = write_agenda(session, meeting_id, "es", tmp_path / "a.docx", today=TODAY)
    with zipfile.ZipFile(path) as z:
        core = etree.fromstring(z.read("docProps/core.xml"))
    assert core.find(f"{CP}lastModifiedBy").text == "Delegación de Estados Unidos"
    assert core.find(f"{CP}keywords").text
    assert core.find(f"{CP}revision").text == "1"
