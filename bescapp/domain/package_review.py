"""The three-way review of a meeting package: what both had, what we have, what they send.

Values are the package's JSON data (``store.packages.meeting_data`` makes ours the same
way), so comparing is plain equality. The base is the last package both sides hold
(``None`` when there is none yet). For each field of each row:

- they left it as it was (theirs == base): nothing comes in, ours stays;
- only they changed it (ours == base): theirs is applied;
- both changed it alike: nothing to do;
- both changed it differently: a **conflict**, shown side by side; ``prefer`` decides
  ("ours", "theirs"), and without a decision nothing is applied at all.

Their delegation list is theirs to say (it replaces the one we have, differences shown);
the communiqué text they send is kept as their proposal version, never merged.
No session, no SQL: the store applies what ``merge`` returns.
"""

from __future__ import annotations

import enum
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

from ..i18n.catalogue import N_

Data = dict[str, Any]  # member name ("agenda") -> its JSON


class Area(enum.StrEnum):
    MEETING = "meeting"
    AGENDA = "agenda"
    DELEGATION = "delegation"
    ACTIONS = "actions"
    COMMUNIQUE = "communique"


class What(enum.StrEnum):
    ADDED = "added"
    REMOVED = "removed"
    MOVED = "moved"
    RETITLED = "retitled"
    RETIMED = "retimed"
    CHANGED = "changed"
    STATUS = "status"
    PROPOSAL = "proposal"
    CREATED = "created"  # a meeting we did not have
    NOT_HELD = "not_held"  # a line of action they report that our plan does not hold


WHAT_TEXT = {
    What.ADDED: N_("added"), What.REMOVED: N_("removed"), What.MOVED: N_("moved"),
    What.RETITLED: N_("retitled"), What.RETIMED: N_("retimed"), What.CHANGED: N_("changed"),
    What.STATUS: N_("status reported"), What.PROPOSAL: N_("their proposal version"),
    What.CREATED: N_("new meeting"),
    What.NOT_HELD: N_("left out (not in our action plans)"),
}

AGENDA_FIELDS = ("parent", "position", "day", "kind", "title", "description",
                 "duration_minutes", "fixed_start", "leads")  # leads: person UUIDs, in order
_MOVED = {"parent", "position", "day"}
_TIMED = {"duration_minutes", "fixed_start"}
LINE_FIELDS = ("status", "progress")  # what a side reports on a line of action


@dataclass(frozen=True)
class Change:
    area: Area
    what: What
    key: str  # the row's UUID, a line's code, a member's person UUID
    label: Any  # what staff call the row: a bilingual title {"en", "es"} or a text
    field: str = ""  # the field, where one field changed
    ours: Any = None
    theirs: Any = None
    base: Any = None
    conflict: bool = False

    @property
    def ident(self) -> str:
        """What names this change in a per-conflict decision: the same package reviewed
        against the same database gives the same names."""
        return f"{self.area.value}|{self.what.value}|{self.key}|{self.field}"


# How conflicts are settled: "ours" or "theirs" for every one (the command line's
# ``--prefer``), or one decision per conflict (``Change.ident`` -> "ours"/"theirs"), or
# None (undecided: nothing comes in).
Prefer = str | Mapping[str, str] | None


@dataclass
class Review:
    changes: list[Change] = field(default_factory=list)
    new_meeting: bool = False

    @property
    def conflicts(self) -> list[Change]:
        return [c for c in self.changes if c.conflict]

    def of(self, area: Area) -> list[Change]:
        return [c for c in self.changes if c.area is area]


def _three_way(base: Any, ours: Any, theirs: Any) -> str | None:
    """None: nothing comes in; "take": theirs applies; "conflict"."""
    if theirs == base or ours == theirs:
        return None
    if ours == base:
        return "take"
    return "conflict"


def _by(rows: list[dict], key: str = "uuid") -> dict[str, dict]:
    return {r[key]: r for r in rows}


def review(base: Data | None, ours: Data | None, theirs: Data) -> Review:
    """Every change ``theirs`` brings against ``base``, with the conflicts."""
    if ours is None:
        return _all_new(theirs)
    result = Review()
    b = base or {}
    _meeting(result, b.get("meeting"), ours["meeting"], theirs["meeting"])
    _agenda(result, b.get("agenda"), ours["agenda"], theirs["agenda"])
    _delegation(result, ours["delegations"], theirs["delegations"], theirs["side"])
    _actions(result, b.get("actions"), ours["actions"], theirs["actions"])
    _communique(result, b.get("communique"), ours["communique"], theirs["communique"])
    return result


def _all_new(theirs: Data) -> Review:
    result = Review(new_meeting=True)
    meeting = theirs["meeting"]
    result.changes.append(Change(Area.MEETING, What.CREATED, meeting["uuid"], meeting["city"]))
    for item in theirs["agenda"]["items"]:
        result.changes.append(Change(Area.AGENDA, What.ADDED, item["uuid"], item["title"],
                                     theirs=item))
    _delegation(result, {"lists": []}, theirs["delegations"], theirs["side"])
    _communique(result, None, {"paragraphs": []}, theirs["communique"])
    return result


def _meeting(result: Review, base: dict | None, ours: dict, theirs: dict) -> None:
    for name, value in theirs.items():
        if name == "uuid":
            continue
        before = None if base is None else base.get(name)
        verdict = _three_way(before, ours.get(name), value)
        if verdict:
            result.changes.append(Change(Area.MEETING, What.CHANGED, theirs["uuid"], name,
                                         name, ours.get(name), value, before,
                                         verdict == "conflict"))


def _what(fields: list[str]) -> What:
    if "title" in fields:
        return What.RETITLED
    if set(fields) <= _MOVED:
        return What.MOVED
    if set(fields) <= _TIMED:
        return What.RETIMED
    return What.CHANGED


def _agenda(result: Review, base: dict | None, ours: dict, theirs: dict) -> None:
    b, o, t = (_by(base["items"]) if base else {}), _by(ours["items"]), _by(theirs["items"])
    for uuid, item in t.items():
        before, mine = b.get(uuid), o.get(uuid)
        if mine is None:
            if before is None:
                result.changes.append(Change(Area.AGENDA, What.ADDED, uuid, item["title"],
                                             theirs=item))
            elif _fields(item) != _fields(before):  # we removed it, they changed it
                result.changes.append(Change(Area.AGENDA, What.CHANGED, uuid, item["title"],
                                             ours=None, theirs=item, base=before, conflict=True))
            continue
        taken, conflicts = [], []
        for name in AGENDA_FIELDS:
            verdict = _three_way(None if before is None else before.get(name), mine.get(name),
                                 item.get(name))
            if verdict == "take":
                taken.append(name)
            elif verdict == "conflict":
                conflicts.append(name)
        for names, conflict in ((taken, False), (conflicts, True)):
            if not names:
                continue
            if conflict:  # one row per field: each is decided on its own
                for name in names:
                    result.changes.append(Change(
                        Area.AGENDA, _what([name]), uuid, item["title"], name, mine.get(name),
                        item.get(name), None if before is None else before.get(name), True))
            else:
                result.changes.append(Change(
                    Area.AGENDA, _what(names), uuid, item["title"], ",".join(names),
                    {n: mine.get(n) for n in names}, {n: item.get(n) for n in names}))
    children: dict[str, list[str]] = {}
    for uuid, mine in o.items():
        children.setdefault(mine.get("parent") or "", []).append(uuid)

    def added_under(uuid: str) -> bool:  # a row we added since, anywhere below it
        return any(child not in b or added_under(child) for child in children.get(uuid, ()))

    for uuid, mine in o.items():
        if uuid in t or uuid not in b:
            continue  # still on both, or added by us since
        before = b[uuid]  # they removed it
        # a conflict when we changed it since, or added under it (removing it would take
        # our new rows with it): it stays until staff decide
        conflict = _fields(mine) != _fields(before) or added_under(uuid)
        result.changes.append(Change(Area.AGENDA, What.REMOVED, uuid, mine["title"], ours=mine,
                                     base=before, conflict=conflict))


def _fields(item: dict) -> tuple:
    return tuple(item.get(name) for name in AGENDA_FIELDS)


def _member_label(member: dict) -> str:
    person = member["person"]
    return " ".join(p for p in (person["given_names"], person["first_surname"],
                                person["second_surname"]) if p)


def _delegation(result: Review, ours: dict, theirs: dict, side: str) -> None:
    """Their list replaces ours of them: every difference is shown, none is a conflict."""
    mine: dict = next((lst for lst in ours["lists"] if lst["side"] == side), {"members": []})
    sent = next((lst for lst in theirs["lists"] if lst["side"] == side), None)
    if sent is None or not sent["members"]:
        return  # no list yet: the one we keep of them stays until they send one
    o = {m["person"]["uuid"]: m for m in mine["members"]}
    t = {m["person"]["uuid"]: m for m in sent["members"]}
    for uuid, member in t.items():
        if uuid not in o:
            result.changes.append(Change(Area.DELEGATION, What.ADDED, uuid,
                                         _member_label(member), theirs=member))
        elif _comparable(o[uuid]) != _comparable(member):
            changed = [k for k in _comparable(member) if _comparable(member)[k]
                       != _comparable(o[uuid]).get(k)]
            what = What.MOVED if changed == ["precedence"] else What.CHANGED
            result.changes.append(Change(Area.DELEGATION, what, uuid, _member_label(member),
                                         ",".join(changed), o[uuid], member))
    for uuid, member in o.items():
        if uuid not in t:
            result.changes.append(Change(Area.DELEGATION, What.REMOVED, uuid,
                                         _member_label(member), ours=member))


def _comparable(member: dict) -> dict:
    flat = {k: v for k, v in member.items() if k != "person"}
    flat.update({f"person.{k}": v for k, v in member["person"].items()})
    return flat


def _line_key(line: dict) -> str:
    return f"{line['plan']}/{line['code']}"


def _actions(result: Review, base: dict | None, ours: dict, theirs: dict) -> None:
    b = {_line_key(x): x for x in base["lines"]} if base else {}
    o = {_line_key(x): x for x in ours["lines"]}
    for key, line in ((_line_key(x), x) for x in theirs["lines"]):
        mine = o.get(key)
        if mine is None:  # each database keeps its own plan: shown, never created here
            result.changes.append(Change(Area.ACTIONS, What.NOT_HELD, key, line["title"],
                                         theirs=line))
            continue
        before = b.get(key)
        for name in LINE_FIELDS:
            verdict = _three_way(None if before is None else before.get(name), mine.get(name),
                                 line.get(name))
            if verdict:
                result.changes.append(Change(
                    Area.ACTIONS, What.STATUS, key, line["title"], name, mine.get(name),
                    line.get(name), None if before is None else before.get(name),
                    verdict == "conflict"))


def _communique(result: Review, base: dict | None, ours: dict, theirs: dict) -> None:
    sent = theirs["paragraphs"]
    if not sent or (base is not None and sent == base["paragraphs"]) or sent == ours["paragraphs"]:
        return
    result.changes.append(Change(Area.COMMUNIQUE, What.PROPOSAL, "", len(sent), theirs=sent))


def choice(change: Change, prefer: Prefer) -> str | None:
    """The side staff chose for a conflict ("ours", "theirs"), or None."""
    if prefer is None or isinstance(prefer, str):
        return prefer
    return prefer.get(change.ident)


def settled(review: Review, prefer: Prefer) -> bool:
    """Whether every conflict has a decision."""
    return all(choice(c, prefer) in ("ours", "theirs") for c in review.conflicts)


def decided(change: Change, prefer: Prefer) -> bool:
    """Whether ``change`` comes in: every change that is no conflict, a conflict only when
    staff chose theirs for it."""
    if change.what is What.NOT_HELD:
        return False  # reported to staff, nothing written
    return not change.conflict or choice(change, prefer) == "theirs"


def merged_agenda(ours: list[dict], changes: list[Change], prefer: Prefer) -> list[dict]:
    """Our agenda items with what comes in applied (rows removed, added, fields taken)."""
    items = {i["uuid"]: dict(i) for i in ours}
    for change in changes:
        if change.area is not Area.AGENDA or not decided(change, prefer):
            continue
        if change.what is What.REMOVED:
            items.pop(change.key, None)
        elif change.what is What.ADDED or change.key not in items:
            items[change.key] = dict(change.theirs)
        else:
            for name in change.field.split(","):
                items[change.key][name] = (change.theirs[name] if isinstance(change.theirs, dict)
                                           and not change.conflict else change.theirs)
    return list(items.values())
