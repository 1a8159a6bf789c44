"""The PySide6 editor: adapts the domain, never holds a second copy of it."""

import sys


def _keep_none_alive() -> None:
    """Work around PySide6 6.12.0 on Python < 3.12, which drops a reference to None on every
    call of a method returning void (None is immortal only from 3.12). None starts with a few
    thousand references, so an editor would abort ("deallocating None") within seconds. Giving
    None 2**40 more references makes the count unreachable; nothing else changes."""
    if sys.version_info >= (3, 12):
        return
    import ctypes

    import PySide6

    if tuple(PySide6.__version_info__[:2]) == (6, 12):
        ctypes.c_ssize_t.from_address(id(None)).value += 1 << 40


_keep_none_alive()
