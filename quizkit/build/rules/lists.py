"""Rules for lists: legends, unanswered-question, chat-offer, further-reading and
catalogue lists (no card), golden rules, ``X → Y`` pairs, term and labelled lists."""

from __future__ import annotations

import re
import textwrap
from collections.abc import Sequence
from dataclasses import replace
from typing import TypeVar

from quizkit.build.cloze import example_names, key_statement, spelled_out_beside, with_topic
from quizkit.build.markdown import (
    PROBLEM_TITLE,
    Code,
    Heading,
    ListBlock,
    OutlineItem,
    Paragraph,
    Question,
    Table,
    fix_question,
    question_text,
)
from quizkit.build.subject import generic_title
from quizkit.build.text import (
    SENTENCE_GAP,
    YES,
    attribute_phrase,
    checklist_mark,
    clean,
    clean_heading,
    slugify,
    subject_of,
)
from quizkit.cloze import problem as cloze_problem
from quizkit.notes import ClozeNote, FactNote, Note, NoteType

from .common import (
    _ACTION_VERBS,
    _CODE_SPAN,
    _ITEM_LINE_START,
    _KIND_ONLY_LABEL,
    _LEANING_OPENING,
    _SENTENCE_END,
    Context,
    _entity_name,
    _fact,
    _how_to_gerund,
    _question,
    _sentence,
    _symptom_checks,
    announced_kind,
    bold_title,
    is_generic_label,
    noun_compound,
    topic_question,
    topic_title,
)
from .knowledge import code_output_table
from .questions import (
    ANSWER_CHARS,
    _answer_after_example,
    _content_words,
    _leans_on_parent,
    _section_blocks,
)
from .scenarios import _SHELL
from .shell import _how_do_you

_LEGEND_ITEM = re.compile(r"^(\S{1,3}?)(?:\s+(?P<sep>[-–—:=]\s+)?|(?P<colon>:)\s+)(.+)$")
_ASCII = 127
_RULE_HEADINGS = ("rule", "best practice", "principle", "guideline", "commandment")
_ARROWS = ("→", "->", "=>", "⟶")
_TERM_ITEM = re.compile(r"^\"?(`[^`]{1,60}`|\"[^\"]{1,60}\")\"?\s*:\s+(.+)$", re.DOTALL)
_OFFER = ("if you want", "if you'd like", "i can also", "would you like", "let me know")
_KNOWN_LABELS = {
    "what it is": "What is {s}?",
    "how it works": "How does {s} work?",
    "when to use": "When to use {s}?",
    "when not to use": "When not to use {s}?",
}
# Lead-ins that only point at what follows ("Here's how it works:", "For example:").
_LEAD_IN_GENERIC = (
    " here",
    " for example",
    " for instance",
    " example",
    " the following",
    " as follows",
    " below",
    " e.g",
    " this is",
    " these are",
    " you should see",
    " you'll see",
    " you will see",
    " output",
    " like this",
)
_STATED_LEAD_IN = 6  # words: a generic lead-in this long also states something
_LEAD_IN_SKIP = ("in ", "for ", "the ", "this ", "these ", "here", "below", "following", "if ")


def parse_legend(items: tuple[str, ...], terms: tuple[str, ...] = ()) -> dict[str, str] | None:
    """``✓ - supported`` lines as {symbol: "Supported"}, or None when not a legend.

    A lone item under a bold label that opens on a mark ("- **🚀 Firewall Manager:**
    Firewall Manager is …", ``terms`` holding the label) is a note of the bullets
    titled with an emoji: its words must never become what "🚀" means in the tables."""
    if len(items) == 1 and terms[:1] and terms[0]:
        return None
    legend: dict[str, str] = {}
    for item in items:
        match = _LEGEND_ITEM.match(item.strip())
        if match is None:
            return None
        symbol, meaning = match.group(1).replace("\ufe0f", ""), match.group(4).strip()
        if any(c.isalnum() for c in symbol):
            return None
        if not match.group("sep") and not all(ord(c) > _ASCII for c in symbol):
            return None  # "✅ Built in" needs no dash; "* note" or "-> next" is no legend
        if symbol in legend:
            # "✅ You want a built-in UI", "✅ You need sleep/wake": one mark ticking
            # every item is a checklist; a legend gives each mark one meaning.
            return None
        legend[symbol] = meaning[:1].upper() + meaning[1:]
    return legend or None


_LEGEND_PART = re.compile(r"^(\S{1,3})\s+(?:[-–—:=]\s+)?(\w.*)$")


def parse_legend_line(text: str) -> dict[str, str] | None:
    """A one-line legend paragraph ("✅ Supported, ⁉️ Possible with manual effort, ❌ Not
    supported") as {symbol: meaning}, or None when the line is not a legend.

    Every comma- or semicolon-separated part must open with a symbol (no letter or digit)
    and at least two parts must be there, so an ordinary sentence never reads as one.
    """
    if "\n" in text.strip():
        return None
    parts = [part.strip() for part in re.split(r"[,;·|]", text) if part.strip()]
    if len(parts) < 2:
        return None
    legend: dict[str, str] = {}
    for part in parts:
        match = _LEGEND_PART.match(part)
        if match is None:
            return None
        symbol, meaning = match.group(1).replace("\ufe0f", ""), match.group(2).strip()
        if not symbol or any(c.isalnum() for c in symbol):
            return None
        legend[symbol] = meaning[:1].upper() + meaning[1:]
    return legend


# "`+` means the feature is supported", "X = yes", "✓ stands for available": one symbol
# given its meaning in a sentence. A symbol is a code span or a mark without letters or
# digits; a bare letter only as a capital other than "A" and "I" (words of their own),
# and "N/A". "blank means …" gives an empty cell its meaning.
_PROSE_SYMBOL = (
    r"(?:`(?P<code>[^`\s]{1,5})`|(?P<mark>[^\w\s`*_\[\](),.;:'\"]{1,3})|"
    r"(?P<letter>\b(?:[B-HJ-Z]|N/A)\b)|(?P<blank>\b(?:blank|empty)(?:\s+cells?)?))"
)
_PROSE_LEGEND = re.compile(
    rf"^{_PROSE_SYMBOL}\s+(?:means?|stands?\s+for|indicates?|denotes?|=)\s+(?P<meaning>\S.*)$",
    re.IGNORECASE,
)
# "For the `Optional` column, …": the sentence's symbols mean this only in that column.
_FOR_COLUMN = re.compile(
    r"^for\s+(?:the\s+)?[`*_\"]*(?P<column>[^`*_\",]{1,30}?)[`*_\"]*\s+columns?\s*,\s*(?P<rest>.+)$",
    re.IGNORECASE,
)
# "the feature is supported", "it is not supported", "that the status is …": the words
# before the state only say what a cell is of.
_MEANING_LEAD = re.compile(
    r"^(?:that\s+)?(?:(?:the|this|a|an)\s+(?:\w+\s+){0,2}?\w+|it|they)\s+"
    r"(?:(?:is|are|was|has\s+been)\s+|(?=(?:does|do|can|cannot|will|has|have)\b))",
    re.IGNORECASE,
)
_MEANING_WORDS = 8  # a longer "meaning" is a sentence about the symbol, not its meaning
_BLANK = ""  # the key of an empty cell's meaning


def _prose_legend_parts(text: str) -> dict[str, str]:
    """The symbols of comma- or semicolon-separated clauses ("`+` means supported, `-`
    means not supported"), each with its meaning; {} when a clause gives no symbol one."""
    legend: dict[str, str] = {}
    for part in re.split(r"[,;]\s+(?:and\s+|or\s+)?", text):
        match = _PROSE_LEGEND.match(part.strip().rstrip("."))
        if match is None:
            continue
        meaning = _MEANING_LEAD.sub("", match.group("meaning").strip()).strip()
        if not meaning or len(meaning.split()) > _MEANING_WORDS:
            continue
        symbol = (
            _BLANK
            if match.group("blank")
            else (match.group("code") or match.group("mark") or match.group("letter"))
        )
        if symbol and any(c.isalnum() for c in symbol) and not re.fullmatch(r"[A-Z]|N/A", symbol):
            continue  # "`-n` means namespace" names a flag, no mark
        legend.setdefault(symbol.replace("\ufe0f", ""), meaning[:1].upper() + meaning[1:])
    return legend


def parse_legend_prose(text: str) -> tuple[dict[str, str], dict[str, dict[str, str]]]:
    """A legend written as sentences above a table ("`+` means the feature is supported,
    `-` means it is not supported, blank cell means the status is not known."): the
    symbols it explains for the whole table ({"+": "Supported", "-": "Not supported"}),
    and those a sentence explains for one column only ("For the `Optional` column, `X`
    means the feature is optional, blank means it is required": {"Optional": {"X":
    "Optional", "": "Required"}}). A blank ("") means something only in a column."""
    table: dict[str, str] = {}
    columns: dict[str, dict[str, str]] = {}
    for sentence in SENTENCE_GAP.split(" ".join(text.split())):
        column = _FOR_COLUMN.match(sentence.strip())
        if column:
            found = _prose_legend_parts(column.group("rest"))
            if found:
                columns.setdefault(column.group("column").strip(), {}).update(found)
            continue
        for symbol, meaning in _prose_legend_parts(sentence).items():
            if symbol != _BLANK:
                table.setdefault(symbol, meaning)
    return table, columns


def parse_legend_sentences(
    items: tuple[str, ...],
) -> tuple[dict[str, str], dict[str, dict[str, str]]] | None:
    """A list of legend sentences ("- `+` means the feature is supported", "- `-` means
    it is not supported"), read as :func:`parse_legend_prose` reads a paragraph; None
    unless most of its items explain a symbol (a list that mentions one is no legend)."""
    parsed = [parse_legend_prose(text) for text in items]
    if 2 * sum(1 for symbols, columns in parsed if symbols or columns) <= len(parsed):
        return None
    table: dict[str, str] = {}
    columns: dict[str, dict[str, str]] = {}
    for symbols, by_column in parsed:
        for symbol, meaning in symbols.items():
            table.setdefault(symbol, meaning)
        for column, meanings in by_column.items():
            columns.setdefault(column, {}).update(meanings)
    return table, columns


# What a legend's item says and a checklist's never does: a state in words ("✅ Yes",
# "❌ Not supported", "✘ Unavailable", "☐ Unknown"), not the name of a thing.
_STATE_WORDS = re.compile(
    r"^(?:yes|no|not|non|never|none|without|n/a|partial(?:ly)?|supported|available|"
    r"un\w*(?:ed|able|own))\b",
    re.IGNORECASE,
)
_CHECKLIST_NAME_WORDS = 4  # "Production", "Windows Server 2022": a name, no sentence
_CHECKLIST_LABEL_WORDS = 6
_CHECKLIST_SHOWN = 6  # candidates a front names; past that the back alone lists them


def checklist_items(items: Sequence[str]) -> tuple[tuple[str, str], ...] | None:
    """A checklist's items as (mark, name) pairs ("🚫 Production" → ("No",
    "Production")), or None unless every item (two or more) opens on a yes/no mark
    before a short name (up to four words, no sentence, no separator after the mark).
    A list whose marks are explained in words ("✅ Supported", "❌ Not supported") is a
    legend, no checklist."""
    if len(items) < 2:
        return None
    marked: list[tuple[str, str]] = []
    for item in items:
        mark, words = checklist_mark(item)
        name = clean(words).replace("\n", " ").strip()
        # "Linux (planned, not implemented)": the remark goes with the name, the
        # name alone is what must be short.
        core = _REMARK.sub("", name).strip()
        if not mark or not core or len(core.split()) > _CHECKLIST_NAME_WORDS:
            return None
        if core[0] in "-–—=:" or core[-1] in ".;:!?" or _STATE_WORDS.match(core):
            return None
        marked.append((mark, name))
    return tuple(marked)


_REMARK = re.compile(r"\s*\([^()]*\)$")


def _mixed(marked: Sequence[tuple[str, str]]) -> bool:
    """Whether a checklist ticks some items and crosses others out: only then do its
    marks say which; one mark on every item ("❌" under "Should NOT be used for:")
    only repeats its label."""
    return len({mark for mark, _ in marked}) > 1


def _checklist_label(ctx: Context, index: int) -> str | None:
    """The bold label a checklist stands under ("**Runs In**"), "" when it opens its
    section right under a heading, None when anything else leads in: a question above
    it ("Which of these …?", "**Q:** …") makes it a multiple choice, not a checklist."""
    item = ctx.items[index]
    before = ctx.items[index - 1] if index else None
    if before is None or before.headings != item.headings:
        heading = ctx.nearest_heading(index)
        return "" if heading and not question_text(heading) else None
    block = before.block
    if not isinstance(block, Paragraph) or not block.label:
        return None
    text = clean(block.text).replace("\n", " ").strip()
    if clean(block.label).strip() != text or text.endswith("?"):
        return None
    if question_text(ctx.nearest_heading(index)):
        return None
    label = text.rstrip(":").strip()
    return label if 0 < len(label.split()) <= _CHECKLIST_LABEL_WORDS else None


def _mixed_checklists(ctx: Context) -> frozenset[tuple[str, frozenset[str]]]:
    """The (label, names) of the page's checklists that tick some items and cross
    others out: a checklist marking every item alike under the same label over the
    same names is one entry of the same reference, and its marks mean as much."""
    found: set[tuple[str, frozenset[str]]] = set()
    for at, located in enumerate(ctx.items):
        block = located.block
        if not isinstance(block, ListBlock):
            continue
        marked = checklist_items(block.items)
        label = _checklist_label(ctx, at) if marked else None
        if marked and label is not None and _mixed(marked):
            found.add((label.lower(), frozenset(name for _, name in marked)))
    return frozenset(found)


def marked_checklist(ctx: Context, index: int) -> tuple[Note, ...] | None:
    """A checklist under a short label whose items each open on a yes or no mark
    ("**Runs In**" over "🚫 Production", "✅ Development"; "[x] Linux", "[ ] Windows"):
    the marks are the answer, so the back says each item's ("• Production: no",
    "• Development: yes"), never the names alone as if every one were ticked. A list
    marking every item alike is read so only when a sibling checklist of the page
    (same label, same names) mixes them; else the marks only echo the label ("✅" under
    "Benefits", "❌" under "Avoid") and the list is read as any list. A question leading
    in makes it a multiple choice, left to the quiz rules."""
    block = ctx.items[index].block
    if not isinstance(block, ListBlock):
        return None
    marked = checklist_items(block.items)
    if marked is None:
        return None
    label = _checklist_label(ctx, index)
    if label is None:
        return None
    names = frozenset(name for _, name in marked)
    if not _mixed(marked) and (label.lower(), names) not in _mixed_checklists(ctx):
        return None
    back = "\n".join(f"• {name}: {'yes' if mark == YES else 'no'}" for mark, name in marked)
    # The front names the candidates, so "runs in?" is answerable item by item.
    shown = [_REMARK.sub("", name).strip() for _, name in marked]
    choices = f" — {', '.join(shown[:-1])} or {shown[-1]}" if len(shown) <= _CHECKLIST_SHOWN else ""
    listed = labelled_list(ctx, index)
    facts = [n for n in listed or () if isinstance(n, FactNote)]
    if len(facts) == 1:
        front = f"{facts[0].front.rstrip('?').rstrip()}{choices}?"
        return (replace(facts[0], front=front, back=back),)
    front = f"{ctx.subject(index)}: {label or ctx.nearest_heading(index)}{choices}?"
    slug = f"{ctx.place(index)}/{slugify(label or 'checklist')}"
    return _fact(ctx, index, slug, front, back, kind=NoteType.LIST)


def legend_list(ctx: Context, index: int) -> tuple[Note, ...] | None:
    """A list whose every item is "<symbol> - <meaning>" ("✓ - supported"): the legend of
    the tables; it gives their symbols a meaning and makes no card itself."""
    block = ctx.items[index].block
    if isinstance(block, ListBlock) and (
        parse_legend(block.items, block.terms) is not None or parse_legend_sentences(block.items)
    ):
        return ()
    return None


def unanswered_questions_list(ctx: Context, index: int) -> tuple[Note, ...] | None:
    """A list whose every item is one question and nothing more ("1. How does X compare
    to Y?", "- Weak vs unowned — when is each the right choice?"), under any heading or
    label ("Comparison Questions", "Follow-ups", "Related questions"): questions left to
    the reader are a prompt, no answer to recall, so no card (the questions are no
    card's back). An item that goes on past its "?" (an answer after it, a nested
    answer) is a question with its answer: such a list is read as before."""
    item = ctx.items[index]
    block = item.block
    if not isinstance(block, ListBlock) or len(block.items) < 2:
        return None
    texts = [clean(text).strip() for text in block.items]
    asked = sum(_TRAILING_ASIDE.sub("", text).endswith("?") for text in texts)
    # An interviewer's prompt among the questions ("Name the three most common
    # shapes.") is one too, when most items ask with a "?".
    if asked * 2 <= len(texts) or not all(_bare_question(text) for text in texts):
        return None
    if any(question_text(h.text) for h in item.headings) and not _names_questions(ctx, index):
        # In the answer to a question ("Is the Service defined correctly?" over "Is the
        # port listed in `spec.ports[]`?" …), questions are the checks that answer it.
        return None
    return ()


# A heading or label naming the questions it lists: "Follow-ups", "Follow-up
# questions", "Related questions", "Comparison Questions".
_QUESTIONS_NAMED = re.compile(r"\b(?:questions?|follow[- ]?ups?)\W*$", re.IGNORECASE)
_QUESTIONS_LABEL_WORDS = 4  # "**Related interview questions:**"; a longer one is a sentence


def _names_questions(ctx: Context, index: int) -> bool:
    """Whether the list at ``index`` sits under a heading, or right after a label
    ("**Follow-up questions:**"), naming the questions it lists."""
    item = ctx.items[index]
    if item.headings and _QUESTIONS_NAMED.search(clean_heading(item.headings[-1].text)):
        return True
    before = ctx.items[index - 1] if index else None
    return (
        before is not None
        and before.headings == item.headings
        and isinstance(before.block, Paragraph)
        and len(before.block.text.split()) <= _QUESTIONS_LABEL_WORDS
        and bool(_QUESTIONS_NAMED.search(clean(before.block.text)))
    )


def _bare_question(text: str) -> bool:
    """Whether a list item is only a question: one line closed by its "?" (an aside in
    brackets may follow it: "What do you read daily? (news, blogs)"), or one sentence
    the author asks as a task ("Name the three …", "Compare X and Y.", "Tell me about
    your last project.")."""
    if "\n" in text:
        return False
    text = _TRAILING_ASIDE.sub("", text)
    return text.endswith("?") or (
        len(_SENTENCE_END.split(text)) == 1
        and (bool(question_text(text)) or bool(_INTERVIEW_PROMPT.match(text)))
    )


_TRAILING_ASIDE = re.compile(r"(?<=\?)\s*\([^()]*\)$")
# An interviewer's prompt that opens no question word: "Tell me about …", "Walk us
# through …".
_INTERVIEW_PROMPT = re.compile(r"^(?:tell|walk|talk)\s+(?:me|us)\b", re.IGNORECASE)


def chat_offer_list(ctx: Context, index: int) -> tuple[Note, ...] | None:
    """A list after a chat assistant's offer ("If you want, I can also add:"): an offer of
    more text, not content; no card."""
    block = ctx.items[index].block
    if not isinstance(block, ListBlock) or index == 0:
        return None
    before = ctx.items[index - 1].block
    if isinstance(before, Paragraph) and clean(before.text).lower().startswith(_OFFER):
        return ()
    return None


_READING_HEADINGS = ("what's next", "whatsnext", "see also", "further reading", "references")
# A tutorial's outline of itself: what the page will do, each step taught below it.
_OUTLINE_HEADINGS = frozenset(
    {
        "objectives",
        "learning objectives",
        "tutorial flow",
        "what you'll learn",
        "what you will learn",
        "what you'll build",
        "what you will build",
        "what you'll do",
        "what you will do",
        "in this tutorial",
    }
)


# A heading naming reading matter elsewhere ("User Demo How-To Blogs and Examples",
# "Articles and talks", "Videos"): its list points to posts, each item a title whose link
# the card would drop.
_READING_MATTER = re.compile(
    r"\b(?:blogs?|blog posts|articles|talks|videos|webinars|podcasts|screencasts)\b",
    re.IGNORECASE,
)


def further_reading_list(ctx: Context, index: int) -> tuple[Note, ...] | None:
    """A list under "What's next", "See also", "Further reading" or a heading naming
    blogs, articles or talks, or led in by such a label ("See also:" over links to
    other pages, at the end of any section): links to read next, not facts; no card."""
    block = ctx.items[index].block
    if not isinstance(block, ListBlock):
        return None
    heading = ctx.nearest_heading(index).lower()
    if heading.startswith(_READING_HEADINGS) or _READING_MATTER.search(heading):
        return ()
    if " ".join(heading.replace("\u2019", "'").split()).strip(" :") in _OUTLINE_HEADINGS:
        return ()  # "Objectives", "Tutorial flow": the page's own outline, read below
    if ctx.lead_in(index).lower().strip(" *_") in _READING_HEADINGS:
        return ()
    return None


# A heading or lead-in offering a catalogue of other people's things: "Device plugin
# examples", "Here are some implementations:", "Integrations", "Used by", "Alternatives".
_CATALOGUE = re.compile(
    r"\b(?:examples|implementations|integrations|tools|projects|used by|users|"
    r"adopters|alternatives|libraries|frameworks|sdks|plugins|third[- ]party)\b",
    re.IGNORECASE,
)
# What may follow an item's name and still say no more than which thing it is: a scope
# ("for Intel GPU devices", "from the vendor") or another name ("and its CLI").
_SCOPE_WORDS = frozenset({"for", "from", "by", "of", "in", "on", "with", "at", "and", "or"})
_CATALOGUE_CLAUSE_WORDS = 4


def _says_what_it_does(item: str, name: str) -> bool:
    """Whether a catalogue item tells, past its name, what its thing does: a clause of
    at least four words ("Akri, which lets you expose leaf devices", "Thanos extends
    Prometheus with global querying", "Brisa - a dashboard that …"), not a scope."""
    text = clean(item).replace("\n", " ")
    at = text.find(name)
    if at < 0:
        return False
    words = text[at + len(name) :].strip(" ,:;()\u2013\u2014-").split()
    if len(words) < _CATALOGUE_CLAUSE_WORDS:
        return False
    return words[0].lower() not in _SCOPE_WORDS


def _sentence_before(ctx: Context, index: int) -> str:
    """The last sentence of the paragraph right before the block in its section, however
    it ends ("Following are a few libraries and tools you can use to write one.")."""
    if index == 0:
        return ""
    before = ctx.items[index - 1]
    if before.headings != ctx.items[index].headings or not isinstance(before.block, Paragraph):
        return ""
    return _SENTENCE_END.split(clean(before.block.text).replace("\n", " "))[-1]


def catalogue_list(ctx: Context, index: int) -> tuple[Note, ...] | None:
    """A list of examples, implementations, integrations, tools, projects or users
    (heading or lead-in) whose every item opens on a link to another site naming a
    product ("The [AMD GPU device plugin](https://…)"): a see-also list in disguise, the
    names are to be followed, not learnt; no card. Only when every item also says what
    its thing does ("[Akri](…), which lets you …") is there knowledge for the other rules."""
    block = ctx.items[index].block
    if not isinstance(block, ListBlock) or len(block.items) < 2:
        return None
    if len(block.named) != len(block.items) or not all(block.named):
        return None
    offered = f"{ctx.nearest_heading(index)} {ctx.lead_in(index)} {_sentence_before(ctx, index)}"
    if not _CATALOGUE.search(offered):
        return None
    if all(_says_what_it_does(i, n) for i, n in zip(block.items, block.named, strict=True)):
        return None
    return ()


def golden_rules(ctx: Context, index: int) -> tuple[Note, ...] | None:
    """A numbered list under a heading about rules ("Golden Rules", "Best practices"):
    a rule note per item keyed by its number; "X → Y" asks X and answers Y."""
    block = ctx.items[index].block
    heading = ctx.nearest_heading(index)
    if not isinstance(block, ListBlock) or not block.ordered:
        return None
    if not any(word in heading.lower() for word in _RULE_HEADINGS):
        return None
    if ctx._answer_label(index):
        # "Best Practices:" under a question: part of that question's answer, one list,
        # never "Best practice 2 (<document>)?".
        return None
    title = heading.split(" — ")[-1].strip() or heading
    singular = title[:-1] if title.endswith("s") else title
    singular = singular[:1].upper() + singular[1:].lower()
    notes: list[Note] = []
    for offset, item in enumerate(block.items):
        number = block.start + offset
        text = clean(item).replace("\n", " ")
        left, right = _split_rule(text)
        term = block.terms[offset] if offset < len(block.terms) else ""
        said = text[len(term) :].lstrip() if term and text.startswith(term) else ""
        if not (left and right) and said.startswith(":") and said[1:].strip():
            # "5. **Encryption**: At rest, in transit": the bold label names the
            # practice; asked by its number, the card would ask where it stands.
            left, right = term, said[1:].strip()
        # A document without a topic leaves the parentheses out rather than empty.
        about = f" ({ctx.topic})" if ctx.topic else ""
        if left and right:
            front = f"{singular}{about}: {attribute_phrase(left)}?"
            back = _sentence(right, ctx.commands)
        else:
            front = f"{singular} {number}{about}?"
            back = text
        notes.extend(
            _fact(ctx, index, f"{ctx.place(index)}/rule-{number}", front, back, kind=NoteType.RULE)
        )
    return tuple(notes)


def _split_rule(text: str) -> tuple[str, str]:
    for separator in (*_ARROWS, " — ", " – "):
        left, found, right = text.partition(separator)
        if found and left.strip() and right.strip():
            return left.strip(" ,;"), right.strip(" ,;")
    return "", ""


def arrow_pairs_list(ctx: Context, index: int) -> tuple[Note, ...] | None:
    """A bullet list of "key → value" items ("ClusterIP → Internal APIs, databases"): a
    fact per key, "<key>: <section>?". Past a symptom's checks, a numbered list is steps
    taken in turn, its arrows a path of clicks ("1. EC2 Console -> Security Groups."),
    never pairs."""
    block = ctx.items[index].block
    if not isinstance(block, ListBlock) or not block.items:
        return None
    pairs: list[tuple[str, str]] = []
    for item in block.items:
        text = clean(item).replace("\n", " ")
        left, found, right = "", "", ""
        for arrow in _ARROWS:
            left, found, right = text.partition(arrow)
            if found:
                break
        if not found or not left.strip() or not right.strip() or len(left.split()) > 6:
            return None
        pairs.append((left.strip(), right.strip()))
    checks = _symptom_checks(ctx, index, ctx.lead_in(index), pairs, " → ")
    if checks is not None:
        return checks
    if block.ordered:
        return None
    mapping = _mapping_card(ctx, index, pairs)
    if mapping is not None:
        return mapping
    attribute = ctx.lead_in(index) or ctx.nearest_heading(index) or "use"
    notes: list[Note] = []
    for key, value in pairs:
        notes.extend(
            _fact(
                ctx,
                index,
                f"{ctx.place(index)}/{slugify(key)}",
                _question(key, attribute, ctx.proper_names),
                value,
                tags=ctx.tags(index, key),
            )
        )
    return tuple(notes)


# One side of a mapping item: a name alone ("`python_tests`", "Staging"), no statement.
_BARE_NAME = re.compile(r"^(?:`[^`]{1,60}`|[\w.@/:+-]+(?:\s+[\w.@/:+-]+){0,2})$")
_MAPPING_STATED = 5  # words: a lead-in this long states something, it names no relation
# "To reduce boilerplate, …": a purpose the statement serves, kept before its question.
_PURPOSE = re.compile(r"^((?:to|in order to)\s+[^,]{3,60}),\s+(.+)$", re.IGNORECASE)
# "Some targets also generate other targets" → "Which targets also generate …".
_SOME_THINGS = re.compile(
    r"^(?:some|several|many|certain|a\s+few|most)\s+(?P<noun>\w+)\s+(?P<rest>\w.*)$",
    re.IGNORECASE,
)
# "Pants provides target types that generate other targets" → "Which target types
# generate other targets".
_PROVIDES_THINGS = re.compile(
    r"^\S.*?\s+(?:provides|has|offers|includes|defines|supports|ships)\s+(?:some\s+|several\s+)?"
    r"(?P<noun>\w+(?:\s+\w+){0,2}?)\s+(?:that|which)\s+(?P<rest>\w.*)$",
    re.IGNORECASE,
)


def _mapping_statement(ctx: Context, index: int) -> str:
    """The sentence that says what a list of "`a` → `b`" pairs shows: the lead-in when it
    is a statement, the one before it when the lead-in only points ("For example:");
    "" when the list is introduced by a short label ("Default ports:")."""
    if index == 0:
        return ""
    before = ctx.items[index - 1]
    if before.headings != ctx.items[index].headings or not isinstance(before.block, Paragraph):
        return ""
    text = clean(before.block.text).replace("\n", " ").strip()
    if not text.endswith(":"):
        return ""
    sentences = [t.strip() for t in _SENTENCE_END.split(text[:-1]) if t.strip()]
    while sentences and _EXAMPLE_POINTER.match(sentences[-1]):
        sentences.pop()
    if not sentences or len(sentences[-1].split()) < _MAPPING_STATED:
        return ""
    return sentences[-1].rstrip(".,;").strip()


def _mapping_question(statement: str) -> str:
    """The question a statement introducing a list of mappings asks: which of the
    things it names do what it says ("some targets also generate other targets" →
    "which targets also generate other targets?"); else the statement, asking which."""
    purpose, rest = "", statement
    found = _PURPOSE.match(statement)
    if found:
        purpose, rest = f"{found.group(1)[:1].lower()}{found.group(1)[1:]}, ", found.group(2)
    for shape in (_SOME_THINGS, _PROVIDES_THINGS):
        asked = shape.match(rest)
        if asked:
            return f"{purpose}which {asked.group('noun')} {asked.group('rest')}?"
    return f"{statement[:1].lower()}{statement[1:]}: which ones?"


def _mapping_card(
    ctx: Context, index: int, pairs: list[tuple[str, str]]
) -> tuple[Note, ...] | None:
    """A list of renames or mappings, each item a name and the name it maps to
    ("`python_tests` → `python_test`"), after a statement of what they show ("Some
    targets generate other targets. For example:"): one card asking that statement's
    question with the whole list as its answer. Per item, "`python_tests`: for
    example?" → "`python_test`" would ask nothing. Under a short label naming the
    relation ("Default ports:") each key is still its own fact."""
    if len(pairs) < 2 or not all(_BARE_NAME.match(a) and _BARE_NAME.match(b) for a, b in pairs):
        return None
    statement = _mapping_statement(ctx, index)
    if not statement:
        return None
    section = ctx.section_subject(index)
    asked = _mapping_question(statement)
    front = f"{section}: {asked}" if section else f"{asked[:1].upper()}{asked[1:]}"
    back = "\n".join(f"• {a} → {b}" for a, b in pairs)
    return _fact(ctx, index, f"{ctx.place(index)}/mapping", front, back)


def _term_facts(
    ctx: Context, index: int, section: str, entries: list[tuple[str, str]]
) -> tuple[Note, ...]:
    """A fact per defined term, "<section>: <term>?" → the definition; a definition
    that only restates its term makes no card."""
    notes: list[Note] = []
    for term, text in entries:
        if _restates(term, text):
            continue
        notes.extend(
            _fact(
                ctx,
                index,
                f"{ctx.subplace(index)}/{slugify(term)}",
                f"{section.rstrip('?').rstrip()}: {term}?",  # never "…?: term?"
                _sentence(text, ctx.commands),
            )
        )
    return tuple(notes)


_RESTATE_REST = 4  # words after the restated term that still add nothing


def _restates(term: str, definition: str) -> bool:
    """Whether ``definition`` only says its term again ("`username`: the user name for
    authentication"): it opens with the term's letters and adds a few words at most,
    none of them a number or code."""
    letters = re.sub(r"[^a-z0-9]", "", clean(term).lower())
    words = re.sub(r"^(?:the|a|an)\s+", "", clean(definition).lower()).split()
    if len(letters) < 3:
        return False
    for taken in range(1, min(len(words), 4) + 1):
        if re.sub(r"[^a-z0-9]", "", "".join(words[:taken])) == letters:
            rest = words[taken:]
            return len(rest) <= _RESTATE_REST and not any(re.search(r"[\d`]", w) for w in rest)
    return False


# A lead-in that goes on from the one before it ("Or third party tools …:", "Or, on
# older versions:"): it lists the other half of something said above.
_CONTINUING_LEAD_IN = re.compile(r"^or\b", re.IGNORECASE)
# A file's path or name as a term ("`./templates/docker.yaml`", "`k8s.yaml`").
_FILE_TERM = re.compile(r"^`?[\w./~-]*(?:/[\w.-]+|\.[a-z][a-z0-9]{0,4})`?$", re.IGNORECASE)
# What such a file is for, as a bare name: a few words, no sentence ("Docker",
# "Kubernetes (k3s)").
_FILE_PURPOSE = re.compile(r"^[\w][\w.+-]*(?:\s+[\w(][\w.+()-]*){0,2}$")


def _file_catalogue(entries: Sequence[tuple[str, str]]) -> bool:
    """Whether every entry is a file named for what it holds ("`./templates/docker.yaml`:
    Docker"): asked one by one, each back is read off its own front; the list's lead-in
    ("Container runtime templates:") asks them together."""
    return all(
        _FILE_TERM.match(clean(term).strip()) and _FILE_PURPOSE.match(clean(text).strip())
        for term, text in entries
    )


def _words_of(text: str) -> set[str]:
    return {w.lower().removesuffix("s") for w in re.findall(r"[A-Za-z]{3,}", text)}


def term_list(ctx: Context, index: int) -> tuple[Note, ...] | None:
    """A bullet list whose items all open with a code term and a colon ("`nameservers`: a
    list of IP addresses…"): a definition list in disguise, a fact per term."""
    block = ctx.items[index].block
    if not isinstance(block, ListBlock) or len(block.items) < 2:
        return None
    entries: list[tuple[str, str]] = []
    for item in block.items:
        match = _TERM_ITEM.match(item.strip())
        if match is None:
            return None
        entries.append((match.group(1).strip('"'), match.group(2)))
    if all(_restates(term, text) for term, text in entries) or _file_catalogue(entries):
        return None  # the terms themselves are what the list gives: a list card
    if _example_labels(ctx, index, [term for term, _ in entries]):
        return ()
    section = _options_command(ctx, index, [term for term, _ in entries])
    section = section or _fields_of(ctx.lead_in(index)) or ctx.group_label(index)
    if not section:
        section = _owner_of_kind(ctx, index, ctx.section_subject(index))
        # "The `op` (operations) currently supported in `kube-bench` are:" names the
        # terms' kind better than a section filing them under another word ("Check");
        # a section already naming their kind ("Pod Security Admission metrics") stays.
        announced = announced_kind(ctx.lead_in(index))
        if announced and not _words_of(announced) & _words_of(section):
            section = announced
    return _term_facts(ctx, index, section, entries)


# "All cluster related logs will contain the following fields:": the lead-in names
# what the terms are fields of; the section's heading ("Logging") only its topic.
_FIELDS_LEAD = re.compile(
    r"^(?:(?:all|every|each|the)\s+)?(?P<owner>[\w`.-]+(?:\s+[\w`.-]+){0,4}?)\s+"
    r"(?:will\s+|must\s+|should\s+|can\s+|always\s+)?"
    r"(?:contains?|has|have|includes?|carry|carries|accepts?|takes?|supports?|exposes?)\s+"
    r"the\s+following\s+(?P<kind>fields|keys|options|parameters|settings|properties|"
    r"arguments|attributes|labels|flags)$",
    re.IGNORECASE,
)


_PRONOUNS = frozenset({"it", "this", "that", "they", "these", "those", "which", "we", "you"})


def _fields_of(lead_in: str) -> str:
    """The kind and owner a lead-in names for a list of terms ("All cluster related
    logs will contain the following fields" → "Field of cluster related logs"), "" when
    it names none: the terms are asked as fields of that owner, never of the heading
    alone ("Logging: `namespace`?")."""
    found = _FIELDS_LEAD.match(lead_in.strip())
    if not found or _QUESTION_WORD.match(found.group("owner")):
        return ""
    if found.group("owner").split()[0].lower() in _PRONOUNS:
        return ""  # "It has the following fields": the owner is named elsewhere
    kind = found.group("kind").lower()
    kind = "property" if kind == "properties" else kind.removesuffix("s")
    return f"{kind.capitalize()} of {found.group('owner')}"


# A "key: value" line of configuration (YAML, TOML, JSON): "- name: proc_writer",
# 'name = "web"', '"name": "web",'.
_CONFIG_PAIR = re.compile(
    r"""^\s*(?:-\s+)?["']?(?P<key>[\w.-]+)["']?\s*[:=]\s*["']?(?P<value>[\w.-]+)["']?,?\s*$"""
)
_LOOK_BACK = 3  # blocks between the example and the list explaining it (its lead-in)


def _example_labels(ctx: Context, index: int, terms: list[str]) -> bool:
    """Whether the terms a list explains are only the names the code right above it
    gives its own parts: each is the value of one and the same key there ("- name:
    proc_writer", "- name: cmdline_writer"), and none is a key. Such names are the
    example's labels, arbitrary strings; "`proc_writer`?" asks for nothing a reader can
    know without the example, so the list makes no card. A list of the code's keys
    ("`fields`: …", "`comps`: …") is the format's vocabulary and keeps its cards."""
    names = [clean(term).strip("`\"' ") for term in terms]
    if len(names) < 2 or not all(names):
        return False
    for back in range(1, _LOOK_BACK + 1):
        if index - back < 0 or ctx.items[index - back].headings != ctx.items[index].headings:
            return False
        block = ctx.items[index - back].block
        if not isinstance(block, Code):
            continue
        pairs = [m for m in map(_CONFIG_PAIR.match, block.text.splitlines()) if m]
        keys = {m.group("key") for m in pairs}
        holders = {m.group("key") for m in pairs if m.group("value") in names}
        valued = {m.group("value") for m in pairs}
        return len(holders) == 1 and set(names) <= valued and not keys & set(names)
    return False


def _options_command(ctx: Context, index: int, terms: list[str]) -> str:
    """The command a list of options belongs to, named in the paragraph right before
    it ("… can be used with the `tool run` command: `--rm`, `--name`"): the options
    are asked of it, never of a box's title ("Even More Options"). "" when the terms
    are no options or no command of several words is named."""
    if index == 0 or not all(t.strip("`").startswith("-") for t in terms):
        return ""
    before = ctx.items[index - 1]
    if before.headings != ctx.items[index].headings or not isinstance(before.block, Paragraph):
        return ""
    spans = _CODE_SPAN.findall(before.block.text.replace("\n", " "))
    named = [c for c in spans if not c.strip("`").startswith("-") and " " in c.strip("` ")]
    return named[-1] if named else ""


_DANGLING_CHARS = 300  # a table or code a last item introduces joins it up to this size


def _finish_dangling_item(ctx: Context, index: int, item: str) -> str:
    """A last item ending in ":" ("Kubernetes-defined prefixed names:") introduces the
    table after the list: a small one joins the item ("…: `kubernetes.io/h2c` (HTTP/2
    over cleartext)"); otherwise the colon goes, so the item reads complete instead of
    promising what the card does not hold."""
    following = ctx.items[index + 1].block if index + 1 < len(ctx.items) else None
    shown = ""
    if isinstance(following, Table) and following.rows:
        rows = [[clean(c).replace("\n", " ") for c in row] for row in following.rows]
        shown = "; ".join(
            f"{row[0]} ({', '.join(c for c in row[1:] if c)})" if any(row[1:]) else row[0]
            for row in rows
            if row and row[0]
        )
    elif not isinstance(following, Table):
        # Code after "you should see:" is output or a command of its own; other rules
        # read it, and the item stays as the author wrote it.
        return item
    if shown and len(shown) <= _DANGLING_CHARS and "\n" not in shown:
        return f"{item} {shown}"
    return item.rstrip(":").rstrip()


# "This guide shows you how to:", "In this tutorial you will learn:": what the page
# goes on to cover, an outline rather than knowledge.
_OUTLINE = re.compile(
    r"^(?:in\s+|by\s+the\s+end\s+of\s+)?(?:this|the)\s+(?:guide|page|tutorial|document|article|post|chapter|"
    r"course|lab|walkthrough|quick\s*start)\b.*\b(?:how to|covers?|explains?|shows?|"
    r"learn|teach(?:es)?|walks?|will)\b",
    re.IGNORECASE,
)
# "Versions used in this guide:", "## Tested with", "Prerequisite versions": the
# versions the author's set-up ran, not knowledge of the tools.
_TEST_SETUP = re.compile(
    r"^(?:(?:software|tool|component)s?\s+)?versions?\s+(?:used|tested)\b"
    r"|^tested\s+(?:with|on|against|versions?)\b"
    r"|^(?:(?:this|the)\s+(?:guide|tutorial|page|lab|article|post)\s+(?:was\s+)?tested)\b"
    r"|^prerequisites?\s*[-–:(]?\s*versions?\b",
    re.IGNORECASE,
)
# A version number in an item ("kgateway: v2.2.2", "Go 1.22").
_VERSION_NUMBER = re.compile(r"\bv?\d+(?:\.\d+)+\b")


def _test_setup_versions(ctx: Context, index: int, label: str, items: list[str]) -> bool:
    """A list of version numbers under "Versions used in this guide" or a "Tested
    with" heading: the author's test set-up, no card."""
    headings = ctx.items[index].headings
    title = clean_heading(headings[-1].text) if headings else ""
    if not (_TEST_SETUP.match(label) or (not label and _TEST_SETUP.match(title))):
        return False
    versioned = sum(1 for item in items if _VERSION_NUMBER.search(item))
    return versioned * 2 >= len(items)


# "Try these commands:", "Practice with the following:": things to do, with no answer
# written: an exercise, never a card.
_PRACTICE_LEAD_IN = re.compile(
    r"^(?:now\s+|next,?\s+|then\s+)?(?:try|practi[cs]e)\b(?:\s+(?:out|running|typing|using|with))?"
    r"\s+(?:these|this|the following|some|a few)\b",
    re.IGNORECASE,
)
_BARE_CODE = re.compile(r"^`[^`]+`[.;,]?$")
# "<statement> has the following <noun>:" asks "<statement> has which <noun>?": a
# statement of what something has, gives or needs. An instruction ("To check it, use
# the following checklist:") states nothing and stays with the heading.
_WHICH_LEAD_IN = re.compile(
    r"^(?!(?:to|if|when|for example|here)\b)(\S+(?:\s+\S+)*?\s+"
    r"(?:has|have|had|is|are|was|were|includes?|provides?|offers?|supports?|gives?|"
    r"brings?|requires?|needs?|contains?|comes with|consists of))\s+(?:the\s+)?following\s+"
    r"([A-Za-z][\w-]*(?:\s+[A-Za-z][\w-]*){0,2})$",
    re.IGNORECASE,
)
# "Updates to the following pod fields are exempt from policy checks, meaning …:"
# asks "Updates to which pod fields are exempt from policy checks?".
_WHICH_INSIDE = re.compile(
    r"^(?!(?:to|if|when|for example|here|consider|see|use|run|add|set|create|make)\b)"
    r"(\S+(?:\s+\S+){0,8}?)\s+the following\s+([A-Za-z][\w-]*(?:\s+[A-Za-z][\w-]*){0,2}?)"
    r"\s+((?:is|are|was|were|can|cannot|must|may|will|should|do|does|get|gets)\b[^,;:]*)",
    re.IGNORECASE,
)


# "The following restrictions apply when …:" asks "Which restrictions apply when …?".
_WHICH_OPENING = re.compile(
    r"^the following\s+([A-Za-z][\w-]*(?:\s+[A-Za-z][\w-]*){0,2}?)\s+"
    r"((?:is|are|was|were|can|cannot|must|may|will|should|do|does|apply|applies|exist|"
    r"exists|have|has|hold|holds|happen|happens|occur|occurs)\b.*)$",
    re.IGNORECASE,
)
# "… are identified through a combination of the following three identifiers:": a
# statement of at least this many words before "the following <noun>" asks "which".
_WHICH_STATEMENT = re.compile(
    r"^(?!(?:to|if|when|for example|here|consider|see|use|run|add|set|create|make|try|"
    r"you|we|please|let)\b)(\S+(?:\s+\S+){4,}?)\s+the following\s+"
    r"([A-Za-z][\w-]*(?:\s+[A-Za-z][\w-]*){0,2})$",
    re.IGNORECASE,
)
# "Following are cron main fields in the spec:", "The following is the list of …": the
# sentence only points at its list; what it names is asked "What are …?".
_FOLLOWING_ARE = re.compile(r"^(?:the\s+)?following\s+(are|is)\s+(\S.*\S)$", re.IGNORECASE)
# "Current cron implementations have some shortcomings.": a statement closed by a full
# stop whose object is a count of things, the list after it being those things.
_SOME_OWNED = re.compile(
    r"^(?!(?:it|its|they|their|this|these|that|those|there|he|she|we|you|which|such|each)\b)"
    r"(\S+(?:\s+\S+){0,14}?\s+(?:has|have|had|includes?|provides?|offers?|supports?|"
    r"requires?|needs?|contains?|consists of|comes with))\s+(?:some|several|a few|a number of|"
    r"many|two|three|four|five|six|seven|eight|nine|ten|\d+)\s+"
    r"([A-Za-z][\w-]*(?:\s+[A-Za-z][\w-]*){0,2})$",
    re.IGNORECASE,
)
# "The options are as follows:": the statement before "as follows" is the question.
_AS_FOLLOWS = re.compile(
    r"^(?!(?:to|if|when|for example|here|you|we)\b)(\S+(?:\s+\S+){1,}?)\s+as follows$",
    re.IGNORECASE,
)


# "The kubelet considers the following disk usage limits when making decisions:" asks
# "The kubelet considers which disk usage limits when making decisions?": a statement
# whose list of "the following <noun>" is bound by a clause after it.
_WHICH_BOUND = re.compile(
    r"^(?!(?:to|if|when|for example|here|consider|see|use|run|add|set|create|make|try|"
    r"you|we|please|let)\b)(\S+(?:\s+\S+){2,}?)\s+the following\s+"
    r"([A-Za-z][\w-]*(?:\s+[A-Za-z][\w-]*){0,2}?)"
    r"(\s+(?:when|while|during|before|after|whenever|once|if|for|in)\b[^:;]*)$",
    re.IGNORECASE,
)
# "In this state, the following happens to the owner object:" asks "What happens to the
# owner object?"; a condition before it that names its own subject stays ("When the
# kettle boils, what happens?"), one that leans on the text before ("In this state") goes.
_WHAT_HAPPENS = re.compile(
    r"^(?:(?P<pre>[^,]{3,80}),\s+)?the following\s+"
    r"(?P<verb>happens|happen|occurs|occur|takes place|take place|applies|apply)\b(?P<rest>.*)$",
    re.IGNORECASE,
)
_LEANING_WORDS = re.compile(r"\b(?:this|these|that|those|it|then|here|above)\b", re.IGNORECASE)


def _which_question(label: str) -> str:
    """A lead-in naming what its list holds as "the following <noun>", as a question
    about that noun ("… has which advantages", "Updates to which pod fields are
    exempt from policy checks", "Which restrictions apply …"); "" for any other lead-in."""
    for pattern in (_WHICH_LEAD_IN, _WHICH_INSIDE, _WHICH_STATEMENT):
        found = pattern.match(label)
        if found and not any(g in f" {found.group(1).lower()}" for g in _LEAD_IN_GENERIC):
            rest = f" {found.group(3).strip()}" if found.lastindex == 3 else ""
            return f"{found.group(1)} which {found.group(2)}{rest}"
    if found := _WHICH_OPENING.match(label):
        return f"Which {found.group(1)} {found.group(2)}"
    found = _FOLLOWING_ARE.match(label.rstrip(":").rstrip())
    if found and not any(g in f" {found.group(2).lower()}" for g in _LEAD_IN_GENERIC):
        return f"What {found.group(1).lower()} {found.group(2)}"
    found = _WHICH_BOUND.match(label)
    if found and not any(g in f" {found.group(1).lower()}" for g in _LEAD_IN_GENERIC):
        return f"{found.group(1)} which {found.group(2)}{found.group(3)}"
    if found := _WHAT_HAPPENS.match(label):
        pre = found.group("pre") or ""
        asked = f"what {found.group('verb').lower()}{found.group('rest')}".rstrip()
        if pre and not _LEANING_WORDS.search(pre):
            return f"{pre}, {asked}"
        return asked[0].upper() + asked[1:]
    return ""


# "This command:", "This configuration:": the list says what the code beside it does.
_CODE_NOUN = (
    r"(?:command|commands|configuration|config|file|values file|manifest|script|snippet|"
    r"definition|spec|yaml|chart|example|query|queries|statement|patch|program)"
)
# A sentence that only points at an example ("In the above example:", "For example:",
# "The example works as follows:"): it says where the items are, never what they are,
# so it is never a front (nor, alone, a back).
_EXAMPLE_POINTER = re.compile(
    r"^(?:(?:in|from|with|using)\s+(?:the|this|that|our)\s+(?:above\s+|previous\s+|"
    r"following\s+|last\s+)?examples?(?:\s+(?:above|below))?|for\s+(?:example|instance)|"
    r"e\.\s?g\.?|(?:the|this|our)\s+(?:above\s+|previous\s+)?examples?\s+"
    r"(?:works?|shows?|does)(?:\s+as\s+follows)?|(?:here\s+is|here's|see)\s+(?:an|the)\s+"
    r"examples?|as\s+(?:shown|seen)\s+(?:above|below|in\s+the\s+example))[\s,.:]*$",
    re.IGNORECASE,
)
# "Looking more closely, this query:": a short connective before the pointer says no more.
_POINTS_AT_CODE = re.compile(
    # "Let's break down the command:" explains the code before it item by item, too.
    rf"^(?:[A-Za-z][\w ]{{0,30}},\s+|(?:let'?s|let us)\s+(?:break\s+down|walk\s+through|"
    rf"look\s+at|examine)\s+)?(?:this|these|that|the above|the)\s+({_CODE_NOUN})"
    r"(?:\s+(?:above|below))?$",
    re.IGNORECASE,
)
_SHOWN_CODE = 600  # characters of code a front may show
_CODE_REACH = 4  # blocks after a "This command:" list in which to look for its code


def _pointed_code(ctx: Context, index: int, label: str) -> Code | None:
    """The code block a lead-in such as "This command:" points at, under the same
    headings: the first after the list of the kind its noun names (a shell block for a
    command, any other for a configuration or file), within a few blocks ("This
    command: …", "Create a configuration file:", the file, the command); else the one
    right before the lead-in."""
    noun = _POINTS_AT_CODE.match(label)
    if noun is None:
        return None
    wants_shell = noun.group(1).lower().startswith("command")
    headings = ctx.items[index].headings
    for other in range(index + 1, min(index + 1 + _CODE_REACH, len(ctx.items))):
        if ctx.items[other].headings != headings:
            break
        block = ctx.items[other].block
        shell = isinstance(block, Code) and block.info.split(" ")[0] in _SHELL
        if isinstance(block, Code) and block.text.strip() and shell == wants_shell:
            return block
    # Right before the lead-in, or before the output table it printed (the query, its
    # result, "this query:").
    for back in (2, 3):
        before = ctx.items[index - back] if index >= back else None
        if before is None or before.headings != headings:
            return None
        if isinstance(before.block, Code):
            return before.block if before.block.text.strip() else None
        if not isinstance(before.block, Table) or code_output_table(ctx, index - back) is None:
            return None
    return None


def _code_summary(
    ctx: Context, index: int, block: ListBlock, items: list[str], label: str, code: Code
) -> tuple[Note, ...]:
    """A list saying what the code beside it does ("This command: - creates a cluster
    …"): the front shows the code and asks what it does. Code too long for a front
    makes no card: without it the list answers nothing one could ask."""
    text = code.text.strip("\n")
    if len(text) > _SHOWN_CODE:
        return ()
    noun = _POINTS_AT_CODE.match(label)
    what = noun.group(1).lower() if noun else "code"
    plural = what.endswith("s") and not what.endswith("ss")
    asked = f"what do these {what} do" if plural else f"what does this {what} do"
    title = ctx.nearest_heading(index) or ctx.topic
    bullet = "{n}. " if block.ordered else "• "
    back = "\n".join(bullet.format(n=block.start + n) + item for n, item in enumerate(items))
    note = FactNote(
        id=f"{ctx.subplace(index)}/what-this-{slugify(what)}-does",
        type=NoteType.LIST,
        # The code as written: cleaning would flatten its indentation.
        front=f"{clean(subject_of(title))}: {asked}?\n{textwrap.dedent(text).rstrip()}",
        back=clean(back),
        tags=ctx.tags(index),
        origin=ctx.origin(index),
    )
    return (note,)


def _headings_asked(ctx: Context, index: int) -> list[tuple[str, str]]:
    """The block's headings (cleaned, empty ones left out), each with the question it
    asks ("" when none). The raw text is read too: a numbered "12. What is hoisting"
    asks even without its "?", and cleaning drops the number that says so."""
    pairs: list[tuple[str, str]] = []
    for heading, text in zip(ctx.items[index].headings, ctx.heading_texts(index), strict=True):
        if text:
            pairs.append((text, question_text(heading.text) or question_text(text)))
    return pairs


_SECTION_SCAN = 500  # blocks looked at around a block: keeps huge sections linear


def _lists_in_section(ctx: Context, index: int) -> int:
    """How many lists stand in the block's own section (its headings): the section's
    blocks are the neighbours under the same headings."""
    headings = ctx.items[index].headings
    start = index
    while start > 0 and index - start < _SECTION_SCAN and ctx.items[start - 1].headings == headings:
        start -= 1
    count = 0
    for item in ctx.items[start : index + _SECTION_SCAN]:
        if item.headings != headings:
            break
        count += isinstance(item.block, ListBlock)
        if count > 1:
            break  # "more than one" is all the caller asks
    return count


# A lead-in opening on a pronoun ("It offers two modes:") and one where "it" points at
# nothing ("It is worth noting that", "It would be better if").
_PRONOUN_OPENING = re.compile(r"^(It|They)\s+(?=[a-z])")
_EXPLETIVE_IT = re.compile(
    r"^It(?:'s| is| was| would be| will be| can be seen)\s+(?:\w+\s+){0,2}?(?:to|that|if)\b",
    re.IGNORECASE,
)
# Words a sentence opens on that are not its subject ("In this mode, …", "This …").
_NOT_A_SUBJECT = frozenset(
    {
        *("in", "for", "when", "if", "as", "this", "these", "that", "there", "it", "they"),
        *("we", "you", "here", "to", "with", "on", "at", "by", "after", "before", "since"),
        *("although", "while", "because", "once", "each", "every", "all", "some", "both"),
    }
)
_NAME_WORDS = 5  # a named subject ("The JuiceFS Community Edition") is this short


def _named_subject(sentence: str) -> str:
    """The name a sentence opens on as its subject ("Acme Store supports …" → "Acme
    Store", "The Pro Edition keeps …" → "The Pro Edition"), or "" when it opens on
    anything else (a pronoun, a preposition, a possessive, a lower-case noun)."""
    words = clean(sentence).replace("\n", " ").split()
    taken: list[str] = []
    for number, word in enumerate(words[: _NAME_WORDS + 1]):
        bare = word.strip("*_")
        if number == 0 and bare.lower() in _NOT_A_SUBJECT:
            return ""
        if number == 0 and bare.lower() in ("the", "a", "an"):
            taken.append(bare)
            continue
        if bare[:1].isupper() or bare.startswith("`"):
            if bare.endswith(("'", "'s", "’", "’s", ",")):
                return ""  # "Acme's data …": the subject is what follows
            taken.append(bare)
            continue
        named = [w for w in taken if w.lower() not in ("the", "a", "an")]
        return " ".join(taken) if named and bare[:1].islower() else ""
    return ""


def _pronoun_resolved(ctx: Context, index: int, sentence: str) -> str | None:
    """``sentence`` (a lead-in) with its opening "It"/"They" replaced by the name the
    sentence before it opens on ("Acme Store supports replication. It offers two
    modes:" → "Acme Store offers two modes"); the sentence as it is when it opens on no
    pronoun (or on an "it" that points at nothing); None when the pronoun names
    nothing the paragraph says: such a front could be about anything."""
    if not _PRONOUN_OPENING.match(sentence) or _EXPLETIVE_IT.match(sentence):
        return sentence
    before = ctx.items[index - 1].block if index else None
    if not isinstance(before, Paragraph):
        return None
    sentences = _SENTENCE_END.split(clean(before.text))
    sentences = [s.replace("\n", " ").strip() for s in sentences]
    opening = sentence.split()[:4]
    at = next(
        (n for n, s in enumerate(sentences) if s.split()[:4] == opening),
        None,
    )
    name = _named_subject(sentences[at - 1]) if at else ""
    if not name:
        return None
    return _PRONOUN_OPENING.sub(f"{name} ", sentence, count=1)


_LEAD_IN_WORDS = 16  # a lead-in longer than this (a front of ~20 words) asks too much
_FRONT_WORDS = 20  # a front longer than this, its subject included, asks too much
_CONNECTIVE_OPENING = re.compile(
    r"^(?:furthermore|moreover|additionally|in addition|as such|now|however|also|so|"
    r"thus|therefore|then|that said|in practice|in short),\s+",
    re.IGNORECASE,
)
# An aside; "(`*.`)" says what it names, and a condition ("(if you insist on using
# writable replicas)") says when the rest holds: "To minimize the risks" of what, else?
_PARENTHESIS = re.compile(r"\s+\((?!(?i:if|when|unless|only|except)\b)[^()`]+\)")
_MAIN_CLAUSE_WORDS = 4  # a main clause shorter than this says too little to ask
_CONCESSION = re.compile(r",\s+but\s+", re.IGNORECASE)


# A lead-in under a sub-heading that states a condition of its own ("When scaling down,
# the controller chooses … based on the following algorithm:"): the list answers that
# narrower question, not the heading's ("Scaling a ReplicaSet").
_NARROWING_CONDITION = re.compile(
    r"^(?:when|whenever|if|once|before|after|during)\b[^,]{3,},\s+"
    # "…, please note the following:" asks nothing the condition does not
    r"(?!(?:please\s+)?(?:note|see|consider|keep in mind)\b)\S",
    re.IGNORECASE,
)


def _narrows_heading(lead_in: str, heading: str) -> bool:
    """Whether a generic lead-in ("… the following …:") under the sub-heading
    ``heading`` asks a narrower question than the heading: it opens on a condition of
    its own that the heading does not state."""
    found = _NARROWING_CONDITION.match(lead_in)
    if found is None:
        return False
    condition = lead_in[: lead_in.index(",")].lower()
    return condition not in heading.lower()


def _short_lead_in(sentence: str, subject: str = "") -> str:
    """A lead-in of more than sixteen words (or a front of more than twenty with its
    ``subject``) as a front asks one thing: without its
    connective ("Furthermore, …"), its asides in parentheses ("(see Verification)",
    never one holding code) and a concession before ", but" ("X is reviewed, but you should
    still read …" → "You should still read …"). An opening condition stays ("If you
    set no limit, one of the following applies"): without it the list says the
    opposite. A shorter lead-in stays as written."""
    words = len(sentence.split())
    if words <= _LEAD_IN_WORDS and words + len(subject.split()) <= _FRONT_WORDS:
        return sentence
    short = _CONNECTIVE_OPENING.sub("", sentence.strip())
    short = _PARENTHESIS.sub("", short)
    short = short.strip()
    # "X is reviewed, but you should still …": the concession goes, the point stays.
    concession = _CONCESSION.search(short)
    if concession and len(short[concession.end() :].split()) >= _MAIN_CLAUSE_WORDS:
        short = short[concession.end() :]
    if len(short.split()) < _MAIN_CLAUSE_WORDS:
        return sentence  # "Executor node: (runs on the master)": the aside is the point
    return _sentence(short)


_TITLE_WORDS = 8  # a bold title longer than this is a sentence set in bold
# A clause in a bold label ("**Bottles are used by default except when:**", "**When
# scaling down, …:**"): it states something, it titles nothing.
# A verb written with a capital past the first word is part of a name ("the Tin Can").
_CLAUSE_IN_TITLE = re.compile(
    r",|(?:^(?i:{v})|\b(?:{v}))\b".format(
        v="is|are|was|were|will|would|can|could|should|must|may|might|do|does|did|has|"
        "have|had|be|been|get|gets|use|uses|run|runs|make|makes|includes?|need|needs"
    )
)


def _titles_list(ctx: Context, index: int, label: str) -> bool:
    """Whether ``label`` (a list's lead-in) is the bold title of the paragraph right
    above the list, alone on its paragraph, a noun phrase of a few words: it names what
    the list holds as a heading would."""
    return bool(
        label
        and label == bold_title(ctx, index)
        and len(label.split()) <= _TITLE_WORDS
        and not _CLAUSE_IN_TITLE.search(label)
        and not label.lower().startswith(_LEAD_IN_SKIP)
        and not any(g in f" {label.lower()}" for g in _LEAD_IN_GENERIC)
    )


_BARE_TERM_WORDS = 3  # an item of at most this many words (no sentence) only names


_Block = TypeVar("_Block", Paragraph, ListBlock)


def _next_in_section(ctx: Context, index: int, kind: type[_Block]) -> _Block | None:
    """The block right after block ``index`` when it is of ``kind`` and in the same
    section: a list's explanation or last case (a paragraph), a lead-in's list."""
    if index + 1 >= len(ctx.items):
        return None
    after = ctx.items[index + 1]
    if after.headings != ctx.items[index].headings or not isinstance(after.block, kind):
        return None
    return after.block


def _explained_below(ctx: Context, index: int, items: list[str]) -> str:
    """The paragraph right after a list of bare terms ("`HighThresholdPercent`",
    "`LowThresholdPercent`") that names every one of them: it says what they are, so
    it belongs with them on the back. "" when there is none."""
    if len(items) < 2 or not all(
        len(i.split()) <= _BARE_TERM_WORDS and not i.endswith((".", ":", "!", "?")) for i in items
    ):
        return ""
    after = _next_in_section(ctx, index, Paragraph)
    if after is None:
        return ""
    text = clean(after.text).replace("\n", " ")
    lowered = text.lower()
    if all(i.strip("`* ").lower() in lowered for i in items):
        return text
    return ""


# A paragraph that goes on from the list above it: "In both cases …", "Either way …".
# The last case of a ranked list ("If all of the above match, then …", "Otherwise, …",
# "If none of these apply, …") finishes it too: without it the ranking has no end.
_GOES_ON_FROM_LIST = re.compile(
    r"^(?:in (?:both|either|each|all|any) (?:cases?|of (?:these|them|those))|either way|"
    r"both of (?:these|them)|this rounds|these rules|otherwise|in (?:all )?other cases|"
    r"if (?:all|none|neither|any) (?:of )?(?:the above|these|them|those)|"
    r"when (?:all|none) (?:of )?(?:the above|these|them|those))\b",
    re.IGNORECASE,
)
_RULE_OPENING = 3  # words an item and the paragraph after the list open on alike


def _completed_below(ctx: Context, index: int, items: list[str]) -> str:
    """The paragraph right after a list that finishes it: it refers back to the list
    ("In both cases …") or works one of the list's cases through, opening as an item
    does ("When you specify a percentage, …" after "When you specify an integer, …" and
    "When you specify a percentage …"): it belongs on the list's back. "" otherwise."""
    after = _next_in_section(ctx, index, Paragraph) if len(items) >= 2 else None
    if after is None:
        return ""
    text = clean(after.text).replace("\n", " ").strip()
    if not text or text.endswith(":") or after.label:
        return ""
    opening = [w.lower() for w in text.split()[:_RULE_OPENING]]
    alike = [i for i in items if [w.lower() for w in i.split()[:_RULE_OPENING]] == opening]
    if _GOES_ON_FROM_LIST.match(text) or (len(opening) == _RULE_OPENING and len(alike) >= 2):
        return text
    return ""


# "There are two types of system components: those that …, and those …": a count of
# kinds, the list's question.
_COUNTED_KINDS = re.compile(
    r"^There are (two|three|four|five|six|seven|eight|nine|ten|[2-9]) "
    r"(types|kinds|sorts|categories|classes|levels|modes|ways) of ([^:.;]{1,60}?)\s*(?::\s*(.*))?$",
    re.IGNORECASE,
)
_ONLY_EXAMPLE = re.compile(r"^(?:for example|for instance|e\.g\.?)[:.]?$", re.IGNORECASE)


def _counted_kinds(ctx: Context, index: int) -> tuple[str, str] | None:
    """The paragraph right before a list opening on a count of kinds ("There are two
    types of system components: those …, and those …. For example:"): "What are the two
    types of system components?" → the kinds the sentence names, then the list. None
    when the paragraph opens otherwise."""
    if index == 0:
        return None
    before = ctx.items[index - 1]
    if before.headings != ctx.items[index].headings or not isinstance(before.block, Paragraph):
        return None
    sentences = _SENTENCE_END.split(clean(before.block.text).replace("\n", " ").strip())
    if not sentences or not (sentences[-1].endswith(":") or len(sentences) == 1):
        return None
    counted = _COUNTED_KINDS.match(sentences[0].rstrip(".").strip())
    if counted is None:
        return None
    count, kind, what, named = counted.groups()
    rest = [named or "", *sentences[1:]]
    kinds = " ".join(x.strip() for x in rest if x.strip() and not _ONLY_EXAMPLE.match(x.strip()))
    kinds = kinds.rstrip(":").strip()
    return f"What are the {count.lower()} {kind.lower()} of {what.strip()}?", kinds


_POINTER_WORDS = 6  # "Here's an example", "Here are a few of them": a pointer, no more


def _asked_before_list(ctx: Context, index: int) -> str:
    """The author's question in the paragraph right before a list, when a short pointer
    to the list follows it ("What might X look like? Here's an example:"); "" else."""
    if index == 0:
        return ""
    before = ctx.items[index - 1]
    if before.headings != ctx.items[index].headings or not isinstance(before.block, Paragraph):
        return ""
    text = clean(before.block.text).replace("\n", " ").strip()
    sentences = _SENTENCE_END.split(text)
    if len(sentences) < 2 or not text.endswith(":"):
        return ""
    pointer = sentences[-1].rstrip(":").strip()
    if len(pointer.split()) > _POINTER_WORDS or not any(
        g in f" {pointer.lower()}" for g in _LEAD_IN_GENERIC
    ):
        return ""
    asked = sentences[-2].strip()
    return asked if asked.endswith("?") and question_text(asked) else ""


# A lead-in that points back: opened by a personal pronoun or "also", or naming its
# subject as "that X"/"those X" after a verb or preposition.
# "You can use the image provided:", "We can use the scripts available": a thing the
# lead-in names only by a participle with no one doing it (provided by whom, for what).
_UNNAMED_OFFER = re.compile(
    r"^(?:you|we|one)\s+(?:can|could|may)\s+(?:also\s+)?use\s+(?:the|our|these|this)\s+"
    r"[^,;:]*?\b(?:provided|available|included|supplied|offered)$",
    re.IGNORECASE,
)
_POINTS_BACK = re.compile(
    r"^(?:It|Its|They|Their|He|She|Also)\b"
    # "Which means X routes to Y when:" continues the sentence or fence before it: what
    # it means is said there, on no card of this list. "This means:" alone says nothing
    # either; "This means that for all commands … you must either:" states its own rule.
    r"|^which\s+means\b|^(?:this|that)\s+means\W*$"
    r"|\b(?:of|for|with|from|on|to|use|using|make|apply|set|configure)\s+(?:that|those)\s+"
    r"(?!is\b|are\b|was\b|were\b|will\b|can\b|the\b|a\b|an\b|you\b|we\b|it\b|they\b)[a-z]",
    re.IGNORECASE,
)


# A lead-in pointing back at what the text before it named: "If you see such errors, …",
# "Of these connections, the most important …", "There can be many reasons for the
# unhealthiness", "… rules of thumb to get a rough estimate" (of what?). ``what`` is the
# word the referent was named by, when the lead-in says it.
_REFERS_BACK = re.compile(
    r"\bsuch\s+(?!as\b|that\b)(?:an?\s+)?(?P<such>[a-z][\w-]+)"
    r"|^(?:of|among|from)\s+(?:these|those)\s+(?P<of>[a-z][\w-]+),"
    r"|\b(?:reasons?|causes?)\s+(?:for|of|behind)\s+the\s+(?P<cause>[a-z][\w-]+)$"
    r"|\bto\s+(?:get|give|make|form)\s+an?\s+(?:\w+\s+)?"
    r"(?:estimate|idea|sense|picture|overview|approximation)$"
    # "This can create complex eviction scenarios", "As a result, we get …": a
    # consequence of the sentence before, named by no word of its own.
    r"|^(?:this|that)\s+(?:can|could|will|would|may|might|creates?|leads?|causes?|results?|"
    r"gives?|makes?|brings?)\b"
    r"|^(?:as\s+a\s+(?:result|consequence)|consequently|because\s+of\s+(?:this|that)|"
    r"therefore|thus|hence),",
    re.IGNORECASE,
)
# A lead-in that only asks the reader to take note ("Please note that:", "Keep in mind
# that:"): what it is about is the sentence before it.
# A bare "Note:" is a label of its own (asked of the author's question it sits under).
_NOTE_THAT = re.compile(
    r"^(?:please\s+(?:also\s+)?(?:{v})(?:\s+that)?|(?:also\s+)?(?:{v})\s+that)$".format(
        v=r"note|keep\s+in\s+mind|bear\s+in\s+mind|be\s+aware|remember"
    ),
    re.IGNORECASE,
)
# "If you see such errors, you may have to do one of the following": a fix for the
# problem its section's heading names ("Transaction timeouts").
_FIX_FOR_SUCH = re.compile(
    r"^(?:if|when|whenever|should)\s+[^,]*\bsuch\s+(?:errors?|issues?|problems?|failures?|"
    r"symptoms?|messages?|warnings?|timeouts?)\b[^,]*,\s+(?:you|we)\s+"
    r"(?:may|might|can|could|should|will|need|have)\b",
    re.IGNORECASE,
)
# A sentence sending the reader elsewhere ("… refer to the section 'Structs'.", "See the
# guide for details."): it says nothing a lead-in after it could be about.
_CROSS_REFERENCE = re.compile(
    r"\b(?:refer\s+to|see|read|consult)\s+(?:the\s+)?(?:section|page|chapter|docs|"
    r"documentation|guide|reference)\b|\bfor\s+(?:more\s+)?(?:details|information)\b",
    re.IGNORECASE,
)
_CARRIED_WORDS = 40  # a front carrying the sentence before its lead-in asks no more
_STEM = 5  # "unhealthiness" names what "unhealthy" said: their first letters match


def _sentences_before_lead_in(ctx: Context, index: int) -> list[str]:
    """The sentences of the paragraph right before the list that come before its
    lead-in (its last sentence), nearest first; [] when there is no such paragraph."""
    if index == 0:
        return []
    before = ctx.items[index - 1]
    if before.headings != ctx.items[index].headings or not isinstance(before.block, Paragraph):
        return []
    sentences = _SENTENCE_END.split(" ".join(clean(before.block.text).split()))
    return [s.strip() for s in reversed(sentences[:-1]) if s.strip()]


def _referent_carried(ctx: Context, index: int, lead_in: str) -> str | None:
    """``lead_in`` as it is when it points back at nothing; with the sentence of its
    paragraph that names what it points at put before it ("vtgate is seeing the
    vttablet as unhealthy. There can be many reasons for the unhealthiness"), or the
    sentence right before it when the lead-in does not say by what word ("… the cost
    of a query. … to get a rough estimate"); None when no sentence there names it
    plainly: asked alone, the card would not say what its list is about. A sentence
    naming it but too long to carry, or pointing further back itself, leaves the
    lead-in as it is."""
    bare = lead_in.rstrip(":.… ").strip()
    found = _REFERS_BACK.search(bare)
    if found is None and not _NOTE_THAT.match(bare):
        return lead_in
    what = ""
    if found is not None:
        what = (found.group("such") or found.group("of") or found.group("cause") or "").lower()
    # "unhealthiness" is named by "unhealthy", "craze" by "crazing": a word's first
    # letters, its last one left off when it is short.
    stem = what.rstrip("s")
    stem = stem[:_STEM] if len(stem) > _STEM else stem[:-1] if len(stem) > _STEM - 1 else stem
    for sentence in _sentences_before_lead_in(ctx, index):
        if _CROSS_REFERENCE.search(sentence):
            continue
        words = re.findall(r"[\w-]+", sentence.lower())
        if what and not any(word.startswith(stem) for word in words):
            continue  # says nothing of what the lead-in points at: look further up
        if len(sentence.split()) + len(bare.split()) > _CARRIED_WORDS:
            # Named, but in a sentence too long to ask with it: the lead-in stays as
            # written, its referent a sentence away rather than nowhere.
            return lead_in
        # "It is possible to run daemon processes …": an "it" that points at nothing.
        expletive = _EXPLETIVE_IT.match(sentence)
        said = sentence[expletive.end() :] if expletive else sentence
        if (
            _REFERS_BACK.search(said)
            or _POINTS_BACK.search(said)
            or _subject_elsewhere(said, ctx.heading_texts(index))
        ):
            # The naming sentence points further back itself ("… from the previous
            # seal"): carried, it would be dropped for that; the lead-in stays.
            return lead_in
        joined = sentence if sentence.endswith((".", "!", "?")) else f"{sentence}."
        return f"{joined} {_sentence(bare)}"
    return None


# A heading naming a problem as a noun ("Transaction timeouts", "Merge conflicts").
_PROBLEM_NOUN = re.compile(
    r"\b(?:errors?|timeouts?|failures?|issues?|problems?|crash(?:es)?|leaks?|conflicts?|"
    r"deadlocks?|panics?|outages?|exceptions?)$",
    re.IGNORECASE,
)


def _such_fix_front(ctx: Context, index: int, lead_in: str) -> str:
    """ "What can you do about transaction timeouts?" for a list of fixes whose lead-in
    points at the problem only as "such errors" ("If you see such errors, you may have
    to do one of the following:") under a heading that names the problem; "" when the
    lead-in or the heading is of any other shape."""
    if not _FIX_FOR_SUCH.match(lead_in):
        return ""
    nearest = ctx.nearest_heading(index)
    if not nearest or nearest == ctx.title:
        return ""  # the page's own title is no problem of one section
    problem = " ".join(clean_heading(nearest).split()).rstrip(".!:")
    if not problem or question_text(problem) or len(problem.split()) > _PROBLEM_WORDS:
        return ""
    named = problem.split(" ", 1)[0] in ctx.proper_names
    if PROBLEM_TITLE.search(problem):
        return fix_question(problem, named)
    if not _PROBLEM_NOUN.search(problem):
        return ""
    word = problem.split(" ", 1)[0]
    if word[:1].isupper() and word[1:].islower() and not named:
        problem = problem[0].lower() + problem[1:]
    return f"What can you do about {problem}?"


# A lead-in whose subject is a pronoun after an opening connective ("But they may also
# have …:", "In order for it to access …:"): what "it" is stayed in a sentence before.
_LEADING_PRONOUN = re.compile(
    r"^(?:(?:but|and|so|yet|however|also|still|then|now|thus|hence|therefore|in\s+order|"
    # "First, it comes with two annotations:": an ordinal or additive opening too.
    r"first(?:ly)?|second(?:ly)?|third(?:ly)?|next|finally|here|additionally|moreover|"
    r"furthermore|besides|in\s+addition|likewise|similarly)"
    r",?\s+)+(?:for\s+)?(?:it|they|them|its|their)\b",
    re.IGNORECASE,
)
# "… to tell the chart to do exactly that:", "… the steps to fix it:": a lead-in ending
# on a pronoun standing for what the text before it said. ("… like this:", "… do this:"
# point ahead at the list as often, and stay.)
_ENDS_ON_PRONOUN = re.compile(
    r"\b(?:do|does|did|doing|achieve|accomplish|fix|solve|avoid|prevent|handle|change|"
    r"enable|disable|get|make)\s+(?:exactly\s+|just\s+|all\s+)?(?:that|it|them)\W*$",
    re.IGNORECASE,
)
# "Take the CloneSet YAML below as an example:", "… in the diagram above:": a lead-in
# pointing at code, a picture or a table beside the list, which no card of the list
# shows; its items speak of what that shows ("Modify the two fields above …").
# (Nouns a Markdown list never is: "the commands below" may be the list itself.)
_SHOWN_NOUN = (
    r"(?:yaml|json|toml|xml|manifest|snippet|script|code|diagram|figure|image|picture|"
    r"screenshot|table|output|listing|file)"
)
_SHOWN_ELSEWHERE = re.compile(
    rf"\b{_SHOWN_NOUN}\s+(?:below|above)\b|\b(?:below|above)\s+{_SHOWN_NOUN}\b",
    re.IGNORECASE,
)
# A sentence opening on "That" and a noun ("That server endpoint can be …"): a
# demonstrative naming what the sentence before it said ("That is, …" is no such).
_THAT_OPENING = re.compile(
    r"^that\s+(?!is\b|was\b|are\b|means\b|said\b|way\b|being\b|also\b|can\b|will\b|"
    r"would\b|should\b|may\b|might\b|must\b)(?P<what>[`\w][\w`.-]*)",
    re.IGNORECASE,
)
# "this feature", "those known differences", "the rest", "the previous `X`": a lead-in
# naming what it speaks of only by pointing back. "these" is left out: it points ahead
# at the list as often ("Helm checks these fields:", "follow these steps:"), as do "in
# this order:", "in this way:", "work like this when …:".
_POINTING_BACK = re.compile(
    r"(?<!\blike\s)\b(?:this|those)\s+(?!(?:is|was|can|could|will|would|may|might|must|should|does|did|"
    r"has|had|means|leads|makes|allows|lets|gives|helps|happens|works|depends|requires|"
    r"applies|to|in|into|on|onto|for|with|by|from|at|of|as|and|or|up|out|when|if|where|"
    r"while|because|so|but|"
    r"way|order|sequence|format|form|manner|guide|page|tutorial|document|section|article|chapter|list)\b)"
    r"(?P<what>[`\w][\w`.-]*)"
    # "the rest" in lower case: "the REST API" is a name.
    r"|\bthe\s+(?:(?-i:rest)|previous|above|aforementioned|former|latter)\b"
    r"|\b(?:nearly|mostly|largely|almost|roughly|essentially|basically)\s+the\s+same\b"
    r"(?!\s+(?:as|to)\b)",
    re.IGNORECASE,
)
# "We tested two cases (…):", "in three scenarios": a count of cases that says nothing of
# what the cases are about (the comparison the section made above); "two cases when
# setting this to X" says what they are cases of.
_COUNTED_CASES = re.compile(
    r"\b(?:two|three|four|five|several|a\s+few|\d+)\s+(?:cases|scenarios)\b"
    r"(?!\s+(?:when|where|in\s+which|of|for|if|depending)\b)",
    re.IGNORECASE,
)
# An opening purpose clause ("To secure this endpoint with TLS, …", "To benefit from
# this speedup, …"): it names the goal the heading is about, so "this" is plain.
_PURPOSE_CLAUSE = re.compile(r"^to\s+[^,]+,", re.IGNORECASE)
# A reader instruction or exercise prompt ("Remember the structure …:", "Think about
# which …:", "Write down …:"): it asks the reader to do something, not what is listed.
# "Remember that we can stop it using:" states a fact the list finishes, and stays.
_READER_INSTRUCTION = re.compile(
    r"^(?:now,?\s+|first,?\s+|next,?\s+)?(?:remember|notice|think\s+about|imagine|recall|"
    r"guess|write\s+down|take\s+a\s+(?:moment|minute)|try\s+to\s+(?:guess|think|remember))\b"
    r"(?!\s+that\b)",
    re.IGNORECASE,
)


# "this field", "this flag": a setting pointed at by its kind alone, and the code-named
# setting of that kind ("the `endPort` field", "`--all` flag") a paragraph above names.
_THIS_SETTING = re.compile(r"\bthis\s+(field|option|flag|setting|parameter|annotation|label)\b")


def _named_from_above(ctx: Context, index: int, lead_in: str) -> str:
    """``lead_in`` with "this field" (or flag, option, …) named as the one code-named
    setting of that kind in the nearest paragraph above it in its section that names
    any ("the `endPort` field"); "" when the lead-in points at no setting or the
    section names none, or more than one, of that kind."""
    found = _THIS_SETTING.search(lead_in)
    if found is None:
        return ""
    kind = found.group(1)
    named = re.compile(rf"(`[^`\n]+`)\s+{kind}s?\b", re.IGNORECASE)
    headings = ctx.items[index].headings
    for back in range(index - 1, -1, -1):
        item = ctx.items[back]
        if item.headings != headings:
            break
        if not isinstance(item.block, Paragraph):
            continue
        names = {m.group(1) for m in named.finditer(item.block.text)}
        if not names:
            continue
        if len(names) > 1:
            return ""  # two fields above: which one "this field" is is not plain
        return f"{lead_in[: found.start()]}the {names.pop()} {kind}{lead_in[found.end() :]}"
    return ""


# A word standing for something named elsewhere: a lead-in holding one leans on its
# heading (or the text before it) for what it is about.
_LEANING_WORD = re.compile(
    r"\b(?:it|its|they|them|their|he|she|this|these|those|such|above|previous|former|"
    r"latter|same|both|either|neither|other|others)\b",
    re.IGNORECASE,
)
# A name inside a sentence: a capitalised word not opening it, or a code span.
_INNER_NAME = re.compile(r"(?<=[\w,)]\s)[A-Z][\w.-]*[a-z0-9]|`[^`\n]+`")


# A lead-in only setting the scene for the question above it ("Assuming you have two
# …, and you want to move …:"), giving its purpose ("To understand if …, I will
# describe two scenarios"), or the author telling what comes: the heading asks.
_SETS_THE_SCENE = re.compile(
    r"^(?:assuming|suppose|supposing|given|imagine|say|let['’]?s|let\s+us|consider|to\s+\w+)\b"
    r"|\b(?:i|we)\s+(?:will|shall|(?:are\s+)?going\s+to)\b|\b(?:i|we)['’]ll\b",
    re.IGNORECASE,
)


def _names_own_subject(lead_in: str) -> bool:
    """Whether a statement lead-in names what it is about itself ("When you install
    Chaos Mesh on Kubernetes …, you need to follow the below process:"): a name in
    it, no word leaning on text elsewhere ("it", "these", "the same"), and no opening
    that only sets the scene for a question asked above it."""
    return (
        _THAT_OPENING.match(lead_in) is None
        and not _SETS_THE_SCENE.search(lead_in)
        and not _LEANING_WORD.search(lead_in)
        and bool(_INNER_NAME.search(lead_in))
    )


def _subject_elsewhere(lead_in: str, headings: tuple[str, ...]) -> bool:
    """Whether a statement lead-in says what its list is about only elsewhere: its
    subject a pronoun after a connective, a back-reference ("this feature", "the rest",
    "nearly the same") whose noun no heading above names, a bare count of cases, or a
    reader instruction ("Remember …"). Asked alone, such a card does not say what the
    list is; a heading that is the author's question names it, and keeps the card."""
    titled = [h for h in headings if h]
    first = re.split(r"(?<=[.!?])\s+(?=[A-Z`])", lead_in, maxsplit=1)[0]
    if _SHOWN_ELSEWHERE.search(first):
        # The YAML "below" is on no card of the list, under any heading.
        return True
    if titled and question_text(titled[-1]):
        # The nearest heading titles the card; an ancestor question ("Why use X?" ›
        # "Comparison with Y") does not say what "two cases" are about.
        return False
    if _READER_INSTRUCTION.match(lead_in) or _LEADING_PRONOUN.match(lead_in):
        return True
    if _COUNTED_CASES.search(lead_in) or _ENDS_ON_PRONOUN.search(first.rstrip(":").rstrip()):
        return True
    named = re.findall(r"[\w$-]+", " ".join(headings).lower())
    purpose = _PURPOSE_CLAUSE.match(lead_in)
    # Only the first sentence can point outside: "You can set `--dry` to … . This keeps
    # …" points at the sentence the lead-in itself carries.
    pointers = [*_POINTING_BACK.finditer(first), *_THAT_OPENING.finditer(first)]
    for found in pointers:
        if purpose and found.start() < purpose.end():
            continue  # "To benefit from this speedup, …": the goal names it
        what = (found.group("what") or "").strip("`").lower()
        # A word's stem: "This separation" under "Separating … roles" names it too.
        stem = what[:6] if len(what) >= 6 else what.rstrip("s")
        if stem and any(word.startswith(stem) for word in named):
            continue  # "this field" under "The `fsGroup` field": the heading names it
        return True
    return False


# A lead-in pointing back at what the section showed: "Without this optimization, …",
# "With these settings …" (a guide, page or section points at the document instead).
_POINTS_AT_EXAMPLE = re.compile(
    r"\b(?:this|that|these|those)\s+(?!(?:guide|page|tutorial|document|section|article|"
    r"chapter|book|course|post|lesson)\b)[a-z]",
    re.IGNORECASE,
)


def _example_bound(ctx: Context, index: int, items: list[str]) -> bool:
    """Whether a list is a part of the example its section showed above it: its lead-in
    points back at it ("Without this optimization, … the following steps to run
    `main.js`:") and most of its items name what only the example's code defines (its
    files, its variables). Such steps walk through the example; without it on the card
    they teach nothing."""
    if not question_text(ctx.nearest_heading(index)):
        # Only a question's section holds an example it walks through; a concept page's
        # list after its manifest ("these restrictions", "this feature") states rules.
        return False
    headings = ctx.items[index].headings
    code: list[str] = []
    at = index - 1
    while at >= 0 and ctx.items[at].headings == headings:
        block = ctx.items[at].block
        # (A question heading holds its first answer blocks: its example among them.)
        inner = (*block.answer, *block.more) if isinstance(block, Question) else (block,)
        code.extend(b.text for b in inner if isinstance(b, Code))
        at -= 1
    if not code or len(items) < 2:
        return False
    shown = "\n".join(code)

    def named(text: str, shown_on_front: str = "") -> bool:
        # A name the front itself shows ("Where `sm/ns/name/0` is …:") is answerable.
        return any(
            len(span) > 3
            and span[1:-1].strip() in shown
            and span[1:-1].strip() not in shown_on_front
            for span in _CODE_SPAN.findall(text)
        )

    lead_in = _paragraph_above(ctx, index)
    last = _SENTENCE_END.split(lead_in)[-1]
    if not lead_in.endswith(":") or not (_POINTS_AT_EXAMPLE.search(last) or named(last)):
        return False
    return sum(1 for item in items if named(item, last)) * 2 > len(items)


def _answers_a_set_up(ctx: Context, index: int) -> bool:
    """Whether a list is on the back of its section's question as the answer after a
    set-up and its example (see :func:`_answer_after_example`): a second card asking it
    by its lead-in would only compete with the question's own."""
    headings = ctx.items[index].headings
    at = index - 1
    while at >= 0 and ctx.items[at].headings == headings:
        block = ctx.items[at].block
        if isinstance(block, Question):
            if block.kind != "heading" or block.hidden:
                return False
            question = clean(block.text).replace("\n", " ").strip()
            found = _answer_after_example(
                question, block.answer, block.more, _section_blocks(ctx, at)
            )
            return bool(found) and ctx.items[index].block in (found or ())
        at -= 1
    return False


def _items_back(block: ListBlock, items: list[str]) -> str:
    """A list card's back: each item on its line, numbered as the author numbered it."""
    bullet = "{n}. " if block.ordered else "• "
    return "\n".join(bullet.format(n=block.start + n) + item for n, item in enumerate(items))


# An item whose code is what a command printed ("The output is similar to this:").
_SHOWS_OUTPUT = re.compile(r"\b(?:outputs?|prints?|printed|similar to)\b[^.]*$", re.IGNORECASE)


def _with_item_code(notes: tuple[Note, ...], block: ListBlock) -> tuple[Note, ...]:
    """A list card whose items run into code fenced inside them ("• Set the profile in
    the config file" over the object it writes, see ``ListBlock.codes``) shows each
    code under its item, its lines as written, when the card still fits (about 700
    characters); else the items alone. Added after the card's text was cleaned: code
    keeps its indentation and marks."""
    if not any(block.codes) or any(
        code and _SHOWS_OUTPUT.search(item)
        for item, code in zip(block.items, block.codes, strict=False)
    ):
        # "The output is similar to this:" over what a command printed: a session's
        # record, not something to recall.
        return notes
    out: list[Note] = []
    for note in notes:
        if isinstance(note, FactNote) and note.type is NoteType.LIST:
            lines = note.back.split("\n")
            starts = [n for n, line in enumerate(lines) if _ITEM_LINE_START.match(line)]
            if len(starts) == len(block.codes) == len(block.items):
                coded: list[str] = []
                item = 0
                for n, line in enumerate(lines):
                    coded.append(line)
                    last_of_item = n + 1 == len(lines) or (n + 1) in starts
                    if last_of_item and item < len(starts) and n >= starts[item]:
                        code = block.codes[item]
                        coded.extend(c.rstrip() for c in code.splitlines())
                        item += 1
                back = "\n".join(coded)
                if len(back) <= ANSWER_CHARS:
                    note = replace(note, back=back)
                else:
                    # The code does not fit: an item pointing at it ("… using
                    # port-forwarding as shown below", "… in the pipeline:") points
                    # at nothing on the card.
                    for item, start in enumerate(starts):
                        if block.codes[item]:
                            lines[start] = _SHOWN_BELOW.sub(".", lines[start])
                            if lines[start].endswith(":"):
                                lines[start] = lines[start][:-1].rstrip() + "."
                    note = replace(note, back="\n".join(lines))
        out.append(note)
    return tuple(out)


# An item's closing pointer at the code under it: "… as shown below", ", as follows:".
_SHOWN_BELOW = re.compile(
    r",?\s+(?:as|like)\s+(?:(?:shown|seen|given|listed)\s+)?(?:below|follows)\s*[:.]?$",
    re.IGNORECASE,
)


# A label that is only a release number ("1.36", "v2.4.x").
_VERSION_LABEL = re.compile(r"^v?\d+(?:\.(?:\d+|x))+$", re.IGNORECASE)


def labelled_list(ctx: Context, index: int) -> tuple[Note, ...] | None:
    """A list under a label ("✅ Use cases:", "❌ Drawbacks:") or a heading ("When to use",
    "Key points", "What it is"): one ``list`` note holding every item,
    "<subject>: <label>?"; code fenced in an item that runs into it stays under it."""
    notes = _labelled_list_items_only(ctx, index)
    block = ctx.items[index].block
    if notes and isinstance(block, ListBlock):
        return _with_item_code(notes, block)
    return notes


def _labelled_list_items_only(ctx: Context, index: int) -> tuple[Note, ...] | None:
    """:func:`labelled_list` with each item's text alone on the back: the code fenced
    in items is added after the card's text was cleaned (see :func:`_with_item_code`)."""
    block = ctx.items[index].block
    if not isinstance(block, ListBlock):
        return None
    items = [clean(item).replace("\n", " ") for item in block.items]
    items = [item for item in items if item]
    if not items:
        return ()
    if items[-1].endswith(":"):
        items[-1] = _finish_dangling_item(ctx, index, items[-1])
    label = ctx.lead_in(index)
    if _example_bound(ctx, index, items) or _answers_a_set_up(ctx, index):
        return ()
    if _exercise_statement(ctx, index):
        return ()
    if _KIND_ONLY_LABEL.match(label.rstrip(":").strip()) and not any(
        q for _, q in _headings_asked(ctx, index)
    ):
        # "Note:" / "**Caution:**" over a list: "Derived Time Series: note?" asks
        # nothing a learner could answer; the items are asides to the prose above.
        # (Under the author's question, "Why are apple trees grafted: note?" says what
        # the note is about.)
        return ()
    if _CONTINUING_LEAD_IN.match(label):
        # "Or third party projects compatible with X:" goes on from the list before it
        # ("See also projects based on X:"): alone it does not say what it lists.
        return ()
    if _OUTLINE.match(label) or (not label and _OUTLINE.match(_paragraph_above(ctx, index))):
        # "This guide shows you how to:", "In this guide, you deploy a sample app to
        # learn …." over the steps: the page's outline, not knowledge.
        return ()
    if _test_setup_versions(ctx, index, label, items):
        return ()
    if _PRACTICE_LEAD_IN.match(label) and all(_BARE_CODE.match(i) for i in items):
        # "Try these commands:" over bare commands: an exercise with no answer written
        # ("Try the following steps:" over what each step does is a how-to and stays).
        return ()
    counted = _counted_kinds(ctx, index)
    if counted:
        front, kinds = counted
        back = _items_back(block, items)
        back = f"{kinds}\n{back}" if kinds else back
        slug = f"{ctx.place(index)}/{slugify(front)}"
        return _fact(ctx, index, slug, front, back, kind=NoteType.LIST)
    announced = _announced_list(ctx, index, label)
    if announced:
        back = _items_back(block, items)
        slug = f"{ctx.place(index)}/{slugify(announced)}"
        return _fact(ctx, index, slug, announced, back, kind=NoteType.LIST)
    in_prose = _asked_before_list(ctx, index)
    if in_prose:
        # "What might X look like in more detail? Here's an example:" over the list:
        # the author asked the list's question in prose; it is the front, not the heading.
        if _leans_on_parent(in_prose):
            in_prose = f"{ctx.subject(index)}: {in_prose}"
        back = _items_back(block, items)
        slug = f"{ctx.place(index)}/{slugify(in_prose)}"
        return _fact(ctx, index, slug, in_prose, back, kind=NoteType.LIST)
    fields = _code_fields(ctx, index, items) if not label else None
    if fields is not None:
        owner, keys = fields
        return tuple(
            note
            for key, item in zip(keys, items, strict=True)
            for note in _fact(
                ctx,
                index,
                f"{ctx.place(index)}/fields/{slugify(key)}",
                f"What is the `{key}` field of {owner}?",
                item,
            )
        )
    # "It offers two modes:" asks of what only with the name the sentence before gives,
    # or under the author's question about it ("What is CRA and its benefits?" › "It
    # includes everything …:"); else the section asks.
    resolved = _pronoun_resolved(ctx, index, label)
    if resolved is None and not question_text(ctx.nearest_heading(index)):
        label = ""
    elif resolved is not None:
        label = resolved
    if _EXAMPLE_POINTER.match(label):
        label = ""  # "In the above example:" names nothing: the section asks
    sentence = ""  # a lead-in that is a whole statement: part of the question
    carried = False  # the sentence before the lead-in is part of ``sentence``
    if _NOTE_THAT.match(label.strip()):
        # "Please note that:" over its points: what they are about is the sentence
        # before it, asked with it; with no such sentence nothing says it.
        noted = _referent_carried(ctx, index, label)
        if noted is None:
            return ()
        sentence, label, carried = noted, "", True
    generic = any(g in f" {label.lower()}" for g in _LEAD_IN_GENERIC)
    code = _pointed_code(ctx, index, label)
    which = _which_question(label)
    if code is not None:
        return _code_summary(ctx, index, block, items, label, code)
    if _POINTS_AT_CODE.match(label):
        return ()  # what "this command" does, without the command: nothing to ask
    follows = _AS_FOLLOWS.match(label)
    if label and not generic and label == ctx.unfinished_lead_in(index):
        sentence, label = label, ""  # "When the kettle is full, …": the list ends it
    elif which:
        sentence, label = which, ""
    elif follows:
        sentence, label = follows.group(1), ""  # "The options are as follows:"
    elif _titles_list(ctx, index, label):
        # "**Key differences from SQL Database:**" alone over its list: a title the
        # author set in bold, as a heading, not a sentence the list finishes; asked as
        # "Azure SQL Database: key differences from SQL Database?", never "… …?".
        pass
    elif label and len(label.split()) > 4 and not generic:
        sentence, label = label, ""
    elif label and (label.lower().startswith(_LEAD_IN_SKIP) or len(label.split()) > 4):
        if len(label.split()) > 4 and _lists_in_section(ctx, index) > 1:
            # Two lists of one section ("Resource quotas work like this:", "Examples of
            # policies … are:") would share "<section>: key points?" and be merged:
            # each one's lead-in says what it lists.
            sentence = label
        label = ""
    top = ctx.top_heading(index)
    nearest = ctx.nearest_heading(index)
    subject = ctx.subject(index)
    asks = _headings_asked(ctx, index)
    whole_lead_in = ctx.lead_in(index)
    if (
        generic
        and not sentence
        and (nearest == top or _narrows_heading(whole_lead_in, nearest))
        and len(whole_lead_in.split()) > _STATED_LEAD_IN
        and not _LEANING_OPENING.match(whole_lead_in)
        and not re.match(r"^to\s", whole_lead_in, re.IGNORECASE)
        and not _how_do_you(whole_lead_in)
    ):
        # "Bottles are used by default except under the following conditions:": the
        # statement is what the list finishes; without it the list would be asked of
        # the page's title and read as the opposite. An instruction ("To check a
        # cache, use the following checklist") states nothing: the section asks.
        sentence, label = whole_lead_in, ""
    if not label and not sentence and nearest != top and asks and asks[-1][1]:
        # An unlabelled list in the answer to a question heading: the question's own
        # card asks it; a second card asking it again would only compete with it.
        return ()
    if label and question_text(top):
        # Under a question heading ("What are the types of Services?") the list is
        # about the first heading below it that names something ("NodePort").
        named = [t for t in ctx.heading_texts(index) if t and not question_text(t)]
        subject = _entity_name(subject_of(named[0])) if named else subject
    elif label:
        # Under a question heading inside a section ("Core React › What is the key
        # prop?"): the list ("**Note:**", "Timeline") is about that question, or the
        # heading below it that names something, never about the whole section.
        asked = [n for n, (_, q) in enumerate(asks) if n and q]
        if asked:
            below = [t for t, q in asks[asked[-1] + 1 :] if not q]
            subject = (
                _entity_name(subject_of(below[0]))
                if below
                else asks[asked[-1]][1].rstrip("?").rstrip()
            )
        elif nearest != top and _VERSION_LABEL.match(label.strip()):
            # "**1.36**:" under "### Version specific notes": a bare version is a key
            # of its section, never of the page's top heading ("Annexes: 1.36?").
            subject = subject_of(nearest)
        elif (
            nearest != top
            and _names_a_thing(nearest)
            and subject_of(nearest).lower() not in label.lower()
        ):
            # "## Storage › ### Amazon S3" over "**Benefits:**": the benefits are the
            # service's, not the whole section's ("Storage: benefits?" names none).
            subject = _entity_name(subject_of(nearest))
    if label:
        title = label
    elif nearest and nearest != top:
        title = nearest
    else:
        title = top
    asking = ""  # the question heading the list's own heading answers part of
    if not label and not sentence and title == nearest and title != top:
        asked = [n for n, (_, q) in enumerate(asks[:-1]) if n and q]
        if asked and asked[-1] == len(asks) - 2:
            # "Can you explain how useState works internally? › Re-render and State
            # Update": the part is asked of its question, never of the whole section.
            asking = asks[asked[-1]][1].rstrip("?").rstrip()
    explained = _explained_below(ctx, index, items) or _completed_below(ctx, index, items)
    if explained:
        items = [*items[:-1], f"{items[-1]}\n{explained}"]
    if label and _POINTS_BACK.match(label):
        return ()  # "Also notice:": about what the paragraph before said (see below)
    if not label and not sentence:
        # "The following sysctls are known to be namespaced. This list could change.":
        # the sentence announcing the list ends in "." yet still says what it holds.
        sentence = which = _announced_which(ctx, index)
    if sentence:
        slug = (
            f"{slugify(title, 'list')}/{slugify(sentence)}"
            if title and title != top
            else slugify(sentence)
        )
        back = _items_back(block, items)
        titled = title and subject_of(title).lower() not in sentence.lower()
        prefix = subject_of(title).rstrip("?").rstrip() if titled else ""
        # "Is it possible to disable mounts, ports, etc. ?": the trailing "etc." of an
        # enumeration would end the prefix on a full stop, as if it were a statement.
        prefix = _TRAILING_ETC.sub("", prefix)
        if (
            prefix
            and (question_text(title) or PROBLEM_TITLE.search(title))
            and _names_own_subject(_sentence(sentence))
        ):
            # "What is in-place update?" over "In ReCreate way we have to delete the
            # old Pod …:", a FAQ's error heading over "When you install X on Y lower
            # than v1.16, you need to follow …:": the lead-in says whole what its list
            # is about; glued to the heading, the front would ask two things at once.
            prefix = ""
        if not carried and not (prefix and question_text(title)):
            resolved_back = _referent_carried(ctx, index, sentence)
            if resolved_back is None:
                fixing = _such_fix_front(ctx, index, _sentence(sentence))
                if not fixing:
                    return ()  # what "such errors", "these connections" are is not said
                slug = f"{ctx.place(index)}/{slugify(title or fixing, 'list')}"
                return _fact(ctx, index, slug, fixing, back, kind=NoteType.LIST)
            carried = resolved_back != sentence
            sentence = resolved_back
        # A lead-in carrying the sentence before it is asked whole: cut, its referent
        # would go again.
        lead_in = _sentence(sentence) if carried else _short_lead_in(_sentence(sentence), prefix)
        if not carried and _POINTS_BACK.search(lead_in) and not (prefix and question_text(title)):
            # "It currently has a few limitations:", "To make use of that prefix:": the
            # lead-in's subject is in the sentence before it; asked alone the card would
            # not say what the list is about. Under the author's question ("What is X?:
            # It includes …") the question names it. A sentence carried before the
            # lead-in was read for that already ("It is possible to …" points nowhere).
            return ()
        if _UNNAMED_OFFER.match(_sentence(sentence).rstrip(":").rstrip()):
            # "You can use the image provided:": provided with what, the lead-in never
            # says; asked alone the card names neither the thing nor what it is for.
            return ()
        named_lead_in = _sentence(sentence) if which else lead_in
        if _subject_elsewhere(_sentence(sentence), ctx.heading_texts(index)):
            # "… when using this field:" after "… the `endPort` field …": the name the
            # section gave it plainly goes in; else the card would not say what it lists.
            named_lead_in = _named_from_above(ctx, index, named_lead_in)
            if not named_lead_in or _subject_elsewhere(named_lead_in, ctx.heading_texts(index)):
                return ()
        front = f"{named_lead_in}?" if which else f"{named_lead_in} …?"
        if prefix:
            # A question heading titles without its "?": never "…?: The API …?".
            front = f"{prefix}: {front}"
        return _fact(ctx, index, f"{ctx.place(index)}/{slug}", front, back, kind=NoteType.LIST)
    fixing = (
        _problem_fix_front(ctx, index, title, items)
        if not label and not sentence and not asking and title == nearest and title != top
        else ""
    )
    if fixing:
        # "#### QEMU is slow" over "- Make sure that X is enabled", "- …": a FAQ's
        # problem title answered by its fixes asks what to do about it.
        back = _items_back(block, items)
        slug = f"{ctx.place(index)}/{slugify(title, 'list')}"
        return _fact(ctx, index, slug, fixing, back, kind=NoteType.LIST)
    if (
        not label
        and not sentence
        and not asking
        and title == nearest
        and title != ctx.title
        and _bare_topic_over_list(ctx, index, title)
    ):
        # "## High Availability" over "Replication setup", "Failover mechanisms", …
        # among a page's questions: the heading names a topic, not what the items are
        # (its parts? steps? concerns?), so "<page>: high availability?" asks nothing.
        return ()
    if not label and not sentence and not asking and title == nearest:
        stated = _stated_heading(ctx, index, title)
        if stated is not None:
            return stated
    if not label and _lost_lead_in(ctx, index):
        # The paragraph right above announces the list ("You can get these tokens
        # using the following methods:", "This can happen in the following
        # scenario:", "In the above example:") but could not be asked: the heading
        # alone does not say which items to recall, and a card asking it would be
        # answered by a list the front never announced.
        return ()
    if not asking and title.lower() not in _KNOWN_LABELS:
        # ("How it works" under "ClusterIP" asks "How does ClusterIP work?" below.)
        topical = _topic_title_notes(ctx, index, block, items, title, subject, top)
        if topical is not None:
            return topical
    template = _KNOWN_LABELS.get(title.lower())
    how = (
        _how_to_gerund(title)
        if not label and title == nearest and title != top and any(q for _, q in asks[:-1])
        else ""
    )
    if how:
        # "Is another distro supported? › Enabling the layer" and its CLI/Config items:
        # the sub-heading is a how-to of its own, never a second question glued on.
        front = how
    elif asking:
        front = _question(asking, title)
    elif template is not None:
        front = template.format(s=subject)
    elif not title or title == top:
        front = _question(ctx.topic, title or "key points")
    else:
        texts = [t for t in ctx.heading_texts(index) if t]
        if (
            not label
            and len(texts) >= 3
            and _names_a_thing(texts[-2])
            and subject_of(texts[-2]).lower() not in title.lower()
        ):
            # "# Receiver › ## Out-of-order Samples Error › ### Possible Solution": the
            # solution is the error's, not the whole component's.
            parent = _entity_name(subject_of(texts[-2]))
            subject = f"{parent} ({subject})" if subject.lower() not in parent.lower() else parent
        if (
            not label
            and not asking
            and not _kind_of_list(subject_of(title), ctx.proper_names)
            and _TOPIC_PHRASE.search(subject_of(title))
            and _section_dump(items)
        ):
            # A topic heading over notes of several facts ("Sending Data in Ethernet
            # Networks" and a frame format, MAC addresses, error detection, duplex):
            # "<section>: sending data?" asks nothing those notes answer together.
            return ()
        if not label and _restates_its_heading(title, items, texts[:-1]):
            return ()
        front = _question(subject, title)
        if (
            not label
            and _names_no_subject(ctx, index, subject)
            and _among_asking_siblings(ctx, index)
        ):
            # "Liveness vs. Readiness Probes", "Securing Kubernetes" among a page's
            # questions: the heading is a question the author wrote short, asked as
            # its siblings are ("… how do they differ?", "How do you secure …?"),
            # never of the page's title ("<Q&A guide>: securing kubernetes?").
            words = frozenset(re.findall(r"[a-z]+", ctx.prose()))
            front = topic_question(title, ctx.proper_names, words) or front
    slug = slugify(title, "list") if title and title != top else "list"
    back = _items_back(block, items)
    defined = _defined_above(ctx, index, title) if not label and title != top else ""
    if defined:
        back = f"{defined}\n{back}"
    return _fact(ctx, index, f"{ctx.place(index)}/{slug}", front, back, kind=NoteType.LIST)


def _topic_title_notes(
    ctx: Context,
    index: int,
    block: ListBlock,
    items: list[str],
    title: str,
    subject: str,
    top: str,
) -> tuple[Note, ...] | None:
    """The notes of a list under a title that only names a topic ("About VPC Peering",
    "Understanding X", "How tagging works", "Configuring audit", "To sum up"): asked
    as "<section>: about VPC peering?" the card asks nothing. The author's question
    right above the list is its front; else the title's own question when it has one
    ("How does tagging work?", "How do you configure audit?", "How do you enable
    server access logging?" for "About to Enable …", "What is VPC peering?" when the
    first item defines it, "Which restrictions apply to VPC peering?" for "Note the
    following restrictions" after that list); else each item is a cloze of its own
    under the topic (none for an item hiding nothing). None: not such a title."""
    kind, topic = topic_title(title)
    if not kind:
        return None
    names = ctx.proper_names
    back = _items_back(block, items)
    slug = f"{ctx.place(index)}/{slugify(title, 'list')}"
    # The page's title over its own section names nothing the front needs: the
    # topic does ("Understanding pod-to-pod mTLS" atop a page of notes).
    section = "" if title == top else clean(subject).rstrip("?").rstrip()
    framed, framed_topic = topic_title(section)
    if framed == "about":
        section = clean(framed_topic)  # "Understand X" over "To sum up:": X's summary
    about = clean(topic) if kind in ("about", "how", "configure") else ""

    def named(front: str, on: str = "") -> str:
        said = f"{on or about} {front}".lower()
        if not section or subject_of(section).lower() in said or section == title:
            return front[:1].upper() + front[1:]
        return f"{section}: {front}"

    asked = _question_right_above(ctx, index)
    if asked:
        if _leans_on_parent(asked) or re.search(r"\b(?:it|this|they)\b", asked, re.I):
            return _fact(
                ctx,
                index,
                slug,
                f"{about or section}: {asked}" if about or section else asked,
                back,
                kind=NoteType.LIST,
            )
        return _fact(ctx, index, slug, asked, back, kind=NoteType.LIST)
    phrase = attribute_phrase(about, names) if about else ""
    if kind == "to":
        verb, _, rest = topic.partition(" ")
        if verb == "set" and rest.lower().startswith("up "):
            verb, rest = "set up", rest[3:]
        asked = f"how do you {verb} {attribute_phrase(rest, names)}?"
        return _fact(ctx, index, slug, named(asked, topic), back, kind=NoteType.LIST)
    if kind == "how":
        return _fact(ctx, index, slug, named(f"how does {phrase} work?"), back, kind=NoteType.LIST)
    if kind == "configure":
        return _fact(
            ctx, index, slug, named(f"how do you configure {phrase}?"), back, kind=NoteType.LIST
        )
    defined = _defines(items[0], about) if kind == "about" and items else ""
    if defined:
        return _fact(
            ctx, index, slug, named(f"what is {defined}?", defined), back, kind=NoteType.LIST
        )
    if kind == "summary" and topic:
        before = _titled_list_before(ctx, index)
        of = f" to {attribute_phrase(before, names)}" if before else ""
        return _fact(
            ctx, index, slug, named(f"which {topic} apply{of}?", before), back, kind=NoteType.LIST
        )
    # No question the title stands for: the notes are recalled one by one.
    name = re.sub(r"^(?:the|a|an)\s+", "", about, flags=re.I) or section or clean(ctx.topic)
    notes: list[Note] = []
    for number, item in enumerate(items, start=1):
        cloze = _statement_cloze(ctx, name, item)
        if not cloze:
            continue
        text = f"{name}: {cloze}" if name else cloze
        notes.append(
            ClozeNote(
                id=f"{slug}/note-{number}",
                text=text,
                tags=ctx.tags(index),
                origin=ctx.origin(index),
            )
        )
    if len(notes) * 2 < len(items):
        # Most items hide nothing worth recalling ("Blue-green deployments", tips to
        # follow): the clozes would lose the list; it keeps its card as before.
        return None
    return tuple(notes)


# "A VPC peering connection is …", "Mutual Transport Layer Security (mTLS) means …":
# an item opening on the topic's name and saying what it is.
_DEFINED_BY = re.compile(r"\s(?:is|are|means|refers\s+to|defines)\s", re.IGNORECASE)
_DEFINIENDUM_WORDS = 8


def _defines(item: str, topic: str) -> str:
    """What ``item`` opens by defining, when that is ``topic``: the words before its
    first "is" / "means" are a few and hold the topic's last word ("a VPC peering
    connection" of "A VPC peering connection is …" under "About VPC Peering"); ""
    else. The item's own words name it better than the title's ("S3 and CORS")."""
    found = _DEFINED_BY.search(item)
    words = re.findall(r"[a-z0-9]+", topic.lower())
    if not found or not words:
        return ""
    head = item[: found.start()].strip()
    if len(head.split()) > _DEFINIENDUM_WORDS or re.search(r"[,;:.]", head):
        return ""
    if words[-1].rstrip("s") not in [w.rstrip("s") for w in re.findall(r"[a-z0-9]+", head.lower())]:
        return ""
    return re.sub(r"^(A|An|The)\b", lambda m: m.group(1).lower(), head)


def _question_right_above(ctx: Context, index: int) -> str:
    """The author's question written alone as the paragraph right above the list, in
    its section ("What changes does it consider to be possible to in-place update?");
    "" else."""
    if index == 0:
        return ""
    before = ctx.items[index - 1]
    if before.headings != ctx.items[index].headings or not isinstance(before.block, Paragraph):
        return ""
    text = clean(before.block.text).replace("\n", " ").strip()
    if not text.endswith("?") or len(_SENTENCE_END.split(text)) > 1:
        return ""
    return text if question_text(text) else ""


def _titled_list_before(ctx: Context, index: int) -> str:
    """The topic of the list right before this one in its section, when a title naming
    only a topic leads it in ("About VPC Peering"): what "Note the following
    restrictions" after it restricts. "" else."""
    for back in (index - 1, index - 2):
        if back < 1 or ctx.items[back].headings != ctx.items[index].headings:
            return ""
        if isinstance(ctx.items[back].block, ListBlock):
            kind, topic = topic_title(ctx.lead_in(back))
            return clean(topic) if kind == "about" else ""
    return ""


# "Label: what it says" (a label of a few words, a colon, the rest): an item titled by
# its own subject.
_LABELLED_ITEM = re.compile(r"^(?P<label>[^:\n]{2,60}?):\s+\S")
_LABEL_WORDS = 8
_DUMP_ITEMS = 4  # items of a list that may be a section's notes rather than one set
_STATEMENT_WORDS = 6  # words of an unlabelled item that make it a statement of its own


# "Sending Data in Ethernet Networks", "Ethernet as a WAN Technology": a heading naming
# a topic, words joined by a preposition; "MAC Address", "ARP" name one thing, whose
# facts a list under it gives as one set.
_TOPIC_PHRASE = re.compile(
    r"\w\s+(?:in|with|as|for|of|on|over|from|into|using|via|between)\s+\w", re.IGNORECASE
)


def _labelled_item(item: str) -> bool:
    found = _LABELLED_ITEM.match(item)
    return found is not None and len(found["label"].split()) <= _LABEL_WORDS


def _section_dump(items: Sequence[str]) -> bool:
    """Whether a list under a topic heading is the section's notes, not one set the
    heading names: many items, some titled by their own label ("Error Detection with
    FCS: …") and some plain statements of other facts ("Error detection is not error
    recovery. …"). No single card can ask for them together; parallel items (every
    one labelled, or none: steps, names) are a set and stay one card."""
    if len(items) < _DUMP_ITEMS:
        return False
    labelled = [i for i in items if _labelled_item(i)]
    stated = [i for i in items if not _labelled_item(i) and len(i.split()) >= _STATEMENT_WORDS]
    return bool(labelled) and len(stated) >= 2 and len(labelled) + len(stated) == len(items)


# A heading naming only an aspect of the section above it ("### Description" under
# "## Connection Refused"): what the section says of its parent.
_ASPECT_HEADING = re.compile(
    r"^(?:description|overview|summary|details|explanation|about|info(?:rmation)?)$",
    re.IGNORECASE,
)
# "This issue happens when …", "The error might occur if …": a description that says
# only that the problem in the heading above happens, and on what condition.
_RESTATING = re.compile(
    r"^(?:this|the|that)\s+(?:issue|error|problem|failure|message|warning)\s+"
    r"(?:\w+\s+){0,2}?(?:happens?|occurs?|appears?|arises?|shows? up|is (?:seen|shown|raised))"
    r"\s+(?:when|if|because|as)\s+(?P<condition>.+)$",
    re.IGNORECASE,
)
_NEW_WORDS = 2  # content words of the condition beyond the headings that still say nothing


def _restates_its_heading(title: str, items: Sequence[str], above: Sequence[str]) -> bool:
    """Whether an aspect section ("Description") over one item only restates the heading
    above it: "This issue happens when thanos doesn't recognise prometheus" under
    "Thanos not identifying Prometheus" names a condition of at most two words the
    headings do not ("recognise", a synonym; "configured properly", a truism)."""
    if not _ASPECT_HEADING.match(subject_of(title).strip()) or len(items) != 1:
        return False
    found = _RESTATING.match(items[0].strip().rstrip("."))
    if found is None:
        return False
    known = {w for t in above for w in re.findall(r"[a-z][a-z0-9-]{2,}", t.lower())}
    said = set(re.findall(r"[a-z][a-z0-9'-]{3,}", found["condition"].lower()))
    return len(said - known) <= _NEW_WORDS


# "There are some implicit conventions worth noting here:", "Here are some ways to
# mitigate X:": a lead-in that only announces what it lists; the noun phrase is what.
_ANNOUNCING = re.compile(
    r"^(?:there\s+(?:are|is)|here\s+are|below\s+are|these\s+are)\s+"
    r"(?:(?:some|a\s+few|several|a\s+number\s+of|many|a\s+couple\s+of)\s+)?"
    r"(?P<what>[\w][\w\s'-]*?)"
    r"(?:\s+(?:worth\s+(?:noting|knowing|mentioning|keeping\s+in\s+mind)"
    r"|to\s+(?:note|know|keep\s+in\s+mind|be\s+aware\s+of)))?"
    r"(?:\s+(?:here|below))?$",
    re.IGNORECASE,
)
# A phrase opening on one of these names no kind of item ("Here are some of them:",
# "Here are some to begin with:"): the items' kind is left unsaid.
_NO_NOUN_OPENERS = frozenset({"of", "to", "for", "with", "in", "on", "at", "by", "from"})
# Words that say only that items follow ("Here are some examples:"): nothing to ask.
_ANNOUNCED_NOTHING = frozenset(
    {
        "examples",
        "example",
        "things",
        "points",
        "notes",
        "items",
        "details",
        "options",
        "ones",
        "ideas",
        "favorites",
        "favourites",
    }
)
# "Examples are:", "Examples include:": a lead-in naming only the kind of its items.
_EXAMPLES_LEAD_IN = re.compile(
    r"^(?:some\s+)?examples(?:\s+(?:are|include|of\s+these(?:\s+are)?))?$", re.IGNORECASE
)
# A subject longer than this is a sentence ("My container cannot resolve …"), no noun.
_OF_SUBJECT_WORDS = 6
# "Voluntary and involuntary disruptions": a heading naming two kinds of one thing.
_TWO_KINDS = re.compile(r"^(?P<a>[\w-]+)\s+and\s+(?P<b>[\w-]+)\s+(?P<what>[\w\s-]+)$")


def _announced_list(ctx: Context, index: int, label: str) -> str:
    """The question a list's announcing lead-in asks, in words of its own, or "":

    * "There are some implicit conventions worth noting here:" announces what it lists
      and asks nothing as written: "What are the implicit conventions of <page>?" (the
      page's subject is added when the phrase does not name it);
    * "Examples are:" after a sentence that names its term in emphasis ("We call these
      cases *involuntary disruptions*. Examples are:") lists examples of that term,
      never of the section's heading (which may name it and its opposite)."""
    lead_in = ctx.lead_in(index)
    if not lead_in or lead_in != label:
        return ""
    announced = _ANNOUNCING.match(lead_in.strip())
    if announced:
        what = " ".join(announced.group("what").split())
        words = what.lower().split()
        if (
            len(words) < 2  # "a few methods": one noun says no more than the heading
            or len(words) > _LEAD_IN_WORDS
            or words[0] in _NO_NOUN_OPENERS
            or _ANNOUNCED_NOTHING.intersection(words)
        ):
            return ""  # "some key points about …", "a few of my favourites": no what
        if {"the", "this", "these", "those", "it", "its", "them"}.intersection(words):
            # "two parts to the message", "semantics of the API": the phrase points
            # at what the text above names; the section's own front keeps it.
            return ""
        topic = ctx.topic.strip()
        if generic_title(topic) == (True, ""):
            topic = ""  # a page titled "FAQ" is about no "FAQ": its section says what
        subject = topic or subject_of(ctx.nearest_heading(index))
        subject = subject.rstrip("?").strip()
        named = _content_words(subject) & _content_words(what)
        if named or not subject or re.search(r"\s(?:to|for)\s", what):
            # "ways to mitigate X": the phrase says what it is about
            return f"What are the {what}?"
        if len(subject.split()) > _OF_SUBJECT_WORDS:
            # A problem heading ("My container cannot resolve …") is no noun to put
            # after "of": it goes before the question.
            return f"{subject}: what are the {what}?"
        return f"What are the {what} of {subject}?"
    kinds = _TWO_KINDS.match(subject_of(ctx.nearest_heading(index)).strip())
    if kinds and _EXAMPLES_LEAD_IN.match(lead_in.strip()):
        before = ctx.items[index - 1].block
        text = clean(before.text) if isinstance(before, Paragraph) else ""
        sentences = _SENTENCE_END.split(" ".join(text.split()))
        said = f" {sentences[-2].lower()} " if len(sentences) >= 2 else ""
        what = " ".join(kinds.group("what").split())
        kinds_named = [
            f"{kind} {what}"
            for kind in (kinds.group("a"), kinds.group("b"))
            if f" {kind.lower()} {what.lower()}" in said
        ]
        if len(kinds_named) == 1:
            return f"What are examples of {kinds_named[0]}?"
    return ""


# "Use `del` to remove items from a list." - an instruction heading: what to use is
# its key term.
_USE_HEADING = re.compile(r"^(Use)\s+(\S.{0,50}?)\s+(to\s+\w.*)$")
_STATED_WORDS = 3  # a sentence heading has at least a subject, a verb and what it says


_TOPIC_WORDS = 4  # a topic heading: a short noun phrase
_NOT_TOPIC_WORDS = frozenset(
    {"this", "that", "these", "to", "first", "you", "your", "we", "our", "it", "know"}
)
_COLLECTION_QUESTIONS = 4  # question headings that make a page a question collection


def _question_collection(ctx: Context) -> bool:
    """Whether a third or more of the page's headings, four at least, are questions
    ("### What is MVCC?"): a collection of questions (maybe with a glossary part),
    where a heading that asks nothing stands out."""
    seen: set[Heading] = set()
    asked = 0
    for item in ctx.items:
        for heading in item.headings:
            if heading in seen:
                continue
            seen.add(heading)
            asked += bool(question_text(clean_heading(heading.text)))
    return asked >= _COLLECTION_QUESTIONS and 3 * asked >= len(seen)


_TRAILING_ETC = re.compile(r",?\s+etc\.?$", re.IGNORECASE)
# A list item telling the reader what to do ("Make sure …", "Try …", "If you are on
# X, make sure …"): a fix.
_FIX_ITEM = re.compile(
    r"^(?:if\s[^,]{3,80},\s*)?(?:make\s+sure|ensure|check|run|set|try|use|add|install|"
    r"enable|disable|upgrade|update|restart|remove|reinstall|sign|clear)\b",
    re.IGNORECASE,
)


def _problem_fix_front(ctx: Context, index: int, title: str, items: Sequence[str]) -> str:
    """ "What to do when QEMU is slow?" for a list of fixes right under a heading that
    states a reader's problem in a collection of questions (a FAQ quoting its
    readers' problems: '#### "QEMU is slow"', '#### error "killed -9"'); "" when the
    heading states no problem, asks, or the list does not open on what to do."""
    problem = " ".join(clean_heading(title).split()).rstrip(".!:")
    if not problem or question_text(problem) or len(problem.split()) > _PROBLEM_WORDS:
        return ""
    if not PROBLEM_TITLE.search(problem) or not _FIX_ITEM.match(items[0]):
        return ""
    before = ctx.items[index - 1] if index else None
    if before is not None and before.headings == ctx.items[index].headings:
        return ""  # prose above the list: the section says more than its fixes
    level = ctx.items[index].headings[-1].level
    asking: set[int] = {
        h.line
        for item in ctx.items
        for h in item.headings
        if h.level == level and question_text(clean_heading(h.text))
    }
    if len(asking) < 2:
        return ""  # no FAQ: its sibling headings ask nothing
    return fix_question(problem, problem.split(" ", 1)[0] in ctx.proper_names)


_PROBLEM_WORDS = 12  # a problem title longer than this is a sentence of its own


def _bare_topic_over_list(ctx: Context, index: int, heading: str) -> bool:
    """A list right under a heading that only names a topic ("High Availability",
    "Data Management": a short noun phrase, no plural saying what its items are, no
    kind of section such as "Use cases") in a collection of questions."""
    words = re.findall(r"[A-Za-z][\w'-]*", heading)
    if not words or len(heading.split()) > _TOPIC_WORDS or question_text(heading):
        return False
    if is_generic_label(heading) or re.search(r"[`:?()]", heading):
        return False
    if (words[0].lower() in _ACTION_VERBS and not noun_compound(heading)) or _how_to_gerund(
        heading
    ):
        return False  # "Enabling the layer", "Read this first": what to do, not a topic
    if any(w.lower() in _NOT_TOPIC_WORDS for w in words):
        return False  # "Good to know", "Before you start": a remark, not a topic
    last = words[-1].lower()
    if last.endswith("s") and not last.endswith(("ss", "is", "us")):
        return False  # "Replication Tools", "Best Practices": what the items are
    before = ctx.items[index - 1] if index else None
    if before is not None and before.headings == ctx.items[index].headings:
        return False  # prose above the list says more than the heading
    if _numbered_answer_part(ctx.items[index].headings):
        return False
    return _question_collection(ctx)


# A heading numbered as one of a run ("### 4. Squared Hinge Loss:").
_NUMBERED_HEADING = re.compile(r"^\s*\d{1,2}[.)]\s+\S")


def _names_no_subject(ctx: Context, index: int, subject: str) -> bool:
    """Whether ``subject`` (what the block's top heading names) is no subject a front
    can ask about: the page's title, written as the H1 or as the one heading every block
    of the page stands under ("Kubernetes Interview Q&A Guide")."""
    if not subject:
        return True
    if ctx.title and subject.casefold() == subject_of(ctx.title).casefold():
        return True
    top = ctx.items[index].headings[:1]
    return bool(top) and all(item.headings[:1] == top for item in ctx.items)


def _among_asking_siblings(ctx: Context, index: int) -> bool:
    """Whether the block's heading stands among sibling headings that ask questions
    ("#### 22. What is a Namespace?", "#### 23. Liveness vs. Readiness Probes",
    "#### 24. What is Ingress?"): two of them at least, in a collection of questions."""
    path = ctx.items[index].headings
    if not path:
        return False
    depth = len(path) - 1
    siblings = {
        item.headings[depth]
        for item in ctx.items
        if len(item.headings) > depth and item.headings[:depth] == path[:depth]
    } - {path[-1]}
    asking = sum(bool(question_text(clean_heading(h.text))) for h in siblings)
    return asking >= 2 and _question_collection(ctx)


def _numbered_answer_part(headings: Sequence[Heading]) -> bool:
    """The heading is numbered right under a question heading ("What are the different
    loss functions? › 4. Squared Hinge Loss"): one of the kinds the question asks for,
    named by it, so "<question>: <heading>?" asks a whole question, as its siblings do."""
    return (
        len(headings) >= 2
        and bool(_NUMBERED_HEADING.match(headings[-1].text))
        and bool(question_text(clean_heading(headings[-2].text)))
    )


# A heading opening on a gerund ("Accessing the cluster …", "Configuring X.") names a
# task unless a finite verb follows ("Using X makes Y faster." is a sentence).
_GERUND_TITLE = re.compile(r"^[A-Z][a-z]+ing\b")
_FINITE_VERB = re.compile(
    r"\b(?:is|are|was|were|can|cannot|will|must|should|may|might|would|could|does|do|"
    r"has|have|makes|gives|lets|helps|requires|needs|means|takes|keeps|causes|allows|"
    r"prevents|works|breaks|adds|removes|changes|saves|costs)\b",
    re.IGNORECASE,
)


def _stated_heading(ctx: Context, index: int, heading: str) -> tuple[Note, ...] | None:
    """A list under a heading that is a whole sentence ("Lists may contain values of
    different types.", "Use an item's index to fetch it from a list."): the heading
    is what the section teaches, so "<page>: <heading>?" would ask nothing and give
    its answer away, while the list only backs it up. The heading becomes a cloze of
    its key term ("Use {{c1::`del`}} to remove …", a code term or value it names),
    made once for the section; one with no key term to hide makes no card. None: the
    heading is no sentence."""
    text = heading.strip()
    instruction = _USE_HEADING.match(text)
    if question_text(text) or len(text.split()) < _STATED_WORDS:
        return None
    if not instruction and not (text.endswith(".") and not text.endswith("..")):
        return None
    if not instruction and _GERUND_TITLE.match(text) and not _FINITE_VERB.search(text):
        return None  # "Accessing the cluster using `x` user.": a title with a full stop
    headings = ctx.items[index].headings
    for before in range(index - 1, -1, -1):
        if ctx.items[before].headings != headings:
            break
        if isinstance(ctx.items[before].block, ListBlock):
            return ()  # the section's first list carried the heading
    if instruction:
        used = instruction.group(2)
        cloze_text = f"{instruction.group(1)} {{{{c1::{used}}}}} {instruction.group(3)}"
    else:
        found = key_statement(text, ctx.items[index].block.line, example_names(ctx.items))
        if found is None:
            return ()
        cloze_text = found[1]
    if cloze_problem(cloze_text) is not None:
        return ()
    return (
        ClozeNote(
            id=f"{ctx.place(index)}/{slugify(text)}",
            text=with_topic(ctx, index, cloze_text),
            tags=ctx.tags(index),
            origin=ctx.origin(index),
        ),
    )


# A key of a YAML or JSON block: ``  minReplicas: 1``, ``- name: x``, ``"port": 80``.
_CODE_KEY = re.compile(r"""^\s*(?:-\s+)?["']?([A-Za-z_][\w.-]*)["']?\s*:""", re.MULTILINE)
# An item opening on the name it explains: "ScaleTargetRef is the reference …",
# "`minReplicas`: the lower limit", "**end** defines …".
_ITEM_NAME = re.compile(r"^[`*_]*([A-Za-z_][\w.-]*)[`*_]*(?:\s*[:\-–—]\s+|\s+[a-z])")
# The kind a manifest declares: what its fields are the fields of.
_MANIFEST_KIND = re.compile(r"^kind:\s*[\"']?([A-Z][\w]*)[\"']?\s*$", re.MULTILINE)
_FIELD_ITEMS = 2  # items at least: one explained key is a remark, not a key to the block


def _code_fields(ctx: Context, index: int, items: Sequence[str]) -> tuple[str, list[str]] | None:
    """For a list right under a code block (nothing between them) whose every item opens
    on a key of that block and says what it is ("MinReplicas is the lower limit …", one
    per numbered callout): the list is a key to the code, each item the meaning of one
    field. Returns what the fields belong to (the kind the manifest declares, else the
    section's subject) and each item's key as the code spells it; None for any other
    list (a section title over it would ask something the items do not answer)."""
    if index < 1 or len(items) < _FIELD_ITEMS:
        return None
    above = ctx.items[index - 1]
    if above.headings != ctx.items[index].headings or not isinstance(above.block, Code):
        return None
    spelled = {k.lower(): k for k in reversed(_CODE_KEY.findall(above.block.text))}
    keys: list[str] = []
    for item in items:
        named = _ITEM_NAME.match(item)
        if not named or named.group(1).lower() not in spelled:
            return None
        keys.append(spelled[named.group(1).lower()])
    if len(set(keys)) < len(keys):
        return None  # one key explained twice: items of something else
    kind = _MANIFEST_KIND.search(above.block.text)
    owner = kind.group(1) if kind else ctx.subject(index)
    return (owner, keys) if owner else None


def _paragraph_above(ctx: Context, index: int) -> str:
    """The cleaned text of the paragraph right before the block in its section; ""."""
    if index < 1:
        return ""
    above = ctx.items[index - 1]
    if above.headings != ctx.items[index].headings or not isinstance(above.block, Paragraph):
        return ""
    if _FORMULA_ONLY.match(above.block.text):
        return ""  # a display formula between runs of a list is no sentence leading in
    return clean(above.block.text).replace("\n", " ").strip()


# A paragraph of display formulas, "$$ … $$" (or "$$ a $$; $$ b $$"), and nothing else.
_FORMULA_ONLY = re.compile(r"^\s*(?:\$\$(?:(?!\$\$).)+\$\$[;\s]*)+$", re.DOTALL)


def _announced_which(ctx: Context, index: int) -> str:
    """ "Which sysctls are known to be namespaced" from a paragraph right before the list
    whose last or next-to-last sentence opens on "The following <noun>" and closes with a
    full stop; "" when there is none."""
    text = _paragraph_above(ctx, index)
    if text.endswith(":"):
        return ""  # a lead-in proper: the rules above read it
    for sentence in _SENTENCE_END.split(text)[-2:]:
        # "Currently, the following triggers have …": a one-word opener leans on nothing.
        sentence = re.sub(r"^[A-Z][a-z]+, (?=the following\s)", "", sentence)
        if re.match(r"^the following\s", sentence, re.IGNORECASE):
            asked = _which_question(sentence.rstrip(" .!"))
            return asked[:1].upper() + asked[1:]
    last = _SENTENCE_END.split(text)[-1].rstrip(" .!")
    # "CronSpec has following fields.", "Current cron implementations have some
    # shortcomings.": the list is those things, asked of the subject that has them.
    found = _WHICH_LEAD_IN.match(last) or _SOME_OWNED.match(last)
    if (
        found
        and not _POINTS_BACK.search(found.group(1))
        and not any(g in f" {found.group(2).lower()}" for g in _LEAD_IN_GENERIC)
    ):
        return f"{found.group(1)} which {found.group(2)}"
    return ""


_LOST_LEAD_IN_WORDS = 3  # words: a shorter line before a list ("Read:") is a label
# "The following sysctls are known to be namespaced.": a sentence announcing the list
# that follows it, whatever punctuation closes it.
_ANNOUNCES_LIST = re.compile(r"\bthe following\b(?!\s+(?:code|command|example|output)\b)", re.I)


def _lost_lead_in(ctx: Context, index: int) -> bool:
    """Whether the paragraph right before the list (in its section) introduces it: it
    ends in ":" (a sentence of three words or more), stops mid-sentence ("This means
    that setting a safe sysctl for one pod"), or its last two sentences announce "the
    following" items."""
    text = _paragraph_above(ctx, index)
    if not text:
        return False
    sentences = _SENTENCE_END.split(text)
    last = sentences[-1]
    if len(last.split()) < _LOST_LEAD_IN_WORDS:
        return False
    stops_mid_sentence = bool(re.search(r"\w[`*_)]*$", text))
    if text.endswith(":") or (stops_mid_sentence and len(last.split()) > _LOST_LEAD_IN_WORDS):
        announcing = last
    else:
        announcing = next((s for s in sentences[-2:] if _ANNOUNCES_LIST.search(s)), "")
    if not announcing:
        return False
    if _EXAMPLE_POINTER.match(announcing.rstrip(":").strip()) or re.match(
        r"^(?:here(?:'s| is) an example|for (?:example|instance))\b", announcing, re.I
    ):
        return True  # the items describe an example the front cannot show
    # "Here are some ideas for how to use init containers:" under "Using init
    # containers" says nothing the headings do not: they still say what is listed.
    said = _naming_words(announcing)
    named = _naming_words(" ".join((ctx.topic, *ctx.heading_texts(index))))
    covered = sum(1 for w in said if any(w.startswith(n) or n.startswith(w) for n in named))
    return covered * 3 < len(said) * 2


# Words a lead-in uses to point at a list, which name nothing listed.
_POINTING_WORDS = frozenset(
    {
        *("here", "there", "are", "is", "some", "few", "several", "following", "below"),
        *("you", "your", "can", "could", "will", "may", "might", "do", "does", "use", "using"),
        *("the", "this", "these", "that", "one", "for", "how", "what", "with", "and"),
        *("of", "to", "in", "on", "ways", "way", "options", "option", "ideas", "idea"),
        *("things", "thing", "list", "above", "items", "steps", "methods", "method"),
        # "We propose the following approach:": the author pointing at advice.
        *("approaches", "approach", "propose", "recommend", "suggest", "describes"),
    }
)


def _naming_words(text: str) -> list[str]:
    """The words of ``text`` that name something, lowercased and cut to their first five
    letters (so "using" meets "use", "containers" meets "container")."""
    words = re.findall(r"[a-z][a-z'-]+", text.lower().replace("n't", " not"))
    return [w[:5] for w in words if w not in _POINTING_WORDS and len(w) > 2]


# The term then its verb: "Encapsulation means …", "Inheritance allows …", "X lets …".
_DEFINING_VERB = re.compile(r"^\s+[a-z]+\b")
_DEFINING_WORDS = 40  # a definition is one sentence of at most this many words


def _defined_above(ctx: Context, index: int, title: str) -> str:
    """The sentence opening a heading's section that defines the heading's term
    ("### Encapsulation", "Encapsulation means hiding …", then how it is done as a
    list): the list only details it, so the definition leads the list's back."""
    if index < 1:
        return ""
    above = ctx.items[index - 1]
    if above.headings != ctx.items[index].headings or not isinstance(above.block, Paragraph):
        return ""
    if index >= 2 and ctx.items[index - 2].headings == above.headings:
        return ""  # only the section's first paragraph defines its heading
    text = clean(above.block.text).replace("\n", " ").strip()
    term = subject_of(title).strip()
    if not term or text.endswith(":") or not text.lower().startswith(term.lower()):
        return ""
    one_sentence = len(_SENTENCE_END.split(text)) == 1 and len(text.split()) <= _DEFINING_WORDS
    return text if one_sentence and _DEFINING_VERB.match(text[len(term) :]) else ""


_THING_WORDS = 6  # a heading naming a thing: a short noun phrase


def _names_a_thing(heading: str) -> bool:
    """A sub-heading naming what its section is about ("Amazon S3", "Type NodePort"),
    never a question, a kind of section ("Overview", "Examples"), a step or a how-to
    ("Install the chart", "Configuring TLS")."""
    words = heading.split()
    if not words or len(words) > _THING_WORDS or question_text(heading):
        return False
    if re.search(r"\s[-–—]\s|:\s", heading):
        return False  # "Tier 3 - Not Production Ready": a title in two parts, no name
    if is_generic_label(heading) or re.match(r"^(?:step\b|\d)", heading, re.I):
        return False
    first = words[0].lower()
    if first in _ACTION_VERBS or _how_to_gerund(heading) or _NO_THING.search(heading):
        return False
    # A name: a capital past the first word's first letter ("Amazon S3", "EC2",
    # "Type NodePort"), or code; "Access example" in sentence case is a kind of section.
    return "`" in heading or any(
        any(c.isupper() for c in word[1:]) or (n and word[:1].isupper())
        for n, word in enumerate(words)
    )


# "How it Works", "Why Gateway API": a heading asking, never the name of a thing.
_QUESTION_WORD = re.compile(r"^(?:how|why|what|when|where|which|who)\b", re.IGNORECASE)
_KIND_WORDS = 4  # "Design principles", "Key features", "Use cases": a short plural phrase
_OWNER_WORDS = 6  # a longer page title is a sentence, no name to ask a list's kind of


def _kind_of_list(heading: str, names: frozenset[str]) -> bool:
    """A heading naming only the kind of items its section lists ("Design principles",
    "Key Features", "Goals", "Use cases"): a few common words ending on a plural, none
    a name (an inner capital, "API", or a word the page only ever writes capitalised,
    a capital past the first word of a heading in sentence case), no code or number,
    no question and no action ("Installing plugins")."""
    words = re.findall(r"[\w'-]+", heading)
    if not words or len(words) > _KIND_WORDS or question_text(heading):
        return False
    if re.search(r"[`\d:()]", heading) or is_generic_label(heading):
        return False
    if words[0].lower() in _ACTION_VERBS or words[0].lower().endswith("ing"):
        return False  # "Referencing Gateways", "Restrict access": what to do, no kind
    title_case = all(w[:1].isupper() for w in words if len(w) > 3)
    for n, word in enumerate(words):
        if any(c.isupper() for c in word[1:]) or word in names:
            return False
        if n and word[:1].isupper() and not title_case:
            return False  # "Storage for Kubernetes": a name in a sentence-case heading
    last = words[-1].lower()
    return len(last) > 3 and last.endswith("s") and not last.endswith(("ss", "us", "is"))


# "Workflow Publishing Guide", "Kubernetes Cheat Sheet": a title naming the kind of page.
_PAGE_KIND = re.compile(
    r"\b(?:guide|tutorial|reference|handbook|cheat\s*sheet|manual|walkthrough|primer|"
    r"docs|documentation|readme|workshop|course|lab|lesson|notes)s?$",
    re.IGNORECASE,
)


def _activity(heading: str) -> bool:
    """A heading naming something to do ("Writing a CronJob spec", "Install the chart",
    "Configuring TLS"): its section is a task, not a thing its lists are of."""
    words = heading.split()
    first = words[0].lower() if words else ""
    return first in _ACTION_VERBS or (len(words) >= 2 and first.endswith("ing"))


def _owner_of_kind(ctx: Context, index: int, section: str) -> str:
    """``section`` ("Design principles"), when it is the block's own heading and names
    only a kind of list, with what the items are of before it: the nearest parent
    heading naming something ("Storage"), else the page's subject or title ("Gateway
    API design principles"). The term a list item defines ("Portable") is an aspect of
    that thing; asked of the kind alone ("Design principles: Portable?") the card names
    nothing a learner could answer about. Unchanged when nothing names the owner or the
    heading names it already."""
    texts = [t for t in ctx.heading_texts(index) if t]
    if not texts or section != subject_of(texts[-1]):
        return section  # qualified already, or not the heading's own words
    if not _kind_of_list(section, ctx.proper_names):
        return section
    owner = owner_above(ctx, index)
    if not owner:
        return section
    said = {w.lower().rstrip("s") for w in re.findall(r"\w{2,}", owner)}
    if said & {w.lower().rstrip("s") for w in re.findall(r"\w{2,}", section)}:
        return section  # "API features" of "Gateway API": the heading names it
    return f"{owner} {section.lower()}"


# Words of a heading saying what kind of section it is, whatever else it names.
def owner_above(ctx: Context, index: int) -> str:
    """What the items of a section headed by a kind of thing ("Design principles",
    "KeyBindings") are of: the nearest parent heading naming something ("Storage"),
    else the page's subject or title ("Gateway API"); "" when nothing names it."""
    texts = [t for t in ctx.heading_texts(index) if t]
    for parent in reversed(texts[:-1]):
        name = subject_of(parent)
        if _names_no_owner(name):
            continue  # "## Install › ### Key features": the section names no thing
        # "The Ingress resource" › "Path types": "Ingress resource path types".
        return re.sub(r"^(?:the|a|an)\s+(?=\S+\s)", "", _entity_name(name), flags=re.I)
    return _page_owner(ctx)


def _page_owner(ctx: Context) -> str:
    """The thing the whole page is about, when its subject or title names one in a few
    words ("Gateway API", "Antrea Layer 7 NetworkPolicy"); "" for a title naming a kind
    of page ("FAQ", "Workflow Publishing Guide"), an activity or a question."""
    page = ctx.page_subject or ctx.title
    if (
        page
        and (ctx.page_subject or not generic_title(page)[0])  # "FAQ", "Troubleshooting"
        and len(page.split()) <= _OWNER_WORDS
        and not question_text(page)
        and not is_generic_label(page)
        and not _NO_THING.search(page)
        and not _activity(page)
        and not _PAGE_KIND.search(page)
    ):
        return page
    return ""


_NO_THING = re.compile(
    r"\b(?:examples?|demo|usage|output|notes?|summary|overview|details|"
    r"introduction|conclusion|recap|tips?|faq|questions?|exercises?|practice|lab)\b",
    re.IGNORECASE,
)


def _names_no_owner(name: str) -> bool:
    """Whether a heading's subject names nothing a list could belong to: a question, a
    kind of section ("Key features", "Examples"), a long phrase or an activity."""
    return bool(
        question_text(name)
        or _QUESTION_WORD.match(name)
        or is_generic_label(name)
        or _NO_THING.search(name)
        or len(name.split()) > _THING_WORDS
        or _activity(name)
    )


# The parts of an exercise's statement: what to do and what to have first.
_EXERCISE_PART = re.compile(
    r"^(?:objectives?|tasks?|instructions|requirements|prerequisites|goals?|exercise)$", re.I
)
_SOLUTION_HEADING = re.compile(r"^(?:the\s+)?solutions?\b", re.I)


def _exercise_statement(ctx: Context, index: int) -> bool:
    """A list stating an exercise ("## Objectives" › "1. Choose an image and create an
    archive out of it", "## Requirements" › "Running Kubernetes cluster") on a page that
    answers it under a "Solution" heading or says it is an exercise: the tasks are no
    knowledge ("Sharing Images: objectives?" asks the learner to recite the homework);
    the solution's commands are what the page teaches."""
    if not _EXERCISE_PART.match(ctx.nearest_heading(index)):
        return False
    if re.search(r"\bexercises?\b", ctx.title, re.I):
        return True
    return any(
        _SOLUTION_HEADING.match(clean_heading(heading.text))
        for item in ctx.items
        for heading in item.headings
    )


# ---------------------------------------------------------------- outline notes

# A topic alone on its bullet: a code or bold span, or a short label with no sentence in
# it, closed at most by ":" or a dash ("* `Dataflow`", "* Fully managed -", "* For testing:").
_LONE_SPAN = re.compile(r"^(?:`[^`]+`|\*\*[^*]+\*\*|__[^_]+__)$")
_OPENING_SPAN = re.compile(r"^(?:`[^`]+`|\*\*[^*]+\*\*|__[^_]+__)(?=\s)")
_TOPIC_CLOSE = re.compile(r"\s*[:\-–—]+\s*$")
_TOPIC_LABEL_WORDS = 6
_NOTE_LEAD_IN_WORDS = 10  # a note's lead-in over its sub-notes ("3 kinds of windows fit …:")
# A note opening on a short label and a dash, an arrow or a colon ("Flatten - Works like
# a union", "GP2 ⇒ General purpose", "CMEK: customer managed …"; never the " : " inside
# an address): the label is the aspect it tells of.
_LABELLED_NOTE = re.compile(
    r"^(?P<label>[^\s:–—-][^:–—⇒→]*?)\s*(?:\s(?:[-–—⇒→]|=>)\s|(?<=\S):\s)\s*(?P<rest>\S.*)$"
)
_NOTE_LABEL_WORDS = 4
# A verb that makes the "label" a statement ("Datasets are immutable - …", "Has secondary
# indexes - …"): no aspect to ask.
_STATING_VERB = re.compile(
    r"(?:^|\s)(?:is|are|was|were|has|have|had|can|cannot|will|does|do|must|should)\b", re.I
)
# A label that opens a clause, not a name: "To access web UI - …", "If a job fails: …".
_CLAUSE_LABEL = re.compile(
    r"^(?:to|if|when|once|for|in|on|at|by|with|you|we|it|this|that|there|use|can)\b", re.I
)
# A note that goes on from the one before it ("but you can still ssh into it"), or a
# label's rest that goes on from a clause ("Delivers at least once - and will retry"):
# no note, no label of its own.
_GOES_ON = re.compile(
    r"^(?:but|and|or|so|thus|though|although|however|also|whereas|unlike|except|"
    r"which|while|as well)\b",
    re.IGNORECASE,
)
_FRAGMENT_WORDS = 3
_OUTLINE_NOTE_WORDS = 5  # mean words of a note: statements, not an enumeration of values
# ... and at most this many: an outline's notes are short lines; paragraphs under a
# category label ("Maintenance:" over its policy) read as the label's definition.
_OUTLINE_NOTE_MAX_WORDS = 20
_OUTLINE_MANY = 3  # a topic with this many notes or more is an outline's, not a term's
# A try of the author's own ("Attempt 2: 47/50 - 94.0% (Week 7)"): a score, not knowledge.
_NUMBERED_TRY = re.compile(r"^(?P<word>[A-Za-z]+)\s+\d+\s*[:.)\-–]")
_SCORE = re.compile(r"\b\d+(?:\.\d+)?\s*/\s*\d+\b|\b\d+(?:\.\d+)?\s*%")
# A name a note is about, to hide when no cue picks a token: a run of capitalised words
# ("Cloud Storage"), a CamelCase word ("GroupBy") or an acronym ("HDFS"); never part of
# a word joined by "/" or a dash ("Pub/Sub").
_CAPITAL_WORD = r"[A-Z][A-Za-z0-9]*(?:-[A-Za-z0-9]+)*"
_NAME_RUN = re.compile(rf"(?<![\w`/-]){_CAPITAL_WORD}(?:\s+{_CAPITAL_WORD})*(?![\w`/-])")
_CAMEL_WORD = re.compile(r"^[A-Z]?[a-z0-9]+[A-Z]\w*$|^[A-Z][a-z0-9]+[A-Z]\w*$")
_ACRONYM = re.compile(r"^[A-Z]{3,6}s?$")
# Capitals written for stress in notes ("NOT", "ONLY", "AS WELL AS"): no name.
_STRESS_WORDS = frozenset(
    {"NOT", "ONLY", "NEVER", "ALWAYS", "SAME", "ALL", "AND", "BUT", "MUST", "DONT", "THE"}
    | {"ALSO", "CAN", "CANT", "NONE", "ANY", "WELL", "FOR", "NOTE", "TODO", "TEST", "YES"}
)


def _topic_label(lead: str) -> str:
    """The topic a bullet names alone ("`Dataflow`", "Fully managed", "For testing"), ""
    when its words are a statement."""
    label = _TOPIC_CLOSE.sub("", lead.strip())
    if not label or "\n" in label:
        return ""
    if _LONE_SPAN.match(label):
        return label
    words = label.split()
    if len(words) > _TOPIC_LABEL_WORDS or re.search(r"[.;!?]", label) or _GOES_ON.match(label):
        return ""
    return label


def _tries_log(subs: tuple[OutlineItem, ...]) -> bool:
    """Notes that are each a numbered try with a score ("Attempt 1: 15/29 - 51.7%"): the
    author's own record, not knowledge."""
    opened = [_NUMBERED_TRY.match(clean(s.lead)) for s in subs]
    words = {m.group("word").lower() for m in opened if m}
    return (
        bool(subs) and all(opened) and len(words) == 1 and all(_SCORE.search(s.lead) for s in subs)
    )


def _joined_fragments(subs: tuple[OutlineItem, ...]) -> list[tuple[OutlineItem, tuple[str, ...]]]:
    """The notes in order, each with the fragments after it that lean on it ("but you
    can still ssh into it", a three-word "for High Availability") as its more lines."""
    joined: list[tuple[OutlineItem, tuple[str, ...]]] = []
    for sub in subs:
        lead = clean(sub.lead)
        leans = _GOES_ON.match(lead) or (
            len(lead.split()) <= _FRAGMENT_WORDS and lead[:1].islower() and not sub.subs
        )
        if joined and leans:
            note, more = joined[-1]
            joined[-1] = (note, (*more, sub.text))
        else:
            joined.append((sub, ()))
    return joined


def _bullets(texts: Sequence[str], commands: frozenset[str]) -> str:
    return "\n".join(f"• {_sentence(t, commands)}" for t in texts if clean(t).strip())


def _is_name(name: str, proper_names: frozenset[str]) -> bool:
    """A name worth hiding: several capitalised words, a CamelCase word, an acronym
    that is no stressed word, or a word the document only ever writes capitalised."""
    words = name.split()
    if len(words) > 1:
        return not all(w.rstrip("s") in _STRESS_WORDS or w.isupper() for w in words)
    if _ACRONYM.match(name):
        return name.rstrip("s") not in _STRESS_WORDS and name not in _STRESS_WORDS
    return bool(_CAMEL_WORD.match(name)) or name in proper_names


def _named_cloze(sentence: str, topic: str, proper_names: frozenset[str]) -> str:
    """``sentence`` with the first name it gives hidden, no word of ``topic`` and never
    its first word (the sentence's own capital); "" when it names nothing."""
    topic_words = {w.lower() for w in re.findall(r"\w+", clean(topic))}
    for match in _NAME_RUN.finditer(sentence):
        name = match.group(0)
        if match.start() == 0 or not _is_name(name, proper_names):
            continue
        if any(w.lower() in topic_words for w in re.findall(r"\w+", name)):
            continue
        if sentence.count(name) > 1 or spelled_out_beside(sentence, *match.span()):
            continue  # hidden once, it would still show (or its acronym would tell it)
        return f"{sentence[: match.start()]}{{{{c1::{name}}}}}{sentence[match.end() :]}"
    return ""


def _statement_cloze(ctx: Context, topic: str, lead: str) -> str:
    """The note as a cloze: a sentence the prose rules would hide a token of, else the
    first name it gives; the note's other sentences stay around it. "" when it hides
    nothing worth recalling."""
    text = clean(lead).replace("\n", " ").strip()
    found = key_statement(text, 0, example_names(ctx.items))
    if found is not None:
        sentence, cloze = found
        whole = text.replace(sentence.text, cloze, 1) if sentence.text in text else cloze
    else:
        whole = _named_cloze(text, topic, ctx.proper_names)
    if not whole or cloze_problem(whole) is not None:
        return ""
    return whole[:1].upper() + whole[1:]


def _note_label(lead: str) -> tuple[str, str]:
    """The label a note opens on and what it says of it ("Flatten - Works like …" →
    ("Flatten", "Works like …")); ("", "") when the note opens on no label: a label
    is a few words written as a name (a capital or code), not a clause."""
    labelled = _LABELLED_NOTE.match(lead)
    if not labelled:
        return "", ""
    label, rest = labelled["label"].strip(), labelled["rest"].strip()
    if (
        len(label.split()) > _NOTE_LABEL_WORDS
        or not (label[:1].isupper() or label.startswith("`"))
        or _CLAUSE_LABEL.match(label)
        or re.search(r"[.;!?]", label)
        or _GOES_ON.match(rest)
        or _STATING_VERB.search(label)
    ):
        return "", ""
    return label, rest


def _outline_notes_of(
    ctx: Context,
    index: int,
    topic: str,
    subs: tuple[OutlineItem, ...],
    place: str,
    first: int = 1,
    subject: str = "",
) -> list[Note]:
    """A card per self-contained note under ``topic``: a labelled note asks its label
    ("`Dataflow`: flatten?"), a lead-in asks what it lists, a statement is a cloze with
    the topic named (after ``subject``, what a bare topic label is a kind of: "Connection
    policy › Default: Uses Redirect for …"); sub-notes stay with their note, and a note
    too long for one card has its sub-notes read as notes of its own label."""
    notes: list[Note] = []
    for number, (sub, more) in enumerate(_joined_fragments(subs), start=first):
        lead = clean(sub.lead).replace("\n", " ").strip()
        below = (*more, *(s.text for s in sub.subs))
        # A statement among the topics has no topic to ask its label of: a cloze.
        label, rest = _note_label(lead) if topic else ("", "")
        # Sub-notes with notes of their own do not fit a card's lines: each its own.
        deep = any(s.subs for s in sub.subs)
        short = len(_TOPIC_CLOSE.sub("", lead).split())
        cloze = _statement_cloze(ctx, topic, lead) if lead and not label else ""
        # A short lead without ":" over sub-notes is a lead-in unless it states a fact a
        # name of it can be hidden in ("Holds a spare Bobbin shuttle").
        lead_in = sub.subs and (
            (lead.endswith(":") and short <= _NOTE_LEAD_IN_WORDS)
            or (_topic_label(lead) and not cloze)
        )
        if label or lead_in or not lead:
            name = label or _TOPIC_CLOSE.sub("", lead) or topic
            said = _sentence(rest, ctx.commands) if label else ""
            listed = _bullets(below, ctx.commands)
            back = "\n".join(p for p in (said, listed) if p)
            if sub.subs and (len(back) > ANSWER_CHARS or not lead or deep):
                # Too long for one card: the sub-notes are notes of the label.
                back = said
                within = f"{clean(topic)} › {name}" if topic and name != topic else name
                notes.extend(
                    _outline_notes_of(
                        ctx, index, within, sub.subs, f"{place}/{slugify(name)}", subject=subject
                    )
                )
            if back and len(back) <= ANSWER_CHARS:
                front = _question(topic, name, ctx.proper_names)
                notes.extend(_fact(ctx, index, f"{place}/{slugify(name)}", front, back))
            continue
        if not cloze:
            continue
        named = f"{subject} › {clean(topic)}" if subject else clean(topic)
        text = f"{named}: {cloze}" if topic else with_topic(ctx, index, cloze)
        shown = f"{text}\n{_bullets(below, ctx.commands)}" if below else text
        if len(shown) <= ANSWER_CHARS and not deep:
            text = shown
        elif sub.subs:
            span = _OPENING_SPAN.match(lead)
            name = span.group(0) if span else topic
            notes.extend(
                _outline_notes_of(
                    ctx, index, name, sub.subs, f"{place}/note-{number}", subject=subject
                )
            )
        notes.append(
            ClozeNote(
                id=f"{place}/note-{number}",
                text=text,
                tags=ctx.tags(index),
                origin=ctx.origin(index),
            )
        )
    return notes


def _field_records(topics: list[OutlineItem]) -> bool:
    """Topics that each give the same labelled fields ("`calls_total`" over "Type:
    counter" and "Description: …", the next name over "Type:" and "Description:"
    again): records of a spec, each read whole by the term rules, not notes."""
    fields = [
        tuple(_note_label(clean(s.lead).replace("\n", " ").strip())[0].lower() for s in o.subs)
        for o in topics
    ]
    labelled = [f for f in fields if f and all(f)]
    return len(labelled) >= 2 and len(set(labelled)) < len(labelled)


def _descendants(item: OutlineItem) -> list[OutlineItem]:
    """Every item nested under ``item``, at any depth, in order."""
    return [d for s in item.subs for d in (s, *_descendants(s))]


_DEFINED_AFTER = re.compile(r"^\s*[:—–]\s*\S")


def _defined_on_its_line(item: OutlineItem) -> bool:
    """Whether an item opens on a bold or code term and defines it on its own line
    ("**TDM:** Time-Division Multiplexing", "`ls` — lists files"), not on a topic alone."""
    term = clean(item.term).strip()
    lead = clean(item.lead).strip()
    if not term or not lead.startswith(term):
        return False
    rest = lead[len(term) :]
    return bool(rest.strip()) if term.endswith(":") else bool(_DEFINED_AFTER.match(rest))


def _stem(text: str) -> set[str]:
    return {w.casefold().removesuffix("s") for w in re.findall(r"\w+", clean(text))}


def _subject_of_label(ctx: Context, label: str, subject: str) -> str:
    """What an outline's topic label is one of, for the clozes of its notes: the
    section's ``subject`` when the label is a plain word or phrase naming none of its
    words ("Default" under "Connection Policy": "Default: Uses Redirect for …" never
    says what it is the default of). A label that names a thing alone (code, an
    acronym, a CamelCase or Title Case name) or names the subject already keeps its
    clozes as they were: ""."""
    bare = clean(label).strip()
    words = bare.split()
    if (
        not subject
        or bare.startswith("`")
        or _ACRONYM.match(bare)
        or _CAMEL_WORD.match(bare)
        or (len(words) > 1 and all(w[:1].isupper() for w in words))
        or _stem(subject) & _stem(bare)
    ):
        return ""
    return clean(subject)


def outline_notes(ctx: Context, index: int) -> tuple[Note, ...] | None:
    """Study notes written as an outline: bullets that each name a topic alone (a code
    or bold span, a short label) over many indented notes about it. One card per note
    the topic's notes hold (see :func:`_outline_notes_of`), never one front asking the
    bare topic over every note joined; a topic whose notes are the author's scored
    tries ("Attempt 1: 15/29 - 51.7%") makes none."""
    block = ctx.items[index].block
    if not isinstance(block, ListBlock) or block.ordered or not block.outline:
        return None
    if 3 * sum(1 for o in block.outline if _defined_on_its_line(o)) >= 2 * len(block.outline):
        # "* **TDM:** Time-Division Multiplexing" over its notes, term after term: a
        # glossary whose terms some notes explain, read by the glossary rule.
        return None
    nested = [o for o in block.outline if o.subs]
    topics = [o for o in nested if _topic_label(o.lead)]
    # One topic is an outline only when it nests topics of its own ("Different
    # strategies available" over "Cluster", "Spread", each over its notes); one bullet
    # over a flat list is a lead-in and its list.
    deep = len(topics) == 1 and sum(1 for s in topics[0].subs if s.subs) >= 2
    if (len(topics) < 2 and not deep) or len(topics) * 2 < len(nested):
        return None
    logs = [o for o in topics if _tries_log(o.subs)]
    if len(logs) == len(topics):
        return ()  # the author's scores, topic by topic
    if _field_records(topics):
        return None
    notes_under = [s for o in nested if o not in logs for s in _descendants(o)]
    words = sum(len(clean(s.lead).split()) for s in notes_under)
    if (
        words < _OUTLINE_NOTE_WORDS * len(notes_under)
        or words > _OUTLINE_NOTE_MAX_WORDS * len(notes_under)
        or max(len(_descendants(o)) for o in topics) < _OUTLINE_MANY
    ):
        return None
    place = ctx.subplace(index)
    # Only a heading's: the page's title is no kind its labels are of (and may be the
    # author's remark, "Things to remember.").
    subject = ctx.section_subject(index).rstrip("?").strip() if ctx.items[index].headings else ""
    made: list[Note] = []
    for item in block.outline:
        label = _topic_label(item.lead) if item.subs else ""
        if label and item in logs:
            continue
        if label:
            made.extend(
                _outline_notes_of(
                    ctx,
                    index,
                    label,
                    item.subs,
                    f"{place}/{slugify(label)}",
                    subject=_subject_of_label(ctx, label, subject),
                )
            )
        else:
            # A statement among the topics: asked of the page's subject.
            number = block.outline.index(item) + 1
            made.extend(_outline_notes_of(ctx, index, "", (item,), place, number))
    return tuple(made)


_NESTED_TERMS = 4  # bold terms a nested list needs to be a glossary of them
_NESTED_DEEPER = 4  # of them under another item


def _bold_definitions(
    items: tuple[OutlineItem, ...], depth: int = 0
) -> list[tuple[int, str, str, tuple[str, ...]]]:
    """Every item of an outline, at any depth: (depth, term, definition, the plain
    sub-items under it) for one opening on a bold or code term and a colon ("**Root of
    Trust:** each certificate is …"); term and definition "" for any other item."""
    found: list[tuple[int, str, str, tuple[str, ...]]] = []
    for item in items:
        lead = clean(item.lead).replace("\n", " ").strip()
        term = clean(item.term).strip().rstrip(":").strip()
        rest = lead[len(term) :].lstrip() if term and lead.startswith(term) else ""
        defined = rest.startswith(":") and bool(rest[1:].strip())
        plain = tuple(clean(s.lead).strip() for s in item.subs if not s.term)
        found.append((depth, term, rest[1:].strip(), plain) if defined else (depth, "", "", ()))
        found.extend(_bold_definitions(item.subs, depth + 1))
    return found


def nested_terms(ctx: Context, index: int) -> tuple[Note, ...] | None:
    """A list of bold terms nesting under one another, each defined after a colon
    ("**Digital Certificate:** …" and under it "**Wildcard Certificates:** …"): a study
    notes' glossary of its section. One fact per term, asked of the section
    ("Digital Certificates: Wildcard Certificates?"), never one card of the whole list.
    Needs four such terms or more nested under another item, half the items at least,
    plain points beside them at the top, and no term twice (repeated labels, "Type:" /
    "Description:", are records of fields)."""
    block = ctx.items[index].block
    if not isinstance(block, ListBlock) or not block.outline:
        return None
    found = _bold_definitions(block.outline)
    defined = [f for f in found if f[1]]
    names = [term.casefold() for _, term, _, _ in defined]
    if (
        len(defined) < _NESTED_TERMS
        or 2 * len(defined) < len(found)
        or sum(1 for depth, *_ in defined if depth) < _NESTED_DEEPER
        or len(set(names)) < len(names)
        # Plain statements beside the terms at the top ("Key Topics:" of notes): a list
        # of labelled points all the way down ("**Role-oriented:** …" over its roles)
        # is one list, asked whole by the list rules.
        or all(term for depth, term, *_ in found if not depth)
    ):
        return None
    subject = ctx.section_subject(index).rstrip("?").rstrip()
    notes: list[Note] = []
    for _, term, rest, plain in defined:
        back = _sentence(rest, ctx.commands)
        if plain:
            back = f"{back}\n{_bullets(plain, ctx.commands)}"
        # The term as written: "Data Encryption Standard (DES)" is a name.
        front = f"{subject}: {term}?" if subject else f"{term}?"
        notes.extend(_fact(ctx, index, f"{ctx.place(index)}/{slugify(term)}", front, back))
    return tuple(notes)
