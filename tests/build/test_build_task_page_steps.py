"""A how-to (task) page: steps of prose, shell commands and files,
read from a synthetic document that has the shape and none of the reviewed wording."""

from __future__ import annotations

from quizkit.build.builder import build_deck
from quizkit.build.cloze import unfit
from quizkit.notes import ClozeNote, FactNote

_TASK = (
    "---\ntitle: Work with several package mirrors\n---\n\n"
    "This page shows how to keep the settings of several package mirrors in one file.\n\n"
    "## Define mirrors, accounts, and profiles\n\n"
    "Suppose you keep two package mirrors, one for nightly builds and one for releases.\n"
    "The nightly mirror needs a token; the release mirror is public.\n\n"
    "Make a folder named `mirror-lab`. In your `mirror-lab` folder, create a file named\n"
    "`mirrors.toml` with this content:\n\n"
    "```toml\n[mirrors]\nnightly = {}\nrelease = {}\n```\n\n"
    "Go to your `mirror-lab` folder. Enter these commands to add mirror details to\n"
    "your settings file:\n\n"
    "```shell\n"
    "pkgctl --settings=mirrors.toml set-mirror nightly --url=https://10.0.0.5\n"
    "pkgctl --settings=mirrors.toml set-mirror release --url=https://10.0.0.6\n"
    "```\n\n"
    "Add account details to your settings file:\n\n"
    "{{< caution >}}\nKeeping tokens in the settings file is risky. A token helper keeps\n"
    "them apart.\n{{< /caution >}}\n\n"
    "```shell\npkgctl --settings=mirrors.toml set-account builder --token-file=token.txt\n```\n\n"
    "## Look in the cache folder\n\n"
    "Go to `$HOME/.pkgctl`, and look at the files there. Usually, there is a file named\n"
    "`cache.db`.\n"
)


def _facts(text: str) -> dict[str, str]:
    deck = build_deck(text, "mirrors.md")
    return {n.front: n.back for n in deck.notes if isinstance(n, FactNote)}


def test_a_lead_in_saying_what_the_commands_do_asks_how_and_answers_with_them() -> None:
    facts = _facts(_TASK)
    assert facts["How do you add mirror details to your settings file with `pkgctl`?"] == (
        "pkgctl --settings=mirrors.toml set-mirror nightly --url=https://10.0.0.5\n"
        "pkgctl --settings=mirrors.toml set-mirror release --url=https://10.0.0.6"
    )


def test_a_caution_between_the_lead_in_and_its_commands_does_not_break_the_step() -> None:
    facts = _facts(_TASK)
    assert facts["How do you add account details to your settings file with `pkgctl`?"] == (
        "pkgctl --settings=mirrors.toml set-account builder --token-file=token.txt"
    )


def test_a_note_after_a_lead_in_that_is_no_lead_in_stays_between() -> None:
    # A statement ending in "." over the note: the command keeps no question of it.
    text = _TASK.replace("Add account details to your settings file:", "Accounts come next.")
    assert not any("account" in front for front in _facts(text))


def test_an_imperative_step_heading_over_a_set_up_makes_no_card_of_its_scene() -> None:
    fronts = list(_facts(_TASK))
    assert not any(front.startswith("Define mirrors") for front in fronts)
    assert not any("Suppose you keep" in back for back in _facts(_TASK).values())


def test_an_imperative_question_heading_answered_in_prose_is_still_asked() -> None:
    text = (
        "# Interview notes\n\n## Define idempotence\n\n"
        "An operation is idempotent when running it twice leaves the same state as once.\n"
    )
    assert _facts(text) == {
        "Define idempotence": (
            "An operation is idempotent when running it twice leaves the same state as once."
        )
    }


def test_a_heading_asking_how_keeps_its_steps_as_the_answer() -> None:
    text = (
        "# Interview notes\n\n## Explain how to start a mirror\n\n"
        "Create the settings file first:\n\n"
        "```shell\npkgctl init --settings=mirrors.toml\n```\n"
    )
    assert "Explain how to start a mirror" in _facts(text)


def test_a_thing_said_to_be_there_without_a_place_leans_on_the_sentence_before() -> None:
    assert unfit("Usually, there is a file named `cache.db`.") == "needs_context"
    assert unfit("There is a file called `cache.db` with the downloaded indexes.") == (
        "needs_context"
    )
    deck = build_deck(_TASK, "mirrors.md")
    clozes = [n.text for n in deck.notes if isinstance(n, ClozeNote)]
    assert not any("there is a file named" in c for c in clozes)


def test_a_thing_said_to_be_somewhere_stands_on_its_own() -> None:
    assert unfit("Usually, there is a file named `cache.db` in the `$HOME/.pkgctl` folder.") != (
        "needs_context"
    )


_SWITCHES = (
    "---\ntitle: Work with several package mirrors\n---\n\n"
    "## Switch profiles\n\n"
    "Set the active profile:\n\n"
    "```shell\npkgctl --settings=mirrors.toml profile use nightly-build\n```\n\n"
    "Now every download goes to the nightly mirror.\n\n"
    "Change the active profile to `release-build`:\n\n"
    "```shell\npkgctl --settings=mirrors.toml profile use release-build\n```\n\n"
    "List the packages of the mirror:\n\n"
    "```shell\npkgctl list packages\n```\n\n"
    "List the accounts of the mirror:\n\n"
    "```shell\npkgctl list accounts\n```\n"
)


def test_a_step_repeated_with_only_its_object_renamed_is_one_card() -> None:
    facts = _facts(_SWITCHES)
    assert facts["How do you set the active profile with `pkgctl`?"] == (
        "pkgctl --settings=mirrors.toml profile use nightly-build"
    )
    assert not any("release-build" in front for front in facts)


def test_commands_differing_in_a_subcommand_word_stay_two_steps() -> None:
    facts = _facts(_SWITCHES)
    assert (
        facts["How do you list the packages of the mirror with `pkgctl`?"] == "pkgctl list packages"
    )
    assert (
        facts["How do you list the accounts of the mirror with `pkgctl`?"] == "pkgctl list accounts"
    )


_VARIABLE = (
    "---\ntitle: Work with several package mirrors\n---\n\n"
    "## Point the tool at more settings files\n\n"
    "Save the current value first:\n\n"
    '```shell\nexport PKGCTL_PATH_SAVED="$PKGCTL_PATH"\n```\n\n'
    "The `PKGCTL_PATH` environment variable is a list of folders to search for settings\n"
    "files. The list is comma-separated on every system, and the first folder wins.\n"
)


def test_a_definition_going_on_by_its_kind_is_one_cloze_with_both_sentences() -> None:
    deck = build_deck(_VARIABLE, "mirrors.md")
    clozes = [n.text for n in deck.notes if isinstance(n, ClozeNote)]
    assert clozes == [
        "Work with several package mirrors: The {{c1::`PKGCTL_PATH`}} environment variable "
        "is a list of folders to search for settings files. The list is comma-separated on "
        "every system, and the first folder wins."
    ]


def test_a_definition_not_going_on_under_code_naming_its_term_stays_the_examples() -> None:
    text = _VARIABLE.replace("The list is comma-separated", "Keep it comma-separated")
    deck = build_deck(text, "mirrors.md")
    assert not [n for n in deck.notes if isinstance(n, ClozeNote)]


def test_an_explain_heading_over_an_instruction_and_its_file_stays_asked() -> None:
    text = (
        "# Interview notes\n\n## Explain the release layout\n\n"
        "Create a file named `release.toml` with this content:\n\n"
        '```toml\n[release]\nchannel = "stable"\n```\n'
    )
    assert "Explain the release layout" in _facts(text)
