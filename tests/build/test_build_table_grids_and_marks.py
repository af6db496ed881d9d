"""Table shapes of held-out reviews 24 and 25 that are read by their shape: layout grids
whose slots hold lettered copies with their state, matrices of "x" marks and columns of
maintainers' handles, tables inside an author's answer, tables mapping one named
subject's terms onto another's, and one-letter cells a legend defines. Each is read from
a synthetic document that has the shape and none of the reviewed wording."""

from __future__ import annotations

from quizkit.build.builder import build_deck
from quizkit.notes import FactNote


def _facts(text: str) -> dict[str, str]:
    deck = build_deck(text, "shapes.md")
    return {n.front: n.back for n in deck.notes if isinstance(n, FactNote)}


STATE_GRID = (
    "# Shelves\n"
    "\n"
    "## Moving stock\n"
    "\n"
    "Three shelves hold the crates at first:\n"
    "\n"
    "|  shelf-1  |  shelf-2 *full*  |  shelf-3  |\n"
    "|:---:|:---:|:---:|\n"
    "| crate-a *sealed* | crate-b *sealed* | crate-c *open* |\n"
    "| crate-q *open* |  |  |\n"
    "\n"
    "Then the first shelf is emptied and one crate waits on the floor:\n"
    "\n"
    "|  shelf-1 *empty*  |  shelf-2  |  shelf-3  |  *floor*  |\n"
    "|:---:|:---:|:---:|:---:|\n"
    "|  | crate-b *sealed* | crate-c | crate-d *waiting* |\n"
    "\n"
    "## Sizes\n"
    "\n"
    "| Crate | Width |\n"
    "|---|---|\n"
    "| crate-a | 40 cm |\n"
    "| crate-b | 60 cm |\n"
)


def test_a_grid_of_slots_holding_lettered_copies_with_states_makes_no_card() -> None:
    facts = _facts(STATE_GRID)
    # "crate-a sealed: shelf-2?" → "crate-b sealed" asks nothing: no column keys the rows.
    assert not [f for f in facts if "shelf-" in f or "floor" in f]
    assert not [b for b in facts.values() if "crate-" in b]


def test_a_table_keyed_by_lettered_names_is_still_asked() -> None:
    # One column names the rows, the other holds measures: a key, so a card per row.
    facts = _facts(STATE_GRID)
    assert [b for f, b in facts.items() if "crate-b" in f] == ["60 cm"]


X_MATRIX = (
    "# Storage drivers\n"
    "\n"
    "## Driver capabilities\n"
    "\n"
    "The following table shows what each driver can do.\n"
    "\n"
    "| Driver | snapshots | resize | encryption |\n"
    "|---|:-:|:-:|:-:|\n"
    "| Alder | x | x |   |\n"
    "| Birch |   | X | x |\n"
    "| Cedar |   |   |   |\n"
    "\n"
    "## Driver status\n"
    "\n"
    "| Driver | Status | Owner |\n"
    "|---|---|---|\n"
    "| Alder | stable | @lindqvist |\n"
    "| Birch | beta | @okafor @mendes |\n"
    "\n"
    "## Platform support\n"
    "\n"
    "| Driver | Linux | macOS |\n"
    "|---|---|---|\n"
    "| Alder | ✓ | x |\n"
    "| Birch | ✓ | ✓ |\n"
    "| Cedar | √ | X |\n"
)


def test_a_matrix_of_x_marks_is_asked_row_by_row_under_its_subject() -> None:
    facts = _facts(X_MATRIX)
    # "x" is the author's tick: never a back of its own.
    assert "x" not in {b.lower() for b in facts.values()}
    which = "which of snapshots, resize, encryption?"
    assert facts[f"Driver capabilities, Alder: {which}"] == "snapshots, resize"
    assert facts[f"Driver capabilities, Birch: {which}"] == "resize, encryption"
    assert facts[f"Driver capabilities, Cedar: {which}"] == "None of them"


def test_an_x_beside_ticks_stays_a_cross() -> None:
    facts = _facts(X_MATRIX)
    assert facts["Platform support, Alder: which of Linux, macOS?"] == "Linux (not macOS)"
    # A square-root sign written for a tick is one.
    assert facts["Platform support, Cedar: which of Linux, macOS?"] == "Linux (not macOS)"


def test_a_column_of_handles_makes_no_card() -> None:
    facts = _facts(X_MATRIX)
    assert not [b for b in facts.values() if "@" in b]
    assert not [f for f in facts if "owner" in f.lower()]
    assert facts["Driver status, Alder: status?"] == "stable"


ANSWER_TABLE = (
    "# Kiln questions\n"
    "\n"
    "1. ### Which clays can the kiln fire?\n"
    "   The kiln fires most studio clays, from low-fired earthenware up to porcelain, within\n"
    "   its rated heat.\n"
    "\n"
    "   | Clay | Top temperature | Use |\n"
    "   |---|---|---|\n"
    "   | Earthenware | 1150 °C | flower pots and tiles for the garden |\n"
    "   | Stoneware | 1280 °C | mugs and plates for daily use |\n"
    "   | Porcelain | 1300 °C | thin cups that let the light through |\n"
    "   | Terracotta | 1050 °C | roof tiles and large planters |\n"
    "   | Raku | 1000 °C | decorative bowls pulled out red hot |\n"
    "   | Paper clay | 1240 °C | sculptures that must stay light |\n"
    "   | Bone china | 1250 °C | fine tableware with a white body |\n"
    "\n"
    "2. ### How long does a firing take?\n"
    "   About ten hours from cold.\n"
)


def test_a_table_inside_an_answer_is_asked_with_the_question() -> None:
    facts = _facts(ANSWER_TABLE)
    # "Stoneware: top temperature?" asks nothing of this kiln: the question opens it.
    assert not [f for f in facts if f.startswith(("Stoneware", "Earthenware"))]
    asked = "Which clays can the kiln fire? Clay Stoneware: top temperature?"
    assert facts[asked] == "1280 °C"


LEGEND_TABLE = (
    "# Batch runner\n"
    "\n"
    "## Sizing\n"
    "\n"
    "Each mode needs its own worker and queue sizes. Here, `N` is the number of input files.\n"
    "\n"
    "| Mode | Workers | Queue length |\n"
    "|---|:-:|:-:|\n"
    "| Split | N | 1 |\n"
    "| Stream | 4 | N |\n"
    "| Single | 1 | 1 |\n"
    "\n"
    "## Grades\n"
    "\n"
    "| Step | Grade |\n"
    "|---|---|\n"
    "| Sanding | B |\n"
    "| Polish | C |\n"
)


def test_a_symbol_defined_beside_its_table_answers_with_its_meaning() -> None:
    facts = _facts(LEGEND_TABLE)
    assert facts["Sizing, mode Split: workers?"] == "N (the number of input files)"
    assert facts["Sizing, mode Stream: queue length?"] == "N (the number of input files)"
    assert facts["Sizing, mode Single: workers?"] == "1"


def test_a_letter_nobody_defines_stays_as_written() -> None:
    facts = _facts(LEGEND_TABLE)
    assert "B" in facts.values()


MAPPING_TABLE = (
    "---\n"
    "title: Quillpad vs. Inkwell\n"
    "---\n"
    "\n"
    "Both editors keep notes in plain files.\n"
    "\n"
    "## Words for the same things\n"
    "\n"
    "| Quillpad | Inkwell | What differs |\n"
    "|---|---|---|\n"
    "| Notebook | Shelf | A shelf can hold other shelves |\n"
    "| Page | Sheet | A sheet keeps its history |\n"
    "| Tag | Tag | Nothing: both are free text |\n"
    "\n"
    "## Limits\n"
    "\n"
    "| Item | Limit |\n"
    "|---|---|\n"
    "| Page | 10 MB |\n"
)


def test_a_table_mapping_one_named_subject_onto_another_asks_with_both() -> None:
    facts = _facts(MAPPING_TABLE)
    # "Page: Inkwell?" or "Page: what differs?" names neither editor.
    assert facts["Quillpad Page: Inkwell equivalent?"] == "Sheet"
    assert facts["Quillpad Page and Inkwell Sheet: what differs?"] == "A sheet keeps its history"
    assert facts["Quillpad Tag and Inkwell Tag: what differs?"] == "Nothing: both are free text"
    assert not [f for f in facts if f.startswith(("Page:", "Notebook:", "Tag:"))]


def test_a_first_column_the_title_does_not_name_keys_its_rows_as_before() -> None:
    facts = _facts(MAPPING_TABLE)
    assert "10 MB" in facts.values()
    assert not [f for f in facts if "equivalent" in f and "Limit" in f]


PROFILE_LINKS = (
    "# Plugins\n"
    "\n"
    "## Plugin status\n"
    "\n"
    "| Plugin | Status | Maintainer |\n"
    "|---|---|---|\n"
    "| Alder | stable | [Ana Lind](https://github.com/alind) |\n"
    "| Birch | beta | [@okafor](https://github.com/okafor/), "
    "[@mendes](https://gitlab.com/mendes) |\n"
    "| Cedar | alpha | [Cedar team](https://github.com/org/cedar-team) |\n"
)


def test_a_cell_of_links_to_people_pages_makes_no_card() -> None:
    facts = _facts(PROFILE_LINKS)
    assert facts["Plugin status, Alder: status?"] == "stable"
    assert "Plugin status, Alder: maintainer?" not in facts
    assert "Plugin status, Birch: maintainer?" not in facts
    # A link into a repository is no person's page: its label stays the answer.
    assert facts["Plugin status, Cedar: maintainer?"] == "Cedar team"


COMPARED_UNDER_QUESTION = (
    "# Brewing questions\n"
    "\n"
    "1. ### What are the differences between cold brews and hot brews?\n"
    "   Below are the main differences between cold brews and hot brews.\n"
    "\n"
    "   | Feature | Cold | Hot |\n"
    "   |---|---|---|\n"
    "   | Steeping time | Twelve hours or more in the fridge | Four minutes off the boil |\n"
    "   | Acidity | Low, as the cold water extracts fewer acids | Higher, with a brighter taste |\n"
    "   | Shelf life | About two weeks when sealed | A few hours at most |\n"
    "\n"
    "2. ### Which grind suits a cold brew?\n"
    "   A coarse grind, so that the long steep does not turn bitter.\n"
)


def test_compared_columns_are_named_as_the_question_names_them() -> None:
    facts = _facts(COMPARED_UNDER_QUESTION)
    # "Cold: acidity?" asks nothing: the question says they are brews.
    assert facts["Cold brews: acidity?"] == "Low, as the cold water extracts fewer acids"
    assert facts["Hot brews: shelf life?"] == "A few hours at most"
    assert not [f for f in facts if f.startswith(("Cold:", "Hot:"))]


def test_a_lone_column_of_x_marks_answers_yes() -> None:
    facts = _facts(
        "# Loader\n\n## Options\n\n"
        "| Option | Required | Meaning |\n|---|:-:|---|\n"
        "| `--src` | x | The folder to read |\n"
        "| `--dry-run` |  | Print what would change |\n"
    )
    assert facts["Options, option `--src`: required?"] == "Yes"
    # A blank says nothing outside a matrix.
    assert "Options, option `--dry-run`: required?" not in facts


def test_a_column_of_keys_beside_slot_columns_is_still_asked() -> None:
    # The slots are columns, but the first column names each row: a table, no layout.
    facts = _facts(
        "# Load\n\n## Steps\n\n| Step | node-1 | node-2 |\n|---|---|---|\n"
        "| warm-up | 3 | 3 |\n| peak | 8 | 3 |\n"
    )
    assert facts["peak: node-1?"] == "8"
