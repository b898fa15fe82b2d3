"""Actions and action plans: who does what by when, with history, carried to the next session."""
