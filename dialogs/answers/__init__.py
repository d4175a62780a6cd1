"""Answers to merchants' questions: the catalog's facts in words, and the clarifying question."""
