"""How the page reaches us in set 5: phone photos, screenshots and scanner PDFs, drawn from the
certificate PDF rasterised by PDFium (the way a printer or a viewer would draw it)."""

from __future__ import annotations

import io
import random
from typing import Any

import cv2
import numpy as np
import pypdfium2 as pdfium
from PIL import Image, ImageDraw, ImageFont

Array = Any  # numpy arrays: their arithmetic is untyped anyway

_GOTHIC = "/usr/share/fonts/truetype/nanum/NanumGothic.ttf"
_GOTHIC_B = "/usr/share/fonts/truetype/nanum/NanumGothicBold.ttf"


def rasterise(pdf: bytes, dpi: float, page: int = 0) -> Array:
    doc = pdfium.PdfDocument(pdf)
    try:
        bitmap = doc[page].render(scale=dpi / 72, draw_annots=False)
        img = np.asarray(bitmap.to_pil().convert("RGB")).copy()
    finally:
        doc.close()
    return img


def jpeg(img: Array, quality: int, subsampling: int = 2) -> bytes:
    buf = io.BytesIO()
    Image.fromarray(img).save(buf, format="JPEG", quality=quality, subsampling=subsampling)
    return buf.getvalue()


def png(img: Array) -> bytes:
    buf = io.BytesIO()
    Image.fromarray(img).save(buf, format="PNG", optimize=False, compress_level=6)
    return buf.getvalue()


def decode(data: bytes) -> Array:
    return np.asarray(Image.open(io.BytesIO(data)).convert("RGB")).copy()


def _clip(img: Array) -> Array:
    return np.clip(img, 0, 255).astype(np.uint8)


def _background(rng: np.random.Generator, h: int, w: int) -> Array:
    """A desk, a tablecloth or a lap: a colour with low-frequency texture."""
    base = rng.choice([(120, 92, 66), (70, 72, 78), (190, 185, 175), (40, 40, 44), (150, 160, 170)])
    tex = cv2.resize(
        rng.normal(0, 18, (h // 32 + 2, w // 32 + 2)), (w, h), interpolation=cv2.INTER_CUBIC
    )
    grain = rng.normal(0, 6, (h, w))
    out = np.empty((h, w, 3), np.float32)
    for c in range(3):
        out[..., c] = base[c] + tex + grain
    return out


def _place(
    page: Array, rng: np.random.Generator, fill: float, keystone: float, tilt: float, out_long: int
) -> tuple[Array, Array]:
    """Put the page on a background and photograph it: returns the photo and the page mask."""
    ph, pw = page.shape[:2]
    sh_ = out_long
    sw = int(out_long * 3 / 4)
    scale = fill * min(sh_ / ph, sw / pw)
    cw, ch = pw * scale, ph * scale
    cx, cy = sw / 2 + rng.uniform(-0.04, 0.04) * sw, sh_ / 2 + rng.uniform(-0.03, 0.03) * sh_
    corners = np.array([[-cw / 2, -ch / 2], [cw / 2, -ch / 2], [cw / 2, ch / 2], [-cw / 2, ch / 2]])
    # keystone: the far edge (top or bottom, sometimes a side) shorter
    side = rng.integers(0, 4)
    k = keystone
    if side == 0:
        corners[0, 0] += k * cw
        corners[1, 0] -= k * cw
    elif side == 1:
        corners[3, 0] += k * cw
        corners[2, 0] -= k * cw
    elif side == 2:
        corners[0, 1] += k * ch
        corners[3, 1] -= k * ch
    else:
        corners[1, 1] += k * ch
        corners[2, 1] -= k * ch
    corners += rng.uniform(-0.012, 0.012, corners.shape) * np.array([cw, ch])
    t = np.deg2rad(tilt)
    rot = np.array([[np.cos(t), -np.sin(t)], [np.sin(t), np.cos(t)]])
    dst = (corners @ rot.T + [cx, cy]).astype(np.float32)
    src = np.array([[0, 0], [pw, 0], [pw, ph], [0, ph]], dtype=np.float32)
    m = cv2.getPerspectiveTransform(src, dst)
    warped = cv2.warpPerspective(page, m, (sw, sh_), flags=cv2.INTER_AREA, borderValue=(0, 0, 0))
    mask = cv2.warpPerspective(
        np.full((ph, pw), 255, np.uint8), m, (sw, sh_), flags=cv2.INTER_LINEAR
    )
    bg = _background(rng, sh_, sw)
    a = (mask.astype(float) / 255)[..., None]
    shadow = cv2.GaussianBlur(mask, (0, 0), 12).astype(float)[..., None] / 255
    bg = bg * (1 - 0.35 * shadow)
    return a * warped + (1 - a) * bg, mask


def _light(img: Array, rng: np.random.Generator, low: float, high: float) -> Array:
    h, w = img.shape[:2]
    yy, xx = np.mgrid[0:h, 0:w].astype(np.float32)
    ang = rng.uniform(0, 2 * np.pi)
    ramp = np.cos(ang) * xx / w + np.sin(ang) * yy / h
    ramp = (ramp - ramp.min()) / (np.ptp(ramp) + 1e-9)
    gain = low + (high - low) * ramp
    return img * gain[..., None]


def _noise(img: Array, rng: np.random.Generator, sigma: float, chroma: float = 0.0) -> Array:
    h, w = img.shape[:2]
    out = img + rng.normal(0, sigma, (h, w, 1))
    if chroma:
        c = cv2.resize(rng.normal(0, chroma, (h // 2, w // 2, 3)), (w, h))
        out = out + c
    return out


def _tint(img: Array, rng: np.random.Generator, warm: float) -> Array:
    return img * np.array([1 + warm, 1.0, 1 - warm * 1.2])


def _curve(page: Array, rng: np.random.Generator) -> Array:
    """Bent paper: rows bulge (a sheet lifted in the middle or curling at an edge), with the
    shading a curved sheet takes."""
    h, w = page.shape[:2]
    amp = rng.uniform(0.012, 0.03) * h
    kind = rng.integers(0, 2)
    xs = np.arange(w, dtype=np.float32)
    ys = np.arange(h, dtype=np.float32)
    u = xs / w
    bend = np.sin(np.pi * u) if kind == 0 else np.clip((u - 0.6) / 0.4, 0, 1) ** 2
    map_x = np.tile(xs, (h, 1))
    v = ys / h
    map_y = ys[:, None] + (amp * bend[None, :] * (0.6 + 0.8 * v[:, None]) - amp * 0.5).astype(
        np.float32
    )
    map_x = map_x - (amp * 0.3 * np.cos(np.pi * v))[:, None].astype(np.float32) * bend[None, :]
    out = cv2.remap(
        page,
        map_x.astype(np.float32),
        map_y.astype(np.float32),
        cv2.INTER_LINEAR,
        borderValue=(250, 250, 250),
    )
    slope = np.gradient(bend)
    shade = 1 - 18 * np.abs(slope) * rng.uniform(0.6, 1.2) * w / 1000
    return out * np.clip(shade, 0.75, 1.05)[None, :, None]


def _glare(img: Array, rng: np.random.Generator, mask: Array) -> Array:
    h, w = img.shape[:2]
    cx, cy = rng.uniform(0.25, 0.75) * w, rng.uniform(0.2, 0.8) * h
    rx, ry = rng.uniform(0.08, 0.18) * w, rng.uniform(0.05, 0.12) * h
    yy, xx = np.mgrid[0:h, 0:w].astype(np.float32)
    d = ((xx - cx) / rx) ** 2 + ((yy - cy) / ry) ** 2
    spot = np.exp(-d * 1.3) * rng.uniform(0.45, 0.7)
    on_page = mask.astype(float) / 255
    return img + (255 - img) * (spot * on_page)[..., None]


def photo(
    page: Array, kind: str, rng: np.random.Generator, fill: float | None = None, rotation: int = 0
) -> tuple[bytes, dict[str, Any]]:
    """A phone photo of the printed page. ``kind``: keystone, curved, glare, moire, lowlight,
    messenger. ``fill`` near 1 frames the sheet so tightly its edges are cut (never the ink);
    ``rotation`` is a photo saved sideways (degrees anticlockwise)."""
    params: dict[str, Any] = {"kind": kind, "rotation": rotation}
    if kind == "curved":
        page = _curve(page.astype(float), rng)
    keystone = rng.uniform(0.07, 0.14) if kind == "keystone" else rng.uniform(0.01, 0.04)
    tilt = rng.uniform(-6, 6) if kind == "keystone" else rng.uniform(-2.5, 2.5)
    long_edge = int(rng.choice([2400, 3024, 2560])) if kind != "messenger" else 2400
    fill = rng.uniform(0.8, 0.93) if fill is None else rng.uniform(0.98, 1.03)
    params.update(keystone=round(float(keystone), 3), tilt=round(float(tilt), 2),
                  long_edge=long_edge, fill=round(float(fill), 3))  # fmt: skip
    if kind == "moire":
        page = _monitor(page, rng, params)
    img, mask = _place(page.astype(np.float32), rng, fill, keystone, tilt, long_edge)
    if kind == "moire":
        img = img * np.array([0.93, 0.98, 1.08]) * 0.9 + 10
    if kind == "glare":
        img = _light(img, rng, rng.uniform(0.6, 0.75), 1.0)
        img = _glare(img, rng, mask)
    elif kind == "lowlight":
        img = _light(img, rng, 0.22, rng.uniform(0.32, 0.42))
        img = _tint(img, rng, rng.uniform(0.05, 0.12))
        img = _noise(img, rng, rng.uniform(7, 11), chroma=rng.uniform(4, 8))
        img = cv2.GaussianBlur(_clip(img), (0, 0), 0.9).astype(float)  # the phone's denoising
        img = img * rng.uniform(2.0, 2.5) - 10  # and its brightening: the noise comes up too
        img = _noise(img, rng, 2.5)
    else:
        img = _light(img, rng, rng.uniform(0.72, 0.88), 1.02)
        img = _noise(img, rng, rng.uniform(1.5, 3.5))
    img = _clip(img)
    sigma = float(rng.uniform(0.5, 1.1))
    img = cv2.GaussianBlur(img, (0, 0), sigma)
    params["blur"] = round(sigma, 2)
    if rotation:
        img = np.ascontiguousarray(np.rot90(img, rotation // 90))
    if kind == "messenger":
        # saved by the camera, then a messenger re-sends it twice (each time smaller, JPEG again)
        data = jpeg(img, 92)
        for edge, q in ((1600, int(rng.integers(70, 80))), (1280, int(rng.integers(58, 70)))):
            im = decode(data)
            h, w = im.shape[:2]
            s = edge / max(h, w)
            im = cv2.resize(im, (int(w * s), int(h * s)), interpolation=cv2.INTER_AREA)
            data = jpeg(im, q)
            params.setdefault("resent", []).append([edge, q])
        return data, params
    # phone JPEGs at the camera's size, then scaled for upload
    target = int(rng.choice([1600, 2000, 2400]))
    h, w = img.shape[:2]
    s = target / max(h, w)
    img = cv2.resize(img, (int(w * s), int(h * s)), interpolation=cv2.INTER_AREA)
    q = int(rng.integers(78, 92))
    params.update(out_long=target, quality=q)
    return jpeg(img, q), params


def _monitor(page: Array, rng: np.random.Generator, params: dict[str, Any]) -> Array:
    """The page shown on a monitor (screen dpi, RGB sub-pixel stripes), to be photographed:
    resampling the stripes in the camera makes moiré."""
    h, w = page.shape[:2]
    screen_w = int(rng.integers(620, 760))
    s = screen_w / w
    small = cv2.resize(page, (screen_w, int(h * s)), interpolation=cv2.INTER_AREA).astype(float)
    rep = int(rng.integers(5, 7))
    big = np.repeat(np.repeat(small, rep, axis=0), rep, axis=1)
    stripes = np.zeros((rep, rep, 3))
    third = max(1, rep // 3)
    for c in range(3):
        stripes[:, c * third : (c + 1) * third, c] = 1.0
    stripes[-1, :, :] = 0.15  # the gap between pixel rows
    stripes = stripes * 0.75 + 0.25
    tile = np.tile(stripes, (small.shape[0], small.shape[1], 1))
    params.update(screen_px=screen_w, subpixel=rep)
    return big * tile * 1.6


def _text(
    draw: ImageDraw.ImageDraw,
    xy: tuple[float, float],
    text: str,
    size: int,
    fill: tuple[int, ...],
    bold: bool = False,
) -> None:
    draw.text(xy, text, font=ImageFont.truetype(_GOTHIC_B if bold else _GOTHIC, size), fill=fill)


def screenshot(
    pdf: bytes, kind: str, rng: random.Random, filename: str
) -> tuple[bytes, str, dict[str, Any]]:
    """A screenshot at screen resolution. ``kind``: viewer_light, viewer_dark, hometax, phone.
    Returns the file, its extension and the parameters."""
    if kind == "phone":
        return _phone(pdf, rng, filename)
    dpi = rng.choice((96, 110, 120, 132, 144))
    page = rasterise(pdf, dpi)
    ph, pw = page.shape[:2]
    dark = kind == "viewer_dark"
    bar = 36 if kind != "hometax" else 112
    sw = max(pw + 360, rng.choice((1920, 2560)))
    fits = [h for h in (1080, 1200, 1440, 1600, 2160) if h >= ph + bar + 60]
    sh_ = fits[0] if fits else ph + bar + 60
    bgc = (40, 41, 45) if dark else (rng.randint(200, 225),) * 3
    if kind == "hometax":
        bgc = (238, 240, 244)
    canvas = Image.new("RGB", (sw, sh_), bgc)
    d = ImageDraw.Draw(canvas)
    if kind == "hometax":
        d.rectangle((0, 0, sw, 64), fill=(0, 72, 152))
        _text(d, (24, 16), "국세청 홈택스", 26, (255, 255, 255), True)
        for k, m in enumerate(
            ("조회/발급", "민원증명", "신청/제출", "신고/납부", "상담/불복/고충")
        ):
            _text(d, (300 + 150 * k, 22), m, 18, (230, 236, 255))
        d.rectangle((0, 64, sw, 112), fill=(255, 255, 255))
        _text(d, (24, 76), "민원증명 > 사업자등록증 발급 > 인쇄 미리보기", 17, (60, 60, 60))
        _text(d, (sw - 230, 76), "인쇄   저장   닫기", 17, (0, 72, 152), True)
    else:
        tb = (56, 57, 61) if dark else (245, 245, 245)
        fg = (225, 225, 225) if dark else (40, 40, 40)
        d.rectangle((0, 0, sw, bar), fill=tb)
        _text(d, (14, 8), filename, 16, fg)
        zoom = f"{round(dpi / 96 * 100)}%"
        _text(d, (sw // 2 - 60, 8), f"1 / 1     {zoom}", 16, fg)
        _text(d, (sw - 200, 8), "⤓  ⎙  ⋮", 16, fg)
    x = (sw - pw) // 2 + rng.randint(-40, 40)
    y = bar + rng.randint(14, 40)
    sh = Image.new("RGB", (pw + 16, ph + 16), (0, 0, 0) if dark else (150, 150, 150))
    canvas.paste(sh, (x - 4, y - 2))
    canvas.paste(Image.fromarray(page), (x, y))
    img = np.asarray(canvas).copy()
    params = {"dpi": dpi, "screen": [sw, sh_], "dark": dark}
    if rng.random() < 0.6:
        return png(img), "png", params
    q = rng.randint(80, 92)
    params["quality"] = q
    return jpeg(img, q), "jpg", params


def _phone(pdf: bytes, rng: random.Random, filename: str) -> tuple[bytes, str, dict[str, Any]]:
    """A phone screenshot of the certificate in a PDF app, cropped by the merchant to the page
    (status bar and toolbar gone, sometimes a sliver left), often sent on as JPEG."""
    sw = rng.choice((1080, 1170, 1284))
    page_w = sw - rng.randint(0, 40)
    dpi = page_w / 8.27
    page = rasterise(pdf, dpi)
    ph, pw = page.shape[:2]
    sh_ = ph + 420
    canvas = Image.new("RGB", (sw, sh_), (30, 30, 30))
    d = ImageDraw.Draw(canvas)
    _text(d, (60, 30), "9:41", 40, (255, 255, 255), True)
    _text(d, (sw - 220, 30), "5G  87%", 36, (255, 255, 255))
    d.rectangle((0, 110, sw, 250), fill=(250, 250, 250))
    _text(d, (40, 150), "〈  " + filename, 38, (20, 20, 20))
    canvas.paste(Image.fromarray(page), ((sw - pw) // 2, 270))
    top = rng.randint(250, 290)
    bottom = 270 + ph + rng.randint(-4, 40)
    cut = canvas.crop((0, top, sw, min(sh_, bottom)))
    img = np.asarray(cut).copy()
    params = {"dpi": round(dpi, 1), "width": sw, "crop": [top, bottom]}
    if rng.random() < 0.5:
        return png(img), "png", params
    q = rng.randint(70, 85)
    params["quality"] = q
    return jpeg(img, q), "jpg", params


def scan(pdf: bytes, rng: np.random.Generator) -> tuple[bytes, dict[str, Any]]:
    """A scanner's page image for a searchable PDF: 200–300 dpi, slight skew, paper tone, noise,
    JPEG inside the PDF (grey or colour)."""
    dpi = int(rng.choice([200, 240, 300]))
    img = rasterise(pdf, dpi).astype(float)
    angle = float(rng.uniform(-0.8, 0.8))
    h, w = img.shape[:2]
    m = cv2.getRotationMatrix2D((w / 2, h / 2), angle, 1.0)
    img = cv2.warpAffine(img, m, (w, h), borderValue=(255, 255, 255))
    img = img * 0.93 + np.array([10, 9, 4]) + rng.normal(0, 4, (h, w, 1))
    grey = bool(rng.random() < 0.5)
    out = _clip(img)
    if grey:
        out = np.repeat(cv2.cvtColor(out, cv2.COLOR_RGB2GRAY)[..., None], 3, axis=2)
    q = int(rng.integers(70, 88))
    return jpeg(out, q), {"dpi": dpi, "skew": round(angle, 2), "grey": grey, "quality": q}
