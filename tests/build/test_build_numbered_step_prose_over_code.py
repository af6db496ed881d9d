"""A tutorial's numbered steps written as a sentence over an indented fence: the step's
first sentence names its action whole ("Next, apply a burst policy that lets …", up to
twenty words, a code span counted as one), past a narrator's "Next, let's" or "For
simplicity," and a purpose tacked on with "so that"; a quoted note inside the item
between the sentence and its fence never breaks the step. Synthetic documents."""

from __future__ import annotations

from quizkit.build.builder import build_deck
from tests.helpers import facts

_TUTORIAL = """# Request quotas in Meshy

## Demo

1. For simplicity, enable open routing mode so that no explicit route policies are needed.
    ```bash
    meshctl config set routing.open=true
    ```

1. Next, apply a request quota to limit the calls reaching the billing service to `5 calls per
    second`.
    ```bash
    meshctl quota apply billing --calls 5 --per second
    ```

1. Next, let's update our request quota to allow short bursts of calls. Bursts go over the
    base rate.
    ```bash
    meshctl quota apply billing --calls 5 --per second --burst 20
    ```

1. Next, let's set the request quota for one route of the billing service.
    > Note: In open routing mode every path is a route, so the quota applies to the wildcard one.

    ```bash
    meshctl quota apply billing --route '/invoices' --calls 5
    ```

1. List all quotas of the mesh and verify that the billing quota is active.
    ```bash
    meshctl quota list --all
    ```
"""


def _cards() -> dict[str, str]:
    return {n.front: n.back for n in facts(build_deck(_TUTORIAL, "quotas.md").notes)}


def test_each_numbered_step_asks_its_own_action() -> None:
    cards = _cards()
    assert (
        cards["How do you enable open routing mode with `meshctl`?"]
        == "meshctl config set routing.open=true"
    )
    assert cards[
        "How do you apply a request quota to limit the calls reaching the billing service to "
        "`5 calls per second` with `meshctl`?"
    ] == ("meshctl quota apply billing --calls 5 --per second")
    assert cards[
        "How do you update the request quota to allow short bursts of calls with `meshctl`?"
    ] == ("meshctl quota apply billing --calls 5 --per second --burst 20")


def test_a_check_tacked_on_the_action_is_no_part_of_it() -> None:
    assert _cards()["How do you list all quotas of the mesh?"] == "meshctl quota list --all"


def test_a_quoted_note_inside_the_step_keeps_the_step_with_its_commands() -> None:
    assert _cards()[
        "How do you set the request quota for one route of the billing service with `meshctl`?"
    ] == ("meshctl quota apply billing --route '/invoices' --calls 5")


def test_an_unnumbered_long_sentence_is_no_step() -> None:
    # A near miss: the same sentence as a paragraph of its own is an explanation; only
    # a numbered step names a long action.
    text = """# Request quotas in Meshy

## Quotas

You apply a request quota to limit the calls reaching the billing service to five calls in
every second of traffic:

```bash
meshctl quota apply billing --calls 5 --per second
```
"""
    fronts = [n.front for n in facts(build_deck(text, "quotas.md").notes)]
    assert not [f for f in fronts if "limit the calls" in f]
