"""The command line's grammar for the speech models: `models` and its actions."""

from __future__ import annotations

from ..i18n import pick


def add_model_commands(sub, common) -> None:
    mo = sub.add_parser(
        "models", parents=[common], help=pick("các mô hình nhận dạng giọng nói", "speech models")
    )
    mo.add_argument("--json", action="store_true")
    mo_sub = mo.add_subparsers(dest="model_action", metavar="ACTION")
    mo_add = mo_sub.add_parser(
        "add", parents=[common],
        help=pick("thêm một thư mục mô hình CTranslate2 Whisper (chép vào thư mục mô hình)",
                  "add a CTranslate2 Whisper model folder (copied into the models folder)"),
    )  # fmt: skip
    mo_add.add_argument("path", metavar="PATH")
    mo_add.add_argument(
        "--name",
        help=pick("tên mô hình (mặc định: tên thư mục)", "model name (default: the folder's)"),
    )
    mo_rm = mo_sub.add_parser(
        "remove", parents=[common], help=pick("gỡ một mô hình đã thêm", "remove an added model")
    )
    mo_rm.add_argument("name", metavar="NAME")
    mo_def = mo_sub.add_parser(
        "default", parents=[common],
        help=pick("chọn mô hình mặc định", "choose the default model"),
    )  # fmt: skip
    mo_def.add_argument("name", metavar="NAME")
    mo_probe = mo_sub.add_parser(
        "probe", parents=[common],
        help=pick("đo tốc độ mô hình trên 30 giây lời nói thật",
                  "measure a model's speed on 30 seconds of real speech"),
    )  # fmt: skip
    mo_probe.add_argument("name", metavar="NAME")
    mo_probe.add_argument(
        "--audio", help=pick("tệp âm thanh để đo (mặc định: bản ghi mẫu)",
                             "audio file to measure on (default: the demo recording)"),
    )  # fmt: skip
