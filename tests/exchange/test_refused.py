"""Each bad package is refused with a message that says which, the database unchanged."""

import io
import json
import zipfile

import pytest
from nacl.signing import SigningKey

from bescapp.exchange import package_file
from bescapp.store import keys, packages


@pytest.fixture
def exchanged(sides, tmp_path):
    """The US has sent a first package, which Mexico took in (their key trusted)."""
    us, mx = sides
    us.add_item("Trade")
    assert mx.cli("import", "package", str(us.send(tmp_path, "p1")), "--trust",
                  us.fingerprint()) == 0
    us.edit_item("Trade", duration=40)
    return us, mx


def parts(path):
    with zipfile.ZipFile(path) as archive:
        return {name: archive.read(name) for name in archive.namelist()}


def zipped(members):
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, content in members.items():
            archive.writestr(name, content)
    return buffer.getvalue()


def signed_by_us(us, *, manifest=None, data=None, key=None):
    """A package as the US database would sign it, with the manifest or data changed."""
    def make(session):
        mid = us.meeting_id()
        from bescapp.model.entities import Meeting

        meeting = session.get(Meeting, mid)
        built = packages.meeting_data(session, mid, "US")
        fresh = package_file.new_manifest(committee=keys.committee_uuid(session),
                                          meeting=meeting.uuid, side="US", last_received=None,
                                          contacts=False)
        fresh.update(manifest or {})
        if data:
            data(built)
        return package_file.build(key or keys.our_key(session), fresh, built)
    return us.run(make)


def refused(mx, tmp_path, content, *args):
    path = tmp_path / "bad.bescpkg"
    path.write_bytes(content)
    before = mx.dump()
    code = mx.cli("import", "package", str(path), *args)
    assert mx.dump() == before
    return code


def check(capsys, mx, tmp_path, content, words, *args):
    assert refused(mx, tmp_path, content, *args) == 1
    err = capsys.readouterr().err
    assert words in err, err


def test_a_tampered_byte(exchanged, tmp_path, capsys):
    us, mx = exchanged
    members = parts(us.send(tmp_path, "p2"))
    members["agenda.json"] = members["agenda.json"].replace(b"Trade", b"Trado")
    check(capsys, mx, tmp_path, zipped(members), "altered after it was signed")


def test_a_stripped_signature(exchanged, tmp_path, capsys):
    us, mx = exchanged
    members = parts(us.send(tmp_path, "p2"))
    del members["signature.json"]
    check(capsys, mx, tmp_path, zipped(members), "is not signed")


def test_a_wrong_signature(exchanged, tmp_path, capsys):
    us, mx = exchanged
    members = parts(us.send(tmp_path, "p2"))
    signature = json.loads(members["signature.json"])
    other = parts(us.send(tmp_path, "p3"))
    signature["signature"] = json.loads(other["signature.json"])["signature"]
    members["signature.json"] = json.dumps(signature).encode()
    check(capsys, mx, tmp_path, zipped(members), "signature does not match")


def test_an_unknown_key_and_another_key(exchanged, tmp_path, capsys):
    us, mx = exchanged
    stranger = SigningKey.generate()
    content = signed_by_us(us, key=stranger)
    fp = keys.fingerprint(bytes(stranger.verify_key))
    check(capsys, mx, tmp_path, content, f"another key ({fp})")
    check(capsys, mx, tmp_path, content, "another key", "--trust", fp)  # trust is not retrust


def test_retrust_takes_the_new_key_on_purpose(exchanged, tmp_path):
    us, mx = exchanged
    stranger = SigningKey.generate()
    path = tmp_path / "new-key.bescpkg"
    path.write_bytes(signed_by_us(us, key=stranger))
    fp = keys.fingerprint(bytes(stranger.verify_key))
    assert mx.cli("import", "package", str(path), "--retrust", fp) == 0
    assert mx.run(lambda s: bytes(keys.counterpart_key(s))) == bytes(stranger.verify_key)


def test_another_committee(exchanged, tmp_path, capsys):
    us, mx = exchanged
    content = signed_by_us(us, manifest={"committee": "00000000-0000-4000-8000-000000000000"})
    check(capsys, mx, tmp_path, content, "another committee")


def test_a_replayed_and_an_older_package(exchanged, tmp_path, capsys):
    us, mx = exchanged
    old = signed_by_us(us, manifest={"created": "2020-01-01T00:00:00"})
    p2 = us.send(tmp_path, "p2")
    assert mx.cli("import", "package", str(p2)) == 0
    check(capsys, mx, tmp_path, p2.read_bytes(), "already received")
    check(capsys, mx, tmp_path, old, "before the last one received")


def test_a_newer_format_and_a_newer_schema(exchanged, tmp_path, capsys):
    us, mx = exchanged
    check(capsys, mx, tmp_path, signed_by_us(us, manifest={"format": 99}), "format 99")
    check(capsys, mx, tmp_path, signed_by_us(us, manifest={"schema": "0099"}), "schema 0099")


def test_a_zip_bomb(exchanged, tmp_path, capsys):
    _us, mx = exchanged
    content = zipped({"manifest.json": b"{" + b" " * (120 * 1024 * 1024) + b"}"})
    check(capsys, mx, tmp_path, content, "unpacked")


def test_json_that_fails_the_schema(exchanged, tmp_path, capsys):
    us, mx = exchanged

    def spoil(data):
        data["agenda"]["items"][0]["duration_minutes"] = "forty"
    check(capsys, mx, tmp_path, signed_by_us(us, data=spoil), "does not follow the package schema")


def test_a_package_that_sets_an_internal_field(exchanged, tmp_path, capsys):
    us, mx = exchanged

    def smuggle(data):
        data["agenda"]["items"][0]["talking_points"] = {"en": "ours only", "es": "solo nuestro"}
    check(capsys, mx, tmp_path, signed_by_us(us, data=smuggle), "AgendaItem.talking_points")


def test_not_a_zip_and_our_own_package(exchanged, tmp_path, capsys):
    us, mx = exchanged
    check(capsys, mx, tmp_path, b"hello", "not a meeting package")
    p2 = us.send(tmp_path, "p2")
    before = us.dump()
    assert us.cli("import", "package", str(p2)) == 1
    assert "our own key" in capsys.readouterr().err
    assert us.dump() == before


def test_messages_in_spanish(exchanged, tmp_path, capsys):
    us, mx = exchanged
    content = signed_by_us(us, manifest={"committee": "00000000-0000-4000-8000-000000000000"})
    path = tmp_path / "bad.bescpkg"
    path.write_bytes(content)
    assert mx.cli("--language", "es", "import", "package", str(path)) == 1
    err = capsys.readouterr().err
    assert "comité" in err, err
