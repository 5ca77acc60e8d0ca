"""Services: the only API the UI and the command line use. Each returns frozen dataclasses."""
