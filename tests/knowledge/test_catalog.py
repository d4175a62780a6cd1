from pathlib import Path

import pytest
import yaml

from knowledge.catalog import (
    DATA_DIR,
    DataError,
    IntegrationMode,
    MethodCategory,
    PaymentType,
    SupportStatus,
    load_catalog,
    load_catalog_from,
)
from knowledge.language import Lang


def _copy_data(tmp_path: Path) -> Path:
    for name in ("methods.yaml", "pgs.yaml", "faq.yaml"):
        (tmp_path / name).write_text((DATA_DIR / name).read_text(encoding="utf-8"), "utf-8")
    return tmp_path


def _edit(path: Path, change: object) -> None:
    raw = yaml.safe_load(path.read_text(encoding="utf-8"))
    change(raw)  # type: ignore[operator]
    path.write_text(yaml.safe_dump(raw, allow_unicode=True), encoding="utf-8")


def test_catalog_has_the_console_tabs_and_required_methods() -> None:
    catalog = load_catalog()
    codes = {m.code for m in catalog.methods}
    required = {
        "card", "trans", "vbank", "phone", "giftcard", "kakaopay", "naverpay", "payco",
        "tosspay", "samsungpay", "applepay", "ssgpay", "lpay", "skpay", "smilepay",
        "toss_brandpay", "overseas_card", "paypal", "alipay", "wechat", "unionpay",
        "identity_phone", "identity_unified",
    }  # fmt: skip
    assert required <= codes
    assert {m.category for m in catalog.methods} == set(MethodCategory)
    assert catalog.method("identity_unified").category is MethodCategory.IDENTITY


def test_lookup_by_sdk_code_and_bilingual_names() -> None:
    catalog = load_catalog()
    assert catalog.pg("html5_inicis").code == "inicis"
    assert catalog.pg("nice_v2").name(Lang.KO) == "나이스페이먼츠"
    assert catalog.method("samsung").code == "samsungpay"
    assert catalog.method("card").name(Lang.EN) == "Credit card"
    with pytest.raises(KeyError):
        catalog.pg("nope")


def test_pgs_for_puts_the_recommended_pg_first_with_its_reason() -> None:
    found = load_catalog().pgs_for("identity_phone")
    assert found[0].pg.code == "danal"
    assert found[0].recommended
    assert found[0].reason is not None
    assert "다날" in found[0].reason.get(Lang.KO)


def test_pgs_for_easy_pay_lists_direct_before_partner() -> None:
    found = load_catalog().pgs_for("kakaopay")
    assert found[0].pg.code == "kakaopay"
    assert {f.pg.code for f in found} >= {"inicis", "kcp", "tosspayments"}


def test_subscription_support_has_modes_and_disputes() -> None:
    catalog = load_catalog()
    nice = catalog.support("nice", "card", PaymentType.SUBSCRIPTION)
    assert nice.status is SupportStatus.YES
    assert nice.modes == (IntegrationMode.API,)
    disputed = catalog.support("mobilians", "card", PaymentType.SUBSCRIPTION)
    assert disputed.status is SupportStatus.DISPUTED
    assert disputed.note is not None
    assert "C" in disputed.sources
    eximbay = catalog.support("eximbay", "overseas_card", PaymentType.SUBSCRIPTION)
    assert eximbay.status is SupportStatus.NO
    undocumented = catalog.support("payco", "card", PaymentType.KEYIN)
    assert not undocumented.supported


def test_keyin_pgs_exclude_v2_only_by_default() -> None:
    catalog = load_catalog()
    codes = [s.pg.code for s in catalog.pgs_for("card", PaymentType.KEYIN)]
    assert "kpn" not in codes
    assert "kcp" in codes
    with_v2 = catalog.pgs_for("card", PaymentType.KEYIN, include_v2_only=True)
    assert "kpn" in [s.pg.code for s in with_v2]
    # Disputed entries come after confirmed ones.
    statuses = [s.support.status for s in catalog.pgs_for("card", PaymentType.KEYIN)]
    assert statuses.index(SupportStatus.DISPUTED) > statuses.index(SupportStatus.YES)


def test_every_pg_has_a_guide_link_and_extra_fields_where_documented() -> None:
    catalog = load_catalog()
    assert all(pg.guide_url.startswith("https://developers.portone.io/") for pg in catalog.pgs)
    assert catalog.pg("payco").extra_fields
    assert catalog.contract_flow(catalog.pg("inicis").contract.flow).steps


def test_missing_field_names_file_entry_and_field(tmp_path: Path) -> None:
    data = _copy_data(tmp_path)
    _edit(data / "methods.yaml", lambda raw: raw["methods"][2]["names"].pop("en"))
    with pytest.raises(DataError) as info:
        load_catalog_from(data)
    error = info.value
    assert error.file == "methods.yaml"
    assert error.entry == "methods[2] 'vbank'"
    assert error.field == "names.en"
    assert "methods.yaml" in str(error)
    assert "vbank" in str(error)


def test_bad_support_status_names_the_pg(tmp_path: Path) -> None:
    data = _copy_data(tmp_path)

    def change(raw: dict[str, list[dict[str, object]]]) -> None:
        raw["pgs"][1]["supports"][0]["keyin"] = "maybe"  # type: ignore[index]

    _edit(data / "pgs.yaml", change)
    with pytest.raises(DataError) as info:
        load_catalog_from(data)
    assert info.value.file == "pgs.yaml"
    assert info.value.entry == "pgs[1] 'kcp'"
    assert info.value.field is not None
    assert info.value.field.startswith("supports.0.keyin")


def test_unknown_method_reference_is_reported(tmp_path: Path) -> None:
    data = _copy_data(tmp_path)

    def change(raw: dict[str, list[dict[str, list[dict[str, list[str]]]]]]) -> None:
        raw["pgs"][0]["supports"][0]["methods"].append("bitcoin")

    _edit(data / "pgs.yaml", change)
    with pytest.raises(DataError, match=r"pgs\[0\] 'inicis'.*supports\.0\.methods\.1.*bitcoin"):
        load_catalog_from(data)


def test_broken_yaml_names_the_file(tmp_path: Path) -> None:
    data = _copy_data(tmp_path)
    (data / "pgs.yaml").write_text("pgs: [unclosed", encoding="utf-8")
    with pytest.raises(DataError, match=r"^pgs\.yaml: invalid YAML"):
        load_catalog_from(data)
