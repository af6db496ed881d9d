"""quizkit benchmarks: each figure measured beside an anchor in the same run (see run.py)."""
