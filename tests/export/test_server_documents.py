"""Every document exported from the demo on the server reads the same as from a file.

Runs when ``BESCAPP_TEST_DATABASE`` names a test server (``tools/test-server``): the demo
goes into a new file and into a new server database through the command line, and each
document, in each language it is written in, is exported from both and compared word
for word (body, tables, headers and footers)."""

import zipfile

import pytest
from lxml import etree

from bescapp.cli import main as cli_main

W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
DOCUMENTS = [
    ("agenda", ["en", "es", "bilingual"], []),
    ("delegations", ["en", "es"], ["--contact-sheet"]),
    ("actions", ["en", "es"], ["--internal"]),
    ("communique", ["bilingual"], []),
    ("briefing-book", ["en", "es"], []),
]


def paragraphs(path) -> list[str]:
    """The text of every paragraph of every part a reader sees, part by part."""
    lines = []
    with zipfile.ZipFile(path) as package:
        for name in sorted(package.namelist()):
            if name.startswith("word/") and name.endswith(".xml") and (
                    name == "word/document.xml" or "header" in name or "footer" in name):
                root = etree.fromstring(package.read(name))
                lines += [f"{name}: " + "".join(t.text or "" for t in p.iter(f"{W}t"))
                          for p in root.iter(f"{W}p")]
    return lines


@pytest.fixture(scope="module")
def both(tmp_path_factory, test_server):
    """(file, server URL, meeting id): the demo made the same way in each."""
    if test_server is None:
        pytest.skip("needs the test server (BESCAPP_TEST_DATABASE; tools/test-server)")
    folder = tmp_path_factory.mktemp("both")
    file = folder / "demo.db"
    address = test_server.fresh()
    for database in (str(file), address.url(password=True)):
        assert cli_main(["demo", "--database", database]) == 0
    yield file, address.url(password=True)
    test_server.drop(address)


@pytest.mark.parametrize(("document", "languages", "options"), DOCUMENTS,
                         ids=[d[0] for d in DOCUMENTS])
def test_a_document_from_the_server_reads_as_the_one_from_the_file(both, document, languages,
                                                                  options, tmp_path, capsys):
    file, server = both
    assert cli_main(["meetings", "--database", str(file)]) == 0
    on_file = capsys.readouterr().out
    assert cli_main(["meetings", "--database", server]) == 0
    assert capsys.readouterr().out == on_file  # the same meetings, with the same ids
    meeting = on_file.strip().splitlines()[-1].split()[0]
    for language in languages:
        written = []
        for name, database in (("file", str(file)), ("server", server)):
            out = tmp_path / f"{document}-{language}-{name}.docx"
            assert cli_main(["export", document, "--database", database, "--meeting", meeting,
                             "--language", language, "-o", str(out), *options]) == 0
            written.append(paragraphs(out))
        assert len(written[0]) > 20
        assert written[0] == written[1], f"{document} in {language}"
