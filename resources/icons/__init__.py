"""Kohort package."""
