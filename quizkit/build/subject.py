"""What a document with a generic title is about, and fronts that say so.

A page titled "FAQs", "Troubleshooting" or "Compatibility" asks "How to customize
Docker config?" of a product it never names on the card: the product is what the
whole page is written about, so the page's own shape says it. Found in this order:

1. the title itself when it names something past its generic words
   ("Troubleshooting GitLab Runner" -> "GitLab Runner"), if the text repeats it;
2. a front-matter field naming the product (``product``, ``project``, ``linkTitle``),
   or the one name its ``description`` gives ("FAQ for QuestDB troubleshooting.");
3. the name the text uses most: a capitalised name repeated across sections, far
   ahead of any other name or the same word as the command its code blocks run
   (``colima start``);
4. a name of several capitalised words ("Azure Cosmos DB Garnet Cache") that the
   intro or the first answers name and the text keeps naming across sections, far
   ahead of any other such name: no one word of it leads ("Azure" also names other
   products of the page), the whole name does.

When none of these is sure, there is no subject and nothing changes.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import replace

import yaml

from quizkit.build.text import ONE_LINE_CODE_SPAN, code_fence
from quizkit.notes import ClozeNote, FactNote, Note

# The words that say a title's page is a product page of a kind: a generic title is
# made of ``_GENERIC_WORDS`` only (parentheses are a gloss: "FAQ (Frequently Asked
# Questions)") and at least one of these. "Questions" alone is a quiz collection's title
# ("SQL Questions"): its questions are written to stand alone, so only the words of a
# product page's kind count.
_KIND_WORDS = frozenset(
    [
        "faq",
        "faqs",
        "frequently",
        "troubleshooting",
        "troubleshoot",
        "known",
        "compatibility",
        "limitations",
        "tips",
        "overview",
        "getting",
        "started",
        "introduction",
        "intro",
        "readme",
    ]
)
# The words of a title that say what kind of page it is, never what it is about: the
# kind words and the words that go with them ("Frequently Asked Questions", "Known
# issues", "Getting started").
_GENERIC_WORDS = _KIND_WORDS | frozenset(
    [
        "asked",
        "questions",
        "question",
        "q&a",
        "qa",
        "answers",
        "technical",
        "general",
        "common",
        "issues",
        "issue",
        "problems",
        "tricks",
        "and",
        "&",
        "the",
        "a",
        "of",
    ]
)
_LABEL_WORDS = _GENERIC_WORDS | {"generic", "misc", "miscellaneous", "other", "others"}
_GLOSS = re.compile(r"\([^)]*\)")
_TITLE_WORD = re.compile(r"[\w&]+")
# A remainder longer than this is a phrase, not a name ("… with Kubernetes and Traefik").
_NAME_WORDS = 3
# A run of more capitalised words than this is a Title Case phrase, not a product's name.
_LONG_NAME_WORDS = 6
# How often the text must name a subject (title remainder, field or counted name).
_MIN_MENTIONS = 3
# A counted name must appear in this many sections and this many times, and lead the
# next name by this factor unless it is also the command the code runs.
_MIN_SECTIONS = 3
_MIN_COUNT = 5
_LEAD = 2.0

_FRONT_MATTER = re.compile(r"\A---[ \t]*\n(.*?)\n---[ \t]*(?:\n|\Z)", re.DOTALL)
_FIELDS = ("product", "project", "linkTitle")
# A name: capitalised, maybe with inner capitals or digits ("Colima", "GitLab",
# "FerretDB", "K3d"), or a short lower-case head before a capital ("gVisor", "eBPF",
# "macOS": a brand written so, never a sentence's word); a second capitalised word or
# acronym may follow ("Argo CD").
_LOWER_HEADED = r"[a-z]{1,3}[A-Z][A-Za-z0-9]*"
_MID_NAME = re.compile(
    r"(?<=[a-z0-9,)] )([A-Z][a-z][A-Za-z0-9]*|[A-Z][a-z]*[A-Z][A-Za-z0-9]*[a-z]\w*|"
    rf"{_LOWER_HEADED})(?![\w'’-])"
)
_ANY_NAME = re.compile(
    rf"(?<![\w./-])([A-Z][A-Za-z0-9]*[a-z][A-Za-z0-9]*|{_LOWER_HEADED})(?![\w-])"
)
_EMPHASIS = re.compile(r"(?<!\w)[*_]{1,3}|[*_]{1,3}(?!\w)")
# Commands any page's code may run most without being what the page is about.
_SHELL = frozenset(
    [
        "cd",
        "ls",
        "cat",
        "echo",
        "export",
        "mkdir",
        "rm",
        "cp",
        "mv",
        "curl",
        "wget",
        "git",
        "sudo",
        "sh",
        "bash",
        "source",
        "chmod",
        "grep",
        "vi",
        "vim",
        "nano",
        "make",
        "pip",
        "npm",
        "npx",
        "yarn",
        "apt",
        "brew",
        "docker",
        "kubectl",
        "set",
        "env",
    ]
)
_PAIR = re.compile(r"(?<![\w./-])([A-Z][A-Za-z0-9]*[a-z][A-Za-z0-9]*) ([A-Z][A-Za-z0-9]+)\b")
# The verbs a lead-in to what the reader should do opens on ("Check these common
# issues", "Verify the following"): no names, lower case after "In <subject>,".
_IMPERATIVES = frozenset(
    ["check", "verify", "ensure", "confirm", "try", "make", "consider", "review", "follow"]
)
_LOWER_WORD = re.compile(r"(?<![\w-])[a-z][a-z0-9]*(?![\w-])")
_LINK_TARGET = re.compile(r"\]\([^)]*\)|<[^>\n]*>|https?://\S+")
# A heading's text, its "#" marks and a trailing attribute block ("{#supported-os}") off.
_HEADING_TEXT = re.compile(r"^#{1,6}\s+(.*?)\s*(?:\{[^{}]*\})?\s*$")
_COMMAND = re.compile(r"^\s*(?:\$\s+|sudo\s+)?([a-z][a-z0-9_-]+)(?=\s|$)")


def generic_title(title: str) -> tuple[bool, str]:
    """Whether ``title`` says only what kind of page it is, and the rest of it when
    it names something besides ("Troubleshooting GitLab Runner" -> "GitLab Runner")."""
    bare = _GLOSS.sub(" ", title)
    words = _TITLE_WORD.findall(bare)
    kinds = [w for w in words if w.lower() in _KIND_WORDS]
    if not kinds:
        return False, ""
    rest = [w for w in words if w.lower() not in _GENERIC_WORDS]
    return True, " ".join(rest)


def _is_name(words: str) -> bool:
    """Every word capitalised or with a capital inside ("GitLab Runner", "CockroachDB")."""
    return all(any(c.isupper() for c in w) for w in words.split())


def document_subject(title: str, text: str) -> str:
    """The product or thing a generically titled document is about, "" when its title
    is not generic or no subject is sure (see the module's order)."""
    generic, rest = generic_title(title)
    if not generic:
        return ""
    prose, commands, sections, headings = _read(text)
    if rest:
        # A title naming its subject past the generic words; a long remainder or one
        # the text never repeats ("Frequently Asked Typescript Interview Questions")
        # is no sure name, and then nothing else is tried: the title says the page is
        # about something, only not clearly what.
        if (
            len(rest.split()) <= _NAME_WORDS
            and _is_name(rest)
            and _mentions(rest, prose) >= _MIN_MENTIONS
        ):
            return rest
        return ""
    named = _field_subject(text, prose)
    return named or _counted_subject(prose, commands, sections) or _heading_subject(headings, prose)


def _read(text: str) -> tuple[str, Counter[str], list[str], list[str]]:
    """The prose (code left out), the commands the code runs, each section's prose, and
    the headings' text (front matter and code left out: a YAML or shell comment is no
    heading)."""
    prose: list[str] = []
    headings: list[str] = []
    sections: list[list[str]] = [[]]
    commands: Counter[str] = Counter()
    fence = ""
    for line in _FRONT_MATTER.sub("", text, count=1).split("\n"):
        was, fence = fence, code_fence(fence, line)
        if was or fence:
            if was and fence:
                match = _COMMAND.match(line)
                if match:
                    commands[match.group(1)] += 1
            continue
        heading = _HEADING_TEXT.match(line)
        if heading:
            sections.append([])
            headings.append(heading.group(1))
        if heading or line.lstrip().startswith("|"):
            continue  # Title Case and table cells are no sentences
        for span in ONE_LINE_CODE_SPAN.findall(line):
            match = _COMMAND.match(span.strip("`"))
            if match:
                commands[match.group(1)] += 1
        line = _EMPHASIS.sub("", _LINK_TARGET.sub(" ", ONE_LINE_CODE_SPAN.sub(" ", line)))
        prose.append(line)
        sections[-1].append(line)
    return "\n".join(prose), commands, ["\n".join(s) for s in sections], headings


def _mentions(name: str, prose: str) -> int:
    return len(re.findall(rf"(?<![\w-]){re.escape(name)}(?![\w-])", prose, re.IGNORECASE))


def _field_subject(text: str, prose: str) -> str:
    match = _FRONT_MATTER.match(text)
    if not match:
        return ""
    try:
        data = yaml.safe_load(match.group(1))
    except yaml.YAMLError:
        return ""
    if not isinstance(data, dict):
        return ""
    for key in _FIELDS:
        value = data.get(key)
        if not isinstance(value, str) or not value.strip():
            continue
        value = value.strip()
        if generic_title(value)[0] or len(value.split()) > _NAME_WORDS:
            continue
        if _mentions(value, prose) >= _MIN_MENTIONS:
            return value
    return _described_subject(data.get("description"), prose)


# A word of a description that could name the product: capitalised or with a capital
# inside ("QuestDB", "Tekton"), not a kind word ("FAQ") nor a sentence's first word
# ("These questions are …").
_DESCRIBED_NAME = re.compile(r"(?<=[^.!?:]\s)[A-Z][\w.-]*[\w]|(?<=\s)[a-z]+[A-Z][\w-]*")


def _described_subject(description: object, prose: str) -> str:
    """The one name a front-matter ``description`` gives ("FAQ for QuestDB
    troubleshooting.") that the text keeps naming: the page's product. "" when the
    description names none, or two the text names alike (no sure subject)."""
    if not isinstance(description, str):
        return ""
    names = {
        name
        for name in _DESCRIBED_NAME.findall(description.strip())
        if name.casefold() not in _GENERIC_WORDS and len(name) > 1
    }
    named = [name for name in sorted(names) if _mentions(name, prose) >= _MIN_MENTIONS]
    return named[0] if len(named) == 1 else ""


def _counted_subject(prose: str, commands: Counter[str], sections: list[str]) -> str:
    return (
        _command_subject(prose, commands, sections)
        or _name_subject(prose, sections)
        or _long_name_subject(prose, sections)
    )


# Capitalised words (acronyms too: "DB") written one after another: a long name.
_NAME_RUN = re.compile(r"(?<![\w./-])[A-Z][A-Za-z0-9]*(?: [A-Z][A-Za-z0-9]*)+(?![\w-])")
# The intro and first answers a long name must be named in: this many paragraphs (a bold
# question is a paragraph of its own, its answer the next).
_OPENING_PARAGRAPHS = 2
_BLANK_LINES = re.compile(r"\n[ \t]*\n")


def _long_name_subject(prose: str, sections: list[str]) -> str:
    """The name of several capitalised words the text writes most, when the opening
    paragraphs name it and it leads every other such name across the paragraphs. Words a
    sentence merely opens with ("The", "Your") are not part of it: the text writes them
    in lower case too."""
    lowered = set(_LOWER_WORD.findall(prose))
    counts: Counter[str] = Counter()
    for run in _NAME_RUN.findall(prose):
        words = run.split()
        while words and words[0].lower() in lowered:
            words = words[1:]
        if len(words) >= 2:
            counts[" ".join(words)] += 1
    ranked = counts.most_common(2)
    if not ranked:
        return ""
    name, count = ranked[0]
    second = ranked[1][1] if len(ranked) > 1 else 0
    # Answers, not headings, are what keep naming it: a page of bold questions has one
    # heading section or none, so its paragraphs are counted.
    paragraphs = [p for s in sections for p in _BLANK_LINES.split(s) if p.strip()]
    if (
        count < _MIN_COUNT
        or count < _LEAD * second
        or len(name.split()) > _LONG_NAME_WORDS
        or _spread(name, paragraphs) < _MIN_SECTIONS
    ):
        return ""
    return name if _spread(name, paragraphs[:_OPENING_PARAGRAPHS]) else ""


# A plain capitalised word: a heading's first word is one because it opens a sentence.
_OPENER_WORD = re.compile(r"[A-Z][a-z]*")


def _heading_subject(headings: list[str], prose: str) -> str:
    """The name the headings ask about far more than any other: a FAQ titled only "FAQ"
    whose questions keep naming its product ("What binary formats does gVisor support?",
    "Can I run Docker images using gVisor?") while the answers name others as often
    (SELinux, Docker). Words the text also writes in lower case ("What", "Can") are
    sentence openers, not names; the name must appear in the prose too."""
    lowered = set(_LOWER_WORD.findall(prose))
    counts: Counter[str] = Counter()
    for heading in headings:
        words = _ANY_NAME.findall(ONE_LINE_CODE_SPAN.sub(" ", heading))
        if words and heading.startswith(words[0]) and _OPENER_WORD.fullmatch(words[0]):
            words = words[1:]  # "What …", "My container …": the heading's opener
        counts.update({w for w in words if w.lower() not in lowered})
    ranked = counts.most_common(2)
    if not ranked:
        return ""
    name, count = ranked[0]
    second = ranked[1][1] if len(ranked) > 1 else 0
    if count < _MIN_SECTIONS or count < _LEAD * second or _mentions(name, prose) < _MIN_MENTIONS:
        return ""
    return name


def _spread(name: str, sections: list[str]) -> int:
    """In how many sections the text names ``name`` (any case)."""
    pattern = re.compile(rf"(?<![\w-]){re.escape(name)}(?![\w-])", re.IGNORECASE)
    return sum(1 for s in sections if pattern.search(s))


def _command_subject(prose: str, commands: Counter[str], sections: list[str]) -> str:
    """The command the code blocks run far more than any other (``colima start``,
    ``mise use``), spelled as the prose spells it most ("Colima", "mise")."""
    ranked = commands.most_common(2)
    if not ranked:
        return ""
    command, count = ranked[0]
    second = ranked[1][1] if len(ranked) > 1 else 0
    if command in _SHELL or count < _MIN_MENTIONS or count < _LEAD * second:
        return ""
    spellings = Counter(
        re.findall(rf"(?<![\w./-]){re.escape(command)}(?![\w-])", prose, re.IGNORECASE)
    )
    if not spellings:
        # A control command named after its product ("limactl" of Lima, "etcdctl"):
        # the name the prose uses most that the command begins with.
        spellings = Counter(
            n
            for n in _ANY_NAME.findall(prose)
            if len(n) >= _MIN_MENTIONS and command.startswith(n.lower())
        )
        command = spellings.most_common(1)[0][0] if spellings else command
    if sum(spellings.values()) < _MIN_COUNT or _spread(command, sections) < _MIN_SECTIONS:
        return ""
    return str(spellings.most_common(1)[0][0])


def _name_subject(prose: str, sections: list[str]) -> str:
    """The capitalised name written inside sentences far more than any other, across
    sections ("Prometheus", "Argo CD"); words a sentence or table cell merely opens
    with ("What", "Supported") are not counted."""
    lowered = set(_LOWER_WORD.findall(prose))
    counts: Counter[str] = Counter(
        n for n in _MID_NAME.findall(prose) if n.lower() not in lowered and not n.isupper()
    )
    if not counts:
        return ""
    ranked = counts.most_common(2)
    name, count = ranked[0]
    second = ranked[1][1] if len(ranked) > 1 else 0
    if count < _MIN_COUNT or count < _LEAD * second or _spread(name, sections) < _MIN_SECTIONS:
        return ""
    # Counted anywhere in a sentence too, it must still lead: a page naming its own
    # product mostly as a sentence's subject ("Black formats …") over "Python" inside
    # sentences is not about Python.
    anywhere = Counter(_ANY_NAME.findall(prose))
    if any(n != name and anywhere[n] * _LEAD > anywhere[name] for n, _ in anywhere.most_common(3)):
        return ""
    # "Argo CD": the name almost always goes on with a second word, which belongs to it.
    pairs = Counter(p for p in _PAIR.findall(prose) if p[0] == name)
    if pairs:
        (first, following), together = pairs.most_common(1)[0]
        if together * 4 >= count * 3:
            return f"{first} {following}"
    return name


# A front opened by a generic label ("FAQ: how to …", "Troubleshooting: …").
_LABEL = re.compile(r"^([^:?]{1,60}): (?=\S)")


def _names(front: str, subject: str) -> bool:
    """Whether ``front`` names ``subject`` (or its last word: "Runner" for "GitLab
    Runner" is not enough, its first word "GitLab" is not either: the whole name)."""
    if re.search(rf"(?<![\w-]){re.escape(subject)}(?![\w-])", front, re.IGNORECASE):
        return True
    # "ArgoCD" names "Argo CD": a name written with and without its space.
    joined = subject.replace(" ", "")
    return (
        joined != subject
        and re.search(rf"(?<![\w-]){re.escape(joined)}(?![\w-])", front, re.IGNORECASE) is not None
    )


# The opening words of a front written lower case after the subject.
_OPENERS = frozenset(
    [
        "how",
        "what",
        "why",
        "when",
        "where",
        "which",
        "who",
        "whose",
        "is",
        "are",
        "can",
        "could",
        "do",
        "does",
        "did",
        "should",
        "will",
        "would",
        "has",
        "have",
        "was",
        "were",
        "the",
        "a",
        "an",
        "cannot",
        "unable",
        "my",
        "some",
        "multiple",
        "many",
        "all",
        "any",
        "each",
        "every",
        "no",
        "other",
        "there",
        "this",
        "that",
        "these",
        "those",
        "it",
        "its",
        "using",
        "on",
        "in",
        "for",
        "with",
        "after",
        "before",
        "if",
    ]
)


def _generic_label(label: str) -> bool:
    """A label naming only a kind of page or section ("FAQ", "Troubleshooting",
    "Generic", "Misc"): on a front it stands where the subject should."""
    words = _TITLE_WORD.findall(_GLOSS.sub(" ", label))
    return bool(words) and all(w.lower() in _LABEL_WORDS for w in words)


def with_subject(front: str, subject: str, lowered: frozenset[str] = frozenset()) -> str:
    """``front`` naming ``subject``: a generic label before its colon becomes the
    subject ("FAQ: how to rotate …?" -> "Argo CD: how to rotate …?"), else the subject
    opens it ("How to customize Docker config?" -> "Colima: how to customize Docker
    config?"). A front that names the subject already is returned as it is."""
    if not subject or _names(front, subject):
        return front
    label = _LABEL.match(front)
    if label and _generic_label(label.group(1)):
        return f"{subject}: {front[label.end() :]}"
    # A front with a colon of its own ("X is not reachable: why?") gets no second one,
    # it reads as a sentence; else the subject leads as the deck's other fronts asking
    # of the page's subject do ("Prometheus: Can I send alerts?").
    if ": " not in ONE_LINE_CODE_SPAN.sub("", front):
        return f"{subject}: {front}"
    first = front.split(" ", 1)[0]
    # Only a word that is surely no name goes lower case: a question word, a gerund, a
    # word the page writes in lower case itself ("Shared"); any other ("Incus",
    # "Docker-machine", "FATA[0000]") may name something.
    word = first.rstrip(":,;?!")
    common = word.isalpha() and (
        word.lower() in _OPENERS
        or word.endswith("ing")
        or word.lower() in lowered
        or word.lower() in _IMPERATIVES
    )
    words = [w for w in front.split()[1:] if w[:1].isalpha() and len(w) > 3]
    if words and sum(w[:1].isupper() for w in words) * 2 > len(words):
        common = False  # a Title Case heading ("Why Am I Getting …") keeps its case
    opening = f"{first[:1].lower()}{first[1:]}" if common and word[1:].islower() else first
    return f"In {subject}, {opening}{front[len(first) :]}"


def name_subject(notes: list[Note], subject: str, text: str) -> list[Note]:
    """Each question front (and a cloze's generic label) of the document ``text`` made
    to name ``subject``."""
    if not subject:
        return notes
    lowered = frozenset(_LOWER_WORD.findall(_read(text)[0]))
    fronts = {
        id(n): with_subject(n.front, subject, lowered)
        for n in notes
        if isinstance(n, FactNote) and n.front
    }
    # A generic label may be what told two namesakes apart ("How to rotate the secret?"
    # and "FAQ: how to rotate the secret?"): a front the subject would make the same as
    # another note's keeps its label.
    seen = Counter(f.casefold() for f in fronts.values())
    out: list[Note] = []
    for note in notes:
        if isinstance(note, FactNote) and note.front:
            front = fronts[id(note)]
            label = _LABEL.match(note.front)
            relabelled = label is not None and _generic_label(label.group(1))
            if seen[front.casefold()] == 1 or not relabelled:
                note = replace(note, front=front)
        elif isinstance(note, ClozeNote):
            label = _LABEL.match(note.text)
            generic = label is not None and _generic_label(label.group(1))
            if label and generic and not _names(note.text, subject):
                note = replace(note, text=f"{subject}: {note.text[label.end() :]}")
        out.append(note)
    return out


# ----------------------------------------------------- a single-subject collection

# The kinds of collection a title names ("PostgreSQL Questions", "Terraform Cheatsheet",
# "Kafka Interview Q&A"): a title must name one to be read as a collection.
_COLLECTION_KINDS = frozenset(
    ["questions", "question", "q&a", "qa", "cheatsheet", "sheet", "notes"]
)
# The words a title adds to its subject's name to say it collects questions or notes
# about it: a kind and the words around it; a parenthesised gloss ("(Commands, Codes &
# Steps)") says no more.
_COLLECTION_WORDS = _COLLECTION_KINDS | frozenset(
    ["interview", "answers", "and", "&", "cheat", "commands", "reference", "quick"]
)
# A question front asking with a generic noun: "What are the backup methods?", "What
# is the difference between …?", "Which are the …?", "How do you implement replication?".
_GENERIC_ASK = re.compile(
    r"^(?:(?:what|which) (?:are|is) (?:the|some of the)\b|"
    r"how (?:do|can|should|would) (?:you|we|i|one)\b)[^?:]*\?$",
    re.IGNORECASE,
)
# A word that names something: capitalised past the first word ("Windows", "NULL"),
# with a capital or digit inside ("PostgreSQL", "S3"), in code or quotes. An acronym of
# two letters ("HA", "DB") abbreviates a common noun.
_INNER_CAPITAL = r"\b\w*[a-z]\w*[A-Z]\w*"  # "PostgreSQL", "gRPC": a capital after a small letter
_NAMING_WORD = re.compile(rf"(?<=\s)(?:[A-Z][\w.+-]*)|[`\"“]|{_INNER_CAPITAL}|\w+\d\w*")
# A section heading's word naming a product: a capital inside it, or an acronym of three
# letters or more ("PgBouncer", "WAL"; "HA" abbreviates a common noun).
_SECTION_NAME = re.compile(rf"{_INNER_CAPITAL}|\b[A-Z]{{3,}}\b")


def collection_subject(title: str, text: str) -> str:
    """The subject a title names before words saying the page collects questions or
    notes about it ("PostgreSQL Questions" -> "PostgreSQL", "Terraform Cheatsheet
    (Commands, Codes & Steps)" -> "Terraform"): a name of at most three words that the
    text repeats; "" for any other title."""
    words = _TITLE_WORD.findall(_GLOSS.sub(" ", title))
    if not any(w.lower() in _COLLECTION_KINDS for w in words):
        return ""
    rest = " ".join(w for w in words if w.lower() not in _COLLECTION_WORDS)
    if not rest or len(rest.split()) > _NAME_WORDS or not _is_name(rest):
        return ""
    prose = _read(text)[0]
    # A name is written as the title writes it ("Terraform", "PostgreSQL") more often
    # than in lower case: "Concurrency Questions" titles a topic the prose writes
    # "concurrency".
    written = len(re.findall(rf"(?<![\w-]){re.escape(rest)}(?![\w-])", prose))
    lowered = _mentions(rest, prose) - written
    return rest if written >= _MIN_MENTIONS and written > lowered else ""


def named_words(text: str) -> frozenset[str]:
    """The words (lower-cased) a document writes as names: with a capital inside
    ("JavaScript", "NgModule"), capitalised inside a sentence more often than in lower
    case ("Redux", "Formik"), or alone in code (`create-react-app`). A question writing
    one in lower case ("redux form", "javascript module") still names it."""
    prose = _read(text)[0]
    inner = {w.lower() for w in re.findall(r"\b[A-Za-z]+[a-z][A-Z]\w*", prose)}
    capitals = Counter(w.lower() for w in _MID_NAME.findall(prose))
    lowers = Counter(_LOWER_WORD.findall(prose))
    spans = {s.strip("`").lower() for s in ONE_LINE_CODE_SPAN.findall(_FRONT_MATTER.sub("", text))}
    coded = {s for s in spans if re.fullmatch(r"[a-z][\w.-]*", s)}
    return frozenset(inner | coded | {w for w, n in capitals.items() if n > lowers[w]})


# Lower-case names by their shape: a JavaScript library ("nextjs", "zonejs").
_JS_NAME = re.compile(r"\b[a-z]{2,}\.?js\b")


def names_nothing(question: str, names: frozenset[str] = frozenset()) -> bool:
    """Whether a question front asks with a definite generic noun and names nothing
    ("What are the authentication methods?", "How do you get / update modules?"): no
    word past the first is capitalised (but "I" and a two-letter acronym), none has a
    capital or digit inside, nothing is in code or quotes, no word is one of ``names``
    (the document's names written in lower case) or a JavaScript library's name."""
    if not _GENERIC_ASK.match(question):
        return False
    words = re.findall(r"[\w][\w.-]*[\w]|\w", question.lower())
    if _JS_NAME.search(question) or any(w in names for w in words):
        return False
    for match in _NAMING_WORD.finditer(question):
        word = match.group(0).rstrip(".?!,;")
        if word == "I" or (len(word) == 2 and word.isalpha() and word.isupper()):
            continue
        return False
    return True


def _section_names(section: str, subject: str, proper: frozenset[str]) -> bool:
    """Whether a section heading names something besides ``subject`` ("Docker", "`etcd`",
    "PgBouncer"): a collection covering several products asks each section's questions
    of that section's product."""
    bare = section.replace(subject, " ")
    if "`" in bare or _SECTION_NAME.search(bare):
        return True
    return any(w in proper for w in re.findall(r"[A-Z][a-z]+", bare))


def name_collection_subject(
    notes: list[Note], subject: str, text: str, proper: frozenset[str], title: str = ""
) -> list[Note]:
    """Each question front of a one-subject collection that asks with a generic noun
    and names nothing made to name ``subject`` ("PostgreSQL: what are the backup
    methods?"); a front that names anything, has a label of its own, or sits in a
    section naming something else stays exactly as written. A front asked of the
    collection's whole ``title`` ("PostgreSQL Questions: best practices?") is asked of
    ``subject`` like its siblings ("PostgreSQL: best practices?")."""
    if not subject:
        return notes
    names = named_words(text)
    out: list[Note] = []
    for note in notes:
        if title and isinstance(note, FactNote) and note.front.startswith(f"{title}: "):
            note = replace(note, front=f"{subject}: {note.front[len(title) + 2 :]}")
        if isinstance(note, FactNote) and note.front:
            first, newline, more = note.front.partition("\n")
            sections = note.origin.section.split(" › ") if note.origin else []
            if (
                names_nothing(first, names)
                and not _names(first, subject)
                and not any(_section_names(s, subject, proper) for s in sections if s != first)
            ):
                opening = f"{first[:1].lower()}{first[1:]}"
                note = replace(note, front=f"{subject}: {opening}{newline}{more}")
        out.append(note)
    return out


# A section heading's label before the name it titles: "Section: Amazon S3", "Part 2: X".
_SECTION_LABEL = re.compile(r"^(?:section|part|chapter|module|topic)\b[^:]{0,8}:\s*", re.IGNORECASE)
# A word that is a name by its shape: an acronym ("AWS", "IAM"), a capital or digit
# inside ("EC2", "S3", "PostgreSQL").
_NAME_SHAPE = re.compile(rf"^(?:[A-Z]{{2,}}s?|[A-Za-z]+\d\w*|{_INNER_CAPITAL})$")
_SECTION_NAME_WORDS = 3


def section_name(heading: str, names: frozenset[str]) -> str:
    """The one product a section heading titles ("Section: Amazon S3" -> "Amazon S3",
    "## AWS EC2", "## Terraform"): at most three words, either all capitalised words the
    document's prose writes as names, or ending on one shaped as a name (an acronym, a
    capital or digit inside) after such names or a vendor's capitalised first word; "" for a
    heading naming several things ("Route 53, Monitoring, and Cost", "VPC &
    Networking") or a topic ("Basic Questions", "Common JVM Questions")."""
    bare = _SECTION_LABEL.sub("", " ".join(heading.split())).strip()
    words = bare.split()
    if not words or len(words) > _SECTION_NAME_WORDS:
        return ""
    if all(w[:1].isupper() and w.lower() in names for w in words):
        return bare  # "## Terraform": a name the document's prose writes as one
    if not _NAME_SHAPE.match(words[-1]):
        return ""
    for at, word in enumerate(words[:-1]):
        # Only a vendor's word may lead the product's own ("Amazon S3", "Google GKE").
        known = word.lower() in names or (at == 0 and word.isalpha())
        if not (_NAME_SHAPE.match(word) or (word[:1].isupper() and known)):
            return ""
    return bare


def _names_none(question: str, names: frozenset[str]) -> bool:
    """Whether a question names nothing past its first word: nothing capitalised (but
    "I"), nothing with a capital or digit inside, nothing in code or quotes, no word the
    document writes as a name."""
    words = re.findall(r"[\w][\w.-]*[\w]|\w", question.lower())
    if _JS_NAME.search(question) or any(w in names for w in words[1:]):
        return False
    return all(m.group(0) == "I" for m in _NAMING_WORD.finditer(question))


# An all-caps acronym ("PITR", "VPCs"): a product's name only when the page writes it
# again outside the question's own line.
_ACRONYM = re.compile(r"(?<![\w-])[A-Z]{2,}s?(?![\w-])")


def _lone_acronyms_lowered(question: str, text: str) -> str:
    """``question`` with each acronym the page writes only once (in the question itself:
    "Backups & PITR?") in lower case: a feature's shorthand, not a product's name."""

    def lowered(match: re.Match[str]) -> str:
        word = match.group(0)
        seen = re.findall(rf"(?<![\w-]){re.escape(word)}(?![\w-])", text)
        return word.lower() if len(seen) <= 1 else word

    return _ACRONYM.sub(lowered, question)


# A front asked in a whole sentence ("How do you list …?", "What is …?"); the fronts a
# section's product is missing from are the interview's shorthand ("Backups & retention?").
_ASKING_WORD = re.compile(
    r"^(?:what|which|who|whom|whose|when|where|why|how|is|are|was|were|do|does|did|can|"
    r"could|should|would|will|has|have|may|must|name|list|explain|describe|define)\b",
    re.IGNORECASE,
)


def name_section_subjects(notes: list[Note], text: str) -> list[Note]:
    """Each shorthand question front (no question word: "Consistency model today?") of a
    section titled by one product ("## Section: Amazon S3") that names nothing of its
    own made to name that product ("Amazon S3: consistency model today?"): in a
    collection grouped by service, the section heading is what every such question asks
    about. A section only counts when at least two of its notes ask questions; a front
    that names anything, has a label of its own or names the product (or a word of it)
    stays exactly as written."""
    names = named_words(text)
    asked: Counter[str] = Counter()
    for note in notes:
        if isinstance(note, FactNote) and note.origin and note.front.endswith("?"):
            asked[note.origin.section] += 1
    out: list[Note] = []
    for note in notes:
        if isinstance(note, FactNote) and note.origin and asked[note.origin.section] >= 2:
            first, newline, more = note.front.partition("\n")
            product = section_name(note.origin.section.split(" › ")[-1], names)
            if (
                product
                and first.endswith("?")
                and ": " not in first
                and not _names(first, product)
                # "Which command prepares a kettle project?" under "Kettle CLI" names it.
                and not set(re.findall(r"\w+", product.lower()))
                & set(re.findall(r"\w+", first.lower()))
                and not _ASKING_WORD.match(first)
                and _names_none(_lone_acronyms_lowered(first, text), names)
            ):
                if not _NAME_SHAPE.match(first.split(" ", 1)[0]):
                    first = f"{first[:1].lower()}{first[1:]}"  # ("IMDSv2 …" stays)
                note = replace(note, front=f"{product}: {first}{newline}{more}")
        out.append(note)
    return out


# ------------------------------------------------ a generic section name as a prefix

# Section names that say what kind of part of a reference page a block sits in, never
# what it is about: "Arguments: In addition to custom labels, the following internal
# labels … ?" asks of no component. The page's subject joins them ("loki.source.kafka
# arguments: …").
_KIND_SECTION = re.compile(
    r"^(?:arguments|parameters|fields|options|settings|attributes|properties|"
    r"configuration|inputs|outputs|exports|usage|installation|setup|quick ?start|"
    r"getting started|requirements|prerequisites|limitations|known issues|"
    r"troubleshooting)$",
    re.IGNORECASE,
)
# Section names that only name a kind of part, whatever generic words qualify it
# ("Signals", "Configuration parameters", "Global flags", "Sub-parameters"): the parts
# are a program's or a component's, so the owner joins them ("pgbouncer signals: …").
_PART_SECTION = re.compile(
    r"^(?:(?:global|common|required|optional|positional|named|inherited|general|"
    r"available|supported|additional|other|advanced|basic|top-level|command|"
    r"command-line|cli|configuration|config|environment|runtime)\s+){0,2}"
    r"(?:sub-?)?(?:signals|arguments|args|flags|options|parameters|params|fields|"
    r"properties|attributes|settings|variables|subcommands)$",
    re.IGNORECASE,
)
# A heading written as a phrase of common words ("Admin console", "Deprecated
# features"): it names a part of the page, not the program whose parts a kind-of-part
# section below it lists. No word in it is written as a name: in code, an acronym, a
# capital or digit inside, a dotted or underscored identifier, a capital past the first.
_NAMED_WORD = re.compile(rf"`|\b[A-Z]{{2,}}|\w\d|{_INNER_CAPITAL}|\w[._]\w")
# Section names that say only where on the page a block sits ("Overview", "Examples"):
# the page's subject stands for them alone ("Overview: A cluster is …" -> "<page>: …").
_PLACE_SECTION = re.compile(
    r"^(?:overview|introduction|intro|examples?|notes?|details|summary|background|"
    r"description)$",
    re.IGNORECASE,
)
_PAGE_NAME_WORDS = 4  # a longer title is a topic sentence, no name to put on a front
# Words of a title that name a kind of document ("Installation Guide", "Reference").
_DOCUMENT_WORDS = frozenset(
    ["guide", "reference", "docs", "documentation", "manual", "tutorial", "page", "notes"]
)
_PARENT_WORDS = 6  # a longer parent heading is a sentence, no name to put on a front


def page_name(title: str, subject: str) -> str:
    """What a page is about, to name on a front: its generic title's subject, else its
    own title when that is a short name ("loki.source.kafka", "Cluster Mode"); "" when
    the title only says what kind of page or section it is ("Installation Guide") or
    reads as a sentence."""
    if subject:
        return subject
    if not title or generic_title(title)[0] or len(title.split()) > _PAGE_NAME_WORDS:
        return ""
    if any(w.lower() in _DOCUMENT_WORDS for w in _TITLE_WORD.findall(title)):
        return ""  # "Workflow Publishing Guide": a topic the page teaches, not a name
    if _generic_section(title):
        return ""  # "Mirror setup": a task the page walks through, not a name
    return title


# Last words of a heading naming a kind of section ("Implementation details", "Best
# practices", "Advanced configuration"): no owner for the section below it.
_SECTION_WORDS = frozenset(["practices", "details", "guidelines", "recommendations", "tips"])


def _generic_section(name: str) -> bool:
    words = _TITLE_WORD.findall(name)
    return not words or bool(
        _KIND_SECTION.match(words[-1])
        or _PLACE_SECTION.match(words[-1])
        or words[-1].lower() in _LABEL_WORDS | _SECTION_WORDS
    )


def _common_phrase(heading: str) -> bool:
    """Whether a heading is a phrase of common words ("Admin console", "Command line
    switches"): two words or more, none past the first capitalised, none shaped as a
    name (:data:`_NAMED_WORD`). "Service" or "Cluster Mode" may name a thing."""
    words = heading.split()
    return (
        len(words) >= 2
        and not _NAMED_WORD.search(heading)
        and all(not w[:1].isupper() for w in words[1:])
    )


def _owner(section: str, page: str) -> str:
    """What the last heading of ``section`` is part of: the nearest heading above it
    that names something ("Multi-Shard Cluster" over "Overview"), else the page. The
    parts a kind-of-part heading lists ("Signals") are a named thing's: a parent that
    is a phrase of common words ("Admin console") gives way to the page's name."""
    path = section.split(" › ")
    parts = bool(page) and bool(_PART_SECTION.match(path[-1]))
    for parent in reversed(path[:-1]):
        if (
            parent
            and not _generic_section(parent)
            and not parent.rstrip().endswith("?")
            and len(parent.split()) <= _PARENT_WORDS
            and not (parts and _common_phrase(parent))
        ):
            return parent
    return page


def name_generic_sections(notes: list[Note], name: str) -> list[Note]:
    """Each front (or cloze) opening on the generic name of the section it sits in
    ("Arguments: …", "Overview: …") made to name what that section is part of instead:
    the nearest heading above it that names something, else the page's subject
    ``name`` ("loki.source.kafka arguments: …", "Multi-Shard Cluster: …"). A front that
    names it already just loses the label; one the change would make equal to another
    note's front keeps it (the label told them apart)."""

    def renamed(text: str, section: str) -> str:
        label = _LABEL.match(text)
        if not label or label.group(1) != section.split(" › ")[-1]:
            return text
        owner = _owner(section, name)
        if not owner:
            return text
        rest = text[label.end() :]
        heading = label.group(1)
        if _KIND_SECTION.match(heading) or _PART_SECTION.match(heading):
            prefix = f"{owner} {heading.lower()}"
        elif _PLACE_SECTION.match(heading):
            prefix = owner
        else:
            return text
        if _names(rest, owner):
            return f"{rest[:1].upper()}{rest[1:]}"
        return f"{prefix}: {rest}"

    changed: dict[int, str] = {}
    for position, note in enumerate(notes):
        if not note.origin or not note.origin.section:
            continue
        if isinstance(note, FactNote) and note.front:
            text = note.front
        elif isinstance(note, ClozeNote):
            text = note.text
        else:
            continue
        new = renamed(text, note.origin.section)
        if new != text:
            changed[position] = new
    fronts = Counter(
        (changed.get(p) or (n.front if isinstance(n, FactNote) else "")).casefold()
        for p, n in enumerate(notes)
        if isinstance(n, FactNote)
    )
    out: list[Note] = []
    for position, note in enumerate(notes):
        renamed_to = changed.get(position)
        if renamed_to is not None and isinstance(note, FactNote):
            if fronts[renamed_to.casefold()] == 1:
                note = replace(note, front=renamed_to)
        elif renamed_to is not None and isinstance(note, ClozeNote):
            note = replace(note, text=renamed_to)
        out.append(note)
    return out
