"""The demo: the 12th Plenary Meeting (Mexico City, March 4, 2020), and bulk for benchmarks.

``load_demo`` fills an empty database with what staff would have on file the
week before the 12th plenary: both parties and their agencies, plenaries 1 to
12, both delegation lists (and a smaller list for the 11th, with older titles),
the agenda with talking points, the three action plans adopted that day with
their lines and status history, a termbase and a communiqué working draft.

Only the three hosts named in the public press release are real people
(``is_sample=False``); everyone else is a sample person whose biography says so.
Dates of plenaries 1 to 11 and all action-line details are plausible, not real.

``add_scale`` adds bulk (sessions, members, action lines) with realistic
bilingual text from a seeded generator, through bulk inserts, for benchmarks.
"""

from __future__ import annotations

import datetime as dt
import functools
import random
import unicodedata
from collections.abc import Iterator
from dataclasses import dataclass

from sqlalchemy import func, insert, select
from sqlalchemy.orm import Session

from ..model.bilingual import Bilingual as B
from ..model.entities import (
    ActionLine,
    ActionPlan,
    Agency,
    AgendaItem,
    AgendaKind,
    AgendaLead,
    Attendance,
    Communique,
    CommuniqueVersion,
    Delegation,
    LineStatus,
    Meeting,
    MeetingKind,
    Membership,
    Paragraph,
    ParagraphPattern,
    ParagraphStatus,
    Party,
    Person,
    Principal,
    Role,
    SessionNumbering,
    StatusUpdate,
    Term,
)
from .starter import PARTIES, PATTERNS, TERMS

DEMO_MEETING_NUMBER = 12
BLANK = B()
SAMPLE_BIO = B("Sample person for the demonstration.", "Persona de ejemplo para la demostración.")

# The day staff "are" in: status history stops here, a few days before the plenary.
LAST_UPDATE = dt.date(2020, 3, 1)


class DemoNotEmpty(Exception):
    """The demo goes only into a database without meetings or action plans."""


# --------------------------------------------------------------------------- parties, agencies

# The agencies the demo's people and lines name, as they were in March 2020. Those the
# starter rows hold already are reused (under today's names); SCT, as transport was
# still called then, is added.
AGENCIES = {
    "US": {
        "DOS": B("Department of State", "Departamento de Estado"),
        "DHS": B("Department of Homeland Security", "Departamento de Seguridad Nacional"),
        "CBP": B("U.S. Customs and Border Protection",
                 "Oficina de Aduanas y Protección Fronteriza"),
        "GSA": B("General Services Administration", "Administración de Servicios Generales"),
        "DOJ": B("Department of Justice", "Departamento de Justicia"),
        "DOT": B("Department of Transportation", "Departamento de Transporte"),
    },
    # Names as of March 2020: customs still sat in SAT, transport was still SCT.
    "MX": {
        "SRE": B("Ministry of Foreign Affairs", "Secretaría de Relaciones Exteriores"),
        "SEGOB": B("Ministry of the Interior", "Secretaría de Gobernación"),
        "SHCP": B("Ministry of Finance and Public Credit",
                  "Secretaría de Hacienda y Crédito Público"),
        "SAT": B("Tax Administration Service (General Customs Administration)",
                 "Servicio de Administración Tributaria (Administración General de Aduanas)"),
        "INM": B("National Migration Institute", "Instituto Nacional de Migración"),
        "SSPC": B("Ministry of Security and Citizen Protection",
                  "Secretaría de Seguridad y Protección Ciudadana"),
        "SCT": B("Ministry of Communications and Transportation",
                 "Secretaría de Comunicaciones y Transportes"),
        "SE": B("Ministry of Economy", "Secretaría de Economía"),
        "INDAABIN": B("Institute of Administration and Appraisal of National Assets",
                      "Instituto de Administración y Avalúos de Bienes Nacionales"),
    },
}


# --------------------------------------------------------------------------- people

@dataclass(frozen=True)
class _Person:
    key: str
    party: str
    agency: str
    honorific: str
    given_names: str
    first_surname: str
    second_surname: str
    title: B  # as of the 12th plenary
    biography: B = BLANK
    is_sample: bool = True


def _sample(key, party, agency, honorific, given, first, second, title, about):
    """A sample person: flagged, and their biography says so before anything else."""
    bio = B(f"{SAMPLE_BIO.en} {about.en}", f"{SAMPLE_BIO.es} {about.es}")
    return _Person(key, party, agency, honorific, given, first, second, title, bio)


PEOPLE = (
    # The three hosts named in the press release.
    _Person("seade", "MX", "SRE", "dr", "Jesús", "Seade", "Kuri",
            B("Under Secretary for North America, Ministry of Foreign Affairs",
              "Subsecretario para América del Norte, Secretaría de Relaciones Exteriores"),
            B("Under Secretary for North America of the Mexican Ministry of Foreign Affairs "
              "(SRE). Host of the 12th Plenary Meeting.",
              "Subsecretario para América del Norte de la Secretaría de Relaciones Exteriores "
              "(SRE). Anfitrión de la XII Reunión Plenaria."),
            is_sample=False),
    _Person("landau", "US", "DOS", "amb", "Christopher", "Landau", "",
            B("U.S. Ambassador to Mexico", "Embajador de los Estados Unidos en México"),
            B("Ambassador of the United States to Mexico, U.S. Department of State. "
              "Host of the 12th Plenary Meeting.",
              "Embajador de los Estados Unidos en México, Departamento de Estado. "
              "Anfitrión de la XII Reunión Plenaria."),
            is_sample=False),
    _Person("mccament", "US", "DHS", "mr", "James W.", "McCament", "",
            B("Under Secretary (Acting) for Strategy, Policy, and Plans, "
              "U.S. Department of Homeland Security",
              "Subsecretario (interino) de Estrategia, Política y Planes del "
              "Departamento de Seguridad Nacional de los Estados Unidos"),
            B("Under Secretary of the U.S. Department of Homeland Security. "
              "Host of the 12th Plenary Meeting.",
              "Subsecretario del Departamento de Seguridad Nacional de los Estados Unidos. "
              "Anfitrión de la XII Reunión Plenaria."),
            is_sample=False),
    # United States sample staff.
    _sample("us_wha", "US", "DOS", "ms", "Laura", "Bennett", "",
            B("Director, Office of Mexican Affairs, Bureau of Western Hemisphere Affairs",
              "Directora de la Oficina de Asuntos de México, Oficina de Asuntos del "
              "Hemisferio Occidental"),
            B("Leads the Department of State's day-to-day work on the U.S.-Mexico border agenda.",
              "Dirige el trabajo cotidiano del Departamento de Estado sobre la agenda "
              "fronteriza entre los Estados Unidos y México.")),
    _sample("us_cbp", "US", "CBP", "mr", "Michael", "Torres", "",
            B("Executive Director, Cargo and Conveyance Security, Office of Field Operations",
              "Director Ejecutivo de Seguridad de Carga y Medios de Transporte, Oficina de "
              "Operaciones de Campo"),
            B("Oversees cargo processing at land ports of entry on the southern border.",
              "Supervisa el procesamiento de carga en los puertos terrestres de entrada de la "
              "frontera sur.")),
    _sample("us_dhs", "US", "DHS", "ms", "Rebecca", "Alvarez", "",
            B("Director for Mexico and Central America, Office of International Affairs",
              "Directora para México y Centroamérica, Oficina de Asuntos Internacionales"),
            B("Coordinates the Department of Homeland Security's cooperation with Mexico.",
              "Coordina la cooperación del Departamento de Seguridad Nacional con México.")),
    _sample("us_gsa", "US", "GSA", "mr", "Daniel", "Whitaker", "",
            B("Regional Commissioner, Public Buildings Service, Pacific Rim Region",
              "Comisionado Regional del Servicio de Edificios Públicos, Región del Pacífico"),
            B("Manages the federal land ports of entry in California and Arizona.",
              "Administra los puertos terrestres de entrada federales en California y Arizona.")),
    _sample("us_dot", "US", "DOT", "ms", "Emily", "Novak", "",
            B("Director, Office of International Transportation and Trade",
              "Directora de la Oficina de Transporte y Comercio Internacionales"),
            B("Works on cross-border trucking and approach-road projects.",
              "Trabaja en el autotransporte transfronterizo y en proyectos de vialidades de "
              "acceso.")),
    _sample("us_doj", "US", "DOJ", "mr", "Thomas", "Greene", "",
            B("Senior Counsel for Mexico, Office of International Affairs, Criminal Division",
              "Asesor Jurídico Principal para México, Oficina de Asuntos Internacionales, "
              "División Penal"),
            B("Handles law enforcement information requests between both countries.",
              "Atiende las solicitudes de información para la aplicación de la ley entre "
              "ambos países.")),
    _sample("us_embassy", "US", "DOS", "ms", "Andrea", "Kim", "",
            B("Border Affairs Coordinator, U.S. Embassy Mexico City",
              "Coordinadora de Asuntos Fronterizos, Embajada de los Estados Unidos en México"),
            B("Follows the action lines from the Embassy.",
              "Da seguimiento a las líneas de acción desde la Embajada.")),
    _sample("us_notes", "US", "DOS", "mr", "Robert", "Castillo", "",
            B("Political Officer, U.S. Embassy Mexico City",
              "Oficial de Asuntos Políticos, Embajada de los Estados Unidos en México"),
            B("Note-taker for the U.S. delegation.",
              "Encargado de tomar notas para la delegación de los Estados Unidos.")),
    _sample("us_11_head", "US", "DHS", "mr", "Richard", "Hale", "",
            B("Assistant Secretary for International Affairs (Acting)",
              "Subsecretario Adjunto de Asuntos Internacionales (interino)"),
            B("Headed the U.S. delegation at the 11th Plenary Meeting.",
              "Encabezó la delegación de los Estados Unidos en la XI Reunión Plenaria.")),
    # Mexican sample staff: two surnames, as Mexican lists write them.
    _sample("mx_dgan", "MX", "SRE", "ms", "María Fernanda", "López", "Hernández",
            B("Director General for North America", "Directora General para América del Norte"),
            B("Coordinates the Mexican delegation to the Executive Steering Committee.",
              "Coordina la delegación de México ante el Comité Ejecutivo Bilateral.")),
    _sample("mx_customs", "MX", "SAT", "mr", "José Luis", "Ramírez", "Ortega",
            B("General Customs Administrator", "Administrador General de Aduanas"),
            B("Responsible for customs operations at the northern border.",
              "Responsable de las operaciones aduaneras en la frontera norte.")),
    _sample("mx_inm", "MX", "INM", "ms", "Ana Gabriela", "Martínez", "Soto",
            B("Director General of Migration Control and Verification",
              "Directora General de Control y Verificación Migratoria"),
            B("Oversees migration screening at ports of entry.",
              "Supervisa la revisión migratoria en los puertos de entrada.")),
    _sample("mx_sspc", "MX", "SSPC", "mr", "Alejandro", "Guzmán", "Villarreal",
            B("Head of the International Affairs Unit",
              "Titular de la Unidad de Asuntos Internacionales"),
            B("Coordinates law enforcement cooperation with U.S. agencies.",
              "Coordina la cooperación policial con las agencias de los Estados Unidos.")),
    _sample("mx_se", "MX", "SE", "ms", "Patricia Elena", "Núñez", "Castañeda",
            B("Director General of Trade Facilitation and Foreign Trade",
              "Directora General de Facilitación Comercial y de Comercio Exterior"),
            B("Works with exporters on border crossing times.",
              "Trabaja con los exportadores en los tiempos de cruce fronterizo.")),
    _sample("mx_indaabin", "MX", "INDAABIN", "mr", "Ricardo", "Sánchez", "Treviño",
            B("Coordinator of Border Ports", "Coordinador de Puertos Fronterizos"),
            B("Manages the Mexican facilities at border crossings.",
              "Administra las instalaciones mexicanas en los cruces fronterizos.")),
    _sample("mx_sct", "MX", "SCT", "dra", "Claudia Ivonne", "Moreno", "Delgado",
            B("Director General of Highway Development",
              "Directora General de Desarrollo Carretero"),
            B("Plans the approach roads to the new crossings.",
              "Planea las vialidades de acceso a los nuevos cruces.")),
    _sample("mx_embassy", "MX", "SRE", "mr", "Héctor Manuel", "Garza", "Ibarra",
            B("Minister for Border Affairs, Embassy of Mexico in the United States",
              "Ministro para Asuntos Fronterizos, Embajada de México en los Estados Unidos"),
            B("Follows the action lines from Washington.",
              "Da seguimiento a las líneas de acción desde Washington.")),
    _sample("mx_notes", "MX", "SRE", "ms", "Lucía", "Rojas", "Fuentes",
            B("Head of Department for Border Affairs",
              "Jefa de Departamento de Asuntos Fronterizos"),
            B("Note-taker for the Mexican delegation.",
              "Encargada de tomar notas para la delegación de México.")),
    _sample("mx_11_head", "MX", "SRE", "mr", "Roberto", "Aguilar", "Mendoza",
            B("Head of the Unit for North America", "Jefe de la Unidad para América del Norte"),
            B("Headed the Mexican delegation at the 11th Plenary Meeting.",
              "Encabezó la delegación de México en la XI Reunión Plenaria.")),
)


@dataclass(frozen=True)
class _Seat:
    person: str
    role: Role
    attendance: Attendance = Attendance.CONFIRMED
    principal: Principal = Principal.NONE
    title: B | None = None  # None: the person's current title
    notes: B = BLANK


TENTATIVE, DECLINED = Attendance.TENTATIVE, Attendance.DECLINED

# Protocol order: the list's order is the precedence.
DELEGATIONS: dict[int, dict[str, tuple[_Seat, ...]]] = {
    12: {
        "US": (
            _Seat("landau", Role.HEAD, principal=Principal.CO_HOST),
            _Seat("mccament", Role.CO_CHAIR, principal=Principal.CO_HOST),
            _Seat("us_dhs", Role.MEMBER),
            _Seat("us_wha", Role.MEMBER),
            _Seat("us_cbp", Role.MEMBER),
            _Seat("us_gsa", Role.MEMBER, DECLINED,
                  notes=B("Travel not approved; GSA to send written input.",
                          "Viaje no autorizado; la GSA enviará sus comentarios por escrito.")),
            _Seat("us_dot", Role.ADVISOR, TENTATIVE),
            _Seat("us_doj", Role.ADVISOR),
            _Seat("us_embassy", Role.ADVISOR),
            _Seat("us_notes", Role.SUPPORT),
        ),
        "MX": (
            _Seat("seade", Role.HEAD, principal=Principal.HOST,
                  notes=B("Co-chairs the Executive Steering Committee for Mexico.",
                          "Copreside el Comité Ejecutivo Bilateral por parte de México.")),
            _Seat("mx_dgan", Role.MEMBER),
            _Seat("mx_customs", Role.MEMBER),
            _Seat("mx_inm", Role.MEMBER),
            _Seat("mx_sspc", Role.MEMBER, TENTATIVE),
            _Seat("mx_se", Role.MEMBER),
            _Seat("mx_indaabin", Role.ADVISOR),
            _Seat("mx_sct", Role.ADVISOR, TENTATIVE),
            _Seat("mx_embassy", Role.ADVISOR),
            _Seat("mx_notes", Role.SUPPORT),
        ),
    },
    # A year earlier: fewer people, and some of them held other posts then.
    11: {
        "US": (
            _Seat("us_11_head", Role.HEAD, principal=Principal.HOST),
            _Seat("us_wha", Role.MEMBER, title=B(
                "Deputy Director, Office of Mexican Affairs",
                "Directora Adjunta de la Oficina de Asuntos de México")),
            _Seat("us_cbp", Role.MEMBER, title=B(
                "Director, Field Operations, San Diego",
                "Director de Operaciones de Campo en San Diego")),
            _Seat("us_notes", Role.SUPPORT),
        ),
        "MX": (
            _Seat("mx_11_head", Role.HEAD),
            _Seat("mx_dgan", Role.MEMBER, title=B(
                "Deputy Director General for North America",
                "Directora General Adjunta para América del Norte")),
            _Seat("mx_customs", Role.MEMBER, title=B(
                "Central Customs Administrator for Operations",
                "Administrador Central de Operación Aduanera")),
            _Seat("mx_embassy", Role.ADVISOR),
        ),
    },
}


# --------------------------------------------------------------------------- meetings

WASHINGTON = (B("Washington, D.C.", "Washington, D.C."),
              B("U.S. Department of State", "Departamento de Estado de los Estados Unidos"), "US")
MEXICO_CITY = (B("Mexico City", "Ciudad de México"),
               B("Ministry of Foreign Affairs (SRE)", "Secretaría de Relaciones Exteriores"), "MX")

# Generally annual since 2010, alternating capitals; only the 12th is from the release.
PLENARIES = (
    (1, dt.date(2010, 5, 25), WASHINGTON),
    (2, dt.date(2010, 12, 8), MEXICO_CITY),
    (3, dt.date(2011, 10, 19), WASHINGTON),
    (4, dt.date(2012, 9, 26), MEXICO_CITY),
    (5, dt.date(2013, 10, 9), WASHINGTON),
    (6, dt.date(2014, 10, 15), MEXICO_CITY),
    (7, dt.date(2015, 11, 4), WASHINGTON),
    (8, dt.date(2016, 10, 26), MEXICO_CITY),
    (9, dt.date(2017, 11, 8), WASHINGTON),
    (10, dt.date(2018, 9, 19), MEXICO_CITY),
    (11, dt.date(2019, 4, 10), WASHINGTON),
    (12, dt.date(2020, 3, 4), MEXICO_CITY),
)


# --------------------------------------------------------------------------- agenda

@dataclass(frozen=True)
class _Item:
    kind: AgendaKind
    title: B
    minutes: int = 0
    description: B = BLANK
    objective: B = BLANK
    talking_points: B = BLANK
    background: B = BLANK
    leads: tuple[str, ...] = ()  # person keys
    fixed_start: dt.time | None = None
    children: tuple[_Item, ...] = ()


def _points(*points: B) -> B:
    """Talking points: one per line, in both languages."""
    return B("\n".join(p.en for p in points), "\n".join(p.es for p in points))


SESSION, ITEM, BREAK, MEAL, SIGNING = (AgendaKind.SESSION, AgendaKind.ITEM, AgendaKind.BREAK,
                                       AgendaKind.MEAL, AgendaKind.SIGNING)

AGENDA_12 = (
    _Item(SESSION, B("Opening Session", "Sesión de apertura"),
          description=B("Welcome and opening remarks by the hosts.",
                        "Bienvenida y palabras de apertura de los anfitriones."),
          children=(
        _Item(ITEM, B("Welcome remarks by the Under Secretary for North America",
                   "Palabras de bienvenida del subsecretario para América del Norte"), 10,
              B("Welcome to the delegations on behalf of the Government of Mexico.",
                "Bienvenida a las delegaciones en nombre del Gobierno de México."),
              leads=("seade",)),
        _Item(ITEM, B("Remarks by the U.S. Ambassador to Mexico",
                   "Palabras del embajador de los Estados Unidos en México"), 10,
              B("Opening remarks on behalf of the U.S. Department of State.",
                "Palabras de apertura en nombre del Departamento de Estado."),
              objective=B("Set a positive tone and recall the results achieved since the "
                          "11th Plenary Meeting.",
                          "Establecer un tono positivo y recordar los resultados obtenidos desde "
                          "la XI Reunión Plenaria."),
              talking_points=_points(
                  B("Thank the Ministry of Foreign Affairs for hosting the meeting.",
                    "Agradecer a la Secretaría de Relaciones Exteriores por ser anfitriona de "
                    "la reunión."),
                  B("Our shared border is a safe and competitive region that benefits both "
                    "economies.",
                    "Nuestra frontera común es una región segura y competitiva que beneficia a "
                    "ambas economías."),
                  B("Highlight the completed expansion of San Ysidro-El Chaparral.",
                    "Destacar la ampliación concluida de San Ysidro-El Chaparral.")),
              leads=("landau",)),
        _Item(ITEM, B("Remarks by the Under Secretary of Homeland Security",
                   "Palabras del subsecretario de Seguridad Nacional"), 10,
              B("Opening remarks on behalf of the U.S. Department of Homeland Security.",
                "Palabras de apertura en nombre del Departamento de Seguridad Nacional."),
              objective=B("Frame the day around security and facilitation as shared goals.",
                          "Presentar la jornada en torno a la seguridad y la facilitación como "
                          "objetivos comunes."),
              talking_points=_points(
                  B("Security and facilitation reinforce each other at the border.",
                    "La seguridad y la facilitación se refuerzan mutuamente en la frontera."),
                  B("DHS supports the Strategy and the three Action Plans before us today.",
                    "El DHS apoya la Estrategia y los tres Planes de Acción que hoy tenemos ante "
                    "nosotros.")),
              leads=("mccament",)),
        _Item(ITEM, B("Adoption of the agenda", "Aprobación del orden del día"), 5,
              B("The co-chairs submit the agenda for adoption.",
                "Los copresidentes someten el orden del día a aprobación."),
              leads=("seade",)),
    )),
    _Item(SESSION, B("Infrastructure and Ports of Entry", "Infraestructura y puertos de entrada"),
          description=B("Progress on border infrastructure and the modernization of ports of "
                        "entry.",
                        "Avances en la infraestructura fronteriza y en la modernización de los "
                        "puertos de entrada."),
          children=(
        _Item(ITEM, B("Expansion of the San Ysidro-El Chaparral border crossing",
                   "Ampliación del cruce fronterizo San Ysidro-El Chaparral"), 25,
              B("Results of the recent expansion of the busiest passenger port of entry in the "
                "Western Hemisphere.",
                "Resultados de la reciente ampliación del puerto de entrada de pasajeros con "
                "mayor afluencia del hemisferio occidental."),
              objective=B("Record the completion of the project and agree on lessons learned.",
                          "Dejar constancia de la conclusión del proyecto y acordar las lecciones "
                          "aprendidas."),
              talking_points=_points(
                  B("The expansion is complete and all northbound lanes are open.",
                    "La ampliación está concluida y todos los carriles hacia el norte están "
                    "abiertos."),
                  B("Wait times at peak hours have fallen since the new lanes opened.",
                    "Los tiempos de espera en horas pico han disminuido desde la apertura de "
                    "los nuevos carriles."),
                  B("Propose using the project as the model for the modernization pipeline.",
                    "Proponer el proyecto como modelo para la cartera de modernización.")),
              background=B("GSA and INDAABIN coordinated the final phase through the "
                           "Binational Bridges and Border Crossings Group.",
                           "La GSA y el INDAABIN coordinaron la fase final a través del Grupo "
                           "Binacional sobre Puentes y Cruces Fronterizos."),
              leads=("us_gsa", "mx_indaabin")),
        _Item(ITEM, B("Port-of-entry modernization pipeline",
                   "Cartera de proyectos de modernización de puertos de entrada"), 35,
              B("Review of the priority projects for the next five years.",
                "Revisión de los proyectos prioritarios para los próximos cinco años."),
              objective=B("Agree on one binational list of priority projects.",
                          "Acordar una sola lista binacional de proyectos prioritarios."),
              talking_points=_points(
                  B("Otay Mesa East-Otay II remains our top new-crossing priority.",
                    "Otay Mesa Este-Otay II sigue siendo nuestra prioridad entre los nuevos "
                    "cruces."),
                  B("Calexico West-Mexicali I phase two is behind schedule; ask for a new date.",
                    "La segunda fase de Calexico Oeste-Mexicali I está retrasada; solicitar una "
                    "nueva fecha."),
                  B("Funding on both sides should follow the same sequence of projects.",
                    "El financiamiento de ambos lados debe seguir la misma secuencia de "
                    "proyectos.")),
              background=B("The pipeline was last reviewed at the 11th Plenary Meeting.",
                           "La cartera se revisó por última vez en la XI Reunión Plenaria."),
              leads=("us_wha", "mx_dgan")),
    )),
    _Item(SESSION, B("Trade and Travel Facilitation", "Facilitación del comercio y los viajes"),
          description=B("Simplifying customs and immigration screening and reducing wait times.",
                        "Simplificación de la revisión aduanera y migratoria y reducción de los "
                        "tiempos de espera."),
          children=(
        _Item(ITEM, B("Expansion of the Unified Cargo Processing Program",
                   "Ampliación del Programa de Procesamiento Unificado de Carga"), 30,
              B("Joint inspection of cargo by CBP and Mexican customs at additional ports of "
                "entry.",
                "Inspección conjunta de carga por la CBP y las aduanas de México en más puertos "
                "de entrada."),
              objective=B("Agree on the next ports of entry for Unified Cargo Processing in "
                          "2020.",
                          "Acordar los siguientes puertos de entrada para el Procesamiento "
                          "Unificado de Carga en 2020."),
              talking_points=_points(
                  B("Unified Cargo Processing cuts inspection time for participating "
                    "shipments.",
                    "El Procesamiento Unificado de Carga reduce el tiempo de inspección de los "
                    "envíos participantes."),
                  B("Propose two additional commercial crossings in Texas this year.",
                    "Proponer dos cruces comerciales adicionales en Texas este año."),
                  B("Ask SAT to confirm staffing for the new joint lanes.",
                    "Solicitar al SAT que confirme el personal para los nuevos carriles "
                    "conjuntos.")),
              background=B("The program already operates at several crossings in Arizona, "
                           "California and Texas.",
                           "El programa ya opera en varios cruces de Arizona, California y "
                           "Texas."),
              leads=("us_cbp", "mx_customs")),
        _Item(ITEM, B("Trusted Traveler Programs: Viajero Confiable México, Global Entry and NEXUS",
                   "Programas de Viajeros Confiables: Viajero Confiable México, Global Entry y "
                   "NEXUS"), 30,
              B("Expansion and promotion of the Trusted Traveler Programs of North America.",
                "Ampliación y difusión de los Programas de Viajeros Confiables de América del "
                "Norte."),
              objective=B("Agree on joint enrollment events and a target for 2020.",
                          "Acordar eventos conjuntos de inscripción y una meta para 2020."),
              talking_points=_points(
                  B("Enrollment in Global Entry by Mexican nationals keeps growing.",
                    "La inscripción de nacionales mexicanos en Global Entry sigue en aumento."),
                  B("Propose joint enrollment events in border cities.",
                    "Proponer eventos conjuntos de inscripción en ciudades fronterizas."),
                  B("Mention NEXUS as the model for mutual recognition.",
                    "Mencionar NEXUS como modelo de reconocimiento mutuo.")),
              background=B("Viajero Confiable México is reciprocal with Global Entry.",
                           "Viajero Confiable México es recíproco con Global Entry."),
              leads=("us_cbp", "mx_inm")),
        # No talking points yet: the pre-flight list should flag this one.
        _Item(ITEM, B("Reducing wait times through low-cost, high-impact strategies",
                   "Reducción de los tiempos de espera mediante estrategias de bajo costo y alto "
                   "impacto"), 20,
              B("Measures both governments expect to implement in 2020.",
                "Medidas que ambos gobiernos prevén aplicar en 2020."),
              objective=B("Agree on a short list of measures and how to measure wait times.",
                          "Acordar una lista breve de medidas y la forma de medir los tiempos de "
                          "espera."),
              background=B("Staffing at peak hours and lane management are the quickest gains.",
                           "El personal en horas pico y la gestión de carriles son las mejoras "
                           "más rápidas."),
              leads=("mx_se", "us_dot")),
    )),
    _Item(BREAK, B("Coffee break", "Receso para café"), 15),
    _Item(SESSION, B("Public Safety", "Seguridad pública"),
          description=B("Cooperation against transnational crime in the border region.",
                        "Cooperación contra la delincuencia transnacional en la región "
                        "fronteriza."),
          children=(
        _Item(ITEM, B("Sharing of law enforcement information",
                   "Intercambio de información para la aplicación de la ley"), 25,
              B("Increasing cooperative efforts to share law enforcement information.",
                "Intensificación de los esfuerzos de cooperación para intercambiar información "
                "para la aplicación de la ley."),
              objective=B("Agree on a single point of contact on each side for urgent requests.",
                          "Acordar un punto de contacto único de cada lado para las solicitudes "
                          "urgentes."),
              talking_points=_points(
                  B("Faster answers to information requests help both countries.",
                    "Las respuestas más rápidas a las solicitudes de información benefician a "
                    "ambos países."),
                  B("Propose a quarterly review of pending requests.",
                    "Proponer una revisión trimestral de las solicitudes pendientes.")),
              background=B("Requests currently travel through several channels.",
                           "Actualmente las solicitudes se tramitan por varios canales."),
              leads=("us_doj", "mx_sspc")),
        # No lead yet: the pre-flight list should flag this one.
        _Item(ITEM, B("Preventing crime and violence in the border region",
                   "Prevención del delito y la violencia en la región fronteriza"), 25,
              B("Better-coordinated enforcement activities to prevent crime and violence.",
                "Actividades de aplicación de la ley mejor coordinadas para prevenir el delito y "
                "la violencia."),
              objective=B("Launch coordinated enforcement pilots in two sister-city pairs.",
                          "Poner en marcha proyectos piloto de aplicación coordinada en dos pares "
                          "de ciudades hermanas."),
              talking_points=_points(
                  B("Coordinated enforcement protects border communities on both sides.",
                    "La aplicación coordinada de la ley protege a las comunidades fronterizas de "
                    "ambos lados."),
                  B("Suggest starting with the Paso del Norte region.",
                    "Sugerir comenzar por la región Paso del Norte.")),
              background=B("Both sides agreed in 2019 to share crime statistics by region.",
                           "En 2019 ambas partes acordaron compartir estadísticas delictivas por "
                           "región.")),
    )),
    _Item(MEAL, B("Working lunch hosted by the Ministry of Foreign Affairs",
                  "Comida de trabajo ofrecida por la Secretaría de Relaciones Exteriores"), 60,
          fixed_start=dt.time(13, 0)),
    _Item(ITEM, B("Approval of the 21st Century Border Management Initiative Strategy and adoption "
               "of the Action Plans",
               "Aprobación de la Estrategia de la Iniciativa para la Administración de la "
               "Frontera en el Siglo XXI y adopción de los Planes de Acción"), 30,
          B("The delegations approve the Strategy and adopt the Action Plans on ports-of-entry "
            "infrastructure, trade and travel facilitation, and public safety.",
            "Las delegaciones aprueban la Estrategia y adoptan los Planes de Acción en materia "
            "de infraestructura de puertos de entrada, facilitación del comercio y los viajes, "
            "y seguridad pública."),
          objective=B("Approve the Strategy and adopt the three Action Plans without changes.",
                      "Aprobar la Estrategia y adoptar los tres Planes de Acción sin cambios."),
          talking_points=_points(
              B("The Strategy frames the border as a safe and competitive region.",
                "La Estrategia concibe la frontera como una región segura y competitiva."),
              B("Each Action Plan names a responsible agency on each side for every line.",
                "Cada Plan de Acción designa una dependencia responsable de cada lado para cada "
                "línea.")),
          background=B("The texts were agreed ad referendum at the technical level in February.",
                       "Los textos se acordaron ad referéndum a nivel técnico en febrero."),
          leads=("seade", "mccament")),
    _Item(SIGNING, B("Adoption of the joint communiqué", "Adopción del comunicado conjunto"), 15,
          B("The co-chairs adopt the joint communiqué of the 12th Plenary Meeting.",
            "Los copresidentes adoptan el comunicado conjunto de la XII Reunión Plenaria."),
          leads=("seade", "landau", "mccament")),
    _Item(ITEM, B("Closing remarks and date of the 13th Plenary Meeting",
               "Palabras de clausura y fecha de la XIII Reunión Plenaria"), 15,
          B("Closing remarks by the hosts.", "Palabras de clausura de los anfitriones."),
          leads=("landau", "seade")),
)

AGENDA_11 = (
    _Item(ITEM, B("Opening remarks", "Palabras de apertura"), 15,
          B("Opening remarks by the heads of delegation.",
            "Palabras de apertura de los jefes de delegación."),
          leads=("us_11_head", "mx_11_head")),
    _Item(SESSION, B("Review of the action lines", "Revisión de las líneas de acción"),
          description=B("Progress since the 10th Plenary Meeting.",
                        "Avances desde la X Reunión Plenaria."),
          children=(
        _Item(ITEM, B("San Ysidro-El Chaparral: final phase",
                   "San Ysidro-El Chaparral: fase final"), 30,
              B("Schedule for completing the expansion.",
                "Calendario para concluir la ampliación."),
              leads=("us_cbp", "mx_customs")),
        _Item(ITEM, B("Drafting of the new Strategy", "Elaboración de la nueva Estrategia"), 40,
              B("Outline of a 21st Century Border Management Initiative Strategy.",
                "Esquema de una Estrategia de la Iniciativa para la Administración de la "
                "Frontera en el Siglo XXI."),
              leads=("us_wha", "mx_dgan")),
    )),
    _Item(ITEM, B("Closing remarks", "Palabras de clausura"), 10,
          B("Closing remarks by the heads of delegation.",
            "Palabras de clausura de los jefes de delegación."),
          leads=("mx_11_head", "us_11_head")),
)


def _walk(items: tuple[_Item, ...]) -> Iterator[_Item]:
    for item in items:
        yield item
        yield from _walk(item.children)


# --------------------------------------------------------------------------- action plans

@dataclass(frozen=True)
class _Line:
    title: B
    description: B
    us: str
    mx: str
    created_on: dt.date
    due_date: dt.date
    status: LineStatus
    progress: int
    updates: tuple[tuple[dt.date, LineStatus, int, B], ...]
    internal_notes: B = BLANK


OK, RISK, LATE, DONE, NEW = (LineStatus.ON_TRACK, LineStatus.AT_RISK, LineStatus.DELAYED,
                             LineStatus.COMPLETED, LineStatus.NOT_STARTED)

PLANS = (
    ("POE", B("Ports-of-Entry Infrastructure", "Infraestructura de puertos de entrada"),
     B("Modernize and expand ports of entry along the shared border.",
       "Modernizar y ampliar los puertos de entrada a lo largo de la frontera común."), (
        _Line(B("Expansion of the San Ysidro-El Chaparral border crossing",
                "Ampliación del cruce fronterizo San Ysidro-El Chaparral"),
              B("Complete the final phase of the busiest passenger port of entry in the Western "
                "Hemisphere.",
                "Concluir la fase final del puerto de entrada de pasajeros con mayor afluencia "
                "del hemisferio occidental."),
              "GSA", "INDAABIN", dt.date(2017, 11, 8), dt.date(2019, 12, 31), DONE, 100, (
                  (dt.date(2019, 1, 15), OK, 80,
                   B("Northbound pedestrian facility in service.",
                     "Instalación peatonal hacia el norte en servicio.")),
                  (dt.date(2019, 11, 20), DONE, 100,
                   B("All lanes open; project closed.",
                     "Todos los carriles abiertos; proyecto concluido.")),
              )),
        _Line(B("New Otay Mesa East-Otay II port of entry",
                "Nuevo puerto de entrada Otay Mesa Este-Otay II"),
              B("Advance design, financing and permits for the new crossing.",
                "Avanzar en el diseño, el financiamiento y los permisos del nuevo cruce."),
              "GSA", "SCT", dt.date(2018, 9, 19), dt.date(2024, 12, 31), OK, 35, (
                  (dt.date(2019, 3, 1), OK, 20,
                   B("Presidential permit application under review.",
                     "Solicitud de permiso presidencial en revisión.")),
                  (dt.date(2019, 10, 7), OK, 30,
                   B("Binational technical studies completed.",
                     "Estudios técnicos binacionales concluidos.")),
                  (dt.date(2020, 2, 14), OK, 35,
                   B("Financing model agreed at the technical level.",
                     "Modelo de financiamiento acordado a nivel técnico.")),
              ),
              B("Toll revenue sharing is still sensitive for SCT; do not raise it in plenary.",
                "La distribución de los ingresos por peaje sigue siendo delicada para la SCT; no "
                "plantearla en la plenaria.")),
        _Line(B("Modernization of the Calexico West-Mexicali I crossing, phase two",
                "Modernización del cruce Calexico Oeste-Mexicali I, segunda fase"),
              B("Expand the pedestrian and passenger-vehicle facilities.",
                "Ampliar las instalaciones para peatones y vehículos de pasajeros."),
              "GSA", "INDAABIN", dt.date(2018, 9, 19), dt.date(2020, 1, 31), LATE, 40, (
                  (dt.date(2019, 5, 30), OK, 30,
                   B("Construction contract awarded.", "Contrato de obra adjudicado.")),
                  (dt.date(2020, 1, 28), LATE, 40,
                   B("Works on the Mexican side are waiting for funding.",
                     "Las obras del lado mexicano esperan financiamiento.")),
              ),
              B("Overdue: ask INDAABIN for a new completion date before the plenary.",
                "Vencida: solicitar al INDAABIN una nueva fecha de conclusión antes de la "
                "plenaria.")),
        _Line(B("Binational port-of-entry modernization pipeline",
                "Cartera binacional de modernización de puertos de entrada"),
              B("Keep one ranked list of projects agreed by both governments.",
                "Mantener una lista priorizada de proyectos acordada por ambos gobiernos."),
              "DOS", "SRE", dt.date(2019, 4, 10), dt.date(2020, 12, 31), OK, 50, (
                  (dt.date(2019, 9, 12), OK, 50,
                   B("Draft list exchanged through the Binational Bridges and Border Crossings "
                     "Group.",
                     "Lista preliminar intercambiada a través del Grupo Binacional sobre Puentes y "
                     "Cruces Fronterizos.")),
              )),
    )),
    ("TTF", B("Trade and Travel Facilitation", "Facilitación del comercio y los viajes"),
     B("Facilitate the flow of trade and travelers between the two countries.",
       "Facilitar el flujo de comercio y de viajeros entre los dos países."), (
        _Line(B("Expansion of the Unified Cargo Processing Program",
                "Ampliación del Programa de Procesamiento Unificado de Carga"),
              B("Bring joint cargo inspection to additional commercial ports of entry.",
                "Llevar la inspección conjunta de carga a más puertos de entrada comerciales."),
              "CBP", "SAT", dt.date(2018, 9, 19), dt.date(2020, 12, 31), OK, 60, (
                  (dt.date(2019, 2, 20), OK, 40,
                   B("Operating at two more crossings.", "En operación en dos cruces más.")),
                  (dt.date(2019, 12, 3), OK, 60,
                   B("Sites for 2020 identified.", "Sitios para 2020 identificados.")),
              ),
              B("SAT staffing for new lanes not yet confirmed.",
                "El SAT aún no confirma el personal para los nuevos carriles.")),
        _Line(B("Expansion of the Trusted Traveler Programs (Viajero Confiable México, Global "
                "Entry and NEXUS)",
                "Ampliación de los Programas de Viajeros Confiables (Viajero Confiable México, "
                "Global Entry y NEXUS)"),
              B("Increase enrollment and hold joint enrollment events.",
                "Aumentar la inscripción y realizar eventos conjuntos de inscripción."),
              "CBP", "INM", dt.date(2016, 10, 26), dt.date(2020, 12, 31), OK, 55, (
                  (dt.date(2018, 11, 5), OK, 35,
                   B("Mutual recognition procedures updated.",
                     "Procedimientos de reconocimiento mutuo actualizados.")),
                  (dt.date(2019, 8, 22), OK, 45,
                   B("First joint enrollment event held.",
                     "Primer evento conjunto de inscripción realizado.")),
                  (dt.date(2020, 2, 10), OK, 55,
                   B("Enrollment target for 2020 proposed.",
                     "Meta de inscripción para 2020 propuesta.")),
              )),
        _Line(B("Reduction of wait times through low-cost, high-impact strategies",
                "Reducción de los tiempos de espera mediante estrategias de bajo costo y alto "
                "impacto"),
              B("Simplify customs and immigration screening and reduce wait times in 2020.",
                "Simplificar la revisión aduanera y migratoria y reducir los tiempos de espera "
                "en 2020."),
              "CBP", "SAT", dt.date(2019, 4, 10), dt.date(2020, 9, 30), RISK, 25, (
                  (dt.date(2019, 7, 1), OK, 15,
                   B("Candidate measures listed.", "Medidas candidatas enumeradas.")),
                  (dt.date(2020, 2, 25), RISK, 25,
                   B("No agreed method yet to measure wait times.",
                     "Aún no hay un método acordado para medir los tiempos de espera.")),
              )),
        _Line(B("Shared advance data for customs and immigration screening",
                "Datos anticipados compartidos para la revisión aduanera y migratoria"),
              B("Exchange advance cargo and traveler data to screen once.",
                "Intercambiar datos anticipados de carga y viajeros para revisar una sola vez."),
              "DHS", "SAT", dt.date(2020, 2, 3), dt.date(2021, 3, 31), NEW, 0, (
                  (dt.date(2020, 2, 3), NEW, 0,
                   B("Line proposed for the new Action Plan.",
                     "Línea propuesta para el nuevo Plan de Acción.")),
              )),
    )),
    ("PS", B("Public Safety", "Seguridad pública"),
     B("Strengthen cooperation on public safety in the border region.",
       "Fortalecer la cooperación en materia de seguridad pública en la región fronteriza."), (
        _Line(B("Sharing of law enforcement information",
                "Intercambio de información para la aplicación de la ley"),
              B("Increase cooperative efforts to share law enforcement information.",
                "Intensificar los esfuerzos de cooperación para intercambiar información para la "
                "aplicación de la ley."),
              "DOJ", "SSPC", dt.date(2018, 9, 19), dt.date(2020, 12, 31), OK, 45, (
                  (dt.date(2019, 6, 14), OK, 35,
                   B("Points of contact exchanged.", "Puntos de contacto intercambiados.")),
                  (dt.date(2020, 1, 17), OK, 45,
                   B("Quarterly review of pending requests started.",
                     "Inicio de la revisión trimestral de solicitudes pendientes.")),
              )),
        _Line(B("Coordinated enforcement to prevent crime and violence in the border region",
                "Aplicación coordinada de la ley para prevenir el delito y la violencia en la "
                "región fronteriza"),
              B("Better-coordinated enforcement activities in sister cities.",
                "Actividades de aplicación de la ley mejor coordinadas en ciudades hermanas."),
              "DHS", "SSPC", dt.date(2019, 4, 10), dt.date(2020, 10, 31), RISK, 30, (
                  (dt.date(2019, 10, 2), OK, 20,
                   B("Pilot cities proposed.", "Ciudades piloto propuestas.")),
                  (dt.date(2020, 2, 19), RISK, 30,
                   B("Pilot start depends on SSPC staffing.",
                     "El inicio del piloto depende del personal de la SSPC.")),
              ),
              B("SSPC counterpart changed in January; relationship still being built.",
                "La contraparte en la SSPC cambió en enero; la relación aún se está "
                "construyendo.")),
        _Line(B("Inspection of southbound shipments against arms and currency smuggling",
                "Inspección de envíos con dirección sur contra el contrabando de armas y divisas"),
              B("Coordinate southbound inspections at the busiest crossings.",
                "Coordinar las inspecciones con dirección sur en los cruces de mayor afluencia."),
              "CBP", "SAT", dt.date(2017, 11, 8), dt.date(2019, 12, 31), LATE, 20, (
                  (dt.date(2018, 10, 30), OK, 10,
                   B("Joint risk criteria drafted.", "Criterios de riesgo conjuntos redactados.")),
                  (dt.date(2019, 12, 16), LATE, 20,
                   B("Equipment procurement delayed.", "Adquisición de equipo retrasada.")),
              )),
    )),
)


# --------------------------------------------------------------------------- communiqué

AGREED, DRAFT, AD_REF, BRACKETED = (ParagraphStatus.AGREED, ParagraphStatus.DRAFT,
                                     ParagraphStatus.AD_REFERENDUM, ParagraphStatus.BRACKETED)

# Where the negotiation stood two days before the 12th plenary: the generated draft
# with one paragraph the two sides were still bracketing, placed after the adopted
# plans (paragraph 5); paragraphs 3 to 7 still open, the rest agreed at working level.
COMMUNIQUE_OPEN = {2: AD_REF, 3: BRACKETED, 4: DRAFT, 5: DRAFT}  # by number
COMMUNIQUE_BRACKETED_AT = 3
COMMUNIQUE_BRACKETED = B(
    "Both countries committed to [expand]US [consolidate]MX the excellent bilateral collaboration "
    "regarding border infrastructure, highlighted by the recent expansion of the San "
    "Ysidro-El Chaparral border crossing, the busiest passenger port of entry in the Western "
    "Hemisphere.",
    "Ambos países se comprometieron a [ampliar]US [consolidar]MX la excelente colaboración bilateral "
    "en materia de infraestructura fronteriza, de la que es muestra la reciente ampliación del "
    "cruce fronterizo San Ysidro-El Chaparral, el puerto de entrada de pasajeros con mayor "
    "afluencia del hemisferio occidental.")

# =========================================================================== loading the demo

def load_demo(session: Session, side: str | None = None) -> int:
    """Insert the demo into an empty database; return the 12th plenary's id.

    The caller owns the transaction. The starter rows every database holds
    (parties, agencies, terms, patterns) are reused rather than duplicated. ``side``
    makes it that side's database; without it a database keeps the side it has, and
    one without a side becomes the United States'.
    """
    if session.scalar(select(Meeting.id).limit(1)) or session.scalar(
            select(ActionPlan.id).limit(1)):
        raise DemoNotEmpty("the database already holds meetings or action plans")
    from . import our_side

    if side is not None or our_side.our_side(session) is None:
        our_side.set_side(session, side or "US")
    marking = our_side.read(session).marking
    parties = _add_parties(session)
    agencies = _add_agencies(session, parties)
    people = _add_people(session, agencies)
    meetings = _add_plenaries(session, parties, marking)
    for number, lists in DELEGATIONS.items():
        _add_delegations(session, meetings[number], lists, parties, people)
    twelfth, eleventh = meetings[DEMO_MEETING_NUMBER], meetings[DEMO_MEETING_NUMBER - 1]
    _add_agenda(session, twelfth.id, AGENDA_12, people)
    _add_agenda(session, eleventh.id, AGENDA_11, people)
    _add_action_plans(session, twelfth.id, agencies)
    _add_terms(session)
    _add_communique(session, twelfth.id)
    _add_patterns(session)
    from .demo_briefing import add_briefing

    add_briefing(session, twelfth.id)
    session.flush()
    return twelfth.id


def _add_parties(session: Session) -> dict[str, Party]:
    parties = {p.code: p for p in session.scalars(select(Party))}
    for code, (name, country, language) in PARTIES.items():
        if code not in parties:
            parties[code] = Party(code=code, name=name, country=country, language=language)
            session.add(parties[code])
    session.flush()
    return parties


def _add_agencies(session: Session, parties: dict[str, Party]) -> dict[str, Agency]:
    """Agencies keyed by acronym (acronyms are unique across both parties here)."""
    found = {(a.party.code, a.acronym): a for a in session.scalars(select(Agency))}
    agencies = {}
    for code, names in AGENCIES.items():
        for acronym, name in names.items():
            agency = found.get((code, acronym)) or Agency(
                party=parties[code], acronym=acronym, name=name)
            session.add(agency)
            agencies[acronym] = agency
    session.flush()
    return agencies


def _add_people(session: Session, agencies: dict[str, Agency]) -> dict[str, Person]:
    people = {}
    for i, p in enumerate(PEOPLE):
        people[p.key] = Person(
            honorific=p.honorific, given_names=p.given_names, first_surname=p.first_surname,
            second_surname=p.second_surname, title=p.title, biography=p.biography,
            agency=agencies[p.agency], is_sample=p.is_sample,
            email=_sample_email(p.given_names, p.first_surname, p.agency) if p.is_sample else "",
            phone=_sample_phone(p.party, i) if p.is_sample else "",
            # Real people: no invented contact details.
            internal_notes=BLANK if p.is_sample else B(
                "Contact through the protocol office.",
                "Contactar por conducto de la Dirección General de Protocolo."),
        )
    session.add_all(people.values())
    session.flush()
    return people


def _ascii(text: str) -> str:
    return unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode().lower()


def _sample_email(given: str, surname: str, agency: str, n: int | None = None) -> str:
    local = f"{_ascii(given.split()[0])}.{_ascii(surname).replace(' ', '')}"
    return f"{local}{'' if n is None else n}@{agency.lower()}.example.org"


def _sample_phone(party: str, n: int) -> str:
    # 555-01xx is reserved for fiction in the U.S.; Mexican numbers never start with 0.
    if party == "US":
        return f"+1 202 555 {100 + n % 100:04d}"
    return f"+52 55 0100 {n % 10000:04d}"


def _add_plenaries(session: Session, parties: dict[str, Party], marking: B) -> dict[int, Meeting]:
    meetings = {}
    for number, date, (city, venue, host) in PLENARIES:
        meetings[number] = Meeting(
            kind=MeetingKind.PLENARY, number=number, start_date=date, end_date=date,
            day_start=dt.time(9, 0), day_end=dt.time(17, 30), city=city, venue=venue,
            host_party=parties[host], handling_marking=marking,
            # The 12th plenary's agenda numbers its sessions I, II, III.
            session_numbering=(SessionNumbering.ROMAN if number == DEMO_MEETING_NUMBER
                               else SessionNumbering.ARABIC),
        )
    session.add_all(meetings.values())
    session.flush()
    return meetings


def _add_delegations(session: Session, meeting: Meeting, lists: dict[str, tuple[_Seat, ...]],
                     parties: dict[str, Party], people: dict[str, Person]) -> None:
    for code, seats in lists.items():
        delegation = Delegation(meeting=meeting, party=parties[code])
        for precedence, seat in enumerate(seats, start=1):
            person = people[seat.person]
            delegation.memberships.append(Membership(
                person=person, precedence=precedence, role=seat.role,
                attendance=seat.attendance, principal=seat.principal,
                title=seat.title or person.title, agency=person.agency,
                internal_notes=seat.notes,
            ))
        session.add(delegation)
    session.flush()


def _add_agenda(session: Session, meeting_id: int, items: tuple[_Item, ...],
                people: dict[str, Person], parent_id: int | None = None) -> None:
    for position, spec in enumerate(items):
        item = AgendaItem(
            meeting_id=meeting_id, parent_id=parent_id, position=position, kind=spec.kind,
            title=spec.title, description=spec.description, duration_minutes=spec.minutes,
            fixed_start=spec.fixed_start, objective=spec.objective,
            talking_points=spec.talking_points, background=spec.background,
        )
        session.add(item)
        session.flush()  # children and leads need the id; the demo is small
        session.add_all(AgendaLead(agenda_item_id=item.id, person_id=people[key].id, position=i)
                        for i, key in enumerate(spec.leads))
        _add_agenda(session, meeting_id, spec.children, people, item.id)


# Each plan's code in Spanish documents, from its Spanish name.
SPANISH_CODES = {"POE": "IPE", "TTF": "FCV", "PS": "SP"}


def _add_action_plans(session: Session, meeting_id: int, agencies: dict[str, Agency]) -> None:
    for position, (code, title, description, lines) in enumerate(PLANS):
        plan = ActionPlan(code=code, code_es=SPANISH_CODES.get(code, ""), position=position,
                          title=title, description=description,
                          start_date=dt.date(2020, 3, 4), adopted_at_meeting_id=meeting_id)
        for n, spec in enumerate(lines, start=1):
            plan.lines.append(ActionLine(
                code=f"{code}-{n}", position=n - 1, title=spec.title,
                description=spec.description, us_agency=agencies[spec.us],
                mx_agency=agencies[spec.mx], created_on=spec.created_on,
                due_date=spec.due_date, status=spec.status, progress=spec.progress,
                internal_notes=spec.internal_notes,
                updates=[StatusUpdate(date=d, status=s, progress=p, note=note)
                         for d, s, p, note in spec.updates],
            ))
        session.add(plan)


def _add_terms(session: Session) -> None:
    known = set(session.scalars(select(Term.__table__.c.term_en)))
    session.add_all(Term(term=term, acronym=acronym, note=note)
                    for term, acronym, note in TERMS if term.en not in known)


def _add_communique(session: Session, meeting_id: int) -> None:
    """The working draft as the generator writes it from the demo's facts and patterns."""
    from .first_draft import generate_draft  # the generator reads the stored facts

    _add_patterns(session)  # the generator needs them; the later call adds nothing twice
    session.flush()
    texts = [p.text for p in generate_draft(session, session.get_one(Meeting, meeting_id))]
    texts.insert(COMMUNIQUE_BRACKETED_AT - 1, COMMUNIQUE_BRACKETED)
    draft = CommuniqueVersion(number=0, label="Working draft",
                              saved_at=dt.datetime(2020, 3, 2, 18, 30))
    draft.paragraphs = [Paragraph(position=i, text=text,
                                  status=COMMUNIQUE_OPEN.get(i + 1, AGREED))
                        for i, text in enumerate(texts)]
    session.add(Communique(meeting_id=meeting_id, versions=[draft]))


def _add_patterns(session: Session) -> None:
    known = set(session.scalars(select(ParagraphPattern.key)))
    session.add_all(ParagraphPattern(key=key, position=i, text=text)
                    for i, (key, text) in enumerate(PATTERNS) if key not in known)


# =========================================================================== bulk for benchmarks

AGENDA_ITEMS_PER_SCALE = sum(1 for _ in _walk(AGENDA_12))
MEMBERS_PER_SCALE = sum(len(seats) for seats in DELEGATIONS[12].values())
# More than the demo's 11 lines: --scale 250 gives the 10,000 lines the benchmarks aim at.
LINES_PER_SCALE = 40

# Phrase lists for sentences. Spanish subjects are all plural, objects never start with
# "el", so any combination agrees and no "de el" / "a el" appears.
SUBJECTS = (
    B("Both delegations", "Ambas delegaciones"),
    B("The customs authorities of both countries",
      "Las autoridades aduaneras de ambos países"),
    B("CBP port directors and SAT customs administrators",
      "Los directores de puerto de la CBP y los administradores de aduanas del SAT"),
    B("The members of the binational technical working group",
      "Los integrantes del grupo técnico binacional"),
    B("Federal, state and local authorities on both sides of the border",
      "Las autoridades federales, estatales y locales de ambos lados de la frontera"),
    B("The agencies responsible for this line of action",
      "Las dependencias responsables de esta línea de acción"),
    B("Immigration officials of both governments",
      "Los funcionarios migratorios de ambos gobiernos"),
    B("The port-of-entry planning teams", "Los equipos de planeación de los puertos de entrada"),
)
VERBS = (
    B("will continue to coordinate", "seguirán coordinando"),
    B("agreed to review", "acordaron revisar"),
    B("will evaluate", "evaluarán"),
    B("committed to strengthen", "se comprometieron a fortalecer"),
    B("are working to expand", "trabajan para ampliar"),
    B("will jointly assess", "evaluarán de manera conjunta"),
    B("presented a proposal to simplify", "presentaron una propuesta para simplificar"),
    B("reported progress on", "informaron sobre los avances en"),
)
OBJECTS = (
    B("the pre-inspection procedures for northbound commercial cargo",
      "los procedimientos de preinspección de la carga comercial con dirección norte"),
    B("the advance information shared on cross-border shipments",
      "la información anticipada compartida sobre los envíos transfronterizos"),
    B("the staffing plans for peak crossing hours",
      "los planes de asignación de personal para las horas de mayor afluencia"),
    B("the enrollment of frequent travelers in trusted traveler programs",
      "la inscripción de viajeros frecuentes en los programas de viajero confiable"),
    B("the joint inspection lanes for empty trucks",
      "los carriles de inspección conjunta para camiones vacíos"),
    B("the mechanisms for exchanging law enforcement information on firearms trafficking",
      "los mecanismos de intercambio de información policial sobre el tráfico de armas de fuego"),
    B("the construction schedules for the new commercial facilities",
      "los calendarios de obra de las nuevas instalaciones comerciales"),
    B("the non-intrusive inspection equipment", "los equipos de inspección no intrusiva"),
    B("the wait-time measurements published for travelers",
      "las mediciones de tiempos de espera publicadas para los viajeros"),
    B("the coordinated operations against transnational criminal organizations",
      "los operativos coordinados contra las organizaciones criminales transnacionales"),
    B("the bridge and approach-road improvements",
      "las mejoras a puentes y vialidades de acceso"),
    B("the customs and immigration screening steps",
      "las etapas de revisión aduanera y migratoria"),
)
PLACES = (
    B("at the San Ysidro-El Chaparral crossing", "en el cruce San Ysidro-El Chaparral"),
    B("at the Otay Mesa-Mesa de Otay port of entry",
      "en el puerto de entrada Otay Mesa-Mesa de Otay"),
    B("at the Nogales-Mariposa crossing", "en el cruce Nogales-Mariposa"),
    B("at the Laredo-Nuevo Laredo bridges", "en los puentes Laredo-Nuevo Laredo"),
    B("at the Ysleta-Zaragoza bridge", "en el puente Ysleta-Zaragoza"),
    B("at the Pharr-Reynosa international bridge", "en el puente internacional Pharr-Reynosa"),
    B("at the Calexico-Mexicali crossings", "en los cruces Calexico-Mexicali"),
    B("along the shared border", "a lo largo de la frontera común"),
    B("in the Paso del Norte region", "en la región Paso del Norte"),
)
PURPOSES = (
    B("in order to reduce wait times for travelers and commercial vehicles",
      "con el fin de reducir los tiempos de espera de viajeros y vehículos comerciales"),
    B("so that legitimate trade moves faster without lowering security standards",
      "para agilizar el comercio legítimo sin reducir los estándares de seguridad"),
    B("to prevent the smuggling of weapons, currency and narcotics",
      "para prevenir el contrabando de armas, divisas y estupefacientes"),
    B("with the aim of making better use of existing infrastructure",
      "con el objetivo de aprovechar mejor la infraestructura existente"),
    B("in line with the 21st Century Border Management Initiative Strategy",
      "de conformidad con la Estrategia de la Iniciativa para la Administración de la Frontera "
      "en el Siglo XXI"),
    B("to improve the safety of border communities",
      "para mejorar la seguridad de las comunidades fronterizas"),
)
WHENS = (
    B("before the next plenary meeting", "antes de la próxima reunión plenaria"),
    B("during the second half of 2020", "durante el segundo semestre de 2020"),
    B("within the next ninety days", "en los próximos noventa días"),
    B("as agreed at the last technical meeting", "según lo acordado en la última reunión técnica"),
    B("on a quarterly basis", "de manera trimestral"),
)
TOPIC_ACTIONS = (
    B("Expansion of", "Ampliación de"),
    B("Modernization of", "Modernización de"),
    B("Review of", "Revisión de"),
    B("Joint evaluation of", "Evaluación conjunta de"),
    B("Strengthening of", "Fortalecimiento de"),
)
THEMES = (
    B("Border infrastructure", "Infraestructura fronteriza"),
    B("Trade facilitation", "Facilitación del comercio"),
    B("Travel facilitation", "Facilitación de los viajes"),
    B("Public safety", "Seguridad pública"),
    B("Customs modernization", "Modernización aduanera"),
    B("Migration management at ports of entry",
      "Gestión migratoria en los puertos de entrada"),
)
REGIONS = (
    B("in the California-Baja California region", "en la región California-Baja California"),
    B("in the Arizona-Sonora region", "en la región Arizona-Sonora"),
    B("in the Paso del Norte region", "en la región Paso del Norte"),
    B("in the Texas-Coahuila-Nuevo León region", "en la región Texas-Coahuila-Nuevo León"),
    B("in the Texas-Tamaulipas region", "en la región Texas-Tamaulipas"),
)

US_GIVEN = (("James", "m"), ("Mary", "f"), ("Robert", "m"), ("Patricia", "f"), ("John", "m"),
            ("Jennifer", "f"), ("Michael", "m"), ("Linda", "f"), ("David", "m"),
            ("Elizabeth", "f"), ("William", "m"), ("Susan", "f"), ("Kevin", "m"),
            ("Jessica", "f"), ("Joseph", "m"), ("Sarah", "f"))
US_SURNAMES = ("Smith", "Johnson", "Williams", "Brown", "Jones", "Garcia", "Miller", "Davis",
               "Rodriguez", "Martinez", "Wilson", "Anderson", "Thomas", "Taylor", "Moore",
               "Jackson", "Nguyen", "Patel")
MX_GIVEN = (("José Luis", "m"), ("María Guadalupe", "f"), ("Juan Carlos", "m"),
            ("Ana María", "f"), ("Francisco Javier", "m"), ("Verónica", "f"),
            ("Jorge Alberto", "m"), ("Adriana", "f"), ("Miguel Ángel", "m"), ("Gabriela", "f"),
            ("Luis Fernando", "m"), ("Mónica", "f"), ("Raúl", "m"), ("Alejandra", "f"))
MX_SURNAMES = ("García", "Hernández", "Martínez", "López", "González", "Rodríguez", "Pérez",
               "Sánchez", "Ramírez", "Cruz", "Flores", "Gómez", "Morales", "Vázquez", "Reyes",
               "Jiménez", "Torres", "Díaz", "Gutiérrez", "Ruiz", "Mendoza", "Aguilar", "Ortiz",
               "Castillo", "Núñez", "Ibarra")
# (English, Spanish for a man, Spanish for a woman)
RANKS = (("Director for", "Director de", "Directora de"),
         ("Deputy Director for", "Director Adjunto de", "Directora Adjunta de"),
         ("Senior Advisor for", "Asesor Principal de", "Asesora Principal de"),
         ("Program Analyst for", "Analista de Programas de", "Analista de Programas de"))
AREAS = (B("Border Affairs", "Asuntos Fronterizos"), B("Port Operations", "Operaciones Portuarias"),
         B("Trade Facilitation", "Facilitación Comercial"),
         B("International Affairs", "Asuntos Internacionales"),
         B("Infrastructure Planning", "Planeación de Infraestructura"),
         B("Law Enforcement Cooperation", "Cooperación Policial"))

ATTENDANCE = (Attendance.CONFIRMED, TENTATIVE, DECLINED, Attendance.INVITED)
STATUS_WEIGHTS = {OK: 40, RISK: 15, LATE: 10, DONE: 20, NEW: 10, LineStatus.CANCELLED: 5}


def _join(*parts: B) -> B:
    return B(" ".join(p.en for p in parts), " ".join(p.es for p in parts))


@functools.cache  # phrases repeat; counting once keeps 70,000 sentences fast
def _words(phrase: B) -> tuple[int, int]:
    return len(phrase.en.split()), len(phrase.es.split())


def sentence(rng: random.Random) -> B:
    """One bilingual sentence of 15 to 40 words in each language, the same meaning in both."""
    while True:  # about two draws on average: most combinations fit
        said = [rng.choice(SUBJECTS), rng.choice(VERBS), rng.choice(OBJECTS), rng.choice(PLACES)]
        extras = [rng.choice(PURPOSES), rng.choice(WHENS)][:rng.randint(1, 2)]
        en, es = (sum(counts) for counts in zip(*map(_words, said + extras), strict=True))
        if 15 <= en <= 40 and 15 <= es <= 40:
            return B(_clauses(said, extras, "en"), _clauses(said, extras, "es"))


def _clauses(said: list[B], extras: list[B], lang: str) -> str:
    main = " ".join(part.get(lang) for part in said)
    return main + "".join(", " + extra.get(lang) for extra in extras) + "."


def _paragraph(rng: random.Random, n: int) -> B:
    return _join(*(sentence(rng) for _ in range(n)))


def _topic(rng: random.Random) -> B:
    return _join(rng.choice(TOPIC_ACTIONS), rng.choice(OBJECTS), rng.choice(PLACES))


def add_scale(session: Session, meeting_id: int, scale: int, *, seed: int = 12) -> None:
    """Add bulk under the meeting, for benchmarks; the caller owns the transaction.

    Per unit of ``scale``: one more agenda session holding as many items as the demo
    agenda, as many new sample members as the demo delegations, and LINES_PER_SCALE
    action lines spread over the plans, each with 1 to 3 status updates. Everything
    goes in through bulk inserts; the same seed gives the same text.
    """
    if scale <= 0:
        return
    rng = random.Random(seed)
    persons = _scale_members(session, meeting_id, scale, rng)
    _scale_agenda(session, meeting_id, scale, rng, persons)
    _scale_lines(session, scale, rng)
    # Bulk inserts bypass the identity map: collections loaded earlier would miss the new rows.
    session.expire_all()


def _scale_members(session, meeting_id, scale, rng) -> list[int]:
    """New sample persons on both delegations of the meeting; returns their ids."""
    delegations = {d.party.code: d for d in session.scalars(
        select(Delegation).where(Delegation.meeting_id == meeting_id))}
    for party in session.scalars(select(Party).where(Party.code.in_(("US", "MX")))):
        if party.code not in delegations:  # a meeting without lists gets them
            delegations[party.code] = Delegation(meeting_id=meeting_id, party=party)
            session.add(delegations[party.code])
    session.flush()
    agencies = {code: list(session.scalars(
        select(Agency).join(Party).where(Party.code == code).order_by(Agency.id)))
        for code in delegations}
    start = session.scalar(select(func.count(Person.id))) or 0
    people, seats = [], []
    for n in range(start, start + scale * MEMBERS_PER_SCALE):
        code = "US" if n % 2 else "MX"
        person, title = _sample_person(rng, code, rng.choice(agencies[code]), n)
        people.append(person)
        seats.append((code, title, person["agency_id"]))
    ids = _insert(session, Person, people)
    _insert_seats(session, delegations, ids, seats, rng)
    return ids


def _sample_person(rng, code, agency, n) -> tuple[dict, B]:
    if code == "US":
        given, sex = rng.choice(US_GIVEN)
        first, second = rng.choice(US_SURNAMES), ""
    else:
        given, sex = rng.choice(MX_GIVEN)
        first, second = rng.choice(MX_SURNAMES), rng.choice(MX_SURNAMES)
    rank, area = rng.choice(RANKS), rng.choice(AREAS)
    title = B(f"{rank[0]} {area.en}", f"{rank[1] if sex == 'm' else rank[2]} {area.es}")
    about = sentence(rng)
    person = dict(
        honorific=rng.choice(("mr", "mr", "mr", "dr") if sex == "m" else ("ms", "ms", "ms", "dra")),
        given_names=given, first_surname=first, second_surname=second, title=title,
        biography=B(f"{SAMPLE_BIO.en} {about.en}", f"{SAMPLE_BIO.es} {about.es}"),
        agency_id=agency.id, email=_sample_email(given, first, agency.acronym, n),
        phone=_sample_phone(code, n), internal_notes=BLANK, is_sample=True,
    )
    return person, title


def _insert_seats(session, delegations, person_ids, seats, rng) -> None:
    next_precedence = {code: 1 + (session.scalar(
        select(func.max(Membership.precedence)).where(Membership.delegation_id == d.id)) or 0)
        for code, d in delegations.items()}
    rows = []
    for person_id, (code, title, agency_id) in zip(person_ids, seats, strict=True):
        rows.append(dict(
            delegation_id=delegations[code].id, person_id=person_id,
            precedence=next_precedence[code], title=title, agency_id=agency_id,
            role=rng.choice((Role.MEMBER, Role.MEMBER, Role.ADVISOR, Role.SUPPORT)),
            attendance=rng.choices(ATTENDANCE, (80, 10, 3, 7))[0],
            internal_notes=BLANK,
        ))
        next_precedence[code] += 1
    _insert(session, Membership, rows, returning=False)


def _scale_agenda(session, meeting_id, scale, rng, person_ids) -> None:
    """``scale`` extra sessions after the existing agenda, each with the demo's item count."""
    first = 1 + (session.scalar(select(func.max(AgendaItem.position)).where(
        AgendaItem.meeting_id == meeting_id, AgendaItem.parent_id.is_(None))) or 0)
    sessions = [dict(
        meeting_id=meeting_id, parent_id=None, position=first + k, kind=SESSION,
        title=_join(rng.choice(THEMES), rng.choice(REGIONS)), description=sentence(rng),
        duration_minutes=0) for k in range(scale)]
    session_ids = _insert(session, AgendaItem, sessions)
    items = [dict(
        meeting_id=meeting_id, parent_id=parent, position=k, kind=ITEM, title=_topic(rng),
        description=sentence(rng), duration_minutes=rng.choice(range(5, 50, 5)),
        objective=sentence(rng), talking_points=_bullets(rng), background=_paragraph(rng, 2),
    ) for parent in session_ids for k in range(AGENDA_ITEMS_PER_SCALE - 1)]
    item_ids = _insert(session, AgendaItem, items)
    leads = [dict(agenda_item_id=i, person_id=rng.choice(person_ids), position=0)
             for i in item_ids if person_ids]
    _insert(session, AgendaLead, leads, returning=False)


def _bullets(rng: random.Random) -> B:
    return _points(*(sentence(rng) for _ in range(rng.randint(2, 4))))


def _scale_lines(session, scale, rng) -> None:
    plans = list(session.scalars(select(ActionPlan).order_by(ActionPlan.position)))
    counts = dict(session.execute(
        select(ActionLine.plan_id, func.count(ActionLine.id)).group_by(ActionLine.plan_id)).all())
    us = list(session.scalars(select(Agency.id).join(Party).where(Party.code == "US")))
    mx = list(session.scalars(select(Agency.id).join(Party).where(Party.code == "MX")))
    lines, histories = [], []
    for n in range(scale * LINES_PER_SCALE):
        plan = plans[n % len(plans)]
        counts[plan.id] = number = counts.get(plan.id, 0) + 1
        line, history = _sample_line(rng, plan, number, rng.choice(us), rng.choice(mx))
        lines.append(line)
        histories.append(history)
    line_ids = _insert(session, ActionLine, lines)
    updates = [dict(update, line_id=line_id)
               for line_id, history in zip(line_ids, histories, strict=True)
               for update in history]
    _insert(session, StatusUpdate, updates, returning=False)


def _sample_line(rng, plan, number, us_agency_id, mx_agency_id) -> tuple[dict, list[dict]]:
    created = dt.date(2016, 1, 1) + dt.timedelta(days=rng.randint(0, 1490))  # to Jan 2020
    status = rng.choices(list(STATUS_WEIGHTS), list(STATUS_WEIGHTS.values()))[0]
    progress = {DONE: 100, NEW: 0}.get(status, rng.randint(5, 95))
    line = dict(
        plan_id=plan.id, code=f"{plan.code}-{number}", position=number - 1,
        title=_topic(rng), description=sentence(rng),
        us_agency_id=us_agency_id, mx_agency_id=mx_agency_id, created_on=created,
        due_date=created + dt.timedelta(days=rng.randint(180, 900)),
        status=status, progress=progress,
        internal_notes=sentence(rng) if rng.random() < 0.3 else BLANK,
    )
    return line, _history(rng, created, status, progress)


def _history(rng, created, status, progress) -> list[dict]:
    """1 to 3 dated updates, progress rising, the last one giving the line's status."""
    span = (LAST_UPDATE - created).days
    days = sorted(rng.sample(range(span + 1), min(rng.randint(1, 3), span + 1)))
    steps = [*sorted(rng.randint(0, progress) for _ in days[:-1]), progress]
    statuses = [OK if p else NEW for p in steps[:-1]] + [status]
    return [dict(date=created + dt.timedelta(days=d), status=s, progress=p, note=sentence(rng))
            for d, s, p in zip(days, statuses, steps, strict=True)]


def _insert(session: Session, model, rows: list[dict], *, returning: bool = True) -> list[int]:
    """Bulk insert; with ``returning``, the new ids in the order of ``rows``."""
    if not rows:
        return []
    if not returning:
        session.execute(insert(model), rows)
        return []
    statement = insert(model).returning(model.id, sort_by_parameter_order=True)
    return list(session.scalars(statement, rows))
