"""The Agenda workspace."""
