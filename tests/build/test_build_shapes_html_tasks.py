"""More shapes authors write, read from synthetic documents that have each shape and none
of the wording of the real documents they were seen in: HTML headings, exercise sets with
several ``<details>`` boxes per task."""

from __future__ import annotations

from quizkit.build.builder import build_deck
from tests.helpers import facts

HTML_HEADINGS = """# Gadget questions

## FAQ

* [Can the gadget read settings from a file?](#cfg)
* [Why is a leading `/` rewritten on old shells?](#slash)

<h3 name="cfg">
Can the gadget read settings from a file?
</h3>

Yes. The gadget reads `~/.gadgetrc` when it starts, one flag per line.

<h3 id="slash">Why is a leading `/` rewritten on old shells?</h3>

An old shell translates arguments that begin with a slash into host paths before the
gadget sees them.

There are two ways around it:

1. Double the slash, as in `gadget //term`.
2. Set `NOPATHCONV=1` for the one command.

<h2 id="logo"><img src="logo.png"></h2>

<h3>
How do I make the gadget <code>quieter</code>?
</h3>

Pass `--quiet`; the gadget then prints matches only.

Other quiet switches:

* Set the environment variable GADGET_QUIET to 1.
* Write quiet = true into the settings file.

<h3>
How do I pick the gadget's colours?
</h3>

The gadget paints matches and paths in colour when it prints to a terminal.

The `--paint` flag takes one setting at a time. Its general format is:

```
--paint '{part}:{colour}'
```

* `{part}` is one of `match` or `path`.
* `{colour}` is a colour name.
"""


def test_html_headings_are_headings_and_their_questions_are_carded() -> None:
    notes = facts(build_deck(HTML_HEADINGS, "gadget.md").notes)
    by_front = {n.front: n.back for n in notes}
    assert by_front["Can the gadget read settings from a file?"] == (
        "Yes. The gadget reads `~/.gadgetrc` when it starts, one flag per line."
    )
    assert by_front["Why is a leading `/` rewritten on old shells?"] == (
        "An old shell translates arguments that begin with a slash into host paths "
        "before the gadget sees them."
    )
    # The answer's lead-in naming what the question asks ("Other quiet switches:")
    # brings its list onto the back.
    assert by_front["How do I make the gadget `quieter`?"] == (
        "Pass `--quiet`; the gadget then prints matches only.\n"
        "Other quiet switches:\n"
        "• Set the environment variable GADGET_QUIET to 1.\n"
        "• Write quiet = true into the settings file."
    )
    # The list's lead-in is context under the question, never the question itself.
    listed = [n for n in notes if n.back.startswith("1. Double the slash")]
    assert [n.front for n in listed] == [
        "Why is a leading `/` rewritten on old shells: There are two ways around it …?"
    ]
    # That list makes no card of its own: the question's card holds it.
    assert not [n for n in notes if n.back.startswith("• Set the environment")]
    # A list without a lead-in further down an answered question makes no card
    # (never "FAQ: how do I pick the gadget's colours?").
    assert not [n for n in notes if "`{part}`" in n.back]
    # A question written over three lines is located at the line of its words.
    config = next(n for n in notes if n.front.startswith("Can the gadget read"))
    assert config.origin is not None
    assert config.origin.line == 9
    # A heading of a picture only is no section: nothing is carded under an empty title.
    assert all(n.origin is not None and n.origin.section for n in notes)


EXERCISES = """# Storage drills

## Volumes – 10%

- Mount volumes [\\*\\*](#0101-scratch-volume-task)

### 01-01. Scratch Volume Task
* Make a pod `scratch` with an `emptyDir` volume at `/cache`.
* Then show the volume's mount inside the container.

<details class="faq box"><summary>Prerequisites</summary>
<p>

```bash
kubectl create namespace drills
```

</p>
</details>

<details class="faq box"><summary>Help</summary>
<p>

#### Help Examples

```bash
# Show the fields of a pod's volumes
kubectl explain pod.spec.volumes | less
```

</p>
</details>

<details class="faq box"><summary>Install the volume inspector plugin</summary>
<p>

Find `inspector install` in the plugin index.

</p>
</details>

<details class="faq box"><summary>Solution</summary>
<p>

```bash
clear
kubectl run scratch --image=busybox --overrides='{}'
```

Output:

```console
NAME      READY   STATUS    RESTARTS   AGE
scratch   1/1     Running   0          5s
```

</p>
</details>

<details class="faq box"><summary>Solution</summary>
<p>

#### Solution

Cheat sheet bookmark: [Volume basics](https://example.org/volumes)

```bash
kubectl exec scratch -- mount | grep cache
```

</p>
</details>
<br />

### 01-02. Claim Size Task.
* List every claim with its requested size.

<details class="faq box"><summary>Concepts</summary>
<p>

* A claim asks for storage.

</p>
</details>

<details class="faq box"><summary>Solution</summary>
<p>

```bash
kubectl get pvc -A 👈👈👈 Matches the task best
```

</p>
</details>

<details class="faq box"><summary>Clean Up</summary>
<p>

```bash
kubectl delete namespace drills
```

</p>
</details>
"""


def test_exercise_boxes_beside_the_solution_are_no_questions() -> None:
    notes = facts(build_deck(EXERCISES, "drills.md").notes)
    # A jump link of marks only ("[**](#…)") leaves no "**" behind.
    assert [n.back for n in notes if "Mount volumes" in n.back] == ["• Mount volumes"]
    by_front = {n.front: n.back for n in notes if "Mount volumes" not in n.back}
    # The task's own heading (number and kind word removed) and its bullets ask; both
    # solution boxes answer; the terminal housekeeping, the output and the bookmark go;
    # the Prerequisites, Help (its "#### Help Examples" no section the solution would
    # fall under), Concepts, plugin and Clean Up boxes are no questions. The two
    # solution boxes' blocks are a blank line apart: one block each, as written.
    assert by_front == {
        (
            "Scratch Volume:\n"
            "• Make a pod `scratch` with an `emptyDir` volume at `/cache`.\n"
            "• Then show the volume's mount inside the container."
        ): (
            "kubectl run scratch --image=busybox --overrides='{}'\n\n"
            "kubectl exec scratch -- mount | grep cache"
        ),
        "Claim Size: List every claim with its requested size.": "kubectl get pvc -A",
        # The help box's commented example stays reference knowledge, after the task.
        "How do you show the fields of a pod's volumes?": (
            "kubectl explain pod.spec.volumes | less"
        ),
    }


DESCRIBED_TABLES = """# Widget service

## Signals the supervisor sends

The supervisor sends these signals to every widget:

{{< table caption="Signals for widget processes" >}}

| Signal name | Exit code | Details |
| --- | --- | --- |
| `SIGWIDGETSTOP` | `3` | The widget flushes its queue, then stops. |
| `SIGWIDGETDUMP` | `4` | The widget writes its state to the log and keeps running. |

{{< /table >}}

## Widget kinds

| Kind | Usage | Example | Notes |
| --- | --- | --- | --- |
| `spinner` | a busy indicator | `loading…` | Hidden when idle |
| `gauge` | a level between two bounds | `42%` | - |

## Escaped names

| Symbol | Value | Replacement |
| --- | --- | --- |
| Slash | 0x2F | ∕ |
| Colon | 0x3A | ∶ |
"""


def test_tables_of_described_identifiers_name_their_subject() -> None:
    notes = facts(build_deck(DESCRIBED_TABLES, "widgets.md").notes)
    by_front = {n.front: n.back for n in notes}
    # The caption names the subject, the key's column names its kind, the other
    # columns are context, the describing column is asked, never "`X`: details?".
    assert by_front[
        "Signals for widget processes, signal name `SIGWIDGETSTOP` (exit code `3`): what is it?"
    ] == ("The widget flushes its queue, then stops.")
    # "Usage" asks what the key is used for; an example and a note go with the answer.
    assert by_front["Widget kinds, kind `spinner`: used for?"] == (
        "a busy indicator (e.g. `loading…`) (Hidden when idle)"
    )
    assert by_front["Widget kinds, kind `gauge`: used for?"] == (
        "a level between two bounds (e.g. `42%`)"
    )
    # A last column that asks for a symbol keeps it as the answer.
    assert by_front["Escaped names, symbol Slash (value 0x2F): replacement?"] == "∕"
    assert not [f for f in by_front if f.endswith(("details?", "usage?", "example?"))]
    # A context column with a name of its own is asked too, of the named row.
    assert by_front["Signals for widget processes, signal name `SIGWIDGETDUMP`: exit code?"] == (
        "`4`"
    )
    assert len(notes) == 8


DEFINITIONS_AND_LISTS = """# Gate keeper

## Basics

Gates hold back requests until a rule lets them through.

The accepted values for the `mode` field are:

`Drop`
: This affects requests already queued at the gate as follows:
  * Requests without a pass are discarded at once
  * Requests with a pass wait for their turn

`Hold`
: New requests wait at the gate until a rule lets them through.

Several gates may stand in one path. The gate keeper checks them in order and the
first gate that refuses stops the request. In particular,

* a gate in `Drop` mode discards the request
* a gate in `Hold` mode queues the request

## Budgets

Budgets work like this when several teams share a gate:

- Each team gets its own budget of passes.
- A request over budget is refused with code 429.

Teams can also write policies, and examples of policies people write are:

- Give the nightly jobs half of the passes after midnight.
- Keep ten passes in reserve for on-call engineers.
"""


def test_definition_bullets_and_lead_ins_stay_with_their_own_card() -> None:
    notes = facts(build_deck(DEFINITIONS_AND_LISTS, "gates.md").notes)
    by_front = {n.front: n.back for n in notes}
    # A term's nested bullets are its answer; the lead-in names what the terms are.
    assert by_front["Basics, accepted values for the `mode` field: `Drop`?"] == (
        "This affects requests already queued at the gate as follows:\n"
        "• Requests without a pass are discarded at once\n"
        "• Requests with a pass wait for their turn"
    )
    assert "Basics, accepted values for the `mode` field: `Hold`?" in by_front
    # "In particular," hands the lead-in to the sentence before it.
    assert by_front[
        "Basics: The gate keeper checks them in order and the first gate that refuses "
        "stops the request …?"
    ] == (
        "• a gate in `Drop` mode discards the request\n• a gate in `Hold` mode queues the request"
    )
    # Two lists of one section are never merged: each is asked by its own lead-in.
    budget = [n for n in notes if n.origin is not None and n.origin.section == "Budgets"]
    assert sorted(n.back.count("•") for n in budget) == [2, 2]
    assert len({n.front for n in budget}) == 2


PREAMBLE_FAQ = """# Packer FAQ

### I keep my caches elsewhere. Can I turn off the built-in cache?

While the packer keeps a cache so that repeated builds stay quick, some setups already
keep their caches on a shared volume.

In that case, you can turn the cache off by setting `cache.enabled` to `false`:

```bash
packer config cache.enabled false
```

### How do I get past the manifest size cap?

A very large manifest may be refused before any build starts. For example:

```
$ packer build huge.json
manifest exceeds cap of 1048576 bytes
```

In that case, you can raise the cap for one build:

```
$ packer build --manifest-cap 8M huge.json
```

### Can the packer replace a build server?

Yes and no.

If you need a queue of builds shared by a team, then no: the packer runs one build at a
time on one machine.

If you need repeatable builds on your own machine, then yes.

### What changed in the packer recently?

Please consult the packer's [CHANGELOG](CHANGELOG.md).

### How do I make the `--watch` mode faster?

The `--watch` mode rebuilds whenever a file of the project changes.

If the project is large, the rebuilds slow down. The file cache can be raised with the
`--watch-cache` flag.

### How do I turn on colour on old terminals?

First, see the answer on [colour settings](#colours).

Secondly, old terminals need `--colour-mode basic`, since they know eight colours only.

### Could you explain what a build profile is?

A build profile is a named set of build options that a build can load by name instead of
repeating them.

To make one, you can save the options of a build:

```bash
packer profile create fast --jobs 8
```

### Where are the plugin settings described?

They are described in [the plugin guide]({{< relref "plugins#settings" >}}), one
section per plugin.
"""


def test_preamble_answers_reach_the_action_and_hugo_links_read_as_text() -> None:
    notes = facts(build_deck(PREAMBLE_FAQ, "packer.md").notes)
    # "Packer FAQ" names the page's subject, which leads each front not naming it.
    by_front = {n.front.removeprefix("Packer: "): n.back for n in notes}
    assert by_front["I keep my caches elsewhere. Can I turn off the built-in cache?"] == (
        "While the packer keeps a cache so that repeated builds stay quick, some setups "
        "already keep their caches on a shared volume.\n"
        "In that case, you can turn the cache off by setting `cache.enabled` to `false`:\n"
        "packer config cache.enabled false"
    )
    # Code after "For example:" shows the problem: the answer goes on to the action.
    assert by_front["How do I get past the manifest size cap?"] == (
        "A very large manifest may be refused before any build starts. For example:\n"
        "$ packer build huge.json\nmanifest exceeds cap of 1048576 bytes\n"
        "In that case, you can raise the cap for one build:\n"
        "$ packer build --manifest-cap 8M huge.json"
    )
    # A bare verdict waits for the paragraphs that explain it.
    assert by_front["Can the packer replace a build server?"] == (
        "Yes and no.\nIf you need a queue of builds shared by a team, then no: the packer "
        "runs one build at a time on one machine.\n"
        "If you need repeatable builds on your own machine, then yes."
    )
    # An answer that opens by pointing elsewhere goes on to the block after it.
    assert by_front["How do I turn on colour on old terminals?"] == (
        "Secondly, old terminals need `--colour-mode basic`, since they know eight colours only."
    )
    # "Could you explain …?" asks for an explanation: its answer stops at it.
    assert by_front["Could you explain what a build profile is?"] == (
        "A build profile is a named set of build options that a build can load by name "
        "instead of repeating them."
    )
    # "Please consult …" only points elsewhere: no card.
    assert "What changed in the packer recently?" not in by_front
    # A "how" reaches the paragraph naming a flag the question does not name yet.
    assert by_front["How do I make the `--watch` mode faster?"] == (
        "The `--watch` mode rebuilds whenever a file of the project changes.\n"
        "If the project is large, the rebuilds slow down. The file cache can be raised "
        "with the `--watch-cache` flag."
    )
    assert by_front["Where are the plugin settings described?"] == (
        "They are described in the plugin guide, one section per plugin."
    )


LINKED_PARTS = """# Browser questions

### What is a service worker?

<details>
<summary>View answer</summary>

A service worker is a script the browser runs apart from the page, between the page and
the network.

#### Good to hear

* It can answer requests from a cache while offline.

##### Additional Links

* [Service worker primer](https://example.org/sw)

</details>

<br>[⬆ Back to top](#contents)

### What does a render pass cost?

<details>
<summary>View answer</summary>

A render pass walks the tree of boxes once.

##### Layout

Layout places every box. LONG_TEXT

##### Paint

Paint fills the pixels of each box.

</details>
""".replace("LONG_TEXT", "Layout measures each box against its parent again and again. " * 30)


def test_link_only_parts_and_cut_answers() -> None:
    notes = facts(build_deck(LINKED_PARTS, "browser.md").notes)
    by_front = {n.front: n.back for n in notes}
    # "Additional Links" goes with its links; "Good to hear" titles what follows it; the
    # back-to-top link is no answer of the heading's.
    assert by_front["What is a service worker?"] == (
        "A service worker is a script the browser runs apart from the page, between the "
        "page and the network.\nGood to hear\n• It can answer requests from a cache while offline."
    )
    # A long answer is cut at whole blocks, never right after a sub-heading, and marked.
    assert by_front["What does a render pass cost?"] == (
        "A render pass walks the tree of boxes once.\n…"
    )
    assert not [b for b in by_front.values() if "Back to top" in b]


SMALL_SHAPES = """# Relay setup

> **Upcoming change:** the v1 relay protocol is retired in June 2031. See
> [the notice](https://example.org/n) for the migration plan.

## Token relay

When the relay runs in token mode, its config must hold one of these two keys:

- `token`: the token for the relay
- `tokenfile`: the token file of the relay

## Relay objects

The relay knows three kinds of objects:

* ** Channel** - a named stream that subscribers read from.
* **Filter ** - a rule that drops messages before they reach a channel.
* **Sink** - where dropped messages go.
"""


def test_notice_titles_restated_keys_and_loose_bold() -> None:
    notes = facts(build_deck(SMALL_SHAPES, "relay.md").notes)
    by_front = {n.front: n.back for n in notes}
    # A notice's bold label titles it: the card asks what it announces, without the
    # "See …" pointer, never "Relay setup: upcoming change?".
    assert by_front["Relay setup: what upcoming change is announced?"] == (
        "The v1 relay protocol is retired in June 2031."
    )
    # Definitions that only restate their keys make no cards: the keys are a list.
    assert not [f for f in by_front if f.endswith(("`token`?", "`tokenfile`?"))]
    assert [b for b in by_front.values() if b.startswith("• `token`")] == [
        "• `token`: the token for the relay\n• `tokenfile`: the token file of the relay"
    ]
    # Bold written with a space inside its marks leaves no "**".
    assert not [t for n in notes for t in (n.front, n.back) if "**" in t]


CODE_TASK = """# Drills

## Arrays

### Write a function `pairs` that counts the pairs of equal items.

```js
pairs([1, 1, 2]) // 1
pairs([3, 3, 3, 3]) // 2
```

<details>
<summary>View answer</summary>

Count each item, then add up half of every count.

```js
const pairs = xs => Object.values(count(xs))
.reduce((n, c) => n + Math.floor(c / 2), 0)
```

</details>
"""


def test_an_exercise_shows_the_code_it_asks_about() -> None:
    notes = facts(build_deck(CODE_TASK, "drills.md").notes)
    assert [(n.front, n.back) for n in notes] == [
        (
            "Arrays: Write a function `pairs` that counts the pairs of equal items.\n"
            "pairs([1, 1, 2]) // 1\npairs([3, 3, 3, 3]) // 2",
            "Count each item, then add up half of every count.\n"
            "const pairs = xs => Object.values(count(xs))\n"
            ".reduce((n, c) => n + Math.floor(c / 2), 0)",
        )
    ]
