"""Nudges: what the assistant says, unprompted, when an application stalls."""
