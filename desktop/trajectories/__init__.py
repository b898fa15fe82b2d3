"""Trajecten: the list, one trajectory's tabs, and the new-trajectory wizard."""
