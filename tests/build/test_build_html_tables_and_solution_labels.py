"""Answer labels other than "Answer:", exercise sets with a "Solution:" block, code nested
in a list item, raw HTML tables and answers split over paragraphs, each read from a
synthetic document that has the shape and none of the reviewed wording."""

from __future__ import annotations

from quizkit.build.builder import build_deck
from tests.helpers import card_texts, clozes, facts

LABELLED_DETAILS = """# Ops questions

## Storage

<details>
<summary>What is a block device?</summary><br><b>
Explanation:

  https://example.org/block-devices
</b></details>

<details>
<summary>What does fsck do?</summary><br><b>
Explanation:

It checks and repairs a file system that is not mounted.
</b></details>

<details>
<summary>How do you list mounted file systems?</summary><br><b>
Solution:

 * `findmnt` - a tree of mounts
 * `mount` - the classic list
</b></details>

<details>
<summary>What is a journal?</summary><br><b>
Ans: A log of pending metadata changes, replayed after a crash.
</b></details>

<details>
<summary>What is an extent?</summary><br><b>
**Reference:** https://example.org/extents
</b></details>

<details>
<summary>Where are the mirrors listed?</summary><br><b>
Explanation:

  http://example.org/mirrors https://example.net/mirrors
</b></details>

<details>
<summary>Disk layout. Describe the partitions of a boot disk</summary><br><b>
Explanation:

 * EFI system partition
 * root partition
</b></details>

<details>
<summary>How do you read a file line by line?</summary><br><b>

```bash
while read -r line; do echo "$line"; done < file
```

Explanation:

 * `-r` keeps backslashes as they are
</b></details>

### Tutorials

<details>
<summary>Filesystem tutorials</summary><br><b>
Explanation:

  * Filesystems in depth https://example.org/fs-book
  * https://example.org/fs-tutorial
</b></details>
"""


def test_answer_labels_in_other_words_are_dropped_and_link_only_answers_make_no_card() -> None:
    notes = build_deck(LABELLED_DETAILS, "ops.md").notes
    answers = {n.front: n.back for n in facts(notes)}
    assert answers == {
        "What does fsck do?": "It checks and repairs a file system that is not mounted.",
        "How do you list mounted file systems?": (
            "• `findmnt` - a tree of mounts\n• `mount` - the classic list"
        ),
        "What is a journal?": "A log of pending metadata changes, replayed after a crash.",
        "Disk layout. Describe the partitions of a boot disk": (
            "• EFI system partition\n• root partition"
        ),
        # An "Explanation:" after the answer's code titles its explanation and stays.
        "How do you read a file line by line?": (
            'while read -r line; do echo "$line"; done < file\n'
            "Explanation:\n• `-r` keeps backslashes as they are"
        ),
    }
    for note in notes:
        for text in card_texts(note):
            assert "https://" not in text


EXERCISE_SET = """# `12 Shell Drills`

## `Reference notes`

Notes:

1. Every drill runs in an empty folder.

## `Drill 1 - Count the lines`

count lines of every log file in the folder and print the total.

Tips:

1. `wc` counts lines with a flag.
1. A glob names every log file.

Solution:

```bash
wc -l *.log
```

Note:

1. The total comes last.

---

## `Drill 2 - Make a folder tree`

Create these folders in one command:

1. `src/app`
1. `src/lib`

Hint:

1. One flag makes the parents.

```bash
mkdir -p src/app src/lib
```

---

## `Drill 3 - Pack the folder`

Pack the folder `src` into `src.tgz`.

Solution:

```bash
tar czf src.tgz src
```
"""


def test_an_exercise_with_a_solution_label_asks_its_task_and_answers_with_the_code() -> None:
    notes = build_deck(EXERCISE_SET, "drills.md").notes
    answers = {n.front: n.back for n in facts(notes)}
    assert answers[
        "Count the lines: count lines of every log file in the folder and print the total."
    ] == ("wc -l *.log")
    assert answers[
        "Make a folder tree: Create these folders in one command:\n1. `src/app`\n2. `src/lib`"
    ] == ("mkdir -p src/app src/lib")
    # The title is already in the task: it is not said twice.
    assert answers["Pack the folder `src` into `src.tgz`."] == "tar czf src.tgz src"
    # Tips, hints and notes help with the exercise: no card of their own.
    assert not [f for f in answers if "tip" in f.lower() or "hint" in f.lower() or "note?" in f]
    # A heading written wholly as a code span that reads as a title loses its backticks.
    for note in notes:
        for text in card_texts(note):
            assert text.count("`") % 2 == 0, text


NESTED_CODE = """# Text tools

## Functions

### TRIM(text)

- Removes spaces at both ends of the text.
- Example:
  ```sql
  SELECT TRIM(' a ');  -- Returns 'a'
  ```

### SPLIT(text, sep)

- Splits the text at each separator.
- To split into rows, use this code:
  ```sql
  SELECT value
    FROM SPLIT_ROWS('a,b', ',');
  ```
- Returns an array.
"""


def test_code_fenced_in_a_list_item_stays_on_its_line_or_its_lead_in_goes() -> None:
    answers = {n.front: n.back for n in facts(build_deck(NESTED_CODE, "text.md").notes)}
    assert answers["Functions: TRIM(text)?"] == (
        "• Removes spaces at both ends of the text.\n"
        "• Example: `SELECT TRIM(' a '); -- Returns 'a'`"
    )
    # Two lines of code do not fit on a list line: the item that only introduced them goes.
    assert answers["Functions: SPLIT(text, sep)?"] == (
        "• Splits the text at each separator.\n• Returns an array."
    )


STATUS_CODES = """# Door controller

## Replies

### 423 Door Locked

The door you asked to open is locked by a schedule. The reply MUST carry a
`Retry-At:` field with the time the schedule ends.

### 200 Opened

The door opened with the key. The door must report the `door_id` field of each opening.
"""


def test_a_cloze_whose_subject_only_its_sub_heading_names_carries_that_heading() -> None:
    texts = [n.text for n in clozes(build_deck(STATUS_CODES, "door.md").notes)]
    assert (
        "423 Door Locked: The reply MUST carry a {{c1::`Retry-At:`}} field with the time "
        "the schedule ends." in texts
    )
    # "The door" before it is no naming either (nothing says which door): the heading
    # carries it too.
    assert "200 Opened: The door must report the {{c1::`door_id`}} field of each opening." in texts


HTML_TABLES = """# Garden rules

## Beds

### Raised beds

<table>
	<caption style="display:none">Raised bed rules</caption>
	<tbody>
		<tr>
			<th>Item</th>
			<th>Rule</th>
		</tr>
		<tr>
			<td>Soil depth</td>
			<td>
				<p>Beds hold at least <code>30 cm</code> of soil.
				{{< feature-state state="stable" >}}</p>
				<p><strong>Allowed mixes</strong></p>
				<ul>
					<li>Loam</li>
					<li><code>compost-50</code></li>
				</ul>
			</td>
		</tr>
		<tr>
			<td>Edging</td>
			<td><p>Untreated wood only.</p></td>
		</tr>
	</tbody>
</table>

### Pots

<table>
	<tbody>
		<tr>
			<td><strong>Item</strong></td>
			<td><strong>Rule</strong></td>
		</tr>
		<tr>
			<td colspan="2"><em>Everything from the raised beds</em></td>
		</tr>
		<tr>
			<td>Drainage</td>
			<td><p>Every pot needs a hole.</p><p><strong>Checked</strong></p>
			<p>Before planting.</p></td>
		</tr>
	</tbody>
</table>
"""


def test_a_raw_html_table_is_read_like_a_markdown_table() -> None:
    notes = facts(build_deck(HTML_TABLES, "garden.md").notes)
    answers = {n.front: n.back for n in notes}
    # "Item | Rule" is a field-value table of its section, as in Markdown.
    assert answers["Raised beds: soil depth?"] == (
        "Beds hold at least `30 cm` of soil. Allowed mixes: Loam; `compost-50`"
    )
    assert answers["Raised beds: edging?"] == "Untreated wood only."
    # A header of bold cells is a header; a row spanning the table groups, it asks nothing.
    assert answers["Pots: drainage?"] == "Every pot needs a hole. Checked: Before planting."
    assert len(answers) == 3
    # Each row's card points at the row's own line.
    assert [n.origin.line for n in notes if n.origin] == [14, 26, 44]


TWO_THINGS = """# Bread questions

## Basics

#### What are `lean` and `enriched` doughs?

`Enriched` *(with fat, sugar or eggs)*: brioche and challah.

`Lean`: flour, water, salt and yeast only.

Knead both for ten minutes.

#### What are proofing and baking?

Proofing is the last rise of the shaped dough.

Always preheat the oven.
"""


def test_a_question_naming_two_things_keeps_the_paragraph_of_the_second() -> None:
    answers = {n.front: n.back for n in facts(build_deck(TWO_THINGS, "bread.md").notes)}
    assert answers["What are `lean` and `enriched` doughs?"] == (
        "`Enriched` (with fat, sugar or eggs): brioche and challah.\n"
        "`Lean`: flour, water, salt and yeast only."
    )
    # No paragraph speaks of the other thing: the answer stays as the author began it.
    assert answers["What are proofing and baking?"] == (
        "Proofing is the last rise of the shaped dough."
    )


HTML_TWO_LISTS = """# Lamp rules

<table>
	<tr><th>Part</th><th>Rule</th></tr>
	<tr>
		<td>Bulb</td>
		<td>
			<p><strong>Allowed</strong></p>
			<ul><li>LED</li><li>Halogen</li></ul>
			<hr />
			<ul><li><code>bulb.legacy</code></li></ul>
		</td>
	</tr>
	<tr><td>Cord</td><td>Braided only.</td></tr>
</table>
"""


def test_a_second_list_in_an_html_cell_is_a_sentence_of_its_own() -> None:
    answers = {n.front: n.back for n in facts(build_deck(HTML_TWO_LISTS, "lamp.md").notes)}
    assert answers["Bulb: rule?"] == "Allowed: LED; Halogen. `bulb.legacy`"


CAPTIONED_TABLES = """# Boat rules

## Harbour

<table>
	<caption style="display:none">Harbour mooring rules</caption>
	<tr><th>Control</th><th>Policy</th><th>Since</th></tr>
	<tr><td>Anchoring</td><td>Forbidden inside the wall.</td><td>2019</td></tr>
	<tr><td>Lights</td><td>White light at night.</td><td>2020</td></tr>
</table>

## Open sea

<table>
	<caption>Open sea mooring rules</caption>
	<tr><th>Control</th><th>Policy</th><th>Since</th></tr>
	<tr><td>Anchoring</td><td>Allowed on sand.</td><td>2018</td></tr>
	<tr><td>Radio</td><td>Channel 16 open.</td><td>2021</td></tr>
</table>
"""


def test_a_captioned_tables_rows_are_asked_under_its_caption() -> None:
    answers = {n.front: n.back for n in facts(build_deck(CAPTIONED_TABLES, "boat.md").notes)}
    assert answers["Harbour mooring rules, control Anchoring: policy?"] == (
        "Forbidden inside the wall."
    )
    assert answers["Open sea mooring rules, control Anchoring: policy?"] == "Allowed on sand."


LAYOUT_TABLE = """# Sponsors

<table>
<tbody>
	<tr>
		<td align="center"><a href="https://example.org"><img src="logo.png"></a></td>
		<td align="center"><a href="https://example.net"><img src="logo2.png"></a></td>
	</tr>
	<tr>
		<td>Acme</td>
		<td>Globex</td>
	</tr>
</tbody>
</table>

## Use

- Call the helper. Example:
  ```js
  helper({
    fast: true,
  });
  ```
"""


def test_an_html_table_without_a_header_row_and_a_lead_in_to_long_code_make_nothing() -> None:
    notes = build_deck(LAYOUT_TABLE, "sponsors.md").notes
    texts = [t for n in notes for t in card_texts(n)]
    assert not any("Acme" in t for t in texts)
    # The lead-in goes with the code it introduced; the item's own sentence stays.
    assert {n.front: n.back for n in facts(notes)} == {"Sponsors: use?": "• Call the helper."}


SPACED_HTML_TABLE = """# Aliases

## Hosts

<table>
  <thead>
    <tr>
      <th>
        Host
      </th>

      <th>
        Alias
      </th>
    </tr>
  </thead>

  <tbody>
    <tr>
      <td>
        build-server
      </td>

      <td>
        BUILD
      </td>
    </tr>
  </tbody>
</table>

The aliases group hosts.
"""


def test_an_html_table_with_blank_lines_between_its_cells_is_one_table() -> None:
    notes = facts(build_deck(SPACED_HTML_TABLE, "aliases.md").notes)
    assert [(n.front, n.back) for n in notes] == [("build-server: alias?", "BUILD")]
    # Its card points at the row's line in the file, blank lines counted.
    assert [n.origin.line for n in notes if n.origin] == [19]


def test_in_an_exercise_set_the_code_closing_a_section_answers_without_a_label() -> None:
    unlabelled = """
## `Drill 4 - List the archive`

Show what `src.tgz` holds.

```bash
tar tzf src.tgz
```
"""
    answers = {n.front: n.back for n in facts(build_deck(EXERCISE_SET + unlabelled, "d.md").notes)}
    assert answers["List the archive: Show what `src.tgz` holds."] == "tar tzf src.tgz"
    # Alone, a numbered heading over prose and code is no exercise: nothing asks it.
    alone = {n.front for n in facts(build_deck("# Tar\n" + unlabelled, "t.md").notes)}
    assert "List the archive: Show what `src.tgz` holds." not in alone
