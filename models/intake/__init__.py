"""The intake: the programme's questionnaire, the first meeting and the conditions to start."""
