"""Tutorial steps that made no card (reviews 22-23: a walkthrough of 500 lines gave one),
each read from a synthetic document that has the shape and none of the reviewed wording."""

from __future__ import annotations

from quizkit.build.builder import build_deck
from quizkit.notes import FactNote


def _facts(text: str) -> dict[str, str]:
    deck = build_deck(text, "steps.md")
    return {n.front: n.back for n in deck.notes if isinstance(n, FactNote)}


_BAKERY = (
    "# Running a bakery on a laptop\n\n"
    "## Prepare the oven\n\n"
    "The oven controller reads its settings from a config map and heats the trays.\n\n"
    "If you are running a toaster, run the following command to enable the proofing mode:\n\n"
    "```shell\n"
    "ovenctl addons enable proofing\n"
    "```\n\n"
    "## Bake some loaves\n\n"
    "Now knead some dough into the empty tray.\n\n"
    "```bash\n"
    'curl -XPOST -H "Content-Type: application/json" \\\n'
    "    -d '[{id: 1}, {id: 2}]' \\\n"
    '    "http://bakery.local/trays/rye/update/"\n'
    "```\n\n"
    "## Scale from 2 to 4 ovens\n\n"
    "So we want more bread. Adding ovens is easy.\n\n"
    "```bash\n"
    "ovenctl scale --replicas=4 bakery/main\n"
    "```\n\n"
    "You can also watch the ovens warm up:\n\n"
    "```bash\n"
    "ovenctl get ovens -w\n"
    "```\n\n"
    "## Export the recipes\n\n"
    "First, get the YAML of your Recipe in the `bakery/v2` form:\n\n"
    "```shell\n"
    "ovenctl get recipe rye -o yaml > /tmp/rye.yaml\n"
    "```\n"
)


def test_a_run_the_command_to_step_asks_its_purpose_under_its_condition() -> None:
    facts = _facts(_BAKERY)
    question = "If you are running a toaster, how do you enable the proofing mode with `ovenctl`?"
    assert facts[question] == "ovenctl addons enable proofing"


def test_a_lone_imperative_sentence_ending_in_a_full_stop_is_a_step() -> None:
    # The step names nothing of its own ("the empty tray"): the page's title says of what.
    facts = _facts(_BAKERY)
    question = "Running a bakery on a laptop: how do you knead some dough into the empty tray?"
    assert facts[question] == (
        'curl -XPOST -H "Content-Type: application/json" \\\n'
        "-d '[{id: 1}, {id: 2}]' \\\n"
        '"http://bakery.local/trays/rye/update/"'
    )


def test_a_heading_names_the_step_of_the_first_block_its_prose_does_not() -> None:
    facts = _facts(_BAKERY)
    question = "Running a bakery on a laptop: how do you scale from 2 to 4 ovens?"
    assert facts[question] == "ovenctl scale --replicas=4 bakery/main"
    # The look after it is no step: neither the heading's nor a card of its own.
    assert not [back for back in facts.values() if "get ovens" in back]


def test_the_yaml_of_a_named_object_is_not_the_file_at_hand() -> None:
    facts = _facts(_BAKERY)
    question = "How do you get the YAML of your Recipe in the `bakery/v2` form with `ovenctl`?"
    assert facts[question] == "ovenctl get recipe rye -o yaml > /tmp/rye.yaml"


def test_explanations_and_headings_that_are_no_action_make_no_step() -> None:
    text = (
        "# Ovens\n\n"
        "## How the ovens scale\n\n"
        "The controller adds ovens when the queue grows. It removes them at night.\n\n"
        "```bash\n"
        "ovenctl scale --replicas=4 bakery/main\n"
        "```\n\n"
        "## Install the oven\n\n"
        "Apply the manifest.\n\n"
        "```bash\n"
        "kubectl apply -f https://example.com/oven.yaml\n"
        "```\n\n"
        "## Tune the heat\n\n"
        "The heat follows the dough. Recipes set it.\n\n"
        "```bash\n"
        "ovenctl heat --auto\n"
        "ovenctl heat --max=250\n"
        "ovenctl heat --min=150\n"
        "ovenctl heat --step=5\n"
        "ovenctl heat --log\n"
        "```\n"
    )
    # A heading that asks, a step that only applies a file, and five commands (a script,
    # not a step) make no card.
    assert not [front for front in _facts(text) if front.startswith(("How do", "Ovens:"))]


_PURPOSE = (
    "# Kiln handbook\n\n"
    "## Retire a kiln\n\n"
    "To remove a Kiln cluster, simply delete its `kiln` resource.\n\n"
    "```bash\n"
    "kilnctl delete kiln west-wing\n"
    "```\n\n"
    "## Glaze settings\n\n"
    "To change the glaze mix, run:\n\n"
    "```bash\n"
    "kilnctl patch glaze house \\\n"
    '  -p \'{"mix": {\n'
    '    "clay": "red",\n'
    '    "ash": "oak"\n'
    "  }}'\n"
    "```\n\n"
    "## Checks\n\n"
    "To test your setup, run:\n\n"
    "```bash\n"
    "kilnctl selftest\n"
    "```\n"
)


def test_a_purpose_before_what_to_do_is_the_step() -> None:
    facts = _facts(_PURPOSE)
    assert facts["How do you remove a Kiln cluster?"] == "kilnctl delete kiln west-wing"


def test_a_quoted_argument_after_a_continued_line_stays_whole() -> None:
    # The step names nothing of its own: the page's title says of what.
    facts = _facts(_PURPOSE)
    assert facts["Kiln handbook: how do you change the glaze mix?"] == (
        'kilnctl patch glaze house \\\n-p \'{"mix": {\n    "clay": "red",\n    "ash": "oak"\n  }}\''
    )


def test_a_purpose_that_is_no_one_task_makes_no_step() -> None:
    # "To test your setup" (a broad verb) asks nothing the command alone answers.
    assert not [back for back in _facts(_PURPOSE).values() if "selftest" in back]


def test_a_step_naming_nothing_under_a_generic_title_makes_no_card() -> None:
    # "FAQ: how do you change the glaze mix?" would still not say of what.
    text = _PURPOSE.replace("# Kiln handbook", "# FAQ")
    assert not [back for back in _facts(text).values() if "patch glaze" in back]
