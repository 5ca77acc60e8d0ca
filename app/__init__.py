"""Kohort: domain, storage, services and command line. No Qt widgets here."""

__version__ = "0.1.0"
APP_NAME = "Kohort"
