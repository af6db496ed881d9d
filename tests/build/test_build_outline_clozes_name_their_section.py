"""An outline's notes under a plain topic label (synthetic documents, no real wording): a
label such as "Default" is one of what its section names ("Brew Mode"), so each cloze of
its notes names the section before it; a label naming a thing alone (code, a Title Case
name) or naming the section's words already keeps its clozes as they were."""

from __future__ import annotations

from quizkit.build.builder import build_deck
from quizkit.notes import ClozeNote

_PAGE = """# Tea Shop Notes

## Brew Mode

* __Quick__
  * Steeps every pot for one minute in the Kettleworks boiler
  * Skips the resting step before pouring
  * Uses the small strainer for all loose leaves
* __Default__
  * Standard brew mode when a new shop is opened
  * Uses Quick for all pots served inside of Teahouse
  * Uses Slow for all pots served outside of Teahouse

## Counters

* `Kiosk`
  * Sells cups brewed in the Kettleworks boiler
  * Keeps a cash drawer for small coins
  * Opens at dawn on market days
* Corner Counter
  * Serves cups of Darjeeling tea to the regulars
  * Closes at noon on every weekday
  * Keeps its own loose leaf jars
"""


def _clozes() -> list[str]:
    deck = build_deck(_PAGE, "shop.md")
    return [n.text for n in deck.notes if isinstance(n, ClozeNote)]


def test_a_plain_topic_label_is_named_with_its_section() -> None:
    clozes = _clozes()
    assert (
        "Brew Mode › Quick: Steeps every pot for one minute in the {{c1::Kettleworks}} boiler"
        in clozes
    )
    assert (
        "Brew Mode › Default: Uses Quick for all pots served inside of {{c1::Teahouse}}" in clozes
    )
    assert not [c for c in clozes if c.startswith("Default:")]


def test_a_label_naming_a_thing_alone_keeps_its_clozes() -> None:
    clozes = _clozes()
    assert "`Kiosk`: Sells cups brewed in the {{c1::Kettleworks}} boiler" in clozes
    assert "Corner Counter: Serves cups of {{c1::Darjeeling}} tea to the regulars" in clozes
    assert not [c for c in clozes if c.startswith("Counters ›")]
