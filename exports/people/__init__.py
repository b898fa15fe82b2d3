"""Excel lists of people."""
