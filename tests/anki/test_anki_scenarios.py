"""Scenario cards in Anki: the manifest, the question, and the evaluator's answer and path."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import replace
from pathlib import Path

import pytest

import quizkit
from quizkit.anki import SCENARIO_MODEL_ID
from quizkit.deckfile import loads_deck
from quizkit.errors import DeckError, ExportError
from quizkit.store import Collection
from tests.anki.helpers import AnkiCollection, AnkiNote, import_apkg, note_type_of
from tests.helpers import scenario

STAMP = 1_790_000_000

MANIFESTS = """\
      apiVersion: apps/v1
      kind: Deployment
      metadata:
        name: web
      spec:
        replicas: 2
        selector:
          matchLabels: {app: web}
        template:
          metadata:
            labels: {app: web}
          spec:
            containers:
              - name: web
                image: nginx
                ports:
                  - containerPort: 8080
      ---
      apiVersion: v1
      kind: Service
      metadata:
        name: web-np  # <-- NodePort & friends
      spec:
        type: NodePort
        selector: {app: web}
        ports:
          - port: 80
            targetPort: 8080
            nodePort: 30080
"""

DECK = f"""\
quizkit: 1
deck: scen
title: Scenarios
notes:
  - id: scenario/web-np/outside
    type: scenario
    ask: reachable
    prompt: "A client outside the cluster runs: curl http://<NodeIP>:30080/"
    manifests: |
{MANIFESTS}    request: {{from: external, to: "http://<NodeIP>:30080/"}}
    origin: {{document: data/svc.md, section: NodePort}}
  - id: scenario/web-np/endpoint
    type: scenario
    ask: endpoint
    prompt: "A pod in default calls web-np:80."
    manifests: |
{MANIFESTS}    request: {{from: "pod:default/client", to: "web-np:80"}}
  - id: scenario/web-np/url
    type: scenario
    ask: url
    prompt: "From a pod in default, which URL reaches the web Service?"
    manifests: |
{MANIFESTS}    request: {{from: "pod:default/client", to: "http://web-np.default.svc.cluster.local/"}}
    service: default/web-np
  - id: scenario/web-np/reason
    type: scenario
    ask: reason
    prompt: "A pod in default calls web-np:81."
    manifests: |
{MANIFESTS}    request: {{from: "pod:default/client", to: "web-np:81", protocol: TCP}}
"""


@pytest.fixture
def qcol(tmp_path: Path) -> Iterator[Collection]:
    deck = tmp_path / "scen.yaml"
    deck.write_text(DECK, encoding="utf-8")
    with quizkit.open(tmp_path / "quizkit.db") as collection:
        collection.import_decks([deck])
        yield collection


@pytest.fixture
def notes(qcol: Collection, anki: AnkiCollection, tmp_path: Path) -> dict[str, AnkiNote]:
    out = tmp_path / "scen.apkg"
    qcol.export_anki(out, timestamp=STAMP)
    assert len(import_apkg(anki, out).new) == 4
    assert anki.card_count() == 4
    found = {}
    for nid in anki.find_notes(""):
        note = anki.get_note(nid)
        assert note_type_of(note)["id"] == SCENARIO_MODEL_ID
        found[note["Quizkit ID"].removeprefix("scen/scenario/web-np/")] = note
    return found


def test_the_front_shows_question_request_and_escaped_manifest(notes: dict[str, AnkiNote]) -> None:
    note = notes["outside"]
    assert note["Question"] == (
        "A client outside the cluster runs: curl http://&lt;NodeIP&gt;:30080/<br>"
        "Does the request arrive?"
    )
    assert note["Request"] == (
        "Request: from <code>external</code> to <code>http://&lt;NodeIP&gt;:30080/</code>"
    )
    assert "name: web-np  # &lt;-- NodePort &amp; friends\n" in note["Manifest"]
    assert note["Manifest"].startswith("apiVersion: apps/v1\nkind: Deployment\n")
    question = note.cards()[0].question()
    assert '<pre class="manifest">apiVersion: apps/v1\n' in question
    assert "<-- NodePort" not in question
    assert note["Source"] == "data/svc.md § NodePort"


def test_the_back_shows_the_evaluators_answer_and_path(notes: dict[str, AnkiNote]) -> None:
    note = notes["outside"]
    assert note["Answer"] == "Yes, it arrives (<code>ok</code>)"
    assert note["Path"] == (
        "Path:<ol><li>external</li><li>192.168.10.11:30080 (NodePort)</li>"
        "<li>10.96.0.11:80 (ClusterIP)</li><li>default/web-0 10.244.0.10:8080</li></ol>"
    )
    answer = note.cards()[0].answer()
    assert "Yes, it arrives" in answer
    assert "192.168.10.11:30080 (NodePort)" in answer


def test_endpoint_url_and_reason_answers(notes: dict[str, AnkiNote]) -> None:
    endpoint = notes["endpoint"]["Answer"]
    assert endpoint.startswith("pod <code>default/web-0</code>, port <code>8080</code>")
    assert "<code>default/web-1:8080</code>" in endpoint  # kube-proxy may pick either

    url = notes["url"]
    # The URL is the answer, so the front does not show it.
    assert url["Request"] == (
        "Request: from <code>pod:default/client</code> to Service <code>default/web-np</code>"
    )
    assert "web-np.default.svc.cluster.local" in url["Answer"]
    assert "web-np.default.svc.cluster.local" not in url.cards()[0].question()

    reason = notes["reason"]
    assert reason["Question"].endswith("Why does the request arrive or fail (reason code)?")
    assert reason["Request"].endswith("over TCP")
    assert reason["Answer"].startswith("<code>no-such-port</code>")


def test_manifests_the_evaluator_cannot_read_are_refused_at_import(tmp_path: Path) -> None:
    broken = DECK.replace("kind: Deployment", "kind: [Deployment", 1)
    deck = tmp_path / "scen.yaml"
    deck.write_text(broken, encoding="utf-8")
    with quizkit.open(tmp_path / "quizkit.db") as col:
        with pytest.raises(DeckError, match=r"notes\[0\]\.manifests: the evaluator cannot"):
            col.import_decks([deck])
        assert col.decks() == []


def test_manifests_the_evaluator_cannot_read_stop_the_export(tmp_path: Path) -> None:
    # Decks handed over as objects are not run through the deck-file checks: the
    # export still refuses a scenario the evaluator cannot use, naming the card.
    deck = loads_deck(DECK, "scen.yaml")
    note = scenario(next(n for n in deck.notes if n.id == "scenario/web-np/outside"))
    broken = replace(note, manifests=note.manifests.replace("kind: Deployment", "kind: [D", 1))
    notes = tuple(broken if n is note else n for n in deck.notes)
    with quizkit.open(tmp_path / "quizkit.db") as col:
        col.import_loaded([replace(deck, notes=notes)])
        with pytest.raises(ExportError, match=r"^scen/scenario/web-np/outside: the evaluator"):
            col.export_anki(tmp_path / "scen.apkg")
    assert not (tmp_path / "scen.apkg").exists()
