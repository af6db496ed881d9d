"""FAQ answers around the author's examples: an answer opening on the example above
its question ("In the above example, …") starts after that opening, or makes no card
when nothing follows; a sentence broken off for an example ("Instead of X, e.g.:",
the example, "You can use Y …:") is read whole, with the code it announces; a question
whose section ends on "We have two options:" over one sub-section per option is
answered by the options. Read from a synthetic document that has the shapes and none
of the reviewed wording."""

from __future__ import annotations

from quizkit.build.builder import build_deck
from quizkit.notes import FactNote

_FAQ = """# Gadget FAQ

## Setup questions

### How do I sync gadgets from a repository?

Create a `Source` pointing at the repository:

```yaml
kind: Source
interval: 5m
```

### What is a gadget sync?

In the above example, we pull changes every 5 minutes, and a new commit
triggers a sync.

Depending on your configuration, a sync can mean:

* building the overlay
* decrypting secrets
* applying changes on the cluster

### Does the sync run as root?

In the example above, the sync runs in the `gadget-system` namespace.

### Should I use the shell plugin?

Gadget does not run plugins that shell out to arbitrary binaries inside
its controller.

Instead of using the shell plugin to render templates, e.g.:

```yaml
plugins:
  - name: render
    exec: ./render.sh
```

You can use the built-in renderer, by replacing the plugin with a
`Renderer` definition:

```yaml
kind: Renderer
engine: builtin
```

### How do I set per-cluster values?

Lets assume we have a common `Gadget` definition we use as a base:

```yaml
kind: Gadget
version: 1.0.0
```

and we want to override the version per cluster. We have two options:

#### Using overlay patches

```yaml
patches:
  - path: /version
    value: 1.1.0
```

#### Using variable substitution

```yaml
version: ${GADGET_VERSION:=1.0.0}
```

### How do I pin a version?

Lets assume we have a `Gadget` definition:

```yaml
kind: Gadget
```

and we want to keep it on one release. Read the release notes first.

#### Release notes

The notes list each release.

#### Support window

Each release is supported for a year.
"""


def _facts() -> dict[str, FactNote]:
    deck = build_deck(_FAQ, "gadget-faq.md")
    return {n.front: n for n in deck.notes if isinstance(n, FactNote)}


def test_an_answer_opening_on_the_example_above_starts_after_it() -> None:
    cards = _facts()
    assert cards["What is a gadget sync?"].back == (
        "Depending on your configuration, a sync can mean:\n"
        "• building the overlay\n"
        "• decrypting secrets\n"
        "• applying changes on the cluster"
    )


def test_an_answer_that_is_only_about_the_example_above_makes_no_card() -> None:
    assert "Does the sync run as root?" not in _facts()


def test_a_sentence_broken_by_an_example_is_read_whole() -> None:
    assert _facts()["Should I use the shell plugin?"].back == (
        "Gadget does not run plugins that shell out to arbitrary binaries inside its "
        "controller. Instead of using the shell plugin to render templates, you can use "
        "the built-in renderer, by replacing the plugin with a `Renderer` definition:\n"
        "kind: Renderer\n"
        "engine: builtin"
    )


def test_options_given_as_sub_sections_answer_their_question() -> None:
    cards = _facts()
    assert cards["How do I set per-cluster values?"].back == (
        "We have two options:\n• Using overlay patches\n• Using variable substitution"
    )
    # Sub-sections after a set-up that announces no options answer nothing asked.
    assert "How do I pin a version?" not in cards
