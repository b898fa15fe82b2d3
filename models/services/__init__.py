"""Use cases over the database; each public function takes the session of one user action."""
