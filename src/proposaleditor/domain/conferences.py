"""Known conferences (package data), so `--conference PP-14` fills name, place and dates."""

from __future__ import annotations

import json
import re
from functools import lru_cache
from importlib import resources

from .document import Conference

FAMILY_NAMES = {
    "PP": "Plenipotentiary Conference",
    "WRC": "World Radiocommunication Conference",
    "WTSA": "World Telecommunication Standardization Assembly",
    "WTDC": "World Telecommunication Development Conference",
    "RA": "Radiocommunication Assembly",
    "WCIT": "World Conference on International Telecommunications",
    "C": "Council",  # its sessions by year: Council 2023 is C-23 (documents C23/45-E)
}


@lru_cache(maxsize=1)
def _known() -> dict[str, dict]:
    data = resources.files("proposaleditor.resources").joinpath("data/conferences.json")
    return {c["short"]: c for c in json.loads(data.read_text("utf-8"))["conferences"]}


def normalize_short(short: str) -> str:
    """'pp14', 'PP-2014', 'PP-14' -> 'PP-14'."""
    m = re.fullmatch(r"\s*([A-Za-z]+)[-\s]?(\d{2}|\d{4})\s*", short or "")
    if not m:
        return (short or "").strip().upper()
    return f"{m.group(1).upper()}-{m.group(2)[-2:]}"


def conference(short: str) -> Conference:
    """A known conference by short form, or one built from the short form alone."""
    short = normalize_short(short)
    known = _known().get(short)
    if known:
        return Conference(short=short, name=known["name"], place=known["place"],
                          dates=known["dates"], year=known["year"])
    family, _, yy = short.partition("-")
    year = 2000 + int(yy) if yy.isdigit() else None
    return Conference(short=short, name=FAMILY_NAMES.get(family, ""), year=year)


def known_conferences() -> list[str]:
    return list(_known())
