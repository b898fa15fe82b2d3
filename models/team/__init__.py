"""A laptop and the team's server: trajectories taken out for offline work and brought back.

Take-out copies one or more trajectories (with the people, organisations, sessions, actions,
projects and evaluations they hold) from the server into the laptop's own database and notes
each row's version; bring-back compares laptop, server and that note row by row: what changed
on one side only goes across, what changed on both is a conflict the coach decides record by
record, and a row gone on one side (a deletion, a tombstone) is gone on the other too unless
the other side changed it. Nothing is overwritten without the coach's choice.
"""
