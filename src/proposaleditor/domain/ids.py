"""Stable identifiers for provisions, proposals and blocks."""

import itertools
import os

_prefix = os.urandom(4).hex()
_counter = itertools.count(1)


def new_id() -> str:
    """Unique within a session and, with the random prefix, across sessions and documents."""
    return f"{_prefix}{next(_counter):x}"
