"""Keyed facts whose front lacked what the row or item is: a
row per provider/plugin under a one-word kind header, a "What it does" column, and
labelled items finishing a lead-in statement; read from synthetic documents that have
the shapes and none of the reviewed wording."""

from __future__ import annotations

from quizkit.build.builder import build_deck
from quizkit.notes import FactNote


def _facts(text: str) -> dict[str, str]:
    deck = build_deck(text, "shapes.md")
    return {n.front: n.back for n in deck.notes if isinstance(n, FactNote)}


_PLUGINS = (
    "# Acme Gateway\n"
    "\n"
    "Plugins extend Acme Gateway at start-up.\n"
    "\n"
    "## Maturity\n"
    "\n"
    "The table below gives the maturity of each plugin and who looks after it.\n"
    "\n"
    "| Plugin | Maturity | Owner |\n"
    "|---|---|---|\n"
    "| Rate Limiter | stable | [@alice](https://github.com/alice) |\n"
    "| Geo Filter | beta | [@bob](https://github.com/bob) |\n"
    "| Header Rewrite | experimental | [@carol](https://github.com/carol) |\n"
)


def test_a_row_under_a_one_word_kind_header_is_that_kind_of_the_product_in_the_title() -> None:
    facts = _facts(_PLUGINS)
    # "Geo Filter: maturity?" says neither that Geo Filter is a plugin nor of what; the
    # owner column (handles) makes no card.
    assert facts == {
        "Acme Gateway plugin Rate Limiter: maturity?": "stable",
        "Acme Gateway plugin Geo Filter: maturity?": "beta",
        "Acme Gateway plugin Header Rewrite: maturity?": "experimental",
    }


def test_without_a_product_title_the_row_is_that_kind_of_its_section() -> None:
    # A title that is no product's name ("Gateway notes") leaves the section to say it.
    facts = _facts(_PLUGINS.replace("# Acme Gateway", "# Gateway notes"))
    assert facts["Maturity, plugin Geo Filter: maturity?"] == "beta"
    text = _PLUGINS.replace("# Acme Gateway", "# Gateway notes")
    text = text.replace("## Maturity", "## Plugin maturity")
    # A section naming the kind already is not told it twice.
    assert _facts(text)["Plugin maturity, Geo Filter: maturity?"] == "beta"


_COMMANDS = (
    "# Widget sync\n"
    "\n"
    "## Commands\n"
    "\n"
    "| Command | What it does |\n"
    "|---|---|\n"
    "| `widget sync` | Pulls remote widgets into the local store |\n"
    "| `widget push` | Sends local widgets to the server |\n"
    "\n"
    "## Troubleshooting\n"
    "\n"
    "| Issue | Symptoms | Solution |\n"
    "|---|---|---|\n"
    "| Stale cache | Old widgets keep showing after a deploy | Run `widget cache purge` |\n"
    "| Token expired | Every sync fails with HTTP 401 | Log in again with `widget login` |\n"
)


def test_a_what_it_does_column_is_asked_as_a_question_of_the_row() -> None:
    facts = _facts(_COMMANDS)
    assert facts["What does `widget sync` do?"] == "Pulls remote widgets into the local store"
    assert facts["What does `widget push` do?"] == "Sends local widgets to the server"
    assert not [f for f in facts if "what it does" in f.lower()]


def test_a_troubleshooting_table_asks_symptoms_and_solution_by_the_issue() -> None:
    facts = _facts(_COMMANDS)
    assert facts["Stale cache: symptoms?"] == "Old widgets keep showing after a deploy"
    assert facts["Stale cache: solution?"] == "Run `widget cache purge`"
    assert facts["Token expired: solution?"] == "Log in again with `widget login`"
    assert not [f for f in facts if f.lower().startswith("symptoms")]


_REVIEW = (
    "# Publishing a recipe\n"
    "\n"
    "## Review\n"
    "\n"
    "Once a recipe is submitted, the editors check:\n"
    "\n"
    "1. **Safety** — no raw poultry served under temperature\n"
    "2. **Clarity** — every step names its utensil\n"
    "3. **Licensing** — the photos are your own\n"
)


def test_labelled_items_finishing_a_lead_in_statement_are_asked_with_section_and_title() -> None:
    facts = _facts(_REVIEW)
    lead = "Review (Publishing a recipe) — once a recipe is submitted, the editors check"
    assert facts == {
        f"{lead}: Safety?": "No raw poultry served under temperature",
        f"{lead}: Clarity?": "Every step names its utensil",
        f"{lead}: Licensing?": "The photos are your own",
    }


def test_a_lead_in_going_on_from_the_text_before_is_not_asked_under_the_section() -> None:
    # "Either way …" leans on the paragraph before: the section and title do not make
    # it a statement of its own (the lead-in stays the label, as before).
    text = _REVIEW.replace(
        "Once a recipe is submitted, the editors check:", "Either way there is a cost:"
    )
    assert "Either way there is a cost: Safety?" in _facts(text)
