"""The evaluation report PDF, the paper form and the responses as Excel."""
