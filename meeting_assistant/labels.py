"""What the clerk reads for each state the core keeps: a meeting's state, a recording's
transcription state, a task's status. One table each, used by the window and the command line.

Both languages sit side by side (see i18n.pick); the window switches the core's language with
its own, so these follow the interface language.
"""

from __future__ import annotations

from .i18n import pick

MEETING_STATE_LABELS = {
    "new": ("Mới tạo", "New"),
    "audio": ("Chỉ có ghi âm", "Audio only"),
    "transcribing": ("Đang chép lời", "Transcribing"),
    "interrupted": ("Chép lời dở dang", "Transcription interrupted"),
    "transcribed": ("Đã chép lời", "Transcribed"),
    "concluded": ("Đã có kết luận", "With conclusions"),
}

AUDIO_STATE_LABELS = {
    "pending": ("chưa chép lời", "not transcribed"),
    "running": ("đang chép lời", "transcribing"),
    "interrupted": ("dở dang tới {at}", "interrupted at {at}"),
    "done": ("đã chép lời", "transcribed"),
}

TASK_STATUS_LABELS = {
    "done_on_time": ("Đã hoàn thành đúng hạn", "Done on time"),
    "done_late": ("Đã hoàn thành quá hạn", "Done late"),
    "in_progress": ("Đang thực hiện trong hạn", "In progress, within deadline"),
    "due_soon": ("Sắp đến hạn", "Due soon"),
    "overdue": ("Chưa hoàn thành, quá hạn", "Overdue"),
    "ongoing": ("Thường xuyên", "Ongoing"),
    "cancelled": ("Đã hủy", "Cancelled"),
}

ITEM_KIND_LABELS = {
    "segment": ("lời", "said"),
    "conclusion": ("kết luận", "conclusion"),
    "task": ("nhiệm vụ", "task"),
}


def _label(table: dict[str, tuple[str, str]], key: str, **params: object) -> str:
    vi, en = table.get(key, (key, key))
    return pick(vi, en, **params)


def meeting_state_label(state: str) -> str:
    return _label(MEETING_STATE_LABELS, state)


def audio_state_label(state: str, at: str = "") -> str:
    return _label(AUDIO_STATE_LABELS, state, at=at)


def status_label(status: str) -> str:
    return _label(TASK_STATUS_LABELS, status)


def kind_label(kind: str) -> str:
    return _label(ITEM_KIND_LABELS, kind)


# An official's verdict on a conclusion or task in a review reply.
VERDICT_LABELS = {
    "agree": ("Đồng ý", "Agree"),
    "revise": ("Đề nghị sửa", "Revise"),
    "other": ("Ý kiến khác", "Other opinion"),
}


def verdict_label(verdict: str) -> str:
    return _label(VERDICT_LABELS, verdict)
