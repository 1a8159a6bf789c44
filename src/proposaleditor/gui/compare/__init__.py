"""Side-by-side review of proposals on the same instrument."""

from .widget import CompareWidget, CompareWindow

__all__ = ["CompareWidget", "CompareWindow"]
