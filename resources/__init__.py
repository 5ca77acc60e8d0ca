"""Bundled resources: fonts, icons, translations, demo data. Read with importlib.resources."""
