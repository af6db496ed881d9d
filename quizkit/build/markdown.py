"""Markdown to a flat list of typed blocks, each with the headings above it.

markdown-it-py (CommonMark, tables on) does the parsing. Three small plugins
teach it the syntax of real documentation sites so that it never reaches a card:

* ``front_matter``: a YAML block between ``---`` lines at the very top (its
  ``title`` is kept: it names the deck when there is no H1);
* ``shortcode`` (block): a line holding one Hugo shortcode such as
  ``{{< note >}}``, ``{{< /note >}}`` or ``{{% tab name="GCP" %}}``;
* ``shortcode_inline``: a shortcode inside text, replaced by its ``text`` (or
  ``term_id``) argument, e.g. ``{{< glossary_tooltip text="Pods" ... >}}``; one that
  pastes a definition (``glossary_definition``) shows nothing.

HTML blocks and inline HTML (comments) are dropped. A paragraph whose second
line starts with ``: `` is a definition-list entry (the common ``term`` /
``: definition`` extension, which CommonMark itself reads as a paragraph).
"""

from __future__ import annotations

import functools
import html
import itertools
import re
from collections import Counter
from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass, field, replace
from html.parser import HTMLParser
from typing import Any

import yaml
from markdown_it import MarkdownIt
from markdown_it.rules_block import StateBlock
from markdown_it.rules_inline import StateInline
from markdown_it.token import Token

from quizkit.build.text import (
    SENTENCE_GAP,
    clean,
    clean_heading,
    code_fence,
    has_blank,
    is_command_line,
    opens_on_mark,
    replace_shortcodes,
    strip_trailing_decoration,
)

__all__ = [
    "BARE_ASK",
    "Block",
    "Callout",
    "Code",
    "Definition",
    "Document",
    "Heading",
    "ListBlock",
    "Located",
    "Paragraph",
    "Question",
    "Quote",
    "Table",
    "parse_document",
]


@dataclass(frozen=True, slots=True)
class Heading:
    level: int
    text: str
    line: int


@dataclass(frozen=True, slots=True)
class Paragraph:
    text: str
    line: int
    # The bold (or code) span the paragraph opens with, "" when it opens with plain
    # text: a label ("**ClusterIP networking:**"), a term ("**Term**: def") or,
    # when it is the whole paragraph and ends in "?", the author's question.
    label: str = ""
    # Nothing but links after a short label ("Docs bookmark: [Viewing pods](…)"):
    # a pointer to reading, no knowledge of its own.
    pointer: bool = False
    # A heading inside a hidden answer ("#### Good to hear", "##### Additional Links"),
    # kept as a line of that answer: it titles the blocks after it.
    heading: bool = False
    # The text of a numbered step that holds its own code block ("1. Get the Broker
    # URL" with a fenced command under it): an instruction even when it ends in ".".
    step: bool = False
    # Per line of ``text`` (a paragraph of two lines or more), the bold or code span the
    # line opens with, "" when none: "**Resource**: …" over "**Resource group**: …" on
    # the next line, with no blank line between, are two terms run into one paragraph.
    line_terms: tuple[str, ...] = ()
    # A content tab's name alone on its line (``::: tab CentOS``, ``<TabItem label=…>``,
    # ``=== "Linux"``, a fence's ``[npm]``): one alternative of its section's answer
    # begins, unlike a bold label that titles a part of the text.
    tab: bool = False
    # Every line break of ``text`` is a hard one (a trailing backslash or two spaces),
    # and there is one at least: the author set each line apart ("group(0) is …" over
    # "group(1) is …"), so a back shows the lines apart, never run into one sentence.
    hard_lines: bool = False


@dataclass(frozen=True, slots=True)
class ListBlock:
    ordered: bool
    items: tuple[str, ...]
    line: int
    start: int = 1
    # Per item: the bold or code span it opens with ("" when none), and whether the
    # item is nothing but a link (a table of contents, a reading list).
    terms: tuple[str, ...] = ()
    links: tuple[bool, ...] = ()
    # Per item: the code blocks fenced inside it that its line could not carry (an
    # example of several lines under "1. The container would be as below,"), "" when
    # none. Only an answer's back shows them, under the item, as code; the rules that
    # read items as terms or steps read ``items`` alone.
    codes: tuple[str, ...] = ()
    # Per item: the name it opens with when that name links to another site
    # ("[Akri](https://…), which lets you …", "The [AMD GPU device plugin](https://…)"),
    # "" when none: a catalogue of other people's products names its items so.
    named: tuple[str, ...] = ()
    # Per item: the item with its sub-list apart (see :class:`OutlineItem`); () when no
    # item has a sub-list. Only the rule for outline notes reads it.
    outline: tuple[OutlineItem, ...] = ()


@dataclass(frozen=True, slots=True)
class OutlineItem:
    """A list item as an outline reads it: ``text`` is the item on one line (its
    sub-list joined in, as ``ListBlock.items`` has it), ``lead`` its own words before
    any sub-list, ``subs`` the items of its sub-list, each read the same way."""

    text: str
    lead: str
    subs: tuple[OutlineItem, ...] = ()
    # The bold or code term the item opens with ("**Wildcard Certificates:**"), else "".
    term: str = ""


@dataclass(frozen=True, slots=True)
class Table:
    header: tuple[str, ...]
    rows: tuple[tuple[str, ...], ...]
    line: int
    row_lines: tuple[int, ...] = ()
    # ``{{< table caption="Tolerations for DaemonSet pods" >}}`` around it: what it lists.
    caption: str = ""
    # Per header cell, the footnote mark taken off it ("Weekly Downloads *" over
    # "* … as of May 15" → "*"), "" for none: the rules join that note to its answers.
    header_marks: tuple[str, ...] = ()
    # Per row, how far its first cell is indented (``| &nbsp;&nbsp;`port` | …``: 2),
    # empty when no row is: a sub-key of the row above indented less, as a nested
    # setting is of its parent.
    indents: tuple[int, ...] = ()


@dataclass(frozen=True, slots=True)
class Quote:
    text: str
    line: int


@dataclass(frozen=True, slots=True)
class Code:
    info: str
    text: str
    line: int
    # How far the fence is indented on its line (inside a quote, past its ">"): a fence
    # indented less than the numbered item above it needs ("2. Upgrade the kernel:" over
    # a fence two spaces in) ends that list for CommonMark, yet the author set it under
    # the item; one at the margin they set apart.
    indent: int = 0


@dataclass(frozen=True, slots=True)
class Callout:
    """The body of a ``{{< note >}}`` (or caution, warning) shortcode, an alert or an
    admonition. ``title`` is the author's name for it when it has one (``!!! tip "Title"``,
    ``:::tip[Title]``, an alert opening on a bold line): it says what the tip is about."""

    kind: str
    text: str
    line: int
    title: str = ""
    # Nothing but links to other pages (``:::info See also`` over "[X reference](…)"):
    # where to read, no knowledge of its own.
    pointer: bool = False


@dataclass(frozen=True, slots=True)
class Definition:
    term: str
    text: str
    line: int


@dataclass(frozen=True, slots=True)
class Question:
    """A question the author asked and the blocks that answer it.

    ``kind`` says where it came from: ``details`` (``<details><summary>Q</summary>``,
    the answer hidden inside), ``exercise`` (a ``<details>`` whose summary only says
    "show"/"solution": the question is the heading or line before it), ``heading``
    (a heading shaped as a question) or ``bold`` (a paragraph that is one bold
    question). ``also`` holds other phrasings the author gave ("Also asked as").
    """

    text: str
    answer: tuple[Block, ...]
    line: int
    kind: str
    also: tuple[str, ...] = ()
    # A multiple-choice question (``quiz``): the blocks the question shows (its code,
    # its options list), and the author's number for it ("12" of "12. What's the
    # output?"), which tells apart questions asked in the same words.
    shown: tuple[Block, ...] = ()
    number: str = ""
    # A question heading: the prose and code after its answer, still in its section
    # (they stay ordinary blocks too), where a "why" or "how" may be answered.
    more: tuple[Block, ...] = ()
    # A question heading whose answer was folded away (``<details>`` "Answer"): the
    # author wrote the whole fold as the answer (kept whole, like a solution), so no
    # walkthrough's narrative is mistaken for it.
    hidden: bool = False
    # The blocks of a <details> with the headings each sat under (headings may open
    # inside it), for when it turns out to hold a whole section rather than an answer.
    inner: tuple[Located, ...] = ()
    # A question heading: the first lead-in ending in ":" and the list it introduces
    # further down its section ("… can cause crates to get rebuilt are:" and the
    # causes), for when the first blocks are only a preamble.
    listed: tuple[Block, ...] = ()
    # A topic heading asked because an "Answer" sub-heading answers it ("## Side
    # tables" › "### Answer"): its text is the topic and "?", no question of its own.
    topic: bool = False
    # A list item's question answered in the item the author labelled ("- Q9) …" with
    # "- Ans: …" and its sub-items): the item bounds the answer, so all of it answers
    # (up to a card's size), not only its first paragraph.
    bounded: bool = False


Block = Heading | Paragraph | ListBlock | Table | Quote | Code | Callout | Definition | Question


@dataclass(frozen=True, slots=True)
class Located:
    """A block and the headings it sits under (outermost first, the H1 excluded)."""

    block: Block
    headings: tuple[Heading, ...]


@dataclass(frozen=True, slots=True)
class Document:
    title: str
    items: tuple[Located, ...]
    front_matter_title: str = ""
    # Front matter holding a title that is no YAML: (line in the file, what is wrong).
    front_matter_problem: tuple[int, str] | None = None
    # Footnote definitions (``[^1]: only on Linux``) by label: what a ``[^1]`` in a
    # table cell adds to that cell's answer. Never blocks of their own.
    footnotes: Mapping[str, str] = field(default_factory=dict)


# ------------------------------------------------------------------ plugins

# One shortcode alone on its line; its arguments never hold a "}}", so a line that
# opens and closes a pair ("{{< note >}} … {{< /note >}}") is no lone opener.
_SHORTCODE_LINE = re.compile(r"^\{\{([<%])\s*(/?)\s*([\w.-]+)((?:(?!\}\}).)*?)\s*([>%])\}\}\s*$")
# Several shortcodes alone on a line (``{{< include "x.md" >}} {{< version-check >}}``):
# template, no words of the page.
_SHORTCODES_LINE = re.compile(r"^(?:\{\{[<%](?:(?!\}\}).)*?[>%]\}\}\s*){2,}$")
# A callout opened and closed on one line: ``{{< note >}} Text. {{< /note >}}``.
_SHORTCODE_PAIR_LINE = re.compile(
    r"^\{\{([<%])\s*([\w.-]+)((?:(?!\}\}).)*?)\s*[>%]\}\}(.*?)"
    r"\{\{[<%]\s*/\s*\2\s*[>%]\}\}\s*$"
)
_SHORTCODE_ARG = re.compile(r'(?:([\w-]+)\s*=\s*)?"([^"]*)"')
_CALLOUTS = frozenset({"note", "caution", "warning", "tip", "important", "alert"})


def _line_text(state: StateBlock, line: int) -> str:
    return state.src[state.bMarks[line] + state.tShift[line] : state.eMarks[line]]


# A line of front matter naming a key ("title: …", "sidebar_label:", "- item" of a
# list under one): YAML, where a line of prose is not.
_YAML_KEY_LINE = re.compile(r"^(?:[\w\"'.-][^:#]*:(?:\s|$)|#|\s*-\s)")


def _front_matter(state: StateBlock, start: int, end: int, silent: bool) -> bool:
    if start != 0 or state.tShift[0] != 0 or _line_text(state, 0).rstrip() != "---":
        return False
    line = 1
    while line < end:
        if state.tShift[line] == 0 and _line_text(state, line).rstrip() in ("---", "..."):
            break
        line += 1
    else:
        return False
    if not any(_YAML_KEY_LINE.match(_line_text(state, n)) for n in range(1, line)) and any(
        _line_text(state, n).strip() for n in range(1, line)
    ):
        # "---" / "🟢 Beginner Level" / "---": no key of YAML between the rules, but a
        # heading underlined by the second (a setext heading after a thematic break).
        return False
    if silent:
        return True
    token = state.push("front_matter", "", 0)
    token.content = "\n".join(state.src[state.bMarks[n] : state.eMarks[n]] for n in range(1, line))
    token.map = [0, line + 1]
    token.block = True
    state.line = line + 1
    return True


def _shortcode_args(rest: str) -> dict[str, str]:
    args: dict[str, str] = {}
    for index, match in enumerate(_SHORTCODE_ARG.finditer(rest)):
        args[match.group(1) or f"_{index}"] = match.group(2)
    return args


def _push_one_line_callout(state: StateBlock, start: int, pair: re.Match[str]) -> None:
    name = pair.group(2).lower()
    opener = state.push("shortcode", "", 0)
    opener.meta = {"name": name, "closing": False, "args": _shortcode_args(pair.group(3))}
    state.push("paragraph_open", "p", 1).map = [start, start + 1]
    inline = state.push("inline", "", 0)
    inline.content = pair.group(4).strip()
    inline.map = [start, start + 1]
    inline.children = []
    state.push("paragraph_close", "p", -1)
    closer = state.push("shortcode", "", 0)
    closer.meta = {"name": name, "closing": True, "args": {}}
    for token in (opener, closer):
        token.map = [start, start + 1]
        token.block = True
    state.line = start + 1


def _shortcode_block(state: StateBlock, start: int, end: int, silent: bool) -> bool:
    if state.sCount[start] - state.blkIndent >= 4:
        return False
    if not state.src.startswith(("{{", "{%"), state.bMarks[start] + state.tShift[start]):
        return False  # what the pattern below starts with; most lines are not shortcodes
    line = _line_text(state, start)
    pair = _SHORTCODE_PAIR_LINE.match(line)
    if pair is not None and pair.group(2).lower() in _CALLOUTS and pair.group(4).strip():
        # The callout is whole on its line: its opener, its text as a paragraph, its
        # closer, so the notes after it are never taken into it.
        if not silent:
            _push_one_line_callout(state, start, pair)
        return True
    match = _SHORTCODE_LINE.match(line)
    if match is None:
        if _LIQUID_LINE.match(line) is None and _SHORTCODES_LINE.match(line) is None:
            return False
        # A line of Liquid alone (``{% include faq/answer.md %}``, ``{% endif %}``), or
        # of several shortcodes: text another file holds, or template logic; the page
        # says nothing there.
        if not silent:
            token = state.push("shortcode", "", 0)
            token.meta = {"name": "", "closing": False, "args": {}}
            token.map = [start, start + 1]
            token.block = True
            state.line = start + 1
        return True
    args = _shortcode_args(match.group(4))
    if not match.group(2) and ("text" in args or "term_id" in args):
        # A glossary tooltip alone on its line shows words of the sentence around it
        # ("(such as …,\n{{< glossary_tooltip text="eviction" … >}}\nor …)"): inline
        # text wherever its line is, never a block that drops them.
        return False
    if silent:
        return True
    name = match.group(3).lower()
    last = start
    if name in _DIAGRAM_SHORTCODES and not match.group(2):
        # A diagram's source (``{{< mermaid >}}`` graph lines ``{{< /mermaid >}}``) is
        # drawn for the reader, never read: the shortcode takes its lines, body and all.
        closer = next(
            (
                n
                for n in range(start + 1, end)
                if (m := _SHORTCODE_LINE.match(_line_text(state, n))) is not None
                and m.group(2)
                and m.group(3).lower() == name
            ),
            None,
        )
        if closer is not None:
            last = closer
            # Its caption ("Figure 1. X controls …") names the drawing, not a fact.
            after = last + 1
            while after < end and state.isEmpty(after):
                after += 1
            if after < end and _FIGURE_CAPTION.match(_line_text(state, after)):
                while after < end and not state.isEmpty(after):
                    after += 1
                last = after - 1
    token = state.push("shortcode", "", 0)
    token.meta = {"name": name, "closing": bool(match.group(2)), "args": args}
    token.map = [start, last + 1]
    token.block = True
    state.line = last + 1
    return True


# Shortcodes whose body is a diagram's source (Hugo's mermaid), not the page's words.
_DIAGRAM_SHORTCODES = frozenset({"mermaid"})
_FIGURE_CAPTION = re.compile(r"^\s*(?:figure|fig\.|diagram)\s*\d+[.:]\s", re.IGNORECASE)


# Jekyll's Liquid in running text: a variable of the site or page (``{{ site.data.x }}``,
# ``{{ page.version.version }}``) or a tag (``{% include x.md %}``, ``{% if %}``). Like a
# Hugo value shortcode it is the template's, never the page's words.
_LIQUID_INLINE = re.compile(
    r"\{\{-?\s*(?:site|page|include|layout|jekyll|paginator)\.[\w.\[\]'\"-]*"
    r"(?:\s*\|[^{}\n]*)?\s*-?\}\}|\{%-?\s*[a-z_]+\b[^%\n]*?-?%\}"
)
_LIQUID_LINE = re.compile(rf"^(?:{_LIQUID_INLINE.pattern})\s*$")


def _liquid_inline(state: StateInline, silent: bool) -> bool:
    src, pos = state.src, state.pos
    if not src.startswith(("{{", "{%"), pos):
        return False
    match = _LIQUID_INLINE.match(src, pos, min(state.posMax, pos + 1000))
    if match is None:
        return False
    if not silent:
        state.push("shortcode_inline", "", 0)  # no text: a gap, see render_inline
    state.pos = match.end()
    return True


def _shortcode_inline(state: StateInline, silent: bool) -> bool:
    src, pos = state.src, state.pos
    if not src.startswith("{{", pos) or pos + 2 >= len(src) or src[pos + 2] not in "<%":
        return False
    closer = ">}}" if src[pos + 2] == "<" else "%}}"
    # A shortcode is short; bounding the search keeps "{{<" spam linear.
    end = src.find(closer, pos + 3, min(state.posMax, pos + 1000))
    if end < 0 or end + 3 > state.posMax:
        return False
    if not silent:
        inner = src[pos + 3 : end].strip()
        args = _shortcode_args(inner)
        token = state.push("shortcode_inline", "", 0)
        name = inner.split(None, 1)[0].lower() if inner else ""
        if name.endswith("_definition"):
            # A definition pasted from elsewhere ("glossary_definition"): text this
            # page does not hold, never its term id; the page title stands for it.
            token.meta = {"definition": True}
        else:
            token.content = args.get("text") or args.get("term_id") or args.get("_0", "")
    state.pos = end + 3
    return True


@functools.cache
def _markdown() -> MarkdownIt:
    """The configured parser, built once: ``parse`` keeps no state between calls."""
    md = MarkdownIt("commonmark", {"html": True}).enable("table")
    md.block.ruler.before("table", "front_matter", _front_matter)
    md.block.ruler.before(
        "table",
        "shortcode",
        _shortcode_block,
        {"alt": ["paragraph", "reference", "blockquote", "list"]},
    )
    md.inline.ruler.before("text", "shortcode_inline", _shortcode_inline)
    md.inline.ruler.before("text", "liquid_inline", _liquid_inline)
    return md


# ------------------------------------------------------------------ rendering


_JUMP_MARKS = " *#¶§^↑⬆↩⤴\ufe0f"
# Where a shortcode with no text of its own stood (a private-use character no document
# holds), and a parenthetical around such a gap.
_GAP = "\ue000"
# A link address ("[text]({{< ref page >}})") is no parenthetical: text.py unwraps it.
_GAP_ASIDE = re.compile("(?<!\\])[ \t]*\\([^()\ue000\ue002]*[\ue000\ue002][^()]*\\)")
# Where such a shortcode stood glued inside a word ("v{{< skew currentVersion >}}"): the
# word is half a value, and the sentence holding it (up to its stop) says nothing true.
_GLUED = "\ue002"
_VALUE_GAP = re.compile(
    "(\\b(?:[Ii]n|[Ss]ince|[Aa]s of|[Ff]rom|[Uu]ntil|[Bb]efore|[Aa]fter) [A-Z][\\w-]*)?"
    "\\s*\ue000(?(1)|(?=[ \t]*[.!?](?:\\s|$)))"
)
# What is left of a gap before punctuation ("**Product ⟨name⟩**: …"): no " :".
_GAP_BEFORE_STOP = re.compile("[ \t]*\ue000(?=[ \t]*[.,:;!?)])")
_GLUED_SENTENCE = re.compile(
    "(?:^|(?<=\\s))[^.!?\\s\ue002](?:[^.!?\ue002]|[.!?](?!\\s))*\ue002.*?(?:[.!?](?=\\s|$)|$)\\s*",
    re.DOTALL,
)

# The element names of HTML (and the few SVG/MathML ones written inline). A "tag" whose
# name is none of these is a placeholder the author wrote in angle brackets ("git revert
# <commit>", "List<String>"): text to keep, not markup to drop.
_HTML_ELEMENTS = frozenset(
    """a abbr acronym address area article aside audio b base bdi bdo big blink blockquote
    body br button canvas caption center cite code col colgroup data datalist dd del details
    dfn dialog dir div dl dt em embed fieldset figcaption figure font footer form frame
    frameset h1 h2 h3 h4 h5 h6 head header hgroup hr html i iframe img input ins kbd label
    legend li link main map mark marquee math menu meta meter nav nobr noscript object ol
    optgroup option output p param picture pre progress q rp rt ruby s samp script search
    section select slot small source span strike strong style sub summary sup svg table
    tbody td template textarea tfoot th thead time title tr track tt u ul var video wbr
    path circle rect g line polyline polygon""".split()  # noqa: SIM905 (a word list reads best as words)
)
_TAG_NAME = re.compile(r"^</?([A-Za-z][A-Za-z0-9-]*)")


def is_html_tag(raw: str) -> bool:
    """Whether ``raw`` (one ``<...>`` span) is markup: a comment, a processing
    instruction, or a tag naming an HTML element; ``<commit>`` or ``<file>`` is not."""
    if raw.startswith(("<!", "<?")):
        return True
    name = _TAG_NAME.match(raw)
    return name is None or name.group(1).lower() in _HTML_ELEMENTS


# Where an inline ``<li>`` opens: the items of an HTML list written in one line (a table
# cell's ``<ul><li>…</li></ul>``) are read apart, never run together.
_ITEM = "\ue001"
_ITEM_TAG = re.compile(r"^<li\b", re.IGNORECASE)


_IMAGE_ATTRIBUTES = re.compile(r"^\{[^{}\n]*\}")


# A sentence's closing period; an abbreviation's ("e.g.", "U.S.") is no period to drop.
_ITEM_PERIOD = re.compile(r"(?<=[^\s.])\.$")
_ABBREVIATION = re.compile(r"(?:^|\s)(?:(?:\w\.)+\w|etc|[Ii]nc|[Ll]td|[Cc]o|vs|approx)\.$")
# A lettered option ("B. An apple tree."): its words are the option's, kept whole.
_LETTERED_OPTION = re.compile(r"^\(?[A-Za-z][.)]\s")


def _without_period(text: str) -> str:
    """``text`` without the period closing its sentence, where a joint follows it."""
    return text if _ABBREVIATION.search(text) else _ITEM_PERIOD.sub("", text)


def _joined_items(items: Sequence[str]) -> str:
    """Sub-items on one line, joined by "; ": an item's closing period gives way to the
    semicolon ("Deploys apps; Manages configs."), never "apps.; Manages"; the last keeps
    its own. Lettered options stay as written: a quiz reads them back."""
    if any(_LETTERED_OPTION.match(item) for item in items):
        return "; ".join(items)
    return "; ".join(
        _without_period(item) if number < len(items) - 1 else item
        for number, item in enumerate(items)
    )


def _inline_items(text: str) -> str:
    """Text whose inline ``<li>`` items are marked: the items joined by "; " (a lead-in
    before them keeps its colon: "Notes: a; b")."""
    lead, *items = (part.strip() for part in text.split(_ITEM))
    listed = "; ".join(i for i in items if i)
    if not lead:
        return listed
    return f"{lead} {listed}" if lead.endswith(":") else f"{lead}; {listed}"


def render_inline(tokens: Sequence[Token] | None) -> str:
    """Inline tokens as card text: markup dropped, code kept as backticks."""
    if tokens is not None and len(tokens) == 1 and tokens[0].type == "text":
        return tokens[0].content  # the usual cell or line: one text token
    out: list[str] = []
    link_at = -1  # where the open link's text starts in ``out``
    tokens = tokens or ()
    for at, token in enumerate(tokens):
        kind = token.type
        if kind == "link_open":
            link_at = len(out)
        elif kind == "link_close" and link_at >= 0:
            # A link whose text is only a jump mark ("[**](#anchor)", "[↑](#top)") is
            # no text; a symbol with a meaning ("[✘](issue)" in a matrix) stays.
            if not "".join(out[link_at:]).strip(_JUMP_MARKS):
                del out[link_at:]
            link_at = -1
        if kind == "text":
            content = token.content
            if at and tokens[at - 1].type == "image":
                # Pandoc's ``![](fig.png){alt='…'}``: the attributes go with the image.
                content = _IMAGE_ATTRIBUTES.sub("", content)
            out.append(content)
        elif kind == "code_inline":
            fence = "``" if "`" in token.content else "`"
            out.append(f"{fence}{token.content}{fence}")
        elif kind in ("softbreak", "hardbreak"):
            out.append("\n")
        elif (
            kind == "html_inline"
            and _BREAK_TAG.match(token.content.strip())
            and "".join(out).strip()
            and any(t.type == "text" and t.content.strip() for t in tokens[at + 1 :])
        ):
            # "**A**: …<br>**B**: …": the author broke the line as with two spaces (one
            # before the first words or after the last breaks nothing).
            out.append("\n")
        elif kind == "image":
            continue  # a badge or a picture: its alt text is no card text
        elif kind == "shortcode_inline" or (
            kind == "html_inline" and _MDX_COMPONENT.match(token.content)
        ):
            # An MDX component ("<ActiveDocsVersion />") is the site's value like a
            # shortcode: its words are not the page's.
            before = "".join(out[-8:])
            # In a link address ("[spec](/api/v{{< skew … >}}/#pod)") the gap is no
            # text: text.py unwraps the link to its words.
            glued = (
                not token.content
                and before[-1:].isalnum()
                and before.rfind("](") <= before.rfind(")")
            )
            said = token.content if kind == "shortcode_inline" else ""
            out.append(said or (_GLUED if glued else _GAP))
        elif kind == "html_inline" and not is_html_tag(token.content):
            out.append(token.content)  # a placeholder such as "<branch>": the author's text
        elif kind == "html_inline" and _ITEM_TAG.match(token.content):
            out.append(_ITEM)  # ``<ul><li>a</li><li>b</li></ul>`` in a table cell
        elif kind in ("html_inline",) or kind.endswith(("_open", "_close")):
            continue
        else:
            out.append(token.content)
    text = "".join(out)
    if _ITEM in text:
        text = _inline_items(text)
    if _GAP in text or _GLUED in text:
        # A value only the site's template knows ("(such as v{{< skew version >}})"):
        # the parenthetical that holds it says nothing without it and goes whole; out of
        # one, a gap glued to a word takes its sentence, any other gap closes up.
        text = _GAP_ASIDE.sub("", text)
        # A gap a sentence cannot close over: the value a sentence ends on ("enabled by
        # default in Kubernetes ⟨version⟩."), or the one after "in <Name>" (a version:
        # "In Kubernetes ⟨version⟩ the feature is Beta"): the sentence goes like a glued one.
        text = _VALUE_GAP.sub(lambda m: (m.group(1) or "") + _GLUED, text)
        if _GLUED in text:
            text = _GLUED_SENTENCE.sub("", text).strip()
        text = _GAP_BEFORE_STOP.sub("", text).replace(_GAP, "")
    return _JSX_TAG.sub(" ", text).strip() if "={" in text else text


# A self-closing MDX component ("<ActiveDocsVersion />", "<Term id="pod" />"): a
# capitalised name, never an HTML element or an author's "<branch>" placeholder.
_MDX_COMPONENT = re.compile(r"^<[A-Z][A-Za-z0-9]*(?:\.[A-Za-z0-9]+)*(?:\s[^<>]*)?/>$")
# One glued into an address or path in code ("…/release-<ActiveDocsVersion />/docs"):
# the page fills it in; in code elsewhere ("render(<App />)") it is the code's own.
_GLUED_COMPONENT = re.compile(r"(?<=[\w./=-])<[A-Z][A-Za-z0-9]*(?:\s[^<>\n]*)?/>(?=[\w./-])")


# A JSX element's opening tag (``<div style={{color: "#A9A9A9"}}>``, MDX pages): no
# HTML parser reads its ``{…}`` attributes, so it is left in the text; its text stays.
_JSX_TAG = re.compile(
    r"\s*<[A-Za-z][\w.]*(?:\s+[\w-]+=(?:\{\{.*?\}\}|\{[^{}]*\}|\"[^\"]*\"))+\s*/?>"
)


def _lead_term(tokens: Sequence[Token] | None) -> str:
    """The bold or code span ``tokens`` open with (rendered), else ""."""
    children = [t for t in tokens or () if not (t.type == "text" and not t.content.strip())]
    if not children:
        return ""
    first = children[0]
    if first.type == "code_inline":
        return render_inline([first])
    if first.type != "strong_open":
        return ""
    depth = 0
    inner: list[Token] = []
    for token in children:
        if token.type == "strong_open":
            depth += 1
        elif token.type == "strong_close":
            depth -= 1
            if depth == 0:
                return render_inline(inner).strip()
        if depth and token.type != "strong_open":
            inner.append(token)
    return ""


# An HTML anchor written inline (``<a href="…">A list of questions</a>``): a link as
# much as ``[…](…)`` is.
_HTML_LINK_OPEN = re.compile(r"^<a\s[^>]*\bhref\s*=", re.IGNORECASE)
_HTML_LINK_CLOSE = re.compile(r"^</a\s*>$", re.IGNORECASE)


def _link_edge(token: Token) -> int:
    """1 when ``token`` opens a link (Markdown or an inline ``<a href>``), -1 when it
    closes one, else 0."""
    if token.type == "link_open":
        return 1
    if token.type == "link_close":
        return -1
    if token.type == "html_inline":
        if _HTML_LINK_OPEN.match(token.content):
            return 1
        if _HTML_LINK_CLOSE.match(token.content.strip()):
            return -1
    return 0


def _only_link(tokens: Sequence[Token] | None) -> bool:
    """Whether ``tokens`` are one link (or several) and nothing else worth reading."""
    depth, links, other = 0, 0, False
    for token in tokens or ():
        edge = _link_edge(token)
        if edge > 0:
            depth += 1
            links += 1
        elif edge < 0:
            depth -= 1
        elif depth == 0 and token.type == "text":
            if token.content.strip(" \t|·•,-–—:()[]"):
                other = True
        elif depth == 0 and token.type not in ("softbreak", "html_inline"):
            other = True
    return links > 0 and not other


# A paragraph of nothing but empty brackets ("[]", "[] []"): what an HTML page's empty
# anchors leave when the page is saved as Markdown.
_EMPTY_BRACKETS = re.compile(r"(?:\s*\[\s*\])+\s*")


def _anchor_only(tokens: Sequence[Token] | None) -> bool:
    """Whether ``tokens`` are only links to places in the same page ("**[⬆ Back to
    Top](#table-of-contents)**"), bold or not: navigation, never knowledge."""
    hrefs = [str(t.attrs.get("href", "")) for t in tokens or () if t.type == "link_open"]
    if not hrefs or not all(h.startswith("#") for h in hrefs):
        return False
    plain = [
        t
        for t in tokens or ()
        if t.type not in ("strong_open", "strong_close", "em_open", "em_close")
    ]
    return _only_link(plain)


# A question and its answer label in plain text, the label on the question's next
# line: "-1. Question: What is X?" / "Solution:" (a number before it, or none).
# "Copy code" (or "Copy") under a language's name: the button of a chat page's code
# box, pasted with the code it sat over.
_COPY_BUTTON = re.compile(r"^copy(?: code)?$", re.IGNORECASE)
_LANGUAGE = re.compile(r"^[A-Za-z][\w+#.-]{0,20}$")


def _pairs_from(rows: Sequence[str], at: int) -> bool:
    """Whether ``rows`` from ``at`` on are "Question: …" / "Answer: …" pairs, each
    question line (a capital "Q") followed right by its labelled answer line."""
    if at >= len(rows) - 1:
        return False
    while at < len(rows):
        asked = _QA_QUESTION.match(rows[at]) if rows[at][:1] == "Q" else None
        if asked is None or not rows[at][asked.end() :].strip() or at + 1 >= len(rows):
            return False
        said = rows[at + 1]
        if not _QA_ANSWER.match(said) or _QA_LETTER_DOT.match(said):
            return False
        at += 2
        while at < len(rows) and not (rows[at][:1] == "Q" and _QA_QUESTION.match(rows[at])):
            at += 1
    return True


def _rows_before_pairs(rows: Sequence[str]) -> int:
    """How many lines of a paragraph come before its "Question: …" / "Answer: …" pairs
    when the pairs start below its first line ("Docker Interview Questions" over
    them, or the code answering the question above): 0 when the paragraph opens on
    its first pair or holds none. Only labelled pairs right to its end count, so a
    line that only opens on "Question:" amid prose starts nothing."""
    if not rows or _QA_QUESTION.match(rows[0]):
        return 0
    return next((at for at in range(1, len(rows) - 1) if _pairs_from(rows, at)), 0)


_LABELLED_PAIR = re.compile(
    r"^(?:-?\d+[.)]\s*)?question\s*:[ \t]*([^\n]+)\n(solution|answer)\s*:[ \t]*(?=\n|$)",
    re.IGNORECASE,
)

# "Previous | Next", "« Prev · Up · Next »": a line of a series' links and nothing else.
_NAVIGATION_WORDS = re.compile(
    r"^(?:[\W_]*\b(?:previous|prev|next|up|home|back|contents)\b(?:\s+(?:page|chapter|lesson))?)+"
    r"[\W_]*$",
    re.IGNORECASE,
)
# The bold label of a pointer to the next or previous part ("**Next**: Review …").
_NAVIGATION_LABELS = frozenset({"next", "previous", "prev", "up next", "next up"})


def _navigation_line(block: Paragraph) -> bool:
    """Whether a one-line paragraph only points along a series of pages: a bold
    "Next:" / "Previous:" label and what it points to, or nothing but such words."""
    text = block.text.strip()
    if "\n" in text:
        return False
    if _NAVIGATION_WORDS.match(text) and re.search(r"\b(?:next|prev|previous)\b", text, re.I):
        return True
    label = block.label.strip().rstrip(":").strip()
    return bool(label) and _bare(label) in _NAVIGATION_LABELS and text.startswith(label)


# The author's mark before a question line paired with an "A:" answer line: "Q:",
# "Q.", "Q3:", "Question:" (the "**Q:**" bold is gone from the paragraph's text).
# A multiple choice's option line: "A. 1", "b) None of these".
_OPTION_ROW = re.compile(r"^\s*[A-Ea-e][.)]\s")
# "Q:", "Q 1 :", "Question 3.", "Q1)", "Q1 - ": the mark of a plain question line (a
# dash only spaced from the question: "Q-learning" is a word).
_QA_QUESTION = re.compile(
    r"^Q(?:uestion)?[ \t]*\d*(?:[ \t]*[:.)]|[ \t]*[-\u2013\u2014](?=[ \t]))[ \t]*",
    re.IGNORECASE,
)


def _options_among(rows: Sequence[str]) -> bool:
    """Whether ``rows`` letter a multiple choice's options: two rows or more opening
    on "A." / "b)" and so on. One "A. …" row under a "Q. …" line is its answer."""
    return sum(bool(_OPTION_ROW.match(row)) for row in rows) >= 2


# "This"/"It" opening what follows a pasted definition: the defined term.
_PRONOUN_OPENING = re.compile(r"^(?:this|it)\s+", re.IGNORECASE)


def _opens_on_definition(node: _Node) -> bool:
    """Whether a paragraph opens on a shortcode that pastes a definition."""
    tokens = [t for t in _inline_tokens(node) or () if t.type != "text" or t.content.strip()]
    return bool(tokens) and tokens[0].type == "shortcode_inline" and bool(tokens[0].meta)


def _anchor_list(node: _Node) -> bool:
    """Whether a list is a table of contents: every item, and every item of the lists
    nested in it, is only a link to a place in the same page ("- [Setup](#setup)")."""
    for item in node.children:
        first = item.children[0] if item.children else None
        if first is None or first.type != "paragraph" or not _anchor_only(_inline_tokens(first)):
            return False
        for child in item.children[1:]:
            if child.type not in ("bullet_list", "ordered_list") or not _anchor_list(child):
                return False
    return bool(node.children)


class _Node:
    """A token and its children: markdown-it's flat stream as a tree (one pass; lighter
    than ``_Node``, which copies the stream at every level)."""

    __slots__ = ("children", "token", "type")

    def __init__(self, kind: str, token: Token, children: list[_Node] | tuple[()]) -> None:
        self.type = kind
        self.token = token
        self.children = children  # a leaf (no nesting) shares the empty tuple

    @property
    def map(self) -> list[int] | None:
        return self.token.map

    @property
    def tag(self) -> str:
        return self.token.tag

    @property
    def attrs(self) -> dict[str, str | int | float]:
        return self.token.attrs

    @property
    def info(self) -> str:
        return self.token.info

    @property
    def content(self) -> str:
        return self.token.content

    @property
    def meta(self) -> dict[Any, Any]:
        return self.token.meta


def _tree(tokens: Sequence[Token]) -> list[_Node]:
    root: list[_Node] = []
    stack = [root]  # the children lists of the open nodes
    for token in tokens:
        nesting = token.nesting
        if nesting == 1:
            children: list[_Node] = []
            stack[-1].append(_Node(token.type.removesuffix("_open"), token, children))
            stack.append(children)
        elif nesting == -1:
            if len(stack) > 1:
                stack.pop()
        else:
            stack[-1].append(_Node(token.type, token, ()))
    return root


def _closes_callout(node: _Node) -> bool:
    """Whether the paragraph's last written line is a ``:::`` fence closing a callout."""
    lines = [line.strip() for line in _inline_of(node).strip().split("\n")]
    return len(lines) > 1 and lines[-1] == ":::"


def _inline_of(node: _Node) -> str:
    for child in node.children:
        if child.type == "inline":
            return render_inline(_without_anchor_lines(child.token.children))
    return ""


def _asked_of(node: _Node) -> str:
    """A heading's text without a link written after its question ("What is X?
    [Run the file](x.py)"): the link leads to the author's files, it asks nothing and
    would end the card's front in words the reader cannot follow."""
    inline = next((c for c in node.children if c.type == "inline"), None)
    tokens = list(inline.token.children or ()) if inline is not None else []
    while tokens and tokens[-1].type == "text" and not tokens[-1].content.strip():
        tokens.pop()
    if tokens and tokens[-1].type == "link_close":
        opening = max(at for at, t in enumerate(tokens) if t.type == "link_open")
        before = render_inline(_without_anchor_lines(tokens[:opening])).rstrip()
        if before.endswith("?"):
            return before
    return _inline_of(node)


# A sentence that only sends the reader to what it links: "For details, see [X](…).",
# "Read more about it [here](…)", "Check our [regions list](…).", "Refer to the
# [guide](…) for more details.", "Review [the stores](…) to see what each needs.". The
# link is gone from a card: the sentence would point at nothing.
_LINK_POINTER = re.compile(
    r"^(?:for (?:more |further |additional |full |complete )?"
    r"(?:information|details|info|specifics|examples|more)\b[^,]*,\s*|"
    r"if [^,.]*?(?:,|\s+then)\s+|"
    r"(?:please|also|you can|you may|start by|"
    r"(?:ensure|make sure|be sure)(?: that)?(?: you| to)?)\s+)*"
    r"(?:see|refer to|read|reading|visit|check|review|consult|learn more|find out more|go to|"
    r"head (?:over )?to|take a look at|look at|we (?:also )?have|"
    # "More details can be found [here](…).": where, the link said.
    r"(?:more |further |additional )?(?:details|information|info|documentation|examples)"
    r"\b[^.]{0,40}?\b(?:can|could|may) be found)\b",
    re.IGNORECASE,
)
# "(which we will see in the [next episode](…))", "(see [below](#x))": an aside that
# only points at the linked page.
_LINK_ASIDE = re.compile(
    r"\s*\((?:[^()]*\b(?:see|refer|read|covered|discussed|explained|described|episode|"
    r"chapter|lesson|section|(?:takes|walks) you through)\b[^()]*)\)",
    re.IGNORECASE,
)
# "As mentioned in the [previous section](#…), the registry …": the opening only says
# where else the reader met it.
_LINK_MENTIONED = re.compile(
    r"^as (?:mentioned|discussed|described|explained|shown|seen|noted|covered)\s+"
    r"(?:in|on|at|earlier in|above in|before in)\b[^,]*,\s*",
    re.IGNORECASE,
)
# After the link: at most three words naming it ("subsection below", "guides") and what
# it is for ("for more information", "to see what each needs"); never a next action
# ("and remove the symlink").
_TAIL_WORD = r"(?!(?:and|or|then|but)\b)[\w'-]+"
_POINTER_TAIL = re.compile(
    rf"^\s*(?:{_TAIL_WORD}\s+){{0,2}}(?:{_TAIL_WORD})?[\W_]*"
    r"(?:(?:for|to|about|on|in|of|at)\b.*)?$",
    re.DOTALL,
)
_SENTENCE_BREAK = re.compile(r"(?<=[.!?])(\s+)(?=[A-Z`*_\"'(\[])")


def _link_texts(tokens: Sequence[Token]) -> list[str]:
    """The text of each link in ``tokens`` (as ``render_inline`` writes it)."""
    texts: list[str] = []
    start = -1
    for at, token in enumerate(tokens):
        if token.type == "link_open":
            start = at + 1
        elif token.type == "link_close" and start >= 0:
            text = render_inline(tokens[start:at]).strip()
            if text:
                texts.append(text)
            start = -1
    return texts


def _without_link_pointers(text: str, tokens: Sequence[Token] | None) -> str:
    """``text`` without what only points at one of its links (the link is gone from a
    card): whole pointer sentences, pointer asides, an "As mentioned in X," opening.
    "" when every sentence was a pointer."""
    links = _link_texts(tokens or ())
    if not links:
        return text

    def linked(part: str) -> bool:
        return any(link in part for link in links)

    def points(sentence: str) -> bool:
        # The link is what the sentence sends to: after the last link only what it is
        # for ("… for more details.", "… to see what each needs."), not more to do
        # ("Check the `x` directory in your [state dir](…) and remove the symlink").
        if not _LINK_POINTER.match(sentence):
            return False
        ends = [sentence.rfind(link) + len(link) for link in links if link in sentence]
        if not ends or not _POINTER_TAIL.match(sentence[max(ends) :]):
            return False
        if any(_names_command(link) for link in links if link in sentence):
            # "See the [`export` command](…) if you wish to …": the link names the
            # command the answer is; its text stays, the link goes ("… for more
            # details" after it only sends the reader on). "If you …, see the
            # [`x` command](…).": the command is that case's answer.
            if sentence[:3].lower() == "if ":
                return False
            return bool(_SENDS_ON.match(sentence[max(ends) :]))
        return True

    text = _LINK_ASIDE.sub(lambda m: "" if linked(m.group(0)) else m.group(0), text)
    parts = _SENTENCE_BREAK.split(text)
    kept: list[str] = []
    for at in range(0, len(parts), 2):
        sentence = parts[at]
        bare = sentence.strip()
        if points(bare):
            continue
        opening = _LINK_MENTIONED.match(bare)
        if opening and linked(opening.group(0)) and bare[opening.end() :]:
            rest = bare[opening.end() :]
            sentence = (
                sentence[: len(sentence) - len(sentence.lstrip())] + rest[:1].upper() + rest[1:]
            )
        if kept:
            kept.append(parts[at - 1])
        kept.append(sentence)
    said = "".join(kept)
    if len(kept) < len(parts) and not _states_something(said):
        # "X runs in many regions. See [the list](…).": a vague amount says nothing.
        # "Yes. Please see [the guide](…).": the bare reply still answers a yes/no
        # question (the rules for the author's questions keep it only there).
        reply = said.strip()
        return reply if _BARE_REPLY.match(reply) else ""
    return said if said.strip(" .,;:!?") else ""


# What is left of an answer whose detail is sent elsewhere ("Check our [list](…)"):
# a bare "Yes!", or a sentence whose only claim is a vague amount ("is available in
# many regions", "supports various formats") says nothing a reader could check.
# A bare "No." still answers (it denies, and nothing more is to be said); a bare "Yes!"
# whose how is sent elsewhere does not.
_BARE_REPLY = re.compile(r"^\W*(?:yes|sure|of course|absolutely)\W*$", re.IGNORECASE)
_VAGUE_AMOUNT = re.compile(
    r"\b(?:many|various|several|multiple|numerous|lots of|"
    r"a (?:number|variety|wide range|range|lot) of)\b",
    re.IGNORECASE,
)
_VAGUE_WORDS = 14  # a longer sentence says more than an amount


def _states_something(text: str) -> bool:
    """Whether ``text`` (an answer left after its pointer sentences went) states a
    checkable fact: a sentence that is no bare "Yes!" and, when it only gives a vague
    amount, has a number or code to it."""
    for sentence in _SENTENCE_BREAK.split(text)[::2]:
        bare = sentence.strip()
        if not bare.strip(" .,;:!?") or _BARE_REPLY.match(bare):
            continue
        vague = _VAGUE_AMOUNT.search(bare) and len(bare.split()) <= _VAGUE_WORDS
        if not vague or re.search(r"[\d`]", bare):
            return True
    return False


# A command or option named in code ("`export`", "`vcpkg update`", "`--depth`"), not a
# file's path ("`skills/README.md`").
_NAMED_COMMAND = re.compile(r"`(?![^`]*(?:/|\.[A-Za-z]{1,4}`))[^`\n]+`")
_COMMAND_LINK_WORDS = 1  # "`export` command", "the `x` flag": more words are a phrase


_ARTICLES = frozenset(["the", "a", "an"])


def _names_command(link: str) -> bool:
    """Whether a link's text names a command or option in code ("`export` command");
    a phrase around code ("how the autoscaler computes `replicaCount`") names a topic
    to read about."""
    outside = [w for w in _NAMED_COMMAND.sub(" ", link).split() if w.lower() not in _ARTICLES]
    return bool(_NAMED_COMMAND.search(link)) and len(outside) <= _COMMAND_LINK_WORDS


# What follows a link that only sends the reader on: "for more detail.", ".".
_SENDS_ON = re.compile(
    r"^\W*(?:for (?:more |further |additional )?(?:details?|information|info|examples)\W*)?$",
    re.IGNORECASE,
)


# A heading written wholly as one code span that reads as a title, not as code
# ("`Question 6 - Create a table`", "`MySQL datatypes`"): capitalised words, no code
# characters, no command-line flag ("`kubectl get pods`", "`Object.create()`" stay).
_CODE_TITLE = re.compile(r"^`(?P<title>[A-Z0-9][\w' ]*\s(?:[\w' ]|[:\u2013\u2014-](?![a-z]))*)`$")


# A heading's trailing custom id ("{#install}", "{#faq-1 .wide}").
_CUSTOM_ID = re.compile(r"[ \t]*\{#[\w:.-]+(?:[ \t]+[^{}\n]*)?\}[ \t]*$")
# Docsify's marks keeping a heading out of the sidebar ("# Setup {docsify-ignore-all}").
_DOCSIFY_MARK = re.compile(r"[ \t]*\{docsify-ignore(?:-all)?\}[ \t]*$")


# Writerside's attribute block after a heading or alone on a line under a block
# ('{collapsible="true"}', '{kotlin-runnable="true" id="tour-1"}'): markup, never text.
_ATTRIBUTES = r'\{[\w-]+="[^"\n]*"(?:[ \t]+[\w-]+="[^"\n]*")*\}'
_ATTRIBUTES_AFTER = re.compile(rf"[ \t]*{_ATTRIBUTES}[ \t]*$")
_ATTRIBUTES_LINE = re.compile(rf"^[ \t]*{_ATTRIBUTES}[ \t]*$", re.MULTILINE)
# Its attribute naming a folded block a solution ('collapsed-title="Example solution"').
_SOLUTION_FOLD = re.compile(r'\bcollapsed-title="(?:example\s+)?solution"', re.IGNORECASE)
# A line of a table's rule alone ("|---|---|"): Writerside's layout, no text.
_RULE_ONLY = re.compile(r"^\|?(?:\s*:?-+:?\s*\|)+\s*:?-*:?\s*$")
# "Exercise 2", "Exercise 3: Maps": the heading of one exercise of a practice section.
_EXERCISE_HEADING = re.compile(r"^exercise\s+\d+\b", re.IGNORECASE)


def _writerside_exercises(items: Sequence[Located]) -> list[Located]:
    """Writerside's markup read away: its attribute blocks (alone on a line, or a line of
    a note) and its table rules alone on a line are dropped; an exercise heading ("###
    Exercise 2") over its task, its starter code and the code its attribute folds away
    as the "Example solution" is one exercise: the task and the starter code asked,
    the solution answering."""
    out: list[Located] = []
    solution: set[int] = set()  # indexes in ``out`` of code folded away as a solution
    for item in items:
        block = item.block
        if isinstance(block, Paragraph) and (
            _ATTRIBUTES_LINE.fullmatch(block.text.strip()) or _RULE_ONLY.match(block.text)
        ):
            before = out[-1] if out else None
            if (
                _SOLUTION_FOLD.search(block.text)
                and before is not None
                and before.headings == item.headings
                and isinstance(before.block, Code)
            ):
                solution.add(len(out) - 1)
            continue
        if isinstance(block, Callout | Quote) and _ATTRIBUTES_LINE.search(block.text):
            text = re.sub(r"\n{3,}", "\n\n", _ATTRIBUTES_LINE.sub("", block.text)).strip()
            item = replace(item, block=replace(block, text=text))
        out.append(item)
    if not solution:
        return out
    done: list[Located] = []
    at = 0
    while at < len(out):
        item = out[at]
        end = at
        while end < len(out) and out[end].headings == item.headings:
            end += 1
        section = out[at:end]
        heading = item.headings[-1] if item.headings else None
        folded = [n for n in range(at, end) if n in solution]
        asked = out[at : folded[0]] if len(folded) == 1 else []
        # The task is the text before the first code; the starter code is shown with it.
        first_code = next((n for n, s in enumerate(asked) if isinstance(s.block, Code)), 0)
        tasks = [s.block.text for s in asked[:first_code] if isinstance(s.block, Paragraph)]
        if (
            heading is not None
            and _EXERCISE_HEADING.match(heading.text.strip())
            and tasks
            and all(isinstance(s.block, Paragraph | Code) for s in asked)
        ):
            made = Question(
                text="\n".join(tasks),
                answer=(out[folded[0]].block,),
                line=heading.line,
                kind="exercise",
                shown=tuple(s.block for s in asked[first_code:] if isinstance(s.block, Code)),
            )
            done.append(Located(block=made, headings=item.headings))
            done.extend(out[folded[0] + 1 : end])
        else:
            done.extend(section)
        at = end
    return done


# A heading written wholly inside one pair of quotes ('#### "How does Lima work?"'): a
# Hugo/Docsy FAQ quoting the reader's question; the quotes are no part of it.
_QUOTED_TITLE = re.compile(
    r'^(?:"(?P<straight>[^"\n]+)"|\u201c(?P<curly>[^\u201c\u201d\n]+)\u201d)$'
)


def _balanced(text: str) -> str:
    """A heading without a lone ``**`` at its start or end ("#### **87. What is X?"): the
    author opened bold and never closed it, so Markdown left the marks as text."""
    stripped = text.strip()
    if stripped.count("**") != 1:
        return text
    if stripped.startswith("**"):
        return stripped[2:].lstrip()
    if stripped.endswith("**"):
        return stripped[:-2].rstrip()
    return text


def _unwrapped_title(text: str) -> str:
    """A heading that is entirely one code span reading as a title, without its backticks;
    one wholly quoted, without its quotes."""
    quoted = _QUOTED_TITLE.match(text.strip())
    if quoted:
        text = (quoted.group("straight") or quoted.group("curly")).strip()
    title = _CODE_TITLE.match(text.strip())
    return title.group("title").strip() if title else text


_NAVIGATION_TEXT = re.compile(r"\b(?:back|top|contents|toc)\b|[⬆↑▲]", re.IGNORECASE)


def _back_to_top(line: Sequence[Token]) -> bool:
    """Whether a line is only a link back to the top or the contents of the page (a
    term linking to its own section, "[`ClusterIP`](#type-clusterip)", is no such line)."""
    tokens = [t for t in line if t.type != "softbreak"]
    return _anchor_only(tokens) and bool(_NAVIGATION_TEXT.search(render_inline(tokens)))


def _without_anchor_lines(tokens: Sequence[Token] | None) -> Sequence[Token] | None:
    """``tokens`` without the lines that only link back to the top of the page ("**[⬆
    Back to Top](#table-of-contents)**" run on under an item's text): navigation."""
    if not tokens or not any(t.type == "softbreak" for t in tokens):
        return tokens
    lines: list[list[Token]] = [[]]
    for token in tokens:
        if token.type == "softbreak":
            lines.append([])
        lines[-1].append(token)
    kept = [line for line in lines if not _back_to_top(line)]
    if len(kept) == len(lines):
        return tokens
    flat = [token for line in kept for token in line]
    return flat[1:] if flat and flat[0].type == "softbreak" else flat


def _inline_tokens(node: _Node) -> list[Token] | None:
    for child in node.children:
        if child.type == "inline":
            return child.token.children
    return None


def _line(node: _Node) -> int:
    return node.map[0] + 1 if node.map else 0


def _flat_text(node: _Node, *, bullets: bool = False) -> Iterator[str]:
    """The text of every paragraph, list item and heading below ``node``, in order;
    with ``bullets`` a list item's first line opens on its bullet (``• `` or ``2. ``),
    so that a list keeps one item a line."""
    for child in node.children:
        if child.type in ("paragraph", "heading"):
            text = " ".join(_inline_of(child).split("\n")).strip()
            if text:
                yield text
        elif child.type in ("fence", "code_block"):
            continue
        elif bullets and child.type in ("bullet_list", "ordered_list"):
            start = int(child.attrs.get("start", 1) or 1)
            for number, item in enumerate(c for c in child.children if c.type == "list_item"):
                mark = f"{start + number}. " if child.type == "ordered_list" else "• "
                lines = list(_flat_text(item, bullets=True))
                if lines:
                    yield mark + lines[0]
                    yield from lines[1:]
        else:
            yield from _flat_text(child, bullets=bullets)


_ALERT_MARK = re.compile(r"^\[!(\w+)\][ \t]*(?:\n|$)")
# A line that is all bold: ``**Title**`` or ``__Title__`` (inline code inside allowed).
_BOLD_LINE = re.compile(r"^[ \t]*(?:\*\*[^*\n]+?\*\*|__[^\n]+?__)[ \t]*(?:\n|$)")


# A paragraph that is one bold line and nothing else, in Markdown or HTML, a line
# break after it allowed: ``**Deprecated**``, ``<b>Deprecated</b><br>``.
_BOLD_ONLY_LINE = re.compile(
    r"^(?:\*\*(?P<md>[^*\n]{1,60}?)\*\*|<(?P<tag>b|strong)>(?P<html>[^<\n]{1,60}?)</(?P=tag)>)"
    r"[ \t]*(?:<br\s*/?>)?$",
    re.IGNORECASE,
)


def _image_only(node: _Node) -> bool:
    """Whether a paragraph holds images and nothing else (line breaks, spaces)."""
    tokens = _inline_tokens(node) or []
    images = [t for t in tokens if t.type == "image"]
    return bool(images) and all(
        t.type in ("image", "softbreak", "hardbreak")
        or (t.type == "text" and not t.content.strip())
        for t in tokens
    )


def _titled_alert(node: _Node) -> tuple[str, str, str] | None:
    """A GitHub alert whose body opens on a bold line (``> [!NOTE]`` / ``> **Title**``):
    its kind, that title and the rest as text, code blocks kept line for line (the
    command a tip names is its answer). None for any other blockquote."""
    children = list(node.children)
    if not children or children[0].type != "paragraph":
        return None
    raw = "".join(c.content for c in children[0].children if c.type == "inline")
    mark = _ALERT_MARK.match(raw)
    if mark is None:
        return None
    # The card text of the paragraph holding the title, line by line (links as their
    # text, bold dropped); the raw text only tells whether its first line is bold.
    shown = _inline_of(children[0]).split("\n")[1:]
    rest = raw[mark.end() :]
    if not rest.strip():
        # The title in a paragraph of its own below the marker.
        if len(children) < 2 or children[1].type != "paragraph":
            return None
        children = children[1:]
        rest = "".join(c.content for c in children[0].children if c.type == "inline")
        shown = _inline_of(children[0]).split("\n")
    if _BOLD_LINE.match(rest) is None or not shown:
        return None
    title = shown[0].strip().rstrip(":!.").strip()
    parts: list[str] = []
    after = " ".join(" ".join(shown[1:]).split())
    if after:
        parts.append(after)
    for child in children[1:]:
        if child.type in ("fence", "code_block"):
            parts.append(child.content.rstrip("\n"))
        elif child.type in ("bullet_list", "ordered_list"):
            parts.extend(f"• {item}" for item in _list_items(child) if item)
        else:
            parts.extend(_flat_text(_Node("group", child.token, [child])))
    return mark.group(1).lower(), title, "\n".join(p for p in parts if p.strip())


def _pointer_item(first: _Node | None) -> bool:
    """Whether a list item's paragraph only points at its link ("See how to
    [configure a store](…).", "Review [the stores](…) to see what each needs.")."""
    if first is None or first.type != "paragraph":
        return False
    said = " ".join(_inline_of(first).split("\n")).strip()
    return bool(said) and not _without_link_pointers(said, _inline_tokens(first))


_TITLE_WORDS = 6  # "Where to cache", "When to update the cache": a short title, no fact


def _titled_links(item: _Node) -> bool:
    """Whether a list item is a short title over a nested list of links only ("Where to
    cache" / "[Client caching](…)", "[CDN caching](…)"): a reading list, no fact."""
    if len(item.children) != 2:
        return False
    title, nested = item.children
    if title.type != "paragraph" or nested.type not in ("bullet_list", "ordered_list"):
        return False
    said = _inline_of(title).strip()
    if not said or len(said.split()) > _TITLE_WORDS or said[-1] in ".!?":
        return False
    return bool(nested.children) and all(
        len(sub.children) == 1
        and sub.children[0].type == "paragraph"
        and _only_link(_inline_tokens(sub.children[0]))
        for sub in nested.children
    )


def _list_terms(node: _Node) -> tuple[tuple[str, ...], tuple[bool, ...]]:
    """Per item of a list node: its leading bold/code term and whether it is only a link."""
    terms: list[str] = []
    links: list[bool] = []
    for item in node.children:
        first = item.children[0] if item.children else None
        tokens = _inline_tokens(first) if first is not None and first.type == "paragraph" else None
        terms.append(_lead_term(tokens))
        alone = len(item.children) == 1
        # "Useful variables: [Node CLI Docs](…)": a short label naming a link is a link.
        links.append(
            (alone and (_only_link(tokens) or _labelled_link(tokens) or _pointer_item(first)))
            or _titled_links(item)
        )
    return tuple(terms), tuple(links)


# The words an item may open with before the link that names it ("The [X](…) plugin").
_NAMING_ARTICLES = frozenset({"", "the", "a", "an"})


def _linked_name(tokens: Sequence[Token] | None) -> str:
    """The text of the link a list item opens with ("[Akri](https://…), which …" →
    "Akri"), when the link goes to another site (an absolute URL); "" otherwise. A link
    to the page's own site names its own matter, not someone else's product."""
    tokens = list(tokens or ())
    for at, token in enumerate(tokens):
        if token.type == "link_open":
            if not str(token.attrs.get("href", "")).startswith(("http://", "https://")):
                return ""
            name: list[str] = []
            for inner in tokens[at + 1 :]:
                if inner.type == "link_close":
                    break
                if inner.type in ("text", "code_inline"):
                    name.append(inner.content)
            return "".join(name).strip()
        if token.type in ("strong_open", "em_open"):
            continue
        if token.type == "text" and token.content.strip().lower() in _NAMING_ARTICLES:
            continue
        return ""
    return ""


def _list_named(node: _Node) -> tuple[str, ...]:
    """Per item of a list node: the name its opening outside link gives (see ListBlock)."""
    named: list[str] = []
    for item in node.children:
        first = item.children[0] if item.children else None
        tokens = _inline_tokens(first) if first is not None and first.type == "paragraph" else None
        named.append(_linked_name(tokens))
    return tuple(named)


# ------------------------------------------------------------------ answer and question labels
# The one vocabulary of the labels authors put before an answer ("Answer:", "A:", "Ans.",
# "Solution", "**Explanation:**", "Reference:"). Every pattern and set that reads such a
# label derives from these, here and in the rules and the last check.
# The answer called so, in full and short ("Answer:", "Ans.").
# (With the misspellings authors leave in their labels: "Answear", "Anwser".)
ANSWER_NAMES = ("answer", "ans", "answear", "anwser")
# An answer named by what it is ("Solution", "Explanation:").
ANSWER_KINDS = ("solution", "explanation")
# The interview-list letter ("Q: … / A: …"): a label only with a colon after it where a
# list's "A." / "A)" could letter a multiple choice's options.
ANSWER_LETTER = "a"
# The label of the question an answer label pairs with ("Question:", "Q:").
# A question set apart as one beyond the set's own ("Bonus question:", "Extra
# question:") is labelled alike: the qualifier is no word of what it asks.
QUESTION_NAMES = (
    "bonus question",
    "extra question",
    "additional question",
    "follow-up question",
    "question",
    "q",
)
# Labels of several words, read as a whole line ("Short answer", "The answer").
_ANSWER_PHRASES = ("short answer", "the answer", "answer in short")
# A label that names the answer only as a line of its own above its code ("Reference:"):
# as a heading it is a document's reference section.
_ANSWER_CODE_LABELS = ("reference",)


# A short aside in brackets after a label's name belongs to the label ("**Answer
# (Natural):**", "Answer (short):").
LABEL_ASIDE = r"[ \t]*\([^()\n]{1,30}\)"


def label_words(*groups: Sequence[str]) -> str:
    """A regex group matching any word of ``groups`` (of the label vocabulary above)."""
    return "(?:" + "|".join(re.escape(word) for group in groups for word in group) + ")"


# "Question:", "**Q:**" alone on a line: it labels the question, task or code below it
# (the parser's exercise tasks and the rules' labelled parts read it alike).
QUESTION_LABEL_LINE = re.compile(rf"^\W*{label_words(QUESTION_NAMES)}\W*$", re.IGNORECASE)
_NAMED = label_words(ANSWER_NAMES)
_LETTER_OR_NAMED = label_words((ANSWER_LETTER,), ANSWER_NAMES)
_DASHES = "\\-\u2013\u2014"
# The label an answer written under its question opens with: "A)", "Ans:", "Answer -".
_ANSWER_MARK = re.compile(rf"^{_LETTER_OR_NAMED}[ \t]*[):.{_DASHES}][ \t]*", re.IGNORECASE)
# "Ans: …", "**Answer:** …", "-- Ans. …", "A - …" opening the first paragraph under a
# question heading: the label of the answer (a short aside in brackets included). A
# name takes a colon, a "." or a dash (a dash spaced from it or from the answer:
# "Answer-based" is a word); the letter takes a colon or a spaced dash.
_OPENING_ANSWER_LABEL = re.compile(
    # (a mark before the label is decoration: "✅ Answer (English):", "👉 Ans:")
    rf"^\**[ \t]*(?:[\u2190-\u2bff\U0001f000-\U0001faff][\ufe0f]?[ \t]*)?"
    rf"(?:[{_DASHES}]+[ \t]*)?(?:{_NAMED}\b(?:{LABEL_ASIDE})?[ \t]*\**[ \t]*"
    rf"(?::|\.(?=\s)|[ \t][{_DASHES}]+|[{_DASHES}]+(?=\s))|"
    rf"{ANSWER_LETTER}[ \t]*\**[ \t]*(?::|[{_DASHES}]+(?=\s)))"
    rf"[ \t]*(?:[{_DASHES}][ \t]+)?\**\s*(?=\S)",
    re.IGNORECASE,
)


def _bold_question_item(item: _Node, ordered: bool = False) -> tuple[str, list[Token]] | None:
    """The question a list item opens with when its first line is one bold question
    ("- **What is X?**<br/>" then the answer indented under it), and the tokens of
    its first paragraph after that line; None for any other item. In a numbered list
    a bold sentence ending in a full stop with more under it is a task the author set
    ("3. **Write a query that …**" then the reason and the query): asked the same way."""
    first = item.children[0] if item.children else None
    inline = _inline_tokens(first) if first is not None and first.type == "paragraph" else None
    tokens = [t for t in inline or () if t.type != "text" or t.content]
    if not tokens or tokens[0].type != "strong_open":
        return None
    close = next((n for n, t in enumerate(tokens) if t.type == "strong_close"), None)
    if close is None:
        return None
    question = " ".join(render_inline(tokens[1:close]).split())
    # A task is a sentence, not a step's title: a full stop and a few words.
    task = ordered and question.endswith(".") and len(question.split()) >= 3
    if not question.endswith("?") and not task:
        return None
    after = tokens[close + 1] if close + 1 < len(tokens) else None
    if after is not None and after.type == "text" and after.content.strip():
        return None  # "**Why?** Because …" on one line: a label, not a question line
    rest = list(tokens[close + 1 :])
    # The question's line ends with the bold text: a <br>, a line break or nothing.
    while rest and (
        rest[0].type in ("softbreak", "hardbreak")
        or (rest[0].type == "html_inline" and re.match(r"^<br\s*/?>$", rest[0].content, re.I))
        or (rest[0].type == "text" and not rest[0].content.strip())
    ):
        rest.pop(0)
    if task and not question.endswith("?") and not rest and len(item.children) < 2:
        return None  # a bold sentence with nothing under it answers nothing
    return question, rest


# The marker an author numbers a question item with: "Q1)", "Q12.", "Q:", "Q1).".
_QUESTION_MARK = re.compile(r"^q[ \t]*\d*[ \t]*[).:]{1,2}[ \t]*", re.IGNORECASE)


@dataclass(frozen=True, slots=True)
class _Asked:
    """A list item that asks the author's question: the question, the tokens of its
    first paragraph after the question line, the nodes that answer it (none: the
    question has no answer and makes no card) and how many items it takes (two when
    the answer is the next item, "- Q1) …" then "- A: …")."""

    question: str
    rest: list[Token]
    answer: tuple[_Node, ...]
    taken: int = 1
    # Numbered "Q1)" or answered under an "A:" label: a question even alone in its list.
    marked: bool = False
    # Answered in a box of its own (a fence under the item): the author drew the whole
    # answer's bounds, so it is kept whole, as a hidden answer is.
    boxed: bool = False
    # Answered in an item labelled "A:" / "Ans:": the item holds the whole answer.
    labelled: bool = False


def _first_text(item: _Node) -> str:
    """The text of a list item's first paragraph ("" when it opens otherwise)."""
    first = item.children[0] if item.children else None
    if first is None or first.type != "paragraph":
        return ""
    return render_inline(_inline_tokens(first)).strip()


# The label of a list item that answers the question before it: "A:", "Ans:",
# "Answer -". Not "A." or "A)": those letter a multiple choice's options.
_ANSWER_ITEM = re.compile(rf"^{_LETTER_OR_NAMED}[ \t]*:|^{_NAMED}[ \t]*[).{_DASHES}]", re.I)
# The answer's mark under such a line: "A:", "A1 :", "Ans -", "Answer.", and a capital
# "A." or "A)" (see :data:`_QA_LETTER_DOT`).
_QA_ANSWER = re.compile(
    rf"^(?:(?i:{_NAMED})[ \t]*\d*[ \t]*(?::|[.)](?=\s)|[{_DASHES}](?=\s))"
    rf"|(?i:{ANSWER_LETTER})[ \t]*\d*[ \t]*(?::|[{_DASHES}](?=\s))"
    rf"|A[ \t]*\d*[.)](?=\s))[ \t]*"
)
# "A." / "A)": an answer only under a question ending in "?" and with no "B." row
# beside it; else it letters an option, or a part of a task ("a. How does …").
_QA_LETTER_DOT = re.compile(r"^A[ \t]*\d*[.)]")


# "why: …", "how: …", "real world: …": a list item opening on a short label of its own,
# a note the author adds after an answer's "answer:" item.
_NOTE_ITEM = re.compile(r"^([A-Za-z][\w-]*(?: [A-Za-z][\w-]*)?)[ \t]*:[ \t]+(?=\S)")


def _answer_item(item: _Node) -> bool:
    """Whether a list item is an answer its author labelled ("- A: …", "- Answer: …")."""
    return _ANSWER_ITEM.match(_first_text(item)) is not None


def _item_label(item: _Node) -> str:
    """The bold label a list item opens with, without its colon ("**Answer:** …" and
    "**Answer**: …" both give "Answer"); "" when the item opens otherwise."""
    first = item.children[0] if item.children else None
    tokens = _inline_tokens(first) if first is not None and first.type == "paragraph" else None
    tokens = [t for t in tokens or () if t.type != "text" or t.content]
    if len(tokens) < 3 or tokens[0].type != "strong_open":
        return ""
    close = next((n for n, t in enumerate(tokens) if t.type == "strong_close"), None)
    if close is None:
        return ""
    label = render_inline(tokens[1:close]).strip()
    after = tokens[close + 1].content if close + 1 < len(tokens) else ""
    tail = tokens[close + 1].type if close + 1 < len(tokens) else ""
    if label.endswith(":"):
        return label[:-1].strip()
    if tail == "text" and after.startswith(":"):
        return label
    return ""


def _labelled_answer_list(node: _Node) -> bool:
    """Whether a bullet list is an answer laid out as labelled bullets: its first item
    opens with a bold "Answer:" label and every item opens with a bold label of its
    own ("**Example:**", "**Key points:**")."""
    labels = [_item_label(item) for item in node.children]
    if not labels or not all(labels):
        return False
    return _bare(labels[0]) in {"answer", "ans", "short answer"}


def _followed_up(question: str) -> bool:
    """Whether ``question`` ends in the author's follow-up after its "?" ("Is there a
    difference between X and Y? If yes, please explain.")."""
    asked, mark, then = question.rpartition("?")
    return bool(mark and asked.strip() and _FOLLOW_UP_ASK.match(then.strip()))


# An item of a few words that ends no sentence ("Culture", "Meantime to detection").
_TERM_ITEM = re.compile(r"^(?:\S+\s+){0,7}\S+(?<![.,;:?!])$")


def _term_item(item: _Node) -> bool:
    """Whether a list item is one short line of words, a term rather than a point."""
    return len(item.children) == 1 and bool(_TERM_ITEM.match(_first_text(item)))


def _asked_item(items: Sequence[_Node], at: int, ordered: bool) -> _Asked | None:
    """The question list item ``items[at]`` asks, if it asks one: a bold question line
    (see :func:`_bold_question_item`), or a line numbered "Q1)" / ending in "?" whose
    answer is labelled "A:" in the list nested under it or in the next item."""
    item = items[at]
    bold = _bold_question_item(item, ordered)
    if bold is not None:
        return _Asked(bold[0], bold[1], tuple(item.children[1:]))
    text = _first_text(item)
    marked = _QUESTION_MARK.match(text)
    question = " ".join(text[marked.end() if marked else 0 :].split())
    asked_line, _, said = text.partition("\n")
    if said and _ANSWER_ITEM.match(said.lstrip()) and not _answer_item(item):
        # "1. What is X?" with "Answer: X is …" on the item's next line: the question
        # and its labelled answer (the label goes with the answer's first line).
        asked = question_text(asked_line[marked.end() if marked else 0 :].strip())
        tokens = (_inline_tokens(item.children[0]) if item.children else None) or []
        cut = next((n for n, t in enumerate(tokens) if t.type in ("softbreak", "hardbreak")), 0)
        if asked and cut:
            return _Asked(asked, tokens[cut + 1 :], tuple(item.children[1:]), marked=True)
    if "\n" in text or not question or _answer_item(item):
        return None
    nested = item.children[1] if len(item.children) > 1 else None
    if (
        ordered
        and marked is None
        and nested is not None
        and nested.type in ("fence", "code_block")
        and (asked := question_text(question))
    ):
        # "1. What is X?" (or "2. Explain Y.") with the answer fenced (or indented as
        # code) under it: an exam's list of questions, each answered in its own box.
        return _Asked(asked, [], tuple(item.children[1:]), boxed=True)
    if marked is None and not question.endswith("?"):
        return None
    if (
        nested is not None
        and nested.type in ("bullet_list", "ordered_list")
        and nested.children
        and _answer_item(nested.children[0])
    ):
        # "- Q1) …" with "  - A: …" under it: the nested items are the answer.
        answer = [child for sub in nested.children for child in sub.children]
        rest = nested.children[1:]
        if rest and all(_term_item(sub) for sub in rest):
            # "- Ans: … It stands for:" then "- Culture", "- Automation" beside it (its
            # sub-items written one level short): the terms stay a list.
            terms = _Node(nested.type, nested.token, list(rest))
            answer = [*nested.children[0].children, terms]
        return _Asked(
            question, [], tuple(answer + list(item.children[2:])), marked=True, labelled=True
        )
    if at + 1 < len(items) and _answer_item(items[at + 1]):
        answer = [*item.children[1:], *items[at + 1].children]
        return _Asked(question, [], tuple(answer), taken=2, marked=True, labelled=True)
    if (
        marked is not None
        and (question.endswith("?") or _followed_up(question))
        and nested is not None
        and nested.type in ("bullet_list", "ordered_list")
        and not any(_first_text(sub).endswith("?") for sub in nested.children)
    ):
        # "- Q3) How do you …?" with the commands listed under it, unlabelled: the
        # answer. Items under a topic ("Q6) Caching:") or asking questions of their
        # own ("- What is X?") are prompts, not answers.
        return _Asked(question, [], tuple(item.children[1:]), marked=True)
    if marked is not None:
        return _Asked(question, [], (), marked=True)  # asked, never answered: no card
    return None


# The info of a fence that boxes plain text rather than code: none, "txt", "text".
_PLAIN_FENCE = {"", "txt", "text", "plain", "plaintext"}
# A line of code in a box of text: braces, an assignment, a statement's ";", a comment
# or prompt mark opening it, a tree drawing.
_CODE_LINE = re.compile(r"[{}]|\s=\s|;\s*$|^\s*(?://|#|\$\s|>|<)|[├└│]")
_URL_LINE = re.compile(r"^\s*https?://\S+\s*$")
# A line of a few words not ending a sentence: an item of a list, a title, a command.
_SHORT_LINE = re.compile(r"^(?:\S+\s+){0,4}\S+(?<![.,;:])$")


# A line of a boxed answer that is a bullet item ("- Agile equals DevOps").
_BULLET_LINE = re.compile(r"^[-*+]\s+(?=\S)")


def _fenced_prose(block: Block) -> list[Block]:
    """An answer's block as the card reads it: a ``txt`` (or untagged) fence that holds
    only lines of text (no line of code) is the author's answer written in a box, read
    as its paragraphs (lines joined, a blank line parting them); a line that is only a
    link, the answer's source, goes. Any other block is kept as it is."""
    if not isinstance(block, Code) or block.info not in _PLAIN_FENCE:
        return [block]
    lines = block.text.split("\n")
    if any(_CODE_LINE.search(row) for row in lines):
        return [block]
    kept = [row for row in lines if not _URL_LINE.match(row)]
    if not any(row.strip() for row in kept):
        return [block]
    # A paragraph's wrapped lines are joined; a run of short lines ("Multi-Cloud
    # Deployment", "Self-Service Clusters") is a list, each item a line; a short line
    # atop sentences ("terraform fmt", then what it does) is a line of its own.
    out: list[Block] = []
    group: list[str] = []
    for row in [*kept, ""]:
        if row.strip():
            group.append(" ".join(row.split()))
            continue
        if len(group) > 1 and all(_BULLET_LINE.match(line) for line in group):
            # A bulleted list indented past its item into a box ("- Agile equals DevOps"
            # a line): its items, without their marks.
            items = tuple(_BULLET_LINE.sub("", line, count=1) for line in group)
            out.append(ListBlock(ordered=False, items=items, line=block.line))
        elif len(group) > 1 and all(_SHORT_LINE.match(line) for line in group):
            out.append(ListBlock(ordered=False, items=tuple(group), line=block.line))
        elif len(group) > 1 and _SHORT_LINE.match(group[0]):
            out.append(Paragraph(text=group[0], line=block.line))
            out.append(Paragraph(text=" ".join(group[1:]), line=block.line))
        elif group:
            out.append(Paragraph(text=" ".join(group), line=block.line))
        group = []
    return out


def _asked_items(node: _Node) -> list[tuple[int, _Asked | None]]:
    """Per list item (by index), the question it asks, None for an ordinary item; an
    answer item that follows its question is taken with it."""
    items = node.children
    ordered = node.type == "ordered_list"
    out: list[tuple[int, _Asked | None]] = []
    at = 0
    while at < len(items):
        asked = _asked_item(items, at, ordered)
        out.append((at, asked))
        at += asked.taken if asked is not None else 1
    return out


def _bold_question_items(node: _Node) -> bool:
    """Whether a list is the author's questions, each item a bold question line with
    its answer under it, or "Q1)" items with their "A:" answers: most items must be,
    as with :func:`_heading_items`."""
    asked = [a for _, a in _asked_items(node) if a is not None]
    taken = sum(a.taken for a in asked)
    enough = len(asked) > 1 or any(a.marked and a.answer for a in asked)
    return (enough or _continued_question(node, asked)) and 2 * taken >= len(node.children)


def _continued_question(node: _Node, asked: Sequence[_Asked]) -> bool:
    """Whether a one-item numbered list is one question of the author's numbered run:
    its number is not the first ("25. **How …?**" under a level heading, the run's
    numbering carried across the heading) and it has an answer under it. A lone bold
    item numbered 1 may be any list's first point; a later number is the author's count
    of questions, split off from the others only by a heading."""
    if node.type != "ordered_list" or len(node.children) != 1 or len(asked) != 1:
        return False
    start = node.attrs.get("start", 1)
    return isinstance(start, int) and start > 1 and bool(asked[0].answer or asked[0].rest)


# A placeholder the author left where an answer was to go ("None.", "N/A", "-",
# "TBD"): it says nothing about the question.
_STUB_ANSWER = re.compile(r"^\s*(?:none|n/?a|tbd|todo|-+|\.\.\.|…)\s*[.!]?\s*$", re.IGNORECASE)


def _without_stub(children: Sequence[_Node]) -> Sequence[_Node]:
    """The blocks of a heading item ("6. ### How are X passed?") without a placeholder
    opening them: an indented "None." left above the real answer written at the item's
    indent. The answer is what the author wrote after it; a stub alone answers nothing."""
    first = children[0] if children else None
    if first is None or first.type not in ("code_block", "paragraph"):
        return children
    words = first.content if first.type == "code_block" else _inline_of(first)
    return children[1:] if _STUB_ANSWER.match(words) else children


def _dedented(text: str) -> str:
    """``text`` without the spaces every one of its non-blank lines opens with."""
    rows = text.split("\n")
    margin = min((len(r) - len(r.lstrip(" ")) for r in rows if r.strip()), default=0)
    return "\n".join(r[margin:] for r in rows) if margin else text


# What marks a line of an indented block as code, output or a prompt rather than a
# sentence: braces, semicolons, an assignment or comparison, an arrow, a call with
# arguments, a prompt or comment opening ("$ ", ">>> ", "# ", "//"), a markup tag.
_NOT_PROSE_LINE = re.compile(
    r"[{};<>|\\]|\s(?:=|==|!=|:=|\+=|->|=>)\s|\w=\S|\w\([^)]|^\s*(?:\$|>>>|#|//|--|\*\s|-\s|\d+\.\s)"
)
_PROSE_WORD = re.compile(r"^[^\W\d_][^\W_]*(?:['’-][^\W_]+)*[.,:;!?)\"”]*$")
_PROSE_SENTENCES = 2  # a block of prose says at least two sentences
_PROSE_SHARE = 0.8  # of its words read as words, not identifiers or numbers
_PROSE_LINE = 40  # characters: prose wraps long lines; code and output are short


def _indented_prose(text: str) -> bool:
    """Whether an indented code block is an answer's prose written with a code margin
    ("    Python is often described as both …. Here's why:" and more paragraphs): every
    line starts flush and none reads as code (braces, operators, a prompt); its lines
    are mostly long; it says two sentences or more; most of its words are words."""
    rows = [row.rstrip() for row in text.split("\n") if row.strip()]
    if not rows or any(row[:1].isspace() or _NOT_PROSE_LINE.search(row) for row in rows):
        return False
    if sum(len(row) >= _PROSE_LINE for row in rows) * 2 < len(rows):
        return False
    words = " ".join(rows).split()
    if len(SENTENCE_GAP.split(" ".join(rows))) < _PROSE_SENTENCES:
        return False
    return sum(bool(_PROSE_WORD.match(word)) for word in words) >= _PROSE_SHARE * len(words)


# A bulleted item opening on a bold label ("*   **IPv4:** Older version, …"): Markdown.
_BOLD_LABEL_ITEM = re.compile(r"^\s*(?:[*+-]|\d{1,2}[.)])\s+\*\*[^*\n]+\*\*")
_LIST_ROW = re.compile(r"^\s*(?:[*+-]|\d{1,2}[.)])\s+\S")


_LABEL_LINE_WORDS = 20  # a label ("Information:") or a lead-in sentence ("… you would need to:")
# A label over a sample of what a program takes or prints: what follows is verbatim.
_SAMPLE_LABEL = re.compile(
    r"\b(?:usage|syntax|outputs?|results?|examples?|samples?|prints?|returns?|responses?|"
    r"logs?|errors?|messages?|commands?|code|snippet|console|shell|file|config\w*|"
    r"format|signature|template|input)\b",
    re.IGNORECASE,
)
# A row that opens as code does: a prompt, a comment, a keyword of a program.
_CODE_ROW = re.compile(r"^(?:\$|>>>|#|//|--|/\*|\*\s|-\s)|[{};\\]\s*$|\s(?:=|==|:=|->|=>)\s")
_LABEL_PROSE_SHARE = 0.7  # of a row's words read as words
_LABEL_PROSE_WORDS = 4


def _label_prose(text: str) -> bool:
    """Whether an indented block under a label line is the label's text written with a
    code margin: every row flush, a sentence of words (an inline ``$HOME`` or ``<src>``
    aside), none a command line or shaped as code; and most words of all are words."""
    rows = [row.rstrip() for row in text.split("\n") if row.strip()]
    if not rows or any(row[:1].isspace() for row in rows):
        return False
    for row in rows:
        words = row.split()
        if len(words) < _LABEL_PROSE_WORDS or _CODE_ROW.search(row) or is_command_line(row):
            return False
        if sum(bool(_PROSE_WORD.match(w)) for w in words) < _LABEL_PROSE_SHARE * len(words):
            return False
    words = " ".join(rows).split()
    if len(rows) == 1 and not rows[0].endswith((".", "!")):
        return False  # one line without a full stop: a name or a sample, not a point
    return sum(bool(_PROSE_WORD.match(word)) for word in words) >= _PROSE_SHARE * len(words)


def _indented_markdown(text: str) -> bool:
    """Whether an indented code block is an answer's Markdown written with a code
    margin: at least half its lines are bulleted items opening on a bold label, and
    every other line is an item or a sentence (nothing reads as code)."""
    rows = [row.rstrip() for row in text.split("\n") if row.strip()]
    labelled = sum(bool(_BOLD_LABEL_ITEM.match(row)) for row in rows)
    if not rows or labelled * 2 < len(rows):
        return False
    return all(_LIST_ROW.match(row) or not _NOT_PROSE_LINE.search(row) for row in rows)


def _prose_paragraphs(text: str) -> Iterator[tuple[int, str]]:
    """The paragraphs of a block of indented prose, each with the line it starts on
    (counted from the block's first) and its wrapped lines joined by spaces."""
    start = 0
    rows: list[str] = []
    for number, row in enumerate([*text.split("\n"), ""]):
        if row.strip():
            if not rows:
                start = number
            rows.append(row.strip())
        elif rows:
            yield start, " ".join(rows)
            rows = []


def _heading_items(node: _Node) -> bool:
    """Whether a list's items open with a heading ("1.  ### What is X?"): a document
    numbering its sections with list markers. Most items must, so that one heading in
    an ordinary list does not turn the list into sections."""
    opening = sum(
        1 for item in node.children if item.children and item.children[0].type == "heading"
    )
    return opening > 0 and 2 * opening >= len(node.children)


# "Table of Contents", "Contents", "TOC", with or without kramdown's "{:toc}" after it.
_TOC_ITEM = re.compile(r"^(?:(?:table of )?contents|toc)?\s*(?:\{:\s*\.?toc\s*\})?$", re.I)


def _toc_list(items: Sequence[str]) -> bool:
    """Whether a list is only the placeholder a site generator fills with the page's
    table of contents ("* Table of Contents" and "{:toc}")."""
    return bool(items) and all(_TOC_ITEM.match(item.strip()) for item in items)


def _steps_with_code(node: _Node) -> bool:
    """Whether a numbered list is a tutorial's steps with their code: some item holds a
    code block of its own (indented under the item, not in a nested list)."""
    return any(
        child.type in ("fence", "code_block") for item in node.children for child in item.children
    )


_ITEM_CODE_CHARS = 160  # a longer line of code is no inline span on a list line
# A lead-in that only labels the code after it: "Example:", "For example:", "Output:",
# "Use this code:", "Like this:".
_CODE_LABEL = re.compile(
    r"^(?:for |an? |the |sample |use )?(?:examples?|output|result|usage|syntax|code|"
    r"snippet|sample|demo|e\.g\.|like this|as follows|this code|this command)\s*:$",
    re.IGNORECASE,
)
# A sentence that only says what to do with the code after it: "To find the charset,
# use this code:", "… run the following command:".
_CODE_CLAUSE = re.compile(
    r"(?:^|,\s*)(?:use|run|try|type|add|write)\s+(?:this|these|the following)\s+"
    r"(?:code|commands?|query|queries|snippet|lines?)\s*:$",
    re.IGNORECASE,
)


# Fence languages whose lines are commands run one after another: a few of them read
# as one span joined by "; " ("remove the certificates and restart the runner:" and
# its three commands).
_ITEM_SHELL_INFOS = frozenset({"sh", "shell", "bash", "zsh", "powershell", "ps1", "cmd"})
_ITEM_CODE_LINES = 4  # more commands than this are a script, not a span on a line
_SHELL_COMMENT = re.compile(r"^(?:#|rem\s|::)", re.IGNORECASE)


def _item_code_lines(node: _Node) -> list[str]:
    """The lines a list item's code block says, to go on the item's line: a shell
    block's commands (comments dropped), a diff's added lines (the setting to have:
    "- layer: false" / "+ layer: true" says "layer: true"), else every line."""
    lines = [line.strip() for line in node.content.split("\n") if line.strip()]
    language = node.info.strip().split(" ")[0].lower() if node.type == "fence" else ""
    if language == "diff":
        added = [
            line[1:].removeprefix(" ")
            for line in node.content.split("\n")
            if line.startswith("+") and not line.startswith("+++")
        ]
        if all(a.strip() and a == a.lstrip() and not a.endswith(":") for a in added):
            return added  # flat settings; nested YAML would not read on one line
        return []
    if language in _ITEM_SHELL_INFOS:
        commands = [line for line in lines if not _SHELL_COMMENT.match(line)]
        if all(not line.endswith(("\\", "`", "|", "&&", "<<")) for line in commands):
            return commands
    return lines if len(lines) == 1 else []


# An item's closing instruction that leads into its code: "To resolve this issue, run
# the recovery script:", "Remove the cache:". After a sentence of its own it announces
# only the code; with the code gone it would promise a fix the card does not carry.
_FIX_LEAD_IN = re.compile(
    r"^(?:to (?:resolve|fix|solve|correct|avoid|work around)\b[^,:]*,\s*)?"
    r"(?:run|use|execute|apply|remove|delete|restart|set|add|edit|change|install|update)\b"
    r"[^:]*:$",
    re.IGNORECASE,
)
_ABBREVIATION_END = re.compile(r"\b(?:e\.g|i\.e|etc|vs)\.$", re.IGNORECASE)


def _item_code(node: _Node) -> str:
    """Code fenced inside a list item as an inline span on the item's line ("Example:"
    and ``SELECT ASCII('A');``): one short line, a few short shell commands joined by
    "; ", or a diff's added lines; "" when it is longer than a line can carry."""
    lines = _item_code_lines(node)
    span = "; ".join(lines)
    if (
        lines
        and len(lines) <= _ITEM_CODE_LINES
        and len(span) <= _ITEM_CODE_CHARS
        and "`" not in span
    ):
        return f"`{span}`"
    return ""


def _list_codes(node: _Node, items: Sequence[str]) -> tuple[str, ...]:
    """Per item of a list, the code blocks it holds (not in a nested list) that are too
    long for its line (see :func:`_item_code`), one after another with a blank line
    between two; "" for an item with none. Only an item whose text runs into its code
    keeps it: one ending on its lead-in ("… would be as below,", "Using X:") or on a
    word; an item whose label of the code was cut ("… To fix it, run the script:")
    ends on a full stop and stands without it, as the rules have read it."""
    codes: list[str] = []
    for item, text in zip(node.children, items, strict=False):
        blocks = [
            without_doc_tool_marks(child.content).strip("\n")
            for child in item.children
            if child.type in ("fence", "code_block") and not _item_code(child)
        ]
        runs_into = bool(text.strip()) and not text.rstrip().endswith((".", "!", "?"))
        codes.append("\n\n".join(b for b in blocks if b.strip()) if runs_into else "")
    return tuple(codes)


_ASIDE = re.compile(r"^\([^()]*\)$")  # "(Optional)": a parenthesis alone


# A list item's whole text when it only names its code block: "Config", "CLI",
# "Docker Compose" (a few words, no sentence, no lead-in colon).
_BARE_ITEM_LABEL = re.compile(r"^(?:[\w./+-]+\s?){1,3}$")


def _list_items(node: _Node) -> tuple[str, ...]:
    """Each item's text on one line, without a closing label of code too long to go on
    its line ("… a parameter. Example:"); "" for an item that was only such a label
    ("Example:", "Use this code:")."""
    return tuple(o.text for o in _outline(node))


def _outline(node: _Node, *, inner: bool = False) -> tuple[OutlineItem, ...]:
    """Each item of a list as :func:`_list_items` reads it, with its own words and its
    sub-list's items apart (an outline's notes under their topic). In a sub-list
    (``inner``) an item that only points at its link ("More details can be found
    [here](…)") is left out: its parent item says what there is to know."""
    items: list[OutlineItem] = []
    for item in node.children:
        parts: list[str] = []
        nested: list[str] = []
        subs: list[OutlineItem] = []
        # What the item says after its sub-list ("If this value is null, …") follows
        # the sub-list, as on the page: never put before it.
        after: list[str] = []
        untold = False  # code the item holds that its line cannot
        for child in item.children:
            said = after if nested else parts
            if child.type == "paragraph":
                lines = _inline_of(child).split("\n")
                line = " ".join(lines).strip()
                term = _lead_term(_inline_tokens(child)) if not parts else ""
                if term and len(lines) > 1 and lines[0].strip() == term:
                    # "* **teamId**" with its text on the lines under it (a reference
                    # list of keys): the line break parts the term from what it means.
                    rest = re.sub(r"^[:—–-]\s*", "", " ".join(lines[1:]).strip())
                    line = f"{term} {rest}" if term.endswith(":") else f"{term}: {rest}"
                # Its sentences that only point at a link go; an item that is only a
                # pointer stays whole: ``_list_terms`` counts it a link.
                pointless = _without_link_pointers(line, _inline_tokens(child))
                said.append(pointless or ("" if inner and len(item.children) == 1 else line))
            elif child.type in ("bullet_list", "ordered_list"):
                told = [o for o in _outline(child, inner=True) if o.text]
                subs.extend(told)
                nested.extend(o.text for o in told)
            elif child.type in ("fence", "code_block"):
                code = _item_code(child)
                said.append(code)
                untold = untold or not code
            else:
                said.extend(_flat_text(child))
        text = " ".join(p for p in parts if p)
        if untold and not after:
            # A label of the code ("Example:") would dangle with the code gone: the
            # sentences before it stay, an item that was only the label goes. A
            # lead-in that says something ("Using an API:") stays.
            *kept, last = SENTENCE_GAP.split(text.rstrip()) or [""]
            if (
                _CODE_LABEL.match(last)
                or _CODE_CLAUSE.search(last)
                or (kept and not _ABBREVIATION_END.search(kept[-1]) and _FIX_LEAD_IN.match(last))
            ):
                text = " ".join(kept)
            elif _BARE_ITEM_LABEL.match(text.strip()) and not nested:
                # "* Config" over a block too long for its line: the label names only
                # where the content was; the item goes rather than stand empty.
                text = ""
        own = text
        if nested:
            # "… annotations:" already introduces its sub-list: no second colon.
            lead = text.rstrip().rstrip(":")
            # "… the scaler." over "- (Optional)": an aside to its sentence, no items.
            aside = lead.endswith((".", "!", "?")) and all(_ASIDE.match(n) for n in nested)
            joint = " " if aside else ": "
            if not aside:
                # "Run it in proxy mode." over its sub-items: the colon replaces the
                # period, never "mode.: Recommended".
                lead = _without_period(lead)
            text = f"{lead}{joint}{_joined_items(nested)}" if lead else _joined_items(nested)
            rest = " ".join(p for p in after if p)
            if rest:
                text = text.rstrip()
                text = f"{text}{'' if text.endswith(('.', '!', '?')) else '.'} {rest}"
        first = item.children[0] if item.children else None
        tokens = _inline_tokens(first) if first is not None and first.type == "paragraph" else None
        items.append(
            OutlineItem(text=text, lead=own.strip(), subs=tuple(subs), term=_lead_term(tokens))
        )
    return tuple(items)


_SUP_OPEN = re.compile(r"^<sup\b[^>]*>$", re.IGNORECASE)
_SUP_CLOSE = re.compile(r"^</sup\s*>$", re.IGNORECASE)
_FOOTNOTE_REF = re.compile(r"^\s*\[?[\d*†‡§]{1,3}\]?\s*$")


# The text an element gives for itself when its content is a picture: an accessible
# name (``aria-label``), a tooltip (``title``) or an image's ``alt``.
_STATE_ATTRIBUTE = re.compile(
    r"""\b(?:aria-label|title|alt)\s*=\s*(?:"([^"]*)"|'([^']*)')""", re.IGNORECASE
)


def _attribute_state(tokens: Sequence[Token]) -> str:
    """The state an HTML cell names in an attribute when its visible content is only a
    symbol: ``<span aria-label="Partially supported" role="img">⚠️</span>`` →
    "Partially supported" (also ``title=`` and ``<img alt=…>``); "" for any other cell.
    The author wrote the words for readers who cannot see the symbol: they are the
    cell's meaning, whatever a legend says about the symbol."""
    html_tokens = [t for t in tokens if t.type == "html_inline"]
    rest = "".join(t.content for t in tokens if t.type != "html_inline")
    if not html_tokens or any(c.isalnum() for c in rest):
        return ""
    for token in html_tokens:
        match = _STATE_ATTRIBUTE.search(token.content)
        if match and not token.content.startswith("</"):
            return html.unescape(match.group(1) or match.group(2) or "").strip()
    return ""


def _cell_text(cell: _Node, *, value: bool = False, header: str = "") -> str:
    """A body cell's text without footnote markers (``<sup>7</sup>``): a pointer to a
    note under the table, never part of the answer. A ``value`` cell (not the one that
    names the row) that is only a link labelled by a slug, a generic word
    ("[Documentation](…)", "[Pricing](…)") or its column's ``header`` says nothing: "";
    such a link after the cell's own words ("500 minutes free [Pricing](…)") is left off."""
    tokens = _inline_tokens(cell)
    if value and tokens:
        trimmed = _without_pointer_link(tokens, header)
        if trimmed is not tokens:
            if not trimmed:
                return ""
            return " ".join(render_inline(trimmed).split())
    footnoted = False
    state = _attribute_state(tokens or [])
    if state:
        return state
    if tokens and any(t.type == "html_inline" and _SUP_OPEN.match(t.content) for t in tokens):
        kept: list[Token] = []
        at = 0
        while at < len(tokens):
            token = tokens[at]
            if (
                token.type == "html_inline"
                and _SUP_OPEN.match(token.content)
                and at + 2 < len(tokens)
                and _SUP_CLOSE.match(tokens[at + 2].content)
                and _FOOTNOTE_REF.match(tokens[at + 1].content)
            ):
                at += 3
                continue
            kept.append(token)
            at += 1
        tokens, footnoted = kept, True
    if value and (_slug_link(tokens) or _profile_links(tokens)):
        return ""
    if tokens and any(_is_break(t) for t in tokens):
        return _broken_items(tokens)
    if footnoted:
        return " ".join(render_inline(tokens).split())
    return " ".join(_inline_of(cell).split("\n")).strip()


_BREAK_TAG = re.compile(r"^</?br\s*/?>$", re.IGNORECASE)
# A link label that is a page's slug or a file's name ("ubuntu-22.04-arm64",
# "setup_guide.md"): it names where to read, not a fact. A version ("v1.2") is no slug.
_SLUG_LABEL = re.compile(
    r"^[A-Za-z0-9]+(?:[-_][A-Za-z0-9.]+)+$|^[\w.-]+\.(?:md|markdown|html?|rst|txt|json|ya?ml|pdf)$",
    re.IGNORECASE,
)


def _is_break(token: Token) -> bool:
    return token.type == "html_inline" and bool(_BREAK_TAG.match(token.content.strip()))


# Link labels that only say where to read more ("Documentation", "Pricing", "here"): a
# cell that is such a link holds no fact about its row.
_GENERIC_LINK_LABELS = frozenset(
    {
        "documentation",
        "docs",
        "doc",
        "pricing",
        "prices",
        "price list",
        "plans",
        "website",
        "web site",
        "homepage",
        "home page",
        "site",
        "link",
        "here",
        "click here",
        "more",
        "read more",
        "learn more",
        "more info",
        "details",
    }
)


def _bare_label(text: str) -> str:
    return " ".join(re.sub(r"[^\w ]", " ", text).split()).lower()


def _pointer_cell(cell: _Node, header: str) -> bool:
    """Whether a cell is only a link labelled by a generic word or by ``header``."""
    tokens = _inline_tokens(cell) or []
    return bool(tokens) and not _without_pointer_link(tokens, header)


def _without_pointer_link(tokens: list[Token], header: str) -> list[Token]:
    """``tokens`` without a link labelled by a generic word or by the column's header
    that is the whole cell (then []) or comes after the cell's own words (then the
    words); ``tokens`` itself when there is no such link."""
    end = len(tokens)
    while (
        end
        and tokens[end - 1].type in ("text", "softbreak")
        and not tokens[end - 1].content.strip()
    ):
        end -= 1
    if not end or tokens[end - 1].type != "link_close":
        return tokens
    start = max((n for n in range(end) if tokens[n].type == "link_open"), default=-1)
    if start < 0:
        return tokens
    label = _bare_label(render_inline(tokens[start + 1 : end - 1]))
    if not label or (label not in _GENERIC_LINK_LABELS and label != _bare_label(header)):
        return tokens
    before = tokens[:start]
    words = render_inline(before).strip()
    if not words:
        return []
    if not any(c.isalnum() for c in words) or words.endswith((":", "-", "(")):
        return tokens  # "See: [docs](…)", "([docs](…))": the link is what the cell says
    return before


def _slug_link(tokens: Sequence[Token] | None) -> bool:
    """Whether a cell is one link and nothing else, labelled by a slug or file name (a
    column of "[ubuntu-22.04]" links to each row's own page): a pointer, no fact."""
    kept = [t for t in tokens or () if not (t.type == "text" and not t.content.strip())]
    if len(kept) != 3 or kept[0].type != "link_open" or kept[2].type != "link_close":
        return False
    return kept[1].type == "text" and bool(_SLUG_LABEL.match(kept[1].content.strip()))


# A person's page on a code host: "https://github.com/alice", "https://gitlab.com/bob/".
_PROFILE_URL = re.compile(r"^https?://(?:www\.)?(?:github|gitlab)\.com/[\w.-]+/?$", re.IGNORECASE)


def _profile_links(tokens: Sequence[Token] | None) -> bool:
    """Whether a cell is only links to people's pages on a code host ("[@alice](…/alice)
    [Bob](…/bob)", a "Maintainer" column): who keeps a row, no fact about it."""
    kept = [t for t in tokens or () if not (t.type == "text" and not t.content.strip(" ,;/"))]
    if not kept or len(kept) % 3:
        return False
    for at in range(0, len(kept), 3):
        opening, label, closing = kept[at : at + 3]
        href = str(opening.attrs.get("href", "")) if opening.type == "link_open" else ""
        if not _PROFILE_URL.match(href) or label.type != "text" or closing.type != "link_close":
            return False
    return True


def _broken_items(tokens: Sequence[Token]) -> str:
    """A cell whose lines are split by ``<br>`` ("[aws-cli v2](…) </br> [azure/bicep](…)"):
    its items joined by ", " so they stay apart; a line that ends a sentence (or is only
    a mark, "✅ <br/> Cloud product") is followed by a space as before. A line that is
    only a badge is no item."""
    runs: list[list[Token]] = [[]]
    for token in tokens:
        if _is_break(token):
            runs.append([])
        else:
            runs[-1].append(token)
    items = [" ".join(render_inline(run).split()) for run in runs]
    items = [item for item in items if item]
    out = ""
    for number, item in enumerate(items):
        if number:
            before = items[number - 1]
            words = any(c.isalnum() for c in before) and any(c.isalnum() for c in item)
            if not words or before.endswith((".", "!", "?", ":", ";", ",")) or item[0] in "([":
                out += " "  # a mark, a sentence's end, an aside: "GPL-3 (open source)"
            elif item.endswith(".") and item[0].isupper() and len(item.split()) >= 4:
                out += ". "  # "Rust" then a sentence: two statements
            else:
                out += ", "
        out += item
    return out


_PLACEHOLDER_CELL = re.compile(r"^\(?\s*(?:none|n/?a|-+|—|–)?\s*\)?$", re.IGNORECASE)


def _pointer_row(cells: Sequence[_Node]) -> bool:
    """Whether a row's value cells are only links and images (a stars badge, a bundle
    size badge, "[Comparison][x]"), with at most placeholders ("(none)") beside them."""
    pointed = False
    for cell in cells:
        tokens = [t for t in _inline_tokens(cell) or [] if t.type != "softbreak"]
        depth = 0
        outside = ""
        for at, token in enumerate(tokens):
            if token.type == "link_open":
                label = tokens[at + 1].content if at + 1 < len(tokens) else ""
                if not depth and opens_on_mark(label):
                    # "[❌ Not implemented yet](…/issues/1)": a verdict whose link
                    # only tracks it; the cell says something of its row.
                    return False
                depth += 1
                pointed = True
            elif token.type == "link_close":
                depth -= 1
            elif token.type == "image":
                pointed = True
            elif not depth:
                outside += token.content
        if not _PLACEHOLDER_CELL.match(outside.strip().replace("+", "").strip()):
            return False
    return pointed


def _header_cell(cell: _Node) -> str:
    """A header cell's text without the links after its name ("SWR [_(Website)_][swr]"):
    they point at the product, they do not name it."""
    tokens = _inline_tokens(cell)
    if tokens:
        end = len(tokens)
        while end and tokens[end - 1].type == "text" and not tokens[end - 1].content.strip():
            end -= 1
        if end and tokens[end - 1].type == "link_close":
            start = max(n for n in range(end) if tokens[n].type == "link_open")
            named = render_inline(tokens[:start]).strip()
            if named and any(c.isalnum() for c in named):
                return " ".join(named.split("\n")).strip()
    return " ".join(_inline_of(cell).split("\n")).strip()


_INDEX_CELL = re.compile(r"^\s*(?:\d+[.)]?|#)?\s*$")


def _navigation_cell(cell: _Node) -> tuple[bool, bool]:
    """Whether a cell holds only links (or nothing but a row number), and whether one
    of them points at a section of the same page (``[Soil](#soil)``)."""
    tokens = [t for t in _inline_tokens(cell) or [] if t.type != "softbreak"]
    depth = 0
    outside = ""
    anchored = False
    for token in tokens:
        if token.type == "link_open":
            depth += 1
            anchored = anchored or str(token.attrs.get("href", "")).startswith("#")
        elif token.type == "link_close":
            depth -= 1
        elif not depth:
            outside += token.content
    return bool(_INDEX_CELL.match(outside)), anchored


def _table_of_contents(body: Sequence[_Node]) -> bool:
    """Whether a table is the page's table of contents: its rows are only links (and
    row numbers), every row pointing at a section of the same page, or every row is
    named by such a link alone (``| [Soil](#soil) | What soil is made of |``: what the
    row says is the page's outline of its own section)."""
    if not body:
        return False
    for tr in body:
        cells = [_navigation_cell(cell) for cell in tr.children]
        if all(only for only, _ in cells) and any(anchor for _, anchor in cells):
            continue
        # The first cell that is not a row number names the row.
        named = next(
            (
                cell
                for cell, node in zip(cells, tr.children, strict=True)
                if not _INDEX_CELL.match(_cell_text(node))
            ),
            None,
        )
        if named is None or named != (True, True):
            return False
    return True


_CELL_BULLET = re.compile(r"^•\s+")


def _table(node: _Node) -> Table:
    header: tuple[str, ...] = ()
    rows: list[tuple[str, ...]] = []
    row_lines: list[int] = []
    pointers: list[tuple[bool, ...]] = []  # per row, per cell: only a pointer link
    linked = 0  # rows named by a link to another site
    indents: list[int] = []
    for section in node.children:
        if section.type == "tbody" and _table_of_contents(section.children):
            continue  # a table of contents: where to read, nothing to learn
        for tr in section.children:
            if section.type == "thead":
                header = tuple(_header_cell(cell) for cell in tr.children)
                continue
            cells = tuple(
                _cell_text(
                    cell,
                    value=column > 0,
                    header=header[column] if column < len(header) else "",
                )
                for column, cell in enumerate(tr.children)
            )
            if _pointer_row(tr.children[1:]):
                continue  # badges, links to elsewhere, "(none)": nothing a card could ask
            indents.append(_indent(tr.children[0]) if tr.children else 0)
            if cells and cells[0].count("•") == 1:
                # "| • [pip](…) | Package manager |": a bullet indenting the row under a
                # group row is layout; the row is named "pip".
                cells = (_CELL_BULLET.sub("", cells[0]), *cells[1:])
            rows.append(cells)
            row_lines.append(_line(tr))
            linked += any(_external_name(cell) for cell in tr.children[:1])
            pointers.append(
                tuple(
                    column > 0
                    and _pointer_cell(cell, header[column] if column < len(header) else "")
                    for column, cell in enumerate(tr.children)
                )
            )
    # A column that is mostly "[Documentation](…)" links is a column of pointers: its
    # few worded cells ("-", "See above") are no facts about their rows either.
    for column in range(1, len(header)):
        flags = [p[column] for p, r in zip(pointers, rows, strict=True) if column < len(r)]
        worded = [r[column] for r in rows if column < len(r) and r[column]]
        if flags and sum(flags) > len(worded):
            rows = [(*r[:column], "", *r[column + 1 :]) if column < len(r) else r for r in rows]
    if _item_index(rows):
        rows, row_lines = [], []  # an index of the page's own items: where to look
    if len(rows) >= _DIRECTORY_ROWS and linked * 5 >= len(rows) * 4:
        rows, row_lines = [], []  # a directory of other projects: looked up, not learnt
    return Table(
        header=header,
        rows=tuple(rows),
        line=_line(node),
        row_lines=tuple(row_lines),
        indents=tuple(indents) if rows and any(indents) else (),
    )


# Non-breaking or em spaces opening a cell: the way a pipe table indents a row.
_INDENT = re.compile(r"^(?:&nbsp;|&ensp;|&emsp;|&#160;|&#xa0;|[\u00a0\u2002\u2003])+(?=\S)", re.I)
_INDENT_UNIT = re.compile(r"&\w+;|&#\w+;|.", re.S)


def _indent(cell: _Node) -> int:
    """How many spaces a pipe table keeps (``&nbsp;``) open a cell's source."""
    inline = next((child for child in cell.children if child.type == "inline"), None)
    found = _INDENT.match(inline.token.content) if inline is not None else None
    return len(_INDENT_UNIT.findall(found.group(0))) if found else 0


# A directory ("Name | Driver | Version | …" over 130 vendors' drivers, each name a link to
# its own project): every cell is a fact about somebody else's product, one row among
# dozens, which nobody studies; a feature matrix of a few products has far fewer rows.
_DIRECTORY_ROWS = 30


def _external_name(cell: _Node) -> bool:
    """Whether a table cell is only a link to another site (``[Alluxio](https://…)``)."""
    tokens = [t for t in _inline_tokens(cell) or [] if t.type != "text" or t.content.strip()]
    return (
        len(tokens) >= 2
        and tokens[0].type == "link_open"
        and str(tokens[0].attrs.get("href", "")).startswith(("http://", "https://"))
        and tokens[-1].type == "link_close"
        and sum(1 for t in tokens if t.type == "link_open") == 1
    )


# A cell that only points at the page's own numbered items: "Q4–Q6", "Q7–Q9, Q25".
_ITEM_REFS = re.compile(
    r"^Q\d+(?:\s*[\u2013\u2014-]\s*Q?\d+)?(?:\s*,\s*Q\d+(?:\s*[\u2013\u2014-]\s*Q?\d+)?)*$"
)


def _item_index(rows: Sequence[tuple[str, ...]]) -> bool:
    """Whether a column of the table holds, on two rows or more, only references to the
    page's own items ("| Closures | Q4–Q6 |"): an index of what the page asks, which
    says nothing a card could ask about its rows."""
    if len(rows) < 2:
        return False
    width = min(len(r) for r in rows)
    return any(
        all(_ITEM_REFS.match(r[column].replace("`", "").strip()) for r in rows)
        for column in range(1, width)
    )


_HTML_TABLE = re.compile(r"^<table\b", re.IGNORECASE)
# Inside an HTML cell: tags that end a run of text (a paragraph, a line); a shortcode in
# the cell ("{{< feature-state … >}}") is template, not text.
_HTML_BREAKS = frozenset(
    {
        "p",
        "div",
        "br",
        "ul",
        "ol",
        "dl",
        "dd",
        "dt",
        "h1",
        "h2",
        "h3",
        "h4",
        "h5",
        "h6",
        "pre",
        "blockquote",
        "table",
    }
)
_HTML_SHORTCODE = re.compile(r"\{\{[<%]\s*(.*?)\s*[>%]\}\}", re.DOTALL)


@dataclass
class _HtmlCell:
    runs: list[str]  # finished runs of text: paragraphs, titled lists
    span: int  # its colspan
    heading: bool  # a <th>
    bold: int = 0  # characters of its text inside <strong>/<b>
    chars: int = 0  # characters of its text
    titled: set[int] = field(default_factory=set)  # runs wholly bold: titles
    lists: set[int] = field(default_factory=set)  # runs ending in a list's items

    def text(self) -> str:
        """The runs as sentences (a list ends without its full stop), a bold title
        ("**Allowed Values**") followed by a colon."""
        said = "".join(
            f"{run} "
            if run.endswith((".", "!", "?", ":", ";"))
            else f"{run}: "
            if n in self.titled
            else f"{run}. "
            for n, run in enumerate(self.runs[:-1])
        )
        return said + (self.runs[-1] if self.runs else "")

    def titles(self) -> bool:
        """A header cell: ``<th>``, or ``<td>`` whose whole text is bold."""
        return self.heading or (self.chars > 0 and self.bold == self.chars)


class _HtmlTables(HTMLParser):
    """The rows of the ``<table>`` elements of an HTML block, each cell as one line of
    text: paragraphs in order, a list's items joined by "; " after the paragraph that
    titles them ("Allowed Values: Undefined/nil; `false`"), ``<code>`` as backticks."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        # Per table: its rows (cells, line in the block) and its caption.
        self.tables: list[tuple[list[tuple[list[_HtmlCell], int]], str]] = []
        self.depth = 0  # open <table> elements (a table nested in a cell is its text)
        self.rows: list[tuple[list[_HtmlCell], int]] = []
        self.cell: _HtmlCell | None = None
        self.run: list[str] = []  # the text of the run being read
        self.items: list[str] | None = None  # the items of the open list
        self.bold = 0  # open <strong>/<b>
        self.run_bold = 0  # characters of the run being read inside them
        self.caption: list[str] | None = None
        self.captions: list[str] = []
        self.in_row = False  # a <tr> is open
        self.pre = False  # inside a <pre>: the cell's code (a default value)
        self.summary: list[str] | None = None  # the text of an open <summary>

    def flush(self) -> None:
        raw = "".join(self.run)
        if "```" in raw:
            raw = _CELL_FENCE.sub(lambda m: _cell_code(m.group(1)), raw)
        text = " ".join(raw.split())
        self.run = []
        bold, self.run_bold = self.run_bold, 0
        if not text or self.cell is None:
            return
        if self.items is not None:
            self.items.append(text)
            return
        if bold >= len(text.replace(" ", "")):
            self.cell.titled.add(len(self.cell.runs))
        self.cell.runs.append(text)

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag == "table":
            self.depth += 1
            if self.depth == 1:
                self.rows, self.captions = [], []
                return
        if self.depth != 1:
            if self.cell is not None and tag in _HTML_BREAKS:
                self.flush()
            return
        if tag == "caption":
            self.caption = []
        elif tag == "tr":
            self.rows.append(([], self.getpos()[0]))
            self.in_row = True
        elif tag in ("thead", "tbody", "tfoot"):
            self.in_row = False
        elif tag in ("td", "th"):
            if not self.in_row:
                # "<thead><th>Key</th>…": a cell with no <tr> opens a row of its own,
                # as a browser reads it (helm-docs' HTML template writes its header so).
                self.rows.append(([], self.getpos()[0]))
                self.in_row = True
            span = dict(attrs).get("colspan") or "1"
            self.cell = _HtmlCell([], int(span) if span.isdigit() else 1, tag == "th")
            self.run, self.items, self.bold = [], None, 0
        elif self.cell is not None:
            if tag == "summary":
                self.summary = []
            elif tag == "pre":
                # "<pre>{ … }</pre>": a value written as code, one run of its own.
                self.flush()
                self.pre = True
            elif tag == "code" and not self.pre:
                self.run.append("`")
            elif tag in ("strong", "b"):
                self.bold += 1
            elif tag in ("ul", "ol"):
                self.flush()
                self.items = []
            elif tag == "li" or tag in _HTML_BREAKS:
                self.flush()

    def handle_endtag(self, tag: str) -> None:
        if tag == "table":
            self.depth -= 1
            if self.depth == 0:
                self.tables.append((self.rows, " ".join(self.captions)))
            return
        if self.depth != 1:
            return
        if tag == "caption" and self.caption is not None:
            self.captions.append(" ".join("".join(self.caption).split()))
            self.caption = None
        elif tag == "tr":
            self.in_row = False
        elif tag in ("td", "th") and self.cell is not None and self.rows:
            self.flush()
            self.rows[-1][0].append(self.cell)
            self.cell = None
        elif self.cell is not None:
            if tag == "summary" and self.summary is not None:
                said = " ".join("".join(self.summary).split())
                self.summary = None
                if not _GENERIC_SUMMARY.match(said):
                    self.flush()
                    self.run.append(said)  # a fold's title that says something: a run
                    self.cell.chars += len(said)
                    self.flush()
            elif tag == "pre" and self.pre:
                self.pre = False
                self.run = [_cell_code("".join(self.run))]
                self.flush()
            elif tag == "code" and not self.pre:
                self.run.append("`")
            elif tag in ("strong", "b"):
                self.bold = max(0, self.bold - 1)
            elif tag in ("ul", "ol") and self.items is not None:
                self.flush()
                listed = "; ".join(self.items)
                self.items = None
                last = len(self.cell.runs) - 1
                if listed and last >= 0 and last not in self.cell.lists:
                    title = self.cell.runs[-1].rstrip(":")
                    self.cell.runs[-1] = f"{title}: {listed}"
                    self.cell.titled.discard(last)  # it titles the list
                    self.cell.lists.add(last)
                elif listed:
                    self.cell.lists.add(last + 1)
                    self.cell.runs.append(listed)
            elif tag == "li" or tag in _HTML_BREAKS:
                self.flush()

    def handle_data(self, data: str) -> None:
        if self.caption is not None:
            self.caption.append(data)
        elif self.summary is not None:
            self.summary.append(data)
        elif self.cell is not None:
            self.run.append(data)
            chars = len(data.strip())
            self.cell.chars += chars
            if self.bold:
                self.cell.bold += chars
                self.run_bold += len(data.replace(" ", "").strip())


# A fenced block written inside an HTML cell (the cell's Markdown, left raw in the HTML).
_CELL_FENCE = re.compile(r"```[\w-]*[ \t]*\n(.*?)```", re.DOTALL)


def _cell_code(raw: str) -> str:
    """The code of a cell (a ``<pre>`` or a fence in it) as inline code: a value on one
    line, or JSON over several (its layout is spacing only). Code over several lines of
    another language (YAML, whose indentation is its structure; a commented example)
    cannot be one line of a card: it goes."""
    lines = [line.strip() for line in raw.split("\n") if line.strip()]
    code = " ".join(lines)
    if not code or "`" in code:
        return ""
    if len(lines) > 1 and not (code[0] in "{[" and code[-1] in "}]"):
        return ""
    return f" `{code}` "


def _shortcode_text(match: re.Match[str]) -> str:
    """A shortcode inside raw HTML: the text it shows (a glossary tooltip's), else none."""
    args = _shortcode_args(match.group(1))
    return args.get("text") or args.get("_0", "")


def _html_tables(content: str, line: int) -> list[Table]:
    """The ``<table>`` elements of an HTML block as :class:`Table` blocks, read as the
    Markdown tables are: a first row of header cells (``<th>``, or wholly bold) is the
    header; a table without one lays out a page (logos, links) and is left out. A row
    of one cell spanning the table ("Everything from the Baseline policy") groups the
    rows, it is none; a table with other rows not as wide as the header (``colspan``,
    ``rowspan``) is left out: its cells cannot be told to their columns."""
    parser = _HtmlTables()
    parser.feed(_HTML_SHORTCODE.sub(_shortcode_text, content))
    parser.close()
    tables: list[Table] = []
    for rows, caption in parser.tables:
        if not (rows and rows[0][0] and all(cell.titles() for cell in rows[0][0])):
            continue  # no header row: a layout grid (logos, links), not a table of facts
        header = tuple(cell.text() for cell in rows[0][0])
        rows = rows[1:]
        width = len(header)
        body = [(c, at) for c, at in rows if not (len(c) == 1 and c[0].span >= width > 1)]
        if not body or any(len(cells) != width for cells, _ in body):
            continue
        tables.append(
            Table(
                header=header,
                rows=tuple(tuple(cell.text() for cell in cells) for cells, _ in body),
                line=line,
                row_lines=tuple(line + at - 1 for _, at in body),
                caption=caption,
            )
        )
    return tables


# A Pandoc definition's opening (":   text"), never the ":::" of an admonition.
_DEFINITION_OPENING = re.compile(r"^:(?!:)\s+\S")
# A term standing alone above its definition: a short name, no sentence ending it.
_TERM_LINE = re.compile(r"^[^.:;!?]{1,80}$")


def _paragraph(node: _Node) -> Paragraph | Definition:
    tokens = _inline_tokens(node)
    text = _without_link_lines(_without_link_pointers(_inline_of(node), tokens), tokens)
    lines = text.split("\n")
    # ": definition" on the second line; ":::" there closes an admonition instead.
    if len(lines) >= 2 and lines[0].strip() and lines[1].startswith(":") and lines[1] != ":::":
        definitions: list[str] = []
        ends = _bold_line_ends(tokens)
        for line in lines[1:]:
            if line.startswith(":"):
                definitions.append(line[1:].strip())
            elif definitions:
                if any(definitions[-1].endswith(end) for end in ends):
                    # "**DEPRECATED: use X instead**" on lines of its own: a note, ended
                    # as the sentence it is before the definition goes on.
                    definitions[-1] += "."
                definitions[-1] += " " + line.strip()
        return Definition(term=lines[0].strip(), text=" ".join(definitions), line=_line(node))
    return Paragraph(
        text=text,
        line=_line(node),
        label=_lead_term(tokens),
        pointer=_labelled_link(tokens),
        line_terms=_line_terms(tokens, text),
        hard_lines=_hard_lines(tokens),
    )


def _hard_lines(tokens: Sequence[Token] | None) -> bool:
    """Whether the inline ``tokens`` break their lines only with hard breaks, at least
    once."""
    breaks = {t.type for t in tokens or () if t.type in ("softbreak", "hardbreak")}
    return breaks == {"hardbreak"}


def _bold_line_ends(tokens: Sequence[Token] | None) -> tuple[str, ...]:
    """The words ending a bold span that closes its line with no full stop of its own
    ("… so_reuseport instead**" then a line break): where a note set in bold ends."""
    tokens = tokens or ()
    ends: list[str] = []
    for at in range(1, len(tokens) - 1):
        after = next(
            (t for t in tokens[at + 1 :] if not (t.type == "text" and not t.content.strip())), None
        )
        if tokens[at].type != "strong_close" or after is None:
            continue
        if after.type not in ("softbreak", "hardbreak"):
            continue
        before = tokens[at - 1]
        words = before.content.rstrip() if before.type == "text" else ""
        opened = max((i for i in range(at) if tokens[i].type == "strong_open"), default=at)
        span = " ".join(t.content for t in tokens[opened:at] if t.type == "text")
        if len(span.split()) >= _BOLD_NOTE_WORDS and words and words[-1] not in ".!?:;":
            ends.append(words.split("\n")[-1].strip())
    return tuple(e for e in ends if e)


_BOLD_NOTE_WORDS = 3  # a bold word or two ("**Note**") is a label, no note of its own


def _line_terms(tokens: Sequence[Token] | None, text: str) -> tuple[str, ...]:
    """Per line of a paragraph's ``text``, the bold or code span the line opens with
    ("" when none); () for a paragraph of one line, or when its lines cannot be told
    apart in the tokens (a line of only a link was dropped from the text)."""
    lines: list[list[Token]] = [[]]
    tokens = tokens or ()
    for at, token in enumerate(tokens):
        if token.type in ("softbreak", "hardbreak") or (
            token.type == "html_inline"
            and _BREAK_TAG.match(token.content.strip())
            and any(t.type == "text" and t.content.strip() for t in tokens[:at])
            and any(t.type == "text" and t.content.strip() for t in tokens[at + 1 :])
        ):
            lines.append([])
        else:
            lines[-1].append(token)
    if len(lines) < 2 or len(lines) != len(text.split("\n")):
        return ()
    return tuple(_lead_term(line) for line in lines)


def _without_link_lines(text: str, tokens: Sequence[Token] | None) -> str:
    """``text`` without the lines closing it that are only a link, after a marker at
    most ("A distributed version control system …␠␠" / "📌 [Git Documentation](…)"):
    where to read more, no part of what the paragraph says. A paragraph of nothing but
    such lines stays whole (it is a pointer, see :func:`_labelled_link`)."""
    links = set(_link_texts(tokens or ()))
    if not links or "\n" not in text:
        return text
    lines = text.split("\n")
    while len(lines) > 1 and _MARKER.sub("", lines[-1]).strip() in links:
        lines.pop()
    return "\n".join(lines)


# What may stand before a link on a line of its own: symbols, never words ("📌", "→", "-").
_MARKER = re.compile(r"^[\W_]*", re.UNICODE)
_POINTER_LABEL = 5  # words: a label this short before a link only names the link


def _labelled_link(tokens: Sequence[Token] | None) -> bool:
    """Whether ``tokens`` are links alone, or a short label ending in ":" and links."""
    tokens = list(tokens or ())
    first = next((n for n, t in enumerate(tokens) if _link_edge(t) > 0), None)
    if first is None:
        return False
    label = render_inline(tokens[:first]).strip()
    if label and (not label.endswith(":") or len(label.split()) > _POINTER_LABEL):
        return False
    return _only_link(tokens[first:])


_DETAILS_OPEN = re.compile(r"^<details\b", re.IGNORECASE)
_DETAILS_CLOSE = re.compile(r"^</details\s*>", re.IGNORECASE)
_SUMMARY = re.compile(r"<summary\b[^>]*>(.*?)</summary\s*>", re.IGNORECASE | re.DOTALL)
_TAG = re.compile(r"<[^>]*>")
_CODE_TAG = re.compile(r"<code>(.*?)</code>", re.IGNORECASE | re.DOTALL)
# An HTML heading as a block of its own: ``<h3 name="x">Question?</h3>``, also with the
# tag, the text and the closing tag each on a line.
_HTML_HEADING = re.compile(r"^<h([1-6])\b[^>]*>(.*?)</h\1\s*>", re.IGNORECASE | re.DOTALL)
_HTML_ANSWER_LABEL = re.compile(rf"^{_LETTER_OR_NAMED}\s*[:.]\s*", re.IGNORECASE)
_HTML_SPACING = re.compile(r"^(?:\s*<(?:br|hr)\s*/?>)+\s*", re.IGNORECASE)
# An HTML callout: ``<aside class="note warning">`` (mdBook pages), or a ``<div>`` whose
# class names a kind of notice (``<div class="admonition warning">``), its opening tag
# first in its block; and any opening or closing ``<aside>``/``<div>`` tag, to pair them.
_HTML_CALLOUT_OPEN = re.compile(r"^<(aside|div)\b([^>]*)>", re.IGNORECASE)
_HTML_CALLOUT_TAG = re.compile(r"<(/?)(aside|div)\b[^>]*>", re.IGNORECASE)
_HTML_CLASS = re.compile(r"""\bclass\s*=\s*["']([^"']*)["']""", re.IGNORECASE)
# Class words that name a kind of notice: the callout's kind.
_CALLOUT_CLASSES = _CALLOUTS | frozenset({"info", "danger", "admonition", "callout", "hint"})
# A title inside the callout: a heading, or an element classed as its title
# (``<p class="admonition-title">Note</p>``, ``<div class="title">…</div>``).
_HTML_CALLOUT_TITLE = re.compile(
    r"""^<(h[1-6]|p|div|span|strong)\b(?:[^>]*\bclass\s*=\s*["'][^"']*title[^"']*["'])?[^>]*>"""
    r"(.*?)</\1\s*>",
    re.IGNORECASE | re.DOTALL,
)


def _callout_kind(tag: str, attributes: str) -> str | None:
    """The kind of notice an opening ``<aside>``/``<div>`` tag opens ("warning" for
    ``class="note warning"``), or None for a tag that opens no callout (a ``<div>`` for
    layout, ``<div align="center">``)."""
    found = _HTML_CLASS.search(attributes)
    words = found.group(1).lower().split() if found else []
    kinds = [w for w in words if w in _CALLOUT_CLASSES]
    if not kinds:
        return "note" if tag.lower() == "aside" else None
    named = [w for w in kinds if w in _CALLOUTS or w == "info"]
    return (named or kinds)[-1]


def _html_callout_spans(tokens: Sequence[Token]) -> dict[int, int]:
    """Per HTML block that opens a callout (its first line), the first line of the
    block that closes it: ``<aside>`` / ``<div>`` tags paired in order over the page's
    HTML blocks. A callout never closed opens nothing (it would take the rest of the
    page for its text)."""
    spans: dict[int, int] = {}
    stack: list[tuple[str, int | None]] = []  # tag, the line of a callout it opens
    for token in tokens:
        if token.type != "html_block" or not token.map:
            continue
        content = token.content.strip()
        opening = _HTML_CALLOUT_OPEN.match(content)
        for n, tag in enumerate(_HTML_CALLOUT_TAG.finditer(content)):
            name = tag.group(2).lower()
            if not tag.group(1):
                callout = (
                    n == 0
                    and opening is not None
                    and _callout_kind(opening.group(1), opening.group(2)) is not None
                )
                stack.append((name, token.map[0] + 1 if callout else None))
                continue
            at = next((k for k in range(len(stack) - 1, -1, -1) if stack[k][0] == name), None)
            if at is None:
                continue
            _, opened = stack[at]
            del stack[at:]
            if opened is not None:
                spans[opened] = token.map[0] + 1
    return spans


_ALERT = re.compile(r"^\[!(\w+)\][ \t]*\n?(.*)$", re.DOTALL)
_ADMONITION = re.compile(r"^:::[ \t]*(\w+)([^\n]*)\n?(.*)$", re.DOTALL)
# The title after an admonition's kind: ``[Title]`` (Docusaurus), ``"Title"`` or bare words.
_ADMONITION_TITLE = re.compile(r'^\s*(?:\[(.*)\]|"(.*)"|(\S.*?))\s*$')
_DIRECTIVE = re.compile(r"^::\w+\{[^}]*\}$")


_HTML_LIST = re.compile(r"^<(?:ul|ol)\b[^>]*>(.*)</(?:ul|ol)\s*>$", re.IGNORECASE | re.DOTALL)
_HTML_ITEM = re.compile(r"<li\b[^>]*>(.*?)(?:</li\s*>|(?=<li\b)|$)", re.IGNORECASE | re.DOTALL)


def _html_options(content: str) -> tuple[str, ...]:
    """The items of an HTML list when each is a lettered (or numbered) option,
    ``<li>A: …</li>`` in order; else ()."""
    whole = _HTML_LIST.match(content.strip())
    if whole is None:
        return ()
    items = tuple(
        " ".join(_html_text(m.group(1)).split("\n")) for m in _HTML_ITEM.finditer(whole.group(1))
    )
    probe = ListBlock(ordered=False, items=items, line=0)
    return items if _options(probe) else ()


def _admonition_title(rest: str) -> str:
    match = _ADMONITION_TITLE.match(rest)
    if not match:
        return ""
    return next((g for g in match.groups() if g is not None), "").strip()


# An mkdocs / Material admonition: ``!!! kind "Title"`` (``???`` / ``???+`` collapsible),
# its body the lines indented four spaces more below it.
_MKDOCS_ADMONITION = re.compile(
    # (The title runs to the line's last quote, as Python-Markdown reads it: an error
    # message quoting a name, ``??? bug "Cannot list "pods" in …"``, is one title.)
    r"^(?P<indent>[ \t]*)(?:!!!|\?\?\?\+?)[ \t]*(?P<kind>[\w-]+)(?P<extra>(?:[ \t]+[\w-]+)*)"
    r'(?:[ \t]+"(?P<title>.*)")?[ \t]*$'
    # Material's default kind: a title alone (``??? "Answer - Imperative"``) is a note.
    r'|^(?P<bare>[ \t]*)(?:!!!|\?\?\?\+?)[ \t]*"(?P<only>.*)"[ \t]*$'
)
# A collapsible box titled as the answer (``??? "Answer"``, ``??? success "Solution"``,
# ``???+ note "Answer - Imperative"``, ``??? answer``): the answer folded away, as a
# ``<details>`` fold hides it; the words after the label name the way it answers.
_ANSWER_BOX = re.compile(
    rf"^\W*(?:(?:sample|example|suggested|possible|model|reference)\s+)?"
    rf"(?:{label_words(ANSWER_NAMES)}|solution)s?\b(?P<way>\s*(?:[-\u2013\u2014:(]|$).*)$",
    re.IGNORECASE,
)
# A content tab of the same sites (``=== "Helm"``), its body indented the same way.
_MKDOCS_TAB = re.compile(r'^(?P<indent>[ \t]*)===\+?[ \t]+"(?P<title>[^"]*)"[ \t]*$')
# Kinds that are the flow of the text itself, not an aside: their body reads as text.
_FLOW_KINDS = frozenset(
    {"example", "examples", "quote", "cite", "abstract", "summary", "tldr", "tab"}
)
# A body holding one of these keeps its blocks (a manifest, a console session, a table)
# in the flow: a callout keeps only prose.
_BLOCK_START = re.compile(r"^(?:```|~~~|\|| {4}|\t)")


def _width(indent: str) -> int:
    return len(indent.expandtabs(4))


# A Pandoc / Carpentries fenced div: three or more colons, then its class ("challenge",
# "{.callout}"), or colons alone to close the innermost open div.
_DIV_FENCE = re.compile(
    r"^ {0,3}:{3,}[ \t]*(?:\{\s*\.?(?P<braced>[\w-]+)[^}]*\}|(?P<kind>[\w-]+))?[ \t]*$"
)
# The classes of lesson divs (Carpentries); a ``:::info`` of another kind is a
# Docusaurus admonition, read as a callout elsewhere (a ``{.class}`` div is Pandoc's).
_LESSON_DIVS = frozenset(
    {
        "challenge",
        "exercise",
        "solution",
        "answer",
        "callout",
        "objectives",
        "questions",
        "keypoints",
        "key-points",
        "prereq",
        "prerequisites",
        "discussion",
        "checklist",
        "instructor",
        "hint",
        "testimonial",
        "spoiler",
        "overview",
        "takeaways",
    }
)
# Divs that say what the lesson will teach or ask, not what it teaches: no card.
_PLAN_DIVS = frozenset({"objectives", "questions", "prereq", "prerequisites", "overview"})
# Divs that hide the answer to the exercise they sit in.
_ANSWER_DIVS = frozenset({"solution", "answer", "hint-solution"})
# Divs that hold the lesson's summary points.
_POINT_DIVS = frozenset({"keypoints", "key-points", "takeaways"})
# "## Solution" opening a solution div: its label, not a heading of the lesson.
_ANSWER_HEADING = re.compile(
    # "## Solution 1 -- Interactive": one of several, its label too.
    r"^ {0,3}#{1,6}\s+(?:solutions?|answers?)"
    r"(?:\s+\d+(?:\s*(?:--?|–|—|:)\s*\S.*?)?)?\s*:?\s*#*\s*$",
    re.I,
)
_ATX_HEADING = re.compile(r"^ {0,3}#{1,6}\s+(.+?)\s*#*\s*$")


def _div_tree(lines: list[str]) -> dict[int, tuple[str, int, int | None]]:
    """Per fenced div's opening line index: its kind, its closing line index (the
    last line when it never closes), and the opening index of the div around it."""
    divs: dict[int, tuple[str, int, int | None]] = {}
    stack: list[int] = []
    fence = ""
    for at, line in enumerate(lines):
        fence = code_fence(fence, line)
        div = None if fence else _DIV_FENCE.match(line)
        if div is None:
            continue
        kind = (div.group("braced") or div.group("kind") or "").lower()
        if kind and not div.group("braced") and kind not in _LESSON_DIVS:
            kind = "-" + kind  # another tool's box: its lines stay as they are
        if kind:
            divs[at] = (kind, len(lines) - 1, stack[-1] if stack else None)
            stack.append(at)
        elif stack:
            opened = stack.pop()
            divs[opened] = (divs[opened][0], at, divs[opened][2])
    return divs


# The ends of a fenced div that opens headings of its own (see :meth:`_Walker.html`).
_DIV_OPEN = "<!-- quizkit: a div opens here -->"
_DIV_CLOSE = "<!-- quizkit: the div closes here -->"


def _heads_inside(lines: list[str], start: int, end: int) -> bool:
    """Whether a heading opens between lines ``start`` and ``end`` (outside code)."""
    fence = ""
    for line in lines[start + 1 : end]:
        was, fence = fence, code_fence(fence, line)
        if not was and not fence and _ATX_HEADING.match(line):
            return True
    return False


# Divs that set the reader a task: only a solution inside answers it.
_EXERCISE_DIVS = frozenset({"challenge", "exercise", "discussion"})
# "## Hint" opening a solution div: a nudge toward the answer, not the answer.
_HINT_HEADING = re.compile(r"^ {0,3}#{1,6}\s+hints?\b", re.IGNORECASE)


def _unanswering_lines(
    lines: list[str], divs: Mapping[int, tuple[str, int, int | None]], start: int, end: int
) -> range | set[int]:
    """The lines of the exercise div at ``start`` … ``end`` that make no card: all of
    them when no solution answers it (a task alone is no flashcard); else its hints
    (``::: hint``, or a solution div titled "Hint") and every solution after the first,
    so that its first solution answers the task."""
    inside = sorted((at, k, close) for at, (k, close, outer) in divs.items() if outer == start)
    answered = False
    dropped: set[int] = set()
    for at, kind, close in inside:
        first = next((line for line in lines[at + 1 : close] if line.strip()), "")
        hint = kind == "hint" or (kind in _ANSWER_DIVS and _HINT_HEADING.match(first))
        if hint or (kind in _ANSWER_DIVS and answered):
            dropped.update(range(at, close + 1))
        elif kind in _ANSWER_DIVS:
            answered = True
    return dropped if answered else range(start, end + 1)


# The kramdown class line that closes an old Jekyll lesson's blockquote box ("> ## Title"
# … "> > ## Solution" … "> {: .solution}" then "{: .challenge}").
_BOX_CLASS = re.compile(r"^ {0,3}\{:\s*\.(?P<kind>[\w-]+)\s*\}\s*$")
_QUOTE_MARK = re.compile(r"^ {0,3}> ?")
# A paragraph the author left for themselves ("FIXME: Is this too easy?", "TODO: add a
# figure"): a lesson's draft mark, nothing to read.
_AUTHOR_NOTE = re.compile(r"^(?:FIXME\b|TODO\s*:)", re.ASCII)
_BOX_TITLE = re.compile(r"^ {0,3}#{1,6}\s+\S")


def _kramdown_boxes(lines: list[str], *, nested: bool = False) -> list[str]:
    """Old Jekyll lesson boxes as the fenced divs they became (``::: challenge`` …):
    a blockquote closed by a ``{: .challenge}`` (``.solution``, ``.callout`` … any lesson
    div) line right under it, after a blank line, is that div; its boxes inside (one
    ``>`` deeper) too. The blank line becomes the opening fence and the class line the
    closing one, so every line keeps its number. Its "## Title" is then the exercise's
    heading, never a sentence glued to the task under it. A box inside another
    (``nested``) may follow the task with no blank ``>`` line ("> {: .language-cpp}"
    then "> > ## Solution"): its "## Solution" line then opens it."""
    out = list(lines)
    fence = ""
    for at, line in enumerate(out):
        fence = code_fence(fence, line)
        box = None if fence else _BOX_CLASS.match(line)
        if box is None or box.group("kind").lower() not in _LESSON_DIVS:
            continue
        start = at
        while start > 0 and _QUOTE_MARK.match(out[start - 1]):
            start -= 1
        if start == at or start == 0:
            continue  # no blockquote right above
        if out[start - 1].strip():
            if not (nested and _BOX_TITLE.match(_QUOTE_MARK.sub("", out[start], count=1))):
                continue  # one glued to a paragraph
            start += 1  # its title line opens it: the task above keeps its last line
        quoted = [_QUOTE_MARK.sub("", line, count=1) for line in out[start:at]]
        _fence_languages(quoted)  # "{: .language-cpp}" under a fence: no text line
        inner = _kramdown_boxes(quoted, nested=True)
        _fence_languages(inner)
        out[start - 1] = f"::::: {box.group('kind').lower()}"
        out[start:at] = inner
        out[at] = ":::::"
    return out


def _fence_languages(lines: list[str]) -> None:
    """In a box's lines, a kramdown class line right under a code fence
    ("{: .language-sql}") as that fence's language, the line left blank: inside the box
    it would be read as a line of the exercise's text (``_kramdown_classes`` reads the
    ones outside boxes)."""
    fence = ""
    opened = closed = -1
    for at, line in enumerate(lines):
        was, fence = fence, code_fence(fence, line)
        if fence and not was:
            opened = at
        elif was and not fence:
            closed = at
            continue
        classes = None if fence else _KRAMDOWN_CLASSES.match(line.strip())
        if classes is None or closed != at - 1 or opened < 0:
            continue
        if not lines[opened].strip().strip("`~"):  # the author's fence names no language
            language = classes.group(1).split()[0].lstrip(".").removeprefix("language-")
            lines[opened] = lines[opened].rstrip() + language
        lines[at] = ""


def _open_fenced_divs(text: str) -> tuple[str, list[int] | None]:
    """Rewrite Pandoc fenced divs (``::: challenge`` with a nested ``::: solution``,
    ``::: callout``, ``::: keypoints``, ``::: objectives``) as Markdown the parser reads.
    An exercise div whose heading is followed by its prompt and a solution div becomes
    a ``<details>`` question: the heading asks, the prompt (text, code, options) is
    shown with it, the solution answers. Other solution divs become a hidden answer to
    what stands above them, key points a "Key points" section, plan divs (objectives,
    questions) nothing, and other divs their plain body. Every fence line becomes a
    blank line, so a list before it ends there. Returns the new text and, per new line,
    the file's line number (None when nothing changed)."""
    if ":::" not in text:
        return text, None
    lines = text.split("\n")
    divs = _div_tree(lines)
    if all(kind.startswith("-") for kind, _, _ in divs.values()):
        return text, None
    planned: set[int] = set()  # the lines inside plan divs
    for at, (kind, close, _) in divs.items():
        if kind in _EXERCISE_DIVS:
            planned.update(_unanswering_lines(lines, divs, at, close))
    rows_at: dict[int, list[str]] = {}  # replacement rows per line index
    for at, (kind, close, outer) in divs.items():
        if kind.startswith("-") or at in planned:
            continue
        if kind in _PLAN_DIVS:
            planned.update(range(at, close + 1))
            continue
        rows_at.setdefault(close, [""])
        if kind in _POINT_DIVS:
            rows_at[at] = ["", "## Key points", ""]
            continue
        if kind not in _ANSWER_DIVS:
            if _heads_inside(lines, at, close):
                # "## Nucleotide abbreviations" in a callout titles the callout only:
                # after it, the lesson's own section goes on.
                rows_at[at] = ["", _DIV_OPEN, ""]
                rows_at[close] = ["", _DIV_CLOSE, ""]
            rows_at.setdefault(at, [""])
            continue
        parent = divs[outer] if outer is not None else None
        heading = None
        if (
            parent is not None
            and parent[0] not in _ANSWER_DIVS
            and not parent[0].startswith("-")
            and outer is not None
        ):
            heading = next(
                (n for n in range(outer + 1, at) if lines[n].strip() and n not in divs),
                None,
            )
            if heading is not None and not _ATX_HEADING.match(lines[heading]):
                heading = None
        if heading is not None and outer is not None and parent is not None:
            # The exercise asks its heading; what stands between it and the solution
            # is shown with the question; the solution answers it.
            title = _ATX_HEADING.match(lines[heading])
            assert title is not None
            words = " ".join(_html_text(title.group(1)).split())
            rows_at[outer] = ["", "<details>", f"<summary>{html.escape(words)}</summary>", ""]
            rows_at[heading] = [""]
            rows_at[at] = ["", _SUMMARY_END, ""]
            rows_at[parent[1]] = ["", "</details>", ""]
        else:
            rows_at[at] = ["", "<details>", "<summary>Solution</summary>", ""]
            rows_at[close] = ["", "</details>", ""]
    out: list[str] = []
    numbers: list[int] = []
    solutions = [(at, c) for at, (k, c, _) in divs.items() if k in _ANSWER_DIVS]
    for at, line in enumerate(lines):
        if at in planned:
            continue
        rows = rows_at.get(at)
        if rows is None and any(a < at < c for a, c in solutions) and _ANSWER_HEADING.match(line):
            rows = []  # "## Solution": the solution's label
        if rows is None:
            rows = [line]
        out.extend(rows)
        numbers.extend([at + 1] * len(rows))
    return "\n".join(out), numbers


# A MyST directive (Jupyter Book, Sphinx myst-parser): a backtick or colon fence whose
# info string is ``{name}``, then the directive's argument ("{exercise} Title").
_MYST_OPEN = re.compile(
    r"^(?P<indent> {0,3})(?P<fence>`{3,}|:{3,})\{(?P<name>[\w:.-]+)\}[ \t]*(?P<args>[^`]*?)\s*$"
)
# ":class: dropdown" / ":label: ex-1": an option line at the top of a directive's body.
_MYST_OPTION = re.compile(r"^\s*:[\w.-]+:(?:\s.*)?$")
# Directives that set a task or answer it: the Carpentries lesson divs of the same name.
_MYST_DIVS = {
    "exercise": "exercise",
    "challenge": "challenge",
    "discussion": "discussion",
    "solution": "solution",
    "answer": "answer",
    "hint": "hint",
    "questions": "questions",
    "objectives": "objectives",
    "prerequisites": "prerequisites",
}
# Directives that are an aside to the text (an alert): an mkdocs admonition of that kind.
_MYST_ALERTS = frozenset(
    {
        "note",
        "tip",
        "important",
        "warning",
        "caution",
        "attention",
        "danger",
        "error",
        "callout",
        "admonition",
    }
)
# Directives that hold code in the language their argument names.
_MYST_CODE = frozenset({"code-block", "code", "code-cell", "sourcecode"})
# Directives that are the book's furniture (navigation, pictures): nothing to learn.
# (An instructor's note, "15 min teaching", is the course's timetable.)
_MYST_NONE = frozenset(
    {"toctree", "figure", "image", "tableofcontents", "contents", "raw", "instructor-note"}
)


def _myst_close(lines: list[str], start: int, fence: str) -> int:
    """The index of the line closing the directive fence opened at ``start`` (a line of
    its own fence character, at least as long; for a colon fence, outside the code in
    its body), or ``len(lines)`` when it never closes."""
    code = ""
    for at in range(start + 1, len(lines)):
        line = lines[at]
        stripped = line.strip()
        closes = (
            len(line) - len(line.lstrip(" ")) <= 3
            and len(stripped) >= len(fence)
            and set(stripped) == {fence[0]}
        )
        if fence[0] == ":":
            was, code = code, code_fence(code, line)
            if was or code:
                continue
        if closes:
            return at
    return len(lines)


def _myst_body(lines: list[str], start: int, end: int) -> int:
    """The first line of the body of the directive at ``start`` … ``end``, after its
    ``:option:`` lines (or its ``---`` block of options)."""
    at = start + 1
    if at < end and lines[at].strip() == "---":
        close = next((n for n in range(at + 1, end) if lines[n].strip() == "---"), None)
        if close is not None:
            return close + 1
    while at < end and _MYST_OPTION.match(lines[at]):
        at += 1
    return at


# A task longer than this (its text before its solution, in characters) is a project of
# many steps and pages of code: not something to recall from a card.
_MYST_TASK_CHARS = 1500


def _myst_task_chars(body: list[str]) -> int:
    """The characters of an exercise's task: its body's lines before its first
    ``{solution}`` directive, without their indent."""
    chars = 0
    for line in body:
        opened = _MYST_OPEN.match(line)
        if opened and opened.group("name").lower() in _ANSWER_DIVS:
            break
        chars += len(line.strip())
    return chars


def _myst_solution_after(lines: list[str], end: int) -> int | None:
    """The closing line index of a ``{solution}`` directive that opens right after line
    ``end`` (blank lines between), else None."""
    at = next((n for n in range(end + 1, len(lines)) if lines[n].strip()), len(lines))
    opened = _MYST_OPEN.match(lines[at]) if at < len(lines) else None
    if opened is None or opened.group("name").lower() not in _ANSWER_DIVS:
        return None
    return min(_myst_close(lines, at, opened.group("fence")), len(lines) - 1)


def _myst_rows(lines: list[str], numbers: list[int]) -> tuple[list[str], list[int]]:
    """The rows of ``lines`` (file line ``numbers``) with their MyST directives rewritten
    (see :func:`_open_myst_directives`)."""
    out: list[str] = []
    at_lines: list[int] = []
    code = ""
    at = 0
    while at < len(lines):
        line = lines[at]
        opened = None if code else _MYST_OPEN.match(line)
        name = opened.group("name").lower() if opened else ""
        known = name in _MYST_DIVS or name in _MYST_ALERTS or name in _MYST_CODE
        if opened is None or not (known or name in _MYST_NONE):
            code = code_fence(code, line)
            out.append(line)
            at_lines.append(numbers[at])
            at += 1
            continue
        end = _myst_close(lines, at, opened.group("fence"))
        first = _myst_body(lines, at, end)
        own = numbers[at]
        last = numbers[end] if end < len(lines) else numbers[-1]
        args = opened.group("args")
        if name in _MYST_NONE:
            if name in {"figure", "image"} and args:
                # A picture: the Markdown image it is, so the text around it stays apart.
                out.extend(["", f"![]({args.split()[0]})", ""])
                at_lines.extend([own] * 3)
            at = end + 1
            continue
        if name in _MYST_CODE:
            body = lines[first:end]
            ticks = "`" * max([3, *(len(b) - len(b.lstrip("`")) + 1 for b in body)])
            rows = [f"{ticks}{args.split()[0] if args else ''}", *body, ticks]
            out.extend(rows)
            at_lines.extend([own, *numbers[first:end], last])
            at = end + 1
            continue
        body, body_numbers = _myst_rows(lines[first:end], numbers[first:end])
        follows = _myst_solution_after(lines, end) if name in _EXERCISE_DIVS else None
        if follows is not None:
            # sphinx-exercise's ``{solution} label`` right after its exercise: inside it.
            solution, solution_numbers = _myst_rows(
                lines[end + 1 : follows + 1], numbers[end + 1 : follows + 1]
            )
            body, body_numbers = body + solution, body_numbers + solution_numbers
            last = numbers[follows] if follows < len(lines) else numbers[-1]
            end = follows
        if name in _EXERCISE_DIVS and _myst_task_chars(lines[first:end]) > _MYST_TASK_CHARS:
            at = end + 1  # a project of many steps and pages of code: no flashcard
            continue
        if name in _MYST_DIVS:
            # A lesson div: its title a heading, so that the exercise asks it.
            rows = ["", f"::::: {_MYST_DIVS[name]}", ""]
            title = args if name in _EXERCISE_DIVS else ""
            heads = [f"## {title}", ""] if title else []
            out.extend([*rows, *heads, *body, "", ":::::", ""])
            at_lines.extend([own] * (len(rows) + len(heads)) + body_numbers + [last] * 3)
        elif name != "admonition" or args.endswith("?"):
            # An alert: an mkdocs admonition, its body indented under it. A note's
            # argument is its first line of text; an admonition's is its title, and
            # one that asks ("Why …?") is a question its body answers.
            if name != "admonition" and args:
                body, body_numbers = [args, *body], [own, *body_numbers]
            kind = "note" if name in {"admonition", "callout"} else name
            title = args.replace('"', "'") if name == "admonition" else ""
            head = f'!!! {kind} "{title}"' if title else f"!!! {kind}"
            indented = [f"    {b}" if b.strip() else "" for b in body]
            out.extend(["", head, *indented, ""])
            at_lines.extend([own, own, *body_numbers, last])
        # (An admonition titled with a statement, "It is possible to …", is an aside
        # its title does not ask about: no card, as before.)
        at = end + 1
    return out, at_lines


def _open_myst_directives(text: str) -> tuple[str, list[int] | None]:
    """Rewrite MyST directive fences (```` ```{exercise} Title ````, ``:::{note}`` …) as
    the shapes the parser reads: an exercise, challenge or discussion with a nested
    ``{solution}`` the Carpentries ``::: exercise`` div it is (its title the heading the
    task asks; one without a solution makes no card; sphinx-exercise's ``{solution}``
    right after its exercise answers it), a note / tip / warning / important the mkdocs
    admonition of that kind (an ``{admonition} Why …?`` a question its body answers),
    ``{code-block} lang`` a code fence in that language, the lesson's plan (objectives,
    questions), an instructor's note, a toctree or figure nothing; ``:option:`` lines are
    dropped. Other directives stay as they are. Returns the new text and, per new line,
    the file's line number (None when nothing changed)."""
    if "{" not in text or ("```{" not in text and ":::{" not in text):
        return text, None
    lines = text.split("\n")
    out, numbers = _myst_rows(lines, list(range(1, len(lines) + 1)))
    if out == lines:
        return text, None
    return "\n".join(out), numbers


# A Material code annotation marker ending a code line: a comment holding only "(3)!"
# ("# (3)!", "// (3)!", "<!-- (3)! -->"), the "!" asking the page to hide the comment.
# A comment "# (3)" without the "!" is the author's text and stays.
_CODE_ANNOTATION = re.compile(
    r"[ \t]*(?:#|//|--|;|%|<!--|/\*)[ \t]*\((?P<number>\d{1,3})\)![ \t]*(?:-->|\*/)?[ \t]*$"
)
_SHOWN_ANNOTATION = re.compile(r"(?<=\s)\((\d{1,3})\)(?=[\s\"'*/-]|$)")
_ANNOTATION_ITEM = re.compile(r"^(?P<indent>[ \t]*)(?P<number>\d{1,3})[.)][ \t]+\S")


# Material's card grid (``<div class="grid cards" markdown>``): a list whose every item
# is a card, its first line the card's title ("-   :material-rocket: **Step 2: Apply
# It**"), a rule under it, its body the card.
_GRID_OPEN = re.compile(
    r"^[ \t]*<div\b[^>]*\bclass=\"(?:[^\"]*\s)?grid(?:\s[^\"]*)?\"[^>]*>[ \t]*$"
)
_GRID_ITEM = re.compile(
    r"^(?P<marker>[*+-][ \t]+)(?::[\w-]+:[ \t]*)*(?:\*\*|__)(?P<title>[^*_\n]+?)(?:\*\*|__)"
    r"[ \t]*$"
)
_CARD_RULE = re.compile(r"^[ \t]*(?:-{3,}|\*{3,}|_{3,})[ \t]*$")


def _open_grid_cards(text: str) -> str:
    """``text`` with each Material grid of titled cards read as the sections it lays
    out: each card's title a heading one level under the one above the grid, its body
    moved back to the margin, the rule under the title and the grid's ``<div>`` lines
    left blank. A card is a list item in the page's source; read as one, every card's
    boxes, code and steps ran together into one item. A grid whose items are not all
    titled cards (a grid of links) stays as it is. Lines keep their numbers."""
    lines = text.split("\n")
    fence = ""
    level = 1
    at = 0
    while at < len(lines):
        line = lines[at]
        was, fence = fence, code_fence(fence, line)
        heading = None if was or fence else _ATX_LEVEL.match(line)
        if heading:
            level = len(heading.group(1))
        if was or fence or not _GRID_OPEN.match(line):
            at += 1
            continue
        # Its own closing tag at the margin; a card's own <div> is indented in the card.
        close = next((n for n in range(at + 1, len(lines)) if lines[n].rstrip() == "</div>"), None)
        if close is None:
            break
        rows = lines[at + 1 : close]
        opened = _grid_rows(rows, min(level + 1, 6))
        if opened is not None:
            lines[at] = ""
            lines[at + 1 : close] = opened
            lines[close] = ""
        at = close + 1
    return "\n".join(lines)


def _grid_rows(rows: list[str], level: int) -> list[str] | None:
    """The rows of a grid of cards rewritten as headed sections (see ``_open_grid_cards``);
    None when a line at the margin is no titled card."""
    out: list[str] = []
    depth = 0
    for row in rows:
        if not row.strip():
            out.append("")
            continue
        lead = _width(row[: len(row) - len(row.lstrip())])
        if lead == 0:
            item = _GRID_ITEM.match(row)
            if item is None:
                return None
            depth = _width(item.group("marker"))
            out.append(f"{'#' * level} {item.group('title').strip()}")
            continue
        if depth == 0 or lead < depth:
            return None
        moved = row.expandtabs(4)[depth:]
        # The rule under a card's title only draws the card.
        titled = next((o for o in reversed(out) if o.strip()), "").startswith("#")
        out.append("" if titled and _CARD_RULE.match(moved) else moved)
    return out if depth else None


def _without_code_annotations(text: str) -> str:
    """``text`` with Material's code annotations taken out of its code: the markers
    ("# (1)!") off their lines (a line of the marker alone left blank) and the numbered
    list right after the block that holds the notes they point to blanked, when its
    items are numbered as the markers are (a marker shown in place, "# (1)", counts; a
    block without a list after it keeps its "(1)"). The notes explain lines of code a
    card cannot show beside them; a list of them alone asks nothing. Lines keep their
    numbers."""
    lines = text.split("\n")
    fence = ""
    marked: set[str] = set()
    at = 0
    while at < len(lines):
        line = lines[at]
        was, fence = fence, code_fence(fence, line.lstrip())
        at += 1
        if was and fence:
            found = _CODE_ANNOTATION.search(line)
            if found:
                marked.add(found.group("number"))
                kept = line[: found.start()]
                lines[at - 1] = kept if kept.strip() else ""
            else:
                # A marker the page shows in place ("# (1)", '"value (1)"'): the code's
                # own text, its note list still the notes.
                marked.update(_SHOWN_ANNOTATION.findall(line))
            continue
        if not was or fence or not marked:
            continue
        numbers, marked = marked, set()
        column = _width(line[: len(line) - len(line.lstrip())])
        end = at
        while end < len(lines) and not lines[end].strip():
            end += 1
        items: list[str] = []
        last = end
        while last < len(lines):
            row = lines[last]
            item = _ANNOTATION_ITEM.match(row)
            depth = _width(row[: len(row) - len(row.lstrip())])
            if item and depth == column:
                items.append(item.group("number"))
            elif row.strip() and depth <= column:
                break
            last += 1
        if items and items[0] == "1" and len(items) == len(numbers) and set(items) == numbers:
            while last > end and not lines[last - 1].strip():
                last -= 1
            lines[end:last] = [""] * (last - end)
            at = last
    return "\n".join(lines)


def _open_admonitions(text: str) -> tuple[str, list[int] | None]:
    """Rewrite every mkdocs admonition (and content tab) as Markdown the parser reads: its body
    de-indented, its title a label before it. A body of prose alone (a note, a
    warning) becomes a ``:::kind[Title]`` callout; a body holding code or a table stays
    in the flow as ordinary blocks (a manifest in an ``!!! example`` is a manifest), the
    title a bold label above it; a title that asks a question (``??? question "Why …?"``)
    with its body becomes a ``<details>`` question and answer. Returns the new text and,
    per new line, the file's line number (None when nothing changed)."""
    if "!!!" not in text and "???" not in text and '=== "' not in text:
        return text, None
    lines = text.split("\n")
    out: list[str] = []
    numbers: list[int] = []
    fence = ""
    at = 0
    changed = False
    while at < len(lines):
        line = lines[at]
        fence = code_fence(fence, line)
        marker = None if fence else _MKDOCS_ADMONITION.match(line) or _MKDOCS_TAB.match(line)
        if marker is None:
            out.append(line)
            numbers.append(at + 1)
            at += 1
            continue
        changed = True
        bare = "bare" in marker.groupdict() and marker.group("bare") is not None
        indent = marker.group("bare" if bare else "indent")
        depth = _width(indent) + 4
        body: list[tuple[int, str]] = []
        end = at + 1
        while end < len(lines):
            candidate = lines[end]
            if (
                candidate.strip()
                and _width(candidate[: len(candidate) - len(candidate.lstrip())]) < depth
            ):
                break
            body.append((end + 1, candidate))
            end += 1
        while body and not body[-1][1].strip():
            body.pop()
        kept = [(n, _dedent(b, depth, indent)) for n, b in body]
        if bare:
            kind, title = "note", marker.group("only").strip()
        else:
            kind = marker.group("kind").lower() if "kind" in marker.groupdict() else "tab"
            title = (marker.group("title") or "").strip()
        kept, answer, answered = _answer_boxes_kept(kept, _width(indent))
        raw = kept
        # A box inside the box ("!!! question" holding its "??? Answer") is read the same
        # way; its lines keep their numbers in the file.
        kept = _opened_rows(kept)
        answer = _opened_rows(answer) if answer is not None else None
        blocks = answered or any(_BLOCK_START.match(b[len(indent) :]) for _, b in kept if b.strip())
        own = at + 1
        answer_box = (
            line.lstrip().startswith("???") and _ANSWER_BOX.match(title or kind) is not None
        )
        if _offer_box(title, kept, blocks):
            # "!!! tip "Want the full breakdown?"" over a link on: the box asks the
            # reader whether to read on, and its body only says where.
            out.extend("" for _ in range(end - at))
            numbers.extend(range(at + 1, end + 1))
            at = end
            continue
        if answer_box:
            label = title or kind.capitalize()
            rows = [f"{indent}<details>", f"{indent}<summary>{html.escape(label)}</summary>", ""]
            rows_at = [own, own, own]
            closing = ["", f"{indent}</details>"]
        elif title.endswith("?"):
            rows = [f"{indent}<details>", f"{indent}<summary>{title}</summary>", ""]
            rows_at = [own, own, own]
            closing = ["", f"{indent}</details>"]
            # Its answer box holds the answer (a hint beside it is left out).
            kept = [*kept, *(answer or [])]
        elif answer is not None and (asked := _lone_question(title, kept)):
            # "!!! note "Question"" over one paragraph asking and its answer box: the
            # paragraph is the question, the box its answer (the label says nothing).
            rows = [f"{indent}<details>", f"{indent}<summary>{html.escape(asked)}</summary>", ""]
            rows_at = [own, own, own]
            kept = answer
            closing = ["", f"{indent}</details>"]
        elif answer is not None:
            # A box setting a task ("!!! question", "??? example "2.1 Compare files"")
            # over the box folding its answer: an exercise, as a lesson's challenge div
            # is; its title asks (a bare "Question" label gives way to the task), its
            # body is shown with it, the answer box answers.
            label = title or kind.capitalize()
            rows = [f"{indent}<details>", f"{indent}<summary>{html.escape(label)}</summary>", ""]
            rows_at = [own, own, own]
            last = kept[-1][0] if kept else own
            kept = [*kept, (last, ""), (last, _SUMMARY_END), (last, ""), *answer]
            closing = ["", f"{indent}</details>"]
        elif asked := _cause_fix_question(line, kind, title, raw, _width(indent), text):
            # "??? question "Pods stuck in X"" over labelled "**Common causes:**" and
            # "**Fix:**": the author's troubleshooting question, its body the answer; a
            # box folded inside it (an aside on one cause) is read after it on its own.
            spans = _box_spans(raw, _width(indent))
            inner = {n for first, stop, _ in spans for n in range(first, stop)}
            rows = [f"{indent}<details>", f"{indent}<summary>{html.escape(asked)}</summary>", ""]
            rows_at = [own, own, own]
            kept = _opened_rows([r for at, r in enumerate(raw) if at not in inner])
            while kept and not kept[-1][1].strip():
                kept.pop()
            aside = _opened_rows([r for at, r in enumerate(raw) if at in inner])
            last = kept[-1][0] if kept else own
            closing = ["", f"{indent}</details>"]
            if aside:
                closing_at = [last] * len(closing)
                closing = [*closing, "", *(b for _, b in aside)]
                aside_at = [last, *(n for n, _ in aside)]
                out.extend(["", *rows])
                numbers.extend([own, *rows_at])
                out.extend(b for _, b in kept)
                numbers.extend(n for n, _ in kept)
                out.extend([*closing, ""])
                numbers.extend([*closing_at, *aside_at, aside[-1][0]])
                at = end
                continue
        elif asked := _problem_box_question(line, kind, title, text):
            # "??? bug "Pods crash with `too many open files` error"" over its fix: a
            # troubleshooting entry, folded as a FAQ's answer is; the symptom the body
            # opens by showing again ("… an error message like this:" and the message)
            # is what the question already names.
            rows = [f"{indent}<details>", f"{indent}<summary>{html.escape(asked)}</summary>", ""]
            rows_at = [own, own, own]
            kept = _without_shown_symptom(kept)
            closing = ["", f"{indent}</details>"]
        elif kind in _FLOW_KINDS or blocks:
            rows, rows_at = ([f"{indent}**{title}**", ""], [own, own]) if title else ([], [])
            closing = []
        else:
            rows = [f"{indent}:::{kind}[{title}]" if title else f"{indent}:::{kind}"]
            rows_at = [own]
            closing = ["", f"{indent}:::"]
        out.extend(["", *rows])
        numbers.extend([own, *rows_at])
        for n, b in kept:
            out.append(b)
            numbers.append(n)
        last = kept[-1][0] if kept else own
        out.extend([*closing, ""])
        numbers.extend([last] * (len(closing) + 1))
        at = end
    return ("\n".join(out), numbers) if changed else (text, None)


# A box title offering the reader more ("Want the full breakdown?", "Need more
# detail?", "Curious about the complete flow?"): a question to the reader. "Want faster
# builds?" offers the subject itself and stays.
_READER_OFFER = re.compile(
    r"^\W*(?:want|need|looking for|curious|interested)\b[^?]*?\b(?:more|full|complete|"
    r"deeper|deep[- ]dive|details?|breakdown|in-depth|the rest|further|whole)\b[^?]*\?$",
    re.IGNORECASE,
)


def _offer_box(title: str, rows: list[tuple[int, str]], blocks: bool) -> bool:
    """Whether a box asks the reader whether to read on (see ``_READER_OFFER``) and its
    body, prose alone, links where to: navigation, no question of the subject."""
    if blocks or not _READER_OFFER.match(title):
        return False
    body = "\n".join(b for _, b in rows)
    return "](" in body and not any(_ITEM_MARKER.match(b.strip()) for _, b in rows)


# The kinds of box that hold a problem met (Material's "bug", "failure", a FAQ's
# "question"): titled with the problem, their body is its answer.
_PROBLEM_KINDS = frozenset(
    {"bug", "failure", "fail", "error", "missing", "question", "faq", "help"}
)
# Markdown emphasis around a title's words ("*Psychopy* crashes …"): a fold's summary is
# HTML, where markdown-it never reads it.
_TITLE_EMPHASIS = re.compile(r"(`+)[^`].*?\1|(\*{1,2}|_{1,2})(?=\S)(.+?)(?<=\S)\2", re.DOTALL)


# A bold label opening a paragraph of a troubleshooting answer ("**Common causes:**",
# "**Fix:**"): the part of the answer it names.
_ANSWER_PART_LABEL = re.compile(r"^\*\*(?P<label>[^*\n]{1,40}?)\s*:?\s*\*\*\s*:?(?:\s|$)")
_CAUSE_LABEL = re.compile(
    r"^(?:(?:common|possible|likely|typical|root)\s+)?(?:causes?|reasons?)$|^why\b", re.IGNORECASE
)
_FIX_LABEL = re.compile(
    r"^(?:(?:the|quick|possible)\s+)?(?:fix(?:es)?|solutions?|resolution|workaround|remedy)$"
    r"|^how\s+to\s+fix\b",
    re.IGNORECASE,
)


def _cause_fix_question(
    marker: str, kind: str, title: str, rows: list[tuple[int, str]], column: int, text: str
) -> str:
    """The question a collapsible box asks when its title states what the reader meets
    ("Pods stuck in 'ImagePullBackOff'") and its body lays the answer out under labels
    naming its causes ("**Common causes:**") and its fix ("**Fix:**"): "Pods stuck in
    'ImagePullBackOff': what causes it and how do you fix it?" (the half its labels name
    when only one is there). A problem titled so the "What to do when …?" question reads
    it (``_problem_box_question``) keeps that question unless its causes are laid out
    too. "" for any other box (a "Details" aside, a title that asks already)."""
    if not title or title.endswith("?") or len(title) > 200 or kind in _FLOW_KINDS:
        return ""
    if not marker.lstrip().startswith("???") or _ANSWER_BOX.match(title):
        return ""
    labels = [
        found.group("label").strip()
        for _, row in rows
        if _width(row[: len(row) - len(row.lstrip())]) == column
        and (found := _ANSWER_PART_LABEL.match(row.lstrip()))
    ]
    causes = any(_CAUSE_LABEL.match(label) for label in labels)
    fixes = any(_FIX_LABEL.match(label) for label in labels)
    if not causes and not fixes:
        return ""
    if not causes and _problem_box_question(marker, kind, title, text):
        return ""
    plain = _TITLE_EMPHASIS.sub(lambda m: m.group(0) if m.group(1) else m.group(3), title)
    subject = " ".join(plain.split()).rstrip("!.: ")
    if causes and fixes:
        return f"{subject}: what causes it and how do you fix it?"
    return f"{subject}: what causes it?" if causes else f"{subject}: how do you fix it?"


def _problem_box_question(marker: str, kind: str, title: str, text: str) -> str:
    """The question a box asks when its title states a problem met ("Pods crash with
    `X` error", "Q1: The mode is not displayed") and the box folds its answer away (a
    collapsible ``???`` box) or is of a problem's kind (``!!! bug``): "What to do when
    pods crash with `X` error?". "" for any other box (a title that asks already, a
    label such as "Multiple screens", a note of a flow kind)."""
    if not title or title.endswith("?") or len(title) > 200 or kind in _FLOW_KINDS:
        return ""
    if not (marker.lstrip().startswith("???") or kind in _PROBLEM_KINDS):
        return ""
    plain = _TITLE_EMPHASIS.sub(lambda m: m.group(0) if m.group(1) else m.group(3), title)
    numbered = _Q_NUMBER.match(plain)
    problem = plain[numbered.end() :].strip() if numbered else plain.strip()
    if not problem or not _problem_heading(problem):
        return ""
    word = problem.split(" ", 1)[0]
    # A capitalized first word the text writes so mid-sentence too is a name ("Istio").
    named = bool(re.search(rf"[a-z,]\s+\*{{0,2}}{re.escape(word)}\b", text))
    return fix_question(problem, named)


# A lead-in showing what the reader sees ("… see an error message like this:"), not
# telling what to do.
_SHOWS_SYMPTOM = re.compile(r"\b(?:errors?|messages?|output|logs?|like this)\b", re.IGNORECASE)


def _without_shown_symptom(rows: list[tuple[int, str]]) -> list[tuple[int, str]]:
    """A problem box's body without its opening lead-in and the message it shows (a
    fence or a quote) when more follows: the symptom again, not its fix."""
    at = 0
    while at < len(rows) and not rows[at][1].strip():
        at += 1
    start = at
    while at < len(rows) and rows[at][1].strip():
        at += 1
    lead = " ".join(b.strip() for _, b in rows[start:at])
    if not lead.endswith(":") or not _SHOWS_SYMPTOM.search(lead) or _fix_sentence(lead):
        return rows
    while at < len(rows) and not rows[at][1].strip():
        at += 1
    if at == len(rows):
        return rows
    shown = rows[at][1].strip()
    if shown.startswith(("```", "~~~")):
        fence = ""
        while at < len(rows):
            fence = code_fence(fence, rows[at][1].lstrip())
            at += 1
            if not fence:
                break
    elif shown.startswith(">"):
        while at < len(rows) and rows[at][1].strip():
            at += 1
    else:
        return rows
    rest = rows[at:]
    return rest if any(b.strip() for _, b in rest) else rows


def _box_spans(lines: list[tuple[int, str]], column: int) -> list[tuple[int, int, str]]:
    """The boxes opening at ``column`` among ``lines``: (first, end, title or kind) of
    each, ``end`` past its last body line (the lines deeper than its marker)."""
    spans: list[tuple[int, int, str]] = []
    fence = ""
    at = 0
    while at < len(lines):
        line = lines[at][1]
        fence = code_fence(fence, line)
        marker = None if fence else _MKDOCS_ADMONITION.match(line)
        lead = len(line.expandtabs(4)) - len(line.expandtabs(4).lstrip())
        if marker is None or lead != column:
            at += 1
            continue
        end = at + 1
        while end < len(lines):
            row = lines[end][1].expandtabs(4)
            if row.strip() and len(row) - len(row.lstrip()) <= column:
                break
            end += 1
        named = marker.group("only") or marker.group("title") or marker.group("kind") or ""
        spans.append((at, end, named.strip() if line.lstrip().startswith("???") else ""))
        at = end
    return spans


def _answer_boxes_kept(
    lines: list[tuple[int, str]], column: int
) -> tuple[list[tuple[int, str]], list[tuple[int, str]] | None, bool]:
    """A box's body lines when it holds a box folding its answer away (``??? answer``):
    the other folded boxes beside it (a "Hint", help toward the answer) left out and,
    when there is one answer box, that box taken out apart, its own lines moved back to
    the body's margin. Returns the body's other lines, the answer's lines (None unless
    there is one answer box) and whether any answer box is there."""
    spans = _box_spans(lines, column)
    answers = [span for span in spans if span[2] and _ANSWER_BOX.match(span[2])]
    if not answers:
        return lines, None, False
    dropped: set[int] = set()
    for first, end, named in spans:
        if named and not _ANSWER_BOX.match(named):
            dropped.update(range(first, end))
    if len(answers) != 1:
        return [row for at, row in enumerate(lines) if at not in dropped], None, True
    first, end, _ = answers[0]
    dropped.update(range(first, end))
    margin = " " * column
    answer = [(n, _dedent(b, column + 4, margin)) for n, b in lines[first + 1 : end]]
    while answer and not answer[-1][1].strip():
        answer.pop()
    return [row for at, row in enumerate(lines) if at not in dropped], answer, True


# A list item's marker opening a line ("- ", "* ", "2. ").
_ITEM_MARKER = re.compile(r"^(?:[*+-]|\d{1,9}[.)])(?:\s|$)")


def _lone_question(title: str, rows: list[tuple[int, str]]) -> str:
    """The question a box asks when its title only labels it and its body is one
    paragraph of prose ending in "?" (its lines joined); "" otherwise."""
    if not _KIND_TITLE.match(title):
        return ""
    lines = [b.strip() for _, b in rows if b.strip()]
    paragraph = "\n".join(b for _, b in rows).strip()
    if not lines or "\n\n" in paragraph or not lines[-1].endswith("?"):
        return ""
    if any(_BLOCK_START.match(b) or _ITEM_MARKER.match(b) or b.startswith("<") for b in lines):
        return ""
    return " ".join(lines)


def _opened_rows(rows: list[tuple[int, str]]) -> list[tuple[int, str]]:
    """``rows`` (file line, text) with the boxes inside them opened the same way."""
    inner, inner_at = _open_admonitions("\n".join(b for _, b in rows))
    if inner_at is None:
        return rows
    return [(rows[n - 1][0], b) for n, b in zip(inner_at, inner.split("\n"), strict=True)]


def _dedent(line: str, depth: int, indent: str) -> str:
    """``line`` of an admonition body at ``depth`` columns, moved back to ``indent``."""
    expanded = line.expandtabs(4)
    cut = min(depth, len(expanded) - len(expanded.lstrip()))
    return indent + expanded[cut:]


# A Markdown backslash escape ("group\_concat", "\*"): outside code the character
# itself. A fold's summary is HTML, which markdown-it's inline parse never reads: the
# author's ``<summary>`` and a lesson heading made one keep the backslash otherwise.
_BACKSLASH_ESCAPE = re.compile(r"(`+)[^`].*?\1|\\([!-/:-@\[-`{-~])", re.DOTALL)


def _unescaped(text: str) -> str:
    """``text`` with its Markdown backslash escapes read as the characters, outside code."""
    return _BACKSLASH_ESCAPE.sub(lambda m: m.group(0) if m.group(2) is None else m.group(2), text)


def _html_text(fragment: str) -> str:
    """The text of an HTML fragment: ``<code>`` as backticks, other tags dropped."""
    text = _CODE_TAG.sub(lambda m: f"`{html.unescape(m.group(1))}`", fragment)
    text = html.unescape(_TAG.sub(lambda m: "" if is_html_tag(m.group(0)) else m.group(0), text))
    return "\n".join(line.strip() for line in text.split("\n") if line.strip())


# "Answer:" alone above the answer (its code): a label, no part of the answer (the
# rules read it too, above the code of a "Question:" / "Answer:" pair). Authors name
# the label in other words too ("Ans:", "Explanation:", "Solution:", "Reference:").
_ANSWER_WORD = label_words(ANSWER_NAMES, ANSWER_KINDS, _ANSWER_CODE_LABELS) + f"(?:{LABEL_ASIDE})?"
ANSWER_LABEL = re.compile(rf"^\W*{_ANSWER_WORD}\W*$", re.IGNORECASE)
_ANSWER_PREFIX = re.compile(
    rf"^\W*{_ANSWER_WORD}\s*\**\s*[:\-\u2013\u2014]\s*\**\s*(?=\S)", re.IGNORECASE
)


def _code_before_its_answer(inner: list[Located]) -> tuple[tuple[Block, ...], list[Located]]:
    """The code opening a ``<details>`` body right before an "Answer:" label (alone or
    opening its paragraph): the code the question asks about ("What does this
    print?"), shown with it; the rest answers. ``()`` and ``inner`` as they are when
    the body is not so shaped."""
    at = 0
    while at < len(inner) and isinstance(inner[at].block, Code):
        at += 1
    after = inner[at].block if at < len(inner) else None
    if not at or not isinstance(after, Paragraph):
        return (), inner
    text = after.text.strip()
    if not (ANSWER_LABEL.match(text) or _ANSWER_PREFIX.match(text)):
        return (), inner
    return tuple(i.block for i in inner[:at]), inner[at:]


_ANSWER_FOLD_WORDS = re.compile(r"\b(?:answers?|solutions?|ans|answear|anwser)\b", re.IGNORECASE)
_SHORT_FOLD = 2  # "Show", "Click here": a fold this short only hides what is asked above


def _answer_fold(summary: str) -> bool:
    """Whether ``summary`` only folds an answer away ("Answer", "Show solution", "Show")."""
    summary = " ".join(summary.split())
    return bool(_GENERIC_SUMMARY.match(summary)) and (
        bool(_ANSWER_FOLD_WORDS.search(summary)) or len(summary.split()) <= _SHORT_FOLD
    )


def _unfolded(inner: list[Located]) -> list[Located]:
    """A fold's blocks with each fold nested in it opened in place: its summary as the
    line that titles what follows ("Why it matters:"; a generic "Show" says nothing),
    then its blocks. The author wrote the nested fold as part of the answer; a card
    showing the outer answer without it would drop that part silently."""
    opened: list[Located] = []
    for item in inner:
        block = item.block
        summary = " ".join(block.text.split()) if isinstance(block, Question) else ""
        if (
            not isinstance(block, Question)
            or block.kind != "details"
            or question_text(summary)
            or _KIND_TITLE.match(summary)
        ):
            # (A nested fold asking a question of its own, or numbering one, stays it.)
            opened.append(item)
            continue
        if summary and not _GENERIC_SUMMARY.match(summary):
            title = summary if summary.endswith(("?", ":", ".")) else f"{summary}:"
            opened.append(replace(item, block=Paragraph(text=title, line=block.line)))
        nested = list(block.inner) or [
            Located(block=b, headings=item.headings) for b in block.answer
        ]
        opened.extend(_unfolded(nested))
    return opened


def _details_question(
    summary: str,
    line: int,
    inner: list[Located],
    shown: tuple[Block, ...] = (),
    asked: bool = False,
) -> Question:
    # Only under a summary that asks the question itself: a hidden "Answer: D" of a
    # multiple choice asked above the <details> is read by group_questions. Only a
    # label opening the answer or following its lead-in ("The output is:"): an
    # "Explanation:" after the answer's code titles the part that explains it.
    # A summary that asks without a "?" ("X. Explain all of Y", "Describe Z") counts:
    # only a short label ("Solution", "Show answer") folds an answer asked elsewhere.
    labelled = asked or bool(
        question_text(summary)
        or (summary.strip() and not _is_label(summary) and not _GENERIC_SUMMARY.match(summary))
    )
    if question_text(summary) or _answer_fold(summary):
        # Only an answer's fold: one that groups questions ("Questions", "Question 1")
        # holds their own folds, each a question or its answer, and one offering more
        # of the page ("Click to view the variables for …") holds its sections.
        inner = _unfolded(inner)
    if labelled and not shown:
        shown, inner = _code_before_its_answer(inner)
    kept: list[Located] = []
    opening = True  # nothing but a lead-in (or no words at all) kept so far
    for i in inner:
        block = i.block
        text = block.text.strip() if isinstance(block, Paragraph) else None
        if labelled and opening and text and ANSWER_LABEL.match(text):
            continue
        kept.append(i)
        if text is None:
            opening = False  # code, a list, a table: the answer has begun
        elif text:
            opening = text.endswith(":")
    # The first block with words ("<br><b>" before the answer leaves an empty one).
    at = next(
        (n for n, i in enumerate(kept) if not isinstance(i.block, Paragraph) or i.block.text),
        None,
    )
    first = kept[at].block if at is not None else None
    if labelled and isinstance(first, Paragraph) and _ANSWER_PREFIX.match(first.text):
        # "Answer: 1 0" / "Explanation - foo": the label goes, the answer stays.
        assert at is not None
        text = _ANSWER_PREFIX.sub("", first.text)
        label = "" if ANSWER_LABEL.match(first.label) else first.label
        kept[at] = replace(kept[at], block=replace(first, text=text, label=label))
    return Question(
        # The author's number stays here: it keeps the note's id (the front loses it
        # in the rules, where the folded questions are seen together).
        text=summary,
        answer=tuple(i.block for i in kept),
        line=line,
        kind="details",
        shown=shown,
        # A question the summary asks itself folds its whole answer away: kept whole.
        hidden=asked,
        inner=tuple(kept),
    )


# A heading that is only a site template's expression (Vue/VitePress, Jinja, Liquid):
# ``{{ $frontmatter.title }}``, ``{{ page.title }}``.
_TEMPLATE_ONLY = re.compile(r"^\s*\{\{[^{}]*\}\}\s*$")


# A man page (go-md2man, pandoc) opens on "% name(section) …" lines: its title, author
# and date, no text of the page.
_MAN_TITLE_LINE = re.compile(r"^%\s+\S")
# Its first section, "NAME", holds "name[, name…] - what it is" ("crio.conf -
# configuration file of …", "skopeo\-copy - Copy an image …"): the page's subject.
_MAN_NAME_HEADING = re.compile(r"^name$", re.IGNORECASE)
_MAN_NAME_LINE = re.compile(
    r"^(?P<names>[\w.:@+-]+(?:,\s*[\w.:@+-]+)*)\s+\\?[-\u2013\u2014]\s+(?P<what>\S.*)$"
)
# A line opening on a bold option, then its value or its other spellings and nothing
# else: "**enable_nri**=true", "**--all**, **-a**", "**--authfile** _path_".
_OPTION_LINE_TAIL = re.compile(r"^(?:\s*=\s*\S.*|(?:,\s*-{1,2}[\w?][\w.-]*)*(?:[ =][^\s=]+)?)$")


def option_line(term: str, line: str) -> bool:
    """Whether ``line`` (a paragraph's line opening on the bold span ``term``) names an
    option of a man page or a reference and nothing else: a configuration key with its
    value ("enable_nri=true") or a flag with its spellings ("--all, -a")."""
    if not term or not line.startswith(term):
        return False
    tail = line[len(term) :]
    if not tail and re.fullmatch(r"[A-Za-z_][\w.-]*\s*=\s*\S.*", term):
        return True  # "**skip_mount_home="false"**": the key and its value in bold
    if re.fullmatch(r"[A-Za-z_][\w.-]*", term):
        return bool(re.match(r"^\s*=", tail)) and bool(_OPTION_LINE_TAIL.match(tail))
    return bool(re.fullmatch(r"-{1,2}[\w?][\w.-]*", term)) and bool(_OPTION_LINE_TAIL.match(tail))


def _option_lines_apart(block: Paragraph) -> list[Paragraph]:
    """A paragraph run into the option line after it, no blank line between ("… NRI
    support in CRI-O." / "**enable_nri**=true" / "Enable CRI-O NRI support."), as two
    paragraphs: the option opens an entry of its own, never the end of the prose."""
    lines = block.text.split("\n")
    terms = block.line_terms
    cuts = [
        at
        for at in range(1, len(lines))
        if at < len(terms) and option_line(terms[at], lines[at].strip())
    ]
    if not cuts:
        return [block]
    parts: list[Paragraph] = []
    for start, end in zip([0, *cuts], [*cuts, len(lines)], strict=True):
        text = "\n".join(lines[start:end])
        if not text.strip():
            continue
        own = terms[start:end]
        parts.append(
            replace(
                block,
                text=text,
                line=block.line + start,
                label=own[0] if start else block.label,
                line_terms=own if len(own) > 1 else (),
            )
        )
    return parts


# The ">" markers a quoted line opens on (each with the one space after it).
_QUOTE_MARKERS = re.compile(r"^(?:[ ]{0,3}>[ ]?)*")


class _Walker:
    def __init__(self) -> None:
        self.items: list[Located] = []
        self.headings: list[Heading] = []
        self.title = ""
        self.front_matter_title = ""
        self.front_matter_problem: tuple[int, str] | None = None
        self.caption = ""  # of the open ``{{< table caption="…" >}}``
        # Open callouts: kind, line, texts collected so far, title.
        self.callouts: list[tuple[str, int, list[str], str]] = []
        # Per open callout (by its texts' id): those of its texts that only link
        # elsewhere (a paragraph of links, a list of links): a callout of nothing else
        # is a pointer (``:::info See also`` over "[X reference](…)").
        self.callout_links: dict[int, list[str]] = {}
        # The HTML callouts of the page (see :func:`_html_callout_spans`): per opening
        # block's line, its closing block's line; and those open, as (closing line,
        # depth of ``callouts`` once opened).
        self.html_callout_spans: dict[int, int] = {}
        self.html_callouts: list[tuple[int, int]] = []
        # Open <details>: summary, line, the blocks inside so far.
        self.details: list[tuple[str, int, list[Located]]] = []
        # The blocks a summary showed (its code), by the <details> they belong to.
        self.shown: dict[int, tuple[Block, ...]] = {}
        # An "Answer" heading just opened: its level and how many blocks came before it.
        self.answer_heading: tuple[int, int] | None = None
        # The level of an empty "Answer" heading whose answer is the headings after it.
        self.answer_parts: int | None = None
        # The level of the heading opening the list item being walked: a heading inside
        # the item sits below it, whatever its own level.
        self.item_floor: int | None = None
        # Depth of numbered steps with code being walked: their paragraphs are steps.
        self.step = 0
        # The headings open before each fenced div with headings of its own: restored
        # when it closes (its headings title the div only).
        self.div_headings: list[list[Heading]] = []
        # A document asking its questions as level-1 headings ("# Q1. What is X?",
        # several of them): those H1s are questions like any other heading, a level
        # below the page (the title is the front matter's or the file name's).
        self.h1_questions = False
        self.h1_count = 0  # the page's H1 headings: one amid H2 sections is a slip
        # A generic label heading ("### Steps:", "### Example:") placed under the
        # question heading it follows: (its own level, the question's level). The
        # headings deeper than the label ("#### HTML:" under "### Example:") follow it
        # down, until the next question or a heading as high as the label.
        self.label_under: tuple[int, int] | None = None
        # The level of the last question heading, while its section may go on.
        self.question_level: int | None = None
        # Every heading opened so far, in order: a part heading's siblings.
        self.opened: list[Heading] = []
        # The lines of the text walked, for what the tokens do not keep (a fence's margin).
        self.lines: list[str] = []

    def indent_of(self, line: int) -> int:
        """How far the (1-based) ``line`` is indented, past any quote markers."""
        if not 0 < line <= len(self.lines):
            return 0
        text = _QUOTE_MARKERS.sub("", self.lines[line - 1]).expandtabs(4)
        return len(text) - len(text.lstrip(" "))

    def asked(self) -> bool:
        """Whether the innermost open heading is a question ("How do you X?")."""
        return bool(self.headings) and self.headings[-1].text.rstrip().endswith("?")

    def answering(self) -> bool:
        """Whether the next block answers a question: the first under a question
        heading ("### 3. Explain X"), or the one after a question line."""
        last = self.items[-1] if self.items and not self.details else None
        if last is not None and last.headings == tuple(self.headings):
            return isinstance(last.block, Paragraph) and last.block.text.rstrip().endswith("?")
        return bool(self.headings) and bool(question_text(self.headings[-1].text))

    def after_label(self) -> bool:
        """Whether the last block is a label or lead-in line of the section ending in ":"
        ("Information:", "To extend it you would need to:") that announces text, not a
        sample ("Output:", "Usage:")."""
        last = self.items[-1] if self.items and not self.details else None
        if last is None or last.headings != tuple(self.headings):
            return False
        block = last.block
        if not isinstance(block, Paragraph) or block.heading or "\n" in block.text:
            return False
        text = block.text.strip().rstrip("*_").strip()
        return (
            text.endswith(":")
            and len(text.split()) <= _LABEL_LINE_WORDS
            and not _SAMPLE_LABEL.search(text)
        )

    def after_bold_question(self) -> bool:
        """Whether the last block is a bold line the author asks with, whatever it ends
        on ("**28. Compare X vs Y.**"): the next block answers it."""
        last = self.items[-1] if self.items and not self.details else None
        return (
            last is not None
            and last.headings == tuple(self.headings)
            and isinstance(last.block, Paragraph)
            and bool(last.block.label)
            and _bare(last.block.label) == _bare(last.block.text)
            and bool(question_text(last.block.label))
        )

    def emit(self, block: Block) -> None:
        if self.details:
            self.details[-1][2].append(Located(block=block, headings=tuple(self.headings)))
            return
        if not self.callouts:
            self.items.append(Located(block=block, headings=tuple(self.headings)))
            return
        # Inside a callout: its prose is the callout's text; tables and code are not.
        texts = self.callouts[-1][2]
        if (isinstance(block, Paragraph) and block.pointer) or (
            isinstance(block, ListBlock) and block.links and all(block.links)
        ):
            said = "; ".join(block.items) if isinstance(block, ListBlock) else block.text
            self.callout_links.setdefault(id(texts), []).append(" ".join(said.split("\n")))
        if isinstance(block, ListBlock):
            texts.append("; ".join(block.items))
        elif isinstance(block, Definition):
            texts.append(f"{block.term}: {block.text}")
        elif isinstance(block, Paragraph | Quote | Callout):
            texts.append(" ".join(block.text.split("\n")))
        elif texts and texts[-1].rstrip().endswith(":"):
            # The code, table or folded block is not the callout's text: the sentence
            # that points at it ("… the resource below:", "Add this profile:") goes
            # with it, never left dangling on its colon before the next paragraph.
            # A sentence that only says a fact ("… and an Event is created:") keeps the
            # fact, ended as a sentence.
            sentences = _CALLOUT_SENTENCE.split(texts[-1].strip())
            if not _POINTS_AT_BLOCK.search(sentences[-1]):
                sentences[-1] = sentences[-1].rstrip().rstrip(":").rstrip() + "."
            else:
                sentences.pop()
            kept = " ".join(sentences).strip()
            if kept:
                texts[-1] = kept
            else:
                texts.pop()

    def heading(self, node: _Node, prefix: str = "") -> None:
        level = int(node.tag[1:]) if node.tag[1:].isdigit() else 6
        # "## What is X? {#what-is-x}": the custom id names the anchor, not the section;
        # without it the "?" ends the heading again, and a question asks.
        text = _unwrapped_title(
            _CUSTOM_ID.sub("", _DOCSIFY_MARK.sub("", _ATTRIBUTES_AFTER.sub("", _asked_of(node))))
        )
        self.open_heading(Heading(level=level, text=prefix + _balanced(text), line=_line(node)))

    def open_heading(self, heading: Heading) -> None:
        level = heading.level
        if self.in_html_callout():
            # "# Warning" inside an ``<aside>`` titles the callout only.
            kind, at, texts, title = self.callouts[-1]
            if not title and not texts:
                self.callouts[-1] = (kind, at, texts, heading.text)
            else:
                texts.append(
                    heading.text if heading.text.endswith((".", ":")) else f"{heading.text}:"
                )
            return
        if self.details and not _folds_section(self.details[-1][0]):
            if not self.details[-1][2] and _bare(heading.text) == _bare(self.title):
                # "#### Django" opening every answer of the Django questions: a title
                # that only repeats the page's subject, no line of the answer.
                return
            # "#### Answer: D" inside a hidden answer is a line of that answer: it
            # never opens a section (the questions after it would fall under it).
            self.emit(Paragraph(text=heading.text, line=heading.line, heading=True))
            return
        if self.h1_questions and (level > 1 or _asked_in_h1(heading.text)):
            # Every heading a level down, so that a question's own sub-headings stay
            # below it; a first H1 that asks nothing still titles the page.
            level += 1
            heading = replace(heading, level=level)
        if level == 1 and not heading.text.strip() and self.headings:
            return  # a bare "#" between sections: a rule drawn, no heading
        if (
            level == 1
            and not self.title
            and not (self.h1_questions and self.items)
            and not _MAN_NAME_HEADING.match(heading.text)
            # An H1 after the page's sections began ("## big data" … "# log shippers"
            # halfway down a glossary) is a slip of the author's, no title of the page.
            and not self.headings
        ):
            # "# {{ $frontmatter.title }}": the site fills the title in at build time;
            # the page's own words are the front matter's title (or the file name).
            # A man page's "# NAME" is a section kind: the name it holds titles the page.
            if not _TEMPLATE_ONLY.match(heading.text):
                self.title = heading.text
            return
        if (
            level == 1
            and self.h1_count == 1
            and not self.title
            and self.headings
            and min(h.level for h in self.headings) > 1
        ):
            # The one H1 of an untitled page, after its sections began ("## big data" …
            # "# log shippers" halfway down a glossary), is a slip of the author's: a
            # sibling of the sections around it, never the parent of every one after
            # it. (Several H1s are the page's parts: "# Amazon S3", "# Amazon EFS".)
            level = min(h.level for h in self.headings)
            heading = replace(heading, level=level)
        if self.item_floor is not None and level <= self.item_floor:
            level = self.item_floor + 1
            heading = replace(heading, level=level)
        if self.answer_parts is not None and level < self.answer_parts:
            self.answer_parts = None  # the next question
        opened = self.answer_heading
        if (
            opened is not None
            and opened[0] == level
            and opened[1] == len(self.items)
            and self.headings
            and self.headings[-1].level == level
        ):
            # "### Answer:" with nothing under it, then "### 1. Bridge Mode", "### 2. …":
            # the headings after it are the answer's parts, not new sections. The
            # container keeps its place but loses its text: "Answer" names nothing.
            self.answer_parts = level
            self.headings[-1] = replace(self.headings[-1], text="")
        if self.answer_parts is not None:
            heading = replace(heading, level=level + 1)
            level += 1
        level = self.under_question(heading)
        heading = replace(heading, level=level)
        if (
            self.headings
            and self.headings[-1].level < level
            and _META_SECTION.match(_bare(self.headings[-1].text))
            and not question_text(heading.text)
        ):
            # "## Contributing" (or "License", "Table of contents") and then the
            # "### Easy Questions": a page's closing notes are nobody's parent; the
            # sections after them stand on their own. (Questions right under "##
            # License" ask about the license: that section is theirs.)
            self.headings.pop()
        if (
            self.headings
            and self.opened
            and self.headings[-1] is self.opened[0]
            and _MAN_NAME_HEADING.match(self.headings[-1].text)
        ):
            # A man page's "# NAME" then "## DESCRIPTION": the sections that follow are
            # the page's own, never parts of its name.
            self.headings.pop()
        self.answer_heading = (
            (level, len(self.items)) if _bare(heading.text) in _ANSWER_HEADINGS else None
        )
        while self.headings and self.headings[-1].level >= level:
            self.headings.pop()
        self.headings.append(heading)
        self.opened.append(heading)

    def thematic_break(self) -> None:
        """A ``---`` after a question heading's answer closes that question: what
        follows it ("Here are the key components:" and a list) is asked on its own, in
        the section around the question, never as a part of its answer. A break right
        under the question, before any answer, only sets the answer off."""
        if self.details or self.callouts or not self.headings or not self.items:
            return
        # Only right in the question's own section: a break between the parts of an
        # answer ("### Answer", "---", "### Details") stays inside the question.
        if not question_text(self.headings[-1].text):
            return
        if self.items[-1].headings != tuple(self.headings):
            return  # nothing answers it yet: the break sets the answer off
        self.headings.pop()
        self.label_under = None
        self.question_level = None

    def under_question(self, heading: Heading) -> int:
        """The level ``heading`` takes. A label ("### Steps:", "### Benefits", "###
        Example:", "### New Input Types:") after a question heading is a part of that
        answer, even written a level above the question ("#### 32. How do you …?" then
        "### Steps:"): it sits a level below the question, and a heading below the label
        ("#### HTML:" under "### Example:") below the label, so that the section the
        next questions sit in stays theirs ("### Hard Questions", never "Example")."""
        level = heading.level
        asking = bool(question_text(heading.text)) or bool(_NUMBER.match(heading.text))
        if self.label_under is not None:
            label_level, question_level = self.label_under
            if level > label_level and not asking:
                return question_level + 1 + (level - label_level)
            self.label_under = None
        text = " ".join(heading.text.split())
        colon = text.endswith(":") or (":" in text and bool(answer_label(text)))
        # Without its colon only a word no FAQ names a section by ("Benefits", "Detailed
        # Explanation"): "## Usage" or "## Examples" over the next questions is theirs.
        labels = not asking and (colon or bool(_ANSWER_ONLY_LABEL.match(text)))
        if question_text(text):
            self.question_level = level
        elif self.question_level is not None and level < self.question_level and not labels:
            self.question_level = None  # "### Medium Questions": the questions' sections
        if (
            labels
            and self.question_level is not None
            # A label written one level above the question ("#### 32. …?", "###
            # Steps:"): never higher, where it would be a page's section ("## Key
            # Points" closing a lesson), nor at its level, where it may title the
            # question's neighbour ("### Volume Management:").
            and level == self.question_level - 1
        ):
            self.label_under = (level, self.question_level)
            return self.question_level + 1
        return level

    def nested_in_definition(self, node: _Node) -> bool:
        """A list right after a definition that ends in ":" ("`NoExecute`" / ": This
        affects running pods as follows:" and its bullets) is that term's: its items
        join the definition, never a list card of their own."""
        if self.callouts:
            return False
        target = self.details[-1][2] if self.details else self.items
        if not target or not isinstance(target[-1].block, Definition):
            return False
        definition = target[-1].block
        if not definition.text.rstrip().endswith(":"):
            return False
        bullet = "{n}. " if node.type == "ordered_list" else "• "
        first = node.attrs.get("start", 1)
        first = first if isinstance(first, int) else 1
        items = "\n".join(
            bullet.format(n=first + n) + " ".join(item.split())
            for n, item in enumerate(i for i in _list_items(node) if i)
        )
        joined = replace(definition, text=f"{definition.text.rstrip()}\n{items}")
        target[-1] = replace(target[-1], block=joined)
        return True

    def shortcode(self, node: _Node) -> None:
        meta = node.meta
        name = str(meta.get("name", ""))
        if name == "table":
            args = meta.get("args")
            caption = args.get("caption", "") if isinstance(args, dict) else ""
            self.caption = "" if meta.get("closing") else str(caption)
            return
        if name not in _CALLOUTS:
            return
        if not meta.get("closing"):
            args = meta.get("args")
            title = args.get("title", "") if isinstance(args, dict) else ""
            self.callouts.append((name, _line(node), [], " ".join(str(title).split())))
            return
        if self.callouts and self.callouts[-1][0] == name:
            self.close_callout()

    def close_callout(self) -> None:
        kind, line, texts, title = self.callouts.pop()
        linked = self.callout_links.pop(id(texts), [])
        text = " ".join(t for t in texts if t.strip())
        if text:
            pointer = all(t in linked for t in texts if t.strip())
            self.emit(Callout(kind=kind, text=text, line=line, title=title, pointer=pointer))

    def close_details(self) -> None:
        summary, line, blocks = self.details.pop()
        asked = id(blocks) in self.shown
        shown = self.shown.pop(id(blocks), ())
        self.emit(_details_question(summary, line, blocks, shown, asked))

    def in_html_callout(self) -> bool:
        """Whether the innermost open callout is an HTML one (``<aside>``)."""
        return bool(self.html_callouts) and self.html_callouts[-1][1] == len(self.callouts)

    def html_callout(self, node: _Node, content: str) -> bool:
        """An HTML callout (``<aside class="note warning">`` … ``</aside>``): its
        blocks are the callout's text, and a heading inside it (``<h1>Warning</h1>``)
        is its title, never a heading of the page (the sections after the callout
        would fall under it). Whether ``node`` opened, titled or closed one."""
        line = _line(node)
        if self.html_callouts and self.html_callouts[-1][0] == line:
            # The closing tag (text written before it in the same block is the
            # callout's last words).
            rest = _html_text(_HTML_CALLOUT_TAG.sub("", content))
            if rest and self.in_html_callout():
                self.callouts[-1][2].append(" ".join(rest.split("\n")))
            depth = self.html_callouts.pop()[1]
            while len(self.callouts) >= depth:
                self.close_callout()
            return True
        opening = _HTML_CALLOUT_OPEN.match(content)
        if opening and line in self.html_callout_spans:
            kind = _callout_kind(opening.group(1), opening.group(2)) or "note"
            self.callouts.append((kind, line, [], ""))
            self.html_callouts.append((self.html_callout_spans[line], len(self.callouts)))
            content = content[opening.end() :].strip()
            if not content:
                return True
        elif not self.in_html_callout():
            return False
        titled = _HTML_CALLOUT_TITLE.match(content)
        kind, at, texts, title = self.callouts[-1]
        if titled and not title and not texts:
            title = " ".join(_html_text(titled.group(2)).split())
            self.callouts[-1] = (kind, at, texts, title)
            content = content[titled.end() :].strip()
        if _HTML_TABLE.match(content):
            return False  # a table in the callout: read as a table
        rest = _html_text(content)
        if rest:
            texts.append(" ".join(rest.split("\n")))
        return True

    def html(self, node: _Node) -> None:
        """``<details>``, ``<summary>`` and ``</details>`` (each on a line of its own,
        see :func:`_separate_details`); other HTML inside a ``<details>`` is answer text.
        A ``<table>`` is a table like a Markdown one."""
        content = node.content.strip()
        if self.html_callout(node, content):
            return
        if _HTML_TABLE.match(content):
            for table in _html_tables(node.content, _line(node)):
                self.emit(table)
            return
        # "<br><hr><br><h2>…</h2>": line breaks and rules drawn before a heading.
        content = _HTML_SPACING.sub("", content)
        tagged = _HTML_HEADING.match(content)
        if tagged:
            # ``<h3 name="x">Question?</h3>`` is a heading of level 3 like ``###``; a
            # heading of pictures only (a logo, badges) has no text and is no heading.
            text = " ".join(_html_text(tagged.group(2)).split())
            if text:
                # The heading's line is the line of its words (the tag may stand alone).
                inner = tagged.group(2)
                before = content[: tagged.start(2)] + inner[: len(inner) - len(inner.lstrip())]
                line = _line(node) + before.count("\n")
                self.open_heading(Heading(level=int(tagged.group(1)), text=text, line=line))
                # "<h3>Q: …?</h3>" then "&nbsp;…" and "<b>A: </b>hosts" in the same block:
                # the text after the heading is its section's first paragraph.
                rest = content[tagged.end() :]
                said = [
                    " ".join(row.split())
                    for row in _html_text(_HTML_SPACING.sub("", rest)).split("\n")
                    if row.strip()
                ]
                labelled = [n for n, row in enumerate(said) if _HTML_ANSWER_LABEL.match(row)]
                if labelled:
                    # "(Choose two)" then "A: routers | switches": the answer is what the
                    # label opens, the question's remark stays with the question.
                    said = said[labelled[0] :]
                    said[0] = _HTML_ANSWER_LABEL.sub("", said[0], count=1)
                if said and said[0]:
                    at = line + content[tagged.start(2) : tagged.end()].count("\n")
                    self.emit(Paragraph(text="\n".join(said), line=at + 1))
            return
        opening = _DETAILS_OPEN.match(content)
        summary = _SUMMARY.search(content)
        if opening or (summary and not self.details):
            self.details.append(("", _line(node), []))
        if summary and self.details:
            blocks = self.details[-1][2]
            # Its Markdown escapes ("max\_cups") too: no parser reads them in HTML.
            self.details[-1] = (_unescaped(_html_text(summary.group(1))), _line(node), blocks)
            return
        if _DETAILS_CLOSE.match(content):
            if self.details:
                self.close_details()
            return
        if content == _DIV_OPEN:
            self.div_headings.append(list(self.headings))
            return
        if content == _DIV_CLOSE:
            if self.div_headings:
                self.headings = self.div_headings.pop()
            return
        if content == _SUMMARY_END and self.details:
            # The code a question's summary held: shown with the question, not answer.
            asked, line, blocks = self.details[-1]
            answer: list[Located] = []
            self.details[-1] = (asked, line, answer)
            self.shown[id(answer)] = tuple(b.block for b in blocks)
            return
        options = _html_options(content)
        if options and not opening and not summary:
            # "<ul><li>A: …</li></ul>": a multiple choice's options written in HTML.
            self.emit(ListBlock(ordered=False, items=options, line=_line(node)))
            return
        if self.details and not opening:
            text = _html_text(content)
            if text:
                self.emit(Paragraph(text=text, line=_line(node)))

    def paragraph(self, node: _Node) -> None:
        if _anchor_only(_inline_tokens(node)):
            return  # "Back to top", "(see table of contents)": navigation
        if self.titles_shortcode_callout(node):
            return
        if _EMPTY_BRACKETS.fullmatch(_inline_of(node)):
            return  # "[]", "[] []": the empty anchors a page saved as Markdown left behind
        block = _paragraph(node)
        if isinstance(block, Paragraph) and not block.text.strip() and _image_only(node):
            # "![](diagram.png)" between a step's lead-in and its commands: a picture
            # the card cannot show, never a block that parts the two.
            return
        if (
            isinstance(block, Paragraph)
            and not (self.items or self.headings or self.title)
            and all(_MAN_TITLE_LINE.match(line) for line in block.text.split("\n"))
        ):
            return  # "% crio.conf(5) …" / "% Author" / "% Date": a man page's header
        if isinstance(block, Paragraph) and not self.title and self.man_name_section():
            named = _MAN_NAME_LINE.match(" ".join(block.text.split()))
            if named:
                # "crio.conf - configuration file of …": the man page's name titles it.
                self.title = named.group("names")
        if isinstance(block, Paragraph) and self.defines_term_above(block):
            return
        if isinstance(block, Paragraph):
            for part in _option_lines_apart(block):
                self.emit_paragraph(node, part)
            return
        self.emit_paragraph(node, block)

    def titles_shortcode_callout(self, node: _Node) -> bool:
        """Whether ``node`` is the bold line opening a shortcode callout's body
        (``{{< alert >}}`` / ``<b>Deprecated</b><br>`` / text): it names the callout,
        as a GitHub alert's bold first line does, and is no word of its text (else the
        card reads "Deprecated The use of …")."""
        if not self.callouts or self.in_html_callout():
            return False
        kind, at, texts, title = self.callouts[-1]
        if texts or title:
            return False
        raw = "".join(c.content for c in node.children if c.type == "inline").strip()
        bold = _BOLD_ONLY_LINE.match(raw)
        if bold is None:
            return False
        named = bold.group("md") or bold.group("html") or ""
        shown = " ".join(named.split()).rstrip(":!.").strip()
        if not shown:
            return False
        self.callouts[-1] = (kind, at, texts, shown)
        return True

    def defines_term_above(self, block: Paragraph) -> bool:
        """Whether ``block`` is a Pandoc definition (``:   text``) set off by a blank
        line from its term (a one-line paragraph just above): the two then become the
        definition entry they are (Pandoc and PHP Markdown allow that blank line)."""
        lines = block.text.split("\n")
        if (
            not _DEFINITION_OPENING.match(lines[0])
            or self.callouts
            or self.details
            or not self.items
        ):
            return False
        above = self.items[-1]
        if (
            not isinstance(above.block, Paragraph)
            or above.headings != tuple(self.headings)
            or "\n" in above.block.text.strip()
            or not _TERM_LINE.match(above.block.text.strip())
        ):
            return False
        definitions: list[str] = []
        for line in lines:
            if _DEFINITION_OPENING.match(line):
                definitions.append(line[1:].strip())
            else:
                definitions[-1] += " " + line.strip()
        self.items[-1] = replace(
            above,
            block=Definition(
                term=above.block.text.strip(), text=" ".join(definitions), line=above.block.line
            ),
        )
        return True

    def man_name_section(self) -> bool:
        """Whether the walk is at the first block of a man page's NAME section."""
        return (
            len(self.opened) == 1
            and self.headings == self.opened
            and bool(_MAN_NAME_HEADING.match(self.opened[0].text))
            and not self.items
        )

    def emit_paragraph(self, node: _Node, block: Paragraph | Definition) -> None:
        if isinstance(block, Paragraph) and not block.text.strip() and _inline_of(node).strip():
            # "For details, see [X](…).": only a pointer to the linked page. Written
            # with the ":::" closing a callout on its last line, it still closes it, or
            # the callout would swallow the rest of the page.
            if self.callouts and _closes_callout(node):
                self.close_callout()
            return
        if isinstance(block, Paragraph) and _opens_on_definition(node):
            # "{{< glossary_definition … >}} This allows …": "This" is the defined
            # term, which the page's title names.
            title = self.front_matter_title or self.title
            named = _PRONOUN_OPENING.sub(title.strip() + " ", block.text.lstrip(), count=1)
            block = replace(block, text=named if title.strip() else block.text.lstrip())
        if isinstance(block, Paragraph):
            text = block.text.strip()
            if _DIRECTIVE.match(text):
                return  # a Docusaurus directive (``::yaml{file=…}``): not text
            if _AUTHOR_NOTE.match(text):
                return  # "FIXME: Is this too easy?": the author's note to self
            admonition = _ADMONITION.match(text)
            if admonition:
                # ":::info[Title]" … ":::" (docfx, Docusaurus): a callout.
                body = admonition.group(3).strip()
                # The fence closes on the written lines: a pointer sentence before it
                # ("See the page [here](…) for more details.") is dropped from the text,
                # its ":::" with it, and the callout would swallow the rest of the page.
                closed = body.endswith(":::") or _closes_callout(node)
                body = body.removesuffix(":::").strip()
                kind = admonition.group(1).lower()
                title = _admonition_title(admonition.group(2))
                if closed:
                    if body:
                        self.emit(Callout(kind=kind, text=body, line=block.line, title=title))
                else:
                    self.callouts.append((kind, block.line, [body] if body else [], title))
                return
            if text == ":::" or (
                (text.endswith("\n:::") or _closes_callout(node)) and self.callouts
            ):
                rest = text.removesuffix(":::").strip()
                if rest:
                    self.emit(Paragraph(text=rest, line=block.line, label=block.label))
                if self.callouts:
                    self.close_callout()
                return
        if self.step and isinstance(block, Paragraph):
            block = replace(block, step=True)
        if isinstance(block, Paragraph) and _navigation_line(block):
            return  # "**Next**: …", "Previous | Next": the series' links, nothing to learn
        if isinstance(block, Paragraph) and self.question_answer_lines(node, block):
            return
        labelled = _LABELLED_PAIR.match(block.text) if isinstance(block, Paragraph) else None
        if isinstance(block, Paragraph) and labelled is not None:
            # "1. Question: …" then "Solution:" on the next line, written as plain
            # text: the same question and answer as "**Question:**" / "**Answer:**".
            asked = f"Question: {labelled.group(1).strip()}"
            self.emit(replace(block, text=asked, label="Question:"))
            answer = block.text[labelled.end() :].strip()
            said = f"{labelled.group(2)}:\n{answer}" if answer else f"{labelled.group(2)}:"
            self.emit(Paragraph(text=said, line=block.line + 1, label=f"{labelled.group(2)}:"))
            return
        if isinstance(block, Paragraph) and self.titles_all_parts(block):
            # The title and what it heads belong to the question the parts answer: they
            # sit under a part heading without a name (as under an empty "Answer").
            self.headings[-1] = replace(self.headings[-1], text="")
        if isinstance(block, Paragraph) and self.opens_answer():
            # "# Q1. What is X?" then "Ans: X is …": the label marks where the answer
            # starts, no word of it.
            said = _OPENING_ANSWER_LABEL.sub("", block.text, count=1)
            if said != block.text:
                block = replace(block, text=said, label="")
        self.emit(block)

    def titles_all_parts(self, block: Paragraph) -> bool:
        """Whether a bold title ("**Common Probe Types:**") after the last of a
        question's part headings ("#### Liveness Probe", "#### Readiness Probe") names
        the kind every part is ("… Probe"): it is about all of them, not the last
        one, so it sits under the question they answer."""
        if len(self.headings) < 2 or self.details or self.callouts or not self.items:
            return False
        if not block.label or _bare(block.label) != _bare(block.text):
            return False
        part, question = self.headings[-1], self.headings[-2]
        if not question_text(question.text) or question_text(part.text):
            return False
        if self.items[-1].headings != tuple(self.headings):
            return False  # the title opens the part: it is the part's own
        parts: list[str] = []
        for heading in reversed(self.opened):
            if heading.level < part.level:
                break
            if heading.level == part.level:
                parts.append(_bare(heading.text))
        kinds = {p.split()[-1] for p in parts if p.split()}
        if len(parts) < 2 or len(kinds) != 1:
            return False
        kind = kinds.pop()
        words = _bare(block.text).split()
        return len(words) >= 2 and any(w in (kind, f"{kind}s", f"{kind}es") for w in words)

    def labelled_answer_item(self, block: ListBlock) -> Paragraph | None:
        """The answer written as one bullet under a question heading ("- Answer: X
        is …"): the item without its label, as a paragraph; None for any other list."""
        if block.ordered or len(block.items) != 1 or any(block.codes):
            return None
        said = _OPENING_ANSWER_LABEL.sub("", block.items[0], count=1)
        if said == block.items[0] or not self.opens_answer():
            return None
        return Paragraph(text=said, line=block.line)

    def labelled_item_answer(self, block: ListBlock) -> bool:
        """Read a list opening on an "answer:" item, right under a "Q1. What is X?"
        line, as that question's answer (emitted as a question; True). The "answer:"
        item and the unlabelled items after it answer; the items labelled after them
        ("why: …", "how: …") are the author's notes on the answer, each kept as its
        labelled line ("Why: …"). The "Q1." mark and the "answer:" label are markup."""
        last = self.items[-1] if self.items and not self.details and not self.callouts else None
        if last is None or last.headings != tuple(self.headings) or block.ordered:
            return False
        before = last.block
        if not isinstance(before, Paragraph) or before.label or "\n" in before.text.strip():
            return False
        asked = _QA_QUESTION.match(before.text.strip())
        question = before.text.strip()[asked.end() :].strip() if asked else ""
        if not question or any(block.codes) or not _ANSWER_ITEM.match(block.items[0]):
            return False
        said = _ANSWER_MARK.sub("", block.items[0], count=1).strip()
        points: list[str] = []
        notes: list[tuple[str, list[str]]] = []  # label, its text and the items under it
        for item in block.items[1:]:
            noted = _NOTE_ITEM.match(item)
            if noted:
                label = noted.group(1)
                notes.append((label[:1].upper() + label[1:], [item[noted.end() :].strip()]))
            elif notes:
                notes[-1][1].append(item.strip())
            else:
                points.append(item.strip())
        if not said and not points:
            return False
        # One block of lines, as the author set them: the answer, its points bulleted,
        # then each note on its line. (Blocks apart, a long answer would leave its
        # notes off the card as the prose after an answer is.)
        lines = [said] if said else []
        lines.extend(f"\u2022 {point}" for point in points)
        for label, told in notes:
            lines.append(f"{label}: {told[0]}" if told[0] else f"{label}:")
            lines.extend(f"\u2022 {point}" for point in told[1:])
        answer = Paragraph(text="\n".join(lines), line=block.line, hard_lines=len(lines) > 1)
        self.items.pop()
        self.emit(Question(text=question, answer=(answer,), line=before.line, kind="bold"))
        return True

    def opens_answer(self) -> bool:
        """The next block is the first under a heading asking the author's question."""
        if self.details or self.callouts or not self.headings:
            return False
        if self.items and self.items[-1].headings == tuple(self.headings):
            return False
        return bool(question_text(self.headings[-1].text))

    def awaited_answer(self) -> str:
        """The question of a "Question: …" line over a bare "Answer:" line (the last
        two blocks, as a paragraph of their own gives them): its answer is the next
        block. "" when the last blocks are otherwise."""
        if len(self.items) < 2 or self.details or self.callouts:
            return ""
        asked, said = self.items[-2], self.items[-1]
        if not (asked.headings == said.headings == tuple(self.headings)):
            return ""
        if not isinstance(asked.block, Paragraph) or not isinstance(said.block, Paragraph):
            return ""
        label = said.block.text.strip()
        if said.block.label != label or not _QA_ANSWER.match(label) or label[:1] != "A":
            return ""
        question = _QA_QUESTION.match(asked.block.text)
        if asked.block.label != "Question:" or question is None:
            return ""
        return asked.block.text[question.end() :].strip()

    def answer_awaited(self, text: str, line: int, info: str = "", fenced: bool = False) -> bool:
        """Emit ``text`` as the answer the question above awaits (see
        :meth:`awaited_answer`), as the author wrote it: code written without a fence
        (lines that end no sentence: "FROM nginx:latest", "EXPOSE 80") keeps its lines,
        prose is a paragraph. True when a question awaited it."""
        question = self.awaited_answer()
        if not question or not text.strip():
            return False
        rows = [row.rstrip() for row in text.strip("\n").split("\n")]
        button = next(
            (at for at, row in enumerate(rows[:2]) if _COPY_BUTTON.match(row.strip())), -1
        )
        language = rows[1 - button].strip() if button >= 0 else ""
        if not fenced and len(rows) > 2 and _LANGUAGE.match(language):
            # "dockerfile" / "Copy code" (or "Copy code" / "Bash"): a chat page's code
            # box, pasted as text.
            info, rows, fenced = language.lower(), rows[2:], True
        code = fenced or (len(rows) > 1 and not any(row.endswith((".", "!", "?")) for row in rows))
        told: Block = (
            Code(info=info, text="\n".join(rows) + "\n", line=line)
            if code
            else Paragraph(text="\n".join(rows), line=line)
        )
        asked = self.items[-2].block
        del self.items[-2:]
        self.emit(Question(text=question, answer=(told,), line=asked.line, kind="bold"))
        return True

    def question_answer_lines(self, node: _Node, block: Paragraph) -> bool:
        """Read "Q: What is X?" / "A: X is …" lines as the author's questions and
        answers (emitted as questions; True) when the paragraph is made of such pairs,
        or when it is one "A: …" answering the "Q: …" paragraph just before it. The
        "Q:" mark asks whatever the wording ("Q: Design a …"); the labels are markup."""
        rows = block.text.strip().split("\n")
        if _options_among(rows[1:]):
            rows = []  # "Q1: What prints?" then "A. 1" / "B. 2": options, not an answer
        lead = _rows_before_pairs(rows)
        if lead:
            # The pairs start below the paragraph's first line: what stands before them
            # is a block of its own (the answer still owed to the question above, or
            # the text the pairs follow), and the pairs are read after it.
            shown = "\n".join(rows[:lead])
            if not self.answer_awaited(shown, block.line):
                self.emit_paragraph(node, replace(block, text=shown))
            pairs_text = "\n".join(rows[lead:])
            self.emit_paragraph(node, Paragraph(text=pairs_text, line=block.line + lead))
            return True
        if rows and not _QA_QUESTION.match(rows[0]) and self.answer_awaited(block.text, block.line):
            return True
        pairs: list[tuple[str, list[str], int]] = []  # question, answer rows, line
        for at, row in enumerate(rows):
            mark = _QA_QUESTION.match(row)
            if mark and row[mark.end() :].strip():
                pairs.append((row[mark.end() :].strip(), [], block.line + at))
            elif not pairs:
                break
            elif (
                (said := _QA_ANSWER.match(row)) is not None
                and not pairs[-1][1]
                and (pairs[-1][0].endswith("?") or not _QA_LETTER_DOT.match(row))
            ):
                pairs[-1][1].append(row[said.end() :].strip())
            elif pairs[-1][1] or pairs[-1][0].endswith("?"):
                # The answer goes on, or starts unlabelled on the line after the
                # question's "?" ("**Q: How do you X?**" then "Three ways: …").
                pairs[-1][1].append(row.strip())
            else:
                pairs[-1] = (f"{pairs[-1][0]} {row.strip()}", [], pairs[-1][2])
        else:
            owed = pairs[-1] if pairs and pairs[-1][1] == [""] and len(pairs) > 1 else None
            if owed is not None and _QA_ANSWER.match(rows[-1]):
                # "Question: Write a Dockerfile …" and a bare "Answer:" closing the
                # paragraph: the answer is the block below, as after a pair alone.
                pairs.pop()
            if pairs and all(" ".join(told).strip() for _, told, _ in pairs):
                for question, told, line in pairs:
                    text = Paragraph(text="\n".join(told).strip(), line=line + 1)
                    self.emit(Question(text=question, answer=(text,), line=line, kind="bold"))
                if owed is not None and pairs[-1] is not owed:
                    label = rows[-1].strip()
                    line = owed[2]
                    self.emit(Paragraph(text=f"Question: {owed[0]}", line=line, label="Question:"))
                    self.emit(Paragraph(text=label, line=owed[2] + 1, label=label))
                return True
        answer = _QA_ANSWER.match(block.text)
        last = self.items[-1] if self.items and not self.details and not self.callouts else None
        if answer is None or last is None or last.headings != tuple(self.headings):
            return False
        before = last.block
        rest = block.text[answer.end() :].strip()
        if (
            isinstance(before, ListBlock)
            and before.ordered
            and len(before.items) == 1
            and not any(before.codes)
            and _ANSWER_ITEM.match(block.text)
            and rest
            and (numbered := question_text(before.items[0]))
        ):
            # "3. How do you X?" then "Ans : …" as a paragraph of its own: the list is
            # the numbered question, the labelled paragraph its answer.
            self.items.pop()
            reply = Paragraph(text=rest, line=block.line)
            self.emit(Question(text=numbered, answer=(reply,), line=before.line, kind="bold"))
            return True
        if not isinstance(before, Paragraph):
            return False
        if not _ANSWER_ITEM.match(block.text) and _options_among(block.text.split("\n")):
            return False  # "A. 1" / "B. 2" under a question: its options
        asked = _QA_QUESTION.match(before.text)
        if asked is None or "\n" in before.text.strip() or not rest:
            return False
        if _QA_LETTER_DOT.match(block.text) and not before.text.rstrip().endswith("?"):
            return False  # "Q13. The following questions …" then "a. How does …?"
        if before.label and _bare(before.label) == _bare(before.text):
            # "**Q4: Explain X**" as a bold line of its own: a bold question, whose
            # answer runs on over its part titles (see ``group_questions``).
            return False
        question = before.text.strip()[asked.end() :].strip()
        self.items.pop()
        reply = Paragraph(text=rest, line=block.line)
        self.emit(Question(text=question, answer=(reply,), line=before.line, kind="bold"))
        return True

    def blockquote(self, node: _Node) -> None:
        titled = _titled_alert(node)
        if titled is not None:
            kind, title, body = titled
            if body:
                self.emit(Callout(kind=kind, text=body, line=_line(node), title=title))
            return
        text = "\n".join(_flat_text(node))
        alert = _ALERT.match(text)
        if alert:
            # A GitHub / docfx alert ("> [!TIP]"): a callout without its marker.
            body = " ".join(alert.group(2).split("\n")).strip()
            if body:
                self.emit(Callout(kind=alert.group(1).lower(), text=body, line=_line(node)))
            return
        # A quoted answer's list keeps its bullets: one item a line on the card.
        self.emit(Quote(text="\n".join(_flat_text(node, bullets=True)), line=_line(node)))

    def question_item(self, item: _Node, asked: _Asked | None) -> None:
        """One item of a list of the author's questions: the question, and as its
        answer the rest of the item or its labelled answer (its text without the "A:"
        label, its code, its lists). A question with no answer makes no card."""
        if asked is None:
            self.walk(item.children)
            return
        start = len(self.items)
        text = render_inline(asked.rest).strip()
        if text:
            self.emit(Paragraph(text=text, line=_line(item) + 1))
        self.walk(asked.answer)
        answer: list[Block] = []
        for located in self.items[start:]:
            answer.extend(_fenced_prose(located.block))
        del self.items[start:]
        for at, block in enumerate(answer):
            if isinstance(block, Paragraph):
                unlabelled = _ANSWER_MARK.sub("", block.text.lstrip(), count=1).strip()
                answer[at] = replace(block, text=unlabelled, label="")
                break
        answer = [b for b in answer if not (isinstance(b, Paragraph) and not b.text.strip())]
        if not answer:
            return
        line = _line(item)
        self.emit(
            Question(
                text=asked.question,
                answer=tuple(answer),
                line=line,
                kind="bold",
                hidden=asked.boxed,
                bounded=asked.labelled,
            )
        )

    def front_matter(self, node: _Node) -> None:
        if len(node.content) > 20_000 or "title" not in node.content:
            return  # only the title is wanted, and it sits near the top
        loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
        try:
            data = yaml.load(node.content, Loader=loader)  # a safe loader, C or Python
        except yaml.YAMLError as exc:
            # Its title is lost (the deck is titled by the H1 or the file name): worth
            # a warning, not a refusal, since front matter never makes a card.
            mark = getattr(exc, "problem_mark", None)
            line = mark.line + 2 if mark is not None else 1  # the content starts on line 2
            problem = getattr(exc, "problem", None) or "not YAML"
            self.front_matter_problem = (line, str(problem))
            return
        except RecursionError:
            return
        if isinstance(data, dict) and isinstance(data.get("title"), str):
            self.front_matter_title = data["title"]

    def walk(self, nodes: Sequence[_Node]) -> None:
        for at, node in enumerate(nodes):
            kind = node.type
            if kind == "heading":
                self.heading(node)
            elif kind == "paragraph":
                self.paragraph(node)
            elif kind in ("bullet_list", "ordered_list") and _heading_items(node):
                # "1.  ### What is X?" with the answer indented under it: each item is a
                # section (its heading, then its blocks), not a list entry.
                start = node.attrs.get("start", 1)
                number = start if isinstance(start, int) else 1
                for item in node.children:
                    depth = len(self.details)
                    first = item.children[0] if item.children else None
                    if kind == "ordered_list" and first is not None and first.type == "heading":
                        # The item's number is the question's ("12. What is hoisting"):
                        # it tells apart questions asked in the same words.
                        self.heading(first, prefix=f"{number}. ")
                        floor = self.item_floor
                        self.item_floor = self.headings[-1].level if self.headings else None
                        self.walk(_without_stub(item.children[1:]))
                        self.item_floor = floor
                    else:
                        self.walk(item.children)
                    number += 1
                    # A <details> opened in the item ends with it (its "</details>" may
                    # sit inside a code fence the item left open): the next question
                    # must not become part of this answer.
                    while len(self.details) > depth:
                        self.close_details()
            elif (
                kind in ("bullet_list", "ordered_list")
                and not self.details
                and not self.callouts
                and _bold_question_items(node)
            ):
                for at, asked in _asked_items(node):
                    self.question_item(node.children[at], asked)
            elif kind == "bullet_list" and _labelled_answer_list(node) and self.answering():
                # "* **Answer:** …" then "* **Example:**" under a question: the bullets
                # are the author's layout of one answer in parts, not a list to learn;
                # each item's blocks are read in place, so the "Answer:" label goes
                # as it does from a paragraph and its text (with its list) answers.
                for item in node.children:
                    self.walk(item.children)
            elif kind == "ordered_list" and _steps_with_code(node) and not self.asked():
                # "1. Deploy a curl pod:" with its command fenced under it: each step is
                # its sentence and its code, read like a sentence before a code block;
                # the step titles stripped of their commands would teach nothing. Under
                # a question heading the steps stay a list: the author's answer to it.
                for item in node.children:
                    self.step += 1
                    self.walk(item.children)
                    self.step -= 1
            elif kind in ("bullet_list", "ordered_list"):
                start = node.attrs.get("start", 1)
                if self.nested_in_definition(node):
                    continue
                outline = _outline(node)
                items = tuple(o.text for o in outline)
                if _toc_list(items) or _anchor_list(node):
                    continue  # "{:toc}" or links to the page's own sections: navigation
                terms, links = _list_terms(node)
                named = _list_named(node)
                told = [n for n, item in enumerate(items) if item]
                if not told:
                    continue
                codes = _list_codes(node, items)
                listed = ListBlock(
                    ordered=kind == "ordered_list",
                    items=tuple(items[n] for n in told),
                    line=_line(node),
                    start=start if isinstance(start, int) else 1,
                    terms=tuple(terms[n] for n in told),
                    links=tuple(links[n] for n in told),
                    codes=tuple(codes[n] for n in told) if any(codes) else (),
                    named=tuple(named[n] for n in told) if any(named) else (),
                    outline=(
                        tuple(outline[n] for n in told) if any(o.subs for o in outline) else ()
                    ),
                )
                if self.labelled_item_answer(listed):
                    continue
                self.emit(self.labelled_answer_item(listed) or listed)
            elif kind == "table":
                table = _table(node)
                self.emit(replace(table, caption=self.caption) if self.caption else table)
            elif kind == "blockquote":
                self.blockquote(node)
            elif kind == "html_block":
                self.html(node)
            elif kind in ("fence", "code_block"):
                info = node.info.strip()
                if kind == "fence" and info.split(" ")[0].lower() in _DIAGRAM_SHORTCODES:
                    continue  # a diagram's source (```mermaid): drawn, never read
                if kind == "fence" and _PROSE_INFO.match(info):
                    # "```Terraform init is a command …:" then its lines: a sentence
                    # written on the fence line, no language; it leads the box's text.
                    self.emit(Paragraph(text=info, line=_line(node)))
                    info = ""
                    rows = [row for row in node.content.split("\n") if row.strip()]
                    if rows and all(_BOXED_ITEM.match(row) for row in rows):
                        # The box's lines are the sentence's bullets: a list.
                        items = tuple(_BOXED_ITEM.sub("", row).strip() for row in rows)
                        self.emit(ListBlock(ordered=False, items=items, line=_line(node) + 1))
                        continue
                text = _GLUED_COMPONENT.sub("", without_doc_tool_marks(node.content))
                if kind == "code_block" and self.item_floor is not None:
                    # Indented one space past code depth under "1. ### What is X?" (the
                    # author's eight spaces): the extra margin is layout, not the text's.
                    text = _dedented(text)
                if (
                    kind == "code_block"
                    and (self.answering() or self.after_bold_question())
                    and _indented_markdown(text)
                ):
                    # "**30. What's the difference between X and Y?**" then its answer
                    # indented four spaces: bulleted "**X:** …" items (a sentence over
                    # them, at most), Markdown no code has; the author's margin, read as
                    # the Markdown it holds, on the lines it stands on.
                    tokens = _markdown().parse(text)
                    for token in tokens:
                        if token.map:
                            token.map = [_line(node) - 1 + row for row in token.map]
                    self.walk(_tree(tokens))
                    continue
                if kind == "code_block" and self.after_label() and _label_prose(text):
                    # "Information:" then sentences indented four spaces, one a line:
                    # the label's text written with a code margin, each line a point
                    # of it (wrapped lines, a paragraph).
                    rows = [row.strip() for row in text.split("\n") if row.strip()]
                    if all(not b[:1].islower() for b in rows[1:]):
                        self.emit(ListBlock(ordered=False, items=tuple(rows), line=_line(node)))
                    else:
                        for number, paragraph in _prose_paragraphs(text):
                            self.emit(Paragraph(text=paragraph, line=_line(node) + number))
                    continue
                if kind == "code_block" and self.answering() and _indented_prose(text):
                    # An answer indented four spaces that is sentences, not code: the
                    # author's margin, read as the paragraphs it holds.
                    for number, paragraph in _prose_paragraphs(text):
                        self.emit(Paragraph(text=paragraph, line=_line(node) + number))
                    continue
                if self.answer_awaited(text, _line(node), info.lower(), fenced=True):
                    continue
                indent = self.indent_of(_line(node)) if kind == "fence" else 0
                self.emit(Code(info=info.lower(), text=text, line=_line(node), indent=indent))
            elif kind == "shortcode":
                self.shortcode(node)
            elif kind == "front_matter":
                self.front_matter(node)
            elif kind == "hr" and at + 1 < len(nodes) and nodes[at + 1].type != "heading":
                # (A heading after the break opens its own section, or a part of the
                # answer when it is deeper: it places what follows itself.)
                self.thematic_break()
            # Other raw HTML (comments): nothing to learn from.


_DETAILS_PART = re.compile(
    r"<details\b[^>]*>|<summary\b[^>]*>.*?</summary\s*>|</details\s*>", re.IGNORECASE
)
# A fence's info string that is a sentence ("```Docker images are layers:"), not a
# language with attributes: four words or more, none an attribute or a brace.
_PROSE_INFO = re.compile(r"^[A-Za-z][^\s={}]*(?:\s+[^\s={}]+){3,}$")
# A line that is one triple-backtick span of prose ("```The cache holds the plugins.```"):
# the author's box around a sentence, read as the sentence (a command stays code).
_PROSE_SPAN = re.compile(r"^( {0,3})```([A-Za-z][^`\n]*(?:\s[^`\s]+){3,}[.!?])```[ \t]*$", re.M)
_BOXED_ITEM = re.compile(r"^\s{0,3}[*+-]\s+(?=\S)")
_INLINE_CODE = re.compile(r"(`+)[^`].*?\1")


_INDENTED_DETAILS = 2  # spaces: a <details> indented this far sits in a list item


# A <summary> whose "</summary>" comes lines later: a question heading and its code
# written inside the summary (``<summary>`` / ``<h3>N. Guess the output?</h3>`` / a
# code fence / ``</summary>``).
_SUMMARY_OPEN = re.compile(r"<summary\b[^>]*>", re.IGNORECASE)
_SUMMARY_CLOSE = re.compile(r"</summary\s*>", re.IGNORECASE)
# A span that labels the question (its level, a badge) rather than asks it: its words
# ("Beginner", an emoji) are no part of the question.
_LABEL_SPAN = re.compile(
    r"<(span|div|small|em|i|b|sup|kbd)\b[^>]*\bclass\s*=\s*[\"'][^\"']*"
    r"(?:tag|badge|level|label|difficulty)[^\"']*[\"'][^>]*>",
    re.IGNORECASE,
)
_HEADING_OPEN = re.compile(r"<h([1-6])\b[^>]*>", re.IGNORECASE)
# The end of the blocks a multi-line summary shows (see :meth:`_Walker.html`).
# (A comment of the builder's own, so that no "</summary>" the author wrote is taken for it.)
_SUMMARY_END = "<!-- quizkit: the summary ends here -->"


def _without_label_spans(fragment: str) -> str:
    """``fragment`` without its label spans, nested spans inside them included."""
    while True:
        label = _LABEL_SPAN.search(fragment)
        if not label:
            return fragment
        depth = 0
        end = len(fragment)
        name = label.group(1)
        parts = re.compile(rf"<{name}\b[^>]*>|</{name}\s*>", re.IGNORECASE)
        for part in parts.finditer(fragment, label.start()):
            depth += -1 if part.group(0).startswith("</") else 1
            if not depth:
                end = part.end()
                break
        fragment = fragment[: label.start()] + " " + fragment[end:]


def _summary_question(prose: str) -> str:
    """The question a multi-line summary asks: its heading's words (the heading may be
    left open around the code), else all its words."""
    prose = _without_label_spans(prose)
    heading = _HEADING_OPEN.search(prose)
    if heading:
        closing = re.search(rf"</h{heading.group(1)}\s*>", prose[heading.end() :], re.I)
        prose = prose[heading.end() : heading.end() + closing.start() if closing else None]
    return " ".join(_html_text(prose).split())


def _summary_shown(rows: list[str], *, prose_shown: bool = True) -> list[str]:
    """The Markdown a multi-line summary shows besides its question: its code fences
    and what stands outside its heading (the options of a multiple choice), without
    the heading, label spans and tags."""
    shown: list[str] = []
    fence = ""
    heading = ""  # the closing tag of the heading the rows are in
    for row in rows:
        was, fence = fence, code_fence(fence, row)
        if was != fence:  # a fence line
            shown.append(row.strip())
            continue
        if fence:
            shown.append(row)
            continue
        row = _without_label_spans(row)
        opened = None if heading else _HEADING_OPEN.search(row)
        if opened:
            # The heading's words are the question (see _summary_question).
            heading = f"</h{opened.group(1)}"
            row = row[opened.end() :]
        if heading:
            closing = row.lower().find(heading)
            if closing < 0:
                shown.append("")
                continue
            row = row[row.index(">", closing) + 1 :]
            heading = ""
        words = _html_text(row) if prose_shown else ""
        shown.append(row.strip() if words else "")
    while shown and not shown[-1]:
        shown.pop()
    return shown[next((n for n, r in enumerate(shown) if r), len(shown)) :]


def _flatten_summaries(text: str) -> tuple[str, list[int] | None]:
    """Write each ``<summary>`` that spans several lines as ``<summary>Question</summary>``
    on one line, followed by the code fences it held and a ``</summary>`` line that
    ends what the question shows: the question is its heading, the code goes on the
    front, and the answer is what follows the summary. Returns the new text and, per
    new line, the file's line number (None when nothing changed)."""
    if "<summary" not in text.lower():
        return text, None
    lines = text.split("\n")
    out: list[str] = []
    numbers: list[int] = []
    changed = False
    fence = ""
    index = 0
    while index < len(lines):
        line = lines[index]
        opening = None if fence else _SUMMARY_OPEN.search(line)
        fence = code_fence(fence, line)
        if opening is None or _SUMMARY_CLOSE.search(line, opening.end()):
            out.append(line)
            numbers.append(index + 1)
            index += 1
            continue
        # Collect to the "</summary>" outside the summary's own fences.
        held: list[str] = [line[opening.end() :]]
        prose: list[str] = list(held)
        inner_fence = ""
        end = None
        for later in range(index + 1, len(lines)):
            row = lines[later]
            was, inner_fence = inner_fence, code_fence(inner_fence, row)
            if was or inner_fence:
                held.append(row)
                continue
            closing = _SUMMARY_CLOSE.search(row)
            if closing:
                prose.append(row[: closing.start()])
                held.append(row[: closing.start()])
                end = (later, row[closing.end() :])
                break
            if _DETAILS_CLOSE.match(row.strip()) or _DETAILS_OPEN.match(row.strip()):
                break  # no "</summary>" in this <details>: leave the lines as they are
            prose.append(row)
            held.append(row)
        question = _summary_question("\n".join(prose)) if end else ""
        # With no heading, the summary's words are the question: only code is shown.
        headed = bool(_HEADING_OPEN.search("\n".join(prose)))
        code = _summary_shown(held, prose_shown=headed)
        # A plain summary over two or three lines is read as it always was.
        if end is None or not question or inner_fence or not (code or headed):
            out.append(line)
            numbers.append(index + 1)
            index += 1
            continue
        last, rest = end
        changed = True
        first = index + 1
        rows = [line[: opening.start()], f"<summary>{html.escape(question)}</summary>", ""]
        # The end mark even with no code: what follows is the answer, its label dropped.
        rows.extend([*code, "", _SUMMARY_END, ""])
        rows.append(rest)
        for row in rows:
            out.append(row)
            numbers.append(first)
        index = last + 1
    return ("\n".join(out), numbers) if changed else (text, None)


# "1.  ### What is X?": a list item opening with a heading; group 1 is its marker.
_HEADING_ITEM = re.compile(r"^( {0,3}\d{1,9}[.)] +)#{1,6}\s")


_TABLE_OPEN = re.compile(r"^ {0,3}<table\b", re.IGNORECASE)
_TABLE_CLOSE = re.compile(r"</table\s*>", re.IGNORECASE)


_DELIMITER_ROW = re.compile(r"^\s*\|?\s*:?-+:?\s*(?:\|\s*:?-*:?\s*)*\|?\s*$")
_CELL_BAR = re.compile(r"(?<!\\)\|")


def _row_cells(line: str) -> list[str]:
    """A pipe-table row's cells as written (outer bars dropped, ``\\|`` kept)."""
    body = line.strip()
    body = body[1:] if body.startswith("|") else body
    body = body[:-1] if body.endswith("|") and not body.endswith("\\|") else body
    return [c.strip() for c in _CELL_BAR.split(body)]


def _joined_cell(cells: list[str]) -> str:
    """The cells a bare ``|`` split off a row's last column, joined back into it: the
    bars escaped, and a lone backtick (the author's ``\\``` opening a command the
    bars cut) closed at the end, so the command reads whole as code."""
    while len(cells) > 1 and not cells[-1]:
        cells = cells[:-1]
    value = " \\| ".join(cells)
    if value.count("`") == 1:
        value = value.replace("\\`", "`") + "`"
    return value


def _rejoined(left: str, right: str) -> str:
    """Two cells a bare ``|`` split, one again: the bar escaped, tight against a
    backtick ("(`|`" stays code of one bar), spaced between words."""
    tight = left.endswith("`") or right.startswith("`")
    return f"{left}\\|{right}" if tight else f"{left} \\| {right}"


def _code_spans_whole(cells: list[str], width: int) -> list[str]:
    """A row's cells with every code span a bare ``|`` cut (``(`|`,`&&`)``: a cell with
    an odd number of backticks) joined back to the cells it runs on into, its bars
    escaped; the cells as they were when that does not bring the row to ``width``."""
    joined: list[str] = []
    open_span: list[str] = []
    for cell in cells:
        if open_span:
            open_span.append(cell)
            if cell.count("`") % 2:
                joined.append(functools.reduce(_rejoined, open_span))
                open_span = []
        elif cell.count("`") % 2:
            open_span = [cell]
        else:
            joined.append(cell)
    if open_span or len(joined) < width:
        return cells
    return joined


def _rejoin_table_rows(text: str) -> str:
    """Give every pipe-table row as many cells as its header names: a ``|`` inside a
    command (``du -h | sort``) splits a row into more cells than the header has, and
    CommonMark drops the excess (or, when the author padded the header with empty
    cells to fit, makes them columns of their own). The extra cells join the last
    named column again, their bars escaped; header cells left empty at the end are
    no columns. Lines stay where they were."""
    if "|" not in text:
        return text
    lines = text.split("\n")
    fence = ""
    width = 0  # the header's named cells while inside a table
    changed = False
    for at, line in enumerate(lines):
        was, fence = fence, code_fence(fence, line)
        if was or fence:
            width = 0
            continue
        if width and "|" in line and line.strip():
            cells = _row_cells(line)
            if _DELIMITER_ROW.match(line):
                if len(cells) > width:
                    lines[at] = "| " + " | ".join(cells[:width]) + " |"
                    changed = True
                continue
            if len(cells) > width:
                kept = _code_spans_whole(cells, width)
                if len(kept) > width:
                    kept = [*kept[: width - 1], _joined_cell(kept[width - 1 :])]
                lines[at] = "| " + " | ".join(kept) + " |"
                changed = True
            continue
        width = 0
        if (
            "|" in line
            and at + 1 < len(lines)
            and _DELIMITER_ROW.match(lines[at + 1])
            and "-" in lines[at + 1]
        ):
            cells = _row_cells(line)
            if len(_row_cells(lines[at + 1])) != len(cells):
                continue  # no table (GFM): "a | b" over a setext "---" underline
            named = len(cells)
            while named > 1 and not cells[named - 1]:
                named -= 1
            width = named
            if named < len(cells):
                lines[at] = "| " + " | ".join(cells[:named]) + " |"
                changed = True
    return "\n".join(lines) if changed else text


def _close_html_tables(text: str) -> tuple[str, list[int] | None]:
    """Drop the blank lines inside a raw ``<table>`` … ``</table>`` (pages written
    with a blank line between cells): CommonMark would end the HTML block at the first
    one and read the rest as paragraphs and indented code. Returns the new text and,
    per new line, the file's line number (None when nothing changed)."""
    if "<table" not in text and "<Table" not in text:
        return text, None
    lines = text.split("\n")
    out: list[str] = []
    numbers: list[int] = []
    fence = ""
    inside = False
    changed = False
    for number, line in enumerate(lines, start=1):
        if not inside:
            fence = code_fence(fence, line)
        if not fence and not inside and _TABLE_OPEN.match(line):
            inside = True
        if inside and not line.strip():
            changed = True
            continue
        if inside and _TABLE_CLOSE.search(line):
            inside = False
        out.append(line)
        numbers.append(number)
    return ("\n".join(out), numbers) if changed else (text, None)


# A bookdown/Pandoc exercise written in HTML: ``<div class="question">`` (the task) closed,
# then ``<div class="answer">`` (its solution). Each tag on a line of its own.
_HTML_DIV_OPEN = re.compile(r"""^ {0,3}<div\s+class\s*=\s*["']?([\w-]+)["']?\s*>\s*$""", re.I)
_HTML_DIV_CLOSE = re.compile(r"^ {0,3}</div\s*>\s*$", re.IGNORECASE)
_TASK_DIVS = frozenset({"question", "exercise", "problem", "task"})


def _pair_question_divs(text: str) -> str:
    """Rewrite each question div followed by an answer div (blank lines between) as a
    ``<details>`` question: the question's text is the summary, the answer div's body
    the hidden answer. A question holding code or more than one paragraph, or one with
    no answer after it, stays as it is. Lines keep their numbers (every rewritten line
    becomes one line)."""
    if "<div" not in text:
        return text
    lines = text.split("\n")
    spans: list[tuple[str, int, int]] = []  # kind, opening index, closing index
    stack: list[tuple[str, int]] = []
    fence = ""
    for at, line in enumerate(lines):
        was, fence = fence, code_fence(fence, line)
        if was or fence:
            continue
        opened = _HTML_DIV_OPEN.match(line)
        if opened:
            stack.append((opened.group(1).lower(), at))
        elif _HTML_DIV_CLOSE.match(line) and stack:
            kind, start = stack.pop()
            spans.append((kind, start, at))
    answers = {start: close for kind, start, close in spans if kind in _ANSWER_DIVS}
    for kind, start, close in spans:
        if kind not in _TASK_DIVS:
            continue
        after = next((n for n in range(close + 1, len(lines)) if lines[n].strip()), None)
        body = [line.strip() for line in lines[start + 1 : close]]
        words = " ".join(line for line in body if line)
        paragraphs = "\n".join(body).strip().count("\n\n")
        if after not in answers or not words or paragraphs or code_fence("", words):
            continue
        lines[start] = f"<details><summary>{html.escape(words, quote=False)}</summary>"
        for n in range(start + 1, after + 1):
            lines[n] = ""
        lines[answers[after]] = "</details>"
    return "\n".join(lines)


_DETAILS_LINE = re.compile(r"^ {0,3}<details\b[^>]*>\s*$", re.IGNORECASE)
_SUMMARY_LINE = re.compile(r"^ {0,3}<summary\b[^>]*>(.*)</summary>\s*$", re.IGNORECASE)
_TABLE_LINE = re.compile(r"^ {0,3}\|.*\|\s*$")


def _open_titled_tables(text: str) -> str:
    """A ``<details>`` whose summary names a part of the document rather than asking
    ("Look at the feature table"), holding a table: a titled section. Its summary becomes
    a heading one level below the section it sits in and its tags go, so the table (and
    what stands with it) is read by the usual rules. Runs on the output of
    :func:`_separate_details` (each tag on a line of its own); lines keep their count."""
    if "<details" not in text or "|" not in text:
        return text
    lines = text.split("\n")
    level = 1
    fence = ""
    titled: set[int] = set()
    at = 0
    while at < len(lines):
        line = lines[at]
        was, fence = fence, code_fence(fence, line)
        heading = None if was or fence else re.match(r"^ {0,3}(#{1,6})\s", line)
        if heading and at not in titled:  # a titled part never nests the next one
            level = len(heading.group(1))
        if was or fence or not _DETAILS_LINE.match(line):
            at += 1
            continue
        close = _details_close(lines, at)
        summary_at = next((n for n in range(at + 1, close) if lines[n].strip()), None)
        summary = _SUMMARY_LINE.match(lines[summary_at]) if summary_at is not None else None
        title = " ".join(_unescaped(_html_text(summary.group(1))).split()) if summary else ""
        body = lines[(summary_at or at) + 1 : close]
        if (
            summary_at is not None
            and close < len(lines)
            and title
            and not title.endswith("?")
            and not question_text(title)
            and not _GENERIC_SUMMARY.match(title)
            and not ANSWER_LABEL.match(title)
            and any(_TABLE_LINE.match(b) for b in body)
            and not any(_DETAILS_LINE.match(b) for b in body)
        ):
            lines[at] = ""
            lines[summary_at] = f"{'#' * min(level + 1, 6)} {title}"
            titled.add(summary_at)
            lines[close] = ""
        at += 1
    return "\n".join(lines)


def _details_close(lines: list[str], at: int) -> int:
    """The index of the ``</details>`` line closing the one opened at ``at`` (the
    number of lines when it never closes)."""
    depth = 0
    for n in range(at, len(lines)):
        if _DETAILS_LINE.match(lines[n]):
            depth += 1
        elif _DETAILS_CLOSE.match(lines[n].strip()):
            depth -= 1
            if not depth:
                return n
    return len(lines)


def _last_line(lines: list[str]) -> str:
    """The last line of ``lines`` that is not blank, "" when none."""
    return next((line for line in reversed(lines) if line.strip()), "")


# Fences inside a fold inside a list item sit deeper than a page's own (3 spaces).
_FOLD_FENCE_INDENT = 11
# A list item's marker line, its marker's column the item's own: ("  2. **Task**").
_MARKER_LINE = re.compile(r"^( *)((?:[*+-]|\d{1,9}[.)]) +)\S")
# A line that opens an exercise or a question: a list item, a bold line, a numbered
# label ("Q3.", "Task 2:"); a block ending on "?" asks too (see _asks_next).
_EXERCISE_LINE = re.compile(r"^(?:(?:[*+-]|\d{1,9}[.)])\s+\S|\*\*|__|[A-Za-z]+\s*\d{1,4}\s*[.:)])")
# What a line holding only fold tags (and the paragraph tags authors put with them,
# "<details><summary>show</summary><p>") leaves once they go.
_FOLD_TAGS = re.compile(r"<details\b[^>]*>|<summary\b[^>]*>.*?</summary\s*>|</details\s*>|</?p>")


def _asks_next(lines: list[str], start: int, end: int) -> bool:
    """Whether the block of ``lines[start:end]`` opens an exercise or asks a question."""
    first = lines[start].strip()
    return bool(_EXERCISE_LINE.match(first)) or " ".join(lines[start:end]).rstrip().endswith("?")


def _unclosed_fold_ends(lines: list[str]) -> tuple[dict[int, int], dict[int, int]]:
    """Where the ``<details>`` folds the author never closed end: per line index, how
    many ``</details>`` go right before it (the index ``len(lines)`` for the end of the
    page); and per line opening such a fold in a list item, the margin its answer's
    lines move back by. An exercise page that writes "1. **Task**", its solution in
    ``<details><summary>show</summary><p>`` and never ``</details>``, renders each fold
    nested in the one before; read as written, the first task's answer ran on through
    every later task. A fold left open ends where its list item does (a line back at
    the item's marker or left of it), before the exercise or question that leads into
    the next fold no deeper than it, at the next heading, or at the fold around it
    closing; failing all, at the end of the page. Folds that are closed, and folds
    opened inside an open one and closed (a hint inside a solution), are kept as
    written."""
    fence = ""
    in_table = False
    # Per line: (outside code, its indent, blank, its fold tags (kind, column)).
    rows: list[tuple[bool, int, bool, list[tuple[str, int]]]] = []
    for line in lines:
        was, fence = fence, code_fence(fence, line, indent=_FOLD_FENCE_INDENT)
        text = not (was or fence)
        if text and not in_table and _TABLE_OPEN.match(line):
            in_table = True
        tags: list[tuple[str, int]] = []
        if text and not in_table and "<" in line:
            code = [m.span() for m in _INLINE_CODE.finditer(line)] if "`" in line else []
            for part in _DETAILS_PART.finditer(line):
                if any(a <= part.start() < b for a, b in code):
                    continue
                tag = part.group(0).lower()
                if tag.startswith(("<details", "</details")):
                    tags.append((tag[:3], part.start()))
        if in_table and _TABLE_CLOSE.search(line):
            in_table = False
        rows.append((text, len(line) - len(line.lstrip(" ")), not line.strip(), tags))
    # Pair each close with the latest open fold no deeper than it (with none, the
    # latest open): a close at the margin ends the fold at the margin, not a deeper
    # one left open inside it.
    pending: list[tuple[int, int]] = []
    unclosed: list[tuple[int, int]] = []
    for at, (_, _, _, tags) in enumerate(rows):
        for kind, column in tags:
            if kind == "<de":
                pending.append((at, column))
            elif pending:
                pick = next(
                    (n for n in range(len(pending) - 1, -1, -1) if pending[n][1] <= column),
                    len(pending) - 1,
                )
                # The open folds after the one it closes were never closed.
                unclosed.extend(pending[pick + 1 :])
                del pending[pick:]
    unclosed.extend(pending)
    if not unclosed:
        return {}, {}
    ends: dict[int, int] = {}
    margins: dict[int, int] = {}
    spans: list[tuple[int, int]] = []
    for start, column in sorted(unclosed):
        item = None
        content = column  # where the item's text starts (CommonMark's content column)
        if column:
            for back in range(start - 1, -1, -1):
                text, indent, blank, _ = rows[back]
                if text and not blank and indent < column:
                    marker = _MARKER_LINE.match(lines[back])
                    if marker:
                        item = len(marker.group(1))
                        # Five spaces after the marker or more: the text starts at one.
                        spaces = len(marker.group(2)) - len(marker.group(2).rstrip())
                        content = item + len(marker.group(2)) - (spaces - 1 if spaces > 4 else 0)
                    break
        end = _fold_end(lines, rows, start, column, item)
        spans.append((start, end))
        if item is not None:
            # The answer's own margin: its least indented text, its indented code four
            # spaces in (so that code keeps no spaces of the author's layout).
            margins[start] = min(
                (
                    rows[at][1] - 4 if rows[at][1] - content >= 4 else rows[at][1]
                    for at in range(start + 1, end)
                    if rows[at][0] and not rows[at][2] and _FOLD_TAGS.sub("", lines[at]).strip()
                ),
                default=column,
            )
    # A fold opened inside one that ends ends no later than it.
    for n, (start, end) in enumerate(spans):
        for outer_start, outer_end in spans[:n]:
            if outer_start < start < outer_end:
                end = min(end, outer_end)
        spans[n] = (start, end)
        ends[end] = ends.get(end, 0) + 1
    return ends, margins


def _fold_end(
    lines: list[str],
    rows: list[tuple[bool, int, bool, list[tuple[str, int]]]],
    start: int,
    column: int,
    item: int | None,
) -> int:
    """The line an unclosed fold opened at ``start`` ends before (see
    :func:`_unclosed_fold_ends`); ``item`` is the marker column of the list item it
    sits in, if any."""
    depth = 0  # folds opened inside it and not yet closed
    body = False  # a line of its own inside it so far
    for at in range(start + 1, len(lines)):
        text, indent, blank, tags = rows[at]
        if depth == 0 and text and not blank:
            if item is not None and indent <= item and not tags:
                return at  # the next item, or text back at the margin: the item is over
            if body and _ATX_LEVEL.match(lines[at]):
                return at
        for kind, tag_column in tags:
            if kind == "</d":
                if depth == 0:
                    return at  # the fold around it closes
                depth -= 1
                continue
            if depth == 0 and tag_column <= column:
                asked = _question_before(lines, rows, start, at)
                if asked is not None:
                    return asked
            depth += 1
        if (
            text
            and not blank
            and (not tags or depth == 0)
            and _FOLD_TAGS.sub("", lines[at]).strip()
        ):
            body = True
    return len(lines)


def _question_before(
    lines: list[str],
    rows: list[tuple[bool, int, bool, list[tuple[str, int]]]],
    start: int,
    at: int,
) -> int | None:
    """The first line of the exercise or question right before the fold opened at
    ``at``, when it lies inside the fold opened at ``start`` after a line of its
    answer; None when the new fold follows its answer directly (a fold inside it)."""
    end = at
    while end > start + 1 and rows[end - 1][2]:
        end -= 1
    first = end
    while (
        first > start + 1
        and rows[first - 1][0]
        and not rows[first - 1][2]
        and not rows[first - 1][3]
    ):
        first -= 1
    # Answer text run straight into the next task ("Take-away: …" then "2. **Task**"):
    # the task starts at its first line left of the fold.
    first = next((n for n in range(first, end) if rows[n][1] < rows[start][1]), first)
    if first == end or not _asks_next(lines, first, end):
        return None
    answered = any(
        rows[n][0] and not rows[n][2] and _FOLD_TAGS.sub("", lines[n]).strip()
        for n in range(start + 1, first)
    )
    return first if answered else None


# "<details><b>Show Answer</b></summary>": the author forgot to open the summary that
# the line closes; read as written, the label became the first line of the answer.
_UNOPENED_SUMMARY = re.compile(
    r"(<details\b[^>\n]*>[ \t]*)(?=(?:(?!<summary\b|</details)[^\n])*</summary\s*>)",
    re.IGNORECASE,
)


def _separate_details(text: str) -> tuple[str, list[int] | None]:
    """Put every ``<details>``, ``<summary>…</summary>`` and ``</details>`` on a line of
    its own between blank lines, so that CommonMark ends the HTML block there and parses
    the answer inside as Markdown (``<summary>Q</summary><br>`` directly followed by a
    list would otherwise swallow the list as raw HTML). Returns the new text and, per
    new line, the file's line number (None when nothing changed)."""
    if "<details" not in text and "<summary" not in text:
        return text, None
    if "</summary" in text:
        text = _UNOPENED_SUMMARY.sub(r"\1<summary>", text)
    rows = text.split("\n")
    ends, margins = _unclosed_fold_ends(rows) if "<details" in text else ({}, {})
    out: list[str] = []
    numbers: list[int] = []
    fence = ""
    # A <details> indented under a list item ("1. Task" then "    <details>…"): its
    # lines move back by that indent, so that the hidden solution reads as Markdown (at
    # four spaces it would be an indented code block once the tag leaves the item).
    indent = 0
    open_details = 0
    # Inside an item that opens with a heading ("1.  ### What is X?", the answer
    # indented under it) the item is a section and its blocks are read where they are:
    # the pieces keep their line's indentation, so that the <details> stays in the item,
    # no deeper than the <details> that opened them (a summary or text 4 columns deeper
    # after a blank line would read as indented code).
    item = -1  # the content column of the heading item the lines are in, else -1
    opened = 0  # the indentation of the last <details> kept in its item
    follows = False  # the line before was split (its HTML block went on here)
    walled = False  # the open fence was set apart from the HTML line above it
    html_layout = False  # the open <details> is a tab laid out in HTML (see below)
    # A summary indented past its <details>: (its column, how far past), until the line
    # after it shows whether the body sits as deep (see below).
    summary_layout: tuple[int, int] | None = None
    # Inside a raw ``<table>`` a fold is a cell's ("+Expand" over a long default value):
    # split out, the table's HTML block would end there and lose its rows.
    in_table = False
    for number, line in enumerate(rows, start=1):
        for _ in range(ends.get(number - 1, 0)):
            # A fold the author never closed ends here (see _unclosed_fold_ends).
            out.extend(("", "</details>", ""))
            numbers.extend((number, number, number))
            open_details = max(open_details - 1, 0)
            if not open_details:
                indent = 0
                html_layout = False
        if summary_layout is not None and line.strip():
            column, past = summary_layout
            summary_layout = None
            if len(line) - len(line.lstrip(" ")) - indent >= column:
                # "<details>" then "    <summary>Answer</summary>" and "    d. Docker":
                # the author indented the fold's inside as HTML, the body as deep as its
                # summary; that margin is layout (at four spaces the answer would read
                # as indented code), so the body moves back by it. (A body written
                # back at the margin keeps its lines where they are.)
                indent += past
        if indent:
            lead = len(line) - len(line.lstrip(" "))
            line = line[min(lead, indent) :]
        elif html_layout and not fence and line.lstrip().startswith("<"):
            line = line.lstrip(" ")
        lead = len(line) - len(line.lstrip(" "))
        heading_item = None if fence else _HEADING_ITEM.match(line)
        if heading_item:
            item = len(heading_item.group(1))
        elif line.strip() and not fence and lead < item and not open_details:
            item = -1  # a line left of the item's content ends it
        was = fence
        fence = code_fence(fence, line)
        if open_details and fence and not was and out and out[-1].lstrip().startswith("<"):
            # A fence right under an HTML line of the answer ("<p>" then ```` ```js ````):
            # CommonMark would read it as the HTML block's raw text, the fence lines
            # left in the card; a blank line ends the HTML block first.
            out.append("")
            numbers.append(number)
            walled = True
        if was and not fence and walled:
            out.extend((line, ""))  # and the HTML after the closing fence starts anew
            numbers.extend((number, number))
            walled = False
            continue
        if item >= 0 and follows and not fence and line.strip() and lead > opened + 3:
            line = " " * opened + line.lstrip(" ")
            lead = opened
        # `<details>` written as inline code is text about the tag, not the tag.
        spans = [m.span() for m in _INLINE_CODE.finditer(line)] if "`" in line else []
        if not fence and not in_table and _TABLE_OPEN.match(line):
            in_table = True
        parts = (
            []
            if fence or in_table
            else [
                p
                for p in _DETAILS_PART.finditer(line)
                if not any(a <= p.start() < b for a, b in spans)
            ]
        )
        for part in parts:
            tag = part.group(0).lower()
            if tag.startswith("<details"):
                if not open_details:
                    opened = lead
                    # Under an HTML line of its own ("<div tabs>" then "  <details>", a
                    # site's content tabs) the indent is the HTML's layout, not an item's:
                    # the Markdown inside keeps its columns, so a fence indented under its
                    # step ("1. Create …:" then "   ```yaml") stays in that step; only
                    # its tags move back ("    <summary label=…>" is no indented code).
                    nested = item < 0 and lead >= _INDENTED_DETAILS
                    tabbed = nested and _last_line(out).lstrip().startswith("<")
                    indent = lead if nested and line.lstrip().startswith("<") and not tabbed else 0
                    if indent and number - 1 in margins:
                        # "2. **Task**" then "     <details>…" past the answer under it:
                        # its lines move back by the answer's margin (by the tag's, its
                        # indented code would read as text).
                        indent = min(indent, margins[number - 1])
                    html_layout = tabbed
                open_details += 1
            elif tag.startswith("</details") and open_details:
                open_details -= 1
                if not open_details:
                    indent = 0
                    html_layout = False
            elif (
                tag.startswith("<summary")
                and open_details == 1
                and item < 0
                and not html_layout
                and part.start() == lead
                and lead > opened - indent
            ):
                summary_layout = (lead, lead - (opened - indent))
        if in_table and _TABLE_CLOSE.search(line):
            in_table = False
        if not parts:
            out.append(line)
            numbers.append(number)
            follows = follows and bool(line.strip())
            continue
        margin = " " * min(lead, opened) if item >= 0 else ""
        pieces: list[str] = []
        done = 0
        for part in parts:
            pieces.extend((line[done : part.start()], part.group(0)))
            done = part.end()
        pieces.append(line[done:])
        for piece in pieces:
            if piece.strip():
                out.extend(("", margin + piece.strip(), ""))
                numbers.extend((number, number, number))
        follows = item >= 0
    for _ in range(ends.get(len(rows), 0)):
        out.extend(("", "</details>"))
        numbers.extend((len(rows), len(rows)))
    return "\n".join(out), numbers


def _relined(block: Block, numbers: list[int]) -> Block:
    """``block`` with its line numbers read through ``numbers`` (new line → file line)."""

    def line_of(line: int) -> int:
        return numbers[line - 1] if 0 < line <= len(numbers) else line

    if isinstance(block, Table):
        return replace(
            block, line=line_of(block.line), row_lines=tuple(line_of(n) for n in block.row_lines)
        )
    if isinstance(block, Question):
        return replace(
            block,
            line=line_of(block.line),
            answer=tuple(_relined(b, numbers) for b in block.answer),
            shown=tuple(_relined(b, numbers) for b in block.shown),
            inner=tuple(
                Located(block=_relined(i.block, numbers), headings=i.headings) for i in block.inner
            ),
        )
    return replace(block, line=line_of(block.line))


# A <details> summary that only says how to open it: the question is the line before.
# (An emoji or symbol before the word, "🔑 Solution", "▶ Show", is decoration; "Sample
# Solution (Exercise 1)" is a solution too.)
_GENERIC_SUMMARY = re.compile(
    r"^[^\w\s]*\s*(?:(?:sample|example|reference|model|possible|suggested)\s+(?=solution|answer))?"
    r"(?:show|solution|answer|answear|anwser|ans|hint|click|expand|details|reveal|see|view|open|"
    r"toggle)\b",
    re.IGNORECASE,
)
# A summary that only offers more of the page ("Expand to view more!", "Click to see
# all", "Show details"), never an answer or a solution.
_MORE_SUMMARY = re.compile(
    r"^[^\w\s]*\s*(?:click\s+(?:here\s+)?to\s+)?(?:expand|view|show|see|read)\s+"
    r"(?:(?:to\s+)?(?:view|see|read)\s+)?(?:more|all|details|the\s+(?:rest|full\s+list))\b",
    re.IGNORECASE,
)
# A <details> box beside a task's solution that is no answer: what to set up first, help
# to read, background, an optional extra ("Prerequisites", "Help", "Concepts",
# "Optional - Install a sample app", "Prerequisite: Metrics Server").
_ASIDE_SUMMARY = re.compile(
    r"^(?:pre-?requisites?|requirements?|help|concepts?|overview|background|context|"
    r"optional|set-?up|preparation|prep|clean-?up|notes?|tips?|references?|resources|"
    r"documentation|docs|bookmarks?|diagram|further reading)\b(?![^?]*\?\s*$)",
    re.IGNORECASE,
)
# "Define a liveness command": "define" with an article or a possessive makes one
# (a procedure's title, like "Create a …"); "Define overfitting" asks.
_QUESTION_WORDS = re.compile(
    r"^(?:please\s+)?(?:explain|describe|define(?!\s+(?:a|an|your|our|my)\s)|compare|"
    r"differences?\s+between|distinguish)\b",
    re.IGNORECASE,
)
# An imperative that asks for an answer ("Name a few …", "Write the syntax of …"), with
# at least two words after the verb: "Name things" alone titles a section. Verbs that set
# a task ("Write a function …", "List all pods …", "Create …") are exercises: their own
# rule shows the task's code and takes the solution.
_IMPERATIVE_ASK = re.compile(
    r"^(?:name|mention|state|enumerate|outline|differentiate|summari[sz]e|illustrate|"
    r"discuss|justify|write\s+(?:down|the))\s+\S+\s+\S",
    re.IGNORECASE,
)
# "… ? If yes, please explain.", "… ? Please elaborate.": a follow-up asking the
# question's answer at more length (a bare verb, no object of its own).
_FOLLOW_UP_ASK = re.compile(
    r"^(?:if\s+(?:yes|so|not|no)\b\s*[,.]?\s*)?(?:please\s+)?"
    r"(?:explain|describe|elaborate|discuss|justify)(?:\s+(?:why|how))?\s*[.!]?$",
    re.IGNORECASE,
)
# "… ? Provide an example.", "… ? Give a code example using X.": a follow-up asking
# the question's answer to show an example too.
_EXAMPLE_ASK = re.compile(
    r"^(?:please\s+)?(?:provide|give|show|include)\s+(?:an?\s+|some\s+)?"
    r"(?:(?:short|simple|brief|small|code|practical|real-world)\s+)*examples?\b[^?]*[.!]?$",
    re.IGNORECASE,
)
# "Q1:", "Question 17b.", "Q).": the author's mark before a question, not its words.
# A "Question:" label opening a question (after its number), bold or not.
_QUESTION_LEAD = re.compile(
    rf"^{label_words(QUESTION_NAMES)}\s*:\s*(?:\*{{1,2}}\s*)?", re.IGNORECASE
)
_Q_MARK = re.compile(r"^Q(?:uestion)?\s*\d*[a-z]?\s*[:.)-]+\s*", re.IGNORECASE)
# "3️⃣", "1️⃣2️⃣", "🔟": keycap emoji numbering a question as "3." does.
# ("15a." numbers a follow-up to question 15: its lower-case letter is numbering too.)
_Q_NUMBER = re.compile(
    r"^(?:Q(?:uestion)?\s*\d*[a-z]?\s*[:.)-]+|\d+(?:\.\d+)*(?-i:[a-z])?\s?[.)]"
    r"|(?:[0-9]\ufe0f?\u20e3|\U0001f51f)+)\s*",
    re.IGNORECASE,
)
_EMOJI_BEFORE_NUMBER = re.compile(
    "^[\U0001f000-\U0001faff\u2600-\u27bf\u2b00-\u2bff\ufe0f\u200d]+\\s*(?=\\d+[a-z]?[.)]\\s)"
)
# A sub-heading that holds a question's answer in parts: "Answer", "Solution",
# "Debugging Steps", "Troubleshooting Steps", "Approach".
_ANSWER_CONTAINER = re.compile(
    rf"^(?:{label_words(_ANSWER_PHRASES, ANSWER_NAMES, ANSWER_KINDS)}|"
    r"(?:[a-z]+ )?steps|approach|resolution)$"
)
# A question without its "?": a question word not followed by the subject pronoun of
# a statement ("What is a prototype chain", "Who created JavaScript", "How to …"), or a
# verb opening it ("Is it possible …", "Does X support …"). "How it works" and "What
# you'll need" state: no question.
_INTERROGATIVE = re.compile(
    r"^(?:(?:what|how|why|when|where|which|who|whom|whose)(?:['’]s)?\s+"
    r"(?!(?:it|you|we|they|i|he|she|this|these|that|those|your|our|my)\b)\S|"
    r"(?:is|are|was|were|can|could|does|do|did|should|would|will|shall|has|have)\s+\S)",
    re.IGNORECASE,
)
# A heading or a line of its own that opens an answer ("Answer", "A", "Short answer").
_ANSWER_HEADINGS = frozenset({*ANSWER_NAMES, *ANSWER_KINDS, ANSWER_LETTER, *_ANSWER_PHRASES})
_ALSO_ASKED = re.compile(r"^(?:also asked(?: as)?|other phrasings?|variants?)\s*:?\s*", re.I)
_PLAIN = re.compile(r"[^\w\s?]")


# A rating after a question or task: "(★☆☆)", "[easy]", "(Difficulty: hard)", also
# written before the question's "?".
_RATING = re.compile(
    r"\s*[(\[]\s*(?:[★☆✩✪✫⭐*]+|easy|medium|moderate|hard|beginner|intermediate|advanced|"
    r"expert|(?:difficulty|level)\s*[:=-]?\s*[^()\[\]]{1,20})\s*[)\]]\s*([?.]?)\s*$",
    re.IGNORECASE,
)
# "`hint: np.zeros`", "**Hint:** …", "No hints provided": a nudge before a solution
# (or the lack of one), not the solution.
_HINT = re.compile(r"^[`*_\s]*(?:hints?\b\s*[:.\-]|no\s+hints?\b)", re.IGNORECASE)


# What an exercise heading ends with besides a rating: a time estimate ("(~45 min)",
# "(1-2 hours)") or bare stars ("Worker Pool ★★★"). Neither is part of the task.
_ESTIMATE = re.compile(
    r"\s*(?:[(\[]\s*~?\s*\d+(?:\s*[-\u2013]\s*\d+)?\s*(?:min(?:ute)?s?|h(?:ours?|rs?)?)\.?\s*[)\]]"
    r"|[★☆✩✪✫⭐]+)\s*$",
    re.IGNORECASE,
)


def without_rating(text: str) -> str:
    """``text`` without the difficulty rating an exercise heading ends with."""
    return _RATING.sub(r"\1", text)  # "… samples (★★★)?" keeps its "?" (or ".")


def without_estimate(text: str) -> str:
    """An exercise's title without its rating and time estimate ("Worker Pool ★★★
    (~45 min)" → "Worker Pool"). (A time alone does not make a heading a task:
    "Implementation overview (15 minutes)" titles a walkthrough.)"""
    while (shorter := _ESTIMATE.sub("", text)) != text:
        text = shorter
    return without_rating(text)


# A documentation tool's line inside a code sample, for the tool and not the reader:
# twoslash directives ("// @errors: 2339", "// @filename: a.ts", "// @lib: ES2015",
# "// @noErrors"), cut marks ("// ---cut---"), a triple-slash reference
# ("/// <reference types=…/>") and file captions ("/// file: vite.config.js",
# "<!--- file: App.svelte --->").
_DOC_TOOL_LINE = re.compile(
    r"^\s*(?://\s*@\w+\b.*|//\s*---cut(?:-[a-z]+)?---|///\s*<reference\b.*/>|"
    r"///\s*file:.*|<!---\s*file:.*--->)\s*$"
)
_CUT = re.compile(r"^\s*//\s*---cut(?:-before)?---\s*$")
_CUT_AFTER = re.compile(r"^\s*//\s*---cut-after---\s*$")
# Highlight marks of such a sample: "+++added+++" (kept) and "---removed---" (gone),
# perhaps over several lines.
_ADDED = re.compile(r"\+\+\+(.+?)\+\+\+", re.DOTALL)
_REMOVED = re.compile(r"---(?=[^-\s])(.+?)(?<=[^-\s])---", re.DOTALL)
_REMOVED_ROWS = re.compile(r"^[ \t]*---(?=[^-\s])(.+?)(?<=[^-\s])---[ \t]*\n", re.DOTALL | re.M)


def without_doc_tool_marks(code: str) -> str:
    """``code`` without the lines and marks its documentation tool reads: the setup
    above a cut mark, directive lines, "+++"/"---" highlights. Code with no directive
    line is left as it is (a YAML "---" or a diff's "+++" means what it says)."""
    rows = code.split("\n")
    if not any(_DOC_TOOL_LINE.match(row) for row in rows):
        return code
    cut = [at for at, row in enumerate(rows) if _CUT.match(row)]
    if cut:
        rows = rows[cut[-1] + 1 :]
    after = next((at for at, row in enumerate(rows) if _CUT_AFTER.match(row)), None)
    if after is not None:
        rows = rows[:after]
    text = "\n".join(row for row in rows if not _DOC_TOOL_LINE.match(row))
    text = _REMOVED.sub("", _REMOVED_ROWS.sub("", _ADDED.sub(r"\1", text)))
    return text.lstrip("\n")


# A label that is a question word alone ("**Why?**", "**How?**"): it asks about the
# heading it sits under ("### Disable profiling" → why disable profiling?).
BARE_ASK = re.compile(r"^(?:why|how|when|where)\s*\?$", re.IGNORECASE)


def _bare(text: str) -> str:
    return _PLAIN.sub("", text).strip().lower()


# "… in JavaScript ?." / "… work ?:": the question mark ends the question.
_MARK_AFTER_QUESTION = re.compile(r"\s*\?\s*[.:]+$")


def ending_on_question_mark(text: str) -> str:
    """``text`` with a stop or colon after its closing "?" dropped ("What is X ?." →
    "What is X?"), as the parser reads a question and as the rules ask it."""
    return _MARK_AFTER_QUESTION.sub("?", text)


_TRANSLATED = re.compile(r"^(.+?\?)\s+/\s+(.+\?)$")


# A word in a script other than Latin ("такое", "什么"): two letters or more.
_OTHER_SCRIPT_WORD = re.compile(r"[^\W\d_\u0000-\u024f]{2,}")


def _without_translation(line: str) -> str:
    """A bilingual question heading ("What is an API? / Что такое API?") without its
    translation: the same question in another script after a " / " is no second
    question, and the first is the one the page answers first. A translation keeps the
    Latin names it has no word for ("Что такое endpoint?"): one part writing words of
    another script and the other none is what tells the languages apart."""
    translated = _TRANSLATED.match(line)
    if not translated:
        return line
    first, second = translated.group(1), translated.group(2)
    if bool(_OTHER_SCRIPT_WORD.search(first)) == bool(_OTHER_SCRIPT_WORD.search(second)):
        return line  # "What is X? / What is Y?": two questions in one language
    return first


# Asked of every heading and paragraph by the parser, the question grouping and the
# rules, the same text many times over: a pure function of its text.
@functools.lru_cache(maxsize=8192)
def question_text(text: str) -> str:
    """``text`` as the author's question when it is shaped as one ("3. What is a Pod?",
    "Q1: …", "Explain …", "Difference between …", a numbered "12. What is hoisting"
    written without its "?"), without its numbering; else ""."""
    line = " ".join(text.split())
    numbered = bool(_Q_NUMBER.match(line))
    # "### 🩺 2. **What is …?**": an emoji before the number only decorates it (the
    # line still asks only when it ends in "?": "🔁 5️⃣ How they relate" titles a part).
    line = _EMOJI_BEFORE_NUMBER.sub("", line)
    line = without_rating(_Q_NUMBER.sub("", line).strip()).strip().strip("*").strip()
    # "### 3. **Question:** Explain X.": the label after the number is markup too.
    line = _QUESTION_LEAD.sub("", line, count=1)
    # "What is X? 👶": a difficulty or mood mark after the "?" still leaves a question.
    line = strip_trailing_decoration(line).rstrip("*").rstrip()
    line = ending_on_question_mark(line)
    line = _without_translation(line)
    if not line or len(line) > 300:
        return ""
    if line.endswith("?") or _QUESTION_WORDS.match(line):
        return line
    asked, mark, then = line.rpartition("?")
    if (
        mark
        and asked.strip()
        and (
            _QUESTION_WORDS.match(then.strip())
            or _IMPERATIVE_ASK.match(then.strip())
            or _FOLLOW_UP_ASK.match(then.strip())
            or _EXAMPLE_ASK.match(then.strip())
        )
    ):
        # "What is Go? Explain its main features.": a question and the author's
        # follow-up asking for more of the same answer.
        return line
    if (numbered or line.endswith(".")) and _IMPERATIVE_ASK.match(line):
        # "40. Name a few tools.", "Mention the benefits of X.": an exam's imperative
        # question; numbered or closed by a "." it is asked, never a section title.
        return line
    if numbered and _INTERROGATIVE.match(line) and not line.endswith((".", ":", "!")):
        # In a numbered list of questions the author may leave out the "?"; a bare
        # "How it works" heading, unnumbered, stays a section.
        return line
    if has_blank(line) and len(line.split()) >= _BLANK_QUESTION_WORDS:
        # "DevOps is an extension of _____ infrastructure in which its process is
        # _____.": a fill-in question; what fills the blanks answers it.
        return line
    return ""


_BLANK_QUESTION_WORDS = 4  # "Name: ____" is a form's field, not a sentence to complete


# A first paragraph that only sets a scene ("Let's say you're a developer …",
# "Suppose you …", "Imagine …").
SCENE = re.compile(
    r"^(?:let['’]s say|let us say|say you|suppose|imagine|picture this|consider a)\b",
    re.IGNORECASE,
)
# A labelled part of an answer ("> **Explanation:** …", "**Output:** …"): it goes on
# the answer of the question above it, never a card of its own.
# A heading that only labels a part of an answer ("Steps:", "Benefits", "Example:
# Full HTML and CSS", "Detailed Explanation"): it names no subject of its own.
_ANSWER_LABEL = re.compile(
    r"^(?:(?:detailed\s+|short\s+|brief\s+)?explanation|examples?|code\s+examples?|steps?|"
    r"benefits|key\s+points|notes?|advantages|disadvantages|pros|cons|syntax|usage|output|"
    r"summary|conclusion|how\s+it\s+works)"
    r"\s*(?::.*)?$",
    re.IGNORECASE,
)
# The labels that only ever name a part of an answer, never a section of a page.
_ANSWER_ONLY_LABEL = re.compile(
    r"^(?:(?:detailed\s+|short\s+|brief\s+)?explanation|steps|benefits|key\s+points|"
    r"advantages|disadvantages|pros|cons)$",
    re.IGNORECASE,
)
# A section of a page's own business, no subject: "Contributing", "License", "Table of
# contents" (after _bare: lowercase, no punctuation).
_META_SECTION = re.compile(
    r"^(?:contributing|contributions?|how to contribute|licen[cs]e|table of contents|"
    r"contents|credits|acknowledge?ments|authors|contributors|sponsors?)$"
)


def answer_label(text: str) -> str:
    """The label a heading names ("Steps" of "### Steps:"), "" when it names a subject."""
    line = " ".join(text.split()).strip().strip("*").strip()
    if not _ANSWER_LABEL.match(line):
        return ""
    return line.partition(":")[0].strip()


ANSWER_PART = re.compile(r"^(?:explanation|output|why|reason)[ \t]*[:.\-–—]", re.IGNORECASE)


_TURN = re.compile(
    r"^(?:that said|having said that|however|but|nevertheless|nonetheless|still|even so)\b",
    re.IGNORECASE,
)
# words: a shorter turn ("But there are good tools for this.") only leads on to what
# follows it, and says nothing alone.
_TURN_WORDS = 12
# A turn that announces what follows it ("But there are two reasons to …", "… the
# following", "… palindromes:"): it says nothing without the list or code after it.
_ANNOUNCING = re.compile(
    r"(?::\s*$|\b(?:below|the following|as follows)\b|\b(?:two|three|four|five|several|"
    r"a few|some|many) (?:\w+ )?(?:reasons?|ways?|things|cases|options|steps|differences)\b)",
    re.IGNORECASE,
)


def turns(text: str) -> bool:
    """Whether a paragraph turns away from the one before it ("That said, …", "However,
    …"): the paragraph before only conceded; what the turn says is the answer."""
    text = text.strip()
    return (
        bool(_TURN.match(text))
        and len(text.split()) >= _TURN_WORDS
        and not _ANNOUNCING.search(text)
    )


_QUOTED_OUTPUT = 160  # characters: a quote this short without a sentence end is output
_ASIDE_QUESTION = 12  # words: "Have you seen the error message above?" is no answer


def _quoted_output(block: Block) -> bool:
    """A quote that only shows what a program printed ("> failed to select a version
    for `x`"): one short line that is no sentence."""
    if not isinstance(block, Quote):
        return False
    text = block.text.strip()
    return (
        bool(text)
        and "\n" not in text
        and len(text) <= _QUOTED_OUTPUT
        and not text.endswith((".", "!", "?", ":"))
    )


def context_lead(items: Sequence[Located], start: int) -> int:
    """How many items from ``start`` only set a question's answer up: the error message
    a FAQ entry quotes first, and the short questions to the reader after it ("Have you
    seen the error message above?"). The answer comes after them."""
    if not _quoted_output(items[start].block):
        return 0
    skipped = 1
    while start + skipped < len(items) - 1:
        after = items[start + skipped]
        if after.headings != items[start].headings or not (
            isinstance(after.block, Paragraph)
            and after.block.text.rstrip().endswith("?")
            and len(after.block.text.split()) <= _ASIDE_QUESTION
        ):
            break
        skipped += 1
    following = items[start + skipped] if start + skipped < len(items) else None
    if following is None or following.headings != items[start].headings:
        return 0  # the quote is all the section says
    return skipped


def _answer_unit(items: Sequence[Located], start: int) -> int:
    """How many items from ``start`` answer a question heading: the first unit (see
    :func:`_first_answer_unit`) and the labelled parts ("Explanation:") right after it;
    a paragraph that only concedes takes the one that turns from it ("That said, …")."""
    taken = _first_answer_unit(items, start)
    if not taken:
        return 0
    turn = items[start + 1] if taken == 1 and start + 1 < len(items) else None
    if (
        turn is not None
        and isinstance(items[start].block, Paragraph)
        and turn.headings == items[start].headings
        and isinstance(turn.block, Paragraph)
        and turns(turn.block.text)
    ):
        taken += 1  # the turn itself: what it goes on to show is the section's
    taken += _parallel_cases(items, start, taken)
    while start + taken < len(items):
        after = items[start + taken]
        if after.headings != items[start].headings or not isinstance(
            after.block, Paragraph | Quote
        ):
            break
        if not ANSWER_PART.match(after.block.text.lstrip()):
            break
        taken += 1
    return taken


# A paragraph that answers one case of its question under a short label ("Windows
# containers: Yes, but experimental.", "Linux containers: Yes, via WSL2."): the label is
# one to four words, no sentence punctuation, before ": " and the case's answer.
_CASE_LINE = re.compile(r"^(?P<label>[A-Z][\w`/+#.-]*(?: [\w`/+#.-]+){0,3}):[ \t]+\S")
# A paragraph that gives the fix's fallback ("For older versions of X, …", "Otherwise,
# …", "Alternatively, …", "If that does not work, …"): without it the fix is partial.
_FALLBACK = re.compile(
    r"^(?:(?:for|on|with)\s+(?:an?\s+)?(?:older|earlier|previous)\b|otherwise\b|"
    r"alternatively\b|if\s+(?:that|this|it)\s+(?:does\s+not|doesn['’]t|fails)\b)",
    re.IGNORECASE,
)


def _case_label(block: Block) -> str:
    """The label of a paragraph of the form "Case: answer", "" for any other block."""
    if not isinstance(block, Paragraph) or block.label:
        return ""
    match = _CASE_LINE.match(block.text.strip())
    return match.group("label").lower() if match else ""


def _parallel_cases(items: Sequence[Located], start: int, taken: int) -> int:
    """How many paragraphs after the ``taken`` first ones go on the same answer: the
    other cases of an answer given case by case ("Windows containers: …", "Linux
    containers: …"), each a paragraph of the same "Label: …" form under the question,
    or the fallback of a one-paragraph fix ("For older versions, …")."""
    if taken != 1:
        return 0
    head = items[start]
    labels = {_case_label(head.block)} - {""}
    more = 0
    while labels and start + 1 + more < len(items):
        after = items[start + 1 + more]
        label = _case_label(after.block)
        if after.headings != head.headings or not label or label in labels:
            break
        labels.add(label)
        more += 1
    if more:
        return more
    fallback = items[start + 1] if start + 1 < len(items) else None
    if (
        fallback is not None
        and fallback.headings == head.headings
        and isinstance(head.block, Paragraph)
        and isinstance(fallback.block, Paragraph)
        and not fallback.block.text.rstrip().endswith(":")
        and _FALLBACK.match(fallback.block.text.strip())
    ):
        return 1
    return 0


# A paragraph ending on a lead-in other than ":": one that stops on a comma ("Let's
# categorize the polyfills,", "… with the below command,") or on a rhetorical question
# ("… we recommend upgrading. Why's that?"): the list, code or table after it answers.
_ANNOUNCING_END = re.compile(r"(?:,|\?|:-)$")


def _first_answer_unit(items: Sequence[Located], start: int) -> int:
    """How many items from ``start`` answer a question heading: the first block, and the
    list, code or table a paragraph ending in ":" (or a short one) introduces."""
    first = items[start]
    if not isinstance(first.block, Paragraph | ListBlock | Code | Table | Definition | Quote):
        return 0
    if (
        isinstance(first.block, Paragraph)
        and SCENE.match(first.block.text)
        and start + 1 < len(items)
        and items[start + 1].headings == first.headings
        and isinstance(items[start + 1].block, Paragraph)
    ):
        # "Suppose you …" only sets a scene; the paragraph after it says what the
        # question asks: both answer.
        return 2
    if isinstance(first.block, Paragraph) and start + 2 < len(items):
        label, listed = items[start + 1], items[start + 2]
        if (
            first.block.text.rstrip().endswith(":")
            and label.headings == listed.headings == first.headings
            and isinstance(label.block, Paragraph)
            and label.block.label
            and _bare(label.block.label) == _bare(label.block.text)
            and isinstance(listed.block, ListBlock)
        ):
            # "React offers these features:", "**Core Features:**", the list: the lead-in
            # introduces the labelled list, all three answer together.
            return 3
    if isinstance(first.block, Paragraph) and start + 1 < len(items):
        after = items[start + 1]
        text = first.block.text.strip()
        if after.headings == first.headings and (
            (
                isinstance(after.block, ListBlock | Code | Table)
                and (text.endswith(":") or len(text) <= 80 or _ANNOUNCING_END.search(text))
            )
            # A paragraph and the list that details it answer together: the list alone
            # would lose what the paragraph says ("A cluster is a set of nodes …").
            or (isinstance(after.block, ListBlock) and not any(after.block.links))
        ):
            if isinstance(after.block, Code) and text.endswith(":"):
                return 2 + _command_pairs(items, start + 2, first.headings)
            return 2
    return 1


_MAX_COMMAND_PAIRS = 5  # further "text:" + command pairs one answer may hold


def _command_pairs(items: Sequence[Located], start: int, headings: tuple[Heading, ...]) -> int:
    """How many items from ``start`` go on an answer of "text:" and its command, pair
    after pair ("Update with:" ``brew update``, "Upgrade with:" ``brew upgrade``): each
    pair is a step of the same answer."""
    taken = 0
    while taken < 2 * _MAX_COMMAND_PAIRS and start + taken + 1 < len(items):
        lead, code = items[start + taken], items[start + taken + 1]
        if not (
            lead.headings == code.headings == headings
            and isinstance(lead.block, Paragraph)
            and lead.block.text.rstrip().endswith(":")
            and isinstance(code.block, Code)
        ):
            break
        taken += 2
    return taken


_MORE_BLOCKS = 3  # blocks after the first answer unit a "why"/"how" answer may reach


def _more(items: Sequence[Located], start: int) -> tuple[Block, ...]:
    """The prose and code right after an answer unit, in its section: where a question
    heading's answer goes on when its first paragraph only restates the question."""
    more: list[Block] = []
    at = start
    while at < len(items) and at < start + _MORE_BLOCKS + _LABELLED_RUN:
        item = items[at]
        if item.headings != items[start - 1].headings or not isinstance(
            item.block, Paragraph | Code
        ):
            break
        # Past the first few blocks only a run of labelled paragraphs goes on ("**Kernel:**
        # …", "**Shell:** …", five of them): the parts one lead-in announced, each with
        # the command it shows under its label ("**du Command:** …", `du -sh ~/dir`).
        before = items[at - 1].block
        if at >= start + _MORE_BLOCKS and not (
            (_labelled_run(item.block) and (_labelled_run(before) or _run_command(before)))
            or (_run_command(item.block) and _labelled_part(before))
        ):
            break
        more.append(item.block)
        at += 1
    return tuple(more)


_LABELLED_RUN = 7  # labelled paragraphs a run may go on with past ``_MORE_BLOCKS``


def _run_command(block: Block) -> bool:
    """Whether ``block`` is a command shown in a run of labelled paragraphs: a code
    block, or a paragraph that is one code span."""
    if isinstance(block, Code):
        return True
    text = block.text.strip() if isinstance(block, Paragraph) else ""
    return len(text) > 2 and text[0] == text[-1] == "`" and "\n" not in text


def _labelled_part(block: Block) -> bool:
    """A labelled paragraph that says something after its label ("**du Command:** The
    du command …"), not a bare title ("**Example:**") over the code it labels."""
    return (
        _labelled_run(block)
        and isinstance(block, Paragraph)
        and len(block.text.strip()) > len(block.label.strip()) + 2
    )


def _labelled_run(block: Block) -> bool:
    """Whether ``block`` is a paragraph opening on its bold label ("**Shell:** …")."""
    return isinstance(block, Paragraph) and block.label.rstrip().endswith(":")


_LISTED_BLOCKS = 10  # blocks after the answer unit a lead-in and its list may stand


def _listed(items: Sequence[Located], start: int) -> tuple[Block, ...]:
    """The first lead-in paragraph ending in ":" and the list right after it, within
    a few blocks of an answer unit and in its section (see ``Question.listed``)."""
    section = items[start - 1].headings
    for at in range(start, min(start + _LISTED_BLOCKS, len(items) - 1)):
        lead, after = items[at], items[at + 1]
        if lead.headings != section or after.headings != section:
            break
        if (
            isinstance(lead.block, Paragraph)
            and lead.block.text.rstrip().endswith(":")
            and isinstance(after.block, ListBlock)
        ):
            return (lead.block, after.block)
    return ()


def _also_asked(blocks: list[Block]) -> tuple[list[Block], tuple[str, ...]]:
    """The answer blocks without an "Also asked as" line, and the phrasings it gives."""
    kept: list[Block] = []
    also: list[str] = []
    take_list = False
    for block in blocks:
        if isinstance(block, Paragraph) and _ALSO_ASKED.match(block.text.strip()):
            rest = _ALSO_ASKED.sub("", block.text.strip(), count=1)
            also.extend(p.strip() for p in re.split(r"[;\n]", rest) if p.strip())
            take_list = not rest
            continue
        if take_list and isinstance(block, ListBlock):
            also.extend(block.items)
            take_list = False
            continue
        take_list = False
        kept.append(block)
    return kept, tuple(also)


_ASKING = re.compile(r"\b(?:explain|describe|define|compare|why|how|what|which|when)\b", re.I)


def _is_label(summary: str) -> bool:
    """A short summary that names what it folds ("Detailed step-by-step guide") rather
    than asking ("`grub>` vs `grub-rescue>`. Explain.")."""
    return (
        len(summary.split()) <= 4
        and not summary.rstrip().endswith((".", "?", "!"))
        and not _ASKING.search(summary)
    )


def _folds_section(summary: str) -> bool:
    """A ``<details>`` that folds part of the document away ("Detailed step-by-step
    guide"): its headings are the document's. One holding an answer ("Answer",
    "Solution", a question) has none of its own."""
    summary = " ".join(summary.split())
    return (
        bool(summary)
        and _is_label(summary)
        and not _GENERIC_SUMMARY.match(summary)
        # "Help", "Prerequisites": a box beside a task, whose "#### Help Examples"
        # headings are its own lines, never sections the solution would fall under.
        and not _ASIDE_SUMMARY.match(summary)
    )


_URL = re.compile(r"https?://")
_TASKS_LABEL = 3  # words: a lead-in this short ("Questions:", "Tasks:") only labels


def _hinted_tasks(out: list[Located], headings: tuple[Heading, ...]) -> tuple[Block, ...]:
    """A task list under a short label ("Questions:") followed by one paragraph (a hint)
    right before a hidden solution: the tasks and the hint, taken off ``out``; else ()."""
    if len(out) < 3 or any(i.headings != headings for i in out[-3:]):
        return ()
    label, tasks, hint = (i.block for i in out[-3:])
    if not (
        isinstance(label, Paragraph)
        and label.text.strip().endswith(":")
        and len(label.text.split()) <= _TASKS_LABEL
        and isinstance(tasks, ListBlock)
        and isinstance(hint, Paragraph)
    ):
        return ()
    hint_item = out.pop()
    found = _task_list(out, headings)
    if not found:
        out.append(hint_item)
        return ()
    return (*found, hint)


def _task_list(out: list[Located], headings: tuple[Heading, ...]) -> tuple[Block, ...]:
    """The tasks right before a hidden solution: a list (not of links), after its
    lead-in when that says more than a label ("Create these objects:"). Both are taken
    off ``out``; () when the block before the solution is no such list."""
    if not out or out[-1].headings != headings or not isinstance(out[-1].block, ListBlock):
        return ()
    tasks = out[-1].block
    # "- [How does X work?](https://…)" over its hidden answer: a question the author
    # linked to where it came from is still the question.
    asked = len(tasks.items) == 1 and tasks.items[0].rstrip().endswith("?")
    linked = any(tasks.links) or any(_URL.search(item) for item in tasks.items)
    if not tasks.items or (linked and not asked):
        return ()  # "Docs:" and its links: reading, not tasks
    out.pop()
    before = out[-1].block if out and out[-1].headings == headings else None
    if isinstance(before, Paragraph) and before.text.strip().endswith(":"):
        out.pop()
        if len(before.text.split()) > _TASKS_LABEL:
            return (before, tasks)
    return (tasks,)


# "- A: `Lydia`", "- b) 42", "- (C) None of the above", "- 2: ReferenceError": an
# option of a multiple choice, lettered or numbered.
_OPTION = re.compile(r"^\(?([A-Ha-h]|[1-9])\s*[:.)]\s*(\S.*)$", re.DOTALL)
# "Answer: D", "Correct answer - b", "The answer is (C)": which option is right.
_CHOSEN = re.compile(
    rf"^(?:the\s+)?(?:correct\s+)?(?:{label_words(ANSWER_NAMES)}|solution)s?\s*(?:is\s*)?[:\-–—]?\s*"
    r"\(?([A-Ha-h]|[1-9])\b\)?"
    r"[\s:.,;—–-]*",
    re.IGNORECASE,
)


def _options(block: Block) -> tuple[tuple[str, str], ...]:
    """The options of a multiple-choice list, lettered A, B, C … in order; else ()."""
    if not isinstance(block, ListBlock) or block.ordered or len(block.items) < 2:
        return ()
    found = [_OPTION.match(item.strip()) for item in block.items]
    if not all(found):
        return ()
    options = tuple((m.group(1).upper(), m.group(2).strip()) for m in found if m)
    marks = [mark for mark, _ in options]
    numbered = [str(n + 1) for n in range(len(options))]
    return options if in_letter_order(marks) or marks == numbered else ()


def in_letter_order(marks: Sequence[str]) -> bool:
    """Whether a choice's option marks run A, B, C … from the first, none skipped."""
    return list(marks) == [chr(ord("A") + n) for n in range(len(marks))]


def _quiz(
    items: Sequence[Located], start: int, question: str, number: str, *, label_only: bool = False
) -> Question | None:
    """A multiple-choice question below a question heading: the blocks it shows (code,
    then a lettered options list), then a hidden answer naming the right letter
    ("Answer: D") and explaining it. Under a heading that only numbers the question
    (``label_only``: "## Question 2.1"), a paragraph opening the section is the question
    itself, asked in place of the heading. The question's ``line`` is the heading's; its
    ``inner`` holds the items it took. None when the section is not shaped so."""
    headings = items[start].headings
    end = start
    while end < len(items) and items[end].headings == headings:
        if isinstance(items[end].block, Question):
            break
        end += 1
    if end == start or end >= len(items) or items[end].headings != headings:
        return None
    hidden = items[end].block
    listed, visible = _options_and_visible_answer(items[end - 1].block)
    options = _options(listed)
    if not isinstance(hidden, Question) or hidden.kind != "details" or not options:
        return None
    answer = _chosen_answer(list(hidden.answer), options, bare=True)
    if visible is not None:
        # "Answer: c. …" written in plain sight under the options as well: when the two
        # disagree, the one restating its option as the list words it is the author's.
        seen = _chosen_answer([visible], options, bare=False)
        if answer is None or (
            seen is not None and _restates(seen, options) and not _restates(answer, options)
        ):
            answer = seen
    if answer is None:
        return None
    shown = [i.block for i in items[start:end]]
    shown[-1] = listed
    stem = shown[0]
    if label_only and len(shown) > 1 and isinstance(stem, Paragraph) and stem.text.strip():
        question = stem.text.strip()
        shown = shown[1:]
    return Question(
        text=question,
        answer=answer,
        line=items[start].block.line,
        kind="quiz",
        inner=tuple(items[start : end + 1]),
        shown=tuple(shown),
        number=number,
    )


# "Answer: c. Sidecar …" (or "Correct answer: B") run on from the last option, the
# author's line under the list that CommonMark reads as that item's lazy continuation.
_RUN_ON_ANSWER = re.compile(
    rf"\s+((?:the\s+)?(?:correct\s+)?{label_words(ANSWER_NAMES)}\s*:\s*\S.*)$",
    re.IGNORECASE | re.DOTALL,
)


def _options_and_visible_answer(block: Block) -> tuple[Block, Paragraph | None]:
    """A lettered options list as the author wrote it: an option run on from the last
    one ("c. Writing code d. All of the above", the next letter's line without its
    bullet) split off as an option of its own, and an answer line run on from it taken
    off as a paragraph. ``block`` and None when it is no options list so written."""
    if not isinstance(block, ListBlock) or block.ordered or len(block.items) < 2:
        return block, None
    items = list(block.items)
    visible = None
    found = _RUN_ON_ANSWER.search(items[-1])
    if found and _OPTION.match(items[-1][: found.start()].strip()):
        visible = Paragraph(text=found.group(1).strip(), line=block.line)
        items[-1] = items[-1][: found.start()].strip()
    last = _OPTION.match(items[-1].strip())
    if last and last.group(1).isalpha() and last.group(1).upper() < "H":
        letter = chr(ord(last.group(1)) + 1)
        run_on = re.search(rf"\s\(?{letter}[.)]\s+(?=\S)", items[-1])
        if run_on:
            items[-1:] = [items[-1][: run_on.start()].strip(), items[-1][run_on.start() :].strip()]
    listed = ListBlock(ordered=False, items=tuple(items), line=block.line)
    if items == list(block.items):
        listed = block
    if not _options(listed):
        return block, None
    return listed, visible


# A hidden answer that is only the letter ("B", "(C)", "b)") or opens on it and its
# option ("B. `kubectl get pods -A`").
_BARE_CHOICE = re.compile(r"^\(?([A-Ha-h])\)?(?:[.:)]\s+|[.:)]?$)")
# ", d. Worker Node" after a chosen option: another option chosen with it.
_NEXT_CHOICE = re.compile(r"\s*(?:,|;|\band\b)\s*(?=\(?[A-Ha-h][.)]\s)", re.IGNORECASE)


def _restates(answer: tuple[Block, ...], options: tuple[tuple[str, str], ...]) -> bool:
    """Whether a chosen answer only names its options (nothing the author added that
    might be an option's text mistyped or pasted from another question)."""
    named = {f"{letter}: {text}" for letter, text in options}
    return all(isinstance(b, Paragraph) and b.text in named for b in answer)


def _choices(text: str, options: tuple[tuple[str, str], ...], *, bare: bool) -> list[str] | None:
    """The letters one answer line chooses when it only names options: "d", "Answer: B",
    "b. Right-Sizing, d. Reserving instances" (each letter with its option's text);
    None when the line says more than that."""
    chosen = _CHOSEN.match(text) or (_BARE_CHOICE.match(text) if bare else None)
    if not chosen:
        return None
    texts = dict(options)
    letters = [chosen.group(1).upper()]
    parts = _NEXT_CHOICE.split(text[chosen.end() :].strip())
    if parts[0] and _bare(parts[0]) != _bare(texts.get(letters[0], "")):
        return None
    for part in parts[1:]:
        more = _BARE_CHOICE.match(part.strip())
        if more is None:
            return None
        letter = more.group(1).upper()
        rest = part.strip()[more.end() :].strip()
        if rest and _bare(rest) != _bare(texts.get(letter, "")):
            return None
        letters.append(letter)
    return letters if all(letter in texts for letter in letters) else None


def _chosen_answer(
    blocks: list[Block], options: tuple[tuple[str, str], ...], *, bare: bool
) -> tuple[Block, ...] | None:
    """The answer of a multiple choice from the blocks that give it: the chosen
    option (its letter and text) and the explanation after it; None when no block
    names an option ("Answer: D"; with ``bare``, a hidden answer may be only "D").
    Options chosen together, on one line ("a. X, d. Y") or as a list of them (one
    option a bullet, "- Answer: b. JSON" alike), are each named on a line."""
    texts = dict(options)
    for n, block in enumerate(blocks):
        lines: list[str] = []
        if isinstance(block, ListBlock) and not block.ordered:
            lines = [item.strip() for item in block.items]
        elif isinstance(block, Paragraph):
            lines = [block.text.strip()]
        if not lines:
            continue
        picked = [_choices(line, options, bare=bare and n == 0) for line in lines]
        if all(picked) and (len(lines) > 1 or isinstance(block, ListBlock)):
            letters = [letter for found in picked if found for letter in found]
            return tuple(
                Paragraph(text=f"{letter}: {texts[letter]}", line=block.line)
                for letter in dict.fromkeys(letters)
            )
        if not isinstance(block, Paragraph):
            continue
        text = block.text.strip()
        chosen = _CHOSEN.match(text) or (_BARE_CHOICE.match(text) if bare and n == 0 else None)
        if not chosen:
            continue
        if picked[0] and len(picked[0]) > 1:
            return tuple(
                Paragraph(text=f"{letter}: {texts[letter]}", line=block.line)
                for letter in dict.fromkeys(picked[0])
            )
        letter = chosen.group(1).upper()
        option = texts.get(letter)
        if option is None:
            return None
        # The explanation: the rest of the answer line, else the block after it.
        rest = text[chosen.end() :].strip()
        if rest and _bare(rest) == _bare(option):
            rest = ""  # "B. `kubectl get pods -A`" repeats the option: nothing more
        explained: list[Block] = [Paragraph(text=rest, line=block.line)] if rest else []
        explained.extend(blocks[n + 1 : n + 2] if not rest else [])
        lead_in = explained[-1] if explained else None
        if isinstance(lead_in, Paragraph) and lead_in.text.rstrip().endswith(":"):
            # "Concepts to understand here:" says nothing without the list it opens.
            follows = blocks.index(lead_in) + 1 if lead_in in blocks else len(blocks)
            explained.extend(blocks[follows : follows + 1])
        named = Paragraph(text=f"{letter}: {option}", line=block.line)
        return (named, *explained)
    return None


# ------------------------------------------------------------------ marked options
# The marks a multiple choice's options carry: a tick or a checked box chooses the
# option; an empty box leaves it (either only a choice's marks); a cross also leaves it,
# but crosses and ticks also mark do/don't lists, so a crossed list is a choice only
# with one tick among crosses.
_TICKS = ("\u2705", "\u2714\ufe0f", "\u2714", "\u2713", "\u2611\ufe0f", "\u2611", "[x]", "(x)")
_EMPTY_BOXES = ("\u2610", "\u2b1c", "[ ]", "( )")
_CROSSES = ("\u274c", "\u2717", "\u2718", "\u2716\ufe0f", "\u2716", "\u274e")
# "Ports to services (correct)", "… — correct", "… ✅": the mark written after the
# option, the other options left unmarked.
_TICK_AFTER = re.compile(
    r"\s*(?:[(\[]\s*(?:correct|right)(?:\s+answer)?\s*[)\]]|[\u2014\u2013-]\s*correct"
    r"|\u2705|\u2714\ufe0f?|\u2713)\s*$",
    re.IGNORECASE,
)
# An explanation run on from the last option (the author's "**Explanation:** …" line
# under the list, read by CommonMark as that item's lazy continuation).
_EXPLAINED = r"(?:explanation|rationale|reason(?:ing)?|why)"
_RUN_ON_EXPLANATION = re.compile(rf"\s+{_EXPLAINED}\s*:\s*", re.IGNORECASE)
EXPLANATION_LABEL = re.compile(rf"^\W*{_EXPLAINED}\W*$", re.IGNORECASE)
_BOLD_OPTION_WORDS = 10  # a bold option among plain ones: a short option, not a point


@dataclass(frozen=True, slots=True)
class MarkedChoice:
    """A multiple choice whose options carry the author's marks: each option's text
    and whether it is marked right, then the explanation run on from the last option
    (its text, then the items after it)."""

    options: tuple[tuple[str, bool], ...]
    explained: tuple[str, ...] = ()


def _mark_before(text: str) -> tuple[str, str]:
    """The choice mark an option opens on ("tick", "empty", "cross") and its text
    after the mark; ("", text) when it opens on none."""
    for kind, marks in (("tick", _TICKS), ("empty", _EMPTY_BOXES), ("cross", _CROSSES)):
        for mark in marks:
            if text.lower().startswith(mark):
                return kind, text[len(mark) :].strip()
    return "", text


def marked_choice(block: Block) -> MarkedChoice | None:
    """A list read as a multiple choice whose options the author marked: every option
    opens on a tick or a box (or, one ticked, on a cross), or one or more options end
    on a "(correct)" mark, or one short option alone is bold. Options none marked right
    (every box empty) are still a choice, with no answer. None for any other list."""
    if not isinstance(block, ListBlock) or len(block.items) < 2:
        return None
    items = [replace_shortcodes(" ".join(item.split())) for item in block.items]
    explained: list[str] = []
    for at, item in enumerate(items):
        run_on = _RUN_ON_EXPLANATION.search(item)
        if run_on and at >= 1:
            # The options end here; the rest of the list explains them.
            rest = item[run_on.end() :].strip()
            explained = [rest] if rest else []
            explained.extend(items[at + 1 :])
            items = [*items[:at], item[: run_on.start()].strip()]
            break
    marked = [_mark_before(item) for item in items]
    kinds = [kind for kind, _ in marked]
    texts = [text for _, text in marked]
    if all(kinds) and all(texts):
        ticks = kinds.count("tick")
        if "cross" in kinds and (ticks != 1 or "empty" in kinds):
            return None  # a do/don't list, ticks and crosses side by side
        options = tuple((text, kind == "tick") for text, kind in zip(texts, kinds, strict=True))
        return MarkedChoice(options=options, explained=tuple(explained))
    if any(kinds):
        return None
    after = [_TICK_AFTER.search(item) for item in items]
    if any(after) and not all(after):
        options = tuple(
            (item[: found.start()].strip() if found else item, bool(found))
            for item, found in zip(items, after, strict=True)
        )
        return MarkedChoice(options=options, explained=tuple(explained))
    terms = [(block.terms[n] if n < len(block.terms) else "") for n in range(len(items))]
    bold = [n for n, term in enumerate(terms) if term and _bare(term) == _bare(items[n])]
    if (
        len(bold) == 1
        and len(items) >= 3
        and not any(term for n, term in enumerate(terms) if n != bold[0])
        and all(len(item.split()) <= _BOLD_OPTION_WORDS for item in items)
    ):
        options = tuple((item, n == bold[0]) for n, item in enumerate(items))
        return MarkedChoice(options=options, explained=tuple(explained))
    return None


# "Question 1", "Q3", "#12": a line only numbering the question under it.
_NUMBER_LINE = re.compile(r"^(?:(?:question|q)\s*#?\s*|#)?(\d+)\s*[.):]?$", re.IGNORECASE)
# "✅ Correct", "❌ Incorrect": the author grading the pick they made, no question.
_VERDICT_LINE = re.compile(
    r"^[^\w\s]*\s*(?:correct|incorrect|right|wrong)(?:\s+answer)?\s*[^\w\s]*$", re.IGNORECASE
)


# The most a multiple choice shows above its options besides its question: blocks
# (the input it asks about, the sentences between) and their characters. More is a
# page's prose the question happens to follow, not the question's own input.
_SHOWN_BLOCKS = 6
_SHOWN_CHARS = 1200
# A question pointing at the input shown above it ("in the snippet above", "these
# lines", "the previous output").
_POINTS_ABOVE = re.compile(
    r"\babove\b|\b(?:previous|preceding)\b|\b(?:this|these|that|those)\s+(?:\w+\s+)?"
    r"(?:snippet|listing|file|code|commands?|output|example|input|data|lines?|script|quer(?:y|ies))\b",
    re.IGNORECASE,
)


def _question_lines(block: Paragraph) -> tuple[str, str]:
    """A paragraph's number ("Question 3") and its text without that line and without
    the author's grading of their pick ("✅ Correct")."""
    number, lines = "", list[str]()
    for line in block.text.split("\n"):
        line = " ".join(line.split())
        numbered = _NUMBER_LINE.match(line)
        if numbered and not lines:
            number = numbered.group(1)
        elif line and not _VERDICT_LINE.match(replace_shortcodes(line)):
            lines.append(line)
    return number, " ".join(lines)


def _asked_line(asked: str) -> str:
    """The question a paragraph asks ("" when it asks none), its "Q:" label dropped."""
    question = question_text(asked)
    if not question and "?" in asked:
        # "Q: Which metrics …? Choose two.": the question and the author's instruction.
        question = _QUESTION_LEAD.sub("", _Q_NUMBER.sub("", asked), count=1).strip()
    return question


def _shown_input(items: Sequence[Located], index: int) -> tuple[int, tuple[Block, ...]]:
    """The blocks between a paragraph and the marked options below it in its section
    (the code a question shows, "So why does this work…" and its code): where the
    options are and those blocks; (-1, ()) when a block of another kind comes first,
    or too many or too long."""
    headings = items[index].headings
    end, chars = index + 1, 0
    while end < len(items) and items[end].headings == headings:
        block = items[end].block
        if not isinstance(block, Paragraph | Code):
            break
        chars += len(block.text)
        end += 1
        if end - index - 1 > _SHOWN_BLOCKS or chars > _SHOWN_CHARS:
            return -1, ()
    if end >= len(items) or items[end].headings != headings:
        return -1, ()
    return end, tuple(i.block for i in items[index + 1 : end])


def _marked_question(items: Sequence[Located], index: int) -> tuple[int, Question] | None:
    """A paragraph asking a question right over a list of options the author marked
    (``marked_choice``): its lines numbering the question ("Question 3") or grading
    the author's pick ("✅ Correct") are no part of it, its "Q:" label neither. The
    question takes the list and an explanation labelled after it ("**Explanation:**"
    and what it holds). The question shows the input it asks about: code between it
    and the options ("What is wrong with this?", the command, the options) and, when
    the paragraph opens its section's run of prose and code, everything from it down
    to the options ("You are given a file … as follows:", the file, "Which command
    does the job?"), so "the snippet above" is on the card; under a heading that only
    numbers the question ("### Question 7") that run is the question even when no
    sentence in it ends in "?". None when the blocks are not so shaped."""
    item = items[index]
    block = item.block
    if not isinstance(block, Paragraph) or index + 1 >= len(items):
        return None
    at, shown = _shown_input(items, index)
    choice = marked_choice(items[at].block) if at >= 0 else None
    if choice is None or (shown and not any(right for _, right in choice.options)):
        # Boxes none ticked under code are a plan's checklist ("- [ ] Step 2: …"), no
        # choice of the question's.
        return None
    listed = items[at]
    number, asked = _question_lines(block)
    question = _asked_line(asked)
    if shown and not (question and all(isinstance(b, Code) for b in shown)):
        # More than code below the paragraph. Asking, it is the question over what it
        # shows; else it opens the question only when it opens its run (nothing of
        # that run before it), the run shows code, and either the heading only numbers
        # the question or the sentence asking in the run leans on what is above it
        # ("in the snippet above"): a page's explanation before a question is no
        # part of it.
        previous = items[index - 1] if index else None
        opens_run = (
            previous is None
            or previous.headings != item.headings
            or not isinstance(previous.block, Paragraph | Code)
        )
        asking = [
            line
            for b in shown
            if isinstance(b, Paragraph) and (line := _asked_line(_question_lines(b)[1]))
        ]
        numbered_only = bool(item.headings) and bool(
            EXERCISE_NUMBER_ONLY.match(" ".join(item.headings[-1].text.split()))
        )
        leans_back = bool(asking) and bool(_POINTS_ABOVE.search(asking[-1]))
        if not any(isinstance(b, Code) for b in shown) or not (
            question or (opens_run and asked and (numbered_only or leans_back))
        ):
            return None
        question = question or asked
    if not question:
        return None
    end = at + 1
    answer: list[Block] = [listed.block]
    while end < len(items) and items[end].headings == item.headings:
        said = items[end].block
        if not isinstance(said, Paragraph) or not EXPLANATION_LABEL.match(said.label or "-"):
            break
        answer.append(said)
        end += 1
        if (
            _bare(said.label) == _bare(said.text)
            and end < len(items)
            and items[end].headings == item.headings
            and isinstance(items[end].block, Paragraph | ListBlock)
        ):
            # "**Explanation:**" alone on its line: the block under it explains.
            answer.append(items[end].block)
            end += 1
        break
    made = Question(
        text=question,
        answer=tuple(answer),
        line=block.line,
        kind="bold",
        number=number,
        shown=shown,
    )
    return end, made


def _visible_quiz(made: Question) -> Question:
    """A bold question whose answer opens on a lettered options list and then names
    the right one in plain sight ("Correct answer: B"): a multiple choice, the options
    shown with the question. Any other question as it was."""
    blocks = list(made.answer)
    if len(blocks) < 2:
        return made
    options = _options(blocks[0])
    if not options:
        return made
    answer = _chosen_answer(blocks[1:], options, bare=False)
    if answer is None:
        return made
    return replace(made, answer=answer, kind="quiz", shown=(blocks[0],))


_NUMBER = re.compile(r"^\s*(?:Q(?:uestion)?\s*)?(\d+(?:\.\d+)*)\s*[:.)-]?\s", re.IGNORECASE)


# A question about code it shows: "the following code", "this snippet", "the code below".
_ABOUT_SHOWN_CODE = re.compile(
    r"\b(?:(?:the\s+)?following|this\s+(?:code|snippet|program|script|function)|"
    r"(?:code|snippet|program|script|statements?)\s+below|below\s+code)\b",
    re.IGNORECASE,
)


def _code_asked_about(items: Sequence[Located], start: int, question: str) -> tuple[Block, ...]:
    """The code blocks a question about "the following code" shows, right under its
    heading; () when the question does not refer to code or no code follows."""
    if not _ABOUT_SHOWN_CODE.search(question):
        return ()
    headings = items[start].headings
    code: list[Block] = []
    for item in items[start:]:
        if item.headings != headings or not isinstance(item.block, Code):
            break
        code.append(item.block)
    return tuple(code)


def _is_hint(block: object) -> bool:
    """Whether ``block`` is an exercise's hint line: a paragraph whose last line is
    "`hint: …`" (a line before it may restate the task in another language)."""
    if not isinstance(block, Paragraph):
        return False
    lines = [line for line in block.text.split("\n") if line.strip()]
    return bool(lines) and bool(_HINT.match(lines[-1]))


def _code_before_hint(
    items: Sequence[Located], start: int, headings: tuple[Heading, ...]
) -> tuple[Block, ...]:
    """The code a question shows before its hint and solution ("What does this print?",
    the code, "`hint: …`", the solution code): () when the section is not so shaped."""
    shown: list[Block] = []
    at = start
    while at < len(items) and items[at].headings == headings and isinstance(items[at].block, Code):
        shown.append(items[at].block)
        at += 1
    if not shown or at >= len(items) or items[at].headings != headings:
        return ()
    if not _is_hint(items[at].block) or not _solution_code(items, at, headings):
        return ()
    return tuple(shown)


def _solution_code(items: Sequence[Located], start: int, headings: tuple[Heading, ...]) -> int:
    """How many items from ``start`` are an exercise's solution: an optional hint line,
    then code blocks, all in ``headings``; 0 when no code follows."""
    at = start
    first = items[at].block if at < len(items) and items[at].headings == headings else None
    if _is_hint(first):
        at += 1
    end = at
    while end < len(items) and items[end].headings == headings:
        if not isinstance(items[end].block, Code):
            break
        end += 1
    return end - start if end > at else 0


# "Notes:", "Hints:", "Tip:" alone on a line: help toward an exercise's solution.
_HELP_LABEL = re.compile(r"^\W*(?:notes?|hints?|tips?)\W*$", re.IGNORECASE)
# "**Question:**" over the task (alone on its line, or opening the task's paragraph):
# the label names the part, it is no word of the task.
# A line that is only the label: QUESTION_LABEL_LINE.
_TASK_QUESTION_LABEL = re.compile(
    rf"^\W*{label_words(QUESTION_NAMES)}\s*\**\s*[:\-\u2013\u2014]\s*\**\s*(?=\S)",
    re.IGNORECASE,
)
# "**Problem:** …" over its "**Solution:** …": the label names the kind of text only.
_TASK_KIND_LABEL = re.compile(
    r"^\W*(?:problem|task|challenge)\s*\**\s*[:\-\u2013\u2014]\s*\**\s*(?=\S)", re.IGNORECASE
)
_TASK_CHARS = 2000  # a longer "task" is a lesson, not an exercise's prompt


# The words that name an exercise by its kind before its number ("Exercise 12:", "Lab 2
# -", "Drill 2 –") or after its title ("… Pods Question"); the rules read them too.
EXERCISE_WORDS = ("question", "exercise", "task", "problem", "drill", "lab", "challenge")
# A box title that only labels its kind ("Question", "Exercise 2", "Q1.1"), if anything.
_KIND_TITLE = re.compile(
    rf"^\W*(?:(?:{'|'.join(EXERCISE_WORDS)}|q)\s*[:#.\-\u2013\u2014]?\s*)?"
    r"(?:\d+[a-z]?(?:\.\d+)*)?\W*$",
    re.IGNORECASE,
)
# "Question 6 -", "Exercise 12:", "Task 3.", "Drill 2 –", "Q3.", "4)": an exercise's number.
_EXERCISE_NUMBER = re.compile(
    rf"^(?:(?:{'|'.join(EXERCISE_WORDS)}|q)\s*)?\d+[a-z]?"
    r"(?:\.\d+)*\s*(?:[.:)\-\u2013\u2014]+\s*|\s)",
    re.IGNORECASE,
)


_LEADING_MARKS = re.compile(r"^[^\w\s`\"'“(\[]+\s*")


def _exercise_title(heading: str) -> str:
    """The title of a numbered exercise heading without its number ("Question 6 -
    Create a table" → "Create a table"); "" when the heading is not numbered."""
    text = without_estimate(" ".join(heading.split()))
    # "✅ Exercise 1 — Print …": a mark before the number decorates the heading.
    text = _LEADING_MARKS.sub("", text)
    number = _EXERCISE_NUMBER.match(text)
    return text[number.end() :].strip().strip("*").strip() if number else ""


# "Question : 1", "Exercise 12", "Q3", "Task 2:": a heading that is only an exercise's
# number, its task written under it.
# The number a heading that only numbers its question gives it ("2.1" of "Question 2.1").
_HEADING_NUMBER = re.compile(r"(\d+[a-z]?(?:\.\d+)*)")
EXERCISE_NUMBER_ONLY = re.compile(
    rf"^\W*(?:(?:{'|'.join(EXERCISE_WORDS)}|q)\s*[:#.\-\u2013\u2014]?\s*)\d+[a-z]?"
    r"(?:\.\d+)*\W*$",
    re.IGNORECASE,
)


def _says(block: Block, label: re.Pattern[str]) -> bool:
    """Whether ``block`` is a paragraph that is only ``label`` ("Solution:", "Notes:")."""
    return isinstance(block, Paragraph) and bool(label.match(block.text.strip()))


def _task_line(block: Block) -> str:
    """A block of an exercise's task as a line of its front."""
    if isinstance(block, ListBlock):
        return "\n".join(
            f"{f'{block.start + n}.' if block.ordered else '•'} {' '.join(item.split())}"
            for n, item in enumerate(block.items)
        )
    if isinstance(block, Paragraph | Quote):
        return block.text.strip()
    if isinstance(block, Code):
        return block.text.rstrip("\n")
    return ""


def _unlabelled_task(block: Block) -> Block:
    """A block of an exercise's task without the "Question:" label naming it (a
    paragraph that is only the label says nothing)."""
    if not isinstance(block, Paragraph):
        return block
    text = block.text.strip()
    found = (
        QUESTION_LABEL_LINE.match(text)
        or _TASK_QUESTION_LABEL.match(text)
        or _TASK_KIND_LABEL.match(text)
    )
    if not found:
        return block
    return replace(block, text=text[found.end() :], label="")


def _labelled_solution(
    items: Sequence[Located],
    start: int,
    depth: int,
    title: str,
    number: str,
    in_set: bool = False,
    written: bool = False,
) -> tuple[Located, int] | None:
    """An exercise written out in its section: the task (prose, its lists), perhaps
    "Notes:" / "Hint:" lists, then "Solution:" and the code that solves it. The task,
    titled by the heading, is asked; the code answers. The help lists between them are
    neither (the solution applies them). In a set of such exercises (``in_set``) the
    code closing a section answers its task even when the author left out the label.
    Under a heading that is only the exercise's number (``written``, ``title`` empty)
    the solution may be written as a list or lines of prose too, after its label: the
    task's first line asks. The question and how many items it takes from ``start``;
    None when the section is not so shaped."""
    headings = items[start].headings
    end = start
    while end < len(items) and items[end].headings == headings:
        end += 1
    answers = (Code, ListBlock, Paragraph) if written else (Code,)
    label = next(
        (
            at
            for at in range(start + 1, end - 1)
            if _says(items[at].block, ANSWER_LABEL) and isinstance(items[at + 1].block, answers)
        ),
        None,
    )
    # "**Solution :**" with the solution on the lines right under it, one paragraph.
    opened: tuple[Block, ...] = ()
    if written and label is None:
        label = next((at for at in range(start + 1, end) if _opens_solution(items[at].block)), None)
        if label is None:
            return None
        block = items[label].block
        assert isinstance(block, Paragraph)
        rest = block.text.strip().split("\n", 1)[1]
        opened = (replace(block, text=rest, label="", line=block.line + 1),)
    if not written and label is None:
        # "**Solution:** `[cbr]at`": the answer written on its label's line.
        label = next((at for at in range(start + 1, end) if _inline_solution(items[at])), None)
        if label is not None:
            block = items[label].block
            assert isinstance(block, Paragraph)
            rest = _ANSWER_PREFIX.sub("", block.text.strip(), count=1)
            opened = (replace(block, text=rest, label=""),)
    help_at = next(
        (
            at
            for at in range(start, label if label is not None else end)
            if _says(items[at].block, _HELP_LABEL)
        ),
        None,
    )
    task_end = help_at
    if label is None:
        # No "Solution:" label: the code ending the section after the help answers.
        if (help_at is None and not in_set) or not isinstance(items[end - 1].block, Code):
            return None
        label = end - 1
        while isinstance(items[label].block, Code) and label > (help_at or start):
            label -= 1
        if not isinstance(items[label].block, ListBlock | Paragraph):
            return None
        if help_at is None:
            task_end = label + 1  # no label, no help: all before the code is the task
    if task_end is None:
        task_end = label
    task = [_unlabelled_task(i.block) for i in items[start:task_end]]
    task = [b for b in task if _task_line(b)]
    if not task or sum(len(_task_line(b)) for b in task) > _TASK_CHARS:
        return None
    code_end = label + 1
    while (
        code_end < end
        and isinstance(items[code_end].block, answers)
        and not _says(items[code_end].block, _HELP_LABEL)
        and not _says(items[code_end].block, ANSWER_LABEL)
    ):
        code_end += 1
    taken = code_end
    if taken + 1 < end and _says(items[taken].block, _HELP_LABEL):
        # A "Note:" list after the solution is more help with the exercise.
        taken += 1
        while taken < end and isinstance(items[taken].block, ListBlock):
            taken += 1
    # The first block asks (titled by the heading); the rest of the task is shown
    # under it, line by line. A task that opens on its code ("**Question:**" over the
    # code, the label gone) is asked by the heading, the code shown under it.
    task = _past_repeated_label(items, depth, _spec_paragraphs(task))
    if not task:
        return None
    if isinstance(task[0], Code):
        asks = title
    else:
        asks = " ".join(_task_line(task.pop(0)).split())
        if title and _bare(title) not in _bare(asks):
            asks = f"{title}: {asks}"
    made = Question(
        text=asks,
        answer=(
            tuple(
                _written_solution(b)
                for b in (*opened, *(i.block for i in items[label + 1 : code_end]))
            )
            if written or opened
            else _code_of(items, label + 1, code_end - label - 1)
        ),
        line=headings[depth].line,
        kind="heading",
        number=number,
        shown=tuple(task),
        hidden=True,  # the solution is kept whole, like a folded one
    )
    return Located(block=made, headings=headings[: depth + 1]), taken - start


# "Name: nginx", "**Use context:** …": a line that gives one value of a task's spec, its
# label a few words before a colon.
_SPEC_LINE = re.compile(r"^[*_]*[A-Za-z][\w./-]*(?:\s[\w./-]+){0,2}[*_]*\s*:[*_]*\s+\S")
_REPEATED_LABEL = 3  # tasks opening on the same label: the set's boilerplate, not a task


def _spec_paragraphs(task: list[Block]) -> list[Block]:
    """A task's paragraphs with their spec lines kept apart: a "Label: value" line
    ("Name: nginx", "Use context: …") is a line of its own, and so is the line after
    one when it opens a new line of the task (a capital: "Schedule pod for node (disk =
    ssd)" over "Name: nginx" and "image: nginx"), so the front shows the spec line by
    line; the other lines of a paragraph are one hard-wrapped sentence and stay joined."""
    parted: list[Block] = []
    for block in task:
        if not isinstance(block, Paragraph):
            parted.append(block)
            continue
        lines = [line.strip() for line in block.text.split("\n") if line.strip()]
        groups: list[list[str]] = []
        for line in lines:
            spec = bool(_SPEC_LINE.match(line))
            after_spec = bool(groups) and bool(_SPEC_LINE.match(groups[-1][-1]))
            if groups and not spec and not (after_spec and line[:1].isupper()):
                groups[-1].append(line)
            else:
                groups.append([line])
        if len(groups) < 2:
            parted.append(block)
            continue
        parted.extend(replace(block, text=" ".join(group), label="") for group in groups)
    return parted


def _spec_label(block: Block) -> str:
    """The label of a paragraph that is one spec line ("use context"), else ""."""
    if not isinstance(block, Paragraph) or "\n" in block.text.strip():
        return ""
    found = _SPEC_LINE.match(block.text.strip())
    return _bare(block.text.strip()[: found.end()].rsplit(":", 1)[0]) if found else ""


def _past_repeated_label(items: Sequence[Located], depth: int, task: list[Block]) -> list[Block]:
    """A task without its first line when that line is a "Label: value" line the tasks
    of three or more sibling sections open on alike ("Use context: …" atop every exam
    question): the author's boilerplate for the whole set, which buries each front's
    own task behind the same words. Its value differs by task, so only the label tells
    it apart."""
    label = _spec_label(task[0]) if task else ""
    if not label or len(task) < 2:
        return task
    opened = 0
    for index, item in enumerate(items):
        if (
            len(item.headings) == depth + 1
            and (not index or items[index - 1].headings != item.headings)
            and isinstance(item.block, Paragraph)
            and _spec_label(_spec_paragraphs([item.block])[0]) == label
        ):
            opened += 1
    return task[1:] if opened >= _REPEATED_LABEL else task


def _inline_solution(item: Located) -> bool:
    """Whether ``item`` is a paragraph of one line that is a solution's label and the
    solution after it ("**Solution:** `[cbr]at`")."""
    block = item.block
    if not isinstance(block, Paragraph) or "\n" in block.text.strip():
        return False
    found = _ANSWER_PREFIX.match(block.text.strip())
    return found is not None and bool(block.text.strip()[found.end() :].strip())


def _opens_solution(block: Block) -> bool:
    """Whether ``block`` is a paragraph whose first line is only a solution's label
    ("Solution :") and whose next lines are the solution."""
    if not isinstance(block, Paragraph):
        return False
    first, _, rest = block.text.strip().partition("\n")
    return bool(ANSWER_LABEL.match(first.strip())) and bool(rest.strip())


def _answer_headed_solution(
    items: Sequence[Located], start: int, depth: int
) -> tuple[Located | None, int] | None:
    """An exercise under a heading that is only its number ("## Question: 8"), its task
    written out (a task heading "### Create a deployment …", prose, a quoted task,
    requirement bullets), then an answer heading ("#### Answer:") over its solution
    (command bullets, code). The task is asked, the number dropped; the answer
    section answers. A task of such a set with no answer heading makes no card
    (reciting homework is no knowledge): ``(None, taken)``. None when the section is
    not so shaped."""
    section = items[start].headings[: depth + 1]
    end = start
    while end < len(items) and items[end].headings[: depth + 1] == section:
        end += 1
    answer_at = next(
        (
            at
            for at in range(start, end)
            if len(items[at].headings) > depth + 1
            and _bare(items[at].headings[-1].text) in _ANSWER_HEADINGS
        ),
        None,
    )
    if answer_at is None:
        if not _answer_headed_set(items, depth):
            return None
        return None, end - start  # a task of the set the author left unanswered
    if answer_at == start:
        return None
    path = items[answer_at].headings
    answer_end = answer_at
    while answer_end < end and items[answer_end].headings[: len(path)] == path:
        answer_end += 1
    inner = items[start].headings[depth + 1 :]
    task = [_unlabelled_task(i.block) for i in items[start:answer_at]]
    task = [b for b in task if _task_line(b)]
    if inner and _bare(inner[0].text) not in _ANSWER_HEADINGS:
        # "### Create a new deployment … with the following parameters:": the task's
        # own heading opens it.
        task.insert(0, Paragraph(text=inner[0].text, line=inner[0].line))
    if not task or sum(len(_task_line(b)) for b in task) > _TASK_CHARS:
        return None
    task = _spec_paragraphs(task)
    asks = " ".join(_task_line(task.pop(0)).split())
    asks = _TASK_CUE.sub("", asks).strip() or asks
    number = _HEADING_DIGITS.search(section[-1].text)
    made = Question(
        text=asks,
        answer=tuple(_written_solution(i.block) for i in items[answer_at:answer_end]),
        line=section[-1].line,
        kind="heading",
        number=number.group(0) if number else "",
        shown=tuple(task),
        hidden=True,  # the solution is kept whole, like a folded one
    )
    return Located(block=made, headings=section), answer_end - start


# "Developers need pods that run periodically. Task:": the cue before the task itself.
_TASK_CUE = re.compile(r"\s*\btask\s*:\s*$", re.IGNORECASE)
_HEADING_DIGITS = re.compile(r"\d+[a-z]?")


def _answer_headed_set(items: Sequence[Located], depth: int) -> bool:
    """Whether two or more number-only headings at ``depth`` hold an answer heading:
    the page is a set of exercises answered so ("## Question: 3" … "#### Answer:")."""
    answered: set[int] = set()
    for item in items:
        if len(item.headings) <= depth + 1:
            continue
        numbered = item.headings[depth]
        if EXERCISE_NUMBER_ONLY.match(" ".join(numbered.text.split())) and (
            _bare(item.headings[-1].text) in _ANSWER_HEADINGS
        ):
            answered.add(numbered.line)
            if len(answered) >= _EXERCISE_SET:
                return True
    return False


def _written_solution(block: Block) -> Block:
    """A block of a solution written out of code: a paragraph whose every line is a
    command ("kubectl create sa …" over "kubectl create role …") is the code it is,
    its lines kept apart; any other block as it is."""
    if not isinstance(block, Paragraph):
        return block
    lines = [line.strip() for line in block.text.split("\n") if line.strip()]
    if lines and all(is_command_line(line) for line in lines):
        return Code(info="", text="\n".join(lines) + "\n", line=block.line)
    return block


_EXERCISE_SET = 2  # labelled exercises that make a document an exercise set


def _exercise_set(items: Sequence[Located]) -> bool:
    """Whether the document is a set of written-out exercises: at least two sections
    under numbered headings hold a task and its labelled solution."""
    found = 0
    for index, item in enumerate(items):
        if not item.headings or (index and items[index - 1].headings == item.headings):
            continue
        depth = len(item.headings) - 1
        title = _exercise_title(item.headings[-1].text)
        if title and _labelled_solution(items, index, depth, title, ""):
            found += 1
            if found >= _EXERCISE_SET:
                return True
    return False


def _code_of(items: Sequence[Located], start: int, taken: int) -> tuple[Block, ...]:
    return tuple(i.block for i in items[start : start + taken] if isinstance(i.block, Code))


def _solved(
    items: Sequence[Located], start: int, taken: int, text: str, depth: int, number: str = ""
) -> Located:
    """The question (or task) of the heading at ``depth`` answered by the solution code
    in the ``taken`` items from ``start``."""
    heading = items[start].headings[depth]
    made = Question(
        text=text,
        answer=_code_of(items, start, taken),
        line=heading.line,
        kind="heading",
        number=number,
    )
    return Located(block=made, headings=items[start].headings[: depth + 1])


def _sentence(task: str) -> bool:
    """Whether ``task`` is written as a sentence ("Create a null vector of size 10"), not
    as a title ("Check Container Status", "Named Volumes (Recommended)"): three words
    or more after the first, most of them in lower case."""
    words = re.findall(r"[^\W\d_][\w'-]*", task)[1:]
    return len(words) >= 3 and 2 * sum(w[0].islower() for w in words) > len(words)


# "// Example", "# Examples:", "/* Usage */": a code block opening on a comment that says
# it only shows calls and what they return: the task's examples, never its solution.
_EXAMPLE_COMMENT = re.compile(
    r"^(?://+|#+|--|/\*+)\s*(?:examples?|usage|sample(?:\s+(?:input|output|calls?))?)\b",
    re.IGNORECASE,
)


def _example_calls(block: object) -> bool:
    """Whether ``block`` is a code block of example calls ("// Example" on its first line)."""
    if not isinstance(block, Code):
        return False
    first = next((line.strip() for line in block.text.split("\n") if line.strip()), "")
    return bool(_EXAMPLE_COMMENT.match(first))


def _hinted_solution(
    items: Sequence[Located], start: int, headings: tuple[Heading, ...]
) -> tuple[int, int]:
    """A task's section written as an optional block of example calls, hint bullets,
    then the solution code: how many items from ``start`` are the examples (0 or 1) and
    how many the whole exercise takes; (0, 0) when the section is not so shaped."""

    def here(at: int) -> bool:
        return at < len(items) and items[at].headings == headings

    at = start
    shown = 1 if here(at) and _example_calls(items[at].block) else 0
    at += shown
    hints = at
    while here(at) and isinstance(block := items[at].block, ListBlock) and not block.ordered:
        at += 1
    solution = at
    while here(at) and isinstance(items[at].block, Code) and not _example_calls(items[at].block):
        at += 1
    if solution == hints or at == solution:
        return 0, 0
    return shown, at - start


def _hinted_set(items: Sequence[Located]) -> bool:
    """Whether the document is a set of such exercises: at least two sections under
    numbered task headings hold hint bullets and their solution code."""
    found = 0
    for index, item in enumerate(items):
        if not item.headings or (index and items[index - 1].headings == item.headings):
            continue
        if (
            _task_text(item.headings[-1], False)
            and _hinted_solution(items, index, item.headings)[1]
        ):
            found += 1
            if found >= _EXERCISE_SET:
                return True
    return False


def _task_text(heading: Heading, hinted: bool) -> str:
    """A numbered or rated heading as an exercise's task ("3. Create a null vector of
    size 10 (★☆☆)" → "Create a null vector of size 10"); else "". A numbered heading
    neither rated nor followed by a hint must read as a sentence: "#### 1. Check
    Container Status" over commented commands titles them, it sets no task."""
    text = " ".join(heading.text.split())
    rated = without_rating(text)
    numbered = _Q_NUMBER.match(rated)
    if rated == text and not numbered:
        return ""  # "## Install", "## Example": a section, not a task
    task = _Q_NUMBER.sub("", rated).strip().strip("*").strip()
    if rated == text and not hinted and not _sentence(task):
        return ""
    return task if 0 < len(task) <= 300 else ""


_PART_BLOCK = 160  # characters: a part's first block longer than this leaves only its title


def _parts_answer(
    items: Sequence[Located], start: int, depth: int, container: int = 1
) -> ListBlock | None:
    """An answer given as parts: "### Answer:" left empty (``container`` 1), or a
    lead-in ending in ":" (``container`` 0), then one heading per part ("1. Bridge
    Mode", "2. Host Mode"). A list of the parts: each title (numbering removed) with
    its first block when that is short prose or a short list. One part alone ("Daemon
    Security Configuration:") is a title over the parts below it. None when the item at
    ``start`` is not under such parts."""
    level = depth + 1 + container  # the index of the part headings in ``headings``
    prefix = items[start].headings[:level]
    while True:
        parts: list[str] = []
        told: list[bool] = []  # per part: whether its first block joined its title
        seen: set[int] = set()
        for item in items[start:]:
            if item.headings[:level] != prefix or len(item.headings) <= level:
                break
            part = item.headings[level]
            if part.line in seen:
                continue
            seen.add(part.line)
            title = _Q_NUMBER.sub("", " ".join(part.text.split())).strip().rstrip(":").strip()
            block = item.block
            text = ""
            if len(item.headings) == level + 1:  # right under the part's own heading
                if isinstance(block, Paragraph) and block.text.rstrip().endswith(":"):
                    pass  # "**Pros:**" opens what follows: it tells nothing alone
                elif isinstance(block, Paragraph):
                    text = " ".join(block.text.split())
                elif isinstance(block, ListBlock) and not any(block.links):
                    text = "; ".join(block.items)
            parts.append(f"{title}: {text}" if text and len(text) <= _PART_BLOCK else title)
            told.append(bool(text) and len(text) <= _PART_BLOCK)
        if len(parts) >= 2 and not container and sum(told) < 2:
            # After a lead-in, titles alone ("State", "Props") only name what the
            # question already names: the parts' own cards teach them.
            return None
        if len(parts) >= 2:
            if sum(told) >= 2:
                # Titles that say what they hold answer; a bare "Basic Structure" over
                # code among them says nothing the card could ask for.
                parts = [part for part, said in zip(parts, told, strict=True) if said]
            return ListBlock(ordered=False, items=tuple(parts), line=items[start].block.line)
        if len(parts) != 1 or len(items[start].headings) <= level + 1:
            return None
        prefix = items[start].headings[: level + 1]
        level += 1


# The role words of a part that answers its question whole, in the author's label: a
# short, summary or interview answer ("Interview-ready short answer", "TL;DR", "In
# short"), then a definition ("Definition (Simple explanation)"); a long or detailed
# answer only when no other part does.
_WHOLE_ANSWER_PART = re.compile(
    r"\b(?:answers?|summary|summari[sz]ed|in short|in a nutshell|tl;?\s?dr|recap|bottom line)\b",
    re.IGNORECASE,
)
_DEFINITION_PART = re.compile(r"\b(?:definitions?|defined|meaning|what it is)\b", re.IGNORECASE)
_LONG_ANSWER_PART = re.compile(r"\b(?:long|longer|detailed|full|in depth|deep)\b", re.IGNORECASE)
# Enclosing quotes around a whole answer ("“Amazon S3 offers …”"): the author's way of
# saying "say this", never part of the answer.
_ENCLOSING_QUOTES = re.compile(r'^\s*["\u201c]([^"\u201c\u201d]+)["\u201d]\s*$')


def _part_title(heading: Heading) -> str:
    """A part heading's title, its numbering and closing colon removed, for comparing."""
    title = _Q_NUMBER.sub("", " ".join(heading.text.split())).strip().rstrip(":").strip()
    return strip_trailing_decoration(title.strip("*_ ")).casefold()


def _part_sections(
    items: Sequence[Located], start: int, level: int
) -> list[tuple[Heading, list[Block], bool]]:
    """The sub-sections at ``level`` of the headings above ``items[start]``, in order:
    each heading, the blocks right under it, and whether it has sub-headings of its own."""
    prefix = items[start].headings[:level]
    parts: list[tuple[Heading, list[Block], bool]] = []
    for item in items[start:]:
        if item.headings[:level] != prefix or len(item.headings) <= level:
            break
        part = item.headings[level]
        if not parts or parts[-1][0].line != part.line:
            parts.append((part, [], False))
        if len(item.headings) == level + 1:
            parts[-1][1].append(item.block)
        else:
            parts[-1] = (parts[-1][0], parts[-1][1], True)
    return parts


def _template_titles(items: Sequence[Located], level: int) -> dict[int, set[str]]:
    """Per heading at index ``level - 1`` of the headings, the titles of its sub-headings."""
    titles: dict[int, set[str]] = {}
    for item in items:
        if len(item.headings) > level:
            titles.setdefault(item.headings[level - 1].line, set()).add(
                _part_title(item.headings[level])
            )
    return titles


def _prose_answer(blocks: Sequence[Block]) -> tuple[Block, ...]:
    """The prose a part opens with (paragraphs, quotes and the list one introduces), the
    quotes enclosing a whole quoted answer removed; () when it opens on code or a table."""
    said: list[Block] = []
    for block in blocks:
        if isinstance(block, Paragraph | Quote):
            quoted = _ENCLOSING_QUOTES.match(" ".join(block.text.split()))
            said.append(replace(block, text=quoted.group(1).strip()) if quoted else block)
        elif isinstance(block, ListBlock) and said:
            said.append(block)
        else:
            break
    return tuple(said)


def _template_answer(items: Sequence[Located], start: int, depth: int) -> tuple[Block, ...]:
    """The answer of a question heading answered by a template of sub-headed parts
    ("### 1. Explain X" over "#### 1. Definition", "#### 2. Why it is needed", …,
    "#### 9. Interview-ready short answer", "#### 10. Comparison table"): the part whose
    label says it answers whole (a short, summary or interview answer, else a
    definition, else a long answer), else, when the same part titles repeat under
    another question heading (a template, not topics), the first part that opens on
    prose. Parts under a first sub-heading of their own ("### English" over "#### Quick
    recall", "#### Interview answer") are read there. () when no part answers."""
    level = depth + 1
    parts = _part_sections(items, start, level)
    if parts and not parts[0][1] and parts[0][2]:
        # "### 🇬🇧 English" holds the parts, and "### 🇷🇺 Русский" the same again.
        level += 1
        parts = _part_sections(items, start, level)
    if len(parts) < 2 or any(part.text.rstrip().endswith("?") for part, _, _ in parts):
        return ()  # one sub-heading is no template; sub-questions ask on their own
    if any(_bare(part.text) in _ANSWER_HEADINGS for part, _, _ in parts):
        # "### Question", "### Answer", "### Detailed explanation": the answer the
        # heading labels is read whole (its code too) where answer labels are read.
        return ()
    ranked: list[tuple[int, int]] = []  # (rank, position) of each labelled part
    for position, (part, _, _) in enumerate(parts):
        title = _part_title(part)
        if _WHOLE_ANSWER_PART.search(title):
            ranked.append((2 if _LONG_ANSWER_PART.search(title) else 0, position))
        elif _DEFINITION_PART.search(title):
            ranked.append((1, position))
    for _, position in sorted(ranked):
        if said := _prose_answer(parts[position][1]):
            return said
    if ranked:
        return ()
    titles = {_part_title(part) for part, _, _ in parts}
    own = items[start].headings[level - 1].line
    if not any(
        len(titles & theirs) >= 2
        for line, theirs in _template_titles(items, level).items()
        if line != own
    ):
        return ()
    for _, blocks, _ in parts:
        if said := _prose_answer(blocks):
            return said
    return ()


_STEM_END = re.compile(r"(?:ing|ed|es|e|s)$")


def _stems(text: str) -> set[str]:
    """The words of a title or question cut to a rough stem ("updated", "updating" →
    "updat"), so that a title names what a question asks in another form of the word."""
    return {_STEM_END.sub("", w) for w in re.findall(r"[a-z][a-z0-9]{3,}", text.lower())}


# Question words that name nothing asked.
_NOT_ASKED = frozenset({"what", "when", "where", "which", "does", "should", "could", "would"})


def _titled_sections(
    items: Sequence[Located], start: int, depth: int, question: str
) -> tuple[Block, ...]:
    """The answer of a question heading with no block of its own, given under the
    sub-headings right below it ("## How can X be updated?", "### Updating X" and its
    commands, "### Updating the runtime" and its command, "### Accessing the VM"): the
    sub-sections in a row from the first whose titles name a word the question asks,
    each its title (as a line of the answer) and the blocks right under it. () when the
    first sub-heading names nothing asked."""
    if not _ASKS_HOW.match(question):
        return ()
    level = depth + 1
    prefix = items[start].headings[:level]
    asked = _stems(question) - _NOT_ASKED
    sections: list[list[Block]] = []
    current = -1
    for item in items[start:]:
        if item.headings[:level] != prefix or len(item.headings) <= level:
            break
        part = item.headings[level]
        if part.line != current:
            current = part.line
            if question_text(part.text) or not _stems(part.text) & asked:
                break  # a sub-question asks on its own; a side topic ends the answer
            title = " ".join(part.text.split())
            sections.append([Paragraph(text=title, line=part.line, heading=True)])
        if len(item.headings) == level + 1 and not isinstance(item.block, Question):
            sections[-1].append(item.block)
    # Each part shows how: its commands or code (prose alone under a title that
    # repeats the question is an introduction, not the answer).
    if not sections or not all(any(isinstance(b, Code) for b in s) for s in sections):
        return ()
    return tuple(b for s in sections for b in s)


_ASKS_HOW = re.compile(r"^how (?:can|do|does|to|should|would|is|are)\b", re.IGNORECASE)


def _hidden_answer(items: Sequence[Located], at: int, headings: tuple[Heading, ...]) -> bool:
    """Whether ``items[at]`` is a ``<details>`` that only says "Answer", in ``headings``."""
    if at >= len(items) or items[at].headings != headings:
        return False
    block = items[at].block
    return (
        isinstance(block, Question)
        and block.kind == "details"
        and bool(_GENERIC_SUMMARY.match(" ".join(block.text.split())))
    )


# "Hint", "💡 Hints": a box of help beside an exercise's solution box.
# ("Hint 2", "Show hint": one of several nudges, or the offer of one.)
_HINT_SUMMARY = re.compile(
    r"^[^\w\s]*\s*(?:(?:show|view|reveal|see|get)\s+(?:(?:the|a)\s+)?)?hints?(?:\s*#?\d+)?\W*$",
    re.IGNORECASE,
)
# A fold's generic title over the answer to the question above it: "Answer", "Hints",
# "Key Points", "Hints / Key Points" (never a question of its own).
_ANSWER_FOLD = re.compile(
    r"^[^\w\s]*\s*(?:(?:hints?|key points?|answers?|solutions?)(?:\s*[/&,]\s*|\s+and\s+|$))+$",
    re.IGNORECASE,
)
# "**Hint**: …", "Learning goals: …", "Note: …": help or aims beside an exercise's task,
# not the task.
_TASK_AID = re.compile(
    r"^[*_\s]*(?:hints?|learning (?:goals?|objectives?)|goals?|notes?|tips?|bonus|"
    r"key takeaways?|prerequisites?)\b[*_\s]*[:.\-\u2013\u2014]",
    re.IGNORECASE,
)


def _exercise_task(out: list[Located], headings: tuple[Heading, ...]) -> tuple[Block, ...]:
    """The task of a numbered exercise heading ("Exercise 3: …", "Task 2 —") right
    before its hidden solution: the prose, lists and short code of its section since
    the heading, without the help lines ("**Hint**: …", "**Learning goals**: …").
    Taken off ``out``; () when the section is not a numbered exercise or holds more
    than a task."""
    if not headings or not (
        _exercise_title(headings[-1].text)
        # "#### Exercise 6" alone: its task is all written under it.
        or EXERCISE_NUMBER_ONLY.match(" ".join(headings[-1].text.split()))
    ):
        return ()
    start = len(out)
    while start > 0 and out[start - 1].headings == headings:
        start -= 1
    section = [i.block for i in out[start:]]
    if not section or not all(
        isinstance(b, Paragraph | ListBlock | Callout)
        or (isinstance(b, Code) and len(b.text) <= _SHOWN_CODE)
        for b in section
    ):
        return ()
    # (A tip box between the task's lines, "Tip: `ansible-config dump` shows …", helps
    # as a "Hint:" line does: no part of the task.)
    task = tuple(
        b
        for b in section
        if not (isinstance(b, Callout) or (isinstance(b, Paragraph) and _TASK_AID.match(b.text)))
    )
    if not task or not isinstance(task[0], Paragraph | ListBlock):
        return ()
    if sum(len(_task_line(b)) for b in task) > _TASK_CHARS:
        return ()
    del out[start:]
    return task


_TASK_RUN_CHARS = 700  # a task's paragraphs before its solution, on one front
_TASK_RUN_BLOCKS = 4


def _task_before_solution(out: list[Located], headings: tuple[Heading, ...]) -> tuple[Block, ...]:
    """The blocks of a task written right before its hidden "Solution" (its last block
    a paragraph): "Use X to spawn a task that sleeps. Shut it down after five seconds."
    then "Use `IO.puts/2` to prove it was shut down." is one task of two paragraphs.
    The run goes back over paragraphs, lists and short code of the same section, never
    past a question, a heading or another kind of block, and only as far as the blocks
    fit on a front (else the nearest paragraph alone, as the author's last word of the
    task); it is taken only between two solutions of the section, and opens on a
    paragraph. Taken off ``out``."""
    start = len(out) - 1
    size = len(_task_line(out[start].block))
    while start > 0 and len(out) - start < _TASK_RUN_BLOCKS:
        before = out[start - 1]
        block = before.block
        if before.headings != headings or not (
            isinstance(block, Paragraph | ListBlock)
            or (isinstance(block, Code) and len(block.text) <= _SHOWN_CODE)
        ):
            break
        if isinstance(block, Paragraph) and (block.label or _TASK_AID.match(block.text)):
            break  # "**Hint:** …", a labelled line: no part of the task
        size += len(_task_line(block))
        if size > _TASK_RUN_CHARS:
            break
        start -= 1
    if len(out) - start > 1:
        above = out[start - 1] if start > 0 else None
        if not (
            above is not None and above.headings == headings and isinstance(above.block, Question)
        ):
            # The first task of its section: the blocks above it may be the section's
            # set-up ("We've created a `Worker` for you:" and its code), not the task;
            # only a run between two solutions is the task's own.
            start = len(out) - 1
    while not isinstance(out[start].block, Paragraph):
        start += 1
    task = tuple(i.block for i in out[start:])
    del out[start:]
    return task


def _textless(out: Sequence[Located], headings: tuple[Heading, ...]) -> bool:
    """Whether the last block of ``out`` (under ``headings``) is a paragraph with no
    text: an image or a badge, which asks and answers nothing."""
    if not out or out[-1].headings != headings:
        return False
    block = out[-1].block
    return isinstance(block, Paragraph) and not block.text.strip() and not block.tab


# Quotes an interview page puts around a question it was asked word for word.
_QUOTES = "\"'\u201c\u201d\u2018\u2019"


def _question_above_fold(out: Sequence[Located], headings: tuple[Heading, ...]) -> str:
    """The question the block right before a generic "Show Answer" fold asks, when it
    is nothing but one question: a numbered list of one item ("24. How do you …?",
    the author's numbering; a bullet is left to the task rules) or a paragraph of one
    line ending in "?". "" otherwise (a task, a list of several items, a paragraph
    that also says something)."""
    if not out or out[-1].headings != headings:
        return ""
    block = out[-1].block
    if (
        isinstance(block, ListBlock)
        and block.ordered
        and len(block.items) == 1
        and not any(block.codes)
    ):
        text = " ".join(block.items[0].split())
    elif isinstance(block, Paragraph) and "\n" not in block.text.strip() and not block.tab:
        text = block.text.strip()
    else:
        return ""
    text = text.strip(_QUOTES).strip()
    asked = question_text(text)
    # ("Extra question: What happens …?": a label before it is no word of the question.)
    if not text.endswith("?") or not asked or not text.endswith(asked):
        return ""
    return asked


def _before_solution(items: Sequence[Located], at: int, summary: str) -> bool:
    """Whether the ``<details>`` at ``at``, labelled rather than asking, is one of the
    boxes between a task and its hidden solution ("Install the convert plugin", then
    "Solution"): an aside to the task, not a question of its own."""
    if question_text(summary) or _GENERIC_SUMMARY.match(summary):
        return False
    headings = items[at].headings
    for item in items[at + 1 :]:
        block = item.block
        if item.headings != headings or not (
            isinstance(block, Question) and block.kind == "details"
        ):
            return False
        text = " ".join(block.text.split())
        if not text or _GENERIC_SUMMARY.match(text):
            return True
    return False


_SHOWN_CODE = 800  # characters: code a task shows before its solution, on the front


def _is_answer_label(block: Block) -> bool:
    """A "Solution" / "Answer" sub-heading inside a hidden answer (read as a line of
    it): a label repeating the box's own summary, no text of the answer."""
    return isinstance(block, Paragraph) and _bare(block.text) in _ANSWER_HEADINGS


_JOINED_ITEM = re.compile(r"^(?:•|(\d+)\.)\s+")


def _definition_blocks(block: Definition) -> list[Block]:
    """A definition as the blocks it was written as: its text, then the list that
    joined it (see ``nested_in_definition``) as a list again."""
    head, *rest = block.text.split("\n")
    blocks: list[Block] = [Paragraph(text=head, line=block.line)]
    if rest and all(_JOINED_ITEM.match(line) for line in rest):
        numbered = _JOINED_ITEM.match(rest[0])
        blocks.append(
            ListBlock(
                ordered=bool(numbered and numbered.group(1)),
                items=tuple(_JOINED_ITEM.sub("", line, count=1) for line in rest),
                line=block.line,
            )
        )
    elif rest:
        blocks = [Paragraph(text=block.text, line=block.line)]
    return blocks


_QUESTION_LABELS = frozenset(QUESTION_NAMES)
_ASIDE_IN_LABEL = re.compile(LABEL_ASIDE)
# "**Answer:** D" names an option: an answer of this few words keeps its label (the
# last check reads the same bound: a longer answer with its label still on is a fault).
ANSWER_OPTION_WORDS = 3


def _asks(item: Located, previous: Located | None) -> bool:
    """Whether ``item`` opens the answer of a question: the first block under a
    question heading (or a numbered heading it answers with its "**Answer.**" label),
    or the block after a bold question line of its section."""
    if previous is None or previous.headings != item.headings:
        if not item.headings:
            return False
        return bool(question_text(item.headings[-1].text)) or _opens_on_answer_label(item)
    block = previous.block
    return isinstance(block, Paragraph) and block.text.rstrip().endswith("?")


def _label_rest(block: Paragraph) -> str:
    """The text of a paragraph after its opening bold label ("**Answer:** Git is …")."""
    text = block.text.strip()
    if not text.startswith(block.label.strip()):
        return ""
    return text[len(block.label.strip()) :].lstrip(" \t:.-–—")


def _without_answer_labels(items: Sequence[Located]) -> list[Located]:
    """``items`` without the "**Answer:**" label that opens a question's answer: alone
    on its line it introduces the answer below it and is dropped; opening the answer's
    paragraph ("**Answer:** Git is …") it is cut off. Either way it is no answer.

    A "**Question:**" paragraph is the author's question: right under a question
    heading it only restates the heading and goes; elsewhere ("## Q32 — RANK vs
    DENSE_RANK", then "**Question:** Explain …") it is the question, as a bold question
    line. Either way the "Answer:" after it opens the answer."""
    kept: list[Located] = []
    answers = False  # the block before was a "**Question:**" paragraph: this one answers
    skipped: set[int] = set()  # sub-question lists joined to their question
    for index, item in enumerate(items):
        if index in skipped:
            continue
        block = item.block
        previous = items[index - 1] if index else None
        asks = answers or (isinstance(block, Paragraph) and _asks(item, previous))
        answers = False
        if (
            isinstance(block, Paragraph)
            and block.label
            and _bare(_ASIDE_IN_LABEL.sub("", block.label)) in _QUESTION_LABELS
            and (restated := " ".join(_label_rest(block).split()))
        ):
            first_of_section = previous is None or previous.headings != item.headings
            if first_of_section and item.headings and question_text(item.headings[-1].text):
                # "## Q2. What is X?", then "**Question:** What is X, precisely?": the
                # heading asks; the restatement is neither question nor answer.
                answers = True
                continue
            sub = _sub_questions(items, index)
            if sub:
                # "**Question:** A pod crashes and its logs are lost." then "- How
                # would you recover them?" / "- How can you keep them?": the scene and
                # its sub-questions are the question.
                restated = " ".join((restated, *sub))
                skipped.add(index + 1)
            if question_text(restated):
                asked = replace(block, text=restated, label=restated)
                kept.append(replace(item, block=asked))
                answers = True
                continue
        if isinstance(block, Paragraph) and asks:
            if _bare(block.text) in _ANSWER_HEADINGS:
                after = items[index + 1] if index + 1 < len(items) else None
                if after is not None and after.headings == item.headings:
                    continue
            elif block.label and _bare(_ASIDE_IN_LABEL.sub("", block.label)) in _ANSWER_HEADINGS:
                rest = _label_rest(block)
                own_line = rest.startswith("\n")  # the label alone on its line
                rest = rest.strip()
                if rest and (own_line or len(rest.split()) > ANSWER_OPTION_WORDS):
                    item = replace(item, block=replace(block, text=rest, label=""))
        kept.append(item)
    return kept


def _sub_questions(items: Sequence[Located], index: int) -> tuple[str, ...]:
    """The questions of the bulleted list right after a "**Question:**" paragraph (in its
    section) when every item asks one and a fold answers them right after the list;
    ``()`` otherwise."""
    if index + 2 >= len(items):
        return ()
    listed, after = items[index + 1], items[index + 2]
    block = listed.block
    if not (
        isinstance(block, ListBlock)
        and not block.ordered
        and listed.headings == items[index].headings
        and isinstance(after.block, Question)
        and after.block.kind == "details"
    ):
        return ()
    asked = tuple(" ".join(i.split()) for i in block.items)
    return asked if all(question_text(q) for q in asked) else ()


_SETUP_BLOCKS = 4  # an example set up before a hidden answer is at most this many blocks


def _hidden_answer_after_setup(items: Sequence[Located], start: int) -> int | None:
    """Where the hidden "Answer" of a question heading is, when a short setup (example
    code, its lead-in "For instance:", the question restated) stands between the
    heading and it; None when the section has no such answer."""
    headings = items[start].headings
    for at in range(start + 1, min(start + 1 + _SETUP_BLOCKS, len(items))):
        if items[at].headings != headings:
            return None
        block = items[at].block
        if _hidden_answer(items, at, headings) and isinstance(block, Question):
            # Only a fold that says it holds the answer ("Answer", "Show solution"); a
            # "See more" after an answer only adds to it.
            return at if _SAYS_ANSWER.search(block.text) else None
        if isinstance(block, Question):
            return None
        if not isinstance(block, Code) and not (
            isinstance(block, Paragraph) and block.text.rstrip().endswith((":", "?"))
        ):
            return None  # prose that answers: a fold after it only adds to it
    return None


_SAYS_ANSWER = re.compile(r"\b(?:answers?|solutions?)\b", re.IGNORECASE)


def _folded_answer(
    question: str, answer: Sequence[Block], also: tuple[str, ...], line: int
) -> Question:
    """A question heading answered by the hidden fold under it (see ``Question.hidden``)."""
    return Question(
        text=question, answer=tuple(answer), line=line, kind="heading", also=also, hidden=True
    )


def _asking_heading(headings: tuple[Heading, ...], asked: set[int]) -> tuple[Heading, str] | None:
    """The heading right above a block, with its question, when it is shaped as a
    question no block has answered yet."""
    if not headings or headings[-1].level < 2 or headings[-1].line in asked:
        return None
    question = question_text(headings[-1].text)
    return (headings[-1], question) if question else None


# A paragraph that is one command written as plain text ("git revert <id>"): one line,
# a lowercase program name and its arguments, no sentence end.
_COMMAND_LINE = re.compile(r"^[a-z][\w.-]*[ \t]+[^\n]{1,150}(?<![.!?])$")


def _commands_under_items(items: Sequence[Located]) -> list[Located]:
    """A list item ending in ":" ("… using the following command:") owns the command
    paragraph written unindented after it, and a list that goes on after that command
    is the same list: one list, each item with its command, not a lead-in cut off."""
    out: list[Located] = []
    index = 0
    while index < len(items):
        item = items[index]
        merged = item.block
        after = index + 1
        if isinstance(merged, ListBlock) and merged.items and merged.items[-1].endswith(":"):
            while after < len(items) and items[after].headings == item.headings:
                following = items[after].block
                if (
                    isinstance(following, Paragraph)
                    and merged.items[-1].endswith(":")
                    and _COMMAND_LINE.match(following.text.strip())
                ):
                    command = following.text.strip()
                    merged = replace(
                        merged, items=(*merged.items[:-1], f"{merged.items[-1]}\n{command}")
                    )
                elif (
                    isinstance(following, ListBlock)
                    and following.ordered == merged.ordered
                    and isinstance(items[after - 1].block, Paragraph)
                ):
                    merged = replace(
                        merged,
                        items=(*merged.items, *following.items),
                        terms=(*merged.terms, *following.terms),
                        links=(*merged.links, *following.links),
                    )
                else:
                    break
                after += 1
        out.append(replace(item, block=merged) if after > index + 1 else item)
        index = after
    return out


_KEY_WORDS = 6  # words: a first-column cell longer than this is a statement, not a key
# The first header of a table comparing the columns after it ("Feature | A | B"): it
# names the rows' attributes.
FEATURE_HEADERS = frozenset(
    {
        "",
        "feature",
        "features",
        "aspect",
        "concept",
        "aspects",
        "property",
        "attribute",
        "criteria",
        "criterion",
        "characteristic",
        "capability",
        "category",
        "comparison",
        "dimension",
        "parameter",
    }
)
_CODE_NAME = re.compile(r"`[\w.-]+`")


_DETAILED_ITEM = 150  # characters: an item this long after its label explains it
_TERM_WORDS = 5  # a label longer than this is a sentence, not the name of a term
# An item that shows or points at an example its line cannot carry.
_POINTS_ON = re.compile(
    r"(?:[:,]\s*$|\b(?:below|as follows|like this|the following)\b|`)", re.IGNORECASE
)


def _detailed_terms(block: Block) -> bool:
    """Whether a list names a distinct term per item and explains each at length
    ("**Cost function:** a generic term that …", three or more), in words alone (no
    code, no example it points at): an answer's card can only name them, so each item stays a
    fact of its own too."""
    if (
        not isinstance(block, ListBlock)
        or len(block.items) < 3
        or len(block.terms) != len(block.items)
        or any(block.codes)
        or len({term.lower() for term in block.terms}) != len(block.terms)
    ):
        return False
    return all(
        term
        and len(term.split()) <= _TERM_WORDS
        and len(item) - len(term) >= _DETAILED_ITEM
        and not _POINTS_ON.search(item)
        for term, item in zip(block.terms, block.items, strict=True)
    )


def _compared_table(block: Block) -> bool:
    """Whether a table compares the things its columns name ("Feature | Abstract class
    | Interface"), each row keyed by a short, distinct attribute ("Constructors"), or
    has a row per keyword (`` `virtual` | Base class | … ``): each cell is a fact of its
    own. Rows opening with a sentence ("X only downloads new
    data.") pair statements and are no keys; a column named only by a code word
    (`` `useState` ``) is asked with a subject a question heading cannot give."""
    if not isinstance(block, Table) or len(block.rows) < 2 or len(block.header) < 3:
        return False
    keys = [row[0].strip() for row in block.rows if row]
    if len(set(keys)) != len(keys):
        return False
    if all(_CODE_NAME.fullmatch(key) for key in keys):
        return True  # a row per keyword (`virtual`, `override`): each row is an entity
    first = block.header[0].strip().lower()
    if not first or first not in FEATURE_HEADERS:
        return False
    if any(_CODE_NAME.fullmatch(h.strip()) for h in block.header[1:]):
        return False
    return all(key and len(key.split()) <= _KEY_WORDS and not key.endswith(".") for key in keys)


# A first paragraph that answers a question: "Yes.", "No, …", "Indeed.", "Not yet".
_ANSWER_OPENING = re.compile(
    r"^(?:yes|no|indeed|sure|absolutely|of course|certainly|definitely|not (?:yet|really|"
    r"currently|at the moment)|it depends|because|unfortunately(?:,)? no)\b",
    re.IGNORECASE,
)
# A reply folded into a heading after its "?" ("Why X? Because Y"): no question line.
_REPLY = re.compile(r"^(?:yes|no|because|it|this)\b", re.IGNORECASE)


# A reader's problem written as a heading: an exclamation, or said in the first person.
# ("When I run my container, docker fails with: `…`": the reader's own doing, then what
# goes wrong.)
_PROBLEM_STATEMENT = re.compile(
    r"[^!]!$|^(?:(?:when|if|after|while|whenever)\s+)?(?:I|I'm|I’m|I've|My)\b.*"
    r"(?:n['’]t|\b(?:not|cannot|broken|problems?|fails?|failed|errors?|slow|wrong)\b)",
    re.IGNORECASE,
)
# "## Compose key sequences do not work", "## X fails to start with Y": a sentence of
# four words or more whose verb says something goes wrong, in any person. Asked only
# when its section opens on a cause or a fix (see ``_CAUSE_OR_FIX``).
_PROBLEM_SENTENCE = re.compile(
    r"^(?=(?:\S+\s+){3}\S).*\b(?:(?:is|are|does|do|did|will|can)\s+not|\w+n['’]t|cannot|"
    r"fails?\s+to|is\s+(?:weird|wrong|broken|slow|blank|missing))\b",
    re.IGNORECASE,
)
# A short problem title of a FAQ quoting its readers ("QEMU is slow", "Sync gets stuck at
# `Indexing`", "The daemon crashes on start") or naming an error ('error "killed -9"'):
# asked only when what follows it is a fix.
PROBLEM_TITLE = re.compile(
    r"\b(?:is|are)\s+(?:(?:so|very|too)\s+)?(?:slow|broken|wrong|stuck|blank|missing|"
    r"not\s+\w+)\b|\b(?:gets?|got)\s+stuck\b|\b(?:crash(?:es|ed|ing)?|hangs?|freezes?|"
    r"fails?\s+to)\b|\b(?:cannot|can['’]t|won['’]t|\w+n['’]t)\s+\w|^error\b"
    # "Not able to connect to …", "Unable to install …", "Failed with error: …",
    # "Getting invalid token error while …": the reader's report of a failure.
    r"|^(?:not\s+able|unable)\s+to\s+\w|^failed\s+(?:to|with|while|when)\b"
    r"|^getting\s+(?:an?\s+|the\s+|this\s+)?(?:[\w`'-]+\s+){0,3}errors?\b",
    re.IGNORECASE,
)
# An opening sentence that names a cause or a fix ("One possible cause might be …",
# "Your colorscheme has to define …", "Make sure it is set …", "… is likely exposing
# an older version"): the problem's answer; "X supports Y in both modes" is not.
_CAUSE_OR_FIX = re.compile(
    r"\b(?:because|caused?|causes|due\s+to|likely|has\s+to|have\s+to|must|needs?\s+to|"
    r"requires?|make\s+sure|instead\s+of|only\s+as|"
    # "This issue occurs when …", "It is a network issue": the cause, named.
    r"(?:occurs?|happens?)\s+(?:when|if|because|after)|"
    r"(?:is|was)\s+an?\s+(?:[\w-]+\s+)?(?:issue|problem|bug)\b)",
    re.IGNORECASE,
)

# An opening that tells the reader what to do ("Make sure …", "Run `…`", "Set …"): the
# problem's fix.
_FIX_OPENING = re.compile(
    r"^(?:make\s+sure|ensure|run|set|try|use|add|install|enable|disable|change|upgrade|"
    r"update|restart|remove|specify)\b(?!\s+(?:to|of|is|are)\b)",
    re.IGNORECASE,
)


# A FAQ heading that is an error message: one code span, perhaps after a short context
# ("Error: `X`", "Docker-machine error: `X`", "Helm Chart: `ERROR .. X`", "Job fails
# with `X`"), nothing after it.
_ERROR_HEADING = re.compile(r"^(?P<pre>[^`]{0,40}?)`(?P<code>[^`]{4,160})`[.:]?$")
_ERROR_CONTEXT = re.compile(
    r"(?:^|:\s*|\b(?:error|fails?\s+with|failed\s+with))\s*$|\berror\b", re.IGNORECASE
)
_ERROR_WORDS = re.compile(
    r"\b(?:error|fail(?:ed|ure|s)?|denied|unauthori[sz]ed|forbidden|cannot|can't|unable|"
    r"not\s+(?:found|authorized|allowed|permitted)|no\s+such|too\s+low|invalid|refused|"
    r"rejected|timed?\s*out)\b",
    re.IGNORECASE,
)
# A section that says how to fix what it names ("To resolve this issue, …", "Upgrade
# …", "remove the certificates"); one without only says what causes it.
_FIX_WORDS = re.compile(
    r"\b(?:resolve|fix|solution|workaround|ensure|make\s+sure|must|remove|change|upgrade|"
    r"set|disable|enable|add|install|increase|restart|consolidate|run)\b",
    re.IGNORECASE,
)
_ERROR_LABEL = re.compile(
    r"^(?:(?P<ctx>.*?)\s*\b)?(?:errors?|fails?\s+with|failed\s+with)?:?\s*$", re.I
)


def _error_heading_question(items: Sequence[Located], index: int, line: str) -> str:
    """ "How do you fix `<error>`?" for a FAQ heading that is an error message, or "What
    causes `<error>`?" when its section gives no fix. "" for any other heading."""
    match = _ERROR_HEADING.match(line)
    if match is None:
        return ""
    pre, code = match.group("pre").strip(), match.group("code").strip()
    if pre and not _ERROR_CONTEXT.search(pre):
        return ""  # "Runner terminates after `Cleaning up`": code inside a sentence
    if not (_ERROR_WORDS.search(code) or re.search(r"\berror\b", pre, re.IGNORECASE)):
        return ""
    headings = items[index].headings
    # (A fix can sit in a list item: "- There is a TLS failure. To resolve this issue, …")
    section = " ".join(
        i.block.text if isinstance(i.block, Paragraph) else " ".join(i.block.items)
        for i in itertools.takewhile(
            lambda i: i.headings[: len(headings)] == headings, items[index:]
        )
        if isinstance(i.block, (Paragraph, ListBlock))
    )
    if not section:
        return ""
    # The context before the error names where it happens ("Helm Chart:", "Docker-machine
    # error:"); a sentence leading into it ("Job fails with") is no context.
    label = _ERROR_LABEL.match(pre)
    context = (label.group("ctx") or "").strip(" :") if label else ""
    if context and not pre.rstrip().endswith(":") and not re.search(r"error:?$", pre, re.I):
        context = ""
    if re.search(r"\b(?:with|when|on|in|for|of|after|during|from|by|the|an?)$", context, re.I):
        context = ""  # "X extension with error `Y`": a sentence, not a place
    verb = "How do you fix" if _FIX_WORDS.search(section) else "What causes"
    question = f"{verb} `{code.rstrip('.: ')}`?"
    return f"{context}: {question[0].lower()}{question[1:]}" if context else question


# A heading naming an error it meets ("`velero backup logs` returns a `SignatureDoesNotMatch`
# error", "X reports `not found` errors when starting up"): a problem, as "X is stuck" is.
_NAMES_ERROR = re.compile(
    r"`[^`]+`\s+(?:errors?|exceptions?)\b|\b(?:returns?|reports?|throws?|raises?|gives?|"
    r"shows?)\s+(?:an?\s+|the\s+)?(?:`[^`]+`\s+)?(?:errors?|exceptions?)\b",
    re.IGNORECASE,
)
# A sentence that tells what to do ("Run `velero install` again …") or says how the
# thing is undone ("Backups stuck … can be deleted with `kubectl delete …`"): a fix.
_REMEDY = re.compile(
    r"\b(?:can|may|must|should)\s+be\s+(?:deleted|removed|fixed|resolved|restarted|"
    r"recreated|reset|cleared|cleaned\s+up|re-?run|retried|worked\s+around)\s+(?:with|by|using)\b",
    re.IGNORECASE,
)
_TROUBLE_HEADINGS = 2  # problem headings that make a page one of troubleshooting
# A heading that quotes the message the reader meets ('"Address family not supported by
# protocol" error message', '"There are no integrations currently configured."'): the
# quoted words (two or more), then perhaps what kind of message they are.
QUOTED_MESSAGE = re.compile(
    r'^(?P<open>["\u201c])(?P<message>[^"\u201c\u201d]*\w\s+\w[^"\u201c\u201d]*)["\u201d]'
    r"(?P<kind>\s+(?:error\s+messages?|errors?|messages?|warnings?|exceptions?))?[.:]?$",
    re.IGNORECASE,
)
# A symptom a troubleshooting page's heading states without the verbs of ``PROBLEM_TITLE``
# ("Prometheus PVC stuck in Pending state", "Cloud Costs Not Working with X", "Failed to
# query …", "… not supported by protocol", "No matches found for kind"): read only as a
# count of the page's problem headings and of the one whose section fixes it.
_SYMPTOM = re.compile(
    r"\b(?:stuck|not\s+(?:working|supported|found|ready|responding|reachable|showing|"
    r"loading)|failed\s+to|failing|unable\s+to|cannot|can['\u2019]t|no\s+(?:[\w-]+\s+){0,4}"
    r"(?:found|available|configured|registered|installed|enabled|defined|detected)|unauthori[sz]ed|forbidden|(?:permission|access)\s+denied|timed\s+out|"
    r"connection\s+refused)\b",
    re.IGNORECASE,
)


def _problem_heading(line: str) -> bool:
    """Whether a heading states a problem: something that does not work, is stuck or
    fails ("QEMU is slow", "X does not start", "`X` returns a `Y` error"), or quotes
    the error the reader meets ('"X" error message', "`failed to load chart …`")."""
    return bool(
        PROBLEM_TITLE.search(line)
        or _PROBLEM_SENTENCE.search(line)
        or _NAMES_ERROR.search(line)
        or _quoted_error(line)
    )


def _quoted_error(line: str) -> bool:
    """Whether a heading is an error message, quoted ('"X" error message') or in code
    ("`Error creating client: failed to …`"): its words name a failure, or it says
    itself an error."""
    quoted = QUOTED_MESSAGE.match(line)
    if quoted:
        return bool(quoted.group("kind") or _ERROR_WORDS.search(quoted.group("message")))
    coded = _ERROR_HEADING.match(line)
    return bool(
        coded
        and not coded.group("pre").strip()
        and (_ERROR_WORDS.search(coded.group("code")) or _SYMPTOM.search(coded.group("code")))
    )


def _symptom_heading(line: str) -> bool:
    """Whether a troubleshooting page's heading states a symptom (see ``_SYMPTOM``) or
    a problem."""
    return _problem_heading(line) or bool(_SYMPTOM.search(line))


def _fix_sentence(sentence: str) -> bool:
    """Whether ``sentence`` tells the reader what to do (see ``_REMEDY``)."""
    return bool(_FIX_OPENING.match(sentence.strip()) or _REMEDY.search(sentence))


# The condition a troubleshooting answer opens on ("If you get an error like this, …",
# "When using Workload Identity, …"), and a polite "please" before what to do.
_IF_CLAUSE = re.compile(
    r"^(?:if|when|whenever|in\s+case)\b[^,]{3,200},\s*(?:please\s+|then\s+)?", re.IGNORECASE
)
# What a troubleshooting answer tells the reader to do past ``_FIX_OPENING``'s verbs.
_TROUBLE_FIX = re.compile(
    r"^(?:check|verify|confirm|copy|replace|configure|reconfigure|follow|step\s+through|"
    r"delete|increase|grant|create|switch|restart|apply|edit|look\s+at)"
    # (what it acts on next: "Mount paths containing spaces …" opens on a noun)
    r"\s+(?:the|your|a|an|this|that|these|those|if|whether|it|its|them|`)",
    re.IGNORECASE,
)
# "… you can address that by replacing the failing instance": the fix, said in passing.
_ADDRESSED_BY = re.compile(
    r"\byou\s+can\s+(?:address|fix|resolve|solve|work\s+around)\s+(?:that|this|it)\s+by\b",
    re.IGNORECASE,
)
# "There may be an issue with your config": a troubleshooting answer's cause.
_TROUBLE_CAUSE = re.compile(
    r"\bthere\s+(?:may|might|could|is\s+likely\s+to)\s+be\s+an?\s+(?:[\w-]+\s+)?"
    r"(?:issue|problem|mismatch|error)\b",
    re.IGNORECASE,
)


def _fix_in_opening(opening: Sequence[str]) -> bool:
    """Whether a troubleshooting answer's first two sentences tell what to do: either of
    them in the words of ``_fix_sentence``, or the first past its condition ("If you get
    this error, check …"); a later "Grant it with …" after a cause is the cause's."""
    return any(_fix_sentence(s) for s in opening) or bool(opening and _trouble_fix(opening[0]))


def _trouble_fix(sentence: str) -> bool:
    """Whether a sentence of a troubleshooting page's answer tells what to do, past the
    condition it may open on ("If you see this in the UI, please step through …")."""
    bare = _IF_CLAUSE.sub("", sentence.strip(), count=1)
    return bool(_fix_sentence(bare) or _TROUBLE_FIX.match(bare) or _ADDRESSED_BY.search(bare))


# "Prometheus PVC stuck in Pending", "Cloud Costs Not Working with X": a symptom said
# without its verb, the thing and then its state.
_VERBLESS_STATE = re.compile(
    r"^(?P<subject>\S.*?)\s+(?P<state>stuck|not\s+(?:working|supported|found|ready|responding|"
    r"reachable|showing|loading))\b",
    re.IGNORECASE,
)
_HAS_VERB = re.compile(r"\b(?:is|are|was|were|gets?|got|has|have|does|do|did|seems?)\b", re.I)
_ENDS_ON_LINK = re.compile(r"\b(?:of|on|in|with|for|to|from|by|and|or|the|a|an)$", re.IGNORECASE)


def _with_verb(problem: str) -> str:
    """ "Prometheus PVC is stuck in Pending" for "Prometheus PVC stuck in Pending": the
    verb a headline-style symptom leaves out, "are" after a plural ("Cloud Costs are
    Not Working"), so that "What to do when …?" reads as a sentence."""
    verbless = _VERBLESS_STATE.match(problem)
    if verbless is None or _HAS_VERB.search(problem):
        return problem
    if re.search(r"[`\"\u201c]", problem[: verbless.end()]):
        return problem  # "X reports `resource not found` errors": the state is quoted
    subject = verbless.group("subject")
    if _ENDS_ON_LINK.search(subject):
        return problem
    last = subject.split()[-1].strip("`\"'")
    plural = last.endswith("s") and not last.endswith(("ss", "us", "is")) and not last.isupper()
    return f"{subject} {'are' if plural else 'is'} {problem[verbless.start('state') :]}"


def _trouble_page(items: Sequence[Located]) -> bool:
    """Whether the document is a troubleshooting page: several of its headings (below
    its title) state problems, each answered in its section: the page's collection of
    questions, asked without a "?"."""
    seen: set[int] = set()
    count = 0
    for item in items:
        for heading in item.headings:
            if heading.level >= 2 and heading.line not in seen:
                seen.add(heading.line)
                text = " ".join(heading.text.split())
                count += "?" not in text and _symptom_heading(text)
    return count >= _TROUBLE_HEADINGS


def _asking_siblings(items: Sequence[Located], level: int) -> int:
    """How many headings of ``level`` in the document ask a question: a FAQ has several."""
    seen: set[int] = set()
    count = 0
    for item in items:
        for heading in item.headings:
            if heading.level == level and heading.line not in seen:
                seen.add(heading.line)
                count += bool(question_text(heading.text))
    return count


# A problem said without its subject ("Can't ping", "Cannot reach the host"): the
# reader is the one who cannot.
_SUBJECTLESS_PROBLEM = re.compile(
    r"^(?:cannot|can['’]t|can\s+not|won['’]t|doesn['’]t|does\s+not)\s", re.IGNORECASE
)
_SUBJECTLESS_STATE = re.compile(r"^(?:unable|not\s+able)\s+to\s", re.IGNORECASE)


def fix_question(problem: str, named: bool) -> str:
    """ "What to do when the build is slow?" for a problem title answered by its fix:
    its first word in lower case unless it is a name (``named``: "QEMU", "Lima"),
    and "you" before a problem said without its subject ("… when you can't ping?")."""
    problem = " ".join(problem.split()).rstrip("!.: ")
    quoted = _message_asked(problem)
    if quoted:
        # '"X" error message': about the message; '"X."' alone: the reader sees it.
        about = quoted.startswith("the ")
        return f"What to do about {quoted}?" if about else f"What to do when you see {quoted}?"
    if problem.lower().startswith("error"):
        return f"What to do about {problem[0].lower()}{problem[1:]}?"
    problem = _with_verb(problem)
    word = problem.split(" ", 1)[0]
    if word[:1].isupper() and word[1:].islower() and word != "I" and not named:
        problem = problem[0].lower() + problem[1:]
    if _SUBJECTLESS_PROBLEM.match(problem):
        problem = f"you {problem}"
    elif _SUBJECTLESS_STATE.match(problem):
        problem = f"you are {problem}"  # "Unable to log in": "you are unable to log in"
    return f"What to do when {problem}?"


def _message_asked(problem: str) -> str:
    """A heading quoting a message as a question names it: '"X" error message' → 'the
    "X" error message', '"X."' → '"X"' (its closing full stop is the heading's); "" for
    any other heading."""
    quoted = QUOTED_MESSAGE.match(problem)
    if quoted is None:
        return ""
    close = "\u201d" if quoted.group("open") == "\u201c" else '"'
    message = f"{quoted.group('open')}{quoted.group('message').rstrip('. ')}{close}"
    kind = " ".join((quoted.group("kind") or "").split())
    return f"the {message} {kind}" if kind else message


def _without_echoed_message(answer: list[Block], heading: str) -> list[Block]:
    """An answer to a heading quoting an error message without the block that only
    shows that message again as the reader meets it ('"Error: failed to query X" error
    message' over a log line opening on "Error: failed to query X: …"): the symptom,
    which the front asks already, never the fix."""
    line = " ".join(heading.split())
    quoted = QUOTED_MESSAGE.match(line)
    coded = _ERROR_HEADING.match(line) if quoted is None else None
    message = quoted.group("message") if quoted else coded.group("code") if coded else ""
    message = " ".join(message.split()).rstrip(". ").casefold()
    if not message:
        return answer  # no message quoted: nothing to tell apart
    kept = [
        block
        for block in answer
        if not (
            isinstance(block, Code)
            and message in " ".join(block.text.split()).casefold()
            and len(block.text.strip().splitlines()) <= _ECHO_LINES
        )
    ]
    return kept


_ECHO_LINES = 3  # a message shown again: a line or two of log, never a manifest


def cause_question(problem: str) -> str:
    """ "What causes the "X" error message?" for a heading quoting a message whose
    section says its cause; "<problem>: why?" for any other problem heading."""
    quoted = _message_asked(problem)
    return f"What causes {quoted}?" if quoted else f"{problem}: why?"


def _named_mid_sentence(items: Sequence[Located], word: str) -> bool:
    """Whether the document's prose writes ``word`` capitalized after a lower-case word
    ("… should work with Lima."): a name, which keeps its case at a question's start."""
    after_word = re.compile(rf"[a-z,]\s+{re.escape(word)}\b")
    return any(
        isinstance(item.block, Paragraph) and after_word.search(item.block.text) for item in items
    )


def _opens_on_answer_label(item: Located) -> bool:
    """Whether ``item`` is a paragraph opening on the author's "**Answer.**" label as the
    first block under a numbered heading ("#### 6. Elaborate the file permissions.")."""
    block = item.block
    if not item.headings or not isinstance(block, Paragraph):
        return False
    heading = " ".join(item.headings[-1].text.split())
    return bool(_Q_NUMBER.match(heading)) and bool(_ANSWER_NAMED_LABEL.match(block.label.strip()))


def _answer_labelled(items: Sequence[Located]) -> set[int]:
    """The lines of the numbered headings whose section opens on an "**Answer.**" label
    (read before the labels are cut off the answers)."""
    return {
        item.headings[-1].line
        for index, item in enumerate(items)
        if (not index or items[index - 1].headings != item.headings)
        and _opens_on_answer_label(item)
    }


def _asked_by_answer_label(
    items: Sequence[Located], index: int, depth: int, labelled: set[int]
) -> str:
    """A numbered heading whose section opens on the author's "**Answer.**" label ("####
    6. Elaborate the file permissions." then "**Answer.** There are three …"): the label
    says the heading asks, whatever its wording; its text without the number. "" when
    the section does not open so (``labelled``: see :func:`_answer_labelled`)."""
    heading = items[index].headings[depth]
    if depth != len(items[index].headings) - 1 or heading.line not in labelled:
        return ""
    if index and items[index - 1].headings == items[index].headings:
        return ""  # only the section's first block can tell
    line = " ".join(heading.text.split())
    numbered = _Q_NUMBER.match(line)
    asked = line[numbered.end() :].strip().strip("*").strip() if numbered else ""
    return asked if 0 < len(asked) <= 300 else ""


# "Answer.", "Ans:", "Answer -": the label naming a paragraph the answer.
_ANSWER_NAMED_LABEL = re.compile(rf"^{_NAMED}\s*[.:\-\u2013\u2014]?$", re.IGNORECASE)


def _asked_by_its_answer(items: Sequence[Located], index: int, depth: int) -> str:
    """A heading the author asks without its closing "?": "## Can X be used inside
    of `make` (or …)" whose section opens with an answer ("Indeed.", "Yes, …"), or
    "## Why spaces? I prefer tabs", a question and the reader's remark. "" otherwise."""
    heading = items[index].headings[depth]
    if depth != len(items[index].headings) - 1:
        return ""
    if index and items[index - 1].headings == items[index].headings:
        return _worded_after_asides(items, index, depth)
    line = " ".join(heading.text.split())
    first = items[index].block
    # (Only a problem heading reads the whole page: a document of many headings would
    # otherwise be read once per heading.)
    troubles = "?" not in line and _symptom_heading(line) and _trouble_page(items)
    if (
        "?" not in line
        and _ERROR_HEADING.match(line)
        and (troubles or _asking_siblings(items, heading.level) >= 2)
    ):
        asked = _error_heading_question(items, index, line)
        if asked:
            return asked
    # (its first two sentences: "X looks in several places. Make sure …")
    opening = SENTENCE_GAP.split(first.text.strip())[:2] if isinstance(first, Paragraph) else []
    if (
        "?" not in line
        and (
            _PROBLEM_STATEMENT.search(line)
            or (
                PROBLEM_TITLE.search(line)
                and isinstance(first, Paragraph)
                and bool(_FIX_OPENING.match(first.text.strip()))
            )
            or (
                _PROBLEM_SENTENCE.search(line)
                and isinstance(first, Paragraph)
                and (
                    bool(_CAUSE_OR_FIX.search(" ".join(opening)))
                    or bool(_FIX_OPENING.match(first.text.strip()))
                )
            )
            # On a troubleshooting page ("… is stuck InProgress", "`X` returns a `Y`
            # error"), a problem heading whose section opens on its cause or its fix
            # (in either of its first two sentences: "Velero cannot resume backups.
            # Backups stuck … can be deleted with …") is asked as its FAQ twin is.
            or (
                troubles
                and (
                    bool(_CAUSE_OR_FIX.search(" ".join(opening)))
                    or bool(_TROUBLE_CAUSE.search(" ".join(opening)))
                    or _fix_in_opening(opening)
                )
            )
        )
        and len(line) <= 200
        and (_asking_siblings(items, heading.level) >= 2 or troubles)
        and isinstance(first, Paragraph)
        and not first.label  # "**What is this thing?!**": a title
        and not first.text.rstrip().endswith((":", "?", "!"))
        # "...aka `nvm use` doesn't work": a paragraph going on with the heading only
        # restates the problem; the answer lies further down, where no card can tell.
        and not first.text.lstrip().startswith(("...", "…"))
    ):
        # "## Unicode glyphs render as underscores in my tmux!", "## I'm on macOS and X
        # cannot find Y" among a FAQ's questions: the reader's problem, which its section
        # answers, its cause first ("why?"), when it opens on a statement, not on a lead-in
        # to a list that is its own card.
        problem = line.rstrip("!.: ")
        if (
            _FIX_OPENING.match(first.text.strip()) or (troubles and _fix_in_opening(opening))
        ) and not _PROBLEM_STATEMENT.search(line):
            # "Make sure …", "Run `…`": the section gives what to do, not a cause.
            return fix_question(problem, _named_mid_sentence(items, problem.split(" ", 1)[0]))
        return cause_question(problem)
    if not _INTERROGATIVE.match(line) or len(line) > 200:
        return ""
    _, mark, remark = line.partition("?")
    if mark and remark.strip() and not _REPLY.match(remark.strip()):
        return line  # "Why spaces? I prefer tabs"
    if (
        not mark
        and not line.endswith((".", ":", "!"))
        and isinstance(first, Paragraph)
        and _ANSWER_OPENING.match(first.text.strip())
    ):
        return f"{line}?"
    if not mark and _ASKING_OPENING.match(line) and _asking_siblings(items, heading.level) >= 2:
        # "## How do I prevent "[WARNING] … dependent!"" among a FAQ's questions: the
        # quoted message it ends on took the place of its "?"; "How do I" still asks.
        return f"{line}?"
    if (
        not mark
        and not line.endswith((".", ":", "!"))
        and _WORDED_QUESTION.match(line)
        and _worded_faq(items, depth, items[index].headings)
    ):
        # "#### How to enable KubeSpan" among "#### How to …" siblings: a FAQ whose
        # author left out every "?"; the words ask, the section answers.
        return f"{line}?"
    return ""


def _worded_after_asides(items: Sequence[Located], index: int, depth: int) -> str:
    """A FAQ's question heading asked by its words (see :data:`_WORDED_QUESTION`) when
    only asides open its section ("#### How to use X" over a ":::caution" box, then
    the answer): the answer is the first block after them, as under a "?"; else ""."""
    start = index
    while start and items[start - 1].headings == items[index].headings:
        start -= 1
    if not all(isinstance(item.block, Callout) for item in items[start:index]):
        return ""  # only the section's first block (past its asides) can tell
    line = " ".join(items[index].headings[depth].text.split())
    if "?" in line or line.endswith((".", ":", "!")) or not _WORDED_QUESTION.match(line):
        return ""
    return f"{line}?" if _worded_faq(items, depth, items[index].headings) else ""


# A heading that asks by its words alone: "How to <verb> <object>" ("How to rotate CA",
# "When to use X"; a bare "How to contribute" titles a README's section), a question
# word and the verb it asks with ("Why does …", "Where can I …", "What is …"), or a
# verb opening a yes/no question ("Can I …", "Is it possible to …", "Does X support
# …"). "How it works", "What's new" and "Why quizkit" name sections.
_WORDED_QUESTION = re.compile(
    r"^(?:(?:how|what|when|where|which)\s+to\s+\S+\s+\S"
    r"|(?:how|why|what|when|where|which|who)\s+(?:do|does|did|can|could|should|would|"
    r"will|is|are|was|were|must|may)\s+\S"
    r"|(?:can|could|should|would|will|does|is|are|must|may)\s+(?!not\b)\S+\s+\S"
    r"|do\s+(?:i|you|we)\s+\S)",
    re.IGNORECASE,
)
# A FAQ's questions written without "?": three or more, at least half of the headings
# of their level (in the document or under one parent); fewer when they are all the
# headings of their level or sit under a "FAQ" heading.
_WORDED_FAQ = 3


def _worded_faq(items: Sequence[Located], depth: int, headings: tuple[Heading, ...]) -> bool:
    """Whether the heading ``headings[depth]`` is one of a FAQ's questions: among the
    headings of its level, in the whole document or under its own parent, at least
    ``_WORDED_FAQ`` and at least half ask (by a "?" or by their words), or two or more
    and all of them, or half of them under a parent heading titled "FAQ". A heading
    written twice or more at its level asks nothing ("### What is happening" and "###
    How to fix it" under every problem are a template's parts: a FAQ never asks one
    question twice)."""
    level = headings[depth].level
    parent = tuple(h.line for h in headings[:depth])
    seen: set[int] = set()
    texts: list[tuple[str, bool]] = []  # each heading of the level, and whether a sibling
    for item in items:
        for at, heading in enumerate(item.headings):
            if heading.level == level and heading.line not in seen:
                seen.add(heading.line)
                kin = tuple(h.line for h in item.headings[:at]) == parent
                texts.append((" ".join(heading.text.split()), kin))
    said = Counter(text.lower() for text, _ in texts)
    if said[" ".join(headings[depth].text.split()).lower()] > 1:
        return False
    page = [0, 0]  # asking, all (of the level, in the document)
    kin_count = [0, 0]  # asking, all (of the level, under the same parent)
    for text, kin in texts:
        asking = said[text.lower()] == 1 and (
            bool(question_text(text))
            or (bool(_WORDED_QUESTION.match(text)) and not text.endswith((".", ":", "!")))
        )
        page[0] += asking
        page[1] += 1
        if kin:
            kin_count[0] += asking
            kin_count[1] += 1
    faq = bool(parent) and bool(_FAQ_TITLE.search(headings[depth - 1].text))
    return any(
        (asking >= _WORDED_FAQ and 2 * asking >= total)
        # "## How to X" and "## How to Y", the page's only sections: all of them ask
        or (asking >= 2 and asking == total)
        # "### How to Y" under "## FAQ": the author calls them questions
        or (faq and asking >= 1 and 2 * asking >= total)
        for asking, total in (page, kin_count)
    )


# A heading naming its sections the reader's questions: "FAQ", "Frequently asked
# questions", "Common questions", "Q&A".
_FAQ_TITLE = re.compile(r"\b(?:faqs?|questions|q\s*&\s*a)\b", re.IGNORECASE)


# A question's opening: a question word and the verb it asks with ("How do I", "Why
# does"); "How it works" or "What next" is a title, not a question.
_ASKING_OPENING = re.compile(
    r"^(?:how|why|what|when|where|which|who)\s+(?:do|does|did|can|could|should|would|"
    r"will|is|are|was|were|must|may)\s+\S",
    re.IGNORECASE,
)


# A heading that is only an exercise's number in its book: "4.2-3", "Exercise 12.1-4".
_BOOK_EXERCISE = re.compile(r"^(?:exercises?\s+)?\d+\.\d+-\d+[a-z]?$", re.IGNORECASE)


_SEE_ELSEWHERE = re.compile(r"^(?:also,?\s+)?see\b(?:\s+\S+){1,10}[.!]?$", re.IGNORECASE)
_FIGURE_TASK = re.compile(r"\bFigures?\s+\d+(?:\.\d+)+", re.IGNORECASE)


# The last sentence of an intro that only sends the reader to the sub-sections below.
_READ_ON = re.compile(
    r"(?:^|(?<=[.!?])\s+)(?:read on|see (?:the sections? )?below|details (?:are )?below)\b"
    r"[^.!?]*[.!?]?\s*$",
    re.IGNORECASE,
)


# What a quiz of a program and its answer options asks when only a generic summary
# ("click show answer") folds the answer: the summary is never the question.
_PROGRAM_QUESTION = "What is the result of this code?"
# A short line between a quiz's program and its options ("answer options", "Options:").
_QUIZ_LINE_WORDS = 6


def _quiz_program(
    out: Sequence[Located], headings: tuple[Heading, ...], since: int
) -> tuple[Block, ...]:
    """The blocks right before a generic ``<details>`` that pose a quiz: a program, then
    perhaps a short line and its answer options in code (two code blocks at least, or one
    with no heading to ask it), under the same headings and after the last solution."""
    start = len(out)
    while (
        start > max(since, 0)
        and out[start - 1].headings == headings
        and (
            isinstance(out[start - 1].block, Code)
            or (
                isinstance(block := out[start - 1].block, Paragraph)
                and len(block.text.split()) <= _QUIZ_LINE_WORDS
                and not block.text.rstrip().endswith("?")
            )
        )
    ):
        start -= 1
    while start < len(out) and not isinstance(out[start].block, Code):
        start += 1  # the run opens on the program, never on a line before it
    run = tuple(i.block for i in out[start:])
    codes = [b for b in run if isinstance(b, Code)]
    if not codes or sum(len(b.text) for b in codes) > 2 * _SHOWN_CODE:
        return ()
    if len(codes) >= 2 or (not headings and isinstance(run[-1], Code)):
        return run
    return ()


_DASHED_LINE = re.compile(r"^\s*[-*]\s+(\S.*)$")


def _dashed_list(block: Block) -> Block:
    """An answer written as a dashed list in a code fence (``- 1``): the list it is."""
    if not isinstance(block, Code) or not block.text.strip():
        return block
    lines = [line for line in block.text.splitlines() if line.strip()]
    items = [m.group(1).strip() for line in lines if (m := _DASHED_LINE.match(line))]
    if len(items) != len(lines):
        return block
    if len(items) == 1:
        return Paragraph(text=items[0], line=block.line)
    return ListBlock(ordered=False, items=tuple(items), line=block.line)


# A quoted exercise's number ("> `3`. An experiment …", "> 2. …", "> (b) …"): the
# numbering of a notebook's exercise set, quoted above each solution.
_QUOTED_TASK_MARK = re.compile(
    r"^(?:`\(?(?:\d{1,2}|[a-h]|[ivx]{1,4})\)?`[.)]?|\d{1,2}[.)]|[a-h][.)]"
    r"|\((?:\d{1,2}|[a-h]|[ivx]{1,4})\))\s+"
)
# A narrator's plan in a solution ("We will write a function to …", "Let us start
# by …"): what the solution is about to do, never its result.
_SOLUTION_PLAN = re.compile(
    r"^(?:(?:first(?:ly)?|now|next|then|here),?\s+)?(?:we|let's|let\s+us|i)\s+"
    r"(?:will|shall|start|begin|now|first|are\s+going|can\s+now|need)\b",
    re.IGNORECASE,
)
# A lead-in saying what the code after it computes ("The probability is given by:",
# "Using this we can approximate the probability:").
_COMPUTED_BY = re.compile(
    r"\b(?:is|are)\s+(?:thus\s+|then\s+|therefore\s+|now\s+)?"
    r"(?:given|calculated|computed|obtained|found|approximated)\s+(?:by|with|as)\b"
    r"|\b(?:approximate|calculate|compute|obtain|find|estimate|count|confirm|verify)\s+"
    r"(?:the|a|an|this|that|whether|how)\b",
    re.IGNORECASE,
)
# A quoted exercise's solution is kept whole on its card up to this size (the card
# rules' cap for a solution); a longer one would be cut: no card.
_QUOTED_SOLUTION_CHARS = 1500


def _quoted_task(text: str) -> str:
    """A quoted exercise's text without its number, on one line."""
    text = " ".join(text.split())
    found = _QUOTED_TASK_MARK.match(text)
    return text[found.end() :] if found else text


def _quoted_exercise_end(items: Sequence[Located], index: int) -> int:
    """The index after the last block answering the quote at ``index``: up to the
    next quote, heading or question of its section."""
    end = index + 1
    while (
        end < len(items)
        and items[end].headings == items[index].headings
        and not isinstance(items[end].block, Quote | Question | Heading)
    ):
        end += 1
    return end


def _states_a_result(answer: Sequence[Block]) -> bool:
    """Whether a solution says its result: a sentence of prose that is no plan and no
    lead-in ("This is negative, so …"), or code after a lead-in saying what it
    computes ("The probability is given by:")."""
    for at, block in enumerate(answer):
        if not isinstance(block, Paragraph):
            continue
        text = " ".join(block.text.split())
        if text.endswith(":"):
            follows = answer[at + 1] if at + 1 < len(answer) else None
            if isinstance(follows, Code) and _COMPUTED_BY.search(text):
                return True
        elif not _SOLUTION_PLAN.match(text) and not text.startswith("$$"):
            return True
    return False


def _quoted_setup(items: Sequence[Located], index: int) -> list[Quote] | None:
    """The set-up of the quoted (sub-)question at ``index``: the run of quotes with no
    answer between them nearest before it in its section ("> `3`. A 40 year building
    programme …", "> Given that …, find:"), [] when there is none, None when the run
    does not open on the exercise's number (its statement goes on outside the quotes,
    in a formula between them)."""
    headings = items[index].headings
    last = None
    for at in range(index - 1, -1, -1):
        if items[at].headings != headings:
            return []  # none in its section
        if isinstance(items[at].block, Quote) and isinstance(items[at + 1].block, Quote):
            last = at
            break
    if last is None:
        return []
    first = last
    while (
        first > 0
        and items[first - 1].headings == headings
        and isinstance(items[first - 1].block, Quote)
    ):
        first -= 1
    run = [b for i in items[first : last + 1] if isinstance(b := i.block, Quote)]
    return run if _QUOTED_TASK_MARK.match(run[0].text.strip()) else None


# A display formula (``$$``, ``\begin{array}``): the card's text cannot show it.
_DISPLAY_MATH = re.compile(r"\$\$|\\begin\{")
# A task that goes on from another part ("Hence …", "Using your answers to parts 2.,
# …"): the other part's result is not on its card.
_ANOTHER_PART = re.compile(
    r"\b(?:hence|your\s+answers?|(?:previous|above|earlier)\s+(?:parts?|questions?|answers?"
    r"|results?)|parts?\s+\d+)\b",
    re.IGNORECASE,
)


def _quoted_exercise(items: Sequence[Located], index: int) -> tuple[int, Question | None] | None:
    """A notebook's exercise set quoted above its solutions ("> `3`. An experiment
    …", "> `1`. Approximate the probability …?", code cells and prose after each): the
    quote at ``index`` answered by the blocks up to the next quote is one (sub-)question,
    asked with the set-up quoted before it (quotes with no answer of their own, "> `6`.
    Consider a class test …"). Returns the index after its answer and the question, or
    None for the question when no card can hold it: the solution states no result (code
    cells alone, a plan), is too long for a card, the task ends on ":" (what it is
    about follows outside the quote) or its set-up holds a display formula or goes on
    outside the quotes. None when the quote is no such exercise (the page quotes fewer
    than two numbered tasks, or neither the quote nor its set-up is numbered)."""
    block = items[index].block
    if not isinstance(block, Quote):
        return None
    end = _quoted_exercise_end(items, index)
    marked = bool(_QUOTED_TASK_MARK.match(block.text.strip()))
    setup = _quoted_setup(items, index) if end > index + 1 else []
    if not marked and not setup:
        return None
    numbered = sum(
        1
        for i in items
        if isinstance(i.block, Quote) and _QUOTED_TASK_MARK.match(i.block.text.strip())
    )
    if numbered < 2:
        return None
    if end == index + 1:
        # An exercise's set-up ("> `4`. Three letters are selected …" over its first
        # sub-question): the statement its sub-questions' cards carry, no card alone.
        return end, None
    if setup is None:
        return end, None
    task = _quoted_task(block.text)
    lead = " ".join(_quoted_task(b.text) for b in setup)
    answer = tuple(i.block for i in items[index + 1 : end])
    shown = [*setup, block]
    return end, _solved_exercise(task, lead, answer, block.line, [b.text for b in shown])


def _solved_exercise(
    task: str, lead: str, answer: tuple[Block, ...], line: int, shown: list[str]
) -> Question | None:
    """The card of a notebook's exercise ``task`` (after its set-up ``lead``) solved by
    the blocks ``answer``, or None when no card can hold it: the solution states no
    result (code cells alone, a plan) or is too long for a card, the task ends on ":"
    (what it is about follows it) or goes on from another part, or its text (``shown``)
    or its solution's prose holds a display formula."""
    size = sum(len(str(getattr(b, "text", ""))) for b in answer)
    if (
        task.endswith(":")
        or _ANOTHER_PART.search(task)
        or any(_DISPLAY_MATH.search(text) for text in shown)
        or any(isinstance(b, Paragraph) and _DISPLAY_MATH.search(b.text) for b in answer)
        or not _states_a_result(answer)
        or size > _QUOTED_SOLUTION_CHARS
    ):
        return None
    question = f"{lead} {task}" if lead else task
    return Question(text=question, answer=answer, line=line, kind="bold", hidden=True)


# A notebook's code cell (```` ```{code-cell} ipython3 ````): its kernel's name.
_NOTEBOOK_CELLS = frozenset({"ipython3", "ipython", "python3"})


def _cell_asked(items: Sequence[Located], index: int) -> bool:
    """Whether the block at ``index`` is a numbered item of its own asking a question
    ("2. How much clay does a batch hold?") with a notebook's code cell right after it
    (a list its solution cells interrupt)."""
    block = items[index].block
    follows = items[index + 1].block if index + 1 < len(items) else None
    return (
        isinstance(block, ListBlock)
        and block.ordered
        and len(block.items) == 1
        and " ".join(block.items[0].split()).endswith("?")
        and isinstance(follows, Code)
        and follows.info in _NOTEBOOK_CELLS
    )


def _numbered_cell_exercise(
    items: Sequence[Located], index: int
) -> tuple[int, Question | None] | None:
    """A notebook's exercise set written as numbered questions, each interrupted by
    its solution cells ("1. What share of the glaze is silica?", a code cell, "The
    share is 3/5.", "2. …?"; two such questions or more on the page): the question at
    ``index`` answered by the blocks up to the next one, read as a quoted exercise is
    (see :func:`_solved_exercise`). None when the block is no such question."""
    if not _cell_asked(items, index):
        return None
    if sum(1 for at in range(len(items)) if _cell_asked(items, at)) < 2:
        return None
    block = items[index].block
    assert isinstance(block, ListBlock)
    end = index + 1
    while (
        end < len(items)
        and items[end].headings == items[index].headings
        and not isinstance(items[end].block, Quote | Question | Heading)
        and not _cell_asked(items, end)
    ):
        end += 1
    task = " ".join(block.items[0].split())
    answer = tuple(i.block for i in items[index + 1 : end])
    return end, _solved_exercise(task, "", answer, block.line, [task])


def _quoted_question(items: Sequence[Located], index: int) -> str | None:
    """The question a quote asks when the quote is nothing but one question ("> What
    is the current directory? What is it for?") and prose of its section follows it:
    the author's question set apart, answered below. A quote that says more than its
    question, a labelled one ("> **Answer:** …") or one with nothing after it is no
    such question."""
    block = items[index].block
    if not isinstance(block, Quote) or "\n" in block.text.strip():
        return None
    text = " ".join(block.text.split())
    if not text.endswith("?") or _QA_QUESTION.match(text):
        return None
    asked = question_text(text)
    if not asked or index + 1 >= len(items):
        return None
    after = items[index + 1]
    if after.headings != items[index].headings:
        return None
    return asked if isinstance(after.block, Paragraph | ListBlock | Code | Table) else None


def _quoted_answer_end(items: Sequence[Located], index: int) -> int:
    """The index after the last block answering the quoted question at ``index``: up
    to the next heading, question or quoted question."""
    end = index + 1
    while end < len(items) and items[end].headings == items[index].headings:
        after = items[end].block
        if isinstance(after, Question) or _quoted_question(items, end) is not None:
            break
        if isinstance(after, Paragraph) and after.label and _bare(after.label) == _bare(after.text):
            break
        end += 1
    return end


# The labels whose list is a part of the answer itself, joined to its back.
_JOINED_LABEL = re.compile(
    r"^(?:(?:detailed\s+|short\s+|brief\s+)?explanation|steps|benefits|key\s+points|"
    r"advantages|disadvantages|pros|cons|how\s+it\s+works)$",
    re.IGNORECASE,
)


def _list_goes_on(items: Sequence[Located], at: int) -> bool:
    """The list at ``at`` is only the first run of a list its section goes on with
    after a block between ("1. Enable it", its code, "2. Annotate the class")."""
    headings = items[at].headings
    for item in items[at + 1 :]:
        if item.headings != headings:
            return False
        if isinstance(item.block, ListBlock) and item.block.ordered and item.block.start > 1:
            return True
    return False


_LABELLED_CHARS = 650  # an answer and its labelled lists stay within a card's size


def _labelled_lists(
    items: list[Located], start: int, question: tuple[Heading, ...], said: int
) -> tuple[list[Block], tuple[Located, ...]]:
    """The lists that open the labelled parts of a question heading's answer ("###
    Steps:" and its numbered steps, "### Benefits:" and its bullets), each after its
    label as a line ("Steps:"): they answer the question with its first paragraph, never
    cards of their own ("Steps: HTML Structure?" asks nothing). Those blocks are taken
    out of ``items`` (and returned, where they stood: their label headings still count
    as headings of the page); an example's code and prose stay where they are.
    ``said``: the characters of the answer so far."""
    depth = len(question)
    taken: list[int] = []
    found: list[Block] = []
    # What the answer already says: a list that would take it past a card's size stays
    # where it is (its items keep their own cards, the question named on them).
    size = said
    at = start
    while at < len(items) and items[at].headings[:depth] == question:
        headings = items[at].headings
        block = items[at].block
        if len(headings) > depth and not answer_label(headings[depth].text):
            # "### Development Containers:": the answer goes on in parts of its own; a
            # label after them labels that walkthrough, not the short answer.
            break
        label = answer_label(headings[depth].text) if len(headings) == depth + 1 else ""
        if (
            label
            # An example's steps ("### Example:", "1. Create a custom evaluator", its
            # code, "2. …") go on with code no back keeps: only the answer's own parts.
            and _JOINED_LABEL.match(label)
            and isinstance(block, ListBlock)
            and not _list_goes_on(items, at)
            and items[at - 1].headings != headings
            and not any(block.links)
            and size + sum(len(i) + 3 for i in block.items) <= _LABELLED_CHARS
        ):
            size += sum(len(i) + 3 for i in block.items)
            title = Paragraph(text=f"{label}:", line=headings[depth].line, heading=True)
            found.extend((title, block))
            taken.append(at)
        at += 1
    moved = tuple(items[at] for at in taken)
    for at in reversed(taken):
        del items[at]
    return found, moved


# "- Level: Mid", "- Frequency: High", "- Tags: arc, memory": a key of up to three
# words, a colon and a short value that is no sentence (no full stop in or after it).
_METADATA_ITEM = re.compile(
    r"^[*_`]*[A-Za-z][\w/-]*(?:[ \t]+[\w/-]+){0,2}[*_`]*[ \t]*:[*_`]*[ \t]+"
    r"(?P<value>[^\n.!?]{1,60}?)[*_`]*$"
)
# Keys an interview collection files its topics under: metadata even with no
# "Answer" heading after them.
_METADATA_KEYS = frozenset(
    {
        "level",
        "difficulty",
        "frequency",
        "tags",
        "tag",
        "topic",
        "topics",
        "category",
        "categories",
        "company",
        "companies",
        "seniority",
        "importance",
        "priority",
        "asked at",
        "asked by",
        "asked in",
        "platform",
        "platforms",
    }
)


def _metadata_list(items: Sequence[Located], index: int) -> bool:
    """Whether ``items[index]`` is a topic's metadata: short "Key: value" bullets ("-
    Level: Mid", "- Frequency: High") or bold-keyed lines ("**Difficulty:** 🟡 Mid") opening
    their section, right above the section's "Answer" sub-heading, or all keyed by words
    an interview collection files topics under (two bullets or more; a bold key alone on
    its line is one). It says how the topic is filed, never what it answers: no answer,
    no card. A key the heading itself asks about ("What log level …?" over "Level:
    INFO") is its answer and stays."""
    item = items[index]
    block = item.block
    if isinstance(block, ListBlock) and not any(block.codes):
        lines = [text.strip() for text in block.items]
        least = 2
    elif isinstance(block, Paragraph) and block.label:
        lines = [line.strip() for line in block.text.split("\n") if line.strip()]
        least = 1
    else:
        return False
    if not item.headings or (index and items[index - 1].headings == item.headings):
        return False  # only a section's first block
    if not all(_METADATA_ITEM.match(line) for line in lines):
        return False
    keys = {_bare(line.split(":", 1)[0]) for line in lines}
    if keys & set(re.findall(r"\w+", item.headings[-1].text.lower())):
        return False
    after = items[index + 1].headings if index + 1 < len(items) else ()
    depth = len(item.headings)
    if (
        len(after) == depth + 1
        and after[:depth] == item.headings
        and _bare(after[-1].text) in _ANSWER_HEADINGS
    ):
        return True
    return len(lines) >= least and keys <= _METADATA_KEYS


_LETTER = re.compile(r"[^\W\d_]")


def _without_metadata_lists(items: Sequence[Located]) -> list[Located]:
    """``items`` without the topics' metadata lists (see ``_metadata_list``) and the
    page's own metadata line and links above its first heading (see ``_page_metadata``)."""
    return [
        item
        for n, item in enumerate(items)
        if not _metadata_list(items, n) and not _page_metadata(item)
    ]


# "**Related:** [A](a.md) · [B](b.md)": the page's links to its neighbours.
_RELATED_LABEL = re.compile(r"^\W*(?:related|see also)\W*$", re.IGNORECASE)
# "Difficulty: 🟡 Medium · Est. time: `1.5h` · Tags: `#x`": keyed parts of one line.
_METADATA_PART = re.compile(r"^\W*(?P<key>[A-Za-z][\w.]*(?:\s+[\w.]+)?)\s*:\s*\S")
_PAGE_METADATA_KEYS = frozenset(
    {"difficulty", "level", "tags", "est. time", "time", "reading time"}
)


def _page_metadata(item: Located) -> bool:
    """Whether a block above the page's first heading only files the page: a line of
    two or more keyed parts set apart by "·" or "|" whose keys are metadata keys
    ("Difficulty: Medium · Est. time: `1.5h` · Tags: …"), or a "Related:" line of links
    to other pages. Neither says anything a card could ask."""
    if item.headings:
        return False
    block = item.block
    if isinstance(block, Paragraph) and block.pointer and _RELATED_LABEL.match(block.label):
        return True
    if not isinstance(block, Quote | Paragraph) or "\n" in block.text.strip():
        return False
    parts = re.split(r"\s+[\u00b7|]\s+", block.text.strip())
    if len(parts) < 2:
        return False
    keys = [m.group("key").lower() for part in parts if (m := _METADATA_PART.match(part))]
    return len(keys) == len(parts) and all(k in _PAGE_METADATA_KEYS for k in keys)


def _topic_answered(items: Sequence[Located], index: int, depth: int) -> str:
    """A topic heading ("## ARC vs garbage collection", "## Side tables") whose section
    holds nothing before its "### Answer" (or "Short answer", "Solution" …) sub-heading:
    the author asks the topic and the sub-heading only labels its answer, so the topic
    is the question ("ARC vs garbage collection?"). "" otherwise; a numbered exercise
    ("## Exercise 3" over its "### Solution") is left to the exercise rules."""
    item = items[index]
    if depth != len(item.headings) - 2 or _bare(item.headings[-1].text) not in _ANSWER_HEADINGS:
        return ""
    if index and items[index - 1].headings[: depth + 1] == item.headings[: depth + 1]:
        return ""  # the topic's own text (or the answer's first block) came before
    if _bare(item.headings[-1].text) == ANSWER_LETTER and _letter_index(items, index):
        return ""  # "### A", "### B", …: a glossary's letters, no answer label
    topic = " ".join(item.headings[depth].text.split()).strip()
    if _exercise_title(topic) or _bare(topic) in _ANSWER_HEADINGS or not _LETTER.search(topic):
        return ""
    return topic.rstrip(".:") + "?"


def _letter_index(items: Sequence[Located], index: int) -> bool:
    """Whether the one-letter heading over ``items[index]`` is the first of an
    alphabet's ("### A" then "### B" at the same level): a glossary's index letters."""
    level = items[index].headings[-1].level
    for later in items[index + 1 :]:
        heading = later.headings[-1] if later.headings else None
        if heading is not None and heading.level == level:
            letter = _bare(heading.text)
            if len(letter) == 1 and letter.isalpha() and letter not in (ANSWER_LETTER, "q"):
                return True
    return False


# A predict-the-output item's mark: "**Q7**", "**Q31 — `finally` overrides `return`**"
# (a bold line of its own) or a "### Q7" heading; the number, then an optional title.
_OUTPUT_ITEM = re.compile(r"^Q(\d+)(?:\s*[\u2014\u2013:.)-]\s*(.*))?$")
_OUTPUT_LABEL = re.compile(r"^\W*output\s*:?\W*$", re.IGNORECASE)
_PRINT_QUESTION = "What does this print?"


def _bold_only(block: Block) -> bool:
    """A paragraph that is only a bold line ("**Services:**", "**Q4: Explain X**")."""
    return (
        isinstance(block, Paragraph)
        and bool(block.label)
        and _bare(block.label) == _bare(block.text)
    )


def _inner_label(block: Block) -> bool:
    """A bold line titling one part of an answer ("**Services:**", "**Example RBAC:**"):
    a label closed by a colon that asks nothing and is marked as no question ("**1.
    Synchronous Communication:**" counts a part; "**Q5: …**" asks)."""
    if not (_bold_only(block) and isinstance(block, Paragraph)):
        return False
    label = " ".join(block.label.split()).strip("*_ ")
    return (
        label.endswith(":")
        and not _Q_MARK.match(label)
        and not question_text(label)
        and not _is_answer_label(block)
    )


def _answer_label_lines(items: Sequence[Located]) -> set[int]:
    """The lines of the paragraphs opening on an "**Answer:**" label (read before the
    labels are cut off the answers), and of the block right after a bare label: the
    author marked where an answer starts."""
    lines: set[int] = set()
    for index, item in enumerate(items):
        block = item.block
        if not (
            isinstance(block, Paragraph)
            and block.label
            and _bare(_ASIDE_IN_LABEL.sub("", block.label)) in _ANSWER_HEADINGS
        ):
            continue
        lines.add(block.line)
        after = items[index + 1] if index + 1 < len(items) else None
        if _bare(block.text) in _ANSWER_HEADINGS and after and after.headings == item.headings:
            lines.add(after.block.line)
    return lines


def _labelled_answer_start(
    items: Sequence[Located], index: int, answer_lines: set[int]
) -> Block | None:
    """The block right under the bold question at ``index`` when the author marked it as
    the answer's start: a bare "**Answer:**", a paragraph that opened on that label
    (``answer_lines``), or the title of the answer's first part ("**Services:**"). An
    answer so written runs over its part titles up to the next question (or any other
    bold line); None when the block after the question is none of these."""
    if index + 1 >= len(items) or items[index + 1].headings != items[index].headings:
        return None
    after = items[index + 1].block
    if _bold_only(after) and (_is_answer_label(after) or _inner_label(after)):
        return after
    if isinstance(after, Paragraph) and after.line in answer_lines:
        return after
    return None


def _marked_title(label: str) -> str:
    """A bold line the author numbered as a question ("**Q14: Common issues and
    solutions**", "**Q15: Design a system with X**") over a bare "**Answer:**": the
    title is asked though it is no question in words; "" when it is not numbered."""
    line = " ".join(label.split()).strip("*_ ")
    mark = _Q_MARK.match(line)
    if not mark:
        return ""
    title = line[mark.end() :].strip().rstrip(".:").strip()
    return title if _LETTER.search(title) else ""


def _output_mark(items: Sequence[Located], index: int) -> tuple[str, int] | None:
    """The number of the predict-the-output item opening at ``index`` and where its
    code is: a bold "Q7" line over the code, or the code first under a "### Q7"."""
    item = items[index]
    block = item.block
    if isinstance(block, Paragraph) and block.label and _bare(block.label) == _bare(block.text):
        mark = _OUTPUT_ITEM.match(" ".join(block.text.split()))
        return (mark.group(1), index + 1) if mark else None
    if (
        isinstance(block, Code)
        and item.headings
        and (index == 0 or items[index - 1].headings != item.headings)
    ):
        mark = _OUTPUT_ITEM.match(" ".join(item.headings[-1].text.split()))
        return (mark.group(1), index) if mark else None
    return None


def _output_item(items: Sequence[Located], index: int) -> tuple[int, Question | None] | None:
    """A predict-the-output item: its mark ("**Q7**" or "### Q7", perhaps titled), its
    code, then "**Output:** `A D C B` — why": one question, "What does this print?"
    with the code on its front, the output and the author's reason on its back (the
    code after an "Output:" line alone answers, and a plain paragraph right after the
    output is the reason); None when the blocks are not so shaped."""
    found = _output_mark(items, index)
    if found is None:
        return None
    number, at = found
    headings = items[index].headings
    if at + 1 >= len(items) or any(i.headings != headings for i in items[at : at + 2]):
        return None
    code, said = items[at].block, items[at + 1].block
    if not isinstance(code, Code) or not isinstance(said, Paragraph) or not said.label:
        return None
    if not _OUTPUT_LABEL.match(said.label):
        return None
    end = at + 2
    output = said.text[len(said.label) :].strip()
    answer: tuple[Block, ...] = (replace(said, text=output, label=""),)
    if not output:
        printed = items[end].block if end < len(items) and items[end].headings == headings else None
        if not isinstance(printed, Code):
            return None
        answer, end = (printed,), end + 1
    while end < len(items) and items[end].headings == headings:
        why = items[end].block
        if (
            not isinstance(why, Paragraph)
            or why.label.rstrip().endswith(":")  # "**Fix:** …": another part
            or why.text.rstrip().endswith(":")
            or _output_mark(items, end) is not None
        ):
            break
        # "`await` pauses `async1`, …" after the printed lines: the author's reason.
        answer, end = (*answer, why), end + 1
    if at == index:
        # The item's own heading ("### Q7: What is the output?"): what follows in its
        # section ("**Fix:** …", "If it were `let`:" and its code) goes on from the
        # item, never a card of its own.
        while end < len(items) and items[end].headings == headings:
            end += 1
    made = Question(
        text=_PRINT_QUESTION,
        answer=answer,
        line=items[index].block.line,
        kind="quiz",
        shown=(code,),
        number=number,
    )
    return end, made


# A numbered exercise's mark, bold before its task: "**11)** Filter all elements …".
_NUMBERED_TASK = re.compile(r"^(\d+)\)$")
# A task whose list is its own, not an answer: it sends the reader exploring or
# announces the list ("Here are some example patterns", "the following threads").
_UNANSWERED_TASK = re.compile(
    r"^(?:explore|read|see|check out|go through)\b|\b(?:the following|here are|below)\b",
    re.IGNORECASE,
)
# A task leaning on another ("an extension to the previous question").
_POINTING_TASK = re.compile(
    r"\b(?:previous|above|earlier|last) (?:question|exercise|task)\b", re.IGNORECASE
)
# A task's first sentence asking only for the result its solution shows.
_SHOWN_RESULT = re.compile(r"\b(?:as shown|expected (?:output|result)|output shown)\b", re.I)
# A line of an interactive session: the solution shown as typed at a prompt.
_PROMPTED = re.compile(r"^(?:>>>|\$|In \[\d+\]:) ", re.MULTILINE)


def _numbered_task(block: Block) -> str:
    """The number of a "**N)** task" paragraph, "" for any other block."""
    if not isinstance(block, Paragraph) or not block.label:
        return ""
    mark = _NUMBERED_TASK.match(block.label.strip())
    return mark.group(1) if mark and block.text.strip() != block.label.strip() else ""


def _repl_exercise(items: Sequence[Located], index: int) -> tuple[int, Question | None] | None:
    """A numbered exercise of a solutions page: "**N)** task" (perhaps its bullets),
    then the solution typed at a prompt (``>>> …``); or the task answered in prose
    (a paragraph, a list) before the next one, on a page of such REPL-solved tasks.
    The task is asked without its number (its bullets on the front), the solution or
    the prose answers; None when the blocks are not so shaped."""
    item = items[index]
    number = _numbered_task(item.block)
    if not number:
        return None
    end = index + 1
    while (
        end < len(items)
        and items[end].headings == item.headings
        and not _numbered_task(items[end].block)
        and not isinstance(items[end].block, Question | Heading)
    ):
        end += 1
    blocks = [i.block for i in items[index + 1 : end]]
    first_code = next((n for n, b in enumerate(blocks) if isinstance(b, Code)), None)
    assert isinstance(item.block, Paragraph)
    task = item.block.text[len(item.block.label) :].strip()
    if _POINTING_TASK.search(task) or _SHOWN_RESULT.search(re.split(r"(?<=[.?!])\s", task)[0]):
        # "This is an extension to the previous question.", "Use `re.split()` to get the
        # output as shown below.": what the task asks is only in the solution's session
        # or in another task; the front alone asks nothing (no card from the task; its
        # code stays ordinary blocks, a commented command still asked by its comment;
        # its bullets are the task's own and go with it).
        taken = index + 1
        while taken < end and isinstance(items[taken].block, ListBlock):
            taken += 1
        return taken, None
    if first_code is not None:
        code = blocks[first_code]
        assert isinstance(code, Code)
        shown = blocks[:first_code]
        if not _PROMPTED.search(code.text) or not all(isinstance(b, ListBlock) for b in shown):
            return None
        answer: tuple[Block, ...] = tuple(b for b in blocks[first_code:] if isinstance(b, Code))
    else:
        shown = []
        answer = tuple(blocks)
        if not answer or not _repl_set(items):
            return None
        if task.endswith(":") or _UNANSWERED_TASK.search(task):
            # "… all of these rules:" and the rules, "Explore what X does. Here are some
            # example patterns …", no solution: the list is the task's own, nothing
            # answers it (no card, never the task's list as an answer).
            return end, None
    made = Question(
        text=task,
        answer=answer,
        line=item.block.line,
        kind="quiz",
        shown=tuple(shown),
        number=number,
    )
    return end, made


def _repl_set(items: Sequence[Located]) -> bool:
    """Three or more "**N)** task" paragraphs of the page solved at a prompt (right
    after the task or its bullets)."""
    solved = 0
    for at, item in enumerate(items):
        if not _numbered_task(item.block):
            continue
        after = at + 1
        while after < len(items) and isinstance(items[after].block, ListBlock):
            after += 1
        code = items[after].block if after < len(items) else None
        if isinstance(code, Code) and _PROMPTED.search(code.text):
            solved += 1
            if solved >= 3:
                return True
    return False


# A task's bold number: "**1.1** List …", "**3.** Count …", "**12)** Find …".
_TASK_NUMBER = re.compile(r"^\d+(?:\.\d+)*[.)]?$")
_CODED_SET = 3  # numbered tasks, each solved by the code right under it, make a set
# An explanation under a solution longer than this is a lesson of its own: the card
# keeps the code only (the explanation still makes no card cut from its task).
_EXPLANATION_CHARS = 400
_LABEL_TASK_WORDS = 3  # "Script `hello.sh`:" labels the code under it, asks nothing


def _task_number(block: Block) -> str:
    """The number of a paragraph opening on a bold number and going on with its task
    ("**1.1** List …"), "" for any other block."""
    if not isinstance(block, Paragraph) or not block.label:
        return ""
    label = block.label.strip()
    if not _TASK_NUMBER.match(label) or block.text.strip() == label:
        return ""
    return label.rstrip(".)")


def _coded_set(items: Sequence[Located]) -> bool:
    """Three or more paragraphs of the page opening on a bold number with the code
    block right under each (in the same section): a page of solved tasks."""
    solved = 0
    for at, item in enumerate(items[:-1]):
        after = items[at + 1]
        if (
            _task_number(item.block)
            and isinstance(after.block, Code)
            and after.headings == item.headings
        ):
            solved += 1
            if solved >= _CODED_SET:
                return True
    return False


def _coded_exercise(items: Sequence[Located], index: int) -> tuple[int, Question] | None:
    """A numbered task of a page of solved tasks: "**1.1** task", the code solving it
    right under it, then perhaps a quote explaining the code ("> `-S` sorts by size").
    The task is asked without its number; the code answers, with the explanation when
    short (a numbered question there answered by a quote alone: the quote answers).
    The explanation belongs to the task: it never makes a card alone (cut from the
    task, "`head -n 11` gets 10 files" no longer says of what). None when the blocks
    are not so shaped (a numbered step of a walkthrough stands alone: no set)."""
    item = items[index]
    number = _task_number(item.block)
    if not number or index + 1 >= len(items):
        return None
    end = index + 1
    while (
        end < len(items)
        and items[end].headings == item.headings
        and isinstance(items[end].block, Code)
    ):
        end += 1
    assert isinstance(item.block, Paragraph)
    task = item.block.text[len(item.block.label) :].strip()
    # "**4.4** Which link type survives …?" among them, the answer quoted right under
    # it: the quote is the answer, no explanation of code.
    asked = end == index + 1 and task.endswith("?")
    if task.endswith(":") and len(task.split()) <= _LABEL_TASK_WORDS:
        # "**5.3** Script `hello.sh`:" over a script: a label naming the file, no task
        # saying what the code should do; the card would ask nothing.
        return None
    if (end == index + 1 and not asked) or not _coded_set(items):
        return None
    code = [i.block for i in items[index + 1 : end]]
    said: list[Block] = []
    while end < len(items) and items[end].headings == item.headings:
        if not isinstance(quote := items[end].block, Quote):
            break
        said.append(quote)
        end += 1
    if asked and not said:
        return None
    if not asked and sum(len(b.text) for b in said if isinstance(b, Quote)) > _EXPLANATION_CHARS:
        said = []
    made = Question(
        text=task,
        answer=(*code, *said),
        line=item.block.line,
        kind="exercise",
        number=number,
    )
    return end, made


# A numbered task written bold whole ("**3. Find all the invoices …**"): its number.
_BOLD_TASK = re.compile(r"^(\d+)[.)]\s+(?=\S)")
_TASK_HINT = re.compile(r"(?<=[.?!])\s+hints?\s*:.*$", re.IGNORECASE)
_TASK_LEAD_IN = re.compile(r"^[^:?]*\bquestions?\s*:\s*(\S[^:]*\?)$", re.IGNORECASE)
_CODE_LABEL_WORDS = 3  # "SQL code:", "Solution:", "Query:": a label, not a sentence


def _code_label(block: Block) -> bool:
    """A short paragraph ending on a colon ("SQL code:", "Result:"): a label naming
    the block under it."""
    if not isinstance(block, Paragraph):
        return False
    text = " ".join(block.text.split())
    return text.endswith(":") and len(text.split()) <= _CODE_LABEL_WORDS


def _bold_task(block: Block) -> str:
    """The number of a paragraph written bold whole that opens on its number and goes
    on with its task ("**3. Find all the invoices …**"), "" for any other block."""
    if not isinstance(block, Paragraph) or not block.label:
        return ""
    if not block.text.startswith(block.label):
        return ""
    found = _BOLD_TASK.match(block.label.strip())
    if not found or block.text.rstrip().endswith(":"):
        # "**1. ClusterIP (Internal Communication):**" over its manifest: a label naming
        # one part of an answer (or a step), no task.
        return ""
    return found.group(1)


def _task_code_start(items: Sequence[Located], index: int) -> int:
    """Where the code solving a bold numbered task starts: right under it, or under
    a label naming it ("SQL code:", "Solution:"); -1 when no code is there."""
    headings = items[index].headings
    at = index + 1
    if at < len(items) and items[at].headings == headings and _code_label(items[at].block):
        at += 1
    if at < len(items) and items[at].headings == headings and isinstance(items[at].block, Code):
        return at
    return -1


def _labelled_code_exercise(items: Sequence[Located], index: int) -> tuple[int, Question] | None:
    """A numbered task written bold whole ("**2. Find the minimum rate …**"), perhaps
    a label ("SQL code:", "Query:") and the code solving it, then perhaps the result
    under its own label ("Result:" and a table): on a page of three or more such tasks,
    the task is asked without its number and the code answers. The result shows what
    one run printed, no part of the answer: it is passed over (no card of its own).
    None when the blocks are not so shaped."""
    item = items[index]
    number = _bold_task(item.block)
    if not number:
        return None
    start = _task_code_start(items, index)
    if start < 0:
        return None
    solved = sum(
        1
        for at, other in enumerate(items)
        if _bold_task(other.block) and _task_code_start(items, at) >= 0
    )
    if solved < _CODED_SET:
        return None
    end = start
    while end < len(items) and items[end].headings == item.headings:
        if not isinstance(items[end].block, Code):
            break
        end += 1
    code = [i.block for i in items[start:end]]
    if end < len(items) and items[end].headings == item.headings and _code_label(items[end].block):
        # "Result:" and the table, the output or the note under it.
        end += 1
        while (
            end < len(items)
            and items[end].headings == item.headings
            and not _bold_task(items[end].block)
            and isinstance(items[end].block, Table | Code | Paragraph)
            and not _code_label(items[end].block)
        ):
            end += 1
    assert isinstance(item.block, Paragraph)
    task = _BOLD_TASK.sub("", " ".join(item.block.text.split()), count=1).strip()
    # "… Hint: there are 4 lines to this query.": the author's help, no part of the task.
    task = _TASK_HINT.sub("", task).strip()
    # "Write a query to answer this question: What is …?": the question it leads to.
    asked = _TASK_LEAD_IN.match(task)
    if asked:
        task = asked.group(1)
    made = Question(
        text=task, answer=tuple(code), line=item.block.line, kind="exercise", number=number
    )
    return end, made


# "Answer - Imperative", "Solution (Declarative)", "Answer: kubectl": a fold's label and
# the way of answering it names (never only a number, "Solution 2").
_ANSWER_WAY = re.compile(
    rf"^\W*(?:{label_words(ANSWER_NAMES)}|solution)s?\s*(?:[-\u2013\u2014:]|\()\s*"
    r"(?P<way>[^()]*[^\W\d][^()]*?)\s*\)?\s*$",
    re.IGNORECASE,
)


def _answer_way(summary: str) -> str:
    """The way of answering a fold's summary names ("Imperative" of "Answer -
    Imperative"), "" when it names none."""
    found = _ANSWER_WAY.match(summary)
    return found.group("way").strip() if found else ""


# ------------------------------------------------------------------ labelled question parts
# An answer grows block by block up to about this size (the rules' answers alike); the
# builder joins a list to a question's answer only while the whole still fits.
ANSWER_CHARS = 700
# A practice exam's question set out in parts under its heading, each part named by the
# role it plays ("### Question", "### Answer Options", "**Correct Answer: C**",
# "### Explanation", "**Topic:** …"): the names by role, as part headings write them.
_STEM_PARTS = frozenset({"question", "question stem", "stem", "problem", "prompt", "scenario"})
_OPTION_PARTS = frozenset(
    {"options", "answer options", "choices", "answer choices", "alternatives", "possible answers"}
)
_KEY_PARTS = frozenset(
    {"answer", "correct answer", "correct answers", "correct option", "right answer", "answer key"}
)
_EXPLAIN_PARTS = frozenset(
    {
        "explanation",
        "explanations",
        "detailed explanation",
        "answer explanation",
        "rationale",
        "reasoning",
        "why",
    }
)
# What the question is filed under and where to read more: the author's bookkeeping,
# never knowledge of a card.
_META_PARTS = frozenset(
    {
        "topic",
        "topics",
        "domain",
        "objective",
        "exam objective",
        "difficulty",
        "level",
        "category",
        "categories",
        "tags",
        "reference",
        "references",
        "source",
        "sources",
        "see also",
        "further reading",
    }
)
# "Correct Answer: C", "The correct answers are: C, D", "Answer - terraform init".
_KEY_LINE = re.compile(
    r"^\W*(?:the\s+)?(?:(?:correct|right)\s+(?:answer|option|choice)s?|answers?)\s*"
    r"(?:is|are)?\s*[:\-\u2013\u2014]\s*(\S.*)$",
    re.IGNORECASE | re.DOTALL,
)
# "C", "C, D", "(A) and (C)": letters only, the options they name chosen.
_KEY_LETTERS = re.compile(
    r"^\(?[A-Ha-h]\)?(?:\s*(?:,|;|&|/|\band\b)\s*\(?[A-Ha-h]\)?)*\W*$", re.IGNORECASE
)
_A_LETTER = re.compile(r"(?<![A-Za-z])([A-Ha-h])(?![A-Za-z])")
# "Topic: For Each", "Domain: Objective 8 - …": one line of the question's bookkeeping.
_META_LINE = re.compile(r"^\W*([A-Za-z][A-Za-z ]{0,24}?)\W*:")
# "Fill in the blank: __": the options part of a question with none to choose from.
_BLANK = re.compile(r"(?<![\w`])_{2,}(?![\w`])")
_BLANK_INSTRUCTION_WORDS = 8


def _part_role(title: str) -> str:
    """The role a part's heading or label names ("stem", "options", "key", "explain",
    "meta"), "" when it names none."""
    bare = " ".join(_bare(title).split())
    for role, names in (
        ("stem", _STEM_PARTS),
        ("options", _OPTION_PARTS),
        ("key", _KEY_PARTS),
        ("explain", _EXPLAIN_PARTS),
        ("meta", _META_PARTS),
    ):
        if bare in names:
            return role
    return ""


def _meta_lines(block: Block) -> bool:
    """Whether ``block`` is only the question's bookkeeping: every line of a paragraph
    labelled by a bookkeeping name ("Topic: …" over "Domain: …", "Reference: [link]")."""
    if not isinstance(block, Paragraph):
        return False
    lines = [line for line in block.text.split("\n") if line.strip()]
    found = [_META_LINE.match(line) for line in lines]
    return bool(lines) and all(m and _part_role(m.group(1)) == "meta" for m in found)


def _lettered_options(block: Block) -> list[tuple[str, str]]:
    """The lettered options ``block`` lists: a list of them, or a paragraph holding
    one per line ("A) O(1)" over "B) O(n)"); [] for any other block."""
    if isinstance(block, ListBlock):
        return list(_options(block))
    if not isinstance(block, Paragraph):
        return []
    found = [_OPTION.match(line.strip()) for line in block.text.split("\n") if line.strip()]
    if not found or not all(found):
        return []
    return [(m.group(1).upper(), " ".join(m.group(2).split())) for m in found if m]


def _block_chars(block: Block) -> int:
    if isinstance(block, ListBlock):
        return sum(len(item) for item in block.items)
    if isinstance(block, Paragraph | Code | Quote):
        return len(block.text)
    return len(str(block))


def _chosen_explained(blocks: list[Block], letters: list[str]) -> list[Block]:
    """An explanation written option by option (a paragraph per option opening on its
    letter, "**C) …** ✅" over why it is right): only the chosen options' paragraphs,
    each without the line restating its option. Other blocks stay."""
    if not letters:
        return blocks
    out: list[Block] = []
    for block in blocks:
        first = block.text.split("\n")[0].strip() if isinstance(block, Paragraph) else ""
        found = _OPTION.match(first) if first else None
        if found is None or not found.group(1).isalpha():
            out.append(block)
            continue
        if found.group(1).upper() not in letters:
            continue  # why another option is wrong: no part of this answer
        assert isinstance(block, Paragraph)
        _, _, rest = block.text.partition("\n")
        if rest.strip():
            block = replace(block, text=rest.strip(), label="", line_terms=block.line_terms[1:])
        out.append(block)
    return out


def _within(blocks: list[Block], used: int) -> list[Block]:
    """The blocks of an answer a card's back holds: the first always, the next while
    the back stays within ``ANSWER_CHARS``; a lead-in ("… as follows:") never without
    the block it leads into."""
    kept: list[Block] = []
    for block in blocks:
        size = _block_chars(block)
        if kept and used + size > ANSWER_CHARS:
            break
        kept.append(block)
        used += size
    if len(kept) > 1 and len(kept) < len(blocks):
        last = kept[-1]
        if isinstance(last, Paragraph) and last.text.rstrip().endswith(":"):
            kept.pop()
    return kept


# "1. ", "14) ": the number a quiz heading asks its question under.
_QUIZ_NUMBER = re.compile(r"^\s*\d{1,3}[.)]\s+")


def _heading_choice(heading: Heading, direct: list[Block]) -> Question | None:
    """A multiple choice a heading asks ("### 14. What language was Kubernetes written
    in?") over its lettered options, then "**Answer:**" naming one, on its line or in
    the block right under it (``> **A) Go**``): the heading asks with its options, the
    chosen option answers, the blocks after it explain. None for any other section."""
    blocks = [b for b in direct if not (isinstance(b, Paragraph) and not b.text.strip())]
    if len(blocks) < 2:
        return None
    options = _lettered_options(blocks[0])
    marks = [mark for mark, _ in options]
    if len(options) < 2 or not in_letter_order(marks):
        return None
    label = blocks[1]
    if not isinstance(label, Paragraph):
        return None
    found = _KEY_LINE.match(label.text.strip())
    rest = blocks[2:]
    if found:
        key = found.group(1)
    elif label.label and _KEY_LINE.match(f"{label.text.strip()} x") and rest:
        given = rest.pop(0)  # "**Answer:**" over "> **A) Go**"
        if not isinstance(given, Paragraph | Quote):
            return None
        key = given.text
    else:
        return None
    said = Paragraph(text=f"Answer: {' '.join(key.split())}", line=label.line)
    chosen = _chosen_answer([said], tuple(options), bare=False)
    if chosen is None:
        return None
    question = _QUIZ_NUMBER.sub("", " ".join(heading.text.split())).strip()
    if not question:
        return None
    number = _HEADING_DIGITS.search(heading.text) if _QUIZ_NUMBER.match(heading.text) else None
    return Question(
        text=question,
        answer=(*chosen, *_within(rest, sum(_block_chars(b) for b in chosen))),
        line=heading.line,
        kind="quiz",
        shown=(blocks[0],),
        number=number.group(0) if number else "",
    )


def _parts_question(items: Sequence[Located], start: int, end: int, depth: int) -> Question | None:
    """The question a section (``items[start:end]``, under the heading at ``depth``)
    sets out in labelled parts: a stem part ("### Question") and the right answer
    ("Correct Answer: C" or an answer part), or, under a heading only numbering the
    question ("### Question 4"), the stem, lettered options and a "Correct Answer:"
    line. The front asks the stem with its options; the back gives the right answer,
    then the explanation while it fits. None when the section is not so shaped."""
    heading = items[start].headings[depth]
    parts: dict[str, list[Block]] = {"stem": [], "options": [], "key": [], "explain": []}
    direct: list[Block] = []
    stem_headed = False
    for item in items[start:end]:
        if len(item.headings) == depth + 1:
            direct.append(item.block)
            continue
        role = _part_role(item.headings[depth + 1].text)
        if role == "stem":
            stem_headed = True
        if role in parts:
            parts[role].append(item.block)
    numbered = EXERCISE_NUMBER_ONLY.match(" ".join(heading.text.split()))
    if not stem_headed and not numbered and not parts["options"] and not parts["key"]:
        return _heading_choice(heading, direct)
    if not stem_headed:
        if not numbered or parts["options"] or parts["key"]:
            return None
        # "### Question 4" over the stem, its options and the key line: the parts are
        # the heading's own blocks, in that order.
        parts["stem"] = [b for b in direct if not _meta_lines(b)]
    key_line = ""
    shown: list[Block] = []
    options: list[tuple[str, str]] = []
    listed: Block | None = None
    after_key: list[Block] = []
    for block in [*parts["stem"], *parts["options"], *parts["key"]]:
        if _meta_lines(block):
            continue
        found = _KEY_LINE.match(block.text.strip()) if isinstance(block, Paragraph) else None
        if found and not key_line:
            key_line = " ".join(found.group(1).split())
            continue
        if key_line and not stem_headed:
            after_key.append(block)  # "Explanation: …" and the rest after the key line
            continue
        lettered = _lettered_options(block)
        if lettered and block not in parts["key"]:
            options.extend(lettered)
            if listed is None:
                listed = block
            continue
        if block in parts["key"]:
            after_key.append(block)
            continue
        if (
            block in parts["options"]
            and isinstance(block, Paragraph)
            and _BLANK.search(block.text)
            and len(block.text.split()) <= _BLANK_INSTRUCTION_WORDS
        ):
            continue  # "Fill in the blank: __": the stem's blank is the question
        shown.append(block)
    opening = after_key[0] if after_key else None
    if not key_line and options and isinstance(opening, Paragraph):
        # "### Correct Answer" over "**B.** Santos, Maria": the key part names the option.
        key_line = " ".join(opening.text.split())
        after_key.pop(0)
    marks = [mark for mark, _ in options]
    if options and not in_letter_order(marks):
        return None
    if not stem_headed and (len(options) < 2 or not key_line):
        return None
    if not key_line and not parts["key"]:
        return None
    if not options and question_text(heading.text):
        # "## How does X reach Y?" over its own "### Question" and "### Answer": the
        # heading asks, and the rules for question headings answer it from its parts.
        return None
    stem = next((b for b in shown if isinstance(b, Paragraph)), None)
    if stem is None:
        return None
    shown.remove(stem)
    texts = dict(options)
    letters: list[str] = []
    if key_line and options and _KEY_LETTERS.match(key_line):
        letters = [letter.upper() for letter in _A_LETTER.findall(key_line)]
        if not all(letter in texts for letter in letters):
            return None
        answer: list[Block] = [
            Paragraph(text=f"{letter}: {texts[letter]}", line=stem.line) for letter in letters
        ]
    elif key_line and options:
        said = Paragraph(text=f"Answer: {key_line}", line=stem.line)
        chosen = _chosen_answer([said], tuple(options), bare=False)
        if chosen is None:
            return None
        answer = list(chosen)
        letters = [b.text[0] for b in chosen if isinstance(b, Paragraph) and b.text[1:2] == ":"]
    elif key_line:
        answer = [Paragraph(text=key_line, line=stem.line)]
    else:
        answer = _within(after_key, 0)
        after_key = []
    explained: list[Block] = []
    for block in after_key:
        if isinstance(block, Paragraph) and block.label and _part_role(block.label) == "explain":
            rest = _LABEL_START.sub("", block.text, count=1).strip()
            if not rest:
                continue  # "**Explanation:**" alone: the blocks after it explain
            block = replace(block, text=rest, label="")
        if not _meta_lines(block):
            explained.append(block)
    explained.extend(b for b in parts["explain"] if not _meta_lines(b))
    explained = _chosen_explained(explained, letters)
    answer.extend(_within(explained, sum(_block_chars(b) for b in answer)) if explained else [])
    if listed is not None:
        if not isinstance(listed, ListBlock) or len(_options(listed)) != len(options):
            listed = ListBlock(
                ordered=False,
                items=tuple(f"{mark}: {text}" for mark, text in options),
                line=listed.line if isinstance(listed, Paragraph) else stem.line,
            )
        shown.append(listed)
    number = _HEADING_DIGITS.search(heading.text) if numbered else None
    return Question(
        text=" ".join(stem.text.split()),
        answer=tuple(answer),
        line=heading.line,
        kind="quiz",
        shown=tuple(shown),
        number=number.group(0) if number else "",
    )


# "**Explanation:** …": the label a paragraph opens with, up to its colon.
_LABEL_START = re.compile(r"^[^:\n]{1,40}:\s*")


def _part_labelled_questions(items: Sequence[Located]) -> list[Located]:
    """Each section setting out a question in labelled parts (see ``_parts_question``)
    as that one question, in place of the parts it took; any other block as it was
    (a sub-section no part names stays ordinary blocks)."""
    out: list[Located | None] = list(items)
    depth_of: dict[int, tuple[int, int]] = {}  # heading line -> (depth, first index)
    for at, item in enumerate(items):
        for depth, heading in enumerate(item.headings):
            depth_of.setdefault(heading.line, (depth, at))
    taken: set[int] = set()
    for _line, (depth, start) in sorted(depth_of.items(), key=lambda kv: kv[1][1]):
        if start in taken:
            continue
        heading = items[start].headings[depth]
        end = start
        while (
            end < len(items)
            and len(items[end].headings) > depth
            and (items[end].headings[depth] == heading)
        ):
            end += 1
        if any(at in taken for at in range(start, end)):
            continue
        made = _parts_question(items, start, end, depth)
        if made is None:
            continue
        path = items[start].headings[: depth + 1]
        claimed = [
            at
            for at in range(start, end)
            if len(items[at].headings) == depth + 1
            or _part_role(items[at].headings[depth + 1].text)
        ]
        taken.update(range(start, end))
        out[claimed[0]] = Located(block=made, headings=path)
        for at in claimed[1:]:
            out[at] = None
    return [item for item in out if item is not None]


def group_questions(items: Sequence[Located]) -> tuple[Located, ...]:
    """Join the author's questions and their answers into :class:`Question` blocks.

    A ``<details>`` whose summary only says "show" takes its question from the
    paragraph right before it, else from its heading (an exercise). A heading shaped
    as a question takes the first answer unit below it (or below its "Answer"
    sub-heading); the rest of its section stays ordinary blocks. A paragraph that is
    one bold question takes every block after it up to the next question or heading.
    """
    items = _part_labelled_questions(items)
    answer_labelled = _answer_labelled(items)
    answer_lines = _answer_label_lines(items)
    items = _without_answer_labels(items)  # a folded-away section is spliced back in place
    items = _without_metadata_lists(items)
    items = _commands_under_items(items)
    exercise_set: bool | None = None  # read when the first numbered heading needs it
    hinted_set: bool | None = None  # likewise, for tasks answered after hint bullets
    out: list[Located] = []
    asked: set[int] = set()  # lines of question headings already answered
    topics: set[int] = set()  # lines of topic headings asked (see ``_topic_answered``)
    last_solution = -1  # len(out) right after the last hidden solution was added
    # The summary of that solution's fold, and whether the folds joined to it since were
    # named by their way ("Answer - Declarative").
    fold_summary, fold_ways = "", False
    # Tables and code of the boxes beside a task (a help page's examples, a table of
    # concepts): reference knowledge for the other rules, placed after the task's
    # solution so that the solution still finds its task right above it.
    reference: list[Located] = []
    index = 0
    while index < len(items):
        item = items[index]
        block = item.block
        if reference and not (isinstance(block, Question) and block.kind == "details"):
            out.extend(reference)
            reference.clear()
        if isinstance(block, Question) and block.kind == "quiz":
            # A question set out in labelled parts, made whole before: its heading
            # asks nothing more.
            asked.add(block.line)
            out.append(item)
            index += 1
            continue
        if isinstance(block, Question) and block.kind == "details":
            summary = " ".join(block.text.split())
            answer, also = _also_asked(list(block.answer))
            if (not summary or _GENERIC_SUMMARY.match(summary)) and (
                item.headings and item.headings[-1].line in asked
            ):
                # "<summary>See Class</summary>" under a question heading already
                # answered: another example of that answer, not a second question.
                index += 1
                continue
            after_solution = (
                bool(out)
                and out[-1].headings == item.headings
                and isinstance(out[-1].block, Question)
                and out[-1].block.kind == "exercise"
            )
            if _before_solution(items, index, summary) or (
                after_solution and _ASIDE_SUMMARY.match(summary)
            ):
                # Set-up, help or background beside a task (before its solution, or
                # right after it): no answer, and never a question of its own; the
                # solution after it still finds its task.
                reference.extend(i for i in block.inner if isinstance(i.block, Code | Table))
                index += 1
                continue
            solved = out[-1] if out else None
            if (
                _GENERIC_SUMMARY.match(summary)
                and solved is not None
                and solved.headings == item.headings
                and isinstance(solved.block, Question)
                and solved.block.kind == "exercise"
                and last_solution == len(out)
            ):
                # A second "Solution" box right after the first (one per task bullet):
                # both answer the one task.
                answer = [b for b in answer if not _is_answer_label(b)]
                first = solved.block.answer
                way = _answer_way(summary)
                named = _answer_way(fold_summary) if way and not fold_ways else ""
                if named and first:
                    # "Answer - Imperative" then "Answer - Declarative": two ways to the
                    # one result, each named on the back so they are not read as steps.
                    first = (Paragraph(text=f"{named}:", line=first[0].line), *first)
                fold_ways = fold_ways or bool(way)
                if way and answer:
                    answer = [Paragraph(text=f"{way}:", line=answer[0].line), *answer]
                joined = replace(solved.block, answer=(*first, *answer))
                out[-1] = replace(solved, block=joined)
                fold_summary = summary
                index += 1
                continue
            if _HINT_SUMMARY.match(summary):
                # "<summary>Hint</summary>" (then the "Solution" box, most often): help
                # toward the solution, never the answer (nor a question) of its own.
                # With no solution box the task goes unanswered (no card) rather than
                # answered by its nudge.
                index += 1
                continue
            if (
                _MORE_SUMMARY.match(summary)
                and block.inner
                and item.headings
                and not question_text(item.headings[-1].text)
                and not (out and out[-1].headings == item.headings)
            ):
                # "### Generated Sections" › "<summary>Expand to view more!</summary>"
                # first in its section: the fold only tucks the section's content away,
                # under a heading that asks nothing; its blocks are ordinary blocks.
                items[index : index + 1] = block.inner
                continue
            if not summary or _GENERIC_SUMMARY.match(summary):
                while _textless(out, item.headings):
                    # A difficulty badge or an image between the question and its fold
                    # ("1. What is X?", "![Easy](…)", "Show Answer"): the question is
                    # the block before it.
                    out.pop()
                asked_above = _question_above_fold(out, item.headings)
                if asked_above:
                    # "1. What is X?" (or the paragraph "What is X?"), then a fold that
                    # only says "Show Answer": the author's question, its answer folded.
                    out.pop()
                    answer = [b for b in answer if not _is_answer_label(b)]
                    # The fold is the author's whole answer: kept whole, as a folded
                    # solution is (its line, the fold's, as a solution's is).
                    made = Question(
                        text=asked_above,
                        answer=tuple(answer),
                        line=block.line,
                        kind="bold",
                        also=also,
                        hidden=True,
                    )
                    out.append(Located(block=made, headings=item.headings))
                    index += 1
                    continue
                previous = out[-1] if out else None
                exercise = _exercise_task(out, item.headings)
                hinted = () if exercise else _hinted_tasks(out, item.headings)
                shown: tuple[Block, ...]
                if exercise:
                    # "### Exercise 3: Worker Pool ★★ (~45 min)", the task (prose, its
                    # list), perhaps "**Hint**:" / "**Learning goals**:" lines, then
                    # the hidden solution: the whole task is asked, under its title.
                    shown = exercise
                    opening = exercise[0]
                    summary = (
                        opening.items[0] if isinstance(opening, ListBlock) else _task_line(opening)
                    )
                elif hinted:
                    # "Questions:", the tasks, then a hint before the solution.
                    shown = hinted
                    task_list = hinted[-2]
                    assert isinstance(task_list, ListBlock)
                    summary = task_list.items[0]
                elif (
                    previous is not None
                    and previous.headings == item.headings
                    and isinstance(previous.block, Paragraph)
                    and not previous.block.text.strip().endswith(":")
                ):
                    # The task may take several paragraphs (and the code or list one
                    # introduces) before its solution: the front asks all of it.
                    task_run = _task_before_solution(out, item.headings)
                    summary = _task_line(task_run[0])
                    shown = task_run if len(task_run) > 1 else ()
                elif tasks := _task_list(out, item.headings):
                    # "Questions:" and a list of tasks, then the hidden solution: the
                    # tasks are what is asked.
                    shown = tasks
                    task_list = tasks[-1]
                    assert isinstance(task_list, ListBlock)
                    summary = task_list.items[0]
                    if len(tasks) == 1 and len(task_list.items) == 1:
                        # "24. How did you …?" alone, then its fold: the item is the
                        # question itself, asked on the front without its number.
                        shown = ()
                elif program := _quiz_program(out, item.headings, last_solution):
                    # A program, its answer options, then "click to show the answer":
                    # the program and its options are what is asked.
                    del out[len(out) - len(program) :]
                    summary = _PROGRAM_QUESTION
                    shown = program
                    answer = [_dashed_list(b) for b in answer]
                elif (
                    previous is not None
                    and item.headings
                    and previous.headings == item.headings
                    and isinstance(previous.block, Code)
                    and len(previous.block.text) <= _SHOWN_CODE
                ):
                    # "### Create a function `batches` …", the calls it must answer, then
                    # the hidden solution: the code belongs to the task's front.
                    out.pop()
                    summary = _Q_MARK.sub("", item.headings[-1].text)
                    shown = (previous.block,)
                elif asked_by := _asking_heading(item.headings, asked):
                    # "### 48. How to …?" and its hidden answer: the heading asks the
                    # question, whatever its level below the previous question heading.
                    heading, summary = asked_by
                    asked.add(heading.line)
                    made = _folded_answer(summary, answer, also, heading.line)
                    out.append(Located(block=made, headings=item.headings))
                    index += 1
                    continue
                else:
                    # "## Question 12. What is …": the author's mark is not the question.
                    summary = _Q_MARK.sub("", item.headings[-1].text) if item.headings else ""
                    shown = ()
                if not summary.strip() and not shown:
                    # Nothing before the fold asks (an image, a bare fold, no heading)
                    # and "Show Answer" asks nothing: no question, and its blocks are
                    # ordinary blocks.
                    items[index : index + 1] = block.inner or [
                        Located(block=b, headings=item.headings) for b in block.answer
                    ]
                    continue
                fold_summary, fold_ways = " ".join(block.text.split()), False
                block = replace(block, text=summary, kind="exercise", shown=shown)
                answer = [b for b in answer if not _is_answer_label(b)]
                out.append(replace(item, block=replace(block, answer=tuple(answer), also=also)))
                last_solution = len(out)
                index += 1
                continue
            elif _is_label(summary) and not block.shown:
                # (A titled exercise showing its prompt is asked, however short its title.)
                # "<summary>Detailed step-by-step guide</summary>": a label that folds
                # away part of the document, not a question: its blocks are ordinary
                # blocks, under the headings they sit under.
                items[index : index + 1] = block.inner
                continue
            out.append(replace(item, block=replace(block, answer=tuple(answer), also=also)))
            index += 1
            continue
        if (
            isinstance(block, Paragraph)
            and BARE_ASK.match(block.label)
            and block.text.startswith(block.label)
            and (reply := block.text[len(block.label) :].strip())
        ):
            # "**Why?** Every port exposed …" on one line, or "**Why?**" with its reply
            # on the next line of the paragraph: the label asks of the section's heading
            # and the words after it answer, as they do when a blank line parts them.
            made = Question(
                text=block.label,
                answer=(Paragraph(text=reply, line=block.line),),
                line=block.line,
                kind="bold",
            )
            out.append(Located(block=made, headings=item.headings))
            index += 1
            continue
        if (coded := _labelled_code_exercise(items, index)) is not None:
            # "**3. Find all the invoices …**", "SQL code:" and its code: a task of a
            # page of solved tasks, even when worded as a question ("**2. What is …?**").
            end, made = coded
            out.append(Located(block=made, headings=item.headings))
            index = end
            continue
        if isinstance(block, Paragraph) and block.label and _bare(block.label) == _bare(block.text):
            answer_opening = _labelled_answer_start(items, index, answer_lines)
            question = question_text(block.label) or (
                _marked_title(block.label)
                if answer_opening is not None
                and (_is_answer_label(answer_opening) or answer_opening.line in answer_lines)
                else ""
            )
            if question:
                end = index + 1
                if answer_opening is not None and _is_answer_label(answer_opening):
                    # "**Answer:**" alone under the question: the label only opens
                    # the answer; it is no part of it.
                    del items[end]
                while end < len(items) and items[end].headings == item.headings:
                    after = items[end].block
                    if isinstance(after, Question) or (
                        isinstance(after, Paragraph)
                        and after.label
                        and _bare(after.label) == _bare(after.text)
                        and not (answer_opening is not None and _inner_label(after))
                    ):
                        break
                    end += 1
                folded = items[end].block if end < len(items) else None
                if (
                    end == index + 1
                    and isinstance(folded, Question)
                    and folded.kind == "details"
                    and _ANSWER_FOLD.match(" ".join(folded.text.split()))
                ):
                    # "**Question:** …" then a fold titled "Hints / Key Points": a generic
                    # title asks nothing; what it folds answers the question above it.
                    answer, also = _also_asked(list(folded.answer))
                    made = Question(
                        text=question, answer=tuple(answer), line=block.line, kind="bold"
                    )
                    out.append(Located(block=made, headings=item.headings))
                    index = end + 1
                    continue
                answer, also = _also_asked([i.block for i in items[index + 1 : end]])
                made = _visible_quiz(
                    Question(
                        text=question, answer=tuple(answer), line=block.line, kind="bold", also=also
                    )
                )
                out.append(Located(block=made, headings=item.headings))
                index = end
                continue
        if (marked := _marked_question(items, index)) is not None:
            # "**Q:** … ?" right over options the author ticked ("- ✅ DNS"): one
            # multiple choice, read by the rules from the list's marks.
            end, made = marked
            out.append(Located(block=made, headings=item.headings))
            index = end
            continue
        if (
            exercised := _output_item(items, index)
            or _repl_exercise(items, index)
            or _coded_exercise(items, index)
        ) is not None:
            # "**Q7**", its code, "**Output:** …"; "**3)** task" and its REPL solution:
            # one card each, the code or the task on the front.
            end, made_item = exercised
            if made_item is not None:
                out.append(Located(block=made_item, headings=item.headings))
            index = end
            continue
        if (
            quoted_task := _quoted_exercise(items, index) or _numbered_cell_exercise(items, index)
        ) is not None:
            # A notebook's quoted exercise and its solution cells: one card when the
            # solution states its result, else none (the cells teach nothing alone).
            end, quoted = quoted_task
            if quoted is not None:
                out.append(Located(block=quoted, headings=item.headings))
            index = end
            continue
        if (asked_in_quote := _quoted_question(items, index)) is not None:
            # "> <a name="q-cwd"></a> What is X? What is it for?" and the paragraphs
            # under it: an interview page sets its question apart as a quote (the
            # anchor is markup); the blocks up to the next question or heading answer.
            end = _quoted_answer_end(items, index)
            answer, also = _also_asked([i.block for i in items[index + 1 : end]])
            made = Question(
                text=asked_in_quote, answer=tuple(answer), line=block.line, kind="bold", also=also
            )
            out.append(Located(block=made, headings=item.headings))
            index = end
            continue
        if isinstance(block, Definition) and (question := question_text(block.term)):
            # "Why is X not shown?" then ": Because …": a FAQ written as a definition
            # list asks its terms; the blocks indented under the definition (its code,
            # its list) follow it up to the next term.
            end = index + 1
            while (
                end < len(items)
                and items[end].headings == item.headings
                and not isinstance(items[end].block, Definition | Question | Heading | Callout)
            ):
                end += 1
            answer, also = _also_asked(
                [*_definition_blocks(block), *(i.block for i in items[index + 1 : end])]
            )
            made = Question(
                text=question, answer=tuple(answer), line=block.line, kind="bold", also=also
            )
            out.append(Located(block=made, headings=item.headings))
            index = end
            continue
        if (
            isinstance(block, Quote)
            and item.headings
            and item.headings[-1].level >= 2
            and _BOOK_EXERCISE.match(" ".join(item.headings[-1].text.split()))
            and (index == 0 or items[index - 1].headings != item.headings)
            and index + 1 < len(items)
            and items[index + 1].headings == item.headings
        ):
            # "## 4.2-3" and the task quoted under it, the solution below: the quoted
            # task is asked (under its number), the rest of the section answers it.
            end = index + 1
            while end < len(items) and items[end].headings == item.headings:
                end += 1
            solved_by = items[index + 1 : end]
            if _FIGURE_TASK.search(block.text) or any(
                "\\begin{array}" in str(i.block) for i in solved_by
            ):
                # A task about a figure of the book (never in the document) or solved
                # by a table drawn in TeX: no card could show what it asks or answers.
                index = end
                continue
            made = Question(
                text=block.text,
                # "See the C++ demo.": a pointer to code elsewhere, whose link the card
                # cannot keep, is no part of the solution.
                answer=tuple(
                    i.block
                    for i in solved_by
                    if not (isinstance(i.block, Paragraph) and _SEE_ELSEWHERE.match(i.block.text))
                ),
                line=block.line,
                kind="exercise",
            )
            out.append(Located(block=made, headings=item.headings))
            index = end
            continue
        taken = 0
        for depth, heading in enumerate(item.headings):
            if heading.line in asked or heading.level < 2:
                continue  # an H1 titles a document, even a question-shaped one
            question = (
                question_text(heading.text)
                or _asked_by_its_answer(items, index, depth)
                or _asked_by_answer_label(items, index, depth, answer_labelled)
            )
            if not question and (question := _topic_answered(items, index, depth)):
                topics.add(heading.line)
            number = _NUMBER.match(heading.text)
            below = item.headings[depth + 1 :]
            headed = (
                _answer_headed_solution(items, index, depth)
                if not question
                and EXERCISE_NUMBER_ONLY.match(" ".join(heading.text.split()))
                and (
                    index == 0
                    or items[index - 1].headings[: depth + 1] != item.headings[: depth + 1]
                )
                else None
            )
            if headed is not None:
                # "## Question: 8", its task, "#### Answer:" and the solution.
                asked.add(heading.line)
                if headed[0] is not None:
                    out.append(headed[0])
                taken = headed[1]
                break
            direct = not below or (len(below) == 1 and _bare(below[0].text) in _ANSWER_HEADINGS)
            if not direct:
                parts = (
                    _parts_answer(items, index, depth)
                    if question
                    and (not below[0].text or _ANSWER_CONTAINER.match(_bare(below[0].text)))
                    else None
                )
                if parts is not None:
                    # The parts' own blocks stay ordinary blocks (their facts, their
                    # commands): the question's card lists the parts.
                    asked.add(heading.line)
                    made = Question(
                        text=question,
                        answer=(parts,),
                        line=heading.line,
                        kind="heading",
                        number=number.group(1) if number else "",
                    )
                    out.append(Located(block=made, headings=item.headings[: depth + 1]))
                    break
                first_below = index == 0 or (
                    items[index - 1].headings[: depth + 1] != item.headings[: depth + 1]
                )
                whole = _template_answer(items, index, depth) if first_below and question else ()
                if whole:
                    # "### 1. Explain X" answered by a template of parts ("#### 1.
                    # Definition" … "#### 9. Interview-ready short answer"): the part
                    # answering whole answers; every part stays ordinary blocks, asked
                    # under the question as before.
                    asked.add(heading.line)
                    made = Question(
                        text=question,
                        answer=whole,
                        line=heading.line,
                        kind="heading",
                        number=number.group(1) if number else "",
                    )
                    out.append(Located(block=made, headings=item.headings[: depth + 1]))
                    break
                titled = _titled_sections(items, index, depth, question) if first_below else ()
                if titled:
                    # "## How can X be updated?" answered only under "### Updating X" and
                    # "### Updating the runtime": those sections answer it together.
                    asked.add(heading.line)
                    made = Question(
                        text=question, answer=titled, line=heading.line, kind="heading", hidden=True
                    )
                    out.append(Located(block=made, headings=item.headings[: depth + 1]))
                    break
                continue
            # A multiple choice asks its heading whatever its shape ("All objects have
            # prototypes.", "Everything in JavaScript is either a..."): the options and
            # the hidden answer make it a question.
            heading_words = " ".join(heading.text.split())
            prompt = question or _Q_NUMBER.sub("", heading_words).strip()
            # "## Question 2.1" only numbers the question its section asks.
            label_only = not question and bool(EXERCISE_NUMBER_ONLY.match(heading_words))
            quiz_number = _HEADING_NUMBER.search(heading_words) if label_only else number
            quiz = _quiz(
                items,
                index,
                prompt,
                quiz_number.group(1) if quiz_number else "",
                label_only=label_only,
            )
            if quiz is not None:
                asked.add(heading.line)
                taken = len(quiz.inner)
                quiz = replace(quiz, line=heading.line)
                out.append(Located(block=quiz, headings=item.headings[: depth + 1]))
                break
            first_of_section = index == 0 or items[index - 1].headings != item.headings
            if not question and not below and first_of_section:
                # "#### 3. Create a null vector of size 10 (★☆☆)", a hint, the code:
                # an exercise; the task is asked, the code answers it.
                lead = items[index].block
                task = _task_text(heading, _is_hint(lead))
                call_blocks, spans = (
                    _hinted_solution(items, index, item.headings) if task else (0, 0)
                )
                if spans and not call_blocks and hinted_set is None:
                    hinted_set = _hinted_set(items)
                # Example calls mark the task an exercise on their own; bullets and code
                # alone do only in a set of such tasks (else any section could be one).
                if spans and (call_blocks or hinted_set):
                    # "### 2. Write a function …", its "// Example" calls, hint bullets,
                    # the solution code: the task and its calls asked, the hints
                    # and the solution answer (the example calls never do).
                    asked.add(heading.line)
                    made = Question(
                        text=task,
                        answer=tuple(i.block for i in items[index + call_blocks : index + spans]),
                        line=heading.line,
                        kind="heading",
                        number=number.group(1) if number else "",
                        shown=tuple(i.block for i in items[index : index + call_blocks]),
                        hidden=True,  # the solution is kept whole, like a folded one
                    )
                    out.append(Located(block=made, headings=item.headings[: depth + 1]))
                    taken = spans
                    break
                taken = _solution_code(items, index, item.headings) if task else 0
                if taken:
                    asked.add(heading.line)
                    numbered = number.group(1) if number else ""
                    out.append(_solved(items, index, taken, task, depth, numbered))
                    break
            title = _exercise_title(heading.text) if not below and first_of_section else ""
            if title and exercise_set is None:
                exercise_set = _exercise_set(items)
            # "## Question : 3" over the task: the heading numbers it, the task asks.
            number_only = (
                not title
                and not below
                and first_of_section
                and bool(EXERCISE_NUMBER_ONLY.match(" ".join(heading.text.split())))
            )
            written = (
                _labelled_solution(
                    items,
                    index,
                    depth,
                    title,
                    number.group(1) if number else "",
                    bool(exercise_set),
                    written=number_only,
                )
                if title or number_only
                else None
            )
            if written is not None:
                # "## Question 6 - Create a table" (or "… - Describe the table"), the
                # task, "Notes:" / "Hint:", then "Solution:" and its code.
                asked.add(heading.line)
                out.append(written[0])
                taken = written[1]
                break
            if not question:
                continue
            shown_code = _code_asked_about(items, index, question) or _code_before_hint(
                items, index, item.headings
            )
            if shown_code:
                # "What is the output of the following code?", the code, then its answer:
                # the code belongs to the question, the answer is what comes after it.
                answer_at = index + len(shown_code)
                if (
                    answer_at + 1 < len(items)
                    and isinstance(items[answer_at].block, ListBlock)
                    and _hidden_answer(items, answer_at + 1, item.headings)
                ):
                    # Options to choose from before the hidden answer: asked with the code.
                    shown_code = (*shown_code, items[answer_at].block)
                    answer_at += 1
                hidden = items[answer_at].block if answer_at < len(items) else None
                if isinstance(hidden, Question) and _hidden_answer(items, answer_at, item.headings):
                    answer, also = _also_asked(list(hidden.answer))
                    taken = len(shown_code) + 1
                elif solution := _solution_code(items, answer_at, item.headings):
                    # A hint, then the code that answers: the hint is no answer.
                    answer, also = list(_code_of(items, answer_at, solution)), ()
                    taken = len(shown_code) + solution
                else:
                    unit = _answer_unit(items, answer_at) if answer_at < len(items) else 0
                    if not unit or items[answer_at].headings != item.headings:
                        break
                    unit_blocks = [i.block for i in items[answer_at : answer_at + unit]]
                    answer, also = _also_asked(unit_blocks)
                    taken = len(shown_code) + unit
                asked.add(heading.line)
                made = Question(
                    text=question,
                    answer=tuple(answer),
                    line=heading.line,
                    kind="heading",
                    also=also,
                    shown=shown_code,
                    number=number.group(1) if number else "",
                )
                out.append(Located(block=made, headings=item.headings[: depth + 1]))
                break
            lead = items[index].block
            if _is_hint(lead):
                # "`hint: …`" then the solution code: the code answers, the hint does not.
                taken = _solution_code(items, index, item.headings)
                if taken:
                    asked.add(heading.line)
                    out.append(_solved(items, index, taken, question, depth))
                    break
            hidden_at = _hidden_answer_after_setup(items, index)
            if hidden_at is not None:
                # "How to empty an array?", an example array, then the hidden answer:
                # the example sets the question up; the hidden answer answers it.
                hidden = items[hidden_at].block
                assert isinstance(hidden, Question)
                answer, also = _also_asked(list(hidden.answer))
                taken = hidden_at - index + 1
                asked.add(heading.line)
                made = _folded_answer(question, answer, also, heading.line)
                out.append(Located(block=made, headings=item.headings[: depth + 1]))
                break
            lead_in = context_lead(items, index)
            taken = _answer_unit(items, index + lead_in)
            if not taken:
                break
            taken += lead_in
            lead = items[index + lead_in].block
            if (
                taken == 1
                and not lead_in
                and isinstance(lead, Paragraph)
                and (lead.text.rstrip().endswith(":") or _READ_ON.search(lead.text))
                and index + 1 < len(items)
                and items[index + 1].headings[: depth + 1] == item.headings[: depth + 1]
                and (parts := _parts_answer(items, index + 1, depth, container=0))
            ):
                # "… have distinct behaviors:", then "### State", "### Props": the
                # lead-in introduces the parts, which answer with it. An intro that only
                # sends the reader on ("Read on for some gory details!") answers nothing:
                # its pointing sentence goes, the parts answer.
                asked.add(heading.line)
                intro = lead
                if not lead.text.rstrip().endswith(":"):
                    kept = _READ_ON.sub("", " ".join(lead.text.split())).strip()
                    intro = replace(lead, text=kept)
                made = Question(
                    text=question,
                    answer=(intro, parts) if intro.text else (parts,),
                    line=heading.line,
                    kind="heading",
                )
                out.append(Located(block=made, headings=item.headings[: depth + 1]))
                taken = 0  # the lead-in stays a block of its own, as prose does
                break
            asked.add(heading.line)
            answer, also = _also_asked([i.block for i in items[index + lead_in : index + taken]])
            answer = _without_echoed_message(answer, heading.text) or answer
            said = sum(len(str(getattr(b, "text", ""))) for b in answer)
            labelled, moved = _labelled_lists(
                items, index + taken, item.headings[: depth + 1], said
            )
            answer.extend(labelled)
            made = Question(
                text=question,
                answer=tuple(answer),
                line=heading.line,
                kind="heading",
                also=also,
                more=tuple(
                    _without_echoed_message(list(_more(items, index + taken)), heading.text)
                ),
                listed=_listed(items, index + taken),
                inner=moved,
            )
            out.append(Located(block=made, headings=item.headings[: depth + 1]))
            # Its prose stays prose too: a sentence of the answer may still be worth a
            # cloze of its own (the paragraph rules see it where it was); a table
            # comparing its columns too, each cell a fact ("Abstract class: constructors?").
            out.extend(
                i
                for i in items[index + lead_in : index + taken]
                if isinstance(i.block, Paragraph)
                or _compared_table(i.block)
                or _detailed_terms(i.block)
            )
            break
        if taken:
            index += taken
            continue
        out.append(item)
        index += 1
    out.extend(reference)
    if topics:
        out = [_as_topic(located, topics) for located in out]
    return _examples_joined(out)


# A paragraph labelled as the example of the answer before it: "👉 **Example:** …",
# "**Example:**" alone over its code or list.
_EXAMPLE_LINE = re.compile(r"^[^\w`]{0,4}(?:for )?examples?\s*[:\-–—]", re.IGNORECASE)


def _examples_joined(out: list[Located]) -> tuple[Located, ...]:
    """``out`` with the "Example:" line that follows a bold question's one-paragraph
    answer ("**Q1. …?**", "**Answer:** …", then "👉 **Example:** …") joined to that
    answer, with the code or list a bare "Example:" label introduces: written after
    every answer of a collection, it is part of each answer alike (the card keeps it
    when it fits)."""
    joined: list[Located] = []
    index = 0
    while index < len(out):
        item = out[index]
        block = item.block
        index += 1
        if not (isinstance(block, Question) and block.kind == "bold"):
            joined.append(item)
            continue
        if any(isinstance(b, Paragraph) and _EXAMPLE_LINE.match(b.text) for b in block.answer):
            joined.append(item)  # the answer carries its example already
            continue
        example: list[Block] = []
        while index < len(out) and out[index].headings == item.headings:
            after = out[index].block
            if not (isinstance(after, Paragraph) and _EXAMPLE_LINE.match(after.text)):
                break
            example.append(after)
            index += 1
            if (
                after.text.rstrip().endswith(":")
                and index < len(out)
                and out[index].headings == item.headings
                and isinstance(out[index].block, Code | ListBlock)
            ):
                example.append(out[index].block)
                index += 1
        if example:
            item = replace(item, block=replace(block, answer=(*block.answer, *example)))
        joined.append(item)
    return tuple(joined)


def _as_topic(located: Located, topics: set[int]) -> Located:
    """``located`` with its question marked a topic when ``_topic_answered`` asked it."""
    block = located.block
    if isinstance(block, Question) and block.kind == "heading" and block.line in topics:
        return replace(located, block=replace(block, topic=True))
    return located


_HUGO_REF = re.compile(r"\]\(\{\{[<%]\s*(?:rel)?ref\s+\"([^\"\s]*)\"\s*[>%]\}\}\)")
# ``]({% link {{ page.version.version }}/page.md %}#part)``, ``]({{ site.baseurl }}/x/)``:
# a link address holding Liquid (a tag or a variable), on one line.
_LIQUID_ADDRESS = re.compile(
    r"\]\(((?:[^()\s{}]|\{\{(?![<%])[^{}\n]*\}\}|\{%[^%\n]*%\})*"
    r"(?:\{\{(?![<%])[^{}\n]*\}\}|\{%[^%\n]*%\})(?:[^()\s{}]|\{\{(?![<%])[^{}\n]*\}\}|\{%[^%\n]*%\})*)\)"
)
_LIQUID_LINK_TAG = re.compile(r"\{%-?\s*(?:link|post_url)\s+(.*?)\s*-?%\}")
_LIQUID_PIECE = re.compile(r"\{\{(?![<%])[^{}\n]*\}\}/?|\{%[^%\n]*%\}")


def _without_liquid(match: re.Match[str]) -> str:
    """A link address with its Liquid gone: a ``{% link page.md %}`` tag stands for its
    page's path; variables and other tags are the site's and go."""
    address = match.group(1)
    address = _LIQUID_LINK_TAG.sub(lambda m: _LIQUID_PIECE.sub("", m.group(1)), address)
    return f"]({_LIQUID_PIECE.sub('', address) or '#'})"


# A footnote definition (GitHub, Pandoc, MkDocs): ``[^label]: text``, its lines after
# indented. CommonMark alone reads a one-word one as a link reference definition and
# the rest as a paragraph, so the pass below takes them out first.
_FOOTNOTE_DEFINITION = re.compile(r"^ {0,3}\[\^([^\]\s]+)\]:[ \t]*(.*)$")
_FENCE_LINE = re.compile(r"^ {0,3}(`{3,}|~{3,})")


# A site's code shortcode alone on its line: Istio's ``{{< text bash >}}`` (or
# ``{{< text syntax=yaml >}}``), Hugo's ``{{< highlight yaml "linenos=table" >}}``,
# Jekyll's ``{% highlight ruby %}`` … ``{% endhighlight %}``. Group 2 is the Hugo closer's
# slash, 3 the name, 4 the arguments; 5 Jekyll's "end", 6 its arguments.
_CODE_SHORTCODE = re.compile(
    r"^[ \t]*(?:\{\{<\s*(/?)\s*(text|highlight|code)\b((?:(?!\}\}).)*?)\s*>\}\}"
    r"|\{%-?\s*(end)?highlight\b([^%\n]*?)\s*-?%\})[ \t]*$"
)
_CODE_LANGUAGE = re.compile(r'^(?:(?:syntax|lang|language)\s*=\s*)?"?([\w+#.-]+)"?$')


_SAMPLE_PATH = re.compile(r"(?<![\w@])@([\w.-]+(?:/[\w.-]+)+)@(?![\w@])")


def _code_language(args: str) -> str:
    """The language a code shortcode names: its first bare word, or ``syntax=``/``lang=``."""
    for word in args.split():
        keyed = "=" in word
        if keyed and not word.startswith(("syntax=", "lang=", "language=")):
            continue
        match = _CODE_LANGUAGE.match(word)
        if match is not None:
            return match.group(1)
    return ""


def _fence_code_shortcodes(text: str) -> str:
    """A site's code shortcode pair as the fenced code block it renders as.

    Istio writes every command and manifest as ``{{< text bash >}}`` … ``{{< /text >}}``:
    read as Markdown, its YAML's ``- port:`` lines became list items and its shell
    lines prose. The opener becomes a fence of its language and the closer the fence's
    end, at the opener's indent (a block inside a list item stays in it); an opener with
    no closer (``{{< code file="x.yaml" >}}`` pastes a file) is left as it is. Line
    numbers stay as they were."""
    lines = text.split("\n")
    fence = ""
    at = 0
    while at < len(lines):
        line = lines[at]
        opened = _FENCE_LINE.match(line)
        if opened and (not fence or opened.group(1)[0] == fence[0]):
            fence = "" if fence else opened.group(1)
        match = None if fence or "{" not in line else _CODE_SHORTCODE.match(line)
        at += 1
        if match is None or match.group(1) or match.group(4):
            continue
        jekyll = match.group(2) is None
        name = "highlight" if jekyll else match.group(2)
        end = at
        while end < len(lines):
            closer = _CODE_SHORTCODE.match(lines[end]) if "{" in lines[end] else None
            if closer is not None and (
                bool(closer.group(4)) if jekyll else closer.group(1) and closer.group(2) == name
            ):
                break
            end += 1
        else:
            continue  # no closer: a file pasted in, not a block of code
        body = lines[at:end]
        if name == "text":
            # Istio marks a path of its repository's samples as "@samples/x.yaml@" (the
            # site links it): the command types the path.
            body = lines[at:end] = [_SAMPLE_PATH.sub(r"\1", b) if "@" in b else b for b in body]
        ticks = max((len(run) for b in body for run in re.findall(r"`+", b)), default=0)
        mark = "`" * max(3, ticks + 1)
        indent = line[: len(line) - len(line.lstrip(" \t"))]
        language = _code_language(match.group(5) if jekyll else match.group(3))
        lines[at - 1] = f"{indent}{mark}{language}"
        lines[end] = f"{indent}{mark}"
        at = end + 1
    return "\n".join(lines)


# A fold's title that hides an answer or a nudge toward it: "Show Solution", "Answer",
# "Click to reveal the answer", "Hint 2", or a bare "Show"/"Reveal" under the task.
_SHORTCODE_FOLD_TITLE = re.compile(
    r"^\W*(?:(?:click\s+(?:here\s+)?(?:to\s+)?)?(?:show|view|reveal|see|display|expand|"
    r"toggle)(?:\s+(?:the|an?|my|me\s+the))?\s+)?"
    r"(?:(?:sample|example|suggested|possible|model|reference)\s+)?"
    r"(?:solutions?|answers?|hints?)\b[^\n]*$"
    r"|^\W*(?:show|reveal)(?:\s+me)?\W*$",
    re.IGNORECASE,
)


def _shortcode_fold_title(args: Mapping[str, str]) -> str:
    """The title a paired shortcode shows over its folded body: its ``title`` (or
    ``summary``) argument, else its first quoted one."""
    for key in ("title", "summary", "_0"):
        if args.get(key, "").strip():
            return " ".join(args[key].split())
    return ""


def _shortcode_pairs(lines: list[str]) -> list[tuple[int, int, str, str]]:
    """Each paired shortcode opened and closed on lines of their own, outside code
    (``{{< name "Title" >}}`` … ``{{< /name >}}``): its opening and closing line
    indexes, its name and its title. A pair of the same name opened inside it is skipped
    (one level of nesting is what folds use)."""
    pairs: list[tuple[int, int, str, str]] = []
    fence = ""
    at = 0
    while at < len(lines):
        line = lines[at]
        fence = code_fence(fence, line)
        at += 1
        match = None if fence or "{{" not in line else _SHORTCODE_LINE.match(line.strip())
        if match is None or match.group(2) or (match.group(1) == "%") != (match.group(5) == "%"):
            continue
        name = match.group(3).lower()
        inner = ""
        for end in range(at, len(lines)):
            row = lines[end]
            inner = code_fence(inner, row)
            closer = None if inner or "{{" not in row else _SHORTCODE_LINE.match(row.strip())
            if closer is not None and closer.group(3).lower() == name:
                if closer.group(2):
                    title = _shortcode_fold_title(_shortcode_args(match.group(4)))
                    pairs.append((at - 1, end, name, title))
                    at = end + 1
                break
    return pairs


def _open_shortcode_folds(text: str) -> str:
    """Every paired shortcode titled as a solution's fold (``{{< detail-tag "Show
    Solution" >}}`` … ``{{< /detail-tag >}}``, ``{{% details title="Answer" %}}`` …) as
    the ``<details><summary>Title</summary>`` … ``</details>`` it renders as, so that an
    exercise's hidden solution is read as one whatever the site's shortcode is called.
    The title decides, never the name; a shortcode the document folds a solution with
    is its fold wherever it has a title, so its other folds ("Note on versions"
    between a task and its solution) are read as folds too, asides the ``<details>``
    reader knows. Another shortcode titled otherwise keeps its body in the flow. Lines
    keep their numbers."""
    lines = text.split("\n")
    pairs = _shortcode_pairs(lines)
    folds = {name for _, _, name, title in pairs if _SHORTCODE_FOLD_TITLE.match(title)}
    for start, end, name, title in pairs:
        if not _SHORTCODE_FOLD_TITLE.match(title) and (
            name not in folds or not title or name in _CALLOUTS
        ):
            # (A notice box, ``{{% alert title="Tip" %}}``, stays a callout even where
            # one of its kind holds a solution.)
            continue
        indent = lines[start][: len(lines[start]) - len(lines[start].lstrip(" \t"))]
        lines[start] = f"{indent}<details><summary>{html.escape(title)}</summary>"
        lines[end] = f"{indent}</details>"
    return "\n".join(lines)


def _take_footnotes(text: str) -> tuple[str, dict[str, str]]:
    """The text with its footnote definitions blanked (lines keep their numbers) and
    the definitions by label, each as one line of text."""
    if "[^" not in text:
        return text, {}
    lines = text.split("\n")
    found: dict[str, str] = {}
    fence = ""
    at = 0
    while at < len(lines):
        line = lines[at]
        opened = _FENCE_LINE.match(line)
        if opened and (not fence or opened.group(1)[0] == fence[0]):
            fence = "" if fence else opened.group(1)
        match = None if fence else _FOOTNOTE_DEFINITION.match(line)
        if match is None:
            at += 1
            continue
        parts = [match.group(2).strip()]
        lines[at] = ""
        at += 1
        while at < len(lines) and lines[at].startswith(("    ", "\t")) and lines[at].strip():
            parts.append(lines[at].strip())
            lines[at] = ""
            at += 1
        body = " ".join(p for p in parts if p)
        if body:
            found.setdefault(match.group(1), body)
    return "\n".join(lines), found


_TAB_NAME_ARGS = ("name", "header", "title", "tabName")


# remark.js slide decks (``---`` between slides, ``--`` for a build step): "???" opens
# the presenter's notes, read to the next slide; ``.lab[`` … ``]`` wraps a slide's part
# in a style class; ``class: title`` / ``name: x`` set a slide's properties. None of it
# is the slide's text.
_SLIDE_BREAK = re.compile(r"^--{1,2}[ \t]*$")
_SLIDE_NOTES = re.compile(r"^\?\?\?[ \t]*$")
_CONTENT_CLASS = re.compile(r"^\.[A-Za-z][\w-]*\[[ \t]*$")
_SLIDE_PROPERTY = re.compile(
    r"^(?:class|name|layout|template|count|exclude|background-image|background-color):\s"
)
_SLIDE_DECK_BREAKS = 3  # slide breaks that, with presenter notes, make a page a deck


def _remark_slides(text: str) -> str:
    """``text`` of a remark.js slide deck without its presenter's notes, slide breaks,
    style-class wrappers and slide properties: each dropped line left empty, so every
    line keeps its number. Any other page (no "???" notes line and three slide breaks
    outside code) is returned as it is."""
    lines = text.split("\n")
    fence = ""
    outside: list[int] = []
    for number, line in enumerate(lines):
        # The module's fence walk: a fence line of the opening fence's character toggles.
        opened = _FENCE_LINE.match(line)
        if opened and (not fence or opened.group(1)[0] == fence[0]):
            fence = "" if fence else opened.group(1)
        elif not fence:
            outside.append(number)
    breaks = sum(1 for n in outside if lines[n].strip() == "---")
    if breaks < _SLIDE_DECK_BREAKS or not any(_SLIDE_NOTES.match(lines[n]) for n in outside):
        return text
    notes = False
    wrapped = 0
    slide_top = True
    for number in outside:
        line = lines[number]
        if _SLIDE_BREAK.match(line):
            notes = False
            slide_top = True
            lines[number] = ""
            continue
        if notes or _SLIDE_NOTES.match(line):
            notes = True
            lines[number] = ""
            continue
        if slide_top and _SLIDE_PROPERTY.match(line):
            lines[number] = ""
            continue
        slide_top = slide_top and not line.strip()
        if _CONTENT_CLASS.match(line):
            wrapped += 1
            lines[number] = ""
        elif wrapped and line.strip() == "]":
            wrapped -= 1
            lines[number] = ""
    return "\n".join(lines)


def _label_tabs(text: str) -> str:
    """Hugo content tabs (``{{< tabs >}}``, ``{{% tab name="GCP" %}}`` … ``{{% /tab
    %}}``, Docsy's ``{{< tabpane >}}`` with ``header=``, and ``tab tabID=`` named by its
    ``tabs`` line's ``tabNameN``): the shortcode lines are markup, the tab's body is
    content. Each opening line becomes its name as a bold label (``**GCP**``), which
    titles the body below it as any bold label does; the other lines go. Line numbers
    stay as they were."""
    if "tab" not in text or "{{" not in text:
        return text
    lines = text.split("\n")
    names: dict[str, str] = {}
    fence = ""
    for at, line in enumerate(lines):
        opened = _FENCE_LINE.match(line)
        if opened and (not fence or opened.group(1)[0] == fence[0]):
            fence = "" if fence else opened.group(1)
        match = None if fence or "{{" not in line else _SHORTCODE_LINE.match(line.strip())
        if match is None or match.group(3).lower() not in ("tabs", "tab", "tabpane"):
            continue
        args = _shortcode_args(match.group(4))
        if match.group(3).lower() != "tab":
            # "tabID1=… tabName1=…": the names of the tabs that follow by their id.
            for key, value in args.items():
                if key.startswith("tabID") and args.get(f"tabName{key[5:]}"):
                    names[value] = args[f"tabName{key[5:]}"]
            lines[at] = ""
            continue
        name = next((args[k] for k in _TAB_NAME_ARGS if args.get(k)), "")
        name = name or names.get(args.get("tabID", ""), "") or args.get("_0", "")
        lines[at] = f"**{name.strip()}**" if name.strip() and not match.group(2) else ""
    return "\n".join(lines)


# Content tabs written as markdown-it containers: VuePress's ``:::: tabs`` holding
# ``::: tab CentOS`` … ``:::`` (``:::: code-group`` holding ``::: code-group-item npm``;
# vuepress-theme-hope names each tab on an ``@tab CentOS`` line instead), and VitePress's
# ``::: code-group`` whose code fences name their tab in the info string (```` ```sh
# [npm] ````).
_COLON_CONTAINER = re.compile(r"^ {0,3}(?P<colons>:{3,})[ \t]*(?P<rest>.*?)[ \t]*$")
_COLON_TAB = re.compile(
    r"""^(?:tab|code-group-item)(?![\w-])[ \t]*["']?(?P<label>[^"'\n]*?)["']?$"""
)
_COLON_GROUP = re.compile(r"^(?:tabs|code-group|code-tabs)(?![\w-])")
_AT_TAB = re.compile(r"^ {0,3}@tab(?::active)?\b[ \t]*(?P<label>.*?)[ \t]*$")
_FENCE_TAB_NAME = re.compile(
    r"^(?P<fence> {0,3}(?:`{3,}|~{3,})[^`\[\n]*?)[ \t]*\[(?P<label>[^\[\]\n]+)\]"
)
_ATX_LEVEL = re.compile(r"^ {0,3}(#{1,6})(?:[ \t]|$)")


def _label_colon_tabs(text: str) -> tuple[str, list[int] | None]:
    """Container content tabs (``:::: tabs`` / ``::: tab CentOS`` … ``:::``, ``@tab
    CentOS``, ``::: code-group`` with ```` ```sh [npm] ````) in the form every other
    site's tabs take here: the container lines are markup and go, each tab's name becomes
    a bold label line (``**CentOS**``) over its body, as a Hugo or MDX tab's name does.
    A tab is one of the alternative answers of the section it sits in, never a callout
    (read as one, "…: CentOS?" asked nothing and the tab's steps and code were lost).

    A group left open when its section ends (a heading of the section's level or above:
    a tab never holds the next section) is closed there, and the fence lines that would
    have closed it further down go too. Returns the new text and, per line, the file's
    line number (None when nothing changed)."""
    if ":::" not in text:
        return text, None
    lines = text.split("\n")
    out: list[str] = []
    numbers: list[int] = []
    # Open containers, innermost last: colons of the fence, and whether it is a tab's.
    stack: list[tuple[int, bool]] = []
    orphans = 0  # closing fences of groups a heading closed, still to come
    level = 7  # the level of the heading the open group sits under
    last_level = 0
    fence = ""
    changed = False
    for at, line in enumerate(lines, start=1):
        was, fence = fence, code_fence(fence, line)
        group = any(ours for _, ours in stack)
        if was or fence:
            named = _FENCE_TAB_NAME.match(line) if group and not was else None
            if named is not None:
                # "```sh [npm]": the tab's name above its code, the fence without it.
                out.extend(["", f"**{named.group('label').strip()}**", ""])
                numbers.extend([at, at, at])
                line = named.group("fence") + line[named.end() :]
                changed = True
            out.append(line)
            numbers.append(at)
            continue
        heading = _ATX_LEVEL.match(line)
        container = _COLON_CONTAINER.match(line)
        at_tab = _AT_TAB.match(line) if group else None
        if heading is not None:
            if group and len(heading.group(1)) <= level:
                orphans += sum(1 for _, ours in stack if ours)
                stack = [entry for entry in stack if not entry[1]]
            last_level = len(heading.group(1))
        elif at_tab is not None:
            line = f"**{at_tab.group('label')}**" if at_tab.group("label") else ""
            changed = True
        elif container is not None and container.group("rest"):
            rest = container.group("rest")
            tab = _COLON_TAB.match(rest)
            if _COLON_GROUP.match(rest) or (tab is not None and group):
                if not group:
                    level = last_level
                stack.append((len(container.group("colons")), True))
                label = tab.group("label").strip() if tab is not None and group else ""
                line = f"**{label}**" if label else ""
                changed = True
            else:
                stack.append((len(container.group("colons")), False))
        elif container is not None:
            if stack:
                ours = stack.pop()[1]
            elif orphans:
                orphans -= 1
                ours = True
            else:
                ours = False
            if ours:
                line = ""
                changed = True
        out.append(line)
        numbers.append(at)
    return ("\n".join(out), numbers) if changed else (text, None)


# A bullet item that only names a case ("- `CentOS/Redhat`", "- On Ubuntu:"): a few
# words, no sentence.
_CASE_ITEM = re.compile(r"^[-*+][ \t]+(?P<label>[^ \t.!?][^.!?\n]{0,40}?)[ \t]*:?[ \t]*$")
_WHOLE_CODE_SPAN = re.compile(r"^`([^`]+)`$")


def _label_case_items(text: str) -> tuple[str, set[int]]:
    """Bullet items that each name a case, each followed by its code fence at the left
    margin ("- `CentOS/Redhat`", then ```` ``` ```` ``yum install rsyslog``, then "-
    `Ubuntu/Debian`" and its fence): the code belongs to the item above it, which
    CommonMark cannot see (the unindented fence ends the list), so the item's name is
    read as a label over its code, the shape content tabs take. Two such items in a row
    at least; a list of several items followed by one code block is a list and a block.
    Line numbers stay as they were. Returns the text and the (1-based) lines of the
    items read as labels."""
    if "```" not in text and "~~~" not in text:
        return text, set()
    lines = text.split("\n")
    fence = ""
    # Per line of the text: the fence open after it (so a line inside code is no item).
    inside: list[bool] = []
    for line in lines:
        was, fence = fence, code_fence(fence, line)
        inside.append(bool(was or fence))

    def written(at: int, step: int) -> int:
        """The next line holding text from ``at`` on (backwards for step -1), or -1."""
        while 0 <= at < len(lines):
            if lines[at].strip():
                return at
            at += step
        return -1

    cases: list[int] = []
    for at, line in enumerate(lines):
        if inside[at] or _CASE_ITEM.match(line) is None:
            continue
        below = written(at + 1, 1)
        above = written(at - 1, -1)
        if below < 0 or not _FENCE_LINE.match(lines[below]) or lines[below].startswith(" "):
            continue
        if above >= 0 and not inside[above] and re.match(r"^\s*(?:[-*+]|\d+[.)])\s", lines[above]):
            continue  # the last item of a list of several, the code after the list
        cases.append(at)
    runs: list[list[int]] = []
    for at in cases:
        # The next case starts on the first line written after the code above it closed.
        if runs and _after_code(lines, inside, runs[-1][-1]) == at:
            runs[-1].append(at)
        else:
            runs.append([at])
    labelled: set[int] = set()
    for run in runs:
        if len(run) < 2:
            continue
        for at in run:
            match = _CASE_ITEM.match(lines[at])
            assert match is not None
            label = match.group("label").strip()
            span = _WHOLE_CODE_SPAN.match(label)
            lines[at] = f"**{span.group(1) if span else label}**"
            labelled.add(at + 1)
    return "\n".join(lines), labelled


# The line a content tab opens on, in any site's syntax: Hugo's ``{{< tab "x" >}}``
# (``{{% tab %}}``), MDX's ``<TabItem …>``, a container's ``::: tab x`` or ``::: code-group-item
# x``, vuepress-theme-hope's ``@tab x``, mkdocs' ``=== "x"``, a code fence naming its tab
# (```` ```sh [npm] ````).
_TAB_OPENER = re.compile(
    r"^\s*(?:\{\{[<%]\s*tab(?![\w-])|<TabItem\b|:{3,}[ \t]*(?:tab|code-group-item)(?![\w-])"
    r"|@tab\b|===\+?[ \t]+\")"
)


def _tab_opener_lines(text: str) -> set[int]:
    """The (1-based) lines of ``text`` on which a content tab opens (see ``_TAB_OPENER``),
    code excepted: a fence naming its tab opens one too."""
    found: set[int] = set()
    fence = ""
    for at, line in enumerate(text.split("\n"), start=1):
        was, fence = fence, code_fence(fence, line)
        if (not was and fence and _FENCE_TAB_NAME.match(line)) or (
            not was and not fence and _TAB_OPENER.match(line)
        ):
            found.add(at)
    return found


# A cell's part labelled by its kind ("Type: `object`", "Default: `false`"), and the joint
# between two such parts ("Type: `boolean`, Default: `false`").
_CELL_PART = re.compile(r"^(?P<label>[A-Z][A-Za-z]*(?: [A-Za-z]+){0,2}):\s+(?P<value>\S.*)$")
_CELL_PART_JOINT = re.compile(r",\s+(?=[A-Z][A-Za-z]*(?: [A-Za-z]+){0,2}:\s)")
_PART_ROWS = 3  # rows a column of labelled parts needs before its labels are columns
_PART_LABELS = 6  # more labels than this: the cells hold a record each, not columns


def _cell_parts(cell: str) -> list[tuple[str, str]] | None:
    """A cell made only of labelled parts ("Type: `boolean`, Default: `false`") as
    (label, value) pairs; None for any other cell."""
    parts: list[tuple[str, str]] = []
    for piece in _CELL_PART_JOINT.split(cell.strip()):
        found = _CELL_PART.match(piece.strip())
        if found is None:
            return None
        parts.append((found.group("label"), found.group("value").strip()))
    return parts


def _labelled_parts_apart(items: list[Located]) -> list[Located]:
    """Tables with a column whose every cell is made of labelled parts (a values
    schema's "More Details": "Type: `object`", "Type: `boolean`, Default: `false`"):
    each label becomes a column of its own ("Type", "Default"), so a row is asked its
    type and its default, never "more details?" answered by a fragment."""
    out: list[Located] = []
    for item in items:
        block = item.block
        if isinstance(block, Table) and len(block.rows) >= _PART_ROWS:
            block = _parts_as_columns(block)
        out.append(item if block is item.block else replace(item, block=block))
    return out


def _parts_as_columns(table: Table) -> Table:
    """``table`` with each column of labelled parts split by label (see above)."""
    for column in range(1, len(table.header)):
        cells = [row[column] if column < len(row) else "" for row in table.rows]
        parsed = [_cell_parts(cell) if cell.strip() else [] for cell in cells]
        if any(p is None for p in parsed) or not any(parsed):
            continue
        labels: list[str] = []
        for parts in parsed:
            for label, _ in parts or []:
                if label not in labels:
                    labels.append(label)
        if table.header[column] in labels or len(labels) > _PART_LABELS:
            continue
        rows = []
        for row, parts in zip(table.rows, parsed, strict=True):
            said = dict(parts or [])
            rows.append(
                (*row[:column], *(said.get(label, "") for label in labels), *row[column + 1 :])
            )
        header = (*table.header[:column], *labels, *table.header[column + 1 :])
        marks = table.header_marks
        if marks:
            marks = (*marks[:column], *([""] * len(labels)), *marks[column + 1 :])
        return _parts_as_columns(
            replace(table, header=header, rows=tuple(rows), header_marks=marks)
        )
    return table


def _tabs_marked(items: list[Located], lines: set[int]) -> list[Located]:
    """Each paragraph that is only a label, written where a content tab opens (``lines``,
    the file's), marked as that tab's name (``Paragraph.tab``)."""
    if not lines:
        return items
    return [
        replace(item, block=replace(item.block, tab=True))
        if isinstance(item.block, Paragraph)
        and item.block.line in lines
        and item.block.label
        and item.block.text.strip() == item.block.label.strip()
        else item
        for item in items
    ]


def _after_code(lines: list[str], inside: list[bool], at: int) -> int:
    """The first line holding text after the code block that follows line ``at``."""
    at += 1
    while at < len(lines) and not inside[at]:
        at += 1  # blank lines up to the fence
    while at < len(lines) and inside[at]:
        at += 1  # the code and its closing fence
    while at < len(lines) and not lines[at].strip():
        at += 1
    return at


# A link after text whose label is only a number or mark, "… a 10-Gig NIC.
# [_\(1\)_](page.md#references)__": a footnote reference (the list it points to is
# no part of the card), dropped with the emphasis marks left around it.
_FOOTNOTE_LINK = re.compile(
    r"(?<=[\w.,;:!?)\"'*_`])[ \t]*\[[_*\\(\[ ]*(?:\d{1,3}|[*†‡§])[_*\\)\] ]*\]\([^()\s]*\)[_*]*"
    r"(?=[ \t]*(?:\||$|[.,;:]))",
    re.M,
)


_LEADING_TABS = re.compile(r"^[ \t]*\t[ \t]*", re.M)


def _expand_leading(match: re.Match[str]) -> str:
    """A line's leading tabs as spaces to CommonMark's tab stop of 4.

    A list item's answer indented with tabs (or spaces then a tab) is continuation
    content like one indented with spaces; the line scanners that compare indents
    before CommonMark reads the text count columns, so they read spaces.
    """
    return match.group().expandtabs(4)


# A numbered item whose text opens on a bold question, ``10. **How do you ...?**``, or
# on a bold task of three words or more ending in a full stop, ``11. **Write a function
# to ….**``: the two shapes a numbered list asks with (see ``_bold_question_item``).
_NUMBERED_QUESTION = re.compile(
    r"^( {0,3})(\d{1,9}[.)])( {1,4})\*\*(?:[^*\n]+\?|[^*\s][^*\n]*?\s\S+\s[^*\n]*?\.)\*\*"
)
_FENCE_MARK = re.compile(r"^ {0,3}(?:```|~~~)")


def _widen_numbered_answers(text: str) -> str:
    """Continuation lines of numbered bold questions indented to the marker's width.

    Authors indent every answer of a numbered question list by the same three spaces,
    but from item ``10. `` on the marker is four wide: CommonMark ends the item there
    and the answers become lazy text of one card. A task item ("**Write a function to
    ….**") is widened like a question: left narrow, its code fence fell out of the list,
    the code was lost and the items after it became one-item lists (the first one under
    a level heading read as that heading's list card). The answer runs to the next numbered
    item, heading or unindented line; its lines gain the missing spaces (relative
    indentation kept, so code inside stays as written). Only spaces are added: every
    line keeps its number.
    """
    lines = text.split("\n")
    fenced = False
    at = 0
    while at < len(lines):
        line = lines[at]
        if _FENCE_MARK.match(line):
            fenced = not fenced
        match = None if fenced else _NUMBERED_QUESTION.match(line)
        at += 1
        if match is None:
            continue
        width = len(match.group(1)) + len(match.group(2)) + len(match.group(3))
        end = at
        while end < len(lines):
            following = lines[end]
            indent = len(following) - len(following.lstrip(" "))
            if following.strip() and indent <= len(match.group(1)):
                break  # the next numbered item, a heading or the text after the list
            end += 1
        answer = [n for n in range(at, end) if lines[n].strip()]
        base = min((len(lines[n]) - len(lines[n].lstrip(" ")) for n in answer), default=width)
        if base < width:
            for n in answer:
                lines[n] = " " * (width - base) + lines[n]
        at = end
    return "\n".join(lines)


# GitLab's availability box: ``{{< details >}}`` over "- Tier: Free, Premium" /
# "- Offering: GitLab.com" / "- Status: Beta" lines (in any language) and
# ``{{< /details >}}``. A short label, a colon, a value: every line of the box.
_AVAILABILITY_BOX = re.compile(
    r"^ {0,3}\{\{<\s*details\s*>\}\}[ \t]*\n"
    r"((?:[ \t]*\n|[ \t]*[-*+][ \t]+\**[^\s:：*][^\n:：*]{0,30}?\**[ \t]*[:：][^\n]+\n)+)"
    r" {0,3}\{\{<\s*/details\s*>\}\}[ \t]*$",
    re.M,
)


def _without_availability_boxes(text: str) -> str:
    """A page's availability box blanked, its lines kept as empty lines.

    The tiers, offerings and status of a feature are the page's metadata (which
    product plan shows it), never knowledge of the subject: as a list card they
    became "<page>: key points?" of plan names. A ``{{< details >}}`` holding anything
    else (a collapsible section of another theme) stays.
    """

    def blank(match: re.Match[str]) -> str:
        labels = [line for line in match.group(1).split("\n") if line.strip()]
        if not labels or any(len(_BOX_LABEL.split(line)[0].split()) > 4 for line in labels):
            return match.group(0)
        return "\n" * match.group(0).count("\n")

    return _AVAILABILITY_BOX.sub(blank, text)


_BOX_LABEL = re.compile(r"[:：]")


# MDX content tabs (Docusaurus): ``<Tabs values={[{label: 'A', value: 'a'}, ...]}>`` (its
# opening tag may run over several lines), ``<TabItem value="a" label="A">``, the closing tags.
_POINTS_AT_BLOCK = re.compile(
    r"\b(?:below|following|as follows|shown|this|these|here)\b", re.IGNORECASE
)
_CALLOUT_SENTENCE = re.compile(r"(?<=[.!?])\s+(?=[A-Z`*\[])")
_JSX_TABS_OPEN = re.compile(r"^<Tabs\b")
_JSX_TAB_ITEM = re.compile(r"^<TabItem\b([^>]*)>\s*$")
_JSX_TABS_CLOSE = re.compile(r"^</(?:Tabs|TabItem)\s*>\s*$")
_JSX_ATTR = re.compile(r"""([\w-]+)\s*=\s*(?:"([^"]*)"|'([^']*)'|\{\s*["']([^"']*)["']\s*\})""")
_JSX_TAB_VALUE = re.compile(r"""\{([^{}]*)\}""")
_JSX_TAB_KEY = re.compile(r"""(label|value)\s*:\s*["']([^"']*)["']""")


def _label_jsx_tabs(text: str) -> str:
    """MDX content tabs (``<Tabs>`` … ``<TabItem value="a" label="A">`` … ``</TabItem>``):
    the tags are markup, each tab's body is content. Each ``<TabItem>`` line becomes the
    tab's name as a bold label (its ``label=``, else the label its ``<Tabs values=…>`` gives
    its value, else the value), which titles the body below it as a Hugo tab's name does,
    so two tabs' like steps are two different cards. Line numbers stay as they were."""
    if "<Tab" not in text:
        return text
    lines = text.split("\n")
    names: dict[str, str] = {}
    fence = ""
    opening = False
    for at, line in enumerate(lines):
        opened = _FENCE_LINE.match(line)
        if opened and (not fence or opened.group(1)[0] == fence[0]):
            fence = "" if fence else opened.group(1)
        if fence:
            continue
        stripped = line.strip()
        if opening or _JSX_TABS_OPEN.match(stripped):
            # "{label: 'Gateway API', value: 'gateway-api'}": a tab's name by its value.
            for item in _JSX_TAB_VALUE.findall(stripped):
                keys = dict(_JSX_TAB_KEY.findall(item))
                if keys.get("value") and keys.get("label"):
                    names[keys["value"]] = keys["label"]
            opening = not stripped.endswith(">")
            lines[at] = ""
            continue
        if _JSX_TABS_CLOSE.match(stripped):
            lines[at] = ""
            continue
        item = _JSX_TAB_ITEM.match(stripped)
        if item is None:
            continue
        attrs = {
            m.group(1): m.group(2) or m.group(3) or m.group(4) or ""
            for m in _JSX_ATTR.finditer(item.group(1))
        }
        value = attrs.get("value", "")
        name = (attrs.get("label") or names.get(value) or value).strip()
        lines[at] = f"**{name}**" if name else ""
    return "\n".join(lines)


# A kramdown attribute list alone on a line ("{: .sql}", "{: .language-bash}",
# "{: .output}"): Jekyll lessons write a fence's language (or "output") after it.
_KRAMDOWN_CLASSES = re.compile(r"^\{:\s*((?:\.[\w-]+\s*)+)\}$")


def _kramdown_classes(items: Sequence[Located]) -> list[Located]:
    """Read a kramdown attribute list under a code block as that block's language (the
    first class, without "language-") and drop it: it is markup, never a paragraph. An
    attribute list anywhere else is dropped too."""
    out: list[Located] = []
    for item in items:
        block = item.block
        match = (
            _KRAMDOWN_CLASSES.match(block.text.strip()) if isinstance(block, Paragraph) else None
        )
        if match is None:
            out.append(item)
            continue
        before = out[-1] if out else None
        if (
            before is not None
            and before.headings == item.headings
            and isinstance(before.block, Code)
            and not before.block.info
        ):
            language = match.group(1).split()[0].lstrip(".").removeprefix("language-")
            out[-1] = replace(before, block=replace(before.block, info=language))
    return out


# A footnote under a table: "* Weekly figures as of May", "† Beta only", "¹ Paid": its
# mark (one to three stars, one or two daggers or section signs, a superscript digit)
# and its text after the mark's ". : )". The one reading of such lines: the parser takes
# the marks they explain off the table's cells, the rules put their text on the cards
# (rules.tables.table_footnotes).
FOOTNOTE_MARK = r"(?:\*{1,3}|[\u2020\u2021\u00a7]{1,2}|[\u00b9\u00b2\u00b3\u2074-\u2079])"
FOOTNOTE_LINE = re.compile(rf"^({FOOTNOTE_MARK})[\s.:)]*(\S.*)$", re.DOTALL)
# Blocks after a table that may still explain its marks.
FOOTNOTE_REACH = 3


def table_footnote_lines(items: Sequence[Located], at: int) -> Iterator[re.Match[str]]:
    """The footnote lines (:data:`FOOTNOTE_LINE` matches) among the few blocks right
    under the table at ``at``, in its section and before another table."""
    for later in items[at + 1 : at + 1 + FOOTNOTE_REACH]:
        if isinstance(later.block, Table) or later.headings != items[at].headings:
            return
        if isinstance(later.block, Paragraph):
            found = FOOTNOTE_LINE.match(later.block.text.strip())
            if found:
                yield found


def _without_footnote_marks(items: list[Located]) -> list[Located]:
    """Tables without the footnote marks a line under them explains ("Downloads *",
    "Stars†", "Feature ¹" and "* … as of May"): the mark points at the note, it is no
    word of the header or the cell."""
    out = list(items)
    for at, item in enumerate(items):
        table = item.block
        if not isinstance(table, Table):
            continue
        marks = {found.group(1) for found in table_footnote_lines(items, at)}
        if not marks:
            continue
        pattern = re.compile(
            r"(?<=[\w).%\s])\s*(?:" + "|".join(re.escape(m) for m in marks) + r")$"
        )

        def unmarked(cell: str, pattern: re.Pattern[str] = pattern) -> str:
            return pattern.sub("", cell) if pattern.sub("", cell).strip() else cell

        header = tuple(unmarked(h) for h in table.header)
        out[at] = replace(
            item,
            block=replace(
                table,
                header=header,
                rows=tuple(tuple(unmarked(c) for c in row) for row in table.rows),
                header_marks=tuple(
                    raw[len(cut) :].strip() for raw, cut in zip(table.header, header, strict=True)
                ),
            ),
        )
    return out


_COMMON_OPENER = 3  # hidden answers opening on the same heading: it titles none of them


def _without_common_openers(items: tuple[Located, ...]) -> tuple[Located, ...]:
    """The hidden answers without the heading that opens each alike ("#### Django" atop
    every answer of a Django interview list): it names the document's subject, not the
    part of the answer below it."""
    openers: dict[str, int] = {}
    for item in items:
        first = _opener(item.block)
        if first:
            openers[first] = openers.get(first, 0) + 1
    common = {text for text, count in openers.items() if count >= _COMMON_OPENER}
    if not common:
        return items
    out: list[Located] = []
    for item in items:
        block = item.block
        if isinstance(block, Question) and _opener(block) in common:
            dropped = block.answer[0]
            block = replace(
                block,
                answer=block.answer[1:],
                inner=tuple(i for i in block.inner if i.block is not dropped),
            )
            item = replace(item, block=block)
        out.append(item)
    return tuple(out)


def _opener(block: Block) -> str:
    """The heading opening a ``<details>`` question's answer, when more follows it."""
    if not isinstance(block, Question) or block.kind != "details" or len(block.answer) < 2:
        return ""
    first = block.answer[0]
    return first.text.strip() if isinstance(first, Paragraph) and first.heading else ""


# A display formula written as a paragraph of its own: ``$$ … $$``.
_DISPLAY_FORMULA = re.compile(r"^\s*\$\$(.+?)\$\$\s*$", re.DOTALL)
# The lead-in of a formula's symbol list: "where:", "Here:", "Where,".
_LEGEND_LEAD = re.compile(r"^\s*(?:where|here)\s*[:,]?\s*$", re.IGNORECASE)


def _formulas_attached(items: Sequence[Located]) -> list[Located]:
    """A display formula (``$$ … $$``) goes on the block before it in its section, as
    its TeX text: an item of the list it follows ("Penalizes wrong predictions", the
    loss's formula), a line of the paragraph announcing it ("… the following
    formula:"). The symbol list under it ("where:" and its items) goes with it, as one
    "where …" sentence: without the formula it explains nothing, so never a list of
    its own."""
    if not any(isinstance(i.block, Paragraph) and "$$" in i.block.text for i in items):
        return list(items)
    out: list[Located] = []
    index = 0
    while index < len(items):
        item = items[index]
        block = item.block
        shaped = _DISPLAY_FORMULA.match(block.text) if isinstance(block, Paragraph) else None
        if shaped is None or not isinstance(block, Paragraph):
            out.append(item)
            index += 1
            continue
        # Kept between its "$$" signs: a card's text cleaning reads the TeX as text, and
        # the rules still see a formula, no sentence (never a list's lead-in).
        # "$$ a $$ $$ b $$" written as one paragraph is two formulas, each read alone.
        formula = "; ".join(
            "$$" + " ".join(part.split()) + "$$"
            for part in shaped.group(1).split("$$")
            if part.strip()
        )
        index += 1
        if (
            index + 1 < len(items)
            and items[index].headings == item.headings
            and items[index + 1].headings == item.headings
            and isinstance(lead := items[index].block, Paragraph)
            and _LEGEND_LEAD.match(lead.text)
            and isinstance(legend := items[index + 1].block, ListBlock)
        ):
            formula += ", where " + "; ".join(i.rstrip(".; ") for i in legend.items) + "."
            index += 2
        before = out[-1].block if out and out[-1].headings == item.headings else None
        if isinstance(before, ListBlock) and not before.ordered:
            extended = replace(
                before,
                items=(*before.items, formula),
                terms=(*before.terms, "") if before.terms else (),
                links=(*before.links, False) if before.links else (),
                codes=(*before.codes, "") if before.codes else (),
            )
            out[-1] = replace(out[-1], block=extended)
        elif isinstance(before, Paragraph) and before.text.rstrip().endswith(":"):
            out[-1] = replace(out[-1], block=replace(before, text=f"{before.text}\n{formula}"))
        else:
            out.append(replace(item, block=replace(block, text=formula)))
    return out


def _asks_in_h1(tokens: Sequence[Token]) -> bool:
    """Whether the page asks its questions as level-1 headings: at least two H1s,
    most of them shaped as questions ("# Q1. What is X?", "# Q2. Why …?"), and no H2
    (pages put together from articles, each titled "# Difference between X and Y"
    over its "## …" sections, keep their H1s as titles)."""
    if any(token.type == "heading_open" and token.tag == "h2" for token in tokens):
        return False
    h1s = [
        tokens[n + 1].content
        for n, token in enumerate(tokens[:-1])
        if token.type == "heading_open" and token.tag == "h1" and tokens[n + 1].type == "inline"
    ]
    asked = sum(1 for text in h1s if _asked_in_h1(text))
    return asked >= 2 and 2 * asked > len(h1s)


def _asked_in_h1(text: str) -> bool:
    """A level-1 heading shaped as a question, or marked as one ("# Q14. As we know …")."""
    return bool(question_text(text) or _Q_MARK.match(text.strip()))


# A Markdown table row holding an HTML cell that spans columns
# ("| Subscription | Observers | <td colspan=3>Users managing resources</td> | Admins |"):
# GitHub draws it across its columns; read as one cell it would shift every cell after
# it into the wrong column ("Subscription: custom?" -> "Admins", the Owner's).
_TABLE_ROW_SPAN = re.compile(
    r"<td\s+colspan\s*=\s*[\"']?(?P<span>\d{1,2})[\"']?\s*>(?P<text>[^<|\n]*)</td>",
    re.IGNORECASE,
)


def _spread_span(match: re.Match[str]) -> str:
    """The spanning cell's text in each column it spans, on its own line (a table row's
    cells only: the pattern never crosses a ``|`` or a line)."""
    text = match.group("text").strip()
    return " | ".join([text] * max(1, int(match.group("span"))))


# A Liquid comment, ``{% comment %}`` … ``{% endcomment %}``: the author's words to
# themselves (draft exercises, notes), which the site never shows.
_LIQUID_COMMENT = re.compile(r"\{%-?\s*comment\s*-?%\}.*?\{%-?\s*endcomment\s*-?%\}", re.DOTALL)


# An HTML comment alone on its line (``<!-- vale write-good.Passive = NO -->``, a linter's
# switch) and a list item: CommonMark ends the list at the comment, so one list became
# two cards each holding part of it. The reader never sees the comment.
_COMMENT_LINE = re.compile(r"^\s*<!--(?!-)(?:(?!-->).)*-->\s*$")
_ITEM_LINE = re.compile(r"^\s*(?:[-*+]|\d{1,3}[.)])\s+\S")


def _fenced_lines(lines: list[str]) -> list[bool]:
    """Per line, whether it belongs to a fenced code block (its fences included)."""
    fenced: list[bool] = []
    fence = ""
    for line in lines:
        was, fence = fence, code_fence(fence, line)
        fenced.append(bool(was or fence))
    return fenced


def _without_comments_in_lists(text: str) -> str:
    """``text`` with each comment-only line next to a list item (above or below it,
    comment lines between them skipped) made empty: the list goes on across it, and the
    lines keep their numbers. Lines in fenced code stay."""
    lines = text.split("\n")
    fenced = _fenced_lines(lines)
    comment = [
        not f and _COMMENT_LINE.match(line) is not None
        for f, line in zip(fenced, lines, strict=True)
    ]

    def item_beyond(start: int, step: int) -> bool:
        at = start + step
        while 0 <= at < len(lines) and comment[at]:
            at += step
        return 0 <= at < len(lines) and not fenced[at] and _ITEM_LINE.match(lines[at]) is not None

    return "\n".join(
        "" if comment[n] and (item_beyond(n, -1) or item_beyond(n, 1)) else line
        for n, line in enumerate(lines)
    )


_LOOSE_BOLD_LINE = re.compile(
    r"^([ \t]*(?:[-*+][ \t]+)?)\*\*(?:[ \t]+([^*\n]*?\S)[ \t]*|([^*\s][^*\n]*?)[ \t]+)"
    r"\*\*[ \t]*$"
)


def _tighten_bold_lines(text: str) -> str:
    """``text`` with each line wholly in bold but for a space inside its ``**`` ("**
    Why Telepresence?**", "**Note: **") written tight, so it reads as bold; lines in
    fenced code stay. Line numbers stay as they were."""
    lines = text.split("\n")
    fence = ""
    for at, line in enumerate(lines):
        was, fence = fence, code_fence(fence, line)
        loose = None if was or fence else _LOOSE_BOLD_LINE.match(line)
        if loose is not None:
            lines[at] = f"{loose.group(1)}**{loose.group(2) or loose.group(3)}**"
    return "\n".join(lines)


# A line wholly in bold at the left margin ("**Header**", "__Payload:__"): a title.
_BOLD_TITLE_LINE = re.compile(r"^(?:\*\*[^*\n]*[^*\s][^*\n]*\*\*|__[^_\n]*[^_\s][^_\n]*__)[ \t]*$")


def _bold_titles_between_items(text: str) -> tuple[str, list[int] | None]:
    """``text`` with a blank line either side of each bold title line that sits between
    two list items, no blank line around it ("- … 1500 bytes on Ethernet", "**Header**",
    "- min 20 bytes"): the author titles the items below it, which CommonMark reads as
    the last words of the item above ("… on Ethernet Header"). Set apart, the title is a
    label over a list of its own. A bold span that opens or runs in an item's own text,
    a title indented into the item, or a bold line that finishes the item's sentence
    ("**always**", "**for good.**") stays the item's. Returns the new text and, per
    line, the file's line number (None when nothing changed)."""
    lines = text.split("\n")
    fenced = _fenced_lines(lines)

    def item(at: int) -> bool:
        return 0 <= at < len(lines) and not fenced[at] and _ITEM_LINE.match(lines[at]) is not None

    def in_item(at: int) -> bool:
        """Whether line ``at`` is an item's line or a line of its text run on."""
        while at >= 0 and lines[at].strip() and not fenced[at]:
            if item(at):
                return True
            if _ATX_LEVEL.match(lines[at]) or _BOLD_TITLE_LINE.match(lines[at]):
                return False
            at -= 1
        return False

    def title(line: str) -> bool:
        """Whether a bold line titles what follows: it opens on no small letter and ends
        no sentence ("**always**", "**for good.**" finish the item's words)."""
        if not _BOLD_TITLE_LINE.match(line):
            return False
        words = line.strip()[2:-2].strip()
        return not words[:1].islower() and not words.endswith((".", ",", ";", "!"))

    titles = {
        at
        for at, line in enumerate(lines)
        if not fenced[at] and title(line) and in_item(at - 1) and item(at + 1)
    }
    if not titles:
        return text, None
    out: list[str] = []
    numbers: list[int] = []
    for at, line in enumerate(lines, start=1):
        if at - 1 in titles:
            out.extend(["", line, ""])
            numbers.extend([at, at, at])
        else:
            out.append(line)
            numbers.append(at)
    return "\n".join(out), numbers


# A bullet with its marker and the spaces after it: where its text starts is the
# column a sub-item's marker must reach.
_BULLET = re.compile(r"^( *)([-*+])( +)\S")


def _nest_short_indents(text: str) -> str:
    """``text`` with bullets indented one space under a bullet right above them
    ("* **DMZ:** Demilitarized Zone" then " * lower security region …") moved to the
    column where the item's text starts: the author meant them as its sub-items, which
    CommonMark reads as items of their own (a sub-item's marker must reach that column),
    and one such note in a glossary made its whole letter one card. The same marker,
    no blank line between, the run of such bullets all moved; lines in code stay."""
    lines = text.split("\n")
    fence = ""
    parent: re.Match[str] | None = None  # the bullet a run of short bullets is under
    above: re.Match[str] | None = None  # the bullet on the line right above
    for at, line in enumerate(lines):
        was, fence = fence, code_fence(fence, line)
        bullet = None if was or fence else _BULLET.match(line)
        if bullet is None:
            parent = above = None
            continue
        if parent is None and above is not None:
            parent = above  # a short bullet right under this one opens a run
        column = len(parent.group(1)) + 1 + len(parent.group(3)) if parent else 0
        if (
            parent is not None
            and bullet.group(2) == parent.group(2)
            and len(bullet.group(1)) == len(parent.group(1)) + 1 < column
        ):
            lines[at] = " " * (column - len(bullet.group(1))) + line
            continue
        parent, above = None, bullet
    return "\n".join(lines)


def _blank_lines(match: re.Match[str]) -> str:
    """The matched text as as many empty lines: lines after it keep their numbers."""
    return "\n" * match.group(0).count("\n")


# A line opening on an emoji and naming a part of the page ("🔹 docker (container
# basics)", "✅ must-know for interviews"): a few words, no sentence's end or lead-in.
_EMOJI_TITLE = re.compile(
    "^[\U0001f000-\U0001faff\u2600-\u27bf\u2b00-\u2bff][\ufe0f\u200d]*[ \t]*"
    "(?=[^\\s])[^\n]*[^\\s.?!:;,]$"
)
_EMOJI_TITLE_WORDS = 8
_EMOJI_TITLES = 2  # such lines a page needs before they are its sections


def _emoji_section_titles(tokens: list[Token]) -> None:
    """A page with no heading at all whose parts open on an emoji line of their own
    ("🔹 docker (container basics)" over its questions, "🔹 kubernetes (k8s)" over
    the next ones): those lines are its section headings, read as "##" headings (in
    place, in ``tokens``). One such line, or a run of them with nothing between (a
    list written as lines), is no sectioning."""
    if any(t.type == "heading_open" for t in tokens):
        return
    titles: list[int] = []
    for at, token in enumerate(tokens[:-2]):
        if token.type != "paragraph_open" or token.level != 0:
            continue
        content = tokens[at + 1].content.strip()
        if (
            _EMOJI_TITLE.match(content)
            and len(content.split()) <= _EMOJI_TITLE_WORDS + 1
            and not re.search(r"[*_`\[\]]", content)
        ):
            titles.append(at)
    # Each title heads something: the block after it is not another title.
    titled = [at for at in titles if at + 3 not in titles and at + 3 < len(tokens)]
    if len(titled) < _EMOJI_TITLES or len(titled) != len(titles):
        return
    for at in titled:
        for token, kind in ((tokens[at], "heading_open"), (tokens[at + 2], "heading_close")):
            token.type, token.tag, token.markup = kind, "h2", "##"


def parse_document(text: str) -> Document:
    """Parse Markdown ``text`` into located blocks."""
    if "\t" in text:
        text = _LEADING_TABS.sub(_expand_leading, text)
    if "???" in text:
        text = _remark_slides(text)
    if "(1)" in text:
        text = _without_code_annotations(text)
    if "grid" in text:
        text = _open_grid_cards(text)
    if "<!--" in text:
        text = _without_comments_in_lists(text)
    if "\n " in text:
        text = _nest_short_indents(text)
    if "** " in text or " **" in text:
        # "** Why Telepresence?**": a space inside the opening "**" leaves CommonMark
        # no emphasis, and a FAQ of bold questions none to ask. A line wholly so
        # written is bold as meant.
        text = _tighten_bold_lines(text)
    if "{%" in text:
        text = _LIQUID_COMMENT.sub(_blank_lines, text)
    if "{{<" in text or "{%" in text:
        text = _fence_code_shortcodes(text)
    if "{{" in text:
        text = _open_shortcode_folds(text)
    if "ref" in text:
        # Hugo's ``[text]({{< relref "page#part" >}})``: a link to another page whose
        # target CommonMark cannot read (spaces); as ``[text](page#part)`` its text is
        # read as link text. Lines stay where they were.
        text = _HUGO_REF.sub(r"](\1)", text)
    if "{{<" in text:
        text = _without_availability_boxes(text)
    if "{%" in text or "{{" in text:
        # Jekyll's ``[text]({% link page.md %}#part)`` or ``[text]({{ site.baseurl }}/x)``:
        # the same, Liquid in the address; without it the address is one CommonMark reads.
        text = _LIQUID_ADDRESS.sub(_without_liquid, text)
    if "**" in text:
        text = _widen_numbered_answers(text)
    text = _PROSE_SPAN.sub(r"\1\2", text)
    if "](" in text:
        text = _FOOTNOTE_LINK.sub("", text)
    text = _rejoin_table_rows(text)
    if "colspan" in text:
        text = _TABLE_ROW_SPAN.sub(_spread_span, text)
    text, footnotes = _take_footnotes(text)
    tab_lines = _tab_opener_lines(text)
    text = _label_tabs(text)
    text = _label_jsx_tabs(text)
    text, case_lines = _label_case_items(text)
    tab_lines |= case_lines
    text, colon_tabs = _label_colon_tabs(text)
    if "**" in text or "__" in text:
        text, titled = _bold_titles_between_items(text)
        if titled is not None:
            colon_tabs = [colon_tabs[n - 1] for n in titled] if colon_tabs is not None else titled
    text, tabled = _close_html_tables(text)
    if "{:" in text:
        text = "\n".join(_kramdown_boxes(text.split("\n")))
    text, myst = _open_myst_directives(text)
    text, divided = _open_fenced_divs(text)
    if myst is not None:
        divided = [myst[n - 1] for n in divided] if divided is not None else myst
    text, opened = _open_admonitions(text)
    if divided is not None:
        opened = [divided[n - 1] for n in opened] if opened is not None else divided
    text, flattened = _flatten_summaries(text)
    if flattened is not None:
        opened = [opened[n - 1] for n in flattened] if opened is not None else flattened
    text, numbers = _separate_details(_pair_question_divs(text))
    text = _open_titled_tables(text)
    if opened is not None:
        # Both rewrites add lines: read the second's numbers through the first's.
        numbers = [opened[n - 1] for n in numbers] if numbers is not None else opened
    if tabled is not None:
        # The first rewrite of all: every later number is a line of its text.
        numbers = [tabled[n - 1] for n in numbers] if numbers is not None else tabled
    if colon_tabs is not None:
        # Before the tables' rewrite: its numbers are lines of this one's text.
        numbers = [colon_tabs[n - 1] for n in numbers] if numbers is not None else colon_tabs
    tokens = _markdown().parse(text)
    _emoji_section_titles(tokens)
    walker = _Walker()
    walker.lines = text.split("\n")
    walker.h1_questions = _asks_in_h1(tokens)
    walker.h1_count = sum(1 for t in tokens if t.type == "heading_open" and t.tag == "h1")
    if "<aside" in text or "<div" in text:
        walker.html_callout_spans = _html_callout_spans(tokens)
    walker.walk(_tree(tokens))
    # An unclosed <details> or callout still holds text worth keeping.
    while walker.details:
        walker.close_details()
    while walker.callouts:
        walker.close_callout()
    items = walker.items
    if numbers is not None:
        # Headings too: a question heading's line is its card's origin.
        headings = {
            h: replace(h, line=numbers[h.line - 1] if 0 < h.line <= len(numbers) else h.line)
            for item in items
            for h in item.headings
        }
        items = [
            Located(
                block=_relined(item.block, numbers),
                headings=tuple(headings[h] for h in item.headings),
            )
            for item in items
        ]
    items = _labelled_parts_apart(_tabs_marked(list(items), tab_lines))
    return Document(
        title=walker.title,
        items=_without_common_openers(
            _troubleshooting_answers(
                _line_pair_questions(
                    _marked_paragraph_questions(
                        group_questions(
                            _formulas_attached(
                                _without_footnote_marks(
                                    _kramdown_classes(
                                        _writerside_exercises(_lists_across_code(items))
                                    )
                                )
                            )
                        )
                    )
                ),
                page=walker.title or walker.front_matter_title,
            )
        ),
        front_matter_title=walker.front_matter_title,
        front_matter_problem=walker.front_matter_problem,
        footnotes=footnotes,
    )


_BETWEEN_ITEMS = 4  # blocks between two runs of one list's items (code, what it shows)

# Question/answer line pairs with no markup ("What is X?" on a line, its answer on the
# next): the shape counts only when it repeats, so that one rhetorical question
# opening a paragraph of prose is never read as the author's question.
_LINE_PAIRS = 3
_PAIR_LABEL_WORDS = 10  # "🔹 11–20: Data Structures & Operations" over a pair: a label


def _asking_line(line: str, *, opening: bool = False) -> bool:
    """Whether a whole line of a paragraph asks a question ("What is X?", "Is X only
    in memory? Explain."): a "?" of its own, opening on a capital. The line opening a
    paragraph may also ask as an exam does ("Explain Redis Streams and use cases."):
    inside an answer such a line is more likely part of it."""
    line = line.strip()
    return (
        ("?" in line or opening)
        and line[:1].isupper()
        and not line.endswith(("…", "...", ":", ","))
        and question_text(line) == " ".join(line.split())
    )


def _line_pairs(block: Paragraph) -> list[tuple[int, str, list[str]]] | None:
    """The question lines of a paragraph and the lines answering each (offset of the
    question line, question, answer lines), when the paragraph opens on a question
    line (perhaps under a short label line); None when it is prose."""
    if block.label or block.tab or block.heading:
        return None
    lines = [line.strip() for line in block.text.split("\n")]
    start = 0
    while start < len(lines) and not _asking_line(lines[start], opening=True):
        label = lines[start]
        if len(label.split()) > _PAIR_LABEL_WORDS or label.endswith((".", "?", "!")):
            return None  # a sentence before the first question: prose, not a pair
        start += 1
    if start >= len(lines) - 1 or start > 1:
        return None
    pairs: list[tuple[int, str, list[str]]] = []
    for offset, line in enumerate(lines[start:], start=start):
        if _asking_line(line, opening=offset == start):
            pairs.append((offset, line, []))
        elif line:
            pairs[-1][2].append(line)
    return pairs if any(answer for _, _, answer in pairs) else None


def _pair_answer(lines: Sequence[str], line: int) -> tuple[Block, ...]:
    """The answer lines of a question/answer pair as blocks: each line apart (the
    author broke the answer there, and one paragraph would run "Routing: …" and
    "Pub/Sub: …" into one line), and the lines after a lead-in ("The SOLID principles
    include:") as the list it introduces."""
    lead = next(
        (n for n, text in enumerate(lines) if text.endswith(":") and len(lines) - n > 2), None
    )
    told: list[Block] = [
        Paragraph(text=text, line=line + n)
        for n, text in enumerate(lines[: len(lines) if lead is None else lead + 1])
    ]
    if lead is not None:
        told.append(ListBlock(ordered=False, items=tuple(lines[lead + 1 :]), line=line + lead + 1))
    return tuple(told)


# "**Q1.**" opening a paragraph: the author's number for the question it asks.
_Q_LABEL = re.compile(r"^\**\s*Q\s?\d+[a-z]?\s*[.:)]?\s*\**$", re.IGNORECASE)
_Q_LABELLED = 2  # such numbered paragraphs a page needs before they are its questions


def _paragraph_question(block: Paragraph, answered_next: bool) -> str:
    """The question a paragraph asks as the author's: one line asking alone ("1️⃣ What
    is Docker?", its number or keycap dropped) over a paragraph opening on an answer
    label (``answered_next``), or a "**Q1.**" label then a question ("**Q1.** What is
    a branch delay?"); "" for any other paragraph."""
    text = " ".join(block.text.split())
    if block.label and _Q_LABEL.match(block.label.strip()):
        rest = text[len(block.label) :].strip() if text.startswith(block.label) else ""
        asked = question_text(rest) if rest.endswith("?") and len(rest) <= 300 else ""
        return asked
    if not answered_next or block.label or "\n" in block.text.strip():
        return ""
    line = clean_heading(text)
    return line if line.endswith("?") and question_text(line) == line else ""


def _labelled(block: Block) -> bool:
    return isinstance(block, Paragraph) and bool(block.label)


def _q_numbered(block: Block) -> bool:
    return isinstance(block, Paragraph) and bool(_Q_LABEL.match(block.label.strip()))


def _marked_paragraph_questions(items: Sequence[Located]) -> tuple[Located, ...]:
    """Questions written as plain paragraphs the author marked: a line asking alone
    over a paragraph opening on an answer label ("1️⃣ What is Docker?" then "Answer (as
    Abhishek explained): Docker is …"), or numbered "**Q1.** What is X?" paragraphs (two
    or more on the page). The answer is the blocks after it in its section, up to the
    next such question (its label dropped)."""

    def answered(at: int) -> bool:
        after = items[at + 1] if at + 1 < len(items) else None
        return (
            after is not None
            and after.headings == items[at].headings
            and isinstance(after.block, Paragraph)
            and bool(_OPENING_ANSWER_LABEL.match(after.block.text))
        )

    asked = {
        at: question
        for at, item in enumerate(items)
        if isinstance(item.block, Paragraph)
        and (question := _paragraph_question(item.block, answered(at)))
    }
    labelled = {at for at in asked if _labelled(items[at].block)}
    if len(labelled) < _Q_LABELLED:
        asked = {at: q for at, q in asked.items() if at not in labelled}
    if not asked:
        return tuple(items)
    out: list[Located] = []
    at = 0
    while at < len(items):
        item = items[at]
        if at not in asked:
            out.append(item)
            at += 1
            continue
        end = at + 1
        while (
            end < len(items)
            and end not in asked
            and items[end].headings == item.headings
            and not isinstance(items[end].block, Question)
            and not _q_numbered(items[end].block)  # "**Q3.** The goal of …": the next one
        ):
            end += 1
        told: list[Block] = []
        for later in items[at + 1 : end]:
            block = later.block
            if not told and isinstance(block, Paragraph):
                said = _OPENING_ANSWER_LABEL.sub("", block.text, count=1).strip()
                if not said:
                    continue  # "Answer:" alone on its line
                block = replace(block, text=said, label="")
            told.append(block)
        if told:
            block = item.block
            assert isinstance(block, Paragraph)
            made = Question(text=asked[at], answer=tuple(told), line=block.line, kind="bold")
            out.append(Located(block=made, headings=item.headings))
        else:
            out.append(item)
        at = end
    return tuple(out)


def _line_pair_questions(items: Sequence[Located]) -> tuple[Located, ...]:
    """Notes written as plain line pairs: a paragraph whose first line is a whole
    question and whose next lines answer it ("What is Redis?" then "Redis is …"),
    repeated through the document, perhaps several pairs to a paragraph. Each pair is
    the author's question and its answer; the blocks after a paragraph's last answer,
    up to the next pair or heading, go on answering it (its list, its code). Fired
    only when the document holds at least three answered pairs and, in each section
    where it fires, pairs make at least half of the paragraphs."""
    found = {
        at: pairs
        for at, item in enumerate(items)
        if isinstance(item.block, Paragraph) and (pairs := _line_pairs(item.block))
    }
    # Only questions asked with a "?" establish the shape ("Explain the role of these
    # pods." over a command's output may be an exercise's task, not a pair).
    asked = sum(1 for pairs in found.values() for _, q, answer in pairs if answer and "?" in q)
    if asked < _LINE_PAIRS:
        return tuple(items)
    paragraphs: Counter[tuple[Heading, ...]] = Counter(
        i.headings for i in items if isinstance(i.block, Paragraph) and i.block.text.strip()
    )
    paired: Counter[tuple[Heading, ...]] = Counter(items[at].headings for at in found)
    out: list[Located] = []
    at = 0
    while at < len(items):
        item = items[at]
        pairs = found.get(at)
        if pairs is None or paired[item.headings] * 2 < paragraphs[item.headings]:
            out.append(item)
            at += 1
            continue
        block = item.block
        assert isinstance(block, Paragraph)
        end = at + 1
        while (
            end < len(items)
            and end not in found
            and items[end].headings == item.headings
            and not isinstance(items[end].block, Question)
        ):
            end += 1
        for n, (offset, question, answer) in enumerate(pairs):
            if not answer:
                continue  # asked and left unanswered ("Have you met X before?")
            told = _pair_answer(answer, block.line + offset + 1)
            if n == len(pairs) - 1:
                told += tuple(i.block for i in items[at + 1 : end])
            made = Question(text=question, answer=told, line=block.line + offset, kind="bold")
            out.append(Located(block=made, headings=item.headings))
        at = end
    return tuple(out)


def _joined_lists(
    first: ListBlock, codes: Sequence[Code | Paragraph], second: ListBlock
) -> ListBlock:
    """``first`` and ``second`` as one list, ``codes`` (fenced between them, at the
    margin) held by ``first``'s last item, as code fenced inside it is (see
    ``ListBlock.codes``)."""
    held = list(first.codes or ("",) * len(first.items))
    shown = "\n".join(
        c.text.strip("\n") if isinstance(c, Code) else " ".join(clean(c.text).split())
        for c in codes
        if c.text.strip()
    )
    if shown:
        held[-1] = f"{held[-1]}\n{shown}" if held[-1] else shown
    held += second.codes or ("",) * len(second.items)
    terms = (first.terms or ("",) * len(first.items)) + (second.terms or ("",) * len(second.items))
    links = (first.links or (False,) * len(first.items)) + (
        second.links or (False,) * len(second.items)
    )
    named = (first.named or ("",) * len(first.items)) + (second.named or ("",) * len(second.items))
    return replace(
        first,
        items=first.items + second.items,
        terms=terms if first.terms or second.terms else (),
        links=links if first.links or second.links else (),
        codes=tuple(held) if any(held) else (),
        named=named if any(named) else (),
    )


def _step_code_under(first: ListBlock, between: Sequence[Located], second: ListBlock) -> bool:
    """Whether the code between two runs of numbered items was set under the last item
    of the first, short of the margin CommonMark needs ("2. Upgrade the kernel:" over a
    fence two spaces in, which wants three): the item leads into it with ":", every
    fence between is indented, and the numbers go on after it ("3. …"). A fence at the
    margin the author set apart; after an item ending "." the code may be the list's
    own example, not the item's."""
    if not first.items or not first.items[-1].rstrip().endswith(":"):
        return False
    if second.start != first.start + len(first.items):
        return False
    return all(not isinstance(b.block, Code) or b.block.indent > 0 for b in between)


def _lists_across_code(items: Sequence[Located]) -> tuple[Located, ...]:
    """One list where the author broke it with a code block at the margin: "- Confirm
    the pod exposes the port." then a YAML block, then "- Confirm the server answers …
    as shown below", its command, "Now, visiting … should show …", "- Confirm …".
    Read apart, each run of items made half an answer. Two runs of bullets are one
    list when nothing but code (and the sentences after a code block, on what it
    shows) parts them under the same headings; never after an item that asks (a
    question answered by the code below it). Two runs of numbered items are one list
    when the code was set under the item leading into it, only short of the margin
    (see :func:`_step_code_under`). The code and the
    sentences go with the item above them, under it, in their order."""
    out: list[Located] = []
    index = 0
    while index < len(items):
        item = items[index]
        block = item.block
        index += 1
        if not isinstance(block, ListBlock):
            out.append(item)
            continue
        while True:
            end = index
            between: list[Located] = []
            while (
                end < len(items)
                and len(between) < _BETWEEN_ITEMS
                and items[end].headings == item.headings
                and isinstance(items[end].block, Code | Paragraph)
            ):
                between.append(items[end])
                end += 1
            if not between or end >= len(items) or items[end].headings != item.headings:
                break
            after = items[end].block
            if not isinstance(after, ListBlock) or after.ordered != block.ordered:
                break
            if block.ordered and not _step_code_under(block, between, after):
                # (Numbered steps parted by their commands at the margin are read step
                # by step where they answer: see the question rules' split steps.)
                break
            shown = isinstance(between[0].block, Code) and all(
                isinstance(b.block, Code)
                or (
                    isinstance(b.block, Paragraph)
                    and not b.block.text.rstrip().endswith(":")
                    and not b.block.label
                    and not b.block.heading
                )
                for b in between
            )
            # "1. … What share is silica?" then its cell and its result: a question
            # answered by what follows, not a step showing its code.
            asked = block.items[-1].rstrip().endswith("?")
            if not shown or asked:
                break
            # The code goes with the item above it (its command), and so does the
            # sentence after it on what it shows, in its place under the code.
            parts = [b.block for b in between if isinstance(b.block, Code | Paragraph)]
            block = _joined_lists(block, parts, after)
            index = end + 1
        out.append(Located(block=block, headings=item.headings))
    return tuple(out)


# The labelled parts of one troubleshooting entry ("### 3) Build hangs" then "#### Symptom",
# "#### Cause", "#### Solution", or "**Symptoms:**" / "**Solution:**" lines under it; a
# known-issues page's "### Problem", "### Root Cause", "### Possible Workarounds",
# "### Resolution", "### Planned resolution").
_TROUBLE_PART = re.compile(
    r"^(?:(?P<seen>symptoms?)|(?P<said>problems?|issues?|description)|"
    r"(?P<cause>(?:root )?causes?|reasons?)|(?P<maybe>(?:possible|likely|probable) causes?)|"
    r"(?P<around>(?:possible |known |temporary |suggested )?workarounds?)|"
    r"(?P<plan>planned (?:resolution|fix))|"
    r"(?P<fix>(?:possible |suggested |recommended )?(?:solutions?|fix(?:es)?|resolution|"
    r"remedy)|how to (?:fix|resolve) (?:it|this)))$"
)


def _trouble_part(text: str) -> str:
    """The part ``text`` names as a label: "seen" (a symptom), "said" (the problem told
    again: "Problem", "Issue", "Description"), "cause", "maybe" (possible causes),
    "around" (a workaround), "plan" (a fix still to come), "fix" (a solution), or ""."""
    match = _TROUBLE_PART.match(_bare(text.strip().rstrip(":")))
    if match is None:
        return ""
    return next(name for name, value in match.groupdict().items() if value)


# A resolution that only names the releases carrying the fix ("Fixed in X v1.9.1, v1.10.5
# and newer; …"): what it teaches is which version to run, not what to do.
_FIXED_IN = re.compile(
    r"^(?:(?:this|the)\s+(?:issue|problem|bug)\s+(?:is|was|has\s+been)\s+)?fixed\s+in\b"
    r"[^.;]*\bv?\d+\.\d+",
    re.IGNORECASE,
)
# A heading grouping problems ("Known problems with X", "Common issues", "Troubleshooting"),
# not naming the component they are met in.
_GROUPS_PROBLEMS = re.compile(
    r"\b(?:problems?|issues?|errors?|bugs?|troubleshoot\w*|faqs?|questions?|workarounds?|"
    r"caveats?|limitations?|gotchas|pitfalls)\b",
    re.IGNORECASE,
)
_PART_OF_WORDS = 3  # "Sidecar", "Query frontend": a component's name, never a sentence
# A heading saying something does not happen ("Thanos not identifying Prometheus"): a
# symptom, as "X fails to Y" is.
_NOT_DOING = re.compile(r"\bnot\s+\w+ing\b", re.IGNORECASE)


# A solution that only sends the reader elsewhere ("For the causes and solutions, see
# the Long polling issues section."): no answer a card could hold.
_ONLY_POINTER = re.compile(
    r"^(?:[^.]*\.\s+)?(?:for [^.]*,\s*)?see (?:the )?[^.]*"
    r"\b(?:section|documentation|docs|page|guide|article)\b[^.]*\.?$",
    re.IGNORECASE,
)


# A fix or workaround saying there is none ("N/A", "None.", "There is currently no
# workaround.", "No fix available for this issue.").
_NONE_GIVEN = re.compile(
    r"^(?:n/?a|none|tbd|-+|\u2014|not\s+(?:applicable|available)|"
    r"(?:there\s+is\s+)?(?:currently\s+)?no\s+(?:known\s+)?"
    r"(?:workaround|fix|solution|resolution)s?(?:\s+(?:is|are))?"
    r"(?:\s+(?:currently|known|available|yet|at\s+(?:this\s+time|the\s+moment)|"
    r"for\s+(?:this|the)\s+(?:issue|problem|scenario|bug)))*)\s*[.!]?$",
    re.IGNORECASE,
)


# The longest solution one card holds (characters of its text and code).
_LONGEST_FIX = 1000


def _said_length(block: Block) -> int:
    if isinstance(block, ListBlock):
        return sum(len(item) for item in block.items)
    if isinstance(block, Table):
        return sum(len(cell) for row in block.rows for cell in row)
    return len(getattr(block, "text", ""))


def _lays_out_problem(read: Sequence[tuple[int, str]], heading: Heading) -> bool:
    """Whether one entry's labelled parts (see :func:`_trouble_part`) show it a problem
    by themselves: a fix or workaround beside a symptom or a cause, a workaround (only
    a problem has one), or a fix beside a "Problem" / "Description" part under a heading
    stating a symptom ("X fails to join the cluster"). An exercise's "Problem" and
    "Solution" under "## Exercise 3" lay out none."""
    parts = {p for _, p in read}
    if not parts & {"fix", "around"}:
        return False
    if parts & {"seen", "cause", "maybe", "around"}:
        return True
    line = " ".join(heading.text.split())
    return "said" in parts and (_symptom_heading(line) or bool(_NOT_DOING.search(line)))


def _page_problem(title: str) -> str:
    """The problem a one-issue page's title states, or "" for a title that only groups
    problems: "Troubleshoot the SubnetIsFull error code" states "The SubnetIsFull error
    code" (the verb of troubleshooting is no part of the problem); "Troubleshooting",
    "Known issues" or "Common errors" name no problem of their own."""
    text = _CUSTOM_ID.sub("", _DOCSIFY_MARK.sub("", " ".join(title.split()))).strip()
    text = _TROUBLESHOOT_VERB.sub("", text).strip(" :.")
    if not text or all(_GENERIC_TITLE_WORD.fullmatch(word) for word in text.lower().split()):
        return ""
    return text[0].upper() + text[1:]


# A page title's verb of troubleshooting ("Troubleshoot the X", "Troubleshooting X",
# "How to fix X", "Resolve X"): what the reader does, not the problem.
_TROUBLESHOOT_VERB = re.compile(
    r"^(?:how\s+to\s+)?(?:troubleshoot(?:ing)?|resolv(?:e|ing)|(?:fix|fixing)(?=\s+(?:the|an?)\b))"
    r"(?:\s+(?:the|an?)\b)?\s*",
    re.IGNORECASE,
)
# Words that group problems without naming one ("Known issues", "Common errors and fixes").
_GENERIC_TITLE_WORD = re.compile(
    r"(?:problems?|issues?|errors?|bugs?|faqs?|questions?|workarounds?|caveats?|limitations?|"
    r"gotchas|pitfalls|common|known|general|frequent|guide|tips?|and|&|fixes|solutions?|"
    r"troubleshooting)[:.]?"
)
# An entry heading's number ("3) Build hangs", "1.2. Build hangs", "Issue 1: Build hangs"):
# where the entry sits in the page, no part of the problem.
_NUMBERED_PROBLEM = re.compile(
    r"^(?:(?:issue|problem|error|case|scenario)\s+#?\d+\s*[.):\u2013\u2014-]|"
    r"\d+(?:\.\d+)*\s*[.)])\s*",
    re.IGNORECASE,
)
# The key of a one-issue page's own entry in :func:`_troubleshooting_answers` (headings
# are keyed by their line, which is never 0).
_WHOLE_PAGE = 0
# Symptoms that say this many words the title does not say are worth a card of their own.
_SYMPTOM_NEW_WORDS = 3
_PLAIN_WORD = re.compile(r"[a-z0-9][\w.'-]*[a-z0-9]|[a-z0-9]")
_FILLER_WORDS = frozenset(
    {"the", "a", "an", "of", "in", "on", "to", "for", "and", "or", "is", "are", "be", "you"}
    | {"your", "it", "its", "this", "that", "with", "when", "while", "after", "before", "by"}
    | {"at", "as", "from", "one", "more", "following", "such"}
)


def _says_more_than(blocks: Sequence[Block], title: str) -> bool:
    """Whether ``blocks`` (a page's symptoms) say more than its title: the error they
    quote, the versions they name, and not only the title's words told again."""
    told = set(_PLAIN_WORD.findall(title.lower()))
    said: set[str] = set()
    for block in blocks:
        items = block.items if isinstance(block, ListBlock) else (getattr(block, "text", ""),)
        said.update(word for item in items for word in _PLAIN_WORD.findall(item.lower()))
    return len(said - told - _FILLER_WORDS) >= _SYMPTOM_NEW_WORDS


def _troubleshooting_answers(items: Sequence[Located], page: str = "") -> tuple[Located, ...]:
    """One card per troubleshooting entry: its problem asked, its solution answered.

    Under a problem heading, the parts labelled Symptom / Cause / Solution (sub-headings
    or label lines) are the parts of ONE answer: read apart, each labelled part made a
    card whose front was its label ("…: symptom?", "In X, solution: …"). The entry is
    asked as "<problem>: how do you fix it?" and answered by its solution's blocks,
    commands kept; the problem's description and symptoms are what the front names.
    A problem with only a "Solution" part counts when the page lays out other entries
    with a symptom or cause beside their solution (an exercise's lone "Solution" is
    not a problem's).

    A page that is one issue (its title states the problem, its top sections are the
    parts: "## Symptoms", "## Cause", "## Resolution") is read as one entry, ``page``
    its problem; its symptoms are asked too ("<problem>: what are the symptoms?") when
    they say more than the title does."""
    page = _page_problem(page)
    # Per problem heading (by line): its items' indexes, each with its part.
    entries: dict[int, list[tuple[int, str]]] = {}
    problems: dict[int, tuple[Heading, ...]] = {}
    inline: dict[int, Paragraph] = {}  # a label line's own text, the label taken off
    # A heading over problems that lay out their own parts ("## Common issues" over "### 1)
    # …" and its "#### Symptom", and one entry's stray "### Solution" at the wrong level)
    # is a list of problems, not one problem; a problem's own sub-heading that names no
    # part ("### Security implications" beside its "### Root Cause") stays its section.
    headed: set[int] = set()  # headings with a labelled part as a sub-heading
    labelled: set[int] = set()  # headings with a labelled part, sub-heading or line
    below_of: dict[int, set[int]] = {}  # heading → its sub-headings that name no part
    # A one-issue page's part with sections of its own ("## Resolution" over "### Method
    # 1: …", "### Method 2: …"): its lead-in alone is no answer, and the methods keep
    # their own sections.
    split: set[int] = set()
    for item in items:
        for depth, heading in enumerate(item.headings[:-1]):
            sub = item.headings[depth + 1]
            if _trouble_part(sub.text):
                headed.add(heading.line)
            else:
                below_of.setdefault(heading.line, set()).add(sub.line)
        block = item.block
        if (
            item.headings
            and isinstance(block, Paragraph)
            and (_trouble_part(block.text) or _trouble_part(block.label))
        ):
            labelled.add(item.headings[-1].line)
        if page and item.headings and _trouble_part(item.headings[0].text):
            labelled.add(_WHOLE_PAGE)
            if len(item.headings) > 1:
                split.add(item.headings[0].line)
    labelled |= headed
    if not labelled:
        return tuple(items)  # no labelled part anywhere: the common page, left as it is
    mixed = {line for line, subs in below_of.items() if subs & labelled}
    for index, item in enumerate(items):
        for depth in range(len(item.headings) - 1, -1, -1):
            heading = item.headings[depth]
            below = item.headings[depth + 1 :]
            part = _trouble_part(below[0].text) if below else ""
            if below and not part:
                continue
            if _trouble_part(heading.text):
                continue  # a part's own heading: its problem is above it
            if heading.line in mixed:
                break
            block = item.block
            if not below and heading.line not in headed and isinstance(block, Paragraph):
                # Label lines, not sub-headings: the part is the last label line above
                # ("**Cause:**" alone, or "**Cause:** the text of the cause").
                label = _trouble_part(block.text) or (
                    _trouble_part(block.label) if block.label.endswith(":") else ""
                )
                if label:
                    part = "label-" + label
                    rest = block.text.strip()[len(block.label) :].strip()
                    if block.label and rest and block.text.strip().startswith(block.label):
                        inline[index] = replace(block, text=rest, label="")
            problems[heading.line] = item.headings[: depth + 1]
            entries.setdefault(heading.line, []).append((index, part))
            break
        else:
            if (
                _WHOLE_PAGE in labelled
                and len(item.headings) == 1
                and item.headings[0].line not in split
            ):
                # A top section of a one-issue page: its heading names the part, the
                # page's title the problem.
                part = _trouble_part(item.headings[0].text)
                if part:
                    problems.setdefault(
                        _WHOLE_PAGE, (Heading(level=1, text=page, line=item.headings[0].line),)
                    )
                    entries.setdefault(_WHOLE_PAGE, []).append((index, part))
    kept: dict[int, list[tuple[int, str]]] = {}
    for line, parts in entries.items():
        # Label lines set the part of the blocks after them.
        current = ""
        read: list[tuple[int, str]] = []
        by_headings = any(p and not p.startswith("label-") for _, p in parts)
        for index, part in parts:
            if part.startswith("label-"):
                current = part[len("label-") :]
                read.append((index, current if index in inline else "label"))
            elif by_headings:
                read.append((index, part))
            else:
                read.append((index, current))
        kept[line] = read
    # The page's fix in sections of its own is a fix all the same: its cause is asked.
    fixed_apart = (
        {_WHOLE_PAGE}
        if any(
            _trouble_part(h.text) in ("fix", "around")
            for item in items
            for h in item.headings[:1]
            if h.line in split
        )
        else set()
    )
    own = {
        line
        for line, read in kept.items()
        if _lays_out_problem(read, problems[line][-1])
        or (line in fixed_apart and {p for _, p in read} & {"seen", "cause", "maybe"})
    }
    replaced: dict[int, tuple[Located, ...]] = {}
    for line, read in kept.items():
        if not own or not (line in fixed_apart or any(p in ("fix", "around") for _, p in read)):
            continue
        if line not in own and len(own) < 2:
            continue  # a lone "Solution": a problem's only where others lay theirs out
        headings = problems[line]
        if question_text(headings[-1].text):
            continue  # a question heading is asked by its own rule
        said = {
            want: tuple(
                inline.get(i, items[i].block)
                for i, p in read
                if p == want and not isinstance(items[i].block, Question)
            )
            for want in ("fix", "around", "cause", "maybe", "seen")
        }
        if (
            line != _WHOLE_PAGE
            or not _says_more_than(said["seen"], page)
            or sum(map(_said_length, said["seen"])) > _LONGEST_FIX
        ):
            # A section's symptoms are what its heading names; a page's may quote the
            # error its title only names (and a page of error dumps is no card to learn).
            said["seen"] = ()
        if not said["cause"]:
            said["cause"], said["maybe"] = said["maybe"], ()  # its causes, all possible
        too_long = none_given = False
        for want in ("fix", "around"):
            if all(
                isinstance(b, Paragraph) and _ONLY_POINTER.match(b.text.strip()) for b in said[want]
            ):
                said[want] = ()  # the fix is elsewhere: only the cause is answered here
            if said[want] and all(
                isinstance(b, Paragraph) and _NONE_GIVEN.match(b.text.strip()) for b in said[want]
            ):
                # "Workaround: N/A", "There is no workaround.": nothing to learn, and its
                # label card would ask for it all the same.
                said[want], none_given = (), True
            # A solution of many alternatives and whole unit files is no card to learn
            # (its back would be cut): it makes none, and its parts make no label cards.
            if sum(map(_said_length, said[want])) > _LONGEST_FIX:
                said[want], too_long = (), True
        problem = _NUMBERED_PROBLEM.sub("", " ".join(headings[-1].text.split()))
        problem = problem.rstrip(" :.")
        part_of = " ".join(headings[-2].text.split()) if len(headings) >= 2 else ""
        if (
            part_of
            and len(part_of.split()) <= _PART_OF_WORDS
            and not _GROUPS_PROBLEMS.search(part_of)
        ):
            # "# Sidecar › ## Connection Refused": the component the problem is met in
            # ("Connection Refused" alone could be any component's); "## Known issues"
            # over it only groups the problems.
            problem = f"{problem} ({part_of})"
        # A resolution naming only the releases that carry the fix asks for them.
        fixed_in = bool(said["fix"]) and all(
            isinstance(b, Paragraph) and _FIXED_IN.match(b.text.strip()) for b in said["fix"]
        )
        asks = (
            ("fix", "which version fixes it?" if fixed_in else "how do you fix it?"),
            ("around", "how do you work around it?"),
            ("cause", "what causes it?"),
            # "Root Cause" beside "Possible Cause": how it comes about, then the set-ups
            # that bring it about, each asked apart.
            ("maybe", "what are its possible causes?"),
            ("seen", "what are the symptoms?"),
        )
        made = tuple(
            Located(
                block=Question(
                    text=f"{problem}: {asked}",
                    answer=said[want],
                    line=headings[-1].line,
                    kind="heading",
                    hidden=True,
                ),
                # A page's own issue sits under no section of the page.
                headings=() if line == _WHOLE_PAGE else headings,
            )
            for want, asked in asks
            if said[want]
        )
        if not made and not too_long and not none_given:
            continue
        # A "Description" beside a solution and no cause may say the cause itself ("This
        # issue happens when the ring is worn out"): it stays, read as any section is.
        told = () if said["cause"] else tuple(i for i, p in read if p == "said")
        taken = [index for index, _ in read if index not in told]
        for index in taken:
            replaced[index] = ()
        replaced[taken[0]] = made
    if not replaced:
        return tuple(items)
    out: list[Located] = []
    for index, item in enumerate(items):
        out.extend(replaced.get(index, (item,)))
    return tuple(out)
