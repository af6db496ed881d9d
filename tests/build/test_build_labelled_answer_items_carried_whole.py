"""A question list item answered in an item the author labelled ("- Q9) …" with "- Ans:"
and its sub-items) keeps all the item's blocks on its back up to a card's size: the
paragraph after the first may be the one that says what the question asks. A question
asking two things whose points do not all fit keeps the first points that fit (the
second half may be the first point), then "…". Short term items written one level short
beside the "Ans:" item stay a list. An answer item's lead-in whose list does not fit
stops the back before it. A bulleted list indented into a box under the answer item is
read as a list."""

from __future__ import annotations

from quizkit.build.builder import build_deck
from tests.helpers import facts

POINT = "Each merge runs the full suite of checks so that broken changes are seen at once"

DOC = f"""\
# Platform interview notes

- Q1) We often hear about moving checks earlier. What is it?
  - Ans: A delivery timeline is drawn with two ends: the design and build work on the left,
    the staging, load tests and acceptance on the right.

  - Moving checks earlier means running the tests of the release end during design.

- Q2) Teams talk about merge queues. What is a merge queue and what is its purpose?
  - Ans: A merge queue is a service that lands approved changes one at a time.

    - {POINT} and fixed by the team that made them before anyone else builds on them.

    - {POINT.replace("Each merge", "Every change")} and the main branch never breaks for
      the people who pull it every morning before they start their own work on it.

    - {POINT.replace("Each merge", "A queued change")} and reported back to its author
      with the log of the check that failed and the commit that introduced the fault.

    - {POINT.replace("Each merge", "A batch")} and split in halves when one of its
      changes fails, so that the other changes still land on the same day as planned.

- Q3) What does RAMP stand for?
  - Ans: The acronym names four habits of a platform team. It stands for:

   - Reliability
   - Automation
   - Measurement
   - Portability

- Q5) What do you understand by platform myths?
  - Ans: A platform myth is a practice copied from other teams that does not fit the team
    that copied it and is kept anyway.

  Some of the common myths are:

      - A platform needs its own team
      - Automation equals platform
      - Platform is a product

- Q6) What do you understand by a config manager?
  - Ans: A config manager is a tool that keeps the settings of many hosts the way they
    were declared, over a secure channel between the controller and its targets.

  - The tool does the following:

    - {POINT} by the controller, which reverts a host whose settings have drifted away.
    - {POINT} by the targets, which report back their settings to the controller daily.
    - {POINT} by the operators, who declare the settings once for each group of hosts.
    - {POINT} by the auditors, who read the history of every change made to any host.
    - {POINT} by the scheduler, which scales the number of hosts up and down each day.

- Q4) What is a feature flag?
  - Ans: A feature flag is a switch that turns code on or off without a deploy.
"""


def _pairs() -> dict[str, str]:
    return {n.front: n.back for n in facts(build_deck(DOC, "platform.md").notes)}


def test_every_paragraph_of_the_answer_item_goes_on() -> None:
    assert _pairs()["We often hear about moving checks earlier. What is it?"] == (
        "A delivery timeline is drawn with two ends: the design and build work on the left, "
        "the staging, load tests and acceptance on the right.\n"
        "Moving checks earlier means running the tests of the release end during design."
    )


def test_a_two_part_question_keeps_its_first_points() -> None:
    back = _pairs()["Teams talk about merge queues. What is a merge queue and what is its purpose?"]
    lines = back.split("\n")
    assert lines[0] == "A merge queue is a service that lands approved changes one at a time."
    assert lines[1] == (
        f"• {POINT} and fixed by the team that made them before anyone else builds on them."
    )
    assert lines[-1] == "…"
    assert 3 <= len(lines) < 6  # not every point fits


def test_terms_beside_the_answer_item_stay_a_list() -> None:
    assert _pairs()["What does RAMP stand for?"] == (
        "The acronym names four habits of a platform team. It stands for:\n"
        "• Reliability\n• Automation\n• Measurement\n• Portability"
    )


def test_a_boxed_bullet_list_reads_as_a_list() -> None:
    assert _pairs()["What do you understand by platform myths?"] == (
        "A platform myth is a practice copied from other teams that does not fit the team "
        "that copied it and is kept anyway.\n"
        "Some of the common myths are:\n"
        "• A platform needs its own team\n• Automation equals platform\n• Platform is a product"
    )


def test_a_lead_in_whose_list_does_not_fit_stops_the_back() -> None:
    assert _pairs()["What do you understand by a config manager?"] == (
        "A config manager is a tool that keeps the settings of many hosts the way they "
        "were declared, over a secure channel between the controller and its targets.\n…"
    )


def test_a_one_paragraph_answer_item_is_as_before() -> None:
    assert _pairs()["What is a feature flag?"] == (
        "A feature flag is a switch that turns code on or off without a deploy."
    )
