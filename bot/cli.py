"""The `allai` command line: serve, chat, redact, config validate, training export,
retention sweep, transcribe."""

from __future__ import annotations

import argparse
import asyncio
import json
import secrets
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import Any, TextIO

from bot.config.loader import load_tenants
from bot.errors import AllaiError, ConfigError, NotFound
from bot.logs import configure_logging
from bot.settings import Settings
from redaction.policy import RedactionPolicy

DEFAULT_CONFIG = Path("configs")


def _cmd_serve(args: argparse.Namespace) -> int:
    import uvicorn

    from bot.http.app import create_app

    settings = Settings.from_env(args.config)
    tenants = load_tenants(settings.config_dir)  # fail fast, before binding the port
    app = create_app(settings, tenants)
    print(f"allai: serving {len(tenants)} tenant(s) on http://{args.host}:{args.port}", flush=True)
    for name in sorted(tenants):
        base = f"http://{args.host}:{args.port}/t/{name}"
        print(f"  {name}: chat widget demo  {base}/demo", flush=True)
        print(f"  {name}: REST channel      POST {base}/webhooks/rest/webhook", flush=True)
    uvicorn.run(app, host=args.host, port=args.port, access_log=False, log_config=None)
    return 0


async def _chat(settings: Settings, tenant: str, stdin: TextIO, stdout: TextIO) -> int:
    from bot.runtime import Runtime

    runtime = await Runtime.start(settings)
    try:
        runtime.tenant(tenant)
        sender = f"cli-{secrets.token_hex(16)}"
        stdout.write(f"Chatting with '{tenant}'. Type a message; an empty line or Ctrl-D ends.\n")
        stdout.flush()
        loop = asyncio.get_running_loop()
        while True:
            stdout.write("you> ")
            stdout.flush()
            line = await loop.run_in_executor(None, stdin.readline)
            if not line or not line.strip():
                return 0
            try:
                texts = await runtime.handle_message(tenant, sender, line.rstrip("\n"))
            except AllaiError as exc:
                stdout.write(f"error: {exc.message}{' (retry later)' if exc.retryable else ''}\n")
                continue
            for text in texts:
                stdout.write(f"bot> {text}\n")
            stdout.flush()
    finally:
        await runtime.aclose()


def _cmd_chat(args: argparse.Namespace) -> int:
    return asyncio.run(_chat(Settings.from_env(args.config), args.tenant, sys.stdin, sys.stdout))


def _redact_line(line: str, default_lang: str | None, policy: RedactionPolicy) -> dict[str, Any]:
    from redaction.detector import get_detector
    from redaction.language import detect_language
    from redaction.pseudonymize import PlaceholderVault, pseudonymize

    try:
        item = json.loads(line)
    except json.JSONDecodeError:
        return {"error": "line is not valid JSON"}
    if not isinstance(item, dict) or not isinstance(item.get("text"), str):
        return {"error": "expected an object with a string field 'text'"}
    text: str = item["text"]
    lang = item.get("lang") or default_lang or detect_language(text) or "en"
    if lang not in ("en", "ro"):
        return {"error": "field 'lang' must be 'en' or 'ro'"}
    spans = policy.apply(text, get_detector().detect(text, lang))
    return {
        "text": text,
        "redacted": pseudonymize(text, spans, PlaceholderVault(), policy.mode),
        "lang": lang,
        "entities": [
            {"type": s.entity_type, "start": s.start, "end": s.end, "score": round(s.score, 3)}
            for s in spans
        ],
    }


def _cmd_redact(args: argparse.Namespace) -> int:
    from pipeline.assemble import redaction_policy

    if args.tenant is not None:
        tenants = load_tenants(args.config)
        if args.tenant not in tenants:
            raise NotFound(f"unknown tenant '{args.tenant}' in {args.config}")
        policy = redaction_policy(tenants[args.tenant])
    else:
        policy = RedactionPolicy.default()
    failures = 0
    for line in sys.stdin:
        if not line.strip():
            continue
        result = _redact_line(line, args.lang, policy)
        failures += "error" in result
        sys.stdout.write(json.dumps(result, ensure_ascii=False) + "\n")
        sys.stdout.flush()
    return 1 if failures else 0


def _cmd_config_validate(args: argparse.Namespace) -> int:
    tenants = load_tenants(args.dir)
    for name, tenant in sorted(tenants.items()):
        print(f"ok  {name}: engine={tenant.engine} languages={','.join(tenant.languages)}")
    print(f"{len(tenants)} tenant config(s) valid in {args.dir}")
    return 0


def _cmd_training_export(args: argparse.Namespace) -> int:
    from bot.training_export import export_training

    settings = Settings.from_env(args.config)
    out: TextIO
    if args.out is None:
        count = asyncio.run(export_training(settings, args.tenant, sys.stdout))
    else:
        with open(args.out, "w", encoding="utf-8") as out:
            count = asyncio.run(export_training(settings, args.tenant, out))
    print(f"exported {count} conversation(s) for tenant '{args.tenant}'", file=sys.stderr)
    return 0


async def _retention_sweep(settings: Settings) -> int:
    from bot.runtime import Runtime

    runtime = await Runtime.start(settings)
    try:
        report = await runtime.sweep_retention()
    finally:
        await runtime.aclose()
    for tenant, counts in sorted(report.items()):
        for name, count in counts.items():
            print(f"{tenant}: {name}: {count} removed")
    total = sum(n for counts in report.values() for n in counts.values())
    print(f"retention sweep: {total} item(s) removed in {len(report)} tenant(s)")
    return 0


def _cmd_retention_sweep(args: argparse.Namespace) -> int:
    return asyncio.run(_retention_sweep(Settings.from_env(args.config)))


def _cmd_transcribe(args: argparse.Namespace) -> int:
    from pydantic import ValidationError

    from models.asr import AsrSettings, WhisperEngine
    from voice.transcribe import transcribe_file

    try:
        settings = AsrSettings(model_path=args.model, language=args.language)
    except ValidationError as exc:
        first = exc.errors()[0]
        field = ".".join(str(part) for part in first["loc"])
        raise ConfigError("command line", f"--{field}", first["msg"]) from None
    engine = WhisperEngine(settings, source="command line")
    transcript, audio = transcribe_file(args.file, engine)
    if not args.json:
        print(transcript.text)
        return 0
    result = {
        "text": transcript.text,
        "language": transcript.language,
        "duration": round(audio.duration, 3),
        "segments": [{"start": s.start, "end": s.end, "text": s.text} for s in transcript.segments],
        "words": [
            {"start": w.start, "end": w.end, "word": w.word, "probability": w.probability}
            for w in transcript.words
        ],
    }
    print(json.dumps(result, ensure_ascii=False))
    return 0


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="allai", description="allai-runtime command line")
    sub = parser.add_subparsers(dest="command", required=True)

    serve = sub.add_parser("serve", help="run the HTTP server (REDIS_URL, ALLAI_MASTER_KEY)")
    serve.add_argument("--config", type=Path, default=DEFAULT_CONFIG, help="config directory")
    serve.add_argument("--host", default="127.0.0.1")
    serve.add_argument("--port", type=int, default=8000)
    serve.set_defaults(func=_cmd_serve)

    chat = sub.add_parser("chat", help="chat with a tenant's bot in the terminal")
    chat.add_argument("--config", type=Path, default=DEFAULT_CONFIG)
    chat.add_argument("--tenant", required=True)
    chat.set_defaults(func=_cmd_chat)

    redact = sub.add_parser("redact", help="redact JSON Lines from stdin ({'text', 'lang'?})")
    redact.add_argument("--lang", choices=["en", "ro"], default=None)
    redact.add_argument("--tenant", default=None, help="apply this tenant's redaction policy")
    redact.add_argument("--config", type=Path, default=DEFAULT_CONFIG)
    redact.set_defaults(func=_cmd_redact)

    config = sub.add_parser("config", help="tenant configuration tools")
    config_sub = config.add_subparsers(dest="config_command", required=True)
    validate = config_sub.add_parser("validate", help="validate every tenant file in DIR")
    validate.add_argument("dir", type=Path)
    validate.set_defaults(func=_cmd_config_validate)

    training = sub.add_parser("training", help="training data tools")
    training_sub = training.add_subparsers(dest="training_command", required=True)
    export = training_sub.add_parser("export", help="export allowed conversations, redacted")
    export.add_argument("--tenant", required=True)
    export.add_argument("--config", type=Path, default=DEFAULT_CONFIG)
    export.add_argument("--out", type=Path, default=None, help="file to write (default stdout)")
    export.set_defaults(func=_cmd_training_export)

    retention = sub.add_parser("retention", help="data retention tools")
    retention_sub = retention.add_subparsers(dest="retention_command", required=True)
    sweep = retention_sub.add_parser(
        "sweep", help="remove data past its retention now, in every tenant (prints counts)"
    )
    sweep.add_argument("--config", type=Path, default=DEFAULT_CONFIG)
    sweep.set_defaults(func=_cmd_retention_sweep)

    transcribe = sub.add_parser("transcribe", help="speech to text for a WAV file (offline)")
    transcribe.add_argument("file", type=Path, help="PCM WAV: any rate, mono or stereo")
    transcribe.add_argument("--json", action="store_true", help="text, segments and words")
    transcribe.add_argument(
        "--model", type=Path, default=None, help="a CTranslate2 Whisper directory"
    )
    transcribe.add_argument("--language", default=None, help="e.g. en, ro (default: the model's)")
    transcribe.set_defaults(func=_cmd_transcribe)

    from bot.rights.cli import add_dsr_parser

    add_dsr_parser(sub, DEFAULT_CONFIG)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    configure_logging()
    try:
        code: int = args.func(args)
    except ConfigError as exc:
        print(f"config error: {exc.message}", file=sys.stderr)
        return 2
    except AllaiError as exc:
        hint = " (temporary; retry later)" if exc.retryable else ""
        print(f"error: {exc.message}{hint}", file=sys.stderr)
        return 75 if exc.retryable else 1
    except KeyboardInterrupt:
        return 130
    return code


if __name__ == "__main__":
    sys.exit(main())
