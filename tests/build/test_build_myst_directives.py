"""MyST directive fences (Jupyter Book, Sphinx myst-parser):
```` ```{exercise} Title ```` with a nested ```` ````{solution} ````, ``:::{note}``,
``{tip}``, ``{code-block} lang``, ``{toctree}`` and ``{figure}``, read by their shape
rather than as code blocks. Synthetic documents with the shapes and none of the reviewed
wording."""

from __future__ import annotations

from quizkit.build.builder import build_deck
from quizkit.build.markdown import Callout, Code, Question, parse_document
from quizkit.notes import FactNote

_BOOK = """# Brewing tea at home

```{objectives}
- Learn how long each tea steeps.
```

## Steeping green tea

`````{exercise} Steep a cup of green tea
:label: green-tea

Green tea turns bitter when it is steeped too hot or too long.

1. Heat the water to 80 degrees.
2. Steep the leaves for two minutes:

```python
steep(leaves="sencha", minutes=2, celsius=80)
```
````{solution}
Pour the water over the leaves and lift them out after two minutes:

```python
cup = steep(leaves="sencha", minutes=2, celsius=80)
```
````
`````

## Tasting

```{exercise} Taste three teas side by side
Line up three cups and note how each tastes.
```

:::{note}
A lid on the cup keeps the water hot while the leaves steep, so the last minute of
steeping is not colder than the first.
:::

```{tip}
Warm the cup with hot water first so the tea does not cool when it is poured.
```

```{code-block} bash
:caption: Boil the kettle
kettle --boil --celsius 80
```

```{figure} cups.png
:alt: Three cups of tea

Three cups of tea in a row.
```

```{toctree}
:maxdepth: 2

steeping
tasting
```
"""


def _notes() -> list[FactNote]:
    deck = build_deck(_BOOK, "tea.md")
    return [n for n in deck.notes if isinstance(n, FactNote)]


def test_an_exercise_with_a_nested_solution_is_a_task_and_its_hidden_solution() -> None:
    notes = {n.front.split("\n")[0]: n for n in _notes()}
    note = notes["Steep a cup of green tea"]
    assert note.front == (
        "Steep a cup of green tea\n"
        "Green tea turns bitter when it is steeped too hot or too long.\n"
        "1. Heat the water to 80 degrees.\n"
        "2. Steep the leaves for two minutes:\n"
        'steep(leaves="sencha", minutes=2, celsius=80)'
    )
    assert note.back == (
        "Pour the water over the leaves and lift them out after two minutes:\n"
        'cup = steep(leaves="sencha", minutes=2, celsius=80)'
    )


def test_an_exercise_without_a_solution_makes_no_card() -> None:
    assert not any("Taste three teas" in n.front or "Line up" in n.front for n in _notes())


def test_directive_fences_and_their_options_are_never_card_text() -> None:
    for note in _notes():
        for text in (note.front, note.back):
            for raw in ("{exercise}", "{solution}", ":label:", ":caption:", "maxdepth", "cups.png"):
                assert raw not in text
            assert "Three cups of tea in a row" not in text  # a figure's caption: no card


def _line(start: str) -> int:
    return next(n for n, line in enumerate(_BOOK.split("\n"), 1) if line.startswith(start))


def test_notes_and_tips_are_alerts_and_a_code_block_is_code() -> None:
    items = parse_document(_BOOK).items
    assert [item.block for item in items[1:]] == [
        Callout(
            kind="note",
            text="A lid on the cup keeps the water hot while the leaves steep, so the last "
            "minute of\nsteeping is not colder than the first.",
            line=_line(":::{note}"),
        ),
        Callout(
            kind="tip",
            text="Warm the cup with hot water first so the tea does not cool when it is poured.",
            line=_line("```{tip}"),
        ),
        Code(info="bash", text="kettle --boil --celsius 80\n", line=_line("```{code-block}")),
        # The figure is the picture it is, and a picture alone is no block (as a Markdown
        # image on its own line): its caption and options are no text of the page, and
        # the toctree is nothing at all.
    ]
    assert isinstance(items[0].block, Question)
    assert items[0].block.line == _line("`````{exercise}")


def test_a_sphinx_exercise_solution_after_its_exercise_answers_it() -> None:
    text = """# Knots

## Tying knots

```{exercise} Tie a bowline
:label: bowline

Make a small loop, pass the end up through it, around the standing part and back
down through the loop.
```

```{solution} bowline
:class: dropdown

Pull the standing part until the loop closes around the end.
```
"""
    notes = [n for n in build_deck(text, "knots.md").notes if isinstance(n, FactNote)]
    assert [(n.front, n.back) for n in notes] == [
        (
            "Tie a bowline\nMake a small loop, pass the end up through it, around the "
            "standing part and back down through the loop.",
            "Pull the standing part until the loop closes around the end.",
        )
    ]


def test_empty_and_unclosed_directives_make_no_card() -> None:
    text = "# Tea\n\n```{code-block} bash\n```\n\n:::{note}\n:::\n\n```{exercise} Brew\nSteep it.\n"
    assert build_deck(text, "tea.md").notes == ()


def test_an_exercise_whose_task_is_a_project_makes_no_card() -> None:
    # Many steps and a page of code before the solution: a project, not a card.
    steps = "\n".join(
        f"{n}. Weigh out {n} grams of the blend number {n} and note its colour in the log."
        for n in range(1, 11)
    )
    code = "\n".join(f"cup_{n} = steep(blend={n}, minutes={n}, celsius=80)" for n in range(30))
    text = f"""# Blends

## Tasting every blend

`````{{exercise}} Taste every blend
{steps}

```python
{code}
```
````{{solution}}
Each blend tastes stronger the longer it steeps.
````
`````

## Steeping one blend

````{{exercise}} Steep one blend
Steep the first blend for one minute.
```{{solution}}
It tastes mild.
```
````
"""
    notes = [n for n in build_deck(text, "blends.md").notes if isinstance(n, FactNote)]
    assert [(n.front, n.back) for n in notes] == [
        ("Steep one blend\nSteep the first blend for one minute.", "It tastes mild.")
    ]
