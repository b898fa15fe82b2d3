"""The Deelnemers tab: people, projects and their progress per session."""
