"""Answers the held-out reviews carded incomplete (criterion 2), read from synthetic
documents with each shape and none of the reviewed documents' wording: an answer that
announces what follows ("Why is that?", "Let's list them,", "There are three kinds …")
carries it or is no card; a "why" answered only past a dated first sentence goes on to
the reason."""

from __future__ import annotations

from quizkit.build.builder import build_deck
from tests.helpers import facts

RHETORICAL = """# Teapot FAQ

## Why should you switch to the new kettle?

The old kettle still boils water fine for most kitchens, but we advise switching when you can.
What makes it better?

1. Speed: The new element heats a full kettle in ninety seconds where the old one took four
   minutes, and it keeps [the water warm](https://example.org/warm) for an hour after boiling
   without drawing more than a trickle of power from the wall socket.

2. Safety: The base switches off by itself when the kettle runs dry, the handle stays cool, and
   the lid locks so steam cannot scald a hand reaching over it, which the old design allowed
   more often than we would like.

3. Quietness: A new diffuser under the element stops the rumbling noise that woke people up in
   the morning; the boil is now about as loud as a conversation held in the next room with the
   door closed.

4. Cost: It draws less power for each litre, so a household making eight cups a day saves a
   visible amount on its yearly bill, which pays the kettle back in about two years of ordinary
   use in most regions.

## Why is the old teapot model no longer sold in shops?

Shops have not carried the old teapot model since 2021.

The reason is simple: its glaze contained lead, and new rules forbade lead in anything that
touches food, so every shop had to clear its shelves.
"""


def test_a_rhetorical_lead_in_whose_reasons_do_not_fit_answers_by_label() -> None:
    # Each reason is defined after its label and even the first sentences do not fit: the
    # reasons answer by their labels rather than leave the author's question uncarded.
    notes = {n.front: n.back for n in facts(build_deck(RHETORICAL, "teapot.md").notes)}
    assert notes["Why should you switch to the new kettle?"] == (
        "The old kettle still boils water fine for most kitchens, but we advise switching"
        " when you can. What makes it better?\n1. Speed\n2. Safety\n3. Quietness\n4. Cost"
    )


def test_a_dated_first_sentence_is_no_cause_and_the_reason_follows() -> None:
    notes = {n.front: n.back for n in facts(build_deck(RHETORICAL, "teapot.md").notes)}
    assert notes["Why is the old teapot model no longer sold in shops?"] == (
        "Shops have not carried the old teapot model since 2021.\nThe reason is simple: its"
        " glaze contained lead, and new rules forbade lead in anything that touches food,"
        " so every shop had to clear its shelves."
    )


COMMA_LEAD_INS = """# Widget interview questions

1. ### What is a widget slot?
   A widget slot is a placeholder in a panel where the host renders a child widget. A slot is
   declared like an element,
   ```html
   <widget-slot name="main"></widget-slot>
   ```

2. ### What is a widget binding?
   A widget binding links a widget property to a value held by the panel, so the panel never
   copies data by hand. There are three forms of widget binding which differ in the direction
   the data moves.
   1. **From the panel to the widget:**

       **Value binding:** [value]="x": Copies the panel value into the widget property each
       time it changes
       ```html
       <w-input [value]="user.name"></w-input>
       ```
   2. **From the widget to the panel:**
       **Signal binding: (signal)="handler()":** When the widget emits a signal, the panel
       calls the named handler
       ```html
       <w-button (press)="save()"></w-button>
       ```
   3. **Both ways:**
       **Mirror binding:** [(mirror)]="x": The widget and the panel keep the same value
       whichever side changes it first, so an edit in either place shows up in the other one at
       once
       ```html
       <w-input [(mirror)]="user.email"></w-input>
       ```

3. ### What are the different releases of Widgets?
   There are many releases of Widgets. Let's see what each release brought,

   1. **Widgets 1:**
      * The first release shipped in 2015 with panels and slots only, and it had no binding at all.
      * It ran on desktop browsers and needed a plugin on older ones.
   2. **Widgets 2:**
      * The second release added value binding and signal binding, and dropped the plugin
        completely.
      * It rewrote the renderer for mobile browsers and cut the start-up time in half on slow
        phones.
   3. **Widgets 3:**
      * The third release added mirror binding and a command line tool that creates a panel
        skeleton.
      * It also made slots typed, so a wrong child widget is reported when the panel is built.
   4. **Widgets 4:**
      * The fourth release moved the build to a new compiler that removes unused widgets from
        bundles.
      * It shipped a test runner that renders panels without a browser for quick checks.
   5. **Widgets 5:**
      * The fifth release added lazy panels, loaded only when a route first asks for them.
      * It dropped the old desktop browsers that needed special code paths in the renderer.
"""


def test_a_comma_lead_in_keeps_the_code_it_announces() -> None:
    notes = {n.front: n.back for n in facts(build_deck(COMMA_LEAD_INS, "widgets.md").notes)}
    assert notes["What is a widget slot?"] == (
        "A widget slot is a placeholder in a panel where the host renders a child widget."
        ' A slot is declared like an element,\n<widget-slot name="main"></widget-slot>'
    )


def test_a_counted_lead_in_whose_labels_are_defined_below_answers_by_label() -> None:
    # Each direction is defined under its label (a binding, its code) and the
    # definitions do not fit a card: the definition and the directions by name answer.
    notes = {n.front: n.back for n in facts(build_deck(COMMA_LEAD_INS, "widgets.md").notes)}
    assert notes["What is a widget binding?"] == (
        "A widget binding links a widget property to a value held by the panel, so the"
        " panel never copies data by hand. There are three forms of widget binding which"
        " differ in the direction the data moves.\n"
        "1. From the panel to the widget\n"
        "2. From the widget to the panel\n"
        "3. Both ways"
    )


def test_a_lead_in_whose_list_does_not_fit_is_no_card() -> None:
    # Items named only "Widgets 1", "Widgets 2": the names say nothing, the items are
    # too long for a card, and "There are many releases of Widgets." alone answers
    # nothing: no card rather than one ending "Let's see what each release brought,".
    deck = build_deck(COMMA_LEAD_INS, "widgets.md")
    fronts = [n.front for n in facts(deck.notes)]
    assert "What are the different releases of Widgets?" not in fronts
    assert not [n for n in facts(deck.notes) if n.back.rstrip().endswith(",")]


COMMANDS = """# Toolbox interview questions

1. **What is the box tool and what are its most used commands?**

   The box tool is the package manager of the Toolbox language: it fetches dependencies,
   builds the project, packs archives to share and publishes them to the community index.
   The most used box commands are:
    + Start a new project that builds a program: `box init hello`
    +  Start a new project that builds a library: `box init --lib hello`
    +  Compile the project and everything it depends on: `box make`
    +  Compile the project with every optimisation turned on: `box make --fast`
    +  Run the program of the current project: `box go`.  Arguments for the program go
       after two dashes: `box go -- args`
    +  Delete everything the compiler wrote in the output folder: `box wipe`
    +  Print the tree of dependencies of the project: `box deps`

2. **Which box commands inspect a project?**

   The box tool has several commands that only read a project and change nothing in it,
   so they are safe to run on a checkout you do not own; the commonly used ones are:
    + `box deps`: prints the tree of dependencies. It reads the lock file and the manifest.
    + `box lint`: reports code that compiles but is likely wrong, such as unused values.
      Each report names the rule it broke and the line it found the problem on.
    + `box size`: prints the size each dependency adds to the program that is built.
      The largest dependencies are listed first, with their share of the whole.
    + `box why NAME`: says which dependency pulled NAME into the project, path by path.
    + `box audit`: checks every dependency against the advisory list of known flaws.
      A dependency with a known flaw makes the command fail, which stops a pipeline.
"""


def test_a_label_keeps_the_inline_command_after_its_colon() -> None:
    notes = {n.front: n.back for n in facts(build_deck(COMMANDS, "box.md").notes)}
    back = notes["What is the box tool and what are its most used commands?"]
    assert back.split("\n")[1:] == [
        "• Start a new project that builds a program: `box init hello`",
        "• Start a new project that builds a library: `box init --lib hello`",
        "• Compile the project and everything it depends on: `box make`",
        "• Compile the project with every optimisation turned on: `box make --fast`",
        "• Run the program of the current project: `box go`",
        "• Delete everything the compiler wrote in the output folder: `box wipe`",
        "• Print the tree of dependencies of the project: `box deps`",
    ]


def test_a_command_before_its_colon_keeps_what_it_does() -> None:
    notes = {n.front: n.back for n in facts(build_deck(COMMANDS, "box.md").notes)}
    back = notes["Which box commands inspect a project?"]
    assert back.split("\n")[1:] == [
        "• `box deps`: prints the tree of dependencies",
        "• `box lint`: reports code that compiles but is likely wrong, such as unused values",
        "• `box size`: prints the size each dependency adds to the program that is built",
        "• `box why NAME`: says which dependency pulled NAME into the project, path by path",
        "• `box audit`: checks every dependency against the advisory list of known flaws",
    ]


EXAMPLE_ASKED = """# Gadget interview questions

1. ### Give an example for a gadget filter?
   Let's take a simple uppercase filter as an example for a text gadget. You can create
   and apply the filter with these steps:

   1. Create the UpperFilter class in the file `src/upper.filter.ts` and give it a
      `transform` method returning the text in capitals.
   2. Register the filter in the gadget module under the name `upper`.
   3. Apply it in a template with the pipe sign: `{{ title | upper }}`.

2. ### Is the gadget server running?
   Let's check the gadget server first: run this on the host:
   ```shell
   gadgetctl status
   ```
"""


def test_an_example_asked_for_is_carded_despite_its_lets_opening() -> None:
    notes = {n.front: n.back for n in facts(build_deck(EXAMPLE_ASKED, "gadget.md").notes)}
    assert notes["Give an example for a gadget filter?"].split("\n")[1:] == [
        "1. Create the UpperFilter class in the file `src/upper.filter.ts` and give it a"
        " `transform` method returning the text in capitals.",
        "2. Register the filter in the gadget module under the name `upper`.",
        "3. Apply it in a template with the pipe sign: `{{ title | upper }}`.",
    ]
    # A walkthrough's "Let's check …" step still makes no card.
    assert "Is the gadget server running?" not in notes
