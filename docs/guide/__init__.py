"""The user guide, installed as bescapp.guide: one folder per language (en/, es/), each an
index.md and its screenshots (images/), which Help ▸ User guide shows."""
