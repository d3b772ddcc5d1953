"""`models add PATH [--name N]`, `models remove NAME`, `models default NAME`, `models probe NAME`:
the clerk's speech models from the command line (the listing itself is `models`)."""

from __future__ import annotations

import sys

from ..i18n import pick
from ..services import Services


def run_action(services: Services, args) -> int:
    models = services.speech_models
    if args.model_action == "add":
        info = models.add(args.path, args.name)
        print(info.name)
        print(pick(f"Đã thêm mô hình {info.name} ({info.size_mb:.1f} MB): {info.path}",
                   f"Added the model {info.name} ({info.size_mb:.1f} MB): {info.path}"),
              file=sys.stderr)  # fmt: skip
    elif args.model_action == "remove":
        models.remove(args.name)
        print(pick(f"Đã gỡ mô hình {args.name}.", f"Removed the model {args.name}."),
              file=sys.stderr)  # fmt: skip
    elif args.model_action == "default":
        info = models.set_default(args.name)
        print(pick(f"Mô hình mặc định: {info.name}", f"Default model: {info.name}"),
              file=sys.stderr)  # fmt: skip
    elif args.model_action == "probe":
        result = models.measure(args.name, args.audio)
        print(f"{result['speed']:.2f}")
        took, speed = result["elapsed"], result["speed"]
        print(pick(f"{args.name}: {result['seconds']:.0f} giây âm thanh trong {took:.1f} giây"
                   f" (nhanh gấp {speed:.2f} lần thời gian thực)",
                   f"{args.name}: {result['seconds']:.0f} s of audio in {took:.1f} s"
                   f" ({speed:.2f}x real time)"),
              file=sys.stderr)  # fmt: skip
    return 0
