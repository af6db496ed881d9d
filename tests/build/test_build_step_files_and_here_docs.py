"""A tutorial's steps whose code is a file's text or a here-document: a numbered step
writing a file keeps its text as the answer, a here-document fenced as ```` ```yaml ````
is still the step's command, a step asking only of "the configurations" names what its
here-document makes, one too long for a card makes none, and content tabs laid out in
HTML (``<div tabs>`` and indented ``<details>``) keep each step's fence in its step.
Every document is synthetic."""

from __future__ import annotations

from quizkit.build.builder import build_deck
from quizkit.build.markdown import Code, ListBlock, Paragraph, parse_document
from tests.helpers import facts


def _cards(text: str) -> dict[str, str]:
    deck = build_deck(text, "steps.md")
    return {note.front: note.back for note in facts(deck.notes)}


FILE_STEPS = """# Running the kettle service

## Setup

1. Create the kettle configuration file:

   ```yaml
   kettle:
     port: 7070
     boil_timeout: 90s
   ```

2. Start the kettle service:

   ```sh
   kettle-server --config kettle.yaml
   ```
"""


def test_a_numbered_step_writing_a_file_keeps_its_text_as_the_answer() -> None:
    cards = _cards(FILE_STEPS)
    assert cards[
        "Running the kettle service: how do you create the kettle configuration file?"
    ] == ("kettle:\n  port: 7070\n  boil_timeout: 90s")
    assert (
        cards["How do you start the kettle service with `kettle-server`?"]
        == "kettle-server --config kettle.yaml"
    )


FILE_NOT_A_STEP = """# Running the kettle service

## Setup

The kettle reads this configuration:

```yaml
kettle:
  port: 7070
```

1. Check the kettle file:

   ```yaml
   kettle:
     port: 7070
   ```
"""


def test_a_file_shown_outside_a_step_or_only_looked_at_makes_no_step_card() -> None:
    # Prose over a block is no step; "Check …" only looks at the file.
    assert not any("how do you" in front.lower() for front in _cards(FILE_NOT_A_STEP))


YAML_TAGGED_HERE_DOC = """# Brewing with kettles

## Steps

1. Create a kettle for the tea service:

   ```yaml
   cat <<EOF | kubectl apply -f -
   apiVersion: brew.example.com/v1
   kind: Kettle
   metadata:
     name: tea
   spec:
     volume: 2l
   EOF
   ```
"""


def test_a_here_document_fenced_as_yaml_is_the_steps_command() -> None:
    cards = _cards(YAML_TAGGED_HERE_DOC)
    assert cards["How do you create a kettle for the tea service?"] == (
        "cat <<EOF | kubectl apply -f -\n"
        "apiVersion: brew.example.com/v1\n"
        "kind: Kettle\n"
        "metadata:\n"
        "  name: tea\n"
        "spec:\n"
        "  volume: 2l\n"
        "EOF"
    )


VAGUE_HERE_DOCS = """# Brewing with kettles

## Write the settings

Now write the settings.

```sh
cat <<EOF > kettle.yaml
kettle:
  port: 7070
EOF
```

## Apply the manifests

Now apply the manifests.

```sh
kubectl apply -f - <<EOF
apiVersion: brew.example.com/v1
kind: Kettle
metadata:
  name: tea
spec:
  volume: 2l
EOF
```

## Apply more manifests

Now apply the manifests.

```sh
kubectl apply -f - <<EOF
apiVersion: brew.example.com/v1
kind: Kettle
metadata:
  name: $KETTLE
EOF
```
"""


def test_a_step_asking_of_a_kind_of_stuff_names_what_its_here_document_makes() -> None:
    cards = _cards(VAGUE_HERE_DOCS)
    assert cards["Brewing with kettles: how do you write `kettle.yaml`?"] == (
        "cat <<EOF > kettle.yaml\nkettle:\n  port: 7070\nEOF"
    )
    assert "Brewing with kettles: how do you apply the Kettle `tea`?" in cards
    # A name the reader fills in ("$KETTLE") names nothing: the step stays as asked.
    assert "Brewing with kettles: how do you apply the manifests?" in cards
    assert not any("$KETTLE`" in front for front in cards)


def _long_manifest(lines: int) -> str:
    body = "\n".join(f"  setting{n}: value{n}" for n in range(lines))
    return f"cat <<EOF > kettle.yaml\nkettle:\n{body}\nEOF"


def test_a_here_document_too_long_for_a_card_makes_no_step_card() -> None:
    long_doc = f"""# Brewing with kettles

## Configure

Create the kettle settings:

```sh
{_long_manifest(30)}
```
"""
    assert not any(back.startswith("cat <<EOF") for back in _cards(long_doc).values())
    short_doc = long_doc.replace(_long_manifest(30), _long_manifest(5))
    assert _cards(short_doc)["How do you create the kettle settings?"] == _long_manifest(5)


TABBED_STEPS = """# Brewing with kettles

## Create the kettle

<div tabs name="steps">
  <details>
  <summary label="cli">
  CLI
  </summary>

1. Create the kettle configuration file:

   ```yaml
   kettle:
     port: 7070
   ```

2. Start the kettle service:

   ```sh
   kettle-server --config kettle.yaml
   ```

  </details>
  <details>
    <summary label="ui">
    UI
    </summary>

1. Open the Kettles view.
2. Select Create.

  </details>
</div>
"""


def test_steps_in_content_tabs_laid_out_in_html_keep_their_fences() -> None:
    items = [item.block for item in parse_document(TABBED_STEPS).items]
    steps = [b.text for b in items if isinstance(b, Paragraph) and b.step]
    assert steps == ["Create the kettle configuration file:", "Start the kettle service:"]
    assert [b.info for b in items if isinstance(b, Code)] == ["yaml", "sh"]
    # The second tab's indented "<summary>" is a tag, never an indented code block.
    lists = [b.items for b in items if isinstance(b, ListBlock)]
    assert lists == [("Open the Kettles view.", "Select Create.")]
    assert _cards(TABBED_STEPS)["How do you start the kettle service with `kettle-server`?"] == (
        "kettle-server --config kettle.yaml"
    )


INLINE_SOLUTIONS = """# Pattern drills

## Exercise 1: Match the words

Write a pattern that matches the first three words but not the last one.

```
pin
tin
bin
pan
```

**Solution:** `[ptb]in`

## Exercise 2: Find the numbers

Write a pattern that finds every run of digits in the line below.

```
gate 42 opens at 7
```

**Solution:** `\\d+`
"""


def test_an_exercise_answered_on_its_label_line_shows_its_input_on_the_front() -> None:
    cards = _cards(INLINE_SOLUTIONS)
    assert cards == {
        "Match the words: Write a pattern that matches the first three words but not the "
        "last one.\npin\ntin\nbin\npan": "`[ptb]in`",
        "Find the numbers: Write a pattern that finds every run of digits in the line "
        "below.\ngate 42 opens at 7": "`\\d+`",
    }


def test_a_lone_solution_label_is_never_asked_as_a_term() -> None:
    lone = INLINE_SOLUTIONS.split("## Exercise 2")[0]
    assert not any("Solution?" in front for front in _cards(lone))


PROBLEM_SOLUTION = """# Lessons from the audit tool

### 1. Substring matching

**Problem:** Commands were matched by substring, so `explain` was blocked.

**Solution:** Split the command with `shlex.split` and compare the program name.

### 2. Hardcoded rules

**Problem:** Changing a rule meant editing code and redeploying.

**Solution:** Keep the rules in `permissions.yaml`.
"""


def test_a_problem_label_is_no_part_of_the_task_its_solution_answers() -> None:
    assert _cards(PROBLEM_SOLUTION) == {
        "Substring matching: Commands were matched by substring, so `explain` was blocked.": (
            "Split the command with `shlex.split` and compare the program name."
        ),
        "Hardcoded rules: Changing a rule meant editing code and redeploying.": (
            "Keep the rules in `permissions.yaml`."
        ),
    }
