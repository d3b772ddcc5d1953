"""Transcription progress on the terminal."""

from __future__ import annotations

import sys

from ..i18n import pick
from ..services.transcription import MeetingProgress
from ..text import clock


class ProgressBar:
    """One line redrawn in place on a terminal; a line every 5 % when stderr is a file."""

    def __init__(self, stream=None) -> None:
        self.stream = stream if stream is not None else sys.stderr  # the one in use now
        self.tty = self.stream.isatty()
        self.last_step = -1

    def update(self, p: MeetingProgress) -> None:
        pct = int(p.fraction * 100)
        if not self.tty and pct // 5 == self.last_step:
            return
        self.last_step = pct // 5
        filled = int(p.fraction * 30)
        eta = clock(p.eta_s, millis=False) if p.eta_s is not None else "--:--:--"
        text = pick(
            "[{bar}] {pct:3d}%  {done} / {total}  đã chạy {el}  còn ~{eta}",
            "[{bar}] {pct:3d}%  {done} / {total}  elapsed {el}  left ~{eta}",
            bar="#" * filled + "-" * (30 - filled),
            pct=pct,
            done=clock(p.done_s, millis=False),
            total=clock(p.total_s, millis=False),
            el=clock(p.elapsed_s, millis=False),
            eta=eta,
        )
        self.stream.write(("\r" + text) if self.tty else text + "\n")
        self.stream.flush()

    def close(self) -> None:
        if self.tty and self.last_step >= 0:
            self.stream.write("\n")
            self.stream.flush()
