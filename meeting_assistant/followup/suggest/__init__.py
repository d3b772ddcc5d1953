"""The suggestion engine: conclusions and tasks (lead unit, coordinating units, deadline) proposed
from a transcript or any text, each with its cue words and a confidence.

cues (the word lists) < suggestion (what is proposed) < reader (the text indexed) < subjects
(who acts) < tasks (is it a task) < clauses (cutting the text) ; conclusions ; task_deadlines ;
confidence < engine (everything together and the entry points).
"""

from .engine import Reader, read_suggestions, suggest_meeting, suggest_segments, suggest_text
from .suggestion import CONCLUSION, TASK, Suggestion

__all__ = [
    "CONCLUSION",
    "TASK",
    "Reader",
    "Suggestion",
    "read_suggestions",
    "suggest_meeting",
    "suggest_segments",
    "suggest_text",
]
