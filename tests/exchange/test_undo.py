"""The window's one undo step for an import: every row back as it was, and redo brings the
imported rows back with the same ids."""

import pytest

from bescapp.exchange import packages
from bescapp.store import packages as store
from tests.exchange.test_rounds import leads_of, set_leads


@pytest.mark.parametrize("first", [True, False], ids=["new-meeting", "known-meeting"])
def test_undo_and_redo_of_an_import(sides, tmp_path, first):
    us, mx = sides
    us.add_item("Trade")
    us.add_member("Ann", "Smith")
    set_leads(us, "Trade", "Ann")
    us.draft("The delegations met.")
    if not first:
        assert mx.cli("import", "package", str(us.send(tmp_path, "p0")), "--trust",
                      us.fingerprint()) == 0
        us.edit_item("Trade", duration=50)
        us.add_item("Water")
        us.add_member("Bob", "Jones")
        set_leads(us, "Trade", "Bob", "Ann")  # the leads come in, and go with the undo
    content = us.send(tmp_path, "p1").read_bytes()
    trust = us.fingerprint() if first else None
    before = mx.dump()
    states = mx.run(lambda s: packages.take_in_undoably(s, content, trust=trust)[2:4])
    after = mx.dump()
    assert after != before
    assert leads_of(mx, "Trade") == (["Ann"] if first else ["Bob", "Ann"])
    mx.run(lambda s: store.restore_import_state(s, states[0]))
    assert mx.dump() == before
    mx.run(lambda s: store.restore_import_state(s, states[1]))
    assert mx.dump() == after
