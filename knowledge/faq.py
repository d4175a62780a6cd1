"""The merchant FAQ (Korean and English) and the lookup that answers free-text questions.

Why not plain fuzzy string matching: questions are paraphrased, not misspelled copies, and
Korean runs words together. Each question becomes a sparse vector of
- concepts (``concepts:`` in faq.yaml: "구독", "recurring" and "정기결제" are one feature),
- Hangul character bigrams over the text with spaces removed (robust to spacing and particles),
- English word stems and character trigrams (robust to inflection and typos),
weighted by IDF and compared by cosine against every paraphrase and against each entry's
combined vocabulary. An answer is returned only when it is clearly ahead; otherwise the closest
entries are offered as alternatives.
"""

from __future__ import annotations

import math
import re
from collections import Counter
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from functools import cache
from itertools import pairwise
from pathlib import Path
from typing import Annotated, Any

import numpy as np
from pydantic import BaseModel, ConfigDict, Field, ValidationError

from knowledge import bare
from knowledge.catalog import (
    DATA_DIR,
    DataError,
    Text,
    load_catalog_from,
    read_yaml,
    validate_entries,
)
from knowledge.confidence import DEFAULT_RULE, Decision, Rule, Signals, decide, missing
from knowledge.language import Lang, detect_lang
from knowledge.matcher import AliasIndex, extract_methods, extract_pgs
from knowledge.morph import fold_spoken
from knowledge.normalize import normalize

FAQ_FILE = "faq.yaml"
# Extra merchant phrasings per entry, one or more files (written apart from the FAQ and from
# every question set): ``entries: {<entry id>: {ko: [...], en: [...]}}``.
PARAPHRASE_DIR = "paraphrases"

# The decision (score, margin, coverage, domain) lives in knowledge/confidence.py.
OTHER_PG_FACTOR = 0.8  # a PG-specific entry for a question that does not name that PG
SAME_PG_FACTOR = 1.15  # … and for one that does
_PENALTY_WINDOW = 3
ALTERNATIVE_FLOOR = 0.12

_CONCEPT_WEIGHT = 2.2
_BIGRAM_WEIGHT = 1.0
_WORD_WEIGHT = 1.3
_TRIGRAM_WEIGHT = 0.35
_BEST_PARAPHRASE_SHARE = 0.65  # the rest of the score comes from the entry's whole vocabulary
# A phrasing from paraphrases/ counts this much of an entry's own question: they were written
# by people who had not seen the answers' wording, so they widen what an entry is asked with,
# but one of them matching closely is weaker evidence than the FAQ author's own question.
PARAPHRASE_WEIGHT = 0.8
# Second stage: the few best candidates are reordered by how much of the question their
# answer text speaks about (see ``_rerank``).
RERANK_WINDOW = 3
RERANK_WEIGHT = 0.15
_REFUSAL_MEMO_SIZE = 256  # messages; cleared when full (a memo, not a cache of answers)

_HANGUL_RUN = re.compile(r"[\uac00-\ud7a3]+")
_LATIN_WORD = re.compile(r"[a-z][a-z0-9]*")
_EN_STOPWORDS = frozenset(
    [
        "a",
        "an",
        "the",
        "i",
        "me",
        "my",
        "we",
        "our",
        "you",
        "your",
        "it",
        "its",
        "is",
        "are",
        "was",
        "were",
        "be",
        "been",
        "do",
        "does",
        "did",
        "to",
        "of",
        "in",
        "on",
        "for",
        "with",
        "at",
        "by",
        "from",
        "and",
        "or",
        "can",
        "could",
        "should",
        "would",
        "will",
        "shall",
        "may",
        "might",
        "must",
        "have",
        "has",
        "had",
        "this",
        "that",
        "these",
        "those",
        "there",
        "what",
        "which",
        "who",
        "whom",
        "how",
        "when",
        "where",
        "why",
        "if",
        "then",
        "so",
        "as",
        "about",
        "any",
        "some",
        "please",
        "hi",
        "hello",
        "thanks",
        "thank",
        "get",
        "got",
        "just",
    ]
)
# Korean filler that carries no topic: endings and politeness, dropped before bigrams.
_KO_FILLER = re.compile(
    r"(해요|하나요|되나요|인가요|나요|어요|아요|에요|예요|이에요|주세요|할까요|습니다|니까)$"
)

# Conversational chatter around a question in any chat ("혹시", "알려주세요", "궁금해요",
# "honestly", "no idea"): it says nothing about the topic, so it is dropped before features are
# made instead of counting as words no entry knows (which lowered coverage and the score of
# polite, long or hesitant questions). Written from ordinary Korean and English, not from a
# question set; topic words and question words (어떻게, 언제, how, when) are not in it.
# The formal written way of asking ("…에 대해 문의드립니다", "관련 문의 드립니다", "문의합니다"):
# "I am asking about …", said of any topic. Its "문의" is not the wish to talk to a person (the
# ``human`` concept: "상담원한테 문의하고 싶어요"), so it names no concept; a person named beside
# it ("상담원 연결 문의드립니다") still does.
_FORMAL_ASK = re.compile(
    r"문의 ?(?:드립니다|드려요|드리며|드리고자|드리려고|드립|합니다|하고자 합니다|입니다|있습니다|"
    r"사항(?:이 있습니다|입니다)?)"
)

_KO_CHATTER = re.compile(
    r"안녕하세요|안녕하십니까|감사합니다|고맙습니다|수고하세요|수고하십니다|실례지만|"
    r"혹시|다름이 아니라|다름이아니라|궁금합니다|궁금해요|궁금한데요?|궁금해서요?|궁금하네요|"
    r"알려주세요|알려 주세요|알려주실 수|알려주실수|알려줘요?|알려주시면|알고 싶어요|알고싶어요|"
    r"(잘 ?)?모르겠어요|(잘 ?)?모르겠는데요?|(잘 ?)?모르겠네요|(잘 ?)?모르겠습니다|잘 ?모르|"
    r"부탁드립니다|부탁드려요|부탁해요|문의드립니다|문의드려요|여쭤봐도|여쭤볼게요|"
    r"저희는|저희가|저희|제가|저는|그런데|근데|그냥|솔직히|정말|진짜|너무|약간|조금|좀|"
    r"처음이라|처음인데|처음이어서"
)
_EN_CHATTER = frozenset(
    [
        "hey", "hiya", "honestly", "really", "actually", "basically", "quick", "question",
        "wondering", "wonder", "idea", "know", "tell", "guys", "folks", "sorry", "kindly", "also",
        "very", "much", "lot", "lots", "pretty",
    ]
)  # fmt: skip

# The chat's application numbers ("APP-12", "app 12", "APP#12": dialogs/applications/parse.py)
# name one of the merchant's applications; read as the word "app" they made "status of APP-7"
# a question about the service information's app. They become one word of their own, which
# the phrasings that name an application by its number share (know26).
_APPLICATION_NUMBER = re.compile(r"(?<![a-z0-9])app ?\d+(?![a-z0-9])")

_IN_SCOPE = "_in_scope"  # the out-of-scope index's value for shielding domain terms

# "<someone> asks / asked me / wants to know": the person on whose behalf the merchant asks.
_ASKER = re.compile(
    r"[가-힣]*(팀|님|분|께서|에서)(이|가)? ?(물어보|알아보라|확인해 ?보라|여쭤보라)"
    r"|\bmy [a-z]+ (asked|asks|wants|wanted|told|needs)\b"
    r"|\b(accountant|bookkeeper|boss|manager|ceo|team|partner)s? (asked|asks|wants|wanted|told)\b"
)

# Words that put a question in the payment domain without being a topic of their own: they
# let a question through the on-topic gate but add nothing to its vector.
_PAYMENT_WORDS = re.compile(r"(결제|가맹|전자결제|\bpayments?\b|\bcheckout\b|\bpay\b)")


def _names_payments(text: str) -> bool:
    """A PG, a payment method or a payment word named: the question is about payments."""
    if _PAYMENT_WORDS.search(normalize(text)):
        return True
    return bool(extract_pgs(text).matches or extract_methods(text).matches)


# "다날 말고", "besides Danal": a PG named to be set aside. The question is about the others,
# so that PG's own entry ("Danal's identity review") should not gain from the name.
_EXCLUDING_AFTER = re.compile(r"[^?.!\n]{0,12}?(말고|빼고|외에|제외하고)")
_EXCLUDING_BEFORE = re.compile(r"(other than|besides|apart from|except|aside from)\s+(the\s+)?$")


def _named_pgs(text: str) -> set[str]:
    """The PGs a question names, less those it names only to set aside."""
    norm = normalize(text)
    named: set[str] = set()
    for match in extract_pgs(text).matches:
        at = norm.find(match.term.lower())
        if at >= 0 and (
            _EXCLUDING_AFTER.match(norm, at + len(match.term))
            or _EXCLUDING_BEFORE.search(norm[:at])
        ):
            continue
        named.add(match.value)
    return named


class FaqQuestions(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)
    ko: tuple[str, ...] = Field(min_length=1)
    en: tuple[str, ...] = Field(min_length=1)

    def get(self, lang: Lang) -> tuple[str, ...]:
        return self.ko if lang is Lang.KO else self.en


class FaqEntry(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)
    id: str = Field(pattern=r"^[a-z0-9_]+$")
    topic: str = Field(min_length=1)
    questions: FaqQuestions
    answer: Text
    # An entry about one PG's own procedure (Danal's MID timing, INICIS instant open): it fits
    # a question that names no PG less well than the general entry does.
    pg: str | None = None

    def question(self, lang: Lang) -> str:
        return self.questions.get(lang)[0]


class Paraphrases(BaseModel):
    """More ways merchants ask one entry's question (either language may be empty)."""

    model_config = ConfigDict(extra="forbid", frozen=True)
    ko: tuple[Annotated[str, Field(min_length=1)], ...] = ()
    en: tuple[Annotated[str, Field(min_length=1)], ...] = ()


class ParaphraseFile(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)
    entries: dict[str, Paraphrases]


class Concept(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)
    id: str = Field(pattern=r"^[a-z0-9_]+$")
    terms: tuple[str, ...] = Field(min_length=1)
    # Intent words ("when", "recommend", "change") that occur in any chat; they help rank
    # entries but are not evidence that the question is about payments at all.
    generic: bool = False
    # How much the concept counts against the others (1 = the usual concept weight). The desk's
    # own name ("포트원", "PortOne") is in questions about every topic ("… through PortOne?");
    # at full weight it pulled them to the one entry about PortOne itself.
    weight: float = Field(default=1.0, gt=0.0, le=1.0)
    # The entry a support agent gives when a message names this concept and nothing else
    # ("서류", "how long", "next step?"): the topic's general entry (knowledge/bare.py).
    overview: str | None = Field(default=None, pattern=r"^[a-z0-9_]+$")


class OutOfScope(BaseModel):
    """A near-domain topic the FAQ does not answer (tax filing, other marketplaces' settlement,
    marketing, hiring): a question naming it is refused and the agent offered, however well
    its other words match an entry."""

    model_config = ConfigDict(extra="forbid", frozen=True)
    id: str = Field(pattern=r"^[a-z0-9_]+$")
    terms: tuple[str, ...] = Field(min_length=1)


@dataclass(frozen=True, slots=True)
class FaqHit:
    entry_id: str
    score: float  # 0-100
    question: str
    answer: str
    topic: str


@dataclass(frozen=True, slots=True)
class FaqResult:
    best: FaqHit | None
    alternatives: list[FaqHit]
    lang: Lang
    # When not confident: the two close entries a clarifying question offers (else empty).
    close: list[FaqHit] = field(default_factory=list)
    signals: Signals | None = None  # None when the text had no features at all


Vector = dict[str, float]


def _stem(word: str) -> str:
    # Enough to join "documents"/"document" and "subscribing"/"subscribe"; not a real stemmer.
    if len(word) >= 5 and word.endswith(("ied", "ies")):  # applied, applies -> apply
        return word[:-3] + "y"
    for suffix in ("ations", "ation", "ings", "ing", "ies", "ed", "es", "s"):
        if word.endswith(suffix) and len(word) - len(suffix) >= 3:
            return word[: -len(suffix)]
    return word


def _stem_forms(word: str) -> tuple[str, ...]:
    """The stem and, after a doubled consonant ("cancelled", "submitted"), the stem without it:
    the forms an inflected word is looked up under in the concept lexicon."""
    stem = _stem(word)
    if stem != word and len(stem) >= 4 and stem[-1] == stem[-2] and stem[-1] not in "aeiou":
        return (stem, stem[:-1])
    return (stem,)


class _Featurizer:
    def __init__(self, concepts: list[Concept]) -> None:
        self._concepts = AliasIndex([(c.id, c.terms) for c in concepts], fuzzy_cutoff=88.0)
        # One-word English terms by stem: "applied", "cancelled", "rejecting" name the concept
        # of "apply", "cancel", "reject" although no alias spells them (the fuzzy pass only
        # forgives typos, not endings).
        self._by_stem: dict[str, set[str]] = {}
        for concept in concepts:
            for term in concept.terms:
                if _LATIN_WORD.fullmatch(term) and len(term) >= 4:
                    self._by_stem.setdefault(_stem(term), set()).add(concept.id)

    def counts(self, text: str) -> Counter[str]:
        return self.features(text)[0]

    def features(self, text: str) -> tuple[Counter[str], frozenset[str]]:
        """The text's feature counts, and the Hangul pairs it has only across a space."""
        norm = _APPLICATION_NUMBER.sub(" appnumber ", fold_spoken(normalize(text)))
        feats: Counter[str] = Counter()
        found = self._concepts.extract(_FORMAL_ASK.sub(" ", norm))
        for match in found.matches:
            feats["c:" + match.value] += 1
        # A term two concepts share ("정산계좌" is extra input and a bank account, "주소" a URL
        # and a business detail) names both: the entries' own phrasings decide between them.
        for ambiguity in found.ambiguous:
            for value in ambiguity.candidates:
                feats["c:" + value] += 1
        for word in _LATIN_WORD.findall(norm):
            for form in _stem_forms(word):
                for concept in self._by_stem.get(form, ()):
                    if "c:" + concept not in feats:
                        feats["c:" + concept] += 1
        runs = [
            word
            for word in (
                _KO_FILLER.sub("", run) for run in _HANGUL_RUN.findall(_KO_CHATTER.sub(" ", norm))
            )
            if word
        ]
        for word in runs:
            for i in range(len(word) - 1):
                feats["b:" + word[i : i + 2]] += 1
        inside = set(feats)
        # The pair across a space still counts: Korean is spaced loosely ("접수 완료" is
        # "접수완료"), and counting it for less, or not at all, raised the confidently wrong
        # answers of four development sets (know14). Which pairs exist only across a space is
        # returned so that the decision does not take one for a word of its own.
        for left, right in pairwise(runs):
            feats["b:" + left[-1] + right[0]] += 1
        across = frozenset(feats.keys() - inside)
        if len(runs) == 1 and len(runs[0]) == 1:
            feats["b:" + runs[0]] += 1
        for word in _LATIN_WORD.findall(norm):
            if word in _EN_STOPWORDS or word in _EN_CHATTER:
                continue
            stem = _stem_forms(word)[-1]
            feats["w:" + stem] += 1
            padded = f"^{stem}$"
            for i in range(len(padded) - 2):
                feats["t:" + padded[i : i + 3]] += 1
        return feats, across


_WEIGHTS = {
    "c": _CONCEPT_WEIGHT,
    "b": _BIGRAM_WEIGHT,
    "w": _WORD_WEIGHT,
    "t": _TRIGRAM_WEIGHT,
}


def _unit(vector: Vector) -> Vector:
    norm = math.sqrt(sum(v * v for v in vector.values()))
    return {k: v / norm for k, v in vector.items()} if norm else {}


def _postings(vectors: Iterable[Vector]) -> dict[str, list[tuple[int, float]]]:
    postings: dict[str, list[tuple[int, float]]] = {}
    for doc, vector in enumerate(vectors):
        for feat, value in vector.items():
            postings.setdefault(feat, []).append((doc, value))
    return postings


_Indices = np.ndarray[Any, np.dtype[np.intp]]
_Values = np.ndarray[Any, np.dtype[np.float64]]
Postings = dict[str, tuple[_Indices, _Values]]


def _accumulate(query: Vector, postings: Postings, size: int) -> np.ndarray:
    """Sum over the query's features of weight x posting value, per document."""
    indices: list[_Indices] = []
    values: list[_Values] = []
    weights: list[float] = []
    for feat, weight in query.items():
        found = postings.get(feat)
        if found is not None:
            indices.append(found[0])
            values.append(found[1])
            weights.append(weight)
    if not indices:
        return np.zeros(size)
    lengths = [len(i) for i in indices]
    scaled = np.concatenate(values) * np.repeat(np.array(weights), lengths)
    return np.bincount(np.concatenate(indices), weights=scaled, minlength=size)


def _arrays(postings: dict[str, list[tuple[int, float]]]) -> Postings:
    """Each feature's postings as (document indices, values) arrays."""
    return {
        feat: (
            np.fromiter((doc for doc, _ in items), dtype=np.intp, count=len(items)),
            np.fromiter((value for _, value in items), dtype=np.float64, count=len(items)),
        )
        for feat, items in postings.items()
    }


class Faq:
    """Entries plus a precomputed index; build it with ``load_faq``."""

    def __init__(
        self,
        entries: list[FaqEntry],
        concepts: list[Concept],
        out_of_scope: list[OutOfScope] | None = None,
        paraphrases: Mapping[str, Sequence[str]] | None = None,
    ) -> None:
        self.entries = entries
        self._by_id = {entry.id: entry for entry in entries}
        # Exact terms only: a fuzzy "세무" would catch too many ordinary words.
        scope = out_of_scope or []
        # A domain term that contains an out-of-scope word ("tax-exempt business" contains
        # "tax") shields it: the index matches the longest term, and a shield refuses nothing.
        # (An index also matches each value itself: the id "tax" is a term too.)
        words = [normalize(term) for o in scope for term in (o.id, *o.terms)]
        shields = [
            term
            for c in concepts
            if not c.generic
            for term in c.terms
            if any(w in normalize(term) and w != normalize(term) for w in words)
        ]
        # One value per term: an index reports each value once, and the refusal test below
        # needs every refusal word named ("세무서에 부가세" names two).
        # (Keyed by the term without spaces: the id "legal_advice" and the term "legal
        # advice", or "취업 비자" and "취업비자", are one word, not an ambiguity.)
        refusals: dict[str, list[str]] = {}
        for term in (t for o in scope for t in (o.id, *o.terms)):
            refusals.setdefault(normalize(term).replace(" ", ""), []).append(term)
        self._out_of_scope = AliasIndex(
            sorted(refusals.items()) + ([(_IN_SCOPE, shields)] if shields else []),
            fuzzy=False,
        )
        self._featurizer = _Featurizer(concepts)
        self._bare = bare.BareTopics(
            (c.id, c.overview, c.terms) for c in concepts if c.overview is not None
        )
        self._feature_weight = {"c:" + c.id: c.weight for c in concepts if c.weight != 1.0}
        self._domain = frozenset("c:" + c.id for c in concepts if not c.generic)
        extra = paraphrases or {}
        unknown = sorted(set(extra) - set(self._by_id))
        if unknown:
            raise ValueError(f"paraphrases for unknown FAQ entries: {unknown}")
        # (entry index, features, weight): the entry's own questions, then the extra phrasings.
        docs: list[tuple[int, Counter[str], float]] = [
            (index, self._featurizer.counts(question), 1.0)
            for index, entry in enumerate(entries)
            for lang in Lang
            for question in entry.questions.get(lang)
        ]
        docs += [
            (index, self._featurizer.counts(text), PARAPHRASE_WEIGHT)
            for index, entry in enumerate(entries)
            for text in extra.get(entry.id, ())
        ]
        df: Counter[str] = Counter(feat for _, counts, _ in docs for feat in counts)
        n = len(docs)
        self._idf = {feat: math.log((n + 1) / (count + 1)) + 1.0 for feat, count in df.items()}
        self._oov_idf = math.log(n + 1) + 1.0
        vectors = [
            (index, {f: v * weight for f, v in self._vector(counts).items()})
            for index, counts, weight in docs
        ]
        # Each entry's phrasings side by side, so the best one per entry is one reduction.
        vectors.sort(key=lambda item: item[0])
        self._owner = [index for index, _ in vectors]
        self._starts = np.searchsorted(np.array(self._owner), np.arange(len(entries)))
        centroids: list[Vector] = [{} for _ in entries]
        for index, vector in vectors:
            for feat, value in vector.items():
                centroids[index][feat] = centroids[index].get(feat, 0.0) + value
        # What each entry knows: a question whose weight lies mostly outside it is not asking
        # what the entry answers, whatever its cosine.
        self._vocab = [frozenset(c) for c in centroids]
        # Unit centroids: indexed for lookups, kept for ``neighbours`` (computed once).
        self._units = [_unit(c) for c in centroids]
        # How many entries name each domain concept: a concept few entries name is specific
        # evidence of what is asked (know34).
        self._concept_reach: Counter[str] = Counter(
            f for vocab in self._vocab for f in vocab if f in self._domain
        )
        # Inverted indices: a query touches only the postings of its own features.
        self._para_postings = _arrays(_postings(vector for _, vector in vectors))
        self._centroid_postings = _arrays(_postings(self._units))
        self._refusal_memo: dict[str, frozenset[str]] = {}
        self._bare_memo: dict[str, str | None] = {}
        # What each entry says, in both languages: a paraphrase that shares few words with the
        # entry's questions often shares them with its answer ("주민번호 뒷자리" is in the
        # seal certificate's answer, not in its questions).
        self._answers = [
            self._vector(self._featurizer.counts(f"{e.answer.ko}\n{e.answer.en}")) for e in entries
        ]
        # Everything an entry says or is asked with, as written (lower case): whether it names
        # an SDK value or an API path a question asks about (``mentions``).
        self._texts = [
            " ".join(
                (*e.questions.ko, *e.questions.en, *extra.get(e.id, ()), e.answer.ko, e.answer.en)
            ).lower()
            for e in entries
        ]
        # The refusal words each entry itself uses: "포트원 호스팅으로 등록된 MID" is in the
        # MID-reuse answer and "세무서" on the registration certificate's, so a question the
        # FAQ answers with that entry is not refused for naming them (see ``_refused``).
        self._own_refusals = [
            frozenset().union(
                *(
                    self._refusal_words(piece)
                    for piece in (*e.questions.ko, *e.questions.en, e.answer.ko, e.answer.en)
                )
            )
            for e in entries
        ]

    def _vector(self, counts: Counter[str]) -> Vector:
        # Features the FAQ never uses keep the rarest IDF: they match nothing but still count
        # in the norm, so "recommend a good pizza place" is mostly unexplained, not "recommend".
        return _unit(
            {
                feat: (1.0 + math.log(count))
                * self._idf.get(feat, self._oov_idf)
                * _WEIGHTS[feat[0]]
                * self._feature_weight.get(feat, 1.0)
                for feat, count in counts.items()
            }
        )

    def entry(self, entry_id: str) -> FaqEntry:
        return self._by_id[entry_id]

    def _score(self, query: Vector) -> list[tuple[float, int]]:
        return self._score_parts(query)[0]

    def _score_parts(self, query: Vector) -> tuple[list[tuple[float, int]], int]:
        """The ranking, and the entry whose whole vocabulary (centroid) alone is closest."""
        # Sparse dot products over the postings of the query's features, in numpy: with a
        # dozen phrasings per entry a pure-Python loop over every phrasing was most of the
        # time of a question.
        # One bincount per matrix over all the query's postings: a long message has a hundred
        # features, and an indexed add per feature was the slowest part of its lookup. The sums
        # per entry are taken in the same order as before, so the scores are the same.
        para = _accumulate(query, self._para_postings, len(self._owner))
        cent = _accumulate(query, self._centroid_postings, len(self.entries))
        best = np.maximum.reduceat(para, self._starts)
        share = _BEST_PARAPHRASE_SHARE
        scores = (share * best + (1 - share) * cent).tolist()
        ranked = list(zip(scores, range(len(scores)), strict=True))
        ranked.sort(reverse=True)
        return ranked, int(np.argmax(cent))

    def scores(self, text: str) -> list[tuple[float, int]]:
        """(score 0-1, entry index) for every entry, best first."""
        query = self._vector(self._featurizer.counts(text))
        return self._score(query) if query else []

    def mentions(self, entry_id: str, identifiers: Iterable[str]) -> bool:
        """Whether entry ``entry_id`` names every one of ``identifiers`` (lower case)."""
        said = self._texts[self.entries.index(self._by_id[entry_id])]
        return all(identifier in said for identifier in identifiers)

    def hit_for(self, entry_id: str, text: str, lang: Lang) -> FaqHit:
        """Entry ``entry_id`` as the answer to ``text``, with the score the text gives it (for
        an answer chosen by a rule rather than by retrieval)."""
        index = self.entries.index(self._by_id[entry_id])
        score = next((s for s, i in self.scores(text) if i == index), 0.0)
        return self._hit(score, index, lang)

    def _hit(self, score: float, index: int, lang: Lang) -> FaqHit:
        entry = self.entries[index]
        return FaqHit(
            entry.id,
            round(score * 100, 1),
            entry.question(lang),
            entry.answer.get(lang),
            entry.topic,
        )

    def _other_pg_penalty(self, text: str, ranked: list[tuple[float, int]]) -> None:
        """Entries about one PG's procedure lose ground when the question names no PG or
        another one ("MID 언제 나와요?" is not only about Danal), and gain when it names theirs."""
        if not any(self.entries[i].pg for _, i in ranked[:_PENALTY_WINDOW]):
            return
        named = _named_pgs(text)
        for k, (score, i) in enumerate(ranked):
            pg = self.entries[i].pg
            if pg is not None:
                factor = SAME_PG_FACTOR if pg in named else OTHER_PG_FACTOR
                ranked[k] = (min(1.0, score * factor), i)
        ranked.sort(reverse=True)

    def _rerank(self, query: Vector, ranked: list[tuple[float, int]]) -> None:
        """Neighbouring entries (application steps vs status stages, a documents list vs one
        document's rule) share most question words; their answers differ. Each of the best
        few gains in proportion to the cosine of the question with its answer text, so the
        one whose answer is about what was asked moves ahead, and the margin says so."""
        window = ranked[:RERANK_WINDOW]
        for k, (score, i) in enumerate(window):
            answer = self._answers[i]
            similarity = sum(w * answer.get(f, 0.0) for f, w in query.items())
            ranked[k] = (min(1.0, score + RERANK_WEIGHT * similarity), i)
        ranked.sort(reverse=True)

    def _refusal_words(self, text: str) -> frozenset[str]:
        # Asked twice per message (whether it is out of scope, then whether the best entry
        # itself uses the words): the second time is a look-up.
        known = self._refusal_memo.get(text)
        if known is not None:
            return known
        found = self._out_of_scope.extract(_ASKER.sub(" ", normalize(text))).matches
        words = frozenset(match.value for match in found if match.value != _IN_SCOPE)
        if len(self._refusal_memo) >= _REFUSAL_MEMO_SIZE:
            self._refusal_memo.clear()
        self._refusal_memo[text] = words
        return words

    def out_of_scope(self, text: str) -> bool:
        """The question names a topic the FAQ deliberately does not answer. Who is asking is
        not the topic: in "경리팀에서 물어보는데요, 통장 사본은…" or "my accountant asked me
        whether…" the accounting word says who wants to know, so it is left out."""
        return bool(self._refusal_words(text))

    def _refused(self, text: str, best: int) -> bool:
        """Out of scope unless every refusal word named is one the best entry itself uses:
        the entry's own wording is strong on-topic evidence (its score still has to pass
        the rule), while "세무서에 부가세 신고" keeps "부가세", which no entry answers."""
        words = self._refusal_words(text)
        return bool(words) and not words <= self._own_refusals[best]

    def rank(self, text: str) -> tuple[list[tuple[float, int]], Signals] | None:
        """Every entry's score (best first) and the signals the decision reads; None when
        the text has no features at all."""
        counts, across = self._featurizer.features(text)
        query = self._vector(counts)
        if not query:
            return None
        # "접수완료 다음 단계": "료다" is no word the question says, so it does not make the
        # runner-up a second reading of its own (know13's rule in knowledge/confidence.py).
        # The best entry keeps them: leaving them out there too lost right answers (know14).
        said = {f: w for f, w in query.items() if f not in across}
        ranked, by_vocabulary = self._score_parts(query)
        self._other_pg_penalty(text, ranked)
        self._rerank(query, ranked)
        top, runner_up = ranked[0][0], (ranked[1][0] if len(ranked) > 1 else 0.0)
        vocab = self._vocab[ranked[0][1]]
        # "노래 추천해줘" shares "추천" with the PG-choice entry but names no payment concept;
        # a PG, a method or the word "결제" alone is weaker evidence ("카드 결제가 두 번
        # 됐어요" is a shopper's complaint), so the rule asks more of the score then.
        by_concept = not self._domain.isdisjoint(counts)
        second = self._vocab[ranked[1][1]] if len(ranked) > 1 else vocab
        rival, reach = self.unexplained_rival(counts, [i for _, i in ranked[:3]])
        signals = Signals(
            top=top,
            runner_up=runner_up,
            coverage=sum(w * w for f, w in query.items() if f in vocab),
            by_concept=by_concept,
            by_name=not by_concept and _names_payments(text),
            out_of_scope=self._refused(text, ranked[0][1]),
            own_top=sum(w * w for f, w in query.items() if f in vocab and f not in second),
            own_runner_up=sum(w * w for f, w in said.items() if f in second and f not in vocab),
            # The score leans on the closest single phrasing; the entry's whole vocabulary is
            # the other view of the same question. When they name different entries the
            # question reads like one entry's phrasing and talks like another (know19).
            agrees=by_vocabulary == ranked[0][1],
            same_topic=len(ranked) < 2
            or self.entries[ranked[0][1]].topic == self.entries[ranked[1][1]].topic,
            missing_rival=rival,
            missing_reach=reach,
        )
        return ranked, signals

    def unexplained_rival(
        self, counts: Mapping[str, float], order: Sequence[int]
    ) -> tuple[int, int]:
        """know34: a domain concept the message names which the best entry of ``order`` (entry
        indices, best first) never names and the second or third does, as (that entry's place,
        1 or 2; how many entries name the concept); (0, 0) when there is none, and of several
        the most specific concept (named by the fewest entries). "법인등록번호는 어디
        적혀있어요?" names the corporate number; the entry that wins (why the number fails a
        check) knows it, but "where is it printed" is the certificate-fields entry's. A
        message naming a specific concept its answer never mentions while a close neighbour
        does asks the neighbour's question often (knowledge/confidence.py,
        ``Rule.missing_concept_reach``)."""
        if len(order) < 2:
            return 0, 0
        missing = self._domain.intersection(counts) - self._vocab[order[0]]
        found = (0, 0)
        for concept in missing:
            reach = self._concept_reach[concept]
            for place, index in enumerate(order[1:3], start=1):
                if concept in self._vocab[index] and (not found[1] or reach < found[1]):
                    found = (place, reach)
                    break
        return found

    def neighbours(self, text: str, ranked: list[tuple[float, int]]) -> tuple[float, float, float]:
        """How the best entry of ``ranked`` (from ``rank(text)``) stands against its neighbours,
        for the rule forms bench/knowledge_cv.py --forms measures (the rule in
        knowledge/confidence.py does not read them, so a lookup does not compute them): the
        best score of an entry of another topic, the question's weight the best entry knows
        and the runner-up does not, and the smaller of the leads of the concepts and of the
        words (bigrams, stems) over the runner-up."""
        query = self._vector(self._featurizer.counts(text))
        best = ranked[0][1]
        topic = self.entries[best].topic
        other = next((s for s, i in ranked[1:] if self.entries[i].topic != topic), 0.0)
        second = ranked[1][1] if len(ranked) > 1 else best
        top_vocab, second_vocab = self._vocab[best], self._vocab[second]
        distinct = sum(w * w for f, w in query.items() if f in top_vocab and f not in second_vocab)
        lead = 1.0
        for family in ("c", "bwt"):
            part = [(f, w) for f, w in query.items() if f[0] in family]
            if part:
                one, two = self._units[best], self._units[second]
                lead = min(lead, sum(w * (one.get(f, 0.0) - two.get(f, 0.0)) for f, w in part))
        return other, distinct, lead

    def bare_entry(self, text: str) -> str | None:
        """The entry for a bare message (knowledge/bare.py): a chat command, a question to
        the assistant about itself, or one topic named alone; None for anything else."""
        # Asked twice per message (knowledge/scope.py, then the lookup): the second is a look-up.
        if text in self._bare_memo:
            return self._bare_memo[text]
        entry = bare.command_entry(text)
        if entry is None and bare.about_assistant(text):
            entry = bare.ASSISTANT_SCOPE
        if entry is None:
            entry = self._bare.entry(text)
        found = entry if entry in self._by_id else None
        if len(self._bare_memo) >= _REFUSAL_MEMO_SIZE:
            self._bare_memo.clear()
        self._bare_memo[text] = found
        return found

    def lookup(self, text: str, lang: Lang | None = None, rule: Rule = DEFAULT_RULE) -> FaqResult:
        """Answer ``text`` from the FAQ in ``lang`` (detected from the text when None)."""
        lang = lang or detect_lang(text) or Lang.KO
        found = self.rank(text)
        plain = self.bare_entry(text)
        if plain is not None:
            # A chat command, a question to the assistant about itself or a topic named
            # alone: the entry a support agent gives, whatever the few words tie or miss.
            index = self.entries.index(self._by_id[plain])
            ranking = found[0] if found else []
            hit = self._hit(next((s for s, i in ranking if i == index), 0.0), index, lang)
            others = [
                self._hit(s, i, lang)
                for s, i in (found[0] if found else [])[:4]
                if self.entries[i].id != plain and s >= ALTERNATIVE_FLOOR
            ][:3]
            return FaqResult(hit, others, lang, signals=found[1] if found else None)
        if found is None:
            return FaqResult(None, [], lang)
        ranked, signals = found
        decision = decide(signals, rule)
        confident = decision is Decision.ANSWER
        best = self._hit(*ranked[0], lang) if confident else None
        rest = ranked[1:] if confident else ranked
        alternatives = [self._hit(s, i, lang) for s, i in rest[:3] if s >= ALTERNATIVE_FLOOR]
        close: list[FaqHit] = []
        if decision is Decision.CLARIFY:
            close = [self._hit(*ranked[0], lang), self._hit(*ranked[1], lang)]
            third = len(ranked) > 2 and ranked[2][0] >= ranked[1][0] - rule.third_option_gap
            if third or (len(ranked) > 2 and signals.missing_rival == 2 and missing(signals, rule)):
                # a third entry as close to the second as the second is to a tie: one more
                # button beats a question whose two options are both wrong (know32)
                close.append(self._hit(*ranked[2], lang))
        return FaqResult(best, alternatives, lang, close, signals)


def _check_unique_ids(labelled: Iterable[tuple[str, FaqEntry]]) -> None:
    seen: set[str] = set()
    for label, entry in labelled:
        if entry.id in seen:
            raise DataError(FAQ_FILE, label, "id", f"duplicate id '{entry.id}'")
        seen.add(entry.id)


def load_faq_from(data_dir: Path) -> Faq:
    """Load and index the FAQ in ``data_dir`` (uncached; for tests and the CLI)."""
    raw: dict[str, Any] = read_yaml(data_dir / FAQ_FILE)
    entries = list(validate_entries(raw, "entries", FaqEntry, FAQ_FILE, "id"))
    if not entries:
        raise DataError(FAQ_FILE, None, "entries", "the FAQ has no entries")
    _check_unique_ids(entries)
    named = [(label, entry) for label, entry in entries if entry.pg is not None]
    pgs = {pg.code for pg in load_catalog_from(data_dir).pgs} if named else set()
    for label, entry in named:
        if entry.pg not in pgs:
            raise DataError(FAQ_FILE, label, "pg", f"unknown PG '{entry.pg}'")
    concepts = list(validate_entries(raw, "concepts", Concept, FAQ_FILE, "id"))
    ids = {entry.id for _, entry in entries}
    for label, concept in concepts:
        if concept.overview is not None and concept.overview not in ids:
            raise DataError(FAQ_FILE, label, "overview", f"unknown entry '{concept.overview}'")
    scope = list(validate_entries(raw, "out_of_scope", OutOfScope, FAQ_FILE, "id"))
    paraphrases = load_paraphrases(data_dir / PARAPHRASE_DIR, {e.id for _, e in entries})
    return Faq(
        [e for _, e in entries], [c for _, c in concepts], [o for _, o in scope], paraphrases
    )


def load_paraphrases(folder: Path, entry_ids: set[str]) -> dict[str, tuple[str, ...]]:
    """Every ``*.yaml`` in ``folder`` (none when it does not exist), merged per entry id, both
    languages together. A file naming an entry the FAQ does not have is a load error: the
    phrasings were written for an entry that was renamed or removed, and silently dropping
    them would hide that."""
    merged: dict[str, list[str]] = {}
    files = sorted(folder.glob("*.yaml")) if folder.is_dir() else []
    for path in files:
        label = f"{PARAPHRASE_DIR}/{path.name}"
        try:
            parsed = ParaphraseFile.model_validate(read_yaml(path))
        except DataError as exc:
            raise DataError(label, None, None, exc.message) from exc
        except ValidationError as exc:
            first = exc.errors()[0]
            loc = [str(part) for part in first["loc"]]
            entry = loc[1] if len(loc) > 1 and loc[0] == "entries" else None
            where = ".".join(loc[2:] if entry is not None else loc) or None
            raise DataError(label, entry, where, first["msg"]) from exc
        for entry_id, phrasings in parsed.entries.items():
            if entry_id not in entry_ids:
                raise DataError(label, entry_id, None, f"unknown FAQ entry id '{entry_id}'")
            merged.setdefault(entry_id, []).extend((*phrasings.ko, *phrasings.en))
    return {entry_id: tuple(dict.fromkeys(texts)) for entry_id, texts in merged.items()}


@cache
def load_faq() -> Faq:
    """The packaged FAQ, loaded and indexed once per process."""
    return load_faq_from(DATA_DIR)
