"""A second, independent renderer of 사업자등록증 for measuring the OCR reader blind.

Written from the form's layout facts (`/work/shared/domain-facts.md` §4–5) without looking at
the renderer the reader was developed against (`tests/support/certificates.py`), with other
layouts, faces and degradations. `bench/blindcert.py` draws the frozen set from it; never
tune the reader on what it renders (see `bench/blindcert.md`).

    cert = render_blind_certificate(7, form="corporate", layout="ruled",
                                    face="UnBatang", degradation="scan150")
    cert.data, cert.filename, cert.truth["fields"]
"""

from __future__ import annotations

import random
from dataclasses import dataclass
from typing import Any

from tests.support.blind_certs.degrade import DEGRADATIONS, RENDER_DPI, degrade
from tests.support.blind_certs.fonts import FACES, available_faces
from tests.support.blind_certs.layouts import LAYOUTS, choose_style, draw_certificate
from tests.support.blind_certs.values import random_values

FORMS = ("일반", "간이", "면세", "corporate")
__all__ = [
    "DEGRADATIONS",
    "FACES",
    "FORMS",
    "LAYOUTS",
    "BlindCertificate",
    "available_faces",
    "plan",
    "render_blind_certificate",
]


@dataclass(frozen=True)
class BlindCertificate:
    data: bytes
    filename: str
    truth: dict[str, Any]

    @property
    def fields(self) -> dict[str, str]:
        fields: dict[str, str] = self.truth["fields"]
        return fields


def render_blind_certificate(
    seed: int, *, form: str, layout: str, face: str, degradation: str, name: str = ""
) -> BlindCertificate:
    """One certificate; the same arguments always give the same bytes and truth."""
    rng = random.Random(f"blind-cert/{seed}/{form}/{layout}/{face}/{degradation}")
    kind = "corporate" if form == "corporate" else "individual"
    taxpayer = None if kind == "corporate" else form
    values = random_values(rng, kind, taxpayer)
    style = choose_style(rng, layout, face)
    page = draw_certificate(values, style, rng, RENDER_DPI)
    out = degrade(page.image, degradation, rng)
    stem = name or f"blind_{seed}"
    filename = f"{stem}.{out.extension}"
    truth = {
        "image": filename,
        "kind": kind,
        "taxpayer_type": taxpayer,
        "variant": degradation,
        "degradation": {"dpi": out.dpi, **out.params},
        "layout": layout,
        "style": style.describe(),
        "font": face,
        "fields": dict(values.fields),
        "also_printed": {
            "trades": [list(values.printed_trade), *(list(t) for t in values.extra_trades)],
            "issue_reason": values.issue_reason,
            "issue_number": values.issue_number,
            "email": values.email,
            "joint": values.joint,
        },
    }
    return BlindCertificate(out.data, filename, truth)


@dataclass(frozen=True, slots=True)
class PlannedCertificate:
    index: int
    form: str
    layout: str
    face: str
    degradation: str


# Shares of the set: individual certificates are the common case, corporate ones carry the
# extra fields; degradations weight the hard scans (100–150 dpi, combined) more. Free rows
# with colons are how issued certificates look; the fully ruled table (closer to the
# 사업자등록증명 and older printed forms) gets a fifth.
_LAYOUT_CYCLE = ("numbered", "numbered", "plain", "plain", "ruled")
_FORM_CYCLE = ("일반", "일반", "일반", "간이", "간이", "면세", *(("corporate",) * 4))
_DEGRADATION_CYCLE = (
    "clean", "clean", "scan200", "scan200", "scan150", "scan150", "scan150", "scan100",
    "scan100", "blur", "blur", "jpeg", "jpeg", "light", "light", "bw", "bw", "combined",
    "combined", "combined",
)  # fmt: skip


def plan(count: int, seed: int) -> list[PlannedCertificate]:
    """Which form, layout, face and degradation each certificate of a set gets.

    Each attribute is dealt from its own shuffled cycle, so the shares are exact for a count
    that is a multiple of the cycle and the attributes are mixed independently.
    """
    rng = random.Random(f"blind-plan/{seed}")

    def deal(cycle: tuple[str, ...]) -> list[str]:
        items = [cycle[i % len(cycle)] for i in range(count)]
        rng.shuffle(items)
        return items

    forms = deal(_FORM_CYCLE)
    layouts = deal(_LAYOUT_CYCLE)
    faces = deal(tuple(f.name for f in FACES))
    degradations = deal(_DEGRADATION_CYCLE)
    return [
        PlannedCertificate(i, forms[i], layouts[i], faces[i], degradations[i]) for i in range(count)
    ]
