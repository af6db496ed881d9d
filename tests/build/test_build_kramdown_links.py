"""Site-generator markup that must not reach a card as written: Jekyll lessons' reference
links to an included ``links.md`` and kramdown attribute lists (``{:target="_blank"}``), and
Hugo's escaped shortcodes. Synthetic text with the shapes, none of the reviewed wording."""

from __future__ import annotations

from quizkit.build.builder import build_deck
from quizkit.build.text import clean
from quizkit.notes import FactNote


def test_a_reference_link_without_its_definition_keeps_its_text() -> None:
    assert clean("Read the [manual][kiln-manual] first.") == "Read the manual first."


def test_a_kramdown_attribute_list_after_a_link_or_address_goes() -> None:
    assert clean('See [the guide][guide]{:target="_blank"}.') == "See the guide."
    assert clean('On https://example.org{:target="_blank"}, you') == "On https://example.org, you"
    assert clean("A word{: .note} here") == "A word here"


def test_bracketed_words_that_are_no_link_stay() -> None:
    # Indexing, a syntax with spaces in its second brackets, a format spec, inline code.
    assert clean("use grid[row][col] here") == "use grid[row][col] here"
    assert clean("two parts: [module path][resource spec]") == (
        "two parts: [module path][resource spec]"
    )
    assert clean("pad with {:>10} here") == "pad with {:>10} here"
    assert clean('run `[a][b]{:x="y"}` as is') == 'run `[a][b]{:x="y"}` as is'


def test_a_lesson_list_of_reference_links_shows_their_words_on_the_card() -> None:
    text = (
        "# Kiln recipes\n\n## Sections\n\n"
        "Each recipe has four sections:\n\n"
        '- [glazes][recipe-glazes]{:target="_blank"}\n'
        '- [clays][recipe-clays]{:target="_blank"}\n'
        '- [firing][recipe-firing]{:target="_blank"}\n'
        '- [cooling][recipe-cooling]{:target="_blank"}\n'
    )
    backs = [n.back for n in build_deck(text, "kiln.md").notes if isinstance(n, FactNote)]
    assert backs, "the list makes a card"
    for back in backs:
        assert "][" not in back
        assert "{:" not in back


def test_hugo_escaped_shortcodes_read_as_the_shortcode_they_show() -> None:
    # Hugo's docs write a shortcode to be shown, not run, as {{</* x */>}}; the card shows it
    # as written on the rendered page, in code or not. Go template comments stay.
    assert clean("Use `{{%/* pebble */%}}` or `{{</* pebble */>}}`.") == (
        "Use `{{% pebble %}}` or `{{< pebble >}}`."
    )
    assert clean("Write {{</* pebble size=2 */>}} here") == "Write {{< pebble size=2 >}} here"
    assert clean("a {{/* note to self */}} b") == "a {{/* note to self */}} b"
