"""Opening untrusted zip containers (DOCX, ODT) and parsing their XML safely.

Every received file is hostile until proven otherwise. The checks here run on the zip's central
directory before a single byte is decompressed, so a zip bomb is refused at once; the XML parser
never loads a DTD, resolves an entity or touches the network, and any DOCTYPE is refused outright.
Every failure is a FormatError whose message names the file and the problem in one line.
"""

from __future__ import annotations

import os
import posixpath
import struct
import zipfile
import zlib
from dataclasses import dataclass

from lxml import etree

from .errors import FormatError


@dataclass(frozen=True)
class Limits:
    """Bounds on what a received container may hold. Real proposals are far below all of them."""

    max_file_size: int = 256 << 20  # the container itself
    max_entries: int = 2000
    # One part, uncompressed: the real bound on parse time and memory (a tag-dense part costs
    # ten times its size as a tree). The 1,000-proposal benchmark document is 10-12 MB.
    max_entry_size: int = 48 << 20
    max_total_size: int = 160 << 20  # every part together, uncompressed (media included)
    # Word XML compresses 5-30x, very repetitive text up to a few hundred; a bomb compresses
    # about 1000x (deflate's limit). Only checked on parts large enough to matter.
    max_ratio: int = 500
    ratio_floor: int = 1 << 20


DEFAULT_LIMITS = Limits()
_CHUNK = 1 << 16


def _hardened_parser() -> etree.XMLParser:
    # huge_tree=False keeps libxml2's own bounds (nesting depth, text node size), which turn deep
    # nesting into a clean parse error rather than a stack problem further down.
    return etree.XMLParser(
        resolve_entities=False,
        no_network=True,
        load_dtd=False,
        dtd_validation=False,
        huge_tree=False,
        remove_comments=True,
        remove_pis=True,
        collect_ids=False,
    )


# lxml parsers are not thread-safe to share across threads; readers may run off the GUI thread.
def parse_xml(data: bytes, path, part: str) -> etree._Element:
    """Parse one XML part with the hardened parser; any DOCTYPE is refused before parsing."""
    if _has_doctype(data):
        raise FormatError(path, f"{part} declares a DOCTYPE (refused: entities are not allowed)")
    try:
        root = etree.fromstring(data, parser=_hardened_parser())
    except etree.XMLSyntaxError as exc:
        raise FormatError(path, f"{part} is not well-formed XML ({_one_line(exc)})") from None
    except (ValueError, etree.LxmlError) as exc:
        raise FormatError(path, f"{part} cannot be parsed ({_one_line(exc)})") from None
    if root is None:
        raise FormatError(path, f"{part} is empty")
    if root.getroottree().docinfo.doctype:  # belt and braces: an encoding the scan missed
        raise FormatError(path, f"{part} declares a DOCTYPE (refused: entities are not allowed)")
    return root


_DOCTYPE_PATTERNS = tuple(
    "<!DOCTYPE".encode(enc) for enc in ("utf-8", "utf-16-le", "utf-16-be", "utf-32-le", "utf-32-be")
)


def _has_doctype(data: bytes) -> bool:
    # A DOCTYPE can only sit in the prolog, but scanning everything is cheap and leaves no gap.
    return any(p in data for p in _DOCTYPE_PATTERNS)


def _one_line(exc: BaseException) -> str:
    text = " ".join(str(exc).split())
    return text[:200] or exc.__class__.__name__


class SafeZip:
    """A zip container whose directory has been checked; parts are read with bounded sizes."""

    def __init__(self, path, *, limits: Limits = DEFAULT_LIMITS, what: str = "document"):
        self.path = os.fspath(path)
        self.limits = limits
        self._zip = _open_checked(self.path, limits, what)
        self._infos = {info.filename: info for info in self._zip.infolist()}

    # -- context manager ------------------------------------------------------------------------
    def __enter__(self) -> SafeZip:
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    def close(self) -> None:
        self._zip.close()

    # -- access -------------------------------------------------------------------------------
    @property
    def names(self) -> list[str]:
        return list(self._infos)

    def has(self, name: str) -> bool:
        return name in self._infos

    def read(self, name: str) -> bytes:
        """The part's bytes, reading no more than its declared size (a lying header cannot
        make us inflate more than the limits allowed)."""
        info = self._infos.get(name)
        if info is None:
            raise FormatError(self.path, f"missing part {name}")
        size = info.file_size
        try:
            with self._zip.open(info) as fh:
                chunks = []
                got = 0
                while True:
                    chunk = fh.read(min(_CHUNK, size - got + 1))
                    if not chunk:
                        break
                    got += len(chunk)
                    if got > size:
                        raise FormatError(self.path, f"part {name} is larger than declared")
                    chunks.append(chunk)
        except FormatError:
            raise
        except (zipfile.BadZipFile, zlib.error, EOFError, OSError, ValueError,
                NotImplementedError, RuntimeError) as exc:
            raise FormatError(self.path, f"part {name} is damaged ({_one_line(exc)})") from None
        return b"".join(chunks)

    def read_xml(self, name: str) -> etree._Element:
        return parse_xml(self.read(name), self.path, name)


def _open_checked(path: str, limits: Limits, what: str) -> zipfile.ZipFile:
    try:
        size = os.path.getsize(path)
    except OSError as exc:
        raise FormatError(path, f"cannot be opened ({_one_line(exc)})") from None
    if size > limits.max_file_size:
        raise FormatError(path, f"file too large ({size >> 20} MB, limit "
                                f"{limits.max_file_size >> 20} MB)")
    _check_end_record(path, limits)
    try:
        zf = zipfile.ZipFile(path)
    except zipfile.BadZipFile:
        raise FormatError(path, f"not a {what}: the file is not a zip container "
                                "(damaged, truncated or another format)") from None
    except (OSError, ValueError, EOFError, NotImplementedError) as exc:
        raise FormatError(path, f"not a {what}: unreadable zip container "
                                f"({_one_line(exc)})") from None
    try:
        _check_directory(path, zf, limits)
    except BaseException:
        zf.close()
        raise
    return zf


def _check_end_record(path: str, limits: Limits) -> None:
    """Entry count and directory size as the end record declares them, checked before zipfile
    builds an object per entry (a forged directory of millions of entries would cost seconds
    and gigabytes before any other check could run)."""
    end_record = getattr(zipfile, "_EndRecData", None)
    if end_record is None:  # a Python without it: the checks after opening still apply
        return
    try:
        with open(path, "rb") as fh:
            record = end_record(fh)
    except (OSError, ValueError, struct.error):
        return  # zipfile reports the damage in its own terms below
    if not record:
        return
    entries = record[zipfile._ECD_ENTRIES_TOTAL]
    directory = record[zipfile._ECD_SIZE]
    if entries > limits.max_entries:
        raise FormatError(path, f"too many parts in the container ({entries}, "
                                f"limit {limits.max_entries})")
    if directory > limits.max_entries * 1024:
        raise FormatError(path, f"zip directory too large ({directory} bytes)")


def _check_directory(path: str, zf: zipfile.ZipFile, limits: Limits) -> None:
    infos = zf.infolist()
    if len(infos) > limits.max_entries:
        raise FormatError(path, f"too many parts in the container ({len(infos)}, "
                                f"limit {limits.max_entries})")
    total = 0
    seen: set[str] = set()
    for info in infos:
        name = info.filename
        _check_name(path, name)
        if name in seen:
            raise FormatError(path, f"part {name} appears twice in the container")
        seen.add(name)
        if info.flag_bits & 0x1:
            raise FormatError(path, f"part {name} is encrypted (password-protected files "
                                    "cannot be read; remove the password first)")
        if info.compress_type not in (zipfile.ZIP_STORED, zipfile.ZIP_DEFLATED):
            raise FormatError(path, f"part {name} uses an unsupported compression method "
                                    f"({info.compress_type})")
        if info.file_size > limits.max_entry_size:
            raise FormatError(path, f"part {name} is too large uncompressed "
                                    f"({info.file_size >> 20} MB; refused as a possible zip bomb)")
        if (info.file_size > limits.ratio_floor
                and info.file_size > limits.max_ratio * max(info.compress_size, 1)):
            ratio = info.file_size // max(info.compress_size, 1)
            raise FormatError(path, f"part {name} compresses {ratio}:1 (refused as a zip bomb)")
        total += info.file_size
        if total > limits.max_total_size:
            raise FormatError(path, f"contents too large uncompressed (over "
                                    f"{limits.max_total_size >> 20} MB; refused as a zip bomb)")


def _check_name(path: str, name: str) -> None:
    bad = (
        not name
        or "\x00" in name
        or "\\" in name
        or name.startswith("/")
        or (len(name) > 1 and name[1] == ":")
        or ".." in posixpath.normpath(name).split("/")
    )
    if bad:
        raise FormatError(path, f"unsafe part name {name[:80]!r} in the container "
                                "(path traversal refused)")


def resolve_target(source_part: str, target: str) -> str | None:
    """Where an internal relationship points, as a part name; None when it leaves the package."""
    if not target or "://" in target or target.startswith(("\\\\", "file:")):
        return None
    if target.startswith("/"):
        joined = target.lstrip("/")
    else:
        joined = posixpath.join(posixpath.dirname(source_part), target)
    norm = posixpath.normpath(joined)
    if norm.startswith("../") or norm == ".." or norm.startswith("/"):
        return None
    return norm
