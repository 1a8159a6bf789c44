"""Side-by-side review of proposals on the same instrument."""

from .opener import open_compare_window
from .widget import CompareWidget, CompareWindow

__all__ = ["CompareWidget", "CompareWindow", "open_compare_window"]
