"""What every feature shares: the clock, errors, enums, formatting, reference data."""
