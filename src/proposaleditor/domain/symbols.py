"""Submitter symbols of proposal numbers: ITU-R administration symbols and regional groups.

The data (package data ``symbols.json``) names its sources. A symbol is either an administration
(INS Indonesia, B Brazil) or a regional group's common-proposal symbol (EUR for CEPT).
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from enum import Enum
from functools import lru_cache
from importlib import resources


class SymbolKind(str, Enum):
    ADMINISTRATION = "administration"
    REGIONAL_GROUP = "regional_group"


@dataclass(frozen=True)
class SymbolInfo:
    symbol: str
    name: str
    kind: SymbolKind
    organization: str = ""  # the regional organization (CEPT, CITEL ...) for group symbols


@lru_cache(maxsize=1)
def _table() -> dict[str, SymbolInfo]:
    data = resources.files("proposaleditor.resources").joinpath("data/symbols.json")
    raw = json.loads(data.read_text("utf-8"))
    table = {
        a["symbol"]: SymbolInfo(a["symbol"], a["name"], SymbolKind.ADMINISTRATION)
        for a in raw["administrations"]
    }
    for g in raw["regional_groups"]:
        table[g["symbol"]] = SymbolInfo(g["symbol"], g["name"], SymbolKind.REGIONAL_GROUP,
                                        g.get("organization", ""))
    return table


def lookup(symbol: str) -> SymbolInfo | None:
    return _table().get(symbol.strip().upper())


def is_known(symbol: str) -> bool:
    return lookup(symbol) is not None


def name(symbol: str) -> str | None:
    info = lookup(symbol)
    return info.name if info else None


def is_regional_group(symbol: str) -> bool:
    info = lookup(symbol)
    return info is not None and info.kind is SymbolKind.REGIONAL_GROUP


def all_symbols() -> list[SymbolInfo]:
    return list(_table().values())
