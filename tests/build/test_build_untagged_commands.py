"""Commands that made no card: a sentence saying what a command does
over a code block with no language tag that holds only shell commands is the same
tutorial step as over a ```bash block. Each shape is read from a synthetic document with
none of the reviewed wording."""

from __future__ import annotations

from quizkit.build.builder import build_deck
from quizkit.build.markdown import Code
from quizkit.build.rules.common import _shell_block
from quizkit.notes import FactNote

STEPS = (
    "# Brewctl notes\n"
    "\n"
    "## Handy tricks\n"
    "\n"
    "To make vim the editor of brewctl edit\n"
    "```\n"
    'export BREW_EDITOR="vim"\n'
    "```\n"
    "\n"
    "## Recipes\n"
    "\n"
    "Recipes hold the grain bill and the hop schedule. To add the simplest recipe with"
    " one grain, see below.\n"
    "```\n"
    "$ kubectl create configmap stout --from-literal=grain=barley\n"
    "configmap/stout created\n"
    "```\n"
    "\n"
    "To safely create a brewery password secret, use the --from-literal flag like this:\n"
    "```\n"
    "$ kubectl create secret generic brew --from-literal=pw=malt --dry-run -o yaml\n"
    "```\n"
    "\n"
    "Use the --export and -o yaml flags to copy the manifest of a running fermenter"
    " into a file:\n"
    "```\n"
    "kubectl get deploy fermenter --export -o yaml > fermenter.yaml\n"
    "```\n"
)


def _cards() -> dict[str, str]:
    deck = build_deck(STEPS, "brewctl-notes.md")
    return {n.front: n.back for n in deck.notes if isinstance(n, FactNote)}


def test_a_step_over_an_untagged_block_of_commands_makes_a_card() -> None:
    cards = _cards()
    assert cards["Brewctl notes: how do you make vim the editor of brewctl edit?"] == (
        'export BREW_EDITOR="vim"'
    )
    assert cards[
        "How do you copy the manifest of a running fermenter into a file with the"
        " --export and -o yaml flags?"
    ] == ("kubectl get deploy fermenter --export -o yaml > fermenter.yaml")


def test_a_purpose_closing_a_paragraph_and_pointing_below_is_the_step() -> None:
    # The explanation before it stays off the card; the session's output is no command.
    assert _cards()["Brewctl notes: how do you add the simplest recipe with one grain?"] == (
        "kubectl create configmap stout --from-literal=grain=barley"
    )


def test_the_manner_of_a_purpose_is_no_part_of_the_question() -> None:
    assert _cards()["Brewctl notes: how do you create a brewery password secret?"] == (
        "kubectl create secret generic brew --from-literal=pw=malt --dry-run -o yaml"
    )


def test_an_untagged_block_is_shell_only_when_every_line_is_a_command() -> None:
    assert _shell_block(Code(info="", text="kubectl get pods\n# a note\nhelm list\n", line=1))
    assert _shell_block(Code(info="", text="$ brew list\nstout  porter\n", line=1))
    assert not _shell_block(Code(info="", text="apiVersion: v1\nkind: Pod\n", line=1))
    assert not _shell_block(Code(info="", text="kubectl apply -f - <<EOF\nkind: Pod\n", line=1))
    assert not _shell_block(Code(info="", text="# only a comment\n", line=1))
    assert not _shell_block(Code(info="python", text="kubectl get pods\n", line=1))


def test_a_step_doing_its_work_there_points_back_and_makes_no_card() -> None:
    text = (
        "# Brewctl notes\n\n## Cellar\n\n"
        "Before brewing, let's create a `cellar` namespace.\n"
        "We will keep there all the kegs and the taps that belong to it:\n\n"
        "```\nkubectl create namespace cellar\n```\n"
    )
    fronts = [n.front for n in build_deck(text, "cellar.md").notes if isinstance(n, FactNote)]
    assert not any("there" in front for front in fronts)


def test_a_step_of_a_verb_and_its_manner_names_nothing_and_makes_no_card() -> None:
    text = "# Brewctl notes\n\n## Kegs\n\nEmpty quickly:\n```\nkubectl delete pod keg --now\n```\n"
    assert [n for n in build_deck(text, "kegs.md").notes if isinstance(n, FactNote)] == []
