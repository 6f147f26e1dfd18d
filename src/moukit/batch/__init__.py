"""``moukit batch`` and ``iter_parse``: many files in parallel.

``jobs`` walks the inputs and orders the work; ``local`` (a process pool of its own) and
``dask_engine`` run it; ``output`` writes the records (JSON Lines, CSV, Parquet), ``report``
shows progress. The engines share their types with ``jobs`` through ``types``.
"""
