"""The ``sqlite3`` read path of ``quizkit next`` (quizkit.store.quickread).

It must answer exactly as the store does, from the store's own statements, and
start without SQLAlchemy or Alembic; anything it cannot answer goes to the store.
"""

from __future__ import annotations

import datetime as dt
import json
import shutil
import sqlite3
import subprocess
import sys
import tempfile
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import Boolean, Date, DateTime
from sqlalchemy.dialects import sqlite

import quizkit
from quizkit.store import collection as collection_module
from quizkit.store import driver, readgen
from quizkit.store.database import HEAD_REVISION
from quizkit.store.driver import from_sqlite, to_sqlite
from quizkit.store.quickread import next_and_counts, sqlite_file
from quizkit.store.types import Card, QueueCounts
from tests.helpers import CLOZE_DECK, DEMO_DECK, MORNING

ROOT = Path(__file__).resolve().parent.parent

# The demo deck's first fact again, in another deck: answered in one, buried in the other.
TWIN_DECK = """\
quizkit: 1
deck: twin
title: The same fact twice
notes:
  - id: range
    type: fact
    front: "NodePort: port range?"
    back: "30000–32767"
  - id: other
    type: fact
    front: "Which port does a Service listen on?"
    back: port
    reverse: true
"""

# name, new cards per day, time zone (None: the machine's)
LEARNERS = (("ann", None, None), ("kenji", 3, "Asia/Tokyo"), ("lou", 1, "America/Los_Angeles"))
DECKS = (None, "demo", "cz", "twin", "clusterip-vs-nodeport")


def payload(found: tuple[Card | None, QueueCounts]) -> str:
    """What ``quizkit next --json`` prints for a card and counts."""
    card, counts = found
    data = {"card": card.to_dict() if card else None, "due": counts.due, "new": counts.new}
    return json.dumps(data, ensure_ascii=False)


def full_path(col: quizkit.Collection, name: str, deck: str | None, now: dt.datetime) -> Any:
    me = col.learner(name)
    return me.next_card(deck=deck, now=now), me.counts(deck=deck, now=now)


@pytest.fixture(scope="module")
def template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("template")
    files = []
    for name, text in (("demo", DEMO_DECK), ("cz", CLOZE_DECK), ("twin", TWIN_DECK)):
        files.append(folder / f"{name}.yaml")
        files[-1].write_text(text, encoding="utf-8")
    files.append(ROOT / "decks" / "clusterip-vs-nodeport.yaml")  # lists, tips, scenarios
    path = folder / "template.db"
    with quizkit.open(path) as col:
        col.import_decks(files)
        for name, new_per_day, zone in LEARNERS:
            col.learner(name, new_per_day=new_per_day, timezone=zone)
    return path


# -- the statements are the store's -------------------------------------------


def test_the_generated_statements_are_a_fresh_compile_of_the_stores() -> None:
    """readsql.py is the SQLAlchemy statements compiled for SQLite, not a second copy."""
    assert readgen.TARGET.read_text(encoding="utf-8") == readgen.render(), (
        "quizkit/store/readsql.py is stale: run .venv/bin/python -m quizkit.store.readgen"
    )


@settings(max_examples=200, deadline=None)
@given(
    st.datetimes(min_value=dt.datetime(1970, 1, 1), max_value=dt.datetime(9998, 12, 31)),
)
def test_parameters_are_bound_as_sqlalchemy_binds_them(when: dt.datetime) -> None:
    dialect = sqlite.dialect()
    as_datetime = DateTime().dialect_impl(dialect).bind_processor(dialect)
    as_date = Date().dialect_impl(dialect).bind_processor(dialect)
    assert as_datetime is not None
    assert as_date is not None
    assert to_sqlite("datetime", when) == as_datetime(when)
    assert to_sqlite("date", when.date()) == as_date(when.date())


# -- the same answer as the store ---------------------------------------------

# One step: a learner, a deck filter, minutes to wait, then a grade (None: undo).
STEP = st.tuples(
    st.sampled_from(LEARNERS),
    st.sampled_from(DECKS),
    st.sampled_from([0, 0, 1, 2, 30, 60 * 5, 60 * 20, 60 * 24, 60 * 24 * 3, 60 * 24 * 9]),
    st.one_of(st.none(), st.integers(0, 5), st.integers(3, 5)),
)


@settings(
    max_examples=40,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture],
)
@given(steps=st.lists(STEP, min_size=1, max_size=30))
def test_both_paths_print_the_same_json(template: Path, steps: list[Any]) -> None:
    """Over random answers, undos, days and deck filters, the read path's JSON is
    byte for byte the store's, for every learner and deck filter on the way."""
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "study.db"
        shutil.copyfile(template, path)
        now = MORNING
        with quizkit.open(path) as col:
            for (name, _, _), deck, minutes, grade in steps:
                now += dt.timedelta(minutes=minutes)
                expected = full_path(col, name, deck, now)
                found = next_and_counts(str(path), name, deck, now)
                assert found == expected
                assert found is not None
                assert payload(found) == payload(expected)
                if grade is None:
                    col.learner(name).undo(now=now)
                elif expected[0] is not None:
                    col.learner(name).answer(expected[0].id, grade=grade, now=now)
            for name, _, _ in LEARNERS:
                for deck in DECKS:
                    expected = full_path(col, name, deck, now)
                    found = next_and_counts(str(path), name, deck, now)
                    assert found is not None
                    assert payload(found) == payload(expected)


# -- what it leaves to the store ----------------------------------------------


def test_a_missing_file_is_left_to_the_store_and_not_created(tmp_path: Path) -> None:
    path = tmp_path / "new.db"
    assert next_and_counts(str(path), "ann", None, MORNING) is None
    assert not path.exists()


def test_an_older_schema_is_left_to_the_store(template: Path, tmp_path: Path) -> None:
    path = tmp_path / "old.db"
    shutil.copyfile(template, path)
    assert next_and_counts(str(path), "ann", None, MORNING) is not None
    with sqlite3.connect(path) as conn:
        conn.execute("UPDATE alembic_version SET version_num = '0006'")
    assert HEAD_REVISION != "0006"
    assert next_and_counts(str(path), "ann", None, MORNING) is None


def test_an_unknown_learner_or_deck_is_left_to_the_store(template: Path) -> None:
    """The store creates the learner, or names the decks there are."""
    assert next_and_counts(str(template), "somebody-new", None, MORNING) is None
    assert next_and_counts(str(template), "ann", "no-such-deck", MORNING) is None
    assert next_and_counts(str(template), "ann", "demo", MORNING) is not None


def test_a_database_without_decks_is_left_to_the_store(tmp_path: Path) -> None:
    """The store imports the bundled decks first."""
    path = tmp_path / "empty.db"
    quizkit.open(path).close()
    assert next_and_counts(str(path), "ann", None, MORNING) is None


def test_a_file_that_is_not_a_database_is_left_to_the_store(tmp_path: Path) -> None:
    path = tmp_path / "notes.txt"
    path.write_text("not a database, and long enough to have a header " * 10)
    assert next_and_counts(str(path), "ann", None, MORNING) is None
    assert path.read_text().startswith("not a database")


@pytest.mark.parametrize(
    ("url", "expected"),
    [
        ("sqlite:////tmp/x/study.db", Path("/tmp/x/study.db")),
        ("sqlite:///:memory:", None),
        ("sqlite://", None),
        ("sqlite:///file:study.db?mode=memory&uri=true", None),
        ("sqlite:////tmp/a%20b.db", None),
        ("postgresql+psycopg://u@h/db", None),
    ],
)
def test_only_plain_sqlite_files_take_the_read_path(url: str, expected: Path | None) -> None:
    assert sqlite_file(url) == expected


# -- the command --------------------------------------------------------------


def test_next_json_on_a_current_database_imports_neither_sqlalchemy_nor_alembic(
    template: Path, tmp_path: Path
) -> None:
    """A cold `next --json` reads through sqlite3 alone, and prints the store's answer."""
    path = tmp_path / "study.db"
    shutil.copyfile(template, path)
    code = (
        "import sys\n"
        "from quizkit.cli import main\n"
        "status = main(['--db', sys.argv[1], '--learner', 'kenji', 'next', '--json'])\n"
        "heavy = [m for m in sys.modules if m.split('.')[0] in ('sqlalchemy', 'alembic')]\n"
        "print(status, heavy, file=sys.stderr)\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", code, str(path)], capture_output=True, text=True, check=True
    )
    assert done.stderr.strip() == "0 []"
    now_ish = dt.datetime.now(dt.UTC)
    with quizkit.open(path) as col:
        expected = payload(full_path(col, "kenji", None, now_ish))
    assert done.stdout == expected + "\n"


# -- the study step's statements on the driver --------------------------------


def _dump(path: Path) -> dict[str, list[tuple[Any, ...]]]:
    """Every row an answer writes, as stored."""
    with sqlite3.connect(path) as conn:
        return {
            table: conn.execute(f"SELECT * FROM {table} ORDER BY 1, 2").fetchall()
            for table in ("review_states", "review_log", "new_card_marks")
        }


@settings(
    max_examples=25,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture],
)
@given(steps=st.lists(STEP, min_size=1, max_size=25))
def test_the_driver_stores_what_sqlalchemy_stores(
    template: Path, steps: list[Any], monkeypatch_module: pytest.MonkeyPatch
) -> None:
    """The study step's statements run on SQLite through sqlite3 with SQLAlchemy's
    compiled text, on the collection's own connections (quizkit.store.direct) or on
    SQLAlchemy's: the same answers store the same bytes as SQLAlchemy's statements."""
    dumps = []
    # (the step's own sqlite3 connections, the driver's text on SQLAlchemy's connections)
    for own, direct in ((True, True), (False, True), (False, False)):
        monkeypatch_module.setattr(driver, "_direct", lambda conn, direct=direct: direct)
        if not own:
            monkeypatch_module.setattr(collection_module, "step_connections", lambda url: None)
        with tempfile.TemporaryDirectory() as folder:
            path = Path(folder) / "study.db"
            shutil.copyfile(template, path)
            now = MORNING
            cards = []
            with quizkit.open(path) as col:
                assert (col.steps is not None) == own
                for (name, _, _), deck, minutes, grade in steps:
                    now += dt.timedelta(minutes=minutes)
                    card = col.learner(name).next_card(deck=deck, now=now)
                    cards.append(card)
                    if grade is None:
                        col.learner(name).undo(now=now)
                    elif card is not None:
                        col.learner(name).answer(card.id, grade=grade, now=now, response="x")
            dumps.append((cards, _dump(path)))
        monkeypatch_module.undo()
    assert dumps[0] == dumps[1] == dumps[2]


@pytest.fixture(scope="module")
def monkeypatch_module() -> Any:
    with pytest.MonkeyPatch.context() as patch:
        yield patch


@settings(max_examples=100, deadline=None)
@given(st.one_of(st.none(), st.booleans()), st.one_of(st.none(), st.dates()))
def test_booleans_dates_and_nulls_convert_as_sqlalchemy_converts_them(
    flag: bool | None, day: dt.date | None
) -> None:
    dialect = sqlite.dialect()
    for kind, type_, value in (("bool", Boolean(), flag), ("date", Date(), day)):
        bind = type_.dialect_impl(dialect).bind_processor(dialect)
        stored = bind(value) if bind else value
        assert to_sqlite(kind, value) == stored
        result = type_.dialect_impl(dialect).result_processor(dialect, None)
        assert from_sqlite(kind, stored) == (result(stored) if result else stored)
