"""An author's question answered by a list of places to go (three links or more, under at
most a lead-in or an "A:" label) makes no card: where to read, not what; a question
answered by a list that says something about each item is still asked."""

from __future__ import annotations

from quizkit.build.builder import build_deck
from tests.helpers import facts

DOC = """\
# Cluster course FAQ

### Q: Where can I ask questions about clusters in general?
**A:**
- [Cluster Slack](https://slack.example.com/)
- [Stack Overflow](https://stackoverflow.com/questions/tagged/clusters)
- [Cluster forum](https://forum.example.com/)
- Follow [@clusters](https://social.example.com/clusters) for news

### Q: I don't understand a concept. Where can I learn more?
**A:** Each lesson links its reference pages. Also check:
- [Official docs](https://docs.example.com/)
- [Tutorials](https://docs.example.com/tutorials/)
- [Landscape](https://landscape.example.com/)

### Q: Which tools help when a pod will not start?
**A:**
- [Lens](https://lens.example.com/) shows pod events in a desktop window
- `kubectl describe pod` prints the events that explain a pending pod
- `kubectl logs --previous` shows the log of the last crashed container
"""


def test_an_answer_of_links_makes_no_card_and_an_answer_of_facts_does() -> None:
    fronts = [note.front for note in facts(build_deck(DOC, "faq.md").notes)]
    assert not [front for front in fronts if front.startswith(("Where", "I don't"))]
    assert any("Which tools help when a pod will not start?" in front for front in fronts)


NAMED = """\
# Linux questions

### What virtualization solutions are available for Linux?
- [KVM](https://www.linux-kvm.org/)
- [Xen](https://xenproject.org/)
- [VirtualBox](https://www.virtualbox.org/)
"""


def test_linked_names_that_answer_what_the_question_asks_are_kept() -> None:
    notes = facts(build_deck(NAMED, "linux.md").notes)
    assert [(n.front, n.back) for n in notes] == [
        ("What virtualization solutions are available for Linux?", "• KVM\n• Xen\n• VirtualBox")
    ]
