"""Files on disk: atomic writes, backups, recovery files, lock files. No Qt here."""
