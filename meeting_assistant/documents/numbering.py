"""Document numbers: the next one in its series, given once and never again.

A series is one issuing body (its symbol), one kind of document and one period: a calendar year
for State documents (Nghị định 30/2020, Phụ lục I, II.3.a: numbered from 01 each year), the
committee's term of office for the Party's (`org.term`; numbered on through the years of a
term). Every number handed out is written to the register (`store/numbers.py`) in the same
transaction as the meeting that carries it, so two windows cannot both get number 12, and a
deleted meeting does not give its number back.

    issue_number(store, 12, "notice", on=date(2024, 9, 12))  # "13", stored on meeting 12
    record_number(store, 12, "notice", "7", on=...)           # a number typed by the clerk
    issue_free_number(store, "memo", on=...)                  # a letter not tied to a meeting
"""

from __future__ import annotations

import datetime as dt

from ..errors import UserError
from ..store import cipher as sql_errors
from .content import day
from .layout import Layout, load_layout
from .organisation import Organisation, load_organisation

MEETING_KINDS = {"notice": "document_number", "minutes": "minutes_number"}
KINDS = ("notice", "minutes", "memo", "report")


def _check_kind(kind: str) -> None:
    if kind not in KINDS:
        raise UserError(
            "Không cấp số cho loại văn bản “{kind}”. Chọn một trong: {known}.",
            "No numbers are given for the document kind “{kind}”. Use one of: {known}.",
            kind=kind,
            known=", ".join(KINDS),
        )


def series_for(layout: Layout, org: Organisation, on: dt.date) -> str:
    """ "2024" (a year) or the Party term ("2025-2030"; blank: one series that never restarts)."""
    return str(on.year) if layout.get("numbering.series") == "year" else org.term


def _typed_numbers(
    store, kind: str, issuer: str, layout: Layout, org: Organisation, series: str
) -> list[int]:
    """Numbers typed straight into meetings (never registered) in the same series, so that the
    next number given out does not repeat one of them. A typed number's year is its meeting's
    (State); its Party term cannot be known, so it counts in the current term."""
    if kind not in MEETING_KINDS:
        return []
    registered = {(n.meeting_id, n.number) for n in store.numbers.all(issuer, kind)}
    found = []
    for meeting in store.meetings.list():
        value = (getattr(meeting, MEETING_KINDS[kind]) or "").strip()
        if not value.isdigit() or (meeting.id, int(value)) in registered:
            continue
        own = org.for_meeting(meeting).symbol
        when = day(meeting.notice_date if kind == "notice" else None) or day(meeting.date)
        same = own == issuer and (
            layout.get("numbering.series") != "year" or (when and str(when.year) == series)
        )
        if same:
            found.append(int(value))
    return found


def _settings(store, organisation: Organisation | None) -> tuple[Organisation, Layout]:
    org = organisation if organisation is not None else load_organisation(store)
    return org, load_layout(org.layout)


def next_number(
    store,
    kind: str,
    *,
    on: dt.date,
    organisation: Organisation | None = None,
    meeting_id: int | None = None,
) -> int:
    """The number the next document of `kind` would get (nothing is reserved)."""
    _check_kind(kind)
    org, layout = _settings(store, organisation)
    if meeting_id is not None:
        org = org.for_meeting(store.meetings.get(meeting_id))
    series = series_for(layout, org, on)
    highest = store.numbers.highest(org.symbol, kind, series)
    typed = _typed_numbers(store, kind, org.symbol, layout, org, series)
    return max([highest, *typed]) + 1


def _meeting_kind(kind: str) -> str:
    if kind not in MEETING_KINDS:
        raise UserError(
            "Chỉ thông báo và biên bản mang số của cuộc họp.",
            "Only notices and minutes carry a meeting's number.",
        )
    return MEETING_KINDS[kind]


def _give_next(
    store, kind: str, org: Organisation, layout: Layout, on: dt.date, meeting_id: int | None
) -> str:
    """Register the next number of the series (and store it on the meeting, if any)."""
    own = org.for_meeting(store.meetings.get(meeting_id)) if meeting_id is not None else org
    for _attempt in range(3):  # another window may take the same number at the same moment
        number = next_number(store, kind, on=on, organisation=org, meeting_id=meeting_id)
        try:
            with store.atomic():
                store.numbers.register(
                    own.symbol, kind, series_for(layout, own, on), number,
                    meeting_id=meeting_id, issued_on=on.isoformat(),
                )  # fmt: skip
                if meeting_id is not None:
                    store.meetings.update(meeting_id, **{MEETING_KINDS[kind]: str(number)})
            return str(number)
        except sql_errors.IntegrityError:
            continue
    raise UserError(
        "Không cấp được số văn bản: cơ sở dữ liệu đang bận. Hãy thử lại.",
        "No number could be given: the database is busy. Try again.",
    )


def issue_number(
    store, meeting_id: int, kind: str, *, on: dt.date, organisation: Organisation | None = None
) -> str:
    """The meeting's number for `kind` ("notice" or "minutes"): the one it already has, else
    the next in its series — registered and stored on the meeting at once."""
    column = _meeting_kind(kind)
    meeting = store.meetings.get(meeting_id)
    current = (getattr(meeting, column) or "").strip()
    if current:
        return current
    org, layout = _settings(store, organisation)
    return _give_next(store, kind, org, layout, on, meeting_id)


def record_number(
    store,
    meeting_id: int,
    kind: str,
    number: str,
    *,
    on: dt.date,
    organisation: Organisation | None = None,
) -> None:
    """Store a number the clerk typed for the meeting's notice or minutes. A plain number is
    registered in its series and refused if another document already has it; a number written
    in full ("15-TB/TU") is stored as typed."""
    column = _meeting_kind(kind)
    number = (number or "").strip()
    org, layout = _settings(store, organisation)
    own = org.for_meeting(store.meetings.get(meeting_id))
    with store.atomic():
        if number.isdigit():
            store.numbers.register(
                own.symbol,
                kind,
                series_for(layout, own, on),
                int(number),
                meeting_id=meeting_id,
                issued_on=on.isoformat(),
            )
            number = str(int(number))
        store.meetings.update(meeting_id, **{column: number})


def issue_free_number(
    store, kind: str, *, on: dt.date, organisation: Organisation | None = None
) -> str:
    """The next number for a document not tied to a meeting (a follow-up letter, a report),
    registered at once."""
    _check_kind(kind)
    org, layout = _settings(store, organisation)
    return _give_next(store, kind, org, layout, on, None)
