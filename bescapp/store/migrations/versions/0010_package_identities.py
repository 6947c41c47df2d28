"""Meeting packages: stable identities, our signing key, the counterpart's key, the exchange log.

The two delegations' databases number their rows differently, so every row that travels
in a meeting package gets a UUID: random for what staff create, derived from the code
(uuid5) for the rows every database seeds (parties, agencies, the committee), so both
sides name those alike. Our delegation's Ed25519 key is made here for every database,
new or old (its 32-byte seed, in the settings row); the counterpart's public key is
recorded when staff confirm its fingerprint; ``package_log`` keeps the packages sent and
received, the base of the next three-way review.

Revision ID: 0010
Revises: 0007
"""

import uuid

import sqlalchemy as sa
from alembic import op

from bescapp.store.starter import COMMITTEE_UUID, agency_uuid, party_uuid

revision = "0010"
down_revision = "0007"
branch_labels = None
depends_on = None

IDENTIFIED = ("party", "agency", "person", "meeting", "agenda_item")


def _fill(bind, table: str) -> None:
    t = sa.table(table, sa.column("id"), sa.column("uuid"))
    if table == "party":
        party = sa.table("party", sa.column("id"), sa.column("code"))
        names = {pid: party_uuid(code) for pid, code in bind.execute(sa.select(party.c.id, party.c.code))}
    elif table == "agency":
        agency = sa.table("agency", sa.column("id"), sa.column("party_id"), sa.column("acronym"))
        party = sa.table("party", sa.column("id"), sa.column("code"))
        query = sa.select(agency.c.id, party.c.code, agency.c.acronym).join_from(
            agency, party, agency.c.party_id == party.c.id)
        names = {aid: agency_uuid(code, acronym) for aid, code, acronym in bind.execute(query)}
    else:
        names = {}
    for (row_id,) in bind.execute(sa.select(t.c.id)).all():
        bind.execute(sa.update(t).where(t.c.id == row_id)
                     .values(uuid=names.get(row_id) or str(uuid.uuid4())))


def upgrade() -> None:
    from nacl.signing import SigningKey

    bind = op.get_bind()
    for table in IDENTIFIED:
        with op.batch_alter_table(table) as batch:
            batch.add_column(sa.Column("uuid", sa.String(36), nullable=True))
        _fill(bind, table)
        with op.batch_alter_table(table) as batch:
            batch.alter_column("uuid", existing_type=sa.String(36), nullable=False)
            batch.create_unique_constraint(f"uq_{table}_uuid", ["uuid"])
    with op.batch_alter_table("database_settings") as batch:
        batch.add_column(sa.Column("committee_uuid", sa.String(36), nullable=False,
                                   server_default=""))
        batch.add_column(sa.Column("signing_key", sa.LargeBinary(), nullable=True))
        batch.add_column(sa.Column("counterpart_key", sa.LargeBinary(), nullable=True))
    settings = sa.table("database_settings", sa.column("id"), sa.column("committee_uuid"),
                        sa.column("signing_key"))
    bind.execute(sa.update(settings).values(committee_uuid=COMMITTEE_UUID,
                                            signing_key=bytes(SigningKey.generate())))
    op.create_table(
        "package_log",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("package_uuid", sa.String(36), nullable=False),
        sa.Column("meeting_uuid", sa.String(36), nullable=False),
        sa.Column("direction", sa.Enum("sent", "received", name="packagedirection",
                                       native_enum=False, length=24), nullable=False),
        sa.Column("side", sa.String(2), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("content", sa.LargeBinary(), nullable=False),
        sa.PrimaryKeyConstraint("id", name="pk_package_log"),
        sa.UniqueConstraint("package_uuid", name="uq_package_log_package_uuid"),
    )
    op.create_index("ix_package_log_meeting_uuid", "package_log", ["meeting_uuid"])


def downgrade() -> None:
    op.drop_index("ix_package_log_meeting_uuid", table_name="package_log")
    op.drop_table("package_log")
    with op.batch_alter_table("database_settings") as batch:
        batch.drop_column("counterpart_key")
        batch.drop_column("signing_key")
        batch.drop_column("committee_uuid")
    for table in reversed(IDENTIFIED):
        with op.batch_alter_table(table) as batch:
            batch.drop_constraint(f"uq_{table}_uuid", type_="unique")
            batch.drop_column("uuid")
