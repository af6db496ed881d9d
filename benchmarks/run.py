"""quizkit against its anchors: every figure beside one measured in the same run.

Run from the repository root::

    .venv/bin/python -m benchmarks.run            # about 2 minutes
    .venv/bin/python -m benchmarks.run --quick    # smaller sizes, about 25 seconds
    .venv/bin/python -m benchmarks.run --full     # the big sizes, several repetitions
    .venv/bin/python -m benchmarks.run --json results.json   # also dump JSON (- = stdout)
    .venv/bin/python -m benchmarks.run --only import study   # some groups only

Each row times quizkit and its anchor doing the same work on the same data, in
one process where possible (the command-line rows run subprocesses on both
sides), alternating the two so that a busy machine slows both alike: warm-up
runs first, then the median of several repetitions. Each group runs in a fresh
interpreter (``--in-process``: all in this one). The ratio is quizkit's time
over the anchor's; the target is a ratio of at most 2.

The ``anki`` package (AGPL) is used here only as a yardstick, never by quizkit.
"""

from __future__ import annotations

import argparse
import datetime as dt
import gc
import json
import os
import platform
import shutil
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import asdict, dataclass, field, fields
from pathlib import Path
from typing import Any

try:
    import resource
except ImportError:  # not on Windows: child processes' CPU is not counted there
    resource = None  # type: ignore[assignment]

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:  # `python benchmarks/run.py` as well as `-m benchmarks.run`
    sys.path.insert(0, str(ROOT))

TARGET = 2.0
NOW = dt.datetime(2026, 3, 2, 12, 0, tzinfo=dt.UTC)  # a fixed "now": reproducible schedules
STAMP = 1_767_225_600.0  # export timestamp (2026-01-01), so exports are reproducible


# --------------------------------------------------------------------- sizes


@dataclass(frozen=True)
class Sizes:
    imports: tuple[int, ...]
    import_repeat: int
    big_import_repeat: int
    study_cards: int
    study_met: int  # cards the second learner already met
    study_steps: int  # per block
    study_blocks: int
    states_cards: int
    states_learners: int
    query_repeat: int
    cli_repeat: int
    export_notes: int
    export_repeat: int
    routing_requests: int
    routing_repeat: int
    documents: int
    build_repeat: int


QUICK = Sizes(
    imports=(5_000,),
    import_repeat=3,
    big_import_repeat=3,
    study_cards=5_000,
    study_met=2_000,
    study_steps=20,
    study_blocks=5,
    states_cards=5_000,
    states_learners=20,
    query_repeat=5,
    cli_repeat=3,
    export_notes=5_000,
    export_repeat=2,
    routing_requests=200,
    routing_repeat=1,
    documents=200,
    build_repeat=2,
)
DEFAULT = Sizes(
    imports=(20_000, 100_000),
    import_repeat=5,
    big_import_repeat=3,
    study_cards=20_000,
    study_met=5_000,
    study_steps=20,
    study_blocks=15,
    states_cards=20_000,
    states_learners=50,
    query_repeat=7,
    cli_repeat=5,
    export_notes=20_000,
    export_repeat=3,
    routing_requests=500,
    routing_repeat=3,
    documents=1_000,
    build_repeat=3,
)
FULL = Sizes(
    imports=(20_000, 100_000),
    import_repeat=5,
    big_import_repeat=3,
    study_cards=20_000,
    study_met=5_000,
    study_steps=40,
    study_blocks=11,
    states_cards=20_000,
    states_learners=50,
    query_repeat=15,
    cli_repeat=9,
    export_notes=20_000,
    export_repeat=5,
    routing_requests=2_000,
    routing_repeat=3,
    documents=1_000,
    build_repeat=5,
)


# --------------------------------------------------------------------- results


@dataclass
class Row:
    group: str
    measure: str
    quizkit_s: float
    anchor: str
    anchor_s: float | None
    note: str = ""
    target: float | None = TARGET
    # CPU seconds of each run (user + system, this process and the processes it waited
    # for): a shared machine's load disturbs them less than wall time. None: not measured.
    quizkit_cpu: list[float] | None = None
    anchor_cpu: list[float] | None = None

    @property
    def ratio(self) -> float | None:
        if self.anchor_s is None or self.anchor_s <= 0:
            return None
        return self.quizkit_s / self.anchor_s

    @property
    def cpu_ratio(self) -> float | None:
        """quizkit's median CPU time over the anchor's."""
        if not self.quizkit_cpu or not self.anchor_cpu:
            return None
        anchor = statistics.median(self.anchor_cpu)
        return statistics.median(self.quizkit_cpu) / anchor if anchor > 0 else None

    def to_dict(self) -> dict[str, Any]:
        data = asdict(self)
        data["ratio"] = self.ratio
        data["meets_target"] = None if self.ratio is None else self.ratio <= (self.target or 0)
        data["cpu_ratio"] = self.cpu_ratio
        return data


@dataclass
class Results:
    rows: list[Row] = field(default_factory=list)
    failures: list[str] = field(default_factory=list)

    def add(self, row: Row) -> None:
        self.rows.append(row)
        print(f"  {_line(row)}", file=sys.stderr, flush=True)


def _fmt_time(seconds: float | None) -> str:
    if seconds is None:
        return "-"
    if seconds >= 1:
        return f"{seconds:.2f} s"
    if seconds >= 1e-3:
        return f"{seconds * 1e3:.1f} ms"
    return f"{seconds * 1e6:.0f} us"


def _fmt_ratio(row: Row) -> str:
    ratio = row.ratio
    return "-" if ratio is None else f"{ratio:.2f}"


def _fmt_cpu(samples: list[float] | None) -> str:
    """``min / median`` of CPU samples, ``-`` when there are none."""
    if not samples:
        return "-"
    return f"{_fmt_time(min(samples))} / {_fmt_time(statistics.median(samples))}"


def _fmt_cpu_ratio(row: Row) -> str:
    ratio = row.cpu_ratio
    return "-" if ratio is None else f"{ratio:.2f}"


def _line(row: Row) -> str:
    line = (
        f"{row.measure}: quizkit {_fmt_time(row.quizkit_s)}, {row.anchor} "
        f"{_fmt_time(row.anchor_s)}, ratio {_fmt_ratio(row)}"
    )
    if row.quizkit_cpu:
        line += f"; CPU min / median quizkit {_fmt_cpu(row.quizkit_cpu)}"
        if row.anchor_cpu:
            line += f", anchor {_fmt_cpu(row.anchor_cpu)}, ratio {_fmt_cpu_ratio(row)}"
    return line


def environment() -> dict[str, Any]:
    import sqlalchemy

    import quizkit

    try:
        model = next(
            line.split(":", 1)[1].strip()
            for line in Path("/proc/cpuinfo").read_text().splitlines()
            if line.startswith("model name")
        )
    except (OSError, StopIteration):
        model = platform.processor() or platform.machine()
    return {
        "quizkit": quizkit.__version__,
        "python": platform.python_version(),
        "implementation": platform.python_implementation(),
        "sqlite": sqlite3.sqlite_version,
        "sqlalchemy": sqlalchemy.__version__,
        "platform": platform.platform(),
        "cpu": model,
        "cpu_count": os.cpu_count(),
        "load_average": os.getloadavg() if hasattr(os, "getloadavg") else None,
    }


def print_table(env: dict[str, Any], results: Results, sizes_name: str) -> None:
    print(
        f"quizkit {env['quizkit']} benchmarks ({sizes_name}): Python {env['python']}, "
        f"SQLite {env['sqlite']}, SQLAlchemy {env['sqlalchemy']}, "
        f"{env['cpu_count']} CPUs ({env['cpu']})"
    )
    headers = (
        "measure",
        "quizkit",
        "anchor",
        "anchor time",
        "ratio",
        "target",
        "CPU min / med",
        "anchor CPU min / med",
        "CPU ratio",
    )
    table = [
        (
            row.measure,
            _fmt_time(row.quizkit_s),
            row.anchor,
            _fmt_time(row.anchor_s),
            _fmt_ratio(row),
            "-" if row.target is None or row.ratio is None else f"<= {row.target:g}",
            _fmt_cpu(row.quizkit_cpu),
            _fmt_cpu(row.anchor_cpu),
            _fmt_cpu_ratio(row),
        )
        for row in results.rows
    ]
    widths = [max(len(h), *(len(r[i]) for r in table)) for i, h in enumerate(headers)]
    right = {1, 3, 4, 6, 7, 8}

    def fmt(cells: Sequence[str]) -> str:
        return "  ".join(
            c.rjust(w) if i in right else c.ljust(w)
            for i, (c, w) in enumerate(zip(cells, widths, strict=True))
        ).rstrip()

    print(fmt(headers))
    print(fmt(["-" * w for w in widths]))
    for cells in table:
        print(fmt(cells))
    notes = [(row.measure, row.note) for row in results.rows if row.note]
    if notes:
        print()
        for measure, note in notes:
            print(f"* {measure}: {note}")
    for failure in results.failures:
        print(f"! {failure}")


# --------------------------------------------------------------------- timing


@dataclass(frozen=True)
class Timing:
    """One case's samples, in seconds per run: wall-clock time and CPU time."""

    wall: list[float]
    cpu: list[float]

    @property
    def median(self) -> float:
        return statistics.median(self.wall)


def cpu_seconds() -> float:
    """CPU time (user + system) of this process, all its threads, and the child
    processes it has waited for: a subprocess's work counts once it has ended."""
    used = time.process_time()
    if resource is not None:
        children = resource.getrusage(resource.RUSAGE_CHILDREN)
        used += children.ru_utime + children.ru_stime
    return used


def measure(
    cases: dict[str, tuple[Callable[[], Any], Callable[[Any], Any]]],
    *,
    repeat: int,
    warmup: int = 1,
    inner: int = 1,
) -> dict[str, Timing]:
    """Wall and CPU seconds of each case's ``run(setup())``, one sample per round;
    cases alternate within a round.

    ``setup`` runs outside the clock (a fresh database, for instance); what it
    returns is given to ``run``, and anything with a ``close`` is closed after.
    Quick operations run ``inner`` times back to back per sample (the time is
    per run): a single sub-millisecond call right after a garbage collection
    mostly measures cold caches. CPU time is :func:`cpu_seconds` (so a
    command-line row counts the child process's CPU); on a machine shared with
    other jobs it varies much less than wall time, which includes waiting for a CPU.
    """
    wall: dict[str, list[float]] = {name: [] for name in cases}
    cpu: dict[str, list[float]] = {name: [] for name in cases}
    for i in range(warmup + repeat):
        for name, (setup, run) in cases.items():
            arg = setup()
            gc.collect()
            cpu_start = cpu_seconds()
            start = time.perf_counter()
            for _ in range(inner):
                run(arg)
            elapsed = (time.perf_counter() - start) / inner
            used = (cpu_seconds() - cpu_start) / inner
            if hasattr(arg, "close"):
                arg.close()
            if i >= warmup:
                wall[name].append(elapsed)
                cpu[name].append(used)
    return {name: Timing(wall[name], cpu[name]) for name in cases}


def interleaved(
    cases: dict[str, tuple[Callable[[], Any], Callable[[Any], Any]]],
    *,
    repeat: int,
    warmup: int = 1,
    inner: int = 1,
) -> dict[str, float]:
    """Median wall seconds of each case's ``run(setup())`` (see :func:`measure`)."""
    timed = measure(cases, repeat=repeat, warmup=warmup, inner=inner)
    return {name: timing.median for name, timing in timed.items()}


def interleaved_samples(
    cases: dict[str, tuple[Callable[[], Any], Callable[[Any], Any]]],
    *,
    repeat: int,
    warmup: int = 1,
    inner: int = 1,
) -> dict[str, list[float]]:
    """Wall seconds of each case's ``run(setup())``, one per round (see :func:`measure`)."""
    timed = measure(cases, repeat=repeat, warmup=warmup, inner=inner)
    return {name: timing.wall for name, timing in timed.items()}


def _none() -> None:
    return None


@contextmanager
def workdir(name: str) -> Iterator[Path]:
    with tempfile.TemporaryDirectory(prefix=f"quizkit-bench-{name}-") as tmp:
        yield Path(tmp)


# --------------------------------------------------------------------- data


def make_deck(n: int, slug: str = "bench") -> Any:
    """``n`` fact notes shaped like the built decks: sections, tags, some reverse cards."""
    from quizkit.deckfile import Deck, FactNote, NoteType, Origin

    notes = tuple(
        FactNote(
            id=f"section-{i // 50}/table/row-{i}/value",
            type=NoteType.FACT,
            front=f"Service type {i}: which port range does its node port use?",
            back=f"{30000 + i % 2768}-32767 (section {i // 50})",
            tags=("bench", f"section-{i // 50}"),
            reverse=i % 10 == 0,
            origin=Origin("data/bench.md", f"Section {i // 50}", i + 1),
        )
        for i in range(n)
    )
    return Deck(slug=slug, title="Benchmark deck", notes=notes, source="data/bench.md")


def sqlite_url(path: Path) -> str:
    return f"sqlite:///{path}"


def template_db(folder: Path) -> Path:
    """An empty, migrated quizkit database to copy (migration stays off the clock)."""
    import quizkit

    path = folder / "template.db"
    with quizkit.open(sqlite_url(path)):
        pass
    _checkpoint(path)
    return path


def _checkpoint(path: Path) -> None:
    con = sqlite3.connect(path)
    try:
        con.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    finally:
        con.close()


def copy_db(template: Path, target: Path) -> Path:
    for suffix in ("", "-wal", "-shm"):
        Path(f"{target}{suffix}").unlink(missing_ok=True)
    shutil.copyfile(template, target)
    return target


def imported_db(folder: Path, deck: Any, name: str) -> Path:
    import quizkit

    path = copy_db(template_db(folder), folder / name)
    with quizkit.open(sqlite_url(path)) as col:
        col.import_loaded([deck])
    _checkpoint(path)
    return path


def _anki_collection(folder: Path) -> Any:
    from anki.collection import Collection

    folder.mkdir(parents=True, exist_ok=True)
    return Collection(str(folder / "collection.anki2"))


def _anki_notes(col: Any, deck: Any) -> list[Any]:
    from anki.collection import AddNoteRequest

    basic = col.models.by_name("Basic")
    deck_id = col.decks.id("bench")
    requests = []
    for note in deck.notes:
        anki_note = col.new_note(basic)
        anki_note["Front"] = note.front
        anki_note["Back"] = note.back
        anki_note.tags = list(note.tags)
        requests.append(AddNoteRequest(note=anki_note, deck_id=deck_id))
    return requests


# --------------------------------------------------------------------- 1. import


def bench_import(sizes: Sizes, results: Results) -> None:
    n = sizes.imports[0]
    timed = _file_import_times(make_deck(n), repeat=sizes.import_repeat)
    samples = {name: timing.wall for name, timing in timed.items()}
    times = {name: timing.median for name, timing in timed.items()}
    cpu = {name: timing.cpu for name, timing in timed.items()}
    label = f"import FILE: {n:,} notes, file to database"
    results.add(
        Row(
            "import",
            label,
            times["quizkit"],
            "Anki import .apkg",
            times["apkg"],
            quizkit_cpu=cpu["quizkit"],
            anchor_cpu=cpu["apkg"],
            note="both sides start from a file on disk and end committed in a fresh "
            "database: quizkit Collection.import_decks of the YAML deck file (as `quizkit "
            "import FILE`, without the interpreter start); Anki "
            "Collection.import_anki_package of an .apkg of the same notes; "
            + _spread(samples, "quizkit", "apkg"),
        )
    )
    results.add(
        Row(
            "import",
            label,
            times["quizkit"],
            "Anki import text",
            times["text"],
            quizkit_cpu=cpu["quizkit"],
            anchor_cpu=cpu["text"],
            note="Anki Collection.import_csv of a tab-separated file (front, back, tags); "
            + _spread(samples, "quizkit", "text"),
        )
    )
    results.add(
        Row(
            "import",
            f"import FILE again, unchanged: {n:,} notes",
            times["again"],
            "(none: absolute; goal <= 0.2 s)",
            None,
            quizkit_cpu=cpu["again"],
            note="the same file into the database it was just imported into: read, hash, "
            "compare with the digest stored at import",
            target=None,
        )
    )
    results.add(
        Row(
            "import",
            f"load the deck file: {n:,} notes",
            times["load"],
            "yaml.parse (libyaml events)",
            times["events"],
            quizkit_cpu=cpu["load"],
            anchor_cpu=cpu["events"],
            note="inner rows: load_deck (parse, check every note, build Deck objects) "
            "against libyaml's event stream of the same file alone",
        )
    )
    results.add(
        Row(
            "import",
            f"read the deck file into values: {n:,} notes",
            times["values"],
            "yaml.parse (libyaml events)",
            times["events"],
            quizkit_cpu=cpu["values"],
            anchor_cpu=cpu["events"],
            note="the first step of load_deck for the writer's layout: read_writer_deck, "
            "one pattern match per note into plain values, nothing checked",
        )
    )
    results.add(
        Row(
            "import",
            f"read the deck file into nodes: {n:,} notes",
            times["lines"],
            "libyaml event composer",
            times["composer"],
            quizkit_cpu=cpu["lines"],
            anchor_cpu=cpu["composer"],
            note="quizkit's line reader for the writer's YAML against the loader it falls "
            "back on (libyaml's events composed into the same nodes), nothing checked",
        )
    )
    for n in sizes.imports:
        big = n > 20_000
        timings = _import_times(
            make_deck(n),
            repeat=sizes.big_import_repeat if big else sizes.import_repeat,
            warmup=0 if big else 1,
        )
        label = f"import {n:,} notes from Deck objects"
        first = n == sizes.imports[0]
        results.add(
            Row(
                "import",
                label,
                timings["quizkit"].median,
                "sqlite3 executemany",
                timings["raw"].median,
                quizkit_cpu=timings["quizkit"].cpu,
                anchor_cpu=timings["raw"].cpu,
                note=(
                    "same rows, schema, indexes and pragmas, in one transaction; the rows "
                    "ready-made (payload JSON and fact fingerprints computed off the clock)"
                )
                if first
                else "",
            )
        )
        results.add(
            Row(
                "import",
                label,
                timings["quizkit"].median,
                "sqlite3 executemany+rows",
                timings["raw+rows"].median,
                quizkit_cpu=timings["quizkit"].cpu,
                anchor_cpu=timings["raw+rows"].cpu,
                note="the same, computing the rows with quizkit's own functions on the clock"
                if first
                else "",
            )
        )
        results.add(
            Row(
                "import",
                label,
                timings["quizkit"].median,
                "Anki add_notes",
                timings["anki"].median,
                quizkit_cpu=timings["quizkit"].cpu,
                anchor_cpu=timings["anki"].cpu,
                note="Anki's Note objects built off the clock" if first else "",
            )
        )


def deck_files(folder: Path, deck: Any) -> tuple[Path, Path, Path]:
    """The deck as a YAML deck file, an .apkg and a tab-separated text file.

    The Anki files hold the same notes (front, back, tags), made by Anki itself.
    """
    from anki import import_export_pb2 as anki_io
    from anki.collection import DeckIdLimit

    from quizkit.deckfile import dump_deck

    deck_file = folder / "bench.yaml"
    dump_deck(deck, deck_file)
    source = _anki_collection(folder / "anki-source")
    source.add_notes(_anki_notes(source, deck))
    apkg = folder / "bench.apkg"
    source.export_anki_package(
        out_path=str(apkg),
        options=anki_io.ExportAnkiPackageOptions(
            with_scheduling=False, with_deck_configs=False, with_media=False
        ),
        limit=DeckIdLimit(source.decks.id("bench")),
    )
    source.close()
    tsv = folder / "bench.txt"
    tsv.write_text(
        "".join(f"{n.front}\t{n.back}\t{' '.join(n.tags)}\n" for n in deck.notes),
        encoding="utf-8",
    )
    return deck_file, apkg, tsv


# A cold process importing an .apkg through Anki's API, as `quizkit import FILE` is one
# importing a deck file: argv[1] the new collection, argv[2] the package.
ANKI_IMPORT_SCRIPT = """
import sys
from anki import import_export_pb2 as io
from anki.collection import Collection
col = Collection(sys.argv[1])
col.import_anki_package(io.ImportAnkiPackageRequest(
    package_path=sys.argv[2], options=io.ImportAnkiPackageOptions()))
col.close()
"""


def _file_import_times(deck: Any, *, repeat: int) -> dict[str, Timing]:
    """quizkit and Anki importing the same notes from files, into fresh databases."""
    import yaml
    from anki import import_export_pb2 as anki_io

    import quizkit
    from quizkit.deckfile import load_deck
    from quizkit.deckyaml import compose_events, read_subset, read_writer_deck

    with workdir("import-file") as folder:
        deck_file, apkg, tsv = deck_files(folder, deck)
        text = deck_file.read_text(encoding="utf-8")
        template = template_db(folder)
        counter = iter(range(10**9))

        def qk_setup() -> Any:
            return quizkit.open(sqlite_url(copy_db(template, folder / f"q-{next(counter)}.db")))

        def qk_run(col: Any) -> None:
            assert col.import_decks([deck_file]).added == len(deck.notes)

        imported = qk_setup()
        qk_run(imported)

        def again_run(_: None) -> None:
            assert imported.import_decks([deck_file]).unchanged == len(deck.notes)

        def anki_setup() -> Any:
            return _anki_collection(folder / f"a-{next(counter)}")

        def apkg_run(col: Any) -> None:
            col.import_anki_package(
                anki_io.ImportAnkiPackageRequest(
                    package_path=str(apkg), options=anki_io.ImportAnkiPackageOptions()
                )
            )
            assert col.note_count() == len(deck.notes)

        def text_run(col: Any) -> None:
            metadata = col.get_csv_metadata(str(tsv), anki_io.CsvMetadata.Delimiter.TAB)
            metadata.tags_column = 3
            col.import_csv(anki_io.ImportCsvRequest(path=str(tsv), metadata=metadata))
            assert col.note_count() == len(deck.notes)

        def load_run(_: None) -> None:
            assert len(load_deck(deck_file).notes) == len(deck.notes)

        def events_run(_: None) -> None:
            for _event in yaml.parse(text, Loader=getattr(yaml, "CSafeLoader", yaml.SafeLoader)):
                pass

        def values_run(_: None) -> None:
            read = read_writer_deck(text)
            assert read is not None
            assert len(read.notes) == len(deck.notes)

        def lines_run(_: None) -> None:
            assert read_subset(text, _drop) is not None

        def composer_run(_: None) -> None:
            compose_events(text, str(deck_file), _drop)

        times = measure(
            {
                "quizkit": (qk_setup, qk_run),
                "apkg": (anki_setup, apkg_run),
                "text": (anki_setup, text_run),
                "again": (_none, again_run),
                "load": (_none, load_run),
                "events": (_none, events_run),
                "values": (_none, values_run),
                "lines": (_none, lines_run),
                "composer": (_none, composer_run),
            },
            repeat=repeat,
            warmup=1,
        )
        imported.close()
    return times


def _drop(_index: int, _node: Any) -> None:
    return None


def _spread(samples: dict[str, list[float]], mine: str, anchor: str) -> str:
    """Min and median of both sides, and the ratio of each, for a noisy shared machine."""
    lo, hi = min(samples[mine]), statistics.median(samples[mine])
    a_lo, a_hi = min(samples[anchor]), statistics.median(samples[anchor])
    return (
        f"{len(samples[mine])} runs, min / median: quizkit {_fmt_time(lo)} / {_fmt_time(hi)}, "
        f"anchor {_fmt_time(a_lo)} / {_fmt_time(a_hi)}, ratio {lo / a_lo:.2f} / {hi / a_hi:.2f}"
    )


def _anchor_rows(deck: Any) -> tuple[list[tuple[Any, ...]], list[tuple[Any, ...]]]:
    """The rows quizkit stores for ``deck``, computed with quizkit's own functions."""
    from quizkit.store.collection import _card_fingerprints, _note_content

    note_rows: list[tuple[Any, ...]] = []
    card_rows: list[tuple[Any, ...]] = []
    for position, note in enumerate(deck.notes):
        note_id = position + 1
        note_rows.append((note_id, 1, note.id, position, *_note_content(note), False))
        for ord_, fp in _card_fingerprints(note):
            key = f"{deck.slug}/{note.id}" + (":reverse" if ord_ else "")
            card_rows.append((key, note_id, 1, ord_, position, fp, False))
    return note_rows, card_rows


def _import_times(deck: Any, *, repeat: int, warmup: int) -> dict[str, Timing]:
    import quizkit

    n = len(deck.notes)
    note_rows, card_rows = _anchor_rows(deck)
    imported_at = dt.datetime(2026, 1, 1)
    with workdir("import") as folder:
        template = template_db(folder)
        counter = iter(range(10**9))

        def fresh() -> Path:
            return copy_db(template, folder / f"run-{next(counter)}.db")

        def qk_setup() -> Any:
            return quizkit.open(sqlite_url(fresh()))

        def qk_run(col: Any) -> None:
            report = col.import_loaded([deck])
            assert report.added == n

        def raw_setup() -> sqlite3.Connection:
            con = sqlite3.connect(fresh(), isolation_level=None)
            con.execute("PRAGMA journal_mode = WAL")
            con.execute("PRAGMA synchronous = NORMAL")
            con.execute("PRAGMA foreign_keys = ON")
            return con

        def raw_run(con: sqlite3.Connection) -> None:
            insert_rows(con, note_rows, card_rows)

        def raw_computing_run(con: sqlite3.Connection) -> None:
            insert_rows(con, *_anchor_rows(deck))

        def insert_rows(
            con: sqlite3.Connection,
            note_rows: list[tuple[Any, ...]],
            card_rows: list[tuple[Any, ...]],
        ) -> None:
            con.execute("BEGIN IMMEDIATE")
            con.execute(
                "INSERT INTO decks (id, slug, title, source, imported_at) VALUES (?,?,?,?,?)",
                (1, deck.slug, deck.title, deck.source, imported_at),
            )
            con.executemany(
                "INSERT INTO notes (id, deck_id, key, position, type, front, back, tags, "
                "reverse, payload, retired) VALUES (?,?,?,?,?,?,?,?,?,?,?)",
                note_rows,
            )
            con.executemany(
                "INSERT INTO cards (key, note_id, deck_id, ord, position, fingerprint, "
                "retired) VALUES (?,?,?,?,?,?,?)",
                card_rows,
            )
            con.execute("COMMIT")

        class _AnkiRun:
            def __init__(self) -> None:
                self.col = _anki_collection(folder / f"anki-{next(counter)}")
                self.requests = _anki_notes(self.col, deck)

            def close(self) -> None:
                self.col.close()

        def anki_run(run: _AnkiRun) -> None:
            run.col.add_notes(run.requests)

        times = measure(
            {
                "quizkit": (qk_setup, qk_run),
                "raw": (raw_setup, raw_run),
                "anki": (_AnkiRun, anki_run),
                "raw+rows": (raw_setup, raw_computing_run),
            },
            repeat=repeat,
            warmup=warmup,
        )
    return times


# --------------------------------------------------------------------- 2. study


def bench_study(sizes: Sizes, results: Results) -> None:
    for met in (0, sizes.study_met):
        times, split = _study_times(sizes, met)
        learner = "a new learner" if not met else f"a learner who met {met:,} cards"
        answers = sizes.study_steps * (sizes.study_blocks + 2)
        results.add(
            Row(
                "study",
                f"study step, {sizes.study_cards:,} cards, {learner}",
                times["quizkit"].median,
                "Anki v3 queue+answer",
                times["anki"].median,
                note=f"next card (a new one) + answer, per step, over {answers} answers in "
                f"one study day; quizkit's next_card {_fmt_time(split['next'])}, answer "
                f"{_fmt_time(split['answer'])} (the last {sizes.study_steps}); "
                f"{split['sqlite']:g} SQL statements per step, {split['sqlalchemy']:g} of "
                f"them executed by SQLAlchemy; {split.get('pages', 0):g} database pages "
                "written per answer",
                quizkit_cpu=times["quizkit"].cpu,
                anchor_cpu=times["anki"].cpu,
            )
        )


def _study_times(sizes: Sizes, met: int) -> tuple[dict[str, Timing], dict[str, float]]:
    """Seconds per study step on both sides, after ``met`` cards were introduced."""
    from sqlalchemy import Date, insert, literal, select

    import quizkit
    from quizkit.store.tables import cards, review_states

    deck = make_deck(sizes.study_cards)
    per_block = sizes.study_steps
    with workdir("study") as folder:
        path = imported_db(folder, deck, "study.db")
        col = quizkit.open(sqlite_url(path))
        me = col.learner("bench", new_per_day=10**6)
        clock = [NOW]
        if met:
            # The first ``met`` cards in deck order: reviews due in three days.
            today = me.today(NOW)
            day = today - dt.timedelta(days=10)
            first = (
                select(
                    literal(me.id),
                    cards.c.id,
                    literal(3),
                    literal(2500),
                    literal(10),
                    literal(today + dt.timedelta(days=3), Date),
                    literal(0),
                    literal(3),
                    literal(day, Date),
                    literal(day, Date),
                    literal(NOW.replace(tzinfo=None) - dt.timedelta(days=10)),
                    literal(False),
                )
                .order_by(cards.c.deck_id, cards.c.position, cards.c.ord)
                .limit(met)
            )
            columns = [c.name for c in review_states.columns]
            with col.engine.begin() as conn:
                conn.execute(insert(review_states).from_select(columns, first))

        def qk_step() -> None:
            clock[0] += dt.timedelta(seconds=5)
            card = me.next_card(now=clock[0])
            assert card is not None
            assert card.queue == "new"
            me.answer(card.id, grade=5, now=clock[0])

        anki = _anki_collection(folder / "anki")  # imports anki.collection first, as anki needs
        from anki.cards import Card as AnkiCard
        from anki.scheduler.v3 import CardAnswer

        anki.add_notes(_anki_notes(anki, deck))
        deck_id = anki.decks.id("bench")
        anki.decks.select(deck_id)
        config = anki.decks.config_dict_for_deck_id(deck_id)
        # Every step takes a new card, on both sides: lift the daily limits (in v3
        # new cards also count against the review limit).
        config["new"]["perDay"] = 9999
        config["rev"]["perDay"] = 9999
        anki.decks.save(config)
        if met:
            anki.sched.set_due_date(sorted(anki.find_cards("deck:bench"))[:met], "3")

        def anki_step() -> None:
            queued = anki.sched.get_queued_cards()
            top = queued.cards[0]
            card = AnkiCard(anki, backend_card=top.card)
            card.start_timer()
            answer = anki.sched.build_answer(card=card, states=top.states, rating=CardAnswer.EASY)
            anki.sched.answer_card(answer)

        times = measure(
            {"quizkit": (_none, lambda _: qk_step()), "anki": (_none, lambda _: anki_step())},
            repeat=sizes.study_blocks,
            warmup=1,
            inner=per_block,
        )
        # Split quizkit's step in two, for the record (no anchor of its own).
        split: dict[str, list[float]] = {"next": [], "answer": []}
        for _ in range(per_block):
            clock[0] += dt.timedelta(seconds=5)
            start = time.perf_counter()
            card = me.next_card(now=clock[0])
            middle = time.perf_counter()
            assert card is not None
            me.answer(card.id, grade=5, now=clock[0])
            split["next"].append(middle - start)
            split["answer"].append(time.perf_counter() - middle)
        statements = _statements_per_step(col, me, clock)
        col.close()
        anki.close()
    medians = {name: statistics.median(values) for name, values in split.items()}
    return times, {**medians, **statements}


def _statements_per_step(col: Any, me: Any, clock: list[dt.datetime]) -> dict[str, float]:
    """SQL statements SQLite runs per study step, how many SQLAlchemy executes, and the
    database pages each step's commit writes.

    SQLite's trace callback sees every statement whoever sends it (BEGIN and COMMIT
    too), on the study step's own connection (``col.steps``) and on every connection
    SQLAlchemy's pool hands out; SQLAlchemy's ``before_cursor_execute`` event sees
    those it executes. Pages: the frames the steps append to the ``-wal`` file,
    emptied first (too few to reach an automatic checkpoint).
    """
    from sqlalchemy import event

    seen = {"sqlite": 0, "sqlalchemy": 0}

    def traced(_: str) -> None:
        seen["sqlite"] += 1

    def on_checkout(dbapi_connection: Any, *_: Any) -> None:
        dbapi_connection.set_trace_callback(traced)

    def on_execute(*_: Any) -> None:
        seen["sqlalchemy"] += 1

    own = None
    wal = Path(col.steps.path + "-wal") if col.steps is not None else None
    if col.steps is not None:
        with col.steps.read() as own:
            own.execute("PRAGMA wal_checkpoint(TRUNCATE)")
            page_size = own.execute("PRAGMA page_size").fetchone()[0]
            own.set_trace_callback(traced)
    event.listen(col.engine, "checkout", on_checkout)
    event.listen(col.engine, "before_cursor_execute", on_execute)
    steps = 10
    for _ in range(steps):
        clock[0] += dt.timedelta(seconds=5)
        card = me.next_card(now=clock[0])
        assert card is not None
        me.answer(card.id, grade=5, now=clock[0])
    event.remove(col.engine, "checkout", on_checkout)
    event.remove(col.engine, "before_cursor_execute", on_execute)
    counted = {name: n / steps for name, n in seen.items()}
    if own is not None and wal is not None:
        own.set_trace_callback(None)
        # A WAL file: a 32-byte header, then a 24-byte header and a page per frame.
        frames = (wal.stat().st_size - 32) / (page_size + 24)
        counted["pages"] = frames / steps
    return counted


# --------------------------------------------------------------------- 3. due cards


def bench_due(sizes: Sizes, results: Results) -> None:
    from sqlalchemy import String, cast, func, insert, literal, select

    import quizkit
    from quizkit.store.statements import RECORD_COLUMNS
    from quizkit.store.tables import cards, learners, review_states

    # make_deck gives every tenth note a reverse card: 1.1 cards per note.
    n_learners = sizes.states_learners
    deck = make_deck(round(sizes.states_cards / 1.1))
    with workdir("due") as folder:
        path = imported_db(folder, deck, "due.db")
        col = quizkit.open(sqlite_url(path))
        today = col.learner("learner-0").today(NOW)
        created = NOW.replace(tzinfo=None)
        with col.engine.begin() as conn:
            conn.execute(
                insert(learners),
                [
                    {"name": f"learner-{i}", "new_per_day": 20, "timezone": "UTC"}
                    | {"created_at": created}
                    for i in range(1, n_learners)
                ],
            )
            conn.execute(learners.update().values(timezone="UTC"))
            # One state per learner and card: a Core INSERT ... SELECT, due dates
            # spread from 30 days ago to 60 days ahead (about a third due today).
            spread = (cards.c.id * 7 + learners.c.id * 13) % 90 - 30
            # SQLite keeps dates as ISO text: date('YYYY-MM-DD', '+N days').
            due = func.date(literal(today.isoformat()), cast(spread, String) + " days")
            rows = select(
                learners.c.id,
                cards.c.id,
                literal(3),
                literal(2500),
                literal(10),
                due,
                literal(0),
                literal(3),
                literal(today - dt.timedelta(days=100)),
                literal(today - dt.timedelta(days=40)),
                literal(created - dt.timedelta(days=40)),
                literal(False),
            ).select_from(learners.join(cards, literal(True)))
            conn.execute(
                insert(review_states).from_select(
                    ["learner_id", "card_id", *RECORD_COLUMNS],
                    rows,
                )
            )
        raw = sqlite3.connect(path, isolation_level=None)
        total = raw.execute("SELECT count(*) FROM review_states").fetchone()[0]
        me = col.learner(f"learner-{n_learners // 2}")
        learner_id = me.id
        today_s = today.isoformat()

        shape = (
            "SELECT c.id, c.key, c.ord, n.key, n.type, n.front, n.back, n.tags, n.payload, d.slug"
            " FROM review_states r JOIN cards c ON c.id = r.card_id"
            " JOIN notes n ON n.id = c.note_id JOIN decks d ON d.id = c.deck_id"
            " WHERE r.learner_id = ? AND r.due <= ? AND c.retired = 0"
            " ORDER BY r.due, c.deck_id, c.position, c.ord LIMIT 1"
        )
        # What counts() answers (due, same-day repeats, new cards left, introduced
        # today), as four hand-written indexed queries; nobody studied today, so
        # quizkit's "not seen today" filter is empty and left out here.
        count_shapes = (
            "SELECT count(*) FROM review_states r JOIN cards c ON c.id = r.card_id"
            " WHERE r.learner_id = ? AND r.due <= ? AND c.retired = 0"
            " AND NOT (r.relearn = 1 AND r.last_study_day = ?)",
            "SELECT count(*) FROM review_states r JOIN cards c ON c.id = r.card_id"
            " WHERE r.learner_id = ? AND c.retired = 0 AND r.relearn = 1"
            " AND r.last_study_day = ?",
            "SELECT count(*) FROM cards c WHERE c.retired = 0 AND NOT EXISTS"
            " (SELECT 1 FROM review_states r WHERE r.learner_id = ? AND r.card_id = c.id)",
            "SELECT count(*) FROM review_states WHERE learner_id = ? AND introduced_on = ?",
        )
        count_params = (
            (learner_id, today_s, today_s),
            (learner_id, today_s),
            (learner_id,),
            (learner_id, today_s),
        )

        def raw_counts() -> tuple[int, ...]:
            return tuple(
                raw.execute(sql, values).fetchone()[0]
                for sql, values in zip(count_shapes, count_params, strict=True)
            )

        counted = me.counts(now=NOW)
        due_n, repeat_n, unseen_n, _ = raw_counts()
        assert (counted.due, counted.repeat) == (due_n, repeat_n), (counted, due_n, repeat_n)
        assert counted.new == min(unseen_n, me.new_per_day)

        def qk_next(_: None) -> None:
            card = me.next_card(now=NOW)
            assert card is not None
            assert card.queue == "review"

        def raw_next(_: None) -> None:
            row = raw.execute(shape, (learner_id, today_s)).fetchone()
            assert row is not None

        def qk_count(_: None) -> None:
            assert me.counts(now=NOW).due > 0

        def raw_count(_: None) -> None:
            assert raw_counts()[0] > 0

        times = measure(
            {
                "qk_next": (_none, qk_next),
                "raw_next": (_none, raw_next),
                "qk_count": (_none, qk_count),
                "raw_count": (_none, raw_count),
            },
            repeat=sizes.query_repeat,
            warmup=1,
            inner=10,
        )
        n_due = me.counts(now=NOW).due
        raw.close()
        col.close()
    label = f"among {total:,} states"
    results.add(
        Row(
            "due",
            f"next due card {label}",
            times["qk_next"].median,
            "sqlite3 indexed query",
            times["raw_next"].median,
            note=f"one learner with {n_due:,} cards due; raw query: same join and order, LIMIT 1",
            quizkit_cpu=times["qk_next"].cpu,
            anchor_cpu=times["raw_next"].cpu,
        )
    )
    results.add(
        Row(
            "due",
            f"queue counts {label}",
            times["qk_count"].median,
            "sqlite3 4 count(*)",
            times["raw_count"].median,
            note="counts(): due, same-day repeats, new left today; the anchor: the same 4 counts",
            quizkit_cpu=times["qk_count"].cpu,
            anchor_cpu=times["raw_count"].cpu,
        )
    )


# --------------------------------------------------------------------- 4. command line


def _quizkit_command() -> list[str]:
    script = Path(sys.executable).with_name("quizkit")
    return [str(script)] if script.exists() else [sys.executable, "-m", "quizkit"]


def bench_cli(sizes: Sizes, results: Results) -> None:
    deck = make_deck(sizes.study_cards)
    with workdir("cli") as folder:
        path = imported_db(folder, deck, "cli.db")
        env = dict(os.environ, QUIZKIT_DB=str(path), QUIZKIT_LEARNER="bench")
        env.pop("PYTHONPROFILEIMPORTTIME", None)
        # Byte-code caches as an installed package has them (pip compiles on install),
        # kept out of the source tree; the warm-up run writes them for both sides.
        env.pop("PYTHONDONTWRITEBYTECODE", None)
        env["PYTHONPYCACHEPREFIX"] = str(folder / "pycache")

        def command(argv: list[str]) -> Callable[[None], None]:
            def run(_: None) -> None:
                done = subprocess.run(
                    argv, env=env, capture_output=True, stdin=subprocess.DEVNULL, check=False
                )
                if done.returncode != 0:
                    raise RuntimeError(f"{argv}: {done.stderr.decode()[-500:]}")

            return run

        qk = _quizkit_command()
        files = folder / "files"
        files.mkdir()
        deck_file, apkg, _tsv = deck_files(files, make_deck(sizes.imports[0]))
        template = template_db(folder)
        counter = iter(range(10**9))

        def fresh_db() -> Path:
            return copy_db(template, folder / f"import-{next(counter)}.db")

        def fresh_anki() -> Path:
            return folder / f"anki-{next(counter)}.anki2"

        def qk_import(db: Path) -> None:
            command([*qk, "--db", str(db), "import", str(deck_file)])(None)

        def anki_import(collection: Path) -> None:
            command([sys.executable, "-c", ANKI_IMPORT_SCRIPT, str(collection), str(apkg)])(None)

        timed = measure(
            {
                "import": (fresh_db, qk_import),
                "anki-import": (fresh_anki, anki_import),
                "help": (_none, command([*qk, "--help"])),
                "next": (_none, command([*qk, "next", "--json"])),
                # Piped input that ends at once: the session shows its first card,
                # reads end of input, prints its summary and exits.
                "study": (_none, command([*qk, "study"])),
                "sqlalchemy": (_none, command([sys.executable, "-c", "import sqlalchemy"])),
                "python": (_none, command([sys.executable, "-c", "pass"])),
            },
            repeat=sizes.cli_repeat,
            warmup=1,
        )
    times = {name: timing.median for name, timing in timed.items()}
    cpu = {name: timing.cpu for name, timing in timed.items()}
    anchor = 'python -c "import sqlalchemy"'
    results.add(
        Row(
            "cli",
            f"quizkit import FILE ({sizes.imports[0]:,} notes)",
            times["import"],
            "Anki import .apkg, cold",
            times["anki-import"],
            note="cold processes on both sides, from the shell, into a fresh database: "
            "`quizkit --db NEW import FILE`; python -c opening a new Anki collection and "
            "calling import_anki_package on an .apkg of the same notes",
            quizkit_cpu=cpu["import"],
            anchor_cpu=cpu["anki-import"],
        )
    )
    results.add(
        Row(
            "cli",
            "quizkit --help",
            times["help"],
            anchor,
            times["sqlalchemy"],
            note=f"bare interpreter start (python -c pass) takes {_fmt_time(times['python'])}",
            quizkit_cpu=cpu["help"],
            anchor_cpu=cpu["sqlalchemy"],
        )
    )
    results.add(
        Row(
            "cli",
            f"first card: next --json ({sizes.study_cards:,} cards)",
            times["next"],
            anchor,
            times["sqlalchemy"],
            note="cold processes on both sides, from the shell: what a bot or script waits for",
            quizkit_cpu=cpu["next"],
            anchor_cpu=cpu["sqlalchemy"],
        )
    )
    results.add(
        Row(
            "cli",
            f"first card: study ({sizes.study_cards:,} cards)",
            times["study"],
            anchor,
            times["sqlalchemy"],
            note="`quizkit study` with piped input that ends at once: start, first card, "
            "summary, exit",
            quizkit_cpu=cpu["study"],
            anchor_cpu=cpu["sqlalchemy"],
        )
    )


# --------------------------------------------------------------------- 5. export


def bench_export(sizes: Sizes, results: Results) -> None:
    import genanki

    import quizkit
    from quizkit.anki import export_collection

    deck = make_deck(sizes.export_notes)
    with workdir("export") as folder:
        path = imported_db(folder, deck, "export.db")
        col = quizkit.open(sqlite_url(path))

        def qk_run(_: None) -> None:
            export = export_collection(col, folder / "quizkit.apkg", timestamp=STAMP)
            assert export.notes == len(deck.notes)

        # The anchor writes exactly the notes quizkit exports (same note types,
        # fields, tags and GUIDs), gathered and rendered off the clock.
        from quizkit.anki import deck_id_for, note_guid
        from quizkit.anki.model import genanki_models
        from quizkit.anki.note import anki_notes

        sources = {info.slug: info.source for info in col.decks()}
        exported = anki_notes(col.export_notes(sorted(sources)), sources)

        def genanki_run(_: None) -> None:
            models = genanki_models()
            anki_deck = genanki.Deck(deck_id_for(deck.slug), deck.title)
            for position, note in enumerate(exported):
                anki_deck.add_note(
                    genanki.Note(
                        model=models[note.model],
                        fields=note.fields,
                        tags=note.tags,
                        guid=note_guid(note.deck, note.note_id),
                        due=position,
                    )
                )
            genanki.Package(anki_deck).write_to_file(folder / "genanki.apkg", timestamp=STAMP)

        times = measure(
            {"quizkit": (_none, qk_run), "genanki": (_none, genanki_run)},
            repeat=sizes.export_repeat,
            warmup=1,
        )
        col.close()
    results.add(
        Row(
            "export",
            f"Anki export of {sizes.export_notes:,} notes",
            times["quizkit"].median,
            "genanki alone",
            times["genanki"].median,
            note="same note types, fields, tags and GUIDs; quizkit also reads the notes "
            "from its database and renders their HTML",
            quizkit_cpu=times["quizkit"].cpu,
            anchor_cpu=times["genanki"].cpu,
        )
    )


# --------------------------------------------------------------------- 6. routing


def bench_routing(sizes: Sizes, results: Results) -> None:
    import random

    import yaml

    from benchmarks.bench_routing import PODS_PER_SERVICE, SERVICES, manifests
    from quizkit.routing import load

    docs = manifests()
    text = yaml.safe_dump_all(docs)
    times = measure(
        {
            "load": (_none, lambda _: load(text)),
            "yaml": (_none, lambda _: list(yaml.safe_load_all(text))),
            "objects": (_none, lambda _: load(docs)),
        },
        repeat=sizes.routing_repeat,
        warmup=0,
    )
    model = load(docs)
    rng = random.Random(7)
    requests = [rng.randrange(SERVICES) for _ in range(sizes.routing_requests)]

    def by_name(_: None) -> None:
        for i in requests:
            model.route(f"pod:team-{i % 10}/client", f"http://svc-{i}/")

    route = measure({"route": (_none, by_name)}, repeat=3, warmup=1)["route"]
    scale = f"{SERVICES * PODS_PER_SERVICE:,} pods, {SERVICES} Services"
    results.add(
        Row(
            "routing",
            f"evaluator: load YAML ({scale})",
            times["load"].median,
            "yaml.safe_load_all alone",
            times["yaml"].median,
            note=f"load from parsed objects: {_fmt_time(times['objects'].median)}",
            quizkit_cpu=times["load"].cpu,
            anchor_cpu=times["yaml"].cpu,
        )
    )
    results.add(
        Row(
            "routing",
            "evaluator: one request, pod -> Service name",
            route.median / len(requests),
            "(none: absolute)",
            None,
            target=None,
            quizkit_cpu=[cpu / len(requests) for cpu in route.cpu],
        )
    )


# --------------------------------------------------------------------- 7. build


SAMPLE_DOC = """\
# Widget service {i}

Widgets {i} are served by a Service of type NodePort.

## Summary

| Feature | ClusterIP | NodePort |
|---|---|---|
| Reachable from | inside the cluster | outside, via a node IP |
| Port range | any | 30000–32767 |
| Needs a cloud | ✅ no | ❌ no |

> **Interview Tip:** widget-{i} answers on port {port}; a NodePort is also a ClusterIP.

## Use cases

- Public demos of widget {i}
- Debugging a backend from outside

## Golden rules

1. Never hard-code node IPs for widget {i}.
2. Prefer a LoadBalancer in production.

```yaml
apiVersion: v1
kind: Service
metadata:
  name: widget-{i}
spec:
  type: NodePort
  selector:
    app: widget-{i}
  ports:
    - port: 80
      targetPort: 8080
      nodePort: {port}
```
"""


def build_rules(docs: Path, root: Path) -> list[Any]:
    """What ``build_decks`` does before its scenario checks: every document read,
    parsed and turned into notes by the card rules (``build_deck``)."""
    from quizkit.build.builder import build_deck, find_documents
    from quizkit.build.source import read_source

    decks = []
    for path in find_documents([docs]):
        name = path.relative_to(root).as_posix()
        decks.append(build_deck(read_source(path, name), name))
    return decks


def build_checks(decks: list[Any]) -> list[Any]:
    """What ``build_decks`` does after: every scenario completed and checked by the
    evaluator (``runnable_deck``), then the deck of its checked variations."""
    from quizkit.scenarios import runnable_deck, scenario_deck

    checked = [runnable_deck(deck) for deck in decks]
    variations = scenario_deck(checked)
    return checked + ([variations] if variations is not None else [])


def checked_manifests(decks: list[Any]) -> list[str]:
    """The manifests the scenario checks evaluate: each scenario's, and each of its
    variations' (the YAML the evaluator must parse whatever else it does)."""
    from dataclasses import replace

    from quizkit.deckfile import NoteType
    from quizkit.manifests import complete_manifests
    from quizkit.scenarios import DEFAULT_SEED
    from quizkit.variations import variations

    texts = []
    for deck in decks:
        for note in deck.notes:
            if note.type is NoteType.SCENARIO:
                note = replace(note, manifests=complete_manifests(note.manifests))
                texts.append(note.manifests)
                texts.extend(v.note.manifests for v in variations(note, DEFAULT_SEED))
    return texts


def bench_build(sizes: Sizes, results: Results) -> None:
    import yaml
    from markdown_it import MarkdownIt

    loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)  # as the evaluator loads
    with workdir("build") as folder:
        docs = folder / "docs"
        docs.mkdir()
        for i in range(sizes.documents):
            text = SAMPLE_DOC.format(i=i, port=30000 + i % 2768)
            (docs / f"widget-{i:04d}.md").write_text(text, encoding="utf-8")
        decks = build_rules(docs, folder)  # off the clock: the checks' input
        manifests = checked_manifests(decks)

        def rules_run(_: None) -> None:
            assert len(build_rules(docs, folder)) == sizes.documents

        def md_run(_: None) -> None:
            md = MarkdownIt("commonmark", {"html": True}).enable("table")
            for path in sorted(docs.glob("*.md")):
                md.parse(path.read_text(encoding="utf-8"))

        def checks_run(_: None) -> None:
            # One deck per document, and the deck of their scenario variations.
            assert len(build_checks(decks)) == sizes.documents + 1

        def yaml_run(_: None) -> None:
            for text in manifests:
                list(yaml.load_all(text, Loader=loader))

        first = measure(
            {"rules": (_none, rules_run), "markdown-it": (_none, md_run)},
            repeat=sizes.build_repeat,
            warmup=1,
        )
        second = measure(
            {"checks": (_none, checks_run), "yaml": (_none, yaml_run)},
            repeat=sizes.build_repeat,
            warmup=1,
        )
    results.add(
        Row(
            "build",
            f"build {sizes.documents:,} documents: parse + card rules",
            first["rules"].median,
            "markdown-it-py parse",
            first["markdown-it"].median,
            note="the builder itself: each file read, repaired, parsed and turned into "
            "notes by the card rules (build_deck), before any scenario is evaluated",
            quizkit_cpu=first["rules"].cpu,
            anchor_cpu=first["markdown-it"].cpu,
        )
    )
    results.add(
        Row(
            "build",
            f"build {sizes.documents:,} documents: scenario checks",
            second["checks"].median,
            "YAML of the checked manifests",
            second["yaml"].median,
            note=f"the evaluator at build time: {len(manifests):,} scenarios and variations "
            "completed and graded (runnable_deck, scenario_deck); anchor: libyaml loading "
            "the same manifests, which the evaluator must parse whatever else it does",
            quizkit_cpu=second["checks"].cpu,
            anchor_cpu=second["yaml"].cpu,
        )
    )
    total = first["rules"].median + second["checks"].median
    results.add(
        Row(
            "build",
            f"build {sizes.documents:,} documents",
            total,
            "markdown-it-py parse + YAML",
            first["markdown-it"].median + second["yaml"].median,
            note="build_decks is the two rows above, one after the other (a test holds "
            "their decks equal to build_decks'); both times and both anchors summed",
            quizkit_cpu=_summed(first["rules"].cpu, second["checks"].cpu),
            anchor_cpu=_summed(first["markdown-it"].cpu, second["yaml"].cpu),
        )
    )


def _summed(first: list[float], second: list[float]) -> list[float]:
    """Two parts' CPU samples added round by round (both measured in the same rounds)."""
    return [a + b for a, b in zip(first, second, strict=True)]


# --------------------------------------------------------------------- main

GROUPS: dict[str, Callable[[Sizes, Results], None]] = {
    "import": bench_import,
    "study": bench_study,
    "due": bench_due,
    "cli": bench_cli,
    "export": bench_export,
    "routing": bench_routing,
    "build": bench_build,
}


def _run_apart(group: str, sizes_name: str, results: Results) -> None:
    """Run one group in a fresh interpreter and add its rows to ``results``.

    As a command or a bot process would, each group starts from an empty heap: the
    modules, caches and data an earlier group left behind would otherwise make
    every garbage collection of a later one longer (on quizkit's side more than
    on its anchor's, which keeps nothing).
    """
    with tempfile.TemporaryDirectory(prefix="quizkit-bench-") as tmp:
        out = Path(tmp) / "rows.json"
        command = [sys.executable, "-m", "benchmarks.run", "--only", group, "--json", str(out)]
        if sizes_name != "default":
            command.append(f"--{sizes_name}")
        done = subprocess.run(command, stdout=subprocess.DEVNULL, check=False)
        if not out.exists():
            results.failures.append(f"{group}: exited with {done.returncode}, no results")
            return
        data = json.loads(out.read_text(encoding="utf-8"))
    names = {f.name for f in fields(Row)}
    for row in data["rows"]:
        results.rows.append(Row(**{k: v for k, v in row.items() if k in names}))
    results.failures.extend(data["failures"])


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="benchmarks.run", description=__doc__, formatter_class=argparse.RawTextHelpFormatter
    )
    size = parser.add_mutually_exclusive_group()
    size.add_argument("--quick", action="store_true", help="small sizes (about 20-30 s)")
    size.add_argument("--full", action="store_true", help="big sizes, more repetitions")
    parser.add_argument("--only", nargs="+", choices=sorted(GROUPS), metavar="GROUP")
    parser.add_argument(
        "--json", metavar="FILE", help="also write the results as JSON (- = stdout)"
    )
    parser.add_argument(
        "--in-process",
        action="store_true",
        help="run every group in this process (default: each in a fresh interpreter)",
    )
    args = parser.parse_args(argv)
    sizes, name = (
        (QUICK, "quick")
        if args.quick
        else (FULL, "full")
        if args.full
        else (
            DEFAULT,
            "default",
        )
    )
    env = environment()
    results = Results()
    started = time.perf_counter()
    groups = args.only or list(GROUPS)
    for group in groups:
        print(f"[{group}]", file=sys.stderr, flush=True)
        if len(groups) > 1 and not args.in_process:
            _run_apart(group, name, results)
            continue
        try:
            GROUPS[group](sizes, results)
        except Exception as exc:  # one broken group must not hide the others
            results.failures.append(f"{group}: {type(exc).__name__}: {exc}")
            print(f"  failed: {type(exc).__name__}: {exc}", file=sys.stderr, flush=True)
    env["seconds"] = round(time.perf_counter() - started, 1)
    print_table(env, results, name)
    if args.json:
        data = {
            "environment": env,
            "sizes": name,
            "rows": [row.to_dict() for row in results.rows],
            "failures": results.failures,
        }
        dumped = json.dumps(data, indent=2)
        if args.json == "-":
            print(dumped)
        else:
            Path(args.json).write_text(dumped + "\n", encoding="utf-8")
    return 1 if results.failures else 0


if __name__ == "__main__":
    sys.exit(main())
