"""The outline of the document: model and view."""
