"""What every new database holds before anyone types a word.

Both parties with their official names, the committee's name, the agencies both
sides bring, the communiqué generator's stock patterns and a starter termbase.
Migration 0003 writes them (``seed``), so ``init``, File ▸ New database and the
demo all start from the same rows; the demo adds its people and meetings on top.

``seed`` works on a bare connection with table stubs, not the ORM classes, because
a migration must run against the schema of its own revision, not today's models.
It adds only what is missing, so running it on a database that has the rows already
(a demo file of schema 0002) changes nothing.
"""

from __future__ import annotations

import uuid

import sqlalchemy as sa

from ..model.bilingual import Bilingual as B

# code: (official name, short name, own language)
PARTIES = {
    "US": (B("United States of America", "Estados Unidos de América"),
           B("United States", "Estados Unidos"), "en"),
    "MX": (B("United Mexican States", "Estados Unidos Mexicanos"), B("Mexico", "México"), "es"),
}

COMMITTEE_NAME = B("21st Century Border Management Initiative Executive Steering Committee",
                   "Comité Ejecutivo Bilateral para la Administración de la Frontera en el Siglo XXI")
COMMITTEE_ACRONYM = B("ESC", "CEB")

# The handling marking each side puts on its internal papers by default, in both
# languages (editable in File ▸ Database settings).
MARKINGS = {
    "US": B("SENSITIVE BUT UNCLASSIFIED", "SENSIBLE NO CLASIFICADO"),
    "MX": B("FOR INTERNAL USE ONLY", "DOCUMENTO DE USO INTERNO"),
}


NO_SHORT_NAME = B()

# The rows every database seeds are named alike on both sides (a meeting package names
# parties, agencies and the committee by these), so their UUIDs derive from their codes.
IDENTITIES = uuid.UUID("6f1d2b8e-5c3a-5e4b-9a1f-21cb0e5c0000")
COMMITTEE_UUID = str(uuid.uuid5(IDENTITIES, "committee/21CBMI-ESC"))


def party_uuid(code: str) -> str:
    return str(uuid.uuid5(IDENTITIES, f"party/{code}"))


def agency_uuid(party_code: str, acronym: str) -> str:
    return str(uuid.uuid5(IDENTITIES, f"agency/{party_code}/{acronym}"))


def _agency(name: B, short: B = NO_SHORT_NAME) -> tuple[B, B]:
    return name, short


# The agencies that sit on the committee or report on its lines of action, under
# their current names. Short names are what staff write in a spreadsheet ("State").
AGENCIES = {
    "US": {
        "DOS": _agency(B("Department of State", "Departamento de Estado"), B("State", "Estado")),
        "DHS": _agency(B("Department of Homeland Security", "Departamento de Seguridad Nacional"),
                       B("Homeland Security", "Seguridad Nacional")),
        "CBP": _agency(B("U.S. Customs and Border Protection",
                         "Oficina de Aduanas y Protección Fronteriza"),
                       B("Customs and Border Protection", "Aduanas y Protección Fronteriza")),
        "ICE": _agency(B("U.S. Immigration and Customs Enforcement",
                         "Servicio de Inmigración y Control de Aduanas"),
                       B("Immigration and Customs Enforcement", "")),
        "GSA": _agency(B("General Services Administration", "Administración de Servicios Generales")),
        "DOJ": _agency(B("Department of Justice", "Departamento de Justicia"),
                       B("Justice", "Justicia")),
        "DOT": _agency(B("Department of Transportation", "Departamento de Transporte"),
                       B("Transportation", "Transporte")),
        "DOC": _agency(B("Department of Commerce", "Departamento de Comercio"),
                       B("Commerce", "Comercio")),
        "USDA": _agency(B("Department of Agriculture", "Departamento de Agricultura"),
                        B("Agriculture", "Agricultura")),
        "IBWC": _agency(B("International Boundary and Water Commission, U.S. Section",
                          "Comisión Internacional de Límites y Aguas, Sección Estadounidense")),
    },
    "MX": {
        "SRE": _agency(B("Ministry of Foreign Affairs", "Secretaría de Relaciones Exteriores"),
                       B("Foreign Affairs", "Relaciones Exteriores")),
        "SEGOB": _agency(B("Ministry of the Interior", "Secretaría de Gobernación"),
                         B("Interior", "Gobernación")),
        "SHCP": _agency(B("Ministry of Finance and Public Credit",
                          "Secretaría de Hacienda y Crédito Público"),
                        B("Finance", "Hacienda")),
        "SAT": _agency(B("Tax Administration Service", "Servicio de Administración Tributaria")),
        "ANAM": _agency(B("National Customs Agency of Mexico", "Agencia Nacional de Aduanas de México"),
                        B("Customs", "Aduanas")),
        "INM": _agency(B("National Migration Institute", "Instituto Nacional de Migración")),
        "SSPC": _agency(B("Ministry of Security and Citizen Protection",
                          "Secretaría de Seguridad y Protección Ciudadana"),
                        B("Security", "Seguridad")),
        "SICT": _agency(B("Ministry of Infrastructure, Communications and Transportation",
                          "Secretaría de Infraestructura, Comunicaciones y Transportes")),
        "SE": _agency(B("Ministry of Economy", "Secretaría de Economía"), B("Economy", "Economía")),
        "INDAABIN": _agency(B("Institute of Administration and Appraisal of National Assets",
                              "Instituto de Administración y Avalúos de Bienes Nacionales")),
        "CILA": _agency(B("International Boundary and Water Commission, Mexican Section",
                          "Comisión Internacional de Límites y Aguas, Sección Mexicana")),
    },
}

# The termbase a translator starts from: (term, acronyms, note).
TERMS = (
    (B("Executive Steering Committee", "Comité Ejecutivo Bilateral"), B("ESC", "CEB"),
     "Also written Bilateral Executive Steering Committee (BESC)."),
    (B("21st Century Border Management Initiative",
       "Iniciativa para la Administración de la Frontera en el Siglo XXI"), B(), ""),
    (B("21st Century Border Management Initiative Strategy",
       "Estrategia de la Iniciativa para la Administración de la Frontera en el Siglo XXI"),
     B(), "Approved at the 12th Plenary Meeting."),
    (B("Ministry of Foreign Affairs", "Secretaría de Relaciones Exteriores"), B("SRE", "SRE"),
     "Keep the Spanish acronym in English texts."),
    (B("Department of Homeland Security", "Departamento de Seguridad Nacional"),
     B("DHS", "DHS"), "Keep the English acronym in Spanish texts."),
    (B("Department of State", "Departamento de Estado"), B("DOS", "DOS"), ""),
    (B("U.S. Customs and Border Protection", "Oficina de Aduanas y Protección Fronteriza"),
     B("CBP", "CBP"), ""),
    (B("port of entry", "puerto de entrada"), B("POE", ""), ""),
    (B("Unified Cargo Processing", "Procesamiento Unificado de Carga"), B("UCP", "UCP"),
     "Spanish texts keep the English acronym."),
    (B("Trusted Traveler Programs", "Programas de Viajeros Confiables"), B(), ""),
    (B("action plan", "plan de acción"), B(), "Capitalized when naming an adopted plan."),
    (B("line of action", "línea de acción"), B(), ""),
    (B("joint communiqué", "comunicado conjunto"), B(), ""),
    (B("plenary meeting", "reunión plenaria"), B(), ""),
    (B("public safety", "seguridad pública"), B(), ""),
    (B("wait times", "tiempos de espera"), B(), ""),
    (B("law enforcement information", "información para la aplicación de la ley"), B(), ""),
    (B("Under Secretary for North America", "Subsecretario para América del Norte"), B(),
     "Lowercase in Spanish running text: «el subsecretario para América del Norte»."),
)

# str.format patterns for the communiqué generator (bescapp.domain.communique). Placeholders:
#   {ordinal_meeting}, {next_meeting}: the meeting's name, "12th Plenary Meeting" /
#       "XII Reunión Plenaria" (i18n.formatting.meeting_name); {date}: long date;
#   {city}, {next_city}; {committee}: the committee's name (File ▸ Database settings;
#       the stock opening spells it out, as the termbase has it, since the stock Spanish
#       name lacks "Iniciativa");
#   {hosts}, {co_hosts}, {visiting_heads}: those principals' names and titles joined
#       ({principals}: all of them); {hosts:one|several} or {hosts:a man|a woman|several|
#       several women} gives the words that agree with the group. A sentence naming a
#       group nobody is in is left out. {plans}: the adopted plans' names, in one sentence;
#       {plan}, {lines}: a plan and its lines of action, one paragraph per plan ({lines:one|
#       several} agrees); {line} is {lines} under its earlier name.
PATTERNS = (
    ("opening", B(
        "High-level representatives of the Governments of the United States and Mexico met on "
        "{date}, in {city} for the {ordinal_meeting} of the 21st Century Border Management "
        "Initiative Executive Steering Committee. "
        "The meeting was hosted by {hosts}. "
        "{co_hosts:The co-host was|The co-hosts were} {co_hosts}. "
        "{visiting_heads:The head of the visiting delegation was|The heads of the visiting "
        "delegation were} {visiting_heads}.",
        "Representantes de alto nivel de los Gobiernos de México y de los Estados Unidos se "
        "reunieron el {date} en {city} con motivo de la {ordinal_meeting} del Comité Ejecutivo "
        "Bilateral de la Iniciativa para la Administración de la Frontera en el Siglo XXI. "
        "{hosts:Fue anfitrión|Fue anfitriona|Fueron anfitriones|Fueron anfitrionas} de la "
        "reunión {hosts}. "
        "{co_hosts:Fue coanfitrión|Fue coanfitriona|Fueron coanfitriones|Fueron coanfitrionas} "
        "{co_hosts}. "
        "{visiting_heads:Encabezó|Encabezó|Encabezaron|Encabezaron} la delegación visitante "
        "{visiting_heads}.")),
    ("action_plan", B(
        "The delegations adopted the {plans:Action Plan|Action Plans} on {plans}.",
        "Las delegaciones adoptaron {plans:el Plan de Acción|los Planes de Acción} en materia "
        "de {plans}.")),
    ("completed_line", B(
        "Under the Action Plan on {plan}, both countries highlighted the completion of "
        "{lines:the following line of action|the following lines of action}: {lines}.",
        "En el marco del Plan de Acción en materia de {plan}, ambos países destacaron la "
        "conclusión de {lines:la siguiente línea de acción|las siguientes líneas de acción}: "
        "{lines}.")),
    ("commitments", B(
        "Under the Action Plan on {plan}, both countries committed to continue their work on "
        "{lines:the following line of action|the following lines of action}: {lines}.",
        "En el marco del Plan de Acción en materia de {plan}, ambos países se comprometieron a "
        "continuar sus trabajos en {lines:la siguiente línea de acción|las siguientes líneas de "
        "acción}: {lines}.")),
    ("closing", B(
        "The delegations agreed to hold the {next_meeting} in {next_city}, on a date to be set "
        "through diplomatic channels.",
        "Las delegaciones acordaron celebrar la {next_meeting} en {next_city}, en una fecha que "
        "se definirá por la vía diplomática.")),
)


def _stub(name: str, *columns: str) -> sa.TableClause:
    return sa.table(name, *(sa.column(c) for c in columns))


def _pair(prefix: str, value: B) -> dict[str, str]:
    return {f"{prefix}_en": value.en, f"{prefix}_es": value.es}


def seed(connection: sa.Connection) -> None:
    """Insert the starter rows that are missing (see the module's docstring)."""
    party = _stub("party", "id", "code", "name_en", "name_es", "country_en", "country_es",
                  "language")
    known = dict(connection.execute(sa.select(party.c.code, party.c.id)).all())
    for code, (name, country, language) in PARTIES.items():
        if code not in known:
            connection.execute(sa.insert(party).values(
                code=code, language=language, **_pair("name", name), **_pair("country", country)))
    known = dict(connection.execute(sa.select(party.c.code, party.c.id)).all())

    agency = _stub("agency", "party_id", "acronym", "name_en", "name_es", "short_name_en",
                   "short_name_es")
    present = set(connection.execute(sa.select(agency.c.party_id, agency.c.acronym)).all())
    for code, names in AGENCIES.items():
        for acronym, (name, short) in names.items():
            if (known[code], acronym) not in present:
                connection.execute(sa.insert(agency).values(
                    party_id=known[code], acronym=acronym, **_pair("name", name),
                    **_pair("short_name", short)))
            else:  # a demo file's agency: give it the short names it lacked
                connection.execute(
                    sa.update(agency)
                    .where(agency.c.party_id == known[code], agency.c.acronym == acronym,
                           agency.c.short_name_en == "", agency.c.short_name_es == "")
                    .values(**_pair("short_name", short)))

    settings = _stub("database_settings", "id", "committee_name_en", "committee_name_es",
                     "committee_acronym_en", "committee_acronym_es", "handling_marking_en",
                     "handling_marking_es")
    if connection.execute(sa.select(settings.c.id)).first() is None:
        connection.execute(sa.insert(settings).values(
            id=1, **_pair("committee_name", COMMITTEE_NAME),
            **_pair("committee_acronym", COMMITTEE_ACRONYM), **_pair("handling_marking", B())))

    term = _stub("term", "term_en", "term_es", "acronym_en", "acronym_es", "note")
    terms = set(connection.execute(sa.select(term.c.term_en)).scalars())
    rows: list[dict[str, object]] = [{**_pair("term", t), **_pair("acronym", a), "note": note}
            for t, a, note in TERMS if t.en not in terms]
    if rows:
        connection.execute(sa.insert(term), rows)

    pattern = _stub("paragraph_pattern", "key", "position", "text_en", "text_es")
    keys = set(connection.execute(sa.select(pattern.c.key)).scalars())
    rows = [{"key": key, "position": i, **_pair("text", text)}
            for i, (key, text) in enumerate(PATTERNS) if key not in keys]
    if rows:
        connection.execute(sa.insert(pattern), rows)


# Earlier stock texts of each pattern, oldest first. A stored pattern that still reads
# exactly like one of them was never edited by staff, so a migration may renew it.
EARLIER_PATTERNS: dict[str, tuple[B, ...]] = {
    # one paragraph per plan and per line, before the lines were grouped (0007 renews them)
    "action_plan": (B(
        "The delegations adopted the Action Plan on {plan}.",
        "Las delegaciones adoptaron el Plan de Acción en materia de {plan}."),),
    "completed_line": (B(
        "Both countries highlighted the completion of the following line of action: {line}.",
        "Ambos países destacaron la conclusión de la siguiente línea de acción: {line}."),),
    "commitments": (B(
        "Under the Action Plan on {plan}, both countries committed to continue their work on "
        "the following line of action: {line}.",
        "En el marco del Plan de Acción en materia de {plan}, ambos países se comprometieron a "
        "continuar sus trabajos en la siguiente línea de acción: {line}."),),
    "opening": (B(
        "High-level representatives of the Governments of the United States and Mexico met on "
        "{date}, in {city} for the {ordinal_meeting} of the 21st Century Border Management "
        "Initiative Executive Steering Committee. The meeting was hosted by {hosts}.",
        "Representantes de alto nivel de los Gobiernos de México y de los Estados Unidos se "
        "reunieron el {date} en {city} con motivo de la {ordinal_meeting} del Comité Ejecutivo "
        "Bilateral de la Iniciativa para la Administración de la Frontera en el Siglo XXI. La "
        "reunión fue encabezada por {hosts}."),),
}


def renew_stock_patterns(connection: sa.Connection) -> None:
    """Replace each stored pattern nobody has edited (it reads like an earlier stock
    text) with today's stock text; an edited pattern is the staff's and stays."""
    pattern = _stub("paragraph_pattern", "key", "text_en", "text_es")
    current = dict(PATTERNS)
    for key, earlier in EARLIER_PATTERNS.items():
        for old in earlier:
            if old == current[key]:
                continue
            connection.execute(
                sa.update(pattern)
                .where(pattern.c.key == key, pattern.c.text_en == old.en,
                       pattern.c.text_es == old.es)
                .values(**_pair("text", current[key])))


# Earlier stock Spanish of a termbase entry, by its English term: an entry that still
# reads so was never edited, and a migration may renew it.
EARLIER_TERMS = {"Trusted Traveler Programs": ("Programas de Viajero Confiable",)}


def renew_stock_terms(connection: sa.Connection) -> None:
    """Today's stock Spanish for each termbase entry nobody has edited."""
    term = _stub("term", "term_en", "term_es")
    current = {t.en: t.es for t, _, _ in TERMS}
    for english, earlier in EARLIER_TERMS.items():
        connection.execute(sa.update(term)
                           .where(term.c.term_en == english, term.c.term_es.in_(earlier))
                           .values(term_es=current[english]))
