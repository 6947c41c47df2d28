"""The communiqué's first draft, generated from the meeting's facts, in both languages.

The wording is not here: it comes from the ``ParagraphPattern`` rows staff can
edit (opening, action_plan, completed_line, commitments, closing), filled with
the facts through ``str.format`` placeholders. Only the fallback closing (no
next plenary on file yet) and the joining words between names live in code.
Each side's copy names its own country first; ``country_order`` rewrites the
usual pairings ("the United States and Mexico" / "México y los Estados Unidos").

The adopted plans come in one sentence (``{plans}``) and the lines of action in one
paragraph per plan (``{lines}``), with the same one|several forms.

The principals come in groups by how they take part: ``{hosts}``, ``{co_hosts}``,
``{visiting_heads}`` (and ``{principals}``, all of them). A group agrees with its
words through the placeholder's format: ``{co_hosts:Fue coanfitrión|Fueron
coanfitriones}`` (one|several) or ``{hosts:Fue anfitrión|Fue anfitriona|Fueron
anfitriones|Fueron anfitrionas}`` (a man|a woman|several|several women). A sentence
that names a group nobody is in is left out, so a meeting without co-hosts prints
no empty clause.
"""

from __future__ import annotations

import datetime as dt
import re
import string
from dataclasses import dataclass

from ..i18n.catalogue import N_, say
from ..i18n.formatting import format_date, meeting_name
from ..model.bilingual import LANGUAGES, Bilingual
from ..model.entities import (
    ActionLine,
    ActionPlan,
    Meeting,
    Membership,
    ParagraphStatus,
    Principal,
)
from . import people
from .brackets import agreed_but_bracketed
from .people import running_name
from .running_text import post_in_sentence, title_in_sentence

# Used when no plenary after this one is on file (the usual case before the meeting).
NEUTRAL_CLOSING = Bilingual(
    "The delegations agreed to hold the next Plenary Meeting on a date and at a venue to be "
    "set through diplomatic channels.",
    "Las delegaciones acordaron celebrar la próxima Reunión Plenaria en la fecha y el lugar que "
    "se definan por la vía diplomática.",
)

# Until someone on either list is marked host, the opening names them in brackets: text
# still to be settled, which the checks and the pre-flight then point out.
NO_HOSTS = Bilingual("[names of the hosts]", "[nombres de los anfitriones]")

_AND = {"en": "and", "es": "y"}
# The placeholders that name a group of principals, by how they take part.
GROUPS = {"hosts": (Principal.HOST,), "co_hosts": (Principal.CO_HOST,),
          "visiting_heads": (Principal.VISITING_HEAD,),
          "principals": (Principal.HOST, Principal.CO_HOST, Principal.VISITING_HEAD)}


class PatternProblem(ValueError):
    """A paragraph pattern that cannot be filled (a stray brace, an unknown placeholder).

    ``reason`` is one of ``PATTERN_PROBLEMS``; ``text(lang)`` words it, and the window and
    the command line show the same sentence."""

    def __init__(self, key: str, lang: str, reason: str, *, placeholder: str | None = None,
                 known: str = "", forms: str = "") -> None:
        self.key, self.lang, self.reason = key, lang, reason
        self.placeholder, self.known, self.forms = placeholder, known, forms
        super().__init__(self.text())

    def text(self, language: str | None = None) -> str:
        """The problem in ``language`` (default: the messages language)."""
        return say(PATTERN_PROBLEMS[self.reason], language, key=self.key,
                   language=say(LANGUAGE_NAMES[self.lang], language),
                   placeholder=self.placeholder or "", known=self.known, forms=self.forms)


LANGUAGE_NAMES = {"en": N_("English"), "es": N_("Spanish")}  # inside a sentence
PATTERN_PROBLEMS = {
    "placeholder": N_("The paragraph pattern “{key}” ({language}) has an unknown placeholder "
                      "{{{placeholder}}}. Known placeholders: {known}."),
    "forms": N_("The paragraph pattern “{key}” ({language}) cannot be filled: the forms "
                "{{…:{forms}}} must be two (one|several) or four (a man|a woman|several|several "
                "women)."),
    "brace": N_("The paragraph pattern “{key}” ({language}) cannot be filled: a brace is out "
                "of place. Write literal braces as {{{{ and }}}}."),
}


@dataclass(frozen=True)
class DraftParagraph:
    key: str  # the pattern it came from
    text: Bilingual
    status: ParagraphStatus = ParagraphStatus.DRAFT


# --------------------------------------------------------------------------- facts

@dataclass(frozen=True)
class Group:
    """People named together in a pattern, with what Spanish agreement needs."""

    names: Bilingual  # "Amb. Christopher Landau, U.S. Ambassador to Mexico; and …"
    count: int
    all_women: bool

    @classmethod
    def of(cls, members: list[Membership]) -> Group:
        return cls(Bilingual(host_names(members, "en"), host_names(members, "es")),
                   len(members), bool(members) and all(is_woman(m) for m in members))


class _Named(str):
    """A group's names in one language; its format spec picks the agreeing words."""

    people: int  # how many (``count`` is a method of str)
    all_women: bool

    def __new__(cls, text: str, count: int, all_women: bool) -> _Named:
        named = super().__new__(cls, text)
        named.people, named.all_women = count, all_women
        return named

    def __format__(self, spec: str) -> str:
        if "|" not in spec:
            return format(str(self), spec)
        forms = spec.split("|")
        several = self.people > 1
        if len(forms) == 2:
            return forms[several]
        if len(forms) == 4:
            return forms[2 * several + self.all_women]
        raise _FormsProblem(spec)


class _FormsProblem(ValueError):
    pass


def hosts(principals: list[Membership], host_party_id: int | None,
          kinds: tuple[Principal, ...] = GROUPS["principals"]) -> list[Membership]:
    """The principals of these kinds: the host party's first, each list in protocol order."""
    rows = [m for m in principals if m.principal in kinds]
    return sorted(rows, key=lambda m: (m.delegation.party_id != host_party_id,
                                       m.delegation.party_id, m.precedence, m.id))


def is_woman(m: Membership) -> bool:
    """For Spanish agreement ("la Dra.", "anfitriona"): see ``people.is_woman``."""
    return people.is_woman(m.person.honorific, m.title.es or m.person.title.es)


def host_names(members: list[Membership], lang: str) -> str:
    """"Dr. Jesús Seade Kuri, Under Secretary …; Ambassador Christopher Landau, …; and …" /
    "el doctor Jesús Seade Kuri, subsecretario …": honorifics in full, Spanish posts in
    lowercase (running text)."""
    parts = []
    for m in members:
        title = post_in_sentence(m.title.either(lang) or m.person.title.either(lang), lang)
        name = running_name(m.person, lang, is_woman(m))
        parts.append(f"{name}, {title}" if title else name)
    return join_list(parts, lang, separator="; " if any("," in p for p in parts) else ", ")


def listed(titles: list[Bilingual], *, plans: bool = False) -> Group:
    """Titles named together in a sentence ("{lines}"), each as running text; Spanish plan
    names too ("en materia de infraestructura de puertos de entrada"), English ones keep
    their capitals ("the Action Plan on Trade and Travel Facilitation")."""
    def one(title: Bilingual, lang: str) -> str:
        text = title.either(lang)
        return text if plans and lang == "en" else title_in_sentence(text)

    def joined(lang: str) -> str:
        parts = [one(t, lang) for t in titles]
        return join_list(parts, lang, separator="; " if any("," in p for p in parts) else ", ")

    return Group(Bilingual(joined("en"), joined("es")), len(titles), False)


def join_list(parts: list[str], lang: str, separator: str = ", ") -> str:
    if len(parts) <= 1:
        return "".join(parts)
    word = _AND[lang]
    if lang == "es" and re.match(r"(?i)h?[ií](?![aeoáéó])", parts[-1]):
        word = "e"  # "y" becomes "e" before an /i/ sound: "Seade e Ibarra"
    if len(parts) == 2:  # "Amb. A, U.S. Ambassador to Mexico, and Mr. B, …": a title closed
        closing = "," if separator.strip() == ";" else ""
        return f"{parts[0]}{closing} {word} {parts[1]}"
    # English takes the serial comma (GPO); Spanish none before "y" (RAE), unless an item
    # holds a "y" of its own ("facilitación del comercio y los viajes, y seguridad pública").
    serial = separator.rstrip()
    if lang == "es" and serial == "," and not any(re.search(r"\s[ye]\s", p) for p in parts[:-1]):
        serial = ""
    return f"{separator.join(parts[:-1])}{serial} {word} {parts[-1]}"


def one_year_after(day: dt.date) -> dt.date:
    try:
        return day.replace(year=day.year + 1)
    except ValueError:  # February 29
        return day.replace(year=day.year + 1, day=28)


# --------------------------------------------------------------------------- generation

@dataclass(frozen=True)
class DraftFacts:
    """What the first draft is written from, gathered by the store (``store.first_draft``)."""

    meeting: Meeting
    patterns: dict[str, Bilingual]  # ParagraphPattern key → text
    committee: Bilingual
    principals: list[Membership]  # everyone on either list who takes part as a principal
    next_plenary: Meeting | None  # the plenary after this one, if on file
    adopted_plans: list[ActionPlan]  # adopted at this meeting, in plan order
    completed: list[ActionLine]  # completed since the previous plenary, up to this one
    commitments: list[ActionLine]  # open lines due within a year of the meeting


class _Facts(dict):
    """Placeholder values; an unknown placeholder is a mistake in the pattern."""

    def __init__(self, key: str, lang: str, values: dict[str, str]) -> None:
        super().__init__(values)
        self.key, self.lang = key, lang

    def __missing__(self, name: str) -> str:
        known = ", ".join("{" + k + "}" for k in sorted(self))
        raise PatternProblem(self.key, self.lang, "placeholder", placeholder=name, known=known)


def _value(value: Bilingual | Group | str, lang: str) -> str:
    if isinstance(value, Group):
        return _Named(value.names.get(lang), value.count, value.all_women)
    return value.either(lang) if isinstance(value, Bilingual) else value


# A sentence ends at ".", "!" or "?" before a capital or a placeholder, except after an
# abbreviation: "Dr. {hosts}", "U.S. Ambassador", "EE. UU. Ambassador" stay whole.
_MAY_END = re.compile(r"(\S*)[.!?]\s+(?=[{¿¡A-ZÁÉÍÓÚÑ])")
_ABBREVIATIONS = frozenset(
    {form.rstrip(".").lower() for forms in people.HONORIFICS.values() for form in forms}
    | {"srta", "ee", "uu", "no", "núm", "st", "mt"})


def _sentences(text: str) -> list[str]:
    out, start = [], 0
    for end in _MAY_END.finditer(text):
        word = end.group(1).lstrip("({[«“\"'")
        if "." in word or word.lower() in _ABBREVIATIONS:
            continue
        out.append(text[start:end.end()].rstrip())
        start = end.end()
    out.append(text[start:])
    return out


def _names_nobody(sentence: str, facts: _Facts) -> bool:
    """Whether the sentence names a group of people nobody is in."""
    for _, field_name, _, _ in string.Formatter().parse(sentence):
        found = re.match(r"\w*", field_name or "")
        named = facts.get(found.group(0)) if found else None
        if isinstance(named, _Named) and named.people == 0:
            return True
    return False


def fill(key: str, pattern: Bilingual, values: dict[str, Bilingual | Group | str]) -> Bilingual:
    """The pattern with its placeholders replaced, per language; a sentence naming a
    group of people nobody is in (no co-hosts) is left out."""
    out = {}
    for lang in LANGUAGES:
        facts = _Facts(key, lang, {name: _value(v, lang) for name, v in values.items()})
        text = pattern.get(lang)
        try:
            list(string.Formatter().parse(text))
            filled = text.format_map(facts)
            sentences = _sentences(text)
            if len(sentences) > 1 and any(_names_nobody(s, facts) for s in sentences):
                filled = " ".join(s.format_map(facts) for s in sentences
                                  if not _names_nobody(s, facts))
            elif _names_nobody(text, facts):
                filled = ""
            out[lang] = filled
        except PatternProblem:
            raise
        except _FormsProblem as e:
            raise PatternProblem(key, lang, "forms", forms=str(e)) from e
        except (ValueError, IndexError, AttributeError, KeyError) as e:
            raise PatternProblem(key, lang, "brace") from e
    return Bilingual(**out)


def meeting_facts(facts: DraftFacts) -> dict[str, Bilingual | Group | str]:
    def both(make) -> Bilingual:
        return Bilingual(make("en"), make("es"))

    meeting, nxt = facts.meeting, facts.next_plenary
    groups = {name: Group.of(hosts(facts.principals, meeting.host_party_id, kinds))
              for name, kinds in GROUPS.items()}
    # Nobody marked as host or co-host yet (perhaps only the visiting head): the host
    # sentence says so in brackets, to be settled, rather than leaving out who hosted.
    if not groups["hosts"].count and not groups["co_hosts"].count:
        groups["hosts"] = Group(NO_HOSTS, 2, False)
    if not groups["principals"].count:
        groups["principals"] = Group(NO_HOSTS, 2, False)
    return {
        **groups,
        "committee": facts.committee,
        "ordinal_meeting": both(lambda lang: meeting_name(meeting.kind.value, meeting.number, lang)),
        "date": both(lambda lang: format_date(meeting.start_date, lang)),
        "city": meeting.city,
        "venue": meeting.venue,
        "next_meeting": both(lambda lang: meeting_name(nxt.kind.value, nxt.number, lang))
        if nxt else Bilingual(),
        "next_city": nxt.city if nxt else Bilingual(),
        "next_date": both(lambda lang: format_date(nxt.start_date, lang)) if nxt else Bilingual(),
    }


def write_draft(facts: DraftFacts) -> list[DraftParagraph]:
    """A first draft: opening, one paragraph per adopted plan, completed lines, commitments,
    closing. Raises PatternProblem for a pattern that cannot be filled."""
    patterns = facts.patterns
    values = meeting_facts(facts)
    out: list[DraftParagraph] = []

    def add(key: str, **extra: Bilingual | Group | str) -> None:
        pattern = patterns.get(key)
        if pattern is not None and not pattern.is_empty():
            text = fill(key, pattern, {**values, **extra})
            if not text.is_empty():  # every sentence named nobody ("Co-hosts: {co_hosts}.")
                out.append(DraftParagraph(key, text))

    add("opening")
    # One sentence for all the plans adopted, one paragraph per plan for its lines: prose,
    # not a copy of one sentence per line. ({plan} and {line} name the same groups, so a
    # pattern staff edited before the grouping still fills.)
    if facts.adopted_plans:
        plans = listed([plan.title for plan in facts.adopted_plans], plans=True)
        add("action_plan", plans=plans, plan=plans, plan_description=Bilingual(
            *(" ".join(p.description.get(lang) for p in facts.adopted_plans if
                       p.description.get(lang)) for lang in LANGUAGES)))
    for plan, lines in by_plan(facts.completed):
        group = listed([line.title for line in lines])
        add("completed_line", plan=_plan_name(plan), lines=group, line=group)
    for plan, lines in by_plan(facts.commitments):
        last = max(line.due_date for line in lines if line.due_date is not None)
        group = listed([line.title for line in lines])
        add("commitments", plan=_plan_name(plan), lines=group, line=group,
            due_date=Bilingual(format_date(last, "en"), format_date(last, "es")))
    if facts.next_plenary is not None:
        add("closing")
    else:
        out.append(DraftParagraph("closing", patterns.get("closing_unset") or NEUTRAL_CLOSING))
    return out


def by_plan(lines: list[ActionLine]) -> list[tuple[ActionPlan, list[ActionLine]]]:
    """The lines under their plans, in plan order; each plan's lines in the order given."""
    groups: dict[int, tuple[ActionPlan, list[ActionLine]]] = {}
    for line in lines:
        groups.setdefault(line.plan.id, (line.plan, []))[1].append(line)
    return sorted(groups.values(), key=lambda group: (group[0].position, group[0].id))


def _plan_name(plan: ActionPlan) -> Bilingual:
    """The plan's name after "Action Plan on" / "Plan de Acción en materia de"."""
    named = listed([plan.title], plans=True).names
    return Bilingual(named.en, named.es)


# --------------------------------------------------------------------------- each side's copy

# (U.S.-first form, Mexico-first form) per language; the longest forms first.
_PAIRS = {
    "en": (
        ("United States–Mexico", "Mexico–United States"),
        ("United States-Mexico", "Mexico-United States"),
        ("U.S.–Mexico", "Mexico–U.S."),
        ("U.S.-Mexico", "Mexico-U.S."),
        ("the United States and Mexico", "Mexico and the United States"),
    ),
    "es": (
        ("Estados Unidos–México", "México–Estados Unidos"),
        ("Estados Unidos-México", "México-Estados Unidos"),
        ("de los Estados Unidos y de México", "de México y de los Estados Unidos"),
        ("los Estados Unidos y México", "México y los Estados Unidos"),
        ("Estados Unidos y México", "México y Estados Unidos"),
    ),
}


def country_order(text: str, lang: str, first: str) -> str:
    """The text with the two countries named in this copy's order (``first``: "US"/"MX")."""
    pairs = _PAIRS[lang]
    sources = [(mx, us) for us, mx in pairs] if first == "US" else list(pairs)
    lookup: dict[str, str] = {}
    for source, target in sources:
        lookup.setdefault(source, target)
        lookup.setdefault(source[0].upper() + source[1:], target[0].upper() + target[1:])
    pattern = re.compile("|".join(re.escape(s) for s in lookup))
    return pattern.sub(lambda m: lookup[m.group(0)], text)


def split_point(text: str, fraction: float) -> int:
    """Where to split the other language's text: the sentence end nearest the same place."""
    if not text:
        return 0
    target = round(len(text) * min(max(fraction, 0.0), 1.0))
    ends = [m.end() for m in re.finditer(r"[.;:!?]\s+", text)] + [0, len(text)]
    return min(ends, key=lambda n: (abs(n - target), n))


def clean_blockers(rows: list) -> tuple[list, list, list]:
    """What stops the clean (final) text: paragraphs not agreed, agreed ones still
    bracketed, and those whose two language texts nobody has checked as saying the same
    (conformity: ``conformity_at`` unset). Ad referendum is not agreed."""
    pending = [r for r in rows if r.status != ParagraphStatus.AGREED]
    bracketed = [r for r in rows if agreed_but_bracketed(r.text, r.status)]
    unchecked = [r for r in rows if getattr(r, "conformity_at", None) is None]
    return pending, bracketed, unchecked
