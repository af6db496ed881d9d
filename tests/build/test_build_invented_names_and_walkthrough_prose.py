"""Tutorial steps and prompts that are no knowledge: a command
step whose only object is a name the walk-through makes up ("Open a new file called
`x.yml`", "create a Job named `sleeper` as an example"), and prose that speaks to the
reader about the tutorial or the site ("Change the owner field to `x`", "We used `y`",
"A quick search of the forum will often answer your question"), a lesson challenge whose
prompt only states ("You can … in one line.") and asks nothing, a step that only exports
the page's own shell variables ("Set up environment variables", `export SITE=…` read as
`$SITE`). Read from synthetic
documents that have the shapes and none of the reviewed wording."""

from __future__ import annotations

import pytest

from quizkit.build.builder import build_deck
from quizkit.build.cloze import unfit
from quizkit.notes import ClozeNote, FactNote

_STEPS = """# Writing a pipeline

## Starting the config

Open a new file called `pipeline_demo.yml`:

```bash
nano pipeline_demo.yml
```

## Debugging a task

First, create a Job named `sleeper` as an example:

```shell
kubectl create job sleeper --image=busybox:1.36 -- sleep 1d
```

Create a namespace called `staging`:

```shell
kubectl create namespace staging
```
"""


def _fronts(text: str, name: str) -> list[str]:
    return [n.front for n in build_deck(text, name).notes if isinstance(n, FactNote)]


def test_a_step_on_an_invented_name_makes_no_card() -> None:
    # The file and the example Job are the walk-through's own names; the namespace step
    # says nothing of an example and keeps its card.
    assert _fronts(_STEPS, "pipeline.md") == ["How do you create a namespace called `staging`?"]


_PROSE = """# Canary rollouts with meshgate

## Editing the rollout

For now, keep the sample values. Change the owner field to `jdoe_admin`, who wrote the
first version of the controller plugin.

The forum is friendly. A quick search of over 9,000 threads will often answer your question.

The rollout controller waits at most 30 seconds for the gateway to report ready.
"""


def test_prose_about_the_walkthrough_makes_no_cloze() -> None:
    deck = build_deck(_PROSE, "canary.md")
    assert [n.text for n in deck.notes if isinstance(n, ClozeNote)] == [
        "The rollout controller waits at most {{c1::30 seconds}} for the gateway to report ready."
    ]


@pytest.mark.parametrize(
    "sentence",
    [
        "Change the owner field to `jdoe_admin`, who wrote the first version of the plugin.",
        "Switch the output format to `json`, which the export step reads back.",
        "We used `weight_step` because the default step is `10` in every release.",
        "A quick search of over 9,000 threads will often answer your question.",
        "The maintainers answer your questions within 2 days on weekdays.",
    ],
)
def test_sentences_about_the_walkthrough_are_unfit(sentence: str) -> None:
    assert unfit(sentence) == "about_the_walkthrough"


@pytest.mark.parametrize(
    "sentence",
    [
        # A fact about changing things, not an edit the reader is told to make.
        "Changing the replica count to `0` stops every Pod of the Deployment.",
        "The controller must update the status field within 30 seconds.",
        "A search of the index returns at most 100 hits per page.",
    ],
)
def test_sentences_about_the_subject_stay_fit(sentence: str) -> None:
    assert unfit(sentence) is None


_CHALLENGES = """
---
title: "Tuning the plotter"
---

## Extra challenges

> ## Many colour maps
>
> You can give several colour maps to one plot block in a single key.
>
>> ## Solution
>>
>> The `colormaps` key takes a list of map names instead of one name.
>> ```yaml
>> colormaps: [viridis, magma]
>> ```
> {: .solution}
{: .challenge}

> ## Faster rendering
>
> The plotter already caches its tiles between runs.
>
>> ## Solution
>>
>> Set `cache_dir` to a fast local disk to keep the tiles.
> {: .solution}
{: .challenge}

> ## Shared legends
>
> You can also share one legend between panels.
>
>> ## Solution
>>
>> Here is the changed recipe:
>> ```yaml
>> legend: shared
>> ```
> {: .solution}
{: .challenge}

> ## Loading tiles from a bucket
>
> Yet another option is to keep the tiles in an object store bucket.
>
>> ## Solution
>>
>> Point `tile_source` at the bucket, for instance `tile_source: s3://maps/tiles`.
> {: .solution}
{: .challenge}

> ## Wider margins
>
> Add a margin of two centimetres around every panel.
>
>> ## Solution
>>
>> The `margin` key takes a length: `margin: 2cm`.
> {: .solution}
{: .challenge}
"""


def test_a_stated_challenge_asks_what_it_says_one_can_do_or_makes_no_card() -> None:
    # "You can X." answered in words is asked as the task; a title naming a task asks
    # it; a statement of another kind ("already caches") asks nothing; "You can also X."
    # answered only by "Here is the changed recipe:" is not answered plainly; an
    # instruction stays the task it sets.
    deck = build_deck(_CHALLENGES, "plotter.md")
    cards = {n.front: n.back for n in deck.notes if isinstance(n, FactNote)}
    assert cards == {
        "How do you give several colour maps to one plot block in a single key?": (
            "The `colormaps` key takes a list of map names instead of one name.\n"
            "colormaps: [viridis, magma]"
        ),
        "How do you load tiles from a bucket?": (
            "Point `tile_source` at the bucket, for instance `tile_source: s3://maps/tiles`."
        ),
        "Wider margins\nAdd a margin of two centimetres around every panel.": (
            "The `margin` key takes a length: `margin: 2cm`."
        ),
    }


_EXPORTS = """# Serving a site behind the edge proxy

## Set-up

Set up environment variables:

```bash
export REGION_ID=europe-west9
export CLUSTER_TAG=demo-cluster
```

Export your site's domain:

```bash
export SITE=example.org
```

Get the address of the proxy:

```bash
export PROXY_IP=$(kubectl get svc edge -o jsonpath='{.status.loadBalancer.ingress[0].ip}')
```

Set the `KUBECONFIG` environment variable:

```bash
export KUBECONFIG=$HOME/.kube/edge.yaml
```

## Reach the site

Point `www.$SITE` at `$PROXY_IP`, then run:

```bash
curl -H "Host: www.$SITE" http://$PROXY_IP/
```
"""


def test_exports_of_the_pages_own_variables_make_no_card() -> None:
    # "environment variables" naming none, and `SITE` that the page reads as `$SITE`,
    # are the tutorial's shorthand; a value the step computes and a variable the
    # question names are knowledge and keep their cards.
    assert _fronts(_EXPORTS, "edge.md") == [
        "How do you get the address of the proxy?",
        "How do you set the `KUBECONFIG` environment variable?",
    ]
