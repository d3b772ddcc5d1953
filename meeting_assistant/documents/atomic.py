"""Writing a document all at once or not at all.

The renderer writes to a temporary file beside the target; only a complete, flushed file takes
the target's name (os.replace is atomic on one file system). If anything fails — a full disk,
a folder the clerk may not write to, a bug while rendering — the target keeps its old bytes and
the temporary file is removed.
"""

from __future__ import annotations

import contextlib
import errno
import os
import tempfile
from collections.abc import Iterator
from pathlib import Path

from ..errors import UserError

_FULL = {errno.ENOSPC, getattr(errno, "EDQUOT", errno.ENOSPC)}
_DENIED = {errno.EACCES, errno.EPERM, errno.EROFS}


def write_error(path: Path, exc: OSError) -> UserError:
    """A message the clerk can act on for a failed write to `path`."""
    if exc.errno in _FULL:
        return UserError(
            "Ổ đĩa đã đầy, không ghi được {path}. Hãy giải phóng dung lượng hoặc chọn nơi lưu"
            " khác rồi thử lại.",
            "The disk is full; {path} could not be written. Free some space or choose another"
            " place, then try again.",
            path=str(path),
        )
    if exc.errno in _DENIED:
        return UserError(
            "Không có quyền ghi {path}. Hãy chọn thư mục khác, hoặc đóng tệp nếu nó đang mở trong"
            " chương trình khác (Word, trình đọc PDF).",
            "No permission to write {path}. Choose another folder, or close the file if another"
            " program (Word, a PDF viewer) has it open.",
            path=str(path),
        )
    if exc.errno == errno.ENOENT:
        return UserError(
            "Thư mục {folder} không tồn tại; hãy chọn nơi lưu khác.",
            "The folder {folder} does not exist; choose another place to save.",
            folder=str(path.parent),
        )
    return UserError(
        "Không ghi được {path}: {reason}",
        "Could not write {path}: {reason}",
        path=str(path),
        reason=exc.strerror or str(exc),
    )


@contextlib.contextmanager
def atomic_output(path: Path | str) -> Iterator[Path]:
    """Yield a temporary path in the target's folder; on success it replaces `path`.

    The body writes the whole document to the yielded path (by name, as reportlab and
    python-docx do). OSErrors become UserErrors; other errors pass through unchanged. Either way
    the target is untouched and the temporary file gone.
    """
    target = Path(path)
    try:
        kind = (
            "folder"
            if target.is_dir()
            else "other"
            if target.exists() and not target.is_file()
            else ""
        )
    except OSError as exc:  # a name too long for the file system, a folder we may not enter
        raise write_error(target, exc) from exc
    if kind == "folder":
        raise UserError(
            "{path} là một thư mục; hãy chọn tên tệp để lưu.",
            "{path} is a folder; choose a file name to save to.",
            path=str(target),
        )
    if kind == "other":  # a device (/dev/null) is never replaced
        raise UserError(
            "{path} không phải một tệp thường; hãy chọn tên tệp để lưu.",
            "{path} is not a regular file; choose a file name to save to.",
            path=str(target),
        )
    folder = target.parent if str(target.parent) else Path(".")
    try:
        # A short prefix: a long target name plus the temporary suffix could pass 255 bytes.
        handle, name = tempfile.mkstemp(prefix=f".{target.name[:40]}.", suffix=".part", dir=folder)
    except OSError as exc:
        raise write_error(target, exc) from exc
    os.close(handle)
    temp = Path(name)
    try:
        yield temp
        fd = os.open(temp, os.O_RDWR)
        try:
            os.fsync(fd)
        finally:
            os.close(fd)
        # mkstemp makes an owner-only file, and so it stays: meetings are confidential.
        os.replace(temp, target)
    except OSError as exc:
        _remove(temp)
        raise write_error(target, exc) from exc
    except BaseException:
        _remove(temp)
        raise
    _sync_folder(folder)


def _remove(path: Path) -> None:
    with contextlib.suppress(OSError):
        path.unlink()


def _sync_folder(folder: Path) -> None:
    """Make the rename itself durable (POSIX); harmless where folders cannot be opened."""
    if os.name != "posix":
        return
    with contextlib.suppress(OSError):
        fd = os.open(folder, os.O_RDONLY)
        try:
            os.fsync(fd)
        finally:
            os.close(fd)
