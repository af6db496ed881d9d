"""The shapes authors write their own questions in, read from synthetic documents that
have each shape and none of the wording of the real documents they were seen in."""

from __future__ import annotations

from quizkit.build.builder import build_deck
from quizkit.build.text import clean, strip_decoration
from tests.helpers import all_facts, clozes, facts

QUIZ = """# Python puzzles

Intro text about the collection.

---

###### 7. What does this print?

```python
items = [1, 2, 3]
print(items[-1] * 2)
```

- A: `2`
- B: `6`
- C: `IndexError`

<details><summary><b>Answer</b></summary>
<p>

#### Answer: B

Negative indexes count from the end, so `items[-1]` is `3`.

A second paragraph that goes into more detail than a card needs.

</p>
</details>

---

###### 8. What does this print?

```python
print('🐍' == '🐍')
```

- A: `True`
- B: `False`

<details><summary><b>Answer</b></summary>
<p>

#### Answer: A

Two equal string literals compare equal.

</p>
</details>

---

###### 9. Strings are immutable.

- A: true
- B: false

<details><summary><b>Answer</b></summary>
<p>

#### Answer: A

A string method returns a new string.

</p>
</details>
"""


def test_a_multiple_choice_question_shows_code_and_options_and_answers_the_right_option() -> None:
    deck = build_deck(QUIZ, "quiz.md")
    assert [n.front for n in all_facts(deck.notes)] == [
        "What does this print?\nitems = [1, 2, 3]\nprint(items[-1] * 2)\n"
        "• A: `2`\n• B: `6`\n• C: `IndexError`",
        "What does this print?\nprint('🐍' == '🐍')\n• A: `True`\n• B: `False`",
        "Strings are immutable.\n• A: true\n• B: false",
    ]
    assert [n.back for n in all_facts(deck.notes)] == [
        "B: `6`\nNegative indexes count from the end, so `items[-1]` is `3`.",
        "A: `True`\nTwo equal string literals compare equal.",
        "A: true\nA string method returns a new string.",
    ]
    # The author's number tells apart the questions asked in the same words.
    assert [n.id.rsplit("/", 1)[-1] for n in deck.notes] == [
        "7-what-does-this-print",
        "8-what-does-this-print",
        "9-strings-are-immutable",
    ]


def test_a_heading_inside_a_hidden_answer_never_opens_a_section() -> None:
    deck = build_deck(QUIZ, "quiz.md")
    sections = {n.origin.section for n in deck.notes if n.origin}
    assert not any("Answer" in s for s in sections), sections
    assert not any("Answer:" in n.front for n in facts(deck.notes))


def test_decoration_stripping_never_touches_code() -> None:
    assert strip_decoration("🚀 Launch `print('🐍')`") == " Launch `print('🐍')`"
    # Prose loses its emoji and short codes; code keeps them as written.
    assert clean("✅ ready: `'❤️' === '❤️'` :rocket: `:x:`") == "ready: `'❤️' === '❤️'` `:x:`"


EXERCISES = """# Storage drills

## Work with volumes

Reference:
- https://example.org/docs/volumes

Tasks:
- Make a claim called `data` asking for 2Gi.
- Then mount it into a pod at `/srv`.

<details><summary>Solution</summary>
<p>

```bash
kubectl apply -f claim.yaml
kubectl get pvc data
NAME   STATUS   VOLUME   CAPACITY
data   Bound    pv-1     2Gi

cat <<EOF | kubectl apply -f -
kind: Pod
metadata:
  name: web
EOF
pod/web created
```

</p>
</details>

Tasks:
- Delete the claim.

<details><summary>Solution</summary>

```bash
kubectl delete pvc data
persistentvolumeclaim "data" deleted
kubectl exec web -- cat /etc/app.conf
mode=fast
kubectl get pod web -o yaml > web.yaml
vi web.yaml
```

</details>
"""


def test_an_exercise_set_asks_its_tasks_and_answers_with_commands_without_their_output() -> None:
    deck = build_deck(EXERCISES, "drills.md")
    notes = {n.front: n.back for n in all_facts(deck.notes)}
    assert notes == {
        "Work with volumes:\n• Make a claim called `data` asking for 2Gi.\n"
        "• Then mount it into a pod at `/srv`.": "kubectl apply -f claim.yaml\n"
        "kubectl get pvc data\n\ncat <<EOF | kubectl apply -f -\nkind: Pod\nmetadata:\n"
        "  name: web\nEOF",
        "Work with volumes: Delete the claim.": "kubectl delete pvc data\n"
        "kubectl exec web -- cat /etc/app.conf\n"
        "kubectl get pod web -o yaml > web.yaml\nvi web.yaml",
    }


def test_details_written_as_inline_code_is_text_not_a_hidden_answer() -> None:
    text = """# Shapes

## Folding

Authors fold answers with `<details><summary>Q</summary>` blocks.

## Ports

| Service | Port |
| --- | --- |
| web | 8080 |
| db | 5432 |
"""
    deck = build_deck(text, "shapes.md")
    assert {n.front: n.back for n in all_facts(deck.notes)} == {
        "Ports, service web: port?": "8080",
        "Ports, service db: port?": "5432",
    }


def test_question_marks_and_joins_never_reach_a_front() -> None:
    text = """# Platform questions

## Q. What kinds of schedulers are there?

There are three kinds of schedulers:

* **Batch scheduler** - Runs jobs in queue order.
* **Gang scheduler** - Starts a group of tasks together.

## Q: What is a shard?

A slice of the data kept on one machine.

## Q3. What is a replica set of shards?

A group of machines that keep copies of one shard, so that one can fail.

* The primary takes the writes.
* The secondaries copy them.
"""
    notes = {n.front: n.back for n in facts(build_deck(text, "platform.md").notes) if n.front}
    for front in notes:
        assert "?:" not in front, front
        assert not front.lower().startswith(("q.", "q:", "q3")), front
        assert ": q" not in front.lower(), front
    assert notes["What is a shard?"] == "A slice of the data kept on one machine."
    # A paragraph followed by the list detailing it: both answer the question.
    assert notes["What is a replica set of shards?"] == (
        "A group of machines that keep copies of one shard, so that one can fail.\n"
        "• The primary takes the writes.\n• The secondaries copy them."
    )


def test_a_why_question_whose_first_paragraph_restates_it_reaches_the_cause() -> None:
    text = """# Troubleshooting

## Builds write a lock file in the home folder. Why?

Some users noticed that the builder writes a file named `.build.lock` in their home
folder while a build runs.

This happens because the cache library takes a lock there to keep two builds from
sharing one cache.

If you do not want the file, point the cache at another folder.

## How do I clear the cache?

The cache lives in the home folder and grows with every build.

Run `builder cache clear` to empty it.
"""
    notes = {n.front: n.back for n in facts(build_deck(text, "trouble.md").notes) if n.front}
    assert notes["Builds write a lock file in the home folder. Why?"] == (
        "Some users noticed that the builder writes a file named `.build.lock` in their home "
        "folder while a build runs.\nThis happens because the cache library takes a lock "
        "there to keep two builds from sharing one cache."
    )
    assert notes["How do I clear the cache?"] == (
        "The cache lives in the home folder and grows with every build.\n"
        "Run `builder cache clear` to empty it."
    )


def test_an_answer_that_is_a_list_of_named_links_keeps_their_names() -> None:
    text = """# Tooling FAQ

## Which linters can check the manifests?

- [kubeconform](https://example.org/kubeconform)
- [kube-linter](https://example.org/kube-linter)

## What is a manifest?

A file describing the objects to create. For more details see:

- [Objects](https://example.org/objects)
"""
    notes = {n.front: n.back for n in facts(build_deck(text, "tools.md").notes) if n.front}
    assert notes["Which linters can check the manifests?"] == "• kubeconform\n• kube-linter"
    assert notes["What is a manifest?"] == "A file describing the objects to create."


def test_a_note_label_on_a_paragraph_never_makes_a_note_front() -> None:
    text = """# Caches

## Clearing the cache

**Note:** The cache folder can be moved with the `--cache-dir` flag.

**Warning:** Old builds are kept forever.

**Cache key**: the hash of the inputs of a build step.
"""
    deck = build_deck(text, "caches.md")
    notes = {n.front: n.back for n in facts(deck.notes) if n.front}
    assert not any(f.rstrip("?").endswith((": Note", ": Warning")) for f in notes), notes
    # The note is asked for what it says; the warning names nothing to recall.
    assert [n.text for n in clozes(deck.notes) if n.text] == [
        "The cache folder can be moved with the {{c1::`--cache-dir`}} flag."
    ]
    assert notes["Clearing the cache: Cache key?"] == "The hash of the inputs of a build step."


def test_numbered_options_and_an_explanation_opening_a_list() -> None:
    text = """# Shell puzzles

#### 4. What is printed by this line

```sh
echo $((7 / 2))
```

- 1: 3.5
- 2: 3
- 3: an error

<details><summary>Answer</summary>

**Answer: 2**

Two things to know here:

- shell arithmetic is on integers
- division rounds toward zero

</details>
"""
    (note,) = all_facts(build_deck(text, "shell.md").notes)
    assert (
        note.front
        == "What is printed by this line\necho $((7 / 2))\n• 1: 3.5\n• 2: 3\n• 3: an error"
    )
    assert note.back == (
        "2: 3\nTwo things to know here:\n• shell arithmetic is on integers\n"
        "• division rounds toward zero"
    )


def test_a_decoration_after_the_question_mark_keeps_the_line_a_question() -> None:
    # Difficulty marks after the "?": an emoji, a star with its variation selector behind a
    # zero-width joiner, a rocket; on bold lines and on a heading alike.
    text = """# Storage interview

**What is a write-ahead log? 🐣**

A file where every change is appended before it is applied.

**Why do databases keep one? \u200d⭐️**

So that a crash can be replayed from the log.

**How is a log compacted? 🚀**

Old segments are merged and dropped once a snapshot covers them.

## What is a checkpoint? ★

A snapshot after which older log entries are no longer needed.
"""
    notes = {n.front: n.back for n in facts(build_deck(text, "storage.md").notes)}
    assert notes == {
        "What is a write-ahead log?": "A file where every change is appended before it is applied.",
        "Why do databases keep one?": "So that a crash can be replayed from the log.",
        "How is a log compacted?": (
            "Old segments are merged and dropped once a snapshot covers them."
        ),
        "What is a checkpoint?": "A snapshot after which older log entries are no longer needed.",
    }


CODE_QUESTIONS = """# Shell puzzles

## Question 1. What does the following code print?

```sh
x=5
echo $((x * 2))
```
<details><summary><b>Answer</b></summary>

It prints `10`: arithmetic expansion multiplies the value.

</details>

## Question 2. What does the following code print?

```sh
echo "${missing:-fallback}"
```
<details><summary><b>Answer</b></summary>

It prints `fallback`, the default for an unset variable.

</details>

## Question 3. How are positional parameters shifted

<details><summary><b>Answer</b></summary>

With `shift`, which drops `$1` and renumbers the rest.

</details>

# Quoting

### 1. What is printed by this code?

```sh
echo '$HOME'
```

1. The home directory
2. `$HOME`

<details><summary><b>Answer</b></summary>

2. `$HOME`

</details>
"""


def test_a_question_about_the_following_code_shows_that_code_without_its_number() -> None:
    notes = facts(build_deck(CODE_QUESTIONS, "shell.md").notes)
    assert [(n.front, n.back) for n in notes] == [
        (
            "What does the following code print?\nx=5\necho $((x * 2))",
            "It prints `10`: arithmetic expansion multiplies the value.",
        ),
        (
            'What does the following code print?\necho "${missing:-fallback}"',
            "It prints `fallback`, the default for an unset variable.",
        ),
        (
            "How are positional parameters shifted",
            "With `shift`, which drops `$1` and renumbers the rest.",
        ),
        (
            "What is printed by this code?\necho '$HOME'\n1. The home directory\n2. `$HOME`",
            "2. `$HOME`",
        ),
    ]
    # The author's number, never a counter, tells apart questions asked in the same words.
    assert [n.id for n in notes[:2]] == [
        "1-what-does-the-following-code-print",
        "2-what-does-the-following-code-print",
    ]


def test_a_wrapped_lead_in_or_one_naming_the_following_items_stays_the_question() -> None:
    text = """# Widgets

## Stacking

A widget may stand on another one of the same kind.

The heights a stack of widgets can reach are listed
as follows:

* Ten widgets indoors.
* Four widgets outdoors.

The places a widget may be shipped to are set by a combination of the following
two fields:

1. Its region
2. Its carrier

The following limits apply when widgets are
stacked:

* No small widget under a large one.
* No stack on a moving belt.
"""
    notes = {n.front: n.back for n in facts(build_deck(text, "widgets.md").notes)}
    assert notes["Stacking: The heights a stack of widgets can reach are listed …?"] == (
        "• Ten widgets indoors.\n• Four widgets outdoors."
    )
    assert notes[
        "Stacking: The places a widget may be shipped to are set by a combination of "
        "which two fields?"
    ] == ("1. Its region\n2. Its carrier")
    assert notes["Stacking: Which limits apply when widgets are stacked?"] == (
        "• No small widget under a large one.\n• No stack on a moving belt."
    )


HIDDEN_ANSWERS = """# Python questions

## Question 5. What is a generator?

<details><summary><b>Answer</b></summary>

A function that yields values one at a time instead of returning a list.

Let's look at how it keeps its state between calls.

</details>

### 6. How to reverse a list in Python?

<details><summary><b>Answer</b></summary>

Call `items.reverse()` to reverse it in place.

</details>

## Question 7. How to copy a dictionary in Python?

For instance:

```python
prices = {"tea": 2, "cake": 3}
```

How can we copy the dictionary above?

<details><summary><b>Answer</b></summary>

There are several ways to copy a dictionary, so let us go through them.

#### Method 1

```python
copied = dict(prices)
```

The constructor makes a shallow copy of the mapping it is given.

#### Method 2

```python
copied = prices.copy()
```

The method makes a shallow copy too.

</details>
"""


def test_a_numbered_question_heading_ends_the_answer_before_it_at_any_level() -> None:
    notes = {n.front: n.back for n in facts(build_deck(HIDDEN_ANSWERS, "py.md").notes)}
    # "### 6." under "## Question 5." is the next question, not a part of the previous one.
    assert (
        notes["How to reverse a list in Python?"]
        == "Call `items.reverse()` to reverse it in place."
    )
    assert not any("6." in front or "?:" in front for front in notes), list(notes)
    # A hidden answer is the author's whole answer: its "Let's …" is no walkthrough.
    assert notes["What is a generator?"] == (
        "A function that yields values one at a time instead of returning a list.\n"
        "Let's look at how it keeps its state between calls."
    )


def test_setup_code_before_a_hidden_answer_is_not_the_answer_and_numbered_ways_are() -> None:
    notes = {n.front: n.back for n in facts(build_deck(HIDDEN_ANSWERS, "py.md").notes)}
    assert notes["How to copy a dictionary in Python?"] == (
        "Method 1:\ncopied = dict(prices)\nMethod 2:\ncopied = prices.copy()"
    )


def test_a_sentence_the_list_finishes_is_the_question() -> None:
    text = """# Kettles

## Boiling

Water boils sooner at altitude. A kettle switches itself off if either

* The water reaches its boiling point, or
* The kettle is lifted from its base.

## Descaling

Once the tank is rinsed,

1. The light turns green.
2. The kettle beeps twice.

## Storing

You can set the `--dry` flag to empty the tank after use.
This keeps the heater clean as long as

* The kettle stands upright.
* The lid stays closed.
"""
    notes = {n.front: n.back for n in facts(build_deck(text, "kettles.md").notes)}
    assert notes["Boiling: A kettle switches itself off if either …?"] == (
        "• The water reaches its boiling point, or\n• The kettle is lifted from its base."
    )
    assert notes["Descaling: Once the tank is rinsed …?"] == (
        "1. The light turns green.\n2. The kettle beeps twice."
    )
    # "This …" needs the sentence before it to say what it is about.
    assert notes[
        "Storing: You can set the `--dry` flag to empty the tank after use. This keeps the"
        " heater clean as long as …?"
    ] == ("• The kettle stands upright.\n• The lid stays closed.")


TUTORIAL = """# Serving a static site

## Step 1 - Install Caddy

> *Skip this step if Caddy is already installed.*

For example, on Debian:

```bash
sudo apt install caddy
```

## Step 2 - Publish the site

Add the site's folder to the server's configuration

```bash
caddy adapt --config Caddyfile
```

Use `caddy` to serve the current folder on port 8080:

```bash
$ caddy file-server --listen :8080
2024/01/01 serving initial configuration
```

Now we should also create a default redirect rule, just to keep old links working:

```bash
$ kubectl apply -f - <<END
kind: Redirect
spec:
  from: /old
END
redirect.example.io/old created
```

Let's launch a preview server with live reload ;

```bash
caddy run --watch
```

Apply the file:

```bash
kubectl apply -f site.yaml
```

Then, create the default quota in the `web` namespace:

```shell
kubectl apply -f https://example.org/quota.yaml -n web
```

Check the output of the server:

```bash
$ caddy list-modules
http.handlers.file_server
```
"""


def test_a_tutorial_step_asks_how_to_do_it_and_answers_with_its_commands() -> None:
    notes = {n.front: n.back for n in facts(build_deck(TUTORIAL, "site.md").notes)}
    # A step heading answers for a sentence that only says "for example, on …".
    assert notes["How do you install Caddy on Debian?"] == "sudo apt install caddy"
    assert notes[
        "How do you add the site's folder to the server's configuration with `caddy`?"
    ] == ("caddy adapt --config Caddyfile")
    # "Use X to do Y" asks how to do Y with X; the output is no part of the answer.
    assert notes["How do you serve the current folder on port 8080 with `caddy`?"] == (
        "caddy file-server --listen :8080"
    )
    # The narrator's "Now we should also" and the reason tacked on go; a here-document
    # keeps its manifest, indented, up to its end word.
    assert notes["How do you create a default redirect rule?"] == (
        "kubectl apply -f - <<END\nkind: Redirect\nspec:\n  from: /old\nEND"
    )
    # "Let's <verb>" narrates a step: the verb after it is the action, any verb.
    assert (
        notes["How do you launch a preview server with live reload using `caddy`?"]
        == "caddy run --watch"
    )
    # "Apply the file", a command that only applies a file, and "Check the output"
    # teach nothing a card could ask.
    asked = [f for f in notes if f.startswith("How do you")]
    assert not [f for f in asked if "file" in f.lower() or "output" in f.lower()]
    assert len(asked) == 5


def test_a_note_opening_on_a_lead_in_is_asked_by_it_not_by_its_code_terms() -> None:
    text = """# Queues

## Delivery

Messages are delivered in order.

{{< note >}}
Two settings change the delivery order: A `priority` above `5` jumps the queue.
A `delay` holds a message back.
{{< /note >}}
"""
    [note] = [n for n in facts(build_deck(text, "queues.md").notes) if n.type.value == "tip"]
    assert note.front == "Delivery: which two settings change the delivery order?"


def test_an_unfinished_lead_in_to_an_example_or_leaning_elsewhere_is_no_question() -> None:
    from quizkit.build.rules.common import _unfinished_lead_in

    assert _unfinished_lead_in("Let's take an example of filling,") == ""
    assert _unfinished_lead_in("Kettles differ. The filters are shown in examples such as") == ""
    assert _unfinished_lead_in("This applies when") == ""
    assert _unfinished_lead_in("A kettle switches itself off if either") == (
        "A kettle switches itself off if either"
    )
