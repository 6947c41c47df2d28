"""What a package holds: the shareable fields only, never an internal or personal word,
never our signing key; the published schema is the one the import checks."""

import base64
import io
import zipfile
from pathlib import Path

from sqlalchemy import select

from bescapp.exchange import packages as exchange
from bescapp.exchange.schema import published
from bescapp.model import fields
from bescapp.model.entities import DatabaseSettings, Meeting, Party
from bescapp.store import keys, our_side
from bescapp.store.starter import COMMITTEE_UUID, party_uuid
from tests.export.test_internal_stays_internal import canary_value

PLANTED = fields.every(internal=True, text=True)


def every_byte(content: bytes) -> bytes:
    with zipfile.ZipFile(io.BytesIO(content)) as archive:
        return content + b"".join(archive.read(n) for n in archive.namelist())


def plant(session):
    for index, f in enumerate(PLANTED):
        for row in session.scalars(select(f.entity)).all():
            setattr(row, f.name, canary_value(index, f))


def canaries(f_index):
    from tests.export.test_internal_stays_internal import canary

    return [canary(f_index, lang) for lang in ("en", "es", "")]


def test_no_internal_or_personal_word_and_never_our_key(demo_db):
    db, meeting_id = demo_db
    with db.transaction() as session:
        our_side.set_side(session, "US")
        plant(session)
        content = exchange.make(session, meeting_id).content
        with_contacts = exchange.make(session, meeting_id, contacts=True).content
        seed = session.get(DatabaseSettings, 1).signing_key
    assert len(seed) == 32
    for package in (content, with_contacts):
        data = every_byte(package)
        for secret in (seed, base64.b64encode(seed), seed.hex().encode()):
            assert secret not in data
    plain, contacts = every_byte(content), every_byte(with_contacts)
    for index, f in enumerate(PLANTED):
        for word in canaries(index):
            hit = word.encode() in plain or word.lower().encode() in plain
            assert not hit, f"{f.label} travelled in a package"
            if not f.personal:
                assert word.encode() not in contacts, f"{f.label} travelled with contacts"
    assert any(word.lower().encode() in contacts for i, f in enumerate(PLANTED)
               if f.name == "email" for word in canaries(i)), "--with-contacts carries e-mail"


def test_the_published_schema_is_the_one_checked():
    path = Path(__file__).parents[2] / "docs" / "meeting-package.schema.json"
    assert path.read_text(encoding="utf-8") == published(), \
        "python -m bescapp.exchange.schema > docs/meeting-package.schema.json"


def test_a_database_made_by_init_has_its_key_and_the_fixed_identities(fresh_db):
    db, _side = fresh_db
    with db.session() as session:
        settings = session.get(DatabaseSettings, 1)
        assert len(settings.signing_key) == 32
        assert settings.committee_uuid == COMMITTEE_UUID
        assert {p.code: p.uuid for p in session.scalars(select(Party))} == {
            "US": party_uuid("US"), "MX": party_uuid("MX")}
        fp = keys.our_fingerprint(session)
    assert fp.startswith("SHA256:")
    assert len(fp) == 7 + 43


def test_package_key_prints_the_fingerprint(fresh_path, capsys):
    from bescapp.cli import main

    path, _side = fresh_path
    assert main(["--database", str(path), "package", "key"]) == 0
    line = capsys.readouterr().out.strip()
    db = __import__("bescapp.store.database", fromlist=["open_database"]).open_database(path)
    with db.session() as session:
        assert line == f"key fingerprint: {keys.our_fingerprint(session)}"
    db.close()


def test_an_older_file_gets_identities_and_a_key(tmp_path):
    import shutil

    from bescapp.store.database import open_database

    path = tmp_path / "old.db"
    shutil.copyfile(Path(__file__).parents[1] / "_databases" / "schema-0006.db", path)
    db = open_database(path, backup_dir=tmp_path / "backups")
    try:
        with db.session() as session:
            assert len(session.get(DatabaseSettings, 1).signing_key) == 32
            meetings = list(session.scalars(select(Meeting)))
            assert meetings
            assert all(len(m.uuid) == 36 for m in meetings)
            assert len({m.uuid for m in meetings}) == len(meetings)
            assert session.scalar(select(Party.uuid).where(Party.code == "MX")) == party_uuid("MX")
    finally:
        db.close()
