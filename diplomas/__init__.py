"""Diploma, action-plan and sign-in sheet documents (ReportLab).

Pure functions from plain dataclasses to PDF; no Qt, no database.
"""
