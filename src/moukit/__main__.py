"""``python -m moukit``."""

from .cli import main

main()
