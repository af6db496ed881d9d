"""What every rule module shares.

The :class:`Context` a rule reads its block and neighbours through, the
:class:`Skip` / :class:`Skipped` / ``Made`` / ``Rule`` types, the fact and question
templates (``_fact``, ``_question``, ``_sentence``), the head of the old single
module, and the few helpers of one section that another section also uses (kept
here so that the rule modules import one another without a cycle).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from enum import Enum

from quizkit.build.markdown import (
    Code,
    Heading,
    ListBlock,
    Located,
    Paragraph,
    Question,
    Table,
)
from quizkit.build.text import (
    attribute_phrase,
    clean,
    clean_heading,
    ends_on_full_stop,
    is_command_line,
    slugify,
    subject_of,
)
from quizkit.notes import FactNote, Note, NoteType, Origin

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
# A label line: a few words and a colon, no sentence ("Searching:", "Copy mode:").
_GROUP_LABEL = re.compile(r"^\w[\w /&+()'-]*:$")
_GROUP_LABEL_WORDS = 4
_QUALIFIER_WORDS = 6  # a parent heading longer than this is a sentence, not a name
# Section names that say only where in a page a block sits ("Overview", "Examples",
# "Notes"): unlike "Prerequisites" they add nothing to the subject they sit under, so a
# front names that subject (the parent heading, else the page's topic or title) alone.
_EMPTY_SECTION = re.compile(
    r"^(?:overview|introduction|intro|examples?|notes?|details|usage|summary|"
    r"background)$",
    re.IGNORECASE,
)

# Headings that only name a kind of part of what their parent heading names ("### Flags"
# under "## `serve`", "Environment variables", "Options inherited from parent
# commands"): the parent is the subject, never the part's kind. Only parts whose names
# say their kind themselves (`--host`, `LOG_LEVEL`): "Exit codes" or "Returns" keep
# their heading, "0" alone says nothing.
_PART_KIND = re.compile(
    r"^(?:(?:global|common|required|optional|positional|named|inherited|general|"
    r"available|supported|additional|other|command|command-line|cli)\s+)?"
    r"(?:flags|options|arguments|args|parameters|params|fields|properties|attributes|"
    r"environment\s+variables|env\s+vars|props|subcommands)"
    r"(?:\s+inherited\s+from\s+(?:the\s+)?parent\s+commands?)?:?$",
    re.IGNORECASE,
)
# A heading that is only a command's name in code ("`serve`", "`logs export`").
_BARE_COMMAND = re.compile(r"^`[a-z][\w.-]*(?: [a-z][\w.-]*){0,2}`$")
_PROGRAM = re.compile(r"[a-z][\w.-]*")  # a program's name as a usage line runs it


def _part_owner(name: str, parents: list[str]) -> str:
    """The nearest parent heading naming something, when ``name`` only names a kind
    of its parts (:data:`_PART_KIND`); "" otherwise, or when no parent names
    anything (a page's "## Global flags")."""
    if not _PART_KIND.match(name):
        return ""
    for parent in reversed(parents):
        subject = subject_of(parent)
        if (
            _GENERIC_LABEL.match(subject)
            or _EMPTY_SECTION.match(subject)
            or _PART_KIND.match(subject)
            or subject.endswith("?")
            or len(subject.split()) > _QUALIFIER_WORDS
        ):
            continue
        if subject.split()[0].lower().endswith("ing"):
            return ""  # "Enabling mTLS": a task, whose variables are no part of a thing
        return subject
    return ""


def is_generic_label(heading: str) -> bool:
    """A heading that labels a kind of section ("Prerequisites", "Key takeaways",
    "Considerations & Restrictions") rather than naming a subject."""
    return bool(_GENERIC_LABEL.match(subject_of(heading)))


_OPENING_CHARS = 80  # enough of a paragraph's start to see what it opens on
_CONNECTIVE_WORDS = 3  # "In particular,", "More specifically,": a connective, no lead-in


# A walkthrough's method step ("Step 2: Create a high level design") and its closing
# section: headings of the method, never of what it is applied to.
_METHOD_STEP = re.compile(r"^(?:step\s+\d+\s*[:.)-]|additional\s+talking\s+points$)", re.I)
# A page title that poses a problem to design or build ("Design a URL shortener").
_DESIGN_PROBLEM = re.compile(r"^(?:design|build|implement)\s+(?:a|an|the)\s+\S", re.I)
# A heading that only groups what follows by its first letter ("A", "A–C", "0-9").
LETTER_GROUP = re.compile(r"^(?:[A-Z0-9](?:\s*[-–]\s*[A-Z0-9])?|#|symbols|numbers)$", re.I)


@dataclass(frozen=True, slots=True)
class OptionEntry:
    """One option of a man page or reference: its spellings ("--all", "-a") or key
    ("enable_nri"), the value its line gives ("true", "" for none) and what the text
    under it says."""

    names: tuple[str, ...]
    value: str
    text: str


@dataclass(frozen=True, slots=True)
class Context:
    """What every rule may read: the document's blocks and deck-wide facts."""

    document: str
    topic: str
    legend: Mapping[str, str]
    items: tuple[Located, ...]
    # A legend's symbols for one column of the table ("For the `Optional` column, `X`
    # means …"), by the column's header; "" keys an empty cell's meaning.
    column_legends: Mapping[str, Mapping[str, str]] = field(default_factory=dict)
    table_ordinals: Mapping[int, int] = field(default_factory=dict)
    # The entities of the document's comparison table ("ClusterIP", "NodePort"): the
    # topic of a block that names two of them, wherever it sits.
    compared: tuple[str, ...] = ()
    # The section whose blocks that table names the subject of (none: the whole page):
    # a table that is one part of an author's question names its own part's only (a
    # template's "Comparison table" part says nothing of the diagram in the part before
    # it, nor of another question's parts).
    compared_under: tuple[Heading, ...] = ()
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
    # The deck's title made from the file name ("08-glossary.md" → "08 Glossary"), for a
    # page with no title of its own; "" when the page has one.
    file_title: str = ""
    # What a generically titled page is about ("Introduction" → "Gateway API"), found
    # by :func:`quizkit.build.subject.document_subject`; "" when the title says it.
    page_subject: str = ""
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
    # Per group of sibling sections (by their parent headings): the terms a glossary
    # by its shape defines, by heading, with their definitions (none when the group
    # reads as no glossary). Read once per group, not once per term.
    _glossary_groups: dict[tuple[Heading, ...], dict[Heading, str]] = field(
        default_factory=dict, init=False, repr=False, compare=False
    )
    # The bare subcommand headings' programs, read once for the page (its only item).
    _usage_programs: list[dict[tuple[Heading, ...], str]] = field(
        default_factory=list, init=False, repr=False, compare=False
    )
    # Per heading path: whether its last heading is a letter of an alphabetical list.
    _letters: dict[tuple[Heading, ...], bool] = field(
        default_factory=dict, init=False, repr=False, compare=False
    )
    # The page's paragraphs as one text, once a rule has asked for it (its only item).
    _prose: list[str] = field(default_factory=list, init=False, repr=False, compare=False)
    # The option entries of a man page or reference ("**root**=\"/var/lib/…\"" over its
    # description), by block: read once for the page (its only item), see
    # :func:`quizkit.build.rules.options.option_entry`.
    _option_entries: list[dict[int, OptionEntry | None]] = field(
        default_factory=list, init=False, repr=False, compare=False
    )

    # The opening words of each section's first paragraph, by its heading: read once for
    # the page (its only item), see :func:`quizkit.build.rules.extension_points`.
    _openings: list[dict[Heading, str]] = field(
        default_factory=list, init=False, repr=False, compare=False
    )

    def prose(self) -> str:
        """The text of every paragraph of the page, read once."""
        if not self._prose:
            self._prose.append(
                "\n".join(i.block.text for i in self.items if isinstance(i.block, Paragraph))
            )
        return self._prose[0]

    def opening(self, heading: Heading) -> str:
        """The start of the first paragraph right under ``heading`` ("" if its section
        opens on anything else), read once for the page."""
        if not self._openings:
            openings: dict[Heading, str] = {}
            for item in self.items:
                if item.headings and item.headings[-1] not in openings:
                    block = item.block
                    openings[item.headings[-1]] = (
                        block.text[:_OPENING_CHARS] if isinstance(block, Paragraph) else ""
                    )
            self._openings.append(openings)
        return self._openings[0].get(heading, "")

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
        texts = self._naming_headings(index)
        if not texts:
            return self.topic
        name = subject_of(texts[-1])
        owner = _part_owner(name, texts[:-1])
        if owner:
            return owner
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

    def _naming_headings(self, index: int) -> list[str]:
        """The headings above a block that may name its subject: not a letter of an
        alphabetical list ("## A" names nothing, "A: Agile?" asks nothing)."""
        texts = list(self.heading_texts(index))
        path = self.items[index].headings
        if texts and self.alphabetical(path):
            texts.pop()
        # "## `serve`" of a CLI reference names the command its usage line runs
        # ("lumen-argus serve"): two tools' `relay` commands stay apart.
        for depth, text in enumerate(texts):
            if _BARE_COMMAND.match(subject_of(text)):
                texts[depth] = self._command_heading(path[: depth + 1]) or text
        return [t for t in texts if t]

    def command_of(self, index: int) -> str:
        """The command the nearest bare subcommand heading above block ``index`` stands
        for ("`lumen-argus serve`" over its "### Flags" table, see
        :meth:`_command_heading`); "" when no heading above is one."""
        path = self.items[index].headings
        for depth in range(len(path), 0, -1):
            if _BARE_COMMAND.match(subject_of(clean_heading(path[depth - 1].text))):
                named = self._command_heading(path[:depth])
                if named:
                    return named
        return ""

    def _command_heading(self, path: tuple[Heading, ...]) -> str:
        """The command a bare subcommand heading (the last of ``path``, "`serve`",
        "`logs export`") stands for, from a usage line in a code block right under it
        ("lumen-argus serve [OPTIONS]"): "`lumen-argus serve`", when the same program
        runs another such heading's usage line too (a reference of that program's
        commands, not a section showing "pip install" once); "" otherwise."""
        if not self._usage_programs:
            self._usage_programs.append(self._read_usage_programs())
        programs = self._usage_programs[0]
        program = programs.get(path, "")
        if not program or sum(p == program for p in programs.values()) < 2:
            return ""
        return f"`{program} {subject_of(clean_heading(path[-1].text)).strip('`')}`"

    def _read_usage_programs(self) -> dict[tuple[Heading, ...], str]:
        """Per bare subcommand heading, the program the first usage line in its section
        (under "#### Synopsis" too) runs: the line's first word, followed by the
        heading's words."""
        programs: dict[tuple[Heading, ...], str] = {}
        for item in self.items:
            if not isinstance(item.block, Code):
                continue
            lines = [
                line.strip().removeprefix("$ ").split() for line in item.block.text.splitlines()
            ]
            for depth in range(len(item.headings)):
                path = item.headings[: depth + 1]
                text = subject_of(clean_heading(path[-1].text))
                if path in programs or not _BARE_COMMAND.match(text):
                    continue
                words = text.strip("`").split()
                for tokens in lines:
                    if (
                        len(tokens) > len(words)
                        and tokens[1 : 1 + len(words)] == words
                        and _PROGRAM.fullmatch(tokens[0])
                        and tokens[0] != words[0]
                    ):
                        programs[path] = tokens[0]
                        break
        return programs

    def alphabetical(self, path: tuple[Heading, ...]) -> bool:
        """Whether the last heading of ``path`` is a letter of an alphabetical list: it
        reads as one ("A", "A–C", "Symbols") and so does another heading beside it
        ("## A" … "## Z"); one "## Numbers" alone groups a topic's sections."""
        known = self._letters.get(path)
        if known is None:
            known = False
            if path and LETTER_GROUP.match(clean_heading(path[-1].text)):
                depth = len(path) - 1
                letters = {
                    item.headings[depth]
                    for item in self.items
                    if len(item.headings) > depth
                    and item.headings[:depth] == path[:-1]
                    and LETTER_GROUP.match(clean_heading(item.headings[depth].text))
                }
                known = len(letters) >= 2
            self._letters[path] = known
        return known

    def section_subject(self, index: int) -> str:
        """The nearest heading's subject (a generic label qualified), else the topic."""
        texts = self._naming_headings(index)
        if not texts:
            return self.topic
        return self._qualified(subject_of(texts[-1]), texts[:-1]) or self.topic

    def _qualified(self, name: str, parents: list[str]) -> str:
        """A generic section label ("Prerequisites", "Considerations & Restrictions",
        "Key takeaways") says nothing on a front alone: the nearest parent heading that
        names something joins it ("Publishing › Prerequisites"), else the document's
        topic. A parent that is itself generic, a question or a long sentence names
        nothing either."""
        owner = _part_owner(name, parents)
        if owner:
            return owner
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

    def topic_for(self, text: str, heading: str = "", index: int | None = None) -> str:
        """The deck's topic, or "A vs B" when ``text`` names two compared entities or
        ``heading`` refers to them together ("How they relate", "When to use each"),
        for a block (at ``index``) in the section of the comparison table."""
        under = self.compared_under
        if index is not None and self.items[index].headings[: len(under)] != under:
            return self.topic
        if len(self.compared) >= 2:
            named = sum(1 for e in self.compared if e in text)
            if named >= 2 or _TOGETHER.search(heading):
                return " vs ".join(self.compared)
        return self.topic

    def group_label(self, index: int) -> str:
        """The label line right above a list ("Searching:", a paragraph of a few words
        and a colon), qualified by the heading above its section's ("vim › Searching"),
        when it titles a group its own heading does not name: that heading's list came
        first, right under it ("### Formatting" over its list), so a label further down
        opens a group of its own, and "Formatting: `:grep …`?" would file a search under
        formatting. "" otherwise: a label under a heading that titles nothing itself
        ("# tmux", prose, "Sessions:"), a lead-in sentence, a bold label."""
        if index < 2 or not isinstance(self.items[index].block, ListBlock):
            return ""
        located, before = self.items[index], self.items[index - 1]
        if not located.headings or before.headings != located.headings:
            return ""
        if not isinstance(before.block, Paragraph) or before.block.label:
            return ""
        text = clean(before.block.text).strip()
        if not _GROUP_LABEL.match(text) or len(text.split()) > _GROUP_LABEL_WORDS:
            return ""
        first = index - 1
        while first > 0 and self.items[first - 1].headings == located.headings:
            first -= 1
        if first == index - 1 or not isinstance(self.items[first].block, ListBlock):
            return ""
        label = text[:-1].strip()
        for parent in reversed(self._naming_headings(index)[:-1]):
            subject = subject_of(parent)
            if (
                _GENERIC_LABEL.match(subject)
                or subject.endswith("?")
                or len(subject.split()) > _QUALIFIER_WORDS
            ):
                continue
            return f"{subject} › {label}"
        return label

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
        titled = self.list_title(index)
        if titled:
            return titled
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
        titled = self.list_title(index)
        if titled:
            return titled
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

    def list_title(self, index: int) -> str:
        """What a table is of when the last item of the list right above it titles it,
        as notes written in bullets do: a title line of its own ("- Amazon EFS
        Throughput Modes Table") or a bold label opening the item ("- **AWS Firewall
        Manager: Overview & Capabilities:** AWS Firewall Manager is …"). The section
        heading ("Storage") covers many things; the item says which one the rows are
        of. "" when the item is a sentence or no list is right above."""
        block = self.items[index].block
        if index == 0 or not isinstance(block, Table):
            return ""
        before = self.items[index - 1]
        if before.headings != self.items[index].headings or not isinstance(before.block, ListBlock):
            return ""
        items = before.block.items
        if not items or "\n" in items[-1].strip():
            return ""
        text = clean(items[-1]).strip()
        term = before.block.terms[-1] if len(before.block.terms) == len(items) else ""
        label = clean(term).strip() if term else ""
        if label.endswith(":") and len(text) > len(label):
            # A bold label ending in a colon titles the sentence after it; a label of
            # the form "X: Overview & Capabilities" says what kind of text it is of X.
            text = _TITLE_MARKS.sub("", label[:-1]).strip()
            text = text.partition(": ")[0] if ": " in text else text
        elif term:
            return ""  # "**Term** — definition": a term of the list, no title
        elif not items[-1].strip()[:1].isalnum():
            return ""  # "⚠️: Partially supported": a legend's line, no title
        if (
            not text
            or len(text.split()) > _CAPTION_WORDS
            or text.endswith((".", ":", "?", "!", ",", ";"))
            or not text[:1].isupper()
            or "://" in text
        ):
            return ""
        caption = _TRAILING_TABLE.sub("", _TABLE_NUMBER.sub("", text)).strip()
        if not caption or is_generic_label(caption) or _TABLE_KIND.match(caption):
            return ""
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


# "Here are the key Kubernetes components explained in a single line:", "Below are
# the main HTTP status codes:": a lead-in that only hands over, naming what it lists.
_ANNOUNCING_LEAD_IN = re.compile(
    r"^(?:here\s+(?:are|is)|here['’]s|below\s+(?:are|is)|the\s+following\s+are)\s+"
    r"(?:the\s+|some\s+(?:of\s+the\s+)?|a\s+few\s+(?:of\s+the\s+)?)?"
    r"(?P<what>[^,;:()]+?)"
    r"(?:\s+(?:explained|described|defined|summari[sz]ed|listed|in\s+(?:a|one|short|brief)\b|"
    r"at\s+a\s+glance|with|that|which|you|we|to|for)\b.*)?$",
    re.IGNORECASE,
)
# Words of an announced list that say only how it is ranked or that items follow: with
# fewer than two other words the lead-in names no kind of thing of its own.
_ANNOUNCED_FILLER = re.compile(
    r"^(?:key|main|most|important|common|basic|core|essential|major|primary|popular|useful|"
    r"some|few|examples?|ways|things|steps|options|tips|details|points|reasons|list|of|the|"
    r"a|an|and|these|those|them|more|other|following|below)$",
    re.IGNORECASE,
)
_ANNOUNCED_WORDS = 6  # a longer phrase is a clause, no name of a kind
# "Here's how it works", "Here is what you need": a clause about the section, no kind.
_ANNOUNCED_CLAUSE = re.compile(
    r"^(?:how|what|why|when|where|which|who)\b|\b(?:it|its|they|you|your|we|our|i|my)\b",
    re.IGNORECASE,
)


def announced_kind(label: str) -> str:
    """What a handing-over lead-in says its list holds ("Key Kubernetes components" of
    "Here are the key Kubernetes components explained in a single line"; "`op`
    operations supported in `kube-bench`" of "The `op` (operations) currently supported
    in `kube-bench` are:"), "" when it names no kind of thing ("Here are a few
    examples", "The main differences are:")."""
    label = " ".join(label.split())
    found = _ANNOUNCING_LEAD_IN.match(label)
    limit = _ANNOUNCED_WORDS
    if found is None:
        found = _DEFINITE_LEAD_IN.match(label)
        limit = _DEFINITE_WORDS
    if found is None:
        return ""
    what = _ASIDE_BRACKETS.sub(r"\1", _NOW.sub("", found.group("what"))).strip()
    words = what.split()
    named = [w for w in words if not _ANNOUNCED_FILLER.match(w)]
    if len(named) < 2 or len(words) > limit or _ANNOUNCED_CLAUSE.search(what):
        return ""
    return what[:1].upper() + what[1:]


# "The possible values for `set` are:", "The `op` (operations) currently supported in
# `kube-bench` are:": a lead-in naming what its list holds by its subject alone.
_DEFINITE_LEAD_IN = re.compile(
    r"^the\s+(?P<what>[^:;,]+?)\s+(?:are|include)(?:\s+as\s+follows)?\s*:?$", re.IGNORECASE
)
_DEFINITE_WORDS = 8
_NOW = re.compile(r"\b(?:currently|now|today)\s+", re.IGNORECASE)
_ASIDE_BRACKETS = re.compile(r"\(([^()]{1,30})\)")


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
# "… Throughput Modes Table": the word says it titles a table, not what the rows are.
_TRAILING_TABLE = re.compile(r"\s+table\s*$", re.IGNORECASE)
# Emoji and arrows a notes author opens a title with ("🚀 AWS Firewall Manager").
_TITLE_MARKS = re.compile(r"^[^\w`\"'(\[]+")
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
    # A quiz's own administration: how it is marked, not what it asks.
    r"answer key(?: summary)?|(?:scoring|grading|marking)(?: (?:guide|rubric|scheme|criteria))?|"
    r"rubric|self[- ]assessment(?: checklist)?|"
    r"(?:previous|next)(?: (?:chapter|section|lesson|article))?)$",
    re.IGNORECASE,
)


def is_navigation_heading(text: str) -> bool:
    """Whether a heading names a page's navigation (contents, next steps, see also)."""
    # "What's Next?" asks the reader where to go, as "What's next" says it.
    return bool(_NAVIGATION_HEADINGS.match(text.strip(" :?").lower()))


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


_TERM_WORDS = 6  # a longer front after an empty subject is a sentence, not a term
_ASKING_WORD = re.compile(
    r"^(?:what|how|why|when|where|which|who|whom|whose|is|are|can|does|do|did|should|"
    r"will|would|could)\b",
    re.IGNORECASE,
)


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
    if front.startswith((": ", ", ")):
        # A subject that came out empty (a glossary of letter headings with no title
        # above them): ": Backdoor?" asks as "Backdoor?" does, with no stray colon.
        front = front[2:].lstrip()
        # "Adversary Model (resources, capabilities, …)": a parenthesised qualifier
        # lengthens a term without making it a sentence.
        words = re.sub(r"\([^()]*\)", "", front).split()
        if len(words) <= _TERM_WORDS and not _ASKING_WORD.match(front):
            front = f"What is {front}"  # a term alone: "What is Backdoor?"
        front = front[:1].upper() + front[1:]
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
    if ends_on_full_stop(subject):
        # "Explain the three stages in Git." over its table: never "….: working directory?".
        subject = subject[:-1].rstrip()
    if not subject:
        return f"{attribute[:1].upper()}{attribute[1:]}?"
    asked = _topic_question(attribute)
    if asked:
        # "Tag: how tagging works?" asks nothing; "Tag: how does tagging work?" does.
        return f"{subject}: {asked}"
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


# A topic label's words at most ("How tagging works"); a longer one is a sentence.
_TOPIC_LABEL_WORDS = 6


def _topic_question(attribute: str) -> str:
    """The question a topic label stands for, read by ``topic_title`` (the one parser of
    such titles): "how tagging works" → "how does tagging work?", "configuring audit" →
    "how do you configure audit?", "rule of thumb" → "what is the rule of thumb?", "note
    the following restrictions" → "what restrictions should you note?"; "" for any other
    attribute, and for the topic titles a fact's attribute never is ("About X")."""
    text = attribute.strip()
    if len(text.split()) > _TOPIC_LABEL_WORDS:
        return ""
    kind, topic = topic_title(text)
    if topic.lower() in ("it", "this", "they"):
        return ""  # "how it works" is asked of its subject by the caller
    if kind == "how":
        return f"how does {topic} work?"
    if kind == "configure":
        return f"how do you configure {topic}?"
    if kind == "to" and topic.lower().startswith("set up "):
        return f"how do you {topic}?"
    if kind == "summary" and topic:
        return f"what {topic} should you note?"
    if kind == "summary" and re.match(r"^(?:a |the )?rules? of thumb$", text, re.I):
        return "what is the rule of thumb?"
    return ""


_ADDRESS = re.compile(r"^(?:https?|ftp|file|ssh|git)://", re.IGNORECASE)


def _sentence(text: str, commands: frozenset[str] = frozenset()) -> str:
    """``text`` on one line, its first letter capital unless it opens on a program the
    document runs (``commands``) or is written as a command ("kubectl top pods -l x"):
    "ng serve" is a command, never "Ng serve"; an address stays as typed ("https://…")."""
    text = clean(text).replace("\n", " ").strip()
    if text.split(" ", 1)[0] in commands or is_command_line(text) or _ADDRESS.match(text):
        return text
    return text[:1].upper() + text[1:] if text else text


# ---------------------------- helpers of tables.py that other modules use

_QUALIFIER = re.compile(r"^(\S+)\s+\((\w+)\)$")


def _entity_name(cell: str) -> str:
    """A row key or column head as a subject: ``ClusterIP (default)`` → ``ClusterIP``."""
    name = clean(cell).replace("\n", " ")
    match = _QUALIFIER.match(name)
    return match.group(1) if match else name


def _lower_word(value: str) -> str:
    """A value's first word in lower case after a name ("OS Threads hundreds"), unless
    it is an acronym or a name ("JS frameworks", "SSR")."""
    first = value.split(" ", 1)[0]
    if len(first) > 1 and first[0].isupper() and first[1:].islower():
        return value[:1].lower() + value[1:]
    return value


# ------------------------------ helpers of tips.py that other modules use

_CODE_SPAN = re.compile(r"`[^`]+`")
_KIND_ONLY_HEADING = re.compile(
    r"^(?:(?:key |main )?(?:takeaways?|notes?|tips?)|info|important|caution|warning)$", re.I
)


# ----------------------------- helpers of lists.py that other modules use

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


# A list card's item line as :func:`_items_back` writes it.
_ITEM_LINE_START = re.compile(r"^(?:\d+\.|•) ")


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
    if len(words) < 2 or noun_compound(title):
        return ""
    verb = action_verb_of(words[0].lower(), _HOW_TO_VERBS | more)
    return f"How do you {verb} {' '.join(words[1:])}?" if verb else ""


def action_verb_of(gerund: str, more: frozenset[str] = frozenset()) -> str:
    """ "installing" → "install", "running" → "run", "configuring" → "configure": the
    action verb (one of the shell actions or ``more``) a lower-case gerund is the -ing
    form of; "" for any other word ("networking" names a practice, not an action)."""
    if not gerund.endswith("ing"):
        return ""
    for verb in (*_ACTION_VERBS, *more):
        doubled = verb + verb[-1] + "ing"
        dropped = verb[:-1] + "ing" if verb.endswith("e") else ""
        if gerund in (verb + "ing", doubled, dropped):
            return verb
    return ""


# The stem of a gerund whose verb ends in a silent "e" ("secur" of "securing", "manag"
# of "managing", "schedul" of "scheduling"): a long vowel before its last consonant, or
# a consonant no English verb ends on bare ("v", "z", "c").
_SILENT_E_STEM = re.compile(
    r"(?:[aiu]r|[^aeiou][aou][gnkpdm]|[^aeiou]i[gnkpdm]|[^aeio]at|reat|[^aeiou][ou]t|rit"
    r"|[^aeiour][^aeiou]or|^[^aeiou]?or|^us|aus|[rl]s|[^aeiou][aeio]s"
    r"|[^aeiou]a[lk]|ul|[^aeiou]il|[bcdfgkptz]l|[vzc]"
    r"|ang|[rld]g)$"
)
# A doubled last consonant the gerund added ("running", "debugging", "setting").
_DOUBLED_STEM = re.compile(r"([bdgmnprt])\1$")


def gerund_verb(gerund: str, words: frozenset[str] = frozenset()) -> str:
    """The verb of a gerund ("Securing" → "secure", "Monitoring" → "monitor",
    "Running" → "run"): the form the document itself writes (``words``, its lower-case
    words) when it writes one, else the spelling rules' guess; "" for no gerund."""
    word = gerund.lower()
    if len(word) < 5 or not word.endswith("ing"):
        return ""
    stem = word[:-3]
    if not re.search(r"[aeiouy]", stem):
        return ""  # "String", "Spring": no gerund
    candidates = [stem, f"{stem}e"]
    doubled = _DOUBLED_STEM.search(stem)
    if doubled:
        candidates.append(stem[:-1])
    for verb in candidates:
        if verb in words or f"{verb}s" in words or f"{verb}d" in words:
            return verb
    if doubled:
        return stem[:-1]
    return f"{stem}e" if _SILENT_E_STEM.search(stem) else stem


# "Liveness vs. Readiness Probes", "Pods versus Deployments": a heading setting two
# things side by side.
_VERSUS = re.compile(r"\s(?:vs\.?|versus)\s", re.IGNORECASE)
# What a gerund may act on as its object: a name ("Kubernetes", ``names``), or a phrase
# opening on an article or a possessive ("the cluster", "your images"); a bare plural
# after it ("Building Blocks", "Learning Resources") makes a noun phrase, unless the
# document writes the verb itself ("handle" for "Handling Errors").
_OBJECT_OPENING = frozenset({"a", "an", "the", "your", "my", "our", "their", "its", "his", "her"})
# Gerunds that, before a bare plural, qualify it rather than act on it ("Building Blocks",
# "Learning Resources", "Existing Clusters"), whatever verbs the document writes.
_MODIFYING_GERUNDS = frozenset(
    {"building", "learning", "existing", "missing", "following", "remaining", "coding", "working"}
)


def topic_question(heading: str, names: frozenset[str], words: frozenset[str]) -> str:
    """The question a heading that only names a topic stands for in a collection of
    questions, where each sibling heading asks its own: "Liveness vs. Readiness
    Probes: how do they differ?" for two things set side by side, "How do you secure
    Kubernetes?" for a gerund and what it acts on (``words``: the document's own words,
    which spell the verb), "Pod security: what is it?" for one thing, "Best practices:
    what are they?" for several; "" for a heading that asks already, or is a longer
    phrase or a clause ("Questions to Ask Interviewer"). ``names`` (the document's
    proper names) keep their case."""
    text = " ".join(clean(heading).split()).rstrip(":.").strip()
    if not text or text.endswith("?"):
        return ""
    if _VERSUS.search(text):
        return f"{text}: how do they differ?"
    first, _, rest = text.partition(" ")
    verb = gerund_verb(first, words) if rest and not noun_compound(text) else ""
    lead = rest.split(" ", 1)[0]
    bare_plural = (
        lead.lower().endswith("s")
        and not lead.lower().endswith(("ss", "us", "is"))
        and lead not in names
        and lead.lower() not in _OBJECT_OPENING
    )
    if verb and (not bare_plural or (verb in words and first.lower() not in _MODIFYING_GERUNDS)):
        return f"How do you {verb} {attribute_phrase(rest, names)}?"
    if len(text.split()) > _TOPIC_NAME_WORDS or re.search(r"\bto\s", text, re.IGNORECASE):
        return ""  # "Questions to Ask Interviewer": a clause, no name of one topic
    last = text.split()[-1].lower()
    plural = last.endswith("s") and not last.endswith(("ss", "us", "is"))
    return f"{text}: what are they?" if plural else f"{text}: what is it?"


_TOPIC_NAME_WORDS = 4  # a longer heading is a phrase, no name of a topic


# ------------------------- helpers of questions.py that other modules use

_CONTINUED = ("\\", "|", "&&")
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
_NAME = re.compile(r"(?<=\s)([A-Z][\w.+-]*[A-Za-z0-9])")


def _names(text: str) -> list[str]:
    """Words of a question that name something: capitalised past the first word, not "I"."""
    return [n for n in _NAME.findall(text) if n != "I"] + re.findall(r"`([^`]+)`", text)


# A heading that opens on a question word asks something; one that opens on a statement
# ("Cannot connect to X. Is the daemon running?") quotes a message.
_ASKING_START = re.compile(
    r"^(?:how|what|why|which|where|when|who|whose|is|are|can|could|does|do|did|should|"
    r"will|would|has|have|was|were|may|must|shall)\b",
    re.IGNORECASE,
)


# ----------------------- helpers of definitions.py that other modules use

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


# A paragraph label that names a kind of aside ("**Note:**", "**Warning:**").
_KIND_ONLY_LABEL = re.compile(
    r"^(?:notes?|tips?|hint|warning|caution|important|info|information|attention|danger|examples?|"
    r"remember|heads up|nb|n\.b\.|pro tip|side note)$",
    re.IGNORECASE,
)


def bold_title(ctx: Context, index: int) -> str:
    """The bold label that the paragraph right above block ``index`` is made of alone
    ("**Azure Native**", "**Key differences from SQL Database:**"), without its colon:
    the author's title over the block, set as a heading would be, a noun phrase and no
    sentence however long. "" when that paragraph says more than its label, opens on
    code, or is not right above in the same section."""
    if index == 0:
        return ""
    before = ctx.items[index - 1]
    if before.headings != ctx.items[index].headings or not isinstance(before.block, Paragraph):
        return ""
    label = clean(before.block.label).strip()
    if not label or label.startswith("`"):
        return ""
    text = clean(before.block.text).replace("\n", " ").strip()
    label = label.rstrip(":").strip()
    return label if text.rstrip(":").strip() == label else ""


# ----------------------------- helpers of shell.py that other modules use

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


# Nouns that turn the verb-like word before them into a modifier ("Rollback strategy",
# "Build mechanism", "Use cases", "Change management"): the words name a kind of thing,
# never an action a reader takes ("How do you rollback strategy?" is no question). Nouns
# a step also acts on ("Attach policy", "Kill process", "Run workflow") are not here.
_COMPOUND_HEADS = frozenset(
    {
        "strategy",
        "strategies",
        "mechanism",
        "mechanisms",
        "technique",
        "techniques",
        "approach",
        "approaches",
        "lifecycle",
        "semantics",
        "case",
        "cases",
        "management",
    }
)


def noun_compound(text: str) -> bool:
    """Whether ``text`` opens on a verb-like word that only qualifies the noun after it
    ("Rollback strategy in CI/CD", "Update strategy for the pods"): a noun phrase, which
    asks "What is …?", never "How do you …?"."""
    words = clean(text).split()
    return len(words) >= 2 and words[1].lower().strip(",.:;") in _COMPOUND_HEADS


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


# ----------------------------- helpers of steps.py that other modules use

_STEP_MARK = re.compile(r"^(?:step\s*\d+[a-z]?|\d+(?:\.\d+)*)\s*[-–—:.)]?\s*", re.IGNORECASE)


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


# A here-document's opening ("cat <<EOF", "<<-'END'"): its word (group 1) ends it.
_HERE_DOC = re.compile(r"<<-?\s*['\"]?(\w+)['\"]?")


# "How do you remove the Pod when you're finished?", "How do you clean up?": removing
# what the walkthrough made is no knowledge a card could ask (the example's own names).
_CLEAN_UP_STEP = re.compile(
    r"^how do you (?:clean\s+up|tear\s+down|"
    r"(?:delete|remove|destroy|uninstall)\s+(?:the|your|it|this|these|those|them|all|"
    r"everything)\b)",
    re.IGNORECASE,
)


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


def _here_doc_block(block: Code) -> bool:
    """A fence holding one command that feeds a here-document to a program (``cat <<EOF
    | kubectl apply -f -`` … ``EOF``), whatever its tag: authors tag it by the text it
    carries (```` ```yaml ````), but the block is a command the reader runs."""
    lines = [line.strip() for line in block.text.splitlines() if line.strip()]
    if len(lines) < 3:
        return False
    first = _PROMPT.sub("", lines[0], count=1)
    here = _HERE_DOC.search(first)
    return (
        here is not None
        and first.split(" ", 1)[0] in _PROGRAMS | _CLOUD_PROGRAMS
        and lines[-1] == here.group(1)
    )


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


# One question of a heading that asks several ("What is RAM ? What is a thread ?"): up
# to and with its question mark.
_ONE_QUESTION = re.compile(r"[^?]*\?")
# What a "what is" question asks about ("What is a thread", "What are Pthreads"): the
# name a labelled part of the answer ("**Thread:** …") gives again.
_ASKS_WHAT_IS = re.compile(
    r"^(?:what|who)\s+(?:is|are|'s)\s+(?:the\s+|a\s+|an\s+)?(.+?)\s*\?$", re.IGNORECASE
)


def _name_words(text: str) -> tuple[str, ...]:
    """The words of a name, its bracketed expansion, a trailing colon and a plural "s"
    left out: "RAM (Random Access Memory):" and "Pthreads" read as ("ram",),
    ("pthread",)."""
    text = re.sub(r"\s*\([^)]*\)", "", clean(text)).strip(" :*_.")
    return tuple(w.lower().removesuffix("s") for w in re.findall(r"[\w+#.-]+", text))


def several_questions(question: str) -> list[str]:
    """The questions a heading asks one after another ("What is RAM ? What is a thread ?
    What is a Pthread ?" → three, each with its "?" and no space before it); [] when it
    asks one question (or text follows its last "?")."""
    text = clean(question).replace("\n", " ").strip()
    parts = [p.strip() for p in _ONE_QUESTION.findall(text)]
    if len(parts) < 2 or "".join(parts).replace(" ", "") != text.replace(" ", ""):
        return []
    return [re.sub(r"\s+\?$", "?", p) for p in parts]


def question_of_label(question: str, label: str) -> str:
    """Of a heading asking several "what is" questions, the one a labelled part of its
    answer answers: the label names what that question asks about ("**Thread:**" under
    "What is RAM ? What is a thread ? …" → "What is a thread?"); "" when no single one
    of them does."""
    named = _name_words(label)
    if not named:
        return ""
    found = [
        part
        for part in several_questions(question)
        if (asked := _ASKS_WHAT_IS.match(part)) and _name_words(asked.group(1)) == named
    ]
    if len(found) == 1:
        return found[0]
    # "What is swap and buffer in linux?" under "**Buffer:**": the one of the two it names.
    asked = _ASKS_WHAT_IS.match(clean(question).replace("\n", " ").strip())
    pair = _TWO_NAMES.match(asked.group(1)) if asked else None
    if (
        asked is None
        or pair is None
        or named
        not in (
            _name_words(pair.group("one")),
            _name_words(pair.group("two")),
        )
    ):
        return ""
    verb = asked.group(0).split()[1]
    return f"What {verb} {clean(label).strip(' :')}{pair.group('tail') or ''}?"


# "swap and buffer in linux", "ctime and mtime": two names asked together, and where.
_TWO_NAMES = re.compile(
    r"^(?P<one>[\w.+#-]+(?:\s[\w.+#-]+)?)\s+and\s+(?P<two>[\w.+#-]+(?:\s[\w.+#-]+)?)"
    r"(?P<tail>\s+(?:in|on|of|for)\s+[^?]+)?$",
    re.IGNORECASE,
)


def label_under_question(question: str, label: str) -> str:
    """A front for a labelled part of the answer to one question ("**ncdu Command:**"
    under "How do you check disk space usage?"): the question with the label as what it
    is asked of, "How do you check disk space usage (ncdu Command)?", never the label glued
    after its question mark or full stop ("…usage: ncdu Command?"). An imperative
    ("Define the basic components of Linux.") asks of its object: "Basic components of
    Linux: Shell?"."""
    question = clean(question).replace("\n", " ").strip()
    label = clean(label).strip(" :")
    bare = question.rstrip("?.!: ").rstrip()
    if not question.endswith("?") and (told := _TOLD_SUBJECT.match(bare)):
        subject = told.group(1).strip()
        return f"{subject[:1].upper()}{subject[1:]}: {label}?"
    # "& (ampersand)" in brackets of its own reads "(&, ampersand)".
    flat = _BRACKETED.sub(r", \1", label)
    return f"{bare} ({flat})?"


_BRACKETED = re.compile(r"\s*\(([^()]*)\)")


# "Define the basic components of Linux", "Explain the types of X": a task naming what it
# is about after its verb.
_TOLD_SUBJECT = re.compile(
    r"^(?:define|explain|describe|discuss|list|name|mention)\s+(?:the\s+|a\s+|an\s+)?(.+)$",
    re.IGNORECASE,
)


# ------------------------------------------ titles that only name a topic

# "About VPC Peering", "Understanding pod-to-pod mTLS", "Introduction to X", "X
# overview": a title naming the topic its notes are about, with no question in it.
_ABOUT_TITLE = re.compile(
    r"^(?:(?:all|more|some\s+notes|notes)\s+)?(?:about|understanding|understand|"
    r"introduction\s+to|intro\s+to|overview\s+of|notes\s+on)\s+(?P<topic>\S.*)$"
    r"|^(?P<over>\S.*?)\s+overview$",
    re.IGNORECASE,
)
# "How tagging works", "How the scheduler works".
_HOW_WORKS_TITLE = re.compile(
    r"^how\s+(?!(?:does|do|did)\s)(?P<topic>\S.*?)\s+works?$", re.IGNORECASE
)
# "Configuring audit", "Configure the cache", "Setting up X".
_CONFIGURE_TITLE = re.compile(
    r"^(?:configuring|configure|setting\s+up|set\s+up)\s+(?P<topic>\S.*)$", re.IGNORECASE
)
# A label over a summary of its section's notes ("To sum up", "Rule of thumb", "Note the
# following restrictions"): it names no topic, its section does. ("Key points" and
# "Summary" name a kind of list, asked of the thing their section names.)
_SUMMARY_TITLE = re.compile(
    r"^(?:to\s+sum\s+(?:it\s+)?up|in\s+summary|in\s+short|rules?\s+of\s+thumb|lab\s+practice|"
    r"(?:please\s+)?note\s+the\s+following(?:\s+(?P<noun>[a-z]+))?)$",
    re.IGNORECASE,
)
_TO_VERB = re.compile(r"^to\s+(?P<verb>[a-z]+)\b\s*(?P<rest>.*)$", re.IGNORECASE)


def topic_title(title: str) -> tuple[str, str]:
    """What a title that only names a topic says: ("about", "VPC Peering") for "About
    VPC Peering" and "Understanding X", ("how", "tagging") for "How tagging works",
    ("configure", "audit") for "Configuring audit" (("to", "set up X") for "Setting up
    X"), ("summary", "restrictions") for
    "Note the following restrictions" ("" for "To sum up": no noun); ("", "") for any
    other title. A title naming a purpose ("About to Enable Server Access Logging") is
    ("to", "enable server access logging"): the verb is kept for "How do you …?"."""
    text = " ".join(clean(title).split()).rstrip(":.").strip()
    if not text or text.endswith("?"):
        return "", ""
    summary = _SUMMARY_TITLE.match(text)
    if summary:
        return "summary", (summary.group("noun") or "").lower()
    how = _HOW_WORKS_TITLE.match(text)
    if how:
        return "how", how.group("topic")
    configure = _CONFIGURE_TITLE.match(text)
    if configure and re.match(r"set", text, re.IGNORECASE):
        return "to", f"set up {configure.group('topic')}"  # the author's verb stays
    if configure:
        return "configure", configure.group("topic")
    about = _ABOUT_TITLE.match(text)
    if not about:
        return "", ""
    topic = about.group("topic") or about.group("over")
    purpose = _TO_VERB.match(topic)
    if purpose and purpose.group("rest"):
        return "to", f"{purpose.group('verb').lower()} {purpose.group('rest')}"
    return "about", topic
