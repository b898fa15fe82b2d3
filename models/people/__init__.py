"""People and organisations: the directory, importing lists, consent and privacy (erasure)."""
