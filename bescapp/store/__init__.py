"""The data store: ORM classes, opening a database file, migrations, demo data."""
