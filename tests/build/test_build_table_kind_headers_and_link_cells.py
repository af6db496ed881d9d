"""Table shapes of held-out reviews 20 and 21 (a first header naming the rows' kind over a
"Description" column, cells that are only a "[Documentation](…)" link, tables introduced
as an example, layout grids of numbered slots), each read from a synthetic document that
has the shape and none of the reviewed wording."""

from __future__ import annotations

from quizkit.build.builder import build_deck
from quizkit.notes import FactNote


def _facts(text: str) -> dict[str, str]:
    deck = build_deck(text, "shapes.md")
    return {n.front: n.back for n in deck.notes if isinstance(n, FactNote)}


KIND_HEADER_BEFORE_HEADINGS = (
    "Rust has the following containers for holding values:\n"
    "\n"
    "| **Container type** | **Description** |\n"
    "|---|---|\n"
    "| Vectors | Growable arrays of values |\n"
    "| Slices | Views into a run of values |\n"
    "\n"
    "Each container can be owned or borrowed.\n"
    "\n"
    "## Vectors\n"
    "\n"
    "A vector grows on the heap.\n"
    "\n"
    "## Slices\n"
    "\n"
    "A slice borrows a run of values.\n"
)


def test_a_bold_kind_header_names_the_rows_even_before_any_heading() -> None:
    # "Vectors?" asks nothing: the header says the rows are container types.
    facts = _facts(KIND_HEADER_BEFORE_HEADINGS)
    assert facts["Container type Vectors: what is it?"] == "Growable arrays of values"
    assert facts["Container type Slices: what is it?"] == "Views into a run of values"
    assert "Vectors?" not in facts


def test_a_kind_header_under_a_heading_names_the_section_and_the_kind() -> None:
    facts = _facts("# Containers\n\n" + KIND_HEADER_BEFORE_HEADINGS.split("## Vectors")[0])
    assert facts["Containers, container type Vectors: what is it?"] == ("Growable arrays of values")
    assert "Containers: vectors?" not in facts


def test_a_field_header_still_asks_fields_of_the_section() -> None:
    # "Setting | Description": the rows are the subject's settings, not kinds.
    facts = _facts(
        "# Grinder\n\n| Setting | Description |\n|---|---|\n"
        "| Burr size | Diameter of the burrs in millimetres |\n"
    )
    assert facts["Grinder: burr size?"] == "Diameter of the burrs in millimetres"


LINK_ONLY_CELLS = (
    "# Package registries\n"
    "\n"
    "| Name | Hosting | Extras | Manual | Cost |\n"
    "|------|---------|--------|--------|------|\n"
    "| [Crateyard](https://example.org/c) | Hosted | Mirrors | [Manual](https://example.org/c/m)"
    " | [Free](https://example.org/c/free) |\n"
    "| [Pkgbarn](https://example.org/p) | Self-hosted | [Docs](https://example.org/p/d) | -"
    " | [Pricing](https://example.org/p/price) |\n"
    "| [Wheelhouse](https://example.org/w) | Hosted | Signing | [Manual](https://example.org/w/m)"
    " | 100 GB free each month [Pricing](https://example.org/w/price) |\n"
    "| [Boxshelf](https://example.org/b) | Hosted | Webhooks | See the wiki"
    " | Paid |\n"
    "| [Gemcase](https://example.org/g) | Self-hosted | Audits | [Manual](https://example.org/g/m)"
    " | Paid |\n"
)


def test_a_cell_that_is_only_a_generic_or_header_titled_link_makes_no_card() -> None:
    facts = _facts(LINK_ONLY_CELLS)
    # "[Pricing](…)" and "[Docs](…)" only point elsewhere; "[Free](…)" says something.
    assert "Pkgbarn: cost?" not in facts
    assert "Pkgbarn: extras?" not in facts
    assert facts["Crateyard: cost?"] == "Free"
    assert facts["Crateyard: extras?"] == "Mirrors"
    # The link after the cell's own words is left off the answer.
    assert facts["Wheelhouse: cost?"] == "100 GB free each month"


def test_a_column_of_mostly_header_titled_links_is_skipped_whole() -> None:
    # Three "[Manual](…)" links against one worded cell: the column is pointers.
    facts = _facts(LINK_ONLY_CELLS)
    assert not [front for front in facts if front.endswith(": manual?")]
    assert facts["Boxshelf: hosting?"] == "Hosted"


EXAMPLE_TABLES = (
    "# Cache tiers\n"
    "\n"
    "The daemon reads its eviction limits from the `tiers` setting.\n"
    "\n"
    "| Tier | Default limit |\n"
    "|------|---------------|\n"
    "| hot | 64 MB |\n"
    "| cold | 512 MB |\n"
    "\n"
    "In a daemon file the `tierLimits` settings could look like:\n"
    "\n"
    "| Tier weight | Eviction delay |\n"
    "|-------------|----------------|\n"
    "| 900 | 5 seconds |\n"
    "| 10 | 90 seconds |\n"
    "\n"
    "Not every weight needs a delay. For example, you could instead use these values:\n"
    "\n"
    "| Tier weight | Eviction delay |\n"
    "|-------------|----------------|\n"
    "| 900 | 45 seconds |\n"
    "| 10 | 90 seconds |\n"
)


def test_a_table_introduced_as_an_example_makes_no_card() -> None:
    facts = _facts(EXAMPLE_TABLES)
    # The invented values are no defaults, and two examples' rows never merge.
    assert not [front for front in facts if "eviction delay" in front]
    assert not [back for back in facts.values() if "seconds" in back]
    # The table of real defaults, introduced by a finished sentence, is still asked.
    assert any(back == "64 MB" for back in facts.values())


LAYOUT_GRID = (
    "# Racks\n"
    "\n"
    "Spreading the two sets gives the following rack layout.\n"
    "\n"
    "| rack-1 | rack-2 | rack-3 |\n"
    "|:------:|:------:|:------:|\n"
    "| *db-1* | *db-2* | *db-3* |\n"
    "| *queue-1* | *queue-2* | *queue-3* |\n"
    "\n"
    "Without a header over the slots:\n"
    "\n"
    "| | |\n"
    "|---|---|\n"
    "| shelf-1 | shelf-2 |\n"
    "\n"
    "Each rack then fails alone.\n"
    "\n"
    "| Shell 1 | Shell 2 |\n"
    "|---------|---------|\n"
    "| `ls -a` | `dir /a` |\n"
)


def test_a_grid_of_numbered_slots_holding_numbered_things_makes_no_card() -> None:
    facts = _facts(LAYOUT_GRID)
    # "db-1: rack-2?" → "db-2" asks nothing: the table is a picture of where things are.
    assert not [f for f in facts if "rack-" in f or "db-" in f or "shelf-" in f]
    assert not [b for b in facts.values() if "db-" in b or "queue-" in b or "shelf-" in b]


def test_numbered_columns_of_different_things_are_still_asked() -> None:
    # Columns numbered alike, rows of unlike cells: a table of equivalents, not a layout.
    facts = _facts(LAYOUT_GRID)
    assert facts["`ls -a`: shell 2?"] == "`dir /a`"


def test_an_example_in_passing_does_not_make_the_table_an_example() -> None:
    # The parenthesis illustrates one value; the table lists the real ones.
    facts = _facts(
        "# Logging\n\n## Levels\n\nSet the level (for example, `warn`) to one of these values:\n\n"
        "| Level | Meaning |\n|---|---|\n| `warn` | Problems that did not stop the run |\n"
        "| `debug` | Everything the daemon does |\n\n## Files\n\nLogs go to one file.\n"
    )
    assert any(back == "Everything the daemon does" for back in facts.values())
