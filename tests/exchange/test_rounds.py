"""Two delegations exchange packages back and forth, editing in between: what each sends
lands on the other side, conflicts are exactly where both changed the same field, and
nothing either side wrote is lost."""

from bescapp.exchange.cli import EXIT_CONFLICTS
from bescapp.store import communique, packages


def shared_agenda(side):
    """The agenda as a package carries it, for comparing both sides."""
    def read(session):
        data = packages.meeting_data(session, side.meeting_id(), side.code)
        return sorted((i["uuid"], i["title"]["en"], i["duration_minutes"], i["position"],
                       i["parent"]) for i in data["agenda"]["items"])
    return side.run(read)


def proposals(side):
    mid = side.meeting_id()
    return side.run(lambda s: [(v.origin, [p.text.en for p in communique.paragraphs(s, v.id)])
                               for v in communique.list_versions(s, mid) if v.origin])


def test_rounds_of_exchange_both_ways(sides, tmp_path, capsys):
    us, mx = sides
    for title in ("Opening", "Trade", "Security"):
        us.add_item(title)
    us.add_member("Ann", "Smith")
    us.draft("The delegations met.", "They agreed.")

    # Round 1: the US sends; Mexico has no such meeting and receives it whole.
    p1 = us.send(tmp_path, "p1")
    assert mx.cli("import", "package", str(p1)) == 1  # unknown key: refused
    assert us.fingerprint() in capsys.readouterr().err
    assert mx.cli("import", "package", str(p1), "--trust", us.fingerprint()) == 0
    assert "created" in capsys.readouterr().out
    assert shared_agenda(mx) == shared_agenda(us)
    assert mx.members("US") == [("Ann", "Smith")]
    assert proposals(mx) == [("US", ["The delegations met.", "They agreed."])]

    # Round 2: Mexico retitles, adds, removes, adds its list and proposes a text; the US
    # retimes another item meanwhile. No conflict: each side's edit lands.
    mx.edit_item("Trade", title=mx_title("Trade and travel"))
    mx.add_item("Water")
    remove(mx, "Security")
    mx.add_member("Luis", "Pérez")
    mx.draft("Las delegaciones se reunieron.")
    us.edit_item("Opening", duration=45)
    p2 = mx.send(tmp_path, "p2")
    assert us.cli("import", "package", str(p2), "--trust", mx.fingerprint()) == 0
    out = capsys.readouterr().out
    assert all(word in out for word in ("retitled", "added", "removed"))
    assert set(us.items()) == {"Opening", "Trade and travel", "Water"}
    assert us.items()["Opening"][0] == 45  # ours kept: they did not touch it
    assert us.members("MX") == [("Luis", "Pérez")]
    assert us.members("US") == [("Ann", "Smith")]
    assert proposals(us) == [("MX", ["Las delegaciones se reunieron."])]

    # Round 3: the US sends back; both agendas now agree.
    p3 = us.send(tmp_path, "p3")
    assert mx.cli("import", "package", str(p3)) == 0
    assert shared_agenda(mx) == shared_agenda(us)
    assert mx.items()["Opening"][0] == 45
    assert mx.members("MX") == [("Luis", "Pérez")]  # their own list stays theirs

    # Round 4: both retitle "Water" differently and only Mexico retimes "Opening": one
    # conflict, exactly there; without --prefer nothing changes.
    us.edit_item("Water", title=mx_title("Water (US)"))
    mx.edit_item("Water", title=mx_title("Water (MX)"))
    mx.edit_item("Opening", duration=60)
    p4 = mx.send(tmp_path, "p4")
    before = us.dump()
    assert us.cli("import", "package", str(p4)) == EXIT_CONFLICTS
    out = capsys.readouterr().out
    assert all(words in out for words in ("1 conflict", "Water (US)", "Water (MX)"))
    assert us.dump() == before
    assert us.cli("import", "package", str(p4), "--prefer", "ours") == 0
    assert set(us.items()) == {"Opening", "Trade and travel", "Water (US)"}
    assert us.items()["Opening"][0] == 60  # the change that was no conflict came in

    # Round 5: the US answers; Mexico sees our title as a plain change since p4.
    p5 = us.send(tmp_path, "p5")
    assert mx.cli("import", "package", str(p5)) == 0
    assert shared_agenda(mx) == shared_agenda(us)
    assert proposals(mx)[0] == ("US", ["The delegations met.", "They agreed."])


def test_prefer_theirs_takes_their_side_of_a_conflict(sides, tmp_path):
    us, mx = sides
    us.add_item("Trade")
    assert mx.cli("import", "package", str(us.send(tmp_path, "p1")), "--trust",
                  us.fingerprint()) == 0
    us.edit_item("Trade", duration=10)
    mx.edit_item("Trade", duration=20)
    p2 = mx.send(tmp_path, "p2")
    assert us.cli("import", "package", str(p2), "--trust", mx.fingerprint(),
                  "--prefer", "theirs") == 0
    assert us.items()["Trade"][0] == 20


def test_an_item_removed_here_and_changed_there_is_a_conflict(sides, tmp_path):
    us, mx = sides
    us.add_item("Trade")
    assert mx.cli("import", "package", str(us.send(tmp_path, "p1")), "--trust",
                  us.fingerprint()) == 0
    remove(us, "Trade")
    mx.edit_item("Trade", duration=20)
    p2 = mx.send(tmp_path, "p2")
    assert us.cli("import", "package", str(p2), "--trust", mx.fingerprint()) == EXIT_CONFLICTS
    assert us.items() == {}
    # nothing was taken in, their key neither: it is confirmed again
    assert us.cli("import", "package", str(p2), "--trust", mx.fingerprint(),
                  "--prefer", "theirs") == 0
    assert us.items()["Trade"][0] == 20


def test_dry_run_changes_nothing(sides, tmp_path):
    us, mx = sides
    us.add_item("Trade")
    p1 = us.send(tmp_path, "p1")
    before = mx.dump()
    assert mx.cli("import", "package", str(p1), "--trust", us.fingerprint(), "--dry-run") == 0
    assert mx.dump() == before


def mx_title(english):
    from bescapp.model.bilingual import Bilingual

    return Bilingual(english, english + " (es)")


def remove(side, title):
    from bescapp.store import agenda

    item_id = side.item_id(title)
    side.run(lambda s: agenda.delete_item(s, item_id))


def test_a_list_they_have_not_made_yet_leaves_ours_of_them(sides, tmp_path):
    us, mx = sides
    us.add_item("Trade")
    assert mx.cli("import", "package", str(us.send(tmp_path, "p1")), "--trust",
                  us.fingerprint()) == 0
    mid = us.meeting_id()

    def enter_their_member(session):  # the US entered Mexico's head of delegation itself
        from bescapp.domain.delegations import MembershipFields, PersonFields
        from bescapp.store import delegations

        party = delegations.party_by_code(session, "MX")
        pid = delegations.create_person(session, PersonFields(given_names="Rosa",
                                                              first_surname="Díaz"))
        delegations.add_member(session, mid, party.id, pid, MembershipFields())
    us.run(enter_their_member)
    p2 = mx.send(tmp_path, "p2")  # Mexico's own list is still empty
    assert us.cli("import", "package", str(p2), "--trust", mx.fingerprint()) == 0
    assert us.members("MX") == [("Rosa", "Díaz")]


def test_each_conflict_decided_on_its_own_over_rounds(sides, tmp_path):
    """Two conflicts in one package, one decided for theirs and one for ours (as the window's
    review does); the next round carries both sides' decisions back without a new conflict."""
    from bescapp.exchange import packages as exchange

    us, mx = sides
    us.add_item("Trade")
    us.add_item("Water")
    assert mx.cli("import", "package", str(us.send(tmp_path, "p1")), "--trust",
                  us.fingerprint()) == 0
    us.edit_item("Trade", title=mx_title("Trade (US)"))
    mx.edit_item("Trade", title=mx_title("Trade (MX)"))
    us.edit_item("Water", duration=25)
    mx.edit_item("Water", duration=55)
    p2 = mx.send(tmp_path, "p2").read_bytes()

    def take(session):
        incoming = exchange.prepare(session, p2, trust=mx.fingerprint())
        conflicts = incoming.review.conflicts
        assert sorted(c.field for c in conflicts) == ["duration_minutes", "title"]
        decisions = {c.ident: "theirs" if c.field == "title" else "ours" for c in conflicts}
        exchange.take_in(session, incoming, decisions)
    us.run(take)
    assert us.items()["Trade (MX)"][0] == 30  # their title
    assert us.items()["Trade (MX)"] == mx.items()["Trade (MX)"]
    assert us.items()["Water"][0] == 25  # our duration
    # Round 3: Mexico receives our answer; our kept duration is a plain change now.
    assert mx.cli("import", "package", str(us.send(tmp_path, "p3"))) == 0
    assert mx.items()["Water"][0] == 25
    assert shared_agenda(mx) == shared_agenda(us)


def test_an_undecided_conflict_takes_nothing_of_it(sides, tmp_path):
    from bescapp.domain import package_review as rv
    from bescapp.exchange import packages as exchange

    us, mx = sides
    us.add_item("Trade")
    assert mx.cli("import", "package", str(us.send(tmp_path, "p1")), "--trust",
                  us.fingerprint()) == 0
    us.edit_item("Trade", duration=10)
    mx.edit_item("Trade", duration=20)
    p2 = mx.send(tmp_path, "p2").read_bytes()

    def review(session):
        incoming = exchange.prepare(session, p2, trust=mx.fingerprint())
        assert not rv.settled(incoming.review, {})
        assert rv.settled(incoming.review, "ours")
        return [c.ident for c in incoming.review.conflicts]
    assert len(us.run(review)) == 1


def test_a_session_they_removed_keeps_what_we_added_under_it(sides, tmp_path):
    """They remove a session under which we added an item since: a conflict, not a cascade;
    keeping ours keeps the session and our item, and the next round carries both back."""
    from bescapp.model.bilingual import Bilingual
    from bescapp.model.entities import AgendaKind
    from bescapp.store import agenda

    us, mx = sides
    mid = us.meeting_id()
    us.run(lambda s: agenda.add_item(s, mid, None, 0, agenda.ItemFields(
        kind=AgendaKind.SESSION, duration_minutes=0, title=Bilingual("Session A", "Sesión A"))))
    assert mx.cli("import", "package", str(us.send(tmp_path, "p1")), "--trust",
                  us.fingerprint()) == 0
    session_id = us.item_id("Session A")
    us.run(lambda s: agenda.add_item(s, mid, session_id, 0, agenda.ItemFields(
        duration_minutes=20, title=Bilingual("Our new item", "Nuestro punto nuevo"))))
    remove(mx, "Session A")
    p2 = mx.send(tmp_path, "p2")
    before = us.dump()
    assert us.cli("import", "package", str(p2), "--trust", mx.fingerprint()) == EXIT_CONFLICTS
    assert us.dump() == before
    assert us.cli("import", "package", str(p2), "--trust", mx.fingerprint(),
                  "--prefer", "ours") == 0
    assert {"Session A", "Our new item"} <= set(us.items())
    # Round 3: Mexico gets the session back with our item under it.
    assert mx.cli("import", "package", str(us.send(tmp_path, "p3"))) == 0
    assert {"Session A", "Our new item"} <= set(mx.items())
    assert shared_agenda(mx) == shared_agenda(us)


def test_a_line_of_action_we_do_not_hold_is_reported_not_skipped(sides, tmp_path, capsys):
    """Each database keeps its own action plans: a line they report that ours does not hold
    is named in the review (left out), and nothing is created or changed for it."""
    import datetime as dt

    from bescapp.model.bilingual import Bilingual
    from bescapp.model.entities import ActionLine, ActionPlan

    us, mx = sides
    us.add_item("Trade")
    assert mx.cli("import", "package", str(us.send(tmp_path, "p1")), "--trust",
                  us.fingerprint()) == 0

    def plan(session):
        p = ActionPlan(code="INF", title=Bilingual("Infrastructure", "Infraestructura"),
                       start_date=dt.date(2026, 1, 1))
        session.add(p)
        session.flush()
        session.add(ActionLine(plan_id=p.id, code="INF-1", created_on=dt.date(2026, 1, 1),
                               title=Bilingual("New bridge lanes", "Carriles nuevos"),
                               progress=40))
    us.run(plan)
    capsys.readouterr()
    before = mx.dump()
    assert mx.cli("import", "package", str(us.send(tmp_path, "p2")), "--dry-run") == 0
    out = capsys.readouterr().out
    assert "left out (not in our action plans)" in out
    assert "New bridge lanes" in out
    assert mx.dump() == before
    assert mx.cli("--language", "es", "import", "package", str(us.send(tmp_path, "p3"))) == 0
    out = capsys.readouterr().out
    assert "Carriles nuevos" in out
    assert "omitida" in out
    assert mx.run(lambda s: s.query(ActionLine).count()) == 0


def leads_of(side, title):
    """The English names of an agenda entry's leads, in order."""
    from bescapp.model.entities import AgendaItem

    item_id = side.item_id(title)
    return side.run(lambda s: [p.given_names for p in s.get(AgendaItem, item_id).leads])


def set_leads(side, title, *given):
    from bescapp.model.entities import Person
    from bescapp.store import agenda

    item_id = side.item_id(title)

    def work(session):
        ids = [session.query(Person.id).filter(Person.given_names == g).scalar() for g in given]
        agenda.set_leads(session, item_id, ids)
    side.run(work)


def test_agenda_leads_travel_both_ways_and_conflict_where_both_changed_them(sides, tmp_path):
    us, mx = sides
    us.add_item("Trade")
    us.add_item("Water")
    us.add_member("Ann", "Smith")
    set_leads(us, "Trade", "Ann")
    assert mx.cli("import", "package", str(us.send(tmp_path, "p1")), "--trust",
                  us.fingerprint()) == 0
    assert leads_of(mx, "Trade") == ["Ann"]  # a new meeting: its leads with it
    # Round 2: Mexico adds its own member as a second lead; the US leaves them alone.
    mx.add_member("Luis", "Pérez")
    set_leads(mx, "Trade", "Ann", "Luis")
    assert us.cli("import", "package", str(mx.send(tmp_path, "p2")), "--trust",
                  mx.fingerprint()) == 0
    assert leads_of(us, "Trade") == ["Ann", "Luis"]
    # Round 3: both change Water's leads differently: a conflict, exactly there.
    set_leads(us, "Water", "Ann")
    set_leads(mx, "Water", "Luis")
    p3 = mx.send(tmp_path, "p3")
    before = us.dump()
    assert us.cli("import", "package", str(p3)) == EXIT_CONFLICTS
    assert us.dump() == before
    assert us.cli("import", "package", str(p3), "--prefer", "ours") == 0
    assert leads_of(us, "Water") == ["Ann"]
    assert leads_of(us, "Trade") == ["Ann", "Luis"]
    # Round 4: the US answers; Mexico takes our leads as a plain change since p3.
    assert mx.cli("import", "package", str(us.send(tmp_path, "p4"))) == 0
    assert leads_of(mx, "Water") == ["Ann"]
    assert shared_agenda(mx) == shared_agenda(us)
