"""The Offerte tab: versions, the form for a new one, its PDF."""
