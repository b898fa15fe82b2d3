"""The Partners tab: partners, ambassadors and category coverage."""
