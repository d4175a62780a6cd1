"""A text in both languages; dialogs keep theirs together in a ``texts`` module each."""

from __future__ import annotations

from typing import NamedTuple

from dialogs.particles import attach_particles
from knowledge.language import Lang


class T(NamedTuple):
    ko: str
    en: str

    def __call__(self, lang: Lang, **values: object) -> str:
        if lang is not Lang.KO:
            return self.en.format(**values) if values else self.en
        # Names put into a Korean text take the particle that fits them ("을(를)" -> "를").
        return attach_particles(self.ko.format(**values)) if values else self.ko
