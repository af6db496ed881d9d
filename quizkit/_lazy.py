"""Public names loaded on first use (PEP 562 module ``__getattr__``), for three packages.

``quizkit``, ``quizkit.store`` and ``quizkit.routing`` offer names whose modules are
heavy (the store and SQLAlchemy; the whole evaluator) while light modules are
imported without them: ``import quizkit`` by every command line, the store's
``sqlite3`` read path by ``quizkit next``, ``quizkit.routing.conventions`` by every
card shown. Measured with ``python -X importtime``: the store costs about 0.5 s and
the evaluator 0.3 s, against a few milliseconds for the rest. Every other package
imports its names plainly.

A package lists each public name in its ``__all__`` and, for the type checker, in
an ``if TYPE_CHECKING:`` import; nothing else. A name of ``__all__`` the package
does not define is served by importing the package's heavy module once.
"""

from __future__ import annotations

import importlib
import sys
from collections.abc import Callable
from typing import Any

__all__ = ["lazy_names"]


def lazy_names(package: str, heavy: str) -> Callable[[str], Any]:
    """A module ``__getattr__`` for ``package``: a name of its ``__all__`` is taken,
    on first use, from ``heavy`` (imported then) or else from the submodule of
    ``package`` that ``heavy`` loaded and that defines it; then kept in the package
    (later lookups are plain attribute reads)."""

    def __getattr__(name: str) -> Any:
        module = sys.modules[package]
        if name.startswith("__") or name not in module.__all__:
            raise AttributeError(f"module {package!r} has no attribute {name!r}")
        homes = [importlib.import_module(heavy)]
        homes += [m for key, m in sorted(sys.modules.items()) if key.startswith(f"{package}.")]
        for home in homes:
            if name in vars(home):
                value = vars(home)[name]
                setattr(module, name, value)
                return value
        raise AttributeError(f"module {package!r} has no attribute {name!r}")

    return __getattr__
