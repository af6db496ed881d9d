"""Answer shapes of FAQs and lessons: an answer given case by case
in parallel "Case: answer" paragraphs, a fix and its fallback for older versions, a FAQ
problem heading whose section says what to do. Read from synthetic documents that have
the shapes and none of the reviewed wording."""

from __future__ import annotations

from quizkit.build.builder import build_deck
from quizkit.notes import FactNote

_FAQ = """# Widget FAQ

## General

### Does widgetd run on Solaris ?

Sparc machines: Yes, but untested.

Intel machines: Yes, via a zone. The [vendor kit](https://example.org/) ships a `widgetd` package.

### How do I reset widgetd?

Run `widgetd reset` and restart the service.

### `widgetd serve` does not bind to IPv6
Make sure that widgetd is running with libnet 4.0 or later.

For older libnet, set the bind mode to `dual` (slower start).

See https://example.org/bind .

### Widgets do not come back after a reboot
Run `sudo widgetd enable-persist` .

See https://example.org/persist .

### The widget palette is wrong on old screens
The palette is cut to 16 colours because the screen reports no true colour.
"""


def _facts(text: str, name: str) -> dict[str, FactNote]:
    deck = build_deck(text, name)
    return {n.front: n for n in deck.notes if isinstance(n, FactNote)}


def test_parallel_case_paragraphs_are_one_answer() -> None:
    cards = _facts(_FAQ, "widget-faq.md")
    assert cards["Does widgetd run on Solaris ?"].back == (
        "Sparc machines: Yes, but untested.\n"
        "Intel machines: Yes, via a zone. The vendor kit ships a `widgetd` package."
    )


def test_a_fix_keeps_its_fallback_and_one_paragraph_stays_alone() -> None:
    cards = _facts(_FAQ, "widget-faq.md")
    assert cards["What to do when `widgetd serve` does not bind to IPv6?"].back == (
        "Make sure that widgetd is running with libnet 4.0 or later.\n"
        "For older libnet, set the bind mode to `dual` (slower start)."
    )
    assert cards["How do I reset widgetd?"].back == "Run `widgetd reset` and restart the service."


def test_a_problem_heading_answered_by_a_fix_asks_what_to_do() -> None:
    cards = _facts(_FAQ, "widget-faq.md")
    assert cards["What to do when widgets do not come back after a reboot?"].back == (
        "Run `sudo widgetd enable-persist` ."
    )
    # A section that gives the cause keeps asking why.
    assert cards["The widget palette is wrong on old screens: why?"].back == (
        "The palette is cut to 16 colours because the screen reports no true colour."
    )


_BLOGS = """# Deploying gizmo on a cloud

## Install

Install the chart with `helm install gizmo ./chart`; it creates the gizmo Deployment
and a Service for it.

## Community How-To Blogs and Examples

* Run gizmo with a managed identity. See [Gizmo, ingress & identity](https://example.org/post)
* Scale gizmo by hand. See [Scaling gizmo](https://example.org/scale)
"""


def test_a_list_under_a_blogs_heading_makes_no_card() -> None:
    deck = build_deck(_BLOGS, "gizmo-cloud.md")
    assert [n for n in deck.notes if "blogs" in str(n).lower()] == []
    assert all("managed identity" not in str(n) for n in deck.notes)


_LESSON = """# Loops in Gadget

## While loops

A `while` loop repeats its body while its condition holds.

> ## Challenge
> What will the following gadget program print?
> ~~~
> int b = 3;
> while (b > 0) b -= 2;
> print(b);
> ~~~
> {: .language-cpp}
> > ## Solution
> > It prints -1: the loop subtracts 2 from `b` twice, from 3 to 1 and then to -1.
> {: .solution}
{: .challenge}

> ## Challenge
>
> FIXME: is this one too easy?
>
> Can a `while` loop whose condition is false at the start run its body at all?
> > ## Solution
> > No: the condition is checked before each pass, so a false condition skips the body.
> {: .solution}
{: .challenge}

## Skipping passes

A `skip` statement ends the current pass and the loop goes on with the next one.

~~~
while (k < 9) {
    k += 1;
    if (k == 4) skip;
}
~~~
{: .language-cpp}

> ## Challenge
> The loop we just provided never reaches one value of `k` in its body's last line. Which one?
>
> > ## Solution
> > 4: the pass where `k` becomes 4 is skipped before anything else runs in it.
> {: .solution}
{: .challenge}

## Stopping

A `halt` statement ends the loop at once.

> ## Challenge
> The program we just provided halts too early. Why?
>
> > ## Solution
> > Its `halt` sits before the counter is raised, so the first pass already stops it.
> {: .solution}
{: .challenge}
"""


def test_a_nested_solution_without_a_blank_line_answers_its_challenge() -> None:
    cards = _facts(_LESSON, "gadget-loops.md")
    asked = "What will the following gadget program print?\nint b = 3;\nwhile (b > 0) b -= 2;\n"
    assert cards[f"{asked}print(b);"].back == (
        "It prints -1: the loop subtracts 2 from `b` twice, from 3 to 1 and then to -1."
    )
    # A task glued to its solution box with no code between them; the author's FIXME
    # note above it is no part of it.
    asked = "Can a `while` loop whose condition is false at the start run its body at all?"
    assert cards[asked].back == (
        "No: the condition is checked before each pass, so a false condition skips the body."
    )


def test_a_challenge_on_code_just_provided_carries_it_or_makes_no_card() -> None:
    deck = build_deck(_LESSON, "gadget-loops.md")
    fronts = [n.front for n in deck.notes if isinstance(n, FactNote)]
    assert not any(f.startswith("Challenge") for f in fronts)
    assert (
        "while (k < 9) {\n    k += 1;\n    if (k == 4) skip;\n}\n"
        "The loop we just provided never reaches one value of `k` in its body's last line. "
        "Which one?"
    ) in fronts
    # No code right above the box: the card could not show what it asks about.
    assert not any("halts too early" in f for f in fronts)
