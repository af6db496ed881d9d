"""Blocks that hold no knowledge of their own: navigation (tables of contents, see
also, next steps, link-only lists, checklists), what a command printed, example
values and layout tables. These rules claim the block and make no card."""

from __future__ import annotations

import re

from quizkit.build.markdown import Code, ListBlock, Paragraph, Table
from quizkit.build.text import clean, clean_heading, opens_on_mark
from quizkit.notes import Note

from .common import _SENTENCE_END, Context, Made, Skip, Skipped, is_navigation_heading
from .questions import _links_only

_CHECKBOX = re.compile(r"^\[[ xX]\]\s")


# A sentence that introduces invented values ("… could look like:", "For example, you
# could instead use these settings:", "Assuming the following classes in a cluster,").
_EXAMPLE_INTRO = re.compile(
    r"^(?:for example|for instance)\b|\b(?:for example|for instance)[:,]?$"
    r"|\b(?:(?:could|might|may|would|will) look (?:like|as follows)"
    r"|such as the following|(?:an|the following) example\b|example (?:configuration|setup|"
    r"settings?|values?|data)|assuming the following|suppose|imagine|let's say)\b",
    re.IGNORECASE,
)


def example_table(ctx: Context, index: int) -> tuple[Note, ...] | None:
    """A table the sentence right before it introduces as an example ("… could look
    like:", "For example, you could instead use these settings:", "Assuming the following
    … in a cluster,"): its values are invented to illustrate, never defaults or facts to
    learn, and its rows asked as facts would merge with another example's rows ("10
    seconds / 300 seconds"); it makes no card (the prose around it still does)."""
    block = ctx.items[index].block
    if not isinstance(block, Table) or index == 0:
        return None
    before = ctx.items[index - 1]
    if before.headings != ctx.items[index].headings or not isinstance(before.block, Paragraph):
        return None
    text = clean(before.block.text).replace("\n", " ").strip()
    if not text.endswith((":", ",")):
        return None  # a finished sentence does not introduce the table
    # "(for example, `debug`)" only illustrates one value; the sentence still
    # introduces the real table.
    last = re.sub(r"\([^()]*\)", "", _SENTENCE_END.split(text)[-1]).strip()
    return () if _EXAMPLE_INTRO.search(last) else None


# A column of the reader's own targets ("Target Time", "Goal", "Target score") and the
# column of what the reader does to reach them ("Task", "Exercise", "Drill").
_GOAL_HEADER = re.compile(
    r"^(?:(?:your\s+)?(?:target|goal|aim)(?:\s+(?:time|score|duration|speed|pace))?|"
    r"(?:time|score)\s+(?:target|goal|limit|budget))$",
    re.IGNORECASE,
)
_DRILL_HEADER = re.compile(
    r"^(?:(?:exam|practice|common)\s+)?(?:tasks?|exercises?|drills?|challenges?|activit(?:y|ies))$",
    re.IGNORECASE,
)
# An amount to reach: a time, a score, a count ("45 seconds", "< 2 min", "80%", "22/28",
# "20-30 seconds with Desmos"); a bare number only as the whole cell.
_GOAL_AMOUNT = re.compile(
    r"^(?:[<>≤≥~]=?\s*|(?:under|within|about|at most|at least)\s+)?"
    r"\d+(?:[.,:]\d+)?(?:\s*[-–]\s*\d+(?:[.,:]\d+)?)?\s*"
    r"(?:(?:s|secs?|seconds?|m|mins?|minutes?|h|hrs?|hours?|points?|pts)\b(?:[\s,;(].*)?"
    r"|%.*|/\s*\d+.*)?$",
    re.IGNORECASE,
)


def goal_table(ctx: Context, index: int) -> tuple[Note, ...] | None:
    """A table of the reader's own goals: a column of tasks to practise ("Task",
    "Exercise") beside the time or score to reach on each ("Target Time" → "45
    seconds"). What the reader should aim for is no knowledge of the subject, and asked
    by its task ("How do you create a CronJob that runs hourly?" → "45 seconds") the
    row pairs a question with no answer to it: no card. A target a system must meet
    ("Service | Target latency") keys its rows by a thing, not a task, and stays."""
    block = ctx.items[index].block
    if not isinstance(block, Table) or len(block.header) < 2 or not block.rows:
        return None
    header = [clean(h).replace("\n", " ").strip(" :*") for h in block.header]
    if not _DRILL_HEADER.match(header[0]):
        return None
    goals = [c for c, title in enumerate(header) if c and _GOAL_HEADER.match(title)]
    for c in goals:
        cells = [clean(row[c]).strip() for row in block.rows if c < len(row)]
        if cells and all(_GOAL_AMOUNT.match(cell) for cell in cells if cell):
            return ()
    return None


# A sentence asking the reader to take part: "Your contributions help:", "Your support
# allows us to:", "With your feedback we can:".
_PITCH = re.compile(
    r"\byour\s+(?:contributions?|support|feedback|donations?|sponsorship|help)\b", re.IGNORECASE
)


def pitch_list(ctx: Context, index: int) -> tuple[Note, ...] | None:
    """A list the sentence right before it presents as what the reader's contribution,
    support or feedback does for the project ("We invite developers to share … Your
    contributions help:" over "- Provide real-world examples"): an appeal to take
    part, no fact about the tool, so it makes no card."""
    block = ctx.items[index].block
    if not isinstance(block, ListBlock) or index == 0:
        return None
    before = ctx.items[index - 1]
    if before.headings != ctx.items[index].headings or not isinstance(before.block, Paragraph):
        return None
    text = " ".join(clean(before.block.text).split())
    if not text.endswith(":"):
        return None
    last = _SENTENCE_END.split(text)[-1]
    return () if _PITCH.search(last) else None


# A section gathering samples made with the project: "Example Gallery", "Showcase",
# "Projects built with X".
_GALLERY = re.compile(r"\b(?:galler(?:y|ies)|showcases?)\b", re.IGNORECASE)
# A sentence right before the table calling it so: "This gallery showcases …".
_GALLERY_LEAD_IN = re.compile(r"\bgaller(?:y|ies)\b", re.IGNORECASE)
# A section of samples, and a column naming each sample's project or repository: with
# both, each row is one sample ("| Go & Docker | README-Go.md | Containerized app |").
_SAMPLES_HEADING = re.compile(r"\b(?:examples?|demos?|samples?)\b", re.IGNORECASE)
_SAMPLE_COLUMN = re.compile(
    r"^(?:repository|repo|readme|project(?:\s+name)?|demo|sample)s?$", re.IGNORECASE
)


def gallery_table(ctx: Context, index: int) -> tuple[Note, ...] | None:
    """A table of samples made with the page's tool (an "Example Gallery", a
    "Showcase"): its rows name sample projects and say in a few words what each
    demonstrates ("Java | Minimalist To-Do app"). What one sample is called or is about
    is no fact of the tool (a card "Java: project description?" teaches nothing), so it
    makes no card. Known by the nearest heading or the sentence before it calling the
    section a gallery or showcase, or by a heading of examples ("Examples", "Demos")
    over a column naming each row's project or repository; a table of examples with no
    such column (a cron expression and what it means) keeps its cards."""
    block = ctx.items[index].block
    if not isinstance(block, Table) or not block.rows:
        return None
    heading = ctx.nearest_heading(index) or ctx.title  # a table right under the title
    if _GALLERY.search(heading):
        return ()
    before = ctx.items[index - 1] if index else None
    if (
        before is not None
        and before.headings == ctx.items[index].headings
        and isinstance(before.block, Paragraph)
        and _GALLERY_LEAD_IN.search(before.block.text)
    ):
        return ()
    header = [clean(cell).strip() for cell in block.header]
    if _SAMPLES_HEADING.search(heading) and any(_SAMPLE_COLUMN.match(h) for h in header[1:]):
        return ()
    return None


# A cell naming one copy of a kind by a one-letter or numbered suffix, perhaps with
# its state after it: "pod-a *available*", "node-2 *draining*", "pod-y".
_INSTANCE = re.compile(r"^([a-z][\w.]*?[-_])(?:\d+|[a-z])$")
_SLOT_STATE_WORDS = 2  # "pod-a available", "pod-e pending": a longer tail is a sentence


def _slot_template(cell: str) -> str:
    """A cell with its numbers as ``#``: "node-2" → "node-#", "*cache-3*" → "cache-#";
    a copy named by a letter, with its state after it, is a slot too: "pod-a
    *available*" → "pod-#"."""
    text = clean(cell).replace("\n", " ").strip().lower()
    name, *state = text.split() or [""]
    instance = _INSTANCE.match(name)
    if instance and len(state) <= _SLOT_STATE_WORDS:
        return f"{instance.group(1)}#"
    return re.sub(r"\d+", "#", text)


def _one_slot_kind(cells: list[str]) -> bool:
    """Whether ``cells`` (blanks aside, two or more) are numbered copies of one name."""
    shapes = {_slot_template(c) for c in cells if clean(c).strip()}
    filled = [c for c in cells if clean(c).strip()]
    return len(filled) >= 2 and len(shapes) == 1 and "#" in next(iter(shapes))


def _slot_header(header: list[str]) -> bool:
    """Whether a header row names slots of one kind: two or more numbered copies of one
    name, beside at most one slot named otherwise (a spare "no node" column)."""
    shapes = [_slot_template(h) for h in header if clean(h).strip()]
    if not shapes:
        return True  # no header over the slots
    common = max(set(shapes), key=shapes.count)
    return "#" in common and shapes.count(common) >= max(2, len(shapes) - 1)


def _columns_alike(rows: list[list[str]]) -> bool:
    """Whether every cell of ``rows`` is a copy of some kind and no column holds a kind
    the others lack: no column's cells name the rows, so none is a key."""
    kinds: dict[int, set[str]] = {}
    for row in rows:
        for column, cell in enumerate(row):
            if clean(cell).strip():
                kinds.setdefault(column, set()).add(_slot_template(cell))
    found = list(kinds.values())
    return (
        sum(1 for row in rows for c in row if clean(c).strip()) >= 2
        and all("#" in t and re.search(r"[a-z]", t) for k in found for t in k)
        and all(k == found[0] for k in found)
    )


def layout_table(ctx: Context, index: int) -> tuple[Note, ...] | None:
    """A table that draws a layout rather than listing facts: its columns are numbered
    slots of one kind ("node-1 | node-2 | node-3", or an empty header; one slot named
    otherwise, "no node", among them), and its cells are copies of one
    kind: each row of one kind ("webserver-1 | webserver-2 | webserver-3"), or every
    column holding the same kinds ("pod-a *available*" beside "pod-b *available*"). Its
    first column is no key ("cache-1: node-2?" → "cache-2" asks nothing): no card."""
    block = ctx.items[index].block
    if not isinstance(block, Table) or len(block.header) < 2 or not block.rows:
        return None
    header = list(block.header)
    rows = [list(r) for r in block.rows if any(clean(c).strip() for c in r)]
    if not rows or any(opens_on_mark(c) for r in block.rows for c in r[1:]):
        # A tick (":white_check_mark:", "✅") marks a fact of its row and column, never a
        # copy of one kind: "| v1.0.0 | ✅ | |" under "| 1.26.X | 1.27.X |" is a matrix.
        return None
    # Every header cell a slot, every row one kind of numbered thing; or, named copies
    # (a letter in each: "pod-a", never a bare count) spread alike over the columns,
    # one slot perhaps named otherwise.
    slots = not any(clean(h).strip() for h in header) or _one_slot_kind(header)
    if slots and all(_one_slot_kind(r) for r in rows):
        return ()
    if _slot_header(header) and _columns_alike(rows):
        return ()
    return None


def navigation_block(ctx: Context, index: int) -> Made:
    """No card from what points elsewhere or tracks the reader: any block under a
    table-of-contents, related-resources, next-steps, references, see-also or history
    heading; lists whose every item is a link; checklists (``- [ ]``)."""
    item = ctx.items[index]
    if any(is_navigation_heading(clean_heading(h.text)) for h in item.headings):
        return Skipped(Skip.NAVIGATION)
    block = item.block
    if isinstance(block, Table) and _page_index(block):
        return Skipped(Skip.NAVIGATION)
    if isinstance(block, ListBlock) and block.items:
        if _links_only(block) and not _linked_names(ctx, index, block):
            return Skipped(Skip.NAVIGATION)
        if all(_CHECKBOX.match(i.strip()) for i in block.items):
            return Skipped(Skip.NAVIGATION)
        if _address_book(block):
            return Skipped(Skip.NAVIGATION)
    return None


# "Monitoring: https://console.example.com/monitoring": a name and only its address.
_NAMED_ADDRESS = re.compile(r"^[^:\n]{1,60}:\s*<?https?://\S+>?$")
_ADDRESS_BOOK = 3  # named addresses a list needs to be a book of them


def _address_book(block: ListBlock) -> bool:
    """Whether two thirds or more of the items (three at least) name a page and give
    only its address ("Billing: https://…/billing"): bookmarks, where to go, no fact."""
    named = sum(1 for item in block.items if _NAMED_ADDRESS.match(item.strip()))
    return named >= _ADDRESS_BOOK and 3 * named >= 2 * len(block.items)


# A lead-in announcing pages to read ("See the following guides:", "Learn more:", "This
# section covers the following topics:"): its linked items are places to go, not facts.
_READING_LEAD = re.compile(
    r"\b(?:see|read|learn|refer|visit|check out|more information|details|docs?|"
    r"documentation|guides?|pages?|tutorials?|articles?|topics?|sections?|chapters?|"
    r"resources?|links?|references?|examples?|blogs?|posts?|videos?|covers?|describes?)\b",
    re.IGNORECASE,
)
# A lead-in that announces the items as things of a kind ("The following command step
# attributes can contain …:", "… include:", "… are supported:").
_NAMES_ITEMS = re.compile(
    r"\b(?:the following|these|includes?|including|supports?|supported|are)\b", re.IGNORECASE
)
# A lead-in that is no statement of the items: the author's taste ("my favorites
# are:"), a condition or purpose before an instruction ("If you are installing with
# Cygwin, use these scripts:", "To learn more, read:"): the links are to follow.
_NOT_A_STATEMENT = re.compile(
    r"\b(?:i|my|we|our|us)\b|^(?:if|when|to|for)\b|\b(?:use|download|install|try|click|run)\b",
    re.IGNORECASE,
)
_NAME_WORDS = 4  # a linked name; a longer link text is a page's title
_LEAD_WORDS = 30


def _linked_names(ctx: Context, index: int, block: ListBlock) -> bool:
    """A list of linked names a content lead-in announces: "The following command step
    attributes can contain matrix values:" over `- [labels](…)`, `- [commands](…)`. The
    links only lead to each name's reference; the names are what the sentence says, so
    the list is content, not navigation."""
    before = ctx.items[index - 1].block if index else None
    if not isinstance(before, Paragraph) or not clean(before.text).endswith(":"):
        return False
    lead = ctx.lead_in(index)
    if len(lead.split()) > _LEAD_WORDS or _READING_LEAD.search(lead):
        return False
    if not _NAMES_ITEMS.search(lead) or _NOT_A_STATEMENT.search(lead):
        return False
    return all(
        0 < len(clean(item).split()) <= _NAME_WORDS and not clean(item).endswith((".", "?", "!"))
        for item in block.items
    )


# What a link to another page is labelled in a table of pages ("| Count Chars |
# Variables | [Exercise](count_chars.md) | [Solution](…) |"): the same word on every row.
_PAGE_LINK_LABELS = frozenset(
    {
        "exercise",
        "solution",
        "link",
        "here",
        "details",
        "read more",
        "view",
        "demo",
        "slides",
        "video",
        "answer",
    }
)
_INDEX_ROWS = 3  # from this many rows, a third may be unlinked


def _page_index(table: Table) -> bool:
    """A table of pages elsewhere (exercises and their solutions, talks and their
    slides): a column holding one link label on every row (on two thirds of them from
    :data:`_INDEX_ROWS` rows), the same label on each ("Exercise", "Solution"); its
    other columns only describe the linked pages (a topic, a level), nothing to learn
    without them."""
    for column in range(len(table.header)):
        cells = [clean(row[column]).casefold() for row in table.rows if column < len(row)]
        labels = {cell for cell in cells if cell in _PAGE_LINK_LABELS}
        if len(labels) != 1:
            continue
        labelled = cells.count(labels.pop())
        # Short tables (one exercise per sub-section) only on every row; longer ones
        # may leave a row or two unlinked ("coming soon").
        if labelled == len(table.rows) or (
            len(table.rows) >= _INDEX_ROWS and 3 * labelled >= 2 * len(table.rows)
        ):
            return True
    return False


# "which produces:", "The output is:", "gives the result": a paragraph between a code
# block and a table saying the table is what the code printed.
_INTRODUCES_OUTPUT = re.compile(
    r"\b(?:outputs?|produces?|gives?|returns?|results?|prints?|displays?|shows?|yields?)\b"
    r"[^.!?]*:$",
    re.IGNORECASE,
)
# "The following table shows all our resources and their short names:": the table is
# what shows, the author's reference, never the code's output.
_TABLE_SHOWS = re.compile(r"^(?:the\s+(?:following|next)|this|below\s+is\s+a)\s+table\b", re.I)
_OUTPUT_LEAD_WORDS = 12  # a longer paragraph says something of its own, it is no lead-in
# A sentence opening on the output it introduces: "The output should be something
# like:", "Expected output:", "Sample output of the query:".
_NAMES_OUTPUT = re.compile(
    r"^(?:the\s+|its\s+)?(?:expected\s+|sample\s+|example\s+)?output\b[^.!?]*:$", re.IGNORECASE
)
# A lead-in presenting what follows as a sample of what something printed or made,
# with or without code before it: "… to create tables like the following:", "The
# script will generate a table like this:", "Output looks like this:", "You will get a
# report such as:". The thing shown (output, result, report, table, "something") comes
# right before "like"/"such as"/"similar to", and nothing but "the following"/"this"
# stands between that and the colon: "resources like Pods and Services:" names kinds.
_OUTPUT_THING = r"(?:outputs?|results?|reports?|tables?|summary|summaries|listings?|something)"
_SHOWS_SAMPLE = re.compile(
    rf"\b{_OUTPUT_THING}\s+(?:(?:will|would|should|may|might|can)\s+)?"
    r"(?:(?:looks?|be|is|are)\s+)?(?:something\s+)?(?:like|such\s+as|similar\s+to)"
    r"(?:\s+(?:the\s+following|this|these|that|below|so))?\s*:$"
    # "An example of the output:", "Here is a sample report:".
    rf"|\b(?:examples?|samples?)\s+(?:of\s+)?(?:(?:the|its|an?)\s+)?(?:\w+\s+)?"
    r"(?:outputs?|results?|reports?)\b[^.!?]*:$"
    # Made-up rows to show a layout: "Take some example data:", "Logically the data is
    # laid out in a table as in this example:".
    r"|\b(?:example|sample|dummy|toy|fake|made-up)\s+data\b[^.!?]*:$"
    r"|\bdata\b[^.!?]*\bas\s+in\s+(?:this|the\s+following)\s+example\s*:$",
    re.IGNORECASE,
)
# Query languages: a table right under a query is the rows it returned, whatever its
# columns ("SELECT * FROM Visited" over "| id | site | dated |").
_QUERY_INFOS = frozenset(
    {
        "sql",
        "mysql",
        "psql",
        "postgresql",
        "postgres",
        "pgsql",
        "plpgsql",
        "sqlite",
        "sqlite3",
        "tsql",
        "plsql",
        "sparql",
        "cypher",
        "kql",
        "promql",
        "hql",
        "duckdb",
    }
)
# A statement that returns rows (not "CREATE TABLE …", whose column table documents it).
_READS_ROWS = re.compile(
    r"^\s*(?:select|with|show|describe|desc|explain|match|pragma|values)\b",
    re.IGNORECASE | re.MULTILINE,
)


def _in_code(header: str, code: str) -> bool:
    """Whether a header cell is written in the code (``count(*)`` in ``SELECT count(*)``,
    ``person`` in ``SELECT person``), as a whole word, not inside another one."""
    cell = clean(header).replace("\\", "").strip("` ").lower()
    if not cell:
        return True  # an empty corner cell says nothing either way
    return re.search(rf"(?<![\w.]){re.escape(cell)}(?![\w])", code.lower()) is not None


def code_output_table(ctx: Context, index: int) -> tuple[Note, ...] | None:
    """No card from what a query or command printed: a table right after a code block
    (in the same section) whose every header is written in that code (``SELECT person,
    count(reading)`` over ``| person | count(reading) |``), or that a short lead-in
    between them introduces as its output ("which produces:"); or a table, after code
    or not, whose lead-in presents it as a sample of output ("… to create tables like
    the following:", "Output looks like this:"). Its rows are values of one run on one
    data set, not facts about the entities they name; the prose around it says what
    the code or option does."""
    table = ctx.items[index].block
    if not isinstance(table, Table) or index == 0:
        return None
    headings = ctx.items[index].headings
    before = ctx.items[index - 1]
    if before.headings != headings:
        return None
    if isinstance(before.block, Code):
        code = before.block.text
        if not code.strip():
            return None
        if all(_in_code(h, code) for h in table.header) or (
            before.block.info.split(" ")[0].lower() in _QUERY_INFOS and _READS_ROWS.search(code)
        ):
            return ()
        return None
    if not isinstance(before.block, Paragraph):
        return None
    lead = clean(before.block.text).replace("\n", " ").strip()
    last = _SENTENCE_END.split(lead)[-1]
    if _NAMES_OUTPUT.match(last):
        return ()  # "The output should be something like:": an exercise's expected rows
    if _SHOWS_SAMPLE.search(last):
        return ()  # "… create tables like the following:": one run's numbers, a sample
    code_item = ctx.items[index - 2]
    if (
        index >= 2
        and code_item.headings == headings
        and isinstance(code_item.block, Code)
        and len(lead.split()) <= _OUTPUT_LEAD_WORDS
        and _INTRODUCES_OUTPUT.search(lead)
        and not _TABLE_SHOWS.match(lead)
    ):
        return ()
    earlier = ctx.items[index - 2].block if index >= 2 else None
    if (
        isinstance(earlier, Table)
        and ctx.items[index - 2].headings == headings
        and [clean(h) for h in earlier.header] == [clean(h) for h in table.header]
        and code_output_table(ctx, index - 2) == ()
    ):
        # The same columns again after a sentence ("… physically it can be represented
        # much more efficiently:"): the sample's rows laid out another way.
        return ()
    return None
