"""Settings from the environment (and an optional ``.env``), checked once at start."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Annotated
from urllib.parse import urlparse

from pydantic import Field, SecretStr, field_validator, model_validator
from pydantic_settings import BaseSettings, NoDecode, SettingsConfigDict

from knowledge.language import Lang
from knowledge.office_hours import DEFAULT_SCHEDULE, DEFAULT_TIMEZONE, office_hours

CommaList = Annotated[list[str], NoDecode]


class Settings(BaseSettings):
    model_config = SettingsConfigDict(env_file=".env", extra="ignore", populate_by_name=True)

    data_dir: Path = Field(default=Path("data"), alias="ONBOARD_DATA_DIR")
    database_url: str | None = Field(default=None, alias="DATABASE_URL")

    slack_bot_token: SecretStr | None = Field(default=None, alias="SLACK_BOT_TOKEN")
    slack_signing_secret: SecretStr | None = Field(default=None, alias="SLACK_SIGNING_SECRET")
    slack_app_token: SecretStr | None = Field(default=None, alias="SLACK_APP_TOKEN")
    slack_api_url: str = Field(default="https://slack.com/api/", alias="SLACK_API_URL")
    support_channels: CommaList = Field(default_factory=list, alias="ONBOARD_SUPPORT_CHANNELS")
    agent_channel: str | None = Field(default=None, alias="ONBOARD_AGENT_CHANNEL")
    agent_users: CommaList = Field(default_factory=list, alias="ONBOARD_AGENT_USERS")
    webhook_secret: SecretStr | None = Field(default=None, alias="ONBOARD_WEBHOOK_SECRET")

    lookups_per_hour: int = Field(default=10, ge=1, alias="ONBOARD_LOOKUPS_PER_HOUR")
    # True: the process that receives an event also answers it, right after the ack.
    # False: `onboard serve` only stores and acknowledges; `onboard worker` processes answer
    # (each with an interpreter of its own, so the acknowledgement path never waits for them).
    inline_processing: bool = Field(default=True, alias="ONBOARD_INLINE_PROCESSING")
    # How much lower than serve an `onboard worker` process runs (added to its nice value at
    # start, 0-19; 0: unchanged). Serve's acks then take a shared core first under a burst,
    # and workers use what is left (docs/operations.md). Unset: 10 on PostgreSQL, 0 on
    # SQLite (a worker there holds the writers' lock an ack waits for).
    worker_nice: int | None = Field(default=None, ge=0, le=19, alias="ONBOARD_WORKER_NICE")
    log_level: str = Field(default="INFO", alias="ONBOARD_LOG_LEVEL")
    # Days processed inbox/outbox rows, finished jobs and unkept uploads stay (bot/retention.py).
    retention_days: int = Field(default=30, ge=1, alias="ONBOARD_RETENTION_DAYS")

    # Support agents (bot/handoff): when they work, how long merchants usually wait, when a
    # waiting conversation nobody took is posted to the agents' channel again.
    office_hours: str = Field(default=DEFAULT_SCHEDULE, alias="ONBOARD_OFFICE_HOURS")
    # The company's own days off; the country's public holidays come from the calendar of
    # ``public_holidays`` (a country code, "" for none).
    holidays: CommaList = Field(default_factory=list, alias="ONBOARD_HOLIDAYS")
    public_holidays: str = Field(default="KR", alias="ONBOARD_PUBLIC_HOLIDAYS")
    timezone: str = Field(default=DEFAULT_TIMEZONE, alias="ONBOARD_TIMEZONE")
    agent_wait_minutes: int = Field(default=10, ge=1, alias="ONBOARD_AGENT_WAIT_MINUTES")
    unassigned_alert_minutes: int = Field(
        default=10, ge=1, alias="ONBOARD_UNASSIGNED_ALERT_MINUTES"
    )
    agent_lang: Lang = Field(default=Lang.KO, alias="ONBOARD_AGENT_LANG")

    # Nudges (bot/nudges): each on unless switched off; all wait for office hours.
    nudge_stalled: bool = Field(default=True, alias="ONBOARD_NUDGE_STALLED")
    nudge_stalled_hours: int = Field(default=24, ge=1, alias="ONBOARD_NUDGE_STALLED_HOURS")
    nudge_pg_silent: bool = Field(default=True, alias="ONBOARD_NUDGE_PG_SILENT")
    nudge_pg_silent_days: int = Field(default=3, ge=1, alias="ONBOARD_NUDGE_PG_SILENT_DAYS")
    nudge_documents: bool = Field(default=True, alias="ONBOARD_NUDGE_DOCUMENTS")
    # The National Tax Service's business status check before filing (bot/nts): off without
    # a key from data.go.kr.
    nts_service_key: SecretStr | None = Field(default=None, alias="ONBOARD_NTS_SERVICE_KEY")
    nts_url: str = Field(
        default="https://api.odcloud.kr/api/nts-businessman/v1/status", alias="ONBOARD_NTS_URL"
    )

    @field_validator("support_channels", "agent_users", "holidays", mode="before")
    @classmethod
    def _split(cls, value: object) -> object:
        if isinstance(value, str):
            return [part.strip() for part in value.split(",") if part.strip()]
        return value

    @field_validator("database_url", mode="before")
    @classmethod
    def _blank_is_none(cls, value: object) -> object:
        return value or None

    @model_validator(mode="after")
    def _office_hours_parse(self) -> Settings:
        # Checked at start: a typo in the schedule must stop the service, not every request.
        office_hours(self.office_hours, self.holidays, self.timezone, self.public_holidays)
        return self

    @property
    def effective_database_url(self) -> str:
        if self.database_url:
            return self.database_url
        return f"sqlite:///{(self.data_dir / 'onboard.db').resolve()}"

    def require_slack(self) -> None:
        """For ``onboard serve``: the Slack settings present and well-formed, or a
        ``SlackSettingsError`` naming each variable to fix (raised at start, not mid-request)."""
        problems = slack_setting_problems(self)
        if problems:
            raise SlackSettingsError("; ".join(problems))


class SlackSettingsError(ValueError):
    """A Slack setting is missing or malformed; the message names the variable."""


_CHANNEL_ID = re.compile(r"^[CG][A-Z0-9]{2,}$")
_USER_ID = re.compile(r"^[UW][A-Z0-9]{2,}$")


def _secret(value: SecretStr | None) -> str:
    return value.get_secret_value().strip() if value is not None else ""


def slack_setting_problems(settings: Settings) -> list[str]:
    problems: list[str] = []
    bot_token, app_token = _secret(settings.slack_bot_token), _secret(settings.slack_app_token)
    if not bot_token:
        problems.append("SLACK_BOT_TOKEN is not set (the app's Bot User OAuth Token, xoxb-…)")
    elif not bot_token.startswith("xoxb-"):
        problems.append("SLACK_BOT_TOKEN must be a bot token starting with xoxb-")
    if app_token and not app_token.startswith("xapp-"):
        problems.append("SLACK_APP_TOKEN must be an app-level token starting with xapp-")
    if not app_token and not _secret(settings.slack_signing_secret):
        problems.append(
            "SLACK_SIGNING_SECRET is not set (needed for HTTP mode; "
            "or set SLACK_APP_TOKEN for Socket Mode)"
        )
    api = urlparse(settings.slack_api_url)
    if api.scheme not in ("http", "https") or not api.netloc or not api.path.endswith("/"):
        problems.append("SLACK_API_URL must be an http(s) URL ending in / (https://slack.com/api/)")
    for channel in settings.support_channels:
        if not _CHANNEL_ID.match(channel):
            problems.append(
                f"ONBOARD_SUPPORT_CHANNELS: {channel!r} is not a channel id (C…/G…; not a name)"
            )
    if settings.agent_channel and not _CHANNEL_ID.match(settings.agent_channel):
        problems.append(
            f"ONBOARD_AGENT_CHANNEL: {settings.agent_channel!r} is not a channel id (C…/G…)"
        )
    for user in settings.agent_users:
        if not _USER_ID.match(user):
            problems.append(f"ONBOARD_AGENT_USERS: {user!r} is not a user id (U…/W…)")
    return problems
