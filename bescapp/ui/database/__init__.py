"""Whose database this is: the side question of a new database, File ▸ Database settings."""
