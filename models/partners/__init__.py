"""Partners and ambassadors of a trajectory (seed 001 categories) and their engagement."""
