"""Parsers for the parts that documents of several kinds share."""
