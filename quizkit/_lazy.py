"""Package names loaded from their modules on first use (PEP 562 module ``__getattr__``).

The top-level package, the store, the evaluator and the builder each expose names
whose modules are heavy (SQLAlchemy, markdown-it-py, the whole evaluator); a
package only says where each name lives, and importing it stays cheap.
"""

from __future__ import annotations

import importlib
import sys
from collections.abc import Callable, Mapping
from typing import Any

__all__ = ["lazy_names"]


def lazy_names(package: str, homes: Mapping[str, str]) -> Callable[[str], Any]:
    """A module ``__getattr__`` for ``package``: ``name`` is imported from the module
    ``package.homes[name]`` on first use, then kept in the package (later lookups are
    plain attribute reads)."""

    def __getattr__(name: str) -> Any:
        home = homes.get(name)
        if home is None:
            raise AttributeError(f"module {package!r} has no attribute {name!r}")
        value = getattr(importlib.import_module(f"{package}.{home}"), name)
        setattr(sys.modules[package], name, value)
        return value

    return __getattr__
