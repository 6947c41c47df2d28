"""Book depth: what a principal reads first, the visit schedule, photographs, clearances.

The meeting gets its briefing texts (scene-setter, our objectives, the counterpart's
likely asks, desired outcomes, press guidance, "if asked"), each agenda item its
desired outcome, the counterpart's likely position and "if asked" points, each person
a photograph (JPEG bytes, inside the file). Two tables: the principal's visit schedule
and the book's clearances. All of it is internal: new columns start empty, so an
older file opens as it was.

Revision ID: 0012
Revises: 0011
"""

import sqlalchemy as sa
from alembic import op

revision = "0012"
down_revision = "0011"
branch_labels = None
depends_on = None

MEETING_TEXTS = ("scene_setter", "objectives", "likely_asks", "desired_outcome",
                 "press_guidance", "if_asked")
ITEM_TEXTS = ("desired_outcome", "counterpart_position", "if_asked")
VISIT_KINDS = ("arrival", "pre_brief", "pull_aside", "family_photo", "press", "working_lunch",
               "departure", "other")


def _enum(name, *values):
    return sa.Enum(*values, name=name, native_enum=False, length=24)


def _texts(*names):
    return [sa.Column(f"{name}_{lang}", sa.Text(), nullable=False, server_default="")
            for name in names for lang in ("en", "es")]


def upgrade() -> None:
    with op.batch_alter_table("meeting") as batch:
        for column in _texts(*MEETING_TEXTS):
            batch.add_column(column)
    with op.batch_alter_table("agenda_item") as batch:
        for column in _texts(*ITEM_TEXTS):
            batch.add_column(column)
    with op.batch_alter_table("person") as batch:
        batch.add_column(sa.Column("photo", sa.LargeBinary(), nullable=True))
    op.create_table(
        "visit_event",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("meeting_id", sa.Integer(), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("day", sa.Integer(), nullable=False),
        sa.Column("start_time", sa.Time(), nullable=True),
        sa.Column("end_time", sa.Time(), nullable=True),
        sa.Column("kind", _enum("visitkind", *VISIT_KINDS), nullable=False),
        *_texts("title", "place", "who", "notes"),
        sa.ForeignKeyConstraint(["meeting_id"], ["meeting.id"],
                                name=op.f("fk_visit_event_meeting_id_meeting"),
                                ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_visit_event")),
    )
    op.create_index(op.f("ix_visit_event_meeting_id"), "visit_event", ["meeting_id"])
    op.create_table(
        "clearance",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("meeting_id", sa.Integer(), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("role", _enum("clearancerole", "drafted", "cleared"), nullable=False),
        sa.Column("name", sa.String(200), nullable=False),
        sa.Column("office", sa.String(200), nullable=False),
        sa.Column("date", sa.Date(), nullable=True),
        sa.ForeignKeyConstraint(["meeting_id"], ["meeting.id"],
                                name=op.f("fk_clearance_meeting_id_meeting"),
                                ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_clearance")),
    )
    op.create_index(op.f("ix_clearance_meeting_id"), "clearance", ["meeting_id"])


def downgrade() -> None:
    op.drop_index(op.f("ix_clearance_meeting_id"), table_name="clearance")
    op.drop_table("clearance")
    op.drop_index(op.f("ix_visit_event_meeting_id"), table_name="visit_event")
    op.drop_table("visit_event")
    with op.batch_alter_table("person") as batch:
        batch.drop_column("photo")
    with op.batch_alter_table("agenda_item") as batch:
        for column in _texts(*ITEM_TEXTS):
            batch.drop_column(column.name)
    with op.batch_alter_table("meeting") as batch:
        for column in _texts(*MEETING_TEXTS):
            batch.drop_column(column.name)
