"""Trajectories: creating one with its clients and contacts, listing them, one in detail."""
