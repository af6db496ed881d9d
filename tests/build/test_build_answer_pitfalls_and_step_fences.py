"""An FAQ answer whose first paragraph only says what must be done or whose next
paragraph states its pitfall: the blocks after it join the
back while all fits, else no card. Read from synthetic documents that have the shapes
and none of the reviewed wording."""

from __future__ import annotations

from quizkit.build.builder import build_deck
from quizkit.notes import FactNote

_CODE = """```javascript
const Quiet = require('quiet-warnings-plugin');
module.exports = {
    plugins: [new Quiet({ exclude: [/induction/, /gas/, /solar/] })]
};
```"""

_LONG_CODE = (
    "```javascript\n"
    + "\n".join(
        f"// heater driver {n}: drop it from the list below to load it at run time"
        for n in range(12)
    )
    + "\n```"
)

_PITFALL = (
    "One important thing to know is that when you rename or delete a recipe, the old "
    "compiled recipe stays in the build folder. Kettlekit loads every recipe it finds "
    "there, so the old one keeps running. Delete the build folder and rebuild whenever "
    "you rename or remove recipes."
)

_NEEDS = (
    "The bundler prints warnings about heater drivers your app never requires"
    ". To silence them for the drivers you do not use, "
    "you will need to edit your bundler config file."
)
_OPENING = (
    "When you use the build folder option, remember to copy the sound files your kett"
    "le plays into the build folder. Otherwise point the player at their source paths."
)


def _faq(bundler_code: str, pitfall: str) -> str:
    return f"""# Kettlekit FAQ

## How to use Kettlekit with a bundler?

{_NEEDS}

{bundler_code}

## How to handle the build folder option?

{_OPENING}

{pitfall}

## How do I reset the kettle?

Press the reset button for five seconds. The light blinks twice when the kettle is reset.

That is all it takes.
"""


def _backs(text: str) -> dict[str, str]:
    deck = build_deck(text, "kettle-faq.md")
    return {n.front: n.back for n in deck.notes if isinstance(n, FactNote)}


def test_an_answer_saying_a_config_must_change_keeps_the_config() -> None:
    backs = _backs(_faq(_CODE, _PITFALL))
    back = backs["How to use Kettlekit with a bundler?"]
    assert back.startswith("The bundler prints warnings")
    assert "new Quiet({ exclude: [/induction/, /gas/, /solar/] })" in back


def test_an_answer_whose_pitfall_follows_keeps_the_pitfall() -> None:
    backs = _backs(_faq(_CODE, _PITFALL))
    back = backs["How to handle the build folder option?"]
    assert back.startswith("When you use the build folder option")
    assert back.endswith(
        "Delete the build folder and rebuild whenever you rename or remove recipes."
    )


def test_an_answer_whose_rest_does_not_fit_makes_no_card() -> None:
    long_pitfall = " ".join([_PITFALL] * 3)
    backs = _backs(_faq(_LONG_CODE, long_pitfall))
    assert not [f for f in backs if f.endswith(("with a bundler?", "build folder option?"))]
    # A paragraph that neither announces nor is announced stays alone, as before.
    assert backs["Kettlekit: How do I reset the kettle?"] == (
        "Press the reset button for five seconds. The light blinks twice when the kettle is reset."
    )


_TASK = """# Inspect a running kettle

## Examine the kettle

Look at the kettles the controller started:

```shell
kettlectl get kettles
```

We get more detail on each of these kettles using `kettlectl describe kettle`. For example:

```shell
kettlectl describe kettle kitchen-7f9c
```

Open a shell inside a kettle with `kettlectl exec`:

```shell
kettlectl exec -it kitchen-7f9c -- sh
```

Create a Service for a kettle with `kettlectl expose`:

```shell
kettlectl expose deployment/kitchen
```

Use `kettlectl delete` to remove the kettle when you're finished:

```shell
kettlectl delete kettle kitchen-7f9c
```
"""


def test_a_step_front_never_holds_its_command_and_clean_up_makes_no_card() -> None:
    deck = build_deck(_TASK, "inspect-kettle.md")
    fronts = [n.front for n in deck.notes if isinstance(n, FactNote)]
    backs = [n.back for n in deck.notes if isinstance(n, FactNote)]
    # "… using `kettlectl describe kettle`?" over that command and a name: no card.
    assert not [b for b in backs if b.startswith("kettlectl describe")]
    # Removing what the page made is no knowledge.
    assert not [f for f in fronts if "remove the kettle" in f]
    assert not [b for b in backs if b.startswith("kettlectl delete")]
    # A tool named at the end of the front, over that tool and a name, leaves the front.
    assert "How do you create a Service for a kettle?" in fronts
    assert "kettlectl expose deployment/kitchen" in backs
    # A step whose command adds flags to the tool it names stays.
    assert "kettlectl exec -it kitchen-7f9c -- sh" in backs


_BROKEN = """# Watch a kettle

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
"""


def test_a_sentence_broken_by_its_code_keeps_its_end_on_the_back() -> None:
    notes = [
        (n.front, n.back)
        for n in build_deck(_BROKEN, "watch-kettle.md").notes
        if isinstance(n, FactNote) and n.back.startswith("kettlectl get events\n")
    ]
    assert notes == [
        (
            "Watch a kettle: how do you list all events?",
            "kettlectl get events\n"
            "But remember that events belong to a kitchen. If you want the events of one "
            "kitchen, you have to name that kitchen in the command:\n"
            "kettlectl get events --kitchen=pantry",
        )
    ]


_TWO_FENCES = """# Route kettles by kitchen

## Try it out

1. Use the kitchen names from the routes to reach the front door.

   ```bash
   curl -v https://pantry.example.test

   > GET / HTTP/2
   < HTTP/2 200
   steam from pantry
   ```

   ```bash
   curl -v https://scullery.example.test

   > GET / HTTP/2
   < HTTP/2 200
   steam from scullery
   ```
"""


def test_a_step_of_consecutive_fences_keeps_all_its_commands() -> None:
    backs = [
        n.back
        for n in build_deck(_TWO_FENCES, "route-kettles.md").notes
        if isinstance(n, FactNote) and n.back.startswith("curl")
    ]
    assert backs == ["curl -v https://pantry.example.test\ncurl -v https://scullery.example.test"]


_OTHER_PROGRAM = """# Seal a kettle

## Seal it

Create a seal key:

```sh
sealctl keygen --bits 4096 --out seal.key
```

```sh
vaultctl store seal.key --name kettle-seal
```
"""


def test_a_next_fence_running_another_program_stays_off_the_step() -> None:
    backs = [
        n.back
        for n in build_deck(_OTHER_PROGRAM, "seal-kettle.md").notes
        if isinstance(n, FactNote) and n.back.startswith("sealctl")
    ]
    assert backs == ["sealctl keygen --bits 4096 --out seal.key"]
