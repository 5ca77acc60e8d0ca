"""Reading participant lists from CSV and XLSX files and mapping their columns to people.

Pure Python: no database, no Qt. :mod:`app.services.importing` writes the result.
"""
