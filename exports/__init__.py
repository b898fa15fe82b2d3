"""Files for people: PDF and Excel built from plain data (no Qt, no sessions)."""
