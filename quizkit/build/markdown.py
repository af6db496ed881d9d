"""Markdown to a flat list of typed blocks, each with the headings above it.

markdown-it-py (CommonMark, tables on) does the parsing. Three small plugins
teach it the syntax of real documentation sites so that it never reaches a card:

* ``front_matter``: a YAML block between ``---`` lines at the very top (its
  ``title`` is kept: it names the deck when there is no H1);
* ``shortcode`` (block): a line holding one Hugo shortcode such as
  ``{{< note >}}``, ``{{< /note >}}`` or ``{{% tab name="GCP" %}}``;
* ``shortcode_inline``: a shortcode inside text, replaced by its ``text`` (or
  ``term_id``) argument, e.g. ``{{< glossary_tooltip text="Pods" ... >}}``.

HTML blocks and inline HTML (comments) are dropped. A paragraph whose second
line starts with ``: `` is a definition-list entry (the common ``term`` /
``: definition`` extension, which CommonMark itself reads as a paragraph).
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from typing import Any

import yaml
from markdown_it import MarkdownIt
from markdown_it.rules_block import StateBlock
from markdown_it.rules_inline import StateInline
from markdown_it.token import Token

__all__ = [
    "Block",
    "Callout",
    "Code",
    "Definition",
    "Document",
    "Heading",
    "ListBlock",
    "Located",
    "Paragraph",
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


@dataclass(frozen=True, slots=True)
class ListBlock:
    ordered: bool
    items: tuple[str, ...]
    line: int
    start: int = 1


@dataclass(frozen=True, slots=True)
class Table:
    header: tuple[str, ...]
    rows: tuple[tuple[str, ...], ...]
    line: int
    row_lines: tuple[int, ...] = ()


@dataclass(frozen=True, slots=True)
class Quote:
    text: str
    line: int


@dataclass(frozen=True, slots=True)
class Code:
    info: str
    text: str
    line: int


@dataclass(frozen=True, slots=True)
class Callout:
    """The body of a ``{{< note >}}`` (or caution, warning) shortcode."""

    kind: str
    text: str
    line: int


@dataclass(frozen=True, slots=True)
class Definition:
    term: str
    text: str
    line: int


Block = Heading | Paragraph | ListBlock | Table | Quote | Code | Callout | Definition


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


# ------------------------------------------------------------------ plugins

_SHORTCODE_LINE = re.compile(r"^\{\{([<%])\s*(/?)\s*([\w.-]+)(.*?)\s*([>%])\}\}\s*$")
_SHORTCODE_ARG = re.compile(r'(?:([\w-]+)\s*=\s*)?"([^"]*)"')
_CALLOUTS = frozenset({"note", "caution", "warning", "tip", "important", "alert"})


def _line_text(state: StateBlock, line: int) -> str:
    return state.src[state.bMarks[line] + state.tShift[line] : state.eMarks[line]]


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


def _shortcode_block(state: StateBlock, start: int, end: int, silent: bool) -> bool:
    if state.sCount[start] - state.blkIndent >= 4:
        return False
    if not state.src.startswith("{{", state.bMarks[start] + state.tShift[start]):
        return False  # what the pattern below starts with; most lines are not shortcodes
    match = _SHORTCODE_LINE.match(_line_text(state, start))
    if match is None:
        return False
    if silent:
        return True
    token = state.push("shortcode", "", 0)
    token.meta = {
        "name": match.group(3).lower(),
        "closing": bool(match.group(2)),
        "args": _shortcode_args(match.group(4)),
    }
    token.map = [start, start + 1]
    token.block = True
    state.line = start + 1
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
    return md


# ------------------------------------------------------------------ rendering


def render_inline(tokens: Sequence[Token] | None) -> str:
    """Inline tokens as card text: markup dropped, code kept as backticks."""
    if tokens is not None and len(tokens) == 1 and tokens[0].type == "text":
        return tokens[0].content  # the usual cell or line: one text token
    out: list[str] = []
    for token in tokens or ():
        kind = token.type
        if kind == "text":
            out.append(token.content)
        elif kind == "code_inline":
            fence = "``" if "`" in token.content else "`"
            out.append(f"{fence}{token.content}{fence}")
        elif kind in ("softbreak", "hardbreak"):
            out.append("\n")
        elif kind == "image":
            out.append(render_inline(token.children))
        elif kind == "shortcode_inline":
            out.append(token.content)
        elif kind in ("html_inline",) or kind.endswith(("_open", "_close")):
            continue
        else:
            out.append(token.content)
    return "".join(out)


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


def _inline_of(node: _Node) -> str:
    for child in node.children:
        if child.type == "inline":
            return render_inline(child.token.children)
    return ""


def _line(node: _Node) -> int:
    return node.map[0] + 1 if node.map else 0


def _flat_text(node: _Node) -> Iterator[str]:
    """The text of every paragraph, list item and heading below ``node``, in order."""
    for child in node.children:
        if child.type in ("paragraph", "heading"):
            text = " ".join(_inline_of(child).split("\n")).strip()
            if text:
                yield text
        elif child.type in ("fence", "code_block"):
            continue
        else:
            yield from _flat_text(child)


def _list_items(node: _Node) -> tuple[str, ...]:
    items: list[str] = []
    for item in node.children:
        parts: list[str] = []
        nested: list[str] = []
        for child in item.children:
            if child.type == "paragraph":
                parts.append(" ".join(_inline_of(child).split("\n")).strip())
            elif child.type in ("bullet_list", "ordered_list"):
                nested.extend(_list_items(child))
            else:
                parts.extend(_flat_text(child))
        text = " ".join(p for p in parts if p)
        if nested:
            text = f"{text}: {'; '.join(nested)}" if text else "; ".join(nested)
        items.append(text)
    return tuple(items)


def _table(node: _Node) -> Table:
    header: tuple[str, ...] = ()
    rows: list[tuple[str, ...]] = []
    row_lines: list[int] = []
    for section in node.children:
        for tr in section.children:
            cells = tuple(" ".join(_inline_of(cell).split("\n")).strip() for cell in tr.children)
            if section.type == "thead":
                header = cells
            else:
                rows.append(cells)
                row_lines.append(_line(tr))
    return Table(header=header, rows=tuple(rows), line=_line(node), row_lines=tuple(row_lines))


def _paragraph(node: _Node) -> Paragraph | Definition:
    text = _inline_of(node)
    lines = text.split("\n")
    if len(lines) >= 2 and lines[0].strip() and lines[1].startswith(":"):
        definitions: list[str] = []
        for line in lines[1:]:
            if line.startswith(":"):
                definitions.append(line[1:].strip())
            elif definitions:
                definitions[-1] += " " + line.strip()
        return Definition(term=lines[0].strip(), text=" ".join(definitions), line=_line(node))
    return Paragraph(text=text, line=_line(node))


class _Walker:
    def __init__(self) -> None:
        self.items: list[Located] = []
        self.headings: list[Heading] = []
        self.title = ""
        self.front_matter_title = ""
        # Open callouts: kind, line, texts collected so far.
        self.callouts: list[tuple[str, int, list[str]]] = []

    def emit(self, block: Block) -> None:
        if not self.callouts:
            self.items.append(Located(block=block, headings=tuple(self.headings)))
            return
        # Inside a callout: its prose is the callout's text; tables and code are not.
        texts = self.callouts[-1][2]
        if isinstance(block, ListBlock):
            texts.append("; ".join(block.items))
        elif isinstance(block, Definition):
            texts.append(f"{block.term}: {block.text}")
        elif isinstance(block, Paragraph | Quote | Callout):
            texts.append(" ".join(block.text.split("\n")))

    def heading(self, node: _Node) -> None:
        level = int(node.tag[1:]) if node.tag[1:].isdigit() else 6
        heading = Heading(level=level, text=_inline_of(node), line=_line(node))
        if level == 1 and not self.title:
            self.title = heading.text
            return
        while self.headings and self.headings[-1].level >= level:
            self.headings.pop()
        self.headings.append(heading)

    def shortcode(self, node: _Node) -> None:
        meta = node.meta
        name = str(meta.get("name", ""))
        if name not in _CALLOUTS:
            return
        if not meta.get("closing"):
            self.callouts.append((name, _line(node), []))
            return
        if self.callouts and self.callouts[-1][0] == name:
            kind, line, texts = self.callouts.pop()
            text = " ".join(t for t in texts if t.strip())
            if text:
                self.emit(Callout(kind=kind, text=text, line=line))

    def front_matter(self, node: _Node) -> None:
        if len(node.content) > 20_000 or "title" not in node.content:
            return  # only the title is wanted, and it sits near the top
        loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
        try:
            data = yaml.load(node.content, Loader=loader)  # a safe loader, C or Python
        except (yaml.YAMLError, RecursionError):
            return
        if isinstance(data, dict) and isinstance(data.get("title"), str):
            self.front_matter_title = data["title"]

    def walk(self, nodes: Sequence[_Node]) -> None:
        for node in nodes:
            kind = node.type
            if kind == "heading":
                self.heading(node)
            elif kind == "paragraph":
                self.emit(_paragraph(node))
            elif kind in ("bullet_list", "ordered_list"):
                start = node.attrs.get("start", 1)
                self.emit(
                    ListBlock(
                        ordered=kind == "ordered_list",
                        items=_list_items(node),
                        line=_line(node),
                        start=start if isinstance(start, int) else 1,
                    )
                )
            elif kind == "table":
                self.emit(_table(node))
            elif kind == "blockquote":
                self.emit(Quote(text="\n".join(_flat_text(node)), line=_line(node)))
            elif kind in ("fence", "code_block"):
                self.emit(Code(info=node.info.strip().lower(), text=node.content, line=_line(node)))
            elif kind == "shortcode":
                self.shortcode(node)
            elif kind == "front_matter":
                self.front_matter(node)
            # html_block (comments, raw HTML), hr: nothing to learn from.


def parse_document(text: str) -> Document:
    """Parse Markdown ``text`` into located blocks."""
    tokens = _markdown().parse(text)
    walker = _Walker()
    walker.walk(_tree(tokens))
    # An unclosed callout still holds text worth keeping.
    while walker.callouts:
        kind, line, texts = walker.callouts.pop()
        text = " ".join(t for t in texts if t.strip())
        if text:
            walker.emit(Callout(kind=kind, text=text, line=line))
    return Document(
        title=walker.title,
        items=tuple(walker.items),
        front_matter_title=walker.front_matter_title,
    )
