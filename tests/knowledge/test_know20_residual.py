"""know20's bench feature (bench/know20_residual.py): a catalog question less the names the
catalog reads, in both languages."""

from __future__ import annotations

from bench.know20_residual import residual


def test_residual_leaves_what_is_asked_of_the_names() -> None:
    assert residual("Does Kiwoom Pay support Samsung Pay?") == "does support ?"
    assert residual("which PGs support virtual accounts?") == "which pgs support ?"
    assert residual("엑심베이 정기결제 되요?") == "되요?"
    assert residual("상품권 팔면 위험업종이라 거절되나요") == "팔면 위험업종이라 거절되나요"
