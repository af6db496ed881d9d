"""A task page's yes/no check headings ("Is the cache service up?") answered by how to
check, the command, what it prints and what a result means (seen on a
DNS-debugging task page carded none of its five question headings)."""

from quizkit.build import build_deck
from quizkit.notes import FactNote


def _facts(text: str) -> dict[str, str]:
    """Front -> back of the fact notes ``text`` makes, in deck order."""
    return {n.front: n.back for n in build_deck(text, "page.md").notes if isinstance(n, FactNote)}


_CHECKS = """# Troubleshooting the Widget Cache

This page helps you find why widget lookups fail.

## Steps

### Is the cache service listening?

Confirm that the cache service listens by using the `ss` command.

```shell
ss -ltnp | grep widgetd
```
```
LISTEN 0  128  0.0.0.0:7400  0.0.0.0:*  users:(("widgetd",pid=812))
```

{{< note >}}
The daemon is called `widgetd` on every distribution.
{{< /note >}}

### Are cache entries being written?

You can verify that entries are written by turning on the write journal.
To turn it on, run:

```
widgetctl journal enable
```

Then set the journal size in the configuration as below:

```yaml
journal:
  size: 64Mi
```

Here is an example of an entry in the journal:

```
2024-05-01T10:00:00Z PUT widget/42 ok
```

If entries are being written, each write shows up as a PUT line.

### Does the cache have enough memory?

The cache needs at least 512 MiB to hold its index.

Sample error message:
```
widgetd: index eviction storm (rss 498MiB)
```

First, read the memory limit of the service:

```shell
widgetctl limits show
```

Expected output:
```
memory: 1Gi
```

If the limit is lower than 512 MiB, raise it:

```shell
widgetctl limits set memory=1Gi
```
"""


def test_a_check_heading_asks_how_to_check_and_answers_with_the_command_and_its_meaning() -> None:
    notes = _facts(_CHECKS)
    title = "Troubleshooting the Widget Cache"
    # The output block under the command is no command; the note on the output says
    # what the result shows.
    assert notes[f"{title}: Is the cache service listening? How do you check?"] == (
        "Confirm that the cache service listens by using the `ss` command.\n"
        "ss -ltnp | grep widgetd\n"
        "The daemon is called `widgetd` on every distribution."
    )
    # The configuration to copy, the sample journal and their lead-ins stay off the
    # back; the sentence saying what a result means stays.
    assert notes[f"{title}: Are cache entries being written? How do you check?"] == (
        "You can verify that entries are written by turning on the write journal. "
        "To turn it on, run:\n"
        "widgetctl journal enable\n"
        "If entries are being written, each write shows up as a PUT line."
    )
    # A sample error and an expected output are what a command prints, never commands.
    assert notes[f"{title}: Does the cache have enough memory? How do you check?"] == (
        "The cache needs at least 512 MiB to hold its index.\n"
        "First, read the memory limit of the service:\n"
        "widgetctl limits show\n"
        "If the limit is lower than 512 MiB, raise it:\n"
        "widgetctl limits set memory=1Gi"
    )


_STORY = """# Debugging the Widget Cache

## Does the cache answer by name?

If the lookup above still fails, name lookups are broken. From within a Pod:

```shell
widgetctl lookup cache.default
```

## Is the proxy running?

Confirm that the proxy runs on your nodes.  Running on a node, you should get
something like the below:

```shell
ps auxw | grep widget-proxy
```
```none
root  4194  0.4  0.1 101864 17696 ?    Sl Jul04  25:43 /usr/bin/widget-proxy
```

Next, confirm that it reaches the cache. To do this, read its logs. You should
see something like:

```none
I1027 22:14:53 proxier.go:200] Connected to cache
```

If you see errors about the cache, check the proxy's address.

## Is the service defined correctly?

Read back the service and check it:

```shell
widgetctl service show
```

- Is the port the one you call?
- Is the target port the Pod's?
"""


def test_a_check_leaning_on_an_earlier_step_or_its_checklist_makes_no_card() -> None:
    facts = _facts(_STORY)
    title = "Debugging the Widget Cache"
    # "If the lookup above still fails" is a step of a longer story: no card. The proxy
    # check keeps its command and leaves out the announced output and the next step's
    # meaning (the logs it does not show); a check answered by a checklist makes none.
    assert [f for f in facts if f.endswith("How do you check?")] == [
        f"{title}: Is the proxy running? How do you check?"
    ]
    assert facts[f"{title}: Is the proxy running? How do you check?"] == (
        "Confirm that the proxy runs on your nodes.\nps auxw | grep widget-proxy"
    )


def test_a_check_without_a_page_title_or_command_makes_no_card() -> None:
    untitled = "## Is the cache service up?\n\nVerify it with:\n\n```shell\nwidgetctl ping\n```\n"
    no_command = (
        "# Widget Cache\n\n## Is the cache up?\n\nIt usually is. Look at the dashboard:\n\n"
        "```\nstatus: up\n```\n"
    )
    # A FAQ's answer over the commands that do it ("Not exactly, but …") says no way
    # to check: no check card (the hedged verdict is asked as the FAQ's question, below).
    answered = (
        "# Widget FAQ and Troubleshooting\n\n## Does widgetctl have an equivalent of `sudo`?\n\n"
        "Not exactly, but setting the SETUID bit on the binary gives a similar result.\n\n"
        "```shell\nsudo chown root $HOME/bin/widgetctl\nsudo chmod +s $HOME/bin/widgetctl\n```\n"
    )
    # "Is there a way to …?" asks how to do something, never a check; "read" names a way
    # to check only in the lead-in right above the command.
    a_way = (
        "# Widget Cache\n\n## Is there a way to list all widgets?\n\n"
        "You can check them all with:\n\n```shell\nwidgetctl list\n```\n"
    )
    no_way = (
        "# Widget Cache\n\n## Does the cache keep old widgets?\n\n"
        "You can read about it in the manual. To keep them, run:\n\n"
        "```shell\nwidgetctl keep --all\n```\n"
    )
    for text in (untitled, no_command, answered, a_way, no_way):
        assert not [f for f in _facts(text) if f.endswith("How do you check?")]


def test_a_hedged_verdict_over_commands_is_a_faq_answer_not_a_walkthrough_check() -> None:
    text = (
        "# Widget FAQ and Troubleshooting\n\n## Does widgetctl have an equivalent of `sudo`?\n\n"
        "Not exactly, but setting the SETUID bit on the binary gives a similar result.\n\n"
        "```shell\nsudo chown root $HOME/bin/widgetctl\nsudo chmod +s $HOME/bin/widgetctl\n```\n"
    )
    # "Not exactly, but …" answers the question: the card asks it, and the short
    # section (its commands) is the answer.
    assert _facts(text) == {
        "Does widgetctl have an equivalent of `sudo`?": (
            "Not exactly, but setting the SETUID bit on the binary gives a similar result.\n"
            "sudo chown root $HOME/bin/widgetctl\nsudo chmod +s $HOME/bin/widgetctl"
        )
    }
