"""Quotes: prices from the programme's rules, versions, and the data of the printed offerte."""
