"""The demo plenary's briefing material: scene-setter, asks, if-asked points, the visit
schedule, clearances and two sample photographs, so the demo book shows every part.

Everything here is clearly sample text written for the demonstration (the visit
schedule's times and places are plausible, not the real ones). The two photographs are
drawn here with Pillow (a silhouette and the word SAMPLE) and given only to sample
people: no real person gets a made-up picture, and the repository holds no image file.
"""

from __future__ import annotations

import datetime as dt
import io

from sqlalchemy import select
from sqlalchemy.orm import Session

from ..domain.photos import checked_photo
from ..model.bilingual import Bilingual as B
from ..model.entities import (
    AgendaItem,
    Clearance,
    ClearanceRole,
    Communique,
    CommuniqueVersion,
    Meeting,
    Paragraph,
    ParagraphStatus,
    Person,
    VisitEvent,
)
from ..model.entities import VisitKind as V

SAMPLE = B("[Sample] ", "[Ejemplo] ")


def _sample(text: B) -> B:
    return B(SAMPLE.en + text.en, SAMPLE.es + text.es)


def _lines(*lines: B) -> B:
    return B("\n".join(x.en for x in lines), "\n".join(x.es for x in lines))


MEETING_TEXTS = {
    "scene_setter": _sample(B(
        "The 12th Plenary meets as trade across the border reaches record levels and both "
        "governments want visible results before the summer travel season. The relationship "
        "is cooperative at the working level; the Mexican side will stress infrastructure "
        "funding and wait times, and will look for a clear U.S. commitment on the Otay Mesa "
        "East crossing.",
        "La XII Reunión Plenaria se celebra cuando el comercio transfronterizo alcanza "
        "niveles récord y ambos gobiernos buscan resultados visibles antes de la temporada "
        "de viajes de verano. La relación es de cooperación en el nivel técnico; la parte "
        "mexicana insistirá en el financiamiento de la infraestructura y en los tiempos de "
        "espera, y buscará un compromiso claro de los Estados Unidos sobre el cruce de "
        "Otay Mesa Este.")),
    "objectives": _lines(
        _sample(B("Adopt the Strategy and the three Action Plans without reopening the text.",
                  "Adoptar la Estrategia y los tres Planes de Acción sin reabrir el texto.")),
        B("Agree on one binational list of priority port-of-entry projects.",
          "Acordar una sola lista binacional de proyectos prioritarios de puertos de entrada."),
        B("Set a date and place for the 13th Plenary Meeting.",
          "Fijar la fecha y la sede de la XIII Reunión Plenaria.")),
    "likely_asks": _lines(
        _sample(B("A firm U.S. date for the Otay Mesa East-Otay II crossing.",
                  "Una fecha firme de los Estados Unidos para el cruce Otay Mesa Este-Otay II.")),
        B("More CBP officers at peak hours in Ciudad Juárez-El Paso.",
          "Más oficiales de la CBP en horas pico en Ciudad Juárez-El Paso."),
        B("Joint Trusted Traveler enrollment events in Monterrey and Guadalajara.",
          "Eventos conjuntos de inscripción a los Programas de Viajeros Confiables en "
          "Monterrey y Guadalajara.")),
    "desired_outcome": _sample(B(
        "A joint communiqué that records the adoption of the Strategy, names the priority "
        "projects and sets the 13th Plenary for early 2021 in Washington, D.C.",
        "Un comunicado conjunto que deje constancia de la adopción de la Estrategia, nombre "
        "los proyectos prioritarios y fije la XIII Reunión Plenaria a principios de 2021 en "
        "Washington, D.C.")),
    "press_guidance": _lines(
        _sample(B("Top line: the border is a safe and competitive region that benefits both "
                  "economies.",
                  "Mensaje principal: la frontera es una región segura y competitiva que "
                  "beneficia a ambas economías.")),
        B("The Strategy and the Action Plans give every commitment a responsible agency on "
          "each side.",
          "La Estrategia y los Planes de Acción asignan a cada compromiso una dependencia "
          "responsable en cada país.")),
    "if_asked": _lines(
        _sample(B("Q: Will the new crossing open on time? A: Both governments are committed "
                  "to the schedule the technical teams agreed; we will report progress at the "
                  "next plenary.",
                  "P: ¿Se abrirá a tiempo el nuevo cruce? R: Ambos gobiernos están "
                  "comprometidos con el calendario acordado por los equipos técnicos; "
                  "informaremos de los avances en la próxima plenaria.")),
        B("Q: Is migration on the agenda? A: This meeting is about ports of entry, trade and "
          "travel; migration is discussed in other channels.",
          "P: ¿Está la migración en la agenda? R: Esta reunión trata de puertos de entrada, "
          "comercio y viajes; la migración se aborda en otros mecanismos.")),
}

# Per agenda item (by its English title): desired outcome, counterpart's likely position,
# if-asked points.
ITEM_TEXTS = {
    "Expansion of the San Ysidro-El Chaparral border crossing": (
        _sample(B("Both sides record the project as complete and adopt it as the model for "
                  "new crossings.",
                  "Ambas partes dejan constancia de la conclusión del proyecto y lo adoptan "
                  "como modelo para nuevos cruces.")),
        B("Mexico will agree, and ask that the lessons learned include funding on its side.",
          "México estará de acuerdo y pedirá que las lecciones aprendidas incluyan el "
          "financiamiento de su parte."),
        B("If asked about wait times: peak-hour waits fell after the new lanes opened; the "
          "figures are in the background paper.",
          "Si preguntan por los tiempos de espera: bajaron en horas pico con los nuevos "
          "carriles; las cifras están en el documento de antecedentes.")),
    "Port-of-entry modernization pipeline": (
        _sample(B("One binational list of priority projects, in one order.",
                  "Una sola lista binacional de proyectos prioritarios, en un solo orden.")),
        B("Mexico will ask for Otay Mesa East first and a firm U.S. date.",
          "México pedirá Otay Mesa Este en primer lugar y una fecha firme de los Estados "
          "Unidos."),
        B("If asked for a date: the date depends on both sides' funding; propose that the "
          "technical group report by June.",
          "Si piden una fecha: depende del financiamiento de ambas partes; proponer que el "
          "grupo técnico informe a más tardar en junio.")),
    "Trusted Traveler Programs: Viajero Confiable México, Global Entry and NEXUS": (
        _sample(B("Agreement on two joint enrollment events in 2020.",
                  "Acuerdo sobre dos eventos conjuntos de inscripción en 2020.")),
        B("Mexico will propose events in Monterrey and Guadalajara.",
          "México propondrá eventos en Monterrey y Guadalajara."),
        B("If asked about fees: fees are set by each program and are not on the table.",
          "Si preguntan por las cuotas: cada programa fija las suyas y no están a discusión.")),
}

VISIT = (
    # kind, start, end, title, place, who, notes
    (V.ARRIVAL, (7, 30), (7, 45), B("Arrival at the Ministry of Foreign Affairs",
                                    "Llegada a la Secretaría de Relaciones Exteriores"),
     B("SRE, Plaza Juárez entrance", "SRE, acceso por Plaza Juárez"),
     B("Principal, control officer", "Titular, oficial de control"),
     _sample(B("Met by the SRE protocol office.", "Lo recibe la Dirección de Protocolo de la SRE."))),
    (V.PRE_BRIEF, (7, 45), (8, 30), B("Delegation pre-brief", "Reunión previa de la delegación"),
     B("Holding room, 3rd floor", "Sala de espera, piso 3"),
     B("Full U.S. delegation", "Toda la delegación estadounidense"),
     _sample(B("Walk through the asks and the press lines.",
               "Repaso de las peticiones y de los mensajes de prensa."))),
    (V.PULL_ASIDE, (8, 40), (8, 55), B("Pull-aside with the Under Secretary for North America",
                                       "Encuentro breve con el Subsecretario para América del Norte"),
     B("Salón Juárez anteroom", "Antesala del Salón Juárez"),
     B("Principal, Under Secretary Seade", "Titular, subsecretario Seade"),
     _sample(B("Raise Otay Mesa East privately before the plenary.",
               "Plantear Otay Mesa Este en privado antes de la plenaria."))),
    (V.FAMILY_PHOTO, (8, 55), (9, 0), B("Family photo", "Fotografía oficial"),
     B("Main staircase", "Escalera principal"), B("Heads of delegation", "Jefes de delegación"),
     B()),
    (V.WORKING_LUNCH, (13, 0), (14, 15), B("Working lunch", "Comida de trabajo"),
     B("SRE dining room", "Comedor de la SRE"), B("Heads of delegation and co-chairs",
                                                  "Jefes de delegación y copresidentes"),
     _sample(B("Seated; no remarks expected.", "Con lugares asignados; no se prevén palabras."))),
    (V.PRESS, (17, 0), (17, 20), B("Joint press availability", "Encuentro conjunto con la prensa"),
     B("Press room, ground floor", "Sala de prensa, planta baja"),
     B("Principal, Under Secretary Seade", "Titular, subsecretario Seade"),
     _sample(B("Two questions per side.", "Dos preguntas por parte."))),
    (V.DEPARTURE, (17, 45), None, B("Departure for the airport", "Salida al aeropuerto"),
     B("SRE, Plaza Juárez entrance", "SRE, acceso por Plaza Juárez"),
     B("Principal, control officer", "Titular, oficial de control"), B()),
)

CLEARANCES = (
    # sample people of the demo's lists; offices as a clearance line writes them (codes)
    (ClearanceRole.DRAFTED, "Laura Bennett", "WHA/MEX", dt.date(2020, 2, 26)),
    (ClearanceRole.CLEARED, "Andrea Kim", "AmEmb Mexico", dt.date(2020, 2, 27)),
    (ClearanceRole.CLEARED, "Rebecca Alvarez", "DHS/PLCY", None),
)

# The 11th plenary's communiqué as adopted: a short sample text (its version says so; no
# "[Sample]" in the text, where square brackets mean text not yet agreed). The book annexes
# the previous plenary's.
EARLIER_COMMUNIQUE = (
    B("The delegations of the United States and Mexico held the 11th Plenary Meeting "
      "of the 21st Century Border Management Initiative in Washington, D.C., on April 10, 2019.",
      "Las delegaciones de los Estados Unidos y de México celebraron la XI Reunión "
      "Plenaria de la Iniciativa para la Administración de la Frontera en el Siglo XXI en "
      "Washington, D.C., el 10 de abril de 2019."),
    B("Both delegations reviewed the final phase of the San Ysidro-El Chaparral expansion.",
      "Ambas delegaciones revisaron la fase final de la ampliación de San Ysidro-El Chaparral."),
    B("The delegations agreed to draft a new Strategy for the next plenary.",
      "Las delegaciones acordaron elaborar una nueva Estrategia para la próxima plenaria."),
)

# Two sample people get a drawn photograph: (given names, first surname, colours).
PHOTOGRAPHED = (
    ("María Fernanda", "López", ((46, 84, 122), (214, 226, 238))),
    ("Laura", "Bennett", ((120, 72, 40), (240, 228, 214))),
)


def add_briefing(session: Session, meeting_id: int) -> None:
    """Fill the demo plenary's briefing material (the caller owns the transaction)."""
    meeting = session.get_one(Meeting, meeting_id)
    for name, value in MEETING_TEXTS.items():
        setattr(meeting, name, value)
    for item in session.scalars(select(AgendaItem).where(AgendaItem.meeting_id == meeting_id)):
        if item.title.en in ITEM_TEXTS:
            item.desired_outcome, item.counterpart_position, item.if_asked = ITEM_TEXTS[item.title.en]
    for position, (kind, start, end, title, place, who, notes) in enumerate(VISIT):
        session.add(VisitEvent(
            meeting_id=meeting_id, position=position, day=1, kind=kind,
            start_time=dt.time(*start), end_time=dt.time(*end) if end else None,
            title=title, place=place, who=who, notes=notes))
    for position, (role, name, office, date) in enumerate(CLEARANCES):
        session.add(Clearance(meeting_id=meeting_id, position=position, role=role, name=name,
                              office=office, date=date))
    _earlier_communique(session, meeting)
    for given, surname, colours in PHOTOGRAPHED:
        person = session.scalar(select(Person).where(Person.given_names == given,
                                                     Person.first_surname == surname,
                                                     Person.is_sample))
        if person is not None:
            person.photo = checked_photo(sample_portrait(*colours), "sample.png").content
    session.flush()


def _earlier_communique(session: Session, meeting: Meeting) -> None:
    earlier = session.scalar(select(Meeting).where(Meeting.number == meeting.number - 1,
                                                   Meeting.kind == meeting.kind))
    if earlier is None or session.scalar(select(Communique.id).where(
            Communique.meeting_id == earlier.id)) is not None:
        return
    adopted = dt.datetime.combine(earlier.start_date, dt.time(17, 0))
    session.add(Communique(meeting_id=earlier.id, versions=[
        CommuniqueVersion(number=1, label="As adopted (sample) / Versión adoptada (ejemplo)",
                          saved_at=adopted,
                          paragraphs=[Paragraph(position=k, text=text,
                                                status=ParagraphStatus.AGREED)
                                      for k, text in enumerate(EARLIER_COMMUNIQUE)])]))


def sample_portrait(dark: tuple[int, int, int], light: tuple[int, int, int]) -> bytes:
    """A head-and-shoulders silhouette with SAMPLE across it, as a PNG."""
    from PIL import Image, ImageDraw

    width, height = 300, 375  # a passport photo's 4:5
    image = Image.new("RGB", (width, height), light)
    draw = ImageDraw.Draw(image)
    draw.ellipse((95, 60, 205, 185), fill=dark)  # head
    draw.ellipse((35, 200, 265, 460), fill=dark)  # shoulders
    draw.rectangle((0, height - 44, width, height), fill=(255, 255, 255))
    draw.text((width // 2, height - 22), "SAMPLE / EJEMPLO", fill=(90, 90, 90), anchor="mm",
              font_size=20)
    out = io.BytesIO()
    image.save(out, "PNG")
    return out.getvalue()
