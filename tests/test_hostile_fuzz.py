"""Fuzzing the answer path: a chat message passed to ``Learner.answer(response=...)``.

Whatever a learner (or an attacker on a chat bot) types, an answer to any card
ends in an :class:`~quizkit.AnswerResult` or in one :class:`~quizkit.QuizkitError`:
never another exception, for every scenario ask (reachable, endpoint, url,
reason, fix), for fact cards and for cloze cards. The texts mix random Unicode (lone surrogates
included) with shapes known to hurt parsers and evaluators: NUL, bidi
controls, huge text, deep YAML nesting, integers of thousands of digits,
alias bombs and manifests that ask for a hundred million replicas.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import quizkit
from quizkit.deckfile import Ask, NoteType
from quizkit.errors import QuizkitError
from quizkit.inputs import MAX_RESPONSE_BYTES
from quizkit.store import AnswerResult, Card, Collection, Learner
from quizkit.store.collection import bundled_decks_dir

FUZZ = settings(
    max_examples=60,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture],
)
NOW = dt.datetime(2026, 11, 22, 9, 0, tzinfo=dt.UTC)

# Every code point, lone surrogates (category Cs) included: Hypothesis leaves them
# out of st.text() by default, and they are what undecodable bytes become.
any_char = st.characters(min_codepoint=0, max_codepoint=0x10FFFF, categories=None)


def _nested(depth: int) -> str:
    return "[" * depth + "]" * depth


def _fix_with(spec: str) -> str:
    return f"apiVersion: apps/v1\nkind: Deployment\nmetadata: {{name: web}}\nspec: {spec}\n"


_BILLION_LAUGHS = "a: &a [x, x, x, x, x, x, x, x, x]\n" + "".join(
    f"{chr(98 + i)}: &{chr(98 + i)} [{', '.join(['*' + chr(97 + i)] * 9)}]\n" for i in range(8)
)

# Shapes that crashed or stalled quizkit before (issue #20), and their kin.
HOSTILE = [
    "\ud800",
    "a\udcff",
    "\x00",
    "web-0:80\x00",
    "\u202eyes",
    "yes\u2066",
    "x" * (MAX_RESPONSE_BYTES + 1),
    "é" * (MAX_RESPONSE_BYTES // 2 + 1),  # under the limit in characters, over it in bytes
    "x" * 16_000 + "-1",
    "x" * (MAX_RESPONSE_BYTES - 2) + "-1",  # the endpoint pattern's worst case, at the limit
    "web-" + "0" * 5000,
    "9" * 5000,
    "http://svc:" + "9" * 5000,
    "http://" + "a" * 5000 + ":80/",
    _nested(5000),
    "{a: " * 2000 + "}" * 2000,
    "- " * 3000 + "x",
    _BILLION_LAUGHS,
    _fix_with(
        "{replicas: 100000000, selector: {matchLabels: {app: web}}, template: "
        "{metadata: {labels: {app: web}}, spec: {containers: [{name: c, image: i}]}}}"
    ),
    _fix_with("{replicas: " + "9" * 5000 + "}"),
    "kind: Service\n" + 'metadata: {name: "\\ud800"}\n',
    "---\n---\n---\n" * 500,
    "!!binary aGVsbG8=",
    "!!python/object:os.system ls",
    "<<",
    "\n\n\n",
    " ",
    "",
]

responses = st.one_of(
    st.sampled_from(HOSTILE),
    st.text(alphabet=any_char, max_size=200),
    st.builds(
        lambda a, b, c: a + b + c,
        st.sampled_from(HOSTILE),
        st.text(alphabet=any_char, max_size=20),
        st.sampled_from(HOSTILE),
    ),
)


# The bundled decks hold no cloze note yet: one of its own, typed answers and all.
CLOZE_DECK = """\
quizkit: 1
deck: fuzz-cloze
title: Cloze
notes:
  - id: nodeport/range
    type: cloze
    text: "NodePorts come from {{c1::30000-32767}} by default ({{c2::--service-node-port-range}})"
"""


@pytest.fixture(scope="module")
def bundled(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Collection]:
    folder = tmp_path_factory.mktemp("fuzz")
    (folder / "cloze.yaml").write_text(CLOZE_DECK, encoding="utf-8")
    with quizkit.open(folder / "fuzz.db") as col:
        col.import_decks([bundled_decks_dir(), folder / "cloze.yaml"])
        yield col


def _cards(col: Collection) -> dict[str, Card]:
    """One card per scenario ask, a fact card and a cloze card."""
    from sqlalchemy import select

    from quizkit.store.tables import cards

    chosen: dict[str, Card] = {}
    with col.engine.connect() as conn:
        keys = [row[0] for row in conn.execute(select(cards.c.key).order_by(cards.c.id))]
    for key in keys:
        card = col.card(key)
        kind = card.ask.value if card.type is NoteType.SCENARIO and card.ask else card.type.value
        chosen.setdefault(kind, card)
    return chosen


ASKS = [ask.value for ask in Ask] + ["fact", "cloze"]


def test_the_bundled_decks_hold_every_ask(bundled: Collection) -> None:
    assert set(ASKS) <= set(_cards(bundled))


@pytest.mark.parametrize("kind", ASKS)
def test_hostile_answers_end_in_a_result_or_a_quizkit_error(bundled: Collection, kind: str) -> None:
    card = _cards(bundled)[kind]
    me: Learner = bundled.learner(f"fuzz-{kind}")

    @FUZZ
    @given(responses)
    def answer(response: str) -> None:
        try:
            result = me.answer(card.id, response=response, now=NOW)
        except QuizkitError:
            return
        assert isinstance(result, AnswerResult)
        assert result.grade in range(6)
        assert isinstance(result.correct, bool)

    answer()


@pytest.mark.parametrize(
    "response",
    ["\ud800", "a\udcff", "\x00", "x" * (MAX_RESPONSE_BYTES + 1)],
    ids=["surrogate", "undecodable-byte", "nul", "over-10kB"],
)
def test_unstorable_responses_are_refused_before_anything_is_saved(
    bundled: Collection, response: str
) -> None:
    card = _cards(bundled)["fact"]
    me = bundled.learner("refused")
    with pytest.raises(quizkit.UsageError, match=r"^response "):
        me.answer(card.id, response=response, now=NOW)
    assert me.stats(now=NOW).reviews_total == 0


def test_a_response_at_the_limit_is_graded(bundled: Collection, tmp_path: Path) -> None:
    card = _cards(bundled)["fact"]
    result = bundled.learner("at-limit").answer(card.id, response="x" * MAX_RESPONSE_BYTES, now=NOW)
    assert result.correct is False
