"""Settings from the environment (and an optional ``.env``), checked once at start."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

from pydantic import Field, SecretStr, field_validator
from pydantic_settings import BaseSettings, NoDecode, SettingsConfigDict

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
    log_level: str = Field(default="INFO", alias="ONBOARD_LOG_LEVEL")

    @field_validator("support_channels", "agent_users", mode="before")
    @classmethod
    def _split(cls, value: object) -> object:
        if isinstance(value, str):
            return [part.strip() for part in value.split(",") if part.strip()]
        return value

    @field_validator("database_url", mode="before")
    @classmethod
    def _blank_is_none(cls, value: object) -> object:
        return value or None

    @property
    def effective_database_url(self) -> str:
        if self.database_url:
            return self.database_url
        return f"sqlite:///{(self.data_dir / 'onboard.db').resolve()}"
