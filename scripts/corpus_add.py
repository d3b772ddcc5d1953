"""Append labelled real sentences to tests/data/suggestions_real.json from a compact listing.

Read from stdin:
    @ URL | MEETING-DATE (YYYY-MM-DD)
    T | lead | coord; coord | deadline (YYYY-MM-DD, "ongoing" or empty) | sentence
    C | | | | sentence          (conclusion)
    N | | | | sentence          (neither)
    !form chair                   (what follows is a chair's speech made from that source)
Each sentence keeps its source address and the meeting date its deadline was resolved against.
The split (dev / held) is made by source site (`split_of`), before the engine reads anything.
"""

from __future__ import annotations

import hashlib
import json
import sys
import unicodedata
from pathlib import Path
from urllib.parse import urlparse

PATH = Path(__file__).resolve().parent.parent / "tests" / "data" / "suggestions_real.json"
KINDS = {"T": "task", "C": "conclusion", "N": "neither"}


def site(url: str) -> str:
    host = urlparse(url).netloc.lower().split(":")[0]
    return host[4:] if host.startswith("www.") else host


def split_of(url: str) -> str:
    """Whole sites held out (about 38 %), by a hash of the site: no style leaks across."""
    digest = hashlib.sha1(site(url).encode()).digest()
    return "held" if digest[0] < 97 else "dev"


def main() -> None:
    data = json.loads(PATH.read_text("utf-8")) if PATH.exists() else {"items": []}
    items = data["items"]
    seen = {i["t"] for i in items}
    url = date = None
    form = "written"
    added = 0
    for raw in sys.stdin.read().splitlines():
        line = unicodedata.normalize("NFC", raw.strip())
        if not line or line.startswith("#"):
            continue
        if line.startswith("!form"):  # "!form chair": sentences written as a chair speaks them
            form = line.split()[1]
            continue
        if line.startswith("@"):
            url, date = (p.strip() for p in line[1:].split("|"))
            continue
        k, lead, coord, dl, text = (p.strip() for p in line.split("|", 4))
        if text in seen:
            continue
        seen.add(text)
        item = {
            "id": f"r{len(items) + 1:04d}",
            "k": KINDS[k],
            "t": text,
            "lead": lead or None,
            "coord": [c.strip() for c in coord.split(";") if c.strip()],
            "dl": dl or None,
            "date": date,
            "src": url,
            "split": split_of(url),
        }
        if form != "written":
            item["form"] = form
        if item["k"] != "task":
            item["lead"], item["coord"], item["dl"] = None, [], None
        items.append(item)
        added += 1
    PATH.write_text(json.dumps(data, ensure_ascii=False, indent=1) + "\n", "utf-8")
    n = len(items)
    sites = {site(i["src"]) for i in items}
    held = sum(i["split"] == "held" for i in items)
    print(
        f"added {added}; {n} items, {len({i['src'] for i in items})} pages, {len(sites)} sites,"
        f" held {held}"
    )


if __name__ == "__main__":
    main()
