"""A walkthrough's housekeeping steps (fetching its sample files, entering its folder,
opening its address, making dummy files, removing what it made) make
no card, while its real steps and a delete that teaches something keep theirs; each read
from a synthetic document that has the shape and none of the reviewed wording."""

from __future__ import annotations

from quizkit.build.builder import build_deck
from quizkit.notes import FactNote

_KILN = """# Firing pottery with kilnctl

## Get the samples

Clone the sample repository:

```shell
git clone https://example.org/kiln/samples.git kiln-samples
```

Move into the samples folder:

```shell
cd kiln-samples/glazes
```

Create a few placeholder pots:

```shell
mkdir shelf
touch shelf/cup.pot shelf/bowl.pot
```

## Fire a batch

```shell
# Start a firing of the night schedule at cone 6
kilnctl fire start night --cone=6

# Open the dashboard in a browser
open "http://localhost:7070/dashboard/#/firings"
```

Pause a firing without cooling the kiln:

```shell
kilnctl fire pause night --keep-heat
```

## Clean up

```shell
# Delete the firings you created
kubectl delete firing night day --namespace=pottery

# Remove the kiln but keep its shelves
kubectl delete kiln main --cascade=orphan
```
"""


def _facts(text: str) -> dict[str, str]:
    deck = build_deck(text, "kiln.md")
    return {n.front: n.back for n in deck.notes if isinstance(n, FactNote)}


def test_fetching_entering_and_opening_make_no_card() -> None:
    backs = list(_facts(_KILN).values())
    for chore in ("git clone", "cd kiln", "touch shelf", "open "):
        assert not any(chore in back for back in backs), chore


def test_a_plain_clean_up_makes_no_card_but_a_delete_that_teaches_keeps_it() -> None:
    cards = _facts(_KILN)
    assert not any("delete firing" in back for back in cards.values())
    assert cards["How do you remove the kiln but keep its shelves?"] == (
        "kubectl delete kiln main --cascade=orphan"
    )


def test_the_walkthrough_steps_beside_its_housekeeping_keep_their_cards() -> None:
    cards = _facts(_KILN)
    assert cards["How do you start a firing of the night schedule at cone 6 with kilnctl?"] == (
        "kilnctl fire start night --cone=6"
    )
    # (the program may be named after the step: `... the kiln with `kilnctl`?`)
    paused = [f for f, back in cards.items() if back == "kilnctl fire pause night --keep-heat"]
    assert len(paused) == 1
    assert paused[0].startswith("How do you pause a firing without cooling the kiln")
