"""What travels to the other delegation and back: meeting packages (signed zips of JSON)."""
