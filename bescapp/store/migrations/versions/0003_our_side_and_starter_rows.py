"""Whose database it is, and the rows every database holds from the start.

A one-row ``database_settings`` table (our side, the committee's name and acronym,
the default handling marking, each in both languages); agencies get short names
("State") for matching; a meeting's handling marking becomes bilingual; a
membership says *how* a principal takes part (host, co-host, head of the visiting
delegation: ``principal`` replaces ``is_host``) and *how* a member attends (in
person or virtual). Then the starter rows are seeded (``bescapp.store.starter``):
both parties, the committee, the agencies, the stock patterns and the termbase.

Revision ID: 0003
Revises: 0002
"""

import sqlalchemy as sa
from alembic import op

from bescapp.store import starter

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None


def _enum(name, *values):
    return sa.Enum(*values, name=name, native_enum=False, length=24)


def upgrade() -> None:
    op.create_table(
        "database_settings",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("our_party_id", sa.Integer(), nullable=True),
        sa.Column("committee_name_en", sa.Text(), nullable=False),
        sa.Column("committee_name_es", sa.Text(), nullable=False),
        sa.Column("committee_acronym_en", sa.Text(), nullable=False),
        sa.Column("committee_acronym_es", sa.Text(), nullable=False),
        sa.Column("handling_marking_en", sa.Text(), nullable=False),
        sa.Column("handling_marking_es", sa.Text(), nullable=False),
        sa.CheckConstraint("id = 1", name=op.f("ck_database_settings_one_row")),
        sa.ForeignKeyConstraint(["our_party_id"], ["party.id"],
                                name=op.f("fk_database_settings_our_party_id_party"),
                                ondelete="RESTRICT"),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_database_settings")),
    )
    with op.batch_alter_table("agency") as batch:
        batch.add_column(sa.Column("short_name_en", sa.Text(), nullable=False, server_default=""))
        batch.add_column(sa.Column("short_name_es", sa.Text(), nullable=False, server_default=""))
    with op.batch_alter_table("meeting") as batch:
        batch.alter_column("handling_marking", new_column_name="handling_marking_en",
                           existing_type=sa.String(120), type_=sa.Text(), existing_nullable=False)
        batch.add_column(sa.Column("handling_marking_es", sa.Text(), nullable=False,
                                   server_default=""))
    # The U.S. default was the only marking a meeting could get so far: say it in Spanish too.
    op.execute("UPDATE meeting SET handling_marking_es = 'SENSIBLE NO CLASIFICADO' "
               "WHERE handling_marking_en = 'SENSITIVE BUT UNCLASSIFIED'")
    with op.batch_alter_table("membership") as batch:
        batch.add_column(sa.Column("principal", _enum("principal", "none", "host", "co_host",
                                                      "visiting_head"),
                                   nullable=False, server_default="none"))
        batch.add_column(sa.Column("attendance_mode", _enum("attendancemode", "in_person",
                                                            "virtual"),
                                   nullable=False, server_default="in_person"))
    op.execute("UPDATE membership SET principal = 'host' WHERE is_host")
    with op.batch_alter_table("membership") as batch:
        batch.drop_column("is_host")
    starter.seed(op.get_bind())


def downgrade() -> None:
    with op.batch_alter_table("membership") as batch:
        batch.add_column(sa.Column("is_host", sa.Boolean(), nullable=False, server_default=sa.false()))
    op.execute("UPDATE membership SET is_host = (principal != 'none')")
    with op.batch_alter_table("membership") as batch:
        batch.drop_column("attendance_mode")
        batch.drop_column("principal")
    with op.batch_alter_table("meeting") as batch:
        batch.drop_column("handling_marking_es")
        batch.alter_column("handling_marking_en", new_column_name="handling_marking",
                           existing_type=sa.Text(), type_=sa.String(120), existing_nullable=False)
    with op.batch_alter_table("agency") as batch:
        batch.drop_column("short_name_es")
        batch.drop_column("short_name_en")
    op.drop_table("database_settings")
