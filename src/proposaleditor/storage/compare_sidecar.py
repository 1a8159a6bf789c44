"""The comparison set remembered with a document: which received files, which instrument.

Kept in a small JSON file beside the document (``draft.itup`` -> ``draft.itup.compare.json``)
rather than in the document itself: the choice is a reviewer's working state, not part of the
proposal, so the .itup format and everything that reads it stay unchanged, and the set travels
with the document when the folder is copied. Paths are stored relative to the document's folder
when they lie below it.
"""

from __future__ import annotations

import json
import os
from dataclasses import dataclass, field
from pathlib import Path

from .atomic import atomic_write

SUFFIX = ".compare.json"
VERSION = 1


@dataclass
class CompareSet:
    files: list[Path] = field(default_factory=list)  # absolute paths
    target: tuple[str, str] | None = None  # Target.key()
    base: bool = False  # show the text in force as the first column


def sidecar_path(document_path: str | os.PathLike) -> Path:
    path = Path(document_path)
    return path.with_name(path.name + SUFFIX)


def save(document_path: str | os.PathLike, choice: CompareSet) -> None:
    folder = Path(document_path).resolve().parent
    files = []
    for f in choice.files:
        f = Path(f).resolve()
        try:
            files.append(f.relative_to(folder).as_posix())
        except ValueError:
            files.append(str(f))
    data = {"format": "proposaleditor-compare", "version": VERSION, "files": files,
            "target": list(choice.target) if choice.target else None, "base": choice.base}
    atomic_write(sidecar_path(document_path),
                 json.dumps(data, ensure_ascii=False, indent=1) + "\n", backup=False)


def load(document_path: str | os.PathLike) -> CompareSet | None:
    """The remembered set, or None when there is none or it cannot be read (it is only a
    convenience: a damaged sidecar must never stop the document from opening)."""
    path = sidecar_path(document_path)
    try:
        data = json.loads(path.read_text("utf-8"))
    except (OSError, ValueError):
        return None
    if not isinstance(data, dict) or data.get("format") != "proposaleditor-compare":
        return None
    folder = Path(document_path).resolve().parent
    files = [folder / f for f in data.get("files") or [] if isinstance(f, str)]
    target = data.get("target")
    if not (isinstance(target, list) and len(target) == 2
            and all(isinstance(t, str) for t in target)):
        target = None
    return CompareSet(files=[Path(os.path.normpath(f)) for f in files],
                      target=tuple(target) if target else None, base=bool(data.get("base")))
