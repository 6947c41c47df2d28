"""One place per member: a list's order of precedence cannot hold two members in one place.

Two imports of the same list at the same moment could each decide before the other
had written, leaving members that share a place. The unique constraint makes the
database refuse that. A file of an older bescapp may already hold such a list, so
every list is first renumbered 1..n in its current order (place, then the order the
members were added), which keeps the order as it was shown and lets the constraint
be added to any real file. People entered twice are left as they are (two real
people may share a name); ``bescapp check`` reports them.

Revision ID: 0005
Revises: 0004
"""

from alembic import op

revision = "0005"
down_revision = "0004"
branch_labels = None
depends_on = None

CONSTRAINT = "uq_membership_delegation_id_precedence"


def upgrade() -> None:
    bind = op.get_bind()
    bind.exec_driver_sql("CREATE TEMP TABLE renumbered (id INTEGER PRIMARY KEY, place INTEGER)")
    bind.exec_driver_sql("""
        INSERT INTO renumbered (id, place)
        SELECT id, ROW_NUMBER() OVER (PARTITION BY delegation_id ORDER BY precedence, id)
        FROM membership""")
    bind.exec_driver_sql("""
        UPDATE membership SET precedence = (
            SELECT place FROM renumbered WHERE renumbered.id = membership.id)
        WHERE precedence != (SELECT place FROM renumbered WHERE renumbered.id = membership.id)""")
    bind.exec_driver_sql("DROP TABLE renumbered")
    with op.batch_alter_table("membership") as batch:
        batch.create_unique_constraint(CONSTRAINT, ["delegation_id", "precedence"])


def downgrade() -> None:
    with op.batch_alter_table("membership") as batch:
        batch.drop_constraint(CONSTRAINT, type_="unique")
