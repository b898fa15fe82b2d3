"""The Intake tab: questionnaire, first meeting and conditions, saved as typed."""
