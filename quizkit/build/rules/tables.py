"""Rules for tables: question, list, titled-row, field-value, comparison and entity
tables (``<entity>: <attribute>?`` from a row key and a column header), with the
footnotes and the entity names a table states."""

from __future__ import annotations

import itertools
import re
from collections import Counter
from collections.abc import Mapping, Sequence

from quizkit.build.markdown import (
    FEATURE_HEADERS,
    FOOTNOTE_MARK,
    Paragraph,
    Table,
    question_text,
    table_footnote_lines,
)
from quizkit.build.text import (
    NO,
    PARTIAL,
    RESTATING_FILLER,
    SENTENCE_GAP,
    YES,
    attribute_phrase,
    clean,
    clean_heading,
    folded,
    marks_decorate,
    opens_on_mark,
    slugify,
    strip_decoration,
    subject_of,
    symbol_value,
)
from quizkit.notes import Note, NoteType

from .common import (
    _CODE_SPAN,
    _LABEL_NUMBER,
    _LEANING_OPENING,
    _QUALIFIER,
    _SENTENCE_END,
    _TABLE_KIND,
    Context,
    _entity_name,
    _fact,
    _lower_word,
    _question,
    _sentence,
    is_generic_label,
)
from .lists import _short_lead_in, owner_above
from .questions import _COMPARES, ANSWER_CHARS, _plain
from .tips import _GENERIC_KEY_WORDS, _bare_word

_SAME = frozenset({"same", "same as above", "same as left", "ditto", "〃", '"'})
_UNKNOWN = frozenset({"", "?", "-", "—", "–", "…"})
_WHY_HEADERS = frozenset({"why", "reason", "rationale", "because"})


def is_comparison(table: Table) -> bool:
    """``Feature | A | B``: the first header names the rows' attributes (and the other
    headers name entities, not "Details" or "Value")."""
    if len(table.header) < 2:
        return False
    first = clean(table.header[0]).lower()
    # A trailing "Notes" column remarks on the row; it names no entity.
    entities = table.header[1 : len(table.header) - _notes_columns(table)]
    if not entities or any(_is_value_header(h) or _part_header(h, first) for h in entities):
        return False
    if len(entities) >= 2 and all(_attribute_header(h) for h in entities):
        return False  # "Feature | Status | Target": a roadmap, a row per feature
    if not first and _rows_are_keys(table):
        return False
    return first in FEATURE_HEADERS or first.endswith(" feature")


# What a cell holds, by its shape: a date, a share, an amount ("7.2 million", "16.2s",
# "1,083"); anything else is words.
_DATE_CELL = re.compile(r"^\d{4}-\d{2}-\d{2}$")
_SHARE_CELL = re.compile(r"^[\d.,]+\s*%$")
_AMOUNT_CELL = re.compile(r"^~?[\d][\d.,]*\s*(?:[A-Za-z]{1,3}|million|thousand|billion)?$")


def _cell_kind(cell: str) -> str:
    text = clean(cell).strip()
    for kind, shape in (("date", _DATE_CELL), ("share", _SHARE_CELL), ("amount", _AMOUNT_CELL)):
        if shape.match(text):
            return kind
    return "words"


def _rows_are_keys(table: Table) -> bool:
    """Whether a table with an empty top-left cell lists things by row and measures by
    column ("| | Weekly downloads | Last publish |" over "Jest | 7.2 million |
    2020-05-05"): some column holds one kind of amount or date on every row, and the
    rows mix kinds, so a column is a measure and a row a thing measured. A table of
    words only keeps its columns as the things compared."""
    rows = [[_cell_kind(c) for c in row[1:]] for row in table.rows if len(row) > 1]
    if len(rows) < 2:
        return False
    width = min(len(r) for r in rows)
    measures = [c for c in range(width) if len({r[c] for r in rows}) == 1 and rows[0][c] != "words"]
    mixed = sum(len(set(r[:width])) > 1 for r in rows)
    return bool(measures) and 2 * mixed > len(rows)


def _notes_columns(table: Table) -> int:
    """1 when the last column of a table of three or more is a "Notes" column, or
    describes its rows where the columns before it give verdicts ("Feature |
    PostgreSQL | MySQL | Implementation" over "Yes | No | pgx connection pool")."""
    last = clean(table.header[-1]).lower().strip(" :")
    if len(table.header) >= 3 and last in _NOTE_HEADERS:
        return 1
    return 1 if _describing_last_column(table) else 0


_VERDICT_CELL = re.compile(r"^(?:yes|no|partial|supported|unsupported|n/a)\b", re.IGNORECASE)
_VERDICT_SHARE = 0.8  # of the middle columns' cells, for a matrix of verdicts


def _describing_last_column(table: Table) -> bool:
    """Whether the last of four columns or more holds words about each row, no verdict,
    beside middle columns of verdicts (Yes/No, ✅/❌): a remark, no entity compared."""
    width = len(table.header)
    if width < 4:
        return False
    rows = [r for r in table.rows if len(r) == width]
    last = [clean(r[-1]) for r in rows if clean(r[-1])]
    middle = [clean(c) for r in rows for c in r[1:-1] if clean(c)]

    def verdict(cell: str) -> bool:
        return opens_on_mark(cell) or bool(_VERDICT_CELL.match(cell))

    return (
        len(last) >= 2
        and not any(verdict(v) for v in last)
        and bool(middle)
        and sum(verdict(v) for v in middle) >= _VERDICT_SHARE * len(middle)
    )


# Headers of a column that holds the value of the row's field, not an entity.
_VALUE_HEADERS = frozenset(
    {
        "value",
        "values",
        "description",
        "details",
        "detail",
        "explanation",
        "meaning",
        "definition",
        "notes",
        "note",
        "comments",
        "comment",
        "remarks",
        "info",
        "summary",
        "what it means",
        "purpose",
    }
)
_NOTE_HEADERS = frozenset({"notes", "note", "comments", "comment", "remarks", "caveats"})
# A column computed from the columns before it ("Open Issues | Closed Issues | Total |
# Ratio"): its bare header says nothing of what it totals or divides, and a card
# "Mocha: total?" is unanswerable. A total (or sum) of columns that count one thing
# ("… Issues") is asked as that ("total issues (open + closed)"); any other, no card.
_TOTAL_HEADERS = frozenset({"total", "sum"})
_DERIVED_HEADERS = _TOTAL_HEADERS | frozenset(
    {"ratio", "%", "percent", "percentage", "difference", "diff", "delta", "average", "avg", "mean"}
)


def _derived_headers(header: list[str], skipped: set[int]) -> dict[int, str]:
    """The derived columns of an entity table (see ``_DERIVED_HEADERS``), each with the
    words it is asked by, "" for a column that makes no card: ``Open Issues | Closed
    Issues | Total`` → ``{3: "total issues (open + closed)"}``."""
    derived: dict[int, str] = {}
    for column in range(1, len(header)):
        word = header[column].strip().strip("*_").strip().lower()
        if word not in _DERIVED_HEADERS:
            continue
        derived[column] = ""
        before = [
            header[c].split() for c in range(1, column) if c not in skipped and c not in derived
        ]
        if word not in _TOTAL_HEADERS or len(before) < 2 or any(len(w) < 2 for w in before):
            continue
        nouns = {w[-1].lower() for w in before}
        if len(nouns) == 1:
            parts = " + ".join(" ".join(w[:-1]).lower() for w in before)
            derived[column] = f"{word} {before[0][-1].lower()} ({parts})"
    return derived


_FIELD_HEADERS = frozenset(
    {"field", "property", "key", "name", "setting", "parameter", "option", "item", "term"}
)
# Column pairs that sort items into kinds rather than describe one row each.
_LIST_PAIRS = (
    ("pros", "cons"),
    ("advantages", "disadvantages"),
    ("do", "don't"),
    ("dos", "don'ts"),
    ("do", "do not"),
    ("good", "bad"),
    ("strengths", "weaknesses"),
    ("benefits", "drawbacks"),
    ("when to use", "when not to use"),
)


# Value headers that name an attribute of the row's thing, not a generic "Value": under a
# first column naming a kind ("Tool | Purpose", "Flag | Meaning") the front asks it.
_ATTRIBUTE_VALUE_HEADERS = frozenset({"purpose", "meaning", "what it means"})


def _kind_and_attribute(header: list[str]) -> bool:
    """Whether a two-column header names a kind of thing and an attribute of it ("Tool |
    Purpose", "Icon | Meaning"), not a generic field ("Field | Value", "Term | Meaning",
    "Column name | Meaning")."""
    words = _bare_word(header[0]).split()
    return (
        bool(words)
        and words[-1] not in _FIELD_HEADERS
        and clean(header[1]).lower().strip(" :") in _ATTRIBUTE_VALUE_HEADERS
    )


def _is_value_header(header: str) -> bool:
    """A value column's header, alone or first of a pair ("Description and Additional
    Parameters", "Details / Notes")."""
    text = clean(header).lower().strip(" :")
    return text in _VALUE_HEADERS or text.split(" and ")[0].split(" / ")[0] in _VALUE_HEADERS


# Headers naming an attribute of each row, never a thing compared: "Feature | Status |
# Target" is a roadmap, a row per feature ("Target: ~/.my.cnf auto-loading?" asks
# nothing). One such column alone ("Feature | Status" over Yes/No) still reads as the
# support matrix it is.
_ATTRIBUTE_HEADERS = frozenset(
    {"status", "state", "target", "eta", "milestone", "priority", "since", "default", "type"}
)


def _attribute_header(header: str) -> bool:
    return clean(header).lower().strip(" :") in _ATTRIBUTE_HEADERS


def _part_header(header: str, first: str) -> bool:
    """A column naming parts of the first column's rows ("Sub-parameters" beside
    "Parameter"), no entity compared."""
    part = re.match(r"^sub-?\s*(\w+?)s?$", clean(header).lower().strip(" :"))
    return bool(first) and part is not None and first.removesuffix("s") == part.group(1)


def table_entities(table: Table) -> tuple[str, ...]:
    """The entity names of a comparison table's columns."""
    return tuple(
        _entity_name(h) for h in table.header[1 : len(table.header) - _notes_columns(table)]
    )


_FOOTNOTE_REFERENCE = re.compile(r"\[\^([^\]\s]+)\]")


def _cell(ctx: Context, raw: str, *, decoration: bool = False) -> str:
    """A table cell's answer: its symbol as a word, and the text of a footnote it
    points at (``✅[^1]`` with ``[^1]: only on Intel models`` → "Yes (only on Intel
    models)"): the condition belongs with the answer, never as a stray ``[^1]``.
    ``decoration``: the column's ✅/❌ only colour its words (see ``marks_decorate``)."""
    value = symbol_value(raw, ctx.legend, decoration=decoration)
    if not value or "[^" not in raw or not ctx.footnotes:
        return value
    notes = [
        _footnote_phrase(ctx.footnotes[label])
        for label in _FOOTNOTE_REFERENCE.findall(raw)
        if label in ctx.footnotes
    ]
    notes = [n for n in notes if n]
    return f"{value} ({'; '.join(notes)})" if notes else value


def _footnote_phrase(text: str) -> str:
    """A footnote as a parenthesis: cleaned, without its closing period, its first word
    lower-cased when it is a plain word ("Requires the driver." → "requires the driver")."""
    phrase = clean(text).replace("\n", " ").strip().rstrip(".").strip()
    lead = phrase.split(" ", 1)[0]
    if len(lead) > 1 and lead[1:].islower() and lead[:1].isupper():
        phrase = phrase[:1].lower() + phrase[1:]
    return phrase


def _decorated_columns(table: Table) -> list[bool]:
    """Per column of ``table``: whether its ✅/❌ marks only decorate worded cells."""
    width = max((len(table.header), *(len(row) for row in table.rows)), default=0)
    return [
        marks_decorate([row[column] for row in table.rows if column < len(row)])
        for column in range(width)
    ]


def _is_same(value: str) -> bool:
    return value.strip().lower().rstrip(".") in _SAME


def _reverse_ok(value: str, siblings: list[str], legend: Mapping[str, str]) -> bool:
    """Whether a back-to-front card makes sense: the value is unique among its siblings
    and says something on its own. Yes/No and legend words ("Supported") only answer
    their question, and a lone common word such as "Any" or "High" names nothing."""
    if len(siblings) < 2 or siblings.count(value) != 1:
        return False
    head = value.split(",", 1)[0]
    if head in (YES, NO) or head in legend.values() or value.lower() in _UNKNOWN:
        return False
    if len(value.split()) >= 2 or any(c.isdigit() or c == "`" for c in value):
        return True
    return any(c.isupper() for c in value[1:])  # a name such as ClusterIP


def _table_place(ctx: Context, index: int) -> str:
    place = ctx.subplace(index)
    count = ctx.tables_before(index)
    return place if count == 0 else f"{place}/table-{count + 1}"


def _is_list_table(header: list[str]) -> bool:
    """``Allowed | Not allowed``, ``Pros | Cons``: each column is a list of its own."""
    return _list_pair(header) is not None


def _list_pair(header: list[str]) -> tuple[int, bool] | None:
    """Where the two columns of a list table start, and whether they are kinds of item
    (``Pros | Cons``) rather than a thing and its opposite (``Buffered | Unbuffered``);
    None when no two neighbouring columns pair up."""
    if len(header) not in (2, 3):
        return None
    words = [h.lower().strip(" :") for h in header]
    for column, (a, b) in enumerate(itertools.pairwise(words)):
        for negation in ("not ", "non-", "non ", "no ", "don't ", "do not ", "un"):
            if b == negation + a or a == negation + b:
                return column, False
        if (a, b) in _LIST_PAIRS or (b, a) in _LIST_PAIRS:
            return column, True
    return None


# A column of the author's questions ("Question", "Issue", "Assignment", ...): each row
# is one card, that cell asking, the other column answering.
_ASKING_HEADERS = frozenset(
    {
        "question",
        "questions",
        "issue",
        "problem",
        "assignment",
        "task",
        "scenario",
        "exercise",
        "challenge",
    }
)
# Headers of a row-number column: a counter, never something a card asks about.
_NUMBER_HEADERS = frozenset({"", "#", "no", "no.", "nr", "nr.", "sr", "sr.", "s.no", "s. no", "id"})
# Imperative rows ("Create a user"): asked as "How do you create a user?".
_TASK_HEADERS = frozenset({"assignment", "task", "exercise", "challenge"})
# Answer headers that add nothing to the question ("Fix a boot loop?", not "…: answer?").
_PLAIN_ANSWER_HEADERS = frozenset(
    {"answer", "answers", "solution", "description", "explanation", "details", "response"}
)


def _asked_row(asking: str, answer_header: str, question: str) -> str:
    """A question cell as a front: the author's question as written; an imperative
    task as "How do you …?"; a bare issue with its answer column's name."""
    question = question.strip()
    if question.endswith(("?", ".", "!")):
        return question
    first = question.split(" ", 1)[0]
    if asking in _TASK_HEADERS and first[:1].isupper() and first[1:].islower():
        return f"How do you {question[:1].lower()}{question[1:]}?"
    if answer_header.lower() in _PLAIN_ANSWER_HEADERS:
        return f"{question}?"
    return f"{question}: {attribute_phrase(answer_header)}?"


# A heading or lead-in saying what a table lists is what its subject works with or
# needs: "Supported Repository Platforms", "… supports these platforms:", "Prerequisites".
_SUPPORTED = re.compile(r"\bsupport(?:s|ed)?\b|\bcompatib", re.IGNORECASE)
_NEEDED = re.compile(r"\b(?:prerequisites?|requirements?|requires?|dependencies)\b", re.IGNORECASE)
# A lead-in naming its subject and what the table lists: "ReadmeAI supports these
# platforms:", "ReadmeAI is model agnostic, with support for the following LLM API
# services:". The subject is the name the sentence opens on.
_SUPPORT_LEAD_IN = re.compile(
    r"^(?P<subject>[A-Z][\w.+-]*(?:\s+[A-Z][\w.+-]*){0,2})\s+[^:]*?\b"
    r"(?:supports|support for|is compatible with|works with)\s+(?:these|the following)\s+"
    r"(?P<kind>[A-Za-z][\w -]{0,40}?)\s*:$"
)
# A lead-in naming what needs the table's rows: "ReadmeAI requires …:".
_NEED_LEAD_IN = re.compile(
    r"^(?P<subject>[A-Z][\w.+-]*(?:\s+[A-Z][\w.+-]*){0,2})\s+(?:requires|needs)\b"
)
# A blurb: two to four words of a slogan ("Industry-standard hosting", "Multimodal
# AI", "No API key needed"), no number, code, mark or sentence punctuation.
_BLURB = re.compile(r"^[A-Za-z][A-Za-z'&/-]*(?:\s+[A-Za-z][A-Za-z'&/-]*){1,3}$")
_BLURB_ROWS = 3  # fewer rows: too little to tell a column of slogans from data
_KEY_WORDS = 5  # a longer first cell is a sentence, not a name


def _blurb_rows(table: Table) -> list[tuple[str, bool]] | None:
    """The first cells of a table whose other cells are all blurbs, each with whether
    it is a group row (a label over the rows after it, its other cells empty:
    "Installation Method (choose one)"); None when a cell is no blurb or a column
    repeats a value (a status, a category: data to ask, not slogans)."""
    named: list[tuple[str, bool]] = []
    columns: dict[int, list[str]] = {}
    for row in table.rows:
        key = clean(row[0]).strip().lstrip("•·").strip() if row else ""
        rest = [" ".join(clean(cell).split()) for cell in row[1:]]
        if not key or len(key.split()) > _KEY_WORDS or "`" in key:
            return None
        if not any(rest):
            named.append((key, True))
            continue
        for column, cell in enumerate(rest):
            if cell and not _BLURB.match(cell):
                return None
            columns.setdefault(column, []).append(cell.lower())
        named.append((key, False))
    if sum(not group for _, group in named) < _BLURB_ROWS:
        return None
    if any(len(set(cells)) < len(cells) for cells in columns.values()):
        return None
    return named


def _listed_back(named: list[tuple[str, bool]]) -> str:
    """The rows' names as bullets, a group's rows on its label's line: "• Python
    ≥3.10" then "• Installation Method (choose one): pip, pipx, uv"."""
    lines: list[tuple[str, list[str]]] = []
    grouped = False
    for key, group in named:
        if group:
            lines.append((key, []))
            grouped = True
        elif grouped:
            lines[-1][1].append(key)
        else:
            lines.append((key, []))
    return "\n".join(
        f"• {key}: {', '.join(members)}" if members else f"• {key}" for key, members in lines
    )


def blurb_table(ctx: Context, index: int) -> tuple[Note, ...] | None:
    """A table of what a tool supports or needs, each row a name and a slogan ("GitHub |
    Industry-standard hosting", "OpenAI | General use | Industry-leading models",
    "pip | Default Python package manager") under a heading or lead-in saying so
    ("Supported Repository Platforms", "… supports these platforms:",
    "Prerequisites"). The slogans are no facts to recall ("GitLab?" → "Full DevOps
    integration" asks nothing a reader could answer); what is supported or needed is:
    one list card, "Which platforms does ReadmeAI support?" or "What do you need before
    installing ReadmeAI?" → the names (a group row's names on its line), asked of the
    name the lead-in opens on or the page's subject; none when neither names it."""
    block = ctx.items[index].block
    if not isinstance(block, Table) or not 2 <= len(block.header) <= 3:
        return None
    heading = ctx.nearest_heading(index)
    lead_in = ""
    before = ctx.items[index - 1] if index else None
    if (
        before is not None
        and before.headings == ctx.items[index].headings
        and isinstance(before.block, Paragraph)
    ):
        sentences = _SENTENCE_END.split(" ".join(clean(before.block.text).split()))
        lead_in = sentences[-1] if sentences[-1].endswith(":") else ""
    needed = bool(_NEEDED.search(heading))
    if not (needed or _SUPPORTED.search(heading) or _SUPPORTED.search(lead_in)):
        return None
    named = _blurb_rows(block)
    if named is None:
        return None
    supported = _SUPPORT_LEAD_IN.match(lead_in)
    need = _NEED_LEAD_IN.match(lead_in)
    subject = ctx.page_subject or (ctx.title if len(ctx.title.split()) <= 3 else "")
    front = ""
    if needed:
        subject = need.group("subject") if need else subject
        front = f"What do you need before installing {subject}?" if subject else ""
    elif supported:
        kind = supported.group("kind").strip()
        front = f"Which {kind} does {supported.group('subject')} support?"
    elif subject and re.match(r"^supported\s+\w", heading, re.IGNORECASE):
        kind = re.sub(r"^supported\s+", "", heading, flags=re.IGNORECASE)
        front = f"Which {' '.join(map(_lower_word, kind.split()))} does {subject} support?"
    if not front:
        return ()
    return _fact(ctx, index, f"{_table_place(ctx, index)}/listed", front, _listed_back(named))


def question_table(ctx: Context, index: int) -> tuple[Note, ...] | None:
    """A table of the author's questions and their answers (``# | Question | Answer``,
    ``Issue | Expected troubleshooting``, ``Assignment | Instructions``): one card a
    row, the question cell on the front and the answer cell on the back. A
    row-number column is a counter, never a key."""
    block = ctx.items[index].block
    if not isinstance(block, Table):
        return None
    header = [clean(h).replace("\n", " ").strip() for h in block.header]
    columns = [
        c
        for c, title in enumerate(header)
        if title.lower().strip(" :") not in _NUMBER_HEADERS
        and not _counts_rows([row[c] for row in block.rows if c < len(row)] or ["x"])
    ]
    if len(columns) != 2:
        return None
    asked, answered = columns
    asking = header[asked].lower().strip(" :")
    if asking not in _ASKING_HEADERS or header[answered].lower().strip(" :") in _ASKING_HEADERS:
        return None
    place = _table_place(ctx, index)
    notes: list[Note] = []
    for number, row in enumerate(block.rows):
        if answered >= len(row):
            continue
        question = clean(row[asked]).replace("\n", " ").strip()
        answer = _cell(ctx, row[answered])
        if not question or answer.lower() in _UNKNOWN:
            continue
        line = block.row_lines[number] if number < len(block.row_lines) else block.line
        notes.extend(
            _fact(
                ctx,
                index,
                f"{place}/{slugify(question, f'row-{number + 1}')}",
                _asked_row(asking, header[answered], question),
                answer,
                line=line,
            )
        )
    return tuple(notes)


# Headers of a table whose rows pair a case with what answers it ("Problem | Solution",
# "Symptom | Fix", "Question | Answer"): its first column is a key, however long.
_PAIRING_HEADER = re.compile(
    r"\b(?:problems?|issues?|symptoms?|causes?|errors?|questions?|scenarios?|situations?|"
    r"cases?|mistakes?|solutions?|fix(?:es)?|answers?|resolutions?|reasons?|descriptions?|"
    r"explanations?|examples?|meanings?|results?|actions?|instead|steps?|commands?)\b",
    re.IGNORECASE,
)
_CONTRAST_CELL_WORDS = 3  # a cell of fewer words is a name, a value: a key column
_CONTRAST_MEAN_WORDS = 5


def _contrast_columns(header: list[str], rows: tuple[tuple[str, ...], ...]) -> bool:
    """Whether a two-column table sets two options side by side in sentences ("Consider
    X if: | Prefer Y if:", "CRDs | Aggregated API" whose cells are statements): each
    column is a list of its own, its first column no key to ask by."""
    if len(header) != 2 or len(rows) < 2 or any(_PAIRING_HEADER.search(h) for h in header):
        return False
    cells = [clean(c).replace("\n", " ") for row in rows for c in row[:2]]
    if any(len(row) < 2 for row in rows) or any(c.rstrip().endswith("?") for c in cells):
        return False
    counts = [len(c.split()) for c in cells if c]
    return (
        bool(counts)
        and min(counts) >= _CONTRAST_CELL_WORDS
        and sum(counts) >= _CONTRAST_MEAN_WORDS * len(counts)
    )


def list_table(ctx: Context, index: int) -> tuple[Note, ...] | None:
    """A table whose columns sort items into kinds ("Allowed | Not allowed", "Pros |
    Cons"): the rows are not related, so each column is one list note,
    "<section>: <column>?"."""
    block = ctx.items[index].block
    if not isinstance(block, Table):
        return None
    header = [clean(h).replace("\n", " ") for h in block.header]
    pair = _list_pair(header)
    if pair is None and not _contrast_columns(header, block.rows):
        return None
    # "Feature | Unbuffered | Buffered", "Option | Pros | Cons": the first column names
    # the rows, and a value ("Strong", "Minimal") says something only beside its row's
    # name. A thing and its opposite compared feature by feature are asked cell by cell
    # (the comparison rule); lists of kinds keep each row's name on its item.
    labelled = pair is not None and pair[0] == 1
    if labelled and pair is not None and not pair[1] and is_comparison(block):
        return None
    header = [h.rstrip(":").rstrip() for h in header]  # "Prefer a stand-alone API if:"
    subject = ctx.section_subject(index)
    place = _table_place(ctx, index)
    notes: list[Note] = []
    for column, title in enumerate(header):
        if labelled and column == 0:
            continue  # the rows' names, each said on its items
        items = []
        for row in block.rows:
            item = _cell(ctx, row[column]) if column < len(row) else ""
            if not item or item.lower() in _UNKNOWN:
                continue
            label = _cell(ctx, row[0]) if labelled else ""
            items.append(f"{label}: {item}" if label else item)
        if not items:
            continue
        notes.extend(
            _fact(
                ctx,
                index,
                f"{place}/{slugify(title, f'column-{column + 1}')}",
                _question(subject, title),
                "\n".join(f"• {i}" for i in items),
                kind=NoteType.LIST,
            )
        )
    return tuple(notes)


# A sequence table: who acts and what they do, a row per step of one scenario ("Who |
# What" with "CPU" over "Switches to kernel mode" then "Kernel" over "Saves the
# registers"). The column of steps is headed by what it holds; the actors' column may
# be headed anything, its values repeat as each actor takes a few steps in turn.
_STEP_HEADERS = frozenset(
    {
        "what",
        "what happens",
        "action",
        "actions",
        "activity",
        "activities",
        "event",
        "events",
        "does",
        "what it does",
        "operation",
        "step",
        "steps",
    }
)
_STEP_NUMBER = re.compile(r"^(?:step\s*)?\d{1,3}[a-z]?[.):]?$", re.IGNORECASE)
# A remark on the table before it ("Note: in the table below …") tells how to read it,
# not what it shows: the scenario is asked in the paragraph above that.
_TABLE_REMARK = re.compile(r"^(?:\*\*)?(?:notes?|nb|n\.b\.)\b\W", re.IGNORECASE)
# "… what happens when a client connects:", "## What happens when a pod is deleted":
# the scenario a sequence of steps plays out.
# "## Staff Registration Process", "### TLS Handshake": a heading naming a procedure.
_PROCEDURE_HEADING = re.compile(
    r"^[^?]{3,80}?\s(?:process|flow|workflow|lifecycle|life cycle|sequence|handshake|"
    r"procedure)$",
    re.IGNORECASE,
)
_TRAILING_ASIDE = re.compile(r"\s*\([^()]*\)$")
_WHEN_CLAUSE = re.compile(r"\bwhen\s+([^.:;?!]{6,120}?)\s*[.:;?!]?$", re.IGNORECASE)


def _sequence_columns(
    header: list[str], rows: tuple[tuple[str, ...], ...]
) -> tuple[int, int] | None:
    """The actor and step columns of a sequence table, or None: a step column by its
    header, beside one other column (a column of step numbers aside) whose values
    repeat in runs, as an actor does several steps in turn."""
    columns = list(range(len(header)))
    if columns and rows and all(_STEP_NUMBER.match(clean(row[0])) for row in rows if row):
        columns = columns[1:]
    if len(columns) != 2 or len(rows) < 3 or any(len(row) < len(header) for row in rows):
        return None
    actor, step = columns
    if header[step].lower().rstrip(":").strip() not in _STEP_HEADERS:
        return None
    actors = [clean(row[actor]).replace("\n", " ") for row in rows]
    steps = [clean(row[step]).replace("\n", " ") for row in rows]
    if not all(actors) or any(len(s.split()) < 2 for s in steps):
        return None  # a blank actor, or a step of one word: a lookup, no sequence
    # Numbered steps are a sequence already: an actor acting again later is enough.
    runs = sum(a == b for a, b in itertools.pairwise(actors))
    numbered = columns[0] == 1
    if len(set(actors)) < 2 or not (runs or (numbered and len(set(actors)) < len(actors))):
        return None
    return actor, step


def _scenario_question(ctx: Context, index: int) -> str:
    """What a sequence table answers: the author's question or task in the paragraph
    above it ("Describe what happens when …"), else "What happens, step by step, when
    <clause>?" from a lead-in or heading naming the moment; "" when nothing names it."""
    leads: list[str] = []
    at = index - 1
    here = ctx.items[index].headings
    while at >= 0 and len(leads) < 2 and ctx.items[at].headings == here:
        block = ctx.items[at].block
        if not isinstance(block, Paragraph):
            break
        text = clean(block.text).replace("\n", " ")
        at -= 1
        if _TABLE_REMARK.match(text):
            continue
        leads.append(text)
        break
    heading = clean_heading(here[-1].text) if here else ""
    for text in (*leads, heading):
        asked = question_text(text)
        if asked:
            return asked
    for text in (*leads, heading):
        when = _WHEN_CLAUSE.search(text)
        if when:
            return f"What happens, step by step, when {when.group(1).strip()}?"
    # "Regularization Process (Missed Check-In/Out)": the aside qualifies the name.
    named = _TRAILING_ASIDE.sub("", heading)
    if _PROCEDURE_HEADING.match(named):
        return f"What happens, step by step, in the {attribute_phrase(named, ctx.proper_names)}?"
    return ""


def sequence_table(ctx: Context, index: int) -> tuple[Note, ...] | None:
    """A "Who | What" table whose rows are the steps of one scenario: one ordered list,
    "<actor>: <step>" a line, asked as the scenario (the author's question above it, or
    "What happens, step by step, when …?"). No card when nothing names the scenario:
    "CPU: what?" asks nothing a learner could answer."""
    block = ctx.items[index].block
    if not isinstance(block, Table):
        return None
    header = [clean(h).replace("\n", " ") for h in block.header]
    columns = _sequence_columns(header, block.rows)
    if columns is None:
        return None
    actor, step = columns
    question = _scenario_question(ctx, index)
    if not question:
        return ()
    # The author's own step labels ("5a", "5b": two outcomes of one step) when a column
    # numbers the steps, else the rows' order.
    labels = [
        clean(row[0]).rstrip(".):") if actor == 1 else str(number)
        for number, row in enumerate(block.rows, start=1)
    ]
    back = "\n".join(
        f"{label}. {_cell(ctx, row[actor])}: {_cell(ctx, row[step])}"
        for label, row in zip(labels, block.rows, strict=True)
    )
    return _fact(
        ctx, index, f"{_table_place(ctx, index)}/sequence", question, back, kind=NoteType.LIST
    )


_SHORT_VALUE_WORDS = 3


def _header_is_data(header: list[str], rows: Sequence[Sequence[str]] = ()) -> bool:
    """A two-column table whose "header" is its first row ("Purpose | Internal-only
    communication between pods"): a sentence or a yes/no is no column name. A long
    noun phrase over short values ("Required Kubernetes version for volume expansion"
    over `1.11`, `1.24`) names the column: the rows are not of its kind."""
    value = header[1]
    if value.endswith(".") or value in (YES, NO):
        return True
    if len(value.split()) <= 5:
        return False
    values = [clean(row[1]) for row in rows if len(row) >= 2 and clean(row[1])]
    # (Yes / No under it: the fields of one thing, "Purpose | Internal-only …" first.)
    return not (
        values
        and all(len(v.split()) <= _SHORT_VALUE_WORDS for v in values)
        and not _state_values(values)
        and not any(v in (YES, NO) for v in values)
    )


_TITLE_CELL_WORDS = 8  # a header of more words is no title


def titled_row_table(ctx: Context, index: int) -> tuple[Note, ...] | None:
    """A table of one body row under a header row of titles ("1. Boil | 2. Steep |
    3. Pour" over a sentence each, every cell a whole sentence: a "Role | Guidance"
    row of phrases is an ordinary row): the header is data, every title a fact about the
    cell under it, never a column of a row named by its first sentence. With a lead-in
    ("… happens in three steps:") one list note asks it, each item "<title>: <cell>";
    without one, each title is asked of the section, "<section>: <title>?"."""
    block = ctx.items[index].block
    if not isinstance(block, Table) or len(block.rows) != 1 or len(block.header) < 2:
        return None
    header = [clean(h).replace("\n", " ").strip() for h in block.header]
    cells = [_cell(ctx, c) for c in block.rows[0]]
    if (
        len(cells) != len(header)
        or not all(header)
        or not all(c.rstrip().endswith((".", "!")) for c in cells)
        or any(len(h.split()) > _TITLE_CELL_WORDS for h in header)
        or any(h.endswith((".", "?")) for h in header)
    ):
        return None
    place = _table_place(ctx, index)
    line = block.row_lines[0] if block.row_lines else block.line
    lead_in = ctx.lead_in(index)
    if lead_in and not _LEANING_OPENING.match(lead_in):
        numbered = all(_LABEL_NUMBER.match(h) for h in header)
        back = "\n".join(
            f"{h}: {c}" if numbered else f"• {h}: {c}" for h, c in zip(header, cells, strict=True)
        )
        subject = subject_of(ctx.nearest_heading(index) or "")
        front = f"{_short_lead_in(_sentence(lead_in), subject)} …?"
        if subject and subject.lower() not in lead_in.lower():
            front = f"{subject}: {front}"
        return _fact(
            ctx, index, f"{place}/{slugify(lead_in)}", front, back, kind=NoteType.LIST, line=line
        )
    subject = ctx.section_subject(index)
    notes: list[Note] = []
    for title, cell in zip(header, cells, strict=True):
        name = _LABEL_NUMBER.sub("", title)
        notes.extend(
            _fact(
                ctx,
                index,
                f"{place}/{slugify(name)}",
                _question(subject, name, ctx.proper_names),
                cell,
                line=line,
            )
        )
    return tuple(notes)


# A status column's header and the word its question asks ("Field | Support" → "`hostPID`
# supported?").
_STATUS_HEADERS = {
    "support": "supported",
    "supported": "supported",
    "available": "available",
    "availability": "available",
    "compatible": "compatible",
    "compatibility": "compatible",
    "implemented": "implemented",
}
# A status cell's answer by its word ("no" → "No", "N/A" → "Not applicable").
_STATUS_WORDS = {
    "yes": YES,
    "no": NO,
    "partial": "Partially",
    "partially": "Partially",
    "n/a": "Not applicable",
    "na": "Not applicable",
    "not applicable": "Not applicable",
}
# What a title adds to the name of the thing its status tables are of ("Podman Kube Play
# Support" is of "Podman Kube Play").
_STATUS_TITLE_TAIL = re.compile(
    r"\s*(?:feature\s+|field\s+|api\s+)?(?:support(?:ed)?|compatibility|availability)"
    r"(?:\s+(?:matrix|table|status|overview))?\s*$",
    re.IGNORECASE,
)
# "Note: **N/A** means that the option cannot be supported …": a status word explained.
_STATUS_MEANS = re.compile(
    r"^(?:note:\s*)?[*_`]*([\w/ ]{1,16}?)[*_`]*\s+means\s+(?:that\s+)?(.+?)\.?$", re.IGNORECASE
)


def _status_answer(cell: str, meanings: Mapping[str, str]) -> str:
    """A status cell as an answer: "Yes", "No", "Not applicable (<the legend's reason>)",
    a remark after the word kept in parentheses; "" for a cell that is no status."""
    word, remark = cell, ""
    found = re.match(r"^(.+?)\s*,?\s*(\(.*\))$", cell)
    if found:
        word, remark = found.group(1), found.group(2)
    answer = _STATUS_WORDS.get(word.strip().lower().rstrip("."))
    if answer is None:
        return ""
    meaning = meanings.get(word.strip().lower())
    if meaning and not remark:
        remark = f"({meaning})"
    return f"{answer} {remark}" if remark else answer


def _status_subject(ctx: Context, index: int) -> str:
    """What a status matrix is of: its title without "Support" ("Podman Kube Play
    Support" → "Podman Kube Play"; a product's title as it is), spelled as a paragraph
    above the table writes it ("podman kube play"); "" when the title names nothing more
    than "Support" or is a generic label."""
    title = clean(ctx.title or "").strip()
    subject = _STATUS_TITLE_TAIL.sub("", title).strip(" :-–—")
    if not subject or is_generic_label(subject):
        return ""
    for item in ctx.items[:index]:
        if isinstance(item.block, Paragraph):
            written = re.search(rf"(?<![\w-]){re.escape(subject)}(?![\w-])", item.block.text, re.I)
            if written:
                return written.group(0)
    return subject


def _status_notes(
    ctx: Context, index: int, block: Table, header: list[str]
) -> tuple[Note, ...] | None:
    """A two-column status matrix ("Field | Support" rows of ✅ / no / N/A under "## Pod
    Fields"): each row asks whether its key has the status, of the page's subject and the
    section ("podman kube play, Pod fields: `hostPID` supported?" → "Yes"); a status word
    a sentence above the table explains ("**N/A** means …") answers with its reason.
    No cards when the title does not name what the matrix is of; None for another table."""
    asked = _STATUS_HEADERS.get(header[1].lower().strip(" :?"))
    if asked is None or not block.rows:
        return None
    meanings: dict[str, str] = {}
    for item in ctx.items[:index]:
        if isinstance(item.block, Paragraph):
            for sentence in SENTENCE_GAP.split(clean(item.block.text).replace("\n", " ")):
                means = _STATUS_MEANS.match(sentence.strip())
                if means:
                    meanings[means.group(1).strip().lower()] = means.group(2).strip()
    answers = [_status_answer(_cell(ctx, r[1]) if len(r) > 1 else "", meanings) for r in block.rows]
    if not all(answers):
        return None  # a cell of other words: no status matrix
    subject = _status_subject(ctx, index)
    if not subject:
        return ()
    section = " ".join(
        w.lower() if n and w[:1].isupper() and w[1:].islower() else w
        for n, w in enumerate(clean_heading(ctx.nearest_heading(index) or "").split())
    )
    asked_of = (
        f"{subject}, {section}" if section and section.lower() != subject.lower() else subject
    )
    place = _table_place(ctx, index)
    notes: list[Note] = []
    for row_number, (row, answer) in enumerate(zip(block.rows, answers, strict=True)):
        key = clean(row[0]).replace("\n", " ").strip()
        if not key:
            continue
        # A field's name is code ("`hostPID`", "`os.name`"); a feature's words are not.
        code = re.fullmatch(r"[\w.\[\]-]+", key) and (
            header[0].lower() in _FIELD_HEADERS or not key.isalpha() or key[1:] != key[1:].lower()
        )
        shown = f"`{key}`" if code else key
        line = block.row_lines[row_number] if row_number < len(block.row_lines) else block.line
        notes.extend(
            _fact(
                ctx,
                index,
                f"{place}/{slugify(key)}",
                f"{asked_of}: {shown} {asked}?",
                answer,
                line=line,
            )
        )
    return tuple(notes)


def field_value_table(ctx: Context, index: int) -> tuple[Note, ...] | None:
    """A two-column "Field | Value" table (also "Item | Notes", or one whose header row
    is really data): facts about its section's subject, "<subject>: <field>?"."""
    block = ctx.items[index].block
    if not isinstance(block, Table) or len(block.header) != 2:
        return None
    header = [clean(h).replace("\n", " ") for h in block.header]
    rows = [r for r in block.rows if len(r) >= 2]
    status = _status_notes(ctx, index, block, header)
    if status is not None:
        return status
    data_header = _header_is_data(header, rows)
    if not data_header and not (_is_value_header(header[1]) or header[0].lower() in _FIELD_HEADERS):
        return None
    if not data_header and _kind_and_attribute(header):
        # "Tool | Purpose": the rows are tools and the column is what each is for;
        # "Tools we use: git?" never says it asks the purpose. The entity rule asks
        # "git: purpose?".
        return None
    if not data_header and _names_kind(header[0]):
        # "**Collection type** | **Description**": the rows are kinds of collection,
        # not fields of the section's subject ("Lists?" asks nothing); the entity
        # rule names each row with its kind.
        return None
    if data_header:
        rows = [tuple(block.header), *rows]
    # A list item right above titling the table ("- **AWS Firewall Manager:** …") says
    # whose fields the rows are; the section ("Networking") covers many things.
    subject = (
        (ctx.list_title(index) if not data_header else "")
        or _entity_name(ctx.section_name(index))
        or ctx.topic
    )
    if not data_header and _collects(ctx.nearest_heading(index), header[0]):
        # "## KeyBindings" over "Key Binding | Description": the heading only gathers
        # the rows' kind; each row is a key binding of what the page or the parent
        # heading names ("dive key binding: ctrl + F?"), never of "KeyBindings".
        owner = owner_above(ctx, index)
        if owner:
            subject = f"{owner} {attribute_phrase(_bare_word(header[0]), ctx.proper_names)}"
    place = _table_place(ctx, index)
    # "`kubectl get pods` | List all pods": each key is a whole command, naming its
    # program; what it does is asked of it alone, never of the section ("What is
    # kubectl? Can you list a few common commands: `kubectl get pods`?").
    commands = not data_header and _command_rows(ctx, [row[0] for row in rows])
    notes: list[Note] = []
    for row_number, row in enumerate(rows):
        field_name = _entity_name(row[0])
        value = _cell(ctx, row[1])
        if not field_name or value.lower() in _UNKNOWN:
            continue
        number = row_number - 1 if data_header else row_number
        line = block.row_lines[number] if 0 <= number < len(block.row_lines) else block.line
        notes.extend(
            _fact(
                ctx,
                index,
                f"{place}/{slugify(field_name)}",
                f"What does {field_name} do?"
                if commands
                else _question(subject, field_name, ctx.proper_names),
                value,
                line=line,
            )
        )
    return tuple(notes)


# A row key that is one code span holding a command: a program in lower case, then
# its arguments ("`kubectl get pods`", "`git add .`"); never an option ("`--set`").
_COMMAND_CELL = re.compile(r"^`(?P<program>[a-z][a-z0-9_.-]*)\s+[^`\s][^`]*`$")
_COMMAND_ROWS = 2  # fewer rows: one command is no table of them


def _command_rows(ctx: Context, keys: list[str]) -> bool:
    """Whether every key of a table's rows is a command of one program the document
    runs (``ctx.commands``) or that all the rows share: a table of commands, each of
    which names itself."""
    programs = set()
    for key in keys:
        found = _COMMAND_CELL.match(clean(key).replace("\n", " ").strip())
        if found is None:
            return False
        programs.add(found.group("program"))
    if len(keys) < _COMMAND_ROWS:
        return False
    return len(programs) == 1 or programs <= ctx.commands


def _collects(heading: str, first_header: str) -> bool:
    """Whether ``heading`` names only the plural of the kind the table's first column
    heads ("KeyBindings" over "Key Binding", "Shortcuts" over "Shortcut")."""
    gathered = re.sub(r"[^a-z]", "", clean(clean_heading(heading)).lower())
    kind = re.sub(r"[^a-z]", "", _bare_word(first_header))
    return len(kind) > 2 and gathered in (f"{kind}s", f"{kind}es")


# A footnote mark after a cell's value (``✅\*``, ``Yes¹``, ``✔†``), and the note under the
# table that opens on the same mark.
_FOOTNOTE_MARK = re.compile(rf"(?<=\S)({FOOTNOTE_MARK})$")


def table_footnotes(ctx: Context, index: int) -> dict[str, str]:
    """The footnotes written right under the table at ``index`` (in its section), by
    mark: ``* The docker driver doesn't support all …`` → ``{"*": "The docker driver
    doesn't support all …"}`` (the first sentence: a pointer after it is no answer)."""
    found: dict[str, str] = {}
    for match in table_footnote_lines(ctx.items, index):
        text = clean(match.group(2)).replace("\n", " ").strip()
        found.setdefault(match.group(1), _SENTENCE_END.split(text)[0].rstrip("."))
    return found


def _footnote_of(raw: str, footnotes: Mapping[str, str]) -> str:
    match = _FOOTNOTE_MARK.search(raw.strip())
    return footnotes.get(match.group(1), "") if match else ""


def _marks_matrix(values: list[str]) -> bool:
    """A matrix of marks where an empty cell means "no": most filled cells are ✅ (read
    as Yes) and none is ❌ (an author who writes ❌ leaves a cell empty for "unknown"),
    nor "?" (an author who marks what is unknown may leave a cell empty for "not looked
    at": the blank says nothing either)."""
    filled = [v for v in values if v.lower() not in _UNKNOWN]
    yes = sum(1 for v in filled if v == YES)
    return (
        yes * 2 >= len(filled) > 0
        and NO not in filled
        and "?" not in values
        and len(filled) < len(values)
    )


def _blank_columns(grid: list[list[str]]) -> set[int]:
    """The columns of ``grid`` with no cell filled in: a product the author has not
    looked at yet, never one that supports nothing."""
    width = max((len(r) for r in grid), default=0)
    return {c for c in range(width) if all(c >= len(r) or not r[c] for r in grid)}


def _bare_name(entity: str) -> bool:
    """A column head that is only an identifier in code (`` `cloud` ``, `` `remote` ``):
    which kind of thing it names only the table's subject says."""
    return bool(re.fullmatch(r"`[\w.-]+`", entity))


# A cell that only compares ("Higher", "Lower", "Slower", "More"): it means something
# only against the other option of its row.
_RELATIVE = re.compile(
    r"^(?:much\s+|slightly\s+|a bit\s+)?(?:higher|lower|more|less|fewer|faster|slower|"
    r"better|worse|larger|smaller|bigger|greater|longer|shorter|easier|harder|cheaper|"
    r"stronger|weaker)\.?$",
    re.IGNORECASE,
)


def _group_rows(table: Table) -> list[str | None]:
    """Per body row, the group it sits in ("" for none), or None for a row that repeats
    the header's column names ("| [Tracer](…) | Optional | Go | Java |" under "| Feature
    | Optional | Go | Java |"): such a row titles the rows after it with its first cell
    and states nothing of its own."""
    names = [clean(h).replace("\n", " ").strip().lower() for h in table.header[1:]]
    found: list[str | None] = []
    group = ""
    if sum(1 for n in names if n) < 2:  # one column repeated is a value, not a title
        return ["" for _ in table.rows]
    for row in table.rows:
        cells = [clean(c).replace("\n", " ").strip().lower() for c in row[1 : len(names) + 1]]
        if cells == names and row and clean(row[0]).strip():
            group = clean(row[0]).replace("\n", " ").strip()
            found.append(None)
        else:
            found.append(group)
    return found


def _attribute_column(header: str, meanings: Mapping[str, str]) -> bool:
    """A column its own legend explains as its own word ("For the `Optional` column, `X`
    means the feature is optional"): it says something of the row (is it optional?),
    it names no entity to ask the row of."""
    said = clean(header).strip().lower()
    return any(m.strip().lower().rstrip(".") == said for m in meanings.values())


def _column_answer(raw: str, header: str, meanings: Mapping[str, str]) -> str:
    """A cell of an :func:`_attribute_column`: "Yes" where its symbol means the column's
    word, "No (<meaning>)" where it means something else ("blank means required")."""
    value = symbol_value(raw, {k: v for k, v in meanings.items() if k})
    if not value:
        value = meanings.get("", "")
    if not value or value.lower() in _UNKNOWN:
        return ""
    if value.strip().lower().rstrip(".") == clean(header).strip().lower():
        return YES
    if value in meanings.values():
        return f"{NO} ({value[:1].lower()}{value[1:]})"
    return value


# A column head that is a release ("v1.13", "1.28", "2.x", "v1.12, _Maintenance Mode_"):
# a version of something only the table's lead-in or heading names.
_VERSION_HEAD = re.compile(r"^v?\d+(?:\.(?:\d+|x))+(?![\w.])", re.IGNORECASE)
_VERSION_REMARK = re.compile(r"^(v?\d+(?:\.(?:\d+|x))+)\s*,\s*(\S.*)$", re.IGNORECASE)
_VERSIONED_ROW = re.compile(r"\d+\.\d+")
# "The following table defines the support matrix for the Cluster API core provider.",
# "… the compatibility matrix of Foo": what the matrix is of, and what its ticks say.
_MATRIX_OF = re.compile(
    r"\b(support|supported versions?|compatibility|versions?)\s+matri(?:x|ces)\s+"
    r"(?:for|of)\s+(?:the\s+)?([^()]+?)\s*(?:\(.*)?[.:]?$",
    re.IGNORECASE,
)
_MATRIX_SUBJECT_WORDS = 8  # a longer "subject" is a clause, not a name


def _version_matrix_subject(ctx: Context, index: int) -> tuple[str, str]:
    """What a matrix of releases by column is of, and the verb its ticks mean: the
    sentence right above that names its matrix ("… the support matrix for the Cluster
    API core provider." → "Cluster API core provider", "supports"), else the section's
    subject (a generic or table-kind heading gives the page's topic); "compatible with"
    when the page calls the matrix one of compatibility."""
    before = ctx.items[index - 1] if index else None
    if (
        before is not None
        and before.headings == ctx.items[index].headings
        and isinstance(before.block, Paragraph)
    ):
        text = clean(before.block.text).replace("\n", " ")
        for sentence in SENTENCE_GAP.split(text):
            found = _MATRIX_OF.search(sentence.strip())
            if found and len(found.group(2).split()) <= _MATRIX_SUBJECT_WORDS:
                verb = "compatible with" if "compatib" in found.group(1).lower() else "supports"
                subject = found.group(2).strip()
                return subject[:1].upper() + subject[1:], verb
    heading = ctx.nearest_heading(index)
    verb = "compatible with" if "compatib" in heading.lower() else "supports"
    subject = ctx.table_subject(index)
    if not subject or is_generic_label(subject) or _TABLE_KIND.match(subject):
        subject = ctx.topic
    return subject, verb


def _release_name(product: str, entity: str) -> str:
    """A release column named with what it is a release of: "Foo v1.13"; a remark
    after the version goes in brackets ("Foo v1.12 (Maintenance Mode)")."""
    remark = _VERSION_REMARK.match(entity)
    named = f"{remark.group(1)} ({remark.group(2)})" if remark else entity
    return f"{product} {named}" if product else named


# A cell that is a verdict on support in words ("Supported", "Unsupported", "Not
# supported", "Supported only as `ReadOnly`", "Partial", a legend's "Fully supported").
_SUPPORT_STATUS = re.compile(
    r"^(?:(?:fully|partially)\s+)?(?:(?:un|not\s+)?supported|partial(?:ly)?)\b", re.IGNORECASE
)
# "Continuous aggregates supports the following JOIN features", "… which features are
# supported in `Entities.ForEach` for …": the thing whose support the matrix shows.
_SUPPORTER_FIRST = re.compile(
    r"^(?P<subject>.+?)\s+(?:supports?|is compatible with|works with)\s+(?:these|the following)\b",
    re.IGNORECASE,
)
_SUPPORTED_IN = re.compile(
    r"\bsupported\s+(?:in|by|with|on)\s+(?P<subject>.+?)(?:\s+(?:for|when|across|in|on)\s+.*)?$",
    re.IGNORECASE,
)
# A would-be subject that is the matrix's other axis or the table itself ("each
# provider", "the following table", "This feature").
_NO_SUPPORTER = re.compile(
    r"^(?:each|every|all|any|both|which|different|the\s+(?:different|following|table)|"
    r"this|these|that|those|it|they|we|you|the\s+table|below)\b",
    re.IGNORECASE,
)
_SUPPORTER_WORDS = 6  # a longer "subject" is a clause, no name
# A row label that is a clause ("Join conditions must be equality conditions, and …"):
# "… supported?" after it asks nothing.
_CLAUSE_LABEL = re.compile(r"[,;]|\b(?:must|can|cannot|should|is|are|will|may|only)\b", re.I)
_FEATURE_WORDS = 10


def _support_verdict(value: str) -> bool:
    """A matrix cell that says whether its row is supported: a ✅/❌ read as Yes/No
    (with or without a remark), or the word itself ("Unsupported")."""
    return _verdict_value(value) or value == PARTIAL or bool(_SUPPORT_STATUS.match(value))


def _supporter(lead_in: str) -> str:
    """What a matrix's lead-in says has (or lacks) the features of its rows:
    "Continuous aggregates supports the following JOIN features" → "Continuous
    aggregates"; "… which features are supported in `Entities.ForEach` for the
    different methods …" → "`Entities.ForEach`"; "" when it names only the other axis
    ("… supported by each provider")."""
    for pattern in (_SUPPORTER_FIRST, _SUPPORTED_IN):
        found = pattern.search(lead_in)
        if not found:
            continue
        subject = re.sub(r"^(?:the|a|an)\s+", "", found.group("subject").strip(), flags=re.I)
        if (
            subject
            and not _NO_SUPPORTER.match(subject)
            and len(subject.split()) <= _SUPPORTER_WORDS
        ):
            return subject[:1].upper() + subject[1:]
    return ""


def _names_topic(topic: str, text: str) -> bool:
    """Whether ``text`` names the page's topic: one of the topic's longer words in it
    ("Continuous aggregates with a `JOIN` clause" names "About continuous aggregates")."""
    words = [w for w in re.findall(r"[\w.]+", topic.lower()) if len(w) > 4]
    said = text.lower()
    return not words or any(re.search(rf"(?<![\w.]){re.escape(w)}(?![\w.])", said) for w in words)


# A page that sets its columns side by side ("Comparison to alternatives", "Gitea
# compared to other hosts"): each column is the thing that has the row's feature.
_SIDE_BY_SIDE = re.compile(rf"{_COMPARES.pattern}|\balternatives?\b", re.IGNORECASE)


def _support_matrix_about(
    ctx: Context, index: int, grid: list[list[str]], entities: Sequence[str]
) -> tuple[str, bool]:
    """What a matrix of support verdicts (a column per product or release, a row per
    feature, most cells ✅/❌ or "Supported"/"Unsupported") is about, and whether its
    page calls what it shows support. A column head alone ("TimescaleDB <= 2.15.x: LEFT
    JOIN?", "OpenAI: streaming?") asks whether that product has the feature at all, when
    the matrix shows whether the feature works in something else with it: the thing the
    lead-in says supports the rows ("Continuous aggregates supports the following JOIN
    features:"); else, on a page about support that is not a comparison of its columns
    (its title and headings name none of them, nor compare), the section led by the
    page's topic ("LlmComposer › Provider Compatibility"). ("", False) for another table,
    and for a comparison page: there each column is the thing that has the feature."""
    filled = [v for values in grid for v in values if v and v.lower() not in _UNKNOWN]
    verdicts = sum(1 for v in filled if _support_verdict(v))
    if not filled or verdicts * 2 < len(filled):
        return "", False
    lead_in = ctx.lead_in(index)
    if not lead_in and index and ctx.items[index - 1].headings == ctx.items[index].headings:
        before = ctx.items[index - 1].block
        if isinstance(before, Paragraph):
            text = clean(before.text).replace("\n", " ").strip()
            lead_in = _SENTENCE_END.split(text)[-1].rstrip(".:").strip()
    heading = ctx.nearest_heading(index)
    topic = ctx.topic
    supports = bool(_SUPPORTED.search(lead_in) or _SUPPORTED.search(heading))
    about = _supporter(lead_in)
    if about:
        return about, supports
    titles = [topic, ctx.title or "", *(h.text for h in ctx.items[index].headings)]
    said = " ".join(clean(t) for t in titles if t)
    compared = _SIDE_BY_SIDE.search(said) or any(
        e and re.search(rf"(?<![\w-]){re.escape(_plain(e))}(?![\w-])", _plain(said))
        for e in entities
    )
    if compared or not (supports or _SUPPORTED.search(topic)):
        return "", False
    about = ctx.table_subject(index)
    if not about or is_generic_label(about) or _TABLE_KIND.match(about):
        about = topic
    elif topic and about.casefold() != topic.casefold() and not _names_topic(topic, about):
        about = f"{topic} › {about}"
    return about, supports


def _supported_feature(feature: str) -> bool:
    """A row label that is a feature's name ("LEFT JOIN", "Capture local value type"),
    which "… supported?" can follow; a clause of its own cannot."""
    return len(feature.split()) <= _FEATURE_WORDS and not _CLAUSE_LABEL.search(feature)


def comparison_table(ctx: Context, index: int) -> tuple[Note, ...] | None:
    """A "Feature | ClusterIP | NodePort" table (a column per entity): every cell becomes
    "<entity>: <feature>?"; ✅/❌ read as Yes/No, legend symbols as their meaning,
    "Same" as the value to its left. Reverse cards where a value is unique in its row
    and names its entity on its own."""
    block = ctx.items[index].block
    if not isinstance(block, Table) or not is_comparison(block):
        return None
    entities = table_entities(block)
    remarks_column = len(block.header) - 1 if _notes_columns(block) else None
    place = _table_place(ctx, index)
    footnotes = table_footnotes(ctx, index)
    grid: list[list[str]] = []
    decorated = _decorated_columns(block)
    for row in block.rows:
        values: list[str] = []
        for column in range(1, len(entities) + 1):
            worded = column < len(decorated) and decorated[column]
            value = _cell(ctx, row[column] if column < len(row) else "", decoration=worded)
            if _is_same(value) and values:
                value = values[-1]
            values.append(value)
        grid.append(values)
    # Empty cells in a matrix of ✅ say "not supported": a card says so, so that not
    # every answer of the deck is Yes.
    empty_is_no = _marks_matrix([v for values in grid for v in values])
    unlooked = _blank_columns(grid) if len(grid) > 1 else set()
    subject = ctx.table_subject(index)
    if is_generic_label(subject) or _TABLE_KIND.match(subject):
        subject = ""  # "Comparison" says what the table is, not what its columns name
    # A caption says what the columns are compared in ("Concurrency models across
    # languages"): "Go: error handling?" alone could be asked of anything Go.
    caption = ctx.table_caption(index)
    # Two things set side by side under the author's question of how they differ ("What
    # are goroutines and how do they differ from OS threads?"): each row's values mean
    # something only against each other ("Hundreds" of threads, against thousands), so
    # every row asks the pair, as rows of "Higher" | "Lower" do.
    together = _asks_difference_of(ctx.nearest_heading(index), table_entities(block))
    # "What are the differences between reactive forms and template driven forms?" over
    # "Reactive | Template-Driven": the question says what the columns are of.
    called = _named_by_question(ctx.nearest_heading(index), entities)
    groups = _group_rows(block)
    # Columns that are releases ("| | v1.12 | v1.13 |"): "v1.13: Kubernetes v1.32?" names
    # nothing; each is a release of what the lead-in or the section names. When the
    # rows are releases too ("Kubernetes v1.32"), a tick says the column's release
    # supports the row's ("Foo v1.13: supports Kubernetes v1.32?").
    named_entities = [clean(e).replace("\n", " ").strip() for e in entities if e]
    releases = len(named_entities) >= 2 and all(_VERSION_HEAD.match(e) for e in named_entities)
    product, verb = _version_matrix_subject(ctx, index) if releases else ("", "")
    # A matrix of support verdicts says what it is about only in its lead-in or heading.
    about, supports = (
        ("", False)
        if releases or caption
        else _support_matrix_about(ctx, index, grid, named_entities)
    )
    features = [clean(r[0]) for r in block.rows if r and clean(r[0]).strip()]
    versioned_rows = releases and 2 * sum(bool(_VERSIONED_ROW.search(f)) for f in features) > len(
        features
    )
    # A column the legend explains for itself ("For the `Optional` column, …").
    by_column = {k.strip().lower(): v for k, v in ctx.column_legends.items()}
    attributes = {
        column: by_column[entity.strip().lower()]
        for column, entity in enumerate(entities, 1)
        if _attribute_column(entity, by_column.get(entity.strip().lower(), {}))
    }
    # The page's own product set against its rivals ("Feature | nself | Supabase |
    # Nhost") in the answer to the author's question: the question's card holds the
    # table; a card per rival's cell would teach the page's claims about others' products
    # as their facts ("Supabase: self-hosted?" → "Limited"), so only the page's own column
    # is carded, its ✅ a rating rather than a yes ("Cost: ✅ Infrastructure only").
    own_column = _own_product_column(ctx, index, entities)
    notes: list[Note] = []
    for row_number, row in enumerate(block.rows):
        group = groups[row_number]
        feature = clean(row[0]).replace("\n", " ") if row else ""
        if not feature or group is None:
            continue
        # Rows grouped under a title row ("Get active Span" under both "Tracer" and
        # "Context interaction") are asked of their group, and keep it in their id.
        where = f"{place}/{slugify(group)}" if group else place
        # "Create TracerProvider" under "TracerProvider" already says its group; one
        # with a remark of its own ("Shutdown (SDK only)") takes the group before it.
        grouped = feature
        if group and not _named_in(group, feature):
            said = feature.rstrip(".")
            grouped = f"{group} {said}" if said.endswith(")") else f"{said} ({group})"
        values = [
            NO if empty_is_no and not v and c not in unlooked else v
            for c, v in enumerate(grid[row_number])
        ]
        line = block.row_lines[row_number] if row_number < len(block.row_lines) else None
        remark = ""
        if remarks_column is not None and remarks_column < len(row):
            remark = clean(row[remarks_column]).replace("\n", " ")
        own, shared = _split_remark(remark, entities)
        pair = [e for e in entities if e]
        if (
            len(pair) == 2 == len(values)
            and all(v.lower() not in _UNKNOWN for v in values)
            and (
                all(_RELATIVE.match(v) for v in values)
                or (together and all(len(v.split()) <= _PAIRED_WORDS for v in values))
            )
        ):
            # "Higher" | "Lower": each says something only against the other, so the
            # two are asked together ("OSPF vs RIP: memory usage?" → "OSPF higher, RIP
            # lower").
            said = ("; " if any("," in v for v in values) else ", ").join(
                f"{e} {_lower_word(v)}" for e, v in zip(pair, values, strict=True)
            )
            notes.extend(
                _fact(
                    ctx,
                    index,
                    f"{place}/{slugify(f'{pair[0]} vs {pair[1]}')}/{slugify(feature)}",
                    _question(f"{pair[0]} vs {pair[1]}", feature),
                    said,
                    line=line,
                )
            )
            continue
        for column, (entity, value) in enumerate(zip(entities, values, strict=True), 1):
            if column in attributes:
                answer = _column_answer(
                    row[column] if column < len(row) else "", entity, attributes[column]
                )
                notes.extend(
                    _fact(
                        ctx,
                        index,
                        f"{where}/{slugify(feature)}/{slugify(entity)}",
                        _question(grouped.rstrip("."), entity),
                        answer,
                        line=line,
                    )
                )
                continue
            if value.lower() in _UNKNOWN or not entity:
                continue
            if own_column is not None:
                if column != own_column:
                    continue
                mark, words = _mark_lead(value)
                if mark and words and not value.lower().startswith(f"{mark} ("):
                    value = words[:1].upper() + words[1:]
            shown = f"{value} ({own[entity]})" if entity in own else value
            footnote = _footnote_of(row[column] if column < len(row) else "", footnotes)
            if footnote:
                lead = footnote.split(" ", 1)[0]
                if lead[1:].islower():  # "The `docker` driver …" inside parentheses
                    footnote = footnote[:1].lower() + footnote[1:]
                shown = f"{shown} ({footnote})"
            named = f"{subject}, {entity}" if subject and _bare_name(entity) else entity
            if entity in called:
                named = called[entity]
            if caption:
                named = f"{caption}, {entity}"
            asked = _question(named, grouped)
            if about and entity not in called:
                said = grouped.rstrip(".")
                if supports and _support_verdict(value) and _supported_feature(said):
                    # "Basic Chat" reads "basic chat" before the word added after it.
                    said = f"{attribute_phrase(said, ctx.proper_names)} supported"
                asked = _question(f"{about}, {entity}", said)
            if releases and not caption and entity not in called:
                named = _release_name(product, clean(entity).replace("\n", " ").strip())
                ticked = value.split(" ", 1)[0].rstrip(",") in (YES, NO)
                asked = (
                    f"{named}: {verb} {grouped}?"
                    if versioned_rows and ticked
                    else _question(named, grouped)
                )
            notes.extend(
                _fact(
                    ctx,
                    index,
                    f"{where}/{slugify(entity)}/{slugify(feature)}",
                    asked,
                    shown,
                    tags=ctx.tags(index, entity),
                    reverse=_reverse_ok(value, values, ctx.legend),
                    line=line,
                )
            )
        if shared and shared.lower() not in _UNKNOWN:
            # A remark about the row as a whole ("`a.lock`, `b.lock`, `c.lock`."): its
            # own card, asked of the feature among the entities compared.
            title = clean(block.header[remarks_column or 0])
            notes.extend(
                _fact(
                    ctx,
                    index,
                    f"{place}/{slugify(feature)}/{slugify(title)}",
                    _question(f"{feature} ({', '.join(e for e in entities if e)})", title),
                    shared,
                    line=line,
                )
            )
    return tuple(notes)


def _own_product_column(ctx: Context, index: int, entities: Sequence[str]) -> int | None:
    """The column (from 1) of the page's own product in a comparison of products under
    the author's question ("How is nself different from Supabase or Nhost?" on nself's
    FAQ): the one column named as the page's topic, beside at least one other; None for
    any other comparison."""
    if not ctx.nearest_heading(index).rstrip().endswith("?"):
        return None
    named = [clean(e).replace("\n", " ").strip().casefold() for e in entities]
    if len([e for e in named if e]) < 2:
        return None
    for own in (ctx.page_subject, ctx.topic):
        own = own.strip().casefold()
        if own and named.count(own) == 1:
            return named.index(own) + 1
    return None


_CONTRAST_SIDE_WORDS = 8  # a longer cell is a description, not one side of a contrast


def _named_in(name: str, text: str) -> bool:
    """Whether ``text`` (a heading) names ``name``: every word of it ("Rolling Update" in
    "Rolling update vs Recreate strategy", "Public Subnet" in "Public vs Private subnet")."""
    said = _plain(text)
    return all(
        re.search(rf"(?<![\w-]){re.escape(word)}s?(?![\w-])", said) for word in _plain(name).split()
    )


def contrast_table(ctx: Context, index: int) -> tuple[Note, ...] | None:
    """A two-column table whose headers are the two things its heading compares ("### NACL
    vs Security Group" over "| NACL | Security Group |"), each row one side against the
    other ("Stateless | Stateful") with the aspect unnamed: a row alone asks a riddle, so
    the table is one card, "How do NACL and Security Group differ?" → a line per row
    ("NACL: Stateless; Security Group: Stateful")."""
    block = ctx.items[index].block
    if not isinstance(block, Table) or len(block.header) != 2 or len(block.rows) < 2:
        return None
    first, second = (clean(h).replace("\n", " ").strip() for h in block.header)
    if not first or not second or _plain(first) == _plain(second):
        return None
    heading = ""
    # The heading names the pair, or a label right above the table does ("**Security
    # Group vs NACL:**" under "### VPC"): either way the two columns are the two sides.
    for said in (ctx.nearest_heading(index), _label_above(ctx, index)):
        if _COMPARES.search(said) and _named_in(first, said) and _named_in(second, said):
            heading = said
            break
    if not heading:
        return None
    pairs: list[tuple[str, str]] = []
    for row in block.rows:
        cells = [_cell(ctx, c).replace("\n", " ").strip().removesuffix(".") for c in row]
        if len(cells) != 2 or any(
            c.lower() in _UNKNOWN or len(c.split()) > _CONTRAST_SIDE_WORDS for c in cells
        ):
            return None
        pairs.append((cells[0], cells[1]))
    back = "\n".join(f"• {first}: {a}; {second}: {b}" for a, b in pairs)
    if len(back) > ANSWER_CHARS:
        return ()
    line = block.row_lines[0] if block.row_lines else block.line
    # "Declarative vs Scripted pipeline" says what the two are; a question heading ("How
    # is it different from init?") does not stand alone, the two names do.
    said = re.sub(r"^\d+[.)]\s*", "", clean_heading(heading)).strip()
    versus = not said.endswith("?") and re.search(r"\bvs\.?(?=\s)|\bversus\b", said, re.I)
    front = f"{said}: how do they differ?" if versus else f"How do {first} and {second} differ?"
    return _fact(
        ctx,
        index,
        f"{_table_place(ctx, index)}/{slugify(f'{first} vs {second}')}",
        front,
        back,
        kind=NoteType.LIST,
        line=line,
    )


_LABEL_ABOVE_WORDS = 8  # a longer paragraph above a table is prose, no label


def _label_above(ctx: Context, index: int) -> str:
    """The label a table stands under within its section: a short paragraph right
    above it that is a bold label alone ("**Security Group vs NACL:**"), its colon
    dropped; "" when there is none."""
    if index == 0 or ctx.items[index - 1].headings != ctx.items[index].headings:
        return ""
    before = ctx.items[index - 1].block
    if not isinstance(before, Paragraph) or not before.label:
        return ""
    text = clean(before.text).replace("\n", " ").strip()
    if clean(before.label).strip().rstrip(":").strip() != text.rstrip(":").strip():
        return ""  # the label opens a sentence: a definition, no title of the table
    if len(text.split()) > _LABEL_ABOVE_WORDS:
        return ""
    return text.rstrip(":").strip()


_PAIRED_WORDS = 3  # a longer value says what it is on a card of its own


def _asks_difference_of(heading: str, entities: tuple[str, ...]) -> bool:
    """Whether a question heading asks how exactly the two compared things differ: it
    asks a question, says "differ"/"compare"/"vs", and names both (a plural "goroutines"
    names "Goroutines", "unbuffered channels" names "Unbuffered Channel")."""
    named = [e for e in entities if e]
    if len(named) != 2 or not heading.rstrip().endswith("?") or not _COMPARES.search(heading):
        return False
    asked = _plain(heading)
    return all(re.search(rf"(?<![\w-]){re.escape(_plain(e))}s?(?![\w-])", asked) for e in named)


# Words after a compared name that are no noun of it ("A and B", "A vs B", "A in Go").
_NOT_A_NOUN = frozenset(
    {"and", "or", "vs", "vs.", "versus", "in", "of", "the", "a", "an", "with", "to", "for", "on"}
)


def _named_by_question(heading: str, entities: tuple[str, ...]) -> dict[str, str]:
    """The compared columns' names as the author's comparison question writes them, when
    it follows them with the noun they are of: "the differences between reactive forms
    and template driven forms" over "Reactive | Template-Driven" gives {"Reactive":
    "Reactive forms", "Template-Driven": "Template-Driven forms"}. The noun is the one
    after the last name; every other name is followed by it or by "and"/"or"/"vs".
    {} for any other heading."""
    named = [e for e in entities if e and not e.startswith("`") and len(e.split()) <= 2]
    if len(named) < 2 or len(named) != len([e for e in entities if e]):
        return {}
    if not heading.rstrip().endswith("?") or not _COMPARES.search(heading):
        return {}
    asked = _plain(heading).replace("-", " ")
    after: list[str] = []
    for entity in named:
        name = _plain(entity).replace("-", " ")
        found = re.search(rf"(?<![\w-]){re.escape(name)}\s+([a-z][\w.]*)", asked)
        if not found:
            return {}
        after.append(found.group(1))
    noun = after[-1]
    if noun in _NOT_A_NOUN or not all(w == noun or w in _NOT_A_NOUN for w in after[:-1]):
        return {}
    return {entity: f"{entity} {noun}" for entity in named}


def _split_remark(remark: str, entities: tuple[str, ...]) -> tuple[dict[str, str], str]:
    """A row's remark shared out: each sentence naming exactly one entity (outside
    code: `` `pnpm-lock.yaml` `` names a file, not pnpm) goes with that entity's cell;
    the other sentences are about the row as a whole."""
    own: dict[str, list[str]] = {}
    shared: list[str] = []
    for sentence in _SENTENCE_END.split(remark):
        if not sentence.strip():
            continue
        prose = _CODE_SPAN.sub(" ", sentence)
        named = [
            e
            for e in entities
            if e and re.search(rf"(?<![\w-]){re.escape(e)}(?![\w-])", prose, re.I)
        ]
        if len(named) == 1:
            own.setdefault(named[0], []).append(sentence.strip())
        else:
            shared.append(sentence.strip())
    return {e: " ".join(s) for e, s in own.items()}, " ".join(shared)


_ROW_NUMBER = re.compile(r"^#?\d+[.)]?$")


def _counts_rows(values: list[str]) -> bool:
    """``1, 2, 3`` (or ``#1.``, ``0, 1``): the rows numbered in order, not data."""
    if not all(_ROW_NUMBER.match(v) for v in values):
        return False
    numbers = [int(v.strip("#.)")) for v in values]
    return numbers == list(range(numbers[0], numbers[0] + len(numbers))) and numbers[0] <= 1


_SUPPORT_WORDS = re.compile(r"\b(?:supported|implemented)\b", re.IGNORECASE)


def _verdict_value(value: str) -> bool:
    """A cell read from a ✅/❌ mark ("Yes, Supported", "No"): a verdict on its row."""
    head = value.split(",", 1)[0].strip()
    return head in (YES, NO)


_ROW_STATES = frozenset(
    {"true", "false", "unknown", "yes", "no", "on", "off", "enabled", "disabled", "none"}
)


def _state_values(values: list[str]) -> bool:
    """Whether a column holds only states ("False", "Unknown", "Yes"): what a row is
    in, never which row it is."""
    return bool(values) and all(clean(v).strip("` ").lower() in _ROW_STATES for v in values)


def _key_columns(header: list[str], grid: list[list[str]]) -> tuple[list[int], set[int]]:
    """Which columns name a row, and which hold nothing to ask (row numbers, and a
    value shared by every row of a longer table).

    The first column is the key when its values are distinct and not row numbers;
    else the leftmost such column, else the fewest leftmost columns that together
    tell the rows apart ("Path type | Path | Request"); else the first column.
    """
    width = len(header)
    columns = [[row[c] if c < len(row) else "" for row in grid] for c in range(width)]
    skipped: set[int] = set()
    for c, values in enumerate(columns):
        numbers = len(values) >= 2 and _counts_rows(values)
        # A column of support verdicts ("Yes, Supported" on every row) still answers
        # each row; a checklist ticked on every row ("✅ PASS") says nothing of one.
        supported = (
            bool(values) and _verdict_value(values[0]) and bool(_SUPPORT_WORDS.search(values[0]))
        )
        shared = len(values) >= 3 and len(set(values)) == 1 and not supported
        if values and (numbers or shared):
            skipped.add(c)

    def distinct(cols: list[int]) -> bool:
        keys = [tuple(columns[c][r] for c in cols) for r in range(len(grid))]
        return all(any(k) for k in keys) and len(set(keys)) == len(keys)

    computed = _computed_columns(header, grid, skipped)
    if computed is not None:
        # A table of worked examples: its inputs name the case, its outputs are asked.
        inputs = [c for c in range(computed) if c not in skipped]
        if distinct(inputs):
            return inputs, skipped
    if 0 not in skipped and distinct([0]):
        return [0], skipped
    candidates = [
        c for c in range(width - 1) if c not in skipped and not _is_value_header(header[c])
    ]
    for c in candidates:
        # A state ("Status" over False / Unknown) is said of a row, never its name:
        # "Type | Status | Toleration" whose types repeat is keyed by type and status
        # together, not asked "status False: type?".
        if distinct([c]) and not (_attribute_header(header[c]) or _state_values(columns[c])):
            return [c], skipped
    for size in (2, 3):
        if len(candidates) >= size and distinct(candidates[:size]):
            # Rows told apart only by several columns ("Path type | Path | Request |
            # Matches?"): every column but the last sets the case, the last is asked;
            # or, when a later column asks a question ("Allowed?"), every column
            # before it, and the columns after it explain its answer.
            verdicts = [c for c in _verdict_columns(header, skipped) if c > candidates[size - 1]]
            last = verdicts[0] if verdicts else width - 1
            return [c for c in range(last) if c not in skipped], skipped
    return [0], skipped - {0}


_PART_SPLIT = re.compile(r"[/,;\s]+")
_COMPUTED_WORDS = 3  # a computed cell is a name, an address, an expression: a few words


def _parts(cell: str) -> set[str]:
    """The pieces of an input cell another cell may be built from: ``default/nginx`` →
    ``default``, ``nginx`` (and the cell whole)."""
    bare = cell.strip().strip("`")
    pieces = {p.strip("`") for p in _PART_SPLIT.split(bare)} | {bare}
    return {p for p in pieces if len(p) >= 2 and any(ch.isalnum() for ch in p)}


def _built_from(value: str, cell: str) -> bool:
    """Whether ``value`` holds a piece of ``cell`` as a whole word (``nginx`` in
    ``web-0.nginx.default.svc``, never ``web`` in ``webhook``)."""
    return any(
        re.search(rf"(?<![A-Za-z0-9]){re.escape(part)}(?![A-Za-z0-9])", value)
        for part in _parts(cell)
    )


def _computed_columns(header: list[str], grid: list[list[str]], skipped: set[int]) -> int | None:
    """The first column computed from the columns before it, or None.

    A table of examples whose right-hand columns are made of its left-hand ones
    ("Cluster Domain | Service | StatefulSet | Pod DNS": each Pod DNS name is built from
    the domain, the Service and the StatefulSet of its row) is a function: asked by an
    output it is unanswerable, asked by its inputs it is the lesson. The first output is
    the first column that, on every row, holds pieces of at least two columns before it
    and is a short value (a name, not prose); every column after it that is built from
    the inputs on every row is an output too."""
    if len(grid) < 2 or len(header) < 3:
        return None
    width = len(header)

    def short(value: str) -> bool:
        return bool(value) and len(value.split()) <= _COMPUTED_WORDS

    for first in range(2, width):
        inputs = [c for c in range(first) if c not in skipped]
        if len(inputs) < 2:
            continue
        column = [row[first] if first < len(row) else "" for row in grid]
        if len(set(column)) < len(column) or not all(short(v) for v in column):
            continue
        if all(
            any(c < len(row) and row[c] == value for c in inputs)
            for row, value in zip(grid, column, strict=True)
        ):
            continue  # "Yes" beside other "Yes" cells (a matrix) is no value made of them
        if all(
            sum(1 for c in inputs if c < len(row) and row[c] and _built_from(row[first], row[c]))
            >= 2
            for row in grid
        ):
            return first
    return None


def _verdict_columns(header: list[str], skipped: set[int]) -> list[int]:
    """Columns whose header is a question: "Matches?", "Allowed?"."""
    return [c for c, h in enumerate(header) if c not in skipped and h.strip().endswith("?")]


def _condition_columns(
    header: list[str], grid: list[list[str]], key_columns: list[int], skipped: set[int]
) -> list[int]:
    """Columns with one value on every row that the question depends on: the rule a
    case is checked against ("Host `*.foo.com`" beside "Host header `bar.foo.com` |
    Match?"). That holds when the asked column is itself a question ("Matches?",
    "Allowed?") or the column's header names what a key column is compared with (a word
    of "Host" in "Host header"). A shared "Protocol TCP" beside "Purpose" is not one."""
    asked = [c for c in range(len(header)) if c not in key_columns and c not in skipped]
    verdict = any(header[c].strip().endswith("?") for c in asked)
    key_words = {w for c in key_columns for w in _header_words(header[c])}
    found = []
    for c in sorted(skipped):
        values = {row[c] for row in grid if c < len(row)}
        if len(values) != 1 or not next(iter(values)) or _counts_rows([r[c] for r in grid]):
            continue
        if verdict or _header_words(header[c]) & key_words:
            found.append(c)
    return found


def _header_words(header: str) -> set[str]:
    return set(re.findall(r"[a-z]{3,}", header.lower()))


def _case_phrase(header: str) -> str:
    """A column header naming one value: "Request path(s)" → "request path"."""
    return attribute_phrase(re.sub(r"\((?:s|es)\)(?=\W*$)", "", header).strip())


# Column headers that say only that the cell tells more about the row ("Details",
# "Usage", "Value"): "`X`: details?" asks nothing; the table's subject has to.
_GENERIC_COLUMN = re.compile(
    r"^(?:details?|descriptions?|usage|use|purpose|values?|meaning|explanation|info|"
    r"information|summary|definition)$",
    re.IGNORECASE,
)
_VALUE_COLUMN = re.compile(r"^values?$", re.IGNORECASE)
_USE_COLUMN = re.compile(r"^(?:usage|use|purpose)$", re.IGNORECASE)
_MEANING_COLUMN = re.compile(r"^(?:meaning|explanation|definition)$", re.IGNORECASE)
_EXAMPLE_COLUMN = re.compile(r"^(?:examples?|e\.g\.?|sample)$", re.IGNORECASE)
_CODE_ONLY = re.compile(r"^`[^`]+`$")


# A cell that only marks its column as holding: "*", "x", "✓", "✔", "✅", "yes".
_MARK_CELL = re.compile(r"^\s*(?:\*|x|X|\u2713|\u2714|\u2705|yes|Yes|YES|y|Y)\s*$")


def _defining_question(header: str) -> str:
    if _USE_COLUMN.match(header):
        return "used for?"
    if _MEANING_COLUMN.match(header):
        return "meaning?"
    if _GENERIC_COLUMN.match(header) and not header.lower().startswith("value"):
        return "what is it?"
    return f"{attribute_phrase(header)}?"


# Words a reference table's description may open or join with and still only name its
# row ("The name of the container", "Whether the project is private", "A brief
# description of the project"): articles, prepositions, auxiliaries, and the adjectives
# that qualify without telling ("given", "brief").
_RESTATING_FILLER = RESTATING_FILLER | frozenset(
    {
        "been",
        "being",
        "itself",
        "which",
        "whether",
        "if",
        "when",
        "where",
        "will",
        "can",
        "may",
        "should",
        "must",
        "use",
        "used",
        "using",
        "uses",
        "per",
        "via",
        "into",
        "onto",
        "each",
        "every",
        "any",
        "all",
        "also",
        "there",
        "their",
        "brief",
        "short",
    }
)
_DESCRIPTION_WORD = re.compile(r"[^\W\d_]+|\d+")
# camelCase and "JSONParts" come apart into words; snake_case, dots and dashes do already.
_WORD_JOIN = re.compile(r"(?<=[a-z0-9])(?=[A-Z])|(?<=[A-Z])(?=[A-Z][a-z])")
_PREFIX_STEM = 4  # a word this long that begins another only inflects it ("color…ized")
_SHARED_SHARE = 3  # a word in one row's description of every this many is the table's
_SHARED_ROWS = 3  # … and in at least this many rows
_RESTATING_MOST = 4  # content words a description that only restates its row has at most


def _stem_words(text: str) -> set[str]:
    """The content words of ``text`` lower-cased, a plural made singular, the words
    of a code name apart ("ContainerName" → container, name)."""
    out: set[str] = set()
    for word in _DESCRIPTION_WORD.findall(_WORD_JOIN.sub(" ", strip_decoration(text))):
        word = word.lower()
        if word.endswith("ies") and len(word) > 4:
            word = word[:-3] + "y"
        elif word.endswith("s") and not word.endswith("ss") and len(word) > 3:
            word = word[:-1]
        if word not in _RESTATING_FILLER:
            out.add(word)
    return out


def _said_by(word: str, known: set[str]) -> bool:
    return any(
        word == k
        or (len(k) >= _PREFIX_STEM and word.startswith(k))
        or (len(word) >= _PREFIX_STEM and k.startswith(word))
        for k in known
    )


def _restating_rows(
    keys: list[str], described: list[str], backs: list[str], shown: list[str]
) -> set[int]:
    """The rows of a reference table whose description (``described``, the cell) only
    says the row's name again ("`ContainerName` | string | The name of the container",
    "`colorRed` | `string` | Print text using red color"): a description of a few content
    words (:data:`_RESTATING_MOST`; a longer one makes a claim of its own) whose card's
    back (``backs``: with the row's examples and notes) has no content word but a word
    of the key, of what the row's front shows besides (``shown``: the subject, the key's
    kind, its type), or a word the backs share (said of one row in three or more: "pod",
    "print", "text", "[optional]": what the table is about, not what tells one row from
    the next). One new word keeps the row ("`Message` | The log message itself":
    "log"; "`kill <pid>` | Kill a process" with its example "kill 123")."""
    told = [_stem_words(back) for back in backs]
    counts: dict[str, int] = {}
    for words in told:
        for word in words:
            counts[word] = counts.get(word, 0) + 1
    least = max(_SHARED_ROWS, -(-len(backs) // _SHARED_SHARE))
    shared = {w for w, n in counts.items() if n >= least} if len(backs) > _SHARED_ROWS else set()
    rows: set[int] = set()
    for row_number, key in enumerate(keys):
        cell = described[row_number]
        if not key or not told[row_number] or "`" in cell:
            continue  # a description naming code tells how it is spelled
        if len(_stem_words(cell)) > _RESTATING_MOST:
            continue
        known = _stem_words(key) | _stem_words(shown[row_number]) | shared
        if all(_said_by(word, known) for word in told[row_number]):
            rows.add(row_number)
    return rows


def _described_rows(
    ctx: Context,
    index: int,
    header: list[str],
    keys: list[str],
    grid: list[list[str]],
    skipped: set[int],
) -> tuple[Note, ...]:
    """A table keyed by identifiers whose columns only describe them ("Toleration key |
    Effect | Details", "Built-in Type | Usage", "Character | Value | Replacement"): one
    card per row that names the table's subject (its caption, else its section) and the
    key's kind, shows the other columns as context, and asks for the defining column,
    the last one that is not code alone (an "Example" column goes with the answer)."""
    block = ctx.items[index].block
    assert isinstance(block, Table)
    place = _table_place(ctx, index)
    subject = clean(block.caption) or ctx.table_subject(index) or ctx.topic
    kind = attribute_phrase(header[0]) if header[0] else ""
    examples = [c for c in range(1, len(header)) if _EXAMPLE_COLUMN.match(header[c])]
    notes_columns = [c for c in range(1, len(header)) if header[c].lower() in _NOTE_HEADERS]
    asked = [
        c
        for c in range(1, len(header))
        if c not in skipped and c not in examples and c not in notes_columns and header[c]
    ]
    if not asked:
        return ()
    textual = [c for c in asked if not all(_CODE_ONLY.match(r[c]) for r in grid if r[c])]
    defining = textual[-1] if textual else asked[-1]
    context = [c for c in asked if c != defining]

    def back_of(values: list[str]) -> str:
        said = [values[c] for c in examples if values[c] and values[c].lower() not in _UNKNOWN]
        back = f"{values[defining]} (e.g. {'; '.join(said)})" if said else values[defining]
        remarks = [
            values[c] for c in notes_columns if values[c] and values[c].lower() not in _UNKNOWN
        ]
        # A "Notes" column goes with the answer.
        return f"{back} ({'; '.join(remarks)})" if remarks else back

    # A description that only names its row again teaches nothing: no card asks for it.
    restating = _restating_rows(
        keys,
        [values[defining] for values in grid],
        [back_of(values) for values in grid],
        [" ".join([subject, kind, *(values[c] for c in context)]) for values in grid],
    )
    notes: list[Note] = []
    for row_number, (key, values) in enumerate(zip(keys, grid, strict=True)):
        value = values[defining]
        if not key or value.lower() in _UNKNOWN:
            continue
        line = block.row_lines[row_number] if row_number < len(block.row_lines) else None
        shown = ", ".join(
            # "Required | *": a mark in the column says the header holds ("required").
            attribute_phrase(header[c])
            if _MARK_CELL.match(values[c])
            else f"{attribute_phrase(header[c])} {values[c]}"
            for c in context
            if values[c] and values[c].lower() not in _UNKNOWN
        )
        if kind.lower().startswith(f"{subject.lower()} ") and subject:
            # "virtual_center Options" under "virtual_center": the section named once.
            kind = kind[len(subject) + 1 :].strip()
            kind = kind[:-1] if kind.lower().endswith("options") else kind
            kind = kind[:1].lower() + kind[1:] if kind[1:2].islower() else kind
        named = f"{subject}, {kind} {key}" if kind else f"{subject}, {key}"
        if subject.endswith("?"):
            # Under a question heading the question says what the table lists.
            named = f"{subject} {kind[:1].upper()}{kind[1:]} {key}" if kind else f"{subject} {key}"
        elif not subject:
            # Above the first heading: the kind alone names the row ("Collection type
            # Lists"), never a front opening on a bare comma.
            named = f"{kind[:1].upper()}{kind[1:]} {key}" if kind else key
        front = f"{named} ({shown}): {_defining_question(header[defining])}"
        if not shown:
            front = f"{named}: {_defining_question(header[defining])}"
        back = back_of(values)
        for column in context:
            # A context column with a name of its own ("Effect") is a fact too, asked
            # of the named row; a "Value" that only renames the key is not.
            if _GENERIC_COLUMN.match(header[column]) or values[column].lower() in _UNKNOWN:
                continue
            notes.extend(
                _fact(
                    ctx,
                    index,
                    f"{place}/{slugify(key)}/{slugify(header[column], f'column-{column}')}",
                    f"{named}: {attribute_phrase(header[column], ctx.proper_names)}?",
                    values[column],
                    tags=ctx.tags(index, key),
                    line=line,
                )
            )
        if row_number in restating:
            continue
        notes.extend(
            _fact(
                ctx,
                index,
                f"{place}/{slugify(key)}/{slugify(header[defining], f'column-{defining}')}",
                front,
                back,
                tags=ctx.tags(index, key),
                line=line,
                symbol=not _GENERIC_COLUMN.match(header[defining]),
            )
        )
    return tuple(notes)


_TICKED = frozenset({YES.lower()})
_UNTICKED = frozenset({NO.lower(), "-", "—", "–", "✗", "x"})
_BARE_TICKS = frozenset((mark, "") for mark in _TICKED)
_PARTLY = PARTIAL.lower()
# A matrix cell may name its state in words (an ``aria-label``, or a legend's meaning
# of its symbol): these words are the marks they stand for. "Partially supported" is a
# state of its own, never a "no".
_STATE_WORDS = {
    "supported": YES.lower(),
    "fully supported": YES.lower(),
    "full support": YES.lower(),
    "available": YES.lower(),
    "not supported": NO.lower(),
    "unsupported": NO.lower(),
    "not available": NO.lower(),
    "not in progress": NO.lower(),
    "not planned": NO.lower(),
    _PARTLY: _PARTLY,
    "partially": _PARTLY,
    "partly": _PARTLY,
    "limited": _PARTLY,
    "partially supported": _PARTLY,
    "partly supported": _PARTLY,
    "partial support": _PARTLY,
    "limited support": _PARTLY,
}


def _check_columns(header: list[str], grid: list[list[str]], taken: set[int]) -> list[int]:
    """The columns of a matrix whose cells are only ticks (✅, Yes) and dashes (-, ❌,
    No) or blank, at least one tick among them."""
    found = []
    # "N/A" in a support matrix that never writes a cross ("Yes" under the releases a
    # version supports, "N/A" under the others) is a blank: the author's "no".
    crossed = any(
        _mark_lead(value)[0] in _UNTICKED
        for row in grid
        for column, value in enumerate(row)
        if column not in taken
    )

    def blank(value: str) -> bool:
        return not value.strip() or (not crossed and _not_applicable(value))

    for column in range(1, len(header)):
        if column in taken or not header[column]:
            continue
        cells = [row[column] for row in grid if column < len(row) and not blank(row[column])]
        # A "partly" keeps its gloss ("Partially supported (with some caveats)").
        leads = [_mark_lead(cell) for cell in cells if cell.strip()]
        marks = {mark for mark, _ in leads}
        bare = (
            all(mark and (not rest or mark == _PARTLY) for mark, rest in leads)
            and bool(marks & _TICKED)
        ) or (bool(leads) and marks == {_PARTLY})
        if bare or _marks_with_remarks(cells):
            found.append(column)
    if not found:
        return found
    # A matrix reads all its columns alike: a column of the same marks among which a
    # one-word state stands more often ("YES", "NO", and "UNKNOWN" on a third of its
    # rows), or with no tick at all ("NO" on every row), is one of its columns too,
    # never a column of facts beside it.
    for column in range(1, len(header)):
        if column in taken or column in found or not header[column]:
            continue
        cells = [
            row[column].strip() for row in grid if column < len(row) and not blank(row[column])
        ]
        leads = [_mark_lead(cell) for cell in cells]
        if any(mark for mark, _ in leads) and all(
            (mark and not rest)
            or (
                not mark
                and len(rest.split()) == 1
                and not any(ch.isdigit() for ch in rest)
                and not _not_applicable(rest)
            )
            for mark, rest in leads
        ):
            found.append(column)
    return sorted(found)


def _not_applicable(value: str) -> bool:
    return value.strip().lower() in _NOT_APPLICABLE


_NAME_WORD = re.compile(r"[\w+#]+(?:[.-][\w+#]+)*")
_MAPPED_NAME_WORDS = 3  # a longer header is a description, not a product's name


def _mapped_columns(title: str, header: list[str]) -> list[int]:
    """The columns of a table that maps one named subject's terms onto another's
    ("Kafka | RabbitMQ | Difference" on a page titled "RabbitMQ vs. Apache Kafka"): the
    first header and these ones are names the page's title gives; [] for any other
    table, whose first column names its rows by itself."""
    named = {w.lower() for w in _NAME_WORD.findall(title)}

    def names_subject(text: str) -> bool:
        words = [w.lower() for w in _NAME_WORD.findall(text)]
        return 0 < len(words) <= _MAPPED_NAME_WORDS and all(w in named for w in words)

    if not header or not names_subject(header[0]):
        return []
    return [
        c
        for c in range(1, len(header))
        if names_subject(header[c]) and header[c].lower() != header[0].lower()
    ]


def _mapped_question(
    subject: str, header: list[str], values: list[str], column: int, mapped: list[int]
) -> str:
    """A mapping table's question: the other subject's term for the row's ("Kafka
    Topic: RabbitMQ equivalent?"), or what a further column says of the pair ("Kafka
    Topic and RabbitMQ Super stream: difference that matters?")."""
    if column in mapped:
        return f"{subject}: {header[column]} equivalent?"
    pair = [f"{header[c]} {values[c]}" for c in mapped if values[c].lower() not in _UNKNOWN]
    return _question(" and ".join([subject, *pair]), header[column])


# "Here, `W` is the number of work items.", "where N stands for the replica count": a
# sentence beside a table that gives a symbol of its cells a meaning. A bare letter is
# a symbol only as a capital other than "A" and "I" (words of their own).
_SYMBOL_DEFINED = re.compile(
    r"(?:^|[\s,(])(?:`(?P<code>[^`\s]{1,3})`|(?P<letter>\b[B-HJ-Z]\b))\s+"
    r"(?:is|means|stands for|denotes|represents)\s+(?P<meaning>(?:the|a|an)\s+[^.;:]+)"
)


def _table_symbols(ctx: Context, index: int) -> dict[str, str]:
    """The symbols the paragraph right before or right after the table at ``index``
    (in its section) defines, with their meanings: {"W": "the number of work items"}."""
    found: dict[str, str] = {}
    for near in (index - 1, index + 1):
        if not 0 <= near < len(ctx.items):
            continue
        item = ctx.items[near]
        if item.headings != ctx.items[index].headings or not isinstance(item.block, Paragraph):
            continue
        for match in _SYMBOL_DEFINED.finditer(clean(item.block.text).replace("\n", " ")):
            symbol = match.group("code") or match.group("letter")
            found.setdefault(symbol, " ".join(match.group("meaning").split()))
    return found


def _with_symbol_meanings(grid: list[list[str]], keys: set[int], symbols: dict[str, str]) -> None:
    """A cell that is only a symbol defined beside its table ("W") answers with its
    meaning: "W (the number of work items)", never a bare letter."""
    if not symbols:
        return
    for row in grid:
        for column, value in enumerate(row):
            symbol = value.strip().strip("`")
            if column not in keys and symbol in symbols:
                row[column] = f"{symbol} ({symbols[symbol]})"


# A cell that only names people by their handles ("@alice", "@bob @carol"): who keeps
# a row is no fact about it worth learning.
_HANDLES = re.compile(r"^@[\w.-]+(?:[\s,;/]+@[\w.-]+)*$")
_X_MARK = frozenset({"x"})


def _handle_columns(grid: list[list[str]], keys: set[int]) -> set[int]:
    """The columns whose filled cells are all handles ("Maintainer" over "@alice"):
    a column of people's names, never asked."""
    found = set()
    width = max((len(row) for row in grid), default=0)
    for column in range(width):
        filled = [row[column] for row in grid if column < len(row) and row[column].strip()]
        if column not in keys and filled and all(_HANDLES.match(v.strip()) for v in filled):
            found.add(column)
    return found


def _x_marks_as_ticks(grid: list[list[str]], keys: set[int]) -> None:
    """In a table marked only by "x" and blanks (no ✓, Yes or cross anywhere beside
    it), the "x" says the row has the column's feature: it is a tick, so a matrix of
    such columns is asked as one ("which of …?" → the x-ed columns) and a lone column
    answers "Yes", never a bare "x". Where ticks are written too, an "x" stays the
    cross it is beside them."""
    width = max((len(row) for row in grid), default=0)
    marked: list[int] = []
    for column in range(width):
        if column in keys:
            continue
        filled = [row[column].strip().lower() for row in grid if column < len(row)]
        filled = [v for v in filled if v]
        if filled and set(filled) <= _X_MARK:
            marked.append(column)
        elif any(_mark_lead(v)[0] in _TICKED for v in filled):
            return  # ticks of their own: an "x" beside them is a cross
    for row in grid:
        for column in marked:
            if column < len(row) and row[column].strip():
                row[column] = YES


_REMARK_WORDS = 3  # a cell's remark without a mark ("WIP", "Beta") is this short


def _mark_lead(value: str) -> tuple[str, str]:
    """A matrix cell as its mark ("yes", "no", "-" …; "" when it has none) and the
    remark after it ("No, Available as a standalone module" → "no", "Available as …")."""
    text = value.strip()
    lowered = text.lower()
    for mark in _TICKED | _UNTICKED | {_PARTLY}:
        if lowered == mark:
            return mark, ""
        if lowered.startswith((f"{mark}, ", f"{mark} (")):
            return mark, text[len(mark) :].strip(" ,()")
    # Longest first: "not supported" is no "supported".
    for words in sorted(_STATE_WORDS, key=len, reverse=True):
        if lowered == words:
            return _STATE_WORDS[words], ""
        if lowered.startswith((f"{words}, ", f"{words} (")):
            return _STATE_WORDS[words], text[len(words) :].strip(" ,()")
    return "", text


def _marks_with_remarks(values: list[str]) -> bool:
    """A ✅/❌ column where a few cells carry a remark ("❌ <br/> Available as a module",
    "🔶 WIP"): still a mark column, as long as most cells are bare marks."""
    filled = [v for v in values if v.strip()]
    leads = [_mark_lead(v) for v in filled]
    bare = sum(1 for mark, rest in leads if mark and not rest)
    return (
        bool(filled)
        and any(mark in _TICKED for mark, _ in leads)
        and all(mark or len(rest.split()) <= _REMARK_WORDS for mark, rest in leads)
        and 4 * bare >= 3 * len(filled)
    )


def _kind_words(text: str) -> str:
    """A kind named in a header, its later capitals lowered ("Module Version" →
    "Module version"); a word in capitals stays ("API Version" → "API version")."""
    words = text.split()
    return " ".join(
        [
            w if n == 0 or w.isupper() or not w[1:].islower() else w.lower()
            for n, w in enumerate(words)
        ]
    )


def _corner_kinds(corner: str) -> tuple[str, str]:
    """The kinds a matrix's corner cell names for its rows and its columns ("Module
    Version / Kubernetes Version", "Release ↓ / Kubernetes →"); ("", "") for any other
    corner."""
    text = re.sub(r"[↓→↑←]", "", clean(corner).replace("\n", " "))
    rows, found, columns = text.partition(" / ")
    if not found or not rows.strip() or not columns.strip():
        return "", ""
    return _kind_words(rows.strip()), _kind_words(columns.strip())


# A state a matrix writes in one word ("UNKNOWN", "Enterprise", "WIP"), and the most
# letters an acronym among them has.
_STATE_WORD = re.compile(r"[a-z][a-z-]*")
_ACRONYM_LETTERS = 4


def _matrix_rows(
    ctx: Context,
    index: int,
    header: list[str],
    keys: list[str],
    grid: list[list[str]],
    checks: list[int],
    key_columns: list[int],
    slugs: list[str],
    *,
    every: bool = True,
    told: tuple[str, bool] = ("", False),
) -> list[Note]:
    """The one rule for a matrix of marks (✅/❌, Yes/No, ✔/-, and GitHub's emoji codes,
    read as marks by ``symbol_value``), alone or beside other columns: one card per row
    asks "<subject>, <row>: which of A, B, C?" → the ticked columns, then the crossed
    ones as "(not …)". Asked cell by cell ("checkpoint: runc?" → "Yes") every card would
    be a bare yes. A blank cell is a "no" when the author never writes a cross (a matrix
    of ✅ and blanks, where "None of them" is an answer too), else it says nothing; a
    cell with only a remark ("🔶 WIP") is "partly". ``every``: the asked columns are
    all the row's marked ones, so a row ticked in each is "All of them"; else its
    back names them ("all 3: Tests, Finished, API")."""
    block = ctx.items[index].block
    assert isinstance(block, Table)
    place = _table_place(ctx, index)
    # "Fewer pods than work items?" is one of the columns asked, not a question of its own.
    names = [_entity_name(header[c]).rstrip("?").rstrip() for c in checks]
    # "N/A" holds no verdict: a blank (a "no" only where blanks are, see
    # ``_check_columns``).
    leads = [
        {c: ("", "") if _not_applicable(values[c]) else _mark_lead(values[c]) for c in checks}
        for values in grid
    ]
    blank_is_no = not any(lead[0] in _UNTICKED for row in leads for lead in row.values())
    # Ids stay as they were when two rules read matrices (so that study history stays
    # with its card): "which" for a table of nothing but ✅ and blanks keyed by its
    # first column, "supported" for any other matrix.
    named = {c for c in range(1, len(header)) if header[c]}
    whole = key_columns == [0] and set(checks) == named and blank_is_no
    subject = ctx.table_subject(index) if key_columns == [0] else ""
    if is_generic_label(subject) or _TABLE_KIND.match(subject):
        subject = ""
    if key_columns == [0]:
        # A matrix the page repeats per release or host names which one it is.
        subject = _told_by_repeat(subject, ctx.table_subject(index), told)
    # "Module Version / Kubernetes Version" over rows "v1.0.0" and columns "1.28.X": the
    # corner names both kinds; a release alone names nothing ("v1.0.0: which of …?"),
    # so the row is "Module version v1.0.0" and the question "which Kubernetes version
    # of …?".
    row_kind, column_kind = _corner_kinds(header[0]) if key_columns == [0] else ("", "")
    notes: list[Note] = []
    # The gloss every "partly" cell shares is the legend's ("Partially supported (with
    # some caveats)"), not a remark of one cell.
    glosses = {lead[1] for row in leads for lead in row.values() if lead[0] == _PARTLY}
    gloss = next(iter(glosses)) if len(glosses) == 1 else None
    states = sorted({meaning.lower() for meaning in ctx.legend.values()} - set(_STATE_WORDS))
    # A one-word cell without a mark that the matrix writes again and again ("UNKNOWN")
    # is a state of its own, as a legend's would be, never a remark making a cell partly.
    # A number ("3", "14") is a footnote's or a count, no state.
    said = [lead[1] for row in leads for lead in row.values() if not lead[0] and lead[1]]
    written = Counter(word.lower() for word in said)
    recurring = sorted(
        word
        for word, count in written.items()
        if count >= 2 and _STATE_WORD.fullmatch(word) and word not in states
    )
    states += recurring
    # As written ("WIP", "Enterprise"), a word in capitals lowered ("UNKNOWN": unknown).
    shown = {word: word for word in states}
    for word in reversed(said):
        if word.lower() in recurring:
            long_capitals = word.isupper() and len(word) > _ACRONYM_LETTERS
            shown[word.lower()] = word.lower() if long_capitals else word
    for row_number, (key, row) in enumerate(zip(keys, leads, strict=True)):
        if not key:
            continue
        # A partly supported column is among "which of …?" with its state beside it.
        ticked = [
            n if row[c][0] in _TICKED else f"{n} (partially)"
            for n, c in zip(names, checks, strict=True)
            if row[c][0] in _TICKED or row[c][0] == _PARTLY
        ]
        whole_ticks = sum(1 for c in checks if row[c][0] in _TICKED)
        # A tick with a remark (a footnote's condition: "✅ (only on Intel models)").
        provisos = [
            f"{n}: {row[c][1]}"
            for n, c in zip(names, checks, strict=True)
            if (row[c][0] in _TICKED or (row[c][0] == _PARTLY and row[c][1] != gloss)) and row[c][1]
        ]
        dashed = [n for n, c in zip(names, checks, strict=True) if row[c][0] in _UNTICKED]
        partly = [
            f"{n}: {row[c][1]}"
            for n, c in zip(names, checks, strict=True)
            if not row[c][0] and row[c][1] and row[c][1].lower() not in states
        ]
        # A state the legend names ("⌛ In progress") groups its columns: "in progress:
        # Parsing", never "partly".
        stated = {
            state: [n for n, c in zip(names, checks, strict=True) if row[c][1].lower() == state]
            for state in states
        }
        if (
            not ticked
            and not dashed
            and not any(stated.values())
            and not (blank_is_no and not partly)
        ):
            continue
        # "All of them" / "None of them"; never "All of them" when a column is crossed
        # or only partly.
        back = ", ".join(ticked) if ticked else "None of them"
        if not ticked and any(stated[state] for state in recurring):
            # Nothing ticked but some columns in a state ("unknown"): "None of them"
            # would deny those too; the crossed ones are said as crossed.
            back = f"Not {', '.join(dashed)}" if dashed else ""
        if whole_ticks == len(checks):
            back = "All of them" if every else f"all {len(checks)}: {', '.join(names)}"
        elif dashed and ticked:
            back = f"{back} (not {', '.join(dashed)})"
        if provisos:
            back = f"{back} ({'; '.join(provisos)})"
        if partly:
            back = f"{back}; partly: {'; '.join(partly)}"
        for state, columns in stated.items():
            if columns:
                stating = f"{shown[state]}: {', '.join(columns)}"
                back = f"{back}; {stating}" if back else stating
        slug = slugs[row_number] if slugs else slugify(key)
        line = block.row_lines[row_number] if row_number < len(block.row_lines) else None
        asked = f"{subject}, {key}" if subject and subject != key else key
        if subject and header[0] and not row_kind and _RELEASE_KEY.match(key):
            # "Calico Compatibility, 3.25.1" names no thing: the first column's kind does
            # ("calico version 3.25.1"), as on a row's other cards.
            asked = f"{subject}, {attribute_phrase(header[0], ctx.proper_names)} {key}"
        which = "which"
        if row_kind and _RELEASE_KEY.match(key):
            inner = row_kind[:1].lower() + row_kind[1:] if row_kind[1:2].islower() else row_kind
            asked = f"{subject}, {inner} {key}" if subject else f"{row_kind} {key}"
            which = f"which {column_kind}" if column_kind else which
        notes.extend(
            _fact(
                ctx,
                index,
                f"{place}/{slug}/{'which' if whole else 'supported'}",
                f"{asked}: {which} of {', '.join(names)}?",
                back,
                kind=NoteType.LIST,
                tags=ctx.tags(index, key) if key_columns == [0] else (),
                line=line,
            )
        )
    return notes


_FLAG_KEY = re.compile(r"^`?(-{1,2}[A-Za-z][\w-]*(?:[= ][^`]*)?)`?$")
_COMMAND_SPAN = re.compile(r"`([^`-][^`]*)`")


# Columns of a reference table of fields: "Name | Type | Description | Default | Required"
# (a stream's "Field | Description | Version | Editable" too).
_REFERENCE_COLUMNS = frozenset(
    {"type", "default", "required", "description", "optional", "editable", "since"}
)
# A first column naming fields ("Field", "Name", "Option" …) over keys written as
# identifiers (`appName`, `MaxAge`), code or not.
_FIELD_HEADS = frozenset(
    {"field", "name", "option", "parameter", "setting", "key", "property", "argument", "flag"}
)
_IDENTIFIER = re.compile(r"^[A-Za-z][A-Za-z0-9]*(?:[._-][A-Za-z0-9]+)*$")


def _identifier_key(key: str, header: Sequence[str]) -> bool:
    """A row key written as an identifier (``appName``, ``MaxAge``, ``readmePath``)
    under a first header naming fields: a field of the reference, as a code key is."""
    head = header[0].strip().lower() if header else ""
    return head in _FIELD_HEADS and bool(_IDENTIFIER.match(strip_decoration(key).strip()))


def _reference_table(header: Sequence[str]) -> bool:
    """Whether the table's columns after the first are a field reference's: two or
    more of type, default, required, description, optional."""
    return sum(h.strip().lower() in _REFERENCE_COLUMNS for h in header[1:]) >= 2


def _field_owner(ctx: Context, index: int, key: str, head: str = "") -> str:
    """A field of a reference table named with what it belongs to: the block its
    heading names in code ("loki.source.kafka `authentication` `mechanism`"), the
    fields its lead-in names ("Below are the stream configuration options" → "stream
    configuration option MaxAge"), or the page's component and the kind a generic
    heading names ("loki.source.kafka argument `brokers`"); the key alone when the page
    names nothing ("`brokers`: type?" asks of no component, and two blocks' `name`
    fields would share a front). ``head``: the kind the first column names ("field")."""
    title = clean(clean_heading(ctx.title)).strip()
    heading = clean_heading(ctx.nearest_heading(index))
    if re.fullmatch(r"`[^`]+`", heading.strip()) and title and len(title.split()) <= _OWNER_WORDS:
        return f"{title} {heading.strip()} {key}"
    named = _lead_in_fields(ctx, index)
    if named:
        # The lead-in says what the rows are ("stream configuration options"): it names
        # the owner better than a plural title ("Streams field MaxAge"); the title
        # leads when the phrase does not already name it.
        owner = _title_words(title)
        words = {w.lower().removesuffix("s") for w in re.findall(r"[\w-]+", named)}
        lead = "" if not owner or owner <= words or len(title.split()) > _OWNER_WORDS else title
        phrase = f"{lead} {named} {key}".strip()
        return f"{phrase[:1].upper()}{phrase[1:]}"
    key = f"{head} {key}" if head else key
    if not title or len(title.split()) > _OWNER_WORDS:
        return key
    kind = heading.strip().lower()
    if kind in _FIELD_KINDS:
        return f"{title} {kind.removesuffix('s')} {key}"
    return f"{title} {key}"


_OWNER_WORDS = 4  # a longer title is a topic, not the component the fields belong to
_FIELD_KINDS = frozenset(
    {"arguments", "parameters", "fields", "options", "settings", "attributes", "properties"}
)

# "Below are the set of stream configuration options that can be defined": a lead-in
# naming the rows, one to three words before the kind of field. Words that only
# qualify which of them (following, required …) name no owner.
_FIELDS_NAMED = re.compile(
    r"\b(?:the\s+(?:set|list|table)\s+of|the|these|all)\s+((?:[a-z][\w-]*\s+){1,3}?)"
    r"(option|field|parameter|setting|argument|propert)(?:s|ies)\b"
)
_NO_OWNER_WORDS = frozenset(
    {
        "following",
        "available",
        "supported",
        "required",
        "optional",
        "other",
        "main",
        "common",
        "most",
        "important",
        "below",
        "above",
        "new",
        "many",
        "some",
        "same",
        "different",
        "possible",
        "valid",
        "default",
        "these",
        "all",
        "of",
        "set",
        "list",
    }
)


def _lead_in_fields(ctx: Context, index: int) -> str:
    """What the paragraph right before a reference table says its rows are, as the
    kind of one ("stream configuration option"); "" when it names none."""
    text = _paragraph_before(ctx, index)
    found = _FIELDS_NAMED.search(text)
    if not found:
        return ""
    words = found.group(1).split()
    if any(w in _NO_OWNER_WORDS for w in words):
        return ""
    kind = "property" if found.group(2) == "propert" else found.group(2)
    return f"{' '.join(words)} {kind}"


def _paragraph_before(ctx: Context, index: int) -> str:
    """The paragraph right before the block in its section, cleaned; "" when none."""
    if index == 0:
        return ""
    before = ctx.items[index - 1]
    if before.headings != ctx.items[index].headings or not isinstance(before.block, Paragraph):
        return ""
    return clean(before.block.text).replace("\n", " ")


def _title_words(title: str) -> set[str]:
    """A title's words, lowercased and singular ("Streams" → {"stream"})."""
    return {w.lower().removesuffix("s") for w in re.findall(r"[\w-]+", title)}


# A reference table's column asked as the question it stands for: "default?" asks for
# a default value; "since?" or a Version column the page says gives the release that
# introduced the field asks which release; "editable?" only says what it means when
# the page says the field is edited after creation.
_INTRODUCED_HEADS = frozenset({"since", "introduced", "introduced in", "added", "added in"})
_EDITABLE_HEADS = frozenset({"editable", "mutable", "updatable", "updateable", "changeable"})
_INTRODUCED_WORDS = re.compile(r"\b(?:introduced|added|available since|first appeared)\b", re.I)
_AFTER_CREATION = re.compile(r"\bafter\b[^.]*\bcreat", re.I)


def _reference_questions(ctx: Context, index: int, header: Sequence[str]) -> dict[int, str]:
    """The columns of a reference table asked by what they mean, by column:
    ``Default`` → "default value", ``Since`` (or ``Version`` when the lead-in says
    the column gives the release a field was introduced in) → "introduced in which
    version", ``Editable`` when the lead-in says edited after creation → "editable
    after creation"; a column the page does not explain keeps its header."""
    text = _paragraph_before(ctx, index)
    asked: dict[int, str] = {}
    for column, name in enumerate(header[1:], start=1):
        word = strip_decoration(name).strip().lower()
        said = _column_sentence(text, name)
        if word == "default":
            asked[column] = "default value"
        elif word in _INTRODUCED_HEADS or (word == "version" and _INTRODUCED_WORDS.search(said)):
            asked[column] = "introduced in which version"
        elif word in _EDITABLE_HEADS and _AFTER_CREATION.search(said):
            asked[column] = "editable after creation"
    return asked


def _column_sentence(text: str, name: str) -> str:
    """The sentence of ``text`` that says what the column ``name`` holds ("The
    `Version` column indicates …"); "" when none does."""
    bare = strip_decoration(name).strip()
    if not bare:
        return ""
    column = re.compile(rf"\b{re.escape(bare)}\b[`*_]*\s+column\b", re.I)
    return next((s for s in _SENTENCE_END.split(text) if column.search(s)), "")


def _flag_subject(ctx: Context, index: int, key: str) -> str:
    """A row keyed by an option (``--hard``) under a heading that asks about a command
    ("What is `git reset` and …?"): the option means something only with its command,
    so the row is ``git reset --hard``; any other key stays as it is."""
    flag = _FLAG_KEY.match(key.strip())
    heading = ctx.nearest_heading(index)
    command = _COMMAND_SPAN.search(heading) if flag and heading else None
    if not flag or not command:
        return key
    return f"`{command.group(1).strip()} {flag.group(1).strip()}`"


# First-column headers that only say the cell names its row.
_NAME_HEADS = frozenset({"name", "names", "item", "items", "key", "term", "terms", "entry"})


def _numbered_key(key: str) -> bool:
    """A row key that is a bare number, version or code ("1.26", "t3/t4", "v2"): it
    means nothing without its column's name."""
    bare = strip_decoration(key)
    return bool(bare) and (
        not re.search(r"[A-Za-z]{2}", bare) or bool(_LETTERED_VERSION.match(bare))
    )


# Words that say a column's rows are kinds of something: "Channel Type", "Rate Limiter
# Algorithm", "Starvation Cause" (what the kinds are of stands before the word), or,
# alone ("Type", "Algorithm"), in the section the table answers.
_KIND_HEADS = frozenset(
    {
        "type",
        "types",
        "kind",
        "kinds",
        "aspect",
        "category",
        "class",
        "variant",
        "pattern",
        "component",
        "cause",
        "method",
        "strategy",
        "approach",
        "technique",
        "algorithm",
        "mechanism",
        "implementation",
        "handling",
        "mode",
        "level",
        "stage",
        "phase",
        "style",
        "model",
    }
)
# A row name that names itself: code, an identifier ("sync.Map", "kube-proxy",
# "ClusterIP", "Add(delta)"), a version or a number.
_LABEL_WORDS = 4  # a longer row name is a phrase that says what it is about
_SELF_NAMED = re.compile(r"[`._/()\[\]{}<>=:$@#\d]|[a-z][A-Z]|\w-\w")


def _names_kind(header: str) -> bool:
    """Whether a first column's header (markup stripped) names what its rows are kinds
    of: "Collection type", "**Channel Kind**", "Rate limiter algorithm"."""
    words = _bare_word(header).split()
    return len(words) >= 2 and words[-1] in _KIND_HEADS


def _bare_label(key: str) -> bool:
    """Whether a row's name is a plain label ("Unbuffered", "Leaky Bucket", "Weighted")
    that says what it is only with what the table lists: a few words, no code, no
    identifier."""
    words = key.split()
    return 0 < len(words) <= _LABEL_WORDS and not _SELF_NAMED.search(key)


# One-word first-column headers naming the kind of thing a product's page lists a row
# per ("Provider | Stability", "Plugin | Status"): "Scaleway" alone is no provider of
# anything; the row is that kind of thing of the section's subject.
_ENTITY_HEADS = frozenset(
    {
        "provider",
        "plugin",
        "service",
        "tool",
        "integration",
        "extension",
        "driver",
        "backend",
        "connector",
        "adapter",
        "addon",
        "add-on",
        "module",
        "package",
        "library",
        "platform",
    }
)


_PRODUCT_WORDS = 3  # a page title of at most this many capitalised words names a product


def _entity_head(header_words: list[str]) -> str:
    """The kind a one-word first-column header names, singular ("provider" of
    "Providers", see ``_ENTITY_HEADS``); "" for any other header."""
    kind = header_words[0].removesuffix("s") if len(header_words) == 1 else ""
    return kind if kind in _ENTITY_HEADS else ""


def _product_row(title: str, first_header: str, key: str, names: frozenset[str]) -> str:
    """A row under a one-word kind header ("Provider") on a page titled by a product's
    name ("ExternalDNS", "Acme Gateway": every word one the prose writes capitalised
    inside a sentence, ``names``, or with a capital inside it): that kind of the
    product, "ExternalDNS provider Civo"; "" for any other header or title (a title
    naming a kind of page, "Plugins", "Storage drivers", "Shapes", says no product)."""
    entity = _entity_head(_bare_word(first_header).split())
    if not entity:
        return ""
    named = title.split()
    if (
        not named
        or len(named) > _PRODUCT_WORDS
        # "ExternalDNS", "GitLab": a capital inside the word is a name's too.
        or not all(w in names or any(c.isupper() for c in w[1:]) for w in named)
        or is_generic_label(title)
        or any(_bare_word(w).removesuffix("s") in _ENTITY_HEADS for w in named)
    ):
        return ""
    return f"{title} {entity} {key}"


def _labelled_row(
    section: str, first_header: str, key: str, names: frozenset[str], *, after_table: bool = False
) -> str:
    """A bare label as a front's subject, with what it is a label of: the first
    column's header when it names the kind ("Channel type Unbuffered"), else the
    section the table stands in with that header ("<question> Algorithm Leaky
    Bucket", "Rate limiting, algorithm Leaky Bucket", "Plugin maturity, plugin Geo
    Filter", "EC2, option Spot" for a choice among options); "" when neither says
    more. A table right ``after_table`` another in its section is named by the section
    with any header ("Family"), a name's header ("Name") left out."""
    kind = attribute_phrase(first_header, names) if first_header else ""
    words = _bare_word(first_header).split()
    if len(words) >= 2 and words[-1] in _KIND_HEADS:
        return f"{kind[:1].upper()}{kind[1:]} {key}"
    entity = _entity_head(words)
    if after_table and words and words[-1].removesuffix("s") in _bare_word(key).split():
        after_table = False  # "Gear pump" under "Pump": the row names its kind itself
    if after_table and " ".join(words) in _NAME_HEADS:
        kind = ""  # "EC2, name Spot": the header only says the cell names the row
    if (
        section
        and not is_generic_label(section)
        and not _TABLE_KIND.match(section)  # "Summary table" names no subject
        and (
            not words
            or words[-1] in _KIND_HEADS
            or entity
            or " ".join(words) in _GENERIC_KEY_WORDS
            or after_table
        )
    ):
        if section.endswith("?"):
            # Under the author's question, the question says what the table lists.
            return f"{section} {kind[:1].upper()}{kind[1:]} {key}" if kind else f"{section} {key}"
        named = {w.removesuffix("s") for w in _bare_word(section).split()}
        if entity and entity in named:
            # "Plugin status, Alder": the section names the kind already, as a
            # matrix's rows beside it are named ("Plugin support, Alder: which of …?").
            return f"{section}, {key}"
        return f"{section}, {kind} {key}" if kind else f"{section}, {key}"
    return ""


# "… a `type` parameter …", "the `--mode` option": a setting named in code and its kind.
_NAMED_SETTING = re.compile(
    r"(`[^`]+`)\s+(parameter|option|flag|field|setting|argument|property|key|variable|"
    r"attribute)s?\b",
    re.IGNORECASE,
)
# "The restart policy can be one of …", "Valid values for the log level are …".
_VALUES_OF = re.compile(
    r"^(?:(?:the\s+)?(?:valid|possible|allowed|supported|accepted)\s+values\s+(?:of|for)\s+"
    r"(?:the\s+)?(?P<of>.+?)\s+(?:are|is|include)\b"
    r"|(?:the\s+)?(?P<subject>.+?)\s+(?:can|may|must)\s+(?:be|take|have)\b)",
    re.IGNORECASE,
)
# Words that say what follows are values to choose from, not parts or steps.
_VALUE_WORDS = re.compile(
    r"\b(?:values?|one of|set (?:it )?to|can be|accepts?|supports?|possible|allowed)\b", re.I
)
_VALUE_SUBJECT_WORDS = 6  # a longer "subject" is a clause, not what the values are of
# A subject pointing at the rows themselves ("following drivers", "these options"): the
# rows are those things, not values of something the lead-in names.
_POINTING_SUBJECT = re.compile(r"^(?:following|these|those|below|above)\b", re.IGNORECASE)


def _lead_in_subject(lead_in: str) -> str:
    """What the values listed after a lead-in are of: a setting it names in code with
    its kind, after the command it belongs to ("The `kubectl patch` command has a
    `type` parameter that you can set to one of these values" → "`kubectl patch`
    `type` parameter"), else the subject of "X can be …" / "Valid values for X are";
    "" when it names neither."""
    setting = _NAMED_SETTING.search(lead_in)
    if setting and _VALUE_WORDS.search(lead_in):
        named = f"{setting.group(1)} {setting.group(2).lower()}"
        owner = _CODE_SPAN.search(lead_in[: setting.start()])
        return f"{owner.group(0)} {named}" if owner else named
    found = _VALUES_OF.match(lead_in.strip())
    if not found:
        return ""
    subject = (found.group("of") or found.group("subject") or "").strip()
    if not subject or len(subject.split()) > _VALUE_SUBJECT_WORDS:
        return ""
    if _POINTING_SUBJECT.match(subject):
        return ""  # "The following drivers can be used …": the rows are the drivers
    return subject[:1].upper() + subject[1:]


_MATRIX_ROWS = 2  # fewer rows: one thing's attributes, not a matrix
_NOT_APPLICABLE = frozenset({"n/a", "na", "n.a.", "not applicable"})


def _verdict_cell(value: str) -> bool:
    """A matrix cell that is a verdict: a mark read as Yes/No/partly, a support state
    in words ("Not supported", "Partial"), or "N/A"."""
    return (
        bool(_mark_lead(value)[0])
        or _support_verdict(value)
        or value.strip().lower() in _NOT_APPLICABLE
    )


def _verdict_matrix_subject(
    ctx: Context,
    index: int,
    header: list[str],
    keys: list[str],
    grid: list[list[str]],
    skipped: set[int],
) -> str:
    """What a matrix of verdicts is about, for its rows' fronts: a table with a row per
    thing whose other cells are mostly verdicts (✅/❌, Yes/No, "Supported", "N/A"; a
    version beside them, "2.1.0", is the matrix's too), under a heading that does not
    name the rows' kind. "tyk-gateway: ingress?" → "Yes" says nothing of what is
    ticked; the lead-in's supporter ("Continuous aggregates supports …"), else the
    table's subject (its heading, a sentence introducing it), else the page's title
    says it. "" for a table of other values, and for one whose heading names its rows'
    kind ("Service types" over "Type | Cluster-internal | External"): there the row
    names what the front is about."""
    rows = [values for r, values in enumerate(grid) if r < len(keys) and keys[r]]
    if len(rows) < _MATRIX_ROWS or not header or not header[0]:
        return ""
    columns = [c for c in range(1, len(header)) if header[c] and c not in skipped]
    filled = [v[c] for v in rows for c in columns if c < len(v) and v[c].lower() not in _UNKNOWN]
    verdicts = sum(1 for v in filled if _verdict_cell(v))
    versions = sum(1 for v in filled if not _verdict_cell(v) and _VERSION_HEAD.match(v))
    if not filled or 2 * verdicts < len(filled) or 3 * (verdicts + versions) < 2 * len(filled):
        return ""
    heading = ctx.nearest_heading(index)
    if heading.rstrip().endswith("?"):
        return ""  # the author's question opens the rows' fronts (see ``entity_table``)
    said = {w.removesuffix("s") for w in _bare_word(heading).split()}
    kind = _bare_word(header[0]).split()
    if kind and kind[-1].removesuffix("s") in said:
        return ""  # "Integrations compatible with …" over "Integration": the rows say it
    if any(k and _named_in(_plain(k).split()[-1], heading) for k in keys if _plain(k).split()):
        # "merge vs rebase vs cherry-pick" over `git merge`, `git rebase`: a heading
        # naming the rows is about them, and the rows name what it asks.
        return ""
    about = _supporter(ctx.lead_in(index))
    if not about:
        about = ctx.table_subject(index)
    if not about or is_generic_label(about) or _TABLE_KIND.match(about):
        about = ctx.topic
    if not about or is_generic_label(about) or _TABLE_KIND.match(about):
        return ""
    return about


# A heading that labels a value ("Host System: debian-bookworm-amd64", "Region :
# eu-west"): a short label, a colon, then the value that names the section.
_LABELLED_HEADING = re.compile(r"^([A-Za-z][\w -]{0,40}?)\s*:\s+(\S.*)$")
_HEADING_LABEL_WORDS = 3  # a longer head is a sentence, not a label


def _heading_value(text: str, first: bool) -> str:
    """A heading as a front names its section: "Host System: debian-bookworm-amd64" keeps
    its value after its label ("host system debian-bookworm-amd64"); any other heading
    as written. A label's words are lowered after the front's first part ("Release
    v1.0, host system …"); a word in capitals stays ("OS")."""
    labelled = _LABELLED_HEADING.match(text)
    if labelled is None or len(labelled.group(1).split()) > _HEADING_LABEL_WORDS:
        return text
    label = labelled.group(1).strip()
    if not first:
        label = " ".join(w if w.isupper() else w[:1].lower() + w[1:] for w in label.split())
    return f"{label} {labelled.group(2).strip()}"


def _repeated_table(ctx: Context, index: int) -> tuple[str, bool]:
    """What tells a table apart from its repeats: a matrix the page gives again under
    other headings (the same header, at least half of its rows named alike: a support
    matrix per release and per host) answers for its section only, so every front
    names each heading at which the repeats' sections differ ("Release v1.0, host
    system debian-bookworm-amd64"). Also whether the nearest heading is one of them
    (then it names the table, and the section's subject adds nothing). ("", False) for
    a table given once, or repeated in one section."""
    block = ctx.items[index].block
    assert isinstance(block, Table)
    header = tuple(folded(clean(h)) for h in block.header)
    keys = {folded(clean(row[0])) for row in block.rows if row and row[0].strip()}
    if len(keys) < _MATRIX_ROWS:
        return "", False
    paths: list[tuple[str, ...]] = []
    for number, item in enumerate(ctx.items):
        other = item.block
        if number == index:
            paths.append(ctx.heading_texts(index))
            continue
        if not isinstance(other, Table) or len(other.header) != len(block.header):
            continue
        if tuple(folded(clean(h)) for h in other.header) != header:
            continue
        named = {folded(clean(row[0])) for row in other.rows if row and row[0].strip()}
        if 2 * len(named & keys) >= min(len(named), len(keys)) > 0:
            paths.append(ctx.heading_texts(number))
    own = ctx.heading_texts(index)
    if len(set(paths)) < 2:
        return "", False
    depth = max(len(path) for path in paths)
    differ = [
        level
        for level in range(depth)
        if len({path[level] if level < len(path) else "" for path in paths}) > 1
    ]
    if not any(_series({path[level] for path in paths if level < len(path)}) for level in differ):
        # "Choosing a cache" and "Tuning the cache" over one table: the page states it
        # again, it does not give it per release (see ``_rows_once``).
        return "", False
    parts = [own[level] for level in differ if level < len(own) and own[level]]
    parts = [_heading_value(text, not n) for n, text in enumerate(parts)]
    nearest = max((level for level in range(len(own)) if own[level]), default=-1)
    return ", ".join(parts), nearest in differ


def _series(headings: set[str]) -> bool:
    """Whether sibling headings name values of one kind: the same first word, then
    each its own ("Release v1.0", "Release v0.8"; "Host System: amd64", "Host System :
    arm64")."""
    firsts = {text.split()[0].rstrip(":").casefold() for text in headings if len(text.split()) > 1}
    return len(headings) >= 2 and len(firsts) == 1 and all(len(t.split()) > 1 for t in headings)


def _told_by_repeat(subject: str, section: str, told: tuple[str, bool]) -> str:
    """``subject`` named by what tells its table from the page's repeats of it (see
    ``_repeated_table``): the section's subject it opens with gives way to the
    headings when the nearest heading is one of them; otherwise they open it."""
    qualifier, nearest = told
    if not qualifier or qualifier.casefold() in subject.casefold():
        return subject
    if not subject:
        return qualifier
    if nearest and section and subject == section:
        return qualifier
    if nearest and section and subject.startswith(f"{section}, "):
        return f"{qualifier}{subject[len(section) :]}"
    return f"{qualifier}, {subject}"


def _valued_row(values_of: str, first_header: str, key: str) -> str:
    """A bare value as a front's subject under what the lead-in says it is a value of:
    "`kubectl patch` `type` parameter value json"; "" without such a lead-in."""
    if not values_of:
        return ""
    valued = _bare_word(first_header).split()[-1:] in (["value"], ["values"])
    return f"{values_of} value {key}" if valued else f"{values_of} {key}"


# The mark the parser leaves when no line under the table explains it.
_HEADER_MARK = re.compile(rf"\s+{FOOTNOTE_MARK}$")


def _column_notes(ctx: Context, index: int, table: Table) -> dict[int, str]:
    """The footnotes under the table at ``index`` that its header marks, by column, as a
    parenthesis for that column's answers: ``Weekly Downloads *`` over ``* Weekly
    Downloads as of May 15, 2020`` → ``{1: "as of May 15, 2020"}`` (the column's own
    name, which the front says, left out)."""
    footnotes = table_footnotes(ctx, index)
    notes: dict[int, str] = {}
    for column, (mark, name) in enumerate(zip(table.header_marks, table.header, strict=False)):
        if column == 0 or mark not in footnotes:
            continue
        name = clean(name).replace("\n", " ").strip()
        text = footnotes[mark]
        if name and text.lower().startswith(name.lower() + " "):
            text = text[len(name) :].strip()
        notes[column] = _footnote_phrase(text)
    return notes


_ECHO_WORDS = 3  # a longer description says more than the name it describes
_ECHO_STEM = 5  # letters two words share when one only inflects the other ("schedul…")


def _echoes_key(value: str, key: str) -> bool:
    """Whether a few-word description only says its row's name again in other words
    ("Memory Race" → "Memory access", "Scheduler Issues" → "Poor scheduling",
    "WithCancel" → "Cancellation"): it teaches nothing the front does not."""
    words = value.split()
    if "`" in value or not words or len(words) > _ECHO_WORDS:
        return False
    named = strip_decoration(key).lower()
    return any(
        len(w) >= _ECHO_STEM and w[:_ECHO_STEM] in named
        for w in (w.strip("()[],;:.'\"").lower() for w in words)
    )


def _repeats_key(value: str, key: str) -> bool:
    """Whether a plain cell only repeats words of its row's name ("Ubuntu 24.04 Arm64" →
    architecture "arm64"): the front gives the answer away. A code value is a spelling
    to learn ("Ubuntu Slim" → label `ubuntu-slim`) and stays."""
    if "`" in value:
        return False

    def words(text: str) -> set[str]:
        # Words as written apart: "build-server" does not name "build".
        return {w.strip("()[],;:.'\"").lower() for w in text.split()} - {""}

    said = words(value)
    if not any(c.isalpha() for c in value):
        return False  # "cluster size 1: majority?" → 1: a count, the same by chance
    return bool(said) and said <= words(strip_decoration(key))


def _ask_supported(
    header: list[str], grid: list[list[str]], asked_by: list[str], rows: tuple[tuple[str, ...], ...]
) -> None:
    """A "Status" column of ✅ Supported / ❌ Not implemented yet (⚠️ Not fully
    implemented yet): each row is asked whether it is supported (``asked_by``), which its
    Yes or No (or its words) answers; "Yes, Supported" says it twice and is "Yes" (the
    cells of ``grid`` are rewritten in place). ``rows`` are the cells as written."""
    for c in range(1, len(header)):
        cells = [row[c] for row in grid if c < len(row) and row[c]]
        written = [row[c].lstrip("[").strip() for row in rows if c < len(row) and row[c]]
        if not (
            header[c].strip().lower() == "status"
            and cells
            and all(opens_on_mark(v) for v in written)
            and any(_SUPPORT_WORDS.search(v) for v in cells)
        ):
            continue
        asked_by[c] = "supported"
        for row in grid:
            if c < len(row) and row[c]:
                mark_word, _, words = row[c].partition(",")
                words = words.strip()
                restated = words.lower() in ("supported", "not supported", "unsupported")
                row[c] = (
                    mark_word
                    if restated or not words
                    else f"{mark_word}, {words[:1].lower()}{words[1:]}"
                )


_NAMELESS_CORNER = re.compile(r"^(?:[-–—/\\.*~×]+|[xX])$")
_TRAILING_FOOTNOTE = re.compile(r"(?<=\S)(?:\s*\[\^[^\]\s]+\])+\s*$")


# A key that is a release or an API version though it holds letters: "v1beta2",
# "v2alpha1", "1.12 LTS", "4.16 EUS" (a version and a capitalised tag).
_ONE_VERSION = r"(?:v\d+(?:alpha|beta)\d*|v?\d+(?:\.(?:\d+|x))+(?:\s+[A-Z]{2,4})?)"
_LETTERED_VERSION = re.compile(rf"^{_ONE_VERSION}(?:\s*,\s*{_ONE_VERSION})*$", re.IGNORECASE)
_RELEASE_KEY = re.compile(r"^v?\d+(?:\.(?:\d+|x))+|^v\d+(?:alpha|beta)\d*$", re.IGNORECASE)
# A status column of a table of releases, and the status words that say a release is
# dead ("EOL", "End of life", "Unsupported", "No longer maintained").
_STATUS_COLUMN = re.compile(
    r"^(?:(?:support|release|maintenance)\s+)?(?:status|state|lifecycle)$", re.IGNORECASE
)
_DEAD_STATUS = re.compile(
    r"^(?:eol|end[- ]of[- ]life|end of support|unsupported|not supported|"
    r"no longer (?:supported|maintained)|unmaintained|retired|archived|obsolete)\b",
    re.IGNORECASE,
)
# A heading or a sentence right above a table saying its releases are dead: "Old
# releases", "End-of-life versions", "These releases have reached their EOL date and
# are no longer supported."
_DEAD_HEADING = re.compile(
    r"\b(?:old|older|past|previous|archived|unsupported|end[- ]of[- ]life|eol|legacy)\b"
    r".*\b(?:releases?|versions?)$",
    re.IGNORECASE,
)
_DEAD_SENTENCE = re.compile(
    r"\b(?:(?:have|has)\s+(?:already\s+)?reached\s+(?:their|its)?\s*(?:eol|end[- ]of[- ]life)|"
    r"(?:are|is)\s+no\s+longer\s+(?:supported|maintained)|"
    r"(?:are|is)\s+(?:now\s+)?(?:eol|end[- ]of[- ]life|out of support))\b",
    re.IGNORECASE,
)


def _dead_rows(ctx: Context, index: int, header: list[str], keys: list[str]) -> set[int]:
    """The rows of a table of releases (two thirds of its keys are versions) that tell
    the history of releases past their end of life: every row when the heading or the
    paragraph right above says its releases are dead ("## Old releases", "These
    releases have reached their EOL date …"), else the rows a status column calls dead
    ("EOL", "End of life", "Unsupported") beside rows it does not. When a release died
    is trivia; what is supported now is the fact to learn."""
    named = [k for k in keys if k]
    if len(named) < 2 or 3 * sum(bool(_RELEASE_KEY.match(k)) for k in named) < 2 * len(named):
        return set()
    heading = subject_of(ctx.nearest_heading(index))
    before = ctx.items[index - 1] if index else None
    said = ""
    if (
        before is not None
        and before.headings == ctx.items[index].headings
        and isinstance(before.block, Paragraph)
    ):
        said = clean(before.block.text).replace("\n", " ")
    if _DEAD_HEADING.search(heading) or _DEAD_SENTENCE.search(said):
        return set(range(len(keys)))
    block = ctx.items[index].block
    assert isinstance(block, Table)
    for column in range(1, len(header)):
        if not _STATUS_COLUMN.match(header[column].strip()):
            continue
        cells = [clean(r[column]) if column < len(r) else "" for r in block.rows]
        dead = {n for n, cell in enumerate(cells) if _DEAD_STATUS.match(cell.strip())}
        if dead and len(dead) < sum(1 for c in cells if c.strip()):
            return dead
    return set()


_YES_NO = frozenset({"yes", "no", "true", "false", "y", "n", "supported", "not supported"})
_USUAL_ROWS = 6  # rows a column needs before one value on most of them says nothing
_USUAL_SHARE = 0.8  # the share of rows one value must fill to be the column's usual one
_USUAL_WORDS = 3  # a longer value is a statement, worth its card on every row


def _usual_values(grid: list[list[str]], keys: list[str], skipped: set[int]) -> dict[int, str]:
    """Per column, the short value that fills four rows in five or more of a longer
    table ("TCP" in a Protocol column of port numbers): asked of one of those rows, the
    answer is a guess anyone makes; the rows that differ ("UDP") keep their cards.
    Marks and yes/no answers are a matrix's, asked there."""
    rows = [values for values, key in zip(grid, keys, strict=False) if key]
    if len(rows) < _USUAL_ROWS:
        return {}
    usual: dict[int, str] = {}
    for column in range(1, max(len(v) for v in rows)):
        if column in skipped:
            continue
        cells = [v[column] for v in rows if column < len(v) and v[column]]
        if not cells:
            continue
        value, count = Counter(cells).most_common(1)[0]
        if (
            count >= _USUAL_SHARE * len(rows)
            and len(value.split()) <= _USUAL_WORDS
            and not opens_on_mark(value)
            and value.lower().strip(".") not in _YES_NO
        ):
            usual[column] = value
    return usual


# A column saying in which release a row's option came ("Version", "Since", "Added in",
# "Introduced"): "MaxAge: version?" → "2.2.0" is the page's bookkeeping, no knowledge of
# the option; a learner asks what it does.
_RELEASE_HEADER = re.compile(
    r"^(?:(?:min(?:imum)?\s+|server\s+)?version|since|(?:available\s+)?since\s+version|"
    r"added(?:\s+in)?|introduced(?:\s+in)?)$",
    re.IGNORECASE,
)
_RELEASE_VALUE = re.compile(r"^v?\d+(?:\.\d+){1,3}(?:[-+][\w.]+)?\+?$", re.IGNORECASE)


def _release_columns(header: Sequence[str], grid: Sequence[Sequence[str]]) -> set[int]:
    """The columns (past the first) of a table of options that only give the release
    each row came in: a release header over version numbers only."""
    found: set[int] = set()
    for column in range(1, len(header)):
        values = [v[column] for v in grid if column < len(v) and v[column]]
        if (
            _RELEASE_HEADER.match(header[column].strip())
            and values
            and all(_RELEASE_VALUE.match(v.strip().strip("`")) for v in values)
        ):
            found.add(column)
    return found


_NONE_VALUES = _UNKNOWN | frozenset({"none", "n/a", "na"})
_SUB_KEY_WORDS = 4  # a longer second cell is a value, not a key


def _sub_keys(keys: Sequence[str], grid: Sequence[Sequence[str]]) -> dict[int, str]:
    """The rows of a "Parameter | Sub-parameters | Description" table that name a
    sub-key, by row, named with its parent: "| `http` | | Use HTTP …" then "| |
    `port` | Port number …" → ``{2: "`http` `port`"}``. Every row with a blank first
    cell must name a short key in its second cell and describe it after, and some
    parent's own second cell be blank or "None"; else the table has no such rows ({}),
    and a blank first cell means what it did ("the same as above")."""
    subs: dict[int, int] = {}
    parent: int | None = None
    for row_number, values in enumerate(grid):
        if keys[row_number]:
            parent = row_number
            continue
        if (
            parent is None
            or len(values) < 3
            or not values[1]
            or not any(values[2:])
            or len(values[1].split()) > _SUB_KEY_WORDS
        ):
            return {}
        subs[row_number] = parent
    parents = set(subs.values())
    if not parents or all(grid[p][1].lower() not in _NONE_VALUES for p in parents):
        return {}  # "Python | Pipfile.lock" then "| poetry.lock": one more of the same
    named = {row: f"{keys[p]} {grid[row][1]}" for row, p in subs.items()}
    # "| `jobservice` | `max_job_workers` | Maximum number …": a parent with one
    # sub-key written on its own row describes that sub-key.
    for row_number, values in enumerate(grid):
        if keys[row_number] and values[1].lower() not in _NONE_VALUES:
            if len(values[1].split()) > _SUB_KEY_WORDS:
                return {}
            named[row_number] = f"{keys[row_number]} {values[1]}"
    return named


def entity_table(ctx: Context, index: int) -> tuple[Note, ...] | None:
    """A table with a row per entity ("Service Type | Accessible From | Use Case"): the
    first cell names the row, every other cell becomes "<row>: <column>?" and a qualified
    key ("ClusterIP (default)") asks "Which service type is the default?"; a "Why"
    column asks "<row>: why <previous cell>?". "Same" is the value above it.
    Reverse cards where a value is unique in its column."""
    block = ctx.items[index].block
    if not isinstance(block, Table):
        return None
    place = _table_place(ctx, index)
    # "Weekly Downloads \*": the mark points at a note under the table, not part of a name.
    header = [_HEADER_MARK.sub("", clean(h).replace("\n", " ")) for h in block.header]
    # A corner cell of "-", "/" or "x" names no column: it is left blank, as a matrix's
    # corner often is. Over cells of words (not a row of measures, which its headers
    # name) the table crosses two kinds of names, its rows' and its columns', so a card
    # names the cell by both as written ("Subscription, Reader?"), never "-".
    crossed = False
    if header and _NAMELESS_CORNER.match(header[0]):
        header[0] = ""
        crossed = not _rows_are_keys(block)
    column_notes = _column_notes(ctx, index, block)
    keys = [_entity_name(row[0]) if row else "" for row in block.rows]
    # Resolve every cell first: "Same" looks up, reverse needs the whole column.
    grid: list[list[str]] = []
    decorated = _decorated_columns(block)
    for row_number, row in enumerate(block.rows):
        values = []
        for column in range(len(header)):
            worded = column < len(decorated) and decorated[column]
            value = _cell(ctx, row[column], decoration=worded) if column < len(row) else ""
            if _is_same(value) and row_number > 0:
                value = grid[row_number - 1][column]
            values.append(value)
        grid.append(values)
    # "[`name`] [^2]": a footnote after the name of a row speaks of the row, not its
    # name; folded into the name cell it would make a paragraph of the row's key.
    for row_number, row in enumerate(block.rows):
        if row and _TRAILING_FOOTNOTE.search(row[0]):
            grid[row_number][0] = _cell(ctx, _TRAILING_FOOTNOTE.sub("", row[0]))
    # A row with only its last cell filled under a row of its own ("| | Tip: …" after
    # "`!<n>` | … | Insert the nth command") is a remark on that row: appended to the
    # row above's last cell, never a row of its own.
    remarks: set[int] = set()
    if len(header) >= 3:
        for row_number in range(1, len(grid)):
            above = grid[row_number - 1]
            if row_number - 1 in remarks or not any(above[:-1]):
                continue
            if grid[row_number][-1] and not any(grid[row_number][:-1]):
                remark = grid[row_number][-1]
                above[-1] = f"{above[-1]} ({remark})" if above[-1] else remark
                remarks.add(row_number)
    # A blank first cell under a named row whose other cells are filled ("| | `save` |
    # Save as data" in a Bash | Nu | Task table): a feature the first column lacks; the
    # row is named by its next cell rather than lost.
    # Only when the first two columns are parallel (both commands: "`cd -` | `cd -`"),
    # so the second names a row as well as the first; a blank "Format" cell above a
    # second config file is the same format again (see below).
    pairs = [v for v in grid if len(v) >= 3 and v[0] and v[1]]
    parallel = len(pairs) >= 2 and 2 * sum(
        v[0].startswith("`") and v[1].startswith("`") for v in pairs
    ) >= len(pairs)
    # "| `http` | | Serve HTTP" then "| | `port` | Port number …": sub-keys of the row
    # above (see ``_sub_keys``), told before the parallel columns they resemble.
    sub_keys = _sub_keys(keys, grid) if len(header) >= 3 else {}
    own_keys = sub_keys or {
        row_number: values[1]
        for row_number, values in enumerate(grid)
        if parallel
        and row_number not in remarks
        and len(values) >= 3
        and not values[0]
        and values[1]
        and any(values[2:])
        and keys[row_number] == ""
    }
    # "| &nbsp;&nbsp;`port` |" under "| `http` |": the indent says the key is the
    # nested setting of the row above indented less (`http` `port`), not a row of
    # its own.
    for row_number, name in sub_keys.items():
        # The row is named, so the first column still tells every row apart.
        grid[row_number][0] = name
    parents: list[tuple[int, str]] = []  # (indent, key named with its parents)
    nested = set(sub_keys)  # rows named "<parent> <key>"
    for row_number, indent in enumerate(block.indents):
        if not keys[row_number]:
            continue
        while parents and parents[-1][0] >= indent:
            parents.pop()
        if parents:
            keys[row_number] = f"{parents[-1][1]} {keys[row_number]}"
            nested.add(row_number)
        parents.append((indent, keys[row_number]))
    if header and grid and grid[0] and grid[0][0]:
        # A blank first cell continues the row above ("Python | Pipfile.lock", then
        # "| poetry.lock"): the same language, not an unnamed row.
        for row_number in range(1, len(grid)):
            if not grid[row_number][0] and any(grid[row_number][1:]) and row_number not in own_keys:
                grid[row_number][0] = grid[row_number - 1][0]
    section = ctx.table_subject(index)
    told = _repeated_table(ctx, index)
    dead = _dead_rows(ctx, index, header, keys)
    if dead and len(dead) == len(keys):
        return ()  # a table of dead releases only: history, no card
    key_columns, skipped = _key_columns(header, grid)
    slugs: list[str] = []
    if key_columns != [0]:
        # The first column is no key (repeated values, row numbers): the row is named
        # by the columns that tell it apart, under its section, after the columns that
        # hold one value on every row when that value is a condition of the question.
        case = sorted({*key_columns, *_condition_columns(header, grid, key_columns, skipped)})
        skipped -= set(case)
        for row_number, row in enumerate(block.rows):
            for column in case:
                if column < len(row) and "[^" in row[column]:
                    # A footnote on a cell that names the row is no answer: the
                    # name stays as written (and so does its id).
                    grid[row_number][column] = symbol_value(row[column], ctx.legend)
        keys = []
        for values in grid:
            # A blank cell (a row the first column lacks) names nothing.
            named = ", ".join(f"{_case_phrase(header[c])} {values[c]}" for c in case if values[c])
            keys.append(_told_by_repeat(f"{section}, {named}", section, told) if named else "")
        # Ids keep naming the row by the columns that tell it apart, as before.
        slugs = [
            slugify(", ".join(f"{attribute_phrase(header[c])} {values[c]}" for c in key_columns))
            for values in grid
        ]
        key_columns = case
    skipped |= _handle_columns(grid, set(key_columns))
    skipped |= _release_columns(header, grid)
    # A column saying nothing of any row it is asked of ("None", "-" or blank on each:
    # the rows have no sub-parameters) makes no card: "`data_volume`: sub-parameters?"
    # → "None" teaches nothing.
    skipped |= {
        column
        for column in range(1, len(header))
        if all(
            values[column].lower() in _NONE_VALUES
            for row_number, values in enumerate(grid)
            if column < len(values)
            and (keys[row_number] or row_number in own_keys)
            and not (row_number in own_keys and column < 2)
        )
    }
    _with_symbol_meanings(grid, set(key_columns), _table_symbols(ctx, index))
    _x_marks_as_ticks(grid, set(key_columns))
    notes_column = next(
        (c for c in range(1, len(header)) if header[c].lower() in _NOTE_HEADERS), None
    )
    if notes_column is not None and len(header) > 2:
        skipped.add(notes_column)
    derived = _derived_headers(header, skipped)
    skipped |= {c for c, words in derived.items() if not words}
    asked_by = [derived.get(c) or h for c, h in enumerate(header)]
    for column, name in enumerate(header):
        if column and " and " in name and _is_value_header(name):
            # "Description and Additional Parameters" describes the row: asked as that.
            asked_by[column] = name.split(" and ")[0]
    if key_columns == [0] and _reference_table(header):
        # "MaxAge: version?" asks nothing the page does not say the column means.
        for column, words in _reference_questions(ctx, index, header).items():
            asked_by[column] = words
    _ask_supported(header, grid, asked_by, block.rows)
    described = [
        c
        for c in range(1, len(header))
        if c not in skipped and header[c] and not _EXAMPLE_COLUMN.match(header[c])
    ]
    if (
        key_columns == [0]
        and described
        and (
            _GENERIC_COLUMN.match(header[described[-1]])
            or any(_VALUE_COLUMN.match(header[c]) for c in described[:-1])
        )
    ):
        # The last column only describes the row ("Details", "Usage"), or a "Value"
        # column only gives the key another name ("Character | Value | Replacement"):
        # what the row is about has to come from the table.
        return _described_rows(ctx, index, header, keys, grid, skipped)
    # Rows named by plain labels ("Leaky Bucket", "Weighted"): one such row is enough
    # for the table's rows to say what they are ("Context type Background", and so
    # "Context type WithCancel" beside it).
    labels = key_columns == [0] and any(_bare_label(k) for k in keys if k)
    caption = ctx.table_caption(index)
    # "The `x` command has a `type` parameter that you can set to one of these values:":
    # every row is a value of that parameter, in code or not.
    values_of = _lead_in_subject(ctx.lead_in(index)) if key_columns == [0] else ""
    # A matrix of verdicts ("tyk-gateway | ✅ | ❌") says what its ticks are about only
    # above it: "tyk-gateway: ingress?" asks nothing without "`--expose` flag support".
    verdicts_of = (
        _verdict_matrix_subject(ctx, index, header, keys, grid, skipped)
        if key_columns == [0] and not crossed and not caption
        else ""
    )
    notes: list[Note] = []
    # A column ticked on every row is still part of the matrix (not "shared").
    checks = _check_columns(header, grid, set(key_columns))
    # A column ticked on every row of a longer table tells nothing of one row: it is
    # left out of the rows' question (and asked of no row).
    keyed = [grid[r] for r, key in enumerate(keys) if key]
    constant = {
        c
        for c in checks
        if len(keyed) >= 2 and all(c < len(v) and _mark_lead(v[c]) in _BARE_TICKS for v in keyed)
    }
    asked = [c for c in checks if c not in constant]
    if len(asked) == 1:
        # One column left would be asked cell by cell: the matrix stays whole.
        constant, asked = set(), checks
    if len(checks) >= 2 and len(asked) >= 2:
        # A matrix of ✅ and "-": one card per row asks which columns it is ticked in
        # (so a "-" is an answer too); the other columns are asked as usual. "All of
        # them" only when the question names every marked column of the row.
        marked = {
            c
            for c in range(1, len(header))
            if c not in key_columns
            and any(c < len(row) and opens_on_mark(row[c]) for row in block.rows)
        }
        every = not constant and marked <= set(asked)
        notes.extend(
            _matrix_rows(
                ctx, index, header, keys, grid, asked, key_columns, slugs, every=every, told=told
            )
        )
        skipped |= set(checks)
    elif len(checks) >= 2:
        skipped |= constant
        if not any(c not in skipped and header[c] for c in range(1, len(header))):
            return tuple(notes)  # nothing but marks: the rows' cards say it all
    mapped = _mapped_columns(ctx.title, header) if key_columns == [0] else []
    corner = _corner_kinds(header[0]) if key_columns == [0] and header else ("", "")
    named_rows = [k for k in keys if k]
    numbered = 2 * sum(_numbered_key(k) for k in named_rows) > len(named_rows)
    # Right under another table of the section, with no lead-in or caption between:
    # the section's heading titled the table before; this one's rows, named by bare
    # labels, are told apart only by the section with the first column's kind.
    # A table of links to the page's sections above it is its contents, no table of
    # the section's subject.
    before = ctx.items[index - 1] if index > 0 else None
    after = (
        before is not None
        and isinstance(before.block, Table)
        and before.headings == ctx.items[index].headings
        and not all(row[:1] and "](" in row[0] for row in before.block.rows)
    )
    usual = _usual_values(grid, keys, skipped | set(key_columns))
    for row_number, (key, values) in enumerate(zip(keys, grid, strict=True)):
        if row_number in remarks or row_number in dead:
            continue
        first_asked = 1
        if key_columns == [0] and row_number in own_keys:
            key, first_asked = own_keys[row_number], 2
        if not key:
            continue
        line = block.row_lines[row_number] if row_number < len(block.row_lines) else None
        remark = values[notes_column] if notes_column in skipped else ""
        if key_columns != [0]:
            asked = [c for c in range(len(header)) if c not in key_columns and c not in skipped]
            verdict = next((c for c in _verdict_columns(header, skipped) if c in asked), None)
            # Columns after the question ("Allowed? | Why") explain its answer.
            details = [c for c in asked if verdict is not None and c > verdict]
            for column in asked:
                value = values[column]
                if column in details or not header[column] or value.lower() in _UNKNOWN:
                    continue
                if _repeats_key(value, key):
                    continue
                said = [values[c] for c in details if values[c].lower() not in _UNKNOWN]
                if column == verdict and said:
                    value = f"{value} ({'; '.join(said)})"
                if remark and remark.lower() not in _UNKNOWN:
                    value = f"{value} ({remark})"
                if column in column_notes:
                    value = f"{value} ({column_notes[column]})"
                notes.extend(
                    _fact(
                        ctx,
                        index,
                        f"{place}/{slugs[row_number]}/"
                        f"{slugify(header[column], f'column-{column}')}",
                        _question(key, asked_by[column], ctx.proper_names),
                        value,
                        line=line,
                    )
                )
            continue
        # "ClusterIP (default)": the qualifier is a fact about the row's entity.
        qualifier = _QUALIFIER.match(clean(block.rows[row_number][0]).replace("\n", " "))
        if qualifier and header[0]:
            word = qualifier.group(2)
            what = "the default" if word.lower() == "default" else word
            which = f"Which {attribute_phrase(header[0])} is {what}?"
            if _bare_word(header[0]) in _GENERIC_KEY_WORDS and section:
                # "Which mode is the default?" names nothing: the mode of what the
                # section is about ("`git reset` modes …: which mode is the default?").
                which = f"{section.rstrip('?').rstrip()}: {which[0].lower()}{which[1:]}"
            notes.extend(
                _fact(
                    ctx,
                    index,
                    f"{place}/{slugify(key)}/{slugify(word)}",
                    which,
                    key,
                    tags=ctx.tags(index, key),
                    line=line,
                )
            )
        # A bare number or version as a key means nothing on its own: name its column.
        # When most rows are such ("t3/t4", "c5/c6", then "hpc6"), the rest are named
        # alike, so that the table's rows read alike.
        subject = _flag_subject(ctx, index, key)
        if (
            (
                _numbered_key(key)
                or (numbered and not caption and subject == key and not key.startswith("`"))
            )
            and header[:1]
            and header[0]
        ):
            # A corner naming both kinds ("Module Version / Platform Version") names
            # the rows by its first.
            kind = corner[0]
            if kind[1:2].islower():  # "Module version", never "aPI version"
                kind = kind[:1].lower() + kind[1:]
            subject = f"{section}, {kind or attribute_phrase(header[0])} {key}"
        elif caption and header and header[0]:
            # A caption says what the table lists ("Baseline policy specification"):
            # its rows are asked under it, as the rows of a described table are; two
            # tables with a "Seccomp" row each stay told apart.
            subject = f"{caption}, {attribute_phrase(header[0])} {key}"
        elif subject == key and _reference_table(header) and key.startswith("`"):
            subject = _field_owner(ctx, index, key)
        elif (
            subject == key
            and _reference_table(header)
            # "assignment assigneeId": a nested key is a field as its parent is.
            and _identifier_key(key.split()[0] if row_number in nested else key, header)
        ):
            # "| Field | Description | Editable |" over `MaxAge`, written plain: the
            # first header names the kind ("Streams field MaxAge"), as a heading does.
            head = header[0].strip().lower()
            named = head if head in _FIELD_HEADS - {"name", "key"} else ""
            subject = _field_owner(ctx, index, key, named)
        elif subject == key and (values_of or labels or not header[0]) and header:
            # "Unbuffered: description?" asks nothing: the label is a channel type's.
            # Decided for the table, so that its rows read alike.
            subject = (
                _valued_row(values_of, header[0], key)
                or _product_row(ctx.title, header[0], key, ctx.proper_names)
                or _labelled_row(section, header[0], key, ctx.proper_names, after_table=after)
                or key
            )
        if subject == key and section.endswith("?") and not key.startswith("`"):
            # A table inside the author's answer: the question says what its rows are
            # ("Android: version?" asks nothing without "What is the browser support
            # for …?"), so it opens every row's front, with the rows' kind. A key in
            # code (a command, a field) names itself.
            kind = attribute_phrase(header[0], ctx.proper_names) if header and header[0] else ""
            kind = f"{kind[:1].upper()}{kind[1:]} " if kind else ""
            subject = f"{section} {kind}{key}"
        if (
            subject == key
            and verdicts_of
            and not mapped
            and verdicts_of.casefold() not in key.casefold()
        ):
            subject = f"{verdicts_of}, {key}"
        if mapped:
            subject = f"{header[0]} {key}"  # "Kafka Topic": the row is a term of the first
        subject = _told_by_repeat(subject, section, told)
        for column in range(first_asked, len(header)):
            value = values[column]
            if value.lower() in _UNKNOWN or not header[column] or column in skipped:
                continue
            if usual.get(column) == value:
                continue  # "SQL Server: protocol?" → "TCP", as on nearly every row
            if _repeats_key(value, key):
                continue  # "X Arm64: architecture?" → "arm64": the front says it
            if labels and _is_value_header(header[column]) and _echoes_key(value, key):
                continue  # "Race type Memory Race: description?" → "Memory access"
            if remark and remark.lower() not in _UNKNOWN:
                value = f"{value} ({remark})"
            if column in column_notes:
                value = f"{value} ({column_notes[column]})"
            if header[column].lower() in _WHY_HEADERS and column >= 2 and values[column - 1]:
                front = f"{key}: why {attribute_phrase(values[column - 1])}?"
                reverse = False
            elif mapped:
                front = _mapped_question(subject, header, values, column, mapped)
                reverse = False
            elif crossed:
                named = section if section and not is_generic_label(section) else ""
                named = _told_by_repeat(named, section, told)
                front = (
                    f"{named}: {key}, {header[column]}?" if named else f"{key}, {header[column]}?"
                )
                reverse = False  # a cell's value names neither its row nor its column
            else:
                front = _question(subject, asked_by[column], ctx.proper_names)
                if corner[1] and _VERSION_HEAD.match(header[column]):
                    # "…: 1.26.X?" under the corner's "Platform Version": that release.
                    front = f"{subject.rstrip('?')}: {corner[1]} {header[column]}?"
                column_values = [r[column] for r in grid]
                reverse = _reverse_ok(value, column_values, ctx.legend)
            notes.extend(
                _fact(
                    ctx,
                    index,
                    f"{place}/{slugify(key)}/{slugify(header[column], f'column-{column}')}",
                    front,
                    value,
                    tags=ctx.tags(index, key),
                    reverse=reverse,
                    line=line,
                )
            )
    return tuple(notes)
