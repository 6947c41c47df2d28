"""Languages: Babel formatting (Qt-free) and Qt translator loading (ui side)."""
