"""Author questions in the numbered shapes of interview and exercise collections, read
from synthetic documents that have each shape and none of the wording of the real
documents they were seen in."""

from __future__ import annotations

from quizkit.build.builder import build_deck
from tests.helpers import all_facts

HEADINGS_IN_ITEMS = """# Garden questions

## Contents

| No. | Question |
| --- | -------- |
| 1   | [What is compost?](#what-is-compost) |
| 2   | [Why rotate crops?](#why-rotate-crops) |

## Soil

1.  ### What is compost?

    Compost is decayed organic matter that feeds the soil.

    **[⬆ Back to Top](#contents)**

   2.  ### Why rotate crops?
       Rotating crops keeps one family's pests from building up in a bed.

       <details><summary><b>See more</b></summary>
       <p>

       ```text
       beans -> cabbages -> roots
       ```

       </p>
       </details>

       **[⬆ Back to Top](#contents)**

3.  ### How deep should bulbs be planted?

    About three times their own height.

    ```text
    depth = 3 x bulb height
    ```

    [Back to top](#contents)
"""


def test_a_heading_opening_a_list_item_is_a_question_answered_by_the_item() -> None:
    notes = {n.front: n.back for n in all_facts(build_deck(HEADINGS_IN_ITEMS, "g.md").notes)}
    assert notes["What is compost?"] == "Compost is decayed organic matter that feeds the soil."
    assert notes["Why rotate crops?"] == (
        "Rotating crops keeps one family's pests from building up in a bed."
    )
    # A short lead-in and the code it introduces answer together.
    assert notes["How deep should bulbs be planted?"] == (
        "About three times their own height.\ndepth = 3 x bulb height"
    )
    # Navigation back to the contents, and the <details> markup, reach no card.
    texts = " ".join(f"{front} {back}" for front, back in notes.items())
    assert "Back to" not in texts
    assert "<" not in texts.replace("->", "")


def test_a_details_left_open_by_a_list_item_ends_with_the_item() -> None:
    # The "</details>" sits inside a fence the item never closes (CommonMark ends the
    # fence with the item): the next question is still a question of its own.
    text = """# Kitchen

1.  ### What does a whisk do?

    It beats air into a mixture.

    <details><summary>See code</summary>
    <p>

    ```text
    beat(eggs)
    </p>
    </details>

    A closing remark.
    ```

2.  ### What does a sieve do?

    It separates fine grains from coarse ones.
"""
    notes = {n.front: n.back for n in all_facts(build_deck(text, "k.md").notes)}
    assert notes["What does a whisk do?"] == "It beats air into a mixture."
    assert notes["What does a sieve do?"] == "It separates fine grains from coarse ones."


def test_an_ordinary_list_with_one_heading_item_stays_a_list() -> None:
    text = """# Tools

## Hand tools

- ### Spade
- A fork turns soil.
- A rake levels it.
- A hoe cuts weeds.
"""
    deck = build_deck(text, "t.md")
    assert "A fork turns soil." in " ".join(n.back for n in all_facts(deck.notes))


EXERCISES = """# Thirty SQL drills

Drills collected from a course, with hints and solutions.

#### 1. Select every column of the `staff` table (★☆☆)
`hint: SELECT *`

```sql
SELECT * FROM staff;
```
#### 2. How many rows does `staff` hold [easy]?
`hint: an aggregate`

```sql
SELECT count(*) FROM staff;
```
#### 3. Which rows does the following filter keep? (Difficulty: medium)
```sql
SELECT * FROM staff WHERE age > 30;
```
`hint: a comparison`

```sql
-- only staff older than thirty
```
#### 4. Sort the staff by age, oldest first (★★☆)
`No hints provided...`

```sql
SELECT * FROM staff ORDER BY age DESC;
```
#### 5. Think about indexes (★★★)

Indexes speed up reads and slow down writes.
"""


def test_a_rated_exercise_heading_asks_its_task_and_answers_with_the_solution_code() -> None:
    notes = {n.front: n.back for n in all_facts(build_deck(EXERCISES, "sql.md").notes)}
    # The rating goes (no "()" residue), the hint goes, the code answers.
    assert notes["Select every column of the `staff` table"] == "SELECT * FROM staff;"
    assert notes["How many rows does `staff` hold?"] == "SELECT count(*) FROM staff;"
    assert notes[
        "Which rows does the following filter keep?\nSELECT * FROM staff WHERE age > 30;"
    ] == ("-- only staff older than thirty")
    assert notes["Sort the staff by age, oldest first"] == "SELECT * FROM staff ORDER BY age DESC;"
    # A task heading answered by prose, not code, is no exercise.
    assert not any(front.startswith("Think about indexes") for front in notes)


def test_an_unnumbered_unrated_heading_before_code_stays_a_section() -> None:
    text = """# Setup

## Install the tools

```sh
make install
```
"""
    fronts = [n.front for n in all_facts(build_deck(text, "s.md").notes)]
    assert "Install the tools" not in fronts


ANSWER_PARTS = """# Bakery interview

# Bread

## 1. Explain the common kinds of leavening.

### Answer:

### 1. Yeast (Default)
- **Works by**: fermentation
- **Speed**: slow

### 2. Baking soda
Reacts with an acid in the dough.

### 3. Steam

```text
oven at 250 C, water tray
```

## 2. What does kneading do?

### Answer:

Kneading develops the gluten network.

### Common mistakes
- Too much flour.
- Too little time.

## 3. How do you store sourdough starter?

### Solution

### Feeding schedule:

#### 1. Daily at room temperature
Feed once a day.

#### 2. Weekly in the fridge
Feed once a week.
"""


def test_an_empty_answer_heading_makes_the_headings_after_it_the_answers_parts() -> None:
    deck = build_deck(ANSWER_PARTS, "bakery.md")
    notes = {n.front: n.back for n in all_facts(deck.notes)}
    assert notes["Explain the common kinds of leavening."] == (
        "• Yeast (Default): Works by: fermentation; Speed: slow\n"
        "• Baking soda: Reacts with an acid in the dough."
    )  # "Steam", a bare title over code, says nothing beside parts that do
    # An answer heading with its answer right under it answers alone; the heading
    # after it stays a section of its own.
    assert notes["What does kneading do?"] == "Kneading develops the gluten network."
    # One titled part ("Feeding schedule:") over the parts: the parts answer.
    assert notes["How do you store sourdough starter?"] == (
        "• Daily at room temperature: Feed once a day.\n• Weekly in the fridge: Feed once a week."
    )
    # The next question is not one of the parts: each question keeps its own answer.
    assert all("kneading" not in back.lower() for front, back in notes.items() if "leaven" in front)


def test_a_numbered_question_without_its_question_mark_is_still_asked() -> None:
    text = """# Pottery questions

1. ### What is a kiln

   An oven that fires clay.

2. ### How does glaze set

   It melts into glass in the kiln.

3. ### Tools

   A wheel and a wire.

4. ### How it works

   Clay spins on the wheel.

## How it works

Clay is shaped, dried and fired.
"""
    deck = build_deck(text, "p.md")
    notes = {n.front: n.back for n in all_facts(deck.notes)}
    # The author's words, without the list's number.
    assert notes["What is a kiln"] == "An oven that fires clay."
    assert notes["How does glaze set"] == "It melts into glass in the kiln."
    # A numbered heading that asks nothing, or an unnumbered "How it works", is no question.
    assert not any(front.startswith(("Tools", "How it works")) for front in notes)


def test_a_numbered_title_over_commented_commands_is_no_exercise() -> None:
    text = """# Backups

## 3. How do you back up a database?

### Answer:
Dump it, then copy the dump away.

#### 1. Copy Every Table
```bash
# Copy the database to a file
pg_dump shop > shop.sql
```
"""
    notes = {n.front: n.back for n in all_facts(build_deck(text, "b.md").notes)}
    # The title names what the commands do; the commented command is the card.
    assert (
        notes["How do you copy the database to a file with pg_dump?"] == "pg_dump shop > shop.sql"
    )
    assert not any(front.startswith("Copy Every Table") for front in notes)


def test_a_labelled_list_inside_an_answer_is_about_its_question_not_the_section() -> None:
    text = """# Orchard questions

## Apples

1.  ### Why are apple trees grafted?

    Seeds do not grow true to the parent tree.

    **Note:**

    1. A rootstock sets the size of the tree.
    2. The scion sets the fruit.

    **[⬆ Back to Top](#orchard-questions)**
"""
    notes = {n.front: n.back for n in all_facts(build_deck(text, "o.md").notes)}
    assert notes["Why are apple trees grafted?"] == "Seeds do not grow true to the parent tree."
    assert notes["Why are apple trees grafted: note?"] == (
        "1. A rootstock sets the size of the tree.\n2. The scion sets the fruit."
    )
    # The answer's list never joins the next question's answer, nor names the section.
    assert not any(front.startswith("Apples:") for front in notes)


def test_marks_and_ratings_around_a_question_never_reach_the_front() -> None:
    text = """# Tea notes

## Q). Why is green tea steeped cooler?

Boiling water scalds the leaves and makes the tea bitter.

#### 7. Steep a pot of black tea for four minutes (★★☆).
`hint: a timer`

```text
timer 4m
```
"""
    notes = {n.front: n.back for n in all_facts(build_deck(text, "tea.md").notes)}
    assert notes["Why is green tea steeped cooler?"] == (
        "Boiling water scalds the leaves and makes the tea bitter."
    )
    assert notes["Steep a pot of black tea for four minutes."] == "timer 4m"


def _long(words: int) -> str:
    return " ".join(["more detail about this way"] * words)


def test_a_long_list_or_table_answer_keeps_what_fits_on_a_card() -> None:
    text = f"""# Knot questions

1. ### What are the ways to join two ropes

   There are several ways to join two ropes, as listed below:

   1. **Sheet bend:** {_long(8)}
   2. **Double fisherman's knot:** {_long(8)}
   3. **Carrick bend:** {_long(8)}

2. ### How do a hitch and a bend compare

   Both tie rope. They tie it to different things:

   | Knot kind | Ties rope to | Example |
   | --- | --- | --- |
   | Hitch | an object | {_long(16)} |
   | Bend | another rope | {_long(16)} |
"""
    notes = {n.front: n.back for n in all_facts(build_deck(text, "k.md").notes)}
    # Too long whole, each item defines its label and their first sentences do not fit
    # either: the labels answer (the ways by name; each label's own card defines it).
    assert notes["What are the ways to join two ropes"] == (
        "There are several ways to join two ropes, as listed below:\n"
        "1. Sheet bend\n"
        "2. Double fisherman's knot\n"
        "3. Carrick bend"
    )
    # A table too long for the card leaves the first sentence alone (its rows are the
    # table rules' cards); its lead-in's dangling clause goes.
    assert notes["How do a hitch and a bend compare"] == "Both tie rope."


def test_headings_inside_a_question_item_are_its_parts() -> None:
    text = """# Weather questions

1.  ### What is the difference between rain and snow?

    Both fall from clouds, but they differ in form:

    ### Rain
    Liquid water drops.

    ### Snow
    Ice crystals that stick together.

    **[⬆ Back to Top](#weather-questions)**

2.  ### What is hail?

    Balls of ice grown in storm updrafts.
"""
    deck = build_deck(text, "w.md")
    notes = {n.front: n.back for n in all_facts(deck.notes)}
    # The item's own "### Rain" sits below its question, whatever its level: the
    # lead-in and the parts answer together.
    assert notes["What is the difference between rain and snow?"] == (
        "Both fall from clouds, but they differ in form:\n"
        "• Rain: Liquid water drops.\n"
        "• Snow: Ice crystals that stick together."
    )
    assert notes["What is hail?"] == "Balls of ice grown in storm updrafts."


def test_a_pronoun_lead_in_leaves_the_question_as_the_subject() -> None:
    text = f"""# Engine questions

1.  ### What is the main goal of a turbocharger?

    It forces more air into the engine. {_long(4)}

    Its main effects are:

    *   **More power** – From the same engine size.
    *   **Better altitude use** – Thin air is compressed back.

2.  ### Why does a detail list stay off a full answer?

    A first paragraph that answers fully stands alone on the card. {_long(20)}

    1. `first` detail that goes on and on in a long sentence {_long(3)}
    2. `second` detail that goes on and on in a long sentence {_long(3)}
"""
    notes = {n.front: n.back for n in all_facts(build_deck(text, "e.md").notes)}
    assert notes["What is the main goal of a turbocharger: More power?"] == (
        "From the same engine size."
    )
    # The list only details the paragraph: too long together, the paragraph answers.
    back = notes["Why does a detail list stay off a full answer?"]
    assert back.startswith("A first paragraph that answers fully stands alone on the card.")
    assert "first" not in back.split("card.", 1)[1]


def test_a_paragraph_announcing_the_list_keeps_the_list_short() -> None:
    text = f"""# Sail questions

## Sailing

1.  ### What are the rules of reefing?

    The below 3 rules are followed when reefing a sail.

    1. **Reef early:** {_long(8)}
    2. **Ease the sheet first:** {_long(8)}
    3. **Tie the points loosely:** {_long(8)}

2.  ### Why do sails luff?

    The wind hits the sail edge on.

    ```text
    luff = wind on the edge
    ```

    - But when the sheet is eased too far, the whole sail flaps in the wind.
"""
    notes = {n.front: n.back for n in all_facts(build_deck(text, "s.md").notes)}
    # Each rule is defined after its label, too long to fit even by its first sentence:
    # the rules answer by their labels.
    assert notes["What are the rules of reefing?"] == (
        "The below 3 rules are followed when reefing a sail.\n"
        "1. Reef early\n"
        "2. Ease the sheet first\n"
        "3. Tie the points loosely"
    )
    # Any unlabelled list left in an answer never becomes a second card asking again.
    assert "Why do sails luff?" in notes
    assert not any(
        f.lower().endswith("why do sails luff?") and f != "Why do sails luff?" for f in notes
    )


def test_a_list_under_a_part_of_a_question_is_asked_of_that_question() -> None:
    text = """# Bread questions

## Baking

1.  ### How does sourdough rise?

    Wild yeast and bacteria ferment the flour.

    #### How It Works
    1. **Bacteria** sour the dough
    2. **Yeast** releases gas

    #### Proofing Stages
    - The dough doubles.
    - The surface domes.
"""
    notes = {n.front: n.back for n in all_facts(build_deck(text, "b.md").notes)}
    # "How It Works" only labels the answer's own list: it goes on the question's back
    # rather than a second card asking the same question again.
    assert notes["How does sourdough rise?"] == (
        "Wild yeast and bacteria ferment the flour.\n"
        "How It Works:\n1. Bacteria sour the dough\n2. Yeast releases gas"
    )
    assert "How does sourdough rise: how it works?" not in notes
    assert notes["How does sourdough rise: proofing stages?"] == (
        "• The dough doubles.\n• The surface domes."
    )


def test_a_steps_heading_under_a_question_holds_its_answer_in_parts() -> None:
    text = """# Bike questions

## 1. Scenario: The chain keeps slipping - How do you fix it?

### Problem:
The chain jumps under load. How do you fix it?

### Repair Steps:

#### 1. Check Chain Wear
```text
measure 12 links
```

#### 2. Index The Derailleur
```text
turn the barrel adjuster
```
"""
    notes = {n.front: n.back for n in all_facts(build_deck(text, "bike.md").notes)}
    assert notes["Scenario: The chain keeps slipping - How do you fix it?"] == (
        "• Check Chain Wear\n• Index The Derailleur"
    )


def test_shown_code_then_a_hint_then_the_solution_in_any_language() -> None:
    text = """# Ejercicios

#### 4. ¿Qué imprime este código? (★☆☆)
```python
print(2 ** 3)
```
`hint: potencias`

```python
8
```
#### 5. ¿Cómo invertir una lista? (★★☆)
Reverse a list (★★☆)
`hint: slicing`

```python
xs[::-1]
```
"""
    notes = {n.front: n.back for n in all_facts(build_deck(text, "es.md").notes)}
    # The code before the hint is shown with the question; the code after it answers.
    assert notes["¿Qué imprime este código?\nprint(2 ** 3)"] == "8"
    # A line restating the task before the hint is part of the hint paragraph.
    assert notes["¿Cómo invertir una lista?"] == "xs[::-1]"


def test_back_to_top_run_on_and_a_second_example_under_an_answered_question() -> None:
    text = """# Map questions

## Reading

1.  ### What are contour lines?

    Lines joining points of equal height.

    <details><summary><b>See Example</b></summary>
    <p>

    ```text
    100 m --- 110 m --- 120 m
    ```

    </p>
    </details>

2.  ### What are the kinds of scale?

    There are two kinds of scale:

    - A ratio scale, such as 1:50000,
    **[⬆ Back to Top](#map-questions)**
    - A bar scale drawn on the map.
"""
    notes = all_facts(build_deck(text, "m.md").notes)
    fronts = [n.front for n in notes]
    # The folded example is part of the answered question, never a second card asking it.
    assert sum("What are contour lines?" in f for f in fronts) == 1
    texts = " ".join(f"{n.front} {n.back}" for n in notes)
    assert "100 m" not in texts
    assert "Back to Top" not in texts
    assert "ratio scale" in texts


def test_a_short_kind_heading_under_a_question_is_named_by_the_question() -> None:
    text = """# Kettle questions

# Basics

## 1. What is an electric kettle?

### Answer:
A jug that boils water with a heating element.

### Features:
- **Auto Shut-off**: Stops heating at the boil
- **Keep Warm**: Holds the water hot
"""
    notes = {n.front: n.back for n in all_facts(build_deck(text, "k.md").notes)}
    # Named by what the question asks about, short: not the whole question again.
    assert notes["Features (electric kettle): Auto Shut-off?"] == "Stops heating at the boil"


def test_steps_each_introducing_code_answer_as_steps() -> None:
    text = """# Garden tools

1.  ### How do you sharpen a hoe?

    Follow below steps to sharpen a hoe,

    1. Clamp the hoe:

       ```text
       vice
       ```

    2. File the edge at thirty degrees:

       ```text
       file
       ```
"""
    notes = {n.front: n.back for n in all_facts(build_deck(text, "h.md").notes)}
    assert notes["How do you sharpen a hoe?"] == (
        "Follow below steps to sharpen a hoe,\n1. Clamp the hoe: `vice`\n"
        "2. File the edge at thirty degrees: `file`"
    )  # a step's one line of code goes on its line
