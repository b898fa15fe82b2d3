"""Overzicht: what comes up and what is late, over all trajectories."""
