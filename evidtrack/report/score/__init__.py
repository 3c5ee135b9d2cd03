"""Scores rendered for people (text) and machines (JSON), from one view model."""
