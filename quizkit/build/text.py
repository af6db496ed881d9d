"""Card text: decoration stripping, symbol meanings, slugs and question wording.

Everything here works on text already rendered from Markdown tokens (markup gone,
inline code kept as backticks), except :func:`code_fence` and :func:`proper_names`, which
read a document's raw lines. Pure functions only.
"""

from __future__ import annotations

import functools
import re
import unicodedata
from collections import Counter
from collections.abc import Callable, Mapping, Sequence

from quizkit.build.tex import tex_to_text

__all__ = [
    "FIRST_PERSON_QUOTE",
    "NO",
    "ONE_LINE_CODE_SPAN",
    "OWN_VOICE",
    "SENTENCE_GAP",
    "TEMPLATE_PLACEHOLDER",
    "YES",
    "attribute_phrase",
    "clean",
    "clean_heading",
    "code_fence",
    "folded",
    "marks_decorate",
    "opens_on_mark",
    "proper_names",
    "replace_shortcodes",
    "slugify",
    "strip_trailing_decoration",
    "subject_of",
    "symbol_value",
]

YES = "Yes"
NO = "No"

# A quotation and nothing else, said in the first person ("\"I used a Deployment for
# Redis …\"", "\"In my EKS deployment, I implemented all three...\""): an interview
# answer's anecdote, quoted for the reader to retell, no knowledge of its own.
# A label in the author's own voice, a title ("My Implementation", "Emerging Areas I'm
# Tracking"): what the author built or tracks, their story ("Our Standards" speaks for
# a project, and stays). (A pattern, for labels inside
# fronts; a sentence such as "My kettle clicks but does not boil" is a reader's problem.)
OWN_VOICE = (
    r"(?:My(?:\s+(?:[A-Z][\w-]*|of|for|and|the|to|in|on|with))+"
    r"|(?:[A-Z][\w-]*\s+)+I(?:'m|’m|'ve|’ve)(?:\s+[A-Z][\w-]*)+)"
)
FIRST_PERSON_QUOTE = re.compile(
    r"[\"“](?=[^\"“”]*\b(?:I|my|me|we|our)\b)[^\"“”]+[\"”]", re.IGNORECASE
)

# Symbols that mean yes/no in a table cell when no legend says otherwise.
# "√" (a square-root sign) is written for a tick where no ✓ is at hand.
_YES_SYMBOLS = frozenset({"✅", "✓", "✔", "☑", "✔️", "✅️", "√"})
_NO_SYMBOLS = frozenset({"❌", "✘", "✗", "✖", "❎", "❌️"})
# Marks a checklist item opens on beyond a table's ✅/❌: a prohibition sign ("🚫
# Production": not there), ballot boxes and a task list's boxes ("[x] Linux").
_CHECKED = frozenset({"☑", "[x]", "[X]"})
_UNCHECKED = frozenset({"🚫", "⛔", "☐", "[ ]"})
# Symbols that mean "partly" in a matrix cell of their own (a legend may say otherwise).
PARTIAL = "Partial"
_PARTIAL_SYMBOLS = frozenset({"⚠", "🟡", "◐", "◑", "🔸"})

_KEYCAP = re.compile("[0-9#*]\ufe0f?\u20e3")
_SPACES = re.compile(r"[ \t\u00a0]+")
# "1." "2)" "3.2" "IV." — but not a bare number that is part of the title ("2024 roadmap").
_HEADING_NUMBER = re.compile(r"^(?:\d+(?:\.\d+)*[.)]|\d+(?:\.\d+)+|[IVX]+\.)\s+")
# "Q. What is X?", "Q: …", "Q1. …", "Q1). …", "Question 3: …": the mark of an author's
# question.
_QUESTION_MARK = re.compile(r"^Q(?:uestion)?\s*\d*[a-z]?\s*[:.)-]{1,2}\s+", re.IGNORECASE)
# "{#id}", and Pandoc's attribute block ("{.unnumbered .exercise data-number="1.2"}", "{-}").
_HEADING_ANCHOR = re.compile(r"\s*\{\s*(?:[#.][^{}]*|-|[\w-]+=[^{}]*)\}\s*$")
_SLUG_DROP = re.compile(r"[^a-z0-9]+")


# Emoji and pictographs used as decoration (not arrows, dashes or letters): variation
# selectors, joiners, keycap marks, the emoji planes, misc symbols and dingbats,
# misc technical (⌚ ⏩ …), and private-use glyphs of icon fonts.
_DECORATION = re.compile(
    "[\ufe0e\ufe0f\u200d\u20e3\U0001f000-\U0001faff\u2600-\u27bf"
    "\u2b00-\u2bff\u2300-\u23ff\ue000-\uf8ff]"
)
# Decoration after a line's last word ("What is X? 👶", "…? \u200d⭐️", "…? ★"): a difficulty
# or mood mark that must not hide the "?" that makes the line a question.
_TRAILING_DECORATION = re.compile(r"(?:\s|" + _DECORATION.pattern + "|" + _KEYCAP.pattern + ")+$")
_CONTROL = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\ufffd]")


# Inline code (`` `'❤️' === '❤️'` ``): its characters are content, never decoration.
_CODE_SPAN = re.compile(r"(`+)[^`].*?\1", re.DOTALL)


def _outside_code(text: str, change: Callable[[str], str]) -> str:
    """``text`` with ``change`` applied to everything but its inline code spans."""
    if "`" not in text:
        return change(text)
    out: list[str] = []
    done = 0
    for span in _CODE_SPAN.finditer(text):
        out.extend((change(text[done : span.start()]), span.group(0)))
        done = span.end()
    out.append(change(text[done:]))
    return "".join(out)


# Decoration right after an opening bracket ("(✅ Newer, Recommended)"): it goes with the
# space after it, so no "( Newer" gap is left where it stood.
_DECORATION_OPENING = re.compile(
    r"(?<=[(\[])(?:" + _DECORATION.pattern + "|" + _KEYCAP.pattern + r")+[ \t]+"
)


def _strip_prose_decoration(text: str) -> str:
    return _DECORATION.sub("", _KEYCAP.sub("", _DECORATION_OPENING.sub("", text)))


def strip_decoration(text: str) -> str:
    """Remove emoji, keycaps like ``2️⃣`` and other pictographs, outside inline code."""
    return _outside_code(text, _strip_prose_decoration)


def strip_trailing_decoration(text: str) -> str:
    """``text`` without the emoji, stars and joiners that end it ("What is X? 👶")."""
    return _TRAILING_DECORATION.sub("", text)


def folded(text: str) -> str:
    """``text`` with its whitespace runs as one space and its case folded: two cells or
    comments written alike but for spacing and case compare equal."""
    return " ".join(text.split()).casefold()


def normalize_space(text: str) -> str:
    lines = [_SPACES.sub(" ", line).strip() for line in text.split("\n")]
    return "\n".join(line for line in lines if line)


# GitHub emoji short codes: the ones that carry a meaning become their symbol (which
# symbol_value reads as Yes/No), the rest are decoration and go.
_SHORTCODE_SYMBOLS = {
    "white_check_mark": "✅",
    "heavy_check_mark": "✔",
    "ballot_box_with_check": "☑",
    "check": "✔",
    "x": "❌",
    "heavy_multiplication_x": "✖",
    "negative_squared_cross_mark": "❎",
    "no_entry": "❌",
    "no_entry_sign": "❌",
    # A question mark in a matrix's cell says "unknown", never "no" (symbol_value).
    "question": "❓",
    "grey_question": "❔",
}
_SHORTCODE = re.compile(r"(?<![A-Za-z0-9_:`]):([a-z0-9]+(?:[_+-][a-z0-9]+)*):(?![A-Za-z0-9_`])")
_DECORATIVE_CODES = frozenset(
    {
        "star",
        "star2",
        "rocket",
        "tada",
        "bulb",
        "memo",
        "fire",
        "bug",
        "zap",
        "sparkles",
        "warning",
        "heart",
        "book",
        "books",
        "link",
        "key",
        "lock",
        "wrench",
        "hammer",
        "gear",
        "package",
        "bookmark",
        "pushpin",
        "point_right",
        "point_down",
        "eyes",
        "information_source",
        "question",
        "grey_question",
        "exclamation",
        "bangbang",
        "construction",
        "new",
        "soon",
        "top",
        "arrow_up",
        "arrow_right",
        "arrow_down",
        "heavy_minus_sign",
        "heavy_plus_sign",
        "small_orange_diamond",
        "small_blue_diamond",
        "trophy",
        "computer",
        "globe_with_meridians",
        "mag",
        "clipboard",
        "boom",
        "+1",
        "-1",
        "thumbsup",
        "thumbsdown",
        "smile",
        "wink",
        "muscle",
        "pencil",
        "pencil2",
        "email",
    }
)
_FOOTNOTE = re.compile(r"\[\^[\w-]+\]")
# A source's citation numbers glued after a word or a full stop ("… 256-bit keys[1][9].",
# "… etc.)[1]."): a pointer to a reference list the card does not carry. A number in
# brackets after a space ("see [1]"), after a capital or inside code-like text ("Z[0],
# Z[1]", "a[1]b") is left alone.
_CITATION = re.compile(
    r"(?:(?<=[a-z][a-z])|(?<=[.)]))(?:\[\d{1,3}\])+(?=\s|$|\.(?:\s|$))"
    # "… is exploited [[10]].": a wiki-style citation, a space before it allowed.
    r"|(?:(?<=[\w.)])\s?)(?:\[\[\d{1,3}\]\])+(?=\s|$|[.,;:](?:\s|$))"
)
# Icon short codes of MkDocs Material and similar themes (``:material-check-all:``,
# ``:fontawesome-solid-xmark:``, ``:octicons-x-16:``), with the attribute list that
# colours them (``{.green}``). Before a word ("… Yes", "… No (Linux only)") the word says
# it and the icon goes; alone in a cell, a check is Yes and a cross No.
_ICON = re.compile(
    r":(?:material|fontawesome|octicons|simple)-([a-z0-9]+(?:-[a-z0-9]+)*):(?:\{[^{}\n]*\})?"
)
_ICON_CROSS = frozenset({"close", "cancel", "times", "x", "xmark", "window-close"})


def _icon(match: re.Match[str]) -> str:
    rest = match.string[match.end() :].lstrip()
    if rest[:1].isalnum():
        return ""
    words = match.group(1).split("-")
    if "check" in words:
        return "✔"
    if any(word in _ICON_CROSS for word in words) or "window-close" in match.group(1):
        return "❌"
    return ""


def _shortcode(match: re.Match[str]) -> str:
    name = match.group(1)
    symbol = _SHORTCODE_SYMBOLS.get(name)
    if symbol is not None:
        return symbol
    if name in _DECORATIVE_CODES or "_" in name:
        return ""
    before = match.string[match.start() - 1 : match.start()]
    after = match.string[match.end() : match.end() + 1]
    if name.isalpha() and len(name) > 1 and before != "[" and after != "]":
        # Any other emoji name (":cloud:", ":fire:" marking a heading's severity) is a
        # picture too; a POSIX class ("[:alpha:]") or a number (":80:") is none.
        return ""
    return match.group(0)


def replace_shortcodes(text: str) -> str:
    """``:white_check_mark:`` → ✅, ``:x:`` → ❌, decorative codes (``:star:``) dropped,
    footnote references (``[^1]``) and glued citation numbers (``keys[1][9].``) dropped."""
    return _outside_code(text, _replace_shortcodes)


def _replace_shortcodes(text: str) -> str:
    if ":" in text:
        text = _ICON.sub(_icon, text)
        text = _SHORTCODE.sub(_shortcode, text)
    if "[^" in text:
        text = _FOOTNOTE.sub("", text)
    if "[" in text:
        text = _CITATION.sub(lambda found: _citation_dropped(text, found), text)
    return text


# A word written as code ("aws_instance.web", "os.environ", "my_list"): what follows it
# in brackets indexes it ("aws_instance.web[1]"), no citation.
_CODE_WORD = re.compile(r"_|\w\.\w")


def _citation_dropped(text: str, found: re.Match[str]) -> str:
    """A glued citation's replacement: "" as a rule, the brackets as written after a
    code-like word ("aws_instance.web[1]")."""
    before = text[: found.start()].split()
    return found.group(0) if before and _CODE_WORD.search(before[-1]) else ""


# A Markdown link the parser left as text, e.g. when a template shortcode inside its
# address (``[Ingress](/docs/api/{{< param "version" >}}/#ingress)``) broke it: the
# address looks like one (a URL, a site path, an anchor or a page), so code such as
# ``handlers[0](event)`` is left alone. Images go; links keep their text.
_ADDRESS = r"(?:[a-z][a-z0-9+.-]*://|mailto:|/|\.{1,2}/|#|[\w.-]+\.(?:md|html?)\b)[^\s()]*"
_RAW_LINK = re.compile(
    rf"(!?)\[([^\[\]`]*)\]\({_ADDRESS}(?:\([^\s()]*\)[^\s()]*)*(?:\s+\"[^\"]*\")?\)"
)


def _link_text(match: re.Match[str]) -> str:
    return "" if match.group(1) else match.group(2)


# ``[text]()``: a link whose address was a template shortcode (``{{< ref page >}}``) the
# parser dropped. Only words in the brackets and no word right before them, so code such
# as ``handlers[0]()`` or ``run[name]()`` is left alone.
_EMPTY_LINK = re.compile(r"(?<![\w\]])\[([^\[\]`]*[A-Za-z][^\[\]`]*)\]\(\s*\)")


# ``[text][ref]``: a reference link whose definition the page does not hold (Jekyll
# lessons keep them in an included ``links.md``), so the parser left it as written. Words
# in the first brackets, no word right before them and a label of one word (a slug): so
# ``grid[row][col]`` and a syntax like ``[module path][resource spec]`` stay.
_REFERENCE_LINK = re.compile(r"(?<![\w\]!])\[([^\[\]`]*[A-Za-z][^\[\]`]*)\]\[[\w.:/#-]*\]")

# A kramdown inline attribute list after a link or word (``{:target="_blank"}``,
# ``{: .note}``): page layout, never card text. Only class, id and key=value forms, so a
# format spec such as ``{:>10}`` is left alone.
_ATTRIBUTE = r"(?:[.#][\w-]+|[\w-]+=(?:\"[^\"\n]*\"|'[^'\n]*'|[^\s{}]+))"
_INLINE_ATTRIBUTES = re.compile(rf"\{{:\s*{_ATTRIBUTE}(?:\s+{_ATTRIBUTE})*\s*\}}")


def _drop_links(text: str) -> str:
    text = _INLINE_ATTRIBUTES.sub("", text) if "{:" in text else text
    text = _REFERENCE_LINK.sub(r"\1", text) if "][" in text else text
    return _EMPTY_LINK.sub(r"\1", _RAW_LINK.sub(_link_text, text))


def drop_link_syntax(text: str) -> str:
    """``[text](address)`` and ``[text][ref]`` → ``text``, ``![alt](address)`` → nothing,
    kramdown's ``{:target="_blank"}`` → nothing, outside inline code: no card side ever
    shows link syntax."""
    if "](" in text or "][" in text or "{:" in text:
        return _outside_code(text, _drop_links)
    return text


# Bold the parser could not read because a space stands inside its marks
# ("** Encapsulation**", "**Inheritance **"): the marks go, the words stay.
_LOOSE_BOLD = re.compile(r"\*\*\s+([^*\n]*?\S)\s*\*\*|\*\*(\S[^*\n]*?)\s+\*\*")


def _loose_bold(text: str) -> str:
    return _LOOSE_BOLD.sub(lambda m: m.group(1) or m.group(2), text)


# TeX math written in prose ("$u.d < v.d$", "$$\\Theta(V + E)$$", "\\(n\\)"): a card
# shows it as text. A "$" opens math only before a non-space and closes only after one,
# and never right before a letter or digit ("$HOME/$USER", "$5 and $6" are no math).
_DISPLAY_ARRAY = re.compile(r"\$\$\s*\\begin\{(?:array|tabular|matrix)\}.*?\$\$", re.DOTALL)
_MATH = re.compile(
    r"\$\$(?=\S)(.+?)(?<=\S)\$\$|(?<![\w$\\])\$(?=[^\s$])([^$\n]+?)(?<=[^\s\\])\$(?![\w$])"
    r"|\\\((.+?)\\\)|\\\[(?=[^\]]*(?:\\[A-Za-z]|[_^=]))(.+?)\\\]",
    re.DOTALL,
)
# A site template's placeholder in prose, "$productName$" (the docs site writes the
# product's name in at build time): one identifier in camelCase between dollar signs.
# TeX never writes a word so (a multi-letter name is ``\\text{…}``, a product of
# letters has no capitals inside), so it is left as written, not read as math.
TEMPLATE_PLACEHOLDER = re.compile(
    r"(?<![\w$\\])\$[A-Za-z][A-Za-z0-9]*[a-z][A-Z][A-Za-z0-9]*\$(?![\w$])"
)


def _math_text(match: re.Match[str]) -> str:
    """One math span as the text a reader would say (``\\frac{1}{N}`` is 1/N, ``\\le``
    is ≤); a span using TeX the converter does not read keeps its source between ``$``
    signs, whole, so MathJax can still draw it and no card shows half a conversion."""
    if TEMPLATE_PLACEHOLDER.fullmatch(match.group(0)):
        return match.group(0)  # a site's placeholder, no math: the last check sees it
    display = match.group(1) is not None or match.group(4) is not None
    tex = next(group for group in match.groups() if group is not None)
    text = tex_to_text(tex)
    if text is not None:
        return text
    source = " ".join(tex.split())
    return f"$${source}$$" if display else f"${source}$"


def _plain_math(text: str) -> str:
    """``text`` with its TeX math as text; a display array (a table drawn in TeX) is
    no text a card can show, and is left out."""
    if "$$" in text:
        text = _DISPLAY_ARRAY.sub("", text)
    return _MATH.sub(_math_text, text)


# Hugo's own escape for showing a shortcode as text (``{{</* note */>}}``, ``{{%/* x */%}}``):
# the page means the shortcode as written, so the card shows ``{{< note >}}``. Undone after
# the site's live shortcodes are read, so the shown one is never taken for a live one.
_ESCAPED_SHORTCODE = re.compile(r"\{\{([<%])/\*\s*(.*?)\s*\*/([>%])\}\}")


_EMPTIED_BRACKETS = re.compile(r"\[\s*\]")
# An MDX component wrapping words (``<GlossaryTerm term="etcd">etcd</GlossaryTerm>``):
# the site draws the words with a tooltip; the card shows the words. Only a pair of one
# name: a lone ``<NodeIP>`` is the author's placeholder.
_WRAPPING_COMPONENT = re.compile(r"<([A-Z][A-Za-z0-9]*)(?:\s[^<>]*)?>([^<>]*)</\1\s*>")


def _unwrap_components(text: str) -> str:
    return _WRAPPING_COMPONENT.sub(r"\2", text)


# Zero-width spaces, joiners and the byte-order mark inside a line: invisible on the page,
# they would split a word or a search on the card.
_ZERO_WIDTH = dict.fromkeys(map(ord, "\u200b\u200c\u200d\u2060\ufeff"))


def _clean(text: str) -> str:
    if "**" in text:
        text = _outside_code(text, _loose_bold)
    if "$" in text or "\\(" in text or "\\[" in text:
        text = _outside_code(text, _plain_math)
    text = drop_link_syntax(_CONTROL.sub(" ", text.translate(_ZERO_WIDTH)))
    if "</" in text:
        text = _outside_code(text, _unwrap_components)
    shown = replace_shortcodes(text)
    text = strip_decoration(shown)
    if "[]" in text and "[]" not in shown:
        # "[[⬆]](#toc)": a link whose text was only an arrow leaves its brackets empty.
        text = _EMPTIED_BRACKETS.sub("", text)
    if "/*" in text:
        text = _ESCAPED_SHORTCODE.sub(r"{{\1 \2 \3}}", text)
    return normalize_space(text)


# Cells, labels and headings repeat within a deck and across decks; a card side is
# cleaned several times on its way (question, id, tags). A paragraph or answer is
# cleaned three times on average by the rules that weigh it, all within its document:
# a few recent ones are kept (at most _LONG_TEXT characters each, bounding the memory).
_clean_cached = functools.lru_cache(maxsize=16384)(_clean)
_clean_long_cached = functools.lru_cache(maxsize=1024)(_clean)
_CACHED_TEXT = 200  # characters
_LONG_TEXT = 4000  # characters


def clean(text: str) -> str:
    """Text of a card side: decoration stripped, spaces collapsed, control chars gone."""
    if len(text) <= _CACHED_TEXT:
        return _clean_cached(text)
    return _clean_long_cached(text) if len(text) <= _LONG_TEXT else _clean(text)


@functools.lru_cache(maxsize=4096)
def clean_heading(text: str) -> str:
    """A heading without decoration, numbering (``1.``, ``2️⃣``) or ``{#anchor}``."""
    text = _HEADING_ANCHOR.sub("", clean(text).replace("\n", " "))
    text = _HEADING_NUMBER.sub("", text)
    text = _QUESTION_MARK.sub("", text)
    return text.strip(" -—–:")


# An abbreviation's point ("… etc.", "… vs.", "Acme Inc."): no sentence ends there.
_ABBREVIATION_END = re.compile(
    r"\b(?:etc|e\.g|i\.e|vs|al|cf|ca|no|approx|incl|inc|ltd|co)\.$", re.IGNORECASE
)


# An author's blank to fill in ("DevOps is an extension of _____ …", "\\_\\_\\_" once its
# escapes are read): three or more underscores standing apart from any word, outside code.
_AUTHOR_BLANK = re.compile(r"(?<![\w`])_{3,}(?![\w`])")


def has_blank(text: str) -> bool:
    """Whether ``text`` leaves a blank for the reader to fill in (a fill-in question)."""
    return bool(_AUTHOR_BLANK.search(_CODE_SPAN.sub("", text.replace("\\_", "_"))))


def ends_on_full_stop(text: str) -> bool:
    """ "Facts to remember from failed tests.": the text ends a sentence. An
    abbreviation's point or an ellipsis ("...", "… .") ends none."""
    return (
        text.endswith(".")
        and not text.endswith("..")
        and not text[-2:-1].isspace()
        and not _ABBREVIATION_END.search(text)
    )


# "Scenario 6", "Step 4", "Module 8.8", "Part II": a position in the document, not a subject.
_ORDINAL_HEAD = re.compile(r"^[A-Z][a-z]+ (?:\d+(?:\.\d+)*[a-z]?|[IVX]+)$")


# "Error", "Problem", "Issue": a label for the kind of section, never its subject.
_PROBLEM_HEAD = re.compile(r"^(?:errors?|problems?|issues?|warnings?|bugs?|failures?)$", re.I)


# A heading's kind of thing ("Status Field", "Annotation", "Flag") before the one it
# names in code ("`records`").
_KIND_HEAD = re.compile(
    r"(?:^|\s)(?:fields?|options?|parameters?|flags?|propert(?:y|ies)|settings?|"
    r"annotations?|labels?|variables?|commands?|keys?|attributes?|arguments?|resources?)$",
    re.IGNORECASE,
)
_CODE_NAME = re.compile(r"^`[^`\n]+`")


def subject_of(heading: str) -> str:
    """The subject of a heading: ``ClusterIP — Internal-only communication`` → ``ClusterIP``."""
    for separator in (" — ", " – ", " - ", ": "):
        head, found, tail = _outside_quotes(heading, separator)
        if found and head.strip():
            if _ORDINAL_HEAD.match(head.strip()) and tail.strip():
                return subject_of(tail.strip())  # "Scenario 6: Migration cutover"
            if _PROBLEM_HEAD.match(head.strip()) and "`" in tail:
                # "Error: `zoneinfo.zip: no such file` when …": the kind of heading says
                # nothing; the message it labels is the subject, code and all.
                return tail.strip()
            named = _CODE_NAME.match(tail.strip())
            if named and _KIND_HEAD.search(head.strip()):
                # "Status Field: `records` (v1beta1 only)": a kind, then the one it is.
                return f"{head.strip()} {named.group(0)}"
            return head.strip()
    return heading


def _outside_quotes(heading: str, separator: str) -> tuple[str, str, str]:
    """``heading.partition(separator)`` at the first separator outside quotes and code:
    'What does "db: space exceeded" mean?' quotes a message, it has no subject."""
    at = heading.find(separator)
    while at >= 0:
        head = heading[:at]
        if (
            head.count('"') % 2 == 0
            and head.count("`") % 2 == 0
            and (head.count("\u201c") == head.count("\u201d"))
        ):
            return head, separator, heading[at + len(separator) :]
        at = heading.find(separator, at + 1)
    return heading, "", ""


def slugify(text: str, fallback: str = "x") -> str:
    """A lowercase ASCII slug; ``fallback`` when nothing readable is left."""
    if len(text) > _CACHED_TEXT:
        return _slugify(text, fallback)
    return _slugify_cached(text, fallback)


def _slugify(text: str, fallback: str) -> str:
    text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode("ascii")
    slug = _SLUG_DROP.sub("-", text.lower()).strip("-")
    if len(slug) > 60:
        slug = slug[:60].rstrip("-")
    return slug or fallback


_slugify_cached = functools.lru_cache(maxsize=16384)(_slugify)


_CELL_FOOTNOTE = re.compile(r"(?<=\S)(?:[*†‡§¹²³⁴⁵⁶⁷⁸⁹⁰]+|\^\d+)$")


def _mark_and_words(cell: str) -> tuple[str, str]:
    """A cell as its ✅/❌ mark (``YES``/``NO``, "" for none) and the words after it."""
    head, _, rest = replace_shortcodes(cell).strip().partition(" ")
    bare = head.replace("\ufe0f", "")
    for symbols, word in ((_YES_SYMBOLS, YES), (_NO_SYMBOLS, NO)):
        if bare in symbols or head in symbols:
            return word, rest.strip()
    return "", ""


def checklist_mark(item: str) -> tuple[str, str]:
    """A checklist item as its mark (``YES``/``NO``, "" for none) and the words after
    it: "🚫 Production" is ``("No", "Production")``, "[x] Linux" ``("Yes", "Linux")``.
    ("☒" says "chosen" as often as "crossed out": no mark.)"""
    text = replace_shortcodes(item).strip()
    box = re.match(r"^\[[ xX]\](?=\s)", text)
    head, _, rest = (box.group(0), "", text[box.end() :]) if box else text.partition(" ")
    bare = head.replace("\ufe0f", "")
    for symbols, word in ((_YES_SYMBOLS | _CHECKED, YES), (_NO_SYMBOLS | _UNCHECKED, NO)):
        if bare in symbols or head in symbols:
            return word, rest.strip()
    return "", ""


def opens_on_mark(text: str) -> bool:
    """Whether ``text`` opens on a ✅/❌ mark ("✅️ Supported", "❌ Not implemented yet") or
    a mark of "partly" ("⚠️ Not fully implemented yet")."""
    head = text.strip().split(" ", 1)[0].replace("\ufe0f", "")
    return bool(_mark_and_words(text)[0]) or head in _PARTIAL_SYMBOLS


def marks_decorate(cells: Sequence[str]) -> bool:
    """Whether the ✅/❌ marks of a table column only decorate cells that say it in
    words ("✅ Single base class only", "❌ No instance fields"): most marked cells carry
    words beyond their own "Yes"/"No". In a matrix of bare marks they are the answer."""
    marked = [_mark_and_words(cell) for cell in cells]
    marked = [(mark, words) for mark, words in marked if mark]
    worded = sum(
        1
        for mark, words in marked
        if words and not words.startswith("(") and words.lower().rstrip(".") != mark.lower()
    )
    # Some cell of the column says its answer in words with no mark at all: the author
    # answers in words, the marks only colour them. A matrix whose marks carry remarks
    # ("✅ <br/> Cloud product", "🔶 Beta") marks every cell.
    plain = any(
        (text := replace_shortcodes(cell).strip()) and not _DECORATION.match(text) for cell in cells
    )
    return plain and bool(marked) and 2 * worded > len(marked)


_UNKNOWN_SYMBOLS = frozenset({"❓", "❔"})


def symbol_value(cell: str, legend: Mapping[str, str], *, decoration: bool = False) -> str:
    """A table cell's meaning: a legend symbol or ✅/❌ become words, ``✅ Yes`` is ``Yes``.

    Only cells made of a symbol (optionally followed by its own word) are mapped;
    a symbol inside a sentence is decoration and :func:`clean` drops it. A ✅/❌ before
    words that already say yes or no ("❌ No (static dispatch)"), or before any words
    when the column's marks are ``decoration`` (see :func:`marks_decorate`), goes.
    """
    stripped = replace_shortcodes(cell).strip()
    # A footnote mark after a symbol ("✔¹", "✔*", "❌†"): the symbol is the answer.
    if not stripped.startswith("*"):  # "**bold**" as text is no footnote
        stripped = _CELL_FOOTNOTE.sub("", stripped).strip()
    if not stripped:
        return ""
    head, _, rest = stripped.partition(" ")
    head_bare = head.replace("\ufe0f", "")
    rest = rest.strip()
    if head_bare in legend:
        meaning = legend[head_bare]
        if not rest:
            return meaning
        rest = clean(rest)
        return f"{meaning} {rest}" if rest.startswith("(") else f"{meaning} ({rest})"
    if head_bare in _PARTIAL_SYMBOLS and not rest:
        return PARTIAL
    if head_bare in _UNKNOWN_SYMBOLS and not rest:
        return "?"  # the author does not know, or did not look: no card says yes or no
    for symbols, word in ((_YES_SYMBOLS, YES), (_NO_SYMBOLS, NO)):
        if head_bare in symbols or head in symbols:
            if not rest or rest.lower().rstrip(".") == word.lower():
                return word
            said = re.match(r"[*_]*(\w+)", rest)
            if (decoration and not rest.startswith("(")) or (
                said and said.group(1).lower() == word.lower()
            ):
                return clean(rest)  # never "No, No (static dispatch)"
            # "✓ (only workload)": the remark in brackets follows its answer, no comma.
            said_rest = clean(rest)
            return f"{word} {said_rest}" if said_rest.startswith("(") else f"{word}, {said_rest}"
    return clean(stripped)


# The space after a sentence's end ("…, it fails. Restart it"): text split on it reads as
# its sentences, the last one a lead-in or a label when the text runs into a block.
SENTENCE_GAP = re.compile(r"(?<=[.!?])\s+")


_KEEP_CASE = re.compile(r"[A-Z].*[A-Z]|\d|^[A-Z]$")


_SMALL_WORDS = frozenset(
    {"a", "an", "and", "as", "at", "by", "for", "from", "in", "of", "on", "or", "the", "to", "via"}
)


def _lower_word(word: str, names: frozenset[str] = frozenset()) -> str:
    """``Usage`` → ``usage``; acronyms, CamelCase, words with digits and the document's
    proper names (``Windows``, ``Nu``) keep their case."""
    if (
        word[:1].isupper()
        and word.strip(",.;:()") not in names
        and not any(_KEEP_CASE.search(p) for p in word.split("-"))
    ):
        return word.lower()
    return word


def attribute_phrase(text: str, names: frozenset[str] = frozenset()) -> str:
    """A column or row label as it reads after a colon: ``Port range`` → ``port range``,
    ``Accessible From`` → ``accessible from``; acronyms and CamelCase words keep their
    case (``DNS name``, ``K8s type``, ``NodePort``), and so do ``names``, the proper
    names of the document (see :func:`proper_names`)."""
    if len(text) > _CACHED_TEXT:
        return _attribute_phrase(text, names)
    return _attribute_phrase_cached(text, names)


# A code fence's opening line: three or more backticks or tildes, its indentation
# (group 1) apart; "```text```" on one line is no fence (a backtick fence's info string
# holds no backtick, CommonMark): it is an inline code span.
_FENCE_OPEN = re.compile(r"^( *)(`{3,}(?!.*`)|~{3,})")
# Fence lines at any indentation: a reader that does not follow list items sees the
# fences of the code inside an item ("1. Run:" then "    ```sh") as fences too.
_ANY_INDENT = 1 << 30


def code_fence(fence: str, line: str, *, indent: int = 3) -> str:
    """The code fence open after the raw Markdown ``line`` ("" for none), given the one
    open before it (CommonMark): a fence opens on three or more backticks or tildes and
    closes only on a line of its own character, at least as long, and nothing else, so
    a "~~~" or a "```python" inside a ```` ``` ```` block closes nothing. Fence lines
    are indented ``indent`` spaces at most (3 at the top level of a document). The one
    fence reader of the line scanners: ``was, fence = fence, code_fence(fence, line)``
    leaves ``was or fence`` true on every line of a block, fences included, and
    ``fence`` alone true from its opening line up to the line before its closing one."""
    if not fence:
        # Most lines hold neither fence character: every line scanner asks of each line.
        if "`" not in line and "~" not in line:
            return ""
        opened = _FENCE_OPEN.match(line)
        return opened.group(2) if opened and len(opened.group(1)) <= indent else ""
    stripped = line.strip()
    closes = (
        len(line) - len(line.lstrip(" ")) <= indent
        and len(stripped) >= len(fence)
        and set(stripped) == {fence[0]}
    )
    return "" if closes else fence


# A capitalized word inside a sentence (after a word or a comma on the same line),
# and any lower-case word: a word the document writes capitalized mid-sentence and
# never in lower case is a name ("on Windows", "in Nu"), whatever dictionary says.
_MID_SENTENCE_CAPITAL = re.compile(r"(?<=[a-z0-9,)] )([A-Z][a-z]+)\b(?![-'’])")
_LOWER_WORD = re.compile(r"(?<![\w-])[a-z]+(?![\w-])")
# Inline code written on one line of a document (`` `kubectl get` ``), read out of prose.
ONE_LINE_CODE_SPAN = re.compile(r"`[^`\n]*`")
_NOT_PROSE_LINE = re.compile(r"^\s*(?:#|\||```|~~~|<)")


def proper_names(text: str) -> frozenset[str]:
    """The words ``text`` (a document) writes capitalized inside a sentence of its prose
    and never in lower case anywhere: ``Windows`` in "runs on Windows", ``Nu`` in "in
    Nu, a pipeline …"; never ``Size`` when "the size" appears. Headings and table rows
    are no sentences (Title Case); code is not read."""
    lowered: set[str] = set()
    capitals: set[str] = set()
    fence = ""
    for line in text.split("\n"):
        was, fence = fence, code_fence(fence, line, indent=_ANY_INDENT)
        if was or fence:
            continue
        line = ONE_LINE_CODE_SPAN.sub(" ", line)
        lowered.update(_LOWER_WORD.findall(line))
        if not _NOT_PROSE_LINE.match(line):
            capitals.update(_MID_SENTENCE_CAPITAL.findall(line))
    return frozenset(w for w in capitals if w.lower() not in lowered)


# A line of code that runs a command: a lower-case program name and its first argument
# or option (``ng serve``, ``$ kubectl get pods``, `` `npm run build` ``); no statement
# of a programming language (no brackets, assignment or ending semicolon).
_COMMAND_LINE = re.compile(r"^(?:\$\s+)?([a-z][a-z0-9_.-]*)\s+[\w./<\[\"'-][^(){};=]*$")
_CODE_SPAN_TEXT = re.compile(r"`([^`\n]+)`")
_COMMAND_ARGUMENT = re.compile(r"\s(?:--?\w|[\w.-]*[/.<]\w)")
# Keywords of programming languages and English words that open a code line or span
# without naming a program.
_NO_COMMANDS = frozenset(
    [
        "if",
        "for",
        "while",
        "until",
        "do",
        "then",
        "else",
        "elif",
        "fi",
        "case",
        "esac",
        "in",
        "return",
        "import",
        "from",
        "def",
        "class",
        "let",
        "const",
        "var",
        "function",
        "export",
        "async",
        "await",
        "yield",
        "with",
        "try",
        "new",
        "delete",
        "print",
        "public",
        "private",
        "static",
        "void",
        "type",
        "interface",
        "enum",
        "not",
        "and",
        "or",
        "is",
        "the",
        "a",
        "an",
        "to",
        "of",
        "as",
        "select",
        "insert",
        "update",
        "create",
        "drop",
        "go",
        "package",
        "use",
    ]
)


def command_names(text: str) -> frozenset[str]:
    """The programs ``text`` (a document) runs in its code: the first word of each
    command line in a code block or code span (``ng`` of ``ng serve``). A back that
    opens on one is a command, never sentence-cased ("Ng serve")."""
    names: set[str] = set()
    prose: Counter[str] = Counter()
    fence = ""
    for line in text.split("\n"):
        was, fence = fence, code_fence(fence, line, indent=_ANY_INDENT)
        if not was and not fence and (written := _PROSE_COMMAND.match(line)):
            prose[written.group(1)] += 1
        if was and fence:
            match = _COMMAND_LINE.match(line.strip())
            if match is not None:
                names.add(match.group(1))
        elif "`" in line:
            for span in _CODE_SPAN_TEXT.findall(line):
                # A span is often a phrase in code font (`service worker`); only one
                # with an option, a path or a placeholder reads as a command.
                if not _COMMAND_ARGUMENT.search(span):
                    continue
                match = _COMMAND_LINE.match(span.strip())
                if match is not None:
                    names.add(match.group(1))
    # Commands written as lines of prose ("2. kubectl drain node01 --force"): a program
    # the document opens two such lines with, never a word opening one sentence.
    names.update(name for name, count in prose.items() if count >= 2)
    return frozenset(names - _NO_COMMANDS)


# A line of prose (a list item's, maybe) that is a shell command: a program's name in
# lower case (after variables it sets), then its arguments, one of them an option.
_PROSE_COMMAND = re.compile(
    r"^\s*(?:(?:[-*+]|\d+[.)])\s+)?(?:[A-Z_]+=\S+\s+)*([a-z][a-z0-9_.-]*)\s(?=.*\s--?[A-Za-z])\S"
)
_COMMAND_TEXT = re.compile(
    r"^(?:[A-Z_]+=\S+\s+)*[a-z][a-z0-9_.-]*\s(?=[^\n]*\s--?[A-Za-z])\S[^\n]*$"
)


def is_command_line(line: str) -> bool:
    """Whether ``line`` (prose, not code) is written as a shell command: a program in
    lower case, its arguments, one an option ("kubectl top pods -l app=x", "ls -la")."""
    return bool(_COMMAND_TEXT.match(line.strip()))


def _attribute_phrase(text: str, names: frozenset[str] = frozenset()) -> str:
    text = text.strip().rstrip("?:").strip()
    if not text or text.startswith("`"):
        return text
    words = text.split(" ")
    capitalized = [w for w in words if w[:1].isalpha() and w.lower() not in _SMALL_WORDS]
    title_case = all(w[:1].isupper() for w in capitalized) and any(
        w[:1].isupper() for w in words[1:]
    )
    if title_case and len(capitalized) >= 2 and any(w.strip(",.;:()") in names for w in words):
        # "Security Group", "Auto Scaling" where the document writes "Group" or
        # "Scaling" as a name: lowering the other words would leave "security Group",
        # half a name; the phrase keeps its case as a whole.
        return text
    out = [_lower_word(w, names) if (n == 0 or title_case) else w for n, w in enumerate(words)]
    return " ".join(out)


_attribute_phrase_cached = functools.lru_cache(maxsize=8192)(_attribute_phrase)


# Words a back may hold and still only restate its term or row ("The declared role of a
# package.", "The timeout of a read."): articles, prepositions, pronouns, auxiliaries and
# the adjectives that qualify without telling.
RESTATING_FILLER = frozenset(
    [
        "a",
        "an",
        "the",
        "of",
        "for",
        "to",
        "in",
        "on",
        "at",
        "by",
        "with",
        "from",
        "as",
        "and",
        "or",
        "is",
        "are",
        "be",
        "it",
        "its",
        "this",
        "that",
        "these",
        "those",
        "declared",
        "given",
        "configured",
        "specified",
        "current",
        "respective",
        "corresponding",
    ]
)
