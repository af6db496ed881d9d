"""Slips and bookkeeping of real pages: a bold question written with a space inside its
"**", citation numbers glued after a definition, a "The following table shows" lead-in
after a command, a lifecycle badge, and a column giving the release an option came in."""

from __future__ import annotations

from quizkit.build.builder import build_deck
from quizkit.build.markdown import Code, parse_document
from quizkit.build.text import clean
from quizkit.notes import FactNote

from .helpers import facts_by_front

LOOSE_FAQ = """# Tunnel FAQ

** Why use Tunnel?**

Tunnel forwards a cluster port to your laptop without a VPN.

** Which systems does Tunnel run on? **

Tunnel runs on Linux and macOS.

** How does Tunnel pick a port?**

Tunnel picks the first free port above 8000.
"""


def test_a_bold_question_with_a_space_inside_its_stars_is_asked() -> None:
    cards = facts_by_front(LOOSE_FAQ, "tunnel-faq.md")
    assert (
        cards["Why use Tunnel?"].back
        == "Tunnel forwards a cluster port to your laptop without a VPN."
    )
    assert cards["Which systems does Tunnel run on?"].back == "Tunnel runs on Linux and macOS."


def test_stars_inside_code_stay() -> None:
    text = "# Tunnel\n\nRun this:\n\n```text\n** Why use Tunnel?**\n```\n"
    codes = [i.block for i in parse_document(text).items if isinstance(i.block, Code)]
    assert [c.text for c in codes] == ["** Why use Tunnel?**\n"]


CITED = """# Cipher Glossary

- **Block cipher:** encrypts data in fixed-size blocks[1][5].
- **Stream cipher:** encrypts one bit or byte at a time (see [2]).
- **Nonce:** a number used once, e.g. `iv[0]`.
"""


def test_citation_numbers_glued_to_a_definition_leave_it() -> None:
    cards = facts_by_front(CITED, "ciphers.md")
    assert cards["Cipher Glossary: Block cipher?"].back == "Encrypts data in fixed-size blocks."
    # A number after a space points the reader somewhere on purpose; code stays as written.
    assert cards["Cipher Glossary: Stream cipher?"].back == (
        "Encrypts one bit or byte at a time (see [2])."
    )
    assert cards["Cipher Glossary: Nonce?"].back == "A number used once, e.g. `iv[0]`."


SHORT_NAMES = """# Kettle resources

List the resources of the cluster:

```shell
kubectl api-resources | grep kettle
```

The following table shows all our resources and their short names:

| Resource | Short name |
| --- | --- |
| `kettles` | `kt` |
| `teapots` | `tp` |
| `cosies` | `cz` |
"""


def test_a_table_the_lead_in_says_shows_is_no_command_output() -> None:
    cards = facts_by_front(SHORT_NAMES, "kettle.md")
    assert [n.back for n in cards.values() if "`kettles`" in n.front] == ["`kt`"]


BADGED = """# Kettle operator

## Boil detection

**FEATURE STATE:** Kettle v1.9 (Alpha)

Boil detection stops the heater when the water reaches 100 °C.

## Options

| Option | Description | Version |
| --- | --- | --- |
| `maxTemp` | Highest temperature the heater allows. | 2.2.0 |
| `idleOff` | Minutes of idling before the heater switches off. | 2.3.1 |
"""


def test_a_lifecycle_badge_and_a_release_column_make_no_card() -> None:
    deck = build_deck(BADGED, "kettle.md")
    fronts = [n.front for n in deck.notes if isinstance(n, FactNote)]
    assert not [f for f in fronts if "FEATURE STATE" in f or f.endswith("version?")]
    descriptions = [n.back for n in deck.notes if isinstance(n, FactNote)]
    assert "Highest temperature the heater allows." in descriptions


def test_wiki_style_citations_leave_the_answer_and_wiki_links_stay() -> None:
    assert (
        clean("until a vulnerability is exploited [[10]].") == "until a vulnerability is exploited."
    )
    assert clean("• Patch software regularly [[30]][[31]]") == "• Patch software regularly"
    assert clean("use [[wiki links]] here") == "use [[wiki links]] here"
