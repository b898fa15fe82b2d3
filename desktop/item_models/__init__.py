"""Qt item models fed with plain rows from the services."""
