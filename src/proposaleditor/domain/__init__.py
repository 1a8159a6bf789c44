"""The proposal document model and everything that reasons about it. No Qt here."""
