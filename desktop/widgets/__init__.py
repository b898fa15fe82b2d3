"""Building blocks every screen shares: table models over plain rows, columns, titles."""
