"""Encryption at rest on the command line: `encryption on|off|status`, and the data passphrase
every command needs when the data is encrypted (`--data-passphrase-file F`, `-` for standard
input, or asked for at a terminal; never on the command line itself)."""

from __future__ import annotations

import sys
from pathlib import Path
from types import SimpleNamespace

from ..errors import UserError
from ..i18n import pick
from ..services import encryption
from ..vault import is_encrypted, keys_for, required_keys, unlock
from .output import print_json, tell
from .review import read_passphrase

LOSS_WARNING_VI = (
    "Khi mã hóa, cơ sở dữ liệu và mọi tệp ghi âm chỉ mở được bằng mật khẩu dữ liệu. Không ai,"
    " kể cả người làm ra ứng dụng, khôi phục được mật khẩu: quên mật khẩu là mất toàn bộ dữ"
    " liệu (các bản sao lưu của dữ liệu đã mã hóa cũng cần mật khẩu này). Hãy ghi mật khẩu ra"
    " giấy và cất ở nơi an toàn."
)
LOSS_WARNING_EN = (
    "Once encrypted, the database and every recording open only with the data passphrase. No"
    " one, not even the app's makers, can recover it: a forgotten passphrase loses all the data"
    " (backups of encrypted data need it too). Write it down and keep it somewhere safe."
)


def _data_passphrase(args, *, confirm: bool = False) -> str:
    source = getattr(args, "passphrase_file", None) or getattr(args, "data_passphrase_file", None)
    return read_passphrase(SimpleNamespace(passphrase_file=source), required=True, confirm=confirm)


def unlock_data(args, db_path: Path) -> None:
    """Before a command opens encrypted data: its passphrase, then a conversion a crash cut
    short is finished."""
    if not is_encrypted(db_path) or keys_for(db_path) is not None:
        return
    source = getattr(args, "data_passphrase_file", None)
    if source is None and not sys.stdin.isatty():
        required_keys(db_path)  # says how to give it
    unlock(db_path, read_passphrase(SimpleNamespace(passphrase_file=source), required=True))
    if encryption.needs_resume(db_path):
        encryption.resume(db_path)
        tell(pick("Đã hoàn tất việc chuyển đổi mã hóa bị gián đoạn lần trước.",
                  "Finished the encryption change a previous run left half-way."))  # fmt: skip


def cmd_encryption(args, db_path: Path) -> int:
    db_path = Path(db_path)
    if args.action == "status":
        info = encryption.status(db_path)
        if args.json:
            print_json(info)
        else:
            print(pick("Đã mã hóa" if info["encrypted"] else "Chưa mã hóa",
                       "Encrypted" if info["encrypted"] else "Not encrypted"))  # fmt: skip
        return 0
    if args.action == "on":
        if not args.yes:
            raise UserError(LOSS_WARNING_VI + " Thêm --yes để xác nhận.",
                            LOSS_WARNING_EN + " Add --yes to confirm.")  # fmt: skip
        result = encryption.turn_on(db_path, _data_passphrase(args, confirm=True))
    else:
        result = encryption.turn_off(db_path, _data_passphrase(args))
    if result.encrypted:
        done = pick("Đã mã hóa cơ sở dữ liệu và {n} tệp âm thanh ({s:.1f} giây).",
                    "Encrypted the database and {n} audio files ({s:.1f} s).",
                    n=result.media_files, s=result.seconds)  # fmt: skip
    else:
        done = pick("Đã giải mã cơ sở dữ liệu và {n} tệp âm thanh ({s:.1f} giây).",
                    "Decrypted the database and {n} audio files ({s:.1f} s).",
                    n=result.media_files, s=result.seconds)  # fmt: skip
    tell(done)
    return 0
