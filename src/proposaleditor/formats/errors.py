"""Errors readers and writers raise: one line that names the file and the problem."""


class FormatError(Exception):
    """The file cannot be read as a proposal document (bad input, not a program error)."""

    def __init__(self, path, problem: str):
        self.path = str(path)
        self.problem = problem
        super().__init__(f"{self.path}: {problem}")


class UnsupportedFormat(FormatError):
    """No reader or writer for this kind of file (yet)."""
