"""The Bijeenkomsten tab: session editor, agenda, registrations, and live mode."""
