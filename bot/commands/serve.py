"""``onboard serve``: Slack (HTTP or Socket Mode), webhooks, health and metrics, with the
worker as a thread beside them."""

from __future__ import annotations

import argparse
import gc
import logging
import sys

from sqlalchemy import text

from bot.config import Settings, SlackSettingsError

log = logging.getLogger(__name__)


def register(subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    parser = subparsers.add_parser("serve", help="serve Slack, webhooks, /healthz and /metrics")
    parser.add_argument("--host", default="0.0.0.0", help="address to listen on")  # noqa: S104
    parser.add_argument("--port", type=int, default=8000, help="port to listen on")
    parser.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    settings = Settings()
    try:
        settings.require_slack()
    except SlackSettingsError as exc:
        print(f"onboard serve: {exc}", file=sys.stderr)
        return 2
    # Imported here: the other commands need neither bolt nor uvicorn.
    import uvicorn
    from slack_bolt.adapter.socket_mode import SocketModeHandler
    from slack_bolt.error import BoltError

    from bot.http.app import build_http_app
    from bot.slack.app import build_bolt_app, build_slack_services

    services, client = build_slack_services(settings)
    try:
        with services.db.transaction() as session:
            session.execute(text("SELECT 1"))
    except Exception as exc:
        print(
            f"onboard serve: DATABASE_URL: cannot connect ({type(exc).__name__})", file=sys.stderr
        )
        services.close()
        return 2
    try:
        slack_app, listeners = build_bolt_app(services, client)
    except (BoltError, OSError) as exc:
        # Bolt calls auth.test at construction: a revoked or mistyped token stops us here.
        print(f"onboard serve: SLACK_BOT_TOKEN rejected by Slack ({exc})", file=sys.stderr)
        services.close()
        return 2
    socket: SocketModeHandler | None = None
    if settings.slack_app_token is not None:
        socket = SocketModeHandler(slack_app, settings.slack_app_token.get_secret_value())
        socket.connect()  # type: ignore[no-untyped-call]  # returns at once; runs threads
        log.info("Slack: Socket Mode")
    else:
        log.info("Slack: HTTP mode at /slack/events")
    if settings.inline_processing:
        services.worker.start()
    else:
        log.info("answering is left to `onboard worker` (ONBOARD_INLINE_PROCESSING=false)")
    try:
        http_app = build_http_app(services, None if socket else slack_app)
        settle_heap()
        # log_config=None keeps our logging (with personal data masked) for uvicorn too.
        uvicorn.run(http_app, host=args.host, port=args.port, log_config=None)
    finally:
        if socket is not None:
            socket.close()  # type: ignore[no-untyped-call]
        listeners.close()
        services.close()
    return 0


def settle_heap() -> None:
    """What start-up built (the knowledge index, catalogs, bolt, the engine) lives as long as
    the process: moved out of the collector's reach (``gc.freeze``), so that a full
    collection under a burst of acks walks only the objects requests made, not every
    object start-up made."""
    gc.collect()
    gc.freeze()
