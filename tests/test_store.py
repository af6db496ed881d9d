"""The store: imports, schedules that survive edits, queues, learners, errors."""

from __future__ import annotations

import datetime as dt
import os
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest
from sqlalchemy import inspect

import quizkit
from quizkit.deckfile import Deck, decode_deck
from quizkit.errors import DeckError, GradeError, StoreError, UnknownCardError, UsageError
from quizkit.store import Collection
from quizkit.store.engine import HEAD_REVISION
from tests.helpers import BACKENDS, DEMO_DECK, MORNING, next_card, rows, state_of

DAY = dt.timedelta(days=1)


# -- import -------------------------------------------------------------------


def test_import_reports_added_then_unchanged(db_url: str, deck_file: Path) -> None:
    with quizkit.open(db_url) as col:
        first = col.import_decks([deck_file])
        second = col.import_decks([deck_file.parent])
    assert (first.added, first.updated, first.unchanged, first.retired) == (3, 0, 0, 0)
    assert (second.added, second.updated, second.unchanged, second.retired) == (0, 0, 3, 0)


def _digests(col: Collection) -> list[tuple[str, str | None]]:
    return rows(col, "SELECT slug, content_digest FROM decks ORDER BY slug")


def test_an_unchanged_deck_file_is_recognised_by_its_digest_and_not_parsed(
    db_url: str, deck_file: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from quizkit.store import collection

    parsed: list[str] = []

    def counting_decode(data: bytes, file: str = "<deck>") -> Deck:
        parsed.append(Path(file).name)
        return decode_deck(data, file)

    monkeypatch.setattr(collection, "decode_deck", counting_decode)
    other = deck_file.parent / "other.yaml"
    other.write_text(DEMO_DECK.replace("deck: demo", "deck: other"), encoding="utf-8")
    with quizkit.open(db_url) as col:
        col.import_decks([deck_file.parent])
        assert parsed == ["demo.yaml", "other.yaml"]
        assert _digests(col) == [
            ("demo", collection.file_digest(deck_file.read_bytes())),
            ("other", collection.file_digest(other.read_bytes())),
        ]
        other.write_text(DEMO_DECK.replace("deck: demo", "deck: other") + "\n", "utf-8")
        report = col.import_decks([deck_file.parent])
    # Only the edited file is parsed; the unchanged one reports its live notes.
    assert parsed == ["demo.yaml", "other.yaml", "other.yaml"]
    assert [(d.deck, d.added, d.updated, d.unchanged) for d in report.decks] == [
        ("demo", 0, 0, 3),
        ("other", 0, 0, 3),
    ]


def test_the_digest_covers_the_import_rules_as_well_as_the_bytes(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from quizkit.store import collection

    before = collection.file_digest(DEMO_DECK.encode())
    monkeypatch.setattr(collection, "_DIGEST_PREFIX", b"quizkit 9.9 deck import 1\n")
    assert collection.file_digest(DEMO_DECK.encode()) != before


def test_a_retired_note_keeps_its_count_out_of_an_unchanged_reimport(
    col: Collection, deck_file: Path
) -> None:
    deck_file.write_text(DEMO_DECK.split("  - id: tips/interview")[0], encoding="utf-8")
    assert col.import_decks([deck_file]).retired == 1
    again = col.import_decks([deck_file])
    assert (again.added, again.updated, again.unchanged, again.retired) == (0, 0, 2, 0)


def test_decks_loaded_in_memory_store_no_digest_and_the_next_file_import_parses(
    col: Collection, deck_file: Path
) -> None:
    from quizkit.deckfile import load_deck

    col.import_loaded([load_deck(deck_file)])
    assert _digests(col) == [("demo", None)]
    report = col.import_decks([deck_file])
    assert (report.unchanged, report.updated) == (3, 0)
    assert _digests(col)[0][1] is not None


def test_a_deck_changed_by_another_import_after_the_digests_were_read_is_imported_in_full(
    col: Collection, deck_file: Path, tmp_path: Path
) -> None:
    from quizkit.store import collection

    data = deck_file.read_bytes()
    digest = collection.file_digest(data)
    assert _digests(col) == [("demo", digest)]
    # Another process imports an edited demo deck between our read and our write.
    edited = tmp_path / "edited.yaml"
    edited.write_text(DEMO_DECK.replace("Demo deck", "Edited"), encoding="utf-8")
    col.import_decks([edited])
    stale = collection._Source(None, str(deck_file), digest, slug="demo", data=data)
    report = col._import([stale])
    assert [d.title for d in col.decks()] == ["Demo deck"]
    assert report.unchanged == 3
    assert _digests(col) == [("demo", digest)]


def test_decks_lists_notes_and_cards(col: Collection) -> None:
    [info] = col.decks()
    assert (info.slug, info.title, info.notes, info.cards) == ("demo", "Demo deck", 3, 4)


def test_wording_edit_updates_text_and_keeps_every_schedule(
    col: Collection, deck_file: Path
) -> None:
    for name in ("ann", "ben"):
        col.learner(name).answer("demo/nodeport/port-range", grade=5, now=MORNING)
    before = {n: state_of(col, n, "demo/nodeport/port-range") for n in ("ann", "ben")}
    deck_file.write_text(DEMO_DECK.replace('"30000–32767"', '"30000 to 32767"'), encoding="utf-8")
    report = col.import_decks([deck_file])
    assert (report.added, report.updated, report.unchanged) == (0, 1, 2)
    assert col.card("demo/nodeport/port-range").back == "30000 to 32767"
    assert {n: state_of(col, n, "demo/nodeport/port-range") for n in ("ann", "ben")} == before
    assert before["ann"] == (1, 2600, 1, "2026-11-23")


def test_vanished_note_is_retired_with_its_history(col: Collection, deck_file: Path) -> None:
    me = col.learner("ann")
    me.answer("demo/tips/interview", grade=4, now=MORNING)
    deck_file.write_text(DEMO_DECK.split("  - id: tips/interview")[0], encoding="utf-8")
    report = col.import_decks([deck_file])
    assert report.retired == 1
    with pytest.raises(UnknownCardError, match="retired"):
        col.card("demo/tips/interview")
    assert rows(col, "SELECT count(*) FROM review_log") == [(1,)]
    assert rows(col, "SELECT retired FROM notes WHERE key = 'tips/interview'") == [(True,)]
    assert me.stats(now=MORNING).reviews_total == 1
    # Bringing the note back restores it, progress included.
    deck_file.write_text(DEMO_DECK, encoding="utf-8")
    assert col.import_decks([deck_file]).updated == 1
    assert state_of(col, "ann", "demo/tips/interview") == (1, 2500, 1, "2026-11-23")


def test_reverse_flag_removed_retires_the_reverse_card(col: Collection, deck_file: Path) -> None:
    deck_file.write_text(DEMO_DECK.replace("    reverse: true\n", ""), encoding="utf-8")
    col.import_decks([deck_file])
    assert col.decks()[0].cards == 3
    with pytest.raises(UnknownCardError):
        col.card("demo/clusterip/default:reverse")


def test_a_bad_file_in_a_batch_changes_nothing(
    col: Collection, deck_file: Path, tmp_path: Path
) -> None:
    deck_file.write_text(DEMO_DECK.replace("Demo deck", "Renamed"), encoding="utf-8")
    bad = deck_file.parent / "zz-bad.yaml"
    bad.write_text("quizkit: 1\ndeck: bad\ntitle: B\nnotes:\n  - id: x\n    type: fact\n", "utf-8")
    with pytest.raises(DeckError) as err:
        col.import_decks([deck_file.parent])
    assert "zz-bad.yaml:5" in str(err.value)
    assert [d.title for d in col.decks()] == ["Demo deck"]


def test_duplicate_slugs_in_one_batch_are_refused(col: Collection, deck_file: Path) -> None:
    twin = deck_file.parent / "twin.yaml"
    twin.write_text(DEMO_DECK, encoding="utf-8")
    with pytest.raises(DeckError, match="slug 'demo' is also used by"):
        col.import_decks([deck_file.parent])


def test_import_of_nothing_is_an_error(col: Collection, tmp_path: Path) -> None:
    empty = tmp_path / "empty"
    empty.mkdir()
    with pytest.raises(DeckError, match="no deck files"):
        col.import_decks([empty])


# -- studying -----------------------------------------------------------------


def test_new_cards_come_in_deck_order_and_siblings_wait_a_day(col: Collection) -> None:
    me = col.learner("ann")
    seen = []
    now = MORNING
    while (card := me.next_card(now=now)) is not None:
        seen.append((card.id, card.queue))
        me.answer(card.id, grade=5, now=now)
        now += dt.timedelta(minutes=2)
    # The reverse card is a sibling of a card studied today: it waits for tomorrow.
    assert seen == [
        ("demo/nodeport/port-range", "new"),
        ("demo/clusterip/default", "new"),
        ("demo/tips/interview", "new"),
    ]
    assert next_card(me, now=MORNING + DAY).id == "demo/nodeport/port-range"


def test_daily_new_limit(col: Collection) -> None:
    me = col.learner("ann", new_per_day=1)
    card = next_card(me, now=MORNING)
    me.answer(card.id, grade=5, now=MORNING)
    assert me.next_card(now=MORNING) is None
    assert me.counts(now=MORNING).new == 0
    assert me.next_card(now=MORNING + DAY) is not None


def test_due_reviews_come_before_new_cards(col: Collection) -> None:
    me = col.learner("ann", new_per_day=1)
    me.answer("demo/tips/interview", grade=5, now=MORNING)
    tomorrow = MORNING + DAY
    card = next_card(me, now=tomorrow)
    assert (card.id, card.queue) == ("demo/tips/interview", "review")
    assert me.counts(now=tomorrow).due == 1


def test_graded_below_4_comes_back_the_same_day_without_moving_the_schedule(
    col: Collection,
) -> None:
    me = col.learner("ann", new_per_day=0)
    me.answer("demo/nodeport/port-range", grade=3, now=MORNING)
    first = state_of(col, "ann", "demo/nodeport/port-range")
    assert first == (1, 2360, 1, "2026-11-23")
    # Within the minute it is still offered rather than nothing.
    again = next_card(me, now=MORNING + dt.timedelta(seconds=10))
    assert (again.id, again.queue) == ("demo/nodeport/port-range", "repeat")
    result = me.answer(again.id, grade=2, now=MORNING + dt.timedelta(minutes=2))
    assert result.repeat is True
    assert next_card(me, now=MORNING + dt.timedelta(minutes=4)).queue == "repeat"
    me.answer(again.id, grade=4, now=MORNING + dt.timedelta(minutes=5))
    assert me.next_card(now=MORNING + dt.timedelta(minutes=7)) is None
    assert state_of(col, "ann", "demo/nodeport/port-range") == first
    kinds = [r[0] for r in rows(col, "SELECT kind FROM review_log ORDER BY id")]
    assert kinds == ["new", "repeat", "repeat"]


def test_study_day_rolls_over_at_4am_local(col: Collection) -> None:
    me = col.learner("ann", timezone="Europe/Berlin")
    # 02:30 in Berlin on Nov 23 still belongs to the study day of Nov 22.
    late = dt.datetime(2026, 11, 23, 1, 30, tzinfo=dt.UTC)
    assert me.today(late) == dt.date(2026, 11, 22)
    assert me.today(late + dt.timedelta(hours=2)) == dt.date(2026, 11, 23)
    result = me.answer("demo/nodeport/port-range", grade=5, now=late)
    assert result.due == dt.date(2026, 11, 23)


def test_typed_answers_are_graded(col: Collection) -> None:
    me = col.learner("ann")
    right = me.answer("demo/nodeport/port-range", response=" 30000 - 32767 ", now=MORNING)
    assert (right.correct, right.grade, right.expected) == (True, 4, "30000–32767")
    quick = me.answer(
        "demo/clusterip/default", response="clusterip", now=MORNING, elapsed=dt.timedelta(seconds=3)
    )
    assert (quick.correct, quick.grade) == (True, 5)
    wrong = me.answer("demo/tips/interview", response="a LoadBalancer", now=MORNING)
    assert (wrong.correct, wrong.grade, wrong.interval) == (False, 1, 1)
    overridden = col.learner("ben").answer(
        "demo/tips/interview", response="nope", grade=3, now=MORNING
    )
    assert (overridden.correct, overridden.grade) == (False, 3)


def test_self_graded_answer_has_correct_none(col: Collection) -> None:
    result = col.learner("ann").answer("demo/clusterip/default:reverse", grade=4, now=MORNING)
    assert result.correct is None
    assert result.expected == "Which Service type is the default?"
    assert (result.interval, result.due) == (1, dt.date(2026, 11, 23))


@pytest.mark.parametrize("grade", [6, -1, True, 2.5])
def test_out_of_range_grade_changes_nothing(col: Collection, grade: object) -> None:
    with pytest.raises(GradeError):
        # A grade of the wrong type or range is the input under test.
        col.learner("ann").answer("demo/nodeport/port-range", grade=grade, now=MORNING)  # type: ignore[arg-type]
    assert state_of(col, "ann", "demo/nodeport/port-range") is None


def test_answer_errors(col: Collection) -> None:
    me = col.learner("ann")
    with pytest.raises(UnknownCardError, match="no card 'demo/nope'"):
        me.answer("demo/nope", grade=4, now=MORNING)
    with pytest.raises(UsageError, match="needs a grade"):
        me.answer("demo/nodeport/port-range", now=MORNING)
    with pytest.raises(UsageError, match="no time zone"):
        me.answer("demo/nodeport/port-range", grade=4, now=dt.datetime(2026, 1, 1))
    with pytest.raises(UsageError, match="no deck 'nope'; decks: demo"):
        me.next_card(deck="nope", now=MORNING)
    with pytest.raises(UsageError, match="unknown time zone"):
        col.learner("x", timezone="Mars/Olympus")


def test_learners_are_independent_and_settings_persist(col: Collection) -> None:
    ann = col.learner("ann", new_per_day=5)
    ann.answer("demo/nodeport/port-range", grade=5, now=MORNING)
    ben = col.learner("ben")
    assert next_card(ben, now=MORNING).id == "demo/nodeport/port-range"
    assert col.learner("ann").new_per_day == 5
    assert ben.new_per_day == 20


def test_undo_restores_the_previous_state(col: Collection) -> None:
    me = col.learner("ann")
    me.answer("demo/nodeport/port-range", grade=5, now=MORNING)
    me.answer("demo/nodeport/port-range", grade=5, now=MORNING + DAY)
    assert state_of(col, "ann", "demo/nodeport/port-range") == (2, 2700, 6, "2026-11-29")
    undone = me.undo(now=MORNING + DAY)
    assert undone is not None
    assert undone.id == "demo/nodeport/port-range"
    assert state_of(col, "ann", "demo/nodeport/port-range") == (1, 2600, 1, "2026-11-23")
    assert me.undo(now=MORNING + DAY) is not None
    assert state_of(col, "ann", "demo/nodeport/port-range") is None
    assert me.undo(now=MORNING + DAY) is None
    assert me.stats(now=MORNING + DAY).reviews_total == 0


def test_same_fact_in_two_decks_is_asked_once_a_day(col: Collection, tmp_path: Path) -> None:
    other = tmp_path / "other.yaml"
    other.write_text(
        "quizkit: 1\ndeck: other\ntitle: Other\nnotes:\n"
        "  - id: np/range\n    type: fact\n    front: 'NodePort: port range?'\n"
        "    back: '30000-32767'\n"
        "  - id: np/extra\n    type: fact\n    front: 'Extra?'\n    back: 'Yes'\n",
        encoding="utf-8",
    )
    col.import_decks([other])
    me = col.learner("ann")
    me.answer("demo/nodeport/port-range", grade=5, now=MORNING)
    served = []
    now = MORNING
    while (card := me.next_card(now=now)) is not None:
        served.append(card.id)
        me.answer(card.id, grade=5, now=now)
    assert "other/np/range" not in served
    assert "other/np/extra" in served
    assert me.next_card(now=MORNING + DAY) is not None


def test_stats(col: Collection) -> None:
    me = col.learner("ann")
    assert me.stats(now=MORNING).retention is None
    failed_once = False
    for day in range(3):
        now = MORNING + day * DAY
        while (card := me.next_card(now=now)) is not None:
            fail = card.id.endswith("interview") and not failed_once
            failed_once = failed_once or fail
            me.answer(card.id, grade=2 if fail else 5, now=now)
            now += dt.timedelta(minutes=2)
    stats = me.stats(now=MORNING + 2 * DAY)
    data = stats.to_dict()
    assert list(data) == [
        "learner",
        "due_today",
        "reviews_today",
        "reviews_total",
        "retention",
        "streak_days",
        "forecast",
    ]
    assert data["streak_days"] == 3
    assert len(data["forecast"]) == 7
    assert next(iter(data["forecast"])) == "2026-11-24"
    assert 0 < data["retention"] < 1


# -- database -----------------------------------------------------------------


def test_schema_is_at_head_and_matches_the_models(col: Collection) -> None:
    from alembic.autogenerate import compare_metadata
    from alembic.config import Config
    from alembic.migration import MigrationContext
    from alembic.script import ScriptDirectory

    from quizkit.store.models import Base

    config = Config()
    config.set_main_option(
        "script_location", str(Path(quizkit.__file__).parent / "store" / "migrations")
    )
    assert ScriptDirectory.from_config(config).get_current_head() == HEAD_REVISION
    with col.engine.connect() as conn:
        context = MigrationContext.configure(conn, opts={"compare_type": True})
        assert context.get_current_revision() == HEAD_REVISION
        assert compare_metadata(context, Base.metadata) == []


def test_a_database_from_before_the_digests_upgrades_and_reads_its_files_once(
    db_url: str, deck_file: Path
) -> None:
    from alembic import command
    from alembic.config import Config

    with quizkit.open(db_url) as col:
        col.import_decks([deck_file])
        config = Config()
        config.set_main_option(
            "script_location", str(Path(quizkit.__file__).parent / "store" / "migrations")
        )
        with col.engine.begin() as conn:
            config.attributes["connection"] = conn
            command.downgrade(config, "0005")
    with quizkit.open(db_url) as col:  # upgrades to the newest schema on open
        assert _digests(col) == [("demo", None)]
        report = col.import_decks([deck_file])
        assert (report.unchanged, report.updated, report.added) == (3, 0, 0)
        assert _digests(col)[0][1] is not None


def test_due_query_uses_the_index(db_path: Path, sqlite_col: Collection) -> None:
    with sqlite3.connect(db_path) as conn:
        plan = " ".join(
            str(r[-1])
            for r in conn.execute(
                "EXPLAIN QUERY PLAN SELECT card_id FROM review_states "
                "WHERE learner_id = 1 AND due <= '2026-11-22' ORDER BY due"
            )
        )
    assert "ix_review_states_due" in plan


def test_sqlite_runs_in_wal_mode(db_path: Path, sqlite_col: Collection) -> None:
    with sqlite3.connect(db_path) as conn:
        assert conn.execute("PRAGMA journal_mode").fetchone() == ("wal",)


def test_reopening_keeps_everything(db_url: str, deck_file: Path) -> None:
    with quizkit.open(db_url) as col:
        col.import_decks([deck_file])
        col.learner("ann").answer("demo/nodeport/port-range", grade=5, now=MORNING)
    with quizkit.open(db_url) as col:
        assert col.learner("ann").stats(now=MORNING).reviews_total == 1


def test_opening_a_current_database_does_not_import_alembic(db_path: Path) -> None:
    """Alembic loads only when a migration runs (engine.migrate's late import)."""
    quizkit.open(db_path).close()
    code = (
        "import sys, quizkit; quizkit.open(sys.argv[1]).close(); "
        "print([m for m in ('alembic', 'sqlalchemy') if m in sys.modules])"
    )
    out = subprocess.run(
        [sys.executable, "-c", code, str(db_path)], capture_output=True, text=True, check=True
    )
    assert out.stdout.strip() == "['sqlalchemy']"


def test_answering_a_fact_card_does_not_import_the_evaluator(
    db_path: Path, sqlite_col: Collection
) -> None:
    """The learner imports ``quizkit.scenarios`` only to grade a scenario card."""
    code = (
        "import sys, quizkit; col = quizkit.open(sys.argv[1]); "
        "col.learner('ann').answer('demo/nodeport/port-range', response='30000-32767'); "
        "print([m for m in ('quizkit.scenarios', 'quizkit.routing.model') if m in sys.modules])"
    )
    out = subprocess.run(
        [sys.executable, "-c", code, str(db_path)], capture_output=True, text=True, check=True
    )
    assert out.stdout.strip() == "[]"


def test_default_database_comes_from_quizkit_db(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("QUIZKIT_DB", str(tmp_path / "env.db"))
    with quizkit.open() as col:
        assert col.is_empty()
    assert (tmp_path / "env.db").exists()


def test_url_and_path_forms(tmp_path: Path) -> None:
    with quizkit.open(f"sqlite:///{tmp_path / 'url.db'}") as col:
        assert col.is_empty()
    assert (tmp_path / "url.db").exists()


@pytest.mark.skipif(os.geteuid() == 0, reason="root can write read-only files")
def test_read_only_database_is_one_clear_error(db_path: Path, deck_file: Path) -> None:
    with quizkit.open(db_path) as col:
        col.import_decks([deck_file])
    db_path.chmod(0o444)
    with pytest.raises(StoreError, match="read-only"), quizkit.open(db_path) as col:
        col.learner("ann").answer("demo/nodeport/port-range", grade=4, now=MORNING)


def test_read_only_database_via_sqlite_uri(db_path: Path, deck_file: Path) -> None:
    with quizkit.open(db_path) as col:
        col.import_decks([deck_file])
    url = f"sqlite:///file:{db_path}?mode=ro&uri=true"
    with quizkit.open(url) as col, pytest.raises(StoreError, match="read-only"):
        col.learner("ann")


def test_locked_database_is_one_clear_error(
    db_path: Path, sqlite_col: Collection, monkeypatch: pytest.MonkeyPatch
) -> None:
    from quizkit.store import engine as engine_module

    monkeypatch.setattr(engine_module, "BUSY_TIMEOUT_S", 0.2)
    blocker = sqlite3.connect(db_path, isolation_level=None)
    blocker.execute("BEGIN IMMEDIATE")
    try:
        with quizkit.open(db_path) as other, pytest.raises(StoreError, match="is locked"):
            other.learner("ann").answer("demo/nodeport/port-range", grade=4, now=MORNING)
    finally:
        blocker.execute("ROLLBACK")
        blocker.close()


def test_not_a_database(tmp_path: Path) -> None:
    junk = tmp_path / "junk.db"
    junk.write_bytes(b"this is not sqlite at all" * 100)
    with pytest.raises(StoreError, match="not a quizkit database"):
        quizkit.open(junk)


def test_missing_folder_and_bad_url(tmp_path: Path) -> None:
    with pytest.raises(StoreError, match="folder does not exist"):
        quizkit.open(tmp_path / "nope" / "x.db")
    with pytest.raises(StoreError, match="no driver"):
        quizkit.open("nosuchdb://x")


def test_too_old_sqlite_is_one_clear_error(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(sqlite3, "sqlite_version_info", (3, 31, 1))
    monkeypatch.setattr(sqlite3, "sqlite_version", "3.31.1")
    with pytest.raises(StoreError, match=r"needs SQLite 3\.35\.0 or newer; .* has 3\.31\.1"):
        quizkit.open(tmp_path / "x.db")
    assert not (tmp_path / "x.db").exists()  # nothing created


def test_engine_inspection_lists_all_tables(col: Collection) -> None:
    assert set(inspect(col.engine).get_table_names()) == {
        "alembic_version",
        "decks",
        "notes",
        "cards",
        "learners",
        "review_states",
        "review_log",
        "new_card_marks",
        "conversations",
        "reminders",
    }


def test_ci_runs_the_postgresql_suite_too() -> None:
    """In CI (.ci/run starts a server) the PostgreSQL half of this suite must not be skipped."""
    if os.environ.get("CI") and "postgresql" not in BACKENDS:
        pytest.fail("CI=true but QUIZKIT_TEST_DATABASE_URL is not set: .ci/run starts PostgreSQL")


def test_undo_of_one_card_leaves_other_answers_alone(col: Collection) -> None:
    """A study screen undoing its own answer must not take back a bot's later one."""
    me = col.learner("ann")
    me.answer("demo/nodeport/port-range", grade=5, now=MORNING)
    me.answer("demo/tips/interview", grade=5, now=MORNING)  # e.g. from a bot, meanwhile
    undone = me.undo(now=MORNING, card_id="demo/nodeport/port-range")
    assert undone is not None
    assert undone.id == "demo/nodeport/port-range"
    assert state_of(col, "ann", "demo/nodeport/port-range") is None
    assert state_of(col, "ann", "demo/tips/interview") == (1, 2600, 1, "2026-11-23")
    assert me.undo(now=MORNING, card_id="demo/nodeport/port-range") is None
    with pytest.raises(UnknownCardError):
        me.undo(now=MORNING, card_id="demo/nope")
