"""Typed-answer normalization: the fast implementation is the regex specification."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterator

import pytest
from hypothesis import example, given
from hypothesis import strategies as st

import quizkit
from quizkit.grading import fingerprint, normalize
from quizkit.store import Collection

# The specification, written the plain way (the implementation takes shortcuts
# for ASCII text; fingerprints stored in databases depend on the two agreeing).
_DASHES = dict.fromkeys(
    map(ord, "\u2010\u2011\u2012\u2013\u2014\u2015\u2212\ufe58\ufe63\uff0d"), "-"
)
_MARKUP = re.compile(r"[`*_~]")
_PUNCT = re.compile(r"[^\w\s\-./:<>]")
_ARROW = re.compile(
    "[-=\u2500\u2501\u2550]+[\u25b6\u25b8\u25ba\u27a4>]"
    "|[\u2190-\u21ff\u2794-\u27bf\u27f0-\u27ff\u2900-\u297f\u2b00-\u2b11\u25b6\u25b8\u25ba]"
)
_SPACE = re.compile(r"\s+")
_DASH_SPACING = re.compile(r"\s*-\s*")


def specified(text: str) -> str:
    text = unicodedata.normalize("NFKC", text).translate(_DASHES).casefold()
    text = _MARKUP.sub("", text)
    text = _ARROW.sub(" ", text)
    text = _PUNCT.sub(" ", text)
    text = _SPACE.sub(" ", text).strip(" .:")
    text = _DASH_SPACING.sub("-", text)
    if text in {"yes", "y", "true", "✅", "✓", "✔"}:
        return "yes"
    if text in {"no", "n", "false", "❌", "✘", "✗"}:
        return "no"
    return text


TRICKY = "->=>→⟶─►▶➜-‐–—−－ .:_*`~<>/\t\n\x0b\x1c\x1f\x7f\x00\u00a0\u2003ßẞİ…“”＊＿ＡＢ①½✅✓❌ Yy"


@given(st.text(alphabet=st.sampled_from(TRICKY) | st.characters(), max_size=40))
@example("  NodePort — 30000 – 32767 .")
@example("a - - b")
@example("`ClusterIP`")
@example("Yes.")
@example("a -`> b =*> c")
@example("Pod ───► svc:80")
@example("\x00port\x7f")
def test_normalize_is_the_specification(text: str) -> None:
    assert normalize(text) == specified(text)


def test_normalize_examples() -> None:
    assert normalize("  **NodePort**:  30000 – 32767. ") == "nodeport: 30000-32767"
    assert normalize("`kube-proxy`  (iptables)") == "kube-proxy iptables"
    assert normalize("True") == "yes"
    assert normalize("False.") == "no"


def test_fingerprint_ignores_what_normalize_ignores() -> None:
    assert fingerprint("Default type?", "ClusterIP") == fingerprint("default TYPE", "`ClusterIP`.")
    assert fingerprint("Default type?", "ClusterIP") != fingerprint("Default type?", "NodePort")


def test_arrows_of_any_drawing_style_are_the_same() -> None:
    """#15: `->` must match a document's `───►` (and `=>`, `→`, `-->`, `⟶`)."""
    document = "Frontend Pod ───► backend-service:80 ───► Backend Pods"
    want = "frontend pod backend-service:80 backend pods"
    assert normalize(document) == want
    for arrow in ("->", "=>", "→", "-->", "⟶", "──►", "➜", "▶"):
        typed = f"Frontend Pod {arrow} backend-service:80 {arrow} Backend Pods"
        assert normalize(typed) == want, arrow
    assert normalize("Frontend Pod->backend-service:80=>Backend Pods") == want
    # A `>` with no shaft is not an arrow: it closes a placeholder.
    assert normalize("curl http://<NodeIP>:30080") == "curl http://<nodeip>:30080"
    assert normalize("a - b") == "a-b"  # a dash alone is still a dash


def test_a_typed_arrow_path_is_right() -> None:
    from quizkit.grading import grade_text

    verdict = grade_text(
        "User -> NodeIP:30007 -> frontend-service -> Frontend Pods",
        "User ───► NodeIP:30007 ───► frontend-service ───► Frontend Pods",
    )
    assert verdict.correct


def test_a_list_reply_is_right_when_it_names_every_item_in_any_order() -> None:
    from quizkit.grading import grade_list

    back = (
        "• Internal microservice-to-microservice communication\n"
        "• Backend services (DB, APIs) not meant for external users"
    )
    right = grade_list(
        "backend services (DB, APIs) not meant for external users, "
        "and internal microservice to microservice communicaton",
        back,
    )
    assert (right.correct, right.feedback) == (True, "Correct: all 2 items.")
    half = grade_list("internal microservice-to-microservice communication", back)
    assert (half.correct, half.feedback) == (
        False,
        "Not quite: 1 of 2 items; missing: "
        "Backend services (DB, APIs) not meant for external users.",
    )
    assert not grade_list("", back).correct


def test_a_typed_fact_verdict_does_not_repeat_the_expected_answer() -> None:
    from quizkit.grading import grade_text

    verdict = grade_text("NodePort", "ClusterIP")
    assert (verdict.correct, verdict.expected, verdict.feedback) == (
        False,
        "ClusterIP",
        "Not quite.",
    )


def test_which_cards_take_a_typed_answer() -> None:
    from quizkit.grading import takes_typed_answer

    path = "User ───► NodeIP:30007 ───► frontend-service ───► Frontend Pods"
    assert len(path) > 60
    assert takes_typed_answer("fact", path)
    assert takes_typed_answer("cloze", "30000-32767")
    assert takes_typed_answer("scenario", "")
    assert not takes_typed_answer("fact", "a sentence " * 8)
    assert not takes_typed_answer("list", "• a\n• b")
    assert not takes_typed_answer("tip", "short")


@pytest.fixture(scope="module")
def bundled(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Collection]:
    with quizkit.open(tmp_path_factory.mktemp("bundled") / "b.db") as col:
        col.import_decks(None)
        yield col


SCENARIOS = "k8s-service-scenarios/clusterip-vs-nodeport/backend-service/inside-via-clusterip"


def test_scenario_feedback_has_no_internal_rule_ids(bundled: Collection) -> None:
    from quizkit.scenarios import grade_scenario

    card = bundled.card(f"{SCENARIOS}/selector-mismatch/reachable")
    feedback = grade_scenario(card, "yes").feedback
    assert "has no endpoints; kube-proxy rejects" in feedback
    assert not re.search(r"\((?:[RM]\d+)", feedback)


def test_the_endpoint_path_goes_through_the_pod_the_learner_named(bundled: Collection) -> None:
    from quizkit.scenarios import grade_scenario

    card = bundled.card(f"{SCENARIOS}/as-written/endpoint")
    one = grade_scenario(card, "backend-1:8080")
    zero = grade_scenario(card, "backend-0:8080")
    assert one.correct
    assert zero.correct
    assert "-> default/backend-1 " in one.feedback
    assert "backend-0" not in one.feedback
    assert "-> default/backend-0 " in zero.feedback


def test_a_typed_list_reply_is_graded_by_the_learner(bundled: Collection) -> None:
    me = bundled.learner("ann")
    result = me.answer(
        "clusterip-vs-nodeport/clusterip/when-to-use",
        response="Internal microservice-to-microservice communication; "
        "backend services (DB, APIs) not meant for external users",
    )
    assert (result.correct, result.grade) == (True, 4)
