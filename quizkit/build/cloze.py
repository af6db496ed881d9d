"""Cloze notes from prose: the key sentences of a paragraph, one marked-up token hidden.

Official documentation states most of its facts in prose. A paragraph is never
turned into a question (that would put words in the author's mouth); instead a
sentence is kept as written and a token the author marked up is hidden, in
Anki's cloze syntax. Precision comes before recall, so a sentence becomes a
note only when all of these hold:

* it stands on its own: no pronoun or pointer to a neighbour ("this", "it",
  "the following", "In that case", "However, ..."), not a question, not a lead-in
  ending in ":", not an instruction ("Run ...", "See ..."), not part of a worked
  example ("For example, imagine ...");
* it states a default, a limit, a range, a requirement (must, only, never, unless,
  at most) or a named value: :data:`CUES`, an ordered table of small patterns;
* a token tied to that cue is marked up and worth recalling: inline code or a
  number with its unit, placed where the cue says the value is (after "default:",
  "is" or "to"; right after "at most"; next to "only"), never an example name
  (``my-service``, ``pod-a``, a name or path a YAML block of the document gives),
  a placeholder, a command line, a version, or a word the sentence spells elsewhere.

A definition ("A PriorityClass is a non-namespaced object that maps ...") needs no cue:
its term is hidden when it is inline code, a CamelCase name or the section's subject,
and what follows "is a" sets it apart (:func:`definition_token`). A sentence whose
hidden number stands in the code just above explains the example and makes no note.

At most two sentences of a paragraph become notes, and at most two tokens of a
sentence are hidden (each its own card). Note ids come from document structure:
the section, the paragraph's number in it and the sentence's number in the
paragraph, so rewording a sentence keeps every learner's progress.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING

from quizkit import cloze
from quizkit.build.markdown import Code, Located, Paragraph
from quizkit.build.text import clean, ends_on_full_stop, has_blank, slugify
from quizkit.notes import ClozeNote, Note

if TYPE_CHECKING:
    # Only for the annotation: the rule package (quizkit.build.rules) imports this module.
    from quizkit.build.rules import Context

__all__ = [
    "CHECKS",
    "CUES",
    "Sentence",
    "Token",
    "cloze_text",
    "definition_token",
    "example_names",
    "hidden_tokens",
    "key_sentences",
    "key_statement",
    "split_sentences",
    "unfit",
]

# Bounds of a card-sized sentence, in words.
_MIN_WORDS = 7
_MAX_WORDS = 45
_PER_PARAGRAPH = 2
_PER_SENTENCE = 2
_MAX_TOKEN = 48  # characters of a hidden token


@dataclass(frozen=True, slots=True)
class Sentence:
    """One sentence of a paragraph, cleaned, with its source line and number (from 1)."""

    text: str
    line: int
    number: int


@dataclass(frozen=True, slots=True)
class Token:
    """A span of a sentence that may be hidden: ``kind`` is ``code`` (inline code),
    ``number`` (with its unit or counted noun) or ``standard`` (``RFC 1035``)."""

    start: int
    end: int
    kind: str

    def text(self, sentence: str) -> str:
        return sentence[self.start : self.end]


# ------------------------------------------------------------------ sentences

_CODE_SPAN = re.compile(r"(`+)(?:(?!\1).)+?\1")
# Abbreviations whose period ends no sentence.
_ABBREVIATIONS = frozenset(
    {"e.g", "i.e", "etc", "vs", "cf", "approx", "fig", "no", "mr", "dr", "inc", "ltd"}
)
_BOUNDARY = re.compile(r"([.!?])[\"')\]]*\s+(?=[\"'(\[`]?[A-Z0-9`])")


def _masked(text: str) -> str:
    """``text`` with inline code blanked out, so a period inside code splits nothing."""
    return _CODE_SPAN.sub(lambda m: "X" * len(m.group(0)), text)


def split_sentences(text: str, line: int) -> tuple[Sentence, ...]:
    """The sentences of a paragraph's text (soft line breaks kept), with source lines."""
    masked = _masked(text)
    out: list[Sentence] = []
    start = 0
    for match in _BOUNDARY.finditer(masked):
        before = masked[start : match.start()].rsplit(None, 1)
        last_word = before[-1].lower().lstrip("(\"'") if before else ""
        if last_word in _ABBREVIATIONS or re.fullmatch(r"[a-z]", last_word):
            continue
        out.append(_sentence(text, start, match.end(), line, len(out) + 1))
        start = match.end()
    if text[start:].strip():
        out.append(_sentence(text, start, len(text), line, len(out) + 1))
    return tuple(s for s in out if s.text)


# A label before a sentence ("NOTE: The default values file ..."), not part of it.
_LABEL = re.compile(r"^(?:note|important|tip|info)\s*:\s+(?=[A-Z`])", re.IGNORECASE)


def _sentence(text: str, start: int, end: int, line: int, number: int) -> Sentence:
    piece = text[start:end]
    label = _LABEL.match(piece.lstrip())
    if label:
        start += len(piece) - len(piece.lstrip()) + label.end()
        piece = text[start:end]
    leading = len(piece) - len(piece.lstrip())
    first_line = line + text.count("\n", 0, start + leading)
    return Sentence(clean(" ".join(piece.split())), first_line, number)


# --------------------------------------------------------------------- checks

# Words that point at a neighbour: the sentence means nothing without it.
_POINTERS = re.compile(
    r"\b(?:this|these|those|such(?! as)|above|below|following|previous(?:ly)?|preceding|"
    r"aforementioned|earlier|latter|former|here|it|they|them|the example|still|instead|"
    r"(?:in|on|for|from|with|by|at|to|of|into|about|after|before|through|via|under|within|"
    r"set|sets|use|uses|using|create|creates|reach|reaches|call|calls|change|changes|"
    r"update|updates|delete|deletes|access|expose|exposes|proxies) that)\b",
    re.IGNORECASE,
)
_OPENERS = re.compile(
    r"^(?:however|also|otherwise|then|thus|so|but|and|or|instead|similarly|likewise|"
    r"additionally|alternatively|finally|again|still|hence|therefore|consequently|"
    r"for example|for instance|in addition|as a result|as such|as mentioned|in contrast|"
    r"on the other hand|now|next|once set|its|their|that|there|since then)\b",
    re.IGNORECASE,
)
# Sentences that send the reader elsewhere or tell them what to do.
_ELSEWHERE = re.compile(
    r"\b(?:see|read|learn more|refer to|for more (?:information|details)|documentation|"
    r"described in|explained in|covered in|tutorial)\b",
    re.IGNORECASE,
)
_IMPERATIVE = re.compile(
    r"^(?:run|use|create|check|try|let's|let us|make|note|set|add|define|look|consider|visit|"
    r"follow|install|open|type|click|apply|edit|remove|delete|enable|disable|configure|"
    r"specify|ensure|verify|avoid|do|don't|keep|start|stop|go|write|call|pass|replace|"
    r"if you (?:want|wish|need|would like|'d like))\b"
    # "Go 1.25 includes …", "Go's scheduler …": a name spelled like a verb, then its
    # version or its possessive, is the sentence's subject.
    r"(?!['’]s\b|\s+v?\d)",
    re.IGNORECASE,
)


def _wrong_length(sentence: str) -> bool:
    """Too short to say something on its own, or too long to read on a card."""
    words = len(sentence.split())
    return not _MIN_WORDS <= words <= _MAX_WORDS


def _not_a_statement(sentence: str) -> bool:
    """A question, a lead-in to a list or code (":"), or a fragment with no full stop. A
    sentence with the author's blanks ("X is an extension of _____.") asks too: its
    answer is what fills them, never a word the card would hide."""
    return not sentence.rstrip("\"')").endswith((".", "!")) or has_blank(sentence)


# "this", "these", "those" or a determiner "that", and the noun after it.
_DETERMINER = re.compile(
    r"(?:[a-z]+\s+)?(?:this|these|those|that)\s+([a-z][a-z-]{2,})", re.IGNORECASE
)


# "X is also required to …", "The kubelet also sets …": in the first clause, "also"
# adds to what the sentence before said ("also known as" names, it points nowhere).
# After a comma it may add to the sentence's own list ("…, or change the rule for
# ports 80 and 443 to also allow 8443").
_ALSO = re.compile(
    r"^[^,;:]*\balso\b(?!\s+(?:known|called|referred|named|written|spelled)\b)", re.IGNORECASE
)


# "`gradient` is then clamped to …", "The value by then holds …": in the first clause,
# "then" is the step after one the sentence before told ("and then" inside the sentence,
# "If …, then …" and "since then" are its own).
_THEN = re.compile(
    r"^(?![^,;:]*\b(?:if|when|once)\b)[^,;:]*(?<!\band )(?<!\bor )(?<!\bsince )\bthen\b",
    re.IGNORECASE,
)


# "Typically, there is a file named `config`." / "There is a file called `x`." after
# "Go to `$HOME/.kube` …": a thing said to be there, with no place of its own; the
# sentence before says where.
_THERE_WITHOUT_PLACE = re.compile(
    r"^(?:(?:typically|usually|normally|generally|often|mostly|in most cases),?\s+"
    r"there\s+(?:is|are|will be|should be)\b|"
    r"there\s+(?:is|will be|should be)\s+(?:a|an|one)\s+\w+\s+(?:named|called)\b)"
    r"(?!.*\b(?:in|at|under|inside|within|on|from|for|of)\s)",
    re.IGNORECASE,
)


def _needs_context(sentence: str) -> bool:
    """Opens with a connective ("However", "Also") or points at its neighbours
    ("this", "it", "the following", "in that case"), or says a thing is there without
    saying where ("Typically, there is a file named `config`."). A determiner whose
    noun the sentence named before ("... with allocated node ports, those node ports
    ...") points inside the sentence, not out of it."""
    if _OPENERS.match(sentence) or _THERE_WITHOUT_PLACE.match(sentence):
        return True
    masked = _masked(sentence)
    if _ALSO.match(masked) or _THEN.match(masked):
        return True
    if _same_points_back(masked):
        return True
    subject = _CLAUSE_SUBJECT.match(masked)
    for match in _POINTERS.finditer(masked):
        if subject is not None and match.start() in (
            subject.start("pronoun"),
            subject.start("bare"),
        ):
            continue  # "When a single X is configured, it receives ...": the X
        if _SAME_SUBJECT.match(masked, match.start()) and _named_subject(masked, match.start()):
            continue  # "The name of an X must be ..., and it cannot be ...": the name
        noun = _DETERMINER.match(masked, match.start())
        if noun is None or not _named_before(masked[: match.start()], noun.group(1)):
            return True
    return False


# A pronoun that is the subject of the main clause after a leading condition names what
# that condition named ("If weight is not configured for a backendRef it is assumed to
# be `1`", "When a Pod is preempted, it gets ..."): it points inside the sentence. The
# condition must name something of its own first (not "If it ...", not "you").
_CLAUSE_SUBJECT = re.compile(
    r"^(?:if|when|whenever|once|unless)\s+(?!(?:it|they|you|we|this|these|that|those)\b)"
    r"[^,;:()]{8,}?(?:,\s*(?:then\s+)?(?P<pronoun>it|they)\s+(?=[a-z])|"
    # Without a comma the pronoun must be seen to be a subject: a verb follows.
    r"\s+(?P<bare>it|they)\s+(?=(?:is|are|will|can|cannot|may|must|gets?|receives?|"
    r"becomes?|uses?|has|have|defaults?|stays?|remains?)\b))",
    re.IGNORECASE,
)


# A pronoun that opens a clause joined by "and"/"but" to the sentence's first clause
# ("The name of an X must be a DNS label, and it cannot start with `-`") stands for that
# clause's subject, which the sentence names at its start.
_SAME_SUBJECT = re.compile(r"(?:it|they)\s+(?:is|are|cannot|can|must|may|will|should)\b", re.I)
_COORDINATED = re.compile(r",\s+(?:and|but)\s+$")
_NAMED_OPENING = re.compile(r"^(?:the|an?|every|each)\s+\S|^`", re.IGNORECASE)


def _named_subject(masked: str, at: int) -> bool:
    """Whether the pronoun at ``at`` opens a coordinated clause of a sentence that opens
    on a named subject (an article or code, not a pronoun)."""
    before = masked[:at]
    return (
        bool(_COORDINATED.search(before))
        and bool(_NAMED_OPENING.match(masked))
        and not any(mark in before for mark in ";:(")
        and before.count(",") == 1
    )


# "the same" compares with something; the sentence names it when "as" follows ("the same
# namespace as the controller") or when it spreads over several things it names ("the
# same port on every node", "the same key multiple times"). Otherwise it points back.
_SAME = re.compile(r"\bthe same\b", re.IGNORECASE)
# "the same" as a pronoun: "does the same.", "the same applies", "the same is true".
_SAME_PRONOUN = re.compile(
    r"\s*(?:[.,;:!?)]|$|(?:applies|apply|is|are|was|were|goes|holds|happens)\b)", re.IGNORECASE
)
_SAME_SPREAD = re.compile(
    r"\b(?:every|each|all|both|multiple|several|many|across|between|among)\b", re.IGNORECASE
)


def _same_points_back(masked: str) -> bool:
    """Whether a "the same" in the sentence compares with something the sentence does
    not name."""
    for match in _SAME.finditer(masked):
        rest = masked[match.end() :]
        if _SAME_PRONOUN.match(rest):
            return True
        if not re.search(r"\bas\b", rest) and not _SAME_SPREAD.search(masked):
            return True
    return False


def _named_before(text: str, noun: str) -> bool:
    return re.search(rf"\b{re.escape(noun)}\b", text, re.IGNORECASE) is not None


# What the reader of a tutorial will see once the example runs ("You should expect the
# connection to be closed after 5s."): the example's outcome, not a fact of its own.
_OUTCOME = re.compile(
    r"\b(?:you|we)\s+(?:should|will|would|can|could|may|might)\s+(?:now\s+)?"
    r"(?:expect|see|notice|observe|get)\b|\byou'll\s+(?:see|notice|get)\b",
    re.IGNORECASE,
)


def _narrates_an_example(sentence: str) -> bool:
    """Tells what the tutorial's example will show: it needs the example."""
    return bool(_OUTCOME.search(_masked(sentence)))


def _points_elsewhere(sentence: str) -> bool:
    """Sends the reader to another page: nothing to learn from the sentence itself."""
    return bool(_ELSEWHERE.search(_masked(sentence)))


# A sentence about the question being asked, not its answer: "… the question of why the
# file is named `X` arises from time to time", "This is a frequently asked question".
_ABOUT_THE_QUESTION = re.compile(
    r"\b(?:the question (?:of|whether|why|how|what)|(?:frequently|often|commonly) asked|"
    r"(?:comes|came|come) up (?:often|a lot|from time to time)|arises? from time to time)\b",
    re.IGNORECASE,
)


def _about_the_question(sentence: str) -> bool:
    """Speaks of the question itself: a FAQ answer's lead-in, no knowledge."""
    return bool(_ABOUT_THE_QUESTION.search(_masked(sentence)))


def _gives_instructions(sentence: str) -> bool:
    """An instruction ("Run ...", "Use ...") is a step of a task, not a fact."""
    return bool(_IMPERATIVE.match(sentence))


# A sentence speaking to the reader about the walk-through or the site, not the subject:
# an edit of the tutorial's own file ("Change the author field to `x`, who …"), what the
# authors picked for their example ("We used `extract_point`."), help-desk talk ("A quick
# search of the forum will often answer your question.").
_ABOUT_THE_WALKTHROUGH = re.compile(
    r"^(?:now\s+)?(?:change|switch|rename|replace|modify|update)\s+(?:the|your|our)\b|"
    r"\bwe(?:'ve| have)?\s+(?:used|chose|picked|selected|opted for)\b|"
    r"\b(?:answer|answers|answering|ask|asking|post|posting)\s+your\s+(?:first\s+)?"
    r"(?:question|problem)s?\b|\bsearch(?:ing)?\s+(?:of|the|our)\b[^.]*"
    r"\b(?:topics|threads|posts|forums?|archives?|mailing lists?)\b",
    re.IGNORECASE,
)


def _about_the_walkthrough(sentence: str) -> bool:
    """Addresses the reader about the tutorial or the site itself: no knowledge of the
    subject, only of the page."""
    return bool(_ABOUT_THE_WALKTHROUGH.search(_masked(sentence)))


Check = Callable[[str], bool]

# The ordered table of reasons a sentence is not a key sentence.
CHECKS: tuple[Check, ...] = (
    _wrong_length,
    _not_a_statement,
    _needs_context,
    _points_elsewhere,
    _gives_instructions,
    _about_the_walkthrough,
    _about_the_question,
    _narrates_an_example,
)


def unfit(sentence: str) -> str | None:
    """The name of the first check ``sentence`` fails, or None when it may become a card."""
    for check in CHECKS:
        if check(sentence):
            return check.__name__.lstrip("_")
    return None


# ----------------------------------------------------------------------- cues


@dataclass(frozen=True, slots=True)
class Cue:
    """A phrase stating a default, limit, range, requirement or name, and where its
    value is: ``after`` words after it, or ``before`` words before it."""

    name: str
    pattern: re.Pattern[str]
    after: int
    before: int = 0
    # Whether a plain number may be its value ("at most 1000"); a "between" range
    # or a "must" names numbers of an example far more often than a rule.
    numbers: bool = True
    # Whether inline code may be its value: a limit ("over", "up to") bounds a number;
    # "traffic over `UDP`" is no limit.
    codes: bool = True
    # What must follow the token for it to be this cue's value, if anything.
    then: re.Pattern[str] | None = None
    # Whether a number in code may be its value: a default or a status code (`1`,
    # `500`) names one; elsewhere a number in code is mostly an example's port.
    code_numbers: bool = False
    # Whether only a number with a unit of measure may be its value ("100ms", "30
    # seconds"), not one counting a noun ("3 replicas" is an example's size far more
    # often than a property's value).
    units_only: bool = False


CUES: tuple[Cue, ...] = (
    # "(default: 30000-32767)", "defaults to `Cluster`", "the default is `None`".
    Cue(
        "default-value",
        re.compile(r"\bdefault(?:s to|:| is| value is| to)", re.I),
        2,
        code_numbers=True,
    ),
    # "By default, `x` is `true`": the value follows the verb after the subject.
    Cue("by-default", re.compile(r"\b(?:by default|default)\b[^.;]*?\b(?:is|are)\b", re.I), 2),
    Cue(
        "limit",
        re.compile(
            r"\b(?:at most|at least|no more than|up to|maximum(?: of)?|minimum(?: of)?|"
            r"more than|fewer than|less than|(?:longer|shorter|greater|larger|smaller|"
            r"higher|lower) than|over|exceed(?:s|ing)?|within)\b",
            re.I,
        ),
        2,
        codes=False,
    ),
    # "The trust anchor ... expires after 365 days": a lifetime.
    Cue("expiry", re.compile(r"\bexpire[sd]?\s+(?:after|in|within)\b", re.I), 1, codes=False),
    # "must be 63 characters or less": the bound comes first.
    Cue(
        "bound-before",
        re.compile(r"\bor (?:less|fewer|more|longer|shorter|lower|higher|smaller|larger)\b", re.I),
        0,
        1,
        codes=False,
    ),
    # "the `before-hook-creation` behavior applies by default.": the value comes first.
    Cue("by-default-after", re.compile(r"\bby default(?=[.,;]|$)", re.I), 0, 4),
    # "`x` is `true` by default in ...", "is enabled by default for ...": the value right
    # before "by default", wherever the clause goes on.
    Cue("by-default-state", re.compile(r"\bby default\b", re.I), 0, 1, code_numbers=True),
    # "... which is by default 30 seconds": the value right after "by default".
    Cue("by-default-before", re.compile(r"\bby default\b", re.I), 1, code_numbers=True),
    # "If weight is not configured it is assumed to be `1`": a default by another name.
    Cue(
        "assumed",
        re.compile(
            r"\b(?:assumed to be|treated as|interpreted as|considered to be|resolved to|"
            r"falls back to)\b",
            re.I,
        ),
        2,
        code_numbers=True,
    ),
    # "a result will be scored as a `skip` if …", "reported as `Unknown`": the value a
    # case is recorded with.
    Cue(
        "recorded-as",
        re.compile(
            r"\b(?:scored|reported|marked|flagged|recorded|counted|logged|classified) as\b",
            re.I,
        ),
        2,
        numbers=False,
    ),
    # "fail with an HTTP status code `403 Forbidden`": the code a consequence returns.
    Cue(
        "status-code",
        re.compile(r"\b(?:status|exit|return|error) code\b", re.I),
        1,
        code_numbers=True,
    ),
    # "it will receive 100% of the traffic": a share of something.
    Cue(
        "share",
        re.compile(r"\b(?:receives?|gets?|sends?|routes?|forwards?)\b", re.I),
        1,
        codes=False,
        then=re.compile(r"\s+of\b"),
    ),
    # "the range of values for X is from -2147483648 to 1000000000".
    Cue("range-from", re.compile(r"\brange\b[^.;]*?\bfrom\b", re.I), 1),
    Cue("range", re.compile(r"\b(?:range|between)\b", re.I), 3, 3, numbers=False),
    Cue("only", re.compile(r"\bonly\b", re.I), 4, 1),
    Cue(
        "requirement",
        re.compile(r"\b(?:must(?: not)?|never|unless|required|requires|cannot)\b", re.I),
        5,
        numbers=False,
    ),
    # "The `apiVersion` field should be `v2` for ...": the recommended value.
    Cue("recommended", re.compile(r"\bshould(?: not)? be\b", re.I), 2, numbers=False),
    # "The throttling period is typically 100ms", "The default period is 100ms": a
    # named thing's measured value, right after its verb. Last of the cues: any other
    # reading of the sentence comes first.
    Cue(
        "measured",
        re.compile(
            r"\b(?:is|are)(?:\s+(?:typically|usually|normally|generally|always|about|"
            r"around|roughly|approximately))?(?=\s+~?\d)",
            re.I,
        ),
        1,
        codes=False,
        units_only=True,
    ),
    Cue("named", re.compile(r"\b(?:named|called|known as|reserved (?:value|name))\b", re.I), 1),
    # "setting the `type` field to `LoadBalancer` provisions ...": a named value.
    Cue("set-to", re.compile(r"\bset(?:ting)?\b(?:\s+\S+){0,4}?\s+to\b", re.I), 1),
    # "update the annotation `x/issuer` to `x/cluster-issuer`": the value it becomes.
    Cue(
        "change-to",
        re.compile(
            r"\b(?:update|change|switch|rename|replace)[sd]?\b(?:\s+\S+){1,5}?\s+to\b", re.I
        ),
        1,
    ),
    # "The `appProtocol` field provides a way to ...": the sentence defines a name.
    Cue(
        "defines",
        re.compile(r"^(?:the|an?)\b", re.I),
        1,
        numbers=False,
        then=re.compile(
            r"\s+(?:field|flag|annotation|label|option|parameter|setting|feature gate)\s+"
            r"(?!is\b|are\b|must\b|can\b|to\b|of\b|in\b|on\b|and\b|or\b|defaults\b)[a-z]+s\b"
        ),
    ),
)


# --------------------------------------------------------------------- tokens

_UNITS = (
    r"%|ms|s|m|h|d|seconds?|minutes?|hours?|days?|weeks?|milliseconds?|"
    r"[KMGT]i?B|bytes?|characters?|bits?"
)
_MEASURE = re.compile(rf"\d\s?(?:{_UNITS})$")
_NUMBER = re.compile(
    r"(?<![\w.$/-])\d+(?:[.,]\d+)*(?:%?\s?[-–]\s?\d+(?:[.,]\d+)*)?"
    rf"(?:%|\s?(?:{_UNITS})\b)?(?![\w.]*\d)"
)
# Years, versions and other numbers that date, name or point rather than measure.
_NOT_A_MEASURE = re.compile(r"^(?:1[89]\d\d|20\d\d)$")
_VERSION_BEFORE = re.compile(r"(?:\bv|version|release|kubernetes|k8s|\bv?1\.)\s*$", re.I)
_EXAMPLE_WORDS = re.compile(
    r"(?:^|[^a-z])(?:my|example|foo|bar|baz|demo|sample|test|hello|acme)(?:[^a-z]|$)"
    # Names numbered or lettered one by one, as a story's objects are: pod-a, node-1.
    r"|^[a-z]+-[a-z0-9]$",
    re.I,
)
_PLACEHOLDER = re.compile(r"[<>{}$]|\.\.\.|\*\*|xxx", re.I)
_IP = re.compile(r"\b\d{1,3}(?:\.\d{1,3}){3}\b|::")
_EXAMPLE_CLAUSE = re.compile(r"^(?:if|when)\b[^.]*?\b(?:for example|for instance)\s*,", re.I)
_ITEM_WORDS = 4  # words of one item of an illustrating list
_EXAMPLE_LEAD = re.compile(r"\b(?:for example|for instance|e\.g\.|such as|like)\b", re.I)


def _code_tokens(sentence: str) -> list[Token]:
    """Inline code; a number in code (`1`, `500`) is its own kind, ``code-number``."""
    return [
        Token(
            m.start(),
            m.end(),
            "code-number" if m.group(0).strip("`").strip().replace(".", "").isdigit() else "code",
        )
        for m in _CODE_SPAN.finditer(sentence)
    ]


# Words after a number that count nothing ("up to 253 but ..."): no unit there.
_NOT_COUNTED = re.compile(
    r"(?:and|or|but|nor|is|are|was|were|be|the|an?|of|to|in|on|for|with|by|at|as|if|than|total)$",
    re.I,
)
_NEXT_WORD = re.compile(r"\s+([A-Za-z][A-Za-z-]*)")


_STANDARD = re.compile(r"\bRFC\s?\d{3,4}\b")


_FROM_TO = re.compile(
    r"\bfrom\s+(?P<span>(?:-\d[\d,]*|\d{4,}[\d,]*)\s+to\s+-?\d[\d,]*)(?![\w.]*\d)"
)
_SWITCH = re.compile(r"(?:(?<=\bis )|(?<=\bare ))(?:enabled|disabled)(?= by default\b)", re.I)
_UNNAMED_SWITCH = re.compile(
    r"^(?:the|this|that) (?:feature|option|setting|flag|behaviou?r|mode|functionality)\s+"
    r"(?:is|are)\b",
    re.I,
)
# "… is enabled by default … and cannot be turned off": the rest of the sentence tells
# which state it is in, so hiding it asks nothing.
_STATE_TOLD = re.compile(
    r"\b(?:cannot|can't|can not|may not)\s+be\s+(?:(?:turned|switched)\s+(?:off|on)|"
    r"disabled|enabled)\b",
    re.I,
)
_SPELLED_BOUND = re.compile(
    r"\b(?:at least|at most|no more than|no fewer than|up to|a maximum of|a minimum of)\s+"
    r"(?P<count>two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)"
    r"(?=\s+(?:[a-z-]+\s+)?[a-z]+s\b)",
    re.IGNORECASE,
)


def _number_tokens(sentence: str) -> list[Token]:
    """Numbers with their unit ("10 seconds", "50%"), ranges ("30000-32767"), and numbers
    that count the noun after them ("100 endpoints"). A bare number is left alone: it
    may be what is left of markup the parser dropped (``2<sup>53</sup>`` reads "253")."""
    masked = _masked(sentence)
    # A standard's number names what a value must conform to: worth knowing.
    out = [Token(m.start(), m.end(), "standard") for m in _STANDARD.finditer(masked)]
    for m in _NUMBER.finditer(masked):
        if any(t.start <= m.start() < t.end for t in out):
            continue
        text = m.group(0).strip()
        if _NOT_A_MEASURE.match(text) or _VERSION_BEFORE.search(masked[: m.start()]):
            continue
        end = m.start() + len(text)
        counted = _NEXT_WORD.match(masked, end)
        has_unit = not text.isdigit() or (
            counted is not None and not _NOT_COUNTED.match(counted.group(1))
        )
        if has_unit:
            out.append(Token(m.start(), end, "number"))
    # "from -2147483648 to 1000000000": a range of plain numbers, one token (a minus
    # sign or four digits say it is no remnant of dropped markup).
    for m in _FROM_TO.finditer(masked):
        if any(t.start < m.end("span") and m.start("span") < t.end for t in out):
            out = [t for t in out if not (t.start < m.end("span") and m.start("span") < t.end)]
        out.append(Token(m.start("span"), m.end("span"), "number"))
    # "is enabled by default": the switch's default state, right before "by default".
    # Not when the switch is unnamed ("The feature is enabled by default"): on or off,
    # but of what?
    if not _UNNAMED_SWITCH.match(masked) and not _STATE_TOLD.search(masked):
        out.extend(Token(m.start(), m.end(), "number") for m in _SWITCH.finditer(masked))
    # A bound spelled out ("at least three nodes"): the word and its noun, right after
    # a limit; elsewhere a number word is prose ("two kinds of ...").
    for m in _SPELLED_BOUND.finditer(masked):
        out.append(Token(m.start("count"), m.end("count"), "number"))
    return sorted(out, key=lambda t: t.start)


# An acronym as authors write one: two to six capitals or digits, a plural "s" after.
_ACRONYM = re.compile(r"[A-Z][A-Z0-9&]{1,5}s?")
# Words an acronym leaves out ("Identity and Access Management" → IAM).
_UNSPELLED = frozenset({"a", "an", "and", "for", "in", "of", "on", "the", "to", "with", "&"})
_ACRONYM_WORD = re.compile(r"[A-Za-z0-9]+")
_BRACKETED_AFTER = re.compile(r"`?\s*\(\s*`?([^()`]{2,60}?)`?\s*\)")
_WORDS_BEFORE = re.compile(r"((?:[A-Za-z0-9][\w&-]*[ \t]+){0,7}[A-Za-z0-9][\w&-]*)\s*\(\s*`?$")


def _initials(words: list[str], keep_small: bool) -> str:
    return "".join(w[0] for w in words if keep_small or w.lower() not in _UNSPELLED).upper()


def _spells(acronym: str, words: list[str], *, tail: bool) -> bool:
    """Whether the initials of ``words`` (of their last words, with ``tail``) spell
    ``acronym``, with or without the small words an acronym usually leaves out."""
    letters = acronym.rstrip("s").replace("&", "").upper()
    for keep_small in (False, True):
        initials = _initials(words, keep_small)
        if initials == letters or (tail and len(letters) >= 2 and initials.endswith(letters)):
            return True
    return False


def spelled_out_beside(text: str, start: int, end: int) -> bool:
    """Whether ``text[start:end]`` and the words in brackets beside it are an acronym and
    the words it abbreviates, either way round ("Azure Kubernetes Service (AKS)",
    "Transmission Control Protocol (TCP)", "EKS (Elastic Kubernetes Service)"): hidden,
    one gives the other away, and the card tests no fact."""
    hidden = text[start:end].strip("`").strip()
    words = _ACRONYM_WORD.findall(hidden)
    closes = text[end:].lstrip("`").lstrip().startswith(")")
    before = _WORDS_BEFORE.search(text[:start]) if closes else None
    after = _BRACKETED_AFTER.match(text, end)
    if _ACRONYM.fullmatch(hidden):
        if before and _spells(hidden, _ACRONYM_WORD.findall(before.group(1)), tail=True):
            return True
        return after is not None and _spells(
            hidden, _ACRONYM_WORD.findall(after.group(1)), tail=False
        )
    if after and _ACRONYM.fullmatch(after.group(1)) and _spells(after.group(1), words, tail=False):
        return True
    if before:
        acronym = before.group(1).split()[-1]
        return bool(_ACRONYM.fullmatch(acronym)) and _spells(acronym, words, tail=False)
    return False


def _worth_hiding(token: Token, sentence: str, examples: frozenset[str]) -> bool:
    """A token worth recalling: short, not a placeholder, command, address or example."""
    text = token.text(sentence)
    inner = text.strip("`").strip()
    if not inner or len(inner) > _MAX_TOKEN:
        return False
    # Anki reads "::" in a deletion as the start of a hint, "}}" as its end.
    if "::" in inner or "{{" in inner or "}}" in inner:
        return False
    if token.kind == "code" and (
        len(inner.split()) > 2 or _PLACEHOLDER.search(inner) or _IP.search(inner)
    ):
        return False
    # The answer must not stand elsewhere in the sentence (it would give itself away),
    # nor follow "for example" / "such as" (an illustration, not the fact).
    rest = sentence[: token.start] + " " + sentence[token.end :]
    # The pattern is compiled anew for almost every token; case-folded, a text without
    # the token's characters in a row cannot match it, and most sentences have none.
    if inner.casefold() in rest.casefold() and re.search(
        rf"(?<![A-Za-z0-9]){re.escape(inner)}(?![A-Za-z0-9])", rest, re.IGNORECASE
    ):
        return False
    if token.kind == "number" and _counted_again(inner, rest):
        return False
    if spelled_out_beside(sentence, token.start, token.end):
        return False
    if token.kind == "code" and _coordinated(token, sentence):
        return False
    return not _illustrates(sentence[: token.start])


# What joins two items of one list: "`a` and `b`", "`a`, `b`, or `c`", "`a`/`b`";
# "`a` but `b`", "the same `a` but different `b`": two names set against each other.
# An aside may follow an item: "`a` (default), `b`, and `c`".
_JOINER = re.compile(
    r"\s*(?:\([^()`]{1,30}\))?\s*(?:,\s*(?:and\s+|or\s+)?|\s(?:and|or|and/or|nor)\s+|/|"
    r"\sbut\s+(?:not\s+|different\s+|also\s+)?)\s*"
)


def _coordinated(token: Token, sentence: str) -> bool:
    """Whether the code token is one item of a pair or list of code names ("the same
    `a` but different `b` and `c` fields", "`Background` or `Foreground`"): any item
    fits the blank equally well, so hiding one asks nothing the sentence decides."""
    for other in _CODE_SPAN.finditer(sentence):
        if other.end() <= token.start:
            between = sentence[other.end() : token.start]
        elif other.start() >= token.end:
            between = sentence[token.end : other.start()]
        else:
            continue
        if _JOINER.fullmatch(between):
            return True
    return False


_COUNT_WORDS = {
    w: n
    for n, w in enumerate(
        ("zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten")
    )
}
_ASIDE = re.compile(r"\(([^()]+)\)")
_ITEM_SPLIT = re.compile(r",\s*(?:and\s+|or\s+)?|\s+(?:and|or)\s+")


def _counted_again(inner: str, rest: str) -> bool:
    """Whether the rest of the sentence spells the hidden count out again: an aside
    listing that many items ("at least [two] objects (one for IPv4, and one for IPv6)")
    gives the answer away."""
    first = inner.split()[0].lower() if inner.split() else ""
    count = int(first) if first.isdigit() else _COUNT_WORDS.get(first)
    if count is None or count < 2:
        return False
    return any(
        len([i for i in _ITEM_SPLIT.split(aside.strip()) if i.strip()]) == count
        for aside in _ASIDE.findall(rest)
    )


def _illustrates(before: str) -> bool:
    """Whether the token after ``before`` is part of an illustration: after "for example"
    / "such as" in its clause ("… such as `a`, `b`, or `c`", "(for example, `x` for
    `y`)"), or anywhere after "If, for example, …"."""
    if _EXAMPLE_CLAUSE.search(before):
        return True
    leads = list(_EXAMPLE_LEAD.finditer(before))
    if not leads:
        return False
    after = before[leads[-1].end() :]
    if ")" in after or ";" in after:
        return False
    # The items of a list it opens are short; a long piece is a new clause.
    return all(len(piece.split()) <= _ITEM_WORDS for piece in after.split(","))


def _words_between(sentence: str, start: int, end: int) -> int | None:
    """Words from ``start`` to ``end`` of one clause; None when a clause boundary
    (",", ";", a parenthesis) lies between: the token answers another clause."""
    between = _masked(sentence[start:end]) if end > start else ""
    if any(mark in between for mark in ",;()"):
        return None
    return len(between.split())


def _near(count: int | None, limit: int) -> bool:
    return count is not None and count < limit


def _is_example(inner: str, examples: frozenset[str]) -> bool:
    return bool(_EXAMPLE_WORDS.search(inner)) or inner in examples


def hidden_tokens(sentence: str, examples: frozenset[str] = frozenset()) -> tuple[Token, ...]:
    """The tokens of ``sentence`` to hide, in order: each tied to a cue (:data:`CUES`).

    None when the sentence names an example object (``my-service``): it is about
    the example beside it, not a fact of its own."""
    codes = _code_tokens(sentence)
    if any(_is_example(t.text(sentence).strip("`").strip(), examples) for t in codes):
        return ()
    candidates = [
        t
        for t in sorted(codes + _number_tokens(sentence), key=lambda t: t.start)
        if _worth_hiding(t, sentence, examples)
    ]
    # A number inside a code span is the span's business.
    candidates = [
        t
        for t in candidates
        if t.kind != "number"
        or not any(c.kind != "number" and c.start <= t.start < c.end for c in candidates)
    ]
    # In cue order (a default before a name), the first cue's token first.
    chosen: dict[int, Token] = {}
    masked = _masked(sentence)
    for cue in CUES:
        for match in cue.pattern.finditer(masked):
            for token in candidates:
                if token.kind == "number" and not cue.numbers and "-" not in token.text(sentence):
                    continue
                if token.kind == "code" and not cue.codes:
                    continue
                if token.kind == "code-number" and not cue.code_numbers:
                    continue
                if cue.units_only and not _MEASURE.search(token.text(sentence)):
                    continue
                after = token.start >= match.end() and _near(
                    _words_between(sentence, match.end(), token.start), cue.after
                )
                before = token.end <= match.start() and _near(
                    _words_between(sentence, token.end, match.start()), cue.before
                )
                if cue.then is not None and not cue.then.match(masked, token.end):
                    continue
                if (after or before) and not _is_subject(sentence, token):
                    chosen.setdefault(token.start, token)
                    break
    if not chosen:
        phrase = _default_phrase(sentence, examples)
        if phrase is not None:
            return (phrase,)
    return tuple(sorted(list(chosen.values())[:_PER_SENTENCE], key=lambda t: t.start))


# "`GOMAXPROCS` defaulted to the total number of CPU cores on the machine", "… will
# default to the CPU limit if …": a default stated in words, not code. The value is the
# noun phrase right after "to" (an article opens it), up to the clause's end: a mark,
# or a word opening a condition or another clause.
_DEFAULT_PHRASE = re.compile(
    r"(?P<subject>`[^`]+`|\b[A-Z][\w.-]*)(?:\s+[\w`.-]+){0,3}?\s+(?:(?:will|would)\s+)?"
    r"(?<!\bby )default(?:s|ed)?\s+to\s+(?P<value>(?:the|an?)\s+[^,;:()`\[\]\d]+?)"
    r"(?=\s*[,;:.(]|\s+(?:if|when|whenever|unless|because|since|which|that|so|and|but|"
    r"while|whereas|instead|rather|except|as)\b)"
)
_PHRASE_WORDS = (2, 10)  # words of a hidden phrase, its article counted


def _default_phrase(sentence: str, examples: frozenset[str]) -> Token | None:
    """The value a named thing (inline code or a capitalised name, at most three words
    before the verb) defaults to, written as a noun phrase; None when the sentence
    states no such default."""
    match = _DEFAULT_PHRASE.search(_masked(sentence))
    if match is None:
        return None
    subject = sentence[match.start("subject") : match.end("subject")]
    if _is_example(subject.strip("`"), examples):
        return None
    words = len(match.group("value").split())
    if not _PHRASE_WORDS[0] <= words <= _PHRASE_WORDS[1]:
        return None
    token = Token(match.start("value"), match.end("value"), "phrase")
    return token if _worth_hiding(token, sentence, examples) else None


# "A PriorityClass is a non-namespaced object that ...", "The `x` field is a list of
# ...": a definition, its term first. The term is inline code (a capitalised qualifier
# may stand before it: "The CSI `external-resizer`"), a CamelCase name (the spelling of
# an API kind), a name (see :func:`definition_token`) or the section's own subject;
# "is a"/"is an"/"is the", or "are" (plural terms), and at least _DEFINED_WORDS words of
# what it is must follow.
_DEFINITION = re.compile(
    r"^(?:(?P<article>[Aa]n?|[Tt]he)\s+(?:[A-Z][\w-]*\s+(?=`))?)?"
    r"(?P<term>`[^`]+`|[A-Z][a-z0-9]+(?:[A-Z][a-z0-9]*)+|[A-Za-z][\w-]*"
    r"(?:\s[A-Za-z][\w-]*){0,2})(?:\s+(?:field|flag|object|resource|annotation|label|"
    r"option|setting|parameter|command|API|CRD|kind|plugin|filter|controller|"
    r"(?:environment\s+)?variable))?(?:\s+\([^()]{1,40}\))?"
    r"\s+(?P<verb>is\s+(?:an?|the)|are(?:\s+(?:an?|the))?)\s+(?P<what>.+)$"
)
_DEFINED_WORDS = 6
_MANNER = re.compile(
    r"^(?:[A-Z][a-z]{3,}ly|In (?:more |very )?(?:concrete|simple|simpler|plain|practical|"
    r"technical|general) terms),\s+(?=`)"
)
# What sets the term apart from others of its kind ("a policy to constrain …", "a tool
# that is used to …", "a search engine based on …"): without it ("a top-level resource
# in the REST API") many terms fit the card.
_DIFFERENTIA = re.compile(
    r"\b(?:that|which|who|whose|where|to|for|used|providing|provides|written|based|"
    r"designed|specialized|specialised|allowing|allows|lets)\b"
)
# "X is the …" and "X are …" define as often as they only describe ("`3300` is the port
# and `x` is the host", "Pods are scheduled on nodes that …"): before what sets the term
# apart, no second clause may start, and a bare "are" must name a plural kind right
# before "that"/"which" ("Intentions are access rules that …").
_SECOND_CLAUSE = re.compile(r"\b(?:is|are|but|while|whereas)\b|[,;:]")
_PLURAL_KIND = re.compile(
    r"^(?:(?!(?:on|in|at|to|for|by|with|from|into|onto|over|under|of|not|also|only)\s)"
    r"[a-z][\w-]*(?<!ed)\s+){0,2}[a-z][\w-]*s\s+(?:that|which)\b"
)
# A name written in lower case with a hyphen ("the external-provisioner", "the
# kube-proxy"): a component's own name, not a word of prose.
_HYPHENATED_NAME = re.compile(r"^[a-z]+(?:-[a-z]+)+$")
_CAMEL = re.compile(r"^[A-Z][a-z0-9]+(?:[A-Z][a-z0-9]*)+$")


def _singular(text: str) -> str:
    text = " ".join(text.lower().split())
    return text[:-1] if text.endswith("s") else text


def _names(term: str, subject: str) -> bool:
    """Whether ``term`` names ``subject`` (a heading or the page's topic): the same words,
    or one ends with the other and the shorter has two words or more ("Envoy load
    balancing" and "Load Balancing", "Rate limit" and "Local Rate Limit")."""
    a, b = _singular(term), _singular(subject)
    if a == b:
        return True
    if len(a) > len(b):
        # A longer term names the subject only with a proper name before it (the
        # product's: "Envoy load balancing"); "set-based label selector" is a kind of it.
        return len(b.split()) >= 2 and a.endswith(f" {b}") and term[:1].isupper()
    return len(a.split()) >= 2 and b.endswith(f" {a}")


# "X is a perfect choice if you need …": a recommendation, not what X is.
_VERDICT = re.compile(r"^(?:[\w-]+\s+){0,2}(?:choice|fit|pick|candidate)\b", re.IGNORECASE)


def _describes_only(match: re.Match[str], *, strict: bool) -> bool:
    """Whether a definition only describes its term: a recommendation ("a perfect
    choice if …"), or, by "is the" or "are" or of a term that is only a name
    (``strict``), a second clause before what sets the term apart ("Zustand is a single
    store, while Jotai …"), or a bare "are" that names no plural kind before
    "that"/"which" (see :data:`_SECOND_CLAUSE`). "is a"/"is an" of a code term, an API
    kind or the section's subject keep their reading."""
    what = match.group("what")
    if _VERDICT.match(what):
        return True
    if not strict:
        return False
    verb = " ".join(match.group("verb").split())
    apart = _DIFFERENTIA.search(what)
    if apart is None or _SECOND_CLAUSE.search(what[: apart.start()]):
        return True
    return verb == "are" and not _PLURAL_KIND.match(what)


_STEM = 5  # letters a word shares with a one-word term to give it away


def _stem_said(term: str, what: str) -> bool:
    """Whether what defines a one-word term says the term again in another form ("An
    abstraction is the simpler set of ideas that are abstracted from …")."""
    word = term.strip("`").lower()
    if " " in word or len(word) < _STEM or not word.isalpha():
        return False
    return any(w.startswith(word[:_STEM]) for w in re.findall(r"[a-z]+", what.lower()))


def _a_name(match: re.Match[str], names: frozenset[str]) -> bool:
    """Whether a plain term is a name, not a word of prose: capitalised after an
    article ("The Ceph monitors are …"), a lower-case name with a hyphen after one
    ("The external-provisioner is …"), or opening the sentence on a word ``names``
    holds (the document writes it capitalised inside a sentence: "Consul Connect is
    …" on a page that writes "shipped with Consul")."""
    term = match.group("term")
    first = term.split()[0]
    if match.group("article"):
        return first[:1].isupper() or bool(_HYPHENATED_NAME.match(term))
    return first in names


def definition_token(
    sentence: str,
    subjects: frozenset[str] = frozenset(),
    examples: frozenset[str] = frozenset(),
    names: frozenset[str] = frozenset(),
) -> tuple[Token, ...]:
    """The term a definition sentence defines, to hide (the card asks what is defined:
    "A {{c1::LimitRange}} is a policy to constrain ..."); () when the sentence is no
    definition of a code term, an API kind, a name (``names``: words the document
    writes capitalised inside its sentences) or the section's subject (``subjects``,
    lower case)."""
    # "Semantically, `X` is …", "In more concrete terms, `X` is …": how the author
    # puts it, not what holds; the definition follows it.
    manner = _MANNER.match(sentence)
    skip = manner.end() if manner else 0
    match = _DEFINITION.match(sentence[skip:])
    if (
        match is None
        or len(match.group("what").split()) < _DEFINED_WORDS
        or not _DIFFERENTIA.search(match.group("what"))
    ):
        return ()
    term = match.group("term")
    inner = term.strip("`").strip()
    named = False
    if term.startswith("`"):
        if _is_example(inner, examples) or inner.replace(".", "").isdigit():
            return ()
    elif not _CAMEL.match(term) and not any(_names(term, subject) for subject in subjects):
        if not _a_name(match, names):
            return ()
        named = True
    # What only "is the" / "are" or a name lets in is held to more: "is a"/"is an" of a
    # code term, an API kind or the section's subject read as they always did.
    strict = named or " ".join(match.group("verb").split()) not in ("is a", "is an")
    if _describes_only(match, strict=strict) or (strict and _stem_said(term, match.group("what"))):
        return ()
    kind = "code" if "`" in term else "term"
    token = Token(skip + match.start("term"), skip + match.end("term"), kind)
    return (token,) if _worth_hiding(token, sentence, examples) else ()


# A capitalised word right after a lower-case word or a comma: written as a name, not
# because it opens a sentence.
_NAME_INSIDE = re.compile(r"(?<=[a-z,] )[A-Z][a-z][\w-]*")
_names_cache: list[tuple[tuple[Located, ...], frozenset[str]]] = []


def document_names(items: tuple[Located, ...]) -> frozenset[str]:
    """Words the document's paragraphs write capitalised inside a sentence ("shipped with
    Consul"): names, so a definition opening on one ("Consul Connect is …") defines a
    named thing, while "Latency is a measure …" on a page that never writes "Latency"
    mid-sentence defines a word of prose."""
    for seen, names in _names_cache:
        if seen is items:
            return names
    found = {m.group(0) for _, text in _paragraph_texts(items) for m in _NAME_INSIDE.finditer(text)}
    names = frozenset(found)
    _names_cache[:] = [(items, names)]
    return names


def key_statement(
    text: str, line: int, examples: frozenset[str] = frozenset()
) -> tuple[Sentence, str] | None:
    """The sentence of a note or tip to ask as a cloze, and its cloze text; None when
    no sentence of it may become one. A sentence the prose rule would take comes
    first. Failing that, the author has already marked the note as worth knowing, so
    no cue is needed: a sentence that stands on its own and names a code term worth
    hiding hides its last one (the value comes after what the sentence is about:
    "A Service can map any incoming `port` to a `targetPort`")."""
    sentences = split_sentences(text, line)
    fit = [s for s in sentences if unfit(s.text) is None]
    for sentence in fit:
        tokens = hidden_tokens(sentence.text, examples) or definition_token(
            sentence.text, examples=examples
        )
        if tokens:
            return _checked(sentence, cloze_text(sentence.text, tokens), len(tokens))
    for sentence in fit:
        codes = _code_tokens(sentence.text)
        if any(_is_example(t.text(sentence.text).strip("`").strip(), examples) for t in codes):
            continue
        worth = [t for t in codes if t.kind == "code" and _worth_hiding(t, sentence.text, examples)]
        if worth:
            return _checked(sentence, cloze_text(sentence.text, (worth[-1],)), 1)
    return None


def _checked(sentence: Sentence, text: str, count: int) -> tuple[Sentence, str] | None:
    """The cloze, unless the sentence shows cloze-like markup of its own."""
    if cloze.problem(text) is not None or len(cloze.numbers(text)) != count:
        return None
    return sentence, text


def _is_subject(sentence: str, token: Token) -> bool:
    """The token is what the sentence is about ("`x` is `true`", "`x` must be ..."):
    hiding it leaves a statement about nothing."""
    rest = _masked(sentence[token.end :]).split()
    return bool(rest) and rest[0].lower() in {"is", "are", "must", "can", "cannot", "defaults"}


def cloze_text(sentence: str, tokens: tuple[Token, ...]) -> str:
    """``sentence`` in cloze syntax: token ``n`` (in order) as ``{{cn::...}}``."""
    parts, pos = [], 0
    for number, token in enumerate(tokens, start=1):
        parts.append(sentence[pos : token.start])
        parts.append(f"{{{{c{number}::{token.text(sentence)}}}}}")
        pos = token.end
    parts.append(sentence[pos:])
    return "".join(parts)


# ----------------------------------------------------------------------- rule

# "key: value" in a YAML block; the value is an example's when it is a free-form
# name or path (`my-service`, `/config`, `game-demo`), not an API's enumerated value
# (`LoadBalancer`, `TCP`, `true`) or a number.
_YAML_VALUE = re.compile(r"^\s*-?\s*[\w./-]+:\s+[\"']?([^\"'\s#]+)[\"']?\s*(?:#.*)?$")
_YAML_WORDS = frozenset({"true", "false", "null", "yes", "no", "on", "off"})
_FREE_FORM = re.compile(r"^(?=.*[a-z])[a-z0-9]+(?:[-_./][a-z0-9]+)*$|^/")
# The last document's example names, by the identity of its blocks: the rule runs
# once per paragraph, the scan once per document (it holds that one document alive).
_examples_cache: list[tuple[tuple[Located, ...], frozenset[str]]] = []


def example_names(items: tuple[Located, ...]) -> frozenset[str]:
    """Names and paths the document's YAML blocks give (``name: my-service``,
    ``mountPath: /config``): a sentence that mentions one is about the example, and
    the name is not worth learning."""
    for seen, names in _examples_cache:
        if seen is items:
            return names
    found = set()
    for item in items:
        if isinstance(item.block, Code):
            for line in item.block.text.splitlines():
                match = _YAML_VALUE.match(line)
                value = match.group(1) if match else ""
                if _FREE_FORM.match(value) and value not in _YAML_WORDS:
                    found.add(value)
    names = frozenset(found)
    _examples_cache[:] = [(items, names)]
    return names


def _paragraph_number(items: tuple[Located, ...], index: int) -> int:
    """The paragraph's number (from 1) among the paragraphs under the same headings; a
    paragraph that is only a label (a content tab's name, ``**GCP**``) is a title, not
    one of them, so that ids stay put when a tab's name is read."""
    headings = items[index].headings
    return 1 + sum(
        1
        for item in items[:index]
        if item.headings == headings
        and isinstance(item.block, Paragraph)
        and not (item.block.label and item.block.text == item.block.label)
    )


_MAY_HIDE = re.compile(r"[`\d]|\bdefault(?:s|ed)? to\b")
# A definition needs neither: its term is what is hidden.
_DEFINES = re.compile(r"\b(?:is (?:an?|the)|are)\b")
_EXAMPLE_OPENING = re.compile(
    r"^(?:for example|for instance|imagine|suppose|say you|let's say|let us say|consider)\b",
    re.IGNORECASE,
)
# A word every cue of CUES needs (a superset: a quick test before the real ones).
_CUE_WORD = re.compile(
    r"\b(?:default|most|least|more|fewer|less|up|maximum|minimum|over|exceed\w*|range|"
    r"than|within|expires?|expired|"
    r"between|only|must|never|unless|required|requires|cannot|named|called|known|reserved|set|"
    r"defaulted|is|are|"
    r"setting|should|field|flag|annotation|label|option|parameter|feature|assumed|treated|"
    r"interpreted|considered|resolved|falls|code|receives?|gets?|sends?|routes?|forwards?|"
    r"scored|reported|marked|flagged|recorded|counted|logged|classified)\b",
    re.IGNORECASE,
)


def _section(ctx: Context, index: int) -> str:
    """The id prefix of the block's section: its top heading's place, then its nearest
    heading whole (``service-type/type-nodeport``: two sections whose headings share a
    subject, ``type: NodePort`` and ``type: LoadBalancer``, stay apart)."""
    place = ctx.place(index)
    nearest = ctx.nearest_heading(index)
    if nearest and nearest != ctx.top_heading(index):
        place = f"{place}/{slugify(nearest)}"
    return place


# A paragraph opening by pointing at the code just above it ("This command returns …",
# "The output shows …", "As you can see, …"): it tells what that code did.
_ABOUT_CODE_ABOVE = re.compile(
    r"^(?:this|these|that|those|here|the (?:output|result|command|code|example)s?|"
    r"as (?:you can )?see(?:n)?|above)\b",
    re.IGNORECASE,
)


def _code_above(ctx: Context, index: int) -> Code | None:
    """The code block right above the paragraph at ``index``, in its section."""
    if not index:
        return None
    above = ctx.items[index - 1]
    if above.headings != ctx.items[index].headings or not isinstance(above.block, Code):
        return None
    return above.block


# "The response MUST include …": a sentence whose subject is a definite noun phrase of
# common words (no code, no name) speaks of something its section names.
_DEFINITE_SUBJECT = re.compile(r"^The ([a-z][\w-]*)(?: ([A-Za-z][\w-]*))?\b")
# The same subject after a leading phrase ("Given a long period of inactivity (3 days by
# default), the cache will empty itself.", "In Kubernetes 1.20, the feature gate is
# enabled …"): a verb within three words shows it is the main clause's subject.
_LATE_DEFINITE_SUBJECT = re.compile(
    r"^[A-Z](?:[^,;:]|::){3,}?,\s+the ([a-z][\w-]*)(?: ([a-z][\w-]*))?"
    r"(?=(?:\s+[a-z][\w-]*){0,1}\s+(?:is|are|was|were|will|can|cannot|may|must|should|"
    r"does|do|has|have|gets?|becomes?|stays?|remains?)\b)"
)
# Words before a noun that name nothing of their own: "the cache" is no naming of it,
# "the Connect cache" / "volume snapshot feature" is.
_BARE = frozenset(
    {"the", "a", "an", "this", "that", "these", "those", "its", "their", "each", "every"}
    | {"of", "in", "on", "for", "to", "with", "from", "by", "and", "or", "no", "any"}
)
# "The name of a PriorityClass object", "the limit for each Pod": the phrase names
# what its noun belongs to.
_OWNED = re.compile(r"\s+(?:of|for)\s+(?:an?|the|each|every)?\s*[A-Za-z`]")
_CARRIED_WORDS = 60  # a sentence carried with the one naming its subject, in words


def _names_with_qualifier(sentence: str, noun: str) -> bool:
    """Whether ``sentence`` names ``noun`` with a word of its own before it ("the volume
    snapshot feature" for "the feature"), not only as "the cache" again."""
    for match in re.finditer(rf"(\S+)\s+{re.escape(noun)}\b", sentence, re.IGNORECASE):
        if match.group(1).lower().strip("(\"'") not in _BARE:
            return True
    return False


def _in_context(
    ctx: Context, index: int, sentence: str, before: tuple[Sentence, ...]
) -> str | None:
    """``sentence`` (cloze markup in it) with what names its subject, when that subject
    is a definite noun phrase of common words ("The response …", "…, the cache will …")
    that the sentence itself does not name: the card alone would not say whose response
    or which cache. Its section's heading names it ("405 Method Not Allowed: The response
    …") unless the sentences before do; then the sentence right before that names it
    with a qualifier ("In Kubernetes 1.17 the volume snapshot feature was promoted to
    beta.") is carried before it, and when that one cannot stand on a card (it leans on
    its own neighbours) there is no card (None)."""
    nearest = ctx.nearest_heading(index)
    late = _DEFINITE_SUBJECT.match(sentence) is None
    subject = _DEFINITE_SUBJECT.match(sentence) or _LATE_DEFINITE_SUBJECT.match(sentence)
    if subject is None:
        return sentence
    if "`" in " ".join(sentence[subject.start(1) :].split()[:3]):
        return sentence  # "The command `helm repo add` …" names its subject itself
    if any(_OWNED.match(sentence, end) for end in (subject.end(1), subject.end())):
        return sentence  # "The name of a PriorityClass object must …" names whose
    nouns = [w.rstrip("s") for w in subject.groups() if w and len(w) > 2]
    if any(_named_before(nearest, noun) for noun in nouns):
        return sentence
    naming = [s for s in before if any(_names_with_qualifier(s.text, n) for n in nouns)]
    if naming:
        # Named only in the paragraph above it: carry that naming, or make no card.
        last = before[-1]
        carried = f"{last.text} {sentence}"
        if (
            naming[-1] is not last
            or unfit(last.text) is not None
            or len(carried.split()) > _CARRIED_WORDS
        ):
            return None
        return carried
    if not nearest or (nearest == ctx.top_heading(index) and not late):
        # A top heading is mostly the page's own title; after a leading phrase the
        # subject is never the title's ("Given …, the cache will …" under "## Agent
        # Caching"), so the section names it there too.
        return sentence
    return f"{nearest}: {sentence}"


# Words of a page's subject that name nothing by themselves.
_TOPIC_STOPWORDS = frozenset(
    [
        "a",
        "an",
        "and",
        "are",
        "as",
        "at",
        "by",
        "for",
        "from",
        "how",
        "in",
        "into",
        "is",
        "it",
        "its",
        "of",
        "on",
        "or",
        "the",
        "to",
        "using",
        "use",
        "via",
        "what",
        "when",
        "where",
        "which",
        "why",
        "with",
        "your",
        "you",
    ]
)
_TOPIC_WORDS = 8  # a title longer than this is a sentence, not a subject to carry


# A title that names a kind of page, not a subject: "FAQ", "Interview Questions".
_GENERIC_TOPIC = re.compile(
    r"\b(?:faqs?|frequently asked|questions?|interview|cheat ?sheet|overview|introduction|"
    r"guide|tutorial|notes|readme)\b",
    re.IGNORECASE,
)
_WORD = re.compile(r"[A-Za-z][\w-]*(?:\.[\w-]+)*")


def _content_words(text: str) -> list[str]:
    words = (w.lower().rstrip("s") for w in _WORD.findall(text))
    return [w for w in words if w not in _TOPIC_STOPWORDS and len(w) > 2]


def _names_any(text: str, subject: str) -> bool:
    """Whether ``text`` names a word of ``subject`` (a plural too: "ReplicaSets" names
    "ReplicaSet")."""
    said = set(_content_words(text))
    return any(w in said for w in _content_words(subject))


def _names_all(text: str, subject: str) -> bool:
    """Whether ``text`` names every word of ``subject`` ("Pod Template" needs both)."""
    said = set(_content_words(text))
    words = _content_words(subject)
    return bool(words) and all(w in said for w in words)


def with_topic(ctx: Context, index: int, text: str, *, headed: bool = False) -> str:
    """``text`` (a cloze) carrying the page's subject when it names none of its words
    nor its whole section heading: "The default value for the `type` parameter is …"
    on a page about `kubectl patch` is true of that command only, and the card alone
    would not say so. The subject is the document's own (its title or single top
    heading); a page with none, a generic one ("FAQ") or a title that is a whole
    sentence (long, or ending in a full stop) adds nothing. ``headed``: the card
    already opens on its heading ("Heading: …"), which the subject joins: "Page ›
    Heading: …"."""
    topic = ctx.topic.strip()
    nearest = ctx.nearest_heading(index)
    if len(topic.split()) > _TOPIC_WORDS and not headed:
        # A title that is a whole sentence ("Configure a Security Context for a Pod or
        # Container") names the page's task; the section's own heading names the thing.
        topic = nearest
    if (
        not topic
        or topic.endswith("?")
        or ends_on_full_stop(topic)
        or len(topic.split()) > _TOPIC_WORDS
        or _GENERIC_TOPIC.search(topic)
        or not _content_words(topic)
        or _names_any(text, _task_object(topic))
        # A card opening on its heading names that heading by itself.
        or (not headed and _names_all(text, nearest))
    ):
        return text
    return f"{topic} › {text}" if headed else f"{topic}: {text}"


# A task page's title: an imperative verb, what it acts on, and where ("Configure
# Service Accounts for Pods", "Assign Memory Resources to Containers").
_TASK_TITLE = re.compile(
    r"^(?P<verb>[A-Z][a-z]+) (?P<object>.+?) (?:for|to|in|into|with|on|from|across|using) \S"
)
_TASK_VERBS = frozenset(
    {"configure", "use", "create", "manage", "run", "deploy", "assign", "define", "expose"}
    | {"access", "debug", "install", "enable", "specify", "connect", "apply", "share"}
    | {"attach", "set", "migrate", "upgrade", "troubleshoot", "monitor", "declare", "limit"}
    | {"change", "reserve", "secure", "distribute", "inject", "pull", "update", "scale"}
    | {"resize", "adopt", "switch", "verify", "encrypt", "add", "allow", "build", "provide"}
)


def _task_object(topic: str) -> str:
    """What a task title acts on ("Service Accounts" of "Configure Service Accounts for
    Pods"): a sentence naming only where the task happens ("… a Pod that already
    exists") does not name the page's subject. Any other title whole."""
    task = _TASK_TITLE.match(topic)
    if task and task.group("verb").lower() in _TASK_VERBS:
        return task.group("object")
    return topic


def _plain(text: str) -> str:
    return clean(" ".join(text.split()))


# The document's paragraphs as cleaned one-line text, by the identity of its blocks.
_paragraphs_cache: list[tuple[tuple[Located, ...], tuple[tuple[int, str], ...]]] = []


def _paragraph_texts(items: tuple[Located, ...]) -> tuple[tuple[int, str], ...]:
    for seen, texts in _paragraphs_cache:
        if seen is items:
            return texts
    texts = tuple(
        (n, _plain(item.block.text))
        for n, item in enumerate(items)
        if isinstance(item.block, Paragraph)
    )
    _paragraphs_cache[:] = [(items, texts)]
    return texts


_STEM_WORDS = 6  # words before the first blank that make two sentences one question


def _twin_heading(ctx: Context, index: int, sentence: str, first: Token) -> str | None:
    """Two sentences of the document that read alike up to the first blank ("When using
    the REST API, you must set `propagationPolicy` to …" under "Deleting X and its
    Pods" and again under "Deleting just X") ask one question with two answers: each is
    told apart by its section's heading, returned here. "" when the twin stands in the
    same section (nothing tells them apart: no note); None when there is no twin."""
    stem = sentence[: first.end]
    if len(stem[: first.start].split()) < _STEM_WORDS:
        return None
    paragraphs = _paragraph_texts(ctx.items)
    if sum(text.count(stem) for _, text in paragraphs) < 2:
        return None
    sections = {ctx.nearest_heading(n) for n, text in paragraphs if stem in text}
    nearest = ctx.nearest_heading(index)
    if len(sections) < 2 or not nearest:
        return ""
    return nearest


# "This means that the range of values for X is …": a restatement whose clause names
# its own subject; without the connective it stands alone.
_RESTATING = re.compile(r"^(?:this|that) means(?: that)?\s+(?=(?:the|an?)\s)", re.IGNORECASE)


def _restated(sentence: Sentence) -> Sentence:
    """``sentence`` without a leading "This means that" before a clause that names its
    subject ("the range of values for X …"); unchanged otherwise."""
    match = _RESTATING.match(sentence.text)
    if match is None:
        return sentence
    rest = sentence.text[match.end() :]
    return replace(sentence, text=rest[:1].upper() + rest[1:])


_ABOVE = 2  # blocks above a paragraph that it may be explaining
_DIGITS = re.compile(r"\d+(?:\.\d+)?")


def _numbers_above(ctx: Context, index: int) -> frozenset[str]:
    """The numbers of the code just above the paragraph (at most :data:`_ABOVE` blocks up,
    in its section): a sentence there that hides one explains the example ("The circuit
    breaker opens when at least 50% of requests fail" under ``threshold: 50``)."""
    found: set[str] = set()
    headings = ctx.items[index].headings
    for item in ctx.items[max(0, index - _ABOVE) : index]:
        if isinstance(item.block, Code) and item.headings == headings:
            found.update(_DIGITS.findall(item.block.text))
    return frozenset(found)


def _from_code_above(token: str, shown: frozenset[str]) -> bool:
    return any(number in shown for number in _DIGITS.findall(token))


def _subjects(ctx: Context, index: int) -> frozenset[str]:
    """What the block's section and page are about, lower case: the terms a definition
    there may define."""
    named = [clean(h.text) for h in ctx.items[index].headings] + [ctx.topic]
    return frozenset(n.lower() for n in named if n)


def _going_on(sentence: Sentence, sentences: tuple[Sentence, ...]) -> str:
    """The sentence after a definition that goes on about what it defines by the kind
    the definition named ("The `X` variable is a list of paths …. The list is
    colon-delimited on Linux …"), with a space before it: the definition's card is
    complete with it and the sentence alone would not say which list. "" otherwise."""
    defined = _DEFINITION.match(sentence.text)
    after = [s for s in sentences if s.number == sentence.number + 1]
    if defined is None or not after:
        return ""
    kind = defined.group("what").split(" ", 1)[0].lower()
    then = after[0].text
    if not then.lower().startswith(f"the {kind} ") or unfit(then) not in (None, "needs_context"):
        return ""
    return f" {then}"


# A name with a capital inside ("PriorityClass", "LimitRange"): a kind the sentence is about.
_KIND_NAME = re.compile(r"\b[A-Z][a-z]+[A-Z]\w*")


def _term(code: str) -> str:
    """A code term by its last dotted part, lower case: `.spec.serviceAccountName` and
    `serviceAccountName` are one field."""
    parts = [p for p in code.strip("`").lower().split(".") if p]
    return parts[-1] if parts else ""


def _repeats_term_before(
    sentence: Sentence, tokens: tuple[Token, ...], sentences: tuple[Sentence, ...]
) -> bool:
    """Whether a sentence goes on about the code term the sentence right before it
    named, hiding that term and naming no other ("You can only set the `x` field when
    creating a Pod. You cannot update the `.spec.x` field of a Pod that already
    exists."): with its term hidden it says of no field in particular which one it is
    about ("You cannot update the … field": almost any), and only the sentence before
    tells it."""
    before = [s for s in sentences if s.number == sentence.number - 1]
    if not before or any(t.kind != "code" or _is_subject(sentence.text, t) for t in tokens):
        # A definition ("`grep` is a utility for …") says what its term is.
        return False
    if _KIND_NAME.search(_CODE_SPAN.sub(" ", sentence.text)):
        # "Only one PriorityClass with `x` set to true …": an API kind names its field.
        return False
    named_before = {_term(c.group(0)) for c in _CODE_SPAN.finditer(before[0].text)}
    hidden = {_term(t.text(sentence.text)) for t in tokens}
    others = {_term(c.group(0)) for c in _CODE_SPAN.finditer(sentence.text)} - hidden
    return hidden <= named_before and not others


def key_sentences(ctx: Context, index: int) -> tuple[Note, ...] | None:
    """A prose paragraph: its key sentences as cloze notes (see the module docstring);
    None when no sentence qualifies, so that the paragraph stays free for other rules."""
    block = ctx.items[index].block
    if not isinstance(block, Paragraph):
        return None
    # Nothing to hide without inline code or a digit, nothing to cue without a cue
    # word: most prose stops here, unsplit.
    defines = _DEFINES.search(block.text) is not None
    if not defines and (not _MAY_HIDE.search(block.text) or not _CUE_WORD.search(block.text)):
        return None
    sentences = split_sentences(block.text, block.line)
    # A worked example ("For example, imagine that you ..."): its sentences tell a
    # story about made-up objects, one sentence leaning on the last.
    if sentences and _EXAMPLE_OPENING.match(sentences[0].text):
        return None
    # Right under a code block, a paragraph telling what that code did ("This command
    # returns …. Every line that contains at least 10 Ns is printed.") is known only
    # with the code, which a cloze does not carry.
    shown = _code_above(ctx, index)
    if shown is not None and sentences and _ABOUT_CODE_ABOVE.match(sentences[0].text):
        return None
    numbers = _numbers_above(ctx, index)
    notes: list[Note] = []
    for said in sentences:
        sentence = _restated(said)
        if not (defines or _MAY_HIDE.search(sentence.text)) or unfit(sentence.text) is not None:
            continue
        examples = example_names(ctx.items)
        # A sentence let in only as a possible definition hides its term or nothing.
        hidden = hidden_tokens(sentence.text, examples) if _MAY_HIDE.search(sentence.text) else ()
        tokens = hidden or definition_token(
            sentence.text, _subjects(ctx, index), examples, document_names(ctx.items)
        )
        if (
            shown is not None
            # A definition of a term the code above uses ("The `PATH` variable is a list
            # of …" under `export PATH=…`) says what the term is everywhere.
            and (hidden or not _going_on(sentence, sentences))
            and sentence.number == 1
            and any(t.text(sentence.text).strip("`") in shown.text for t in tokens)
        ):
            # "The interpreter is trying to expand a variable named `fooEFG` …" right
            # under the code that wrote `$fooEFG`: it speaks of that code's own names.
            continue
        if any(_from_code_above(t.text(sentence.text), numbers) for t in tokens):
            continue  # it explains the example above: its values are the example's
        if not tokens:
            continue
        if _repeats_term_before(sentence, tokens, sentences):
            continue
        text = cloze_text(sentence.text, tokens) + _going_on(sentence, sentences)
        before = tuple(s for s in sentences if s.number < sentence.number)
        plain = text
        carried = _in_context(ctx, index, text, before)
        if carried is None:
            continue  # its subject is named only by a sentence that cannot come along
        text = carried
        twin = _twin_heading(ctx, index, sentence.text, tokens[0])
        if twin == "":
            continue  # a twin in the same section: one question, two answers
        if twin and text == plain:
            text = f"{twin}: {text}"
        # A card carrying the sentence before it opens on no heading.
        text = with_topic(ctx, index, text, headed=text.endswith(f": {plain}"))
        # A sentence that itself shows cloze-like markup (a page about Anki) would be
        # read back as other deletions: no note rather than a wrong one.
        if cloze.problem(text) is not None or len(cloze.numbers(text)) != len(tokens):
            continue
        paragraph = _paragraph_number(ctx.items, index)
        notes.append(
            ClozeNote(
                id=f"{_section(ctx, index)}/paragraph-{paragraph}-sentence-{sentence.number}",
                text=text,
                tags=ctx.tags(index),
                origin=ctx.origin(index, sentence.line),
            )
        )
        if len(notes) == _PER_PARAGRAPH:
            break
    return tuple(notes) or None
