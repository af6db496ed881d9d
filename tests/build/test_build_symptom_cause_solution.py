"""Troubleshooting entries laid out as Symptom / Cause / Solution,
read from synthetic documents that have the shape and none of a reviewed page's wording."""

from __future__ import annotations

from quizkit.build.builder import build_deck
from quizkit.notes import FactNote

_HEADED = (
    "# Fixing Gizmo\n\n"
    "## Known problems with Gizmo\n\n"
    "### 1) Gizmo sync stalls at 99%\n\n"
    "Large archives sometimes stop copying near the end.\n\n"
    "#### Symptom\n\n"
    "```console\n$ gizmo sync ./photos\nsyncing... 99%\n```\n\n"
    "#### Solution\n\n"
    "Raise the chunk limit so the last chunk fits:\n\n"
    "```console\n$ gizmo config set chunk.max 64MiB\n```\n\n"
    "### 2) Gizmo refuses to start as a service\n\n"
    "#### Cause\n\n"
    "The service user cannot read the key file.\n\n"
    "#### Solution\n\n"
    "Give the service user read access to the key file with `chmod 640 gizmo.key`.\n\n"
    "### 3) Gizmo prints garbled icons\n\n"
    "#### Solution\n\n"
    "Install a terminal font with the icon glyphs, or run with `--no-icons`.\n"
)

_BOLD = (
    "# Gizmo FAQ\n\n"
    "## Uploads time out behind a proxy\n\n"
    "**Symptoms:**\n\n"
    "- Uploads stop after thirty seconds.\n"
    "- The log says `upstream closed`.\n\n"
    "**Cause:**\n\n"
    "The proxy closes idle connections before Gizmo sends its next chunk.\n\n"
    "**Solution:**\n\n"
    "For the details and examples, see the proxy settings section of the admin guide.\n\n"
    "## Gizmo forgets its token\n\n"
    "**Symptom:**\n\n"
    "Every command asks to log in again.\n\n"
    "**Fix:**\n\n"
    "Store the token in the keyring with `gizmo login --keyring`.\n"
)

_EXERCISE = (
    "# Loops\n\n"
    "## Exercise 1: print the squares\n\n"
    "Print the squares of one to ten.\n\n"
    "### Solution\n\n"
    "```python\nfor n in range(1, 11):\n    print(n * n)\n```\n"
)


def _fronts(text: str) -> dict[str, str]:
    deck = build_deck(text, "shapes.md")
    return {n.front: n.back for n in deck.notes if isinstance(n, FactNote)}


def test_each_problem_is_asked_how_to_fix_it_with_its_solution_and_commands() -> None:
    fronts = _fronts(_HEADED)
    stalls = next(b for f, b in fronts.items() if "sync stalls at 99%: how do you fix it?" in f)
    assert "Raise the chunk limit" in stalls
    assert "gizmo config set chunk.max 64MiB" in stalls
    assert "syncing... 99%" not in stalls  # the symptom is no part of the fix
    service = next(b for f, b in fronts.items() if "start as a service: how do you fix it?" in f)
    assert (
        service == "Give the service user read access to the key file with `chmod 640 gizmo.key`."
    )


def test_an_entry_with_only_a_solution_counts_where_the_page_lays_out_others() -> None:
    fronts = _fronts(_HEADED)
    assert any(f.endswith("Gizmo prints garbled icons: how do you fix it?") for f in fronts)


def test_no_front_is_a_part_label() -> None:
    deck = build_deck(_HEADED, "shapes.md")
    texts = [n.front if isinstance(n, FactNote) else getattr(n, "text", "") for n in deck.notes]
    labels = ("symptom", "solution", "cause")
    assert not [
        t for t in texts if any(f"{w}:" in t.lower() or f"{w}?" in t.lower() for w in labels)
    ]


def test_bold_label_lines_are_the_parts_of_one_entry() -> None:
    fronts = _fronts(_BOLD)
    token = next(
        b for f, b in fronts.items() if f.endswith("forgets its token: how do you fix it?")
    )
    assert token == "Store the token in the keyring with `gizmo login --keyring`."


def test_a_solution_that_only_points_elsewhere_asks_the_cause_instead() -> None:
    fronts = _fronts(_BOLD)
    cause = next(b for f, b in fronts.items() if f.endswith("behind a proxy: what causes it?"))
    assert cause == "The proxy closes idle connections before Gizmo sends its next chunk."
    assert not [f for f in fronts if "proxy: how do you fix it?" in f]


def test_an_exercise_with_a_lone_solution_is_no_problem_to_fix() -> None:
    fronts = _fronts(_EXERCISE)
    assert not [f for f in fronts if "how do you fix it" in f]


def test_a_labelled_cause_beside_a_solution_is_asked_as_what_causes_it() -> None:
    fronts = _fronts(_HEADED)
    cause = next(b for f, b in fronts.items() if f.endswith("start as a service: what causes it?"))
    assert cause == "The service user cannot read the key file."


_INLINE = (
    "# Release workflows\n\n"
    "## Troubleshooting\n\n"
    "### Nightly job shows up on pull requests\n\n"
    "**Symptom:** A nightly check appears among a pull request's checks.\n\n"
    "**Cause:** The workflow file lists a `pull_request` trigger.\n\n"
    "**Fix:**\n\n"
    "1. Open the nightly workflow file.\n"
    "2. Remove the `pull_request` trigger.\n"
)


def test_inline_label_lines_carry_their_own_text() -> None:
    fronts = _fronts(_INLINE)
    fix = next(b for f, b in fronts.items() if f.endswith("on pull requests: how do you fix it?"))
    assert "Remove the `pull_request` trigger." in fix
    assert "nightly check appears" not in fix
    cause = next(b for f, b in fronts.items() if f.endswith("on pull requests: what causes it?"))
    assert cause == "The workflow file lists a `pull_request` trigger."


def test_an_overlong_solution_makes_no_card_and_no_label_cards() -> None:
    steps = "".join(
        f"{n}. Edit the unit file number {n} and add the reload hook line to its service part.\n"
        for n in range(1, 16)
    )
    text = _HEADED + "\n### 4) Gizmo loses routes after a reload\n\n#### Symptom\n\n"
    text += "Routes vanish.\n\n#### Solution\n\n" + steps
    deck = build_deck(text, "shapes.md")
    texts = [n.front if isinstance(n, FactNote) else getattr(n, "text", "") for n in deck.notes]
    assert not [t for t in texts if "loses routes" in t or "unit file" in t]
    assert any("sync stalls at 99%: how do you fix it?" in t for t in texts)
