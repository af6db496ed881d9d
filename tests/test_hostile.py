"""Hostile input (issue #20): one clear line, bounded work, nothing written where it
does not belong.

Each test reproduces one way quizkit used to crash or misbehave on input a user,
a chat message or a damaged disk controls, and pins what it does now.
"""

from __future__ import annotations

import datetime as dt
import errno
import io
import os
import sqlite3
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy.exc import DBAPIError

import quizkit
from quizkit import sm2
from quizkit.build import build_decks, write_decks
from quizkit.cli import main
from quizkit.clock import LATEST_DUE, cap_interval
from quizkit.errors import QuizkitError, SourceError, StoreError, UsageError
from quizkit.inputs import (
    MAX_COUNT,
    FileRefused,
    check_text,
    one_line,
    read_regular_file,
)
from quizkit.store.engine import _message
from tests.helpers import DEMO_DECK, MORNING, FakeClock

ROOT = Path(__file__).resolve().parents[1]
PORT_RANGE = "demo/nodeport/port-range"


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def cli(*argv: str | bytes, stdin: bytes = b"", env: dict[str, Any] | None = None) -> Any:
    """The real command in a fresh interpreter: argv bytes as a shell passes them."""
    environ = {**os.environ, "PYTHONPATH": str(ROOT), **(env or {})}
    return subprocess.run(
        [os.fsencode(sys.executable), b"-m", b"quizkit", *map(os.fsencode, argv)],
        input=stdin,
        capture_output=True,
        env={k: v for k, v in environ.items() if v is not None},
        timeout=120,
        check=False,
    )


def one_error_line(stderr: bytes) -> str:
    """stderr of a refused command: exactly one ``quizkit: error:`` line, no traceback."""
    text = stderr.decode("utf-8", "backslashreplace")
    assert "Traceback" not in text
    lines = text.splitlines()
    assert len(lines) == 1, text
    assert lines[0].startswith("quizkit: error: "), text
    return lines[0]


@pytest.fixture
def imported(db_path: Path, deck_file: Path) -> Path:
    with quizkit.open(db_path) as col:
        col.import_decks([deck_file])
    return db_path


# -- tracebacks on untrusted text -------------------------------------------------


@pytest.mark.parametrize(
    ("args", "named"),
    [
        ((b"--learner", b"\xff", b"next"), "--learner"),
        ((b"answer", b"demo/\xff", b"--grade", b"4"), "CARD_ID"),
        ((b"answer", PORT_RANGE.encode(), b"--response", b"30000\xff"), "--response"),
        ((b"next", b"--deck", b"de\xffmo"), "--deck"),
    ],
)
def test_non_utf8_arguments_are_refused_by_name(
    imported: Path, args: tuple[bytes, ...], named: str
) -> None:
    done = cli(b"--db", str(imported).encode(), *args)
    assert done.returncode == 2
    line = one_error_line(done.stderr)
    assert f"{named} is not valid UTF-8 (byte 0xff" in line
    assert done.stdout == b""


def test_non_utf8_learner_from_the_environment(imported: Path) -> None:
    done = cli("--db", str(imported), "next", env={"QUIZKIT_LEARNER": os.fsdecode(b"ann\xfe")})
    assert done.returncode == 2
    assert "QUIZKIT_LEARNER is not valid UTF-8 (byte 0xfe at character 4)" in one_error_line(
        done.stderr
    )


def test_a_non_utf8_piped_study_line_is_refused_and_the_session_goes_on(imported: Path) -> None:
    done = cli("--db", str(imported), "--learner", "ann", "study", stdin=b"=30000\xff\ng\nq\n")
    assert done.returncode == 0, done.stderr
    out = done.stdout.decode()
    assert "!! response is not valid UTF-8 (byte 0xff at character 6)" in out
    assert "Reviewed 1 card" in out


def test_a_lone_surrogate_escape_in_a_manifest_is_refused_in_one_line(tmp_path: Path) -> None:
    # libyaml (the manifest loader when present) refuses a surrogate escape while
    # parsing, so no lone surrogate reaches the evaluator's printed output.
    manifest = tmp_path / "svc.yaml"
    manifest.write_text(
        'apiVersion: v1\nkind: Service\nmetadata: {name: "a\\ud800"}\n'
        "spec: {selector: {app: web}, ports: [{port: 80}]}\n",
        encoding="utf-8",
    )
    for extra in ((), ("--json",)):
        done = cli("route", str(manifest), "--from", "external", "--to", "http://x/", *extra)
        assert done.returncode == 2, done.stderr
        line = one_error_line(done.stderr)
        assert "svc.yaml:3: YAML syntax error: found invalid Unicode character escape code" in line
        assert done.stdout == b""


@pytest.mark.parametrize("errors", ["strict", "surrogateescape"])
def test_output_never_fails_on_a_character(
    monkeypatch: pytest.MonkeyPatch, imported: Path, errors: str
) -> None:
    """A lone surrogate prints escaped, an undecodable byte kept by surrogateescape
    prints as itself, whatever the stream's own error handler (strict on a UTF-8
    terminal, surrogateescape in the C locale); the handler is restored after."""
    raw = io.BytesIO()
    stdout = io.TextIOWrapper(raw, encoding="utf-8", errors=errors)

    def decks(*_: Any) -> int:
        print("a\ud800 b\udcff c")
        return 0

    monkeypatch.setattr("sys.stdout", stdout)
    monkeypatch.setattr("quizkit.cli.collection.run_decks", decks)
    assert main(["--db", str(imported), "decks"]) == 0
    stdout.flush()
    assert raw.getvalue() == b"a\\ud800 b\xff c\n"
    assert stdout.errors == errors


def test_undecodable_file_names_still_reach_the_file(tmp_path: Path, deck_file: Path) -> None:
    odd = deck_file.with_name(os.fsdecode(b"d\xffmo.yaml"))
    deck_file.rename(odd)
    done = cli(b"--db", str(tmp_path / "s.db").encode(), b"import", os.fsencode(odd))
    assert done.returncode == 0, done.stderr
    assert done.stdout.splitlines()[0] == b"demo: 3 added, 0 updated, 0 unchanged, 0 retired"


@pytest.mark.parametrize(
    ("name", "shown"),
    [
        ("ann\nquizkit: error: forged", "U+000A"),
        ("ann\u202egnp.exe", "U+202E"),
        ("a\x1b[2J", "U+001B"),
    ],
)
def test_learner_names_that_would_break_a_line_are_refused(
    capsys: pytest.CaptureFixture[str], imported: Path, name: str, shown: str
) -> None:
    code, out, err = run(capsys, "--db", str(imported), "--learner", name, "next")
    assert code == 2
    assert out == ""
    assert err.count("\n") == 1
    assert f"learner name contains the control character {shown}" in err


def test_error_messages_are_one_line_whatever_they_hold() -> None:
    assert one_line("a\nb\r\n  c") == "a b c"
    assert one_line("x\u202ey\x1b") == "x\\u202ey\\x1b"
    assert one_line("\ud800") == "\\ud800"


def test_an_empty_learner_is_refused(capsys: pytest.CaptureFixture[str], imported: Path) -> None:
    code, _, err = run(capsys, "--db", str(imported), "--learner", "", "next")
    assert code == 2
    assert err == "quizkit: error: --learner is empty; give a name, or leave --learner out\n"


def test_printing_failure_after_the_commit_says_the_answer_was_saved(
    capsys: pytest.CaptureFixture[str], imported: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def full(*_: object, **__: object) -> None:
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr("quizkit.cli.Context.print_json", full)
    code, _, err = run(
        capsys,
        "--db",
        str(imported),
        "--learner",
        "ann",
        "answer",
        PORT_RANGE,
        "--grade",
        "4",
        "--json",
    )
    assert code == 2
    assert err == (
        "quizkit: error: the answer was saved (grade 4), but its result could not be printed: "
        "No space left on device; do not send it again\n"
    )
    with quizkit.open(imported) as col:
        assert col.learner("ann").stats().reviews_total == 1


@pytest.mark.skipif(not Path("/dev/full").exists(), reason="needs /dev/full")
def test_a_full_disk_under_the_output_says_what_was_saved(imported: Path) -> None:
    base = ("--db", str(imported), "--learner", "ann")
    with open("/dev/full", "w") as full:
        answer = subprocess.run(
            [sys.executable, "-m", "quizkit", *base, "answer", PORT_RANGE, "--grade", "4"],
            stdout=full,
            stderr=subprocess.PIPE,
            env={**os.environ, "PYTHONPATH": str(ROOT)},
            timeout=120,
            check=False,
        )
        study = subprocess.run(
            [sys.executable, "-m", "quizkit", *base, "study"],
            input=b"g\n",
            stdout=full,
            stderr=subprocess.PIPE,
            env={**os.environ, "PYTHONPATH": str(ROOT)},
            timeout=120,
            check=False,
        )
    assert one_error_line(answer.stderr) == (
        "quizkit: error: the answer was saved (grade 4), but its result could not be printed: "
        "No space left on device; do not send it again"
    )
    assert answer.returncode == 2
    assert one_error_line(study.stderr) == (
        "quizkit: error: cannot write the output: No space left on device; every answer "
        "given so far is saved"
    )
    with quizkit.open(imported) as col:
        assert col.learner("ann").stats().reviews_total == 1


# -- damaged or foreign databases ---------------------------------------------------


def _anki_like(path: Path) -> None:
    conn = sqlite3.connect(path)
    conn.executescript(
        "CREATE TABLE col (id INTEGER PRIMARY KEY, crt INTEGER);"
        "CREATE TABLE notes (id INTEGER PRIMARY KEY, flds TEXT);"
        "CREATE TABLE cards (id INTEGER PRIMARY KEY);"
        "CREATE TABLE revlog (id INTEGER PRIMARY KEY);"
    )
    conn.commit()
    conn.close()


def _schema_and_mode(path: Path) -> tuple[list[str], str]:
    conn = sqlite3.connect(path)
    try:
        names = [r[0] for r in conn.execute("SELECT name FROM sqlite_master ORDER BY name")]
        return names, conn.execute("PRAGMA journal_mode").fetchone()[0]
    finally:
        conn.close()


def test_a_foreign_database_is_refused_before_anything_is_written(tmp_path: Path) -> None:
    anki = tmp_path / "collection.anki2"
    _anki_like(anki)
    before = anki.read_bytes()
    with pytest.raises(StoreError) as caught:
        quizkit.open(anki)
    assert str(caught.value) == (
        f"{anki} is not a quizkit database (it holds the tables cards, col, notes, revlog); "
        "quizkit opens only databases it created, or a new or empty file: choose another --db"
    )
    assert anki.read_bytes() == before
    assert _schema_and_mode(anki) == (["cards", "col", "notes", "revlog"], "delete")
    assert sorted(p.name for p in tmp_path.iterdir()) == ["collection.anki2"]


def test_a_foreign_database_is_refused_on_every_backend(db_url: str) -> None:
    from sqlalchemy import create_engine, inspect, text

    url = db_url if "://" in db_url else f"sqlite:///{db_url}"
    engine = create_engine(url)
    try:
        with engine.begin() as conn:
            conn.execute(text("CREATE TABLE notes (id INTEGER PRIMARY KEY, flds TEXT)"))
            conn.execute(text("CREATE TABLE col (id INTEGER PRIMARY KEY)"))
        with pytest.raises(StoreError, match=r"holds the tables col, notes\); quizkit opens"):
            quizkit.open(db_url)
        assert sorted(inspect(engine).get_table_names()) == ["col", "notes"]
    finally:
        engine.dispose()


def test_new_empty_and_own_databases_open(tmp_path: Path) -> None:
    empty = tmp_path / "empty.db"
    empty.touch()
    for path in (tmp_path / "new.db", empty):
        with quizkit.open(path) as col:
            col.import_decks(None)
        with quizkit.open(path) as col:  # quizkit's own schema: accepted
            assert col.decks()


def test_a_schema_with_bytes_that_are_not_utf8_is_one_line(tmp_path: Path) -> None:
    path = tmp_path / "damaged.db"
    with quizkit.open(path):
        pass
    conn = sqlite3.connect(path)
    conn.execute("CREATE TABLE xy (a)")
    conn.execute("PRAGMA writable_schema = ON")
    conn.execute(
        "UPDATE sqlite_master SET name = CAST(? AS TEXT), tbl_name = CAST(? AS TEXT), "
        "sql = CAST(? AS TEXT) WHERE name = 'xy'",
        (b"x\xff", b"x\xff", b'CREATE TABLE "x\xff" (a'),
    )
    conn.commit()
    conn.close()
    with pytest.raises(StoreError, match=r"damaged: its schema holds bytes that are not UTF-8$"):
        quizkit.open(path)


@pytest.mark.parametrize(
    ("db", "message"),
    [
        ("", "--db is empty; give a file path or an SQLAlchemy URL, or leave it out"),
        ("sqlite://", "--db sqlite:// is an in-memory database, forgotten when the command ends"),
        ("sqlite:///:memory:", "--db sqlite:///:memory: is an in-memory database"),
        (
            "sqlite:///x.db?timeout=abc",
            "has an invalid argument: could not convert string to float",
        ),
    ],
)
def test_database_arguments_that_cannot_work(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, db: str, message: str
) -> None:
    os.chdir(tmp_path)
    code, _, err = run(capsys, "--db", db, "decks")
    assert code == 2
    assert message in err
    assert err.count("\n") == 1
    assert list(tmp_path.iterdir()) == []


def test_an_unwritable_default_data_folder(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    blocker = tmp_path / "home"
    blocker.write_text("a file where the data folder's parent should be")
    monkeypatch.delenv("QUIZKIT_DB")
    monkeypatch.setattr(
        "quizkit.store.database.default_db_path", lambda: blocker / "quizkit" / "quizkit.db"
    )
    code, _, err = run(capsys, "decks")
    assert code == 2
    assert err.startswith(f"quizkit: error: cannot create the data folder {blocker}/quizkit: ")
    assert err.endswith("; choose a database with --db or QUIZKIT_DB\n")


class _Orig(Exception):
    pass


def _dbapi_error(message: str) -> DBAPIError:
    """SQLAlchemy's wrapper around a driver error saying ``message``."""
    return DBAPIError(None, None, _Orig(message))


def test_read_only_and_full_disks_are_named(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    db = tmp_path / "s.db"
    url = f"sqlite:///{db}"
    monkeypatch.setattr("os.access", lambda *_: False)
    assert "is read-only" in _message(url, _dbapi_error("unable to open database file"))
    monkeypatch.undo()
    full = _message(url, _dbapi_error("database or disk is full"))
    assert full.startswith(f"the disk holding database {db} is full (")
    assert full.endswith("nothing of it was saved)")
    Usage = type("Usage", (), {"free": 4096})
    monkeypatch.setattr("shutil.disk_usage", lambda _: Usage)
    io_error = _message(url, _dbapi_error("disk I/O error"))
    assert io_error.startswith(f"the disk holding database {db} is full (4 kB free)")


def test_deleted_wal_files_stop_the_writes_of_the_connection_that_opened_them(
    imported: Path,
) -> None:
    with quizkit.open(imported) as col:
        me = col.learner("ann")
        me.answer(PORT_RANGE, grade=4, now=MORNING)
        for suffix in ("-wal", "-shm"):
            os.unlink(f"{imported}{suffix}")
        # Another process (SQLite shares one -shm per file within a process) makes
        # new -wal and -shm files and answers through them.
        done = cli("--db", str(imported), "--learner", "bob", "answer", PORT_RANGE, "--grade", "5")
        assert done.returncode == 0, done.stderr
        with pytest.raises(StoreError, match=r"-wal or -shm file of database .* was deleted"):
            me.answer("demo/clusterip/default", grade=4, now=MORNING)


# -- edges --------------------------------------------------------------------------


def test_counts_beyond_any_database_integer(
    capsys: pytest.CaptureFixture[str], imported: Path
) -> None:
    code, _, err = run(capsys, "--db", str(imported), "study", "--new", "9223372036854775808")
    assert code == 2
    assert f"expected a whole number <= {MAX_COUNT}, not 9223372036854775808" in err
    with quizkit.open(imported) as col, pytest.raises(UsageError, match="new_per_day must be"):
        col.learner("ann", new_per_day=2**63)


def test_a_time_zone_the_c_library_half_accepts(
    capsys: pytest.CaptureFixture[str], imported: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import time

    monkeypatch.setenv("TZ", "UTC+99")
    time.tzset()
    try:
        code, _, err = run(capsys, "--db", str(imported), "--learner", "ann", "next")
    finally:
        monkeypatch.setenv("TZ", "UTC")
        time.tzset()
    assert code == 2
    assert err.startswith("quizkit: error: TZ=UTC+99 cannot be used (")
    assert err.endswith("set TZ to a zone such as Europe/Berlin, or give the learner a timezone\n")


@pytest.mark.parametrize(
    "now",
    [
        dt.datetime(9999, 12, 31, 23, tzinfo=dt.UTC),
        dt.datetime(1, 1, 1, 1, tzinfo=dt.UTC),
        dt.datetime(1969, 12, 31, tzinfo=dt.UTC),
    ],
)
def test_now_out_of_range(imported: Path, now: dt.datetime) -> None:
    with quizkit.open(imported) as col:
        me = col.learner("ann")
        for call in (
            lambda: me.next_card(now=now),
            lambda: me.answer(PORT_RANGE, grade=4, now=now),
            lambda: me.stats(now=now),
        ):
            with pytest.raises(UsageError, match="is out of range; quizkit keeps time from 1970"):
                call()


def test_intervals_stop_at_the_end_of_the_calendar(imported: Path) -> None:
    now = dt.datetime(2026, 11, 22, 9, tzinfo=dt.UTC)
    state = sm2.new()
    with quizkit.open(imported) as col:
        me = col.learner("ann")
        dues = []
        for _ in range(16):
            state = sm2.review(state, 5)
            result = me.answer(PORT_RANGE, grade=5, now=now)
            dues.append(result.due)
            now = dt.datetime.combine(min(result.due, dt.date(9998, 12, 31)), dt.time(9), dt.UTC)
    # SM-2 proper until the calendar ends, then capped on its last day.
    assert sm2.review(sm2.review(sm2.new(), 5), 5).interval == 6
    assert dues[-1] == LATEST_DUE
    assert dues == sorted(dues)
    assert cap_interval(dt.date(2026, 11, 22), 10**12) == (LATEST_DUE - dt.date(2026, 11, 22)).days


@pytest.mark.parametrize("stamp", [float("inf"), float("nan"), -1, 10**12])
def test_export_timestamps_outside_zip_dates(imported: Path, tmp_path: Path, stamp: float) -> None:
    with quizkit.open(imported) as col, pytest.raises(UsageError, match="timestamp must be"):
        col.export_anki(tmp_path / "x.apkg", timestamp=stamp)
    assert not (tmp_path / "x.apkg").exists()


@pytest.mark.parametrize(
    "call",
    [
        # A wrong type is what these calls test: mypy would refuse it before the library.
        lambda col: quizkit.open(42),  # type: ignore[arg-type]
        lambda col: col.import_decks(42),
        lambda col: col.import_decks([42]),
        lambda col: col.learner(None),
        lambda col: col.learner("ann", timezone=5),
        lambda col: col.card(42),
        lambda col: col.learner("ann").answer(42, grade=4),
        lambda col: col.learner("ann").answer(PORT_RANGE, response=b"30000-32767"),
        lambda col: col.learner("ann").answer(PORT_RANGE, grade=4, now="2026-11-22"),
        lambda col: col.learner("ann").answer(PORT_RANGE, grade=4, elapsed=3),
        lambda col: col.learner("ann").answer(PORT_RANGE, grade=4, elapsed=dt.timedelta(-1)),
        lambda col: col.learner("ann").next_card(deck=["demo"]),
        lambda col: col.learner("ann").undo(card_id=3),
        lambda col: col.learner("ann").stats(activity_days="365"),
        lambda col: col.learner("ann").stats(activity_days=10**20),
        lambda col: col.import_loaded([5]),
        lambda col: col.export_anki(5),
        lambda col: col.export_anki("\ud800.apkg"),
        lambda col: quizkit.open("\ud800.db"),
        lambda col: quizkit.open("x\x00.db"),
    ],
)
def test_wrong_types_at_the_public_boundary_are_quizkit_errors(imported: Path, call: Any) -> None:
    with quizkit.open(imported) as col, pytest.raises(QuizkitError):
        call(col)


def test_one_path_as_a_string_is_one_path(imported: Path, deck_file: Path) -> None:
    with quizkit.open(imported) as col:
        report = col.import_decks(str(deck_file.parent))
    assert [d.deck for d in report.decks] == ["demo"]


# -- files that are not files -------------------------------------------------------


@pytest.fixture
def fifo(tmp_path: Path) -> Path:
    path = tmp_path / "pipe.md"
    os.mkfifo(path)
    return path


def test_fifos_and_devices_are_refused_without_blocking(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, fifo: Path
) -> None:
    deck_fifo = fifo.rename(tmp_path / "pipe.yaml")
    code, _, err = run(capsys, "import", str(deck_fifo))
    assert (code, err) == (
        2,
        f"quizkit: error: {deck_fifo}: cannot read deck file: not a regular file (a FIFO)\n",
    )
    code, _, err = run(capsys, "import", "/dev/zero")
    assert err == (
        "quizkit: error: /dev/zero: cannot read deck file: not a regular file "
        "(a character device)\n"
    )
    code, _, err = run(capsys, "build", str(deck_fifo), "-o", str(tmp_path / "out"))
    assert code == 2
    assert "no such file" not in err
    assert err.endswith(": cannot read: not a regular file (a FIFO)\n")


def test_reads_are_bounded(tmp_path: Path) -> None:
    big = tmp_path / "big.md"
    big.write_bytes(b"x" * 2049)
    assert read_regular_file(big, max_bytes=2049) == b"x" * 2049
    with pytest.raises(FileRefused, match=r"file is 0\.0 MB; files up to 0 MB are read"):
        read_regular_file(big, max_bytes=2048)


def test_a_bounded_read_allocates_by_the_file_not_by_the_limit(tmp_path: Path) -> None:
    import tracemalloc

    small = tmp_path / "small.md"
    small.write_bytes(b"# Title\n" * 100)
    tracemalloc.start()
    try:
        assert read_regular_file(small, max_bytes=64 * 2**20) == b"# Title\n" * 100
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    assert peak < 2**20  # not the 64 MB the limit would allow


# -- smaller --------------------------------------------------------------------------


def test_a_session_is_not_stuck_on_a_card_an_import_retired(
    imported: Path, deck_file: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from quizkit.session import StudySession

    with quizkit.open(imported) as col:
        session = StudySession(col.learner("ann"), clock=lambda: MORNING)
        assert session.card is not None
        assert session.card.id == PORT_RANGE
        deck_file.write_text(
            DEMO_DECK.replace("  - id: nodeport/port-range", "  - id: nodeport/renamed"),
            encoding="utf-8",
        )
        col.import_decks([deck_file])
        with pytest.raises(quizkit.UnknownCardError, match="was retired"):
            session.grade(4)
        assert session.card is not None
        assert session.card.id != PORT_RANGE
        session.grade(4)  # the next card takes a grade
        assert session.answered == 1


def test_an_unterminated_block_answers_nothing(
    capsys: pytest.CaptureFixture[str], imported: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr("sys.stdin", io.StringIO("<<\nkind: Service\n"))
    code, out, _ = run(capsys, "--db", str(imported), "--learner", "ann", "study")
    assert code == 0
    assert "!! the input ended before the line . that closes <<; nothing was answered" in out
    with quizkit.open(imported) as col:
        assert col.learner("ann").stats().reviews_total == 0


def test_a_huge_piped_line_is_refused_and_not_kept(
    capsys: pytest.CaptureFixture[str], imported: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr("sys.stdin", io.StringIO("=" + "x" * 5_000_000 + "\ng\n"))
    code, out, _ = run(capsys, "--db", str(imported), "--learner", "ann", "study")
    assert code == 0
    assert "!! response is over 10 kB; at most 10 kB is allowed" in out
    with quizkit.open(imported) as col:
        assert col.learner("ann").stats().reviews_total == 1  # the "g" after it


def test_a_clock_set_back_mid_card_is_no_negative_answer_time(imported: Path) -> None:
    from quizkit.session import StudySession

    clock = FakeClock(MORNING)
    with quizkit.open(imported) as col:
        session = StudySession(col.learner("ann"), clock=clock)
        clock.tick(-300)  # NTP steps the clock back five minutes while the card is shown
        result = session.grade(4)
        assert result.grade == 4
        assert session.history[-1].elapsed == dt.timedelta(0)


def test_negative_elapsed_is_refused(imported: Path) -> None:
    with quizkit.open(imported) as col, pytest.raises(UsageError, match="elapsed must be"):
        col.learner("ann").answer(PORT_RANGE, response="30000-32767", elapsed=dt.timedelta(-5))


def test_check_text() -> None:
    assert check_text("ok", "x") == "ok"
    with pytest.raises(UsageError, match=r"^x is 11 bytes; at most 10 bytes is allowed$"):
        check_text("ééééé1", "x", max_bytes=10)
    with pytest.raises(UsageError, match=r"^x holds a lone surrogate U\+D800 at character 2$"):
        check_text("a\ud800", "x")


# -- build -o -------------------------------------------------------------------------


@pytest.fixture
def decks() -> list[Any]:
    return build_decks([ROOT / "data"], root=ROOT)


def test_build_never_follows_a_planted_temporary_file(tmp_path: Path, decks: list[Any]) -> None:
    out = tmp_path / "out"
    out.mkdir()
    victim = tmp_path / "victim"
    for deck in decks:
        (out / f"{deck.slug}.yaml.tmp").symlink_to(victim)
    written = write_decks(decks, out)
    assert not victim.exists()
    assert [p.name for p in written] == [f"{d.slug}.yaml" for d in decks]
    assert all(p.is_file() and not p.is_symlink() for p in written)


def test_a_full_disk_leaves_every_deck_as_it_was(
    tmp_path: Path, decks: list[Any], monkeypatch: pytest.MonkeyPatch
) -> None:
    out = tmp_path / "out"
    out.mkdir()
    old = {f"{d.slug}.yaml": "old\n" for d in decks}
    for name, text in old.items():
        (out / name).write_text(text)
    real_fsync = os.fsync
    calls = []

    def fsync(fd: int) -> None:
        calls.append(fd)
        if len(calls) == len(decks):  # the last deck's data does not fit
            raise OSError(errno.ENOSPC, "No space left on device")
        real_fsync(fd)

    monkeypatch.setattr("os.fsync", fsync)
    with pytest.raises(SourceError) as caught:
        write_decks(decks, out)
    assert str(caught.value).endswith(
        "cannot write: No space left on device; no deck file was changed"
    )
    assert {p.name: p.read_text() for p in out.iterdir()} == old  # and no temporary file
