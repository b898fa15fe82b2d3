"""Sessions: agendas from templates, registrations, live mode in the hall, their documents."""
