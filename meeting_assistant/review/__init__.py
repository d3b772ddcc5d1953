"""Review packages (`.mahop`): what an official reads offline, and the reply that comes back.

Qt-free and database-free: the official's laptop has neither the clerk's database nor needs it.
Making a package from a database and merging a reply into one is services/review.py's work.
"""

from .package import (
    FORMAT_VERSION,
    PACKAGE_KIND,
    PACKAGE_SUFFIX,
    Package,
    PackageItem,
    read_package,
    write_package,
)
from .reply import REPLY_KIND, REPLY_SUFFIX, VERDICTS, Reply, add_comment, read_reply, write_reply

__all__ = [
    "FORMAT_VERSION",
    "PACKAGE_KIND",
    "PACKAGE_SUFFIX",
    "REPLY_KIND",
    "REPLY_SUFFIX",
    "VERDICTS",
    "Package",
    "PackageItem",
    "Reply",
    "add_comment",
    "read_package",
    "read_reply",
    "write_package",
    "write_reply",
]
