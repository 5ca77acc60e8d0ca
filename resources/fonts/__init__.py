"""Bundled TrueType fonts (SIL OFL 1.1, see OFL.txt). Registered by ``diplomas.fonts``."""
