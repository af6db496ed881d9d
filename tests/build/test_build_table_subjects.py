"""Tables that lose their subject (rows keyed by
bare labels, a comparison read by column, an empty top-left header, a lead-in naming
what the values are of), each read from a synthetic document that has the shape and
none of the reviewed wording."""

from __future__ import annotations

from quizkit.build.builder import build_deck
from quizkit.notes import FactNote

KINDS_UNDER_QUESTIONS = (
    "# Brewing questions\n"
    "\n"
    "## Basics\n"
    "\n"
    "### 1. What are brew methods and how do they extract flavour?\n"
    "\n"
    "* **Answer:** Water pulls soluble compounds out of the grounds, and each method"
    " controls how long and how hard it does so.\n"
    "\n"
    "| Brew Method | Description | Use Case |\n"
    "|-------------|-------------|----------|\n"
    "| Immersion | Grounds steep in water | Full body |\n"
    "| Percolation | Water flows through a bed | Clean cup |\n"
    "| Pressure | Forced through a puck | Espresso drinks |\n"
    "| Cold Steeping | Steeped cold | Low acidity |\n"
    "\n"
    "### 2. How do you keep a grinder consistent?\n"
    "\n"
    "* **Answer:** Pick burrs by what they do to the particles.\n"
    "\n"
    "| Aspect | Description | Benefit |\n"
    "|--------|-------------|---------|\n"
    "| Burr Alignment | Parallel cutting faces | Even particles |\n"
    "| Retention | Grounds left in the chute | Fresher doses |\n"
    "\n"
    "### 3. How do you pour evenly?\n"
    "\n"
    "* **Answer:** A steady stream keeps the bed level, so every part of the coffee is"
    " wetted for the same time.\n"
    "\n"
    "| Kettle Type | Description | Spout |\n"
    "|-------------|-------------|-------|\n"
    "| Gooseneck | Slow steady pour | `narrow` |\n"
    "| `KT-200` | Electric with presets | `wide` |\n"
    "\n"
    "### Comparison Table: Roast Levels Across Origins\n"
    "\n"
    "| Feature | Ethiopia | Brazil |\n"
    "|---------|----------|--------|\n"
    "| Typical Roast | Light | Medium |\n"
    "| Acidity | High | Low |\n"
)


def _facts(text: str) -> dict[str, str]:
    deck = build_deck(text, "brewing.md")
    return {n.front: n.back for n in deck.notes if isinstance(n, FactNote)}


def test_bare_row_labels_carry_the_kind_their_header_names() -> None:
    facts = _facts(KINDS_UNDER_QUESTIONS)
    assert facts["Brew method Immersion: description?"] == "Grounds steep in water"
    assert facts["Brew method Pressure: use case?"] == "Espresso drinks"
    assert "Immersion: description?" not in facts
    # A few words that only say the row's name again teach nothing; its other cells do.
    assert "Brew method Cold Steeping: description?" not in facts
    assert facts["Brew method Cold Steeping: use case?"] == "Low acidity"
    # One plain label names the table's rows: a code row beside it reads alike.
    assert facts["Kettle type Gooseneck: description?"] == "Slow steady pour"
    assert facts["Kettle type `KT-200`: description?"] == "Electric with presets"


def test_bare_row_labels_under_a_lone_kind_header_carry_the_question() -> None:
    facts = _facts(KINDS_UNDER_QUESTIONS)
    question = "How do you keep a grinder consistent?"
    assert facts[f"{question} Aspect Burr Alignment: benefit?"] == "Even particles"
    assert facts[f"{question} Aspect Retention: description?"] == "Grounds left in the chute"
    assert "Retention: description?" not in facts


def test_table_kind_heading_names_the_compared_subject_after_its_colon() -> None:
    facts = _facts(KINDS_UNDER_QUESTIONS)
    assert facts["Roast Levels Across Origins, Ethiopia: acidity?"] == "High"
    assert facts["Roast Levels Across Origins, Brazil: typical roast?"] == "Medium"
    assert "Ethiopia: acidity?" not in facts


CAPTION_LINE = (
    "# Kilns\n"
    "\n"
    "## Firing\n"
    "\n"
    "Cone ratings by kiln\n"
    "\n"
    "| Kiln | Top cone | Fuel |\n"
    "|------|----------|------|\n"
    "| Raku | 010 | Propane |\n"
    "| Anagama | 12 | Wood |\n"
    "\n"
    "**Summary**\n"
    "\n"
    "| Glaze | Finish |\n"
    "|-------|--------|\n"
    "| Celadon | Glossy |\n"
    "| Shino | Matte |\n"
)


def test_a_title_line_above_a_table_is_its_subject_and_a_kind_word_is_not() -> None:
    facts = _facts(CAPTION_LINE)
    assert facts["Cone ratings by kiln, kiln Raku: fuel?"] == "Propane"
    assert facts["Cone ratings by kiln, kiln Anagama: top cone?"] == "12"
    assert facts["Celadon: finish?"] == "Glossy"


OPPOSITES_BY_FEATURE = (
    "# Doughs\n"
    "\n"
    "### What is the difference between leavened and unleavened dough?\n"
    "\n"
    "| Feature | Leavened Dough | Unleavened Dough |\n"
    "|---------|----------------|------------------|\n"
    "| Rise | Doubles in size | Stays flat |\n"
    "| Crumb | Open | Dense |\n"
    "\n"
    "### Choosing a flour\n"
    "\n"
    "| Flour | Pros | Cons |\n"
    "|-------|------|------|\n"
    "| Rye | Keeps moist | Weak gluten |\n"
    "| Spelt | Nutty taste | Absorbs less water |\n"
)


def test_a_thing_and_its_opposite_compared_by_feature_are_asked_per_cell() -> None:
    facts = _facts(OPPOSITES_BY_FEATURE)
    assert facts["Leavened Dough: rise?"] == "Doubles in size"
    assert facts["Unleavened Dough: crumb?"] == "Dense"
    # No column read as a list of values without the features they answer.
    assert not [f for f in facts if f.endswith(": unleavened dough?")]


def test_a_list_column_keeps_each_rows_name() -> None:
    facts = _facts(OPPOSITES_BY_FEATURE)
    assert facts["Choosing a flour: pros?"] == "• Rye: Keeps moist\n• Spelt: Nutty taste"
    assert facts["Choosing a flour: cons?"] == "• Rye: Weak gluten\n• Spelt: Absorbs less water"
    assert "Choosing a flour: flour?" not in facts


MEASURED_BY_COLUMN = (
    "# Comparing bread machines\n"
    "\n"
    "## Sales and support\n"
    "\n"
    "|           | Units Sold  | Last Model | Service Centers | Return Rate |\n"
    "| --------- | ----------- | ---------- | --------------- | ----------- |\n"
    "| Breadman  | 1.2 million | 2021-03-01 | 40              | 3.5%        |\n"
    "| Zojirushi | 800,000     | 2022-07-15 | 25              | 1.2%        |\n"
    "| Panasonic | 650,000     | 2020-11-30 | 31              | 2.0%        |\n"
    "\n"
    "## Looks\n"
    "\n"
    "|           | Breadman | Zojirushi |\n"
    "| --------- | -------- | --------- |\n"
    "| Colour    | Black    | White     |\n"
    "| Window    | Yes      | No        |\n"
)


def test_an_empty_corner_over_measure_columns_keys_the_rows() -> None:
    facts = _facts(MEASURED_BY_COLUMN)
    assert facts["Sales and support, Zojirushi: units sold?"] == "800,000"
    assert facts["Sales and support, Breadman: return rate?"] == "3.5%"
    assert facts["Sales and support, Panasonic: last model?"] == "2020-11-30"
    assert not [f for f in facts if f.startswith(("Units Sold:", "?", ":"))]


def test_an_empty_corner_over_words_keeps_its_columns_as_the_things_compared() -> None:
    facts = _facts(MEASURED_BY_COLUMN)
    assert facts["Zojirushi: colour?"] == "White"


REPEATED_ROWS = (
    "# Locks\n"
    "\n"
    "## Lock kinds\n"
    "\n"
    "| Lock Type | Description | Use Case |\n"
    "|-----------|-------------|----------|\n"
    "| spin.Lock | Busy-waits | Short sections |\n"
    "| park.Lock | Sleeps the waiter | Long waits |\n"
    "\n"
    "## Locks side by side\n"
    "\n"
    "| Feature | spin.Lock | park.Lock |\n"
    "|---------|-----------|-----------|\n"
    "| Use Case | Short sections | Long waits |\n"
    "| Fairness | None | FIFO |\n"
)


def test_a_card_two_tables_make_alike_is_one_card() -> None:
    deck = build_deck(REPEATED_ROWS, "locks.md")
    asked = [(n.front, n.back) for n in deck.notes if isinstance(n, FactNote)]
    assert asked.count(("spin.Lock: use case?", "Short sections")) == 1
    assert asked.count(("park.Lock: use case?", "Long waits")) == 1
    assert ("park.Lock: fairness?", "FIFO") in asked


VALUES_AFTER_A_LEAD_IN = (
    "# Grinding\n"
    "\n"
    "## Pick a setting\n"
    "\n"
    "The `mill run` command has a `size` option that you can set to one of these values:\n"
    "\n"
    "<table>\n"
    "  <tr><th>Option value</th><th>Particle size</th></tr>\n"
    "  <tr><td>fine</td><td>Like flour</td></tr>\n"
    "  <tr><td>coarse</td><td>Like sea salt</td></tr>\n"
    "</table>\n"
    "\n"
    "## Logging\n"
    "\n"
    "The `mill log` command has a `format` flag that accepts these values:\n"
    "\n"
    "| Flag value | Output shape |\n"
    "|------------|--------------|\n"
    "| `text` | One line per event |\n"
    "| `yaml` | A document per event |\n"
    "\n"
    "## Roasting\n"
    "\n"
    "The roast level can be one of the following:\n"
    "\n"
    "| Shade | Colour |\n"
    "|------|--------|\n"
    "| Light | Cinnamon |\n"
    "| Dark | Near black |\n"
)


def test_a_lead_in_naming_a_setting_is_the_subject_of_the_values_after_it() -> None:
    facts = _facts(VALUES_AFTER_A_LEAD_IN)
    assert facts["`mill run` `size` option value fine: particle size?"] == "Like flour"
    assert facts["`mill run` `size` option value coarse: particle size?"] == "Like sea salt"
    assert "fine: particle size?" not in facts
    # Values written as code are values of the setting all the same.
    assert facts["`mill log` `format` flag value `yaml`: output shape?"] == "A document per event"


def test_a_lead_in_saying_what_can_be_one_of_them_is_their_subject() -> None:
    facts = _facts(VALUES_AFTER_A_LEAD_IN)
    assert facts["Roast level Dark: colour?"] == "Near black"
    assert "Dark: colour?" not in facts


TWO_THINGS_DIFFER = (
    "# Firing\n"
    "\n"
    "### How do kilns differ from ovens?\n"
    "\n"
    "* **Answer:** A kiln fires clay; an oven bakes food.\n"
    "\n"
    "| Feature | Kilns | Ovens |\n"
    "|---------|-------|-------|\n"
    "| Top heat | Very high | Moderate |\n"
    "| Typical load | Glazed pots stacked on shelves | Bread |\n"
)


def test_two_things_the_question_asks_the_difference_of_are_asked_together() -> None:
    facts = _facts(TWO_THINGS_DIFFER)
    # "Moderate" means something only against "Very high": one card asks the pair.
    assert facts["Kilns vs Ovens: top heat?"] == "Kilns very high, Ovens moderate"
    assert "Ovens: top heat?" not in facts
    # A value long enough to say what it is keeps a card of its own.
    assert facts["Kilns: typical load?"] == "Glazed pots stacked on shelves"
    assert facts["Ovens: typical load?"] == "Bread"
