"""Comparing two versions of a document: clause alignment and Thai word-level edits."""
