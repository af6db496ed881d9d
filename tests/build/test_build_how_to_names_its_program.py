"""A how-to card read alone names the program its command runs: "How do you apply
changes?" over ``quarry apply`` asks a task of any tool. And a comment over a command
whose variants below each carry their own comment is that command's card, each variant
one of its own. Synthetic documents with the shapes and none of the reviewed wording."""

from __future__ import annotations

from quizkit.build.builder import build_deck
from quizkit.notes import FactNote


def _facts(text: str) -> dict[str, str]:
    deck = build_deck(text, "shapes.md")
    return {n.front: n.back for n in deck.notes if isinstance(n, FactNote)}


def test_a_comment_over_a_command_asks_it_with_its_program() -> None:
    text = (
        "# Quarry Reference\n\n## Publishing\n\n```bash\n"
        "# Apply pending changes\n"
        "quarry apply\n"
        "```\n\n"
        "## Snapshots\n\n```bash\n"
        "# Create a snapshot of the store\n"
        "quarry snapshot create\n"
        "```\n"
    )
    # The page's title names the product; the cards, read alone, name the program.
    assert _facts(text) == {
        "How do you apply pending changes with quarry?": "quarry apply",
        "How do you create a snapshot of the store with quarry?": "quarry snapshot create",
    }


def test_a_step_lead_in_asks_it_with_its_program() -> None:
    text = (
        "# Rolling back a release\n\n"
        "Something went wrong with the new version.\n\n"
        "Pause the rollout before rolling back:\n\n"
        "```shell\n$ lumen rollout pause web-frontend\n```\n"
    )
    assert _facts(text) == {
        "How do you pause the rollout before rolling back with `lumen`?": (
            "lumen rollout pause web-frontend"
        )
    }


def test_a_front_naming_the_program_or_its_product_is_kept() -> None:
    text = (
        "# Notes\n\n## Mesh\n\n```bash\n"
        "# Add the namespace to the Meshwork mesh\n"
        "meshworkctl namespace add shop\n"
        "```\n\n"
        "## Store\n\n```bash\n"
        "# Run quarry garbage collection\n"
        "quarry gc\n"
        "```\n"
    )
    assert _facts(text) == {
        # "Meshwork" is the product ``meshworkctl`` is the tool of.
        "How do you add the namespace to the Meshwork mesh?": "meshworkctl namespace add shop",
        "How do you run quarry garbage collection?": "quarry gc",
    }


def test_everyday_shell_commands_name_no_program() -> None:
    text = (
        "# Shell basics\n\n## Files\n\n```bash\n"
        "# List the files of the current folder\n"
        "ls -la\n"
        "```\n\n"
        "## Search\n\n```bash\n"
        "# Find every TODO in the tree\n"
        "grep -rn TODO .\n"
        "```\n"
    )
    assert _facts(text) == {
        "How do you list the files of the current folder?": "ls -la",
        "How do you find every TODO in the tree?": "grep -rn TODO .",
    }


def test_variants_explained_beside_them_are_cards_of_their_own() -> None:
    text = (
        "# Quarry Reference\n\n## Publishing\n\n```bash\n"
        "# Apply pending changes\n"
        "quarry apply\n"
        "quarry apply --plan saved.qp      # apply a saved plan\n"
        "quarry apply --jobs 8             # parallel publishing jobs\n"
        "```\n"
    )
    assert _facts(text) == {
        "How do you apply pending changes with quarry?": "quarry apply",
        "How do you apply a saved plan (`quarry`)?": "quarry apply --plan saved.qp",
        "What does `quarry apply --jobs 8` do?": "Parallel publishing jobs",
    }


def test_lines_under_a_comment_each_saying_their_task_are_cards() -> None:
    text = (
        "# Crate notes\n\n## Lookup\n\n```bash\n"
        "# Search and details\n"
        "crate find <term>        # search the index by name\n"
        "crate show <pkg>         # package metadata and size\n"
        "crate sources            # enabled package sources\n"
        "```\n"
    )
    assert _facts(text) == {
        "How do you search the index by name (`crate`)?": "crate find <term>",
        "What does `crate show <pkg>` do?": "Package metadata and size",
        "What does `crate sources` do?": "Enabled package sources",
    }


def test_lines_naming_only_where_they_run_stay_one_card() -> None:
    text = (
        "# Net notes\n\n## Interfaces\n\n```bash\n"
        "# Show the routing table\n"
        "route print        # Windows\n"
        "ip route show      # Linux\n"
        "```\n"
    )
    assert _facts(text) == {
        "How do you show the routing table?": "route print # Windows\nip route show # Linux"
    }


def test_one_command_over_the_parts_of_one_task_stays_one_card() -> None:
    text = (
        "# Deploy notes\n\n## Order\n\n```bash\n"
        "# Load the bundles in order\n"
        "quarry load ./bundles/base/      # base schema\n"
        "quarry load ./bundles/seed/      # seed records\n"
        "```\n"
    )
    assert _facts(text) == {
        "How do you load the bundles in order with quarry?": (
            "quarry load ./bundles/base/ # base schema\nquarry load ./bundles/seed/ # seed records"
        )
    }


def test_a_loop_or_an_editor_is_no_program_to_name() -> None:
    text = (
        "# Notes\n\n## Loops\n\n```bash\n"
        "# Stop every running job\n"
        "for j in $(quarry jobs -q); do quarry stop $j; done\n"
        "```\n\n"
        "## Files\n\n```bash\n"
        "# Edit the store settings\n"
        "vim store.conf\n"
        "```\n"
    )
    assert _facts(text) == {
        "How do you stop every running job?": "for j in $(quarry jobs -q); do quarry stop $j; done",
        "How do you edit the store settings?": "vim store.conf",
    }


def test_a_comment_saying_what_is_the_case_asks_nothing() -> None:
    text = (
        "# Crate notes\n\n## Bisect\n\n```bash\n"
        "# Find the bad release\n"
        "crate hunt start\n"
        "crate hunt bad                # current build is broken\n"
        "crate hunt good v2.1          # v2.1 was fine\n"
        "crate hunt reset              # restore the original tree\n"
        "```\n"
    )
    assert _facts(text) == {
        "How do you find the bad release with crate?": "crate hunt start",
        "How do you restore the original tree (`crate`)?": "crate hunt reset",
    }
