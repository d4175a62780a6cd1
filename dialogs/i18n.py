"""A text in both languages; dialogs keep theirs together in a ``texts`` module each."""

from __future__ import annotations

from typing import NamedTuple

from knowledge.language import Lang


class T(NamedTuple):
    ko: str
    en: str

    def __call__(self, lang: Lang, **values: object) -> str:
        template = self.ko if lang is Lang.KO else self.en
        return template.format(**values) if values else template
