"""``allai dsr ...``: data-subject requests from the shell, straight on the runtime (an
operator with shell access acts as the tenant's admin)."""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import sys
from collections.abc import Awaitable, Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from bot.errors import BadRequest
from bot.rights import parsing
from bot.rights.kinds import Action, Actor
from bot.rights.records import RequestRecord
from bot.rights.views import describe
from bot.settings import Settings

if TYPE_CHECKING:  # the runtime is imported when a command runs, not at CLI start
    from bot.runtime import Runtime

Command = Callable[["Runtime", argparse.Namespace], Awaitable[Any]]


def _print(data: Any, as_json: bool, line: Callable[[dict[str, Any]], str]) -> None:
    items = data if isinstance(data, list) else [data]
    if as_json:
        print(json.dumps(data, ensure_ascii=False, indent=None))
        return
    for item in items:
        print(line(item))


def _line(view: dict[str, Any]) -> str:
    late = ",".join(view.get("overdue_reasons") or []) or "-"
    return (
        f"{view['id']}  {view['type']:<13} {view['status']:<17} received {view['received_at']}"
        f"  due {view['due']}  overdue: {late}"
    )


async def _file(runtime: Runtime, args: argparse.Namespace) -> RequestRecord:
    details = None
    if args.details is not None:
        try:
            details = json.loads(args.details)
        except json.JSONDecodeError:
            raise BadRequest("--details must be a JSON object") from None
        if not isinstance(details, dict):
            raise BadRequest("--details must be a JSON object")
    return await runtime.rights.file(
        args.tenant,
        parsing.request_type(args.type),
        parsing.subject_ref(args.sender, args.email, args.phone),
        details,
        actor=Actor.ADMIN,
        channel="cli",
        carry_out=not args.received_only,
    )


async def _list(runtime: Runtime, args: argparse.Namespace) -> list[RequestRecord]:
    status = None if args.status is None else parsing.status(args.status)
    return await runtime.rights.list_requests(args.tenant, status=status, overdue=args.overdue)


async def _overdue(runtime: Runtime, args: argparse.Namespace) -> list[RequestRecord]:
    return await runtime.rights.list_requests(args.tenant, overdue=True)


async def _show(runtime: Runtime, args: argparse.Namespace) -> RequestRecord:
    return await runtime.rights.get(args.tenant, args.id)


def _transition(action: Action) -> Command:
    async def run(runtime: Runtime, args: argparse.Namespace) -> RequestRecord:
        reason = getattr(args, "reason", None)
        return await runtime.rights.transition(args.tenant, args.id, action, Actor.ADMIN, reason)

    return run


async def _extend(runtime: Runtime, args: argparse.Namespace) -> RequestRecord:
    return await runtime.rights.extend(args.tenant, args.id, args.months, args.reason, Actor.ADMIN)


async def _lift(runtime: Runtime, args: argparse.Namespace) -> RequestRecord:
    return await runtime.rights.lift_restriction(args.tenant, args.id, Actor.ADMIN)


async def _export(runtime: Runtime, args: argparse.Namespace) -> dict[str, Any]:
    return await runtime.rights.export(args.tenant, args.id)


async def _audit(runtime: Runtime, args: argparse.Namespace) -> list[dict[str, Any]]:
    entries = await runtime.rights.audit.entries(args.tenant, args.request)
    return [e.to_json() for e in entries]


async def _run(settings: Settings, command: Command, args: argparse.Namespace) -> Any:
    from bot.runtime import Runtime

    runtime = await Runtime.start(settings)
    try:
        runtime.tenant(args.tenant)
        result = await command(runtime, args)
        now = runtime.rights.now()
        if isinstance(result, RequestRecord):
            return describe(result, now)
        if isinstance(result, list) and result and isinstance(result[0], RequestRecord):
            return [describe(r, now) for r in result]
        return result
    finally:
        await runtime.aclose()


def _write_private(path: Path, text: str) -> None:
    """An export holds personal data: the file is created for its owner only."""
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    with os.fdopen(fd, "w", encoding="utf-8") as out:
        out.write(text)


def _main(command: Command, kind: str) -> Callable[[argparse.Namespace], int]:
    def main(args: argparse.Namespace) -> int:
        result = asyncio.run(_run(Settings.from_env(args.config), command, args))
        if kind == "export":
            text = json.dumps(result, ensure_ascii=False, indent=2)
            if args.out is None:
                print(text)
            else:
                _write_private(args.out, text + "\n")
                print(f"export written to {args.out}", file=sys.stderr)
        elif kind == "audit":
            _print(
                result,
                args.json,
                lambda e: f"{e['seq']:>5} {e['request_id']} {e['step']} by {e['actor']}",
            )
        else:
            _print(result, args.json, _line)
        return 0

    return main


def add_dsr_parser(sub: Any, default_config: Path) -> None:
    """Register ``allai dsr`` and its subcommands on the top-level subparsers."""
    dsr = sub.add_parser("dsr", help="data-subject requests (GDPR Art. 15-21)")
    dsr_sub = dsr.add_subparsers(dest="dsr_command", required=True)

    def command(
        name: str, help_: str, run: Command, kind: str = "record"
    ) -> argparse.ArgumentParser:
        parser: argparse.ArgumentParser = dsr_sub.add_parser(name, help=help_)
        parser.add_argument("--config", type=Path, default=default_config)
        parser.add_argument("--tenant", required=True)
        parser.add_argument("--json", action="store_true", help="JSON output")
        parser.set_defaults(func=_main(run, kind))
        return parser

    file_ = command("file", "file a request (carried out at once unless --received-only)", _file)
    file_.add_argument("--type", required=True, help="access, rectification, erasure, ...")
    who = file_.add_mutually_exclusive_group(required=True)
    who.add_argument("--sender")
    who.add_argument("--email")
    who.add_argument("--phone")
    file_.add_argument(
        "--details", default=None, help='JSON, e.g. \'{"old": "...", "new": "..."}\''
    )
    file_.add_argument("--received-only", action="store_true", help="identity not verified yet")

    listing = command("list", "list requests", _list)
    listing.add_argument("--status", default=None)
    listing.add_argument("--overdue", action="store_true")
    command("overdue", "requests past their acknowledgement or answer deadline", _overdue)
    for name, run in (
        ("show", _show),
        ("verify", _transition(Action.VERIFY)),
        ("start", _transition(Action.START)),
        ("complete", _transition(Action.COMPLETE)),
        ("lift", _lift),
    ):
        command(name, f"{name} one request", run).add_argument("id")
    reject = command("reject", "reject a request, with a reason", _transition(Action.REJECT))
    reject.add_argument("id")
    reject.add_argument("--reason", required=True)
    extend = command("extend", "extend the answer deadline (Art. 12(3))", _extend)
    extend.add_argument("id")
    extend.add_argument("--months", type=int, required=True, choices=[1, 2])
    extend.add_argument("--reason", required=True)
    export = command(
        "export", "the export of a completed access/portability request", _export, "export"
    )
    export.add_argument("id")
    export.add_argument("--out", type=Path, default=None, help="file to write (mode 0600)")
    audit = command("audit", "the tenant's audit trail", _audit, "audit")
    audit.add_argument("--request", default=None, help="only this request's entries")
