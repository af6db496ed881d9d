"""Check-mark matrices (synthetic documents, no real wording): a column ticked on every
row is asked of none, "All of them" only when the question names every marked column
of the row, and a row named "[`name`] [^N]" keeps its name."""

from __future__ import annotations

from quizkit.build.builder import build_deck
from tests.helpers import facts

GRADES = """# Glaze kilns

Every kiln is checked before the spring firing.

## Kiln checks

| Kiln      | Vented | Wired | Sealed | Rated[^1] | Logged |
|-----------|--------|-------|--------|-----------|--------|
| [`amber`] | ✅     | ✅    | ✅     | ✅        | ✅     |
| [`basalt`]| ✅     | ❌    | ✅     | ❌[^1]    | ✅     |
| [`cinder`]| ✅     | ✅    | ❌     | ✅        | ✅     |

[^1]: Rated by the county inspector.

## Spare kilns

| Kiln               | Vented | Wired | Sealed |
|--------------------|--------|-------|--------|
| [`dune`] [^2]      | ✅     | ✅    | ❌     |
| [`ember`] [^3]     | ❌     | ❌    | ✅     |

[^2]: Kept for the summer firing.
[^3]: Waiting for a new door.

[`amber`]: https://example.org/amber
[`basalt`]: https://example.org/basalt
[`cinder`]: https://example.org/cinder
[`dune`]: https://example.org/dune
[`ember`]: https://example.org/ember
"""


def _cards() -> dict[str, str]:
    return {n.front: n.back for n in facts(build_deck(GRADES, "kilns.md").notes)}


def test_a_column_ticked_on_every_row_is_asked_of_no_row() -> None:
    cards = _cards()
    # Vented and Logged are ticked on every kiln: no front names them.
    assert not [f for f in cards if "Vented" in f and "Kiln checks" in f]
    assert not [f for f in cards if "Logged" in f or "logged" in f]
    which = "which of Wired, Sealed?"
    assert cards[f"Kiln checks, `basalt`: {which}"] == "Sealed (not Wired)"
    assert cards[f"Kiln checks, `cinder`: {which}"] == "Wired (not Sealed)"


def test_all_of_them_only_when_the_question_names_every_marked_column() -> None:
    cards = _cards()
    # Vented, Logged (left out) and Rated (asked on its own) are marked too: the back
    # names the asked columns rather than saying "All of them".
    assert cards["Kiln checks, `amber`: which of Wired, Sealed?"] == "all 2: Wired, Sealed"
    assert "All of them" not in [b for f, b in cards.items() if "Kiln checks" in f]


def test_a_row_named_with_a_footnote_after_its_link_keeps_its_name() -> None:
    cards = _cards()
    which = "which of Vented, Wired, Sealed?"
    assert cards[f"Spare kilns, `dune`: {which}"] == "Vented, Wired (not Sealed)"
    assert cards[f"Spare kilns, `ember`: {which}"] == "Sealed (not Vented, Wired)"
    # The footnote speaks of the kiln, not of its name: never in a front.
    assert not [f for f in cards if "summer" in f or "[^" in f]
