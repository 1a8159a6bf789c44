"""Readers and writers: pure functions between files and domain objects. No Qt here."""
