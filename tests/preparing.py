"""A 13th plenary being prepared from the 12th, on a database made by `init`: text copied
forward that still names the 12th, a timetable with a gap and an overlap, a member,
a plan line and a communiqué draft, each missing something the pre-flight lists."""

import datetime as dt

from sqlalchemy import select

from bescapp.domain.delegations import MembershipFields, PersonFields
from bescapp.model.bilingual import Bilingual as B
from bescapp.model.entities import Agency, ParagraphStatus, Role
from bescapp.store import actions, agenda, communique, delegations, meetings


def prepare(db) -> dict[str, int]:
    """The 12th plenary on file, the 13th being prepared; the ids by name."""
    ids = {}
    with db.transaction() as session:
        meetings.create_meeting(session, meetings.MeetingFields(
            number=12, start_date=dt.date(2020, 3, 4), end_date=dt.date(2020, 3, 4),
            city=B("Mexico City", "Ciudad de México"), host_party="MX"))
        ids["meeting"] = meeting = meetings.create_meeting(session, meetings.MeetingFields(
            number=13, start_date=dt.date(2026, 5, 6), end_date=dt.date(2026, 5, 6),
            day_start=dt.time(9, 0), day_end=dt.time(13, 0),
            city=B("Washington, D.C.", ""), host_party="US"))
        ids["copied"] = agenda.add_item(session, meeting, None, 0, agenda.ItemFields(
            title=B("Follow-up to the 12th Plenary", "Seguimiento de la XII Reunión Plenaria"),
            description=B("As agreed on March 4, 2020.", "Según lo acordado."),
            duration_minutes=30))
        # 9:30-10:00 is left empty, then 10:30 cuts 15 minutes into the item before it.
        ids["late"] = agenda.add_item(session, meeting, None, 1, agenda.ItemFields(
            title=B("Ports of entry", "Puertos de entrada"), duration_minutes=45,
            fixed_start=dt.time(10, 0)))
        ids["early"] = agenda.add_item(session, meeting, None, 2, agenda.ItemFields(
            title=B("The 112th Plenary of XIII Reunión Plenaria", "Seguridad"),
            duration_minutes=30, fixed_start=dt.time(10, 30),
            objective=B("Recall the 12th Plenary.", ""), talking_points=B("Point.", "Punto.")))
        dhs = session.scalar(select(Agency).where(Agency.acronym == "DHS"))
        person = delegations.create_person(session, PersonFields(
            given_names="Ana", first_surname="Smith", title=B("Director", ""), agency_id=dhs.id))
        ids["member"] = delegations.add_member(
            session, meeting, delegations.party_by_code(session, "US").id, person,
            MembershipFields(role=Role.HEAD))
        agenda.set_leads(session, ids["copied"], [person])
        plan = actions.add_plan(session, actions.PlanFields(
            code="POE", title=B("Ports of entry", "Puertos de entrada"),
            start_date=dt.date(2026, 1, 1)))
        ids["line"] = actions.add_line(session, plan, actions.LineFields(
            title=B("Expand lanes", "Ampliar carriles"), description=B("Only English.", ""),
            internal_notes=B("Ask CBP.", "")), created_on=dt.date(2026, 1, 2))
        communique.replace_draft(session, meeting, [
            (B("Since the 13th Plenary Meeting.", "Desde la XIII Reunión Plenaria."),
             ParagraphStatus.AGREED),
            (B("As on March 4, 2020.", "Como el 4 de marzo de 2020."), ParagraphStatus.DRAFT),
            (B("To [expand] the lanes.", "[Ampliar] los carriles."), ParagraphStatus.AGREED),
        ])
    return ids
