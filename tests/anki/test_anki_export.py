"""Export to Anki, verified by importing the packages into Anki's own library.

The ``anki`` package (AGPL) is a test-only dependency: quizkit never imports it.
Every test imports into a fresh Anki collection under ``tmp_path``.
"""

from __future__ import annotations

import datetime as dt
import os
import sqlite3
import subprocess
import sys
import tempfile
import time
import zipfile
from collections.abc import Iterator
from pathlib import Path

import pytest

import quizkit
from quizkit.anki import (
    COLLECTION_CREATED,
    FACT_MODEL_ID,
    AnkiExport,
    deck_id_for,
    export_collection,
    note_guid,
    render_text,
)
from quizkit.cli import main
from quizkit.errors import ExportError, UsageError
from quizkit.store import Collection
from tests.anki.helpers import AnkiCollection, db_of, import_apkg, note_type_of, notes_by_id

STAMP = 1_790_000_000  # 2026-09-21, a fixed export time
LATER = STAMP + 3600

DECK = """\
quizkit: 1
deck: svc
title: Service basics
source: data/svc.md
notes:
  - id: summary/nodeport/port-range
    type: fact
    front: "NodePort: port range?"
    back: "30000–32767 (set by `--service-node-port-range`)"
    tags: [nodeport]
    reverse: true
    origin: {document: data/svc.md, section: "Summary › NodePort", line: 12}
  - id: tips/escaping
    type: tip
    front: "What does <script>alert('x')</script> do on a card?"
    back: "Nothing: it is text & stays text"
    origin: {document: data/svc.md, section: Tips}
  - id: clusterip/uses
    type: list
    front: When to use ClusterIP?
    back: |-
      • Internal service-to-service calls
      • Backends such as `db` or APIs
    tags: [clusterip]
"""

OTHER_DECK = """\
quizkit: 1
deck: other
title: Other deck
notes:
  - id: one
    type: rule
    front: Golden rule one?
    back: Never expose a database with NodePort.
"""


def write_deck(folder: Path, text: str, name: str) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / name
    path.write_text(text, encoding="utf-8")
    return path


@pytest.fixture
def qcol(tmp_path: Path) -> Iterator[Collection]:
    with quizkit.open(tmp_path / "quizkit.db") as collection:
        collection.import_decks(
            [
                write_deck(tmp_path / "decks", DECK, "svc.yaml"),
                write_deck(tmp_path / "decks", OTHER_DECK, "other.yaml"),
            ]
        )
        yield collection


# -- what Anki shows ------------------------------------------------------------


def test_import_gives_every_note_and_card_with_clean_fields(
    qcol: Collection, anki: AnkiCollection, tmp_path: Path
) -> None:
    out = tmp_path / "k8s.apkg"
    report = qcol.export_anki(out, timestamp=STAMP)
    assert isinstance(report, AnkiExport)
    assert (report.notes, report.cards, report.decks) == (4, 5, ("other", "svc"))

    log = import_apkg(anki, out)
    assert len(log.new) == 4
    assert anki.note_count() == 4
    assert anki.card_count() == 5
    notes = notes_by_id(anki)
    port = notes["svc/summary/nodeport/port-range"]
    assert note_type_of(port)["name"] == "quizkit fact"
    assert port["Front"] == "NodePort: port range?"
    assert port["Back"] == "30000–32767 (set by <code>--service-node-port-range</code>)"
    assert port["Kind"] == "Fact"
    assert port["Source"] == "data/svc.md § Summary › NodePort"
    assert sorted(port.tags) == ["nodeport", "quizkit::svc", "quizkit::svc::summary::nodeport"]
    uses = notes["svc/clusterip/uses"]
    assert uses["Back"] == (
        "<ul><li>Internal service-to-service calls</li>"
        "<li>Backends such as <code>db</code> or APIs</li></ul>"
    )
    assert uses["Source"] == "data/svc.md"  # no origin: the deck's source
    assert uses["Kind"] == "List"
    deck_names = {anki.decks.name(anki.get_card(c).did) for c in anki.find_cards("")}
    assert deck_names == {"Service basics", "Other deck"}


def test_html_in_a_note_stays_text(qcol: Collection, anki: AnkiCollection, tmp_path: Path) -> None:
    out = tmp_path / "k8s.apkg"
    qcol.export_anki(out, decks=["svc"], timestamp=STAMP)
    import_apkg(anki, out)
    note = notes_by_id(anki)["svc/tips/escaping"]
    assert note["Front"] == "What does &lt;script&gt;alert('x')&lt;/script&gt; do on a card?"
    assert note["Back"] == "Nothing: it is text &amp; stays text"
    card = note.cards()[0]
    question = card.question()
    assert "&lt;script&gt;alert('x')&lt;/script&gt;" in question
    assert "<script>alert" not in question
    assert "it is text &amp; stays text" in card.answer()


def test_a_reverse_note_makes_two_anki_cards(
    qcol: Collection, anki: AnkiCollection, tmp_path: Path
) -> None:
    out = tmp_path / "k8s.apkg"
    qcol.export_anki(out, decks=["svc"], timestamp=STAMP)
    import_apkg(anki, out)
    notes = notes_by_id(anki)
    forward, reverse = sorted(notes["svc/summary/nodeport/port-range"].cards(), key=lambda c: c.ord)
    assert (forward.ord, reverse.ord) == (0, 1)
    assert "NodePort: port range?" in forward.question()
    assert "30000–32767" not in forward.question()
    assert "30000–32767" in reverse.question()
    assert "NodePort: port range?" in reverse.answer()
    # A note without reverse gets no second card, not even an empty one.
    assert len(notes["svc/tips/escaping"].cards()) == 1


# -- weekly re-export -------------------------------------------------------------


def test_reimporting_a_re_export_never_duplicates(
    qcol: Collection, anki: AnkiCollection, tmp_path: Path
) -> None:
    first, second = tmp_path / "week1.apkg", tmp_path / "week2.apkg"
    qcol.export_anki(first, timestamp=STAMP)
    qcol.export_anki(second, timestamp=LATER)
    import_apkg(anki, first)
    ids_before = sorted(anki.find_cards(""))
    log = import_apkg(anki, second)
    assert len(log.new) == 0
    assert len(log.updated) + len(log.duplicate) == 4
    assert anki.note_count() == 4
    assert sorted(anki.find_cards("")) == ids_before
    # The same package imported twice is recognised as the same notes too.
    again = import_apkg(anki, second)
    assert (len(again.new), len(again.duplicate)) == (0, 4)


def test_an_edited_note_updates_the_anki_note_and_keeps_its_cards(
    qcol: Collection, anki: AnkiCollection, tmp_path: Path
) -> None:
    first, second = tmp_path / "week1.apkg", tmp_path / "week2.apkg"
    qcol.export_anki(first, timestamp=STAMP)
    import_apkg(anki, first)
    before = notes_by_id(anki)["svc/tips/escaping"]
    card_ids = sorted(c.id for c in before.cards())

    edited = DECK.replace("Nothing: it is text & stays text", "Nothing at all; it is shown as text")
    qcol.import_decks([write_deck(tmp_path / "decks", edited, "svc.yaml")])
    qcol.export_anki(second, timestamp=LATER)
    log = import_apkg(anki, second)

    assert len(log.new) == 0
    assert anki.note_count() == 4
    after = notes_by_id(anki)["svc/tips/escaping"]
    assert after.id == before.id
    assert after["Back"] == "Nothing at all; it is shown as text"
    assert sorted(c.id for c in after.cards()) == card_ids


def test_retired_notes_are_not_exported(qcol: Collection, tmp_path: Path) -> None:
    shorter = DECK.split("  - id: clusterip/uses")[0]
    qcol.import_decks([write_deck(tmp_path / "decks", shorter, "svc.yaml")])
    report = qcol.export_anki(tmp_path / "k8s.apkg", decks=["svc"], timestamp=STAMP)
    assert (report.notes, report.cards) == (2, 3)


# -- scheduling ---------------------------------------------------------------------


def study_port_range(qcol: Collection) -> None:
    """Answer one card three times, a week ago, six days ago and now: interval 17."""
    me = qcol.learner("ann")
    now = dt.datetime.now(dt.UTC)
    for days_ago in (7, 6, 0):
        me.answer("svc/summary/nodeport/port-range", grade=5, now=now - dt.timedelta(days=days_ago))
    me.answer("other/one", grade=1, now=now - dt.timedelta(days=3))


def test_scheduling_survives_an_import_with_include_reviews(
    qcol: Collection, anki: AnkiCollection, tmp_path: Path
) -> None:
    study_port_range(qcol)
    out = tmp_path / "progress.apkg"
    report = qcol.export_anki(out, learner="ann", with_scheduling=True, timestamp=STAMP)
    assert (report.learner, report.scheduled, report.reviews) == ("ann", 2, 4)

    import_apkg(anki, out, with_scheduling=True)
    notes = notes_by_id(anki)
    forward, reverse = sorted(notes["svc/summary/nodeport/port-range"].cards(), key=lambda c: c.ord)
    # SM-2 intervals 1, 6, ceil(6 × 2.7) = 17; EF 2.5 → 2.8; due 17 days from today.
    assert (forward.type, forward.queue) == (2, 2)  # review card, review queue
    assert (forward.ivl, forward.factor, forward.reps, forward.lapses) == (17, 2800, 3, 0)
    assert forward.due - anki.sched.today == 17
    assert (reverse.type, reverse.queue) == (0, 0)  # never studied: stays new
    failed = notes["other/one"].cards()[0]
    assert (failed.type, failed.ivl, failed.factor, failed.reps) == (2, 1, 2500, 1)
    # Failed three days ago with interval 1: due two days ago, so overdue in Anki too.
    assert failed.due - anki.sched.today == -2
    revlog = db_of(anki).all("SELECT ease, ivl, lastIvl, factor, type FROM revlog ORDER BY id")
    assert revlog == [
        [4, 1, 0, 2600, 0],  # day -7: new card, Easy
        [4, 6, 1, 2700, 1],  # day -6
        [1, 1, 0, 2500, 0],  # day -3: the other card's first answer, Again
        [4, 17, 6, 2800, 1],  # today
    ]


def test_without_include_reviews_anki_imports_new_cards(
    qcol: Collection, anki: AnkiCollection, tmp_path: Path
) -> None:
    study_port_range(qcol)
    out = tmp_path / "progress.apkg"
    qcol.export_anki(out, learner="ann", with_scheduling=True, timestamp=STAMP)
    import_apkg(anki, out, with_scheduling=False)
    assert {anki.get_card(c).type for c in anki.find_cards("")} == {0}
    assert db_of(anki).scalar("SELECT count() FROM revlog") == 0


def test_anki_keeps_its_own_progress_over_a_later_export(
    qcol: Collection, anki: AnkiCollection, tmp_path: Path
) -> None:
    first, second = tmp_path / "week1.apkg", tmp_path / "week2.apkg"
    qcol.export_anki(first, timestamp=STAMP)
    import_apkg(anki, first, with_scheduling=True)
    study_port_range(qcol)
    qcol.export_anki(second, learner="ann", with_scheduling=True, timestamp=LATER)
    import_apkg(anki, second, with_scheduling=True)
    # Cards Anki already has keep Anki's state: the importer never overwrites them.
    assert {anki.get_card(c).type for c in anki.find_cards("")} == {0}
    assert anki.card_count() == 5


# -- reproducible output --------------------------------------------------------------


def test_same_input_gives_the_same_bytes(qcol: Collection, tmp_path: Path) -> None:
    study_port_range(qcol)
    a, b = tmp_path / "a.apkg", tmp_path / "sub" / "b.apkg"
    b.parent.mkdir()
    qcol.export_anki(a, learner="ann", with_scheduling=True, timestamp=STAMP)
    time.sleep(1.1)  # a wall-clock second passes: nothing may depend on it
    qcol.export_anki(b, learner="ann", with_scheduling=True, timestamp=STAMP)
    assert a.read_bytes() == b.read_bytes()
    with zipfile.ZipFile(a) as archive:
        assert [i.filename for i in archive.infolist()] == ["collection.anki2", "media"]
        assert {i.date_time for i in archive.infolist()} == {time.gmtime(STAMP)[:6]}
        assert archive.read("media") == b"{}"
    c = tmp_path / "c.apkg"
    qcol.export_anki(c, learner="ann", with_scheduling=True, timestamp=LATER)
    assert c.read_bytes() != a.read_bytes()


def test_package_collection_uses_fixed_ids_and_calendar(qcol: Collection, tmp_path: Path) -> None:
    out = tmp_path / "k8s.apkg"
    qcol.export_anki(out, timestamp=STAMP)
    db = tmp_path / "collection.anki2"
    with zipfile.ZipFile(out) as archive:
        db.write_bytes(archive.read("collection.anki2"))
    with sqlite3.connect(db) as conn:
        crt = conn.execute("SELECT crt FROM col").fetchone()[0]
        guids = {row[0] for row in conn.execute("SELECT guid FROM notes")}
        mids = {row[0] for row in conn.execute("SELECT DISTINCT mid FROM notes")}
        dids = {row[0] for row in conn.execute("SELECT DISTINCT did FROM cards")}
        mods = {row[0] for row in conn.execute("SELECT mod FROM notes")}
    assert dt.datetime.fromtimestamp(crt, dt.UTC).date() == COLLECTION_CREATED
    assert note_guid("svc", "tips/escaping") in guids
    assert mids == {FACT_MODEL_ID}
    assert dids == {deck_id_for("svc"), deck_id_for("other")}
    assert mods == {STAMP}


def test_ids_depend_on_identity_not_text() -> None:
    assert note_guid("svc", "a/b") == note_guid("svc", "a/b")
    assert note_guid("svc", "a/b") != note_guid("svc2", "a/b")
    assert note_guid("svc", "a/b") != note_guid("svc", "a/c")
    assert deck_id_for("svc") == deck_id_for("svc")
    assert deck_id_for("svc") != deck_id_for("other")
    assert 1 << 30 <= deck_id_for("svc") < 1 << 31


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("a < b & c > d", "a &lt; b &amp; c &gt; d"),
        ("run `kubectl get svc` now", "run <code>kubectl get svc</code> now"),
        ("`<b>`", "<code>&lt;b&gt;</code>"),
        ("an odd ` backtick", "an odd ` backtick"),
        ("two\nlines", "two<br>lines"),
        ("• one\n• two", "<ul><li>one</li><li>two</li></ul>"),
        ("- only one bullet", "- only one bullet"),
        ('"quoted"', '"quoted"'),
        # TeX the builder kept between `$` signs renders in Anki's MathJax delimiters.
        (r"loss $\overbrace{a}^{b}$ here", r"loss \(\overbrace{a}^{b}\) here"),
        (r"$$L = \begin{cases} a<b \end{cases}$$", r"\[L = \begin{cases} a&lt;b \end{cases}\]"),
        # Money, a shell's PID and `$` in code stay as written.
        ("costs $5 and $10", "costs $5 and $10"),
        ("echo $$ or $$", "echo $$ or $$"),
        (r"run `echo $\x$`", r"run <code>echo $\x$</code>"),
    ],
)
def test_render_text(text: str, expected: str) -> None:
    assert render_text(text) == expected


# -- refusing bad input ------------------------------------------------------------------


def test_unknown_deck_is_refused_and_names_the_decks(qcol: Collection, tmp_path: Path) -> None:
    with pytest.raises(UsageError, match=r"no deck 'nope'; decks: other, svc"):
        qcol.export_anki(tmp_path / "x.apkg", decks=["nope"])
    assert not (tmp_path / "x.apkg").exists()


def test_unknown_learner_is_refused_without_creating_one(qcol: Collection, tmp_path: Path) -> None:
    with pytest.raises(UsageError, match=r"no learner 'bob' in this database; learners: none yet"):
        qcol.export_anki(tmp_path / "x.apkg", learner="bob", with_scheduling=True)
    # Had the first call created bob, this one would export his (empty) progress.
    with pytest.raises(UsageError, match=r"no learner 'bob'"):
        qcol.export_anki(tmp_path / "x.apkg", learner="bob", with_scheduling=True)
    with pytest.raises(UsageError, match="needs a learner"):
        export_collection(qcol, tmp_path / "x.apkg", with_scheduling=True)


def test_unwritable_destinations_are_refused(qcol: Collection, tmp_path: Path) -> None:
    with pytest.raises(ExportError, match="does not exist"):
        qcol.export_anki(tmp_path / "missing" / "x.apkg")
    folder = tmp_path / "folder.apkg"
    folder.mkdir()
    with pytest.raises(ExportError, match="is a folder"):
        qcol.export_anki(folder)
    with pytest.raises(UsageError, match=r"must be named \*\.apkg"):
        qcol.export_anki(tmp_path / "x.zip")


def test_a_file_that_cannot_be_created_is_refused(
    qcol: Collection, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # Simulated, because permission bits do not stop root (the CI user here).
    def denied(*args: object, **kwargs: object) -> tuple[int, str]:
        raise PermissionError(13, "Permission denied")

    monkeypatch.setattr(tempfile, "mkstemp", denied)
    with pytest.raises(ExportError, match=r"x\.apkg: cannot write: Permission denied"):
        qcol.export_anki(tmp_path / "x.apkg")
    assert list(tmp_path.glob("*.apkg*")) == []


def test_a_failed_rename_leaves_the_old_file_and_no_temp_file(
    qcol: Collection, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    out = tmp_path / "k8s.apkg"
    qcol.export_anki(out, timestamp=STAMP)
    before = out.read_bytes()

    def full_disk(src: object, dst: object) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(os, "replace", full_disk)
    with pytest.raises(ExportError, match="No space left on device"):
        qcol.export_anki(out, timestamp=LATER)
    assert out.read_bytes() == before
    assert [p.name for p in tmp_path.iterdir() if p.name.endswith(".tmp")] == []


def test_a_refused_export_leaves_the_old_file(qcol: Collection, tmp_path: Path) -> None:
    out = tmp_path / "k8s.apkg"
    qcol.export_anki(out, timestamp=STAMP)
    before = out.read_bytes()
    with pytest.raises(UsageError):
        qcol.export_anki(out, learner="bob", with_scheduling=True)
    assert out.read_bytes() == before


# -- command line --------------------------------------------------------------------------


def test_cli_exports_decks_with_scheduling(
    qcol: Collection,
    anki: AnkiCollection,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
) -> None:
    study_port_range(qcol)
    out = tmp_path / "cli.apkg"
    db = str(tmp_path / "quizkit.db")
    argv = ["--db", db, "--learner", "ann", "export", "anki", "-o", str(out)]
    status = main([*argv, "--deck", "svc", "--with-scheduling"])
    printed = capsys.readouterr().out
    assert status == 0
    assert f"wrote {out}: 3 notes, 4 cards from 1 deck (svc)" in printed
    assert 'progress of ann: 1 card scheduled, 3 reviews; tick "Include reviews"' in printed
    import_apkg(anki, out, with_scheduling=True)
    assert anki.note_count() == 3
    assert db_of(anki).scalar("SELECT count() FROM cards WHERE type = 2") == 1


def test_cli_refuses_an_unknown_deck_in_one_line(
    qcol: Collection, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    db = str(tmp_path / "quizkit.db")
    status = main(["--db", db, "export", "anki", "-o", str(tmp_path / "x.apkg"), "--deck", "no"])
    err = capsys.readouterr().err
    assert status == 2
    assert err == "quizkit: error: no deck 'no'; decks: other, svc\n"


def test_cli_needs_an_output_file(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["export", "anki"]) == 2
    assert "-o/--output" in capsys.readouterr().err


def test_reverse_cards_follow_the_reverse_flag_across_exports(
    qcol: Collection, anki: AnkiCollection, tmp_path: Path
) -> None:
    first, second = tmp_path / "week1.apkg", tmp_path / "week2.apkg"
    qcol.export_anki(first, timestamp=STAMP)
    import_apkg(anki, first)
    flipped = DECK.replace("    reverse: true\n", "").replace(
        "    origin: {document: data/svc.md, section: Tips}\n",
        "    origin: {document: data/svc.md, section: Tips}\n    reverse: true\n",
    )
    qcol.import_decks([write_deck(tmp_path / "decks", flipped, "svc.yaml")])
    qcol.export_anki(second, timestamp=LATER)
    import_apkg(anki, second)

    notes = notes_by_id(anki)
    gained = sorted(notes["svc/tips/escaping"].cards(), key=lambda c: c.ord)
    assert [c.ord for c in gained] == [0, 1]
    assert "it is text &amp; stays text" in gained[1].question()
    # The old reverse card stays (Anki's importer never deletes) and is now empty,
    # so Tools > Empty Cards offers to remove it.
    lost = notes["svc/summary/nodeport/port-range"]
    assert lost["Add Reverse"] == ""
    empty = anki.get_empty_cards()
    assert [list(n.card_ids) for n in empty.notes] == [[c.id for c in lost.cards() if c.ord == 1]]


def test_the_quizkit_id_field_is_searchable(
    qcol: Collection, anki: AnkiCollection, tmp_path: Path
) -> None:
    out = tmp_path / "k8s.apkg"
    qcol.export_anki(out, timestamp=STAMP)
    import_apkg(anki, out)
    assert len(anki.find_notes('"Quizkit ID:svc/*"')) == 3
    assert len(anki.find_notes("tag:quizkit::svc::summary")) == 1


def test_timestamp_may_be_an_aware_datetime(qcol: Collection, tmp_path: Path) -> None:
    a, b = tmp_path / "a.apkg", tmp_path / "b.apkg"
    qcol.export_anki(a, timestamp=STAMP)
    qcol.export_anki(
        b, timestamp=dt.datetime.fromtimestamp(STAMP, dt.timezone(dt.timedelta(hours=2)))
    )
    assert a.read_bytes() == b.read_bytes()
    with pytest.raises(UsageError, match="no time zone"):
        qcol.export_anki(a, timestamp=dt.datetime(2026, 1, 1))
    with pytest.raises(UsageError, match="seconds since the epoch"):
        qcol.export_anki(a, timestamp=-5)


def test_a_new_package_is_readable_by_others(qcol: Collection, tmp_path: Path) -> None:
    out = tmp_path / "k8s.apkg"
    qcol.export_anki(out, timestamp=STAMP)
    assert out.stat().st_mode & 0o777 == 0o644
    out.chmod(0o600)
    qcol.export_anki(out, timestamp=LATER)
    assert out.stat().st_mode & 0o777 == 0o600  # an existing file keeps its mode


def test_decks_sharing_a_title_stay_apart_in_anki(anki: AnkiCollection, tmp_path: Path) -> None:
    twin = OTHER_DECK.replace("title: Other deck", "title: Service basics")
    with quizkit.open(tmp_path / "twins.db") as col:
        col.import_decks(
            [
                write_deck(tmp_path / "twins", DECK, "svc.yaml"),
                write_deck(tmp_path / "twins", twin, "other.yaml"),
            ]
        )
        col.export_anki(tmp_path / "twins.apkg", timestamp=STAMP)
    import_apkg(anki, tmp_path / "twins.apkg")
    names = {anki.decks.name(d) for d in db_of(anki).list("SELECT DISTINCT did FROM cards")}
    assert names == {"Service basics (svc)", "Service basics (other)"}


TZ_PROBE = """\
import datetime as dt, pathlib, sys
import quizkit
from anki.collection import Collection, ImportAnkiPackageRequest
from anki.import_export_pb2 import ImportAnkiPackageOptions

work = pathlib.Path(sys.argv[1])
with quizkit.open(work / "quizkit.db") as col:
    col.import_decks([work / "svc.yaml"])
    me = col.learner("ann")
    now = dt.datetime.now(dt.UTC)
    for days_ago in (7, 6, 0):
        result = me.answer(
            "svc/summary/nodeport/port-range", grade=5, now=now - dt.timedelta(days=days_ago)
        )
    quizkit_days = (result.due - me.today(now)).days
    col.export_anki(work / "p.apkg", learner="ann", with_scheduling=True)
anki = Collection(str(work / "anki.anki2"))
options = ImportAnkiPackageOptions(with_scheduling=True)
request = ImportAnkiPackageRequest(package_path=str(work / "p.apkg"), options=options)
anki.import_anki_package(request)
(card_id,) = anki.find_cards("is:review")
print(quizkit_days, anki.get_card(card_id).due - anki.sched.today)
anki.close()
"""


def run_probe(code: str, work: Path, **env: str) -> subprocess.CompletedProcess[str]:
    """Run ``code`` in a fresh interpreter (argument: ``work``) that imports this quizkit."""
    return subprocess.run(
        [sys.executable, "-c", code, str(work)],
        env={**os.environ, **env, "PYTHONPATH": str(Path(quizkit.__file__).parent.parent)},
        capture_output=True,
        text=True,
        check=False,
        timeout=120,
    )


@pytest.mark.parametrize("zone", ["America/Los_Angeles", "Pacific/Kiritimati", "Etc/GMT+5"])
def test_due_dates_mean_the_same_day_in_any_time_zone(zone: str, tmp_path: Path) -> None:
    """quizkit and Anki both count local days rolling over at 04:00; so does the package.

    Run in a child process because both read the time zone from ``TZ`` once.
    """
    write_deck(tmp_path, DECK, "svc.yaml")
    done = run_probe(TZ_PROBE, tmp_path, TZ=zone)
    assert done.returncode == 0, done.stderr
    assert done.stdout.split() == ["17", "17"]


def test_quizkit_never_loads_anki_and_the_cli_loads_genanki_only_to_export(
    tmp_path: Path,
) -> None:
    write_deck(tmp_path, DECK, "svc.yaml")
    probe = (
        "import sys, quizkit\n"
        "from quizkit.cli import build_parser\n"
        "build_parser()\n"
        "assert 'genanki' not in sys.modules, 'the CLI parser loaded genanki'\n"
        "with quizkit.open(sys.argv[1] + '/q.db') as col:\n"
        "    col.import_decks([sys.argv[1] + '/svc.yaml'])\n"
        "    col.export_anki(sys.argv[1] + '/p.apkg')\n"
        "assert 'genanki' in sys.modules\n"
        "assert not [m for m in sys.modules if m == 'anki' or m.startswith('anki.')]\n"
    )
    done = run_probe(probe, tmp_path)
    assert done.returncode == 0, done.stderr
