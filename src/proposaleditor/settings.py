"""User settings and folders. No Qt: the CLI and tests use the same settings.

Folders come from appdirs (per-user config and data folders); when the environment variable
PROPOSALEDITOR_HOME is set, every folder lives under it instead (tests, portable installs).
Settings are one JSON file written atomically; unknown keys are kept, bad values fall back to
their defaults, so an older or newer ProposalEditor never loses or breaks the file.
"""

from __future__ import annotations

import json
import os
from dataclasses import asdict, dataclass, field, fields
from pathlib import Path

from .storage.atomic import atomic_write

APP_NAME = "ProposalEditor"
HOME_VARIABLE = "PROPOSALEDITOR_HOME"
SETTINGS_FILE = "settings.json"
MAX_RECENT = 10
MARK_STYLES = ("tracked", "static")  # real Word/ODF tracked changes, or underline/strike


@dataclass(frozen=True)
class Folders:
    config: Path
    data: Path

    @property
    def recovery(self) -> Path:
        return self.data / "recovery"

    @property
    def library(self) -> Path:
        return self.data / "library"

    @property
    def settings_file(self) -> Path:
        return self.config / SETTINGS_FILE

    def ensure(self) -> Folders:
        for folder in (self.config, self.data, self.recovery, self.library):
            folder.mkdir(parents=True, exist_ok=True)
        return self


def folders() -> Folders:
    home = os.environ.get(HOME_VARIABLE)
    if home:
        root = Path(home).expanduser()
        return Folders(config=root / "config", data=root / "data")
    import appdirs

    return Folders(config=Path(appdirs.user_config_dir(APP_NAME, False)),
                   data=Path(appdirs.user_data_dir(APP_NAME, False)))


@dataclass
class Settings:
    administration: str = ""  # Indonesia (Republic of): the source line of new documents
    symbol: str = ""  # INS: the symbol of new proposal numbers
    author: str = ""  # author of tracked changes in exports
    conference: str = ""  # default conference of new documents, e.g. PP-26
    language: str = "E"  # document language of new documents
    mark_style: str = "tracked"
    template: str = ""  # a DOCX/ODT template to export with ("" = the bundled one)
    # received DOCX/ODT: underline = inserted, strike-through = deleted (the ITU convention for
    # proposals typed without Track Changes); off, only real tracked changes are revision marks
    received_static_marks: bool = True
    autosave_seconds: int = 30
    recent_files: list[str] = field(default_factory=list)
    ui_language: str = ""  # "" = the system's
    first_run_done: bool = False
    extra: dict = field(default_factory=dict, repr=False)  # keys written by other versions

    def add_recent(self, path: str | os.PathLike) -> None:
        path = str(Path(path).resolve())
        self.recent_files = [path, *[p for p in self.recent_files if p != path]][:MAX_RECENT]

    def to_json(self) -> str:
        data = asdict(self)
        extra = data.pop("extra")
        return json.dumps({**extra, **data}, ensure_ascii=False, indent=2, sort_keys=True) + "\n"

    @classmethod
    def from_dict(cls, data: dict) -> Settings:
        defaults = cls()
        known = {f.name: f for f in fields(cls) if f.name != "extra"}
        values = {}
        for name in known:
            if name in data and _same_type(data[name], getattr(defaults, name)):
                values[name] = data[name]
        settings = cls(**values, extra={k: v for k, v in data.items() if k not in known})
        if settings.mark_style not in MARK_STYLES:
            settings.mark_style = defaults.mark_style
        if settings.autosave_seconds < 5:
            settings.autosave_seconds = 5
        settings.recent_files = [p for p in settings.recent_files if isinstance(p, str)]
        return settings


def _same_type(value, default) -> bool:
    if isinstance(default, bool):
        return isinstance(value, bool)
    if isinstance(default, int):
        return isinstance(value, int) and not isinstance(value, bool)
    return isinstance(value, type(default))


def load(where: Folders | None = None) -> Settings:
    """The user's settings; defaults when the file is missing or unreadable (never an error)."""
    path = (where or folders()).settings_file
    try:
        data = json.loads(path.read_text("utf-8"))
    except (OSError, ValueError):
        return Settings()
    return Settings.from_dict(data) if isinstance(data, dict) else Settings()


def save(settings: Settings, where: Folders | None = None) -> None:
    where = (where or folders()).ensure()
    atomic_write(where.settings_file, settings.to_json(), backup=False)
