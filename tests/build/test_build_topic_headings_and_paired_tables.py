"""Topic headings among a page's questions, a table right after another, and quoted
answers made of lead-ins and their code, each read from a synthetic document of the
shape."""

from __future__ import annotations

from quizkit.build.builder import build_deck
from quizkit.build.rules.common import gerund_verb
from tests.helpers import facts


def _fronts(text: str, name: str) -> dict[str, str]:
    return {n.front: n.back for n in facts(build_deck(text, name).notes)}


# A page of question headings under one title heading (no H1), with three headings that
# only name a topic: two things side by side, a gerund and its object, and a plural
# noun phrase under which no question is asked.
COLLECTION = """## Gardening Interview Guide (Beginner to Expert)

### BEGINNER

#### 1. What is compost?

**Answer:** Compost is decayed organic matter used to feed the soil.

#### 2. What is a raised bed?

**Answer:** A raised bed is a frame of soil above the ground that drains well.

#### 3. What is mulch?

**Answer:** Mulch is a layer of material spread over the soil to keep it moist.

### EXPERT

#### 4. What is crop rotation?

**Answer:** Crop rotation moves plant families to a new bed each season.

#### 5. Annuals vs. Perennial Shrubs

```text
annual: one season
```

* Annuals: grow, flower and die within one season
* Perennial Shrubs: come back every spring from the same roots

#### 6. Protecting Greenhouses

* Shade cloth in summer
* Bubble wrap insulation in winter
* Vents opened on warm afternoons

The Greenhouses of a garden need care all year, and Greenhouses built of glass most.

#### 7. What is a cold frame?

**Answer:** A cold frame is a low glass box that shelters seedlings from frost.
"""


def test_versus_heading_asks_how_the_two_differ() -> None:
    fronts = _fronts(COLLECTION, "garden-guide.md")
    assert fronts["Annuals vs. Perennial Shrubs: how do they differ?"] == (
        "• Annuals: grow, flower and die within one season\n"
        "• Perennial Shrubs: come back every spring from the same roots"
    )


def test_gerund_heading_asks_how_you_do_it_keeping_names() -> None:
    fronts = _fronts(COLLECTION, "garden-guide.md")
    assert fronts["How do you protect Greenhouses?"] == (
        "• Shade cloth in summer\n"
        "• Bubble wrap insulation in winter\n"
        "• Vents opened on warm afternoons"
    )
    assert not any("Gardening Interview Guide" in f for f in fronts)


# The same topic heading on a page of notes (no collection of questions): the section
# names the subject as before.
NOTES = """# Greenhouse notes

## Glass houses

Glass houses keep the heat in.

### Protecting Greenhouses

* Shade cloth in summer
* Bubble wrap insulation in winter
"""


def test_topic_heading_outside_a_collection_keeps_its_section() -> None:
    fronts = _fronts(NOTES, "greenhouse-notes.md")
    assert not any(f.startswith("How do you protect") for f in fronts)


# A collection whose topic heading sits under a section of its own ("Viewing Tips"), not
# under the page's title: the section names what the list is about, as before.
SECTIONED = COLLECTION.replace(
    "#### 6. Protecting Greenhouses", "### Viewing Tips\n\n#### Pointers"
)


def test_topic_heading_under_a_named_section_keeps_it() -> None:
    fronts = _fronts(SECTIONED, "garden-guide.md")
    assert not any(f.startswith("How do you") for f in fronts)
    assert "Pointers: what are they?" not in fronts


def test_gerund_verbs_follow_the_document_then_spelling() -> None:
    assert gerund_verb("Securing") == "secure"
    assert gerund_verb("Monitoring") == "monitor"
    assert gerund_verb("Running") == "run"
    assert gerund_verb("Editing", frozenset({"edit"})) == "edit"
    assert gerund_verb("String") == ""


# Two tables under one heading with nothing between: the second lists choices under
# an "Option" header, the first is keyed by bare codes and one name.
TABLES = """# Boat Hire Notes

## Boats

### Rowing Boat (RB)

| Class | Use Case |
| ----- | -------- |
| r1/r2 | Lakes |
| r3/r4 | Rivers |
| r5 | Sea |
| oar9 | Racing |

| Option | Description | Use Case |
| ------ | ----------- | -------- |
| **Hourly** | Pay per hour | Short trips |
| **Daily** | Pay per day | Picnics |
| **Season Pass** | Pay once a year | Regular rowers |
"""


def test_second_table_rows_take_section_and_header() -> None:
    fronts = _fronts(TABLES, "boat-hire.md")
    assert fronts["Rowing Boat (RB), option Daily: use case?"] == "Picnics"
    assert fronts["Rowing Boat (RB), option Season Pass: description?"] == "Pay once a year"
    assert "Daily: use case?" not in fronts


def test_mostly_numbered_keys_name_every_row_alike() -> None:
    fronts = _fronts(TABLES, "boat-hire.md")
    assert fronts["Rowing Boat (RB), class r5: use case?"] == "Sea"
    assert fronts["Rowing Boat (RB), class oar9: use case?"] == "Racing"


# One table alone under its heading, keyed by bare labels under a header naming no kind
# of choice: left as it was, the rows are not named by the section.
LONE_TABLE = """# Boat Hire Notes

## Boats

### Rowing Boat (RB)

| Colour | Use Case |
| ------ | -------- |
| Red | Out on the water |
| Green | Ready to hire |
"""


def test_lone_table_of_labels_is_not_qualified() -> None:
    fronts = _fronts(LONE_TABLE, "boat-hire.md")
    assert fronts["Red: use case?"] == "Out on the water"
    assert not any(f.startswith("Rowing Boat (RB), colour") for f in fronts)


# A <details> answer quoted line by line, each step a quoted lead-in over its fence.
QUOTED_STEPS = """# Kettle questions

<details>
<summary>1. How to fill, boil and empty the kettle?</summary>

>**Answer:**
>Fill the kettle with this command:

```shell
kettle fill --litres 1
```

>and the following to boil it:

```shell
kettle boil
```

>empty it with the following command:

```shell
kettle empty
```

</details>

<details>
<summary>2. What is a kettle?</summary>

>**Answer:**
>A kettle is a pot for boiling water, with a lid, a handle and a spout.

</details>
"""


def test_quoted_lead_ins_keep_every_fence() -> None:
    fronts = _fronts(QUOTED_STEPS, "kettle-faq.md")
    assert fronts["How to fill, boil and empty the kettle?"] == (
        "Fill the kettle with this command:\nkettle fill --litres 1\n"
        "and the following to boil it:\nkettle boil\n"
        "empty it with the following command:\nkettle empty"
    )


# A Title Case row key one of whose words the document writes as a name ("Buoy"): the key
# keeps its case whole, never half lowered ("mooring Buoy").
NAMED_KEYS = """# Boat Hire Notes

## Moorings

Tie up at the Buoy nearest the jetty, never at a post.

| Feature | Description |
| ------- | ----------- |
| Mooring Buoy | Holds the boat off the bank |
| Tide Board | Shows high water |
"""


def test_row_key_holding_a_name_keeps_its_case() -> None:
    fronts = _fronts(NAMED_KEYS, "boat-hire.md")
    assert fronts["Moorings: Mooring Buoy?"] == "Holds the boat off the bank"
    assert fronts["Moorings: tide board?"] == "Shows high water"
