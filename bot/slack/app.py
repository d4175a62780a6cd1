"""Building the Slack side of a process from its services.

``build_slack_services`` gives the dispatcher its Slack sender and the OCR job its Slack
downloader (every process that delivers or runs jobs needs them: ``serve`` and ``worker``);
``build_bolt_app`` builds the bolt ``App`` that receives Slack's requests (``serve`` only).
"""

from __future__ import annotations

import logging
from concurrent.futures import Executor
from typing import Any

from slack_bolt import App
from slack_sdk import WebClient

from bot import metrics
from bot.app import Services, build_services
from bot.config import Settings
from bot.forms import FormOutbox
from bot.outbox import SEND_TIMEOUT
from bot.slack.adapter import TRANSPORT, Routing
from bot.slack.files import SlackDownloader
from bot.slack.forms import SlackForms
from bot.slack.listeners import SlackListeners
from bot.slack.sender import SlackSender

log = logging.getLogger(__name__)


def build_client(settings: Settings) -> WebClient:
    token = settings.slack_bot_token.get_secret_value() if settings.slack_bot_token else None
    # Every call ends well within the outbox's lease (bot/outbox.py SEND_TIMEOUT).
    return WebClient(token=token, base_url=settings.slack_api_url, timeout=SEND_TIMEOUT)


def build_downloader(settings: Settings, client: WebClient) -> SlackDownloader:
    token = settings.slack_bot_token.get_secret_value() if settings.slack_bot_token else ""
    return SlackDownloader(token, client, api_url=settings.slack_api_url)


def attach_slack(
    services: Services, client: WebClient, *, min_interval: float = 1.0
) -> SlackSender:
    """Give the dispatcher its Slack sender and the OCR job its Slack downloader."""
    sender = SlackSender(client, min_interval=min_interval)
    services.dispatcher.add_sender(TRANSPORT, sender)
    services.downloaders[TRANSPORT] = build_downloader(services.settings, client)
    return sender


def build_slack_services(settings: Settings, **options: Any) -> tuple[Services, WebClient]:
    """Services of a process that talks to Slack (``serve``, ``worker``); ``options`` go to
    ``build_services``."""
    client = build_client(settings)
    services = build_services(settings, **options)
    attach_slack(services, client)
    return services, client


def routing_of(settings: Settings) -> Routing:
    return Routing(
        support_channels=frozenset(settings.support_channels),
        agent_channel=settings.agent_channel,
        agent_users=frozenset(settings.agent_users),
    )


def build_bolt_app(
    services: Services,
    client: WebClient,
    *,
    listener_executor: Executor | None = None,
) -> tuple[App, SlackListeners]:
    """The bolt app. Constructing it calls auth.test, so a bad token fails here, at start."""
    settings = services.settings
    signing = settings.slack_signing_secret
    secret = signing.get_secret_value() if signing is not None else ""
    if not secret and not settings.slack_app_token:
        # Without it every HTTP request would be refused (or, worse, trusted).
        raise ValueError("SLACK_SIGNING_SECRET is not set (needed in HTTP mode)")
    app = App(
        client=client,
        # Socket Mode requests skip the signature check: the socket is authenticated.
        signing_secret=secret,
        # HTTP requests reach bolt only through /slack/events, which checks the signature
        # (and the timestamp) before anything else (bot/http/slack.py): bolt's check was the
        # same HMAC again on every ack. tests/slack/test_reliability.py posts unsigned,
        # forged and stale requests to every route and sees none reach a listener.
        request_verification_enabled=False,
        # Ack functions store the turn before Slack gets its answer; lazy ones do the rest.
        process_before_response=True,
        listener_executor=listener_executor,
        logger=logging.getLogger("slack_bolt"),
    )
    # Bolt logs every request whose signature it refuses, body included, at INFO: bodies carry
    # personal data and can be huge. /slack/events refuses those before bolt (bot/http/slack.py);
    # this keeps a future path (should bolt's check be turned back on) from logging them.
    logging.getLogger("slack_bolt.RequestVerification").setLevel(logging.WARNING)
    forms = SlackForms(
        FormOutbox(services.db),
        lambda key: metrics.process_turns(
            services.engine.process, key, transport=TRANSPORT, source="form"
        ),
    )
    listeners = SlackListeners(services, routing_of(settings), forms)
    listeners.register(app)
    return app, listeners
