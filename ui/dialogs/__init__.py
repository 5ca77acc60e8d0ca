"""Dialogs. Each exposes a classmethod that returns the values, so tests patch one thing."""
