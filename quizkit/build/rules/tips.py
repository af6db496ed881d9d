"""Rules for tips: callouts and quotes that give advice, definition-list entries,
and one-line ❌ limitations."""

from __future__ import annotations

import re

from quizkit.build.cloze import example_names, key_statement, with_topic
from quizkit.build.markdown import (
    ANSWER_PART,
    Callout,
    Code,
    Definition,
    ListBlock,
    Paragraph,
    Quote,
    question_text,
)
from quizkit.build.text import NO, clean, slugify, subject_of
from quizkit.notes import ClozeNote, Note, NoteType

from .common import (
    _CODE_SPAN,
    _KIND_ONLY_HEADING,
    _KIND_ONLY_LABEL,
    _SENTENCE_END,
    _UNFINISHED_WORDS,
    Context,
    _fact,
    _question,
    _sentence,
    is_generic_label,
)
from .lists import _ASPECT_HEADING, _EXAMPLE_POINTER, _SECTION_SCAN, _headings_asked
from .questions import _POINTER, _QUOTED_ITEM, _quoted_lines, _stems
from .scenarios import _code_label

_TIP_LABEL = re.compile(r"^([A-Z][\w -]{1,30}?):\s+(.+)$", re.DOTALL)
# Headings that ask something of the topic ("ClusterIP vs NodePort: one-line difference?").
# "Note", "Tip" or "Key takeaway" name only the kind of block: no question.
_GENERIC_TIP_HEADINGS = ("tip", "difference", "summary", "tl;dr", "remember")
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


# A sentence about reading the page rather than about its matter: where more is written
# ("More information on taints can be found in the Kubernetes documentation"), what the
# reader should have read first ("Before proceeding, please ensure you have read …"), what
# the page assumes the reader knows, or how to get something added to the page.
_READING_REMARK = re.compile(
    r"^(?:(?:more|further|additional) (?:information|details|info)\b.*\b"
    r"(?:can be found|is available|are available|(?:is|are) (?:given|described))\b|"
    r"before (?:proceeding|continuing|you (?:begin|start|continue)),\s*"
    r"(?:please\s+)?(?:ensure|make sure|be sure)\b.*\b(?:read|familiar)\b|"
    r"(?:on )?this (?:page|guide|document|section)(?: we)? assumes?\b|"
    r"(?:on this page,?\s+)?we assume (?:that )?you\b|"
    r"if you(?:'d| would) like (?:your|a|an|to)\b.*\b(?:added|listed|included)\b.*"
    r"\b(?:pull request|PR|issue)\b)",
    re.IGNORECASE,
)


def _tip_only_points(text: str) -> bool:
    """Every sentence of a tip sends the reader elsewhere, or only speaks of reading the
    page (see ``_READING_REMARK``): no card."""
    sentences = [s.strip() for s in _SENTENCE_END.split(" ".join(text.split())) if s.strip()]
    return bool(sentences) and all(
        _POINTER.match(sentence) or _TIP_POINTER.match(sentence) or _READING_REMARK.match(sentence)
        for sentence in sentences
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


# A callout title denying something: "`ack_wait` is not a function timeout", "Labels
# aren't selectors".
_DENYING_TITLE = re.compile(
    r"^(?P<subject>[^,;:]{1,60}?)\s+(?P<verb>is|are|was|were)(?:\s+not|n't)\s+(?P<what>[^,;:]{1,60})$",
    re.IGNORECASE,
)
# A title opening on a pronoun ("It's not us", "We know", "You can …"): a remark.
_PRONOUN = re.compile(r"^(?:it|it's|we|you|they|this|that|these|those|i|he|she)\b", re.I)
# A callout title that denies what its subject does: "`X` does not apply to Y",
# "Labels can't select nodes".
_DENYING_ACT = re.compile(
    r"^(?P<subject>[^,;:]{1,60}?)\s+(?:(?P<aux>does|do|did|can|could|will|would|should|must)"
    r"(?:\s+not|n't)|(?P<cannot>cannot)|(?P<wont>won't))\s+(?P<what>\w[^,;:]{1,80})$",
    re.IGNORECASE,
)
# A callout title stating what its subject can or must do ("A workspace can only use one
# package manager"): a few words of subject, a modal, and what it says of it.
_STATING_TITLE = re.compile(
    r"^(?P<subject>(?:\S+\s+){0,5}?\S+)\s+(?P<aux>can|must|should|will)\s+"
    r"(?!not\b|be\s+(?:used|found)\s+(?:in|at|on)\b)(?P<what>\w+\s+\w[^,;:]{1,80})$",
    re.IGNORECASE,
)
# A title that states what a step needs: "Full server configuration required",
# "Backup and test in a demo environment required".
_NEEDED_TITLE = re.compile(
    r"^(?P<what>\S.{2,80}?)\s+(?:is\s+|are\s+)?(?P<state>required|recommended|needed|mandatory)$",
    re.IGNORECASE,
)
# A title that tells the reader what to do ("Use `//:tgt` for the root", "Be careful
# with overlapping fields", "Avoid X", "Do not X"): the verb opens it, and what follows
# it is no noun it could head ("Use cases", "Update strategy" name things).
_IMPERATIVE_TITLE = re.compile(
    r"^(?:(?P<use>use)\s+(?P<tool>`[^`]+`|(?:the|a|an|your|only)\s+[^,;:]+?)\s+"
    r"(?P<purpose>(?:for|to|when|with|in|on|if)\s+\S.*)|"
    r"(?P<against>do\s+not|don't|never)\s+(?P<act>\w.*)|"
    r"(?P<advice>(?:be\s+(?:careful|aware|sure)|beware|avoid|prefer|always|make\s+sure|"
    r"ensure|remember\s+to|(?:use|set|enable|disable|keep|check|pin|add|run|configure)"
    r"\s+(?=`|the\b|a\b|an\b|your\b|only\b))\b.*))$",
    re.IGNORECASE,
)


_TIP_BACK_CHARACTERS = 800  # the last check's limit for one line of an answer


def _lower_opening(subject: str, body: str) -> str:
    """A title's subject as it reads after a verb: its capital dropped when it only opens
    the sentence ("The", "Clusters" where the body writes "clusters") and kept on a name
    ("Headscale", "Argo CD") or code."""
    first = re.match(r"^[A-Z][a-z]*\b", subject)
    if first is None:
        return subject
    word = first.group(0)
    stem = word.lower().removesuffix("s")  # "Groups" where the body writes "a group"
    if word in {"The", "A", "An"} or re.search(rf"\b{stem}s?\b", body):
        return word.lower() + subject[len(word) :]
    return subject


def _statement_title(title: str, body: str) -> tuple[str, str] | None:
    """A callout title that is a statement rather than a name, as the question it
    answers and the card's back: "`X` does not apply to Y" → "Does `X` apply to Y?" →
    "No. <body>"; "Full server configuration required" → "What is required?" → "Full
    server configuration required. <body>"; "Use `a` for b" → "What should you use for
    b?"; "Be careful with X" → "Why be careful with X?". None for a title that names
    what the tip is about ("Default for the `name` field"): that name asks the question.
    Asked as "<section>: <title>?" a statement gives its own answer away."""
    title = title.rstrip(".!").strip()
    denied = _DENYING_ACT.match(title)
    if denied and not _PRONOUN.match(denied.group("subject")):
        aux = "can" if denied.group("cannot") else "will" if denied.group("wont") else ""
        aux = aux or denied.group("aux").lower()
        subject = _lower_opening(denied.group("subject"), body)
        return f"{aux[:1].upper()}{aux[1:]} {subject} {denied.group('what')}?", f"No. {body}"
    stated = _STATING_TITLE.match(title)
    if stated and not _PRONOUN.match(stated.group("subject")) and not denied:
        # "A single workspace can only use a single package manager": asked back as
        # the yes-or-no question it answers.
        aux = stated.group("aux").lower()
        subject = _lower_opening(stated.group("subject"), body)
        return f"{aux[:1].upper()}{aux[1:]} {subject} {stated.group('what')}?", f"Yes. {body}"
    needed = _NEEDED_TITLE.match(title)
    if needed:
        return f"What is {needed.group('state').lower()}?", f"{title}. {body}"
    told = _IMPERATIVE_TITLE.match(title)
    if told is None:
        return None
    if told.group("use"):
        return f"What should you use {told.group('purpose')}?", f"{title}. {body}"
    if told.group("against"):
        return f"Why not {told.group('act')}?", body
    advice = told.group("advice")
    return f"Why {advice[:1].lower()}{advice[1:]}?", body


def callout_tip(ctx: Context, index: int) -> tuple[Note, ...] | None:
    """A ``{{< note >}}`` / ``{{< caution >}}`` shortcode of a documentation site, or an
    alert (``> [!NOTE]``, ``:::info``): a card that asks what the note says (a cloze of
    its key sentence, its condition, or the code terms it is about), see :func:`_tip`."""
    block = ctx.items[index].block
    if not isinstance(block, Callout):
        return None
    if block.pointer:
        # ":::info See also" over "[Pod Scaler reference](…)": where to read, whatever
        # the title says; "Pod Scaler: see also?" would ask for a link's title.
        return ()
    # The nearest heading whole ("`type: ExternalName`"), a generic label qualified.
    heading = ctx.nearest_heading(index)
    subject = ctx.section_subject(index) if is_generic_label(heading) else heading or ctx.topic
    title = clean(block.title).replace("\n", " ").strip().rstrip(":!.").strip()
    denied = _DENYING_TITLE.match(title)
    if denied and not _PRONOUN.match(denied.group("subject")):
        # "`ack_wait` is not a function timeout": the title denies what a reader might
        # think; asked back as that question, the note is why not.
        verb = denied.group("verb").lower()
        subject = re.sub(r"^(?:The|A|An)\b", lambda m: m.group(0).lower(), denied.group("subject"))
        front = f"{verb[:1].upper()}{verb[1:]} {subject} {denied.group('what')}?"
        note_id = f"{ctx.subplace(index)}/{slugify(title)}"
        return _fact(ctx, index, note_id, front, f"No. {block.text}", kind=NoteType.TIP)
    if title and _PRONOUN.match(title):
        # "It's not us, it's you.": a remark, no name; the tip asks what it says.
        title = ""
    if title and _NOTICE_LABEL.search(title) and len(title.split()) <= _NOTICE_TITLE_WORDS:
        # "Deprecated", "Breaking change": the kind of notice, not what it is about;
        # its key sentence makes the card, as for an untitled callout.
        title = ""
    if title and not _KIND_ONLY_LABEL.match(title.rstrip(":").strip()):
        if _tip_only_points(clean(block.text)):
            return ()  # "Prometheus/Grafana": "… you can find a setup guide in Part 4"
        # The author named the tip ("**Generating a bcrypt hash**", ``!!! tip "Title"``):
        # that name is the question, all it says (its command too) the answer.
        note_id = f"{ctx.subplace(index)}/{slugify(title)}"
        stated = None if title.endswith("?") else _statement_title(title, block.text)
        if stated is not None:
            asked, back = stated
            if len(back) > _TIP_BACK_CHARACTERS:
                # Pages of caveats, code and lists: too long to recall as one answer
                # (asked by its bare title it is dropped as a dump all the same).
                return ()
            if question_text(subject):
                # Under the author's question the tip is a part of its answer: asked
                # after it ("How can I recover? What is required?"), never glued into it.
                front = f"{subject.rstrip('?').rstrip()}? {asked}"
            else:
                front = f"{subject}: {asked[:1].lower()}{asked[1:]}" if subject else asked
            if stated[1].startswith("No. "):
                front = asked  # "Does `X` apply to Y?" names its own subject
            return _fact(ctx, index, note_id, front, back, kind=NoteType.TIP)
        front = title if title.endswith("?") else _question(subject, title)
        return _fact(ctx, index, note_id, front, block.text, kind=NoteType.TIP)
    note_id = f"{ctx.subplace(index)}/{slugify(block.kind)}"
    return _tip(ctx, index, note_id, block.text, subject)


def notice_list_tip(ctx: Context, index: int) -> tuple[Note, ...] | None:
    """A list under a bare "Note:" / "**Caution:**" label: the note's sentences, one an
    item, asked as a note written as a paragraph is (see :func:`_tip`): a cloze of its
    key sentence, or a question its condition or terms ask. The front says what the
    note says, never only its kind ("Derived Time Series: note?"). Under the author's
    question the list is part of its answer (``labelled_list`` reads it)."""
    block = ctx.items[index].block
    if not isinstance(block, ListBlock):
        return None
    label = ctx.lead_in(index).rstrip(":").strip()
    if not _KIND_ONLY_LABEL.match(label) or any(q for _, q in _headings_asked(ctx, index)):
        return None
    items = [t for item in block.items if (t := clean(item).replace("\n", " ").strip())]
    if not items:
        return ()
    heading = ctx.nearest_heading(index)
    subject = ctx.section_subject(index) if is_generic_label(heading) else heading or ctx.topic
    note_id = f"{ctx.subplace(index)}/{slugify(label)}"
    return _tip(ctx, index, note_id, "\n".join(items), subject)


# A label that names a kind of notice ("Upcoming change", "Deprecation notice",
# "Breaking change", "Heads-up"): a title, not the question.
_NOTICE_LABEL = re.compile(
    r"(?:\b(?:change|update|announcement|notice|news|deprecation|deprecated|reminder|"
    r"disclaimer|heads[- ]up)s?)$",
    re.IGNORECASE,
)
# A disclaimer says what the page does not promise, about the page, never a fact to learn.
_DISCLAIMER = re.compile(r"^\W*disclaimers?\W*$", re.IGNORECASE)
# A notice title of more words names its subject ("Ingress API version change").
_NOTICE_TITLE_WORDS = 2


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
    if label and _DISCLAIMER.match(label):
        return ()  # "> DISCLAIMER: Information in this table has not been validated …"
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
        named = label.lower() if label.isupper() else f"{label[:1].lower()}{label[1:]}"
        front = f"{ctx.section_subject(index)}: what {named} is announced?"
        return _fact(ctx, index, note_id, front, " ".join(said), kind=NoteType.TIP)
    if label and not _KIND_ONLY_HEADING.match(label):
        front = _question(ctx.subject(index), label)
    elif (
        heading
        and not _KIND_ONLY_HEADING.match(subject_of(heading))
        and any(word in heading.lower() for word in _GENERIC_TIP_HEADINGS)
        and ctx.topic_for(text, heading, index)
    ):
        front = _question(ctx.topic_for(text, heading, index), heading)
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
    if _restated_key(term, block.text):
        return ()  # "`local_port`: Connection start port on local machine": nothing to learn
    topic = ctx.topic.strip()
    if (
        _OPTIONS_HEADING.search(section)
        and topic
        and not set(re.findall(r"\w+", topic.lower())) & set(re.findall(r"\w+", section.lower()))
        and len(topic.split()) <= _TOPIC_WORDS
        and not section.isupper()
    ):
        # "Command line switches" of what: the program the page documents.
        section = f"{topic} {section[:1].lower()}{section[1:]}"
    listed = _definitions_lead_in(ctx, index)
    if listed and _ASPECT_HEADING.match(section) and topic:
        section = topic  # "Description, types of pooling": the page's subject, not its part
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


# A heading naming a program's options: which program is the page's topic.
_OPTIONS_HEADING = re.compile(
    r"\b(?:options|switches|flags|arguments|parameters|environment variables)$", re.IGNORECASE
)
_TOPIC_WORDS = 3
_RESTATING_WORDS = 7  # a longer definition says more than its key
_UNIT = re.compile(
    r"\b(?:(?:micro|milli|nano)?seconds?|minutes?|hours?|days?|bytes?|[kmg]ib|[kmg]b|"
    r"percent(?:age)?)\b",
    re.IGNORECASE,
)


def _restated_key(term: str, definition: str) -> bool:
    """Whether a short definition only says its key again in words ("`pool_mode`: The
    pooling mode in use", "`id`: Unique ID for client"): every word of the key opens a
    word of the definition, which adds no number or code of its own."""
    words = re.findall(r"[a-z0-9]+", clean(definition).lower())
    keys = [k for k in re.findall(r"[a-z0-9]+", clean(term).lower()) if k]
    if not keys or not words or len(words) > _RESTATING_WORDS:
        return False
    if re.search(r"[\d`]", definition) or len(clean(term).split()) > 1:
        return False
    if _UNIT.search(definition):
        return False  # "`wait`: Current waiting time in seconds": the unit is the fact
    return all(any(w.startswith(k) for w in words) for k in keys)


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
    if 1 < len(phrase.split()) <= _LISTED_WORDS:
        return phrase
    # "… pgbouncer supports several types of pooling when rotating connections:": a
    # statement, but the kinds it counts name what the terms are.
    kinds = _COUNTED_KINDS.search(phrase)
    return kinds.group(1) if kinds else ""


_COUNTED_KINDS = re.compile(
    r"\b(?:several|various|different|the\s+following|(?:two|three|four|five|six|\d+))\s+"
    r"((?:types?|kinds?|modes?|levels?|methods?|strategies|categories|forms?)\s+of\s+\w+)\b",
    re.IGNORECASE,
)


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
