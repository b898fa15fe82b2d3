"""The plan: phases, milestones and tasks on the calendar, re-planning and stopping."""
