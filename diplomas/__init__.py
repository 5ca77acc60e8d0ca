"""Diploma, action-plan and sign-in sheet documents (ReportLab). Pure functions, no Qt, no database."""
