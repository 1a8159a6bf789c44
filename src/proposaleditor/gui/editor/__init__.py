"""The clause editor: the selected part of the document as a page in ITU layout."""
