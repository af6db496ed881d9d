"""The card rules: an ordered table of small named functions, block in, notes out.

Each rule looks at one located block of a parsed document (and, through the
:class:`Context`, at its neighbours) and returns the notes it makes, an empty
tuple when it claims the block without making a card, or ``None`` when the block
is not its pattern. The first rule that claims a block wins, as in
markdown-it's own rule chains, so a more specific pattern comes first.

Ids come from structure only (section, table, row key, column, list label or
item number), never from the text a learner reads, so rewording a cell keeps
every learner's progress. The builder makes them unique afterwards.

Questions follow fixed templates (``<entity>: <attribute>?``) so that two
documents stating the same fact produce the same front and back, which is how
the store recognises a fact already studied that day.
"""

from __future__ import annotations

import functools
import ipaddress
import itertools
import re
import shlex
import textwrap
from collections import Counter
from collections.abc import Callable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field, replace
from enum import Enum
from typing import TypeVar, cast

import yaml

from quizkit.build.cloze import example_names, key_sentences, key_statement, with_topic
from quizkit.build.markdown import (
    ANSWER_LABEL,
    ANSWER_LETTER,
    ANSWER_NAMES,
    ANSWER_PART,
    EXERCISE_WORDS,
    FEATURE_HEADERS,
    FOOTNOTE_MARK,
    PROBLEM_TITLE,
    QUESTION_LABEL_LINE,
    SCENE,
    Callout,
    Code,
    Definition,
    Heading,
    ListBlock,
    Located,
    Paragraph,
    Question,
    Quote,
    Table,
    answer_label,
    ending_on_question_mark,
    fix_question,
    label_words,
    question_text,
    table_footnote_lines,
    turns,
    without_estimate,
)
from quizkit.build.text import (
    NO,
    PARTIAL,
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
from quizkit.cloze import problem as cloze_problem
from quizkit.manifests import dump_documents
from quizkit.notes import Ask, ClozeNote, FactNote, Note, NoteType, Origin, ScenarioNote
from quizkit.routing.request import canonical_placeholder

__all__ = [
    "ANSWER_CHARS",
    "RULES",
    "STEP_FRONT",
    "Context",
    "Made",
    "Rule",
    "Skip",
    "Skipped",
    "is_generic_label",
    "parse_legend",
    "parse_legend_line",
    "rules_for",
    "table_entities",
    "table_ordinals",
]


# Section headings that are labels, not subjects: "Prerequisites", "Considerations &
# Restrictions", "Key takeaways", "Best practices", alone or joined by "&", "and", ",".
_GENERIC_WORD = (
    r"(?:prerequisites?|requirements?|considerations?|restrictions?|notes?|"
    r"key takeaways?|takeaways?|summary|overview|introduction|best practices|"
    r"limitations?|caveats?|background|general|miscellaneous|misc|examples?)"
)
_GENERIC_LABEL = re.compile(
    rf"^{_GENERIC_WORD}(?:\s*(?:&|and|,)\s*{_GENERIC_WORD})*$", re.IGNORECASE
)
# Labels of one part of an answer ("Why it's important", "Key points", "Benefits"):
# under a question heading, the question names what they are about.
_ANSWER_PART = re.compile(
    r"^(?:why|key|how it|what it|benefits?|advantages?|disadvantages?|tips?|pitfalls?)\b",
    re.IGNORECASE,
)
_QUALIFIER_WORDS = 6  # a parent heading longer than this is a sentence, not a name
# Section names that say only where in a page a block sits ("Overview", "Examples",
# "Notes"): unlike "Prerequisites" they add nothing to the subject they sit under, so a
# front names that subject (the parent heading, else the page's topic or title) alone.
_EMPTY_SECTION = re.compile(
    r"^(?:overview|introduction|intro|examples?|notes?|details|usage|summary|"
    r"background)$",
    re.IGNORECASE,
)


def is_generic_label(heading: str) -> bool:
    """A heading that labels a kind of section ("Prerequisites", "Key takeaways",
    "Considerations & Restrictions") rather than naming a subject."""
    return bool(_GENERIC_LABEL.match(subject_of(heading)))


_CONNECTIVE_WORDS = 3  # "In particular,", "More specifically,": a connective, no lead-in


# A walkthrough's method step ("Step 2: Create a high level design") and its closing
# section: headings of the method, never of what it is applied to.
_METHOD_STEP = re.compile(r"^(?:step\s+\d+\s*[:.)-]|additional\s+talking\s+points$)", re.I)
# A page title that poses a problem to design or build ("Design a URL shortener").
_DESIGN_PROBLEM = re.compile(r"^(?:design|build|implement)\s+(?:a|an|the)\s+\S", re.I)


@dataclass(frozen=True, slots=True)
class Context:
    """What every rule may read: the document's blocks and deck-wide facts."""

    document: str
    topic: str
    legend: Mapping[str, str]
    items: tuple[Located, ...]
    table_ordinals: Mapping[int, int] = field(default_factory=dict)
    # The entities of the document's comparison table ("ClusterIP", "NodePort"): the
    # topic of a block that names two of them, wherever it sits.
    compared: tuple[str, ...] = ()
    # The document's footnote definitions by label (``[^1]: only on Linux``).
    footnotes: Mapping[str, str] = field(default_factory=dict)
    # Words the document only ever writes capitalized (``Windows``, ``Nu``): a column
    # named by one keeps its case in a question.
    proper_names: frozenset[str] = frozenset()
    # Programs the document's code runs (``ng`` of ``ng serve``): a back opening on one
    # is a command and keeps its case.
    commands: frozenset[str] = frozenset()
    # The page's title: what an "Overview" or "Examples" section with no parent is about.
    title: str = ""
    # Per block, computed once: every note of a table asks for them again.
    _heading_texts: dict[int, tuple[str, ...]] = field(
        default_factory=dict, init=False, repr=False, compare=False
    )
    _places: dict[int, str] = field(default_factory=dict, init=False, repr=False, compare=False)
    _sections: dict[int, str] = field(default_factory=dict, init=False, repr=False, compare=False)
    _heading_parents: dict[str, int] = field(
        default_factory=dict, init=False, repr=False, compare=False
    )
    _tags: dict[tuple[int, tuple[str, ...]], tuple[str, ...]] = field(
        default_factory=dict, init=False, repr=False, compare=False
    )
    # Per shell block: the ``command  # comment`` cards it would make (read by
    # annotated_commands, which asks each command once per document).
    _annotated: dict[int, tuple[_Annotated, ...]] = field(
        default_factory=dict, init=False, repr=False, compare=False
    )

    # -- places -------------------------------------------------------------

    def heading_texts(self, index: int) -> tuple[str, ...]:
        texts = self._heading_texts.get(index)
        if texts is None:
            texts = tuple(clean_heading(h.text) for h in self.items[index].headings)
            self._heading_texts[index] = texts
        return texts

    def top_heading(self, index: int) -> str:
        """The outermost heading above the block (its H2, usually), cleaned."""
        texts = [t for t in self.heading_texts(index) if t]
        return texts[0] if texts else ""

    def nearest_heading(self, index: int) -> str:
        texts = [t for t in self.heading_texts(index) if t]
        return texts[-1] if texts else ""

    def section_name(self, index: int) -> str:
        """The nearest heading's subject; when the document repeats that heading under
        other parents ("Success metrics" in every scenario) it names nothing alone, so
        its parent's subject joins it: "Success metrics (Safe version intake)"."""
        texts = [t for t in self.heading_texts(index) if t]
        if not texts:
            return self.topic
        name = subject_of(texts[-1])
        if len(texts) >= 2 and (self._repeated(texts[-1]) or self._answer_label(index)):
            return f"{name} ({_asked_subject(subject_of(texts[-2]))})"
        return self._qualified(name, texts[:-1])

    def _answer_label(self, index: int) -> bool:
        """The nearest heading labels part of its parent question's answer ("Why it's
        important:" under "What is the `key` prop?"): written as a label (its colon),
        it names nothing without the question."""
        headings = [h for h in self.items[index].headings if clean_heading(h.text)]
        if len(headings) < 2 or not headings[-1].text.rstrip().endswith(":"):
            return False
        label = subject_of(clean_heading(headings[-1].text))
        return bool(_GENERIC_LABEL.match(label) or _ANSWER_PART.match(label)) and subject_of(
            clean_heading(headings[-2].text)
        ).endswith("?")

    def section_subject(self, index: int) -> str:
        """The nearest heading's subject (a generic label qualified), else the topic."""
        texts = [t for t in self.heading_texts(index) if t]
        if not texts:
            return self.topic
        return self._qualified(subject_of(texts[-1]), texts[:-1]) or self.topic

    def _qualified(self, name: str, parents: list[str]) -> str:
        """A generic section label ("Prerequisites", "Considerations & Restrictions",
        "Key takeaways") says nothing on a front alone: the nearest parent heading that
        names something joins it ("Publishing › Prerequisites"), else the document's
        topic. A parent that is itself generic, a question or a long sentence names
        nothing either."""
        if not _GENERIC_LABEL.match(name) and not _EMPTY_SECTION.match(name):
            return name
        empty = bool(_EMPTY_SECTION.match(name))
        for parent in reversed(parents):
            subject = subject_of(parent)
            if (
                _GENERIC_LABEL.match(subject)
                or _EMPTY_SECTION.match(subject)
                or subject.endswith("?")
                or len(subject.split()) > _QUALIFIER_WORDS
            ):
                continue
            return subject if empty else f"{subject} › {name}"
        for named in (self.topic, self.title) if empty else (self.topic,):
            if named and named.casefold() != name.casefold():
                return named if empty else f"{named} › {name}"
        return name

    def _repeated(self, heading: str) -> bool:
        if not self._heading_parents:
            # One pass over the document: for every heading, how many parents it has.
            parents: dict[str, set[str]] = {}
            # A list that joined its question's back ("### Advantages:" and its
            # bullets) still stood under its heading: "Advantages" under another
            # question is a repeated heading all the same.
            inner = (
                i
                for item in self.items
                if isinstance(item.block, Question) and item.block.kind == "heading"
                for i in item.block.inner
            )
            for item in (*self.items, *inner):
                texts = [t for t in (clean_heading(h.text) for h in item.headings) if t]
                if len(texts) >= 2:
                    parents.setdefault(texts[-1], set()).add(texts[-2])
            self._heading_parents.update({h: len(p) for h, p in parents.items()})
            self._heading_parents[""] = 0  # computed, even for a document without any
        return self._heading_parents.get(heading, 0) > 1

    def subject(self, index: int) -> str:
        """Who the block is about: the top heading's subject (a generic label qualified
        by the document topic), else the document topic."""
        top = self.top_heading(index)
        if top and _METHOD_STEP.match(top) and _DESIGN_PROBLEM.match(self.topic):
            # "Design a key-value cache …" › "Step 1: Outline use cases and
            # constraints": the interview method's step names no subject; the
            # problem being designed is what every section is about.
            return self.topic
        return self._qualified(subject_of(top), []) if top else self.topic

    def place(self, index: int) -> str:
        """The id prefix of the block's section: the slug of its top heading's subject."""
        place = self._places.get(index)
        if place is None:
            top = self.top_heading(index)
            place = slugify(subject_of(top), "intro") if top else "intro"
            self._places[index] = place
        return place

    def subplace(self, index: int) -> str:
        """The id prefix down to the nearest heading: ``pods/pod-s-dns-config``."""
        place = self.place(index)
        nearest = self.nearest_heading(index)
        if nearest and nearest != self.top_heading(index):
            place = f"{place}/{slugify(subject_of(nearest))}"
        return place

    def origin(self, index: int, line: int | None = None) -> Origin:
        block = self.items[index].block
        section = self._sections.get(index)
        if section is None:
            section = " › ".join(t for t in self.heading_texts(index) if t)
            self._sections[index] = section
        return Origin(document=self.document, section=section, line=line or block.line)

    def tags(self, index: int, *extra: str) -> tuple[str, ...]:
        found = self._tags.get((index, extra))
        if found is None:
            tags = [self.place(index), *(slugify(e) for e in extra if e)]
            found = self._tags[(index, extra)] = tuple(dict.fromkeys(tags))
        return found

    # -- neighbours ---------------------------------------------------------

    def topic_for(self, text: str, heading: str = "") -> str:
        """The deck's topic, or "A vs B" when ``text`` names two compared entities or
        ``heading`` refers to them together ("How they relate", "When to use each")."""
        if len(self.compared) >= 2:
            named = sum(1 for e in self.compared if e in text)
            if named >= 2 or _TOGETHER.search(heading):
                return " vs ".join(self.compared)
        return self.topic

    def lead_in(self, index: int) -> str:
        """What introduces the block, cleaned: the last sentence of the paragraph right
        before it when that ends in ``:`` ("… mirrors Endpoints resources unless:"), or
        a short paragraph opening with a bold label ("**1. Rolling Update** (default)")."""
        if index == 0:
            return ""
        before = self.items[index - 1]
        if before.headings != self.items[index].headings:
            return ""
        if not isinstance(before.block, Paragraph):
            return ""
        text = clean(before.block.text).replace("\n", " ")
        if text.endswith(":"):
            sentence = _SENTENCE_END.split(text)[-1]
            return sentence[:-1].strip()
        sentences = _SENTENCE_END.split(text)
        if (
            text.endswith(",")
            and len(sentences) >= 2
            and len(sentences[-1].split()) <= _CONNECTIVE_WORDS
        ):
            # "… have the indicated effects on the pod. In particular,": the sentence
            # before the connective introduces the list.
            return sentences[-2].rstrip(".;").strip()
        if before.block.label and len(text.split()) <= 10 and not text.endswith((".", "?")):
            return _LABEL_NUMBER.sub("", text).strip()
        return self.unfinished_lead_in(index)

    def unfinished_lead_in(self, index: int) -> str:
        """The sentence a list finishes ("… if either", "Once X is handled by Y,"), from
        the paragraph right before it; "" when there is none."""
        if index == 0 or not isinstance(self.items[index].block, ListBlock):
            return ""
        before = self.items[index - 1]
        if before.headings != self.items[index].headings or not isinstance(before.block, Paragraph):
            return ""
        text = clean(before.block.text).replace("\n", " ")
        return _unfinished_lead_in(text) if _UNFINISHED.search(text) else ""

    def table_subject(self, index: int) -> str:
        """What a table's rows are about: its section's subject, unless the heading only
        says what kind of table it is ("Feature availability", "Compatibility") and the
        sentence right above introduces the table by what it is about ("The availability
        of Pod DNS Config is shown as below."): then that sentence's subject."""
        section = self.section_subject(index)
        heading = self.nearest_heading(index)
        if heading and not (is_generic_label(heading) or _TABLE_KIND.match(heading)):
            return section
        if index == 0 or self.items[index - 1].headings != self.items[index].headings:
            return section
        before = self.items[index - 1].block
        if not isinstance(before, Paragraph):
            return section
        text = clean(before.text).replace("\n", " ").strip()
        introduced = _INTRODUCES_TABLE.match(_SENTENCE_END.split(text)[-1])
        if not introduced:
            return section
        subject = re.sub(r"^(?:the|a|an)\s+", "", introduced.group(1).strip(), flags=re.I)
        if not subject or len(subject.split()) > _SUBJECT_WORDS:
            return section
        return subject[:1].upper() + subject[1:]

    def table_caption(self, index: int) -> str:
        """What a table says it lists, when it says so: its own caption, a heading
        that names the kind of table before what it is of ("Comparison Table: Cache
        Policies Across Browsers"), or a short title line of its own right above it
        ("**Cache policies across browsers**"); "" otherwise."""
        block = self.items[index].block
        if isinstance(block, Table) and block.caption:
            return clean(block.caption).replace("\n", " ")
        head, found, tail = self.nearest_heading(index).partition(": ")
        if found and tail.strip() and _TABLE_KIND.match(head.strip()):
            return tail.strip()
        if index == 0 or self.items[index - 1].headings != self.items[index].headings:
            return ""
        before = self.items[index - 1].block
        if not isinstance(before, Paragraph):
            return ""
        text = clean(before.text).replace("\n", " ").strip()
        if (
            before.label
            and text.endswith(":")
            and text[:-1].strip() == clean(before.label).strip(" :")
        ):
            text = text[:-1].strip()  # "**Training approaches:**": a title over what follows
        if (
            "\n" in before.text.strip()
            or not text
            or len(text.split()) > _CAPTION_WORDS
            or text.endswith((".", ":", "?", "!", ","))
            or not text[:1].isupper()
            or "://" in text  # "GET https://…": what was measured, no title
        ):
            return ""
        caption = _TABLE_NUMBER.sub("", text).strip()
        if is_generic_label(caption) or _TABLE_KIND.match(caption):
            return ""  # "Summary", "Comparison": what kind of table, not what of
        return caption

    def same_section(self, index: int, other: int) -> bool:
        return self.items[index].headings[:1] == self.items[other].headings[:1]

    def tables_before(self, index: int) -> int:
        """How many tables precede this one under the same headings (for distinct ids)."""
        return self.table_ordinals.get(index, 0)


_SENTENCE_END = re.compile(r"(?<=[.!?])\s+(?=[A-Z`*])")
# A sentence the list after it finishes: "… if either", "Once X is handled by Y,".
_UNFINISHED = re.compile(
    r"(?:,|\b(?:either|if|when|unless|whether|where|because|that|and|or|to|of|with|for|by|"
    r"using|via|as|than|while|until|once|after|before|are|is|include|including))$",
    re.IGNORECASE,
)
_UNFINISHED_WORDS = 4  # fewer words ("In particular,") say nothing of their own
# Openings that lean on what stands before them, after the sentence before is joined.
_LEANING_OPENING = re.compile(
    r"^(?:this|these|that|those|it|they|in (?:particular|detail|short|general)|"
    r"for (?:example|instance)|also|however|here|let'?s|let us)\b|^.*\bexamples?\b",
    re.IGNORECASE,
)
# "This will …", "It is …": a sentence that needs the one before it to say what it is about.
_POINTER_OPENING = re.compile(r"^(?:this|these|that|those|it|they)\b", re.IGNORECASE)


def _unfinished_lead_in(text: str) -> str:
    """The question an unfinished sentence before a list asks: its last sentence, and
    the one before it too when it opens on "This"/"It" ("You can set `x` to create a
    claim. This will provide storage if either")."""
    sentences = _SENTENCE_END.split(text)
    lead_in = sentences[-1].rstrip(",").strip()
    if _POINTER_OPENING.match(lead_in) and len(sentences) > 1:
        lead_in = f"{sentences[-2]} {lead_in}"
    if _LEANING_OPENING.match(lead_in) or len(lead_in.split()) < _UNFINISHED_WORDS:
        # "This applies when", "In particular,", "These selectors have two benefits":
        # what it is about stands elsewhere; the list keeps its section's question.
        return ""
    return lead_in


# A heading that says what kind of table follows, not what it is about.
_TABLE_WORD = (
    r"(?:feature|features|availability|support|supported|compatibility|status|matrix|"
    r"comparison|summary|table|reference|details|versions?|history)"
)
_TABLE_KIND = re.compile(rf"^{_TABLE_WORD}(?:\s+(?:and\s+)?{_TABLE_WORD})*$", re.IGNORECASE)
# "The availability of X is shown as below.", "X are listed in the following table:".
_INTRODUCES_TABLE = re.compile(
    r"^(.+?)\s+(?:is|are)\s+(?:shown|listed|summari[sz]ed|given|described)\s+"
    r"(?:as |in the table )?(?:below|follows|in the following table)\s*[.:]?$",
    re.IGNORECASE,
)
_SUBJECT_WORDS = 12  # a longer "subject" is a clause, not a name
_CAPTION_WORDS = 8  # a longer line above a table is a sentence, not its title
_TABLE_NUMBER = re.compile(r"^Table\s+\d+[.:]?\s*", re.IGNORECASE)
_LABEL_NUMBER = re.compile(r"^(?:\d+[.)]|Step \d+[.:]?)\s+")
_TOGETHER = re.compile(r"\b(?:they|them|their|these|those|both|each|all three)\b", re.I)


def table_ordinals(items: tuple[Located, ...]) -> dict[int, int]:
    """For each table's index, how many tables precede it under the same headings."""
    counts: dict[tuple[Heading, ...], int] = {}
    ordinals: dict[int, int] = {}
    for index, item in enumerate(items):
        if isinstance(item.block, Table):
            ordinals[index] = counts.get(item.headings, 0)
            counts[item.headings] = ordinals[index] + 1
    return ordinals


class Skip(Enum):
    """Why a rule claimed a block and made no card of it on purpose: the block holds
    nothing a card could ask, and saying so is no warning."""

    WALKTHROUGH_CHECK = "a troubleshooting walkthrough's check, answered by commands to run"
    POINTER = "the answer only points elsewhere (a link, an address, another page)"
    NAVIGATION = "a table of contents, links, next steps or a checklist"
    UNWRITTEN = "the author has not written the answer yet (To be completed, TODO)"


@dataclass(frozen=True)
class Skipped:
    """A rule's result for a block it left out on purpose (``reason`` says why). A rule
    that claims a block and could make no card of it returns ``()`` instead; ``None``
    leaves the block to the next rule."""

    reason: Skip


# What a rule makes of a block: its notes (``()``: it tried and could make none), a
# deliberate :class:`Skipped`, or ``None`` (not its block).
Made = tuple[Note, ...] | Skipped | None
Rule = Callable[[Context, int], Made]


def _fact(
    ctx: Context,
    index: int,
    note_id: str,
    front: str,
    back: str,
    *,
    kind: NoteType = NoteType.FACT,
    tags: tuple[str, ...] = (),
    reverse: bool = False,
    line: int | None = None,
    symbol: bool = False,
) -> tuple[Note, ...]:
    front, back = clean(front), clean(back)
    if not _ASKS_ADDRESS.search(front):
        back = _without_bare_urls(back)
    if not front or not back or front.rstrip("?:").strip() == "":
        return ()
    # A back made only of symbols ("⁉", "—") says nothing a learner could recall: a
    # symbol no legend explains is no answer (unless the column asks for a symbol,
    # "Replacement": ``symbol``).
    if not symbol and not any(c.isalnum() for c in back):
        return ()
    return (
        FactNote(
            id=note_id,
            type=kind,
            front=front,
            back=back,
            tags=tags or ctx.tags(index),
            reverse=reverse,
            origin=ctx.origin(index, line),
        ),
    )


# A line of an answer that is only an address ("https://…", "• <https://…>"), and an
# address standing as the last sentence of a line of prose ("… is free. https://…").
# Only the card's own bullet "•": "- https://…" in a YAML block is a value.
_URL_LINE = re.compile(r"^(?:•\s*)?(?:<?https?://[^\s<>]+>?[.,;]?\s*)+$")
_TRAILING_URL = re.compile(r"(?<=[.!?])\s+<?https?://[^\s<>]+>?\s*$")


# A question whose answer is an address ("…: virtual-host URL?", "…: endpoint?").
_ASKS_ADDRESS = re.compile(r"\b(?:url|uri|endpoint|address|link)s?\b[^:]*\?$", re.IGNORECASE)


def _without_bare_urls(back: str) -> str:
    """``back`` without the addresses a learner cannot recall: a line that is only a
    URL goes, and so does a URL after the last sentence of a line. An address inside a
    sentence or a command (``curl https://…``) is part of what it says and stays."""
    if "://" not in back:
        return back
    lines = [_TRAILING_URL.sub("", line) for line in back.split("\n")]
    return "\n".join(line for line in lines if not _URL_LINE.match(line.strip())).strip()


def _question(subject: str, attribute: str, names: frozenset[str] = frozenset()) -> str:
    """The canonical fact question: ``NodePort: port range?`` (``names``: words that
    keep their case, the document's proper names)."""
    attribute = attribute_phrase(clean(attribute).replace("\n", " "), names)
    # A section titled by the author's question ("What are the controller managers?")
    # names its subject without its question mark: never "…?: Route controller?".
    subject = clean(subject).replace("\n", " ").rstrip("?").rstrip()
    if not subject:
        return f"{attribute[:1].upper()}{attribute[1:]}?"
    clause = _IT_CLAUSE.match(attribute)
    # A subject that is the author's question ("What is the purpose of `require()`")
    # is no name to ask "How does … work?" of.
    if clause and not _ASKING_START.match(subject) and len(subject.split()) <= _IT_SUBJECT_WORDS:
        # "What it does" heads a column, it asks nothing: "`git`: what it does?" reads
        # as a label; the clause about "it" is asked of the row ("What does `git` do?").
        # A row named under its section keeps the section before the question.
        where, _, named = subject.rpartition(", ")  # no ", ": where is "", named all
        asked = _IT_QUESTIONS[clause.group(1).lower()].format(s=named, rest=clause.group(2) or "")
        return f"{where}: {asked[:1].lower()}{asked[1:]}" if where else asked
    return f"{subject}: {attribute}?"


# A column header that is a clause about its row ("What it does", "How it works", "What
# it is used for"): asked of the row as a question of its own.
_IT_CLAUSE = re.compile(
    r"^(what it does|what it is|what it's|how it works|what it means|when to use it|"
    r"why it matters)(\s+(?:for|used for|good for))?$",
    re.IGNORECASE,
)
_IT_SUBJECT_WORDS = 8  # a longer subject is a sentence heading, no name to ask "what does … do"
_IT_QUESTIONS = {
    "what it does": "What does {s} do?",
    "what it is": "What is {s}{rest}?",
    "what it's": "What is {s}{rest}?",
    "how it works": "How does {s} work?",
    "what it means": "What does {s} mean?",
    "when to use it": "When to use {s}?",
    "why it matters": "Why does {s} matter?",
}


def _sentence(text: str, commands: frozenset[str] = frozenset()) -> str:
    """``text`` on one line, its first letter capital unless it opens on a program the
    document runs (``commands``): "ng serve" is a command, never "Ng serve"."""
    text = clean(text).replace("\n", " ").strip()
    if text.split(" ", 1)[0] in commands:
        return text
    return text[:1].upper() + text[1:] if text else text


# ----------------------------------------------------------------- tables

_SAME = frozenset({"same", "same as above", "same as left", "ditto", "〃", '"'})
_UNKNOWN = frozenset({"", "?", "-", "—", "–", "…"})
_WHY_HEADERS = frozenset({"why", "reason", "rationale", "because"})
_QUALIFIER = re.compile(r"^(\S+)\s+\((\w+)\)$")


def is_comparison(table: Table) -> bool:
    """``Feature | A | B``: the first header names the rows' attributes (and the other
    headers name entities, not "Details" or "Value")."""
    if len(table.header) < 2:
        return False
    first = clean(table.header[0]).lower()
    # A trailing "Notes" column remarks on the row; it names no entity.
    entities = table.header[1 : len(table.header) - _notes_columns(table)]
    if not entities or any(_is_value_header(h) for h in entities):
        return False
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
    """1 when the last column of a table of three or more is a "Notes" column."""
    last = clean(table.header[-1]).lower().strip(" :")
    return 1 if len(table.header) >= 3 and last in _NOTE_HEADERS else 0


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
    return clean(header).lower().strip(" :") in _VALUE_HEADERS


def table_entities(table: Table) -> tuple[str, ...]:
    """The entity names of a comparison table's columns."""
    return tuple(
        _entity_name(h) for h in table.header[1 : len(table.header) - _notes_columns(table)]
    )


def _entity_name(cell: str) -> str:
    """A row key or column head as a subject: ``ClusterIP (default)`` → ``ClusterIP``."""
    name = clean(cell).replace("\n", " ")
    match = _QUALIFIER.match(name)
    return match.group(1) if match else name


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


def _header_is_data(header: list[str]) -> bool:
    """A two-column table whose "header" is its first row ("Purpose | Internal-only
    communication between pods"): a sentence or a yes/no is no column name."""
    value = header[1]
    return len(value.split()) > 5 or value.endswith(".") or value in (YES, NO)


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
    data_header = _header_is_data(header)
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
    subject = _entity_name(ctx.section_name(index)) or ctx.topic
    place = _table_place(ctx, index)
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
                _question(subject, field_name, ctx.proper_names),
                value,
                line=line,
            )
        )
    return tuple(notes)


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
    as Yes) and none is ❌ (an author who writes ❌ leaves a cell empty for "unknown")."""
    filled = [v for v in values if v.lower() not in _UNKNOWN]
    yes = sum(1 for v in filled if v == YES)
    return yes * 2 >= len(filled) > 0 and NO not in filled and len(filled) < len(values)


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
    notes: list[Note] = []
    for row_number, row in enumerate(block.rows):
        feature = clean(row[0]).replace("\n", " ") if row else ""
        if not feature:
            continue
        values = [NO if empty_is_no and not v else v for v in grid[row_number]]
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
            if value.lower() in _UNKNOWN or not entity:
                continue
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
            notes.extend(
                _fact(
                    ctx,
                    index,
                    f"{place}/{slugify(entity)}/{slugify(feature)}",
                    _question(named, feature),
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
    heading = ctx.nearest_heading(index)
    if (
        not first
        or not second
        or _plain(first) == _plain(second)
        or not _COMPARES.search(heading)
        or not (_named_in(first, heading) and _named_in(second, heading))
    ):
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


_PAIRED_WORDS = 3  # a longer value says what it is on a card of its own


def _lower_word(value: str) -> str:
    """A value's first word in lower case after a name ("OS Threads hundreds"), unless
    it is an acronym or a name ("JS frameworks", "SSR")."""
    first = value.split(" ", 1)[0]
    if len(first) > 1 and first[0].isupper() and first[1:].islower():
        return value[:1].lower() + value[1:]
    return value


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
        if distinct([c]):
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


def _defining_question(header: str) -> str:
    if _USE_COLUMN.match(header):
        return "used for?"
    if _MEANING_COLUMN.match(header):
        return "meaning?"
    if _GENERIC_COLUMN.match(header) and not header.lower().startswith("value"):
        return "what is it?"
    return f"{attribute_phrase(header)}?"


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
    notes: list[Note] = []
    for row_number, (key, values) in enumerate(zip(keys, grid, strict=True)):
        value = values[defining]
        if not key or value.lower() in _UNKNOWN:
            continue
        line = block.row_lines[row_number] if row_number < len(block.row_lines) else None
        shown = ", ".join(
            f"{attribute_phrase(header[c])} {values[c]}"
            for c in context
            if values[c] and values[c].lower() not in _UNKNOWN
        )
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
        said = [values[c] for c in examples if values[c] and values[c].lower() not in _UNKNOWN]
        back = f"{value} (e.g. {'; '.join(said)})" if said else value
        remarks = [
            values[c] for c in notes_columns if values[c] and values[c].lower() not in _UNKNOWN
        ]
        if remarks:
            back = f"{back} ({'; '.join(remarks)})"  # a "Notes" column goes with the answer
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
    for column in range(1, len(header)):
        if column in taken or not header[column]:
            continue
        cells = [row[column] for row in grid if column < len(row)]
        # A "partly" keeps its gloss ("Partially supported (with some caveats)").
        leads = [_mark_lead(cell) for cell in cells if cell.strip()]
        marks = {mark for mark, _ in leads}
        bare = (
            all(mark and (not rest or mark == _PARTLY) for mark, rest in leads)
            and bool(marks & _TICKED)
        ) or (bool(leads) and marks == {_PARTLY})
        if bare or _marks_with_remarks(cells):
            found.append(column)
    return found


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
    names = [_entity_name(header[c]) for c in checks]
    leads = [{c: _mark_lead(values[c]) for c in checks} for values in grid]
    blank_is_no = not any(lead[0] in _UNTICKED for row in leads for lead in row.values())
    # Ids stay as they were when two rules read matrices (so that study history stays
    # with its card): "which" for a table of nothing but ✅ and blanks keyed by its
    # first column, "supported" for any other matrix.
    named = {c for c in range(1, len(header)) if header[c]}
    whole = key_columns == [0] and set(checks) == named and blank_is_no
    subject = ctx.table_subject(index) if key_columns == [0] else ""
    if is_generic_label(subject) or _TABLE_KIND.match(subject):
        subject = ""
    notes: list[Note] = []
    # The gloss every "partly" cell shares is the legend's ("Partially supported (with
    # some caveats)"), not a remark of one cell.
    glosses = {lead[1] for row in leads for lead in row.values() if lead[0] == _PARTLY}
    gloss = next(iter(glosses)) if len(glosses) == 1 else None
    states = sorted({meaning.lower() for meaning in ctx.legend.values()} - set(_STATE_WORDS))
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
                back = f"{back}; {state}: {', '.join(columns)}"
        slug = slugs[row_number] if slugs else slugify(key)
        line = block.row_lines[row_number] if row_number < len(block.row_lines) else None
        asked = f"{subject}, {key}" if subject and subject != key else key
        notes.extend(
            _fact(
                ctx,
                index,
                f"{place}/{slug}/{'which' if whole else 'supported'}",
                f"{asked}: which of {', '.join(names)}?",
                back,
                kind=NoteType.LIST,
                tags=ctx.tags(index, key) if key_columns == [0] else (),
                line=line,
            )
        )
    return notes


_FLAG_KEY = re.compile(r"^`?(-{1,2}[A-Za-z][\w-]*(?:[= ][^`]*)?)`?$")
_COMMAND_SPAN = re.compile(r"`([^`-][^`]*)`")


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


def _labelled_row(section: str, first_header: str, key: str, names: frozenset[str]) -> str:
    """A bare label as a front's subject, with what it is a label of: the first
    column's header when it names the kind ("Channel type Unbuffered"), else the
    section the table stands in with that header ("<question> Algorithm Leaky
    Bucket", "Rate limiting, algorithm Leaky Bucket", "Plugin maturity, plugin Geo
    Filter"); "" when neither says more."""
    kind = attribute_phrase(first_header, names) if first_header else ""
    words = _bare_word(first_header).split()
    if len(words) >= 2 and words[-1] in _KIND_HEADS:
        return f"{kind[:1].upper()}{kind[1:]} {key}"
    entity = _entity_head(words)
    if (
        section
        and not is_generic_label(section)
        and not _TABLE_KIND.match(section)  # "Summary table" names no subject
        and (not words or words[-1] in _KIND_HEADS or entity)
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
    return subject[:1].upper() + subject[1:]


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


_TRAILING_FOOTNOTE = re.compile(r"(?<=\S)(?:\s*\[\^[^\]\s]+\])+\s*$")


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
    own_keys = {
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
    if header and grid and grid[0] and grid[0][0]:
        # A blank first cell continues the row above ("Python | Pipfile.lock", then
        # "| poetry.lock"): the same language, not an unnamed row.
        for row_number in range(1, len(grid)):
            if not grid[row_number][0] and any(grid[row_number][1:]) and row_number not in own_keys:
                grid[row_number][0] = grid[row_number - 1][0]
    section = ctx.table_subject(index)
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
            keys.append(f"{section}, {named}" if named else "")
        # Ids keep naming the row by the columns that tell it apart, as before.
        slugs = [
            slugify(", ".join(f"{attribute_phrase(header[c])} {values[c]}" for c in key_columns))
            for values in grid
        ]
        key_columns = case
    skipped |= _handle_columns(grid, set(key_columns))
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
            _matrix_rows(ctx, index, header, keys, grid, asked, key_columns, slugs, every=every)
        )
        skipped |= set(checks)
    elif len(checks) >= 2:
        skipped |= constant
        if not any(c not in skipped and header[c] for c in range(1, len(header))):
            return tuple(notes)  # nothing but marks: the rows' cards say it all
    mapped = _mapped_columns(ctx.title, header) if key_columns == [0] else []
    for row_number, (key, values) in enumerate(zip(keys, grid, strict=True)):
        if row_number in remarks:
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
        subject = _flag_subject(ctx, index, key)
        if not re.search(r"[A-Za-z]{2}", strip_decoration(key)) and header and header[0]:
            subject = f"{section}, {attribute_phrase(header[0])} {key}"
        elif caption and header and header[0]:
            # A caption says what the table lists ("Baseline policy specification"):
            # its rows are asked under it, as the rows of a described table are; two
            # tables with a "Seccomp" row each stay told apart.
            subject = f"{caption}, {attribute_phrase(header[0])} {key}"
        elif subject == key and (values_of or labels or not header[0]) and header:
            # "Unbuffered: description?" asks nothing: the label is a channel type's.
            # Decided for the table, so that its rows read alike.
            subject = (
                _valued_row(values_of, header[0], key)
                or _product_row(ctx.title, header[0], key, ctx.proper_names)
                or _labelled_row(section, header[0], key, ctx.proper_names)
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
        if mapped:
            subject = f"{header[0]} {key}"  # "Kafka Topic": the row is a term of the first
        for column in range(first_asked, len(header)):
            value = values[column]
            if value.lower() in _UNKNOWN or not header[column] or column in skipped:
                continue
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
            else:
                front = _question(subject, asked_by[column], ctx.proper_names)
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


# ----------------------------------------------------------------- tips

_CODE_SPAN = re.compile(r"`[^`]+`")
_TIP_LABEL = re.compile(r"^([A-Z][\w -]{1,30}?):\s+(.+)$", re.DOTALL)
# Headings that ask something of the topic ("ClusterIP vs NodePort: one-line difference?").
# "Note", "Tip" or "Key takeaway" name only the kind of block: no question.
_GENERIC_TIP_HEADINGS = ("tip", "difference", "summary", "tl;dr", "remember")
_KIND_ONLY_HEADING = re.compile(
    r"^(?:(?:key |main )?(?:takeaways?|notes?|tips?)|info|important|caution|warning)$", re.I
)
# A paragraph label that names a kind of aside ("**Note:**", "**Warning:**").
_KIND_ONLY_LABEL = re.compile(
    r"^(?:notes?|tips?|hint|warning|caution|important|info|information|attention|danger|examples?|"
    r"remember|heads up|nb|n\.b\.|pro tip|side note)$",
    re.IGNORECASE,
)
# A tip that opens on what stands above it ("These commands use the Pod port", "This
# shows which pods receive traffic") means nothing on a card of its own.
# So does one telling the author's own story ("Our frontend pods needed …", "In our setup,
# we …"): an anecdote about their system, not a fact about the subject.
_BACK_REFERENCE = re.compile(
    r"^[\"“']?(?:this|these|that|those|it|they|here|the above|the previous|above|"
    r"our|we|in our|at our|i)\b",
    re.I,
)
# A clause that continues a condition ("When you have a Pod …, and you are using …",
# "If a container sets a limit, but does not set a request, …").
_CONDITION_GOES_ON = re.compile(
    r"^\s*(?:and|or|but not|which|that|where|especially|"
    r"but (?:does|do|did|is|are|has|have|was|were)\s*(?:not|n't)|but without)\b",
    re.I,
)
# "If you haven't already, try the quickstart": a condition that names nothing asks nothing.
_EMPTY_CONDITION = re.compile(
    r"^(?:if|when|unless)\s+(?:you\s+)?(?:have|did|do)\s*(?:not|n't)\s+(?:\w+\s+){0,2}"
    r"(?:already|yet)\s*$",
    re.I,
)
# What the advice after a tip's condition asks, read from how it opens: a practice it
# names, a duty, a recommendation (an imperative is one), a possibility, a likely cause;
# else it states what follows ("…, the volume mount hides those files": what happens?).
_TIP_ASKS = (
    (
        re.compile(r"^(?:it is|it's)\s+(?:a\s+)?(?:good|best)\s+practices?\b", re.I),
        "what is good practice?",
    ),
    (re.compile(r"^(?:keep|bear)\s+in\s+mind\b", re.I), "what should you keep in mind?"),
    (
        re.compile(r"^(?:it|this)\s+(?:should|must)\s+be\s+(?:verified|checked|confirmed)\b", re.I),
        "what must you check?",
    ),
    (
        re.compile(r"^you\s+(?:do not|don't|need not|needn't)\s+(?:\w+\s+)?need\b", re.I),
        "what don't you need?",
    ),
    # "…, the same applies, except that …": what the case changes is what it teaches.
    (re.compile(r"^the same\b.*\bexcept\b", re.I), "what is different?"),
    (
        re.compile(
            r"^(?:(?:you|users?|one)\s+(?:must|have to|need to|are required to|is required to)|"
            r"(?:it is|it's)\s+(?:\w+\s+)?(?:necessary|required|mandatory)|"
            r"(?:make|be)\s+sure|ensure)\b",
            re.I,
        ),
        "what must you do?",
    ),
    (
        re.compile(
            r"^(?:(?:you|users?|one)\s+should|(?:we|it is|it's)\s+(?:\w+\s+)?"
            r"(?:recommend(?:ed)?|suggest(?:ed)?|preferred|advisable|desirable|better|best|important)|"
            r"(?:try|use|set|add|consider|remember|avoid|check|run|specify|configure|"
            r"do not|don't|never|always|prefer|switch|enable|disable|install|update|"
            r"upgrade|restart|delete|remove|create|mount|call|pass|wait|choose|read|see|refer|"
            r"follow)\b)",
            re.I,
        ),
        "what should you do?",
    ),
    (re.compile(r"^(?:you|users?|one)\s+(?:can|could|may)\b", re.I), "what can you do?"),
    (re.compile(r"^(?:it is|it's)\s+(?:\w+\s+)?likely\b", re.I), "what is the likely cause?"),
)
# "…, you specify the device path": what the reader does in that case ("what do you
# specify?"); a helper verb ("you will", "you are") says no act of its own.
_YOU_DO = re.compile(
    r"^you\s+(?!(?:can|could|may|might|will|would|must|should|shall|are|were|have|had|do|"
    r"does|did|also|then|still|just)\b)([a-z]+)\b",
    re.I,
)


# A tip's sentence that sends the reader to a guide ("If you are interested in X, you
# can find a quick setup guide in Part 4 of the quickstart", "Find the latest version
# of this page on …"): where to read, not what to know.
_TIP_POINTER = re.compile(
    r"^(?:if you(?:'re| are)? (?:interested in|looking for|want|need)\b[^,]*,\s*)?"
    r"(?:you can )?find (?:a|an|the|more)\b.*\b(?:in|on|at)\b",
    re.IGNORECASE,
)


def _tip_only_points(text: str) -> bool:
    """Every sentence of a tip sends the reader elsewhere: no card."""
    sentences = [s.strip() for s in _SENTENCE_END.split(" ".join(text.split())) if s.strip()]
    return bool(sentences) and all(
        _POINTER.match(sentence) or _TIP_POINTER.match(sentence) for sentence in sentences
    )


def _top_level_commas(sentence: str) -> list[str]:
    """The sentence cut at each comma that stands outside parentheses: "(because a, b,
    etc)" is one aside of its clause, not three clauses."""
    parts, depth, start = [], 0, 0
    for at, char in enumerate(sentence):
        if char == "(":
            depth += 1
        elif char == ")":
            depth = max(depth - 1, 0)
        elif char == "," and depth == 0:
            parts.append(sentence[start:at])
            start = at + 1
    parts.append(sentence[start:])
    return parts


_EXAMPLE_DOMAIN = re.compile(r"\bexample\.(?:com|org|net)\b|\.example\b", re.I)
_THERE_ARE = re.compile(
    r"^there\s+are\s+(?:(?:some|a few|several)\s+)?((?:two|three|four|five|six|\d+)\s+)?(\S.*)$",
    re.I,
)
# "Two settings change the order: …": the count and what they do ask which.
_COUNTED = re.compile(r"^((?:two|three|four|five|six)\s+\w+\s+(?!of\b)\w.*)$", re.I)
# "The endpoint IPs must not be: …": what the subject may (not) be.
_MUST_BE = re.compile(
    r"^((?:the|an?|each|every|all)\s+[^,]{3,60}?)\s+(must|should|cannot|can't|may)(\s+not)?\s+be$",
    re.I,
)
_ADVISE_AGAINST = re.compile(r"^(avoid|prefer)\s+(\S.*)$", re.I)


def _lead_in_ask(lead_in: str) -> str | None:
    """The question a tip's lead-in asks ("There are two special cases" → "what are
    the two special cases?", "Two settings change X" → "which two settings change X?",
    "The IPs must not be" → "what must the IPs not be?", "Avoid X" → "why avoid X?"),
    else None."""
    listed = _THERE_ARE.match(lead_in)
    if listed:
        return f"what are the {listed.group(1) or ''}{listed.group(2)}?"
    must = _MUST_BE.match(lead_in)
    if must:
        modal, negated = must.group(2).lower(), bool(must.group(3))
        if modal in {"cannot", "can't"}:
            modal, negated = "can", True
        thing = must.group(1)[:1].lower() + must.group(1)[1:]
        return f"what {modal} {thing}{' not' if negated else ''} be?"
    counted = _COUNTED.match(lead_in)
    if counted:
        return f"which {counted.group(1)[:1].lower()}{counted.group(1)[1:]}?"
    against = _ADVISE_AGAINST.match(lead_in)
    if against:
        return f"why {against.group(1).lower()} {against.group(2)}?"
    return None


def _tip_ask(advice: str) -> str:
    """The question a tip's condition asks, chosen by the clause that answers it."""
    advice = re.sub(r"^(?:then|please)\s+", "", advice.strip(), flags=re.I)
    for shape, ask in _TIP_ASKS:
        if shape.match(advice):
            # "you should first configure …": the order is part of the advice.
            first = re.match(r"^\S+\s+(?:\w+\s+)?first\b", advice, re.I)
            return ask.replace("do?", "do first?") if first and ask.endswith("do?") else ask
    does = _YOU_DO.match(advice)
    return f"what do you {does.group(1).lower()}?" if does else "what happens?"


# "If you don't see a command prompt, try pressing enter.": the condition is the question.
_CONDITION = re.compile(r"^(?:if|when|unless|before|after|in order to)\s+[^,;]{8,160},\s+\S", re.I)


_BULLET = re.compile(r"^(?:[•*-]|\d+[.)])\s+")
# "There are two special cases: An empty `key` …": a lead-in and the statements it opens.
_TIP_LEAD_IN = re.compile(
    r"^(?!(?:note|tip|important|warning|caution|info|hint)\b)([^:`]{10,120}):\s+(?=[A-Z`])",
    re.IGNORECASE,
)


# A sentence that sets two things against each other: what a tip naming both asks.
_SAME_BUT_DIFFERENT = re.compile(r"\bsame\b[^;]{0,80}?\bbut\s+(?:a\s+)?different\b", re.IGNORECASE)
_RELATES = re.compile(
    r"\b(?:differ(?:s|ent|ence)?|identical|similar(?:ly)?|same as|unlike|instead of|"
    r"rather than|versus|vs\.?|compared?|whereas|in contrast)\b",
    re.IGNORECASE,
)


def _tip(ctx: Context, index: int, note_id: str, text: str, subject: str) -> tuple[Note, ...]:
    """A note or tip as a card that asks what it says, never only what kind it is:

    * one that opens on the block above it ("These commands …") makes none;
    * a sentence of it that can be a cloze (a cue and its value, else a code term it
      names) becomes that cloze: the author marked the note as worth knowing;
    * else a first sentence opening on a condition ("If you don't see a prompt, …")
      is asked by that condition: "Running commands in a Pod: if you don't see a
      command prompt?";
    * else, when its first sentence sets two code terms against each other ("`a` is
      almost identical to `b`"), it asks how they differ;
    * a note with none of these names nothing a learner could recall: no card."""
    line = ctx.items[index].block.line
    # Read as one run of sentences: a quoted list's bullets are layout, not words.
    flat = " ".join(_QUOTED_ITEM.sub("", t) for t in clean(text).split("\n")).strip()
    sentences = _SENTENCE_END.split(flat)
    first = sentences[0] if sentences else ""
    if not first or _BACK_REFERENCE.match(first) or _tip_only_points(flat):
        return ()  # "Please see the FAQ for …": the note is elsewhere
    found = key_statement(text, line, example_names(ctx.items))
    if found is not None:
        sentence, cloze = found
        return (
            ClozeNote(
                id=f"{note_id}/sentence-{sentence.number}",
                text=with_topic(ctx, index, cloze),
                tags=ctx.tags(index),
                origin=ctx.origin(index, sentence.line),
            ),
        )
    # A tip under a question heading is a part of that question's answer: asked by its
    # condition it would read "How do I X: if A imports B?", which asks nothing (a
    # lead-in naming what it lists, "Common container types in Go:", still asks).
    under_question = bool(question_text(subject))
    subject = subject.rstrip("?").strip()
    # The note's first line alone says what it is about: a list or the statements under
    # a lead-in ("There are two special cases:") are what it says, not its subject.
    opening = next((t.strip() for t in clean(text).split("\n") if t.strip()), "")
    if _BULLET.match(opening):
        first = _SENTENCE_END.split(_BULLET.sub("", opening))[0] or first  # its first item
    condition = _CONDITION.match(first)
    lead = None if condition else _TIP_LEAD_IN.match(first)
    if lead and _EXAMPLE_POINTER.match(lead.group(1).strip()):
        lead = None  # "In the example above: …" points, it asks nothing
    if under_question and condition and not _stems(subject) & _stems(flat):
        # (One naming what the question asks about, "When should you use a readiness
        # probe?" › "If you want to drain requests, you do not need a readiness probe",
        # still asks a case of it.)
        return ()
    if lead and len(lead.group(1).split()) >= _UNFINISHED_WORDS:
        # A lead-in that names what follows asks for it ("There are two special cases:"
        # → "what are the two special cases?"), advice against something asks why
        # ("Avoid X: <reason>" → "why avoid X?"); any other ("An example of a CIDR:",
        # "If you view it using:") cut into "…: <lead-in> …?" asks nothing: no card.
        asked = _lead_in_ask(lead.group(1).strip())
        if asked is None:
            return ()
        front = f"{subject}: {asked}" if subject else asked[:1].upper() + asked[1:]
        return _fact(ctx, index, note_id, front, text, kind=NoteType.TIP)
    if condition:
        clauses = _top_level_commas(first)
        if len(clauses) == 1:
            # "If X is not desired (because a, b, etc) you can …": the aside ends the
            # condition; with no comma outside it nothing says where the advice starts.
            closed = re.match(r"^(.*?\))\s+(?=\w)(.+)$", first)
            if closed is None:
                return ()
            clauses = [closed.group(1), closed.group(2)]
        taken = 1
        while taken < len(clauses) - 1 and _CONDITION_GOES_ON.match(clauses[taken]):
            taken += 1
        clause = ",".join(clauses[:taken])
        if _EMPTY_CONDITION.match(clause) or _EXAMPLE_DOMAIN.search(clause):
            # "If you haven't already, try …": a pointer, nothing to recall. "If you
            # have a DNS record for `shop.example.com`, …": the walk-through's own
            # made-up setup (a reserved example domain, RFC 2606), not a fact.
            return ()
        # The front asks what the condition leads to ("…: if X, what should you do?"),
        # never the bare condition ("…: if X?" states a case and asks nothing); an
        # aside listing reasons ("(because a, b, etc)") stays on the back.
        ask = _tip_ask(",".join(clauses[taken:]))
        clause = re.sub(r"\s*\([^()]*,[^()]*\)", "", clause).strip()
        asked = clause[:1].lower() + clause[1:]
        front = f"{subject}: {asked}, {ask}" if subject else f"{clause}, {ask}"
        return _fact(ctx, index, note_id, front, text, kind=NoteType.TIP)
    # Only the sentence's first clause sets terms against each other: "Consider `a`
    # instead of a custom interface — `b` provides the same" weighs `a` against the
    # interface, and `b` past the dash is another statement.
    first = re.split(r"\s[—–]\s|;", first)[0]
    terms = [
        t
        for t in dict.fromkeys(_CODE_SPAN.findall(first))
        if sum(c.isalnum() for c in t) >= 2 and len(t) <= 32 and t.strip("`") not in subject
    ][:2]
    if len(terms) < 2 or not _RELATES.search(first) or _SAME_BUT_DIFFERENT.search(first):
        # "For two Xs with the same `a` but different `b` and `c`, …" states what
        # follows from a setting, never how `a` and `b` differ.
        # "`grpc` and `Gloo`?" asks nothing: only a sentence that sets two terms
        # against each other ("`a` is almost identical to `b`") asks how they differ.
        return ()
    about = f"how do {terms[0]} and {terms[1]} differ?"
    front = f"{subject}: {about}" if subject else about[:1].upper() + about[1:]
    return _fact(ctx, index, note_id, front, text, kind=NoteType.TIP)


def callout_tip(ctx: Context, index: int) -> tuple[Note, ...] | None:
    """A ``{{< note >}}`` / ``{{< caution >}}`` shortcode of a documentation site, or an
    alert (``> [!NOTE]``, ``:::info``): a card that asks what the note says (a cloze of
    its key sentence, its condition, or the code terms it is about), see :func:`_tip`."""
    block = ctx.items[index].block
    if not isinstance(block, Callout):
        return None
    # The nearest heading whole ("`type: ExternalName`"), a generic label qualified.
    heading = ctx.nearest_heading(index)
    subject = ctx.section_subject(index) if is_generic_label(heading) else heading or ctx.topic
    title = clean(block.title).replace("\n", " ").strip().rstrip(":!.").strip()
    if title and not _KIND_ONLY_LABEL.match(title.rstrip(":").strip()):
        if _tip_only_points(clean(block.text)):
            return ()  # "Prometheus/Grafana": "… you can find a setup guide in Part 4"
        # The author named the tip ("**Generating a bcrypt hash**", ``!!! tip "Title"``):
        # that name is the question, all it says (its command too) the answer.
        note_id = f"{ctx.subplace(index)}/{slugify(title)}"
        front = title if title.endswith("?") else _question(subject, title)
        return _fact(ctx, index, note_id, front, block.text, kind=NoteType.TIP)
    note_id = f"{ctx.subplace(index)}/{slugify(block.kind)}"
    return _tip(ctx, index, note_id, block.text, subject)


# A label that names a kind of notice ("Upcoming change", "Deprecation notice",
# "Breaking change", "Heads-up"): a title, not the question.
_NOTICE_LABEL = re.compile(
    r"(?:\b(?:change|update|announcement|notice|news|deprecation|reminder|disclaimer|"
    r"heads[- ]up)s?)$",
    re.IGNORECASE,
)


def quote_tip(ctx: Context, index: int) -> tuple[Note, ...] | None:
    """A blockquote: a tip. Under a heading such as "Interview Tip" or "One-Line
    Difference" it is asked as "<topic>: <heading>?"; a leading "Tip:" label names it.
    Under any other heading (or "Key takeaway") it asks what it says, as a note does."""
    block = ctx.items[index].block
    if not isinstance(block, Quote):
        return None
    following = ctx.items[index + 1] if index + 1 < len(ctx.items) else None
    if (
        following is not None
        and isinstance(following.block, Code)
        and following.headings == ctx.items[index].headings
        and _code_label(ctx, index)
    ):
        return ()  # "> Kotlin" over its block labels the code (labelled_code), says nothing
    lines = block.text.strip().split("\n")
    if len(lines) >= 2 and lines[-1].lstrip().startswith(("—", "– ", "-- ", "~ ")):
        return ()  # a quotation signed by its author (a testimonial): no fact to learn
    text = clean(block.text)
    label = ""
    match = _TIP_LABEL.match(text)
    if match and _EXAMPLE_POINTER.match(match.group(1)):
        # "> For example: …": a pointer, no label; the tip asks what it says.
        text, match = _sentence(match.group(2), ctx.commands), None
    if match:
        label, text = match.group(1), _sentence(match.group(2), ctx.commands)
        if "\n" in match.group(2):
            listed = _quoted_lines(match.group(2))  # its list one item a line
            text = listed[:1].upper() + listed[1:]
    heading = ctx.nearest_heading(index)
    if label and ANSWER_PART.match(f"{label}:") and heading and question_text(heading):
        # "> **Explanation:**" further down a question's section (after its example
        # code): a part of that question's answer, never "<section>: explanation?".
        return ()
    slug = slugify(label) if label else "tip"
    note_id = f"{ctx.subplace(index)}/{slug}"
    if label and _NOTICE_LABEL.search(label):
        # "> **Upcoming change:** X is scheduled for end of life …": the label titles a
        # notice; the card asks what the notice says, never "…: upcoming change?".
        made = _tip(ctx, index, note_id, text, ctx.section_subject(index))
        if made:
            return made
        said = [
            sentence
            for sentence in _SENTENCE_END.split(text)
            if sentence.strip() and not _POINTER.match(sentence.strip())
        ]
        front = f"{ctx.section_subject(index)}: what {label[:1].lower()}{label[1:]} is announced?"
        return _fact(ctx, index, note_id, front, " ".join(said), kind=NoteType.TIP)
    if label and not _KIND_ONLY_HEADING.match(label):
        front = _question(ctx.subject(index), label)
    elif (
        heading
        and not _KIND_ONLY_HEADING.match(subject_of(heading))
        and any(word in heading.lower() for word in _GENERIC_TIP_HEADINGS)
        and ctx.topic_for(text, heading)
    ):
        front = _question(ctx.topic_for(text, heading), heading)
    else:
        subject = ctx.section_subject(index) if heading else ctx.topic
        if _KIND_ONLY_HEADING.match(subject_of(heading)):
            subject = ctx.subject(index) if len(ctx.heading_texts(index)) > 1 else ctx.topic
        return _tip(ctx, index, note_id, text, subject)
    return _fact(ctx, index, note_id, front, text, kind=NoteType.TIP)


# One-word key columns that name no kind of thing without their section: "Mode",
# "Option", "Level" (of what?), unlike "Service Type".
_GENERIC_KEY_WORDS = frozenset(
    {"mode", "modes", "option", "options", "type", "value", "setting", "level", "kind", "flag"}
)


def _bare_word(text: str) -> str:
    return re.sub(r"[^\w ]", "", clean(text)).strip().lower()


def definition_entry(ctx: Context, index: int) -> tuple[Note, ...] | None:
    """A definition-list entry (``term`` then ``: definition``): a fact,
    "<section>: <term>?"."""
    block = ctx.items[index].block
    if not isinstance(block, Definition):
        return None
    section = ctx.section_subject(index)
    term = clean(block.term).replace("\n", " ")
    listed = _definitions_lead_in(ctx, index)
    named = set(re.findall(r"\w{4,}", section.lower()))
    if listed and not named & set(re.findall(r"\w{4,}", listed.lower())):
        # "The allowed values for the `effect` field are:": what the terms are (unless
        # the section already names it: "Service type", "available `type` values").
        section = f"{section}, {listed}"
    return _fact(
        ctx,
        index,
        f"{ctx.subplace(index)}/{slugify(term)}",
        f"{section}: {term}?",
        block.text,
    )


_LEAD_IN_ARTICLE = re.compile(r"^(?:the|a|an)\s+", re.IGNORECASE)
_LEAD_IN_VERB = re.compile(r"\s+(?:are|is|include|includes|were)$", re.IGNORECASE)
_LISTED_WORDS = 10  # a longer lead-in is a statement, not the name of what is listed


def _definitions_lead_in(ctx: Context, index: int) -> str:
    """What a run of definition entries lists, from the lead-in before its first entry
    ("The allowed values for the `effect` field are:" → "allowed values for the
    `effect` field"); "" when there is none or it is a whole statement."""
    first = index
    while (
        first > 0
        and index - first < _SECTION_SCAN
        and isinstance(ctx.items[first - 1].block, Definition)
    ):
        if ctx.items[first - 1].headings != ctx.items[index].headings:
            return ""
        first -= 1
    label = ctx.lead_in(first)
    if not label or label.lower().startswith(("this ", "these ", "here", "below", "following")):
        return ""  # "This means:", "These are:": points back, names nothing
    phrase = _LEAD_IN_VERB.sub("", _LEAD_IN_ARTICLE.sub("", label)).strip()
    return phrase if 1 < len(phrase.split()) <= _LISTED_WORDS else ""


def negative_one_liner(ctx: Context, index: int) -> tuple[Note, ...] | None:
    """A one-line paragraph opening with ❌ that states a limitation ("❌ Not accessible
    from your laptop or public internet."): "<subject>: accessible from …?" → "No"."""
    block = ctx.items[index].block
    if not isinstance(block, Paragraph):
        return None
    raw = block.text.strip()
    if not raw.startswith(("❌", "✘", "✗")) or "\n" in raw:
        return None
    text = clean(raw)
    if not text or text.endswith(":"):
        return None
    subject = ctx.subject(index)
    words = text.rstrip(".").split(" ", 1)
    if words[0].lower() == "not" and len(words) == 2:
        return _fact(
            ctx,
            index,
            f"{ctx.place(index)}/caveat",
            _question(subject, words[1]),
            NO,
        )
    return _fact(
        ctx,
        index,
        f"{ctx.place(index)}/caveat",
        _question(subject, "caveat"),
        text,
        kind=NoteType.TIP,
    )


# ----------------------------------------------------------------- lists

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


def parse_legend(items: tuple[str, ...]) -> dict[str, str] | None:
    """``✓ - supported`` lines as {symbol: "Supported"}, or None when not a legend."""
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


def legend_list(ctx: Context, index: int) -> tuple[Note, ...] | None:
    """A list whose every item is "<symbol> - <meaning>" ("✓ - supported"): the legend of
    the tables; it gives their symbols a meaning and makes no card itself."""
    block = ctx.items[index].block
    if isinstance(block, ListBlock) and parse_legend(block.items) is not None:
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


# A heading naming reading matter elsewhere ("User Demo How-To Blogs and Examples",
# "Articles and talks", "Videos"): its list points to posts, each item a title whose link
# the card would drop.
_READING_MATTER = re.compile(
    r"\b(?:blogs?|blog posts|articles|talks|videos|webinars|podcasts|screencasts)\b",
    re.IGNORECASE,
)


def further_reading_list(ctx: Context, index: int) -> tuple[Note, ...] | None:
    """A list under "What's next", "See also", "Further reading" or a heading naming
    blogs, articles or talks: links to read next, not facts; no card."""
    block = ctx.items[index].block
    heading = ctx.nearest_heading(index).lower()
    if isinstance(block, ListBlock) and (
        heading.startswith(_READING_HEADINGS) or _READING_MATTER.search(heading)
    ):
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
    fact per key, "<key>: <section>?"."""
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
    section = _options_command(ctx, index, [term for term, _ in entries])
    return _term_facts(ctx, index, section or ctx.section_subject(index), entries)


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
    r"brings?|requires?|needs?|contains?|comes with|consists of))\s+the following\s+"
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


_WHAT_IS = re.compile(
    r"^(?:what|who)\s+(?:is|are)\s+(?:the\s+|a\s+|an\s+)?(.+?)"
    r"(?:\s+and\s+(?:how|what|why|when|which|where)\b.*)?\?$",
    re.IGNORECASE,
)
_HOW_WORKS = re.compile(
    r"^how\s+(?:does|do)\s+(?:the\s+)?(.+?)\s+(?:work|operate|function)(\s+in\s+[^?]+)?\?$",
    re.IGNORECASE,
)
_ASKED_SUBJECT_WORDS = 6  # a longer subject is no short name: the question stays whole


def _asked_subject(question: str) -> str:
    """What a parent question is about, short enough to qualify a label on a front:
    "What is the Docker API and how does it work?" → "Docker API", "How does X work in
    Y?" → "X in Y"; any other question stays whole."""
    found = _WHAT_IS.match(question.strip())
    subject = found.group(1) if found else ""
    if not found and (how := _HOW_WORKS.match(question.strip())):
        subject = how.group(1) + (how.group(2) or "")
    subject = subject.strip()
    return subject if subject and len(subject.split()) <= _ASKED_SUBJECT_WORDS else question


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
_PARENTHESIS = re.compile(r"\s+\([^()`]+\)")  # an aside; "(`*.`)" says what it names
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


# A lead-in whose subject is a pronoun after an opening connective ("But they may also
# have …:", "In order for it to access …:"): what "it" is stayed in a sentence before.
_LEADING_PRONOUN = re.compile(
    r"^(?:(?:but|and|so|yet|however|also|still|then|now|thus|hence|therefore|in\s+order)"
    r",?\s+)+(?:for\s+)?(?:it|they|them|its|their)\b",
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


def _subject_elsewhere(lead_in: str, headings: tuple[str, ...]) -> bool:
    """Whether a statement lead-in says what its list is about only elsewhere: its
    subject a pronoun after a connective, a back-reference ("this feature", "the rest",
    "nearly the same") whose noun no heading above names, a bare count of cases, or a
    reader instruction ("Remember …"). Asked alone, such a card does not say what the
    list is; a heading that is the author's question names it, and keeps the card."""
    titled = [h for h in headings if h]
    if titled and question_text(titled[-1]):
        # The nearest heading titles the card; an ancestor question ("Why use X?" ›
        # "Comparison with Y") does not say what "two cases" are about.
        return False
    if _READER_INSTRUCTION.match(lead_in) or _LEADING_PRONOUN.match(lead_in):
        return True
    if _COUNTED_CASES.search(lead_in):
        return True
    named = re.findall(r"[\w$-]+", " ".join(headings).lower())
    purpose = _PURPOSE_CLAUSE.match(lead_in)
    # Only the first sentence can point outside: "You can set `--dry` to … . This keeps
    # …" points at the sentence the lead-in itself carries.
    first = re.split(r"(?<=[.!?])\s+(?=[A-Z`])", lead_in, maxsplit=1)[0]
    for found in _POINTING_BACK.finditer(first):
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
# A list card's item line as :func:`_items_back` writes it.
_ITEM_LINE_START = re.compile(r"^(?:\d+\.|•) ")


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
        out.append(note)
    return tuple(out)


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
        lead_in = _short_lead_in(_sentence(sentence), prefix)
        if _POINTS_BACK.search(lead_in) and not (prefix and question_text(title)):
            # "It currently has a few limitations:", "To make use of that prefix:": the
            # lead-in's subject is in the sentence before it; asked alone the card would
            # not say what the list is about. Under the author's question ("What is X?:
            # It includes …") the question names it.
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
        front = _question(subject, title)
    slug = slugify(title, "list") if title and title != top else "list"
    back = _items_back(block, items)
    defined = _defined_above(ctx, index, title) if not label and title != top else ""
    if defined:
        back = f"{defined}\n{back}"
    return _fact(ctx, index, f"{ctx.place(index)}/{slug}", front, back, kind=NoteType.LIST)


# Verbs a how-to sub-heading opens on as a gerund ("Enabling …", "Turning on …") beyond
# the shell actions below.
_HOW_TO_VERBS = frozenset(
    {"turn", "customize", "customise", "access", "specify", "pass", "select", "reset"}
)


def _how_to_gerund(title: str, more: frozenset[str] = frozenset()) -> str:
    """ "Enabling Ubuntu layer" → "How do you enable Ubuntu layer?": a heading opening on
    the gerund of an action verb (or of one of ``more``) and naming what it acts on; ""
    for any other."""
    words = clean(title).replace("\n", " ").strip().rstrip(":.").split()
    if len(words) < 2 or not words[0].lower().endswith("ing"):
        return ""
    gerund = words[0].lower()
    for verb in (*_ACTION_VERBS, *_HOW_TO_VERBS, *more):
        doubled = verb + verb[-1] + "ing"
        dropped = verb[:-1] + "ing" if verb.endswith("e") else ""
        if gerund in (verb + "ing", doubled, dropped):
            return f"How do you {verb} {' '.join(words[1:])}?"
    return ""


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
            or words[0] == "of"
            or _ANNOUNCED_NOTHING.intersection(words)
        ):
            return ""  # "some key points about …", "a few of my favourites": no what
        if {"the", "this", "these", "those", "it", "its", "them"}.intersection(words):
            # "two parts to the message", "semantics of the API": the phrase points
            # at what the text above names; the section's own front keeps it.
            return ""
        subject = ctx.topic.strip() or subject_of(ctx.nearest_heading(index))
        subject = subject.rstrip("?").strip()
        named = _content_words(subject) & _content_words(what)
        if named or not subject or re.search(r"\s(?:to|for)\s", what):
            # "ways to mitigate X": the phrase says what it is about
            return f"What are the {what}?"
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
    if words[0].lower() in _ACTION_VERBS or _how_to_gerund(heading):
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


def _numbered_answer_part(headings: Sequence[Heading]) -> bool:
    """The heading is numbered right under a question heading ("What are the different
    loss functions? › 4. Squared Hinge Loss"): one of the kinds the question asks for,
    named by it, so "<question>: <heading>?" asks a whole question, as its siblings do."""
    return (
        len(headings) >= 2
        and bool(_NUMBERED_HEADING.match(headings[-1].text))
        and bool(question_text(clean_heading(headings[-2].text)))
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


# ----------------------------------------------------------------- author questions

# An answer grows block by block up to about this size; the builder joins a list to a
# question's answer only while the whole still fits.
ANSWER_CHARS = 700
_EXERCISE_CHARS = 1500  # a solution keeps all its commands up to this size
# An answer the author has not written yet is no answer.
_PLACEHOLDER = re.compile(
    r"^\s*(?:to be (?:completed|done|added|written)|todo|tbd|tba|coming soon|wip|n/a|"
    r"work in progress|(?:your |add (?:an? |your )?)?answer (?:goes )?here)\W*$",
    re.IGNORECASE,
)
_SHORT_ANSWER = 80  # characters: an answer this short may take the next block too
# A paragraph labelled as the answer's example ("👉 **Example:** …", "**Example:**" over
# code): the label may follow a pointing emoji or arrow.
_EXAMPLE_PART = re.compile(r"^[^\w`]{0,4}(?:for )?examples?\s*[:\-–—]", re.IGNORECASE)
# The label opening a quoted answer ("> **Answer:**", "> A:"), its bold dropped by clean().
_QUOTED_ANSWER_LABEL = re.compile(
    rf"^(?:{label_words(ANSWER_NAMES)}[ \t]*[:.\-–—]+|{ANSWER_LETTER}[ \t]*:+)[ \t]*\n?",
    re.IGNORECASE,
)
_DIFFICULTY = re.compile(r"\s*\*+$")


_QUOTED_ITEM = re.compile(r"^(?:• |\d+\. )")


def _quoted_lines(text: str) -> str:
    """A quote's text as one paragraph, except its list items (``• `` / ``2. ``, as the
    walker marks them), one a line as any list answer is."""
    lines: list[str] = []
    for line in text.split("\n"):
        line = line.strip()
        if not line:
            continue
        if lines and not _QUOTED_ITEM.match(line) and not _QUOTED_ITEM.match(lines[-1]):
            lines[-1] = f"{lines[-1]} {line}"
        else:
            lines.append(line)
    return "\n".join(lines)


def _block_text(block: object, *, commands: bool = False) -> str:
    """A block as answer text: lists as bullets, code as is, tables as rows.
    ``commands`` (a solution's) keeps only the commands of a shell block."""
    if isinstance(block, Quote):
        # "> **Answer:** Go is …": a quoted answer under its question; the label that
        # opens it names no knowledge.
        said = clean(block.text)
        labelled = _QUOTED_ANSWER_LABEL.match(said)
        if labelled and said[labelled.end() :].strip():
            said = said[labelled.end() :].lstrip()
        return _quoted_lines(said)
    if isinstance(block, Paragraph | Callout):
        return clean(block.text).replace("\n", " ")
    if isinstance(block, Definition):
        return clean(f"{block.term}: {block.text}")
    if isinstance(block, ListBlock):
        bullet = "{n}. " if block.ordered else "• "
        items = [clean(item).replace("\n", " ") for item in block.items]
        lines: list[str] = []
        for n, item in enumerate(items):
            if not item:
                continue
            lines.append(bullet.format(n=block.start + n) + item)
            code = block.codes[n] if n < len(block.codes) else ""
            if code:
                # The example fenced inside the item, under it as a block on a back
                # reads: its lines as written.
                lines.extend(line.rstrip() for line in code.splitlines())
        return "\n".join(lines)
    if isinstance(block, Code):
        if commands and block.info.split(" ")[0] in _SHELL_INFOS:
            return _commands_only(block.text)
        # Code is content to the last character: an emoji in it (``'❤️' === '❤️'``) stays.
        return "\n".join(line.rstrip() for line in block.text.strip("\n").splitlines())
    if isinstance(block, Table):
        rows = [" | ".join(_back_cell(c) for c in row) for row in (block.header, *block.rows)]
        return "\n".join(r for r in rows if r.strip(" |"))
    return ""


def _back_cell(cell: str) -> str:
    """A table cell as a back shows it. A cell that is only a mark ("❌", "✅") says
    Yes/No: the prose clean-up drops the symbol as decoration and would leave it empty.
    Words after a mark ("✅ loud") are the cell, as in prose; "p*" stays a pattern."""
    return clean(cell) or symbol_value(cell, {})


_CONTINUED = ("\\", "|", "&&")
# What a command printed, by its shape: a table header ("NAME   READY   STATUS"), a
# table row (columns apart by three spaces or more), a status line ("pod/web created",
# 'deployment "web" successfully rolled out').
# A command whose output goes elsewhere (a file, another command, an editor) or that
# goes on: the line under it is no output of it.
_SILENT = re.compile(r">|\|\s*$|\\$|&&\s*$|<<|\b(?:vi|vim|nano|emacs|edit)\b|\s-f\s+-")
# Programs a solution runs that its block may not name at a line's start elsewhere.
_PROGRAMS = frozenset(
    {
        "kubectl",
        "k",
        "helm",
        "docker",
        "podman",
        "crictl",
        "kubeadm",
        "etcdctl",
        "minikube",
        "kind",
        "cat",
        "echo",
        "printf",
        "grep",
        "curl",
        "wget",
        "vi",
        "vim",
        "nano",
        "sudo",
        "export",
        "cd",
        "ls",
        "cp",
        "mv",
        "rm",
        "mkdir",
        "chmod",
        "chown",
        "sed",
        "awk",
        "watch",
        "git",
        "systemctl",
        "journalctl",
        "ssh",
        "scp",
        "openssl",
        "base64",
        "tar",
        "apt",
        "apt-get",
        "yum",
        "dnf",
        "brew",
        "pip",
        "npm",
        "python",
        "python3",
        "make",
        "source",
        "alias",
        "env",
        "sleep",
        "touch",
        "tee",
        "jq",
        "yq",
        "nc",
        "ping",
        "dig",
        "nslookup",
    }
)
_TABLE_HEADER = re.compile(r"^[A-Z][A-Z_-]+(?: [A-Z][A-Z_-]+)*\s{2,}[A-Z]")
_TABLE_ROW = re.compile(r"^\S+(?:\s{3,}\S+)+")
_STATUS_LINE = re.compile(
    r"^[\w.-]+(?:/[\w.-]+)?(?:\s+\"[^\"]+\")?\s+(?:successfully\s+)?(?:created|configured|"
    r"deleted|unchanged|labeled|unlabeled|tainted|untainted|patched|scaled|exposed|"
    r"cordoned|uncordoned|drained|annotated|edited|restarted|paused|resumed|replaced|"
    r"autoscaled|evicted|rolled (?:out|back))\.?$"
)


def _command_words(lines: list[str]) -> set[str]:
    """The programs a shell block runs: the first word of each line that opens the
    block or follows a blank line or a comment (output follows its command directly)."""
    words: set[str] = set()
    opens = True
    for line in lines:
        text = line.strip()
        if not text or text.startswith("#"):
            opens = True
            continue
        first = text.split(" ", 1)[0]
        if opens and _COMMAND_START.match(first) and not first.endswith(":"):
            words.add(first)
        opens = False
    return words


# "Output:", "Sample output:": the label of what a solution's commands printed.
_OUTPUT_LABEL = re.compile(r"^(?:(?:sample|example|expected)\s+)?output\s*:?$", re.IGNORECASE)
# A command that only clears or resets the terminal: no step of any solution.
_HOUSEKEEPING = frozenset({"clear", "cls", "reset", "clear-host"})


# The shell's continuation prompt (PS2) opening a line of a prompted command.
_PS2 = re.compile(r"^>(?: |$)")


def _commands_only(text: str) -> str:
    """A shell block of a solution without what its commands printed (pasted
    ``kubectl get`` tables, "deployment … rolled out"): output is told by its shape,
    a table or a status line, and runs to the next blank line or command; anything
    else (commands, comments, a file's lines being written or edited) stays. With ``$``
    prompts, the prompted lines and comments are the commands."""
    lines = [_POINTED_NOTE.sub("", line) for line in text.strip("\n").splitlines()]
    prompted = any(line.startswith("$ ") for line in lines)
    words = _command_words(lines)
    kept: list[str] = []
    heredoc = ""
    output = False  # inside what a command printed
    printing = False  # the line above is a command whose output is not redirected
    typing = False  # the line above is a prompted command (or a line of it)
    for line in lines:
        bare = line.strip()
        if heredoc:
            kept.append(line.rstrip())  # a here-document's lines are input, not output
            heredoc = "" if _PS2.sub("", bare, count=1).strip() == heredoc else heredoc
            continue
        if kept and kept[-1].endswith("\\") and bare:
            kept.append(line.rstrip())  # the line a trailing "\" continues
            continue
        if not bare:
            if kept and kept[-1]:
                kept.append("")
            output = printing = typing = False
            continue
        if typing and _PS2.match(line):
            # "> do", "> done": the shell's continuation prompt, the same command.
            kept.append(line.rstrip())
            continue
        if bare.startswith("#") or (prompted and line.startswith("$ ")):
            kept.append(line.rstrip())  # a comment or a prompted command
            output = printing = False
            typing = prompted and line.startswith("$ ")
            if typing and (found := _HERE_DOC.search(bare)):
                heredoc = found.group(1)
            continue
        typing = False
        if prompted:
            continue
        if bare.lower() in _HOUSEKEEPING:
            continue
        first = bare.split(" ", 1)[0]
        command = first in words or first in _PROGRAMS
        if output and not command:
            continue
        output = (
            not command
            and bool(
                _TABLE_HEADER.match(bare)
                or _TABLE_ROW.match(bare)
                or _STATUS_LINE.match(bare)
                # Right under a command that prints ("cat /etc/app.conf", "env | grep X"):
                # a line that runs no program ("planet=blue") is what it printed.
                or (printing and not line[:1].isspace() and bare != "...")
            )
        )
        if output:
            continue
        if bare != "...":  # an elision keeps what the command above prints
            printing = command and not _SILENT.search(bare)
        kept.append(line.rstrip())
        if found := _HERE_DOC.search(bare):
            heredoc = found.group(1)
    while kept and not kept[-1]:
        kept.pop()
    return "\n".join(kept)


_BARE_URL = re.compile(r"^<?https?://\S+>?$")


def _named_links(block: ListBlock, parts: list[str]) -> bool:
    """A list of named links that is the answer itself ("Which tools …?" → the tools
    it links to): it opens the answer, alone or after its lead-in. Bare URLs name
    nothing."""
    opens = not parts or (
        len(parts) == 1 and parts[0].endswith(":") and not _READ_MORE.search(parts[0])
    )
    return opens and not any(_BARE_URL.match(item.strip()) for item in block.items)


# "For more details see:", "Read more:": a lead-in to reading, not to the answer.
_READ_MORE = re.compile(
    r"\b(?:see|refer|read|visit|check out|more (?:details|information|info)|resources)\b",
    re.IGNORECASE,
)


# "Ansible for DevOps https://…": a title and its address, written out (no code span:
# "`curl https://…`" is a command).
_TITLED_URL = re.compile(r"^[^`]*?\s<?https?://\S+>?$")


def _links_only(block: ListBlock) -> bool:
    """Every item is a link (or a bare URL, or a title followed by its URL)."""
    return all(
        (n < len(block.links) and block.links[n])
        or bool(_BARE_URL.match(item.strip()) or _TITLED_URL.match(item.strip()))
        for n, item in enumerate(block.items)
    )


# A sentence that only sends the reader elsewhere ("See the comparison page.", "For more
# information on X, see https://…", a bare URL) teaches nothing on a card.
_POINTER = re.compile(
    r"^(?:(?:for (?:more|further|additional) (?:information|details|info)\b[^,]*,\s*|"
    r"for (?:specifics|details|more),\s*|"
    # "If you are looking for X, visit …": the condition only says who needs the link.
    r"if you(?:'re| are)? (?:looking for|want|need|would like)\b[^,]*,\s*)?"
    r"(?:(?:first|also|please),?\s+)?(?:see|refer to|visit|check out|consult)\b.*|"
    r"<?https?://\S+>?)$",
    re.IGNORECASE,
)


# A closing pointer short enough to say nothing else: "See details.", "See the
# installation section for details.", "Refer to the docs for more information."
_CLOSING_POINTER = re.compile(
    r"^(?:please\s+)?(?:see|refer to|read|check)\b(?:\W*\w+){0,3}\W*$|"
    r"^(?:please\s+)?(?:see|refer to|read|check)\b.*\bfor (?:more |further )?"
    r"(?:details|information|info|examples)\W*$",
    re.IGNORECASE,
)


def _without_closing_pointer(text: str) -> str:
    """A paragraph without the sentences that end it by sending the reader elsewhere
    (its link is gone from the card): "Yes. See details." → "Yes."."""
    sentences = _SENTENCE_END.split(text)
    while len(sentences) > 1 and _CLOSING_POINTER.match(sentences[-1].strip()):
        sentences.pop()
    return " ".join(sentences)


def _why_no_answer(answer: tuple[object, ...]) -> Made:
    """What an answer that left no back is: the author's placeholder ("To be
    completed.") or only links (under a lead-in, "Useful resources:"), each with links
    after it or not, is left out on purpose; anything else the rules could not read."""
    said = [b for b in answer if _block_text(b)]
    unwritten = bool(said) and _PLACEHOLDER.match(_block_text(said[0])) is not None
    rest = said[1:] if unwritten else said
    if rest and not all(
        (isinstance(b, ListBlock) and _links_only(b))
        or (isinstance(b, Paragraph) and b.pointer)
        or _block_text(b).rstrip().endswith(":")
        for b in rest
    ):
        return ()
    if unwritten:
        return Skipped(Skip.UNWRITTEN)
    # A list of links, or a paragraph of nothing but a link ("What's more?" and a link
    # to the full list of questions): where to read, left out on purpose.
    linked = any(isinstance(b, ListBlock) or (isinstance(b, Paragraph) and b.pointer) for b in rest)
    return Skipped(Skip.POINTER) if linked else ()


def _more_than_lead_ins(text: str) -> bool:
    """``text`` has a line that is more than a lead-in ("Explanation:", "Read more:")."""
    return any(line.strip() and not line.rstrip().endswith(":") for line in text.split("\n"))


def _only_pointers(text: str) -> bool:
    """Every sentence of the answer points elsewhere: the answer is not on the page."""
    sentences = [s.strip() for s in _SENTENCE_END.split(text.replace("\n", " ")) if s.strip()]
    return bool(sentences) and all(_POINTER.match(s) for s in sentences)


# A question in several parts: "What POP and IMAP are, and how to choose …", "in-tree
# vs. out-of-tree", "Difference(s) between …"; each part is answered by its own block.
_SEVERAL_PARTS = re.compile(
    r",\s*and\b|\band (?:how|what|why|when|which|where|who)\b|\bvs\.?(?=\s)|\bversus\b|"
    r"\bdifferen(?:ces?|t)\b",
    re.IGNORECASE,
)
_QUESTION_WORD = re.compile(r"\b(?:what|how|why|when|which|where|who)\b", re.IGNORECASE)
_FEW_BLOCKS = 4  # an answer of at most this many blocks, two of them lead-ins …
_SHORT_BLOCK = 240  # … each at most this many characters is kept whole (up to the limit)


# Two tasks set at once: "Identify and resolve a retain cycle", "Explain and compare …",
# "Detect & fix a leak": the first paragraph answers the first verb, a later one the second.
# (A task verb right before "and" has no object of its own: the word after is a verb too.)
_TASK_VERBS = (
    r"(?:identify|resolve|explain|describe|define|compare|contrast|detect|find|fix|"
    r"prevent|avoid|diagnose|debug|troubleshoot|handle|implement|design|measure|optimi[sz]e|"
    r"analy[sz]e|evaluate|discuss|name|list|spot|solve|test|verify|reproduce|repair|"
    r"interpret|justify|choose|recognize|recognise|correct|remove|break)"
)
_TWO_TASKS = re.compile(rf"^(?:[^:?]*:\s+)?{_TASK_VERBS}\s+(?:and|&)\s+[a-z]+\s", re.IGNORECASE)


# "What is X and when would you use it?", "Explain X and how to tune it": a second
# question joined to the first, answered by the paragraph after the first answer.
_AND_ASKS = re.compile(r"\band (?:how|what|why|when|which|where)\b", re.IGNORECASE)


def _second_task(
    question: str, answer: tuple[object, ...], more: tuple[object, ...]
) -> tuple[object, ...]:
    """A question setting two tasks ("Identify and resolve a retain cycle", "What is X and
    when would you use it?") answered by one paragraph per task: the opening paragraph
    answers the first, the next paragraph (with the code or list it announces) the
    second; an example between them ("For example, …:" and its code) illustrates the
    first and is passed over for the paragraph after it. Both answers go on the back
    while they fit on a card, else there is no card (half the answer is not the
    answer). Else the answer as it was."""
    if not (_TWO_TASKS.match(question) or _AND_ASKS.search(question)):
        return answer
    if len(answer) != 1 or not isinstance(answer[0], Paragraph):
        return answer
    if (
        len(more) > 2
        and isinstance(more[0], Paragraph)
        and _SETS_UP_EXAMPLE.search(_block_text(more[0]))
        and isinstance(more[1], Code)
    ):
        more = more[2:]  # the first answer's example, then the second answer
    if not isinstance(more[0], Paragraph) or more[0].heading or more[0].pointer:
        return answer
    second: tuple[object, ...] = more[:1]
    if (
        _promises_more(more[0], _block_text(more[0]))
        and len(more) > 1
        and isinstance(more[1], Code | ListBlock)
    ):
        second = more[:2]  # the second answer's lead-in and what it introduces
    if sum(len(_block_text(b)) for b in (*answer, *second)) > ANSWER_CHARS:
        return ()
    return (*answer, *second)


def _several_parts(question: str) -> bool:
    """The question asks two things, so its answer's first block answers only one."""
    return (
        bool(_SEVERAL_PARTS.search(question))
        or len(_QUESTION_WORD.findall(question)) >= 2
        or bool(_TWO_TASKS.match(question))
    )


def _few_and_short(blocks: tuple[object, ...]) -> bool:
    """The answer is a handful of short steps, each a lead-in and what it introduces
    ("To change the directories:", the command, "To change the files:", the command):
    together they are the answer."""
    texts: list[str] = []
    for block in blocks:
        if isinstance(block, ListBlock) and _links_only(block):
            if texts and texts[-1].endswith(":"):
                texts.pop()  # "Useful resources:" and its links are not the answer
            continue
        if text := _block_text(block):
            texts.append(text)
    # Two lead-ins at least: the answer is a series of "To do X:" steps, not a first
    # paragraph followed by detail a flashcard does not need.
    lead_ins = sum(1 for t in texts if t.endswith(":"))
    # Text and its command, pair after pair ("Update with:" / ``brew update``, "Upgrade
    # with:" / ``brew upgrade``): every pair is a step of the answer, however many.
    pairs = (
        len(blocks) % 2 == 0
        and all(isinstance(b, Paragraph) and _block_text(b).endswith(":") for b in blocks[::2])
        and all(isinstance(b, Code) for b in blocks[1::2])
    )
    return (
        lead_ins >= 2
        and (len(texts) <= _FEW_BLOCKS or pairs)
        and all(len(t) <= _SHORT_BLOCK for t in texts)
    )


def _is_title(block: object, text: str) -> bool:
    """A short paragraph opening with a bold label ("My favorite tools", "Solution 2"),
    not a sentence: it titles the block after it."""
    if isinstance(block, Paragraph) and block.heading:
        return True  # "#### Good to hear" inside a hidden answer
    return (
        isinstance(block, Paragraph)
        and bool(block.label)
        and not block.label.startswith("`")  # code (`Set-Cookie: …`) is an answer
        and len(text.split()) <= 8
        and not text.endswith((".", "?", "!"))
    )


def _part_title(block: object) -> bool:
    """A paragraph that is only a bold line ("**When should I use `nobody`?**",
    "**`nobody` or `www-data` for httpd**"): the title of one part of a long answer."""
    if not isinstance(block, Paragraph) or not block.label:
        return False
    text = block.text.strip().strip("*_").strip()
    return text == block.label.strip() and len(text.split()) <= 12


_CONTENT_WORD = re.compile(r"[a-z][a-z0-9-]{3,}")
_SHORT_CONTENT_WORD = re.compile(r"[a-z][a-z0-9-]{2,}")


def _content_words(text: str, *, short: bool = False) -> set[str]:
    """The lower-cased words of ``text`` that name something: four letters or more
    (three with ``short``: "key" names a thing), no question word ("what", "which")."""
    word = _SHORT_CONTENT_WORD if short else _CONTENT_WORD
    return set(word.findall(text.lower())) - _QUESTION_FILLER


# Words too common to say what a question and a tip are about ("before", "after").
_SHORT_FILLER = frozenset(
    re.findall(
        r"\w+",
        "the and you for are not but can how why use its has was all any who may our out "
        "did get got one two way yes before after always never first",
    )
)


def _stems(text: str) -> set[str]:
    """The content words of ``text`` (three letters or more: "key" names a thing) without
    a plural "s" ("polyfills", "polyfill")."""
    words = _content_words(text, short=True) - _SHORT_FILLER
    return {word.removesuffix("s") for word in words}


_QUESTION_FILLER = frozenset(
    {
        "what",
        "when",
        "where",
        "which",
        "should",
        "could",
        "would",
        "does",
        "with",
        "from",
        "that",
        "this",
        "your",
        "about",
        "tell",
        "give",
        "between",
        "difference",
        "differences",
    }
)


def _titled_parts(question: str, blocks: tuple[object, ...], limit: int) -> tuple[object, ...]:
    """An answer too long for a card, organised by bold titles that each name a part of
    the question ("**When should I use `nobody`?**", "**`nobody` or `www-data` for
    httpd**" under "… example when to use `nobody`? Tell me the differences running
    httpd as `nobody` and `www-data`."): its first block, then each such title with the
    first block under it. The first blocks in order would answer only the first part."""
    if sum(len(_block_text(b)) for b in blocks) <= limit:
        return blocks
    asked = _content_words(question)
    titled = [
        n
        for n, b in enumerate(blocks)
        if _part_title(b) and len(_content_words(_block_text(b)) & asked) >= 2
    ]
    if len(titled) < 2 or titled[0] == 0:
        return blocks
    kept: list[object] = [blocks[0]]
    for n in titled:
        if n + 1 < len(blocks) and not _part_title(blocks[n + 1]):
            kept.extend((blocks[n], blocks[n + 1]))
    # Parts that do not fit on a card either way: the blocks stay as they were.
    return tuple(kept) if sum(len(_block_text(b)) for b in kept) <= limit else blocks


# A paragraph opening one counted part of a long answer: "1. Let: let is …" (or a bold
# "**Let:** …"): the part's name, a colon, what it says.
_COUNTED_PART = re.compile(r"^\s*(\d{1,2})[.)]\s+[^:\n]{1,40}:\s+\S")


def _counted_parts(blocks: tuple[object, ...], limit: int) -> tuple[object, ...]:
    """An answer too long for a card whose parts are paragraphs counted "1. Let: …",
    "2. with: …" (or labelled "**Let:** …"), each followed by its syntax and examples:
    its first block and the paragraph opening each part, in order. Cutting at the
    limit would keep the first part alone; the parts' own paragraphs say what each is."""
    if sum(len(_block_text(b)) for b in blocks) <= limit:
        return blocks
    numbers: list[int] = []
    opened: list[int] = []
    for n, block in enumerate(blocks):
        if n == 0 or not isinstance(block, Paragraph):
            continue
        counted = _COUNTED_PART.match(block.text)
        labelled = block.label.strip("*_ ").endswith(":") and not block.label.startswith("`")
        if counted or labelled:
            opened.append(n)
            numbers.append(int(counted.group(1)) if counted else 0)
    # Counted from 1 on (a number may repeat, never go back), or all labelled.
    in_order = all(b >= a for a, b in itertools.pairwise(numbers))
    mixed = 0 in numbers and any(numbers)
    if len(opened) < 2 or not in_order or numbers[0] not in (0, 1) or mixed:
        return blocks
    kept = (blocks[0], *(blocks[n] for n in opened))
    return kept if sum(len(_block_text(b)) for b in kept) <= _EXERCISE_CHARS else blocks


# A first paragraph that only announces the list after it ("The below 3 rules needs to
# be followed …", "Below are the main differences,"): the list is the answer.
_ANNOUNCES = re.compile(r"\b(?:below|following|as follows)\b", re.IGNORECASE)
# A paragraph's last sentence that promises what comes after it: a lead-in ending in ":"
# (or ":-"), one that stops on a comma ("Let's categorize the polyfills,"), a rhetorical
# question ("… we recommend upgrading. Why's that?") or a count of the kinds listed next
# ("There are four forms of data binding which differ in …").
_LEAD_IN_END = re.compile(r"(?::-?|,|\?)\s*$")
_COUNTS_WHAT_FOLLOWS = re.compile(
    r"^there (?:are|exist) (?:two|three|four|five|six|seven|eight|nine|ten|[2-9])\b[^.]*\.?$",
    re.IGNORECASE,
)


# A sentence broken off on a word that cannot end one ("You can install it globally
# as", "… would be as below"), no stop after it: the code or list it runs into is its
# end, so it is a lead-in as much as one ending in ":".
_HANGING_WORD = re.compile(
    r"\b(?:as|like|with|using|via|by|to|of|into|the|an?|as follows|below|"
    r"following|like this|like so)\s*$",
    re.IGNORECASE,
)


def _promises_more(block: object, text: str) -> bool:
    """Whether a paragraph of an answer ends on a lead-in whose list, code or reasons
    must follow it on the card (see ``_LEAD_IN_END``)."""
    if not isinstance(block, Paragraph):
        return False
    last = _SENTENCE_END.split(text.strip())[-1]
    return bool(
        _LEAD_IN_END.search(last) or _COUNTS_WHAT_FOLLOWS.match(last) or _HANGING_WORD.search(last)
    )


_ITEM_LEAD = re.compile(r"^(.{3,120}?)(?::\s|\s[—–-]\s|(?<=[^\s.]{2})\.\s)")


# A code span opening an item's rest; the whole of a lead when it fullmatches.
_LEADING_CODE = re.compile(r"^`[^`\n]+`")
_CODE_WHAT_WORDS = 80  # characters of a command's description kept beside it


def _with_its_code(lead: str, rest: str) -> str:
    """An item's lead with the inline code that pairs with it: "Build a package:
    `cargo build`" keeps its command (the command is what the item teaches, the label
    only says what it does); "`cargo new`: create a package" keeps what the command
    does, up to its first sentence end, when that is short."""
    code = _LEADING_CODE.match(rest)
    lead_is_code = bool(_LEADING_CODE.fullmatch(lead))  # leads come stripped
    if code and not lead_is_code:
        return f"{lead}: {code.group(0)}"
    if lead_is_code and rest[:1].isalpha():
        said = _SENTENCE_END.split(rest)[0].rstrip(".")
        if len(said) <= _CODE_WHAT_WORDS:
            return f"{lead}: {said}"
    return lead


def _item_leads(block: ListBlock) -> str:
    """A long list as the names of its items: each item's bold or code term, else its
    words up to the first ": ", " — " or sentence end; "" when an item has no such lead
    (a list of sentences: shortening it would drop what each says)."""
    leads: list[str] = []
    paired: list[str] = []  # each lead with the inline code it pairs with
    for n, item in enumerate(block.items):
        term = block.terms[n] if n < len(block.terms) else ""
        text = clean(item).replace("\n", " ")
        if term:
            lead = clean(term).rstrip(":").strip()
            rest = text[len(clean(term)) :].lstrip(" :") if text.startswith(clean(term)) else ""
        else:
            found = _ITEM_LEAD.match(text)
            if not found:
                return ""
            lead = found.group(1).strip()
            rest = text[found.end() :] if not found.group(0).endswith(". ") else ""
        bullet = f"{block.start + n}. " if block.ordered else "• "
        leads.append(bullet + lead)
        paired.append(bullet + _with_its_code(lead, rest.strip()))
    if all(p != lead for p, lead in zip(paired, leads, strict=True)):
        # Every item pairs a label with its command: the commands are the answer. (Only
        # some items pairing is a list of another kind: one command here, a remark
        # there; the labels alone read alike.)
        leads = paired
    if (
        len({re.sub(r"\d+", "#", lead.partition(" ")[2]).casefold() for lead in leads})
        == 1
        < len(leads)
    ):
        # "Angular 1", "Angular 2", …: the names only count the items; what each says
        # is the answer.
        return ""
    if len({lead.partition(" ")[2].casefold() for lead in leads}) < len(leads):
        # Two items of one name ("**Product {{ site.x }}**: …" once the template's value
        # is gone): the names do not tell the items apart, only the descriptions do.
        return ""
    return "\n".join(leads)


_DEFINITION_WORDS = 4  # words of prose after an item's label that say what it is
_LABEL_LEAD_WORDS = 6  # a label names: "Manifest mode", "Per-dll vs Per-application"


def _item_definitions(block: ListBlock) -> str | None:
    """A labelled list whose items define their labels ("1. **Manifest mode** lets you
    declare …"): each label with the first sentence of its definition, one a line;
    ``None`` when no item says more than its label (and its code) — the labels alone
    are then the whole of what the list says. "" when an item has no label to lead
    with (the caller keeps the list as it is)."""
    lines: list[str] = []
    defined = False
    for n, item in enumerate(block.items):
        term = clean(block.terms[n]) if n < len(block.terms) else ""
        text = clean(item).replace("\n", " ")
        if term and text.startswith(term):
            lead, rest = term.rstrip(":").strip(), text[len(term) :]
        else:
            found = _ITEM_LEAD.match(text)
            if not found:
                return ""
            lead, rest = found.group(1).strip(), text[found.end() :]
            if found.group(0).endswith(". "):
                rest = ""  # the lead is the item's first sentence: it says what it is
        if len(lead.split()) > _LABEL_LEAD_WORDS:
            return None  # a step or a statement ("Mark the text for translation"), no label
        # "**Manifest mode** lets you …": the definition goes on from the label.
        runs_on = rest[:1] == " " and rest[1:2].islower()
        # "**Arch Linux**, which offers …": the clause goes on after its comma.
        joint = ", " if rest[:1] == "," else " " if runs_on else ": "
        rest = rest.lstrip(",.:—–- ").strip()
        first = _SENTENCE_END.split(rest, maxsplit=1)[0].strip().rstrip(".") if rest else ""
        if len(re.sub(r"`[^`]*`", "", first).split()) >= _DEFINITION_WORDS:
            defined = True
        bullet = f"{block.start + n}. " if block.ordered else "• "
        lines.append(f"{bullet}{lead}{joint}{first}" if first else bullet + lead)
    return "\n".join(lines) if defined else None


# "Method 1", "Approach 2", "Option #3": the title of one of several numbered ways.
_WAY_TITLE = re.compile(r"^([A-Za-z]+)\s*#?(\d+)\s*[.:)]?$")


_WAYS = re.compile(r"\b(?:ways|methods|approaches|options)\b", re.IGNORECASE)


def _numbered_ways(blocks: tuple[object, ...]) -> tuple[object, ...]:
    """An answer that opens on prose announcing ways to do it ("There are a couple of
    ways …") and then gives numbered ways ("Method 1", its
    code, the explanation and a worked example; "Method 2", ...): the ways are the
    answer, each title with its first code block ("Method 1:", `arrayList = [];`).
    () when the answer has not at least two such ways of the same kind."""
    if not blocks or not isinstance(blocks[0], Paragraph) or not _WAYS.search(blocks[0].text):
        return ()
    ways: list[object] = []
    kinds: set[str] = set()
    for n, block in enumerate(blocks[:-1]):
        if not isinstance(block, Paragraph):
            continue
        title = _WAY_TITLE.match(_block_text(block))
        following = blocks[n + 1]
        if title and isinstance(following, Code):
            kinds.add(title.group(1).lower())
            ways.extend(
                (Paragraph(text=f"{_block_text(block).rstrip('.:)')}:", line=block.line), following)
            )
    return tuple(ways) if len(ways) >= 4 and len(kinds) == 1 else ()


_PART_OPENING = re.compile(r"^\s*(\d{1,2})\)\s")
_PART_NUMBER = re.compile(r"(?:^|\s)(\d{1,2})\)\s")


def _next_part(before: str, text: str) -> bool:
    """Whether ``text`` opens with the number after the last numbered part of ``before``
    ("… two types - 1) Referential …" then "2) Structural …")."""
    opening = _PART_OPENING.match(text)
    numbers = [int(n) for n in _PART_NUMBER.findall(before)]
    return opening is not None and bool(numbers) and int(opening.group(1)) == numbers[-1] + 1


# "Note: …", "Nota: …", "NB: …": the author's aside before the answer, not the answer.
_ASIDE = re.compile(
    r"^(?:Note|Nota|Notez|NB|N\.B\.|Aside|Side note|Remarque|Hinweis|Anmerkung)\s*:",
    re.IGNORECASE,
)


# A name the question asks about: a capitalised word inside the question, not its first
# word nor one after a sentence stop ("CockroachDB", "Kafka").
_QUESTION_NAME = re.compile(r"(?<![.?!:]\s)(?<=\s)[A-Z][A-Za-z0-9]*[a-z][A-Za-z0-9]*[A-Z0-9]?\w*")


def _past_background(question: str, blocks: tuple[object, ...]) -> bool:
    """Whether the answer opens on background with its own list ("The CAP theorem
    states …, the following three guarantees:" and the guarantees) naming none of the
    names the question asks about, and the paragraph right after that list opens on
    one of them ("CockroachDB is a CP system …"): that paragraph is the answer."""
    if len(blocks) < 3 or not isinstance(blocks[1], ListBlock):
        return False
    opening, after = blocks[0], blocks[2]
    if not isinstance(opening, Paragraph) or not isinstance(after, Paragraph):
        return False
    lead = clean(opening.text)
    names = {n.casefold() for n in _QUESTION_NAME.findall(question)}
    if not names or not lead.endswith(":") or _ASIDE.match(lead):
        return False
    if any(re.search(rf"(?<!\w){re.escape(n)}(?!\w)", lead.casefold()) for n in names):
        return False
    first = clean(after.text).split(None, 1)
    return bool(first) and first[0].casefold().rstrip(",.:;") in names


def _past_an_aside(block: Question) -> Question:
    """A question whose answer opens on the author's aside ("Note: although the
    question says X, …") with a paragraph right after it: the answer starts at that
    paragraph, as many blocks as the author's answer had (and the code, list or table
    it introduces when it ends in ":"). A first paragraph that only sets out
    background is not judged here: telling it from the answer by its words alone
    changed good answers on the reviewed corpus (a "Short answer:" replaced, a
    definition skipped)."""
    answer = block.answer
    blocks = (*answer, *block.more)
    if len(blocks) < 2 or not isinstance(blocks[0], Paragraph):
        return block
    background = _past_background(block.text, blocks)
    if background:
        count = max(len(answer) - 2, 1)
        return replace(block, answer=blocks[2 : 2 + count], more=blocks[2 + count :])
    following = blocks[1]
    if not _ASIDE.match(clean(blocks[0].text)) or not isinstance(following, Paragraph):
        return block
    if _ASIDE.match(clean(following.text)):
        return block
    count = max(len(answer) - 1, 1)
    if clean(following.text).endswith(":"):
        count = max(count, 2)
    return replace(block, answer=blocks[1 : 1 + count], more=blocks[1 + count :])


# "If you are using …", "When you run …": the opening of one case of an answer.
_CASE_OPENING = re.compile(r"^(?:if|when)\s+\S+\s+\S+\s+\S+", re.IGNORECASE)


# "For Linux guests, …": an answer given for one kind of a thing, named by its noun.
_FOR_CASE = re.compile(r"^for\s+[^,.:;]{1,60}?\s(?P<noun>[a-z][\w-]*),\s", re.IGNORECASE)


def _other_for_case(answer: tuple[object, ...], more: tuple[object, ...]) -> tuple[object, ...]:
    """ "For Linux and FreeBSD guests, …" then (past a pointer, "See also the SSH
    page.") "For macOS guests, …": the cases of one answer, each for a kind of the
    same noun; the pointer between them stays out."""
    last = answer[-1] if answer else None
    one = _FOR_CASE.match(last.text.strip()) if isinstance(last, Paragraph) else None
    if one is None:
        return answer
    for block in more:
        if not isinstance(block, Paragraph):
            return answer
        two = _FOR_CASE.match(block.text.strip())
        if two is not None and two["noun"].lower() == one["noun"].lower():
            return (*answer, block)
        if not _only_pointers(block.text):
            return answer
    return answer


def _same_case_opening(first: str, second: str) -> bool:
    """Whether two paragraphs open on the same condition words ("If you are using a
    manifest, …" / "If you are using classic mode, …"): two cases of one answer."""
    one = _CASE_OPENING.match(first.strip())
    two = _CASE_OPENING.match(second.strip())
    return bool(one and two and one.group(0).lower() == two.group(0).lower())


def _answer_text(
    blocks: tuple[object, ...],
    limit: int,
    *,
    whole: bool = False,
    parts_asked: bool = False,
    reach: bool = False,
    question: str = "",
) -> str:
    """The back of an author's question, as a flashcard author would keep it: the first
    block, and the list, code or table a block ending in ":" introduces; more blocks
    only while the answer so far is a few words ("Yes."). ``whole`` (an exercise's
    solution) keeps every block up to ``limit`` characters: each command is the answer.
    ``parts_asked`` (a question in several parts) keeps the following blocks up to
    ``limit`` too: a later part is answered by a later block (or, in a long answer with
    bold part titles, the first block under each title). An answer of a few short
    blocks (a command for the directories, one for the files) is kept whole too, and
    so is one that ``reach``es past a restatement to the block answering a "why" or
    "how". A first paragraph keeps the list after it when both fit."""
    parts: list[str] = []
    titles: list[bool] = []  # per part: a bold title ("**Solution 2**") of what follows
    coded: list[str | None] = []  # per part: a code block's language, None for no code
    # per part: a paragraph ending on a lead-in (":", ",", "Why's that?"): it says
    # nothing without the block it announces, which goes on the card with it.
    leads: list[bool] = []
    size = 0
    keep_on = whole or parts_asked or reach or _few_and_short(blocks)
    if parts_asked and not whole:
        blocks = _titled_parts(question, blocks, limit)
    counted = blocks if whole else _counted_parts(blocks, limit)
    if counted is not blocks:
        # Each counted part answers: all of them stay, up to a solution's size.
        blocks, keep_on, limit = counted, True, max(limit, _EXERCISE_CHARS)
    # Only a question asked in words ("Which tools …?") may be answered by named links;
    # a solution or a "See the translations" fold is not.
    asks = not whole and question.endswith("?")
    printed = False  # the block before was an "Output:" label
    skip_example = -1  # the code or list of an "Example:" label that did not fit
    cut = False  # an answer meant to be kept whole was cut at the limit
    for number, block in enumerate(blocks):
        if number == skip_example:
            continue
        # A paragraph and the list detailing it answer together (up to the limit).
        detail = number == 1 and isinstance(blocks[0], Paragraph) and isinstance(block, ListBlock)
        # "Suppose you …" only set the scene: the paragraph after it is the answer too.
        detail = detail or (
            number == 1
            and isinstance(blocks[0], Paragraph)
            and bool(SCENE.match(blocks[0].text))
            and isinstance(block, Paragraph)
        )
        # "There are two types: 1) Referential …" then "2) Structural …": the parts
        # the answer counted go on in the paragraphs after it.
        detail = detail or (
            bool(parts) and isinstance(block, Paragraph) and _next_part(parts[-1], block.text)
        )
        # "We think X matters." then "That said, …": the first only conceded.
        detail = detail or (
            number == 1
            and isinstance(blocks[0], Paragraph)
            and isinstance(block, Paragraph)
            and turns(block.text)
        )
        if (
            isinstance(block, ListBlock)
            and _links_only(block)
            and not (asks and _named_links(block, parts))
        ):
            if parts and (parts[-1].endswith(":") or titles[-1]) and (len(parts) > 1 or whole):
                # "For more details see:" or an "Additional Links" title, and its links:
                # reading, not answer.
                parts.pop()
                titles.pop()
                leads.pop()
            continue
        if isinstance(block, Paragraph) and block.pointer:
            continue  # "Docs bookmark: [Viewing pods](…)": where to read, not the answer
        if whole and isinstance(block, Paragraph) and _OUTPUT_LABEL.match(clean(block.text)):
            printed = True  # "Output:" and what the commands printed: no part of a solution
            continue
        if printed and isinstance(block, Code):
            printed = False
            continue
        printed = False
        text = _block_text(block, commands=whole)
        if isinstance(block, ListBlock) and block.codes and size + len(text) > limit:
            # The examples fenced in its items do not fit with it: the items alone.
            text = _block_text(replace(block, codes=()), commands=whole)
        if isinstance(block, Paragraph):
            text = _without_closing_pointer(text)
        if not text:
            continue
        if (
            not whole
            and isinstance(block, ListBlock)
            and size + len(text) > limit
            and (not parts or leads[-1] or _ANNOUNCES.search(parts[-1]))
        ):
            # A list too long for a card that a lead-in introduces ("There are many
            # ways to create objects:" and nine items with code): the back keeps what
            # each item names. A list only detailing a paragraph that answers is left
            # out when it does not fit, as before.
            names = _item_leads(block)
            defined = _item_definitions(block) if names else None
            if defined:
                # The items define their labels: the labels alone would ask what the
                # page defines. Each label keeps its definition's first sentence, or
                # the answer does not fit a card.
                if size + len(defined) > limit:
                    return ""
                names = defined
            text = names or text
        if isinstance(block, ListBlock) and text.endswith(":"):
            # "1. Create a Polymer element:" and its code, item by item: the items are
            # the steps; a colon left at the end would read as a lead-in cut off.
            text = "\n".join(line.rstrip(":").rstrip() for line in text.split("\n"))
        if not whole and isinstance(block, Table) and size + len(text) > limit:
            break  # a table this long is the table rules' to card, row by row
        # "> **Explanation:** …" after the answer: the author's labelled part of it.
        labelled = isinstance(block, Paragraph | Quote) and bool(ANSWER_PART.match(text))
        # "### Steps:" under the question, kept as a line over its list: the steps are
        # the answer's own part, however long the paragraph before them.
        labelled = labelled or (
            isinstance(block, Paragraph) and block.heading and bool(answer_label(text))
        )
        if parts and isinstance(block, Paragraph) and _EXAMPLE_PART.match(text):
            # "👉 **Example:** …" (or "**Example:**" over its code or list): the author's
            # example goes on the back when it fits (with what it labels), on every card
            # of the collection alike; when it does not fit, it is left out (with what
            # it labels) and the answer's later parts may still follow.
            shown = text
            if text.endswith(":") and number + 1 < len(blocks):
                shown = f"{text}\n{_block_text(blocks[number + 1], commands=whole)}"
                skip_example = number + 1
            if size + len(shown) > limit:
                continue
            skip_example = -1
            labelled = True
        if parts and not leads[-1]:
            if not keep_on and not detail and not labelled and size >= _SHORT_ANSWER:
                break
            if size + len(text) > limit:
                cut = keep_on  # more of a kept-whole answer did not fit
                break
        elif parts and not parts[-1].endswith(":") and size + len(text) > limit:
            # What "Why's that?" or "Let's categorize them," announces does not fit:
            # the lead-in goes below rather than promise what the card lacks.
            break
        parts.append(text)
        coded.append(block.info if isinstance(block, Code) else None)
        size += len(text)
        titles.append(_is_title(block, text))
        leads.append(parts[-1].endswith(":") or (not whole and _promises_more(block, text)))
    while len(parts) > 1 and (leads[-1] or titles[len(parts) - 1]):
        parts.pop()  # a lead-in or title whose list or code did not fit says nothing alone
        leads.pop()
        titles.pop()
        coded.pop()
    if cut and parts:
        parts.append("…")  # the answer goes on in the document
    elif parts and leads[-1]:
        # "… to CSI. For more details see:" whose links were left out, "Let's
        # categorize the polyfills," whose list did not fit: the sentence goes (and the
        # card with it when it was all the answer said).
        # A sentence broken off on a word ("… given in the appendix as") announced
        # nothing the opening restates: the opening stays, as before a colon.
        colon = parts[-1].endswith(":") or bool(_HANGING_WORD.search(parts[-1]))
        sentences = _SENTENCE_END.split(parts[-1])
        parts[-1] = " ".join(sentences[:-1])
        if not colon and len(parts) == 1 and len(parts[0]) < _SHORT_ANSWER:
            # "There are different versions of X. Let's see the features of each,":
            # without the list it announces, the opening only restates the question.
            return ""
    text = _joined_parts(parts, coded + [None] * (len(parts) - len(coded)))
    return "" if _PLACEHOLDER.match(text) else text


# A block that is what the code before it printed: it goes on with that code.
_PRINTED_INFOS = frozenset({"output", "out", "result"})


def _joined_parts(parts: list[str], coded: list[str | None]) -> str:
    """An answer's parts a line apart, and two code blocks that follow each other (two
    solutions, a service and the code calling it) a blank line apart: joined by a bare
    line break they would read as one block. An output block stays right under the
    code that printed it."""
    out = ""
    was_code = False
    for text, info in zip(parts, coded, strict=False):
        if not text:
            continue
        if out:
            apart = info is not None and was_code and info not in _PRINTED_INFOS
            out += "\n\n" if apart else "\n"
        out += text
        was_code = info is not None
    return out


# A question that leans on what stands above it: "Is this cloud native?", "Can I monitor
# machines?" (asked of the product the page is about, which the question never names).
_LEANING_PRONOUN = re.compile(
    r"^(?:is|does|can|will|should|was|has) (?:this|it)\b[^?]*\?$", re.IGNORECASE
)
_FIRST_PERSON = re.compile(r"^(?:can|could|should|do) i\b[^?]*\?$", re.IGNORECASE)
_NAME = re.compile(r"(?<=\s)([A-Z][\w.+-]*[A-Za-z0-9])")


def _names(text: str) -> list[str]:
    """Words of a question that name something: capitalised past the first word, not "I"."""
    return [n for n in _NAME.findall(text) if n != "I"] + re.findall(r"`([^`]+)`", text)


def _bare_words(text: str) -> set[str]:
    return {w.lower() for w in re.findall(r"\w+", text)}


def _asked_by_sub_questions(ctx: Context, index: int) -> str:
    """The question heading right above a question heading's own one when that parent
    says nothing of its own (its sub-questions answer it): "How do I use Yarn?" over
    "Does it work with Yarn 2?"; else ""."""
    headings = ctx.items[index].headings
    if len(headings) < 2:
        return ""
    parent = clean_heading(headings[-2].text)
    if not parent.endswith("?"):
        return ""
    above = headings[:-1]
    for earlier in range(index - 1, -1, -1):
        held = ctx.items[earlier].headings
        if held[: len(above)] != above:
            break
        if held == above:
            return ""  # the parent question has an answer of its own
    return parent


def _leans_on_parent(question: str) -> bool:
    """One short question whose subject is "this"/"it", or "Can I …" naming nothing."""
    if len(question.split()) > 8:
        return False
    if _LEANING_PRONOUN.match(question):
        return True
    return bool(_FIRST_PERSON.match(question)) and not _names(question)


# The opening of a walkthrough step's story ("If you get here, …", "The astute reader will
# have noticed …", "Let's check …"): it tells the reader where they are, not the answer.
_NARRATIVE = re.compile(
    r"^(?:if you (?:get|got|have got|have come|came) (?:here|this far)|the astute reader|"
    r"let'?s |let us |at this point|now,? let'?s |assuming you have|so far,? )",
    re.IGNORECASE,
)


# "In your `demo` directory, create …": where the reader stands, before the instruction.
_WHERE_FIRST = re.compile(
    r"^(?:(?:in|from|inside|within|on)\s[^,]{1,60},\s*|then,?\s+|now,?\s+)", re.IGNORECASE
)


def _task_step(question: str, blocks: tuple[object, ...]) -> bool:
    """Whether a "Define …" heading read as a question ("Define clusters, users, and
    contexts") titles a task's step: its section tells the reader to do something with
    code ("… create a file named `demo` with this content:" over the file). The section
    is the exercise's set-up, no answer a card could hold; its commands and facts make
    their own cards. A heading asking how, why or what ("Explain how to create a Pod")
    is answered by its steps and stays."""
    if (
        question.endswith("?")
        or _QUESTION_WORD.search(question)
        # "Explain …", "Describe …", "Compare …" ask even over steps; "Define" titles
        # a step as often as it asks for a meaning.
        or question.split(" ", 1)[0].lower() != "define"
    ):
        return False
    for block, after in itertools.pairwise(blocks):
        if not isinstance(after, Code):
            continue
        # The section's first code: the lead-in right above it says what it is for.
        text = clean(block.text).replace("\n", " ").strip() if isinstance(block, Paragraph) else ""
        last = _WHERE_FIRST.sub("", _SENTENCE_END.split(text)[-1].strip())
        verb = last.split(" ", 1)[0].lower()
        return text.endswith(":") and verb in _ACTION_VERBS | {"go", "enter", "type", "save"}
    return False


# "Let's take a simple highlighter as an example …": the narrative voice of an
# interview answer bringing its example, not a walkthrough's step.
_EXAMPLE_OPENING = re.compile(
    r"^(?:let'?s|let us) (?:take|consider|look at|see|use)\b[^.:]*\bexamples?\b", re.IGNORECASE
)


# A yes/no check ("Is kube-proxy running?", "Does the Service work by DNS name?").
_YES_NO = re.compile(r"^(?:is|are|does|do|did|has|have|was|were)\b", re.IGNORECASE)
_YES_NO_ANSWER = re.compile(r"^(?:yes|no|nope|yep|yup)\b", re.IGNORECASE)
# A verdict between yes and no ("Not exactly same, but setting the SETUID bit …"): a
# FAQ's answer, whose commands show how, never a check the reader runs.
_HEDGED_ANSWER = re.compile(
    r"^(?:not (?:exactly|really|quite|directly|yet|by default)|partially|sort of)\b",
    re.IGNORECASE,
)


# A yes/no question asking what a tool can do ("Does X support Y?", "Is Y supported?",
# "Does X work with Y?", "Is X compatible with Y?").
_CAPABILITY = re.compile(
    r"\b(?:supports?|supported|compatible|work(?:s)? (?:with|on)|run(?:s)? on|available)\b",
    re.IGNORECASE,
)


def _walkthrough_check(ctx: Context, index: int, question: str, back: str) -> bool:
    """A yes/no question heading that its section answers with commands to run, not
    with a yes or a no: a step of a troubleshooting walkthrough ("Is kube-proxy
    running?" → "Confirm that kube-proxy is running: ps auxw | grep kube-proxy"). Its
    prose is a lead-in to the session that follows, never a fact to recall."""
    if not _YES_NO.match(question) or _YES_NO_ANSWER.match(back) or _HEDGED_ANSWER.match(back):
        return False
    if _CAPABILITY.search(question):
        # "Does Colima support autostart?": a FAQ asking what the tool can do, its
        # prose the answer and its commands how; no check the reader runs.
        return False
    block = ctx.items[index].block
    # The session is commands to run, or code a lead-in (ending in ":") brings on; a
    # statement followed by its program ("Does X have overloading?" → the rule and a
    # TypeScript example) answers the question.
    leads = back.split("\n", 1)[0].rstrip().endswith(":") or bool(
        _ABOUT_SHOWN_CODE.search(question)
    )
    if isinstance(block, Question) and any(_session(b, leads) for b in block.answer):
        return True
    headings = ctx.items[index].headings
    for item in ctx.items[index + 1 :]:
        if item.headings[: len(headings)] != headings:
            break
        if _session(item.block, leads):
            return True
    return False


# A sentence saying what a check's result means ("If you do not see the endpoints, …",
# "If CoreDNS pods are receiving the queries, you should see them in the logs.").
_RESULT_MEANS = re.compile(r"^(?:if|unless|when)\b", re.IGNORECASE)


def _check_note(ctx: Context, index: int, question: str) -> tuple[Note, ...] | None:
    """A yes/no check heading of a task page ("Is the DNS service up?") whose section
    says how to check ("Verify that … by using the `kubectl get service` command."),
    runs the command, shows what it prints and says what a result means ("If it does
    not appear, …"): the card asks the check under the page's title and answers with
    the how, the commands and the meaning. What the commands print (an untagged block
    of output, a sample log) and a configuration shown to copy are no commands: they
    and the lead-ins bringing them stay off the back. A section opening on a story
    ("If you get here, …"), code or a list, or running no command, makes no card."""
    asked = ctx.items[index].block
    # The question's answer holds the blocks the section's items may leave out (a
    # command the answer took); the section's items go on past where it stops.
    own = (*asked.answer, *asked.more) if isinstance(asked, Question) else ()
    last = max((getattr(b, "line", 0) for b in own), default=0)
    blocks = (*own, *(b for b in _section_blocks(ctx, index) if getattr(b, "line", 0) > last))
    if not blocks or not isinstance(blocks[0], Paragraph) or blocks[0].label:
        return None
    if _NARRATIVE.match(_block_text(blocks[0])):
        return None
    if any(isinstance(b, ListBlock | Table) for b in blocks):
        return None  # a checklist or table of what to look for: more than a card says
    if not ctx.title or ctx.title.strip().lower() in _GENERIC_TITLES:
        return None
    if _ASKS_A_WAY.match(question):
        return None
    parts: list[str] = []
    commands = 0
    for n, block in enumerate(blocks):
        after = blocks[n + 1] if n + 1 < len(blocks) else None
        if isinstance(block, Code):
            if not _check_command(block, blocks[n - 1] if n else None):
                continue
            lead = _block_text(blocks[n - 1]) if n else ""
            if not commands and not (
                _CHECKING.search(" ".join(parts))
                or (lead.endswith(":") and _LOOKING.search(_SENTENCE_END.split(lead)[-1]))
            ):
                # "Not exactly, but setting the SETUID bit …" over the commands: a
                # FAQ's answer and how to do it, no check the reader runs.
                return None
            parts.append(_commands_only(block.text))
            commands += 1
            continue
        if not isinstance(block, Paragraph | Callout):
            if not commands:
                return None  # a list or table before any command: no check's shape
            continue
        text = _block_text(block)
        if not commands and isinstance(block, Paragraph):
            # How to check, without announcing the output the card leaves out.
            text = " ".join(s for s in _SENTENCE_END.split(text) if not _ANNOUNCES_OUTPUT.search(s))
            if _LEANS_BACK.search(text):
                return None  # "If the above still fails, …": a step of a longer story
        if text.endswith(":"):
            # A lead-in goes with what it brings: a command, or nothing at all.
            if isinstance(after, Code) and _check_command(after, block):
                parts.append(text)
            elif commands and len(_SENTENCE_END.split(text)) > 1:
                # "Next, confirm that … look at the logs. You should see something
                # like:": another step, whose how the card leaves out; what follows
                # means its result, not this one's.
                break
            continue
        if not commands and isinstance(block, Paragraph):
            parts.append(text)  # how to check
            continue
        if isinstance(block, Callout):
            parts.append(text)  # a note on what the command shows ("The name is …")
            continue
        meaning = [
            s
            for s in _SENTENCE_END.split(text)
            if _RESULT_MEANS.match(s) and not _LEANS_BACK.search(s) and s.count("(") == s.count(")")
        ]
        if meaning:
            parts.append(" ".join(meaning))
    if not commands:
        return None
    back = "\n".join(p for p in parts if p.strip())
    if len(back) > ANSWER_CHARS or _only_pointers(back):
        return None
    front = f"{ctx.title}: {question} How do you check?"
    slug = slugify(question)
    place = ctx.place(index)
    note = FactNote(
        id=place if place.endswith(f"/{slug}") or place == slug else f"{place}/{slug}",
        type=NoteType.FACT,
        front=front,
        back=back,
        tags=ctx.tags(index),
        origin=ctx.origin(index),
    )
    return (note,)


# What says how to check, before the check's first command ("Verify that …", "You can
# verify if …", "Confirm that …", "First, get the current ClusterRole …:").
_CHECKING = re.compile(
    r"\b(?:verify|check|confirm|inspect|make sure|ensure|see (?:if|whether)|"
    r"look (?:at|inside|for|in))\b",
    re.IGNORECASE,
)
# A lead-in right above the first command that reads state ("First, get the current
# ClusterRole of `system:coredns`:"): a way to check only there.
_LOOKING = re.compile(r"\b(?:get|describe|list|view|read|show)\b", re.IGNORECASE)
# A yes/no question asking for a way ("Is there a way to …?", "Is it possible to …?"):
# a how-to, never a check the reader runs.
_ASKS_A_WAY = re.compile(
    r"^(?:is|are) there (?:an? |any )?(?:way|option|method|command|setting|flag)s?\b|"
    r"^is it possible\b",
    re.IGNORECASE,
)
# What leans on an earlier step or on output the card leaves out ("If the above still
# fails", "try again", "If this is the case", "If you don't see those").
_LEANS_BACK = re.compile(
    r"\b(?:above|below|still|again|previous(?:ly)?|earlier)\b|"
    r"^if (?:this|that|so|not|these|those)\b|\b(?:see|get) (?:this|that|these|those)\b",
    re.IGNORECASE,
)
# A sentence announcing what a command prints ("you should get something like the below:").
_ANNOUNCES_OUTPUT = re.compile(
    r"\bsomething like\b|\blike the (?:below|following)\b|\bshould (?:see|get|print)\b.*:$",
    re.IGNORECASE,
)


def _check_command(block: Code, before: object) -> bool:
    """Whether a check's code block is its command: shell code not brought on as
    output, or an untagged line a lead-in tells the reader to run ("To turn it on,
    run:" over ``widgetctl journal enable``)."""
    if isinstance(before, Paragraph) and _leads_output(before):
        return False
    if _shell_block(block):
        return True
    lines = [line for line in block.text.splitlines() if line.strip()]
    return (
        not block.info
        and len(lines) == 1
        and not _KEY_VALUE_LINE.match(lines[0])
        and isinstance(before, Paragraph)
        and bool(_RUN_LEAD.search(_block_text(before)))
    )


# A lead-in telling the reader to run what follows ("use the command:", "run:").
_RUN_LEAD = re.compile(r"\b(?:run|execute|type|enter|the command|this command)\s*:$", re.I)
# A line of a configuration or of output ("memory: 1Gi"), never a command.
_KEY_VALUE_LINE = re.compile(r"^\s*[\w.-]+:(?:\s|$)")


def _leads_output(block: object) -> bool:
    """A lead-in bringing what a command printed ("Expected output:", "Sample error
    message:", "Here is an example of a query in the log:")."""
    if not isinstance(block, Paragraph):
        return False
    text = _block_text(block).rstrip(":").strip()
    return bool(_OUTPUT_LABEL.match(text) or _PRINTED.search(text))


# What a lead-in brings when it brings output: a message, a log, a command's output.
_PRINTED = re.compile(
    r"\b(?:output|message|log|logs|result|response|prints?|returns?|looks? like)\b$|"
    r"\bexample of (?:a |an |the )?(?:\w+ )?(?:in the log|log|output|message)",
    re.IGNORECASE,
)


def _session(block: object, led: bool) -> bool:
    """Code a walkthrough runs or checks: anything but a program that illustrates the
    statement before it, unless a lead-in brings it on."""
    return isinstance(block, Code) and (led or block.info.split(" ")[0] not in _PROGRAM_INFOS)


# The languages of a program shown as an example (not a session, nor a configuration
# a walkthrough checks).
_PROGRAM_INFOS = frozenset(
    {"typescript", "ts", "tsx", "javascript", "js", "jsx", "python", "py", "java", "go"}
    | {"golang", "rust", "rs", "c", "cpp", "c++", "csharp", "cs", "kotlin", "swift", "ruby"}
    | {"php", "scala"}
)
# A question about the code it shows ("Is the following expression true?").
_ABOUT_SHOWN_CODE = re.compile(r"\b(?:following|below|this (?:code|snippet|program))\b", re.I)


# A task that leans on an earlier one: "Create the same job …", "Remove the label from
# the pods we created before", "View the YAML of this deployment", "Wait till it's done".
_REFERS_BACK = re.compile(
    r"\b(?:the same|again|before|previous(?:ly)?|above|earlier|"
    r"(?:we|you) (?:created|made|deployed|paused|started|ran))\b|"
    r"^\w+(?:\s+\w+){0,2}?\s+(?:it|its|it's|them|their)\b",
    re.IGNORECASE,
)
_DEMONSTRATIVE = re.compile(r"\b(?:this|these|those)\s+(?:\w+\s+)?([a-z][a-z-]{2,})", re.I)
_MAKES = re.compile(r"^(?:create|run|deploy|start|launch)\b", re.IGNORECASE)


def _refers_back(task: str) -> bool:
    """The task names an object of an earlier one rather than its own."""
    if _REFERS_BACK.search(task):
        return True
    for match in _DEMONSTRATIVE.finditer(task):
        # "Taint a node … create a pod that tolerates this taint" points inside itself.
        if not re.search(rf"\b{re.escape(match.group(1)[:4])}", task[: match.start()], re.I):
            return not _MAKES.match(task)
    return False


def _made_before(ctx: Context, index: int) -> str:
    """The nearest earlier task of the same section that makes something on its own
    ("Create a job named pi …"): what a task leaning on it is about."""
    for earlier in range(index - 1, -1, -1):
        item = ctx.items[earlier]
        if not ctx.same_section(index, earlier):
            break
        block = item.block
        if isinstance(block, Question) and block.kind == "exercise":
            task = _DIFFICULTY.sub("", clean(block.text).replace("\n", " ")).strip()
            if _MAKES.match(task) and not _refers_back(task):
                return _SENTENCE_END.split(task)[0].rstrip(".")
    return ""


def _question_subject(ctx: Context, index: int, own_heading: bool) -> str:
    """What a leaning question is about: the name its parent sections ask about, else
    the name most of the document's questions ask about (at least three of them)."""
    parents = [t for t in ctx.heading_texts(index) if t]
    if own_heading:
        parents = parents[:-1]
    for parent in reversed(parents):
        names = _names(parent)
        if parent.endswith("?") and len(set(names)) == 1:
            return names[0]
    counts: dict[str, int] = {}
    questions = [clean(i.block.text) for i in ctx.items if isinstance(i.block, Question)]
    for text in questions:
        for name in set(_names(text)):
            counts[name] = counts.get(name, 0) + 1
    if not counts:
        return ""
    best = max(sorted(counts), key=lambda n: counts[n])
    return _whole_name(best, questions) if counts[best] >= 3 else ""


def _whole_name(word: str, questions: list[str]) -> str:
    """The name ``word`` opens in most of the questions naming it ("Azure" of "What is
    Azure Cosmos DB Garnet Cache?" and "How is Azure Cosmos DB Garnet Cache priced?"),
    when at least two of them and half of them write that longer name; else ``word``
    (its first word alone names another product, or none)."""
    runs: dict[str, int] = {}
    pattern = re.compile(rf"(?<![\w-]){re.escape(word)}(?: [A-Z][A-Za-z0-9]*)*(?![\w-])")
    for text in questions:
        for run in set(pattern.findall(text)):
            runs[run] = runs.get(run, 0) + 1
    longest = max(sorted(runs), key=lambda r: runs[r], default=word)
    return longest if runs[longest] >= 2 and runs[longest] * 2 >= sum(runs.values()) else word


# "Why …?" is answered by a cause, "How …?" by an instruction or a command; a first
# paragraph with neither only restates the question ("We are aware of a case where …").
_WHY = re.compile(r"\bwhy\b", re.IGNORECASE)
_HOW = re.compile(r"^how\b|\bhow (?:do|does|can|could|to|should|would|is|are|did)\b", re.IGNORECASE)
_CAUSE = re.compile(
    # ("since 2019", "since version 2" date a fact; they give no cause)
    r"\b(?:because|caused by|due to|the reason|the purpose|since(?! (?:\d|v\d|version|release))|"
    r"so that|as a result|in order to|"
    r"to (?:prevent|avoid|ensure|allow)|results? (?:from|in)|this is (?:why|so|to))\b",
    re.IGNORECASE,
)
_INSTRUCTION = re.compile(
    r"^(?:(?:in (?:this|that|such a|these) \w+|if so|instead|alternatively),\s*)?"
    r"(?:to \w+[^,.:]*,|you (?:can|could|need to|must|should|have to|may)\b|"
    r"(?:first|then|next),?\s)",
    re.IGNORECASE,
)
# "… Can I disable it?", "Is there a way to …?": asks what to do, like a "how".
_ASKS_ACTION = re.compile(
    r"\b(?:can|could|should|may) (?:i|we|you|one)\b"
    # "Could you explain …?" asks for an explanation, not for something to do.
    r"(?! (?:explain|describe|tell|define|name|list|give|compare|summari[sz]e)\b)"
    r"|\bis (?:it|there) (?:possible|a way)\b",
    re.IGNORECASE,
)


def _answers_why_or_how(question: str, block: object) -> bool:
    """Whether ``block`` gives what the "why" (a cause) or "how" (an instruction, a
    command, steps) question asks."""
    text = _block_text(block)
    if _WHY.search(question):
        return bool(_CAUSE.search(text))
    if isinstance(block, Code) or (isinstance(block, ListBlock) and block.ordered):
        return True
    first = text.split(" ", 1)[0].lower()
    if bool(_INSTRUCTION.match(text)) or first in _ACTION_VERBS:
        return True
    # "The cache can be controlled via the `--dfa-size-limit` flag.": a flag the
    # question does not name yet is the instruction.
    asked = set(_FLAG_SPAN.findall(question))
    return any(flag not in asked for flag in _FLAG_SPAN.findall(text))


_FLAG_SPAN = re.compile(r"`(--?[A-Za-z][\w/-]*)")
_EXAMPLE_LEAD = re.compile(r"\b(?:for example|for instance|e\.g\.|such as)\s*:$", re.IGNORECASE)


# "Does X handle A or cross-compilation?": the alternative the question ends on.
_ALTERNATIVE = re.compile(r"\bor\s+([^?]+)\?$")
_STEM = 6  # letters: "cross-compilation" and "cross-compile" share their first six


def _other_alternative(
    question: str, answer: tuple[object, ...], more: tuple[object, ...]
) -> tuple[object, ...]:
    """A question asking about two things ("… multi-platform packages or cross-
    compilation?") whose first paragraph speaks only of the first: the answer goes on
    to the paragraph that speaks of the other (within the next blocks and the length
    limit)."""
    alternative = _ALTERNATIVE.search(question)
    words = re.findall(r"[A-Za-z][\w-]{4,}", alternative.group(1)) if alternative else []
    stems = {word.lower()[:_STEM] for word in words}
    if not stems:
        return answer

    def speaks_of(block: object) -> bool:
        text = _block_text(block).lower()
        return any(stem in text for stem in stems)

    if any(speaks_of(b) for b in answer):
        return answer
    for n, block in enumerate(more):
        if speaks_of(block):
            for reached in ((*answer, *more[: n + 1]), (*answer, block)):
                if sum(len(_block_text(b)) for b in reached) <= ANSWER_CHARS:
                    return reached
            return answer
    return answer


def _reaching_the_answer(
    question: str, answer: tuple[object, ...], more: tuple[object, ...]
) -> tuple[object, ...]:
    """A "why"/"how" question heading whose first paragraph only restates it: its
    answer goes on to the block that gives the cause or the instruction (and the code
    or list that block introduces), when that fits on a card; with the blocks between
    too long, the first paragraph and that block."""
    if not more or not (
        _WHY.search(question) or _HOW.search(question) or _ASKS_ACTION.search(question)
    ):
        return answer
    shown = [
        b
        for n, b in enumerate(answer)
        # Code after "For example:" shows the problem; it does not answer the "how".
        if not (isinstance(b, Code) and n and _EXAMPLE_LEAD.search(_block_text(answer[n - 1])))
    ]
    if any(_answers_why_or_how(question, b) for b in shown):
        return answer
    for n, block in enumerate(more):
        if not _answers_why_or_how(question, block):
            continue
        end = n + 1
        if _block_text(block).endswith(":") and end < len(more):
            end += 1  # "… for example:" and its command
        reached = (*answer, *more[:end])
        if sum(len(_block_text(b)) for b in reached) <= ANSWER_CHARS:
            return reached
        shorter = (*answer, *more[n:end])
        if sum(len(_block_text(b)) for b in shorter) <= ANSWER_CHARS:
            return shorter
        return answer
    return answer


_HOW_STATE = re.compile(r"^how (?:is|are|was|were)\b", re.IGNORECASE)


def _leads_into(blocks: tuple[object, ...], listed: tuple[object, ...]) -> bool:
    """Whether ``blocks`` end on the lead-in ("Here's a list of differences:") of the
    list found below them."""
    return (
        len(listed) == 2
        and bool(blocks)
        and isinstance(blocks[-1], Paragraph)
        and isinstance(listed[0], Paragraph)
        and blocks[-1].text == listed[0].text
        and blocks[-1].text.rstrip().endswith(":")
        # A sentence leading in, not a label ("Note:", "Examples:") that titles a list.
        and len(blocks[-1].text.split()) >= _LEAD_SENTENCE_WORDS
    )


_LEAD_SENTENCE_WORDS = 4


def _listed_below(question: str, answer: tuple[object, ...], listed: tuple[object, ...]) -> bool:
    """Whether a "why"/"how" question heading whose first blocks give no cause or
    instruction (a preamble) is answered by the list a lead-in further down introduces,
    the lead-in naming what the question asks by one of its own words ("Why is X
    rebuilding …?" and "… which can cause crates to get rebuilt are:"); names (X) do
    not count, a page about X names it everywhere."""
    if len(listed) != 2 or not (_WHY.search(question) or _HOW.search(question)):
        return False
    if _HOW_STATE.match(question):
        return False  # "How is X licensed?" asks what it is: a first paragraph says it
    if any(_answers_why_or_how(question, b) for b in answer):
        return False
    named = {n.lower() for n in _names(question)}
    asked = {w[:_STEM] for w in _content_words(question) if w not in named}
    said = {w[:_STEM] for w in _content_words(_block_text(listed[0]))}
    return bool(asked & said)


# A question in two parts whose second asks what to do: "… and how do I fix it?".
_AND_HOW = re.compile(r"\band how (?:do|can|should|would|to)\b", re.IGNORECASE)
_INSTRUCTING = re.compile(r"^(?:to|in order to|follow|do|run|try)\b|\bsteps?\b", re.IGNORECASE)


# A heading that opens on a question word asks something; one that opens on a statement
# ("Cannot connect to X. Is the daemon running?") quotes a message.
_ASKING_START = re.compile(
    r"^(?:how|what|why|which|where|when|who|whose|is|are|can|could|does|do|did|should|"
    r"will|would|has|have|was|were|may|must|shall)\b",
    re.IGNORECASE,
)
# A paragraph announcing the fixes below it: "This can be fixed by any of the following
# approaches.", "To resolve this issue:", "The workarounds are:".
_FIX_ANNOUNCED = re.compile(
    r"\b(?:can be (?:fixed|resolved|solved|worked around)|to (?:fix|resolve|solve|work "
    r"around) (?:this|it|the (?:error|issue|problem))|(?:fixes|workarounds|solutions) "
    r"(?:is|are)\b)",
    re.IGNORECASE,
)
_CAUSE_NAMED = re.compile(r"\b(?:the|this) (?:error|issue|problem|failure)\b", re.IGNORECASE)


def _fix_after_cause(
    question: str, answer: tuple[object, ...], more: tuple[object, ...]
) -> tuple[object, ...]:
    """A heading that is an error message written as a statement and a question
    ("Cannot connect to X. Is the daemon running?"), answered by its cause ("… may lead to
    the error.") and then a paragraph announcing the fixes with the list of them: the
    cause, the announcement and its list, within a solution's cap. Else ``answer``."""
    sentences = _SENTENCE_END.split(question)
    if len(sentences) < 2 or _ASKING_START.match(question) or sentences[0].endswith("?"):
        return answer
    said = " ".join(_block_text(b) for b in answer)
    if not _CAUSE_NAMED.search(said):
        return answer
    for n, block in enumerate(more[:2]):
        if isinstance(block, Paragraph) and _FIX_ANNOUNCED.search(_block_text(block)):
            fixes = list(
                itertools.takewhile(lambda b: isinstance(b, (ListBlock, Code)), more[n + 1 :])
            )
            if not any(isinstance(b, ListBlock) for b in fixes):
                return answer
            whole = (*answer, *more[: n + 1], *fixes)
            if sum(len(_block_text(b)) for b in whole) <= _EXERCISE_CHARS:
                return whole
            return answer
    return answer


# A question about something going wrong: "Why isn't X detecting changes?", "Why is my
# Store missing a value?", "An error message says … Why?".
_TROUBLE = re.compile(
    r"n't\b|\b(?:not|no|missing|fails?|failing|failed|errors?|wrong|broken|cannot|unable|"
    r"lost|empty|inconsistent|unexpected(?:ly)?|crash(?:es|ed|ing)?|stuck|hangs?)\b",
    re.IGNORECASE,
)
# A sentence telling what to do about it: "To resolve, install …", "If so, either change
# the values, or use …", "In these cases, instead of …, use the `--poll` flag", "… you
# can trigger rendering by assigning …".
_FIX_VERBS = (
    r"(?:use|install|change|run|set|add|remove|upgrade|downgrade|update|restart|enable|"
    r"disable|pass|rename|delete|replace|switch)"
)
_FIX_SENTENCE = re.compile(
    r"^(?:to (?:resolve|fix|solve|avoid|prevent|correct|remedy|work around|recover)\b"
    rf"|(?:either |instead,? |then )?{_FIX_VERBS}\b)"
    rf"|,\s+(?:either |then )?{_FIX_VERBS}\s"
    r"|\byou (?:can|could|should|must|need to) (?:\w+ ){1,4}by (?:\w+ing)\b",
    re.IGNORECASE,
)

_TOLD_TO = re.compile(r"\byou (?:will )?(?:need|have) to\b|\b(?:make sure|ensure) that\b", re.I)


def _gives_fix(block: object) -> bool:
    """Whether a paragraph says what to do about a problem (see ``_FIX_SENTENCE``)."""
    if not isinstance(block, Paragraph):
        return False
    text = _block_text(block).replace("\n", " ")
    return any(_FIX_SENTENCE.search(s.strip()) for s in _SENTENCE_END.split(text))


def _fix_further_on(question: str, blocks: tuple[object, ...], back: str) -> tuple[object, ...]:
    """A question about something going wrong ("Why isn't X detecting changes?") whose
    back says only what causes it ("… may not detect changes when:" and the cases),
    while a later paragraph of the answer says what to do ("In these cases, use the
    `--poll` flag.", "… you can trigger rendering by assigning …:" and its code): the
    answer runs up to that paragraph (and the code or list it introduces), when all of
    it fits on a card; else ``()``. A flashcard author keeps the fix: the cause alone
    answers half of what the reader came with."""
    if not (_WHY.search(question) or _HOW.search(question)) or not _TROUBLE.search(question):
        return ()
    flat = back.replace("\n", " ")
    if any(
        _FIX_SENTENCE.search(s.strip()) or _TOLD_TO.search(s)
        for line in back.split("\n")
        for s in _SENTENCE_END.split(line)
    ):
        return ()  # "You need to ensure that:" and the checks: the back says what to do
    for n, block in enumerate(blocks):
        if not _gives_fix(block):
            continue
        if n == 0 or _block_text(block).replace("\n", " ")[:60] in flat:
            return ()  # the back already says what to do
        end = n + 1
        if (
            _block_text(block).rstrip().endswith(":")
            and end < len(blocks)
            and isinstance(blocks[end], Code | ListBlock)
        ):
            end += 1  # "… by assigning the value to a variable:" and its code
        reached = blocks[:end]
        if sum(len(_block_text(b)) for b in reached) > ANSWER_CHARS:
            return ()
        return reached
    return ()


# A question naming two or more things side by side: "Explain L1 & L2 regularization",
# "What are stacks and queues?", "Lasso vs ridge?".
_NAMES_SEVERAL = re.compile(r"\s(?:&|and|vs\.?|versus)\s", re.IGNORECASE)
_WORD = re.compile(r"[A-Za-z0-9][\w+#-]*")


def _named_parts_below(ctx: Context, index: int, question: str, back: str) -> str:
    """A question heading naming two or more things ("Please explain L1 & L2
    regularization.") whose own section is only an opening paragraph ("L1 and L2 are
    techniques used to prevent overfitting …"), each thing explained under a sub-heading
    of its own ("### L1 Regularization (Lasso):", "### L2 Regularization (Ridge):"): the
    opening says what they share, the sub-sections what tells them apart, so the back is
    the opening and, per thing, its sub-heading and the first sentence under it ("• L1
    Regularization (Lasso): L1 adds the absolute values …"). A sub-heading is a named
    part when a word of its title (outside parentheses) is in the question and in no
    other sub-heading's title ("L1", "L2"); others ("Comparison:") stay their own
    section's. "" when the shape is not there or the back would not fit on a card."""
    if "\n" in back or not _NAMES_SEVERAL.search(question):
        return ""
    asked = {w.lower() for w in _WORD.findall(question)}
    headings = ctx.items[index].headings
    depth = len(headings)
    firsts: dict[int, tuple[str, str]] = {}  # sub-heading line → (title, first sentence)
    for item in ctx.items[index + 1 :]:
        if len(item.headings) <= depth or item.headings[:depth] != headings:
            if item.headings != headings:
                break
            continue  # the opening paragraphs, under the question heading itself
        sub = item.headings[depth]
        if sub.line in firsts or len(item.headings) != depth + 1:
            continue
        if isinstance(item.block, Paragraph) and not item.block.label:
            first = _SENTENCE_END.split(_block_text(item.block).replace("\n", " "))[0]
            if not first.endswith(":"):
                firsts[sub.line] = (clean_heading(sub.text).rstrip(":").strip(), first)
    words = {
        line: {w.lower() for w in _WORD.findall(re.sub(r"\([^()]*\)", "", title))}
        for line, (title, _) in firsts.items()
    }
    named: list[str] = []
    for line, (title, first) in firsts.items():
        others = set().union(*(w for other, w in words.items() if other != line))
        if (words[line] - others) & asked:
            named.append(f"• {title}: {first}")
    if len(named) < 2:
        return ""
    whole = "\n".join([back, *named])
    return whole if len(whole) <= ANSWER_CHARS else ""


def _fixed_below(question: str, answer: tuple[object, ...], listed: tuple[object, ...]) -> bool:
    """Whether a two-part question ("What does X mean and how do I fix it?") answered
    first by a paragraph has its "how" answered by the list a lead-in below introduces
    ("To recover from …:" then the steps), the two fitting on one card."""
    asking = _AND_HOW.search(question)
    if len(listed) != 2 or not answer or asking is None:
        return False
    lead_in = _block_text(listed[0])
    if not lead_in.endswith(":"):
        return False
    # The lead-in tells what to do ("To recover from …:", "Follow these steps:") or
    # names the asked action; "Some of its benefits are:" answers neither part.
    asked = {w[:_STEM] for w in _content_words(question[asking.end() :])}
    said = {w[:_STEM] for w in _content_words(lead_in)}
    if not _INSTRUCTING.match(lead_in) and not asked & said:
        return False
    size = sum(len(_block_text(b)) for b in (*answer, *listed))
    return size <= ANSWER_CHARS


_VERDICT = re.compile(
    r"^(?:yes|no|sometimes|it depends|partly|not really|not quite|maybe)"
    r"(?: and (?:yes|no))?[.!]$",
    re.IGNORECASE,
)


_SHORT_SECTION = 3  # blocks after the first: a yes/no FAQ answered in a few lines


def _unsaid_verdict(
    question: str, answer: tuple[object, ...], more: tuple[object, ...]
) -> tuple[object, ...]:
    """A yes/no question heading ("Does X support autostart?") whose answer never says
    yes or no but tells what X does in a few short blocks with a command among them
    ("Since v0.5.6 X runs in the foreground …", "With brew, use brew services:", the
    command): the first block answers only in part, the short section as a whole
    answers; all of it, when it fits on a card."""
    if not _YES_NO.match(question) or len(more) > _SHORT_SECTION:
        return answer
    said = " ".join(_block_text(b) for b in answer).strip()
    if (
        not said
        or _YES_NO_ANSWER.match(said)
        or not all(isinstance(b, Paragraph | Code | ListBlock) for b in more)
    ):
        return answer
    if not any(isinstance(b, Code) for b in more):
        # Prose after prose is detail or a pointer ("Feedback is welcome.", "See
        # SECURITY.md."); the section's command is the part of the answer that shows how.
        return answer
    if len(said) + sum(len(_block_text(b)) for b in more) > ANSWER_CHARS:
        return answer
    return (*answer, *more)


# A question with a follow-up question tacked on ("Can I run X and Y? What about Z?"):
# the first question, and what the follow-up asks about.
_FOLLOW_UP = re.compile(
    r"^(?P<first>[^?]*\?)\s+(?:and )?(?:what|how) about (?P<subject>[^?]+)\?$", re.IGNORECASE
)
_FOLLOW_UP_STOP = frozenset({"the", "and", "for", "with", "using", "other", "its", "their"})


def _follow_up_answered(question: str, back: str, section: tuple[object, ...]) -> tuple[str, str]:
    """The front and back of a question with a follow-up ("… Docker and Podman? What
    about Kubernetes?"). A back that never names the follow-up's subject reaches on
    through the section to the block that does (a lead-in and its list), when all of it
    fits on a card; when no block of the section names it, or it does not fit, the
    front asks only the first question, the one the back answers."""
    asked = _FOLLOW_UP.match(question)
    if not asked or not back:
        return question, back
    names = [
        w
        for w in re.findall(r"[\w.+#-]+", asked["subject"])
        if len(w) > 2 and w.lower() not in _FOLLOW_UP_STOP
    ]
    if not names:
        return question, back
    said = re.compile("|".join(rf"\b{re.escape(w)}\b" for w in names), re.IGNORECASE)
    if said.search(back):
        return question, back
    for number, block in enumerate(section):
        if not said.search(_block_text(block)):
            continue
        reached = section[: number + 1]
        if _block_text(block).endswith(":") and number + 1 < len(section):
            reached = section[: number + 2]  # the lead-in naming it and what it introduces
        whole = _answer_text(reached, ANSWER_CHARS, reach=True, question=question)
        if whole and said.search(whole) and not whole.endswith("…"):
            return question, whole
        break
    return asked["first"], back


# A paragraph opening on a short label and a colon ("Compilation to Bytecode: When you
# run …"): one of the parts a lead-in before it announced.
_LABELLED_PART = re.compile(r"^[A-Z][\w’'-]*(?: [\w’'()-]+){0,4}: \S")


def _labelled_parts_announced(
    answer: tuple[object, ...], more: tuple[object, ...]
) -> tuple[object, ...]:
    """An answer whose paragraph ends on a lead-in ("X is both A and B. Here's why:")
    followed by paragraphs each opening on its label ("A step: …", "B step: …"): the
    labelled paragraphs are what the lead-in announced, and all of them answer with it
    when they fit on a card (else the answer stays as it was)."""
    if not answer or not isinstance(answer[-1], Paragraph):
        return answer
    if not _block_text(answer[-1]).endswith(":"):
        return answer
    parts: list[object] = []
    for block in more:
        if not (isinstance(block, Paragraph) and _LABELLED_PART.match(_block_text(block))):
            break
        parts.append(block)
    if len(parts) < 2:
        return answer
    if sum(len(_block_text(b)) for b in (*answer, *parts)) > ANSWER_CHARS:
        return answer
    return (*answer, *parts)


# A short paragraph right after the answer that lays down a rule or a verdict ("It is
# not recommended to …", "Do not …", "You must …", "Use X instead."): the answer's warning.
_RULE_SENTENCE = re.compile(
    r"\b(?:is|are) not recommended\b|\bnot recommended to\b"
    r"|(?:^|[.!?]\s+)(?:do not|don't|never|avoid|only)\b"
    r"|\b(?:you|one|users?)\s+(?:should(?:n't| not)|do(?:n't| not)|cannot|can't|may not|never)\b"
    r"|\bmust(?:n't| not)?\b"
    r"|\binstead\s*[.!]",
    re.IGNORECASE,
)
_RULE_CHARS = 250  # a rule said in a sentence or two, not a paragraph of detail


def _rule_after_answer(answer: tuple[object, ...], more: tuple[object, ...]) -> tuple[object, ...]:
    """A prose answer ("X includes the `ctl` tool that gives shell access.") followed by
    a short paragraph that states the author's rule or verdict on it ("It is not
    recommended to use X directly."): the rule is part of the answer, which it joins
    when both fit on a card. A lead-in ("… should be:"), a pointer or a longer
    paragraph of detail stays off."""
    if len(answer) != 1 or not more or not isinstance(answer[0], Paragraph):
        return answer
    rule = more[0]
    if not isinstance(rule, Paragraph) or rule.pointer or rule.label:
        return answer
    text = _block_text(rule)
    if not text or len(text) > _RULE_CHARS or text.endswith(":") or not _RULE_SENTENCE.search(text):
        return answer
    if sum(len(_block_text(b)) for b in answer) + len(text) > ANSWER_CHARS:
        return answer
    return (*answer, rule)


# An answer that opens by declining to answer outright ("There is no “right” answer for
# this.", "It depends.", "The same rules of thumb … apply here as well."): the author's
# verdict comes after it, often in bold.
_HEDGE_OPENING = re.compile(
    r"^(?:there(?:'s| is) no (?:single |one |simple |easy )?[\"“”']?"
    r"(?:right|correct|single|one|simple|best|universal)[\"“”']? answer|"
    r"(?:well,? )?(?:it|that|this) (?:really |all )?depends\b|the answer depends\b|"
    r"the same\b[^.]{0,120}\bappl(?:y|ies)\b)",
    re.IGNORECASE,
)


def _verdict_after_hedge(
    answer: tuple[object, ...], more: tuple[object, ...]
) -> tuple[object, ...]:
    """A question whose answer opens with a hedge ("There is no right answer …", "It
    depends.", "The same rules … apply") and whose next paragraph opens with the
    author's verdict in bold ("**Using local state is fine.** …"): the hedge and the
    verdict's sentence answer together; the hedge alone says nothing the card can
    check."""
    if not answer or not isinstance(answer[0], Paragraph):
        return answer
    if not _HEDGE_OPENING.match(clean(answer[0].text).strip()):
        return answer
    after = (*answer[1:], *more)
    verdict = after[0] if after else None
    if not (isinstance(verdict, Paragraph) and verdict.label and not verdict.pointer):
        return answer
    label = clean(verdict.label).strip(" *_")
    if not label or label.endswith(":") or len(label.split()) < _VERDICT_WORDS:
        return answer  # a label ("**Note:**") or a term, no verdict
    sentence = _SENTENCE_END.split(clean(verdict.text).replace("\n", " ").strip())[0]
    if len(_block_text(answer[0])) + len(sentence) > ANSWER_CHARS:
        return answer
    return (answer[0], replace(verdict, text=sentence, label=""))


_VERDICT_WORDS = 3  # "**Use local state.**": a bold verdict says a sentence, not a term


def _past_a_short_answer(
    answer: tuple[object, ...], more: tuple[object, ...]
) -> tuple[object, ...]:
    """A question heading answered by a bare verdict that the paragraphs after explain
    ("Yes and no.", then when no, then when yes): those paragraphs join the answer
    while all fits on a card."""
    said = " ".join(_block_text(b) for b in answer).strip()
    size = len(said)
    if size >= _SHORT_ANSWER or not _VERDICT.match(said):
        # Only a bare verdict ("Yes and no.", "Sometimes.") waits for its reasons; a
        # short statement ("A Service exposes …") or a label ("ClusterIP:") does not.
        return answer
    taken, _ = _paragraphs_that_fit(size, more)
    return (*answer, *taken)


def _paragraphs_that_fit(size: int, more: tuple[object, ...]) -> tuple[list[object], bool]:
    """The paragraphs opening ``more`` that fit on a card holding ``size`` characters,
    and whether the run of paragraphs was cut short by the length."""
    taken: list[object] = []
    for block in more:
        if not isinstance(block, Paragraph):
            break
        size += len(_block_text(block))
        if size > ANSWER_CHARS:
            return taken, True
        taken.append(block)
    return taken, False


# "Which of these …?: A. one; B. two; C. three": a numbered list item that holds its
# question and its lettered options (flattened into the item's text); group 1 is the
# stem, group 2 the options.
_STEM_AND_OPTIONS = re.compile(r"^(.+?\?(?:\s*\([^)]*\))?):\s+(\(?A\s*[.:)]\s.*)$", re.DOTALL)
_NEXT_OPTION = re.compile(r";\s+(?=\(?[B-H]\s*[.:)]\s)")
_LETTERED = re.compile(r"^\(?([A-H])\s*[.:)]\s+(.+)$", re.DOTALL)
# "Correct answer: D", "Answers: B, C", "The correct answers are A and E": the letters.
_CHOSEN_LETTERS = re.compile(
    r"^(?:the\s+)?(?:correct\s+)?answers?\s*(?:is|are)?\s*[:\-–—]?\s*"
    r"([A-H](?:\s*(?:,|and|&)\s*[A-H])*)\s*\.?$",
    re.IGNORECASE,
)


def _lettered_quiz(block: Question, question: str) -> Question | None:
    """An exercise whose task is a question with its lettered options and whose hidden
    answer only names the right letters ("Correct answer: D"): a multiple choice, the
    options shown with the question and the back naming each right option with its
    text. None when the exercise is not shaped so."""
    found = _STEM_AND_OPTIONS.match(question)
    first = next((b for b in block.answer if isinstance(b, Paragraph)), None)
    if not found or first is None:
        return None
    parsed = [_LETTERED.match(part.strip()) for part in _NEXT_OPTION.split(found.group(2))]
    options = [(m.group(1), m.group(2).strip()) for m in parsed if m]
    if len(options) < 2 or [mark for mark, _ in options] != [
        chr(ord("A") + n) for n in range(len(options))
    ]:
        return None
    chosen = _CHOSEN_LETTERS.match(clean(first.text).strip())
    if not chosen:
        return None
    texts = dict(options)
    letters = re.findall(r"[A-H]", chosen.group(1).upper())
    if any(letter not in texts for letter in letters):
        return None
    answer = tuple(
        Paragraph(text=f"{letter}: {texts[letter]}", line=first.line) for letter in letters
    )
    shown = ListBlock(
        ordered=False, items=tuple(f"{mark}. {text}" for mark, text in options), line=block.line
    )
    return replace(block, text=found.group(1).strip(), answer=answer, kind="quiz", shown=(shown,))


# "A:" alone on its line answers the "Q:" above it (only with its colon: "A." letters
# an option).
_LETTER_LABEL = re.compile(rf"^\W*{label_words((ANSWER_LETTER,))}\s*:\W*$", re.IGNORECASE)


def _answer_label(text: str) -> bool:
    return bool(ANSWER_LABEL.match(text) or _LETTER_LABEL.match(text))


def _labelled_parts(block: Question) -> Question:
    """A question heading whose section says "Question:" over code and "Answer:" over
    more code: the first code is asked (shown on the front), the second answers;
    neither label reaches a card."""
    blocks = [*block.answer, *block.more]
    labels = [
        n
        for n, b in enumerate(blocks)
        if isinstance(b, Paragraph) and (QUESTION_LABEL_LINE.match(b.text) or _answer_label(b.text))
    ]
    if len(labels) != 2:
        return block
    first, second = labels
    asks, answers = blocks[first], blocks[second]
    if not (
        isinstance(asks, Paragraph)
        and QUESTION_LABEL_LINE.match(asks.text)
        and isinstance(answers, Paragraph)
        and _answer_label(answers.text)
        and not any(_block_text(b) for b in blocks[:first])
    ):
        return block
    shown = tuple(blocks[first + 1 : second])
    answer = tuple(blocks[second + 1 :])
    if not shown or not answer:
        return block
    return replace(block, shown=(*block.shown, *shown), answer=answer, more=())


# A sentence that hands over to the code below it ("run the following command",
# "as follows:", "like this:"): the code is the rest of the sentence's answer.
_ANNOUNCES_CODE = re.compile(
    r"(?:\b(?:the\s+following|below|as\s+follows|like\s+(?:this|so))\b[^.!?]*[.:]?|:)\s*$",
    re.IGNORECASE,
)


# "`.gitignore`" alone in its paragraph: the line an announcing sentence ("add a line
# like this") shows, written inline instead of in a fence.
_ONLY_CODE_SPAN = re.compile(r"^\s*`[^`\n]+`\s*$")


# "git subtree add --prefix=rails git://…/rails.git master" alone in its paragraph: a
# command written without a fence (a lowercase program, a flag, no sentence's end).
_UNFENCED_COMMAND = re.compile(r"^[a-z][\w.-]*\s+\S.*\s--?[a-z][\w-]*(?:[=\s]\S.*)?$")


def _shown_line(block: object) -> bool:
    if not isinstance(block, Paragraph):
        return False
    text = block.text.strip()
    return bool(
        _ONLY_CODE_SPAN.match(text)
        or ("\n" not in text and not text.endswith(".") and _UNFENCED_COMMAND.match(text))
    )


def _announced_code(answer: tuple[object, ...], more: tuple[object, ...]) -> tuple[object, ...]:
    """An answer whose last sentence announces code keeps that code, then the prose
    and code that go on with it (other ways, the next step) while all fits on a card;
    a sentence that would lose its own code is left out with it."""
    if not answer or not more or not (isinstance(more[0], Code) or _shown_line(more[0])):
        return answer
    last = answer[-1]
    if not isinstance(last, Paragraph) or not _leads_into_code(last.text):
        return answer
    size = sum(len(_block_text(b)) for b in answer) + len(_block_text(more[0]))
    taken: list[object] = [more[0]]
    for at in range(1, len(more)):
        block = more[at]
        if not isinstance(block, (Paragraph, Code)):
            break
        size += len(_block_text(block))
        if size > ANSWER_CHARS:
            break
        taken.append(block)
    while taken and isinstance(taken[-1], Paragraph) and _leads_into_code(taken[-1].text):
        taken.pop()  # its code did not fit: the sentence alone would point at nothing
    return (*answer, *taken)


# "Below are the list of methods.", "It can be done in the following ways.": a sentence
# that only hands over to what follows it, whatever it ends on.
_ANNOUNCING_SENTENCE = re.compile(
    r"^(?:below|the\s+following|following|here)\b|\b(?:as\s+follows|the\s+following"
    r"(?:\s+\w+){0,2}|below)\s*[.:,]?\s*$",
    re.IGNORECASE,
)
_AN_EXAMPLE = re.compile(r"\bexamples?\b", re.IGNORECASE)
_READING_LEAD_IN = re.compile(
    r"^(?:read|see|more|links?|resources?|references?|further\s+reading)\b", re.IGNORECASE
)
_ASIDE_LABEL = re.compile(
    r"^(?:notes?|tips?|warning|caution|important|hint|remember|attention)\b", re.IGNORECASE
)
_BARE_LEAD_IN_WORDS = 6
_DEMO_OPENING = re.compile(r"^(?:let'?s|let\s+us|first|now|then|next)\b", re.IGNORECASE)
# An announcing paragraph of an answer is a lead-in, never a second answer: one or two
# sentences ("Below are the list of methods:", "It can be done in the following ways.").
_ANNOUNCING_PARAGRAPH_CHARS = 200


def _word_heads(text: str) -> set[str]:
    """A text's words of four letters or more, cut to five ("decorators" and
    "decorator" alike), for telling whether two texts speak of one thing."""
    return {w.lower()[:5] for w in re.findall(r"\w{4,}", text)}


def _announced_after(
    answer: tuple[object, ...], more: tuple[object, ...], limit: int, question: str = ""
) -> tuple[object, ...]:
    """An answer's opening ("… modify the original array.") then a paragraph announcing
    a list or code ("Below are the list of methods:", "It can be done in the following
    ways,") and that list or code: the announced block is the rest of the answer, so
    the lead-in and the block join the back when they fit on the card (a list too long
    keeps its items' leads, see :func:`_answer_text`); else the opening stands alone,
    never a back ending on an announcement."""
    if len(more) < 2 or not answer or not isinstance(answer[-1], Paragraph):
        return answer
    lead, shown = more[0], more[1]
    if not isinstance(lead, Paragraph) or not isinstance(shown, ListBlock | Code):
        return answer
    said = _block_text(lead)
    if _promises_more(answer[-1], _block_text(answer[-1])) or not said:
        return answer  # the opening's own lead-in is the other rules' to finish
    last = _SENTENCE_END.split(said.strip())[-1]
    if (
        len(said) > _ANNOUNCING_PARAGRAPH_CHARS
        or _AN_EXAMPLE.search(said)
        or not (_promises_more(lead, said) or _ANNOUNCING_SENTENCE.search(last))
        or (isinstance(shown, Code) and not _ANNOUNCING_SENTENCE.search(last))
        or _DEMO_OPENING.match(said)
    ):
        # An example's set-up ("Let's take an example of X,", "Let's create …",
        # "First you need to …") illustrates the answer and runs on past its first
        # block: the other rules' to card. Code joins only a sentence handing over to it
        # ("It can be configured as below,").
        return answer
    # A lead-in of its own subject ("Three things were weighed when the glaze was
    # chosen:" under "How is it cleaned?") lists something else: it must name what the
    # question asks, or be a bare hand-over of a few words ("Below are their
    # features,"). Under a "why" the reasons are the answer: a few words announcing
    # ways around it are not.
    bare = len(said.split()) <= _BARE_LEAD_IN_WORDS and not _WHY.search(question)
    if not bare and not (_word_heads(said) & _word_heads(question)):
        return answer
    if (
        _READING_LEAD_IN.match(said)
        or _ASIDE_LABEL.match(said)
        or (isinstance(shown, ListBlock) and (_links_only(shown) or any(shown.links)))
    ):
        return answer  # "Read:", "For more, see:" and its links: reading, not the answer
    size = sum(len(_block_text(b)) for b in answer) + len(said)
    if isinstance(shown, ListBlock):
        items = _block_text(replace(shown, codes=()))
        fits = size + len(items) <= limit or size + len(_item_leads(shown) or items) <= limit
        return (*answer, lead, shown) if fits else answer
    # "Below are the possible options:" over three fences: every one of them, or none
    # (the first alone would answer "the options" with one).
    codes: list[object] = []
    for block in more[1:]:
        if not isinstance(block, Code):
            break
        codes.append(block)
    fits = size + sum(len(_block_text(c)) for c in codes) <= limit
    return (*answer, lead, *codes) if fits else answer


def _leads_into_code(text: str) -> bool:
    """Whether a paragraph ends on a lead-in to the code after it: "… the following",
    "like this:", a colon, a comma ("The structure would be,") or a word no sentence
    ends on ("You can install it globally as")."""
    said = text.rstrip()
    return bool(_ANNOUNCES_CODE.search(said) or said.endswith(",") or _HANGING_WORD.search(said))


def _titles_what_is_asked(question: str, title: str) -> set[str]:
    """The words of the question a sub-heading names ("#### Main drawbacks and
    limitations:" under "What are X's drawbacks and limitations?"): a word of the
    question other than a name (a capitalised word, "Django's", which every part of
    such a page names) is in the title."""
    names = {w.lower() for w in re.findall(r"\b[A-Z][a-z][\w-]*", question)}
    asked = set(_ASKED_WORD.findall(question.lower())) - names - _QUESTION_FILLER
    return asked & set(_ASKED_WORD.findall(title.lower()))


# A word of a question or title, code names whole ("media_root", "login_required").
_ASKED_WORD = re.compile(r"[a-z][a-z0-9_]{3,}")


# The closing summary of a long answer: "In short: …", "TL;DR …", "Коротко: …".
_SUMMARY_OPENING = re.compile(
    r"^\W*(?:in short|in summary|to sum up|tl;?dr|summary|коротко|підсумок|итого|вкратце)\b",
    re.IGNORECASE,
)
# A label heading at most this many words long may only repeat the topic ("#### Angular").
_TOPIC_LABEL_WORDS = 3


def _sub_section_parts(answer: tuple[object, ...]) -> tuple[object, ...] | None:
    """A hidden answer made only of sub-sections ("### Requirements" and its list,
    "### Architecture" and its diagram, "### Key decisions" and its list): each part
    answers a piece, so each keeps its heading and first block (its later blocks are
    detail) when all of them fit on a card together; None (the answer is read as
    before) for any other answer or when they do not fit."""
    if len(answer) < 4 or not (isinstance(answer[0], Paragraph) and answer[0].heading):
        return None
    kept: list[object] = []
    titled = 0
    for number, block in enumerate(answer):
        if isinstance(block, Paragraph) and block.heading:
            after = answer[number + 1] if number + 1 < len(answer) else None
            if after is None or (isinstance(after, Paragraph) and after.heading):
                return None  # a heading with nothing under it titles no part
            kept.append(block)
            titled += 1
        elif isinstance(kept[-1], Paragraph) and kept[-1].heading:
            kept.append(block)
    if titled < 2 or sum(len(_block_text(b)) for b in kept) > ANSWER_CHARS:
        return None
    return tuple(kept)


def _label_heading_parts(question: str, answer: tuple[object, ...]) -> tuple[object, ...]:
    """A hidden answer laid out under label headings from its first block on ("####
    Angular", its definition, "#### Key features:" and the list, "In short: …"): the
    headings are parts of one answer, not sections. A first label that only repeats
    a word of the question goes; the parts all answer when they fit on a card, else
    the first part and the answer's closing summary ("In short:" and its list) do."""
    blocks = list(answer)
    if blocks and isinstance(blocks[0], Paragraph) and blocks[0].heading:
        words = _block_text(blocks[0]).rstrip(":").strip().lower().split()
        if len(words) <= _TOPIC_LABEL_WORDS and all(
            w.rstrip("s") in question.lower() for w in words
        ):
            blocks.pop(0)  # "#### Angular" over "What is Angular?": the topic again
    # A paragraph opening the answer is context the next rule reads with its parts.
    if len(blocks) < 3 or isinstance(blocks[0], Paragraph):
        return answer
    summary = next(
        (
            n
            for n, b in reversed(list(enumerate(blocks)))
            if n and isinstance(b, Paragraph) and not b.heading
            if _SUMMARY_OPENING.match(_block_text(b))
        ),
        None,
    )
    headed = [n for n, b in enumerate(blocks) if isinstance(b, Paragraph) and b.heading]
    if not headed and summary is None:
        return answer
    if sum(len(_block_text(b)) for b in blocks) <= ANSWER_CHARS:
        return tuple(blocks)
    if summary is None:
        return answer
    closing = blocks[summary:]  # "In short:" and its list, or "In short: …" alone
    first = blocks[: min([*headed, summary])]
    for part in ((*first, *closing), (blocks[0], *closing)):
        if sum(len(_block_text(b)) for b in part) <= ANSWER_CHARS:
            return part
    return answer


def _first_titled_part(question: str, answer: tuple[object, ...]) -> tuple[object, ...]:
    """A hidden answer that opens with one paragraph of context and goes on under
    sub-headings: the context alone answers nothing. To a "how" question ("In Django,
    redirects are used when …", then "#### Main approach:" and its code) the context
    and the first titled part answer together, when they fit on a card. To another
    question, the titled parts that name what it asks ("#### Main drawbacks:" under
    "What are X's drawbacks?"; "What `A` is:" and "What `B` is:" under "What are A
    and B?", all such parts when it asks of several things) answer with the context,
    when they fit (each part cut to its first block if need be); the later parts stay
    off. A comparison or a question in several parts keeps its own reading."""
    if len(answer) < 3:
        return answer
    first, title = answer[0], answer[1]
    if not isinstance(first, Paragraph) or first.heading or first.text.rstrip().endswith(":"):
        return answer
    if not isinstance(title, Paragraph) or not title.heading:
        return answer
    parts: list[tuple[object, ...]] = []
    for block in answer[1:]:
        if isinstance(block, Paragraph) and block.heading:
            parts.append((block,))
        else:
            parts[-1] = (*parts[-1], block)
    if _HOW.search(question):
        chosen = parts[:1]
    elif _COMPARES.search(question) or _several_parts(question):
        return answer
    else:
        # The parts right after the context that name what is asked (one, or one per
        # thing asked): a later part is a side topic ("Important difference …").
        named, covered = 0, set[str]()
        while named < len(parts):
            names = _titles_what_is_asked(question, _block_text(parts[named][0]))
            if not names - covered:
                break  # names nothing asked, or only what a part before it answered
            covered |= names
            named += 1
        chosen = parts[:named] if _SEVERAL_THINGS.search(question) else parts[: min(named, 1)]
    if not chosen or any(len(p) < 2 for p in chosen):
        return answer
    part = (first, *(b for p in chosen for b in p))
    if sum(len(_block_text(b)) for b in part) > ANSWER_CHARS and not _HOW.search(question):
        # "#### Key advantages:" and eight items of two sentences: the items' names
        # ("High development speed") answer; what each says stays off, as a long
        # list's does under a lead-in.
        part = tuple(_named_items(b) for b in part)
    if sum(len(_block_text(b)) for b in part) > ANSWER_CHARS:
        return answer
    return part


def _named_items(block: object) -> object:
    """A list as the names of its items (see :func:`_item_leads`), else as it is."""
    if not isinstance(block, ListBlock):
        return block
    leads = _item_leads(block)
    if not leads:
        return block
    names = tuple(_ITEM_LINE_START.sub("", line) for line in leads.split("\n"))
    return replace(block, items=names, terms=("",) * len(names))


# A question asking of two or more things ("What are A and B?", "What are tags and
# filters?"): each has its titled part.
_SEVERAL_THINGS = re.compile(r"\S\s+and\s+\S|,\s*\S", re.IGNORECASE)


# The author's number before a folded question: "42. What types of … exist?", "12) ",
# "Q3. " (a number with words after it: "1.5 GiB or 2?" is no numbering).
_LONE_NUMBER = re.compile(r"^\s*(?:Q(?:uestion)?\s*)?\d{1,3}[.)]\s+(?=\S)", re.IGNORECASE)


def _without_lone_number(ctx: Context, block: Question, question: str) -> str:
    """A ``<summary>42. What is X?</summary>`` question without the author's number
    when no other folded question of the page asks the same words, or when it shows
    its code (two asking alike then differ by what they show): the number tells
    nothing apart. The note's id keeps it, as it always had."""
    numbered = _LONE_NUMBER.match(question)
    if block.kind != "details" or numbered is None:
        return question
    if block.shown:
        return question[numbered.end() :]
    rest = question[numbered.end() :]
    same = [
        item
        for item in ctx.items
        if isinstance(item.block, Question)
        and item.block is not block
        and _LONE_NUMBER.sub("", clean(item.block.text)).strip() == rest.strip()
    ]
    return question if same else rest


# A sentence with its subject left out, as reference pages describe a construct:
# "Constructs a type with …", "Returns the …", "Creates an …".
_SUBJECTLESS = re.compile(r"^[A-Z][a-z]+s\s+(?:a|an|the|all|each|every|one|its)\b")
_SHORT_CODE_LINES = 12  # the code after such a sentence fits on a card up to this


def _code_names_it(
    question: str, answer: tuple[object, ...], more: tuple[object, ...]
) -> tuple[object, ...]:
    """An answer of one subjectless sentence ("Constructs a type with all properties set
    to readonly …") names nothing: unless the question names the construct ("What does
    Required do?"), the short code right after it shows it ("const todo:
    Readonly<Todo> = …") and goes on the back with it."""
    if len(answer) != 1 or not more or not isinstance(more[0], Code):
        return answer
    first = answer[0]
    if not isinstance(first, Paragraph) or "`" in first.text or "`" in question:
        return answer
    if any(word[:1].isupper() for word in question.split()[1:]):
        return answer  # the question names what it asks about
    if not _SUBJECTLESS.match(first.text.strip()):
        return answer
    if len(more[0].text.strip().splitlines()) > _SHORT_CODE_LINES:
        return answer
    return (first, more[0])


def _procedure_steps(answer: tuple[object, ...], section: tuple[object, ...]) -> tuple[object, ...]:
    """An answer ending in a step ("First create the app:" and its code) when the
    section goes on with more ("And enable X:" and its code, …): the steps stay together
    up to the next heading while all fits on a card (a step whose code does not fit
    is left out with it)."""
    if len(answer) < 2 or not isinstance(answer[-1], Code):
        return answer
    before = answer[-2]
    if not (isinstance(before, Paragraph) and before.text.rstrip().endswith(":")):
        return answer
    at = next((n for n, b in enumerate(section) if b is answer[-1]), None)
    rest = section[at + 1 :] if at is not None else ()
    if len(rest) < 2 or not (
        isinstance(rest[0], Paragraph)
        and rest[0].text.rstrip().endswith(":")
        and isinstance(rest[1], Code)
    ):
        return answer
    size = sum(len(_block_text(b)) for b in answer)
    taken: list[object] = []
    for block in rest:
        if not isinstance(block, Paragraph | Code):
            break
        size += len(_block_text(block))
        if size > ANSWER_CHARS:
            break
        taken.append(block)
    while taken and isinstance(taken[-1], Paragraph) and _ANNOUNCES_CODE.search(taken[-1].text):
        taken.pop()
    return (*answer, *taken)


# "What is `mutable` and `immutable` types?", "What are Pods and Deployments?": the
# two things a question names around its "and" (the word on each side, code or not).
_NAMED_PAIR = re.compile(r"(`[^`]+`|[\w-]+)\s+and\s+(`[^`]+`|[\w-]+)", re.IGNORECASE)


def _split_numbered_steps(
    answer: tuple[object, ...], section: tuple[object, ...]
) -> tuple[object, ...]:
    """An answer whose numbered steps are split by their commands ("Steps:", "1.
    Identify the process", its code, "2. Check the details", its code, …; the list
    restarts after each fence at the next number): the steps run to the end of the
    section, each label with its command and the lines under it, whole steps while all
    fits on a card; a step whose command does not fit ends the answer, never a label
    without its command (with no step fitting, the prose before them alone, or ``()``
    when it only leads into them)."""
    if not answer or not isinstance(answer[-1], ListBlock) or not answer[-1].ordered:
        return answer
    first = answer[-1]
    if first.codes and any(first.codes):
        return answer
    rest = [b for b in section if getattr(b, "line", 0) > first.line]
    if not rest or not isinstance(rest[0], Code):
        return answer
    steps: list[list[object]] = [[first]]
    number = first.start + len(first.items)
    for block in rest:
        if isinstance(block, ListBlock) and block.ordered and block.start == number:
            steps.append([block])
            number += len(block.items)
        elif isinstance(block, Paragraph | Code | Callout):
            steps[-1].append(block)
        else:
            break
    if len(steps) < 2 or not all(any(isinstance(b, Code) for b in step) for step in steps):
        return answer  # one list and code after it: an example, not steps split apart
    taken: list[object] = list(answer[:-1])
    size = sum(len(_block_text(b)) for b in taken)
    for step in steps:
        coded = max(n for n, b in enumerate(step) if isinstance(b, Code)) + 1
        needed = sum(len(_block_text(b)) for b in step[:coded])
        if size + needed > ANSWER_CHARS:
            break
        size += needed
        taken.extend(step[:coded])
        for block in step[coded:]:
            size += len(_block_text(block))
            if size > ANSWER_CHARS:
                return tuple(taken)
            taken.append(block)
    if len(taken) == len(answer) - 1:
        # Not even the first step fits: the prose before the steps answers alone, unless
        # it only leads into them ("Steps:").
        said = [b for b in taken if _block_text(b)]
        if said and not _block_text(said[-1]).rstrip().endswith((":", ",")):
            return tuple(taken)
        return ()
    return tuple(taken)


_FENCE_LABEL_WORDS = 6  # "📌 Directory size", "In Dockerfile:": a label, no sentence


def _fence_label(block: object) -> bool:
    if not isinstance(block, Paragraph):
        return False
    text = _block_text(block).strip()
    return (
        bool(text)
        and len(text.split()) <= _FENCE_LABEL_WORDS
        and not text.endswith((".", "?", "!", ","))
    )


def _labelled_fences(answer: tuple[object, ...], section: tuple[object, ...]) -> tuple[object, ...]:
    """A question heading answered by labelled fences only ("📌 Disk usage" and its
    command, "📌 Directory size" and its command, "📌 Inode usage" and its command, then
    perhaps a closing remark): every label with its fence, up to the next heading,
    whole pairs while all fits on a card, then the closing paragraphs while they fit;
    the answer as it was unless two labels or more each have their fence."""
    if not answer or not _fence_label(answer[0]):
        return answer
    # (A question heading holds its first blocks; the section goes on past them.)
    last = max(getattr(b, "line", 0) for b in answer)
    section = (*answer, *(b for b in section if getattr(b, "line", 0) > last))
    pairs: list[list[object]] = []
    closing: list[object] = []
    for block in section:
        if closing:
            if not isinstance(block, Paragraph):
                return answer
            closing.append(block)
        elif _fence_label(block) and (not pairs or isinstance(pairs[-1][-1], Code)):
            pairs.append([block])
        elif isinstance(block, Code) and pairs:
            pairs[-1].append(block)
        elif isinstance(block, Paragraph) and pairs and isinstance(pairs[-1][-1], Code):
            closing.append(block)
        else:
            return answer
    if len(pairs) < 2 or not all(len(pair) > 1 for pair in pairs):
        return answer
    taken: list[object] = []
    size = 0
    for pair in (*pairs, *([b] for b in closing)):
        size += sum(len(_block_text(b)) for b in pair)
        if size > ANSWER_CHARS:
            break
        taken.extend(pair)
    return tuple(taken) if len(taken) > len(answer) else answer


def _every_announced_fence(
    answer: tuple[object, ...], section: tuple[object, ...], limit: int
) -> tuple[object, ...]:
    """An answer ending on a lead-in ("In its simplest form:") and the first of several
    fences right after it (one manifest per object): the lead-in announces them all,
    so they join the back while they fit on a card."""
    if len(answer) < 3 or not isinstance(answer[-1], Code):
        return answer
    lead = answer[-2]
    if not isinstance(lead, Paragraph) or not _block_text(lead).endswith(":"):
        return answer
    rest = [b for b in section if getattr(b, "line", 0) > answer[-1].line]
    fences: list[object] = []
    for block in rest:
        if not isinstance(block, Code):
            break
        fences.append(block)
    if not fences:
        return answer
    size = sum(len(_block_text(b)) for b in answer)
    taken: list[object] = []
    for fence in fences:
        size += len(_block_text(fence))
        if size > limit:
            break
        taken.append(fence)
    return (*answer, *taken)


def _mentions(text: str, name: str) -> bool:
    """Whether ``text`` names ``name`` (a word, a plural of it, in code or not)."""
    word = re.escape(name.strip("`").rstrip("s"))
    return re.search(rf"(?<![\w-]){word}s?(?![\w-])", text, re.IGNORECASE) is not None


def _other_side(
    question: str, answer: tuple[object, ...], more: tuple[object, ...]
) -> tuple[object, ...]:
    """A question naming two things ("X and Y") whose first paragraph speaks of one
    only: the paragraphs after it up to the one that speaks of the other join it (all
    on one card, else the answer stays as the author began)."""
    pair = _NAMED_PAIR.search(question)
    if pair is None or not answer or not all(isinstance(b, Paragraph) for b in answer):
        return answer
    said = " ".join(_block_text(b) for b in answer)
    missing = [name for name in pair.groups() if not _mentions(said, name)]
    if len(missing) != 1:
        return answer
    taken, _cut = _paragraphs_that_fit(len(said), more)
    for at, block in enumerate(taken):
        if _mentions(_block_text(block), missing[0]):
            return (*answer, *taken[: at + 1])
    return answer


def _both_sides(
    question: str, answer: tuple[object, ...], more: tuple[object, ...]
) -> tuple[object, ...]:
    """A "difference between A and B" answered one side per paragraph: the paragraphs
    after the first join it, up to the next heading, while all fits on a card. A
    question naming two things ("X and Y") takes the paragraphs up to the other's."""
    if not _COMPARES.search(question) or not answer:
        return _other_side(question, answer, more)
    if not all(isinstance(b, Paragraph) for b in answer):
        return answer
    taken, cut = _paragraphs_that_fit(sum(len(_block_text(b)) for b in answer), more)
    if cut:
        return answer  # one side would be missing: as the author began
    return (*answer, *taken)


# An exercise box titled by its kind alone ("Challenge", "Exercise 2", "Question:").
_BARE_EXERCISE_LABEL = re.compile(
    rf"^(?:{'|'.join(EXERCISE_WORDS)})(?:\s*\d+[a-z]?)?\s*[.:]?$", re.IGNORECASE
)
# A task pointing at code the lesson showed before it ("The while loop we just provided",
# "the program above"): the card needs that code.
_PROVIDED_CODE = re.compile(
    r"\b(?:we|you|i)\s+(?:just\s+|have\s+)?(?:provided|showed|shown|saw|seen|wrote|"
    r"written|gave)\b|\b(?:code|program|loop|function|example|snippet)\s+above\b|"
    r"\babove\s+(?:code|program|loop|function|example|snippet)\b",
    re.IGNORECASE,
)


def _quiz_note(ctx: Context, index: int, block: Question, question: str) -> tuple[Note, ...]:
    """A multiple-choice question: the front shows the question with its code and its
    options, the back the right option (letter and text) and the first block of the
    explanation. The author's number tells apart questions asked in the same words."""
    if not question:
        return ()
    front = "\n".join([question, *(t for b in block.shown if (t := _block_text(b)))])
    back = "\n".join(t for b in block.answer if (t := _block_text(b)))
    slug = slugify(f"{block.number} {question}" if block.number else question)
    parent = ctx.place(index)
    note_id = parent if parent.endswith(f"/{slug}") or parent == slug else f"{parent}/{slug}"
    return (
        FactNote(
            id=note_id,
            type=NoteType.FACT,
            front=front,
            back=back,
            tags=ctx.tags(index),
            origin=ctx.origin(index),
        ),
    )


# An exercise heading's number ("05-01.", "Exercise 3:", "Lab 2 -") and its kind word
# at the end ("… Pods Question"): no part of what the task is about.
_EXERCISE_NUMBER = re.compile(
    rf"^(?:(?:{'|'.join(EXERCISE_WORDS)}|q)\s*)?\d+(?:[.-]\d+)*\s*[.):\-\u2013\u2014]?\s+",
    re.IGNORECASE,
)
_EXERCISE_MARK = re.compile(rf"\s+(?:{'|'.join(EXERCISE_WORDS)})$", re.IGNORECASE)


_COMPARES = re.compile(r"\bdiffer\w*|\bcompar\w*|\bvs\.?(?=\s)|\bversus\b", re.IGNORECASE)


def _plain(text: str) -> str:
    return " ".join(clean(text).replace("`", "").strip().rstrip(":").lower().split())


def _compared_parts(question: str, blocks: tuple[object, ...]) -> str:
    """A comparison ("Difference between A and B?", "How do A and B differ?") answered
    under bold labels, one per compared thing (``**A:** …`` then ``**B:** …``, or a
    ``**A**`` line over its paragraph): the back holds every part, each under its label,
    after the opening paragraph that sets them side by side; "" when the answer has not
    that shape (fewer than two labels the question names)."""
    if not _COMPARES.search(question):
        return ""
    asked = _plain(question)
    opening = ""
    parts: dict[str, str] = {}
    for number, block in enumerate(blocks):
        if not isinstance(block, Paragraph):
            continue
        text = _block_text(block)
        label = _plain(block.label) if block.label else ""
        if not label or not re.search(rf"(?<![\w-]){re.escape(label)}(?![\w-])", asked):
            if number == 0 and not block.label:
                opening = text
            continue
        if label in parts:
            continue
        if text.endswith(":"):
            return ""  # a part introducing its code: the labelled-code rules card it
        if _part_title(block):
            # "**A**" alone on its line: the paragraph under it is A's part.
            after = blocks[number + 1] if number + 1 < len(blocks) else None
            if not isinstance(after, Paragraph) or after.label:
                continue
            body = _block_text(after)
        else:
            rest = text[len(clean(block.label).rstrip(":")) :]
            if not rest.lstrip().startswith(":"):
                # "**React** is a library …": the label is the sentence's subject.
                parts[label] = f"• {text}"
                continue
            body = rest.lstrip(" :")
        if body.endswith(":"):
            return ""  # a part introducing its code: the labelled-code rules card it
        if body:
            parts[label] = f"• {clean(block.label).rstrip(':').strip()}: {body}"
    if len(parts) < 2:
        return ""
    lines = [opening, *parts.values()] if opening else list(parts.values())
    if sum(len(line) for line in lines) > ANSWER_CHARS:
        # Too long for a card: each part keeps its first sentence.
        lines = [lines[0], *(_SENTENCE_END.split(line)[0] for line in lines[1:])]
    return "\n".join(lines)


# A paragraph that only says an answer is coming ("There are several ways to …",
# "… the following libraries:"): the list after it answers.
_ANNOUNCES_MANY = re.compile(
    r"\b(?:several|many|various|a few|multiple|different|some)\s+(?:\w+\s+)?"
    r"(?:ways|approaches|options|methods|libraries|tools|techniques|strategies)\b|:$",
    re.IGNORECASE,
)


def _labelled_list_below(
    ctx: Context, index: int, answer: tuple[object, ...]
) -> tuple[object, ...]:
    """A question heading answered only by a paragraph that announces ways to do it,
    the ways listed right after under a label sub-heading ("#### Key libraries:"): the
    label and its list join the answer, never the announcement alone."""
    if not answer or not all(isinstance(b, Paragraph) for b in answer):
        return answer
    last = answer[-1]
    assert isinstance(last, Paragraph)
    if not _ANNOUNCES_MANY.search(last.text.strip()):
        return answer
    headings = ctx.items[index].headings
    for item in ctx.items[index + 1 :]:
        if item.headings == headings:
            continue
        label = item.headings[-1] if len(item.headings) == len(headings) + 1 else None
        if (
            label is not None
            and item.headings[:-1] == headings
            and label.text.rstrip().endswith(":")
            and isinstance(item.block, ListBlock)
        ):
            title = f"{clean_heading(label.text).rstrip(':')}:"
            return (*answer, Paragraph(text=title, line=label.line), item.block)
        break
    return answer


# A last sentence that says what the reader must change without showing how: "To
# suppress these warnings, you will need to edit your bundler config file." The block
# after it (the config) is how, and the answer without it is incomplete.
_NEEDS_SHOWN = re.compile(
    r"\b(?:need|have|has|needs)\s+to\s+(?:edit|change|modify|update|adjust|extend|add\s+\w+\s+to)"
    r"\s+(?:your|the)\b[^.!?]*\b(?:config(?:uration)?|settings|options|file)\b[^.!?]*[.!]?\s*$",
    re.IGNORECASE,
)
# A paragraph stating the pitfall of what the paragraph before said: "One important thing
# to know is that …", "Note that …", "Keep in mind …": the part a reader gets wrong.
_PITFALL_NEXT = re.compile(
    r"^(?:(?:one|an?|the\s+(?:most|only))\s+important\s+thing|note\s+that|keep\s+in\s+mind|"
    r"be\s+(?:aware|careful)|beware|remember\s+that|important:|caution:|warning:)",
    re.IGNORECASE,
)


def _shows_what_it_needs(
    answer: tuple[object, ...], rest: tuple[object, ...]
) -> tuple[object, ...]:
    """A one-paragraph answer that only says what must be done ("… you will need to edit
    your config file.") over the code showing it, or whose next paragraph states its
    pitfall ("One important thing to know is that …"): the blocks that follow, up to the
    next heading, are the rest of the answer and join it while all fits on a card;
    when they do not fit there is no card (the opening alone is incomplete). Else the
    answer as it was."""
    if len(answer) != 1 or not rest or not isinstance(answer[0], Paragraph):
        return answer
    last = _SENTENCE_END.split(answer[0].text.strip())[-1]
    needs = bool(_NEEDS_SHOWN.search(last)) and isinstance(rest[0], Code)
    pitfall = isinstance(rest[0], Paragraph) and bool(_PITFALL_NEXT.match(rest[0].text.strip()))
    if not (needs or pitfall):
        return answer
    size = len(_block_text(answer[0]))
    taken: list[object] = []
    for block in rest:
        if not isinstance(block, Paragraph | Code | ListBlock):
            break
        size += len(_block_text(block))
        if size > ANSWER_CHARS:
            if not taken:
                return ()  # the opening alone is incomplete, the rest does not fit
            break
        taken.append(block)
    return (*answer, *taken)


# A later paragraph of a how-to answer that gives one more thing to do: "Also, if you
# want the CLI, run it this way:", "Additionally, …", "To avoid import cycles use the
# wrapper type:", "For ESM projects use this instead:", "Make sure to …".
_FURTHER_STEP = re.compile(
    r"^(?:(?:also|additionally|in addition|lastly|finally)\b,?"
    r"|to [a-z]+\b[^.!?]*?\b(?:use|add|run|set|"
    r"pass|call|wrap|install|enable|make sure)\b"
    r"|for [^.!?,]{1,60},? use\b|make sure\b|don't forget\b|do not forget\b)",
    re.IGNORECASE,
)


def _further_steps(
    question: str, answer: tuple[object, ...], rest: tuple[object, ...]
) -> tuple[object, ...]:
    """A "How to X?" answer whose opening is one step ("Add `type: module` to your
    package.json.") while later paragraphs of its section give the others ("To avoid
    import cycles use the wrapper type:" and its code, "Also, to run the CLI:" and its
    command) or the warning on them: the answer runs to the last such paragraph (with the
    code it announces) while all fits on a card. A flashcard author keeps every step: the
    first alone answers part of how. Else the answer as it was."""
    if not _ASKS_WHAT_TO_DO.match(question) or not answer:
        return answer
    size = sum(len(_block_text(b)) for b in answer)
    end = 0  # blocks of ``rest`` the answer runs to
    for number, block in enumerate(rest):
        if not isinstance(block, Paragraph | Code | ListBlock | Callout | Quote) or (
            isinstance(block, Paragraph) and block.heading
        ):
            break
        size += len(_block_text(block))
        if size > ANSWER_CHARS:
            break
        if isinstance(block, Paragraph):
            text = _block_text(block).strip()
            if _FURTHER_STEP.match(text) or _PITFALL_NEXT.match(text):
                end = number + 1
        elif isinstance(block, Callout | Quote) and _PITFALL_NEXT.match(_block_text(block).strip()):
            end = number + 1
        elif (
            end == number > 0
            and isinstance(rest[number - 1], Paragraph)
            and _block_text(rest[number - 1]).rstrip().endswith(":")
        ):
            end = number + 1  # the code or list the step announces
    return (*answer, *rest[:end]) if end else answer


def _tab_label(block: object) -> str:
    """The name of a content tab (``{{% tab header="CLI" %}}``, read as a label line
    alone), "" for any other block."""
    if isinstance(block, Paragraph) and block.label and block.text.strip() == block.label:
        return block.label.strip().rstrip(":")
    return ""


def _every_tab(answer: tuple[object, ...], section: tuple[object, ...]) -> tuple[object, ...]:
    """An answer that reached the code of one content tab ("CLI" and its command) goes
    on with the other tabs right after it ("YAML" and its setting): each is one way of
    the answer, labelled by its tab ("CLI: `x`"), while all fits on a card; an answer
    holding no tab is returned as it is."""
    at = next((n for n, b in enumerate(answer[:-1]) if _tab_label(b)), None)
    first = answer[at + 1] if at is not None else None
    if at is None or not isinstance(first, Code):
        return answer
    end = next((n + 1 for n, b in enumerate(section) if b is answer[-1]), None)
    if end is None or answer[-1] is not first:
        return answer  # the tab's code must be where the answer stops
    tabs: list[tuple[str, Code]] = [(_tab_label(answer[at]), first)]
    while end + 1 < len(section) and _tab_label(section[end]):
        code = section[end + 1]
        if not isinstance(code, Code):
            break
        tabs.append((_tab_label(section[end]), code))
        end += 2
    if len(tabs) < 2:
        return answer
    ways: list[object] = []
    for label, code in tabs:
        text = code.text.strip()
        if "\n" not in text and "`" not in text:
            ways.append(Paragraph(text=f"{label}: `{text}`", line=code.line))
        else:
            ways.extend((Paragraph(text=f"{label}:", line=code.line), code))
    reached = (*answer[:at], *ways)
    if sum(len(_block_text(b)) for b in reached) > ANSWER_CHARS:
        return answer
    return reached


def _section_blocks(ctx: Context, index: int) -> tuple[object, ...]:
    """The blocks of a question heading's own section, up to the next heading."""
    headings = ctx.items[index].headings
    blocks: list[object] = []
    for item in ctx.items[index + 1 :]:
        if item.headings != headings or isinstance(item.block, Question):
            break
        blocks.append(item.block)
    return tuple(blocks)


# A sentence that only announces an example: "Here is the configuration file for a Pod
# …", "… this example shows how to configure …", "The following manifest …".
_EXAMPLE_ANNOUNCED = re.compile(
    r"(?:^|[.:]\s+|,\s+)(?:here (?:is|are)|this example shows|the following "
    r"(?:example|file|manifest|configuration))\b",
    re.IGNORECASE,
)


_ANNOUNCING_SENTENCES = 2  # a paragraph this short that announces an example says no more


def _carries_what_it_announces(opening: str, back: str, answer: tuple[object, ...]) -> bool:
    """Whether a back opening with an announcement ("Here are the steps to …:") goes on
    with what it announces: the lead-in ends in ":" and a block after it is on the back
    whole (a list cut to what each item names may have lost what it says). The caller
    asks it only of an answer read from its first block: one reached past a first
    paragraph ("Use X instead." then "If you really want Y, here are 3 ways:") would
    leave that paragraph, the answer, off the card."""
    if not opening.rstrip().endswith(":"):
        return False
    rest = back[len(opening) :]
    return any((text := _block_text(b)) and text in rest for b in answer[1:])


# A paragraph's last sentence that announces an example of what it describes ("…, see
# the following example:", "Example:", "Consider this setup:"), not an instruction.
_SETS_UP_EXAMPLE = re.compile(
    r"(?:\b(?:see|consider|take) the following\b|\bfor (?:example|instance)\b|"
    r"^(?:an? |the )?example\b|\bexample\s*:$|\bas (?:an )?(?:example|illustration)\b)",
    re.IGNORECASE,
)
# What a FAQ says when it recommends what to do: the answer a set-up leads to.
_RECOMMENDS = re.compile(
    r"\b(?:you should|you (?:can|could|may) (?!see\b|notice\b|tell\b|observe\b|imagine\b|"
    r"think\b|expect\b)[a-z]+|we recommend|(?:it is|it's) "
    r"(?:recommended|enough|best|better)|the (?:solution|fix|workaround|remedy) is|"
    r"to (?:fix|solve|avoid|work around|prevent) (?:this|that|it)|(?:can|could) be "
    r"(?:solved|fixed|avoided|prevented|worked around)|the (?:best|simplest|easiest|"
    r"recommended) way|instead,? (?:use|you)|make sure)\b",
    re.IGNORECASE,
)
# A paragraph that tells what to do before its example ("Set `x` in the config, for
# example:", "You can pass a flag:"): an answer with its example, no set-up.
_INSTRUCTS = re.compile(
    r"^(?:\w+ly,?\s+)?(?:set|use|add|run|install|create|call|pass|put|import|enable|"
    r"disable|configure|write|define|specify|wrap|register|include|declare|change|"
    r"replace|remove|load|edit|apply|try)\b|\byou (?:can|could|need to|must|have to|may)\b",
    re.IGNORECASE,
)
# A question asking what to do (how, what should), which a recommendation answers.
_ASKS_WHAT_TO_DO = re.compile(
    r"^(?:[^?]*: )?(?:how (?:do|can|should|would) (?:i|you|we|one)|how to|what should)\b",
    re.IGNORECASE,
)
# A question asking why: the reason after an example is no recommendation to find.
_ASKS_WHY = re.compile(r"^(?:[^?]*: )?why\b", re.IGNORECASE)
# What the set-up itself would say if it answered a "why": a reason.
_GIVES_A_REASON = re.compile(r"\b(?:because|since|so that|in order to|the reason)\b", re.I)


def _sets_up_example(answer: tuple[object, ...]) -> bool:
    """Whether an answer opens with a set-up: a paragraph whose last sentence ends by
    announcing an example ("… see the following example:") right over its code, and
    which recommends nothing itself (the answer comes after the example)."""
    if len(answer) < 2 or not isinstance(answer[0], Paragraph) or not isinstance(answer[1], Code):
        return False
    text = _block_text(answer[0])
    if not text.endswith(":") or _RECOMMENDS.search(text) or _INSTRUCTS.search(text):
        return False
    return bool(_SETS_UP_EXAMPLE.search(_SENTENCE_END.split(text)[-1]))


def _answer_after_example(
    question: str,
    answer: tuple[object, ...],
    more: tuple[object, ...],
    section: tuple[object, ...],
) -> tuple[object, ...] | None:
    """The answer to a question whose first paragraph only sets up the problem and its
    example ("there are two situations when this is not always the case …, see the
    following example:" and the code): the first paragraph after the example that
    recommends what to do ("you should …", "we recommend …", "Luckily, this is not
    needed:" over items saying "it is enough to …") and what follows it; the whole
    section when it is short enough for a card. ``()`` when the answer cannot be told
    from the set-up and the section is too long to be the card whole; None when the
    answer is no set-up."""
    if not _sets_up_example(answer):
        return None
    if not _ASKS_WHAT_TO_DO.match(question) and not (
        _ASKS_WHY.match(question) and not _GIVES_A_REASON.search(_block_text(answer[0]))
    ):
        return None  # "What is X? X does … For example:": the example illustrates it
    # (The section's blocks past the example: a question heading holds its first blocks
    # and the prose and code after them, some of which are no items of their own.)
    shown = max(getattr(b, "line", 0) for b in answer[:2])
    by_line = {getattr(b, "line", 0): b for b in (*answer, *more, *section)}
    rest = tuple(by_line[line] for line in sorted(by_line) if line > shown)
    section = (*answer[:2], *rest)
    if not rest:
        return None  # the example ends the section: the set-up and example are all
    whole = "\n".join(t for b in section if (t := _block_text(b)))
    if len(whole) <= ANSWER_CHARS:
        return section  # short enough: the set-up, its example and the answer together
    if _ASKS_WHAT_TO_DO.match(question):
        for at, block in enumerate(rest):
            if not isinstance(block, Paragraph):
                continue
            text = _block_text(block)
            if not text[:1].isupper():
                continue  # the rest of a sentence the example's code broke off
            unit: list[object] = [block]
            if text.endswith(":") and at + 1 < len(rest):
                unit.append(rest[at + 1])  # a lead-in: what it introduces recommends
            if any(_RECOMMENDS.search(_block_text(b)) for b in unit):
                return rest[at:]
    return _prose_past_outputs(section)


# "…, for example:" ending a paragraph whose example the card leaves out.
_EXAMPLE_LEAD_END = re.compile(r"[,;]?\s*(?:for example|for instance|e\.g\.)\s*:$", re.I)


def _printed_session(block: object) -> bool:
    """A fence of prompted commands and what they printed ("$ kubectl get …" and its
    table): output the prose around it reads, no part of a card's answer."""
    if not isinstance(block, Code):
        return False
    lines = [line for line in block.text.splitlines() if line.strip()]
    prompted = [line for line in lines if line.startswith("$ ")]
    return bool(prompted) and len(prompted) < len(lines)


def _prose_past_outputs(section: tuple[object, ...]) -> tuple[object, ...]:
    """A long answer alternating prose and what its commands printed (paragraph, a
    "$ …" session and its output, paragraph, session, …): its paragraphs answer, the
    outputs only show; the paragraphs (a trailing "for example:" cut) while they fit
    on a card, ``()`` when the answer has any other block or its first paragraph alone
    does not fit."""
    fences = [b for b in section if isinstance(b, Code)]
    if not fences or not all(_printed_session(b) for b in fences):
        return ()
    if not all(isinstance(b, Paragraph | Code) for b in section):
        return ()
    kept: list[object] = []
    size = 0
    for block in section:
        if not isinstance(block, Paragraph):
            continue
        text = _block_text(block)
        cut = _EXAMPLE_LEAD_END.sub(".", text)
        if cut.endswith(":") or _leads_output(block):
            continue  # a lead-in to output alone: nothing without it
        size += len(cut)
        if size > ANSWER_CHARS:
            break
        kept.append(replace(block, text=cut) if cut != text else block)
    first = next(b for b in section if isinstance(b, Paragraph | Code))
    if not kept or getattr(kept[0], "line", -1) != getattr(first, "line", 0):
        return ()  # the opening is no paragraph the card keeps: no answer told
    return tuple(kept)


# The question a FAQ's error heading asks (see ``markdown._error_heading_question``).
_ASKS_A_FIX = re.compile(r"^(?:[^`]*: )?(?:[Hh]ow do you fix|[Ww]hat causes) `")


# "It does not meet the needs of C++ users in at least three ways." / "… for the
# following reasons:": the answer is the reasons the list after it gives.
_REASONS_FOLLOW = re.compile(
    r"\b(?:in\s+(?:at\s+least\s+)?(?:two|three|four|five|six|several|\d+)\s+(?:ways|respects)"
    r"|for\s+(?:the\s+following|these|several|(?:two|three|four|five)\s+)\s*reasons"
    r"|(?:main|primary|key)\s+(?:differences|reasons)\s+are)\s*[.:]$",
    re.IGNORECASE,
)


def _reasons_listed(answer: tuple[object, ...], more: tuple[object, ...]) -> tuple[object, ...]:
    """An answer whose last sentence announces reasons ("… in at least three ways.",
    "Our primary differences are:") and a list of bold-led reasons right after it
    (``- **Binary vs Source**. NuGet is designed …``): the back is the lead-in and
    each reason by its label and first sentence, the rest of each paragraph left out
    so that every reason fits (reasons that fit whole stay whole)."""
    lead_in = answer
    reasons: object = more[0] if more else None
    if len(answer) >= 2 and isinstance(answer[-1], ListBlock):
        # The list already answers under its lead-in: it is shortened in place.
        lead_in, reasons = answer[:-1], answer[-1]
    last = lead_in[-1] if lead_in else None
    if not (
        isinstance(last, Paragraph)
        and _REASONS_FOLLOW.search(" ".join(last.text.split()))
        and isinstance(reasons, ListBlock)
        and len(reasons.items) >= 2
    ):
        return answer
    whole = len(last.text) + sum(len(item) for item in reasons.items)
    if whole <= ANSWER_CHARS:
        return answer  # the reasons fit whole
    items: list[str] = []
    for item, term in zip(reasons.items, reasons.terms or ("",) * len(reasons.items), strict=True):
        text = " ".join(item.split())
        if not term or not text.startswith(term):
            return answer  # a reason without its bold label
        rest = text[len(term) :].lstrip(".:—–- ").strip()
        if not rest:
            return answer
        first = SENTENCE_GAP.split(rest, maxsplit=1)[0]
        items.append(f"{term}: {first}")
    listed = ListBlock(ordered=False, items=tuple(items), line=reasons.line, terms=reasons.terms)
    return (*lead_in, listed)


def _topic_of_page(ctx: Context, question: str) -> str:
    """A topic heading asked because an "Answer" sub-heading answers it ("## Side
    tables" › "### Answer"; the question is the topic and "?") named with the page's
    title, as the deck's other fronts asking a topic are ("Memory: side tables?"): the
    topic alone ("autoreleasepool?") may not say what it is about. A topic naming the
    title's words already ("How Swift handles memory" under "Memory") is asked alone."""
    title = " ".join(ctx.title.split())
    if not title or _bare_words(title) <= _bare_words(question):
        return question
    return f"{title}: {_lower_word(question)}"


def author_question(ctx: Context, index: int) -> Made:
    """A question the author wrote (``<details><summary>``, a question heading, a bold
    question line, an exercise with its hidden solution): the front is the author's
    question, the back its answer; other phrasings the author gives join the front.
    An exercise is asked under its section ("Deployments: Check how the rollout is
    going"): a task such as "See its logs" means nothing without it. A question with no
    subject of its own ("Is this cloud native?", "Can I monitor machines?") is asked of
    the name its parent section or the document's questions ask about. A question
    heading whose answer opens with a walkthrough's narrative ("If you get here, …",
    "Let's check …") makes no card. A question
    without an answer makes no card, and neither does one whose answer only points
    elsewhere ("See the comparison page.", a bare URL)."""
    block = ctx.items[index].block
    if not isinstance(block, Question):
        return None
    question = _DIFFICULTY.sub("", clean(block.text).replace("\n", " ")).strip()
    question = ending_on_question_mark(question)
    if block.topic:
        question = _topic_of_page(ctx, question)
    if block.kind == "quiz":
        return _quiz_note(ctx, index, block, question)
    lettered = _lettered_quiz(block, question) if block.kind == "exercise" else None
    if lettered is not None:
        return _quiz_note(ctx, index, lettered, lettered.text)
    if block.kind == "heading":
        block = _labelled_parts(block)
    if block.kind != "exercise":
        block = _past_an_aside(block)
    whole = block.kind == "exercise" or block.hidden
    # A fix is a solution: its commands stay whole like an exercise's ("remove the
    # certificates and restart the runner: `…`"); cut to what each cause names, the
    # card would ask how to fix and answer only why.
    limit = _EXERCISE_CHARS if whole or _ASKS_A_FIX.match(question) else ANSWER_CHARS
    answer: tuple[object, ...] = block.answer
    if block.more and _only_pointers("\n".join(_block_text(b) for b in answer)):
        # "First, see the previous answer." then "Secondly, …": the answer goes on.
        answer = block.more[:1]
    ways = _numbered_ways(block.answer)
    after_example = (
        _answer_after_example(question, block.answer, block.more, _section_blocks(ctx, index))
        if block.kind == "heading" and not ways and not block.hidden
        else None
    )
    if after_example == ():
        # A set-up and its example, the answer somewhere in a long section after it:
        # no card rather than one whose back is the problem instead of its answer.
        return ()
    answer = ways or after_example or _reaching_the_answer(question, answer, block.more)
    if not ways and answer == block.answer and _listed_below(question, answer, block.listed):
        # The preamble says nothing the question asks: the lead-in and its list answer.
        answer = block.listed
    elif not ways and answer == block.answer and _fixed_below(question, answer, block.listed):
        # "What does X mean and how do I fix it?": the first paragraph says what it
        # means, the lead-in and its list how to fix it; the answer is both.
        answer = (*answer, *block.listed)
    if (
        not ways
        and answer == block.answer
        and _COMPARES.search(question)
        and _leads_into(block.more[:1], block.listed)
    ):
        # "How does X compare to Y?": "Y is another tool like X." then "Here's a list of
        # differences:" and the list: the first paragraph only introduced Y; the lead-in
        # right after it brings the differences the question asks for.
        answer = (*answer, *block.listed)
    if not ways and answer == block.answer and block.more and _ASKS_A_FIX.match(question):
        # "How do you fix `<error>`?" over a FAQ's error heading: the cause opens the
        # section and the fix (its command) or the other causes follow; the answer is
        # the whole section, within the answer's cap.
        answer = (*answer, *block.more)
    fixed = (
        _fix_after_cause(question, answer, _section_blocks(ctx, index)[len(answer) :])
        if not ways and answer == block.answer and block.kind == "heading"
        else answer
    )
    if fixed != answer:
        # "Cannot connect to X. Is the daemon running?": an error message as heading,
        # its cause, then "This can be fixed by …:" and the fixes; the card asks the fix.
        answer, limit = fixed, _EXERCISE_CHARS
        question = f'How do you fix "{question}"?'
    if not ways:
        answer = _reasons_listed(answer, block.more if answer == block.answer else ())
    if not ways and answer == block.answer and block.more:
        answer = _past_a_short_answer(answer, block.more)
    if not ways and answer == block.answer:
        answer = _verdict_after_hedge(answer, block.more)
    if not ways and answer == block.answer and block.kind == "heading":
        answer = _announced_after(
            answer, _section_blocks(ctx, index)[len(answer) :], limit, question
        )
    if (
        not ways
        and answer == block.answer
        and block.more
        and isinstance(answer[-1], Paragraph)
        and isinstance(block.more[0], Paragraph)
        and _same_case_opening(answer[-1].text, block.more[0].text)
    ):
        # "If you are using a manifest, …" then "If you are using classic mode, …": each
        # case is half of the answer.
        answer = (*answer, block.more[0])
    if not ways and answer == block.answer and block.more and block.kind == "heading":
        answer = _other_for_case(answer, block.more)
    if not ways and answer == block.answer and block.more and block.kind == "heading":
        answer = _unsaid_verdict(question, answer, block.more)
    if not ways and answer == block.answer and block.more and block.kind == "heading":
        answer = _both_sides(question, answer, block.more)
    if not ways and answer == block.answer and block.more:
        answer = _labelled_parts_announced(answer, block.more)
    if not ways and answer == block.answer and block.more and block.kind == "heading":
        answer = _announced_code(answer, block.more)
    if not ways and answer == block.answer and block.more and block.kind == "heading":
        answer = _other_alternative(question, answer, block.more)
    if not ways and answer == block.answer and block.more and block.kind == "heading":
        answer = _code_names_it(question, answer, block.more)
    if not ways and answer == block.answer and not block.more and block.kind == "heading":
        answer = _labelled_list_below(ctx, index, answer)
    if not ways and answer == block.answer and block.kind == "heading":
        answer = _shows_what_it_needs(answer, _section_blocks(ctx, index)[len(answer) :])
    if not ways and answer == block.answer and block.more and block.kind == "heading":
        answer = _further_steps(question, answer, block.more)
    if not ways and answer == block.answer and block.more and block.kind == "heading":
        answer = _second_task(question, answer, block.more)
    split_steps = False
    if block.kind == "heading" and not ways and answer == block.answer:
        steps = _split_numbered_steps(answer, _section_blocks(ctx, index))
        if steps == ():
            return ()
        split_steps = steps != answer
        answer = steps
    if block.kind == "heading" and not ways and answer == block.answer:
        labelled = _labelled_fences(answer, _section_blocks(ctx, index))
        split_steps = labelled != answer
        answer = labelled
    if not ways and answer == block.answer and block.more:
        answer = _rule_after_answer(answer, block.more)
    if block.kind == "heading" and not ways:
        answer = _procedure_steps(answer, _section_blocks(ctx, index))
    if block.kind == "heading" and not ways:
        answer = _every_tab(answer, _section_blocks(ctx, index))
    if block.kind == "heading" and not ways and not split_steps:
        fenced = _every_announced_fence(answer, _section_blocks(ctx, index), limit)
        if fenced != answer:
            answer, split_steps = fenced, len(fenced) > len(answer)
    # Whole steps (or every fence a lead-in announces) were chosen to fit on a card:
    # each stays whole.
    parted = split_steps
    if block.kind == "details" and not ways and answer == block.answer:
        answer = _label_heading_parts(question, answer)
        # Its parts were chosen to fit on a card: each stays whole.
        parted = answer != block.answer
    sub_sections = (
        _sub_section_parts(answer)
        if block.kind == "details" and not ways and answer == block.answer
        else None
    )
    if sub_sections is not None:
        answer, parted = sub_sections, True
    if block.kind == "details" and not ways and answer == block.answer:
        answer = _first_titled_part(question, answer)
    back = _answer_text(
        answer,
        limit,
        whole=whole or parted,
        parts_asked=_several_parts(question),
        reach=answer != block.answer or bool(ways),
        question=question,
    )
    if block.kind != "exercise" and not whole and not ways and not parted:
        # The cause is on the back, the fix further down the answer: both.
        fix = _fix_further_on(question, (*block.answer, *block.more), back)
        if fix:
            back = _answer_text(fix, limit, reach=True, question=question) or back
    if block.kind == "heading" and not whole and not ways and not parted:
        # The opening says what the named things share; their sub-sections, what each is.
        back = _named_parts_below(ctx, index, question, back) or back
    if block.kind != "exercise":
        whole_answer = (
            _section_blocks(ctx, index) if block.kind == "heading" else block.answer + block.more
        )
        back = _compared_parts(question, whole_answer) or back
    if block.kind == "heading" and not whole and not ways and not parted:
        question, back = _follow_up_answered(question, back, _section_blocks(ctx, index))
    answered = "\n".join(t for b in answer if (t := _block_text(b)))
    addressed = ("://" in back or "://" in answered) and not _more_than_lead_ins(
        _without_bare_urls(answered)
    )
    back = _without_bare_urls(back)
    if (addressed and not _more_than_lead_ins(back)) or (back.strip() and _only_pointers(back)):
        # Links alone (under a lead-in such as "Explanation:"), or sentences sending the
        # reader elsewhere: the answer is not on the page.
        return Skipped(Skip.POINTER)
    if not question or not back.strip():
        return _why_no_answer(block.answer)
    first = next((b for b in block.answer if _block_text(b)), None)
    if isinstance(first, Paragraph) and not _without_bare_urls(_block_text(first)):
        # Answered by an address: what follows it answers something else.
        return Skipped(Skip.POINTER)
    opening = back.split("\n", 1)[0]
    if (
        len(_SENTENCE_END.split(opening)) <= _ANNOUNCING_SENTENCES
        and _EXAMPLE_ANNOUNCED.search(opening)
        and not any(isinstance(b, Code) for b in answer)
        and not (
            answer[:1] == block.answer[:1] and _carries_what_it_announces(opening, back, answer)
        )
    ):
        # "… uses a GET request. Here is the configuration file …": a short paragraph
        # announcing an example the card does not carry; a longer one says more.
        return ()
    if (
        block.kind == "heading"
        and not block.hidden
        and (
            (
                isinstance(first, Paragraph)
                and _NARRATIVE.match(back)
                and not _EXAMPLE_OPENING.match(back)
            )
            or _walkthrough_check(ctx, index, question, back)
            or _task_step(question, (*block.answer, *block.more))
        )
    ):
        # A troubleshooting walkthrough's step: the heading is a check the reader runs,
        # answered by the session that follows, not by a fact a card could hold -
        # unless its section says how to check and what the result means.
        checked = (
            _check_note(ctx, index, question)
            if _walkthrough_check(ctx, index, question, back)
            else None
        )
        return checked or Skipped(Skip.WALKTHROUGH_CHECK)
    slug = slugify(question)
    question = _without_lone_number(ctx, block, question)
    # A question heading is the block's own nearest heading: its id is its section's.
    parent = ctx.place(index) if block.kind == "heading" else ctx.subplace(index)
    note_id = parent if parent.endswith(f"/{slug}") or parent == slug else f"{parent}/{slug}"
    if block.kind == "heading" and block.number:
        # "Question 8. What is the output of the following code?": the author's number
        # tells apart the questions asked in the same words (never a counter).
        # Numbering that restarts in each subsection ("Functions", "Scopes") is told
        # apart by the subsection the question heading sits in.
        numbered = slugify(f"{block.number} {question}")
        above = [t for t in ctx.heading_texts(index) if t][1:-1]
        if above:
            parent = f"{ctx.place(index)}/{slugify(subject_of(above[-1]))}"
        note_id = numbered if parent == slug else f"{parent}/{numbered}"
    # Several tasks before one solution ("Questions:" and a list): the card asks them all.
    tasks = "\n".join(t for b in block.shown if (t := _block_text(b)))
    # An exercise heading with the code it asks about ("Create a function `batches`",
    # its example calls): the heading asks, the code is shown under it.
    # (A quiz's program, a short "answer options" line and the options in code shows
    # code too: the line only labels the code after it.)
    shows_code = (
        bool(block.shown)
        and isinstance(block.shown[0], Code)
        and all(
            isinstance(b, Code) or (isinstance(b, Paragraph) and len(b.text.split()) <= 6)
            for b in block.shown
        )
    )
    several = block.kind == "exercise" and "\n" in tasks and not shows_code
    # (Only the task's first sentence names what it works on: "… The struct should
    # also serialize back to the same format" leans on its own first sentence, and
    # "Build a timer with these parts:" on its own list.)
    if (
        block.kind == "exercise"
        and not (several and question.rstrip().endswith(":"))
        and not shows_code  # "this code" is the code the card shows
        and _refers_back(_SENTENCE_END.split(question)[0])
    ):
        # "Wait till it's done": the task is asked after the one that made its object.
        made = _made_before(ctx, index)
        if not made:
            return ()
        question = f"{tasks}\n(after: {made})" if several else f"{question} (after: {made})"
    elif several:
        question = tasks
    if block.kind == "exercise":
        section = ctx.top_heading(index)
        nearest = ctx.nearest_heading(index)
        if block.shown and not shows_code and nearest and nearest != section:
            # "### 05-01. Pod Metrics Question", its task bullets, the solution: the
            # task's own heading titles it (the chapter above titles every task).
            title = _EXERCISE_NUMBER.sub("", without_estimate(nearest)).strip().rstrip(".").strip()
            section = _EXERCISE_MARK.sub("", title).strip() or section
        if section and slugify(section) != slug:
            question = f"{section}:\n{question}" if several else f"{section}: {question}"
    elif block.kind == "heading" and (asked := _asked_by_sub_questions(ctx, index)):
        # "## How do I use Yarn?" answered only by "### Does it work with Yarn 2?" and
        # its siblings: the parent question is what the sub-question goes on from.
        if _bare_words(asked) - _bare_words(question):
            question = f"{asked} {question}"
    elif _leans_on_parent(question):
        subject = _question_subject(ctx, index, block.kind == "heading")
        if subject and subject.lower() not in question.lower():
            question = f"{subject}: {question}"
    asked_by_summary = block.kind == "details" and block.hidden
    if asked_by_summary and tasks and _BARE_EXERCISE_LABEL.match(question):
        # "> ## Challenge" over the task: the label says nothing the task does not; the
        # task alone asks (with the code it shows).
        if not any(isinstance(b, Code) for b in block.shown) and _PROVIDED_CODE.search(tasks):
            # "The loop we just provided …": the code above the box, or no card.
            shown_above = ctx.items[index - 1].block if index else None
            if not isinstance(shown_above, Code) or not shown_above.text.strip():
                return ()
            tasks = f"{_block_text(shown_above)}\n{tasks}"
        question = tasks
        tasks = ""
    if asked_by_summary and tasks and all(isinstance(b, Paragraph) for b in block.shown):
        task = _statement_task(question, tasks, back)
        if task is not None:
            # "> ## Many members" over "You can pick many members in one line.": the
            # box states, it asks nothing; only what it says one can do is a task.
            if not task:
                return ()
            question, tasks = task, ""
    if (block.kind == "heading" or shows_code or asked_by_summary) and tasks:
        # "What is the output of the following code?" shows that code on the front (a
        # summary's code and options too).
        question = f"{question}\n{tasks}"
    if block.also:
        others = "; ".join(clean(a).replace("\n", " ") for a in block.also)
        question = f"{question}\n(also asked as: {others})"
    shown = [b for b in block.answer if _block_text(b)]
    only_lists = bool(shown) and all(isinstance(b, ListBlock) for b in shown)
    note = FactNote(
        id=note_id,
        type=NoteType.LIST if only_lists else NoteType.FACT,
        front=question,
        back=back,  # already card text; code keeps its indentation
        tags=ctx.tags(index),
        origin=ctx.origin(index),
    )
    # A request the answer sends to a Service of the document is a scenario as well.
    return (note, *_request_notes(ctx, index, _document(ctx)))


# A challenge's prompt that only states ("You can choose data from many members in one
# line.", "Alternately, you can use X.", "Yet another option is Y.") opens on a subject;
# a task opens on its verb, asks ("…?"), or tells the reader what to do ("you should",
# "you need to", "your task").
_PROMPT_CONNECTIVE = (
    r"(?:(?:alternatively|alternately|also|additionally|similarly|likewise|instead),?\s+)?"
)
_STATED_PROMPT = re.compile(
    rf"^{_PROMPT_CONNECTIVE}(?:you|we|it|it's|there|this|these|those|the|a|an|one|each|every|all|"
    r"some|most|many|yet another|another)\b"
    r"(?!.*\b(?:should|must|need to|needs to|have to|has to|will need|are asked|task)\b)",
    re.IGNORECASE,
)
# "You can (also) X." / "It is also possible to X.": what one can do, asked "How do you X?".
_CAN_DO = re.compile(
    rf"^{_PROMPT_CONNECTIVE}(?:you can|you could|it is possible to|it's possible to)\s+(?:also\s+)?"
    r"(?P<task>.+?)\.?$",
    re.IGNORECASE,
)
# A solution that only shows a copy ("Here's the changed recipe:"): no answer in words.
_SHOWN_ONLY = re.compile(r"^(?:here(?:'s| is| are)|below is|this is what|see)\b", re.IGNORECASE)
# Verbs of a lesson box's title a task may open on, past the action verbs of steps
# ("Reading data using xarray" → "How do you read data using xarray?").
_LESSON_VERBS = frozenset(
    {"read", "load", "plot", "choose", "select", "combine", "compute", "calculate", "split"}
)


def _statement_task(title: str, prompt: str, back: str) -> str | None:
    """A challenge whose prompt states with no ask: asked as the task its title names
    ("Reading data using X" → "How do you read data using X?") or, failing that, as what
    its one sentence says one can do ("You can X." → "How do you X?"), when the
    solution's first sentence answers in words (not a pointer, not "Here's the changed
    recipe:"); "" (no card) for any other statement; None when the prompt asks or sets
    a task (a question, an instruction, "you should …")."""
    text = clean(prompt).replace("\n", " ").strip()
    sentences = [s.strip() for s in _SENTENCE_END.split(text) if s.strip()]
    if not sentences or "?" in text or not all(_STATED_PROMPT.match(s) for s in sentences):
        return None
    opening = _SENTENCE_END.split(back.split("\n", 1)[0].strip())
    said = opening[0].strip() if opening else ""
    if not said or _only_pointers(said) or _SHOWN_ONLY.match(said):
        return ""
    task = _how_to_gerund(title, _LESSON_VERBS)
    if task:
        return task
    can = _CAN_DO.match(sentences[0]) if len(sentences) == 1 else None
    return f"How do you {can.group('task')}?" if can else ""


# ----------------------------------------------------------------- only knowledge

# Headings of sections that point elsewhere or tell the document's own story.
_NAVIGATION_HEADINGS = re.compile(
    r"^(?:table of contents|contents|toc|index|related\b.*|"
    r"next (?:steps|tasks)(?: (?:for|with|in|on|after)\b.*)?|"
    r"what'?s next|whatsnext|see also|further reading|references?|resources|"
    r"useful (?:resources|links)|(?:additional|more|external) (?:resources|reading|links)|"
    r"(?:recommended )?(?:books|courses|reading)(?: (?:and|&) (?:books|courses|videos|tutorials))?|"
    r"links|read more|learn more|navigation|(?:update |revision |version |change )?history|"
    r"changelog|change log|release notes|(?:study )?(?:timeline|schedule|plan)|"
    r"study plan|credits|acknowledg(?:e)?ments|contributors|sponsors|license|"
    r"(?:about (?:the )?)?authors?|maintainers|"
    r"also asked(?: as)?|(?:related|similar|other) questions|"
    r"(?:previous|next)(?: (?:chapter|section|lesson|article))?)$",
    re.IGNORECASE,
)
_CHECKBOX = re.compile(r"^\[[ xX]\]\s")


def _is_navigation_heading(text: str) -> bool:
    return bool(_NAVIGATION_HEADINGS.match(text.strip(" :").lower()))


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
    if not rows:
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
    if any(_is_navigation_heading(clean_heading(h.text)) for h in item.headings):
        return Skipped(Skip.NAVIGATION)
    block = item.block
    if isinstance(block, ListBlock) and block.items:
        if _links_only(block):
            return Skipped(Skip.NAVIGATION)
        if all(_CHECKBOX.match(i.strip()) for i in block.items):
            return Skipped(Skip.NAVIGATION)
    return None


# "which produces:", "The output is:", "gives the result": a paragraph between a code
# block and a table saying the table is what the code printed.
_INTRODUCES_OUTPUT = re.compile(
    r"\b(?:outputs?|produces?|gives?|returns?|results?|prints?|displays?|shows?|yields?)\b"
    r"[^.!?]*:$",
    re.IGNORECASE,
)
_OUTPUT_LEAD_WORDS = 12  # a longer paragraph says something of its own, it is no lead-in
# A sentence opening on the output it introduces: "The output should be something
# like:", "Expected output:", "Sample output of the query:".
_NAMES_OUTPUT = re.compile(
    r"^(?:the\s+|its\s+)?(?:expected\s+|sample\s+|example\s+)?output\b[^.!?]*:$", re.IGNORECASE
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
    between them introduces as its output ("which produces:"). Its rows are values of
    one run on one data set, not facts about the entities they name; the prose around
    it says what the code does."""
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
    if not isinstance(before.block, Paragraph) or index < 2:
        return None
    lead = clean(before.block.text).replace("\n", " ").strip()
    if _NAMES_OUTPUT.match(_SENTENCE_END.split(lead)[-1]):
        return ()  # "The output should be something like:": an exercise's expected rows
    code_item = ctx.items[index - 2]
    if (
        code_item.headings == headings
        and isinstance(code_item.block, Code)
        and len(lead.split()) <= _OUTPUT_LEAD_WORDS
        and _INTRODUCES_OUTPUT.search(lead)
    ):
        return ()
    return None


# ----------------------------------------------------------------- definitions

_TERM_SEPARATOR = re.compile(r"^\s*(?:[:—–]|-(?=\s)|:)\s*")


def _term_entry(term: str, text: str) -> tuple[str, str] | None:
    """``**Term** — definition`` / ``**Term:** definition`` / ```term`: definition``
    split in two; None when the text does not open with its term and a separator."""
    term = term.strip()
    text = text.strip()
    if not term or not text.startswith(term):
        return None
    rest = text[len(term) :]
    label = term.rstrip(":").strip()
    if term.endswith(":"):
        definition = rest.strip()
    else:
        match = _TERM_SEPARATOR.match(rest)
        if match is None or not match.group(0).strip():
            return None
        definition = rest[match.end() :].strip()
    if not definition or not label or len(label.split()) > 8:
        return None
    return label, definition


def glossary_list(ctx: Context, index: int) -> tuple[Note, ...] | None:
    """A list whose items all open with a bold or code term and a separator
    (``- **Term** — definition``, ``- **Term:** definition``, ``- `term`: definition``):
    a fact per term, "<section>: <term>?"."""
    block = ctx.items[index].block
    if not isinstance(block, ListBlock) or len(block.items) < 2:
        return None
    if len(block.terms) != len(block.items):
        return None
    entries: list[tuple[str, str]] = []
    for term, item in zip(block.terms, block.items, strict=True):
        entry = _term_entry(term, item)
        if entry is None:
            return None
        entries.append(entry)
    if all(_restates(term, text) for term, text in entries):
        return None  # the terms themselves are what the list gives: a list card
    label = ctx.lead_in(index)
    checks = _symptom_checks(ctx, index, label, entries)
    if checks is not None:
        return checks
    section = ctx.section_name(index)
    asks = _headings_asked(ctx, index)
    if (
        len(asks) >= 2
        and asks[-2][1]
        and not asks[-1][1]
        and section == subject_of(asks[-1][0])
        and len(section.split()) <= _KIND_WORDS
    ):
        # "Features" right under "What is Docker Init …?": a kind of list, named by
        # the question it answers part of, as a repeated heading is by its parent.
        section = f"{section} ({_asked_subject(asks[-2][1])})"
    generic = any(g in f" {label.lower()}" for g in _LEAD_IN_GENERIC)
    if (
        label
        and len(label.split()) <= _LEAD_IN_CLAUSE_WORDS
        and not generic
        and not _POINTING.match(label)
        and _STATING_LEAD_IN.search(label)
        and not _LEANING_OPENING.match(label)  # "This means:", "In short, …"
        and not _GOES_ON_FROM_LIST.match(label)  # "Either way there is a cost:"
        and not any(q for _, q in asks)
    ):
        # "After submission, maintainers will review:" over "**Security** — …": the
        # statement the items finish names neither what is reviewed nor where; the
        # section and the page's title say it: "Verification Process (Workflow
        # Publishing Guide) — after submission, maintainers will review: Security?".
        where = ctx.section_name(index)
        title = ctx.title or ctx.topic
        if (
            title
            and where
            and len(where.split()) <= _TITLED_SECTION_WORDS
            and title.casefold() not in where.casefold()
        ):
            where = f"{where} ({title})"
        first = label.split()[0]
        if first.istitle() and first not in ctx.proper_names:
            label = f"{label[:1].lower()}{label[1:]}"
        stated = f"{where} — {label}" if where else label
        if len(stated.split()) <= _STATED_FRONT_WORDS:
            return _term_facts(ctx, index, stated, entries)
    if label and len(label.split()) <= 6 and not generic and not _POINTING.match(label):
        questions = [q for _, q in asks if q]
        nearest = ctx.nearest_heading(index)
        if nearest != ctx.top_heading(index) and _PROBLEM_HEADING.search(nearest):
            # "Cache performance is slower than expected" › "Common causes and
            # solutions:": a FAQ's problem, stated, is what the labels answer.
            questions.append(nearest)
        section = _label_of_question(label, questions)
    return _term_facts(ctx, index, section, entries)


_LEAD_IN_CLAUSE_WORDS = 12  # a longer lead-in makes too long a front: the section asks
_TITLED_SECTION_WORDS = 3  # a short section name ("Review") takes the page's title after it
_STATED_FRONT_WORDS = 16  # section and lead-in together; a longer one asks as before
# A lead-in that is a clause ("After submission, maintainers will review", "Once a
# recipe is submitted, the editors check"), not a label naming a kind of list
# ("Benefits", "Common causes and solutions").
_STATING_LEAD_IN = re.compile(
    r",\s|\b(?:will|would|can|could|should|must|may|is|are|was|were|do|does|has|have)\b",
    re.IGNORECASE,
)


# A heading stating a reader's problem: "Cache reads are slower than expected", "I'm
# getting timeout errors", "The agent won't start".
# "Check these common issues", "Common causes and solutions", "Troubleshooting steps",
# "Things to try": a lead-in over what to check for the symptom its heading states.
_CHECKS_LEAD_IN = re.compile(
    r"^(?:(?:check|try|verify)\s+(?:these|the following|for)\b|"
    r"(?:common|possible|likely|typical)\s+(?:causes|issues|problems|fixes|solutions|reasons)\b|"
    r"(?:troubleshooting|diagnostic|debugging)\s+steps\b|things to (?:check|try)\b|"
    r"causes and (?:solutions|fixes)\b)",
    re.IGNORECASE,
)
_SYMPTOM_WORDS = 3  # "My consumer never receives messages"; "Consumer set-up" names a part
_CHECK_ITEM_WORDS = 30  # a labelled item this short is one thing to check, not a section


def _symptom_checks(
    ctx: Context, index: int, label: str, entries: list[tuple[str, str]], joiner: str = ": "
) -> tuple[Note, ...] | None:
    """A troubleshooting entry: a symptom heading ("My app can't connect"), a lead-in
    saying what follows are things to check ("Check these common issues:") and short
    labelled items ("**Firewall**: Open port 443.", "**Firewall closed** → open port
    443", written back with ``joiner``). One card asks what to check for
    the symptom and lists the items: each alone ("…: Firewall?" -> "Open port 443.")
    is a thin card whose label carries the knowledge. None for any other list."""
    symptom = ctx.nearest_heading(index)
    if not label or not symptom or not _CHECKS_LEAD_IN.match(label):
        return None
    if (
        symptom.endswith("?")
        or len(symptom.split()) < _SYMPTOM_WORDS
        or _KIND_ONLY_HEADING.match(subject_of(symptom))
    ):
        return None  # "Set-up", "Networking": no symptom stated
    if any(len(clean(text).split()) > _CHECK_ITEM_WORDS for _, text in entries):
        return None
    back = "\n".join(
        f"• {term}{joiner}{clean(text).replace(chr(10), ' ')}" for term, text in entries
    )
    front = f"{clean(symptom).rstrip('.!?: ')} — what to check?"
    return _fact(ctx, index, f"{ctx.subplace(index)}/checks", front, back, kind=NoteType.LIST)


_PROBLEM_HEADING = re.compile(
    r"^(?!.*\?$)(?=(?:\S+\s+){2,})(?:.*\s)?(?:is|are|isn't|aren't|can't|cannot|won't|"
    r"doesn't|don't|fails?|failing|i'm\s+getting|keeps?)\s",
    re.IGNORECASE,
)


_KIND_LABEL_WORDS = 4  # "Benefits", "Common causes and solutions"
# "Explain BGP (Border Gateway Protocol) and its role …", "Describe DMZ and its purpose":
# the name an explain/describe question is about.
_EXPLAIN = re.compile(
    r"^(?:explain|describe|define|discuss)\s+(?:the\s+|a\s+|an\s+)?"
    r"(?!(?:the\s+)?(?:difference|differences|relationship)\b)"
    r"([^()?.,]+?)(?:\s*\([^)]*\))?(?:\s+and\b.*|\s*[.?]?)$",
    re.IGNORECASE,
)


def _label_of_question(label: str, questions: list[str]) -> str:
    """A list's short label ("Benefits", "Common causes") inside the answer to a
    question heading, qualified by what the question asks about ("VLAN benefits"),
    else by the question itself ("Common causes (How would you troubleshoot …)"): a
    kind of list names nothing on a front alone. A label already naming the subject
    ("VLAN types") or not under a question stays as it is."""
    # (A step number, "8. Advanced diagnostics", and an aside, "Traffic priorities
    # (typical)", are no words of the kind.)
    words = re.sub(r"^\d+[.)]\s+|\s*\([^)]*\)", "", label).split()
    if not questions or not words or len(words) > _KIND_LABEL_WORDS:
        return label
    if any(not w[:1].isalpha() or any(c.isupper() for c in w) for w in [words[0][1:], *words[1:]]):
        return label  # "Round Robin", "IP Hash": a name in title case, not a kind of list
    question = " ".join(clean(questions[-1]).split())
    subject = _asked_subject(question)
    if subject == question and (explained := _EXPLAIN.match(question)):
        subject = explained.group(1).strip()
    if subject != question:
        subject = re.sub(r"\s*\([^)]*\)", "", subject).strip()  # "QoS (Quality of Service)"
    if subject != question and len(subject.split()) <= _KIND_LABEL_WORDS:
        named = {w.lower().rstrip("s") for w in re.findall(r"\w{2,}", subject)}
        if named & {w.lower().rstrip("s") for w in re.findall(r"\w{2,}", label)}:
            return label
        return f"{subject} {label[:1].lower()}{label[1:]}"
    return f"{label} ({question.rstrip('?.').rstrip()})"


_KIND_WORDS = 2  # a heading this short under a question names a kind of list ("Features")


# A lead-in that opens on a pronoun ("Its main goals are:", "Their benefits:") leans on
# the heading above for what it is about: it names nothing on a front alone.
_POINTING = re.compile(r"^(?:its|their|it|they|these|those|this|his|her)\b", re.IGNORECASE)


def definition_paragraph(ctx: Context, index: int) -> tuple[Note, ...] | None:
    """A paragraph that opens with a bold term and a separator (``**Term**: definition``,
    ``**Term** — definition``): a fact, "<section>: <term>?"."""
    block = ctx.items[index].block
    if not isinstance(block, Paragraph) or not block.label or block.label.startswith("`"):
        return None
    entry = _term_entry(block.label, block.text.replace("\n", " "))
    if entry is None:
        return None
    term, text = entry
    if _KIND_ONLY_LABEL.match(clean(term).strip(" :")):
        # "**Note:** …", "**Warning:** …": a label naming the kind of block, not a term
        # ("<section>: Note?" asks nothing): a note, asked for what it says.
        note_id = f"{ctx.subplace(index)}/{slugify(clean(term))}"
        heading = ctx.nearest_heading(index)
        subject = ctx.section_subject(index) if is_generic_label(heading) else heading or ctx.topic
        return _tip(ctx, index, note_id, text, subject)
    listed = _list_after_lead_in(ctx, index)
    if listed is not None:
        # "**field** - … This field has two possible values:" and the values: one fact,
        # the list finishing the definition's last sentence.
        values = "\n".join(f"• {clean(item).replace(chr(10), ' ')}" for item in listed.items)
        note_id = f"{ctx.subplace(index)}/{slugify(term)}"
        front = f"{ctx.section_name(index).rstrip('?').rstrip()}: {term}?"
        return _fact(ctx, index, note_id, front, f"{_sentence(text, ctx.commands)}\n{values}")
    return _term_facts(ctx, index, ctx.section_name(index), [entry])


def _list_after_lead_in(ctx: Context, index: int) -> ListBlock | None:
    """The list right after a paragraph (same headings) whose text ends in a lead-in
    colon; None when there is none."""
    block = ctx.items[index].block
    if not isinstance(block, Paragraph) or not block.text.rstrip().endswith(":"):
        return None
    after = _next_in_section(ctx, index, ListBlock)
    return after if after is not None and after.items else None


def defined_list(ctx: Context, index: int) -> tuple[Note, ...] | None:
    """A list finishing a bold term's definition ("**field** - … This field has two
    possible values:"): it joins that definition's fact, never a note of its own."""
    if not isinstance(ctx.items[index].block, ListBlock) or index == 0:
        return None
    before = ctx.items[index - 1].block
    if not isinstance(before, Paragraph) or not before.label or before.label.startswith("`"):
        return None
    entry = _term_entry(before.label, before.text.replace("\n", " "))
    if entry is None or _KIND_ONLY_LABEL.match(clean(entry[0]).strip(" :")):
        return None
    if _list_after_lead_in(ctx, index - 1) is not ctx.items[index].block:
        return None
    return ()


# ----------------------------------------------------------------- shell examples

_SHELL_INFOS = frozenset(
    {
        "bash",
        "sh",
        "shell",
        "console",
        "zsh",
        "shell-session",
        "terminal",
        "azurecli",
        "azurecli-interactive",
        "azure-cli",
    }
)


def _shell_code_at(ctx: Context, index: int) -> Code | None:
    """The block at ``index`` when it is shell code (its info string opens on one of
    ``_SHELL_INFOS``); None for any other block."""
    block = ctx.items[index].block
    if isinstance(block, Code) and block.info.split(" ")[0] in _SHELL_INFOS:
        return block
    return None


_COMMENT = re.compile(r"^#\s+(\S.*)$")
_PROMPT = re.compile(r"^(?:\$|#|>|PS>)\s+")
# Imperative verbs a comment opens with when it says what the command below does.
_ACTION_VERBS = frozenset(
    {
        "add",
        "allow",
        "apply",
        "attach",
        "build",
        "change",
        "check",
        "clean",
        "clone",
        "configure",
        "connect",
        "copy",
        "create",
        "debug",
        "delete",
        "deploy",
        "describe",
        "disable",
        "download",
        "drain",
        "edit",
        "enable",
        "exec",
        "expose",
        "export",
        "extract",
        "fetch",
        "find",
        "follow",
        "forward",
        "generate",
        "get",
        "grant",
        "import",
        "inspect",
        "install",
        "kill",
        "label",
        "list",
        "load",
        "log",
        "login",
        "make",
        "mount",
        "move",
        "open",
        "patch",
        "pause",
        "ping",
        "print",
        "promote",
        "pull",
        "push",
        "reload",
        "remove",
        "rename",
        "render",
        "restart",
        "restore",
        "resume",
        "roll",
        "rollback",
        "run",
        "scale",
        "search",
        "see",
        "set",
        "show",
        "sort",
        "start",
        "stop",
        "switch",
        "tag",
        "taint",
        "test",
        "uncordon",
        "cordon",
        "undo",
        "uninstall",
        "unmount",
        "update",
        "upgrade",
        "upload",
        "use",
        "verify",
        "view",
        "wait",
        "watch",
    }
)
_COMMAND_START = re.compile(r"^[a-z0-9./~_$\[-]")


# How the rules ask a step's action ("How do you create a namespace?"): the builder and
# the later rules tell a step's card by it.
STEP_FRONT = "How do you "


def _how_do_you(comment: str) -> str:
    """ "Create a namespace" → "How do you create a namespace?"; "" unless the comment
    opens with an action verb."""
    text = comment.strip().rstrip(":.").strip()
    first = text.split(" ", 1)[0]
    if first.lower() not in _ACTION_VERBS or len(text.split()) < 2:
        return ""
    if first[1:2].islower() or len(first) == 1:
        text = text[:1].lower() + text[1:]
    return f"{STEP_FRONT}{text}?"


def _is_output(line: str, prompted: bool) -> bool:
    """Whether a shell-block line is what a command printed: without a ``$`` prompt in
    a block that has them, else a line no command starts like ("{", "NAME  READY",
    "Server: 10.0.0.10")."""
    if prompted:
        return not line.startswith("$ ")
    return not _COMMAND_START.match(line) or line.split(" ", 1)[0].endswith(":")


# "kubectl logs --since=1h nginx 👈👈👈 This one matches the question": an arrow and the
# author's remark on a line of code, pointing at it; no part of the command.
_POINTED_NOTE = re.compile(r"\s*#?\s*[👈⬅←]\ufe0f?(?:\s*[👈⬅←]\ufe0f?)*.*$")


# A command that only fetches a file from an address into a file ("wget https://…/x.conf
# -O dir/x.conf", "curl -LO https://…/x.yaml"): the reader's setup, no knowledge. One
# that prints what it fetched ("curl -I http://…", "wget -qO- …") tests something.
_FETCH = re.compile(r"^(wget|curl)\s(?:[^|;&<>`$]*\s)?https?://[^\s|;&<>]+(?:\s[^|;&<>`$]*)?$")
_SAVES = re.compile(
    r"(?:^|\s)(?:-[a-zA-Z]*O(?!-)|-[a-zA-Z]*o\s+(?!/dev/null|-)\S|--output|--remote-name)"
)


_TO_STDOUT = re.compile(r"(?:^|\s)-[a-zA-Z]*O\s*-(?:\s|$)")


def _fetches_a_file(command: str) -> bool:
    """Whether ``command`` only downloads a file (``wget`` saves by default)."""
    match = _FETCH.match(command)
    if match is None:
        return False
    if match.group(1) == "wget":
        return _TO_STDOUT.search(command) is None
    return bool(_SAVES.search(command))


# Commands that only move the reader about the walkthrough: into its folder (``cd``), a
# browser or app opened at its address (``open "http://…"``), its sample repository
# cloned. Learning them teaches nothing of the tool. (A ``kubectl port-forward`` to the
# product's own Service names where it listens: it keeps its card.)
_HOUSEKEEPING_COMMAND = re.compile(
    r"^(?:cd(?:\s+\S+)?|(?:open|xdg-open)\s+\S.*"
    r"|git\s+clone\s+(?:--depth[\s=]\d+\s+)?(?:https?://|git@)\S+(?:\s+[\w./-]+)?)$"
)
# ``mkdir pictures`` / ``touch a.png``: empty files and folders, set-up only when the
# step itself calls them the walkthrough's own ("a few dummy files", "the local
# directory"); a lesson on the shell asks "How do you create a directory?" of them.
_MAKES_EMPTY = re.compile(r"^(?:mkdir|touch)(?:\s+-p)?(?:\s+[\w./~-]+)+$")
_SET_UP_THINGS = re.compile(r"\b(?:dummy|sample|example|placeholder|local|scratch)\b", re.I)
# A clean-up's commands: a plain ``kubectl delete`` of names or of the page's manifest,
# ``helm uninstall NAME``, ``kind delete cluster``, ``minikube delete``. A delete with more
# to it (``--cascade=orphan``, ``--grace-period=0``) teaches something and keeps its card.
_PLAIN_CLEAN_UP = re.compile(
    r"^(?:kubectl\s+delete\s+(?:-f\s+\S+|[\w./-]+)(?:\s+(?:[\w./-]+|-f\s+\S+|(?:-n|--namespace)[\s=]\S+"
    r"|--ignore-not-found(?:=true)?|--now|--wait=\w+))*"
    r"|helm\s+(?:uninstall|delete)\s+[\w.-]+(?:\s+(?:-n|--namespace)[\s=]\S+)?"
    r"|kind\s+delete\s+cluster(?:\s+--name[\s=]\S+)?|minikube\s+delete)\s*\\?$"
)


def _housekeeping(question: str, commands: list[str]) -> bool:
    """Whether a step asked as ``question`` over ``commands`` only fetches, enters, opens
    or removes the walkthrough's own things: its sample files downloaded, its folder
    entered, its address opened, its dummy files made, or what it made
    deleted in a clean-up step ("How do you delete the ConfigMaps you made?")."""
    typed = [
        " ".join(_PROMPT.sub("", line.strip(), count=1).split()).rstrip("&").rstrip()
        for command in commands
        for line in re.sub(r"\\\s*\n", " ", command).splitlines()
        if line.strip()
    ]
    if not typed:
        return False
    if all(_fetches_a_file(c) or _HOUSEKEEPING_COMMAND.match(c) for c in typed):
        return True
    at = question.lower().find(STEP_FRONT.lower())
    asked = question[at:] if at > 0 else question  # past a title or section before it
    if _SET_UP_THINGS.search(asked) and all(_MAKES_EMPTY.match(c) for c in typed):
        return True
    return bool(_CLEAN_UP_STEP.match(asked)) and all(_PLAIN_CLEAN_UP.match(c) for c in typed)


# "How do you create the ConfigMap?": a step whose object is only "the"/"this" and one
# or two words names what the section is about, not which one.
_GENERIC_STEP = re.compile(r"^How do you \w+ (?:the|this|that|it|them|these)(?: [\w`.-]+)?\?$")


_HOW_TO = re.compile(r"\bhow\b", re.IGNORECASE)


def _qualified_step(ctx: Context, index: int, question: str) -> str:
    """A commented step's question, the section's name before it when the question
    alone names nothing ("How do you create the ConfigMap?" under "Create a ConfigMap
    from a directory")."""
    if not _GENERIC_STEP.match(question):
        return question
    heading = clean_heading(ctx.nearest_heading(index))
    section = _STEP_MARK.sub("", heading, count=1).rstrip(":").strip()
    if not section or heading.endswith("?") or _HOW_TO.search(section):
        return question  # a question heading ("In X, how to …?") is no subject to name
    if slugify(section) in slugify(question):
        return question
    return f"{section}: {question[:1].lower()}{question[1:]}"


# ``kubectl get solrclouds -w``, ``helm install demo repo/solr …``: the kind a kubectl
# verb acts on, the chart helm installs: what the command is about.
_COMMAND_OBJECT = re.compile(
    r"^(?:kubectl\s+(?:get|describe|delete|edit|scale|create|expose|label|annotate|patch|"
    r"rollout\s+\w+)\s+(?:-\S+\s+)*(?P<kind>[A-Za-z][\w.-]*)"
    r"|helm\s+(?:install|upgrade\s+(?:-i|--install))\s+(?:-\S+\s+)*[\w.-]+\s+"
    r"(?:[\w.-]+/)?(?P<chart>[A-Za-z][\w.-]*))"
)
# Kinds kubectl knows by a short name ("ns", "svc"): the question says them in full.
_SHORT_KINDS = frozenset(
    {"ns", "svc", "po", "deploy", "rs", "sts", "ds", "cm", "pv", "pvc", "sa", "ing", "no"}
    | {"hpa", "cj", "ep", "netpol", "pdb", "crd", "all", "secret", "generic", "tls"}
)


def _bare(word: str) -> str:
    """ "SolrClouds", "solr-cloud" → "solrcloud": a name however it is written."""
    return word.lower().replace("-", "").replace("_", "").removesuffix("s")


def _subject_only_in_command(question: str, commands: list[str]) -> bool:
    """Whether a commented step's question leaves out what its command acts on: the kind
    ``kubectl`` gets, creates or deletes, or the chart ``helm`` installs, named nowhere
    in it ("How do you check the status live as the deploy happens?" over ``kubectl get
    solrclouds -w``), so the card would ask of nothing."""
    if "`" in question or not commands or (len(commands) > 1 and not commands[0].endswith("\\")):
        return False
    command = " ".join(commands[0].split())
    found = _COMMAND_OBJECT.match(command)
    if found is None or re.search(r"\s(?:-f|--filename|-k)[\s=]", command):
        return False  # what a file or a URL makes is in the file
    named = (found.group("kind") or found.group("chart") or "").split("/")[0]
    if named.lower() in _SHORT_KINDS or len(named) < 3:
        return False
    words = re.findall(r"[\w-]+", question)
    # "the kiln ovens" names ``kilnovens``: two words written as one kind.
    asked = {_bare(w) for w in words} | {_bare(a + b) for a, b in itertools.pairwise(words)}
    return not ({_bare(named)} | {_bare(part) for part in named.split("-")}) & asked


def _named_by_section(ctx: Context, index: int, question: str) -> str:
    """A commented step's question whose subject is only in its command, asked under the
    section's heading ("Start a cluster: how do you check the status live …?"), else
    the page's title; "" when neither names anything."""
    heading = clean_heading(ctx.nearest_heading(index))
    section = _STEP_MARK.sub("", heading, count=1).rstrip(":").strip()
    if section and not heading.endswith("?") and not _HOW_TO.search(section):
        if slugify(section) in slugify(question):
            return question
        return f"{section}: {question[:1].lower()}{question[1:]}"
    return _with_title(ctx, question)


@dataclass(frozen=True)
class _ShellSteps:
    """A shell block read as steps (see :func:`_shell_steps`)."""

    # Each ``# comment`` ("" for none) and the commands under it.
    steps: list[tuple[str, list[str]]]
    # The lines a comment beside them explains: (line in the block, comment, command).
    annotated: list[tuple[int, str, str]]


def _shell_steps(block: Code) -> _ShellSteps:
    """A shell block read as steps, each a ``# comment`` and the commands under it, and
    the lines each explained by a comment beside them."""
    raws = [_POINTED_NOTE.sub("", raw).rstrip() for raw in block.text.splitlines()]
    lines = [raw.strip() for raw in raws]
    prompted = any(line.startswith("$ ") for line in lines)
    steps: list[tuple[str, list[str]]] = []
    annotated: list[tuple[int, str, str]] = []
    output = False  # past the first line of output: the rest is output too
    quoted = -1  # the last line of a quoted argument a command above opened
    ending = ""  # the word a here-document ("cat <<EOF >file") ends on
    for number, line in enumerate(lines):
        if number <= quoted:
            steps[-1][1].append(raws[number])  # a manifest keeps its indent
            continue
        if ending:
            # The here-document's lines are the command's input, comments included.
            steps[-1][1].append(raws[number])
            ending = "" if line == ending else ending
            continue
        opened = _COMMENT.match(line)
        trailing = None if opened else _TRAILING_COMMENT.match(line)
        if opened and not line.startswith("#!"):
            steps.append((opened.group(1), []))
            output = False
        elif (
            trailing
            and not _is_output(trailing.group("command"), prompted)
            and not (steps and steps[-1][1] and steps[-1][1][-1].endswith(("\\", "|", "&&")))
            and not (steps and _how_do_you(steps[-1][0]))
        ):
            # ``terraform fmt -recursive   # format HCL``: a line the comment beside it
            # explains is a step of its own (unless a comment above already says what
            # the commands under it do: "# Check the interface" over ``ip addr  # Linux``
            # and ``ipconfig /all  # Windows`` is one step, its lines kept whole).
            command = _PROMPT.sub("", trailing.group("command"), count=1)
            annotated.append((number, trailing.group("comment"), command))
            steps.append(("", []))
            output = False
        elif not line:
            if steps and steps[-1][1]:
                steps.append(("", []))  # a blank line ends the commands of a comment
        elif steps and not output:
            commands = steps[-1][1]
            if commands and commands[-1].endswith(("\\", "|", "&&")):
                commands.append(line)  # the command goes on
            elif _is_output(line, prompted):
                output = True
            else:
                commands.append(_PROMPT.sub("", line, count=1))
                here = _HERE_DOC.search(line)
                ending = here.group(1) if here else ""
                if not ending and _open_quote(commands[-1]):
                    quoted = _quote_closes(raws, number)
    return _ShellSteps(steps, annotated)


# "# Run this command on the node where the kubelet is running": the comment says where
# (or as whom) to run the block, not what it does; the step's own sentence says that.
_WHERE_TO_RUN = re.compile(
    r"^(?:run|execute|type|enter)\s+(?:this|these|the\s+following)\s+(?:commands?|lines?)\s+"
    r"(?:on|in|inside|from|at|as|with)\b",
    re.IGNORECASE,
)


# "# Replace osm-system with the namespace where OSM is installed", "# put your region
# here": a note telling the reader to fill in the line, no saying what it does or how to
# do a task. The word replaced is the line's own value.
_FILL_IN = re.compile(
    r"^(?:replace|substitute|swap(?:\s+out)?|change)\s+[`'\"]?(?P<value><[^>]+>|[^\s`'\"]+)[`'\"]?"
    r"\s+(?:with|by|for|to)\b",
    re.IGNORECASE,
)
_YOUR_OWN = re.compile(r"^(?:put|insert|enter|fill\s+in|use|set)\s+(?:in\s+)?your\b", re.I)
# "# See above advice about impact on other workloads": a pointer at another part of
# the page, no action ("see the logs" is one).
_POINTER_COMMENT = re.compile(
    r"^(?:see|read|refer\s+to|cf\.?|check|as)\b.*\b(?:above|below|earlier|previous(?:ly)?|"
    r"advice|section|mentioned|described|explained|noted|docs|documentation)\b",
    re.IGNORECASE,
)


def _no_step_comment(comment: str, commands: list[str]) -> bool:
    """Whether a shell comment tells the reader to fill in the commands' own value
    ("Replace osm-system with …" over ``osm_namespace=osm-system``) or points elsewhere
    on the page ("See above advice …"): neither says what the commands do."""
    text = comment.strip()
    fill = _FILL_IN.match(text)
    if fill and any(fill.group("value") in command for command in commands):
        return True
    return bool(_YOUR_OWN.match(text) or _POINTER_COMMENT.match(text))


def commented_commands(ctx: Context, index: int) -> tuple[Note, ...] | None:
    """A shell block where a ``# comment`` says what the commands under it do ("# List
    the pods in every namespace" / ``kubectl get pods -A``): "How do you list the pods
    in every namespace?" → the commands."""
    block = _shell_code_at(ctx, index)
    if block is None:
        return None
    steps = _shell_steps(block).steps
    notes: list[Note] = []
    chores = False  # a step left out as the walkthrough's housekeeping
    for comment, commands in steps:
        question = (
            _how_do_you(comment)
            if commands
            and not _WHERE_TO_RUN.match(comment)
            and not _no_step_comment(comment, commands)
            else ""
        )
        if question and _housekeeping(question, commands):
            # "# Download the sample files" over ``wget …``, "# Clean up" over ``kubectl
            # delete …``: getting or removing the tutorial's things teaches nothing.
            chores = True
            continue
        if not question:
            continue
        qualified = _qualified_step(ctx, index, question)
        if qualified == question and _subject_only_in_command(question, commands):
            qualified = _named_by_section(ctx, index, question)
            if not qualified:
                continue  # asked of nothing the page names
        question = qualified
        note_id = f"{ctx.subplace(index)}/{slugify(comment)}"
        if any(_open_quote(command) or _HERE_DOC.search(command) for command in commands):
            # A quoted manifest over many lines: its lines keep their indentation, which
            # the cleaning of a prose back would take away.
            notes.append(
                FactNote(
                    id=note_id,
                    type=NoteType.FACT,
                    front=clean(question),
                    back="\n".join(commands),
                    tags=ctx.tags(index),
                    origin=ctx.origin(index),
                )
            )
            continue
        notes.extend(_fact(ctx, index, note_id, question, "\n".join(commands)))
    # A block of commented steps whose only steps were housekeeping is still read as
    # steps: no other rule asks the section's heading of its commands.
    return tuple(notes) if notes or chores else None


# ``command   # what it does``: a command, then a comment after the spaces that end it
# (no ``#`` inside quotes or ``$#``: the comment is the last `` # `` on the line).
_TRAILING_COMMENT = re.compile(r"^(?P<command>[^#'\"]*?\S)\s+#\s+(?P<comment>[^#]*\w[^#]*)$")
# A comment that remarks on a variant or on what follows rather than saying what the
# command does ("will ask for approval", "or", "same as above", "optional").
_SIDE_REMARK = re.compile(
    r"^(?:will|would|may|might|can|could|must|should|is|are|was|does|do|or|and|also|same|"
    r"see|e\.g\.|i\.e\.|optional|note|todo|this|that|it|here|above|below|returns?)\b|^\w+:",
    re.IGNORECASE,
)
# What a command printed or how it went ("Doesn't work", "Now it works!", "fails"): no
# saying what it does.
_OUTCOME = re.compile(r"!|\b(?:works?|worked|doesn't|does not|fails?|failed|errors?)\b", re.I)
_OPTION_WORD = re.compile(r"(?:^|\s)--?[a-z]")
_ANNOTATED_LINES = 2  # explained lines a block needs to read as a list of them
_DOES_WORDS = (2, 12)  # a comment that says what a command does: 2 to 12 words
# Shell utilities a page runs on the way: a question they answer names no product.
_UTILITIES = frozenset(
    {"curl", "wget", "cat", "grep", "echo", "ls", "cd", "mkdir", "cp", "mv", "rm", "sh"}
    | {"bash", "export", "source", "chmod", "chown", "tar", "unzip", "sed", "awk", "head"}
    | {"tail", "find", "touch", "printf", "env", "which", "apt", "apt-get", "brew", "yum"}
    | {"systemctl", "journalctl", "service", "sudo", "eval"}
)
_SUDO = re.compile(r"^(?:sudo\s+(?:-\S+\s+)*)")


def _program(command: str) -> str:
    """The program a command line runs: ``terraform`` of ``terraform fmt``."""
    words = _SUDO.sub("", command).split()
    return words[0] if words and _COMMAND_START.match(words[0]) else ""


# A comment saying when to run a command, not what it does ("first command in any new
# or cloned repo", "run before apply", "after changing providers").
_WHEN_TO_RUN = re.compile(
    r"^(?:(?:the\s+)?(?:first|last|final|next)\s+(?:command|step|thing)\b"
    r"|(?:run\s+|use\s+)?(?:before|after|once|whenever|every\s+time|at\s+the\s+(?:start|end))\b"
    r"|(?:always|only)\s+(?:run|use)\b"
    r"|(?:run|use)\s+(?:this\s+|it\s+)?(?:first|last|when|in\s+ci)\b)",
    re.IGNORECASE,
)
_ARTICLES = re.compile(r"\b(?:the|a|an)\s+", re.IGNORECASE)


@dataclass(frozen=True)
class _Annotated:
    """One ``command  # comment`` card a shell block would make: its line in the
    block, what it asks ("how" a comment's action is done, what a command "does",
    "when" it is run), its command, the question without articles, front and back."""

    number: int
    kind: str
    command: str
    key: str
    front: str
    back: str


def _bare_comment(comment: str) -> str:
    """A side comment without its closing punctuation, as a question asks it."""
    return comment.strip().rstrip(".;:").strip()


def _annotated_cards(ctx: Context, index: int) -> tuple[_Annotated, ...]:
    """The cards the explained lines of a shell block would make (see
    :func:`annotated_commands`), before the document's other blocks are weighed."""
    known = ctx._annotated.get(index)
    if known is not None:
        return known
    cards: list[_Annotated] = []
    block = _shell_code_at(ctx, index)
    annotated = list(_shell_steps(block).annotated) if block is not None else []
    if len(annotated) < _ANNOTATED_LINES:
        annotated = []  # one explained line among others is an aside, not a reference list
    # Counted as they are asked: "# format HCL." and "# format HCL" are one question.
    comments = Counter(folded(_bare_comment(c)) for _, c, _ in annotated)
    commands = Counter(" ".join(c.split()) for _, _, c in annotated)
    for number, comment, command in annotated:
        comment = _bare_comment(comment)
        command = " ".join(command.split())
        if (
            comments[folded(comment)] > 1
            or _fetches_a_file(command)
            or _no_step_comment(comment, [command])
        ):
            continue
        back = comment[:1].upper() + comment[1:]
        if _WHEN_TO_RUN.match(comment):
            # "terraform init  # first command in any new or cloned repo": when it is
            # run, which is no answer to what it does.
            if commands[command] == 1 and "`" not in command and _program(command):
                front = f"When do you run `{command}`?"
                cards.append(_Annotated(number, "when", command, front, front, back))
            continue
        question = _how_do_you(comment)
        if question:
            program = _program(command)
            if program and program.casefold() not in question.casefold():
                named = next((w for w in ctx.proper_names if w.casefold() == program), "")
                if not named and program in _UTILITIES:
                    # "How do you find latest version (`curl`)?": a shell utility names
                    # no product the question is about.
                    continue
                question = f"{question[:-1]} ({named or f'`{program}`'})?"
            # "apply the saved plan" / "apply saved plan": one question, however worded.
            key = _ARTICLES.sub("", question).casefold()
            cards.append(_Annotated(number, "how", command, key, question, command))
            continue
        words = len(comment.split())
        if (
            commands[command] > 1
            or _SIDE_REMARK.match(comment)
            or _OUTCOME.search(comment)
            # "# python app.py --port 8080": the command it turns into, not what it does.
            or comment.split()[0].casefold() in ctx.commands
            or _OPTION_WORD.search(comment)
            or not _DOES_WORDS[0] <= words <= _DOES_WORDS[1]
            or "`" in command
        ):
            continue
        front = f"What does `{command}` do?"
        cards.append(_Annotated(number, "does", command, front, front, back))
    ctx._annotated[index] = tuple(cards)
    return ctx._annotated[index]


def _asked_elsewhere(ctx: Context, index: int, card: _Annotated) -> bool:
    """Whether another shell block of the document asks of the same command, or the
    same "how", already: an earlier block, or any block asking how or what a command
    does when this card only says when it is run (and "when" never hides those)."""
    for other in range(len(ctx.items)):
        if other == index or not isinstance(ctx.items[other].block, Code):
            continue
        for seen in _annotated_cards(ctx, other):
            if seen.command != card.command and seen.key != card.key:
                continue
            if (seen.kind == "when") != (card.kind == "when"):
                if card.kind == "when":
                    return True
                continue
            if other < index:
                return True
    return False


def annotated_commands(ctx: Context, index: int) -> tuple[Note, ...] | None:
    """The lines of a shell block each explained by the comment beside them
    (``terraform fmt -recursive   # format HCL``): an imperative comment asks how
    ("How do you format HCL (Terraform)?" → the command, the program named when the
    question does not name it), a comment saying when to run it asks when ("When do
    you run `terraform init`?" → "First command in any new or cloned repo"), any other
    says what the command does ("What does `terraform show` do?" → "Human-readable
    state"). Two lines with the same comment or the same command make no card: neither
    question tells them apart. A command (or a "how") another block asked first is not
    asked again, and "when" gives way to a block saying what the command does."""
    block = _shell_code_at(ctx, index)
    cards = _annotated_cards(ctx, index)
    if block is None or not cards:
        return None
    notes: list[Note] = []
    for card in cards:
        if _asked_elsewhere(ctx, index, card):
            continue
        line = block.line + card.number + 1
        note_id = f"{ctx.subplace(index)}/{slugify(card.command)}"
        notes.extend(_fact(ctx, index, note_id, card.front, card.back, line=line))
    return tuple(notes) or None


# ----------------------------------------------------------------- glossary headings

_TERM_WORDS = 4  # a term heading: a short noun phrase
_GLOSS_WORDS = 60  # its definition: one short paragraph
_GLOSS_SENTENCES = 3
_GLOSSARY_HEADING = re.compile(
    r"^(?:glossary|terms|terminology|definitions|key terms|key concepts|concepts|vocabulary)$",
    re.IGNORECASE,
)
_TITLE_TAIL = re.compile(r"\s+(?:—|–|-|:)\s+.*$|:\s.*$")
# A first sentence opening on a subject and its verb: a statement, not a gloss.
_STATEMENT = re.compile(
    r"^(?:an?|the)?\s*[\w-]+(?:\s+[\w-]+){0,3}?\s+(?:should|must|needs?|can|could|will|"
    r"would|may|is|are|was|were|has|have|does|do)\b",
    re.IGNORECASE,
)
_GLOSSARY_TERMS = 3  # sibling term headings that make a section a list of terms
# A heading that is no term: a question, a label, a number, a step or a lead-in.
_NO_TERM = re.compile(r"[?:!()`*\[]|^\d|\b(?:step|part|chapter|example|overview|summary)\b", re.I)
# A term's bracketed qualifier ("Component (catalog plugin)", "Owner (`spec.owner`)"):
# it says which of two namesakes is meant, so it stays on the front; the term is before it.
_TERM_QUALIFIER = re.compile(r"\s+\([^()?!]{1,40}\)$")
# A page whose title says it is a glossary ("Glossary", "Kubernetes Glossary",
# "Terminology", "Argo CD Core Concepts"): its top-level headings are the terms, and
# what the title names before that word is the product they belong to.
_GLOSSARY_TITLE = re.compile(
    r"^(?:(?P<product>.+?)\s+)??(?:(?:key|core|basic|main)\s+)?"
    r"(?:glossary|terminology|concepts|vocabulary)(?:\s+of\s+terms)?$",
    re.IGNORECASE,
)
# A sentence that only sends the reader elsewhere ("See the catalog docs for more
# information.", "For more details, see …") and a tail doing so ("…, see their docs
# for more information."): no part of the definition.
_POINTER_SENTENCE = re.compile(r"^(?:see\b|for more\b|for further\b|more (?:info|details)\b)", re.I)
_POINTER_TAIL = re.compile(r",\s*(?:see|refer to)\s+[^,;]*(?=\.$)", re.I)
# Where a sentence ends, a closing quote or bracket after its stop too ('… the question:
# "Are you who you claim to be?" See …'): a pointer sentence after a quote is its own.
_QUOTED_GAP = re.compile(r"(?:(?<=[.!?])|(?<=[.!?][\"”’)]))\s+")
# A definition that only names another term ("Known as Software Templates.",
# "Alternative term for a User Role.", "Same as …"): a cross-reference, no gloss.
_ALIAS_GLOSS = re.compile(r"^(?:known as|alternative (?:term|name) for|same as|synonym)\b", re.I)
# A "definition" telling the writer or reader to do something ("Describe how a workflow
# …", "Explain that projects …", "Use this to …"): a placeholder or an instruction.
_INSTRUCTING_GLOSS = re.compile(
    r"^(?:describe|explain|define|clarify|note|summari[sz]e|mention|write|document|fill|add|"
    r"insert|use|run|install|check|set|todo|tbd)\b",
    re.I,
)
# A product a glossary's definitions keep naming: this many definitions at least, and
# twice as many as any other name.
_PRODUCT_MENTIONS = 3
_GLOSSARY_NAME = re.compile(r"(?<=[\w,;] )[A-Z][A-Za-z0-9]*[a-z][A-Za-z0-9]*\b")
# A definition that leans on what came before or talks to the reader.
_NO_GLOSS = re.compile(r"^(?:it|this|that|these|they|you|we|see|for|in|on|note|here)\b", re.I)


def _term_heading(text: str) -> bool:
    """A heading reading as a term: "Data Lake", "CQRS", "Rate Limiting"; never an
    action ("Install Docker"), a gerund lead ("Using the API") or a question."""
    text = _TERM_QUALIFIER.sub("", text)
    words = text.split()
    if not 1 <= len(words) <= _TERM_WORDS or _NO_TERM.search(text):
        return False
    first = words[0].casefold()
    # "gRPC", "iOS": a lower-case opening with a capital inside is a name too.
    named = words[0][:1].isupper() or any(c.isupper() for c in words[0][1:])
    return first not in _ACTION_VERBS and not first.endswith("ing") and named


def _gloss(block: object, term: str = "") -> bool:
    """A block that defines its heading's term: one short paragraph of prose whose
    first sentence is a gloss ("A storage repository that …", "Storing data as …"),
    never a statement about the term ("Caddy needs to be version 2.5.1 …", "A testing
    framework should not be slow.")."""
    if not isinstance(block, Paragraph) or block.label or "\n\n" in block.text:
        return False
    return _gloss_text(" ".join(block.text.split()), term)


def _gloss_text(text: str, term: str) -> bool:
    """:func:`_gloss` of a paragraph's text."""
    sentences = [s for s in SENTENCE_GAP.split(text) if s]
    term = _TERM_QUALIFIER.sub("", term)
    if term and sentences and re.search(rf"\b{re.escape(term)}\b", sentences[0], re.I):
        return False
    return (
        len(text.split()) <= _GLOSS_WORDS
        and len(sentences) <= _GLOSS_SENTENCES
        and not _NO_GLOSS.match(text)
        and not _STATEMENT.match(text)
        and text.endswith(".")
        and text[:1].isupper()
    )


def _page_gloss(block: object, term: str) -> str:
    """The definition a glossary page's term section opens with: its first paragraph
    without the sentences sending the reader elsewhere ("See the docs for more
    information."); a paragraph past the gloss's length gives its first sentence when
    that is a gloss. "" when it is no gloss or only names another term."""
    if not isinstance(block, Paragraph) or block.label or "\n\n" in block.text:
        return ""
    text = clean(block.text).replace("\n", " ").strip()
    sentences = [s for s in _QUOTED_GAP.split(text) if s and not _POINTER_SENTENCE.match(s)]
    if not sentences or _ALIAS_GLOSS.match(sentences[0]) or _INSTRUCTING_GLOSS.match(text):
        return ""
    sentences[-1] = _POINTER_TAIL.sub("", sentences[-1])
    text = " ".join(sentences)
    if _gloss_text(text, term):
        return text
    return sentences[0] if len(sentences) > 1 and _gloss_text(sentences[0], term) else ""


def _glossary_product(definitions: list[str]) -> str:
    """The name a glossary's definitions keep naming ("Backstage"): in at least
    :data:`_PRODUCT_MENTIONS` of them and twice as many as any other name; "" if none."""
    counts: Counter[str] = Counter()
    for text in definitions:
        counts.update(set(_GLOSSARY_NAME.findall(text)))
    ranked = counts.most_common(2)
    if not ranked or ranked[0][1] < _PRODUCT_MENTIONS:
        return ""
    if len(ranked) > 1 and ranked[0][1] < 2 * ranked[1][1]:
        return ""
    return ranked[0][0]


def glossary_headings(ctx: Context, index: int) -> tuple[Note, ...] | None:
    """A section that is a list of terms: three or more sibling headings, each a short
    noun phrase over one short paragraph defining it ("### Data Lake" / "A storage
    repository that …"): "What is Data Lake (Data Management)?" → the definition, the
    parent section naming the field the term belongs to. A section where most sibling
    headings are anything else (steps, questions, longer sections) is no glossary.
    A page titled as a glossary ("Glossary", "Terminology", "… Concepts") has its terms
    at the top level, with no parent: "What is Access Token in Backstage?" → the
    term's first paragraph, the product named by the title or by most definitions."""
    item = ctx.items[index]
    block = item.block
    headings = item.headings
    if not headings or not isinstance(block, Paragraph):
        return None
    page = None
    if len(headings) < 2:
        page = _GLOSSARY_TITLE.match(_TITLE_TAIL.sub("", ctx.title).strip())
        if page is None:
            return None
    term = clean_heading(headings[-1].text)
    if not _term_heading(term):
        return None
    back = " ".join(block.text.split()) if page is None else _page_gloss(block, term)
    if not back or (page is None and not _gloss(block, term)):
        return None
    parent = headings[:-1]
    level = headings[-1].level
    # The sibling sections: the items under the same parent, by their own heading.
    start = index
    while start > 0 and ctx.items[start - 1].headings[: len(parent)] == parent:
        start -= 1
    end = index
    while end + 1 < len(ctx.items) and ctx.items[end + 1].headings[: len(parent)] == parent:
        end += 1
    sections: dict[Heading, list[object]] = {}
    for sibling in ctx.items[start : end + 1]:
        if len(sibling.headings) <= len(parent):
            continue  # prose right under the parent, before the terms
        own = sibling.headings[len(parent)]
        if own.level != level:
            return None
        sections.setdefault(own, []).append(
            sibling.block if len(sibling.headings) == len(parent) + 1 else None
        )
    if page is not None:
        return _glossary_page_note(ctx, index, term, back, sections, page.group("product"))
    terms = [
        h
        for h, blocks in sections.items()
        if len(blocks) == 1
        and _term_heading(clean_heading(h.text))
        and _gloss(blocks[0], clean_heading(h.text))
    ]
    if len(terms) < _GLOSSARY_TERMS or 3 * len(terms) < 2 * len(sections):
        return None
    if sections.get(headings[-1]) != [block]:
        return None  # more than the one paragraph under this term
    field = clean_heading(parent[-1].text)
    if _GLOSSARY_HEADING.match(field):
        # "## Glossary" names no field: the page's title does ("Azure Subnet Summary —
        # Context" → "Azure Subnet Summary").
        field = _TITLE_TAIL.sub("", ctx.title).strip()
    front = f"What is {term} ({field})?" if field else f"What is {term}?"
    return _fact(ctx, index, f"{ctx.subplace(index)}/what-is", front, back)


def _glossary_page_note(
    ctx: Context,
    index: int,
    term: str,
    back: str,
    sections: dict[Heading, list[object]],
    product: str | None,
) -> tuple[Note, ...] | None:
    """The card of a glossary page's term (see :func:`glossary_headings`): the page
    must read as one, two thirds of its top-level sections term headings and most of
    them a single paragraph of prose; the term's section holds prose only, this
    paragraph first."""
    block = ctx.items[index].block
    terms = {h: b for h, b in sections.items() if _term_heading(clean_heading(h.text))}
    short = [b for b in terms.values() if len(b) == 1 and isinstance(b[0], Paragraph)]
    if (
        len(terms) < _GLOSSARY_TERMS
        or 3 * len(terms) < 2 * len(sections)
        or 2 * len(short) < len(terms)
    ):
        return None
    own = sections.get(ctx.items[index].headings[-1], [])
    if not own or own[0] is not block or not all(isinstance(b, Paragraph) for b in own):
        return None
    if not product:
        # Read from the sections' first paragraphs, as the sections themselves are: the
        # page is walked once per term, never once per term per paragraph.
        product = _glossary_product(
            [clean(b[0].text) for b in sections.values() if b and isinstance(b[0], Paragraph)]
        )
    if not product:
        return None  # "What is Sources?" names nothing a learner could answer about
    named = re.search(rf"\b{re.escape(product)}\b", term, re.I)
    front = f"What is {term}?" if named else f"What is {term} in {product}?"
    return _fact(ctx, index, f"{ctx.subplace(index)}/what-is", front, back)


# ----------------------------------------------------------------- extension points

# How a plugin type's or extension point's section opens: "These plugins are used to
# sort Pods …", "This extension point is called before …", "Permit plugins are invoked
# at …", "Used to …": what the type is for ("used to"/"used for") or when it runs.
_EXTENSION_SUBJECT = (
    r"(?:(?:these|such)\s+(?P<many>plugins|hooks|extensions)\s+are"
    r"|this\s+(?P<one>extension\s+point|hook|plugin\s+type)\s+is"
    r"|(?P<named>\S+)\s+(?P<kind>plugins|hooks)\s+are)\s+"
)
_EXTENSION_OPENING = re.compile(
    rf"^(?:{_EXTENSION_SUBJECT})?(?P<verb>used\s+(?:to|for)"
    r"|(?:called|invoked|run|executed)(?=\s+(?:prior|before|after|when|whenever|at|during|once|"
    r"right|immediately|on|if)\b))(?P<rest>\s.*)$",
    re.IGNORECASE,
)
# A sentence announcing the list below ("A permit plugin can do one of three things."):
# the list is its answer, not this paragraph.
_LIST_AHEAD = re.compile(r"\b(?:one of (?:the )?\w+ things|the following|as follows)\b", re.I)
_EXTENSION_SIBLINGS = 3  # sections opening so under one parent: a reference of plugin types
# A parent heading saying its sections are extension points, for the bare "Used to …".
_EXTENSION_PARENT = re.compile(r"\b(?:extension\s+points?|hooks?|plugins?|interfaces)\b", re.I)


def _extension_opening(block: object, name: str) -> re.Match[str] | None:
    """The opening of a section defining the extension point ``name``, or None."""
    if not isinstance(block, Paragraph) or block.label or block.step or block.heading:
        return None
    text = clean(block.text).replace("\n", " ").strip()
    match = _EXTENSION_OPENING.match(text)
    if match is None:
        return None
    named = match.group("named")
    if named is not None and named.casefold() != name.casefold():
        return None  # "Score plugins are …" under another heading: some other point
    return match


def extension_point(ctx: Context, index: int) -> tuple[Note, ...] | None:
    """One of three or more sibling sections each defining an extension point or
    plugin type ("### QueueSort" / "These plugins are used to sort Pods in the
    scheduling queue. …"): "What is the QueueSort extension point for (<page>)?" →
    the section's first paragraph, its pronoun resolved to the name ("QueueSort plugins
    are used to …"); one opening on when the plugins run ("These plugins are called
    after the Filter phase …") asks "When are PostFilter plugins called (<page>)?"."""
    item = ctx.items[index]
    headings = item.headings
    if len(headings) < 2 or (index > 0 and ctx.items[index - 1].headings == headings):
        return None  # not the first block of its section
    name = clean_heading(headings[-1].text)
    if not name or len(name.split()) > _TERM_WORDS or _NO_TERM.search(name):
        return None
    match = _extension_opening(item.block, name)
    if match is None:
        return None
    parent = headings[:-1]
    bare = not (match.group("many") or match.group("one") or match.group("named"))
    parent_name = clean_heading(parent[-1].text)
    if bare and not _EXTENSION_PARENT.search(parent_name):
        return None  # a bare "Used to …" under a heading naming no extension points
    siblings = 0
    seen: set[Heading] = set()
    for position, sibling in enumerate(ctx.items):
        own = sibling.headings
        if len(own) != len(headings) or own[:-1] != parent or own[-1] in seen:
            continue
        seen.add(own[-1])
        if position > 0 and ctx.items[position - 1].headings == own:
            continue
        if _extension_opening(sibling.block, clean_heading(own[-1].text)):
            siblings += 1
    if siblings < _EXTENSION_SIBLINGS:
        return None
    hook = "hook" in (match.group("many") or match.group("one") or match.group("kind") or "")
    hook = hook or (bare and "hook" in parent_name.casefold())
    kind = "hook" if hook else "extension point"
    verb = match.group("verb").split()[0].lower()
    plural = "hooks" if hook else "plugins"
    subject = (
        f"{name} {plural} are"
        if match.group("many") or match.group("named")
        else f"The {name} {kind} is"
    )
    # The pronoun ("These plugins") gives way to the name the question asks about.
    text = f"{subject} {match.string[match.start('verb') :]}"
    sentences = [s for s in _QUOTED_GAP.split(text) if s and not _POINTER_SENTENCE.match(s)]
    while len(sentences) > 1 and (sentences[-1].endswith(":") or _LIST_AHEAD.search(sentences[-1])):
        sentences.pop()  # a lead-in to the list below
    back = " ".join(sentences)
    if len(back) > ANSWER_CHARS:
        back = sentences[0]
    page = _TITLE_TAIL.sub("", ctx.title).strip()
    where = f" ({page})" if page and name.casefold() not in page.casefold() else ""
    if verb == "used":
        front = f"What is the {name} {kind} for{where}?"
    elif match.group("many") or match.group("named"):
        front = f"When are {name} {plural} {verb}{where}?"
    else:
        front = f"When is the {name} {kind} {verb}{where}?"
    return _fact(ctx, index, f"{ctx.subplace(index)}/extension-point", front, back)


# "Use `helm` to install X": the tool the step uses, and what it does with it.
_USE_TO = re.compile(r"^use\s+(.+?)\s+to\s+(\w.*)$", re.IGNORECASE)
# A step that only acts on what the reader has in front of them ("Apply the file",
# "Check the output", "Run this command") teaches nothing a card could ask.
_POINTS_AT_WORK = re.compile(
    r"\b(?:it|this|that|these|them|those|the following|above|below|output|result|results|"
    r"the (?:file|files|manifest|changes?|command|commands|yaml|example))\b",
    re.IGNORECASE,
)
# "Apply the configuration by running the following command:": the tail only points at
# the code below; what is left is the action.
_RUN_BELOW = re.compile(
    r",?\s+(?:by\s+)?(?:running|executing|using|with|run)\s+(?:the\s+following|these|this|the)\s+"
    r"commands?\b.*$",
    re.IGNORECASE,
)
# "If you are running minikube, run the following command to enable metrics-server:": the
# action is what the command is run to do; a condition before it says where it applies.
# "Enter (type, issue) these commands to add …" says it the same way.
_RUN_TO = re.compile(
    r"^(?P<condition>(?:if|when)\s[^,]+,\s*)?(?:now,?\s+|then,?\s+)?"
    r"(?:run|execute|use|enter|type|issue)\s+"
    r"(?:the\s+following|these|this|the)\s+commands?\s+to\s+(?P<action>\w.*)$",
    re.IGNORECASE,
)
# A command that only prints a file ("cat ../code/readings_02.py"): the step's
# knowledge is the file shown after it, never the command.
# (A system file, "cat /etc/os-release", is where an answer is found: it stays.)
_SHOWS_A_FILE = re.compile(r"^(?:cat|less|more|bat|type)\s+[^\s|;&<>/~-][^\s|;&<>]*$")
# A lead-in whose last words hand over to the command without saying what it does:
# "…, and then:", "…, such as:", "…, for example:" ("For example:" alone reads the
# heading, below).
_TRAILING_THEN = re.compile(
    r"\S\s*,?\s+(?:and\s+then|then|such\s+as|like|for\s+example|for\s+instance|e\.g\.?)\s*:?$",
    re.IGNORECASE,
)
# Steps that look, rather than do: the answer is whatever the reader's cluster prints.
_LOOKING_VERBS = frozenset({"check", "see", "view", "verify", "wait", "watch", "run", "try"})
_STEP_MARK = re.compile(r"^(?:step\s*\d+[a-z]?|\d+(?:\.\d+)*)\s*[-–—:.)]?\s*", re.IGNORECASE)
_MAX_STEP_COMMANDS = 4  # commands a step's card may hold; more is a script, not a step
# A heading names one step: a block of more commands does several the heading leaves unsaid.
_HEADING_STEP_COMMANDS = 2


# How a tutorial's narrator opens a step ("Now", "At this point, we should also …").
_STEP_OPENER = re.compile(
    r"^(?:(?:now|then|next|first|finally|at this point|after that|let'?s|let us)\b,?\s*)?"
    r"(?:(?:we|you)\s+(?:should|can|will|need to|must|have to|may)\s+(?:also\s+|now\s+)?)?",
    re.IGNORECASE,
)
# "… the Apache `htpasswd` tool, which we can use to generate the file": the tool is
# the code the sentence names before "which".
_WHICH_USE = re.compile(
    r"^(?P<before>.*?`[^`]+`[^,]*),?\s+which\s+(?:we|you)\s+(?:can|will)\s+use\s+to\s+"
    r"(?P<action>\w.*)$",
    re.IGNORECASE,
)
# A reason tacked on ("…, just to make it easier later", "…, so that …") is no part of
# what the step does.
_TACKED_REASON = re.compile(r",\s*(?:just\s+)?(?:to|so that|so|in order to)\b.*$", re.IGNORECASE)


# Words a narrated sentence goes on with that are no action ("Now when we …").
_NO_VERB = re.compile(
    r"^(?:when|if|that|the|a|an|we|you|i|this|there|it|as|once|after|before|while|since|"
    r"because|our|your|all|every|each|in|on|at|with|for|to)\b",
    re.IGNORECASE,
)


_PRONOUN = re.compile(r"^(?:it|this|that|these|them|those)$", re.IGNORECASE)


def _points_at_work(text: str) -> bool:
    """Whether a step acts on what the reader has in front of them ("Apply it", "Run
    the following"). A pronoun late in the sentence ("Deploy a curl pod and SSH into
    it") refers back to what the sentence itself named; "there" ("group there all the
    permissions") points at a place the sentence before named."""
    if _THERE.search(text):
        return True
    for found in _POINTS_AT_WORK.finditer(text):
        if re.match(r"\s+of\s", text[found.end() :]):
            continue  # "the YAML of a HorizontalPodAutoscaler": named, not at hand
        late = len(text[: found.start()].split()) > 2
        if not (_PRONOUN.match(found.group(0)) and late):
            return True
    return False


# "there" as a place, not "there is/are …".
_THERE = re.compile(
    r"\bthere\b(?!\s+(?:is|are|was|were|will|must|should|may|might|can|could|has|have)\b)",
    re.IGNORECASE,
)
_LESSON_SELF = re.compile(r"\b(?:we|we're|we've|us|ourselves)\b", re.IGNORECASE)
# A condition tacked on an action ("… if we want"): the action is still the reader's.
_TACKED_CONDITION = re.compile(r"\b(?:if|when|whenever|unless|so that|because)\b", re.IGNORECASE)


# A sentence's end that hands over to the code below it ("… you can use", "… we run").
_HANDS_OVER = re.compile(
    r",?\s+(?:you|we|one)\s+(?:can|could|may|might|should|would)\s+(?:use|run|type|try|do)$",
    re.IGNORECASE,
)


def _step_question(sentence: str) -> str:
    """ "Use `helm` to install a controller:" → "How do you install a controller with
    `helm`?"; "Add the chart repository" → "How do you add the chart repository?"; ""
    when the sentence is no action a reader could learn (a look at the output, a step
    on "the file")."""
    # "To list all events you can use" broken by its code: the words handing over to
    # the command are no part of the action asked.
    text = _HANDS_OVER.sub("", sentence.strip().rstrip(":.;,").strip())
    which = _WHICH_USE.match(text)
    if which:
        tools = _CODE_SPAN.findall(which.group("before"))
        text = f"{which.group('action')} with {tools[-1]}"
    opened = _STEP_OPENER.match(text)
    narrated = bool(opened and opened.group(0))
    text = _TACKED_REASON.sub("", text[opened.end() if opened else 0 :]).strip()
    used = _USE_TO.match(text)
    if used:
        text = f"{used.group(2)} with {used.group(1)}"
    first = text.split(" ", 1)[0].lower()
    if all(word.lower().endswith("ly") for word in text.split()[1:]):
        return ""  # "Delete immediately": a verb and its manner, no object to learn
    # The length is the action's: "with <the tool>" moved after it adds no wandering.
    action = used.group(2) if used else text
    if first in _LOOKING_VERBS or _points_at_work(text) or len(action.split()) > 14:
        return ""
    if _LESSON_SELF.search(_TACKED_CONDITION.split(text, maxsplit=1)[0]):
        # "Let's first make sure we are in the correct directory": the lesson's own
        # situation ("we are …"), nothing a reader could do elsewhere.
        return ""
    if used or which or (narrated and re.match(r"^[a-z]+\s", text) and not _NO_VERB.match(text)):
        # "to <verb> …", "Now, <verb> …", "Let's <verb> …": the word there is the
        # action, whatever the verb.
        return f"{STEP_FRONT}{text}?"
    return _how_do_you(text)


def _open_quote(command: str) -> bool:
    """Whether a shell command leaves a quote open at its end (``echo '`` over the first
    line of a manifest): the shell reads on until the quote closes. Backslashes escape
    outside single quotes; an unquoted ``#`` after a blank starts a comment."""
    quote = ""
    escaped = comment = False
    for place, char in enumerate(command):
        if comment:
            comment = char != "\n"
        elif escaped:
            escaped = False
        elif quote == "'":
            quote = "" if char == "'" else quote
        elif char == "\\":
            escaped = True
        elif quote == '"':
            quote = "" if char == '"' else quote
        elif char in "'\"":
            quote = char
        elif char == "#" and (place == 0 or command[place - 1] in " \t\n"):
            comment = True
    return bool(quote)


def _quote_closes(raws: list[str], start: int) -> int:
    """The index of the line where a command opened on ``raws[start]`` with an open quote
    closes it; ``start`` when no later line of the block closes it (a stray quote, not a
    quoted argument: the line stands alone)."""
    return _quote_closes_after(raws[start], raws, start)


def _quote_closes_after(command: str, raws: list[str], start: int) -> int:
    """As :func:`_quote_closes` for a command that already runs over several lines
    (``… \\`` + ``-p '{"a": {``): the index of the line of ``raws`` after ``start`` that
    closes its open quote; ``start`` when none does."""
    for place in range(start + 1, len(raws)):
        command = f"{command}\n{raws[place]}"
        if not _open_quote(command):
            return place
    return start


def _step_commands(block: Code) -> list[str]:
    """The commands of a shell block, without the output they print and comments. A
    command whose quoted argument spans lines (``$ echo '<manifest>' | kubectl apply -f
    -``) runs until its quotes balance; only what follows is output."""
    raws = block.text.splitlines()
    prompted = any(raw.strip().startswith("$ ") for raw in raws)
    commands: list[str] = []
    continued = False  # the line above was a command (or a line of one)
    ending = ""  # the word a here-document ("<<EOF") ends on
    quoted = -1  # the last line of a quoted argument the command above opened
    for number, raw in enumerate(raws):
        line = raw.strip()
        if number <= quoted:
            commands[-1] = f"{commands[-1]}\n{raw.rstrip()}"  # a manifest keeps its indent
            continue
        if ending:
            commands[-1] = f"{commands[-1]}\n{raw.rstrip()}"  # a manifest keeps its indent
            ending = "" if line == ending else ending
            continue
        if not line or _COMMENT.match(line):
            continue
        if commands and commands[-1].endswith(("\\", "|", "&&")):
            commands[-1] = f"{commands[-1]}\n{line}"  # the command goes on
            if _open_quote(commands[-1]):
                quoted = _quote_closes_after(commands[-1], raws, number)
            continue
        if prompted and commands and continued and _PS2.match(line):
            # "> do": the shell asks for the rest of the command (its prompt goes, as "$ ").
            commands[-1] = f"{commands[-1]}\n{_PS2.sub('', raw.lstrip(), count=1).rstrip()}"
            continue
        continued = False
        if _is_output(line, prompted):
            if prompted:
                continue  # output between prompted commands
            break
        continued = True
        commands.append(_PROMPT.sub("", line, count=1))
        here = _HERE_DOC.search(line)
        ending = here.group(1) if here else ""
        if not ending and _open_quote(commands[-1]):
            quoted = _quote_closes(raws, number)
    return commands


# "kubectl apply -f https://…/quota.yaml -n kube-system": the knowledge is in the file.
_APPLIES_A_FILE = re.compile(
    r"^kubectl\s+(?:apply|create|replace|delete)\s+(?:-n\s+\S+\s+)?(?:-f\s+|--filename[\s=])"
    r"[^\s<(-]\S*"
    r"(?:\s+(?:-n|--namespace)[\s=]\S+)?$"
)
# A here-document's opening ("cat <<EOF", "<<-'END'"): its word (group 1) ends it.
_HERE_DOC = re.compile(r"<<-?\s*['\"]?(\w+)['\"]?")
# A shell's own prompt before a typed command ("[ root@pod:/ ]$ ", "user@host:~$ ").
_SHELL_PROMPT = re.compile(r"^\[?\s*[\w.-]+@[^\s$#]*(?:\s*[^$#\]]*)?\]?\s*[$#]\s+")


def _on_question_card(ctx: Context, index: int, commands: list[str]) -> bool:
    """Whether the question heading whose section holds the code at ``index`` shows
    all of ``commands`` on its card."""
    headings = ctx.items[index].headings
    for earlier in range(index - 1, -1, -1):
        item = ctx.items[earlier]
        if item.headings != headings:
            return False
        if isinstance(item.block, Question) and item.block.kind == "heading":
            made = author_question(ctx, earlier)
            notes = made if isinstance(made, tuple) else ()
            backs = [n.back for n in notes if isinstance(n, FactNote)]
            return any(all(c.strip() in back for c in commands) for back in backs)
    return False


def _variant_label(ctx: Context, index: int) -> str:
    """The name of the variant a step belongs to: the label alone on its line (a content
    tab's name, ``**Gateway API**``) nearest above the step in its section, when the section
    has two or more such labels, so that like steps of two tabs ask two questions. ""
    otherwise (one label titles the whole section, which its heading already names)."""
    headings = ctx.items[index].headings
    labels = [
        at
        for at, item in enumerate(ctx.items)
        if item.headings == headings
        and isinstance(item.block, Paragraph)
        and item.block.label
        and clean(item.block.text).strip().strip("*:").strip() == item.block.label.strip()
    ]
    above = [at for at in labels if at < index]
    if len(labels) < 2 or not above:
        return ""
    return ctx.items[above[-1]].block.label.strip()  # type: ignore[union-attr]


# What a rejected request prints ("… is invalid: spec.x: Forbidden: may not be …",
# "error: unknown flag", "Error from server (Forbidden)", "… is not supported").
_REJECTED_OUTPUT = re.compile(
    r"\bForbidden\b|(?:^|\s)error:\s|\bis invalid\b|\bis not supported\b|"
    r"\bpermission denied\b|\bis not allowed\b",
    re.IGNORECASE | re.MULTILINE,
)
# The sentence after a command saying it did not work: "In the output, you can see that
# it is not possible to …", "This patch is rejected because …", "The command fails".
_SAYS_FAILED = re.compile(
    r"^(?:(?:in|from)\s+)?(?:the\s+)?(?:output|this|that|it|you\s+(?:can\s+|will\s+|should\s+)?"
    r"(?:see|get)|the\s+(?:command|request|patch|update|call|change))\b[^.!?]*?"
    r"\b(?:rejected|not possible|not permitted|not allowed|fails|failed|will fail|"
    r"an error|the following error)\b",
    re.IGNORECASE,
)
_OUTPUT_INFOS = frozenset({"", "text", "txt", "output", "error", "console", "plaintext", "log"})


def _shown_failing(ctx: Context, index: int, commands: list[str]) -> bool:
    """Whether the page shows the command block ``index`` failing: the output in the
    block itself or in an output block right after it (past one paragraph) reads as a
    rejection, or the paragraph right after it says it did not work. Such a command is
    what not to do: never the answer to "How do you …?"."""
    block = ctx.items[index].block
    assert isinstance(block, Code)
    typed = {line.strip() for command in commands for line in command.splitlines()}
    printed = "\n".join(
        line
        for line in block.text.splitlines()
        if line.strip() and line.strip() not in typed and not _COMMENT.match(line.strip())
    )
    if _REJECTED_OUTPUT.search(printed):
        return True
    headings = ctx.items[index].headings
    for after in ctx.items[index + 1 : index + 3]:
        if after.headings != headings:
            return False
        if isinstance(after.block, Paragraph):
            text = clean(after.block.text).replace("\n", " ").strip()
            if _SAYS_FAILED.match(_SENTENCE_END.split(text)[0]):
                return True
            continue
        if not isinstance(after.block, Code):
            return False
        info = after.block.info.split(" ")[0]
        # An "error" block (a lesson's "{: .error}") is what the command printed failing.
        return info == "error" or (
            info in _OUTPUT_INFOS and bool(_REJECTED_OUTPUT.search(after.block.text))
        )
    return False


# "How do you delete your Pod?": a clean-up step whose object is only the reader's own.
_YOUR_OBJECT = re.compile(
    r"^How do you (delete|remove|clean up|tear down|destroy|uninstall) your (\w+(?: \w+)?)\?$",
    re.IGNORECASE,
)
# `kubectl delete pod demo --namespace=x`: a clean-up that teaches no more than its verb.
_PLAIN_DELETE = re.compile(
    r"^kubectl\s+delete\s+[\w./-]+(?:\s+(?:[\w.-]+|(?:-n|--namespace)[\s=]\S+|--now|--wait=\w+))*$"
)


def instructed_commands(ctx: Context, index: int) -> tuple[Note, ...] | None:
    """A tutorial's step: a shell block right after the sentence telling the reader
    what it does ("Add the chart repository", "Use `helm` to install the controller:"),
    or, after a sentence that only says "for example", the step heading above it
    ("Step 1 - Install Helm"): "How do you add the chart repository?" → the commands,
    without their output. A look at the output, a step on "the file" and a long
    script make no card."""
    block = ctx.items[index].block
    if not isinstance(block, Code) or not _shell_block(block):
        return None
    if index == 0:
        return None
    before = _lead_in_over(ctx, index)
    if before.headings != ctx.items[index].headings or not isinstance(before.block, Paragraph):
        return _heading_step_note(ctx, index, block)
    text = clean(before.block.text).replace("\n", " ").strip()
    step = before.block.step
    sentences = _SENTENCE_END.split(text)
    # "Create a collection via the Collections API." alone over its command is a step
    # too; a paragraph of several sentences ending in "." is an explanation.
    lone_step = (
        len(sentences) == 1
        and text.endswith(".")
        and not text.endswith("..")
        # "Now index …", "Let's look for …", "To delete X, simply delete Y."
        and bool(_LONE_OPENER.match(text) or _run_to_question(ctx, text))
    )
    # "… explanation. To create a basic config map, see below." closing on its purpose
    # and a pointer at the block: that last sentence is the step.
    purpose = _TO_DO.match(sentences[-1].strip().rstrip(".:").strip())
    pointed = bool(purpose and _POINTS_BELOW.search(purpose.group("rest")))
    if text.endswith((".", "?", "!")) and not step and not lone_step and not pointed:
        return _heading_step_note(ctx, index, block)
    sentence = sentences[-1]
    if _TRAILING_THEN.search(sentence):
        return None  # "Make sure you are in X, and then:": the command's action is unsaid
    question = _run_to_question(ctx, sentence) or _step_question(_RUN_BELOW.sub("", sentence))
    if lone_step and not question:
        return _heading_step_note(ctx, index, block)
    if lone_step and not step:
        if all(_KUBECTL_LOOK.match(c) for c in _step_commands(block)):
            return None  # "Now the server answers from any node." over a look
        question = _with_title(ctx, question)
    if len(sentences) > 1 and _PRECONDITION.match(sentence.strip()):
        # "Promote the rollout. Make sure you have installed the plugin.": the closing
        # sentence is what must hold first, not what the step does.
        question = ""
    if step and not question:
        # A numbered step says what it does in any of its sentences ("Use the go tool
        # to create a manifest." before "Run this:"): the last one that is an action.
        for other in reversed(_SENTENCE_END.split(text)[:-1]):
            if _PRECONDITION.match(other.strip()):
                continue
            question = _step_question(_RUN_BELOW.sub("", other))
            if question:
                break
    example = any(g in f" {sentence.lower()}" for g in (" for example", " e.g"))
    if not question and example and len(sentences) > 1 and _ONLY_EXAMPLE.match(sentence.strip()):
        # "You can fetch the details of a Pod. For example:": the block is the example
        # of the paragraph's own sentence, never of the heading above it.
        question = _step_question(_RUN_BELOW.sub("", sentences[-2]))
        example = False
    if not question and example:
        heading = ctx.nearest_heading(index)
        earlier = any(
            isinstance(item.block, Code) and item.headings == ctx.items[index].headings
            for item in ctx.items[:index]
        )
        if heading and not earlier:
            question = _step_question(_STEP_MARK.sub("", heading))
            # "For example, on MacOS:" says where the command is the answer.
            where = re.sub(r"^.*?(?:for example|e\.g\.?),?\s*", "", sentence, flags=re.I)
            where = where.rstrip(":").strip()
            if question and where and len(where.split()) <= 4:
                question = f"{question[:-1]} {where}?"
    question = _pointing_resolved(ctx, index, question)
    commands = _step_commands(block) + _fences_going_on(ctx, index, block)
    if not question or not commands or len(commands) > _MAX_STEP_COMMANDS:
        return None
    if _CLEAN_UP_STEP.match(question):
        return None
    # Named after the clean-up test, which reads the step's own words.
    question = _named_step(ctx, index, question)
    if not question:
        return None
    question = _without_named_command(question, commands)
    if not question:
        return None
    return _step_note(ctx, index, question, commands, sentence)


# Section headings that say where in a page one is, not what the section is about.
_PLACE_HEADINGS = frozenset({"demo", "example", "examples", "usage", "steps", "walkthrough"})


# Objects that are only a kind of stuff a step handles, no thing ("the data", "the
# configurations"): which data the words never say.
_VAGUE_OBJECTS = frozenset(
    {"data", "configuration", "configurations", "config", "configs", "settings", "changes"}
    | {"values", "files", "resources", "manifests", "objects", "things", "stuff", "code"}
)


def _named_step(ctx: Context, index: int, question: str) -> str:
    """A lead-in step's question naming the thing its object only points at ("Update
    the data with:" → "How do you update the data?" under "Manage Shared Data": "Manage
    Shared Data: how do you update the data?"), when the object is only a kind of stuff
    ("the data", "the configurations"); "" when the section's heading names nothing
    either ("Demo"), so no card asks of "the data" alone."""
    if not question or not _GENERIC_STEP.match(question):
        return question
    if question.rstrip("?").rsplit(" ", 1)[-1].lower() not in _VAGUE_OBJECTS:
        return question  # "the kubelet", "the seedlings": a thing the step names
    qualified = _qualified_step(ctx, index, question)
    if qualified == question:
        section = _STEP_MARK.sub("", clean_heading(ctx.nearest_heading(index)), count=1)
        if section and slugify(section) in slugify(question):
            return question  # "Create the ConfigMap" under "ConfigMap": named already
        return ""
    section = qualified.split(": ", 1)[0]
    if section.lower() in _PLACE_HEADINGS | _GENERIC_TITLES:
        return ""
    return qualified


def _fences_going_on(ctx: Context, index: int, block: Code) -> list[str]:
    """The commands of the fences right after a step's own, with no words between, in
    the same language and running the same program ("curl https://foo…" and its output,
    then "curl https://bar…" and its output): one step's commands, all on its card. A
    fence running another program ("openssl req …" then a Secret piped to ``kubectl
    apply``) is a step of its own the lead-in does not name."""
    programs = {c.split(maxsplit=1)[0] for c in _step_commands(block) if c.strip()}
    more: list[str] = []
    for item in ctx.items[index + 1 :]:
        if (
            item.headings != ctx.items[index].headings
            or not isinstance(item.block, Code)
            or item.block.info != block.info
        ):
            break
        commands = _step_commands(item.block)
        if not commands or any(
            not c.strip() or c.split(maxsplit=1)[0] not in programs for c in commands
        ):
            break
        more.extend(commands)
    return more


# "How do you remove the Pod when you're finished?", "How do you clean up?": removing
# what the walkthrough made is no knowledge a card could ask (the example's own names).
_CLEAN_UP_STEP = re.compile(
    r"^how do you (?:clean\s+up|tear\s+down|"
    r"(?:delete|remove|destroy|uninstall)\s+(?:the|your|it|this|these|those|them|all|"
    r"everything)\b)",
    re.IGNORECASE,
)


def _without_named_command(question: str, commands: list[str]) -> str:
    """A step's front that does not hold its one command: "… with `kubectl expose`?" over
    ``kubectl expose deployment/web`` (the back adds only the example's names, no flag)
    drops the tool ("How do you create a Service for your replicas?"); "" when the tool
    is still named elsewhere on the front (a section title "Using `kubectl describe
    pod` …: how do you …?"), where the card would ask what it tells."""
    if len(commands) != 1:
        return question
    command = " ".join(commands[0].split())
    for named in re.findall(r"`([^`]+)`", question):
        tool = " ".join(named.split())
        if len(tool.split()) < 2 or not command.startswith(tool):
            continue
        rest = command[len(tool) :].split()
        if any(word.startswith("-") or any(c in word for c in "|=<>$") for word in rest):
            continue  # the flags are what the back teaches past the tool
        spoken = re.escape(f"`{named}`")
        question = re.sub(
            rf"\s+(?:with|using|via|through|by using)\s+{spoken}(?=\?$)", "", question
        )
        if f"`{named}`" in question:
            return ""
    return question


def _lead_in_over(ctx: Context, index: int) -> Located:
    """The block a step's lead-in sits in, right above the code at ``index``: past one
    note, caution or warning set between a lead-in ending in ":" and its commands ("Add
    user details:", a caution about passwords, the block), which says something beside
    the step and never breaks it from its commands (the note keeps its own card)."""
    before = ctx.items[index - 1]
    if not isinstance(before.block, Callout) or index < 2:
        return before
    lead = ctx.items[index - 2]
    if (
        lead.headings == before.headings
        and isinstance(lead.block, Paragraph)
        and clean(lead.block.text).rstrip().endswith(":")
    ):
        return lead
    return before


# "Make sure you have installed the plugin.", "Ensure that …": what must hold before a
# step, not the step.
_PRECONDITION = re.compile(r"^(?:make sure|ensure|be sure|please make sure)\b", re.IGNORECASE)
# "… like this?", "… as follows?", "… in your namespace with?": the words point at the
# block below, which is the back.
_AT_THE_CODE = re.compile(
    r"\s+(?:like this|like so|as follows|as shown(?: below)?|(?:in )?this way|with|using|"
    r"by (?:running|typing|using))(?=\?$)",
    re.IGNORECASE,
)
# "for that ServiceAccount", "How do you update those Pods": a determiner after a
# preposition or the asked verb points at a thing the text before named; "a route that
# sends …" (a relative clause) and "that the …" (a clause) do not.
_POINTED_THING = re.compile(
    r"(?:\b(?:for|to|with|from|in|on|of|into|at|by|about|under|over|using)\s+|"
    r"\bhow do you \w+\s+)(this|that|these|those)\s+"
    r"(?!(?:the|a|an|is|are|was|were|it|you|we|they|way)\b)([A-Za-z][\w-]*)",
    re.IGNORECASE,
)
# "a service account named "build-robot"", "the Pod called `web`": the name the text
# before gave a thing, and the words naming its kind.
_NAMED_BEFORE = re.compile(
    r"([A-Za-z][\w-]*(?:\s+[A-Za-z][\w-]*)?)\s+(?:named|called)\s+[\"'`]([\w.:/-]+)[\"'`]"
)
# "achieve the same outcome by …": the outcome is the step before's.
_SAME_OUTCOME = re.compile(
    r"\b(?:achieve|get|do|accomplish|reach|produce)\s+the\s+same\s+"
    r"(?:outcome|result|effect|thing|change)\b",
    re.IGNORECASE,
)
_STILL_POINTING = re.compile(
    r"\bthe same\b(?!\s+\w+(?:\s+\w+)?\s+as\b)|\bsuch\b(?!\s+as\b)|\blike this\b|\bas above\b|"
    + _POINTED_THING.pattern,
    re.IGNORECASE,
)


def _kind_key(words: str) -> str:
    """ "service account", "ServiceAccounts" → "serviceaccount": a kind's name however
    it is spelled."""
    return re.sub(r"[\s-]+", "", words).lower().removesuffix("s")


def _named_thing(kind: str, above: str) -> str:
    """The one name the text ``above`` gave a thing of ``kind`` ("that ServiceAccount"
    ← "a service account named "build-robot""); "" when none or several."""
    names = {
        name
        for words, name in _NAMED_BEFORE.findall(above)
        if _kind_key(kind) in {_kind_key(words), _kind_key(words.split()[-1])}
    }
    return names.pop() if len(names) == 1 else ""


def _pointing_resolved(ctx: Context, index: int, question: str) -> str:
    """A step's question whose lead-in points back at what the text before said, made
    to stand alone: "… objects like this?" loses the words that point at the block (the
    back); "… for that ServiceAccount …" names it from the sentence before ("named
    "build-robot""); "achieve the same outcome by …" takes the step before's action;
    else the section's heading says what it is about; "" when nothing does."""
    if not question:
        return ""
    question = _AT_THE_CODE.sub("", question)
    if not _STILL_POINTING.search(question):
        return question
    above = ""
    for earlier in range(index - 2, max(index - 5, -1), -1):
        if ctx.items[earlier].headings != ctx.items[index].headings:
            break
        said = ctx.items[earlier].block
        if isinstance(said, Paragraph):
            above = clean(said.text)
            break
    thing = _POINTED_THING.search(question)
    name = _named_thing(thing.group(2), above) if thing else ""
    if thing and name:
        question = (
            f"{question[: thing.start(1)]}the {thing.group(2)} `{name}`{question[thing.end() :]}"
        )
    same = _SAME_OUTCOME.search(question)
    if same:
        action = _earlier_step_action(ctx, index)
        if action:
            question = f"{question[: same.start()]}{action}{question[same.end() :]}"
    if not _STILL_POINTING.search(question):
        return question
    heading = _STEP_MARK.sub("", ctx.nearest_heading(index)).strip()
    if not heading or _STILL_POINTING.search(heading):
        return ""
    asked = question.removeprefix(f"{ctx.title}: ") if ctx.title else question
    return f"{heading}: {asked[:1].lower()}{asked[1:]}"


def _earlier_step_action(ctx: Context, index: int) -> str:
    """What the step before the one at ``index`` (the shell block before it in its
    section) does, as its card asks it ("add image pull secret to service account"); ""
    when it makes no card."""
    for earlier in range(index - 1, -1, -1):
        if ctx.items[earlier].headings != ctx.items[index].headings:
            return ""
        if isinstance(ctx.items[earlier].block, Code):
            made = instructed_commands(ctx, earlier)
            if not made or not isinstance(made[0], FactNote):
                return ""
            asked = made[0].front
            at = asked.lower().find(STEP_FRONT.lower())
            if at < 0 or not asked.endswith("?"):
                return ""
            return asked[at + len(STEP_FRONT) : -1]
    return ""


# Command-line clients of clouds and runtimes an untagged block opens on.
_CLOUD_PROGRAMS = frozenset(
    {"gcloud", "az", "aws", "eksctl", "dapr", "npm", "npx", "pip", "yarn", "go", "cargo"}
)


def _shell_block(block: Code) -> bool:
    """A block of shell commands: tagged as a shell, or untagged with every line a
    command (after a "$ " prompt or opening on a known program such as ``kubectl``), a
    comment, or the rest of a command continued onto it ("\\", "|", "&&")."""
    info = block.info.split(" ")[0]
    if info:
        return info in _SHELL_INFOS
    lines = [line.strip() for line in block.text.splitlines() if line.strip()]
    if not lines or any(_HERE_DOC.search(line) for line in lines):
        return False  # a here-document's lines are a file's, not commands
    if lines[0].startswith("$ "):
        return True  # a session: prompted commands, and what they print between them
    continued = False
    for line in lines:
        bare = _PROMPT.sub("", line, count=1) if line.startswith("$ ") else line
        first = bare.split(" ", 1)[0]
        if not (continued or line.startswith("# ") or first in _PROGRAMS | _CLOUD_PROGRAMS):
            return False
        continued = line.endswith(_CONTINUED)
    return not all(line.startswith("# ") for line in lines)


# "How do you open a new file called `notes.yml`?", "How do you create a Pod named `demo`
# as an example?": a step whose only object is a name the tutorial makes up for its own
# walk-through; the card would teach the invented name and an arbitrary editor or kind.
# A file is always the reader's own; another kind only when the page says it is an
# example (a "namespace called `prod`" may be the point of the step).
_NAMED_OBJECT = r"(?:a |an |the )?(?:new |empty |blank |simple |sample |test |demo |dummy )*"
_INVENTED_NAME = re.compile(
    r"^how do you (?:open|create|make|edit|write|start|add) "
    + _NAMED_OBJECT
    + r"(?:[\w-]+ )?(?:file|directory|folder|script|notebook) (?:called|named) "
    r"[`'\"]?[\w./-]+[`'\"]?\?$"
    r"|^how do you (?:create|make|run|start|deploy|launch|add) "
    + _NAMED_OBJECT
    + r"[\w-]+(?: [\w-]+)? (?:called|named) [`'\"]?[\w./:-]+[`'\"]?,? (?:as an example|"
    r"for (?:this|the|an|our) (?:example|demo|demonstration|tutorial|guide|exercise|lesson))\?$",
    re.IGNORECASE,
)


# `export DOMAIN=mycompany.com`: a step that only sets shell variables.
_EXPORT = re.compile(r"^export\s+([A-Za-z_]\w*)=")
_ENVIRONMENT_STEP = re.compile(r"\benvironment variables?\b|\benv vars?\b", re.IGNORECASE)


def _page_shorthand(ctx: Context, index: int, question: str, typed: list[str]) -> bool:
    """Whether a step only exports variables of the page's own making: the step asks of
    "environment variables" without naming one ("How do you set up environment
    variables?" over `export PROJECT_ID=…`), or the page's other commands and prose read
    them (`foo.$DOMAIN`) and the step types their values (`export DOMAIN=mycompany.com`,
    not `$(kubectl get …)`, which teaches how to find one). The values are the reader's
    own (a project, a domain); the names are the tutorial's shorthand. A variable the
    question names ("How do you set the `KUBECONFIG` environment variable?") or no other
    part of the page reads (`export KUBE_EDITOR=nano` for `kubectl edit`) is knowledge
    of a tool and stays."""
    exported = [_EXPORT.match(c.strip()) for c in typed if c.strip()]
    if not exported or not all(exported):
        return False
    names = {m.group(1) for m in exported if m}
    if any(re.search(rf"\b{re.escape(n)}\b", question) for n in names):
        return False
    if _ENVIRONMENT_STEP.search(question):
        return True
    if any("$(" in c or "`" in c for c in typed):
        return False  # a value the step computes (`$(kubectl get … -o jsonpath=…)`) teaches
    read = re.compile(r"\$\{?(" + "|".join(map(re.escape, sorted(names))) + r")\b")
    found = {
        name
        for item in ctx.items
        if item is not ctx.items[index]
        for name in read.findall(_block_text(item.block))
    }
    return found == names


def _step_note(
    ctx: Context, index: int, question: str, commands: list[str], sentence: str
) -> tuple[Note, ...] | None:
    """The card of a step asked as ``question`` over ``commands``, unless the commands
    only apply or show a file, the page shows them failing, or they only delete the
    reader's own object; ``sentence`` is the lead-in the step was read from ("" for a
    heading)."""
    typed = [_SHELL_PROMPT.sub("", c, count=1) for c in commands]
    if sentence and all(c.strip() and c.strip() in sentence for c in typed):
        # "Then run `nslookup my-nginx`:" over the session that types it: the sentence
        # already says the command; the block only shows what it printed.
        return None
    if all(_APPLIES_A_FILE.match(c) or _SHOWS_A_FILE.match(c) for c in commands):
        return None  # what the step makes is in the file, not in a command worth a card
    if _shown_failing(ctx, index, commands):
        return ()  # the page shows it rejected: not how to do what the step says
    if _housekeeping(question, commands):
        return ()  # fetching, entering, opening or removing the walkthrough's own things
    if _YOUR_OBJECT.match(question) and all(_PLAIN_DELETE.match(c) for c in typed):
        # "Delete your Pod:" / `kubectl delete pod x`: nothing past the verb to learn. (A
        # clean-up by another tool keeps its card: the same step repeated with only its
        # names changed stays one card, asked as the reader's own object.)
        return ()
    asked = question.removeprefix(f"{ctx.title}: ") if ctx.title else question
    if _INVENTED_NAME.match(asked.rsplit(": ", 1)[-1]):
        return ()
    if _page_shorthand(ctx, index, question, typed):
        return ()
    if not _names(asked) and _on_question_card(ctx, index, commands):
        # "How do I use X?" answered by its steps: the question's card shows this step's
        # commands; a card of the step alone ("How do you create a new application?")
        # would ask it without its subject. A step naming its own ("How do you create
        # a ConfigMap?") stands alone.
        return ()
    question = _with_page_program(ctx, question, typed)
    variant = _variant_label(ctx, index)
    if variant and variant.lower() not in question.lower():  # "Apply from stdin" asks it
        question = f"{variant}: {question[:1].lower()}{question[1:]}"
    back = "\n".join(commands)  # commands as typed: a manifest keeps its indentation
    going_on = _sentence_going_on(ctx, index, sentence, len(back), question)
    note = FactNote(
        id=f"{ctx.subplace(index)}/{slugify(question)}",
        type=NoteType.FACT,
        front=clean(question),
        back=f"{back}\n{going_on}" if going_on else back,
        tags=ctx.tags(index),
        origin=ctx.origin(index),
    )
    return (note,)


# The command-line tools a reader of their platform's pages runs every day: a step on a
# Kubernetes, container or repository page is read as one for them already.
_EVERYDAY_PROGRAMS = frozenset({"kubectl", "k", "docker", "git"})


def _with_page_program(ctx: Context, question: str, typed: list[str]) -> str:
    """A step's question naming the program its commands run when the page's title names
    that program as it is typed ("Debugging nodes with crictl": "How do you list pods by
    label?" over ``crictl pods --label run=nginx`` → "… by label with `crictl`?"): the
    page teaches that program, and the same task reads as one for the tool a reader
    uses every day (``kubectl get pods -l``). A question already naming it, several
    programs, a shell utility (``curl``) or an everyday tool (``kubectl``) leave the
    question as it is; so does a title naming the product ("Terraform Cheatsheet")."""
    programs = {_program(c) for c in typed if c.strip()}
    if len(programs) != 1:
        return question
    program = programs.pop()
    if not program or program in _UTILITIES or program in _EVERYDAY_PROGRAMS:
        return question
    typed_as = re.compile(rf"(?<![\w-]){re.escape(program)}(?![\w-])")
    if re.search(typed_as.pattern, question, re.IGNORECASE) or not typed_as.search(ctx.title):
        return question
    return f"{question[:-1]} with `{program}`?"


# A paragraph going on with the sentence its code broke ("To list all events you can
# use" / the command / "but remember that events are namespaced …"): the caveat is the
# rest of the answer.
_GOES_ON = re.compile(r"^(?:but|however|note that|remember|though)\b", re.IGNORECASE)


def _sentence_going_on(
    ctx: Context, index: int, sentence: str, size: int, question: str = ""
) -> str:
    """The paragraph right after a step's code that finishes the lead-in sentence the code
    broke (the lead-in stops without a sentence end; the paragraph opens on "but",
    "however", "note that" or "remember"), with the code that paragraph in turn
    announces (ending in ":"), while all fits on a card; "" for any other shape. The
    sentence right after that code which says how to reach everything the ``question``
    asks for ("list all events" / "To see events from all namespaces, use …") goes on
    the back too, when it fits."""
    if not sentence or sentence.rstrip().endswith((".", ":", "!", "?", ",")):
        return ""
    after = ctx.items[index + 1 : index + 4]
    if not after or after[0].headings != ctx.items[index].headings:
        return ""
    first = after[0].block
    if not isinstance(first, Paragraph) or not _GOES_ON.match(first.text.strip()):
        return ""
    said = clean(first.text).replace("\n", " ").strip()
    said = said[:1].upper() + said[1:]
    if said.endswith(":"):
        shown = after[1].block if len(after) > 1 else None
        if not isinstance(shown, Code) or after[1].headings != after[0].headings:
            return ""  # the code it announces is not there: the caveat alone stops short
        commands = _step_commands(shown)
        if not commands:
            return ""
        said = f"{said}\n" + "\n".join(commands)
        if len(after) > 2 and after[2].headings == after[0].headings:
            whole = _whole_reach(question, after[2].block)
            if whole and size + len(said) + len(whole) < ANSWER_CHARS:
                said = f"{said}\n{whole}"
    return said if size + len(said) <= ANSWER_CHARS else ""


# The words by which a question asks for everything ("list all events", "every node",
# "from all namespaces"): a narrowed answer ("… --namespace=x") is not yet all of it.
_WHOLE_WORD = re.compile(r"\b(?:all|every|everything|each)\b", re.IGNORECASE)
# A sentence telling how to reach that whole: "To see events from all namespaces, you can
# use the `--all-namespaces` argument.", "Add `-A` to list every …".
_WHOLE_REACHED = re.compile(
    r"^(?:to \w+|for|with|add|pass|use|run)\b[^.!?]*\b(?:all|every|everything|each)\b",
    re.IGNORECASE,
)


def _whole_reach(question: str, block: object) -> str:
    """The first sentence of ``block`` (a paragraph) that tells how to reach everything a
    ``question`` asking for "all"/"every" thing wants, naming what to use in code
    ("To see events from all namespaces, use `--all-namespaces`."); "" when the question
    asks for no whole or the paragraph does not say it so."""
    if not _WHOLE_WORD.search(question) or not isinstance(block, Paragraph):
        return ""
    text = clean(block.text).replace("\n", " ").strip()
    for said in _SENTENCE_END.split(text):
        if _WHOLE_REACHED.match(said) and "`" in said:
            return said.strip()
    return ""


def _run_to_question(ctx: Context, sentence: str) -> str:
    """ "If you are running minikube, run the following command to enable metrics-server"
    → "If you are running minikube, how do you enable metrics-server?"; "To delete a
    cluster, simply delete its resource" → "How do you delete a cluster?"; "" for a
    sentence of another shape or whose purpose is no action."""
    text = sentence.strip().rstrip(":.").strip()
    purpose = _TO_DO.match(text)
    rest = purpose.group("rest") if purpose else ""
    if purpose and (
        rest.split(" ", 1)[0].lower() in _ACTION_VERBS | {"run"} or _SEE_BELOW.match(rest)
    ):
        # "To quickly generate secrets, use …": the manner is no part of the task.
        action = _MANNER.sub("", purpose.group("action"))
        words = action.lower().split()
        if words[0] in _BROAD_STEPS or words[-1] in {"started", "going"}:
            return ""  # "To test your system, run:", "To get started, …": no one task
        return _with_title(ctx, _step_question(action))
    found = _RUN_TO.match(text)
    if not found:
        # "To set nano as the editor for `kubectl edit`" right over its command: the
        # purpose alone is the step.
        alone = _TO_ALONE.match(text)
        return _with_title(ctx, _step_question(alone.group(1))) if alone else ""
    question = _step_question(found.group("action"))
    condition = (found.group("condition") or "").strip().rstrip(",").strip()
    if not question or not condition:
        return question
    return f"{condition[:1].upper()}{condition[1:]}, how do you{question[len('How do you') :]}"


def _heading_step(ctx: Context, index: int) -> str:
    """The step a section's heading names ("## Scale from 3 to 5 nodes", "### Step 2:
    Create the deployment") when the shell block at ``index`` is the only code of its
    section, so that the heading can only mean it: "How do you scale from 3 to 5 nodes?",
    with the page's title before it when the step names nothing ("Solr on a laptop: how
    do you …?"); "" when the heading is no action."""
    headings = ctx.items[index].headings
    if not headings:
        return ""
    for earlier in range(index - 1, -1, -1):
        if ctx.items[earlier].headings != headings:
            break
        if isinstance(ctx.items[earlier].block, Code):
            return ""  # a later block of the section: the heading names its first step
    heading = _STEP_MARK.sub("", ctx.nearest_heading(index))
    words = heading.lower().split()
    if not words or words[0] in _BROAD_STEPS or words[-1] in _TOPIC_NOUNS:
        return ""
    return _with_title(ctx, _step_question(heading))


# Heading verbs that name a topic, not the one step under them ("Use the plugin",
# "Test the route", "Clean up": the block under them is one example of many).
_BROAD_STEPS = frozenset({"use", "test", "clean", "cleanup", "try", "explore", "learn", "reach"})
# "Build Context Issues": a heading whose last word is a kind of advice names a topic.
_TOPIC_NOUNS = frozenset(
    {"issues", "problems", "errors", "pitfalls", "tips", "mistakes", "notes", "basics"}
)
# "see below", "see the following": the command under the sentence is what to do.
_SEE_BELOW = re.compile(r"^see\s+(?:below|the following)\W*$", re.IGNORECASE)
_POINTS_BELOW = re.compile(r"\b(?:below|the following|as follows)\W*$", re.IGNORECASE)
# "quickly", "easily": how the task is done, not the task.
_MANNER = re.compile(r"^\w+ly\s+(?=\w)", re.IGNORECASE)
# "To set nano as the editor": a purpose with nothing after it.
_TO_ALONE = re.compile(r"^to\s+(\w[^,]*)$", re.IGNORECASE)
# "To delete a cluster, simply delete its resource": the purpose first, then what to do.
_TO_DO = re.compile(r"^to\s+(?P<action>\w[^,]*?),\s*(?:simply\s+|just\s+)?(?P<rest>\w.*)$", re.I)
# A narrator's step ending in "." ("Now index some documents …", "Let's look for …"); a
# statement of what the reader can do ("At this point you can reach …") is none.
_LONE_OPENER = re.compile(
    r"^(?:now|next|then|first|finally|let'?s|let us)\b(?!.*\b(?:can|will)\b)", re.I
)
_KUBECTL_LOOK = re.compile(r"^kubectl\s+(?:get|describe|logs|top)\b")
# Commands that only look (`kubectl get pods …`, a request): what they print is the point.
_LOOK_COMMAND = re.compile(r"^(?:kubectl\s+(?:get|describe|logs|top)\b|curl\b|wget\b|cat\b)")


def _with_title(ctx: Context, question: str) -> str:
    """A step's question with the page's title before it when the step names nothing
    ("How do you index some documents into the empty collection?" asks of "Solr on a
    laptop"); "" when the title names nothing either ("FAQ")."""
    if not question or _names(question):
        return question
    if not ctx.title or ctx.title.strip().lower() in _GENERIC_TITLES:
        return ""  # "FAQ: how do you apply the new password hash?" still names nothing
    return f"{ctx.title}: {question[:1].lower()}{question[1:]}"


# Page titles that say what kind of page it is, not what it is about.
_GENERIC_TITLES = frozenset(
    {
        "faq",
        "faqs",
        "frequently asked questions",
        "readme",
        "overview",
        "introduction",
        "guide",
        "tutorial",
        "quickstart",
        "quick start",
        "getting started",
        "docs",
        "index",
    }
)


def _heading_step_note(ctx: Context, index: int, block: Code) -> tuple[Note, ...] | None:
    """The card of the step a section's heading names over its only shell block, when
    the paragraph before the block introduces no step of its own."""
    commands = _step_commands(block)
    if not commands or len(commands) > _HEADING_STEP_COMMANDS:
        return None
    if all(_LOOK_COMMAND.match(c) for c in commands):
        return None
    question = _heading_step(ctx, index)
    return _step_note(ctx, index, question, commands, "") if question else None


# "You should receive an `HTTP/1.1 401 Unauthorized` response.": the status the text says
# a request gets (a status code of three digits, with its reason phrase when written).
_EXPECTED = re.compile(
    r"\b(?:should|will|would)\s+(?:now\s+)?(?:receive|get|see|return)\b|\breturns?\b",
    re.IGNORECASE,
)
_HTTP_STATUS = re.compile(r"(?:HTTP/[\d.]+\s+)?\b[1-5]\d\d\b(?:\s+(?:[A-Z][A-Za-z-]*|OK)){0,3}")
_REQUEST_TOOLS = frozenset({"curl", "wget", "http", "https"})
# A lead-in that says what the reader does ("Send a request …"), not what is ("This …").
_NOT_A_STEP = re.compile(r"^(?:you|the|this|that|these|it|we|a|an|if|when|now)\b", re.I)


def expected_response(ctx: Context, index: int) -> tuple[Note, ...] | None:
    """A tutorial's check: a sentence saying what to send ("Send a request without the
    `apikey` header."), the one request that sends it, and a paragraph stating the status
    it gets ("You should receive an `HTTP/1.1 401 Unauthorized` response."): "<section>:
    what response do you get when you send a request without the `apikey` header?" → the
    status. A request with no stated status, or a step that is not an action, makes none."""
    block = _shell_code_at(ctx, index)
    if block is None:
        return None
    if index == 0 or index + 1 >= len(ctx.items):
        return None
    commands = _step_commands(block)
    if len(commands) != 1 or commands[0].split(" ")[0] not in _REQUEST_TOOLS:
        return None
    before, after = ctx.items[index - 1], ctx.items[index + 1]
    headings = ctx.items[index].headings
    if before.headings != headings or after.headings != headings:
        return None
    if not isinstance(before.block, Paragraph) or not isinstance(after.block, Paragraph):
        return None
    lead = _SENTENCE_END.split(clean(before.block.text).replace("\n", " ").strip())[-1]
    lead = lead.rstrip(".:").strip()
    if not lead or _NOT_A_STEP.match(lead) or lead.endswith("?"):
        return None
    status = ""
    for sentence in _SENTENCE_END.split(after.block.text.replace("\n", " ")):
        if _EXPECTED.search(sentence):
            spans = [c for c in re.findall(r"`([^`]+)`", sentence) if _HTTP_STATUS.search(c)]
            found = _HTTP_STATUS.search(sentence)
            status = spans[0] if spans else (found.group(0) if found else "")
            if status:
                break
    if not status:
        return None
    section = ctx.section_name(index)
    if ctx.title and "›" not in section and ctx.title.casefold() not in section.casefold():
        section = f"{ctx.title} › {section}" if section else ctx.title  # "Verify" alone
    question = f"what response do you get when you {lead[:1].lower()}{lead[1:]}?"
    question = f"{section}: {question}" if section else question[:1].upper() + question[1:]
    note = FactNote(
        id=f"{ctx.subplace(index)}/{slugify(lead)}",
        type=NoteType.FACT,
        front=clean(question),
        back=clean(status.strip()),
        tags=ctx.tags(index),
        origin=ctx.origin(index),
    )
    return (note,)


# ----------------------------------------------------------------- scenarios

_SHELL = frozenset({"bash", "sh", "shell", "console", "zsh", "shell-session", "terminal"})
_YAML = frozenset({"yaml", "yml"})
_NEARBY = 40  # blocks to look back for the manifest a request without a name goes with
_OUTSIDE = "external"
_PATH_ARROW = re.compile(r"\s*(?:─+►|-+>|=+>|→|⟶|─+>|►)\s*")
_SERVICE_TYPES = frozenset({"ClusterIP", "NodePort", "LoadBalancer", "ExternalName"})
_YAML_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
_MAX_MANIFEST = 20_000  # characters; the examples scenarios come from are a screenful
_MAX_COMMAND = 2_000  # characters of one shell command line
_BUILTIN_NAMESPACES = frozenset({"default", "kube-system", "kube-public"})
_SERVICE_CIDR = ipaddress.ip_network("10.96.0.0/12")  # the evaluator's, as kubeadm's default


@dataclass(frozen=True, slots=True)
class _Service:
    """A Service the document defines: by a YAML manifest, a ``spec:`` fragment under a
    heading, or the table ``kubectl get services`` prints."""

    name: str
    namespace: str
    type: str
    port: int | None
    node_port: int | None
    cluster_ip: str
    selector: tuple[tuple[str, str], ...]
    block: int  # the block that defines it
    manifest: str  # the YAML that defines it (the block's own text for a manifest)
    # The source line of the code block that defines it: orders it among the workloads
    # and requests of the document, also inside one answer to an author's question.
    line: int = 0

    @property
    def key(self) -> str:
        return f"{self.namespace}/{self.name}"


@dataclass(frozen=True, slots=True)
class _Workload:
    namespace: str
    labels: tuple[tuple[str, str], ...]
    block: int
    manifest: str
    line: int = 0  # of its code block, as for a Service
    kind: str = ""
    name: str = ""


@dataclass(frozen=True, slots=True)
class _Request:
    """One request a shell block runs: what it shows and where it goes."""

    command: str  # as the learner reads it: no ``$`` prompt, no trailing ``# comment``
    tool: str  # curl, wget or nc
    target: str  # a URL or HOST:PORT; placeholders in their one spelling
    hint: str  # the comment lines above it in its block
    namespace: str  # from ``kubectl ... -n X``; "" when it names none
    pod: str  # the pod ``kubectl exec`` / ``kubectl run`` runs it in; "" for none


def _int_port(value: object) -> int | None:
    if isinstance(value, int) and not isinstance(value, bool) and 1 <= value <= 65535:
        return value
    return None


@functools.lru_cache(maxsize=256)
def _objects(text: str) -> tuple[dict[str, object], ...]:
    """The mapping documents of a YAML block; none when it is not YAML quizkit can use."""
    if len(text) > _MAX_MANIFEST or ":" not in text:
        return ()
    try:
        # Aliases could expand without bound wherever the manifest is loaded later
        # ("billion laughs"); a Kubernetes example never needs them. An alias is
        # written "*name": a text without a "*" needs no second parse to tell.
        if "*" in text and any(
            isinstance(e, yaml.AliasEvent) for e in yaml.parse(text, _YAML_LOADER)
        ):
            return ()
        documents = list(yaml.load_all(text, Loader=_YAML_LOADER))
    except (yaml.YAMLError, RecursionError, ValueError):
        return ()
    return tuple(d for d in documents if isinstance(d, dict))


def _service_of(
    doc: Mapping[str, object],
    block: int,
    manifest: str,
    *,
    default_name: str = "",
    line: int = 0,
) -> _Service | None:
    meta = doc.get("metadata")
    spec = doc.get("spec")
    meta = meta if isinstance(meta, dict) else {}
    spec = spec if isinstance(spec, dict) else {}
    name = meta.get("name") or default_name
    if not isinstance(name, str) or not name:
        return None
    ports = spec.get("ports")
    first = ports[0] if isinstance(ports, list) and ports and isinstance(ports[0], dict) else {}
    selector = spec.get("selector")
    return _Service(
        name=name,
        namespace=str(meta.get("namespace") or "default"),
        type=str(spec.get("type") or "ClusterIP"),
        port=_int_port(first.get("port")),
        node_port=_int_port(first.get("nodePort")),
        cluster_ip=str(spec.get("clusterIP") or ""),
        selector=tuple(
            (str(k), str(v)) for k, v in (selector.items() if isinstance(selector, dict) else ())
        ),
        block=block,
        manifest=manifest,
        line=line,
    )


def _fragment(doc: dict[str, object]) -> bool:
    """A ``spec:`` snippet of a Service with ports ("spec: type: NodePort, ports: ..."),
    as interview notes show each Service type: the rest is the section's subject."""
    spec = doc.get("spec")
    if set(doc) != {"spec"} or not isinstance(spec, dict):
        return False
    ports = spec.get("ports")
    return (
        spec.get("type", "ClusterIP") in _SERVICE_TYPES
        and isinstance(ports, list)
        and (any(isinstance(p, dict) and _int_port(p.get("port")) for p in ports))
    )


_GET_SERVICES = re.compile(
    r"^(?:(?P<ns>NAMESPACE)\s+)?NAME\s+TYPE\s+CLUSTER-IP\s+EXTERNAL-IP\s+PORT\(S\)", re.M
)
_NAMESPACE_FLAG = re.compile(r"(?:^|\s)(?:-n\s*|--namespace[=\s]+)([a-z0-9][a-z0-9-]*)")
_PORTS_CELL = re.compile(r"^(\d+)(?::(\d+))?/(TCP|UDP|SCTP)$")


def _listed_services(ctx: Context, index: int) -> list[_Service]:
    """Services in a ``kubectl get services`` table (in this block or printed below the
    command of the block before): name, type, clusterIP and ports, the namespace from
    its ``-n``; the selector the table does not print is written in by
    :func:`_abbreviated_service_yaml`."""
    block = ctx.items[index].block
    assert isinstance(block, Code)
    header = _GET_SERVICES.search(block.text)
    if header is None:
        return []
    command_text = block.text[: header.start()]
    if "kubectl" not in command_text and index > 0:
        before = ctx.items[index - 1].block
        command_text = before.text if isinstance(before, Code) else ""
    flag = _NAMESPACE_FLAG.search(command_text)
    namespace = flag[1] if flag else "default"
    found: list[_Service] = []
    for row in block.text[header.end() :].splitlines()[1:]:
        cells = row.split()
        if header["ns"] and cells:
            namespace, cells = cells[0], cells[1:]
        if len(cells) < 5 or cells[1] not in _SERVICE_TYPES:
            break
        name, kind, cluster_ip, _, ports_cell = cells[:5]
        ports = []
        for part in ports_cell.split(","):
            m = _PORTS_CELL.match(part)
            if m is None:
                continue
            port: dict[str, object] = {"port": int(m[1]), "protocol": m[3]}
            if m[2]:
                port["nodePort"] = int(m[2])
            ports.append(port)
        if not ports or not re.fullmatch(r"[a-z0-9]([a-z0-9-]*[a-z0-9])?", name):
            continue
        spec: dict[str, object] = {"type": kind, "ports": ports}
        if _in_service_cidr(cluster_ip):
            spec["clusterIP"] = cluster_ip
        metadata: dict[str, object] = {"name": name}
        if namespace != "default":
            metadata["namespace"] = namespace
        doc: dict[str, object] = {
            "apiVersion": "v1",
            "kind": "Service",
            "metadata": metadata,
            "spec": spec,
        }
        service = _service_of(doc, index, _abbreviated_service_yaml(doc), line=block.line)
        if service is not None:
            found.append(service)
    return found


_DESCRIBE_FIELD = re.compile(r"^(?P<key>[A-Z][A-Za-z ]*):[ \t]+(?P<value>\S.*?)\s*$", re.M)
_DESCRIBE_PORT = re.compile(r"^(?:(?P<name>[a-z0-9-]+)\s+)?(?P<port>\d+)/(?P<proto>TCP|UDP|SCTP)$")


def _described_service(block: Code, index: int) -> _Service | None:
    """The Service that ``kubectl describe service`` prints: name, namespace, selector,
    type and first port with its targetPort and nodePort."""
    if "kubectl describe" not in block.text or "Selector:" not in block.text:
        return None
    fields: dict[str, str] = {}
    for m in _DESCRIBE_FIELD.finditer(block.text):
        fields.setdefault(m["key"], m["value"])
    port = _DESCRIBE_PORT.match(fields.get("Port", ""))
    name = fields.get("Name", "")
    kind = fields.get("Type", "ClusterIP")
    if port is None or kind not in _SERVICE_TYPES or not re.fullmatch(r"[a-z0-9-]+", name):
        return None
    entry: dict[str, object] = {"port": int(port["port"]), "protocol": port["proto"]}
    if port["name"]:
        entry["name"] = port["name"]
    target = fields.get("TargetPort", "").split("/", 1)[0]
    if target:
        entry["targetPort"] = int(target) if target.isdigit() else target
    node_port = re.search(r"(\d+)/", fields.get("NodePort", ""))
    if node_port:
        entry["nodePort"] = int(node_port[1])
    selector = dict(
        pair.split("=", 1) for pair in fields.get("Selector", "").split(",") if "=" in pair
    )
    spec: dict[str, object] = {"type": kind, "ports": [entry]}
    if selector:
        spec["selector"] = selector
    metadata: dict[str, object] = {"name": name}
    if fields.get("Namespace", "default") != "default":
        metadata["namespace"] = fields["Namespace"]
    doc: dict[str, object] = {"apiVersion": "v1", "kind": "Service", "metadata": metadata}
    doc["spec"] = spec
    return _service_of(doc, index, _dump_yaml(doc), line=block.line)


def _in_service_cidr(text: str) -> bool:
    try:
        return ipaddress.ip_address(text) in _SERVICE_CIDR
    except ValueError:
        return False


def _abbreviated_service_yaml(doc: Mapping[str, object]) -> str:
    """The manifest of a Service the document only abbreviated (a ``spec:`` fragment under
    a heading, a row of ``kubectl get services``), written whole.

    The author left the selector out of the snippet, not out of the Service: it gets
    ``app: NAME``, as :func:`~quizkit.manifests.complete_manifests` gives an abbreviated
    manifest, which would take this complete one's missing selector as deliberate.
    The :class:`_Service` keeps the selector the text gave (none), so no workload of the
    document is paired with it by a label the author never wrote.
    """
    spec = doc.get("spec")
    meta = doc.get("metadata")
    name = meta.get("name") if isinstance(meta, dict) else None
    if (
        isinstance(spec, dict)
        and "selector" not in spec
        and spec.get("type") != "ExternalName"
        and isinstance(name, str)
        and name
    ):
        doc = {**doc, "spec": {**spec, "selector": {"app": name}}}
    # Written as complete_manifests writes what it fills in, so a scenario reads the same.
    return dump_documents([dict(doc)])


def _dump_yaml(doc: Mapping[str, object]) -> str:
    return yaml.safe_dump(doc, sort_keys=False, default_flow_style=False)


def _is_manifest_block(block: Code) -> bool:
    info = block.info.split(" ")[0]
    return info in _YAML or (info == "" and re.search(r"^kind:\s", block.text, re.M) is not None)


# -- requests in shell blocks ---------------------------------------------------------

_KUBECTL_VALUE_OPTIONS = frozenset(
    {
        "-n",
        "--namespace",
        "-c",
        "--container",
        "--image",
        "--restart",
        "--env",
        "-l",
        "--labels",
        "--overrides",
        "--port",
        "--serviceaccount",
        "--context",
        "--timeout",
    }
)
_TOOL_VALUE_OPTIONS = {
    "curl": frozenset(
        {
            "-H",
            "-X",
            "-d",
            "-o",
            "-w",
            "-m",
            "-u",
            "-A",
            "-e",
            "-x",
            "-T",
            "-b",
            "-c",
            "-F",
            "--header",
            "--request",
            "--data",
            "--output",
            "--write-out",
            "--max-time",
            "--connect-timeout",
            "--resolve",
            "--cert",
            "--key",
            "--cacert",
            "--form",
            "--retry",
            "--user",
            "--user-agent",
        }
    ),
    "wget": frozenset(
        {"-O", "-o", "-T", "-t", "-U", "--timeout", "--tries", "--header", "--user-agent"}
    ),
    "nc": frozenset({"-w", "-p", "-s", "-i"}),
}
_PREFIX_WORDS = frozenset({"do", "then", "else", "time", "sudo", "exec", "!", "{", "("})
_HOST_PORT = re.compile(r"^(?P<host>[^/:?#\s]+):(?P<port>\d{1,5}|<[^<>\s]+>|\$\{?\w+\}?)$")
_URL = re.compile(
    r"^(?P<scheme>https?)://(?P<host>[^/:?#\s]+)(?::(?P<port>\d{1,5}|<[^<>\s]+>|\$\{?\w+\}?))?"
    r"(?P<rest>[/?#]\S*)?$"
)


def _command_lines(text: str) -> list[tuple[str, str]]:
    """Each command of a shell block with the comment lines just above it.

    A block where some lines start with ``$ `` is a terminal transcript: only those
    lines are commands, the rest is output. A blank line ends a comment's reach.
    """
    lines = text.replace("\\\n", " ").splitlines()
    transcript = any(line.startswith("$ ") for line in lines)
    out: list[tuple[str, str]] = []
    hint: list[str] = []
    for line in lines:
        stripped = line.strip()
        if not stripped:
            hint = []
            continue
        if stripped.startswith("#"):
            hint.append(stripped.lstrip("#").strip())
            continue
        if transcript:
            if not stripped.startswith("$ "):
                continue
            stripped = stripped[2:].strip()
        if len(stripped) <= _MAX_COMMAND:
            out.append((stripped, " ".join(hint)))
    return out


def _words(command: str) -> list[str] | None:
    """The words of a command line, ``;``, ``|`` and ``&`` runs as words of their own,
    a trailing ``# comment`` gone (None when the quoting is broken)."""
    lexer = shlex.shlex(command, posix=True, punctuation_chars=";|&")
    lexer.whitespace_split = True
    lexer.commenters = "#"
    try:
        return list(lexer)
    except ValueError:
        return None


def _without_comment(command: str, words: list[str]) -> str:
    """The command as written, up to its trailing ``# comment`` (``words``: its words)."""
    for m in re.finditer(r"\s#", command):
        if _words(command[: m.start()]) == words:
            return command[: m.start()].rstrip()
    return command


def _segments(words: list[str]) -> list[list[str]]:
    """The simple commands of a line (split at ``;``, ``|``, ``&&``), the words that
    introduce them (``do``, ``then``, ``sudo``) dropped, ``sh -c '...'`` opened."""
    out: list[list[str]] = []
    current: list[str] = []
    for word in [*words, ";"]:
        if word and set(word) <= set(";|&"):
            while current and current[0] in _PREFIX_WORDS:
                current = current[1:]
            if len(current) >= 3 and current[0].endswith("sh") and current[1] == "-c":
                inner = _words(current[2])
                out.extend(_segments(inner) if inner else [])
            elif current:
                out.append(current)
            current = []
        else:
            current.append(word)
    return out


def _positional(words: list[str], value_options: frozenset[str]) -> list[str]:
    out: list[str] = []
    skip = False
    for word in words:
        if skip:
            skip = False
        elif word.startswith("-") and word != "-":
            skip = word in value_options
        else:
            out.append(word)
    return out


def _tool_target(tool: str, args: list[str], names: frozenset[str]) -> str | None:
    """The URL or HOST:PORT a request goes to; a bare host counts for curl and wget
    when it is the name of a Service the document defines (``wget -qO- my-app-svc``)."""
    positional = _positional(args, _TOOL_VALUE_OPTIONS[tool])
    if tool == "nc":
        if len(positional) >= 2 and positional[1].isdigit():
            return f"{positional[0]}:{positional[1]}"
        return None
    for word in positional:
        if "$(" in word or "`" in word:
            return None
        if _URL.match(word) or _HOST_PORT.match(word):
            return word
        if word.split(".", 1)[0] in names and re.fullmatch(r"[a-z0-9.-]+", word):
            return f"http://{word}"
    return None


def _requests_in(command: str, hint: str, names: frozenset[str]) -> list[_Request]:
    words = _words(command)
    if not words:
        return []
    shown = _without_comment(command, words)
    found: list[_Request] = []
    for segment in _segments(words):
        namespace = pod = ""
        if segment[0] == "kubectl" and len(segment) > 2 and segment[1] in ("exec", "run"):
            if "--" not in segment:
                continue
            split = segment.index("--")
            own = segment[2:split]
            flag = _NAMESPACE_FLAG.search(" ".join(own))
            namespace = flag[1] if flag else ""
            names_given = _positional(own, _KUBECTL_VALUE_OPTIONS)
            pod = names_given[0].removeprefix("pod/") if names_given else ""
            inner = segment[split + 1 :]
            segments = _segments(inner) if inner else []
        else:
            segments = [segment]
        for simple in segments:
            tool = simple[0].rsplit("/", 1)[-1]
            tool = "nc" if tool in ("nc", "netcat", "ncat") else tool
            if tool not in _TOOL_VALUE_OPTIONS:
                continue
            target = _tool_target(tool, simple[1:], names)
            if target is not None:
                found.append(_Request(shown, tool, target, hint, namespace, pod))
    return found


# -- pairing a request with its Service, and its origin ---------------------------------


def _host_port(target: str) -> tuple[str, str, str, str]:
    """(scheme, host, port, rest) of a request target ("" for what it leaves out)."""
    m = _URL.match(target)
    if m:
        return m["scheme"], m["host"], m["port"] or "", m["rest"] or ""
    m = _HOST_PORT.match(target)
    assert m is not None
    return "", m["host"], m["port"], ""


@dataclass(frozen=True, slots=True)
class _Asked:
    """A request made runnable: its origin, target and manifests, the Service it means."""

    command: str
    origin: str
    target: str
    service: _Service
    manifests: str
    line: int  # of the code block that sends it: the card's source line


@dataclass(frozen=True, slots=True)
class _DocumentScenarios:
    """Everything the scenario rules need of one document, read once."""

    services: tuple[_Service, ...]
    workloads: tuple[_Workload, ...]
    requests: Mapping[int, tuple[_Asked, ...]]
    # (block, key) of each Service definition some request or drawn path goes to.
    paired: frozenset[tuple[int, str]] = frozenset()
    # The author's question each code block answers ("" outside any): block → heading.
    questions: Mapping[int, str] = field(default_factory=dict)


_LAST: list[tuple[tuple[Located, ...], _DocumentScenarios]] = []


def _code_blocks(ctx: Context) -> Iterator[tuple[int, Code]]:
    """Each code block of the document with the index of the item that holds it: a block
    of its own, or one in the answer to an author's question (an exercise's hidden
    solution deploys workloads and sends requests as much as any tutorial block)."""
    for index, item in enumerate(ctx.items):
        block = item.block
        if isinstance(block, Code):
            yield index, block
        elif isinstance(block, Question):
            for inner in block.answer:
                if isinstance(inner, Code):
                    yield index, inner


def _document(ctx: Context) -> _DocumentScenarios:
    """The document's Services and requests, computed for its first block and kept for
    the others (a one-entry cache keyed by the block tuple itself)."""
    last = _LAST[0] if _LAST else None  # read once: another thread may replace it
    if last is not None and last[0] is ctx.items:
        return last[1]
    services: list[_Service] = []
    listed: list[_Service] = []
    workloads: list[_Workload] = []
    for index, block in _code_blocks(ctx):
        if _is_manifest_block(block):
            for doc in _objects(block.text):
                kind = doc.get("kind")
                if kind == "Service":
                    service = _service_of(doc, index, block.text, line=block.line)
                    if service is not None:
                        services.append(service)
                elif kind in ("Deployment", "Pod", "StatefulSet", "ReplicaSet", "DaemonSet"):
                    workloads.append(_workload(doc, index, block.text, block.line))
                elif _fragment(doc):
                    # The heading right above names the snippet's Service type.
                    name = slugify(subject_of(ctx.nearest_heading(index)), "service")
                    full: dict[str, object] = {
                        "apiVersion": "v1",
                        "kind": "Service",
                        "metadata": {"name": name},
                    }
                    full["spec"] = doc["spec"]
                    service = _service_of(
                        full, index, _abbreviated_service_yaml(full), line=block.line
                    )
                    if service is not None and re.fullmatch(r"[a-z]([a-z0-9-]*[a-z0-9])?", name):
                        services.append(service)
        else:
            described = _described_service(block, index)
            if described is not None:
                services.append(described)
            if ctx.items[index].block is block:  # a table printed below the command before
                listed.extend(_listed_services(ctx, index))
    defined = {s.key for s in services}
    # A manifest of the same Service says more than its table row.
    services.extend(s for s in listed if s.key not in defined)
    found = tuple(services)
    names = frozenset(s.name for s in found)
    # In a collection of questions each answer stands alone: its objects are not
    # another answer's setup.
    questions = {
        index: next((t for t in reversed(ctx.heading_texts(index)) if question_text(t)), "")
        for index, _ in _code_blocks(ctx)
    }
    result = _DocumentScenarios(found, tuple(workloads), {}, questions=questions)
    requests: dict[int, tuple[_Asked, ...]] = {}
    paired: set[tuple[int, str]] = set()
    seen: set[tuple[str, str, str]] = set()
    for index, block in _code_blocks(ctx):
        if _is_manifest_block(block):
            continue
        drawn = _arrow_request(block)
        if drawn is not None:
            service = _pair(ctx, index, drawn[0], found) if drawn[0].target else None
            if service is not None:
                paired.add((service.block, service.key))
            continue
        if block.info.split(" ")[0] not in _SHELL | {""}:
            continue
        asked = []
        for command, hint in _command_lines(block.text):
            for request in _requests_in(command, hint, names):
                ready = _ask(ctx, index, request, result, block.line)
                # Same origin, target and manifests: the same question, one card.
                if ready is not None and (ready.origin, ready.target, ready.manifests) not in seen:
                    seen.add((ready.origin, ready.target, ready.manifests))
                    paired.add((ready.service.block, ready.service.key))
                    asked.append(ready)
        if asked:
            requests[index] = requests.get(index, ()) + tuple(asked)
    result = _DocumentScenarios(found, tuple(workloads), requests, frozenset(paired), questions)
    _LAST[:] = [(ctx.items, result)]
    return result


def _name_of(doc: dict[str, object]) -> str:
    meta = doc.get("metadata")
    return str(meta.get("name") or "") if isinstance(meta, dict) else ""


def _workload(doc: dict[str, object], block: int, manifest: str, line: int) -> _Workload:
    meta = doc.get("metadata")
    meta = meta if isinstance(meta, dict) else {}
    labels: object = meta.get("labels")
    if doc.get("kind") != "Pod":
        spec = doc.get("spec")
        template = spec.get("template") if isinstance(spec, dict) else None
        tmeta = template.get("metadata") if isinstance(template, dict) else None
        labels = tmeta.get("labels") if isinstance(tmeta, dict) else None
    pairs = labels.items() if isinstance(labels, dict) else ()
    return _Workload(
        namespace=str(meta.get("namespace") or "default"),
        labels=tuple((str(k), str(v)) for k, v in pairs),
        block=block,
        manifest=manifest,
        line=line,
        kind=str(doc.get("kind") or ""),
        name=str(meta.get("name") or ""),
    )


def _pair(
    ctx: Context, index: int, request: _Request, services: tuple[_Service, ...]
) -> _Service | None:
    """The Service a request means: the one its host names (``NAME``, ``NAME.NS``,
    ``NAME.NS.svc.cluster.local``) anywhere in the document; for an IP, the one with
    that clusterIP; for a node or load-balancer address, the one whose nodePort or
    port it uses; else the nearest Service defined above it in its section."""
    scheme, host, port, _ = _host_port(request.target)
    if not port and scheme:
        port = "443" if scheme == "https" else "80"
    labels = host.lower().split(".")
    named = [
        s
        for s in services
        if s.name == labels[0] and (len(labels) == 1 or labels[1] in (s.namespace, "svc"))
    ]
    if named:
        return _closest(ctx, index, named)
    if re.fullmatch(r"[a-z][a-z0-9-]*(\.[a-z0-9-]+)*", host.lower()) and "." not in host:
        return None  # a name no Service of the document has: not a Service request
    by_ip = [s for s in services if s.cluster_ip and s.cluster_ip == host]
    if by_ip:
        return by_ip[0]
    placeholder = canonical_placeholder(host)
    if placeholder is not None and port.isdigit():
        wanted = int(port)
        exposing = [
            s
            for s in services
            if (placeholder == "<NodeIP>" and s.node_port == wanted)
            or (placeholder == "<EXTERNAL-LB-IP>" and s.type == "LoadBalancer" and s.port == wanted)
        ]
        if exposing:
            return _closest(ctx, index, exposing)
    before = [
        s
        for s in services
        if s.block < index and index - s.block <= _NEARBY and ctx.same_section(index, s.block)
    ]
    if not before:
        return None
    nearest = max(before, key=lambda s: s.block)
    if _is_ip(host) and not _in_service_cidr(host):
        return None  # a pod's or node's address: not the Service's
    return nearest


def _closest(ctx: Context, index: int, services: list[_Service]) -> _Service:
    """Of several definitions a request may mean (a document may redefine one Service as
    each type in turn), the nearest above it in its section, else above it, else the first."""
    above = [s for s in services if s.block < index]
    section = [s for s in above if ctx.same_section(index, s.block)]
    if section or above:
        return max(section or above, key=lambda s: s.block)
    return services[0]


def _is_ip(text: str) -> bool:
    try:
        ipaddress.ip_address(text)
    except ValueError:
        return False
    return True


_NOT_A_NAMESPACE = frozenset(
    {
        "the",
        "a",
        "an",
        "same",
        "different",
        "another",
        "other",
        "any",
        "that",
        "this",
        "its",
        "your",
        "each",
        "one",
        "separate",
        "new",
        "own",
        "target",
        "given",
        "specific",
        "which",
        "whatever",
        "their",
        "every",
        "in",
        "of",
        "per",
        "and",
        "or",
    }
)
_EXTERNAL_HINT = re.compile(
    r"outside (?:of )?(?:the |a |your )?(?:cluster|kubernetes)|externally|external client"
    r"|from (?:your|my|a|the) (?:own )?(?:laptop|machine|workstation|computer|browser|desktop"
    r"|local machine|terminal)|from the internet|\blocally\b"
)
_INTERNAL_HINT = re.compile(r"\b(?:pod|pods|inside|within|in-cluster|container|cluster)\b")


def _origin_namespace(hint: str, service: _Service) -> str | None:
    """The namespace a hint puts the client in: named ("in namespace `frontend`", "in the
    ui namespace", "in 'production' namespace"), the Service's ("same namespace"), or
    another one ("from a different namespace"); None when it names none."""
    text = re.sub(r"[*`'\"“”‘’]", "", hint.lower())
    if re.search(r"\b(?:different|another|other) namespace", text):
        return "default" if service.namespace != "default" else "client"
    if re.search(r"\bsame namespace", text):
        return service.namespace
    for pattern in (r"\bnamespace:?\s+([a-z0-9][a-z0-9-]*)", r"\b([a-z0-9][a-z0-9-]*)\s+namespace"):
        for m in re.finditer(pattern, text):
            if m[1] not in _NOT_A_NAMESPACE:
                return m[1]
    return None


def _origin(ctx: Context, index: int, request: _Request, service: _Service) -> str:
    """Where the request starts, as the text says: ``kubectl exec/run -n X`` first,
    then the comment above the command, then the sentence leading into the block;
    else the host decides (a node or load-balancer address, or an IP outside the
    Service range: from outside; a name: from a pod in the Service's namespace)."""
    pod = request.pod or "client"
    if request.namespace:
        return f"pod:{request.namespace}/{pod}"
    for hint in (request.hint, ctx.lead_in(index)):
        if not hint:
            continue
        if _EXTERNAL_HINT.search(hint.lower()) and not request.pod:
            return _OUTSIDE
        namespace = _origin_namespace(hint, service)
        if namespace is not None:
            return f"pod:{namespace}/{pod}"
        if _INTERNAL_HINT.search(hint.lower()):
            return f"pod:{'default' if request.pod else service.namespace}/{pod}"
    if request.pod:  # kubectl without -n: the context's namespace, default
        return f"pod:default/{pod}"
    _, host, _, _ = _host_port(request.target)
    if canonical_placeholder(host) is not None or (_is_ip(host) and not _in_service_cidr(host)):
        return _OUTSIDE
    return f"pod:{service.namespace}/{pod}"


def _canonical_target(target: str, service: _Service) -> str | None:
    """The target with its placeholders spelled one way: a host placeholder as
    ``<NodeIP>`` / ``<EXTERNAL-LB-IP>``, a port placeholder (``<NodePort>``, ``$PORT``)
    replaced by the Service's nodePort or port (None when it has none)."""
    scheme, host, port, rest = _host_port(target)
    host = canonical_placeholder(host) or host
    if port and not port.isdigit():
        words = re.sub(r"[^a-z]", "", port.lower())
        number = service.node_port if "node" in words else service.port
        if number is None:
            return None
        port = str(number)
    if scheme:
        return f"{scheme}://{host}{':' + port if port else ''}{rest}"
    return f"{host}:{port}"


def _runnable_manifest(
    document: _DocumentScenarios, service: _Service, origin: str, line: int
) -> str | None:
    """The Service's manifest, the workloads of the document its selector picks, and the
    client's namespace when no object declares it.

    Workloads come from any block outside the author's questions (a setup section) or
    under the Service's own question: the answers of a collection of questions are no
    setup for each other. Those defined above the request (at
    ``line``) win when there are any: a tutorial that deploys v2 after testing v1 tested
    v1 alone. Of several definitions of one object (kind, namespace, name) the last one
    applied stands, as with ``kubectl apply``.
    """
    selector = dict(service.selector)
    answer = document.questions.get(service.block, "")
    picked = [
        w
        for w in document.workloads
        if w.line != service.line
        and w.namespace == service.namespace
        and document.questions.get(w.block, "") in ("", answer)
        and selector
        and all(dict(w.labels).get(k) == v for k, v in selector.items())
    ]
    above = [w for w in picked if w.line < line]
    latest: dict[tuple[str, str, str], _Workload] = {}
    for workload in above or picked:
        latest[(workload.kind, workload.namespace, workload.name or workload.manifest)] = workload
    standing = set(map(id, latest.values()))
    parts = [service.manifest]
    for workload in above or picked:
        if id(workload) in standing and workload.manifest not in parts:
            parts.append(workload.manifest)
    namespace = origin.split(":", 1)[1].split("/", 1)[0] if origin.startswith("pod:") else ""
    declared = {
        _name_of(doc) for part in parts for doc in _objects(part) if doc.get("kind") == "Namespace"
    }
    if namespace and namespace not in _BUILTIN_NAMESPACES | declared:
        # First: objects are applied in order, and a namespace must exist before its objects.
        parts.insert(0, f"apiVersion: v1\nkind: Namespace\nmetadata:\n  name: {namespace}\n")
    text = "---\n".join(p if p.endswith("\n") else p + "\n" for p in parts)
    return text if len(text) <= _MAX_MANIFEST else None


def _scenario(
    ctx: Context,
    index: int,
    manifests: str,
    service: _Service,
    origin: str,
    target: str,
    prompt: str,
) -> ScenarioNote:
    where = "outside" if origin == _OUTSIDE else "inside"
    return ScenarioNote(
        id=f"scenario/{slugify(service.name)}/{where}-via-{slugify(service.type)}",
        tags=ctx.tags(index, service.type),
        origin=ctx.origin(index),
        ask=Ask.REACHABLE,
        prompt=prompt,
        manifests=manifests,
        request={"from": origin, "to": target},
        service=service.key,
    )


def _who(origin: str) -> str:
    if origin == _OUTSIDE:
        return "A client outside the cluster"
    return f"A pod in namespace {origin.split(':', 1)[1].split('/', 1)[0]}"


def _ask(
    ctx: Context, index: int, request: _Request, document: _DocumentScenarios, line: int
) -> _Asked | None:
    """The request paired with its Service, from its origin, ready to evaluate (None
    when it goes to no Service of the document or cannot be made runnable)."""
    service = _pair(ctx, index, request, document.services)
    if service is None:
        return None
    target = _canonical_target(request.target, service)
    if target is None:
        return None
    _, host, _, _ = _host_port(target)
    if _in_service_cidr(host) and not service.cluster_ip:
        # "curl http://10.96.24.7:80" beside a manifest without a clusterIP: the text
        # says that address is the Service's, so the manifest gets it.
        service = _with_cluster_ip(service, host)
    origin = _origin(ctx, index, request, service)
    manifests = _runnable_manifest(document, service, origin, line)
    if manifests is None:
        return None
    command = request.command.replace(request.target, target)
    return _Asked(command, origin, target, service, manifests, line)


def _with_cluster_ip(service: _Service, ip: str) -> _Service:
    docs = [dict(d) for d in _objects(service.manifest)]
    for doc in docs:
        spec = doc.get("spec")
        if (
            doc.get("kind") == "Service"
            and _name_of(doc) == service.name
            and isinstance(spec, dict)
        ):
            doc["spec"] = {**spec, "clusterIP": ip}
    text = yaml.safe_dump_all(docs, sort_keys=False, default_flow_style=False)
    return replace(service, cluster_ip=ip, manifest=text)


def _request_notes(ctx: Context, index: int, document: _DocumentScenarios) -> list[ScenarioNote]:
    notes = []
    for asked in document.requests.get(index, ()):
        note = _scenario(
            ctx,
            index,
            asked.manifests,
            asked.service,
            asked.origin,
            asked.target,
            f"{_who(asked.origin)} runs: {asked.command}",
        )
        # The request's own block, also when it sits in the answer to an author's question.
        origin = replace(note.origin, line=asked.line) if note.origin else None
        notes.append(replace(note, origin=origin))
    return notes


def _manifest_notes(ctx: Context, index: int, document: _DocumentScenarios) -> list[Note]:
    """Questions a Service defined here answers alone, when no request of the document
    goes to it: from a pod in its namespace by its name, and from outside through its
    nodePort (NodePort) or its load balancer (LoadBalancer)."""
    notes: list[Note] = []
    for service in document.services:
        if service.block != index or (index, service.key) in document.paired:
            continue
        if service.type == "ExternalName" or service.port is None:
            continue
        inside = f"pod:{service.namespace}/client"
        manifests = _runnable_manifest(document, service, inside, service.line)
        if manifests is None:
            continue
        target = f"http://{service.name}:{service.port}"
        prompt = f"{_who(inside)} runs: curl {target}"
        notes.append(_scenario(ctx, index, manifests, service, inside, target, prompt))
        outside = ""
        if service.type in ("NodePort", "LoadBalancer") and service.node_port is not None:
            outside = f"http://<NodeIP>:{service.node_port}"
        elif service.type == "LoadBalancer":
            outside = f"http://<EXTERNAL-LB-IP>:{service.port}"
        if outside:
            prompt = f"{_who(_OUTSIDE)} runs: curl {outside}"
            notes.append(_scenario(ctx, index, manifests, service, _OUTSIDE, outside, prompt))
    return notes


def curl_scenario(ctx: Context, index: int) -> tuple[Note, ...] | None:
    """A shell block sending requests (``curl``, ``wget -qO-``, ``nc -zv HOST PORT``, also
    run through ``kubectl exec POD --`` or ``kubectl run ... -- ``) to a Service the
    document defines anywhere: a ``reachable`` scenario for each, from the origin the
    text names. A block printing ``kubectl get services`` defines Services: questions
    about those no request goes to."""
    block = ctx.items[index].block
    if not isinstance(block, Code) or _is_manifest_block(block):
        return None
    document = _document(ctx)
    notes = _request_notes(ctx, index, document) + _manifest_notes(ctx, index, document)
    return tuple(notes) if notes else None


def _arrow_request(block: Code) -> tuple[_Request, str] | None:
    """The first hop of a one-line drawn path ("User ───► NodeIP:30007 ───► svc ───►
    Pods") as a request from the first box to the second, and the line itself. The
    request's target is "" when the second box is no address ("Route53")."""
    if block.info not in ("", "text", "plain", "txt"):
        return None
    lines = [line.strip() for line in block.text.splitlines() if line.strip()]
    if len(lines) != 1:
        return None
    hops = [hop for hop in _PATH_ARROW.split(lines[0]) if hop]
    if len(hops) < 3:
        return None
    source, target = hops[0], hops[1]
    if re.search(r"node\s*ip", target, re.IGNORECASE) and not target.startswith("<"):
        target = re.sub(r"(?i)node\s*ip", "<NodeIP>", target, count=1)
    if not (_URL.match(target) or _HOST_PORT.match(target)):
        target = ""
    return _Request(lines[0], "curl", target, source, "", ""), lines[0]


def access_pattern(ctx: Context, index: int) -> tuple[Note, ...] | None:
    """A plain block drawing one request path with arrows ("User ───► NodeIP:30007 ───►
    frontend-service ───► Frontend Pods"): a fact asking for the path, and a
    ``reachable`` scenario from the first hop to the second when the second is an
    address of a Service the document defines (a box such as "Route53" is not)."""
    block = ctx.items[index].block
    if not isinstance(block, Code):
        return None
    drawn = _arrow_request(block)
    if drawn is None:
        return None
    request, line = drawn
    heading = ctx.nearest_heading(index) or "access pattern"
    notes = list(
        _fact(
            ctx,
            index,
            f"{ctx.place(index)}/{slugify(heading)}",
            _question(ctx.subject(index), heading),
            line,
        )
    )
    if not request.target:
        return tuple(notes)
    document = _document(ctx)
    service = _pair(ctx, index, request, document.services)
    if service is not None:
        source = request.hint
        origin = _origin(ctx, index, request, service)
        if "pod" in source.lower():
            origin = f"pod:{service.namespace}/client"
        manifests = _runnable_manifest(document, service, origin, block.line)
        canonical = _canonical_target(request.target, service)
        if manifests is not None and canonical is not None:
            prompt = f"{_who(origin)} ({source}) connects to {canonical}"
            notes.append(_scenario(ctx, index, manifests, service, origin, canonical, prompt))
    return tuple(notes)


_DRAWING = frozenset("│┌┐└┘├┤┬┴┼─►▼▲◄→↓↑")


def diagram_fact(ctx: Context, index: int) -> tuple[Note, ...] | None:
    """A plain code block drawn with box or arrow characters (a flow diagram): a fact
    asking for the flow under its heading."""
    block = ctx.items[index].block
    if not isinstance(block, Code) or block.info not in ("", "text", "plain", "txt"):
        return None
    if not any(c in _DRAWING for c in block.text):
        return None
    label = ctx.lead_in(index)  # "**ClusterIP networking:**" titles the diagram below it
    heading = ctx.nearest_heading(index) or "flow"
    diagram = "\n".join(line.rstrip() for line in block.text.strip("\n").splitlines())
    if label and len(label.split()) <= 8:
        subject = subject_of(heading) if heading != "flow" else ctx.topic
        front = _question(subject, label)
        note_id = f"{ctx.place(index)}/{slugify(label)}"
    else:
        front = _question(ctx.topic_for(diagram, heading), heading)
        note_id = f"{ctx.place(index)}/diagram"
    if not clean(front) or not diagram.strip():
        return ()
    return (
        FactNote(
            id=note_id,
            type=NoteType.FACT,
            front=clean(front),
            back=diagram,
            tags=ctx.tags(index),
            origin=ctx.origin(index),
        ),
    )


def manifest_block(ctx: Context, index: int) -> tuple[Note, ...] | None:
    """A YAML code block: the manifest of the scenarios that use it; questions of its
    own about a Service it defines that no request of the document goes to."""
    block = ctx.items[index].block
    if isinstance(block, Code) and _is_manifest_block(block):
        return tuple(_manifest_notes(ctx, index, _document(ctx)))
    return None


_LABELLED_CODE_LINES = 12  # a labelled block longer than this is no flashcard answer
# Labels that say what role a block plays, not which case it is ("**Before:**",
# "**Output**"): a block under one names nothing to ask by.
_ROLE_LABELS = frozenset(
    {
        *("example", "examples", "before", "after", "output", "result", "input", "usage"),
        *("solution", "answer", "note", "bad", "good", "correct", "incorrect", "wrong"),
        *("right", "do", "don't", "default", "code", "command", "commands", "step"),
    }
)
_FOLLOWING_NOUN = re.compile(r"\b(?:one of )?the following ([a-z][\w-]*)", re.IGNORECASE)
_CODE_ASKS = {"yaml": "setting", "yml": "setting", "json": "setting", "toml": "setting"}
_EXAMPLE_HEADING = re.compile(r"\bexamples?\b|\busage\b", re.IGNORECASE)


def _code_label(ctx: Context, index: int) -> str:
    """The label a paragraph of its own gives the block after it ("**GCP**", a Hugo
    tab's name), "" when the paragraph says more than its label."""
    block = ctx.items[index].block
    if isinstance(block, Quote):
        # "> Java" over its block: a blockquote of one short line is a label, not a tip.
        quoted = clean(block.text).strip().rstrip(":").strip()
        short = "\n" not in quoted and len(quoted.split()) <= 3 and len(quoted) <= 30
        return quoted if short and quoted and not quoted.endswith((".", "?", "!")) else ""
    if not isinstance(block, Paragraph) or not block.label:
        return ""
    text = clean(block.text).replace("\n", " ").strip().rstrip(":").strip()
    label = clean(block.label).strip().rstrip(":").strip()
    return label if text == label and len(label.split()) <= 4 else ""


def _labelled_codes(ctx: Context, index: int) -> list[tuple[int, str]]:
    """The (code index, label) pairs of the run of labelled blocks the code block at
    ``index`` belongs to: label paragraph, block, label paragraph, block …, all under
    the same headings."""
    headings = ctx.items[index].headings
    start = index
    while start >= 2 and ctx.items[start - 2].headings == headings:
        if not isinstance(ctx.items[start - 2].block, Code) or not _code_label(ctx, start - 3):
            break
        start -= 2
    pairs: list[tuple[int, str]] = []
    at = start
    while at < len(ctx.items) and ctx.items[at].headings == headings:
        label = _code_label(ctx, at - 1) if at >= 1 else ""
        if not isinstance(ctx.items[at].block, Code) or not label:
            break
        if ctx.items[at - 1].headings != headings:
            break
        pairs.append((at, label))
        at += 2
    return pairs


# A label that names a version ("Python 3", "v2", "ES2015"): blocks labelled so are
# one thing written for several versions, even in one language.
_VERSION_LABEL = re.compile(r"(?:^|\s|[a-z])v?\d+(?:\.\d+)*[a-z]?$", re.IGNORECASE)
# Labels that number ways or steps ("Option 2", "Step 1", "Approach B"): the blocks
# are alternatives of one task, not one thing in several languages.
_NUMBERED_WAY = re.compile(
    r"^(?:step|option|example|way|method|approach|solution|part|case|exercise|test|"
    r"attempt|variant|alternative|stage|phase)s?\b",
    re.IGNORECASE,
)
_COMPARED_FRONT_CODE = 70  # a first block's line longer than this stays off the front


def _compared_versions(ctx: Context, pairs: list[tuple[int, str]]) -> bool:
    """Whether labelled blocks are one thing written in several languages, tools or
    versions ("> Java" + java, "> Kotlin" + kotlin): every block names a language of
    its own, or every label names a version."""
    infos = [cast(Code, ctx.items[at].block).info.strip().lower() for at, _ in pairs]
    labels = [label for _, label in pairs]
    if any(_NUMBERED_WAY.match(label) for label in labels):
        return False
    # A fence can be mislabelled ("> Objective C" over ```java): blocks in two languages
    # or more, one of them under a label that names it, set the same thing side by side.
    named = any(
        info and clean(label).lower().replace(" ", "-").startswith(info.split("-")[0])
        for info, label in zip(infos, labels, strict=True)
    )
    if len({info for info in infos if info}) >= 2 and named:
        return True
    return all(_VERSION_LABEL.search(label) for label in labels)


def _compared_code(
    ctx: Context, index: int, pairs: list[tuple[int, str]], heading: str
) -> tuple[Note, ...]:
    """A side-by-side comparison's card for each label after the first: "<feature> in
    <label>?" answered by its block, the first label's block on the front when it is
    one short line ("In Java: `…`."), as a cheat sheet is read. The first label's block
    is what the others are set against, not asked on its own."""
    (first_at, first_label), label = pairs[0], dict(pairs)[index]
    if index == first_at:
        return ()
    first = cast(Code, ctx.items[first_at].block).text.strip("\n")
    feature = subject_of(heading).rstrip("?").strip()
    front = f"{feature} in {label}?"
    if "\n" not in first and len(first) <= _COMPARED_FRONT_CODE and "`" not in first:
        front = f"In {first_label}: `{first.strip()}`. {front}"
    block = cast(Code, ctx.items[index].block)
    return (
        FactNote(
            id=f"{ctx.place(index)}/{slugify(label)}",
            type=NoteType.FACT,
            front=front,
            # As written, less an indent every line shares and trailing spaces.
            back="\n".join(
                line.rstrip() for line in textwrap.dedent(block.text).strip("\n").splitlines()
            ),
            tags=ctx.tags(index),
            origin=ctx.origin(index),
        ),
    )


def labelled_code(ctx: Context, index: int) -> tuple[Note, ...] | None:
    """Sibling labelled blocks under one heading ("**GCP**" + its YAML, "**AWS**" + its
    YAML, as bold labels or content tabs): each short block answers "<heading>, <label>:
    which <thing>?", the thing named by the lead-in ("add one of the following
    annotations:" → annotation), else by the block's language (a setting for YAML,
    JSON, TOML; anything else asks nothing). A lone labelled block, a role label
    ("Before", "Output"), a label used twice, a block over twelve lines, or blocks under
    a question heading (its answer's) or an "Examples" heading make no card."""
    block = ctx.items[index].block
    if not isinstance(block, Code) or index < 1 or re.search(r"^kind:\s", block.text, re.M):
        return None  # a whole manifest is the scenarios' (manifest_block)
    pairs = _labelled_codes(ctx, index)
    labels = [label for _, label in pairs]
    if (
        len(pairs) < 2
        or len(set(labels)) < len(labels)
        or any(label.lower() in _ROLE_LABELS for label in labels)
    ):
        return None
    label = dict(pairs).get(index, "")
    heading = ctx.nearest_heading(index)
    code = block.text.strip("\n")
    if (
        not label
        or not heading
        or len(code.splitlines()) > _LABELLED_CODE_LINES
        # Under the author's question the blocks are its answer's (its card shows
        # them); under "Examples" the heading names nothing to ask by.
        or question_text(heading)
        or is_generic_label(heading)
        or _EXAMPLE_HEADING.search(heading)
    ):
        return None
    # The lead-in: a paragraph ending in ":" right before the first label, or before
    # a tab that only says to pick one ("Default: Select one of the tabs.").
    noun = None
    for before in range(pairs[0][0] - 2, max(pairs[0][0] - 4, -1), -1):
        item = ctx.items[before]
        if item.headings != ctx.items[index].headings or not isinstance(item.block, Paragraph):
            break
        lead = clean(item.block.text).rstrip()
        if lead.endswith(":"):
            noun = _FOLLOWING_NOUN.search(lead)
            break
    thing = noun.group(1).lower() if noun else _CODE_ASKS.get(block.info.lower(), "")
    if not noun and _compared_versions(ctx, pairs):
        return _compared_code(ctx, index, pairs, heading)
    if not thing:
        return None  # "Flow, `.flowconfig`: what code?" asks nothing a learner recalls
    if noun and thing.endswith("s") and not thing.endswith("ss"):
        thing = thing[:-1]
    front = f"{subject_of(heading).rstrip('?').rstrip()}, {label}: which {thing}?"
    # The code as written: its indentation is what a YAML block means.
    return (
        FactNote(
            id=f"{ctx.place(index)}/{slugify(heading)}/{slugify(label)}",
            type=NoteType.FACT,
            front=clean(front),
            back=code,
            tags=ctx.tags(index),
            origin=ctx.origin(index),
        ),
    )


# The table. Order matters: the first rule that claims a block wins.
# "A PDB limits the number of Pods …": what a named kind does, in a verb whose object is
# the fact ("limits", "specifies" …); the base form the question asks with.
_DOES_VERBS = {
    "limits": "limit",
    "specifies": "specify",
    "defines": "define",
    "controls": "control",
    "determines": "determine",
    "ensures": "ensure",
    "guarantees": "guarantee",
    "prevents": "prevent",
    "selects": "select",
    "restricts": "restrict",
    "tracks": "track",
    "exposes": "expose",
}
_KIND_DOES = re.compile(
    r"^(?:An?|The)\s+(?P<term>[A-Z]{2,6}|[A-Z][a-z0-9]+(?:[A-Z][a-z0-9]+)+)\s+"
    r"(?P<verb>[a-z]+)\s+(?P<what>(?:the|an?|which|how|whether)\b[^;:]{20,})\.$"
)
# "a PodDisruptionBudget (PDB)": the page spells out an acronym once.
_SPELLED_OUT = re.compile(r"\b([A-Z][a-z0-9]+(?:[A-Z][a-z0-9]+)+)\s+\(([A-Z]{2,6})\)")
# The object leans on something the sentence does not name.
_LEANS = re.compile(r"^(?:the|an?)\s+(?:same|other|above|following|latter|former)\b", re.I)


def kind_does(ctx: Context, index: int) -> tuple[Note, ...] | None:
    """A prose sentence stating what a named kind does ("A PDB limits the number of Pods
    of a replicated application that are down simultaneously …") in a paragraph no
    other rule carded: "What does a PodDisruptionBudget (PDB) limit?" → its object. The
    kind is an API-style name (CamelCase) or an acronym the page spells out; only verbs
    whose object is the fact (limits, specifies, controls …) ask."""
    block = ctx.items[index].block
    if not isinstance(block, Paragraph) or block.label or block.step:
        return None
    notes: list[Note] = []
    for sentence in _SENTENCE_END.split(clean(block.text).replace("\n", " ")):
        found = _KIND_DOES.match(sentence.strip())
        if not found or found.group("verb") not in _DOES_VERBS:
            continue
        what = found.group("what").strip()
        if _LEANS.match(what) or re.search(r"\b(?:this|these|those|above|below)\b", what):
            continue
        term = found.group("term")
        if term.isupper():
            spelled = _spelled_out(ctx, term)
            if not spelled:
                continue  # an acronym the page never spells out names nothing alone
            term = f"{spelled} ({term})"
        article = "an" if term[:1] in "AEIOU" else "a"
        question = f"What does {article} {term} {_DOES_VERBS[found.group('verb')]}?"
        notes.append(
            FactNote(
                id=f"{ctx.subplace(index)}/{slugify(question)}",
                type=NoteType.FACT,
                front=question,
                back=what[:1].upper() + what[1:] + ".",
                tags=ctx.tags(index),
                origin=ctx.origin(index),
            )
        )
    return tuple(notes) or None


def _spelled_out(ctx: Context, acronym: str) -> str:
    """The words the page spells ``acronym`` out with ("PodDisruptionBudget (PDB)")."""
    for item in ctx.items:
        if isinstance(item.block, Paragraph):
            for name, short in _SPELLED_OUT.findall(item.block.text):
                if short == acronym:
                    return str(name)
    return ""


# ------------------------------------------------------------ comparison prose

# A heading that compares its section's subject with one other thing: "State model
# (vs Redux)", "Zustand vs. Redux", "Comparison with Jotai", "Compared to MobX".
_VS_ASIDE = re.compile(r"^(?P<topic>.*?)\s*\(\s*(?:vs\.?|versus)\s+(?P<other>[^()]+?)\s*\)$", re.I)
_VS_PAIR = re.compile(r"^(?P<one>.+?)\s+(?:vs\.?|versus)\s+(?P<other>.+)$", re.I)
_COMPARED_WITH = re.compile(
    r"^(?:comparison|compared|comparing)\s+(?:with|to|against)\s+(?P<other>.+)$", re.I
)
# A name a heading compares: one to four words, the first capitalized or code
# ("Redux", "React Router", "`useState`"); never "other libraries".
_COMPARED_NAME = re.compile(r"^[`A-Z0-9][^\s,;:]*(?:\s+[^\s,;:]+){0,3}$")
# Words that state a difference or a likeness between two named things.
_CONTRAST = re.compile(
    r"\b(?:however|whereas|while|unlike|but|instead of|in contrast|on the other hand|"
    r"than|compared (?:to|with)|differ\w*|does not|doesn't|do not|don't|similar\w*|"
    r"both|alike|likewise|neither)\b",
    re.I,
)
# A sentence opening that contrasts it with the sentence before ("However, …").
_CONTRAST_OPENING = re.compile(
    r"^(?:however|but|whereas|while|in contrast|on the other hand|unlike|instead)\b", re.I
)
# A capitalized word, maybe a name ("Zustand", "Next.js", "C++").
_CAPITALIZED = re.compile(r"(?<![\w.`-])[A-Z][\w.+#-]*[\w+#]")
# A sentence opening on what the one before said ("It was designed …"): no answer's start.
_OPENS_ON_BEFORE = re.compile(
    r"^(?:it|its|this|that|these|those|they|such|however|but|also|finally|additionally|"
    r"moreover|furthermore|still|yet)\b",
    re.I,
)
# A sentence only sending the reader elsewhere ("For specific metrics, check out this
# benchmark."): no part of the difference.
_POINTS_ELSEWHERE = re.compile(r"\b(?:check out|refer to|see (?:the|this|our)|read more)\b", re.I)
# Contrast words that only announce a comparison ("… differ", "… are similar").
_ONLY_ANNOUNCES = re.compile(r"(?:(?:differ\w*|similar\w*|alike|compared (?:to|with))\s*)+", re.I)
_ACRONYM = re.compile(r"^[A-Z]{2,5}s?$")
_OWN_BLOCKS = 3  # comparison blocks that name the page's own subject at least
# The authors speaking ("we believe …", "our guide"): their stance, no fact of either.
_FIRST_PERSON_WORD = re.compile(r"\b(?:[Ww]e(?:'ve|'re|'d|'ll)?|[Oo]urs?|us|I(?:'m|'ve|'d)?)\b")
_COMPARISON_SENTENCES = 3  # a paragraph this short is one answer as a whole
_COMPARISON_WORDS = 80
_COMPARISON_NAMES = 4  # words of a compared name at most


@dataclass(frozen=True)
class _Compared:
    """What a comparison heading says of the blocks under it: the topic compared (""
    when the heading names only the pair), the other thing and, when the heading names
    it too, the page's own subject ("" when only the prose names it)."""

    topic: str
    other: str
    own: str = ""


def _comparison_heading(texts: tuple[str, ...], title: str) -> _Compared | None:
    """The nearest of ``texts`` (headings, outermost first) that compares two things; a
    deeper heading under it names the topic ("Zustand vs Redux" › "State model"). On a
    page ``title``d as a comparison ("Comparison with Other Frameworks"), an outermost
    heading that is only a name ("AngularJS (Angular 1)") is the other thing."""
    for depth in range(len(texts) - 1, -1, -1):
        text = clean(texts[depth]).replace("\n", " ").strip()
        deeper = clean(texts[-1]).strip() if depth < len(texts) - 1 else ""
        found = _VS_ASIDE.match(text)
        if found:
            compared = _Compared(deeper or found.group("topic"), found.group("other"))
        elif found := _COMPARED_WITH.match(text):
            compared = _Compared(deeper, found.group("other"))
        elif found := _VS_PAIR.match(text):
            if re.search(r"\b(?:vs\.?|versus)\s", found.group("other"), re.I):
                return None  # three or more things: no one pair
            compared = _Compared(deeper, found.group("other"), found.group("one"))
        else:
            continue
        names = [n for n in (compared.other, compared.own) if n]
        if not all(_COMPARED_NAME.match(n) for n in names):
            return None
        return compared
    if texts and _COMPARISON_PAGE.search(title):
        name = _NAME_ASIDE.sub("", clean(texts[0]).replace("\n", " ")).strip()
        if _BARE_NAME.match(name):
            deeper = clean(texts[-1]).strip() if len(texts) > 1 else ""
            return _Compared(deeper, name)
    return None


# A page comparing its subject with others: "Comparison", "Comparisons with Other
# Tools", "Meilisearch compared to alternatives", "X vs Y".
_COMPARISON_PAGE = re.compile(r"\bcompar(?:ison|isons|ed)\b|\bvs\.?(?=\s)|\bversus\b", re.I)
# A heading that is only a name: one to three capitalized words ("Ember", "React
# Native", "Angular"), never a phrase ("Detailed comparisons").
_BARE_NAME = re.compile(r"^[A-Z0-9][\w.+#-]*(?:\s+[A-Z0-9][\w.+#-]*){0,2}$")
# What a name's heading adds in brackets: "AngularJS (Angular 1)".
_NAME_ASIDE = re.compile(r"\s*\([^()]*\)\s*$")


def _written_in(text: str, name: str) -> bool:
    """Whether ``text`` names ``name`` as the heading writes it (whole words): the
    "Templates" of "JSX vs Templates" is no name where the prose says "templates"."""
    bare = name.strip("`")
    # "React" is not written in "React Native": a capitalized word after it makes
    # another name.
    found = re.search(rf"(?<![\w-]){re.escape(bare)}(?![\w-]|\s+[A-Z][a-z])", text)
    return found is not None


def _comparison_names(ctx: Context) -> Counter[str]:
    """Per name of the prose under the page's comparison headings (a capitalized word
    written inside a sentence there at least once, or alone in bold as a label): in
    how many of those blocks it is written. The page's own subject is the one they
    name most ("Zustand"). Counted once per document: every paragraph of its
    comparison sections asks."""
    last = _COMPARISON_NAMES_OF[0] if _COMPARISON_NAMES_OF else None
    if last is not None and last[0] is ctx.items:
        return last[1]
    names: set[str] = set()
    blocks: list[str] = []
    for index, item in enumerate(ctx.items):
        block = item.block
        if (
            not isinstance(block, Paragraph)
            or _comparison_heading(ctx.heading_texts(index), ctx.title) is None
        ):
            continue
        text = clean(block.text).replace("\n", " ")
        blocks.append(text)
        if block.label and clean(block.label) == text:
            names.add(text)
            continue
        for sentence in _SENTENCE_END.split(text):
            names.update(m.group() for m in _CAPITALIZED.finditer(sentence) if m.start() > 0)
    counts = Counter(name for text in blocks for name in names if _written_in(text, name))
    _COMPARISON_NAMES_OF[:] = [(ctx.items, counts)]
    return counts


# The last document's comparison names (its blocks, their counts): one entry.
_COMPARISON_NAMES_OF: list[tuple[tuple[Located, ...], Counter[str]]] = []


def _own_subject(ctx: Context, other: str) -> str:
    """The thing compared with ``other`` when only the prose names it: the name most of
    the page's comparison blocks write (besides ``other``), when the title names it or
    three of those blocks do; "" when none or a tie. The prose must then write it."""
    counts = _comparison_names(ctx)
    # An acronym ("API", "RFC") is a thing both sides have more often than a product
    # the page is about: a name in words wins a tie with one.
    scored = sorted(
        ((n, not _ACRONYM.match(name), name) for name, n in counts.items() if name != other),
        reverse=True,
    )
    if not scored or (len(scored) > 1 and scored[0][:2] == scored[1][:2]):
        return ""
    own = scored[0][2]
    # A name written once or twice ("in Kubernetes") is where the compared thing
    # lives, not the thing itself.
    if scored[0][0] < _OWN_BLOCKS and not _written_in(ctx.title, own):
        return ""
    return own


def _contrast_window(sentences: list[str], one: str, other: str) -> list[str]:
    """The sentences of a paragraph that state how ``one`` and ``other`` differ or are
    alike: the whole paragraph when short, else the first sentence (with the next one
    when that contrasts with it: "X and Y are similar. However, …") naming both with a
    contrast word; [] when none."""

    def fits(window: list[str]) -> bool:
        text = " ".join(window)
        if _OPENS_ON_BEFORE.match(window[0]) or _FIRST_PERSON_WORD.search(text):
            return False
        return (
            _written_in(text, one)
            and _written_in(text, other)
            and _CONTRAST.search(text) is not None
        )

    words = sum(len(s.split()) for s in sentences)
    if len(sentences) <= _COMPARISON_SENTENCES and words <= _COMPARISON_WORDS:
        return sentences if fits(sentences) else []
    for at, sentence in enumerate(sentences):
        if not (_written_in(sentence, one) or _written_in(sentence, other)):
            continue
        if fits([sentence]) and _ONLY_ANNOUNCES.fullmatch(" ".join(_CONTRAST.findall(sentence))):
            # "X and Y are configured differently." only announces: the sentences
            # after it (up to one leaning back on what was said) say how.
            window = [sentence]
            for after in sentences[at + 1 : at + _COMPARISON_SENTENCES]:
                if _OPENS_ON_BEFORE.match(after):
                    break
                window.append(after)
            return window if len(window) > 1 else []
        pair = sentences[at : at + 2]
        if len(pair) == 2 and _CONTRAST_OPENING.match(pair[1]) and fits(pair):
            return pair
        if fits([sentence]):
            return [sentence]
        if fits(pair):
            return pair
    return []


def comparison_prose(ctx: Context, index: int) -> tuple[Note, ...] | None:
    """Prose under a heading comparing two things ("State Model (vs Redux)", "Zustand
    vs Redux", "Comparison with Jotai") that states how they differ or are alike
    ("Zustand and Redux are quite similar …. However, Redux requires …; Zustand does
    not."): "State Model: Zustand vs Redux?" → those sentences. The page's own subject,
    when the heading names only the other thing, is the name the page's comparison
    prose shares most. Bold labels over code ("**Zustand**" / "**Redux**") make none:
    whole programs side by side are no card."""
    block = ctx.items[index].block
    if not isinstance(block, Paragraph) or block.label or block.step or block.heading:
        return None
    compared = _comparison_heading(ctx.heading_texts(index), ctx.title)
    if compared is None:
        return None
    own, other, back = _comparison_answer(ctx, index, compared)
    if not back:
        return None
    # One question per section: a later paragraph that compares the same pair again
    # would ask it twice with another answer.
    for before in range(index - 1, -1, -1):
        if ctx.items[before].headings != ctx.items[index].headings:
            break
        if _comparison_answer(ctx, before, compared)[2]:
            return None
    pair = f"{own} vs {other}"
    topic = compared.topic.strip()
    front = f"{topic}: {pair}?" if topic else f"How do {own} and {other} compare?"
    return _fact(ctx, index, f"{ctx.subplace(index)}/{slugify(pair)}", front, back) or None


def _comparison_answer(ctx: Context, index: int, compared: _Compared) -> tuple[str, str, str]:
    """(own subject, other thing, the sentences comparing them) of a paragraph under a
    comparison heading; empty strings when it compares nothing."""
    block = ctx.items[index].block
    if not isinstance(block, Paragraph) or block.label or block.step or block.heading:
        return ("", "", "")
    text = clean(block.text).replace("\n", " ").strip()
    if not text or text.endswith(":"):
        return ("", "", "")  # a lead-in to the code below
    sentences = [
        s.strip()
        for s in _SENTENCE_END.split(text)
        if s.strip() and not _POINTS_ELSEWHERE.search(s)
    ]
    if not sentences:
        return ("", "", "")  # it only sends the reader elsewhere
    other = compared.other.strip()
    own = compared.own.strip() or _own_subject(ctx, other)
    if not own:
        return ("", "", "")
    window = _contrast_window(sentences, own, other)
    return (own, other, " ".join(window)) if window else ("", "", "")


RULES: tuple[Rule, ...] = (
    author_question,
    navigation_block,
    code_output_table,
    example_table,
    layout_table,
    defined_list,
    legend_list,
    unanswered_questions_list,
    chat_offer_list,
    further_reading_list,
    catalogue_list,
    question_table,
    list_table,
    titled_row_table,
    field_value_table,
    comparison_table,
    contrast_table,
    entity_table,
    callout_tip,
    quote_tip,
    definition_entry,
    golden_rules,
    arrow_pairs_list,
    term_list,
    glossary_list,
    labelled_list,
    curl_scenario,
    access_pattern,
    diagram_fact,
    labelled_code,
    manifest_block,
    negative_one_liner,
    definition_paragraph,
    key_sentences,
    expected_response,
    commented_commands,
    instructed_commands,
    kind_does,
    annotated_commands,
    glossary_headings,
    extension_point,
    comparison_prose,
)

# The blocks each rule looks at: a rule returns None for a block of any other type
# (first thing it checks), so a block is offered only to the rules that may claim
# it, still in table order. A rule missing here is offered every block.
_RULE_BLOCKS: dict[Rule, tuple[type[object], ...]] = {
    author_question: (Question,),
    code_output_table: (Table,),
    example_table: (Table,),
    layout_table: (Table,),
    defined_list: (ListBlock,),
    legend_list: (ListBlock,),
    unanswered_questions_list: (ListBlock,),
    chat_offer_list: (ListBlock,),
    further_reading_list: (ListBlock,),
    catalogue_list: (ListBlock,),
    question_table: (Table,),
    list_table: (Table,),
    titled_row_table: (Table,),
    field_value_table: (Table,),
    comparison_table: (Table,),
    contrast_table: (Table,),
    entity_table: (Table,),
    callout_tip: (Callout,),
    quote_tip: (Quote,),
    definition_entry: (Definition,),
    golden_rules: (ListBlock,),
    arrow_pairs_list: (ListBlock,),
    term_list: (ListBlock,),
    glossary_list: (ListBlock,),
    labelled_list: (ListBlock,),
    curl_scenario: (Code,),
    access_pattern: (Code,),
    diagram_fact: (Code,),
    labelled_code: (Code,),
    manifest_block: (Code,),
    negative_one_liner: (Paragraph,),
    definition_paragraph: (Paragraph,),
    key_sentences: (Paragraph,),
    expected_response: (Code,),
    commented_commands: (Code,),
    instructed_commands: (Code,),
    kind_does: (Paragraph,),
    extension_point: (Paragraph,),
    comparison_prose: (Paragraph,),
}


_RULES_FOR: dict[type[object], tuple[Rule, ...]] = {}


def rules_for(kind: type[object]) -> tuple[Rule, ...]:
    """The rules of :data:`RULES` that may claim a block of type ``kind``, in order."""
    rules = _RULES_FOR.get(kind)
    if rules is None:
        rules = tuple(r for r in RULES if issubclass(kind, _RULE_BLOCKS.get(r, (object,))))
        _RULES_FOR[kind] = rules
    return rules
