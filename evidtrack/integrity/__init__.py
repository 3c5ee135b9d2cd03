"""Integrity checks against the documents' own texts: quotes verbatim, texts from the archive."""
