"""The ``moukit`` command: a thin layer over the library (``commands`` holds them, ``options``
the choices they take, ``output`` the writers of their results)."""

from .commands import app, main

__all__ = ["app", "main"]
