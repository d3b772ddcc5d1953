"""Meeting Assistant core: a headless library (no Qt) for meetings, transcripts and tasks."""

__version__ = "0.1.0"
