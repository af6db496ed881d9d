"""A page or section read as a glossary by its shape, whatever its title: eight or more
sibling term headings (three under a defined term, any under the letters of an
alphabetical list), most of them opening on a definition written as a fragment ("The
number of …", "An object that has …") or naming its term ("A spool is …"), with code
examples and remarks after it. Synthetic documents with the shape and none of a real
page's wording; near misses (topic sections, a settings page) stay as they were."""

from __future__ import annotations

from quizkit.build.builder import build_deck
from quizkit.notes import FactNote

_JARGON = """# Weaving Jargon

Weaving has words of its own. This page explains them, with examples in Python.

## Warp Count

The number of threads a loom holds lengthwise. From words like warp and woof.

```python
loom = Loom(warp=120)
print(loom.warp_count)  # 120
```

## Heddle

An object that has an `eye` through which one warp thread passes.

```python
heddle = Heddle(eye=3)
```

Heddles are mounted in frames called shafts.

## Shed

The opening between raised and lowered threads through which the weft passes.

## Spool

A spool is a cylinder that holds thread before it is woven. Most looms use several.

```python
spool = Spool(length=40)
```

## Selvage

Anything that can be woven along the edge to stop it fraying.

## Beater

A bar which pushes each new weft thread against the cloth.

## Treadle

TODO

## Reed

A comb that spaces the warp threads evenly across the loom.

## Bobbin

The small spool that carries weft thread inside a shuttle.
"""

_TOPICS = """# Loomwork

Loomwork schedules weaving jobs.

## Installation

Loomwork needs Python 3.11. Install it with pip.

## Configuration

The configuration file is read at start-up.

## Usage

Run `loomwork serve` to start the scheduler.

## Logging

Logs go to standard error.

## Upgrading

Read the release notes before you upgrade.

## Licence

Loomwork is licensed under the MIT licence.

## Contributors

Many people helped.
"""


def _facts(text: str, name: str) -> dict[str, str]:
    deck = build_deck(text, name)
    return {n.front: n.back for n in deck.notes if isinstance(n, FactNote)}


def test_a_page_of_term_sections_is_a_glossary_whatever_its_title() -> None:
    facts = _facts(_JARGON, "weaving-jargon.md")
    # The field is the title without the word naming the page a glossary ("Jargon").
    assert facts["What is Warp Count in Weaving?"] == (
        "The number of threads a loom holds lengthwise. From words like warp and woof."
    )
    assert facts["What is Shed in Weaving?"] == (
        "The opening between raised and lowered threads through which the weft passes."
    )
    assert facts["What is Beater in Weaving?"] == (
        "A bar which pushes each new weft thread against the cloth."
    )


def test_a_definition_with_a_relative_clause_is_a_gloss() -> None:
    # "An object that has …" / "Anything that can …": the verb belongs to the clause.
    facts = _facts(_JARGON, "weaving-jargon.md")
    assert facts["What is Heddle in Weaving?"] == (
        "An object that has an `eye` through which one warp thread passes."
    )
    assert facts["What is Selvage in Weaving?"] == (
        "Anything that can be woven along the edge to stop it fraying."
    )


def test_a_definition_naming_its_own_term_is_the_gloss_on_such_a_page() -> None:
    facts = _facts(_JARGON, "weaving-jargon.md")
    assert facts["What is Spool in Weaving?"] == (
        "A spool is a cylinder that holds thread before it is woven. Most looms use several."
    )


def test_examples_and_remarks_after_the_definition_make_no_what_is_card() -> None:
    facts = _facts(_JARGON, "weaving-jargon.md")
    what_is = [front for front in facts if front.startswith("What is")]
    # One card per defined term; "Treadle" has no definition yet.
    assert sorted(what_is) == sorted(
        f"What is {term} in Weaving?"
        for term in ("Warp Count", "Heddle", "Shed", "Spool", "Selvage", "Beater", "Reed", "Bobbin")
    )
    assert all("shafts" not in back for back in facts.values())


def test_a_page_of_topic_sections_is_no_glossary() -> None:
    # Short capitalised headings over statements ("Loomwork needs …", "Logs go to …").
    fronts = "\n".join(_facts(_TOPICS, "loomwork-readme.md"))
    assert "What is" not in fronts


def test_seven_term_sections_are_too_few_for_an_untitled_glossary() -> None:
    text = _JARGON.split("## Reed")[0]
    fronts = "\n".join(_facts(text, "weaving-jargon.md"))
    assert "What is Shed in Weaving?" not in fronts


# Hard breaks (two trailing spaces) after headings and definitions, as written.
_GROUPED_GLOSSARY = """# Glossary

## Weaving Tools
### Heddle<HB>
A wire with an eye through which one warp thread passes.<HB>
📌 [Heddle guide](https://example.org/heddle)

### Shuttle<HB>
A tool that carries the weft thread across the loom.<HB>
📌 [Shuttle docs](https://example.org/shuttle)<HB>
🔗 [Shuttle history](https://example.org/history)

---

## Weaving Practice
### Warping<HB>
The process of winding the warp threads onto the loom before weaving.<HB>
📌 [Warping basics](https://example.org/warping)

### Branching Patterns<HB>
Techniques for splitting one warp into several sheds.<HB>
📌 [Patterns](https://example.org/patterns)
""".replace("<HB>", "  ")  # trailing spaces: a hard break


def test_a_link_line_after_a_definition_is_no_part_of_it() -> None:
    # "📌 [Heddle guide](…)" after a hard break: where to read more, not the gloss.
    facts = _facts(_GROUPED_GLOSSARY, "weaving-glossary.md")
    assert facts["What is Heddle (Weaving Tools)?"] == (
        "A wire with an eye through which one warp thread passes."
    )
    assert facts["What is Shuttle (Weaving Tools)?"] == (
        "A tool that carries the weft thread across the loom."
    )


def test_groups_of_two_terms_on_a_glossary_page_are_lists_of_terms() -> None:
    facts = _facts(_GROUPED_GLOSSARY, "weaving-glossary.md")
    # A gerund naming a practice is a term ("Warping", "Branching Patterns"); only the
    # gerund of an action ("Installing …") opens a how-to.
    assert facts["What is Warping (Weaving Practice)?"] == (
        "The process of winding the warp threads onto the loom before weaving."
    )
    assert facts["What is Branching Patterns (Weaving Practice)?"] == (
        "Techniques for splitting one warp into several sheds."
    )


def test_a_group_of_two_on_a_page_not_titled_as_a_glossary_is_none() -> None:
    text = _GROUPED_GLOSSARY.replace("# Glossary", "# Weaving Handbook")
    fronts = "\n".join(_facts(text, "weaving-handbook.md"))
    assert "What is" not in fronts


def test_a_term_rated_rather_than_defined_is_no_gloss() -> None:
    # "Spool is an important concept in weaving.": what it is worth, not what it is.
    text = _JARGON.replace(
        "A spool is a cylinder that holds thread before it is woven.",
        "A spool is an important concept in weaving.",
    )
    facts = _facts(text, "weaving-jargon.md")
    assert "What is Spool in Weaving?" not in facts


# -- terms with examples, nested groups and alphabetical lists -----------------------
#
# Sections that go on past their definition (code, further reading, sub-terms), a list
# grouped by letter, and near misses that must stay as they were.

_STREAM_JARGON = """# Stream Processing Jargon

Every field has its words. This page explains the ones stream processing uses.

## Watermark

The point in event time up to which a stream is believed to be complete.

```python
wm = stream.watermark()
```

__Further reading__

* [Watermarks](https://example.org/watermarks) on the wiki

## Fixed Window (FW)

A window of fixed size that never overlaps the next one.

## Backpressure

When a consumer reads slower than its producer writes, the producer is slowed down to match.

## Sharding

Splitting one stream into several by a key, so that each part can be processed alone.

## Offset

A consumer's position in a partition.
Consumers commit it once a record is processed.

## Side inputs

A side input is a small data set every worker reads alongside the main stream. Each
worker keeps a side input in memory.

## Sink

A stage that writes records out of the pipeline, like this:

```python
stream.to(sink("orders"))
```

## Join

An operation that combines the records of two inputs sharing a key.

### Stream Join

A join of two streams on a key within a window.

```python
orders.join(payments, within=60)
```

### Table Join

A join of a stream with the latest value of a table.

```python
orders.join(customers_table)
```

### Lookup Join

A join that reads each record's partner from an external store.

```python
orders.lookup(redis)
```
"""


def test_a_page_of_term_sections_asks_each_term_of_its_title() -> None:
    facts = _facts(_STREAM_JARGON, "stream-jargon.md")
    # The code, the "Further reading" list after the definition are no part of it.
    assert facts["What is Watermark in Stream Processing?"] == (
        "The point in event time up to which a stream is believed to be complete."
    )
    assert facts["What is Fixed Window (FW) in Stream Processing?"] == (
        "A window of fixed size that never overlaps the next one."
    )
    assert facts["What is Offset in Stream Processing?"] == (
        "A consumer's position in a partition. Consumers commit it once a record is processed."
    )


def test_definitions_by_name_when_clauses_and_one_gerund_are_read() -> None:
    facts = _facts(_STREAM_JARGON, "stream-jargon.md")
    assert facts["What is Backpressure in Stream Processing?"] == (
        "When a consumer reads slower than its producer writes, the producer is slowed "
        "down to match."
    )
    assert facts["What is Sharding in Stream Processing?"] == (
        "Splitting one stream into several by a key, so that each part can be processed alone."
    )
    # A plural term the page also writes in the singular is asked with "are".
    assert facts["What are Side inputs in Stream Processing?"] == (
        "A side input is a small data set every worker reads alongside the main stream. "
        "Each worker keeps a side input in memory."
    )


def test_a_definition_pointing_to_its_example_keeps_it() -> None:
    facts = _facts(_STREAM_JARGON, "stream-jargon.md")
    assert facts["What is Sink in Stream Processing?"] == (
        'A stage that writes records out of the pipeline, like this:\nstream.to(sink("orders"))'
    )


def test_sub_terms_of_a_term_are_asked_in_its_field() -> None:
    facts = _facts(_STREAM_JARGON, "stream-jargon.md")
    # "Stream Join" names its parent "Join": the page's subject says more.
    assert facts["What is Stream Join in Stream Processing?"] == (
        "A join of two streams on a key within a window."
    )
    assert facts["What is Lookup Join in Stream Processing?"] == (
        "A join that reads each record's partner from an external store."
    )


_DICTIONARY = """# Kim's Dictionary

Terms I had to look up, grouped by letter.

## A

#### Actor

a unit of computation that keeps its own state and talks to others only by messages.

#### Accessor Method, Getter

a method that reads a field without changing it.

## B

#### Bulkhead

a partition of resources that keeps one failing part from sinking the rest.

#### Bloom Filter

a probabilistic set that may answer yes wrongly but never no wrongly.

## Z

#### Zombie Process

a process that has finished but still has an entry in the process table.
"""


def test_an_alphabetical_list_asks_its_terms_alone() -> None:
    facts = _facts(_DICTIONARY, "kims-dictionary.md")
    # The letter names no field and the owner's name no subject; the lower-case
    # fragment reads as a sentence; the first of several names is the term.
    assert facts["What is Actor?"] == (
        "A unit of computation that keeps its own state and talks to others only by messages."
    )
    assert facts["What is Accessor Method?"] == "A method that reads a field without changing it."
    # One term under its letter is still an entry of the list.
    assert facts["What is Zombie Process?"] == (
        "A process that has finished but still has an entry in the process table."
    )


_QUARRY_TOPICS = """# Quarry

Quarry is a tool that copies tables between databases.

## Installation

The easiest way to install Quarry is with pip:

```sh
pip install quarry
```

## Configuration

Quarry reads its settings from `quarry.toml` in the working directory.

## Usage

Run `quarry copy` with a source and a target.

## Troubleshooting

If a copy stops halfway, run it again: rows already copied are skipped.

## Limits

A table without a primary key is copied whole every time.
"""

_SETTINGS = """# Setting up the sidebar

## Configuration

### Sticky headers

When sticky headers are enabled, the section titles stay at the top while scrolling. Add
the following lines to `site.yml`:

``` yaml
theme:
  features:
    - header.sticky
```

### Collapsed groups

When collapsed groups are enabled, every group of the sidebar starts closed. Add the
following lines to `site.yml`:

``` yaml
theme:
  features:
    - groups.collapsed
```

### Search box

A search box is shown above the sidebar. Add the following lines to `site.yml`:

``` yaml
theme:
  features:
    - search.box
```

### Footer links

When footer links are enabled, the previous and next pages are linked at the bottom.

### Dark mode

When dark mode is enabled, the palette follows the reader's system setting.
"""


def test_topic_sections_and_a_settings_page_are_no_glossary() -> None:
    for text, name in ((_QUARRY_TOPICS, "quarry.md"), (_SETTINGS, "sidebar.md")):
        fronts = "\n".join(_facts(text, name))
        assert "What is" not in fronts
        assert "What are" not in fronts


def test_three_terms_alone_make_no_page_a_glossary() -> None:
    three = _STREAM_JARGON.split("## Sharding")[0]
    fronts = "\n".join(_facts(three, "stream-jargon.md"))
    assert "What is" not in fronts


_README_WITH_TERMS = """# Tidepool

A library of tide tables for Python.

## Installation

Install it with pip:

```sh
pip install tidepool
```

## Tidal Terms

The words the tables use, with the code that reads them.

### Ebb

The period when the water level falls. Below is an example of reading it in Python.

```python
table.ebb("2024-01-01")
```

### Flood

The period when the water level rises.

```python
table.flood("2024-01-01")
```

### Slack Water

A short time around high or low water when the current stops.

### Range

The difference in height between high and low water.

### Spring Tide

A tide of large range that follows a new or full moon.

### Neap Tide

A tide of small range that follows a quarter moon. Here is how to find the next one:

```python
table.next_neap()
```

### Datum

The level from which the heights of a table are measured.

### Bore

A wave that travels up a river on a rising tide.
"""


def test_a_section_of_terms_in_a_readme_asks_each_term_of_its_heading() -> None:
    facts = _facts(_README_WITH_TERMS, "tidepool.md")
    # The heading naming the list of terms ("Tidal Terms") gives the field; the
    # sentence announcing the example below the definition is no part of it.
    assert facts["What is Ebb in Tidal?"] == "The period when the water level falls."
    assert facts["What is Slack Water in Tidal?"] == (
        "A short time around high or low water when the current stops."
    )
    # A lead-in to code that is not the definition's own ("Here is how …:") is left out.
    assert facts["What is Neap Tide in Tidal?"] == (
        "A tide of small range that follows a quarter moon."
    )


_NUMBERS_SECTION = """# Wire Format Notes

## Numbers

### Varint

A variable-length integer that spends fewer bytes on small values.

```text
0x96 0x01
```

### Fixed64

An integer stored in exactly eight bytes, little-endian.

```text
0x01 0x00 0x00 0x00 0x00 0x00 0x00 0x00
```

## Strings

Strings are length-prefixed UTF-8.
"""


def test_one_heading_named_like_a_letter_group_is_no_alphabetical_list() -> None:
    # "## Numbers" beside "## Strings" groups a topic's sections; only letters side by
    # side ("## A" … "## Z") make an alphabetical list whose every term is asked.
    fronts = "\n".join(_facts(_NUMBERS_SECTION, "wire-format.md"))
    assert "What is Varint" not in fronts
    assert "What is Fixed64" not in fronts
