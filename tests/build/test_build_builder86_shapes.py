"""Answers cut before the part that answers (session 10, builder 86): a step asking for
"all" of something keeps the sentence that says how to reach all of it; a "How to X?"
answer keeps the further steps its section gives ("Also, …", "To avoid …, use …");
a two-part imperative question ("Identify and fix X") keeps the paragraph answering
its second part. Read from synthetic documents that have the shapes and none of the
reviewed wording."""

from __future__ import annotations

from quizkit.build.builder import build_deck
from quizkit.notes import FactNote

_ALL_KITCHENS = """# Watch a kettle

## Kettle events

Events such as the ones shown at the end of a kettle's description are kept by the
controller and say what happened to each kettle lately. To list all events you can use

```shell
kettlectl get events
```

but remember that events belong to a kitchen. If you want the events of one kitchen,
you have to name that kitchen in the command:

```shell
kettlectl get events --kitchen=pantry
```

To see events from every kitchen at once, pass the `--every-kitchen` flag.

Another way to learn more about a kettle is to ask for its full record.
"""


def _step_backs(text: str, start: str) -> list[tuple[str, str]]:
    return [
        (n.front, n.back)
        for n in build_deck(text, "watch-kettle.md").notes
        if isinstance(n, FactNote) and n.back.startswith(start)
    ]


def test_a_step_asking_for_all_keeps_the_sentence_reaching_all() -> None:
    assert _step_backs(_ALL_KITCHENS, "kettlectl get events\n") == [
        (
            "Watch a kettle: how do you list all events?",
            "kettlectl get events\n"
            "But remember that events belong to a kitchen. If you want the events of one "
            "kitchen, you have to name that kitchen in the command:\n"
            "kettlectl get events --kitchen=pantry\n"
            "To see events from every kitchen at once, pass the `--every-kitchen` flag.",
        )
    ]


def test_a_step_asking_for_no_whole_leaves_the_next_paragraph_off() -> None:
    text = _ALL_KITCHENS.replace("To list all events you can use", "To list events you can use")
    assert _step_backs(text, "kettlectl get events\n") == [
        (
            "Watch a kettle: how do you list events?",
            "kettlectl get events\n"
            "But remember that events belong to a kitchen. If you want the events of one "
            "kitchen, you have to name that kitchen in the command:\n"
            "kettlectl get events --kitchen=pantry",
        )
    ]
