"""The documents' words: bilingual notes on people and members, the time style, renewed patterns.

- ``person.internal_notes`` and ``membership.internal_notes`` become English and Spanish
  columns, as the action lines' notes already were, so a Spanish briefing book never
  prints an English note. The old text was written by our own delegation's staff, so it
  goes to our side's language (Spanish in a Mexican database, English otherwise).
- ``action_plan.code_es``: the plan's code in Spanish documents (empty: the code).
- ``database_settings.time_style``: how Spanish documents write the clock ("12h",
  "24h"; empty: our side's default).
- The communiqué's stock patterns that staff have not edited are renewed (as 0004 did):
  the adopted plans in one sentence, the lines of action as prose grouped by plan; and the
  termbase's unedited "Programas de Viajeros Confiables" (the official name).

Revision ID: 0007
Revises: 0006
"""

import sqlalchemy as sa
from alembic import op

from bescapp.store import starter

revision = "0007"
down_revision = "0006"
branch_labels = None
depends_on = None

TABLES = ("person", "membership")


def _our_language(bind: sa.Connection) -> str:
    code = bind.execute(sa.text(
        "SELECT party.code FROM database_settings JOIN party "
        "ON party.id = database_settings.our_party_id")).scalar()
    return "es" if code == "MX" else "en"


def upgrade() -> None:
    bind = op.get_bind()
    ours = _our_language(bind)
    with op.batch_alter_table("database_settings") as batch:
        batch.add_column(sa.Column("time_style", sa.String(8), nullable=False, server_default=""))
    with op.batch_alter_table("action_plan") as batch:
        batch.add_column(sa.Column("code_es", sa.String(20), nullable=False, server_default=""))
    for table in TABLES:
        with op.batch_alter_table(table) as batch:
            for lang in ("en", "es"):
                batch.add_column(sa.Column(f"internal_notes_{lang}", sa.Text(), nullable=False,
                                           server_default=""))
        bind.execute(sa.text(f"UPDATE {table} SET internal_notes_{ours} = internal_notes"))
        with op.batch_alter_table(table) as batch:
            batch.drop_column("internal_notes")
    starter.renew_stock_patterns(bind)
    starter.renew_stock_terms(bind)


def downgrade() -> None:
    bind = op.get_bind()
    for table in TABLES:
        with op.batch_alter_table(table) as batch:
            batch.add_column(sa.Column("internal_notes", sa.Text(), nullable=False,
                                       server_default=""))
        # Both languages kept, one after the other: nothing typed is lost going back.
        bind.execute(sa.text(
            f"UPDATE {table} SET internal_notes = CASE "
            "WHEN internal_notes_en = '' THEN internal_notes_es "
            "WHEN internal_notes_es = '' THEN internal_notes_en "
            "ELSE internal_notes_en || :line_end || internal_notes_es END"), {"line_end": "\n"})
        with op.batch_alter_table(table) as batch:
            batch.drop_column("internal_notes_en")
            batch.drop_column("internal_notes_es")
    with op.batch_alter_table("action_plan") as batch:
        batch.drop_column("code_es")
    with op.batch_alter_table("database_settings") as batch:
        batch.drop_column("time_style")
