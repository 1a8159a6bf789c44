"""Side panels: properties of the selection, readiness problems."""
