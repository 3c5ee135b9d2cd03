"""Turning evidence items and official responses into what the score weighs."""
