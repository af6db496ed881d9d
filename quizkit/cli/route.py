"""The ``quizkit route`` command: parse, call the evaluator, print."""

from __future__ import annotations

import argparse

from quizkit.cli.context import Context
from quizkit.routing import load, load_manifest_file
from quizkit.routing.request import parse_origin, parse_protocol, parse_target

__all__ = ["configure", "run"]

_DESCRIPTION = """\
Evaluate one request against Kubernetes manifests: is TARGET reachable from ORIGIN,
through which hops, at which pod and container port, or why not.

Origins: external, external:IP (default client 198.51.100.7), node:NAME,
pod:NAMESPACE/NAME (a pod not in FILE is an ad-hoc client pod on the first node).
Targets: a URL (http://order-service/orders/123; port from the scheme when absent)
or HOST:PORT; <NodeIP> and <EXTERNAL-LB-IP> are understood.

Exit status: 0 reachable, 1 not reachable or any object refused,
2 unusable input (unreadable file, YAML syntax error, unknown origin or target form).
"""


def configure(parser: argparse.ArgumentParser) -> None:
    """``route FILE --from ORIGIN --to TARGET [--protocol P] [--json]``."""
    parser.description = _DESCRIPTION
    parser.formatter_class = argparse.RawDescriptionHelpFormatter
    parser.add_argument("file", metavar="FILE", help="manifest file (multi-document YAML)")
    parser.add_argument(
        "--from", dest="origin", metavar="ORIGIN", required=True, help="where the request starts"
    )
    parser.add_argument(
        "--to", dest="target", metavar="TARGET", required=True, help="URL or HOST:PORT"
    )
    parser.add_argument(
        "--protocol",
        default="TCP",
        metavar="P",
        help="TCP (default), UDP or SCTP",
    )
    parser.add_argument(
        "--json", action="store_true", help="print the result as JSON (the contract's keys)"
    )
    parser.set_defaults(func=run)


def run(args: argparse.Namespace, ctx: Context) -> int:
    """Print the result of one request; return the exit status of the contract.

    Raises :class:`~quizkit.errors.ManifestError` or :class:`~quizkit.errors.UsageError`
    for unusable input (the main CLI prints them and exits 2).
    """
    parse_origin(args.origin)
    parse_target(args.target)
    parse_protocol(args.protocol)
    model = load(load_manifest_file(args.file))
    result = model.route(args.origin, args.target, args.protocol)
    if args.json:
        print(result.to_json(), file=ctx.out)
    else:
        print(result.path(), file=ctx.out)
        if result.reachable is None:
            print(f"leaves the cluster ({result.reason}): {result.detail}", file=ctx.out)
        elif result.reachable:
            print(f"reachable ({result.reason})", file=ctx.out)
        else:
            print(f"not reachable ({result.reason}): {result.detail}", file=ctx.out)
        if len(result.endpoints) > 1:
            choices = ", ".join(f"{e.pod or '-'} {e.ip}:{e.port}" for e in result.endpoints)
            print(f"endpoints (one is picked per connection): {choices}", file=ctx.out)
        if result.errors:
            print("refused objects:", file=ctx.out)
            for err in result.errors:
                print(f"  {err}", file=ctx.out)
        for warning in result.warnings:
            print(f"warning: {warning}", file=ctx.out)
    return 0 if result.reachable and result.valid else 1
