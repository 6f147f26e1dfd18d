"""Exporters: pure functions from a Document to text (JSON, JSON Lines, Markdown) or to a
rich renderable (the table view). ``FORMATS`` names what ``moukit parse`` can write."""

from __future__ import annotations

FORMATS = ("table", "json", "jsonl", "md")
