"""The HTTP side of ``onboard serve``: Slack's endpoint, webhooks, health and metrics."""
