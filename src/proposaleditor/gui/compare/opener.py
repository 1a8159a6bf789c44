"""Opening the comparison from an editor window, and a clicked provision in its document."""

from __future__ import annotations

from ...domain.compare import Source
from ...domain.provisions import Provision
from .widget import CompareWindow


def open_compare_window(main_window) -> CompareWindow:
    """The comparison of the window's document (our draft) with received documents.

    One comparison window per editor window: asking again brings it to the front.
    """
    existing = getattr(main_window, "_compare_window", None)
    if isinstance(existing, CompareWindow) and existing.widget.session is main_window.session:
        existing.show()
        existing.raise_()
        existing.activateWindow()
        return existing
    window = CompareWindow(main_window.session, parent=main_window,
                           read_options=main_window.read_options())
    opened: dict[int, object] = {}  # received document -> the editor window showing it

    def open_provision(source: Source, provision: Provision) -> None:
        if source.own or (source.base_side and source.document is main_window.session.document):
            target = main_window
        else:
            target = opened.get(id(source.document))
            if target is None or not _alive(target):
                target = _editor_for(main_window, source)
                opened[id(source.document)] = target
        target.show()
        target.raise_()
        target.jump_to(source.proposal.id, provision.id)

    window.widget.provisionActivated.connect(open_provision)
    window.widget.message.connect(main_window.show_message)
    window.show()
    return window


def _alive(window) -> bool:
    try:
        window.isVisible()
    except RuntimeError:  # closed and deleted
        return False
    return True


def _editor_for(main_window, source: Source):
    """A new editor window on the received document itself, so the provision ids match."""
    from ..main_window import MainWindow
    from ..session import DocumentSession

    # a received file is shown as an import: saving it asks for a .itup name
    session = DocumentSession(source.document, None)
    window = MainWindow(session, settings=main_window.settings)
    return window
