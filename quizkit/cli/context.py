"""What every command handler is given: the global options, the clock and the output.

A handler is ``run(args, ctx) -> int``: ``args`` holds its own options, ``ctx`` the
rest. Opening the collection and naming the learner are written once here, so no
feature module reaches into another's private helpers to do it.
"""

from __future__ import annotations

import datetime as dt
import getpass
import json
import os
import shutil
import sys
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, TextIO

import quizkit
from quizkit.clock import utcnow
from quizkit.errors import UsageError
from quizkit.inputs import check_text

if TYPE_CHECKING:
    from quizkit.store.collection import Collection

__all__ = ["Context", "command_name"]


@dataclass(frozen=True)
class Context:
    """The options before the command (``--db``, ``--learner``), the clock and stdout.

    ``Context()`` is what a command line without those options gets: the real
    clock and the ``sys.stdout`` of the moment it is made.
    """

    db: str | None = None
    learner: str | None = None
    clock: Callable[[], dt.datetime] = utcnow
    out: TextIO = field(default_factory=lambda: sys.stdout)

    def open(self) -> Collection:
        """The collection named by ``--db`` (else ``QUIZKIT_DB``, else the default file)."""
        if self.db is not None and not self.db.strip():
            raise UsageError(
                "--db is empty; give a file path or an SQLAlchemy URL, or leave it out"
            )
        if self.db is not None and _is_memory(self.db):
            raise UsageError(
                f"--db {self.db} is an in-memory database, forgotten when the command ends; "
                "give a file path such as study.db"
            )
        return quizkit.open(self.db)

    def learner_name(self) -> str:
        """``--learner``, else ``QUIZKIT_LEARNER``, else the user's login name."""
        if self.learner is not None:
            if not self.learner.strip():
                raise UsageError("--learner is empty; give a name, or leave --learner out")
            return self.learner
        env = os.environ.get("QUIZKIT_LEARNER")
        if env:
            # Decoded from bytes with surrogateescape: refuse what is not UTF-8 here, by name.
            return check_text(env, "QUIZKIT_LEARNER")
        try:
            return getpass.getuser()
        except Exception:  # no user name on this system (e.g. a container without passwd)
            return "default"

    def print_json(self, data: Any) -> None:
        """One line of JSON, non-ASCII text as itself."""
        print(json.dumps(data, ensure_ascii=False, indent=None), file=self.out)

    def use_color(self) -> bool:
        """Color on a terminal, unless ``NO_COLOR`` is set (no-color.org)."""
        return self.out.isatty() and not os.environ.get("NO_COLOR")

    def command_name(self) -> str:
        """How the learner runs quizkit, for messages that say what to run next."""
        return command_name()


def command_name(argv0: str | None = None) -> str:
    """How the learner runs quizkit, for messages that say what to run next.

    ``quizkit`` when that is what the shell finds; else the path as typed
    (``.venv/bin/quizkit`` right after the quick start); ``python -m quizkit``.
    """
    argv0 = sys.argv[0] if argv0 is None and sys.argv else (argv0 or "")
    if argv0.endswith("__main__.py"):
        return "python -m quizkit"
    if os.path.basename(argv0) != "quizkit":
        return "quizkit"
    found = shutil.which("quizkit")
    try:
        if found and os.path.samefile(found, argv0):
            return "quizkit"
    except OSError:
        pass
    return argv0


def _is_memory(db: str) -> bool:
    """Whether ``db`` names an SQLite in-memory database (``sqlite://``, ``:memory:``)."""
    if db.strip() == ":memory:":
        return True
    if not db.startswith("sqlite"):
        return False
    # Here, not at the top: quizkit.open loads SQLAlchemy right after this anyway,
    # and a command that fails on its arguments first should not pay for it.
    from sqlalchemy.engine import make_url
    from sqlalchemy.exc import ArgumentError

    try:
        database = make_url(db).database
    except ArgumentError:
        return False  # quizkit.open says what is wrong with it
    return database in (None, "", ":memory:") or "mode=memory" in db
