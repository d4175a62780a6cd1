"""The third independent set of 사업자등록증 images (see README.md and bench/blindcert3.md)."""

from tests.support.blind_certs3.fonts import FACES, available_faces
from tests.support.blind_certs3.render import Certificate, PlanItem, plan, render_certificate

__all__ = ["FACES", "Certificate", "PlanItem", "available_faces", "plan", "render_certificate"]
