"""The overview over all trajectories: what comes up and what is late."""
