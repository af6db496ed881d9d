"""``python -m quizkit``: the same as the ``quizkit`` command."""

from quizkit.cli import entry_point

entry_point()
