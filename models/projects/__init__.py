"""Participant projects (a buurtpunt, a climate action) and their progress per session."""
