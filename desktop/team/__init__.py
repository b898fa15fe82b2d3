"""The team's server in the window: its password, the server setting, take-out and bring-back."""
