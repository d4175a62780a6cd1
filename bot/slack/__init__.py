"""The Slack transport: bolt listeners, Block Kit rendering, delivery and file downloads.

Only this package knows Slack's wire format; everything it hands the engine is a ``Turn``.
"""
