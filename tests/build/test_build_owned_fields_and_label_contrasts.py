"""Fields and table rows asked with what they belong to, and two-column contrast tables
named by the label above them: bold field paragraphs under a short protocol heading, a
key table under a heading that only gathers its first column's kind, and a "**A vs B:**"
label over "| A | B |". Each read from a synthetic document with the shape."""

from __future__ import annotations

from quizkit.build.builder import build_deck
from tests.helpers import facts

FIELD_PARAGRAPHS = """# Harbor Gateway Policy

## Usage

Rules match traffic by protocol.

### SMTP

An example rule for mail traffic is below.

**sender**: The `sender` field is the envelope address to match. Wildcards are supported.
If not set, the rule matches every sender.

**relay**: The `relay` option names the upstream host that receives allowed mail.

**Queue depth**: How many messages wait before the gateway refuses new ones.
"""


def test_a_bold_field_paragraph_names_the_page_and_section_it_belongs_to() -> None:
    deck = build_deck(FIELD_PARAGRAPHS, "policy.md")
    cards = {n.front: n.back for n in facts(deck.notes)}
    assert cards["Harbor Gateway Policy, SMTP: `sender` field?"] == (
        "The `sender` field is the envelope address to match. Wildcards are supported. "
        "If not set, the rule matches every sender."
    )
    assert cards["Harbor Gateway Policy, SMTP: `relay` option?"] == (
        "The `relay` option names the upstream host that receives allowed mail."
    )
    # Near miss: a definition that does not call its term a setting keeps its front.
    assert cards["SMTP: Queue depth?"] == (
        "How many messages wait before the gateway refuses new ones."
    )


SECTION_NAMES_PAGE = """# Relay Settings

## Relay fields

**timeout**: The `timeout` field is how long a relay waits for an answer.
"""


def test_a_section_naming_the_page_gets_no_page_prefix() -> None:
    deck = build_deck(SECTION_NAMES_PAGE, "relay.md")
    assert [(n.front, n.back) for n in facts(deck.notes)] == [
        (
            "Relay fields: `timeout` field?",
            "The `timeout` field is how long a relay waits for an answer.",
        )
    ]


KEY_TABLE = """# tidepool

A terminal browser for container layers.

## Shortcuts

Shortcut | Description
---------|------------
<kbd>Ctrl + S</kbd> | Save the current view
<kbd>Tab</kbd> | Switch between panes

## Glossary

Term | Description
-----|------------
Layer | One filesystem change set
Digest | The content hash of a layer
"""


def test_a_key_table_under_a_heading_gathering_its_kind_names_the_tool() -> None:
    deck = build_deck(KEY_TABLE, "tidepool.md")
    cards = {n.front: n.back for n in facts(deck.notes)}
    assert cards["tidepool shortcut: ctrl + S?"] == "Save the current view"
    assert cards["tidepool shortcut: tab?"] == "Switch between panes"
    # Near miss: "Glossary" is no plural of "Term": the section still names the rows.
    assert cards["Glossary: layer?"] == "One filesystem change set"


CONTRAST_UNDER_LABEL = """# Cloud networking notes

## Virtual networks

Virtual networks isolate the traffic of one tenant from every other tenant.

**Firewall Rules vs Route Tables:**
| Firewall Rules | Route Tables |
|---------------|------|
| Filter packets | Direct packets |
| Instance-level | Subnet-level |

**Ports in use:**
| Port | Name |
|------|------|
| 22 | SSH |
| 80 | HTTP |
"""


def test_a_label_naming_both_columns_makes_one_contrast_card() -> None:
    deck = build_deck(CONTRAST_UNDER_LABEL, "net.md")
    cards = {n.front: n.back for n in facts(deck.notes)}
    assert cards["Firewall Rules vs Route Tables: how do they differ?"] == (
        "• Firewall Rules: Filter packets; Route Tables: Direct packets\n"
        "• Firewall Rules: Instance-level; Route Tables: Subnet-level"
    )
    assert not any("Instance-level" in front for front in cards)
    # Near miss: a label naming no pair leaves a key table to the key rule.
    assert cards["Virtual networks, port 22: name?"] == "SSH"
