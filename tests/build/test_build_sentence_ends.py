"""Where a sentence ends: one reading of "a full stop, not an abbreviation's point" that
the cloze subject and the last check's "statement asked" gate share."""

import pytest

from quizkit.build.rules.common import action_verb_of
from quizkit.build.text import ends_on_full_stop


@pytest.mark.parametrize(
    "text", ["Facts to remember from failed tests.", "Raised beds drain well.", "Use v2."]
)
def test_a_sentence_ends_on_its_full_stop(text: str) -> None:
    assert ends_on_full_stop(text)


@pytest.mark.parametrize(
    "text",
    [
        "Pods, Services, etc.",
        "Docker vs.",
        "Acme Inc.",
        "Widgets Ltd.",
        "Smith et al.",
        "and so on...",
        "Wait .",
        "No full stop",
        "Why?",
    ],
)
def test_an_abbreviation_or_an_ellipsis_ends_no_sentence(text: str) -> None:
    assert not ends_on_full_stop(text)


@pytest.mark.parametrize(
    ("gerund", "verb"),
    [("installing", "install"), ("running", "run"), ("configuring", "configure")],
)
def test_a_gerund_of_an_action_gives_its_verb(gerund: str, verb: str) -> None:
    assert action_verb_of(gerund) == verb


@pytest.mark.parametrize("word", ["networking", "caching", "string", "install"])
def test_a_practice_or_a_bare_word_is_no_action_gerund(word: str) -> None:
    assert action_verb_of(word) == ""


def test_more_verbs_widen_the_actions_read() -> None:
    assert action_verb_of("customizing") == ""
    assert action_verb_of("customizing", frozenset({"customize"})) == "customize"
