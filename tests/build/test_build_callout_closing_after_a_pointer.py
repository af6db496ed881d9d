"""A ``:::`` callout closes on its written fence even when its last sentence only points
elsewhere ("See the page [here](…) for more details."): that sentence is dropped from the
text, and the fence with it once made the callout swallow the rest of the page."""

from __future__ import annotations

from quizkit.build.markdown import Callout, Paragraph, parse_document

_ONE_PARAGRAPH = """# Sprockets

:::note[Note]
A sprocket wears fast on a loose chain. See the care page [here](/docs/care) for more details.
:::

A sprocket with more teeth turns more slowly than the one that drives it.
"""

_TWO_PARAGRAPHS = """# Sprockets

:::tip
A sprocket has teeth that mesh with a chain.

Sprockets wear faster when the chain is loose. See the care page [here](/docs/care) for more.
:::

A sprocket with more teeth turns more slowly than the one that drives it.
"""


def _blocks(text: str) -> list[tuple[str, str]]:
    return [(type(i.block).__name__, i.block.text) for i in parse_document(text).items]  # type: ignore[union-attr]


def test_a_one_paragraph_callout_ending_on_a_pointer_closes_at_its_fence() -> None:
    assert _blocks(_ONE_PARAGRAPH) == [
        (Callout.__name__, "A sprocket wears fast on a loose chain."),
        (
            Paragraph.__name__,
            "A sprocket with more teeth turns more slowly than the one that drives it.",
        ),
    ]


def test_a_callout_whose_last_paragraph_ends_on_a_pointer_closes_at_its_fence() -> None:
    assert _blocks(_TWO_PARAGRAPHS) == [
        (
            Callout.__name__,
            "A sprocket has teeth that mesh with a chain."
            " Sprockets wear faster when the chain is loose.",
        ),
        (
            Paragraph.__name__,
            "A sprocket with more teeth turns more slowly than the one that drives it.",
        ),
    ]
