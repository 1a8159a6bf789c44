"""ProposalEditor: draft, export and review proposals to ITU conferences."""

from importlib import metadata as _metadata

try:
    __version__ = _metadata.version("proposaleditor")
except _metadata.PackageNotFoundError:  # running from a source tree without installing
    __version__ = "0.0.0"
