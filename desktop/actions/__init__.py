"""The Acties tab: the action plan, grouped and filtered, statuses changed in place."""
