"""A values reference written as an HTML table the way chart-doc templates write it: the
header cells directly under ``<thead>`` (no ``<tr>``), each default in a ``<pre>`` and a
long one folded in ``<details><summary>+Expand</summary>``, or written as a fence in the
cell. The table is read as a table, its rows carded like a Markdown table's."""

from __future__ import annotations

from quizkit.build.builder import build_deck
from quizkit.build.markdown import Table, parse_document
from tests.helpers import facts

ROW = """\t\t<tr>
\t\t\t<td id="{key}"><a href="./settings.yaml#L3">{key}</a></td>
\t\t\t<td>
{kind}
</td>
\t\t\t<td>{says}</td>
      <td>
\t\t\t\t<div style="max-width: 300px;">
{default}
</div>
\t\t\t</td>
\t\t</tr>
"""
FOLDED = """<details>
<summary>+Expand</summary>
<pre lang="json">
{
  "mode": "fast",
  "retries": 3
}
</pre>
</details>"""
PLAIN = """<pre lang="json">
{value}
</pre>"""


def _document() -> str:
    rows = "".join(
        (
            ROW.format(key="tuning", kind="object", says="How the worker runs.", default=FOLDED),
            ROW.format(
                key="tuning.mode",
                kind="string",
                says="Which queue the worker drains first.",
                default=PLAIN.format(value='"fast"'),
            ),
            ROW.format(
                key="tuning.retries",
                kind="int",
                says="How often a failed job is tried again.",
                default=PLAIN.format(value="3"),
            ),
        )
    )
    return f"""# pebble-worker

A chart for a queue worker.

## Settings

<table>
\t<thead>
\t\t<th>Key</th>
\t\t<th>Type</th>
    <th>Description</th>
\t\t<th>Default</th>
\t</thead>
\t<tbody>
{rows}\t</tbody>
</table>

## License

MIT.
"""


def test_an_html_values_table_is_read_row_by_row() -> None:
    tables = [i.block for i in parse_document(_document()).items if isinstance(i.block, Table)]
    assert [(t.header, t.rows) for t in tables] == [
        (
            ("Key", "Type", "Description", "Default"),
            (
                ("tuning", "object", "How the worker runs.", '`{ "mode": "fast", "retries": 3 }`'),
                ("tuning.mode", "string", "Which queue the worker drains first.", '`"fast"`'),
                ("tuning.retries", "int", "How often a failed job is tried again.", "`3`"),
            ),
        )
    ]


def test_an_html_values_table_cards_its_rows_without_the_fold_label() -> None:
    deck = build_deck(_document(), "worker.md")
    cards = [(n.front, n.back) for n in facts(deck.notes)]
    assert cards == [
        ("pebble-worker setting tuning: description?", "How the worker runs."),
        ("pebble-worker setting tuning: default value?", '`{ "mode": "fast", "retries": 3 }`'),
        ("pebble-worker setting tuning.mode: description?", "Which queue the worker drains first."),
        ("pebble-worker setting tuning.mode: default value?", '`"fast"`'),
        (
            "pebble-worker setting tuning.retries: description?",
            "How often a failed job is tried again.",
        ),
        ("pebble-worker setting tuning.retries: default value?", "`3`"),
    ]
    assert not any("Expand" in text or "<" in text for card in cards for text in card)


FENCED_CELLS = """# Settings

<table>
\t<thead>
\t\t<th>Key</th>
\t\t<th>Default</th>
\t\t<th>Description</th>
\t</thead>
\t<tbody>
\t\t<tr>
<td>

listen.port

</td>
<td>

```json
8125
```

</td>
<td>

Port the relay listens on.

</td>
</tr>
\t\t<tr>
<td>

listen.extra

</td>
<td>

<details>
<summary>+Expand</summary>

```yaml
listen.extra: |
  # - name: debug
  #   port: 9000
```

</details>

</td>
<td>

More listeners, written as a template.

</td>
</tr>
\t</tbody>
</table>
"""


def test_fenced_defaults_in_html_cells_are_code_or_left_out() -> None:
    tables = [i.block for i in parse_document(FENCED_CELLS).items if isinstance(i.block, Table)]
    # A fence of one value is the cell's code; a YAML block over several lines cannot be
    # one line of a card and leaves the cell empty.
    assert [t.rows for t in tables] == [
        (
            ("listen.port", "`8125`", "Port the relay listens on."),
            ("listen.extra", "", "More listeners, written as a template."),
        )
    ]


QUESTION_IN_CELL = """# Quiz

<table>
<thead><tr><th>Topic</th><th>Question</th></tr></thead>
<tbody>
<tr><td>Disks</td><td><details><summary>What does fsck check?</summary>
File systems.</details></td></tr>
</tbody>
</table>
"""


def test_a_summary_that_says_something_stays_in_its_cell() -> None:
    tables = [i.block for i in parse_document(QUESTION_IN_CELL).items if isinstance(i.block, Table)]
    assert [t.rows for t in tables] == [(("Disks", "What does fsck check? File systems."),)]
