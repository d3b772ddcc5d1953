"""The deadline of a task: inside its clause, in the short clause that follows ("…, thời hạn:
tháng 01/2026"), at the end of the points given to the same unit, or opening its sentence.
"""

from __future__ import annotations

import datetime as dt

from ..deadlines import Deadline, find_deadline
from .cues import (
    OPENERS,
)
from .suggestion import TASK, Clause


def opening_deadline(
    reader, clauses: list[Clause], i: int, meeting_date: dt.date
) -> Deadline | None:
    """A deadline that opens the sentence of task `i` before the task itself ("Trong tháng
    9/2017, bên cạnh …, các cơ quan … cần tập trung …"; "… nhấn mạnh trong 6 tháng cuối năm
    2014 | Mặt trận và các đoàn thể cần …"), when no other task comes between."""
    c = clauses[i]
    start = reader._sentence_start(c.start)
    if start is None or start >= c.start:
        return None
    for prev in clauses[max(0, i - 4) : i]:
        if prev.end > start and prev.kind == TASK:
            return None
    head = reader.text[start : c.start]
    found = find_deadline(head, meeting_date, folded=reader.fld[start : c.start])
    if found is None or found.date is None:
        return None
    om = OPENERS.match(reader.low, start, c.start)
    opens = found.start <= (om.end() - start if om else 0) + 1
    at_end = not head[found.end :].strip(" ,")
    return found if opens or at_end else None
