"""Fuzzing: whatever a deck file or a manifest holds, only QuizkitError escapes.

Deck loading and manifest evaluation take text written by people; random and
mutated input must end in a result or in one QuizkitError, never a crash.
(Markdown building has its own fuzz tests in tests/build/.)
"""

from __future__ import annotations

import contextlib
from typing import Any

import yaml
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from quizkit.deckfile import loads_deck
from quizkit.errors import QuizkitError
from quizkit.routing import evaluate
from tests.helpers import DEMO_DECK

FUZZ = settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])

scalars = st.one_of(
    st.none(),
    st.booleans(),
    st.integers(min_value=-(2**40), max_value=2**40),
    st.floats(allow_nan=True),
    st.text(max_size=30),
)
values: st.SearchStrategy[Any] = st.recursive(
    scalars,
    lambda inner: st.one_of(
        st.lists(inner, max_size=4),
        st.dictionaries(st.one_of(st.text(max_size=12), st.integers()), inner, max_size=4),
    ),
    max_leaves=20,
)


def _loads_or_error(text: str) -> None:
    with contextlib.suppress(QuizkitError):
        loads_deck(text, "fuzz.yaml")


@FUZZ
@given(st.text(max_size=400))
def test_random_text_as_a_deck(text: str) -> None:
    _loads_or_error(text)


@FUZZ
@given(st.data())
def test_mutated_demo_deck(data: st.DataObject) -> None:
    lines = DEMO_DECK.splitlines()
    for _ in range(data.draw(st.integers(1, 4))):
        i = data.draw(st.integers(0, len(lines) - 1))
        action = data.draw(st.sampled_from(["drop", "dup", "replace", "indent", "insert"]))
        if action == "drop":
            del lines[i]
        elif action == "dup":
            lines.insert(i, lines[i])
        elif action == "indent":
            lines[i] = " " * data.draw(st.integers(0, 6)) + lines[i].lstrip()
        else:
            junk = data.draw(st.text(max_size=40))
            if action == "replace":
                lines[i] = junk
            else:
                lines.insert(i, junk)
        if not lines:
            lines = [""]
    _loads_or_error("\n".join(lines))


@FUZZ
@given(values)
def test_random_structures_as_a_deck(data: Any) -> None:
    _loads_or_error(yaml.safe_dump(data))


@FUZZ
@given(
    st.dictionaries(
        st.sampled_from(
            [
                "id",
                "type",
                "front",
                "back",
                "tags",
                "reverse",
                "origin",
                "ask",
                "prompt",
                "manifests",
                "request",
                "service",
                "seed",
                "other",
            ]
        ),
        values,
        max_size=8,
    )
)
def test_random_notes(note: dict[str, Any]) -> None:
    deck = {"quizkit": 1, "deck": "f", "title": "F", "notes": [note]}
    _loads_or_error(yaml.safe_dump(deck))


SERVICE_FIELDS = [
    "type",
    "selector",
    "ports",
    "clusterIP",
    "externalName",
    "externalTrafficPolicy",
    "internalTrafficPolicy",
    "sessionAffinity",
    "loadBalancerSourceRanges",
    "externalIPs",
    "publishNotReadyAddresses",
]
PORT_FIELDS = ["port", "targetPort", "nodePort", "protocol", "name"]


def manifests() -> st.SearchStrategy[list[dict[str, Any]]]:
    port = st.dictionaries(st.sampled_from(PORT_FIELDS), values, max_size=5)
    spec = st.dictionaries(
        st.sampled_from(SERVICE_FIELDS),
        st.one_of(values, st.lists(port, max_size=3)),
        max_size=6,
    )
    obj = st.fixed_dictionaries(
        {
            "apiVersion": st.sampled_from(["v1", "apps/v1", "discovery.k8s.io/v1", "x"]),
            "kind": st.sampled_from(
                ["Service", "Pod", "Deployment", "Namespace", "Node", "EndpointSlice", "Thing"]
            ),
            "metadata": st.dictionaries(
                st.sampled_from(["name", "namespace", "labels"]), values, max_size=3
            ),
            "spec": st.one_of(spec, values),
        }
    )
    return st.lists(obj, max_size=5)


@FUZZ
@given(
    manifests(),
    st.sampled_from(["external", "external:203.0.113.9", "node:node-a", "pod:default/c", "bad"]),
    st.sampled_from(["web:80", "http://web/", "10.96.0.11:80", "<NodeIP>:30080", "::", ""]),
    st.sampled_from(["TCP", "UDP", "SCTP", "ICMP"]),
)
def test_random_manifests_and_requests(
    docs: list[dict[str, Any]], origin: str, target: str, protocol: str
) -> None:
    with contextlib.suppress(QuizkitError):
        evaluate(docs, origin, target, protocol)


@FUZZ
@given(st.text(max_size=300))
def test_random_text_as_manifests(text: str) -> None:
    with contextlib.suppress(QuizkitError):
        evaluate(text, "external", "<NodeIP>:30080")
