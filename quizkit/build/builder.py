"""Documents to decks: read, repair, parse, run the rule table, make ids unique.

:func:`build_deck` is the pure core (text in, :class:`~quizkit.deckfile.Deck`
out); :func:`build_decks` and :func:`write_decks` are the file-system edges.
"""

from __future__ import annotations

import os
import re
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, replace
from pathlib import Path

from quizkit import cloze
from quizkit.build.lastcheck import last_check
from quizkit.build.markdown import (
    Document,
    Heading,
    ListBlock,
    Located,
    Paragraph,
    Question,
    Table,
    parse_document,
    question_text,
)
from quizkit.build.rules import (
    ANSWER_CHARS,
    STEP_FRONT,
    Context,
    Made,
    Skip,
    Skipped,
    checklist_items,
    is_comparison,
    is_generic_label,
    label_under_question,
    parse_legend,
    parse_legend_line,
    parse_legend_prose,
    parse_legend_sentences,
    rules_for,
    table_entities,
    table_ordinals,
)
from quizkit.build.source import read_source, repair_text
from quizkit.build.subject import (
    collection_subject,
    document_subject,
    name_collection_subject,
    name_generic_sections,
    name_section_subjects,
    name_subject,
    page_name,
)
from quizkit.build.text import (
    NO,
    YES,
    clean,
    clean_heading,
    command_names,
    folded,
    proper_names,
    slugify,
    symbol_value,
)
from quizkit.deckfile import Deck, dumps_deck
from quizkit.errors import SourceError
from quizkit.inputs import WriteFailed, encoding_problem, one_line, write_files
from quizkit.notes import ClozeNote, FactNote, Note, NoteType
from quizkit.scenarios import Report, runnable_deck, scenario_deck
from quizkit.words import plural

__all__ = ["MARKDOWN_SUFFIXES", "build_deck", "build_decks", "find_documents", "write_decks"]

MARKDOWN_SUFFIXES = (".md", ".markdown")


def _legend(document: Document) -> dict[str, str]:
    legend: dict[str, str] = {}
    # A legend is written once; the same marked names listed again and again ("🚫
    # Production", "✅ Development" under each entry) are the entries' checklists, and
    # their names are no meaning of the marks.
    checklists = Counter(
        frozenset(name for _, name in marked)
        for item in document.items
        if isinstance(item.block, ListBlock) and (marked := checklist_items(item.block.items))
    )
    for item in document.items:
        if isinstance(item.block, ListBlock):
            marked = checklist_items(item.block.items)
            if marked and checklists[frozenset(name for _, name in marked)] > 1:
                continue
            found = parse_legend(item.block.items, item.block.terms)
            if found:
                legend.update(found)
        elif isinstance(item.block, Paragraph):
            line = parse_legend_line(item.block.text)
            # ✅/❌ already read as Yes/No; a legend line adds the symbols only it explains.
            for symbol, meaning in (line or {}).items():
                if symbol_value(symbol, {}) not in (YES, NO):
                    legend.setdefault(symbol, meaning)
    # An ASCII slash is the usual stand-in for the fraction slash of a legend.
    if "⁄" in legend and "/" not in legend:
        legend["/"] = legend["⁄"]
    return legend


def _table_legends(
    document: Document, legend: dict[str, str]
) -> dict[int, tuple[dict[str, str], dict[str, dict[str, str]]]]:
    """Per table (by item index), the legend its cells are read with: the document's,
    with what sentences above it in its section (or a section around it) say its symbols
    mean ("`+` means supported", see :func:`parse_legend_prose`), the nearest first, and
    the meanings they give the symbols of one column. Tables no sentence explains are
    left out: they read the document's legend."""
    said: list[tuple[int, dict[str, str], dict[str, dict[str, str]]]] = []
    tables = [item.headings for item in document.items if isinstance(item.block, Table)]
    scopes: dict[int, tuple[Heading, ...]] = {}
    found: dict[int, tuple[dict[str, str], dict[str, dict[str, str]]]] = {}
    for index, item in enumerate(document.items):
        # A legend in a section of its own ("## Legend") explains the tables of the
        # sections beside it: its scope is the section around its own.
        headings = item.headings
        if headings and not any(t[: len(headings)] == headings for t in tables):
            headings = headings[:-1]
        scopes[index] = headings
        if isinstance(item.block, Paragraph):
            symbols, columns = parse_legend_prose(item.block.text)
            if symbols or columns:
                said.append((index, symbols, columns))
        elif isinstance(item.block, ListBlock):
            listed = parse_legend_sentences(item.block.items)
            if listed:
                said.append((index, *listed))
        elif isinstance(item.block, Table) and said:
            table: dict[str, str] = dict(legend)
            by_column: dict[str, dict[str, str]] = {}
            for at, symbols, columns in said:
                headings = scopes[at]
                if item.headings[: len(headings)] != headings:
                    continue  # a legend of another section
                table.update(symbols)
                for column, meanings in columns.items():
                    by_column.setdefault(column, {}).update(meanings)
            if table != legend or by_column:
                found[index] = (table, by_column)
    return found


def _compared(document: Document) -> tuple[tuple[str, ...], tuple[Heading, ...]]:
    """The entities of the document's widest comparison table (up to four), and the
    section they name the subject of: the whole page (no headings), unless the table
    is a part of an author's question (a "Comparison table" part under "### 7. What is
    the difference between …?"): then its own part only, as a question's parts each say
    their own thing and the other questions of the page are about other things."""
    best: tuple[str, ...] = ()
    under: tuple[Heading, ...] = ()
    for item in document.items:
        block = item.block
        if isinstance(block, Table) and is_comparison(block):
            entities = tuple(e for e in table_entities(block) if e)
            if len(best) < len(entities) <= 4:
                asked = any(question_text(h.text) for h in item.headings)
                best, under = entities, item.headings if asked else ()
    return (best, under) if len(best) >= 2 else ((), ())


def _topic(compared: tuple[str, ...], title: str) -> str:
    """What the deck compares ("ClusterIP vs NodePort") when its title names every
    compared entity, else its title: a table comparing a few things in one section is
    not what the whole document is about (a block naming them still says "A vs B",
    see :meth:`Context.topic_for`)."""
    lowered = title.lower()
    if compared and all(e.lower() in lowered for e in compared):
        return " vs ".join(compared)
    return title


def _topic_from_headings(items: tuple[Located, ...]) -> str:
    """The topic of a document without a title: its first heading when that heading
    is the only one at its level and above, so that it heads the whole document ("##
    Can a Pod Access a Service in a Different Namespace? If Yes, How?" over every other
    section, asked by its first question); else none. A file name is never a topic: its
    slug ("Devops interview guide service types") names how the file was saved, not what
    it teaches, and a document of several top sections ("Install", "Highlights") has no
    single subject a front could name."""
    headings: dict[int, Heading] = {}
    for item in items:
        for heading in item.headings:
            headings.setdefault(heading.line, heading)
    if not headings:
        return ""
    ordered = sorted(headings.values(), key=lambda h: h.line)
    first = ordered[0]
    if any(h.level <= first.level for h in ordered[1:]):
        return ""
    topic = clean_heading(first.text)
    if "?" in topic:
        topic = topic[: topic.index("?") + 1]  # "… Namespace? If Yes, How?": its first question
    return "" if is_generic_label(topic) else topic


def _title_from_slug(slug: str, text: str) -> str:
    """A title from the file name, each word spelled as the document spells it most."""
    words = []
    lowered = text.lower()
    for word in slug.split("-"):
        spellings: Counter[str] = Counter()
        start = lowered.find(word)
        looked = 0
        while start >= 0 and looked < 1000:  # enough to find the usual spelling
            looked += 1
            before = lowered[start - 1 : start] if start else " "
            after = lowered[start + len(word) : start + len(word) + 1] or " "
            if not before.isalnum() and not after.isalnum():
                spellings[text[start : start + len(word)]] += 1
            start = lowered.find(word, start + 1)
        words.append(spellings.most_common(1)[0][0] if spellings else word)
    title = " ".join(words)
    return title[:1].upper() + title[1:]


def _once(notes: list[Note]) -> list[Note]:
    """A fact asked twice with the same answer (a row of two tables that both list
    `sync.Mutex` with its use case) is one card, at its first place: the second
    teaches nothing the first does not."""
    seen: set[tuple[str, str]] = set()
    kept: list[Note] = []
    for note in notes:
        if isinstance(note, FactNote) and note.front:
            asked = (note.front, note.back)
            if asked in seen:
                continue
            seen.add(asked)
        kept.append(note)
    return kept


# A question's back this short is an opening the list goes on with ("Mutation methods
# modify the array."); a longer one answers on its own.
_OPENING_CHARS = 180
# A line ending on a lead-in ("Mutation methods are:", "… such as,").
_ITEM_LEAD_IN = re.compile(r"[:,]\s*$")
# A list card's item line: its number or bullet, then the item.
_ITEM_LINE = re.compile(r"^(?:\d+\.|•)\s+(.+)$")
# A numbered item past the first: a list that goes on from an earlier one.
_LATER_STEP = re.compile(r"^(?:[2-9]|\d{2,})\.\s")


def _items_on(back: str, answered: Note | None) -> bool:
    """Whether every item of a list card's back is an item line of the answer's back."""
    if not isinstance(answered, FactNote):
        return False
    items = [m.group(1).strip() for line in back.split("\n") if (m := _ITEM_LINE.match(line))]
    if not items:
        return False
    shown = {
        m.group(1).strip() for line in answered.back.split("\n") if (m := _ITEM_LINE.match(line))
    }
    return all(item in shown for item in items)


def _question_listed_again(notes: list[Note]) -> list[Note]:
    """A list card under a question heading that only asks that question again ("Page:
    should X be done?" beside the question's own "Should X be done?") is one note with
    the question's card: its items join the question's back when that back goes on
    with them (it ends on a lead-in or an item of the list, or is only a short opening,
    "Mutation methods modify the array.") and both fit on a card; else the question's
    own answer stands alone (the list's lead-in, which may say "not allowed", is not on
    the list card to carry over). Items ending on a lead-in whose code was dropped
    never join. Never two cards asking the same words with other backs."""
    asked: dict[tuple[str, str], int] = {}
    for position, note in enumerate(notes):
        if isinstance(note, FactNote) and note.type is not NoteType.LIST and note.origin:
            asked.setdefault((note.origin.section, note.front.lower()), position)
    out: list[Note | None] = list(notes)
    for position, note in enumerate(notes):
        if not (isinstance(note, FactNote) and note.type is NoteType.LIST and note.origin):
            continue
        section = note.origin.section
        _, _, rest = note.front.partition(": ")
        question = section.rsplit(" › ", 1)[-1].lower()
        at = asked.get((section, question))
        if at is not None and _items_on(note.back, out[at]):
            # The question's answer took the list its lead-in announced ("Below are the
            # list of methods," and the methods): a list card of it would only ask again.
            out[position] = None
            continue
        if at is None or not question.endswith("?") or rest.lower() != question:
            continue
        answered = out[at]
        assert isinstance(answered, FactNote)
        joined = f"{answered.back}\n{note.back}"
        last = answered.back.rstrip().rsplit("\n", 1)[-1]
        # The list goes on from a back whose last line is a lead-in or one of its items.
        goes_on = (
            bool(_ITEM_LEAD_IN.search(last) or _ITEM_LINE.match(last))
            or len(answered.back) <= _OPENING_CHARS
        )
        dangling = any(_ITEM_LEAD_IN.search(line) for line in note.back.split("\n"))
        # "2. Read the log" after a back ending on "1. …"'s command: a step of numbered
        # steps split by their commands, which the answer left out with its command.
        torn = bool(_LATER_STEP.match(note.back)) and not _ITEM_LINE.match(last)
        if (
            goes_on
            and not dangling
            and not torn
            and note.back not in answered.back
            and len(joined) <= ANSWER_CHARS
        ):
            out[at] = replace(answered, back=joined)
        elif (kind := _cases_of(note.back)) is not None:
            # "For per-pod metrics, …", "For object metrics, …": the items answer the
            # question case by case, which the question's own answer does not; asked
            # by case, they are no second card asking the same words.
            front = f"{note.front.rstrip('?').rstrip()}, for each kind of {kind}?"
            out[position] = replace(note, front=front)
            continue
        out[position] = None
    return [note for note in out if note is not None]


def _parts_answered(notes: list[Note]) -> list[Note]:
    """A card asking one labelled part of an imperative heading's answer ("Define the
    basic components of X." → "Basic components of X: Shell?") when the heading's own
    card, in the same section or the one above, already says that part as a line of its
    back ("Shell: Shell is …"): the part is no second question."""
    by_section: dict[str, list[FactNote]] = {}
    for note in notes:
        if isinstance(note, FactNote) and note.origin:
            by_section.setdefault(note.origin.section, []).append(note)
    kept: list[Note] = []
    for note in notes:
        if isinstance(note, FactNote) and note.origin and note.front.endswith("?"):
            section = note.origin.section
            near = [*by_section.get(section, []), *by_section.get(section.rsplit(" › ", 1)[0], [])]
            if any(
                other is not note
                and not other.front.endswith("?")  # an imperative heading's card
                and _says_part(other, note.front, note.back)
                for other in near
            ):
                continue
        kept.append(note)
    return kept


_PART_LABEL_WORDS = 6  # "Application programs", "top and htop Command": a label, no sentence


def _says_part(question: FactNote, front: str, part: str) -> bool:
    """Whether the ``question`` card's back has a line "<label>: <part>" and ``front``
    is that label asked of the question ("Basic components of X: Shell?")."""
    for line in question.back.split("\n"):
        label, found, said = line.partition(": ")
        if (
            found
            and said == part
            and label.strip()
            and len(label.split()) <= _PART_LABEL_WORDS
            and label_under_question(question.front, label) == front
        ):
            return True
    return False


# An item opening on the case it covers: "For per-pod custom metrics, the controller …".
_CASE_ITEM = re.compile(r"^(?:\d+\.|•)\s+For\s+([^,]{3,80}?)(?:\s*\([^)]*\))?,\s+\S")
_FEWEST_CASES = 2
_SHORT_WORD = 3  # letters: "gas" is no plural to cut


def _cases_of(back: str) -> str | None:
    """The kind every item of a list card is a case of ("metric", from "For per-pod
    resource metrics, …" and "For object metrics and external metrics, …"): the last
    word each item's case ends on; None when an item is no case or they differ."""
    lines = back.split("\n")
    cases = [m.group(1) for line in lines if (m := _CASE_ITEM.match(line))]
    if len(cases) < _FEWEST_CASES or len(cases) != len(lines):
        return None
    heads = {case.split()[-1].lower() for case in cases}
    if len(heads) != 1:
        return None
    head = heads.pop()
    if not head.isalpha():
        return None
    return head[:-1] if head.endswith("s") and len(head) > _SHORT_WORD else head


def _rows_once(notes: list[Note], items: tuple[Located, ...]) -> list[Note]:
    """A table the page repeats under a second heading (the same header, at least half
    of its rows word for word those of an earlier table) makes its facts again under
    fronts that name the other section: a fact from a repeated row with the same
    column and answer as one from the earlier table is dropped; the first keeps its
    place and id. One row two tables share (port 10250 open on control-plane and on
    worker nodes) is a fact of each section and stays."""
    tables: list[tuple[Table, tuple[str, ...], set[tuple[str, ...]]]] = []
    repeated: dict[int, int] = {}  # a repeated row's line -> the earlier table's line
    for item in items:
        table = item.block
        if not isinstance(table, Table):
            continue
        header = tuple(folded(cell) for cell in table.header)
        rows = [tuple(folded(c) for c in row) for row in table.rows]
        for earlier, earlier_header, earlier_rows in tables:
            shared = [row in earlier_rows for row in rows]
            if earlier_header == header and 2 * sum(shared) >= len(rows) > 0:
                for line, same in zip(table.row_lines, shared, strict=False):
                    if same:
                        repeated[line] = earlier.line
                break
        tables.append((table, header, set(rows)))
    if not repeated:
        return notes
    row_of = {
        line: (table.line, row)
        for table, _, _ in tables
        for line, row in zip(table.row_lines, table.rows, strict=False)
    }
    made: set[tuple[int, tuple[str, ...], str, str]] = set()
    kept: list[Note] = []
    for note in notes:
        at = note.origin.line if isinstance(note, FactNote) and note.origin else None
        if isinstance(note, FactNote) and at is not None and at in row_of:
            table_line, row = row_of[at]
            cells = tuple(folded(c) for c in row)
            column = note.id.rsplit("/", 1)[-1]
            if at in repeated and (repeated[at], cells, column, note.back) in made:
                continue
            made.add((table_line, cells, column, note.back))
        kept.append(note)
    return kept


_RENAME_PASSES = 3  # telling notes apart rarely makes a new clash; more never helps


# What a front reads as, for telling alike steps: no article, no code marks, no case.
_ARTICLE = re.compile(r"\b(?:a|an|the)\s+", re.IGNORECASE)
# One manifest's kind and the name under its metadata, in a step's command (``echo '
# kind: Plugin / metadata: / name: rate-limit …' | kubectl apply -f -``).
_KIND_LINE = re.compile(r"^\s*kind:\s*['\"]?([A-Za-z][\w.-]*)['\"]?\s*$", re.MULTILINE)
_METADATA_NAME = re.compile(
    r"^(\s*)metadata:\s*\n(?:\1\s+\S.*\n)*?\1\s+name:\s*['\"]?([\w.:-]+)['\"]?\s*$",
    re.MULTILINE,
)


def _named_objects(notes: list[Note]) -> list[Note]:
    """Steps whose fronts read alike ("How do you create a Plugin resource?" twice)
    but whose commands make different objects: each front names the object its
    manifest makes, after the kind it already says ("How do you create the `Plugin`
    resource `rate-limit`?"). Only a back holding one manifest, whose kind the front
    names, is told apart so; the others are left to the section names."""
    groups: dict[str, list[int]] = {}
    for position, note in enumerate(notes):
        if isinstance(note, FactNote) and note.front:
            loose = _ARTICLE.sub("", note.front.replace("`", "")).lower()
            groups.setdefault(loose, []).append(position)
    out = list(notes)
    for positions in groups.values():
        facts = [(p, n) for p in positions if isinstance(n := out[p], FactNote)]
        if len({note.back for _, note in facts}) < 2:
            continue
        for position, note in facts:
            named = _name_the_object(note.front, note.back)
            if named != note.front:
                out[position] = replace(note, front=named)
    return out


def _name_the_object(front: str, back: str) -> str:
    kinds = _KIND_LINE.findall(back)
    names = _METADATA_NAME.findall(back)
    if len(kinds) != 1 or len(names) != 1:
        return front
    kind, name = kinds[0], names[0][1]
    if name.lower() in front.lower():
        return front
    said = re.search(
        rf"\b(?:(?:a|an|the)\s+)?`?{re.escape(kind)}`?(\s+(?:resource|object))?\b", front
    )
    if said is None:
        return front
    noun = said.group(1) or ""
    return f"{front[: said.start()]}the `{kind}`{noun} `{name}`{front[said.end() :]}"


def _apart(notes: list[Note]) -> list[Note]:
    """No two notes share a front with different backs: such notes are told apart by
    the first heading of their sections that differs ("Troubleshooting: Rollback
    fails (Scenario 6: Migration cutover)?"); notes of one section that still share
    a front are one note whose back holds every answer. Never a counter."""
    for _ in range(_RENAME_PASSES):
        if not _clashing(notes):
            return notes
        notes = _apart_once(notes, rename=True)
    # A renamed front may meet another note's front: the last pass only merges.
    return _apart_once(notes, rename=False) if _clashing(notes) else notes


def _clashing(notes: list[Note]) -> bool:
    backs: dict[str, str] = {}
    for note in notes:
        if (
            isinstance(note, FactNote)
            and note.front
            and backs.setdefault(note.front, note.back) != note.back
        ):
            return True
    return False


def _apart_once(notes: list[Note], *, rename: bool) -> list[Note]:
    # Only fact notes have a front and a back to clash.
    facts: dict[int, FactNote] = {p: n for p, n in enumerate(notes) if isinstance(n, FactNote)}
    groups: dict[str, list[int]] = {}
    for position, note in facts.items():
        if note.front:
            groups.setdefault(note.front, []).append(position)
    out: list[Note | None] = list(notes)
    for front, positions in groups.items():
        if len({facts[p].back for p in positions}) < 2:
            continue
        files = _files_changed_only([facts[p].back for p in positions])
        if files is not None and rename:
            # One step ("Patch your Deployment:") run on different files the page made
            # before it: different steps, each told apart by its own file, never merged
            # as if they were alternatives (the same file's repeats stay one note).
            for file in dict.fromkeys(files):
                members = [p for p, f in zip(positions, files, strict=True) if f == file]
                stem = front[:-1] if front.endswith("?") else front
                mark = "?" if front.endswith("?") else ""
                out[members[0]] = replace(facts[members[0]], front=f"{stem} (using `{file}`){mark}")
                for member in members[1:]:
                    out[member] = None
            continue
        if _names_changed_only([facts[p].back for p in positions]):
            # The same step repeated per section with only its names changed ("Delete
            # your Pod:" / `kubectl delete pod demo-2 …`): one card, at its first place;
            # telling them apart by the section would only teach the section's name.
            for member in positions[1:]:
                out[member] = None
            continue
        if not _LABEL_FRONT.match(front) and _same_answer_explained(
            [facts[p].back for p in positions]
        ):
            # A practice exam asking one question twice (answered alike, explained in
            # other words): one card, at its first place; telling them apart by the
            # question's number would ask the same knowledge twice.
            for member in positions[1:]:
                out[member] = None
            continue
        paths = [_section_path(facts[p]) for p in positions]
        depth = 0
        while (
            all(len(path) > depth for path in paths) and len({path[depth] for path in paths}) == 1
        ):
            depth += 1
        by_part: dict[str, list[int]] = {}
        for position, path in zip(positions, paths, strict=True):
            part = path[depth] if depth < len(path) else ""
            by_part.setdefault(part, []).append(position)
        if not rename:
            by_part = {"": positions}
        titled: dict[str, tuple[str, list[int]]] = {}
        for part, members in by_part.items():
            told = part if part and len(by_part) > 1 else ""
            for deeper, group in _deeper_parts(members, facts, rename).items():
                # Steps of one part in sub-sections of their own are told apart by the
                # sub-heading, never merged as if they were alternatives.
                titled[f"{part}\n{deeper}"] = (deeper or told, group)
        for told, members in titled.values():
            renamed = _told_apart(front, told) if told else front
            first = facts[members[0]]
            backs = list(dict.fromkeys(facts[m].back for m in members))
            if len(backs) > 1 and all(_step_card(facts[m]) for m in members):
                # Two steps of one procedure asking the same ("Restart the worker."
                # over `kubectl rollout restart …`, later over `kubectl delete pods …`)
                # are different steps, never alternatives of one answer: the first
                # stands, as a repeated step does.
                out[members[0]] = replace(first, front=renamed)
                for member in members[1:]:
                    out[member] = None
                continue
            back = backs[0] if len(backs) == 1 else _joined(backs)
            kind = first.type if len(backs) == 1 else NoteType.LIST
            out[members[0]] = replace(first, front=renamed, back=back, type=kind, reverse=False)
            for member in members[1:]:
                out[member] = None
    return [n for n in out if n is not None]


_ANSWER_LINE_CHARS = 200  # a first line this short states the answer its lines explain
# A front asking a section's label ("Queue questions: flow drawing?"): two such parts
# opening alike (a diagram's first box) are two answers, no question asked twice.
_LABEL_FRONT = re.compile(r"^[^:?\n]+: [^:?\n]+\?$")


def _same_answer_explained(backs: list[str]) -> bool:
    """Whether every back opens on the same short answer line and goes on to explain it
    ("C: Terraform Cloud" then a paragraph): one answer, only worded apart after it."""
    firsts = {back.split("\n", 1)[0].strip() for back in backs}
    first = next(iter(firsts))
    return (
        len(firsts) == 1
        and 0 < len(first) <= _ANSWER_LINE_CHARS
        and not first.startswith("•")
        and not first.endswith(":")
        and all(_explains(back.strip().partition("\n")[2]) for back in backs)
    )


def _explains(rest: str) -> bool:
    """Whether the lines after an answer's first are prose explaining it (most end a
    sentence), not more code: two steps opening on one command are two steps."""
    lines = [line.strip() for line in rest.split("\n") if line.strip()]
    sentences = sum(1 for line in lines if line.endswith((".", "!", "?")))
    return bool(lines) and 2 * sentences >= len(lines)


# A back that is prose: a sentence's end, or a list's bullets.
_PROSE_BACK = re.compile(r"[.!?:]$|^•", re.MULTILINE)


def _step_card(note: FactNote) -> bool:
    """Whether ``note`` is a step: its action asked ("How do you …?") and its own code
    block (no sentence, no list) the answer."""
    return note.front.startswith(STEP_FRONT) and not _PROSE_BACK.search(note.back.strip())


def _deeper_parts(
    members: list[int], facts: dict[int, FactNote], rename: bool
) -> dict[str, list[int]]:
    """Members of one part grouped by the first sub-heading at which their sections
    differ ("" for a member in the part's own section); one group when they all sit in
    one section, share one back, or only merging is left."""
    paths = [_section_path(facts[m]) for m in members]
    if not rename or len({facts[m].back for m in members}) < 2 or len(set(map(tuple, paths))) < 2:
        return {"": members}
    depth = 0
    while all(len(path) > depth for path in paths) and len({path[depth] for path in paths}) == 1:
        depth += 1
    groups: dict[str, list[int]] = {}
    for member, path in zip(members, paths, strict=True):
        groups.setdefault(path[depth] if depth < len(path) else "", []).append(member)
    return groups


_NAME_STEM = 3  # characters a changed name keeps in common ("memory-demo", "memory-demo-2")
_CHANGED_NAMES = 2  # words that may differ between repeats of one step


def _names_changed_only(backs: list[str]) -> bool:
    """Whether the backs are one answer with only some names changed: the same words in
    the same order but for at most two, each of which starts alike in every back."""
    split = [back.split() for back in dict.fromkeys(backs)]
    if len(split) < 2 or len({len(words) for words in split}) != 1:
        return False
    changed = [column for column in zip(*split, strict=True) if len(set(column)) > 1]
    if not changed or len(changed) > _CHANGED_NAMES or len(changed) == len(split[0]):
        return False
    return all(
        len(column[0]) >= _NAME_STEM
        and all(word[:_NAME_STEM] == column[0][:_NAME_STEM] for word in column)
        and not any(word.isdigit() for word in column)
        for column in changed
    )


# A file a command reads ("--patch-file patch-file-tolerations.yaml", "-f=app.json").
_FILE_NAME = re.compile(
    r"(?:^|[=:/])([\w.-]+\.(?:ya?ml|json|toml|ini|conf|cfg|xml|txt|csv|sql|sh|py|env|tf))$"
)


def _files_changed_only(backs: list[str]) -> list[str] | None:
    """The file each back reads when the backs are one command but for the files it is
    given (one word each, a file name with its extension), in the order of ``backs``;
    None for any other difference."""
    split = [back.split() for back in backs]
    if len({len(words) for words in split}) != 1 or len(set(backs)) < 2:
        return None
    changed = [n for n, column in enumerate(zip(*split, strict=True)) if len(set(column)) > 1]
    if len(changed) != 1:
        return None
    files: list[str] = []
    for words in split:
        match = _FILE_NAME.search(words[changed[0]])
        if match is None:
            return None
        files.append(match.group(1))
    return files


def _section_path(note: Note) -> list[str]:
    section = note.origin.section if note.origin is not None else ""
    return [part for part in section.split(" › ") if part]


def _told_apart(front: str, part: str) -> str:
    if part.rstrip("?") in front:
        return front
    stem, mark = (front[:-1], "?") if front.endswith("?") else (front, "")
    return f"{stem} ({part.rstrip('?')}){mark}"


def _joined(backs: list[str]) -> str:
    """Several answers as one list back (answers already lists stay items)."""
    lines: list[str] = []
    for back in backs:
        if back.startswith("• ") or (back[:1].isdigit() and back[1:3] in (". ", ") ")):
            lines.extend(back.split("\n"))
        else:
            lines.append("• " + back.replace("\n", "\n  "))
    return "\n".join(lines)


def _unique_ids(notes: Iterable[Note]) -> tuple[Note, ...]:
    """Suffix repeated ids with ``-2``, ``-3``… in document order."""
    seen: set[str] = set()
    next_number: dict[str, int] = {}
    out: list[Note] = []
    for note in notes:
        note_id = note.id
        number = next_number.get(note.id, 2)
        while note_id in seen:
            note_id = f"{note.id}-{number}"
            number += 1
        next_number[note.id] = number
        seen.add(note_id)
        out.append(note if note_id == note.id else replace(note, id=note_id))
    return tuple(out)


def build_deck(text: str, document: str, *, slug: str | None = None) -> Deck:
    """Build the deck of one Markdown document.

    ``text`` is the document as decoded text (it is repaired here); ``document`` is
    its path as the deck and every note's origin should name it; ``slug`` defaults
    to the slug of the file name.
    """
    return _built_deck(text, document, slug=slug).deck


@dataclass(frozen=True)
class _Built:
    """A document's deck and what ``quizkit build`` tells the user about it."""

    deck: Deck
    # The author's questions (line, question) that had an answer on the page and
    # still made no card.
    unasked: tuple[tuple[int, str], ...]
    # Why the deck has no note, in a few words ("" when it has some).
    why_empty: str
    # Front matter holding a title that is no YAML: (line, what is wrong).
    front_matter_problem: tuple[int, str] | None = None


def _built_deck(text: str, document: str, *, slug: str | None = None) -> _Built:
    """:func:`build_deck`, with what ``quizkit build`` warns about (see :class:`_Built`):
    the author's answered questions that made no card, why a deck has no note, and
    front matter that is no YAML."""
    deck_slug = slug or slugify(Path(document).stem, "deck")
    repaired = repair_text(text)
    parsed = parse_document(repaired)
    title = clean_heading(parsed.title) or clean(parsed.front_matter_title).replace("\n", " ")
    written_title = title  # never one made from the file name (see below)
    # The deck needs a title, the fronts do not: a title made from the file name names
    # no subject a learner could answer about, so it is never the topic.
    compared, compared_under = _compared(parsed)
    if title:
        topic = _topic(compared, title)
    else:
        title = _title_from_slug(deck_slug, text)
        # The entities a file name and a comparison table both name are the subject
        # ("ClusterIP vs NodePort vs LoadBalancer"), the file name itself never is.
        topic = _topic(compared, title) if compared else ""
        topic = (topic if topic != title else "") or _topic_from_headings(parsed.items)
    subject = document_subject(title, repaired) if written_title else ""
    legend = _legend(parsed)
    ctx = Context(
        document=document,
        topic=topic,
        compared=compared,
        compared_under=compared_under,
        legend=legend,
        items=parsed.items,
        table_ordinals=table_ordinals(parsed.items),
        footnotes=parsed.footnotes,
        proper_names=proper_names(repaired),
        commands=command_names(repaired),
        title=written_title,
        file_title="" if written_title else title,
        page_subject=subject,
    )
    notes: list[Note] = []
    unasked: list[tuple[int, str]] = []
    skipped: Counter[Skip] = Counter()
    # A table a legend in prose explains reads its cells with that legend.
    explained = {
        index: replace(ctx, legend=symbols, column_legends=columns)
        for index, (symbols, columns) in _table_legends(parsed, legend).items()
    }
    for index, item in enumerate(parsed.items):
        made: Made = None
        for rule in rules_for(type(item.block)):
            made = rule(explained.get(index, ctx), index)
            if made is not None:
                break
        if isinstance(made, tuple):
            notes.extend(made)
        elif isinstance(made, Skipped):
            skipped[made.reason] += 1
        block = item.block
        # A question a rule left out on purpose (Skipped: a walkthrough's check, an
        # answer that only points elsewhere) is no missed card; one no rule claimed, or
        # whose rule could make nothing of its answer (``()``), is.
        missed = made is None or made == ()
        if isinstance(block, Question) and missed and _answered(block):
            unasked.append((block.line, " ".join(block.text.split())))
    notes = _first_sentences(notes)
    notes = _badges_last(notes)
    notes = _steps_out_of_sequence(notes)
    # Ids are made unique before the last check so that dropping a note never renames
    # a kept one ("x-2" stays "x-2" when "x" goes).
    notes = _one_step_per_command(notes)
    notes = _question_listed_again(notes)
    notes = _parts_answered(notes)
    notes = _rows_once(notes, parsed.items)
    kept = last_check(_unique_ids(_apart(_named_objects(_once(notes))))).kept
    # A page titled only "FAQs" asks of a product its fronts never name: once the ids
    # are made (they stay what they were) and the last check has read the fronts as
    # the rules wrote them ("FAQ: …" lists go), each front names it.
    named = tuple(name_subject(list(kept), subject, repaired))
    if not subject and written_title:
        # A collection about one subject ("PostgreSQL Questions") asks most questions
        # of it by name; those asking with a generic noun and naming nothing ("What are
        # the backup methods?") are asked of it.
        single = collection_subject(written_title, repaired)
        named = tuple(
            name_collection_subject(
                list(named), single, repaired, ctx.proper_names, title=written_title
            )
        )
    # A collection grouped by product ("## Section: Amazon S3") asks the questions that
    # name nothing ("Consistency model today?") of the section's product.
    named = tuple(name_section_subjects(list(named), repaired))
    # "Arguments: …", "Overview: …": a section's generic name is no subject; the page's
    # own name stands for it, after the ids are made (they stay what they were).
    named = tuple(name_generic_sections(list(named), page_name(written_title, subject)))
    deck = Deck(slug=deck_slug, title=title, notes=named, source=document)
    why = ""
    if not named:
        why = _why_empty(len(parsed.items), len(notes), skipped, len(unasked))
        if not text.strip():
            why = "the document is empty"
    return _Built(deck, tuple(unasked), why, parsed.front_matter_problem)


# What a deliberate skip is called when a document gave no card because of them.
_SKIPPED_NOUNS = {
    Skip.POINTER: "link-only answer",
    Skip.WALKTHROUGH_CHECK: "walkthrough check",
    Skip.NAVIGATION: "link or contents block",
    Skip.UNWRITTEN: "answer not written yet",
}


def _why_empty(blocks: int, made: int, skipped: Counter[Skip], unasked: int) -> str:
    """One line saying why a document gave no note: ``blocks`` read, ``made`` notes the
    rules made before the last check, ``skipped`` blocks left out on purpose (by
    reason) and ``unasked`` answered questions that made no card."""
    if not blocks:
        return "the document has no text below its headings"
    if made:
        return (
            f"the last check dropped every note the rules made ({made}): text a card "
            "cannot show cleanly, or a note asked twice"
        )
    if unasked:
        return f"{plural(unasked, 'answered question')} made no card (see the warnings above)"
    if skipped:
        parts = ", ".join(plural(n, _SKIPPED_NOUNS[reason]) for reason, n in skipped.items())
        return f"everything it asks is left out on purpose ({parts})"
    return (
        f"the card rules found nothing to ask in its {plural(blocks, 'block')} "
        "(no question, table, list or key sentence they read)"
    )


# The words of a command that name what it acts on (no option): the program, its
# subcommands, then the object's name.
_WORDS_BEFORE_NAME = 3


def _one_step_per_command(notes: list[Note]) -> list[Note]:
    """A step repeated with only the object's name changed ("Change the current context
    to `exp-test`:" then "… to `dev-storage`:" over the same one-line command, its last
    word the name) teaches the command once: the first card stays, and a later one whose
    front only names its other object goes. The name must be the command's last plain
    word after at least its program and two subcommands (`kubectl get pods` / `kubectl
    get nodes` are two steps)."""
    firsts: list[tuple[list[str], int]] = []  # each kept step's plain words, position
    out: list[Note] = []
    for note in notes:
        if not (
            isinstance(note, FactNote)
            and note.front.startswith(STEP_FRONT)
            and note.back
            and "\n" not in note.back
        ):
            out.append(note)
            continue
        words = note.back.split()
        plain = [at for at, word in enumerate(words) if not word.startswith("-")]
        renamed = False
        for earlier, last in firsts:
            if len(earlier) != len(words) or not plain or plain[-1] != last:
                continue
            differ = [at for at, (a, b) in enumerate(zip(earlier, words, strict=True)) if a != b]
            name = words[last].strip("'\"")
            if (
                differ == [last]
                and len(plain) > _WORDS_BEFORE_NAME
                and "=" not in name
                and re.search(rf"(?<![\w-]){re.escape(name)}(?![\w-])", note.front)
            ):
                renamed = True
                break
        if renamed:
            continue
        if plain:
            firsts.append((words, plain[-1]))
        out.append(note)
    return out


def _answered(block: Question) -> bool:
    """Whether the page gives the question an answer: some words under it (a question
    left to the reader, with nothing below it, is no missed card)."""
    said: list[str] = []
    for answer in (*block.answer, *block.more):
        if isinstance(answer, ListBlock):
            said.extend(answer.items)
        elif isinstance(answer, Table):
            said.extend(cell for row in answer.rows for cell in row)
        else:
            said.append(getattr(answer, "text", ""))
    return len(re.findall(r"[^\W_]{2,}", " ".join(said))) >= 2


# A version badge opening an answer ("Requires v0.10.0", "Since 2.3", "New in v1.4"):
# a condition on the answer, not its first sentence.
_BADGE = re.compile(
    r"^(?:requires|since|new in|added in|available (?:in|since)|introduced in)"
    r"\s+(?:version\s+)?v?\d+(?:\.\d+)*(?:[-+.]\w+)?\+?$",
    re.IGNORECASE,
)


# "You can then get the ReplicaSets:" asked as "How do you then get …?": the step's
# place in its walkthrough is no part of the task it asks.
_HOW_THEN = re.compile(
    r"^((?:.*: )?[Hh]ow do (?:you|I|we) )(?:then|now|next|also|finally|first|simply|just) "
    r"(?=[a-z])"
)


def _steps_out_of_sequence(notes: list[Note]) -> list[Note]:
    """Fronts asking "How do you then/now/next …?" without the sequence word."""
    return [
        replace(note, front=_HOW_THEN.sub(r"\1", note.front))
        if isinstance(note, FactNote) and _HOW_THEN.match(note.front)
        else note
        for note in notes
    ]


def _badges_last(notes: list[Note]) -> list[Note]:
    """A fact's back opening on a version badge line keeps the badge as a closing
    "(requires v0.10.0)": the answer opens on its first sentence, and the version it
    needs stays part of what is true."""
    out: list[Note] = []
    for note in notes:
        if isinstance(note, FactNote) and "\n" in note.back:
            first, rest = note.back.split("\n", 1)
            badge = first.strip().rstrip(".")
            if _BADGE.match(badge) and rest.strip():
                badge = badge[:1].lower() + badge[1:]
                # After a back of several lines (a fix and its commands) the badge
                # goes on a line of its own: at the end of a command it would read as
                # part of the command.
                apart = "\n" if "\n" in rest.strip() else " "
                note = replace(note, back=f"{rest.rstrip()}{apart}({badge})")
        out.append(note)
    return out


# Prose cloze notes of one section (the id's part before "/paragraph-"), at most.
_CLOZES_PER_SECTION = 4


def _first_sentences(notes: list[Note]) -> list[Note]:
    """One cloze note per sentence: a document that says the same sentence twice (an
    intro repeated as the closing line) would otherwise ask it twice under two ids; the
    first place it is said keeps the note (its id stays what it was). A sentence another
    note's back already holds makes none, and a section gives at most
    :data:`_CLOZES_PER_SECTION` prose clozes."""
    seen: set[str] = set()
    # A sentence another note already asks (a tip's back, an answer holding it) makes
    # no cloze of its own: the learner would be asked it twice.
    asked = " ".join(
        " ".join(note.back.split()) for note in notes if isinstance(note, FactNote) and note.back
    )
    out: list[Note] = []
    per_section: Counter[str] = Counter()
    for note in notes:
        if isinstance(note, ClozeNote):
            said = " ".join(cloze.reveal(note.text).split())
            # Without the context it carries ("Page: …", "Heading: …"): the sentence.
            bare = said.partition(": ")[2]
            if note.text in seen or said in asked or (bare and bare in asked):
                continue
            section, prose, _ = note.id.rpartition("/paragraph-")
            if prose:
                # A long section of prose gives its first key sentences, not dozens.
                per_section[section] += 1
                if per_section[section] > _CLOZES_PER_SECTION:
                    continue
            seen.add(note.text)
        out.append(note)
    return out


def find_documents(paths: Sequence[str | Path]) -> list[Path]:
    """Files named explicitly (whatever their suffix) and the Markdown files of folders
    (``*.md``, ``*.markdown``; not hidden ones, not in subfolders), sorted per folder.

    Raises :class:`SourceError` for a missing path or a folder with no document, with
    every such path in ``problems``."""
    problems: list[SourceError] = []
    found = _found_documents(paths, problems)
    if problems:
        raise _every(problems)
    return found


def _found_documents(paths: Sequence[str | Path], problems: list[SourceError]) -> list[Path]:
    """:func:`find_documents`, each path it cannot use added to ``problems``."""
    found: list[Path] = []
    for raw in paths:
        path = Path(raw)
        if path.is_dir():
            documents = sorted(
                p
                for p in path.iterdir()
                if p.suffix.lower() in MARKDOWN_SUFFIXES
                and not p.name.startswith(".")  # editor locks and backups
                and p.is_file()
            )
            if not documents:  # a wrong folder, or documents one level further down
                problems.append(
                    SourceError(
                        "no Markdown documents (*.md, *.markdown) in this folder; "
                        "subfolders are not searched",
                        file=str(raw),
                    )
                )
            found.extend(documents)
        elif path.exists():  # a FIFO or device too: read_source refuses it in one line
            found.append(path)
        else:
            problems.append(SourceError("no such file or folder", file=str(raw)))
    return found


def _every(problems: list[SourceError]) -> SourceError:
    """One error standing for ``problems`` (at least one): the first, with all of them."""
    first = problems[0]
    if len(problems) == 1:
        return first
    return SourceError(
        first.message, file=first.file, line=first.line, field=first.field, problems=problems
    )


def _document_name(path: Path, root: Path) -> str:
    """``path`` relative to ``root`` (already resolved), else as given."""
    try:
        relative = os.path.relpath(path.resolve(), root)
    except ValueError:  # another drive on Windows
        return path.as_posix()
    if relative.startswith(".."):
        return path.as_posix()
    return Path(relative).as_posix()


class _Names:
    """:func:`_document_name` of many documents, each folder resolved once: a file
    that is no symlink resolves to its resolved folder joined with its name."""

    def __init__(self, root: Path) -> None:
        self.root = root.resolve()
        # Folder → the prefix of its documents' names ("", "data/"), None when the
        # folder is not below the root (the general case then).
        self.prefixes: dict[Path, str | None] = {}

    def _prefix(self, folder: Path) -> str | None:
        try:
            relative = os.path.relpath(folder.resolve(), self.root)
        except ValueError:  # another drive on Windows
            return None
        if relative.startswith(".."):  # outside the root, or the root inside a document
            return None
        return "" if relative == "." else Path(relative).as_posix() + "/"

    def name(self, path: Path) -> str:
        try:
            general = path.name in ("", ".", "..") or path.is_symlink()
        except OSError:
            general = True
        if general:
            return _document_name(path, self.root)
        parent = path.parent
        if parent in self.prefixes:
            prefix = self.prefixes[parent]
        else:
            prefix = self.prefixes[parent] = self._prefix(parent)
        if prefix is None:
            return _document_name(path, self.root)
        if not prefix and path.name.startswith(".."):
            return path.as_posix()
        return prefix + path.name


def build_decks(
    paths: Sequence[str | Path], *, root: str | Path | None = None, report: Report | None = None
) -> list[Deck]:
    """Build one deck per Markdown document found in ``paths`` (files or folders).

    Each deck's ``source`` and each note's origin name the document relative to
    ``root`` (the current directory by default), e.g. ``data/clusterip-vs-nodeport.md``.
    Raises :class:`SourceError` for a missing, binary or undecodable file, or when
    two documents would make decks with the same slug: every such document is
    checked first and named in the error's ``problems``, and then no deck is built.
    A scenario the evaluator cannot grade is left out and ``report`` gets one line
    saying where and why.
    """
    names = _Names(Path(root) if root is not None else Path.cwd())
    # Every document is read and checked before any is built: a build with bad
    # documents names each of them (one problem a line) and builds nothing, so the
    # user fixes them all in one go and no deck is written from half the sources.
    problems: list[SourceError] = []
    texts: list[tuple[str, str]] = []  # (name, text) of the good documents
    owners: dict[str, str] = {}
    for path in _found_documents(paths, problems):
        name = names.name(path)
        problem = encoding_problem(name)
        if problem is not None:  # the deck file names its source as UTF-8 text
            problems.append(
                SourceError(f"the file name {problem}; rename the file", file=one_line(name))
            )
            continue
        try:
            text = read_source(path, name)
        except SourceError as exc:
            problems.append(exc)
            continue
        slug = slugify(Path(name).stem, "deck")  # as build_deck names it
        if slug in owners:
            problems.append(
                SourceError(
                    f"makes deck {slug!r}, as {owners[slug]} does; rename one of them", file=name
                )
            )
            continue
        owners[slug] = name
        texts.append((name, text))
    if problems:
        raise _every(problems)
    decks: list[Deck] = []
    for name, text in texts:
        built = _built_deck(text, name)
        deck, unasked = built.deck, built.unasked
        if report is not None and built.front_matter_problem is not None:
            line, problem = built.front_matter_problem
            report(
                f"{name}:{line}: the front matter is not YAML ({problem}); its title is not used"
            )
        if report is not None:
            # The author asked and answered, and no card asks it: worth a look (a shape
            # the card rules do not read yet, or an answer they judged no answer).
            for line, question in unasked:
                report(f"{name}:{line}: the author's question made no card: {question}")
        deck = runnable_deck(deck, report)
        if report is not None and not deck.notes:
            # An empty deck is still written (importing it retires the cards the
            # document once gave); the user is told why it is empty.
            why = built.why_empty or "its scenarios cannot be graded (see the warnings above)"
            report(f"{name}: no cards: {why}")
        decks.append(deck)
    # Every document scenario also yields seeded variations, in a deck of their own.
    variations = scenario_deck(decks, report=report)
    if variations is not None:
        if variations.slug in owners:
            raise SourceError(
                f"makes deck {variations.slug!r}, the name of the generated scenario deck; "
                "rename the document",
                file=owners[variations.slug],
            )
        decks.append(variations)
    return decks


def write_decks(decks: Iterable[Deck], out_dir: str | Path) -> list[Path]:
    """Write each deck to ``out_dir/<slug>.yaml``, all of them or none; returns the files.

    Each goes through a uniquely named temporary file, and no deck file is
    replaced before every one is on disk (see :func:`quizkit.inputs.write_files`).
    """
    out = Path(out_dir)
    try:
        out.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise SourceError(f"cannot create folder: {exc.strerror or exc}", file=str(out)) from exc
    files = [(out / f"{deck.slug}.yaml", dumps_deck(deck)) for deck in decks]
    try:
        write_files(files)
    except WriteFailed as exc:
        done = (
            "deck files written before it: " + ", ".join(str(p) for p in exc.written)
            if exc.written
            else "no deck file was changed"
        )
        raise SourceError(f"cannot write: {exc.strerror}; {done}", file=str(exc.path)) from exc
    return [path for path, _ in files]
