"""The last check (README, "The last check"): one pass over a deck's notes that drops
the cards whose shape alone shows they cannot be good. Each gate is read from synthetic
notes with none of the reviewed wording, next to a near miss it must keep."""

from __future__ import annotations

import pytest

from quizkit.build.builder import build_deck
from quizkit.build.lastcheck import Dropped, drop_reason, last_check
from quizkit.notes import ClozeNote, FactNote, NoteType


def fact(front: str, back: str, kind: NoteType = NoteType.FACT) -> FactNote:
    return FactNote(id="n", type=kind, front=front, back=back)


DROPPED = [
    # A subject that only names a kind of block.
    (
        fact("Orchard Questions, # 12: question?", "How do you graft a pear?"),
        "the front asks only a label ('question')",
    ),
    (fact("Graft types: answer?", "Whip and tongue"), "the front asks only a label ('answer')"),
    (
        fact("Pruning: their comparison?", "Comparison"),
        "the front asks only a label ('their comparison')",
    ),
    (
        fact("Watering: explanation (Why water at dawn)?", "Less evaporation."),
        "the front asks only a label ('explanation')",
    ),
    (
        fact("Sowing beans: solution?", "1. Soak the seeds\n2. Sow them", NoteType.LIST),
        "the front asks only a label ('solution')",
    ),
    (
        fact("`Exercise 4: notes?", "1. Use a dibber", NoteType.LIST),
        "the front asks only a label ('notes')",
    ),
    (
        fact("Building a cold frame: prerequisites?", "• A saw\n• Glass", NoteType.LIST),
        "the front asks only a label ('prerequisites')",
    ),
    (
        fact("Grafting: prerequisite?", "1. Finish the pruning guide.", NoteType.LIST),
        "the front asks only a label ('prerequisite')",
    ),
    (
        fact("Preconditions?", "• A spade\n• Gloves", NoteType.LIST),
        "the front asks only a label ('Preconditions')",
    ),
    (
        fact("Before you start?", "• Read the seed packet", NoteType.LIST),
        "the front asks only a label ('Before you start')",
    ),
    (
        fact("Final thoughts?", "• The beds are planted.", NoteType.LIST),
        "the front asks only a label ('Final thoughts')",
    ),
    (
        fact("Compost heaps: wrapping up?", "We built a heap."),
        "the front asks only a label ('wrapping up')",
    ),
    # A navigation link asked as a subject; a list of the reader's exercises.
    (
        fact("Pruning: Back to exercises?", "↑ Lesson 3: Pruning"),
        "the front asks only a label ('Back to exercises')",
    ),
    (
        fact("Grafting: exercises?", "• Graft two apple twigs", NoteType.LIST),
        "the front asks only a label ('exercises')",
    ),
    # A guide's learning goals put as a question.
    (
        fact("By the end of this lesson, you will know …?", "• How to sow beans", NoteType.LIST),
        "the front states a guide's learning goals",
    ),
    (
        fact("Seed saving: you'll learn?", "• Drying pods"),
        "the front states a guide's learning goals",
    ),
    # A code word asked for its description, with no subject.
    (
        fact("`Dormant`: behavior?", "The bud does not open."),
        "a code word asked for its description with no subject",
    ),
    (
        fact("`soil.moist`: description?", "`soil.moist` := `probe.wet` - `probe.dry`"),
        "a code word asked for its description with no subject",
    ),
    # A bare word with no subject.
    (fact("Trowels?", "Small hand tools for digging."), "the front is a bare word with no subject"),
    # A lead-in opening with a pronoun whose referent stayed behind.
    (
        fact("Watering: When it is dry, the first bed wins …?", "1. The north bed", NoteType.LIST),
        "the front's lead-in opens with a pronoun whose referent is missing",
    ),
    # A one-word key answered by a short phrase that restates it.
    (
        fact("Our beds: depth?", "depth of the bed in cm"),
        "the back restates the front's one-word key",
    ),
    # A list from inside a FAQ answer asked as the whole answer.
    (
        fact("FAQ: how often are the beds watered?", "• Daily in summer", NoteType.LIST),
        "a list from inside a FAQ answer asked as the whole answer",
    ),
    (
        fact("Frequently Asked Questions (garden): why mulch?", "• Keeps water", NoteType.LIST),
        "a list from inside a FAQ answer asked as the whole answer",
    ),
    # A row number as the subject.
    (
        fact("Soil tests, # 7 (question What is loam?): what is it?", "A mixed soil"),
        "the front asks a row number",
    ),
    # A subject that belongs only to a number or a version: the task or matrix is gone.
    (
        fact("7: solution?", "Water the north bed first."),
        "the front's subject belongs only to a number",
    ),
    (fact("v1.13: kubernetes v1.32?", "Yes"), "the front's subject belongs only to a number"),
    # A back too long to recall as one answer, under a front asking nothing in words: one
    # line of over 800 characters, or over 2,000 characters in a few lines.
    (
        fact("Compost: compost tips?", "• " + "Turn the heap; keep it damp. " * 30, NoteType.LIST),
        "the back is too long to recall as one answer",
    ),
    (
        fact(
            "Beds: bed basics?",
            "\n".join(["• " + "Raised beds drain well. " * 25] * 4),
            NoteType.LIST,
        ),
        "the back is too long to recall as one answer",
    ),
    # A field's bare data type asked on its own.
    (
        fact("Sprinkler options, `zones`: type?", "`list(string)`"),
        "a field's bare data type asked on its own",
    ),
    (
        fact("flag: `--dry`, toml: `dry`: type?", "string | list"),
        "a field's bare data type asked on its own",
    ),
    # A tip whose front only joins code words.
    (
        fact("Sprinklers: `zone` and `Auto`?", "An empty `zone` with `Auto` …", NoteType.TIP),
        "the tip's front names only code terms",
    ),
    (
        fact("Timers: `cycleMinutes`?", "Every timer sets `cycleMinutes`.", NoteType.TIP),
        "the tip's front names only code terms",
    ),
    # Numbering and answer letters left in the front or the back.
    (
        fact("Which tool cuts branches (Answer: B)?", "• A: spade\n• B: loppers"),
        "answer or question numbering left in the front",
    ),
    (
        fact("Garden topics: soil?", "• Q1) What is humus?: A: Decayed matter", NoteType.LIST),
        "question numbering left on the back",
    ),
    (
        fact("12. Why do tomatoes split?", "Uneven watering."),
        "answer or question numbering left in the front",
    ),
    (
        fact("Q. What do you know about mulch?: bark?", "Slow to rot."),
        "answer or question numbering left in the front",
    ),
    (
        fact("Soil basics: q. How do you test pH?", "• A strip kit", NoteType.LIST),
        "answer or question numbering left in the front",
    ),
    (
        fact("Why prune?: Question 7. Why prune in winter?", "Sap is down."),
        "answer or question numbering left in the front",
    ),
    # Heading attributes (Pandoc, Hugo) left after a heading's text.
    (
        fact("What is a cold frame? {#what-is-a-cold-frame}", "A glass box over plants."),
        "a heading's attribute block left in the front",
    ),
    (
        fact('Task 3 {.unnumbered .task data-number="3"}: dig a trench?', "Dig 30 cm deep."),
        "a heading's attribute block left in the front",
    ),
    # A table's first column of sentences read as a key.
    (
        fact("Your beds drain well after rain.: choose clay if?", "Your beds stay wet."),
        "the front's key is a sentence, not a subject",
    ),
    # A label over numbered options, the question itself missing.
    (
        fact("Quiz Questions:\n1. north\n2. south", "2. south"),
        "the front is a label over options, the question is missing",
    ),
    # Backs that hold no answer.
    (fact("What is mulch?", "Explanation:"), "the back is only a label"),
    (fact("What is a cloche?", "Back to top"), "the back is only a label"),
    # A measured value from an example's table, nothing asked.
    (
        fact("NAK: code?", "0x15"),
        "a bare code or computed value answers a front that asks no question",
    ),
    (
        fact("Plots, bed north: round(avg(yield), 1)?", "-3.5"),
        "a bare code or computed value answers a front that asks no question",
    ),
    (
        fact("north: count(yield)?", "4"),
        "a bare code or computed value answers a front that asks no question",
    ),
    # A short glossary key asked for its description and answered in a few words.
    (
        fact("Drip Line: description?", "Slow watering"),
        "a short label asked only for its description, in a few words",
    ),
    (
        fact("`soil.ph`: implementation?", "`probe.read` / 14"),
        "a short label asked only for its description, in a few words",
    ),
    (
        fact("What is a hotbed?", "Explanation: https://example.org/hotbeds"),
        "the back is only links",
    ),
    (
        fact(
            "Raised beds?",
            "• [https://example.org/beds/build/]\n• [https://example.org/beds/soil/]",
        ),
        "the back is only links",
    ),
    (
        fact("Frost: with a fleece?", "A fleece keeps off light frost. Use the following steps:"),
        "the back ends in a lead-in (':')",
    ),
    (
        fact("Why rotate crops?", "Answer: Rotation keeps soil pests from building up."),
        "an answer label left on the back",
    ),
    (
        fact("How do you stake a vine?", "<p>\n```text\ntie loosely\n```"),
        "markup left on the back",
    ),
    (
        fact("What is a trellis?", "A frame that climbing plants grow on. Additional Links"),
        "navigation left at the end of the back",
    ),
    # An exercise's number in a code span left before its question.
    (
        fact("`3`. Estimate the yield of the north bed?", "About 4 kg."),
        "answer or question numbering left in the front",
    ),
    # A lead-in that goes on from a sentence the card does not show.
    (
        fact("Irrigation: Which means the valve opens when …?", "• The soil is dry", NoteType.LIST),
        "the front's lead-in goes on from a sentence the card does not show",
    ),
    (
        fact("Tools: Or second-hand kits such as …?", "• A fork\n• A hoe", NoteType.LIST),
        "the front's lead-in goes on from a sentence the card does not show",
    ),
    # A statement heading with "?" after its full stop.
    (
        fact("Beds: raised beds drain faster.?", "• Less standing water", NoteType.LIST),
        "the front is a statement with '?' after its full stop",
    ),
    # A matrix cell's mark the builder could not read as words.
    (fact("Hand pumps: frost-proof?", "x"), "the back is only a table's mark"),
    # A back cut at a comma, and a back that leans on an answer it does not show.
    (
        fact("Why mulch in spring?", "While the soil must already be warm,"),
        "the back stops mid-sentence at a comma",
    ),
    (
        fact("Glasshouse: heated example?", "• same as before, but with a heater", NoteType.LIST),
        "the back leans on an earlier answer the card does not show",
    ),
    (
        fact("How do you plant leeks?", "As with the previous example, dig a trench first."),
        "the back leans on an earlier answer the card does not show",
    ),
    # A definition whose back only restates its term.
    (
        fact("What is Bed Depth in Gardenkit?", "The declared depth of a bed."),
        "the back only restates the term it defines",
    ),
    (
        fact("Watering timeout: description?", "The timeout of the watering."),
        "the back only restates the term it defines",
    ),
    (
        fact("Seed catalogues: documentation?", "Documentation"),
        "the back only restates the term it defines",
    ),
]


@pytest.mark.parametrize(("note", "reason"), DROPPED, ids=[r for _, r in DROPPED])
def test_each_gate_drops_its_shape_with_its_reason(note: FactNote, reason: str) -> None:
    assert drop_reason(note) == reason


KEPT = [
    # A table's column answers its row; a "Note:" list inside an answer is its question's.
    fact("Leaf curl: solution?", "Spray copper in late winter."),
    fact("Raised bed (Oak, Pine): notes?", "Oak lasts longer."),
    fact("Why are roses pruned: note?", "1. Cut above a bud", NoteType.LIST),
    # A lesson's key points and a type's usage were judged good as often as not.
    fact("Composting: key points?", "• Turn the heap weekly", NoteType.LIST),
    # A code word with words about it says what the tip asks.
    fact("Dotfiles: `ls -l` or a plain listing?", "A plain listing hides them.", NoteType.TIP),
    # A number answers its row (a port, a measure); a question asks for a code.
    fact("greenhouse: port?", "8080"),
    fact("Sprint: runner?", "12.4s"),
    fact("Which code does the sensor send: NAK?", "0x15"),
    fact("Shown code, plot north: count(yield)?\nSELECT count(yield)", "4"),
    # A description in a sentence, a longer key, a column other than "description".
    fact("Drip Line: description?", "Water that drips slowly from a hose laid along the bed."),
    fact("Drip line in a raised bed: description?", "Slow watering"),
    fact("Drip Line: purpose?", "Slow watering"),
    # Numbers that are no question numbering; braces that are code, not attributes.
    fact("3.5 litres: enough for a bed?", "For a small one."),
    fact("2. What does this print?\nprint(len(beds))", "3"),
    fact("3. Write a function that waters a bed.", "def water(bed): bed.wet = True"),
    fact("Which question 7 answers name a frost date?", "Both."),
    fact("What does Q. stand for in the seed catalogue?", "Quantity."),
    fact("How do you read the sensor?", "sensor get -o jsonpath='{.status.ph}'"),
    # The author's own instruction as the key, or a short key with a full stop.
    fact("Describe the difference between clay and loam.: clay advantages?", "Holds water."),
    fact("Soil vs. sand: drainage?", "Sand drains faster."),
    # "C# 8" and "(#12)" are no row numbers.
    fact("What did C# 8 add?", "Nullable reference types."),
    # "Answer: B" names an option (README, "The author's questions").
    fact("Which tool cuts branches?\n• A: spade\n• B: loppers", "Answer: B"),
    # A lead-in with its list, a back that links beside its answer.
    fact("Which tools?", "You need:\n• a spade"),
    fact("What is a dibber?", "A pointed stick, see https://example.org/dibber"),
    fact("Quiz: which way do seeds face?\n1. up\n2. down", "1. up"),
    # "Requirements" over a list and "Prerequisite" over a fact answer their subject.
    fact("Greenhouse: requirements?", "• Light\n• Heat", NoteType.LIST),
    fact("Grafting: exercise?", "Graft two apple twigs, then tape them."),
    fact("Grafting: prerequisite?", "A rootstock of the same family."),
    # A long answer to the author's question in words, and long code of many short lines.
    fact("In the garden, how do you build a heap?", "Turn the heap; keep it damp. " * 40),
    fact("Why mulch: reasons?", "Mulch keeps water in. " * 45),
    fact("Beds: layout?", "\n".join(["bed north { depth: 30 }"] * 120)),
    fact("Compost: compost tips?", "• Turn the heap weekly.\n• Keep it damp."),
    # A type that is a kind of thing, and a data type asked with a question.
    fact("Sprinkler options, `valve`: type?", "`solenoid`"),
    fact("Which type does the `zones` field take?", "`list(string)`"),
    # A code word asked something other than its description, or with its subject.
    fact("`Dormant`: default?", "No"),
    fact("Bud states, `Dormant`: behavior?", "The bud does not open."),
    # Two words, or one word in a script written without spaces, is no bare word.
    fact("Classify trowels?", "1. Flat\n2. Pointed", NoteType.LIST),
    fact("什么是堆肥?", "腐熟的有机物。"),
    fact("Why?", "Roots need air."),
    # A lead-in that names its subject; a pronoun later in the sentence.
    fact("Watering: When the soil is dry, water at dawn …?", "• North bed first", NoteType.LIST),
    fact("Watering: Water when it is dry …?", "• North bed first", NoteType.LIST),
    # A key restated in a longer answer, a two-word key, a list.
    fact("Our beds: depth?", "depth of the bed in cm, measured from the path to the subsoil"),
    fact("Our beds: soil depth?", "soil depth in cm"),
    fact("What you will need to know: depth?", "30 cm"),
    # A FAQ lead-in carries its list; a FAQ answer in prose is whole.
    fact("FAQ: Beds need two tools …?", "• A spade\n• A rake", NoteType.LIST),
    fact("FAQ: how often are the beds watered?", "Daily in summer, weekly in winter."),
    fact("堆肥和覆盖物的区别, 维度: 堆肥?", "堆肥 可以改良土壤"),
    # A lead-in naming its own subject; a word that only starts like a conjunction.
    fact("Irrigation: The valve opens when …?", "• The soil is dry", NoteType.LIST),
    fact("Irrigation: Solar pumps run when …?", "• The sun is up", NoteType.LIST),
    # An abbreviation's point or "..." before the "?" is no full stop.
    fact("Hand tools: spades, rakes, etc.?", "• Fork", NoteType.LIST),
    fact("Clay vs.?", "Loam drains better."),
    # Code whose line ends in a comma; an answer that says "the same as" something it names.
    fact("How do you list the beds?", "beds = [\n  north,\n  south,"),
    fact("What is a cold frame?", "The same as a small greenhouse without heating."),
    # A letter that answers in words ("X" as a name), a mark with words beside it.
    fact("Which bed letter is nearest the gate?", "X"),
    fact("Hand pumps: frost-proof?", "✗ (freezes below -5 °C)"),
    # A sentence cut at a comma inside, not at its end.
    fact("When do you sow beans?", "After the last frost, in warm soil."),
    # A definition saying more than its term's words, a back naming one word of a longer
    # term, a term in code read out in words, a number.
    fact("What is Bed Depth in Gardenkit?", "The depth of a bed's soil, from path to subsoil."),
    fact("What is the default bed name?", "default"),
    fact("Bed labels: `bed.dry`?", "Bed is dry."),
    fact("What is Bed Depth?", "The depth of a bed in 10 cm steps."),
]


@pytest.mark.parametrize("note", KEPT, ids=[n.front for n in KEPT])
def test_near_misses_are_kept(note: FactNote) -> None:
    assert drop_reason(note) is None


def test_clozes_and_scenarios_are_never_checked() -> None:
    cloze = ClozeNote(id="c", text="Explanation: {{c1::Back to top}}")
    assert drop_reason(cloze) is None


def test_the_last_check_keeps_order_and_says_why_each_note_went() -> None:
    first = FactNote(id="a", front="What is loam?", back="A mixed soil.")
    label = FactNote(id="b", front="What is silt?", back="Summary")
    last = FactNote(id="c", front="What is clay?", back="A fine, sticky soil.")
    checked = last_check([first, label, last])
    assert checked.kept == (first, last)
    assert checked.dropped == (Dropped(label, "the back is only a label"),)


GARDEN = """# Growing Tomatoes

## Planting

### Prerequisites

- A sunny bed facing south
- Compost worked into the soil
- Stakes taller than one metre

## Pruning

- Pinch out side shoots weekly
- Remove leaves below the first truss
"""


def test_a_built_deck_goes_through_the_last_check() -> None:
    deck = build_deck(GARDEN, "garden.md")
    assert [(n.id, n.front) for n in deck.notes if isinstance(n, FactNote)] == [
        ("pruning/list", "Growing Tomatoes: pruning?")
    ]
