"""Exercise collections the author answers with code: a predict-the-output page
("**Q3**" or "### Q3 — title", a code block, "**Output:** `x` — why") makes one card
per item, "What does this print?" with the code on the front and the output and the
author's reason on the back (the page's metadata line, "Related:" links and index of
items make none); a solutions page of numbered tasks ("**4)** task", its
bullets, then the solution typed at a prompt) asks each task without its number (its
bullets on the front) and answers with the solution; a task answered in prose is asked
by itself, and a task whose list is its own ("Explore …", "… these rules:"), one asking
only for "the output as shown" and one leaning on "the previous question" make none.
Read from synthetic documents that have the shapes and none of the reviewed wording."""

from __future__ import annotations

from quizkit.build.builder import build_deck
from quizkit.notes import FactNote

_OUTPUTS = """# Ruby puzzles: what gets printed

> **Difficulty:** Hard · **Est. time:** `40m` · **Tags:** `#ruby` `#puzzles`

**Related:** [Ruby basics](basics.md) · [Blocks](blocks.md)

## Blocks and scope

**Q1**
```ruby
x = 10
[1, 2].each { |x| x += 1 }
puts x
```
**Output:** `10` — the block parameter shadows the outer `x`.

**Q2**
```ruby
puts [1, 2, 3].map { _1 * 2 }.sum
```
**Output:** `12` — `_1` is the implicit first block parameter.

**Q3 — `||=` only assigns once**
```ruby
a = nil
a ||= 4
a ||= 5
puts a
```
**Output:** `4` — the second `||=` sees a truthy `a`.

### Q4 — frozen strings
```ruby
s = "kiln".freeze
puts s.frozen?
```
**Output:**
```
true
```

A frozen string raises on `<<`.

**Fix:** Take a copy to change it:

```ruby
t = s.dup
```

## Index

| Concept | Items |
|---------|-------|
| Scope | Q1–Q2 |
| Assignment | Q3, Q4 |
"""


def _facts(page: str, name: str) -> dict[str, str]:
    deck = build_deck(page, name)
    return {n.front: n.back for n in deck.notes if isinstance(n, FactNote)}


def test_a_predict_the_output_item_shows_its_code_and_answers_with_the_output() -> None:
    facts = _facts(_OUTPUTS, "ruby-puzzles.md")
    assert facts == {
        "What does this print?\nx = 10\n[1, 2].each { |x| x += 1 }\nputs x": (
            "`10` — the block parameter shadows the outer `x`."
        ),
        "What does this print?\nputs [1, 2, 3].map { _1 * 2 }.sum": (
            "`12` — `_1` is the implicit first block parameter."
        ),
        "What does this print?\na = nil\na ||= 4\na ||= 5\nputs a": (
            "`4` — the second `||=` sees a truthy `a`."
        ),
        'What does this print?\ns = "kiln".freeze\nputs s.frozen?': (
            "true\nA frozen string raises on `<<`."
        ),
    }


def test_items_asked_in_the_same_words_keep_their_own_ids_and_nothing_else_is_asked() -> None:
    # The page's metadata line, its "Related:" links and its index of items
    # ("| Scope | Q1–Q2 |") make no card.
    deck = build_deck(_OUTPUTS, "ruby-puzzles.md")
    ids = [n.id for n in deck.notes]
    assert len(ids) == len(set(ids)) == 4
    assert any(i.endswith("1-what-does-this-print") for i in ids)


_SOLUTIONS = """# Exercise solutions

# Globbing

**1)** List the files of the current folder whose names end in `.glaze`.

```bash
$ ls
base.glaze  kiln.log  rim.glaze
$ ls *.glaze
base.glaze  rim.glaze
```

**2)** Print every line of `kiln.log` that satisfies all of these rules:

* starts with a date
* mentions `cone 6`

```bash
$ grep -E '^[0-9]{4}-.*cone 6' kiln.log
2024-03-01 fired to cone 6
```

**3)** Count the lines of `kiln.log` that mention `crack`.

```bash
$ grep -c 'crack' kiln.log
2
```

**5)** Use `grep -c` to get the output as shown below.

```bash
$ grep -c 'cone' kiln.log
3
```

**6)** This is an extension to the previous question. Count the lines without `cone`.

```bash
$ grep -vc 'cone' kiln.log
1
```

**4)** Does `*` match a leading dot of a file name?

No. A leading `.` must be matched explicitly, as in `.*`.

**5)** Explore what the `-o` option does. Here are some example commands to try:

* `grep -o 'cone [0-9]' kiln.log`
* `grep -o '[0-9]*' kiln.log`
"""


def test_a_numbered_task_is_asked_with_its_bullets_and_answered_by_its_solution() -> None:
    facts = _facts(_SOLUTIONS, "shell-solutions.md")
    asked = "List the files of the current folder whose names end in `.glaze`."
    assert facts[asked].startswith("$ ls\nbase.glaze")
    assert facts[asked].endswith("$ ls *.glaze\nbase.glaze  rim.glaze")
    rules = (
        "Print every line of `kiln.log` that satisfies all of these rules:\n"
        "• starts with a date\n• mentions `cone 6`"
    )
    assert facts[rules] == "$ grep -E '^[0-9]{4}-.*cone 6' kiln.log\n2024-03-01 fired to cone 6"


def test_a_task_answered_in_prose_asks_the_task_and_an_exploring_task_makes_none() -> None:
    facts = _facts(_SOLUTIONS, "shell-solutions.md")
    assert facts["Does `*` match a leading dot of a file name?"] == (
        "No. A leading `.` must be matched explicitly, as in `.*`."
    )
    text = "\n".join([*facts, *facts.values()])
    assert "Explore" not in text
    assert "grep -o" not in text
    assert "4)" not in text
    assert "as shown" not in text
    assert "previous question" not in text
    assert len(facts) == 4
