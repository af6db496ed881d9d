"""The last check: one pass over a built deck's notes that drops the cards whose
shape alone shows they cannot be good.

A review counts good cards among sampled cards, so a card that fails a criterion
(answerable alone, correct and complete, clean text, worth learning) is worse than no
card. Each gate here reads only a note's shape (its front, back, cloze text and type),
never a document's wording, and was kept because on the reviewed decks it dropped at
least four (since session 11, three) bad cards per good one and the gates lost at most 2%
of the good cards (README, "The last check"). :func:`last_check` is pure: notes in, kept
notes and the reason for each dropped note out.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass

from quizkit.build.markdown import (
    ANSWER_KINDS,
    ANSWER_NAMES,
    ANSWER_OPTION_WORDS,
    QUESTION_NAMES,
    label_words,
)
from quizkit.build.text import (
    FIRST_PERSON_QUOTE,
    OWN_VOICE,
    RESTATING_FILLER,
    TEMPLATE_PLACEHOLDER,
    ends_on_full_stop,
)
from quizkit.notes import ClozeNote, FactNote, Note, NoteType

__all__ = ["Dropped", "LastCheck", "drop_reason", "last_check"]


@dataclass(frozen=True, slots=True)
class Dropped:
    """A note the last check dropped, and why (one line)."""

    note: Note
    reason: str


@dataclass(frozen=True, slots=True)
class LastCheck:
    """The notes kept, in their order, and the notes dropped with their reasons."""

    kept: tuple[Note, ...]
    dropped: tuple[Dropped, ...]


# What a front asks when it is "Section: subject?": the part after the last ": ",
# without the "?" and without the "(section)" that told two notes apart.
_TOLD_APART = re.compile(r"\s*\([^()]*\)$")

# Subjects that only name a kind of block, never a thing to know: "Networking, # 89:
# question?", "`Question 6: notes?", "Ignoring Things: solution?", "RTK-Query: their
# comparison?". ("Key points", "Examples" and "Usage" are not here: a lesson's key points
# and a Secret type's usage were judged good as often as not.)
_LABEL_SUBJECT = re.compile(
    r"^(?:answers?|questions?|explanations?|summary|conclusion|"
    r"back to (?:top|(?:the )?(?:exercises?|questions?|contents|index|overview|lessons?|list))|"
    r"(?:their )?comparison|terminology|assignment|faq|concepts|"
    r"try these commands|"
    # An exercise's scaffolding: what the reader will learn, where to read more.
    r"learning (?:goals|objectives|outcomes)|(?:documentation |useful |further |related )?links|"
    r"further reading|"
    # A docs site's lifecycle badge ("**FEATURE STATE:** KubeVirt v1.9 (Alpha)"): when a
    # feature entered which stage, the page's bookkeeping, not what the feature does.
    r"feature state|"
    # A closing section's name: "Final thoughts", "Wrapping up".
    r"(?:final|closing|concluding) (?:thoughts|words|remarks)|wrap(?:ping)?[- ]up)$",
    re.IGNORECASE,
)
# "Exercise: overview?" over the steps to come: the exercise's plan, not its content.
_EXERCISE_OVERVIEW = re.compile(
    r"^(?:[^:]*\b(?:exercises?|labs?|katas?|assignments?|workshops?|tasks?)\b[^:]*: )?"
    r"overview\?$",
    re.IGNORECASE,
)
# Labels that are empty only over a list: a tutorial's "Prerequisites" list, an
# exercise's "Solution" or "Notes" list; a table's "Solution" or "Notes" column
# ("Stuck node drain: solution?", "Config file (Vim, Emacs, Nano): notes?") answers
# its row, and a "**Note:**" list inside an answer ("Why are apple trees grafted:
# note?") is about its question.
_LIST_LABEL_SUBJECT = re.compile(
    r"^(?:solutions?|notes|hints?|prerequisites?|preconditions?|before you (?:begin|start)|"
    # "Entropy: exercises?": the author's tasks for the reader, no answer among them.
    r"exercises)$",
    re.IGNORECASE,
)

# A row number asked as if it were a subject: "Networking, # 89: question?", "# 3
# (question …): what is it?" (not "C# 8", not an issue link "(#123)").
_INDEX_SUBJECT = re.compile(r"(?:^|, )#\s?\d+(?=:| \()")

# A back that is only a label: "Summary", "Explanation:", "Back to top", "(none)".
_LABEL_BACK = re.compile(
    rf"^(?:{label_words(ANSWER_NAMES, ANSWER_KINDS, QUESTION_NAMES)}|"
    r"summary|back to top|comparison|\(none\)|n/a|"
    r"notes?|details|example|output|additional links|see also|references?)"
    r"\s*:?$",
    re.IGNORECASE,
)

_URL = re.compile(r"https?://\S+")
# A short label before the links ("Explanation: https://…", "Docs: …").
_SHORT_LABEL = re.compile(r"^[A-Za-z][A-Za-z ]{0,19}:\s*")

# A label the builder should have taken off the answer ("Answer: Go handles errors …").
_BACK_LABEL = re.compile(
    rf"^{label_words(ANSWER_NAMES, ANSWER_KINDS, QUESTION_NAMES)}\s*:", re.IGNORECASE
)
# Interview-list numbering left in a card: "Q1) What is …", "(Answer: C)".
_NUMBERED_Q = re.compile(r"(?:^|\n)(?:• )?Q\d+\)")
_ANSWER_IN_FRONT = re.compile(r"\(Answer: [A-E]\)|^Answer:")
# An interview list's own label before its question: "Q. What do you …", "Basics: q. How
# do you …", "…: Question 38. How does …". Not the parser's QUESTION_LABEL_LINE (a label
# alone on a document's line): this is a label left inside a card's front, always written
# "Q." or "Question N." (a "q" elsewhere in a front is a word).
_LEFT_QUESTION_LABEL = re.compile(r"(?:^|: )[Qq]\.\s|\bQuestion \d+[a-z]?\.\s")
# A fence line or an HTML paragraph tag alone on a line: markup, not text.
_MARKUP_LINE = re.compile(r"^\s*(?:```|</?(?:p|details|summary|br)\s*/?>\s*$)", re.MULTILINE)
# A navigation link or an empty sub-heading left at the end of an answer.
# "… add a line like this", "… limits like below.", "… as follows": the back announces
# what should follow it (a line, a block) and stops there: it promises what it does not show.
_ANNOUNCING_TAIL = re.compile(
    r"\b(?:(?:like|as(?: shown)?)\s+(?:below|this|these|follows)|the following)\s*[.!]?$",
    re.IGNORECASE,
)
_NAV_TAIL = re.compile(r"(?:Back to top|Additional Links|Good to hear)\s*$", re.IGNORECASE)

# A front that is a lead-in of one or two words ("Coding Questions:") over numbered
# options: the question itself is missing.
_LEAD_OVER_OPTIONS = re.compile(r"^\S+(?: \S+)?:\s*\n\s*1\. ")

# The author's number left before a one-line question: "42. What types of …?" (not
# "3.5 GiB", not a year; only a one-line front: over several lines a numbered line may
# be the shown code's or list's own).
_NUMBERED_FRONT = re.compile(r"^(?:\d{1,3}|`\d{1,3}`)\.\s+\S.*\?$")
# A heading attribute block left in the front: "… {#what-is-it}", "Exercise 2 {.unnumbered
# .exercise data-number="2"}" (Pandoc and Hugo write them after a heading's text).
_HEADING_ATTRIBUTES = re.compile(
    r"\{(?:#[\w-]+|\.[\w-]+)(?:\s+(?:[.#][\w-]+|[\w-]+=\"[^\"]*\"))*\}\s*(?::|\?|$)", re.MULTILINE
)
# A front that asks something in words ("How many …", "Which …", "Is …").
_ASKING_WORDS = (
    r"what|how|why|when|which|who|where|is|are|does|do|can|should|"
    r"explain|describe|define|compare|name|list"
)
_QUESTION_WORD = re.compile(rf"\b(?:{_ASKING_WORDS}|whom|whose|difference)\b", re.IGNORECASE)
# A back that is only a number. A hex code alone ("0x1C") is a lookup table's cell; a
# whole number or a decimal ("8080", "0.2 mm") may be a port, a limit or a measure worth
# knowing and is only dropped when the front asks for a computed expression.
_HEX_CODE = re.compile(r"0x[0-9A-Fa-f]+")
# One word exclaimed ("SUCCESS!", "Done!"): a cheer, no answer ("Yes!" answers).
_CHEER = re.compile(r"(?!(?:yes|no|true|false|never|always)!)[^\W\d_]+!+", re.IGNORECASE)
_BARE_NUMBER = re.compile(r"[-+]?\d[\d,]*(?:\.\d+)?")
# A subject that is a computed expression: "count(reading)", "round(avg(reading), 2)".
_EXPRESSION = re.compile(r"\w\([^()]*(?:\([^()]*\)[^()]*)*\)")
# "<one or two words>: description?": a glossary row asked by its key alone.
_LABEL_DESCRIBED = re.compile(
    r"^(?P<label>[^:()\n]+): (?:description|implementation)\?$", re.IGNORECASE
)
_SHORT_ANSWER_WORDS = 4
_TOLD_APART_ASKED = re.compile(r"\s*\([^()]*\)\?$")
# "<a whole sentence.>: <column>?": a table's first column of sentences taken as a key.
_SENTENCE_KEY = re.compile(r"^(?P<key>[^\n]*\.): ")
_SENTENCE_KEY_WORDS = 4
# A sentence key that is the author's own instruction or question stays: "Describe the
# difference between A and B.: A advantages?".
_ASKING_OPENER = re.compile(
    r"^(?:describe|explain|what|how|why|write|compare|define|list|name|give)\b", re.IGNORECASE
)

_CODE_SPAN = re.compile(r"`[^`]*`")

# A front that asks about code by pointing back at it ("How do you patch your
# Deployment again with this new patch?", "What will the console log in this example?",
# "… the above code snippet …") answers nothing unless the code is on the card: a front
# showing it has a line of its own or a code span. ("This command" and "this file" are
# not here: a front names them as often as not, "Explain git reflog. This command …".)
_POINTS_BACK = re.compile(
    r"\b(?:this|these|that|those|the\s+(?:above|previous|preceding))\s+"
    r"(?:(?:new|same|last|previous|updated|revised|modified|other|second|above|sql|code|shell|yaml|json)\s+){0,2}"
    r"(?:query|queries|patch|patches|snippet|script|manifest|code|statement|example|"
    r"configuration|output)\b(?!\s*[`:–—-])|\bthe above\b(?!\s*[`:–—-])",
    re.IGNORECASE,
)
# A guide's learning goals put as a question: "By the end of this guide, you will know …?".
_LEARNING_GOALS = re.compile(
    r"\bby the end of this \w+|\byou(?: will|'ll) (?:learn|know)\b", re.IGNORECASE
)
# A code word asked only for its description, with no subject ("`Exists`: behavior?"):
# the table that said which operator, field or signal it is did not come along.
_BARE_CODE_DESCRIBED = re.compile(r"`[^`\n]+`: (?:description|behaviou?r|meaning)\?", re.IGNORECASE)
# A bare word asked alone ("Maps?", "Authors?"): a heading with no subject. Latin
# letters only: a language written without spaces asks a whole question in one "word".
_LATIN_WORD = re.compile(r"[A-Za-z][A-Za-z0-9_-]*")
_BARE_WORD_FRONT = re.compile(rf"{_LATIN_WORD.pattern}\?")
# A lead-in whose subject is a pronoun ("…: When it is not set, the first match wins …?"):
# what "it" is stayed in the sentence before.
_PRONOUN_LEAD_IN = re.compile(r"(?:When|If|Once|Unless) (?:it|they|this|that) ")
# "Our Data: month?" → "month of observation": a one-word key answered by a short phrase
# opening with that word says nothing the front did not. (Latin letters only, as above:
# a comparison cell "…: 线程?" → "线程 ID、栈 …" is no restatement.)
_RESTATING_WORDS = 6
# A list asked under a FAQ page's own label ("FAQ: how often is X checked?"): the list
# came from inside the answer's prose and is asked as if it were the whole answer. A
# lead-in ("FAQ: X has two flags …?") carries its list and stays.
_FAQ_LABEL = re.compile(r"^(?:FAQ|Frequently asked questions)\b[^:\n]*: ", re.IGNORECASE)
_JOINERS = re.compile(r"\b(?:and|or)\b|[,\s]")
# A lead-in that goes on from a sentence the card does not show ("Ingress: Which means the
# router sends traffic to the canary when …?", "…: Or third-party projects …?"): what it
# continues stayed behind. A lead-in opening with its own subject stays.
_CONTINUING_LEAD_IN = re.compile(r"(?:which|or|and|but|so)\s", re.IGNORECASE)
# A statement heading with "?" put after its full stop ("Beds: raised beds drain well.?"):
# nothing is asked. An abbreviation's point ("… etc.?", "… vs.?") or "...?" is no full stop.
# An answer that leans on one the card does not show: "• same as before, but …", "As with
# the previous example, …" (at the start of the back or of one of its items).
_LEANS_ON_PREVIOUS = re.compile(
    r"^(?:•\s*)?(?:(?:the\s+)?same\s+as\s+(?:before|above|the\s+previous\b)|"
    r"as\s+with\s+the\s+previous\b|as\s+(?:in|with)\s+the\s+(?:last|previous)\s+"
    r"(?:example|section|step|question)\b)",
    re.IGNORECASE | re.MULTILINE,
)
# A back whose prose stops at a comma ("The constructor is used for two purposes," then
# the code it introduced is gone; "While X must already exist,"): the sentence is cut. A
# last line of code ("  YourPipe,", "{ provide: X },", indented or short) ends in a comma
# as a matter of course.
_COMMA_CUT = re.compile(r"[A-Za-z]\s*,$")
_CODE_CHARACTERS = re.compile(r"[\[\]{}()=;<>]")
_CUT_SENTENCE_WORDS = 4
# A front whose subject's owner is only a number or a version ("7: solution?", "v1.13:
# kubernetes v1.32?"): the task, matrix or product the number belonged to is not on the
# card. (Of the cards judged in sessions 12 and 13: 12 bad, 0 good.)
_NUMBER_OWNER = re.compile(r"^(?:v?\d+(?:\.\d+)*|#\d+)\s*: ")
# A back too long to recall as one answer, under a front that asks nothing in words: a
# line of over 800 characters (facts run together with ";" or ":") or over 2,000
# characters in at most 20 lines (a section's prose poured into a few items). Code runs
# to many short lines and stays. (Of the cards judged in sessions 12 to 14: 12 bad, 1 good.)
_DUMP_LINE_CHARACTERS = 800
_DUMP_CHARACTERS = 2000
_DUMP_LINES = 20
# A question word among the first four words of what a front asks ("In Argo CD, how do
# I …", "Why …"): the author's question, whose long answer a reader expects.
_ASKS_EARLY = re.compile(rf"^(?:\W*[\w'-]+\W+){{0,3}}?(?:{_ASKING_WORDS})\b", re.IGNORECASE)

# A field reference's Type column asked on its own ("`brokers`: type?" → `list(string)`,
# "flag: `--upstream`: type?" → "string | list"): a bare data type is the reference's
# trivia, looked up, never learnt. (Of the cards judged in sessions 12 to 14: 8 bad, 0
# good.) A type that is a kind of thing ("`secret`", "TCP Proxy Load Balancer") stays.
_TYPE_ASKED = re.compile(r"\btype\?$", re.IGNORECASE)
_BASIC = (
    r"(?:string|str|bool|boolean|int|integer|int32|int64|uint|float|float64|double|number|"
    r"duration|list|array|map|object|dict|any|bytes|byte)"
)
_DATA_TYPE = re.compile(
    rf"`?(?:\[\])?{_BASIC}(?:\s*[(\[][^()\[\]]*[)\]]\s*{_BASIC}?|\([^()]*\))?`?"
    rf"(?:\s*(?:\||or|,)\s*`?(?:\[\])?{_BASIC}(?:\([^()]*\)|\[[^\[\]]*\]\w*)?`?)*",
    re.IGNORECASE,
)

# A back that is only a matrix's mark ("x", "✗"): a support table's cell whose meaning (yes,
# no, partly) the builder could not read; the card says nothing in words.
_LONE_MARK = re.compile(r"[x✓✔✗✘✕×]")

# A definition whose back only restates its term ("What is Package Role in Backstage?" →
# "The declared role of a package.", "Read timeout: description?" → "The timeout of a
# read."): the back's words, but for these (RESTATING_FILLER), are the term's words.
# "What is/are/does <term> (in <Product>) (mean)?", "Define <term>?".
_DEFINITION_ASKED = re.compile(
    r"^(?:what(?: is|'s| are| does)|define)\s+(?:an?\s+|the\s+)?(?P<term>[^?\n]+?)"
    r"(?:\s+in\s+[^?\n]+?)?(?:\s+mean)?\?$",
    re.IGNORECASE,
)
# "<term>: description?" (or meaning, definition).
_TERM_DESCRIBED = re.compile(
    r"^(?P<term>[^:\n]+): (?:description|meaning|definition)\?$", re.IGNORECASE
)
_TERM_WORD = re.compile(r"[^\W\d_]+|\d+")
_CAMEL_JOIN = re.compile(r"(?<=[a-z])(?=[A-Z])")
_RESTATING_BACK_WORDS = 10


def _term_words(text: str) -> set[str]:
    """The content words of ``text``, lower-cased, a plural made singular."""
    out: set[str] = set()
    for word in _TERM_WORD.findall(_CAMEL_JOIN.sub(" ", text)):
        word = word.lower()
        if word.endswith("ies") and len(word) > 4:
            word = word[:-3] + "y"
        elif word.endswith("s") and not word.endswith("ss") and len(word) > 3:
            word = word[:-1]
        if word not in RESTATING_FILLER:
            out.add(word)
    return out


def _restates_term(front: str, back: str) -> bool:
    """Whether a one-line ``back`` says only its term's words (with articles, "of",
    "the declared / given / configured"): a definition that defines nothing. A term in
    code ("`node.kubernetes.io/unschedulable`" → "Node is unschedulable") is read in
    words by its back and stays; so does a back with a number or code."""
    if "\n" in front or "\n" in back or "`" in back or re.search(r"\d", back):
        return False
    asked = _DEFINITION_ASKED.match(front) or _TERM_DESCRIBED.match(front)
    if asked:
        term = asked["term"]
    elif ": " in front and front.endswith("?"):
        term = _subject(front)
        if _QUESTION_WORD.search(term):
            return False
    else:
        return False
    if "`" in term or len(_TERM_WORD.findall(back)) > _RESTATING_BACK_WORDS:
        return False
    said = _term_words(back)
    return bool(said) and said == _term_words(term)


def _subject(front: str) -> str:
    asked = front.strip()
    asked = asked[:-1] if asked.endswith("?") else asked
    asked = _TOLD_APART.sub("", asked)
    return asked.rsplit(": ", 1)[-1].strip()


def _is_dump(front: str, back: str) -> bool:
    """Whether ``back`` is too long to recall as one answer to a ``front`` asking no
    question in words (see ``_DUMP_LINE_CHARACTERS``)."""
    if _ASKS_EARLY.match(front) or _ASKS_EARLY.match(_subject(front)):
        return False
    lines = back.split("\n")
    return any(len(line) > _DUMP_LINE_CHARACTERS for line in lines) or (
        len(back) > _DUMP_CHARACTERS and len(lines) <= _DUMP_LINES
    )


def _only_links(back: str) -> bool:
    rest = _URL.sub("", _SHORT_LABEL.sub("", back, count=1))
    # "[https://…]": a bare address in brackets (no link text) is a link all the same.
    return bool(_URL.search(back)) and not rest.strip(" •\n/[]")


_PLACEHOLDER_REASON = "a site template's placeholder stands for a name"
_WORD = re.compile(r"\w")
# A back that only promises an answer: "• Coming soon...", "TBD", "To be written".
_UNWRITTEN_BACK = re.compile(
    r"^[•\s]*(?:coming soon|to be (?:added|written|done|completed)|tbd|todo|wip)\W*$",
    re.IGNORECASE,
)


# ``…/osm-docs/{{< param osm_branch >}}/manifests/…`` in a command: a Hugo shortcode the
# site fills in when it renders the page (even in code), never what a reader types.
_SHORTCODE = re.compile(r"\{\{[<%]-?\s*/?[A-Za-z][\w-]*\b[^{}]*?-?[>%]\}\}")
_SHORTCODE_REASON = "a Hugo shortcode the site fills in is on the card"
# "Use the `{{% shortcode %}}` notation": a code span holding only a shortcode shows the
# notation itself, which a page about Hugo teaches.
_SHORTCODE_SPAN = re.compile(r"`\s*" + _SHORTCODE.pattern + r"\s*`")


def _filled_in_shortcode(text: str) -> bool:
    """Whether ``text`` holds a Hugo shortcode other than one shown alone in a code span."""
    return bool(_SHORTCODE.search(_SHORTCODE_SPAN.sub("", text)))


# A front asking of a label in the author's own voice: "My Implementation: Pods?",
# "Emerging Areas I'm Tracking: GitOps?", "… Services (My Decision)?". What the author
# built or tracks is their story, nothing a learner can recall from knowledge.
_OWN_LABEL = re.compile(rf"^{OWN_VOICE}: [^\n]+\?$")
_OWN_PART = re.compile(rf"\({OWN_VOICE}\)\?$")
# A front asking of a labelled part ("… (Your Experience)?", "Scaling: Challenge?"): a
# first-person quotation under such a label is the author's anecdote; an author's own
# question answered by a quotation ("What is duck typing?") keeps its answer.
_LABEL_ASKED = re.compile(r"\([^()?]+\)\?$|^[^:?\n]+: [^:?\n]+\?$")


# A front's sentences: a full stop, "!" or "?" and the space after it.
_SENTENCE_BREAK = re.compile(r"(?<=[.!?])\s+(?=[A-Z])")
# A sentence working on code that is already there ("Rewrite this query …", "Explain
# this script."): that code must be on the card.
_EXISTING_CODE_TASK = re.compile(
    r"^(?:rewrite|fix|modify|change|correct|debug|explain|describe|optimi[sz]e|refactor|"
    r"translate|convert|look at|consider|read|study|review|run)\b",
    re.IGNORECASE,
)


def _names_what_it_asks_for(front: str) -> bool:
    """Whether "this query" (or script, code) of ``front`` is the one its task asks for:
    the first sentence sets a task of its own ("List every tree in the north row.") and
    only the instructions after it name "this query" ("Order this query by height.",
    "Hint: there are 4 lines to run this query."), none asking about it or working on
    code already there. The answer is that code; nothing is left off the card."""
    # "Practice: List every tree …": the section the card names is no sentence of it.
    section, colon, task = front.partition(": ")
    if not colon or any(mark in section for mark in ".!?"):
        task = front
    sentences = _SENTENCE_BREAK.split(task.strip())
    if len(sentences) < 2:
        return False
    first, rest = sentences[0], sentences[1:]
    if _POINTS_BACK.search(first) or not first.endswith((".", "!")):
        return False
    pointing = [s for s in rest if _POINTS_BACK.search(s)]
    return all(
        s.rstrip().endswith((".", "!")) and not _EXISTING_CODE_TASK.match(s) for s in pointing
    )


def _fact_reason(note: FactNote) -> str | None:
    front, back = note.front.strip(), note.back.strip()
    if TEMPLATE_PLACEHOLDER.search(_CODE_SPAN.sub("", f"{front}\n{back}")):
        # "tells $productName$ to …": the site writes the name in; the page's sentence
        # names nothing a learner could recall.
        return _PLACEHOLDER_REASON
    if _filled_in_shortcode(f"{front}\n{back}"):
        return _SHORTCODE_REASON
    subject = _subject(front).strip("` ")
    if not _WORD.search(front):
        # "44. ???" with its number gone: the author has not written the question yet.
        return "the front asks no word"
    if _UNWRITTEN_BACK.match(back):
        return "the back is the author's placeholder for an answer to come"
    if _LABEL_SUBJECT.match(subject) or (
        note.type is NoteType.LIST and _LIST_LABEL_SUBJECT.match(subject)
    ):
        return f"the front asks only a label ({subject!r})"
    if note.type is NoteType.LIST and _EXERCISE_OVERVIEW.match(_TOLD_APART_ASKED.sub("?", front)):
        return "an exercise's overview of its steps to come"
    if _INDEX_SUBJECT.search(front):
        return "the front asks a row number"
    if _NUMBER_OWNER.match(front):
        return "the front's subject belongs only to a number"
    if note.type is NoteType.LIST and _FAQ_LABEL.match(front) and not front.endswith("…?"):
        return "a list from inside a FAQ answer asked as the whole answer"
    if _LEARNING_GOALS.search(front):
        return "the front states a guide's learning goals"
    if _BARE_CODE_DESCRIBED.fullmatch(front):
        return "a code word asked for its description with no subject"
    if "\n" not in front and (_OWN_LABEL.match(front) or _OWN_PART.search(front)):
        return "the front asks a part of the author's own story ('My Implementation: …')"
    if "\n" not in back and FIRST_PERSON_QUOTE.fullmatch(back) and _LABEL_ASKED.search(front):
        return "the back is the author's own story, quoted"
    # "How?" or "Why?" alone is a question word, not a heading: left to the other gates.
    if _BARE_WORD_FRONT.fullmatch(front) and not _QUESTION_WORD.fullmatch(front[:-1]):
        return "the front is a bare word with no subject"
    if ": " in front and _PRONOUN_LEAD_IN.match(_subject(front)):
        return "the front's lead-in opens with a pronoun whose referent is missing"
    if front.endswith("…?") and _CONTINUING_LEAD_IN.match(_subject(front)):
        return "the front's lead-in goes on from a sentence the card does not show"
    if "\n" not in front and front.endswith(".?") and ends_on_full_stop(front[:-1]):
        return "the front is a statement with '?' after its full stop"
    if note.type is NoteType.TIP:
        # "Concepts: `key` and `Exists`?": code words joined, nothing said about them.
        # One code word alone ("Images: `imagePullPolicy`?") was judged bad eight times
        # in nine: the tip's point (avoid it, quote it, it was renamed) is not asked.
        asked = _subject(front)
        if _CODE_SPAN.search(asked) and not _JOINERS.sub("", _CODE_SPAN.sub("", asked)):
            return "the tip's front names only code terms"
    if (
        _ANSWER_IN_FRONT.search(front)
        or _NUMBERED_Q.search(front)
        or _LEFT_QUESTION_LABEL.search(front)
    ):
        return "answer or question numbering left in the front"
    if "\n" not in front and _NUMBERED_FRONT.match(front):
        return "answer or question numbering left in the front"
    if _LEAD_OVER_OPTIONS.match(front):
        return "the front is a label over options, the question is missing"
    if _HEADING_ATTRIBUTES.search(front):
        return "a heading's attribute block left in the front"
    key = _SENTENCE_KEY.match(front)
    if (
        key
        and len(key["key"].split()) >= _SENTENCE_KEY_WORDS
        and not _ASKING_OPENER.match(key["key"])
    ):
        return "the front's key is a sentence, not a subject"
    if (
        "\n" not in front
        and not _CODE_SPAN.search(front)
        and _POINTS_BACK.search(front)
        and not _names_what_it_asks_for(front)
    ):
        return "the front points back at code it does not show"
    if not back:
        return None
    if _is_dump(front, back):
        return "the back is too long to recall as one answer"
    if _LABEL_BACK.match(back):
        return "the back is only a label"
    if _LONE_MARK.fullmatch(back):
        return "the back is only a table's mark"
    if _TYPE_ASKED.search(front) and _DATA_TYPE.fullmatch(back):
        return "a field's bare data type asked on its own"
    if (
        note.type is NoteType.FACT
        and "\n" not in front
        and not _QUESTION_WORD.search(front)
        and (
            _HEX_CODE.fullmatch(back)
            or (_BARE_NUMBER.fullmatch(back) and _EXPRESSION.search(front.rsplit(": ", 1)[-1]))
        )
    ):
        return "a bare code or computed value answers a front that asks no question"
    if _CHEER.fullmatch(back) and not _QUESTION_WORD.search(front):
        # "**STATUS: Running** - SUCCESS!": the page cheering the reader on.
        return "the back is one exclaimed word"
    # "(<section>)" only told two such rows apart: the row is asked by its key all the same.
    described = _LABEL_DESCRIBED.match(_TOLD_APART_ASKED.sub("?", front))
    if (
        described
        and len(described["label"].split()) <= 2
        and len(back.split()) <= _SHORT_ANSWER_WORDS
    ):
        return "a short label asked only for its description, in a few words"
    key_word = _subject(front).strip("`")
    if (
        note.type is NoteType.FACT
        and ": " in front
        and _LATIN_WORD.fullmatch(key_word)
        and len(back.split()) <= _RESTATING_WORDS
        and back.lower().startswith(key_word.lower() + " ")
    ):
        return "the back restates the front's one-word key"
    if _restates_term(front, back):
        return "the back only restates the term it defines"
    if _only_links(back):
        return "the back is only links"
    if back.endswith(":"):
        return "the back ends in a lead-in (':')"
    if _ANNOUNCING_TAIL.search(back):
        return "the back announces what follows it and stops there"
    last_line = back.rsplit("\n", 1)[-1]
    if (
        _COMMA_CUT.search(last_line)
        and not _CODE_CHARACTERS.search(last_line)
        and not last_line[:1].isspace()
        and len(last_line.split()) >= _CUT_SENTENCE_WORDS
    ):
        return "the back stops mid-sentence at a comma"
    if _LEANS_ON_PREVIOUS.search(back):
        return "the back leans on an earlier answer the card does not show"
    label = _BACK_LABEL.match(back)
    if label and len(back[label.end() :].split()) > ANSWER_OPTION_WORDS:
        return "an answer label left on the back"
    if _NUMBERED_Q.search(back):
        return "question numbering left on the back"
    if _MARKUP_LINE.search(back):
        return "markup left on the back"
    if _NAV_TAIL.search(back):
        return "navigation left at the end of the back"
    return None


def drop_reason(note: Note) -> str | None:
    """Why the last check drops ``note`` (one line), or ``None`` when it keeps it.

    Only fact-like notes (fact, list, tip, rule) are checked: no gate over clozes or
    scenarios reached four bad cards per good one on the reviewed decks. A cloze is
    dropped only for a site's placeholder or a Hugo shortcode, which no sentence can be
    learnt with."""
    if isinstance(note, FactNote):
        return _fact_reason(note)
    if isinstance(note, ClozeNote) and TEMPLATE_PLACEHOLDER.search(_CODE_SPAN.sub("", note.text)):
        return _PLACEHOLDER_REASON  # a cloze sentence too: the name is the site's
    if isinstance(note, ClozeNote) and _filled_in_shortcode(note.text):
        return _SHORTCODE_REASON
    return None


def last_check(notes: Iterable[Note]) -> LastCheck:
    """Keep the notes no gate objects to, in their order; say why each other one goes."""
    kept: list[Note] = []
    dropped: list[Dropped] = []
    for note in notes:
        reason = drop_reason(note)
        if reason is None:
            kept.append(note)
        else:
            dropped.append(Dropped(note, reason))
    return LastCheck(kept=tuple(kept), dropped=tuple(dropped))
