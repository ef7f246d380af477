"""Scanned pages with known text for the OCR bench: corpus documents typeset on A4, then damaged as real scans are.

A page is first a layout (text runs and boxes in millimetres), so the same layout gives both the page image (at the
scan's resolution, then damaged) and the digital original (a text PDF through fpdf2, same font and places). Every
page comes from a seed: the same pages come out on every machine with the same fonts and libraries.
"""

from __future__ import annotations

import datetime as dt
import io
import random
import re
from collections import Counter
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

import cv2
import numpy as np
from fpdf import FPDF
from PIL import Image, ImageDraw, ImageFont
from run import _PLAIN, wrap  # the benchmark's corpus clean-up (Latin-1, as typed) and word wrap

FONTS = Path("/usr/share/fonts/truetype")
FACES = (
    "liberation/LiberationSerif-Regular.ttf",
    "liberation/LiberationSans-Regular.ttf",
    "dejavu/DejaVuSans.ttf",
    "dejavu/DejaVuSerif.ttf",
    "liberation/LiberationSansNarrow-Regular.ttf",
)
BOLD = "liberation/LiberationSans-Bold.ttf"
FILLED_IN = "dejavu/DejaVuSerif-Italic.ttf"  # what was typed into a form's fields

# Damage kind -> the resolution the page is scanned at. Every damaged kind is at 200 dpi (an office scanner's
# default), so it is compared with dpi_200, not with clean_300.
KINDS = {
    "clean_300": 300,
    "dpi_200": 200,
    "dpi_150": 150,
    "skew": 200,
    "low_contrast": 200,
    "speckle_streaks": 200,
    "stamp_signature": 200,
    "phone_photo": 200,
    "form_two_column": 200,
    "fax": 200,
}
FORM_TYPES = ("appraisal", "meeting_report")  # a form page is a beoordeling or a functioneringsgesprek
A4 = (210.0, 297.0)  # mm
MARGIN = 22.0  # mm


@dataclass(frozen=True)
class Source:
    path: str  # group/file.txt under corpus/
    group: str
    doc_type: str
    text: str


@dataclass(frozen=True)
class Run:
    """A line of text: left end of its baseline (mm), font file (under FONTS), size (pt)."""

    x: float
    y: float
    text: str
    face: str
    size: float


@dataclass(frozen=True)
class Layout:
    runs: tuple[Run, ...]
    boxes: tuple[tuple[float, float, float, float], ...] = ()  # x, y, width, height in mm

    @property
    def truth(self) -> str:
        return "\n".join(run.text for run in self.runs)


@dataclass(frozen=True)
class ScanPage:
    kind: str
    source: Source
    layout: Layout
    readings: tuple[str, ...]  # the ground truth in every reading order accepted (a form: by column or by row)
    image: Image.Image  # as scanned: "L" or "RGB", A4 at `dpi`
    dpi: int

    @property
    def truth(self) -> str:
        return self.readings[0]


# --------------------------------------------------------------------------------------------------- sources


def load_sources(corpus: Path, min_chars: int = 700) -> list[Source]:
    """Corpus documents long enough to fill most of a page, in path order, typed in Latin-1 as run.py does."""
    sources = []
    for path in sorted(corpus.glob("*/*.txt")):
        _, front, body = path.read_text(encoding="utf-8").split("---\n", 2)
        doc_type = next(line.split(":", 1)[1].strip() for line in front.splitlines() if line.startswith("doc_type"))
        text = body.translate(_PLAIN).replace("\t", "    ").encode("latin-1", "ignore").decode("latin-1")
        text = "".join(ch for ch in text if ch == "\n" or ch.isprintable()).strip()
        if len(text) >= min_chars:
            sources.append(Source(f"{path.parent.name}/{path.name}", path.parent.name, doc_type, text))
    return sources


def choose(sources: list[Source], per_kind: int, seed: int) -> list[tuple[str, Source]]:
    """(kind, source) for `per_kind` pages of every kind: each source once, the least-used type and group first
    (ties in a seeded shuffled order), so pages spread over document types and employers."""
    rng = random.Random(seed)
    pool = list(sources)
    rng.shuffle(pool)
    types, groups, used = Counter(), Counter(), set()
    chosen = []
    for _ in range(per_kind):
        for kind in KINDS:
            allowed = [
                s for s in pool if s.path not in used and (kind != "form_two_column" or s.doc_type in FORM_TYPES)
            ]
            pick = min(allowed, key=lambda s: (types[s.doc_type], groups[s.group]))
            types[pick.doc_type] += 1
            groups[pick.group] += 1
            used.add(pick.path)
            chosen.append((kind, pick))
    return sorted(chosen, key=lambda pair: list(KINDS).index(pair[0]))


# --------------------------------------------------------------------------------------------------- layouts


@lru_cache(maxsize=64)
def font(face: str, pixels: int) -> ImageFont.FreeTypeFont:
    return ImageFont.truetype(str(FONTS / face), pixels)


def _fits(face: str, size: float, width_mm: float):
    measure = font(face, 200)  # measured large, scaled to the size in mm
    return lambda line: measure.getlength(line) * size / 200 * 25.4 / 72 <= width_mm


def letter(text: str, rng: random.Random) -> Layout:
    """A typed page: the document's lines, wrapped to the width, as many as fit; font and size vary a little."""
    face, size = rng.choice(FACES), rng.choice((10.0, 10.5, 11.0, 12.0))
    leading = size * 1.4 * 25.4 / 72
    lines = wrap(text.splitlines(), _fits(face, size, A4[0] - 2 * MARGIN))
    lines = lines[: int((A4[1] - 2 * MARGIN) / leading)]
    runs = [Run(MARGIN, MARGIN + size * 0.3 + row * leading, line, face, size) for row, line in enumerate(lines)]
    return Layout(tuple(run for run in runs if run.text.strip()))


NAMES = ("J. de Vries", "A. Bakker", "M. Jansen", "S. El Amrani", "P. van Dijk", "R. Visser", "K. Öztürk")
JOBS = ("Medewerker klantenservice", "Verpleegkundige", "Administratief medewerker", "Teamleider logistiek")
UNITS = ("Klantcontact", "Zorg West", "Financiën", "Logistiek", "Facilitair")
MARKS = ("onvoldoende", "matig", "voldoende", "goed")
CRITERIA = (
    "Kwaliteit van het werk",
    "Productiviteit",
    "Samenwerking",
    "Klantgerichtheid",
    "Afspraken nakomen",
    "Eindoordeel",
)
DATE = re.compile(
    r"\b\d{1,2}[-/.]\d{1,2}[-/.]\d{4}\b|\b\d{1,2} (?:januari|februari|maart|april|mei|juni|juli|"
    r"augustus|september|oktober|november|december) \d{4}\b"
)


def form(source: Source, rng: random.Random) -> tuple[Layout, tuple[str, ...]]:
    """A beoordeling / functioneringsgesprek form: a title, two columns of six boxed fields (a small label, a
    filled-in value), and a box "Toelichting" with the document's text. Tesseract may read the boxes column by
    column or row by row; all three orders are accepted readings."""
    title = "Beoordelingsformulier" if source.doc_type == "appraisal" else "Verslag functioneringsgesprek"
    found = DATE.search(source.text)
    left = [
        ("Naam medewerker", rng.choice(NAMES)),
        ("Functie", rng.choice(JOBS)),
        ("Afdeling", rng.choice(UNITS)),
        ("Leidinggevende", rng.choice(NAMES)),
        ("Datum gesprek", found.group(0) if found else "-"),
        ("Periode", f"{rng.choice(('januari', 'april', 'juli'))} - december"),
    ]
    right = [(criterion, rng.choice(MARKS)) for criterion in CRITERIA]
    width, gap, top, height = (A4[0] - 2 * MARGIN - 4) / 2, 4.0, MARGIN + 12, 14.0
    runs = [Run(MARGIN, MARGIN + 4, title, BOLD, 15)]
    boxes = []
    cells: list[list[tuple[Run, Run]]] = [[], []]
    for side, fields in enumerate((left, right)):
        x = MARGIN + side * (width + gap)
        for row, (label, value) in enumerate(fields):
            y = top + row * height
            boxes.append((x, y, width, height))
            cells[side].append((Run(x + 2, y + 4.5, label, FACES[1], 8.5), Run(x + 3, y + 11, value, FILLED_IN, 11)))
    note_top = top + 6 * height + 6
    boxes.append((MARGIN, note_top, A4[0] - 2 * MARGIN, A4[1] - MARGIN - note_top))
    note_label = Run(MARGIN + 2, note_top + 4.5, "Toelichting", FACES[1], 8.5)
    leading = 10.5 * 1.4 * 25.4 / 72
    lines = [line for line in wrap(source.text.splitlines(), _fits(FILLED_IN, 10.5, A4[0] - 2 * MARGIN - 6)) if line]
    room = int((A4[1] - MARGIN - note_top - 10) / leading)
    notes = [Run(MARGIN + 3, note_top + 11 + i * leading, line, FILLED_IN, 10.5) for i, line in enumerate(lines[:room])]
    by_column = [title, *(r.text for column in cells for pair in column for r in pair)]
    by_box_row = [title, *(r.text for row in zip(*cells, strict=True) for pair in row for r in pair)]
    by_line = [title, *(r.text for row in zip(*cells, strict=True) for i in (0, 1) for r in (row[0][i], row[1][i]))]
    tail = [note_label.text, *(r.text for r in notes)]
    runs += [r for column in cells for pair in column for r in pair] + [note_label, *notes]
    readings = tuple("\n".join([*order, *tail]) for order in (by_column, by_box_row, by_line))
    return Layout(tuple(runs), tuple(boxes)), readings


def render(layout: Layout, dpi: int, ink: int = 0) -> Image.Image:
    """The layout as a white A4 page image at `dpi` (antialiased text, as a scanner sees print)."""
    scale = dpi / 25.4
    image = Image.new("L", (round(A4[0] * scale), round(A4[1] * scale)), 255)
    draw = ImageDraw.Draw(image)
    for x, y, w, h in layout.boxes:
        draw.rectangle((x * scale, y * scale, (x + w) * scale, (y + h) * scale), outline=ink, width=max(1, dpi // 90))
    for run in layout.runs:
        draw.text(
            (run.x * scale, run.y * scale),
            run.text,
            fill=ink,
            font=font(run.face, round(run.size * dpi / 72)),
            anchor="ls",
        )
    return image


# --------------------------------------------------------------------------------------------------- damage
# Each takes and returns a float32 grey (H, W) or colour (H, W, 3) array, 0-255.


def scanner(page: np.ndarray, rng: np.random.Generator) -> np.ndarray:
    """What every real scan has: a little optical blur and sensor noise."""
    page = cv2.GaussianBlur(page, (0, 0), 0.5)
    return page + rng.normal(0, 3, page.shape).astype(np.float32)


def skew(page: np.ndarray, rng: np.random.Generator) -> np.ndarray:
    """The sheet laid on the glass at an angle: 0.5-3 degrees either way."""
    angle = float(rng.choice((-1, 1)) * rng.uniform(0.5, 3.0))
    matrix = cv2.getRotationMatrix2D((page.shape[1] / 2, page.shape[0] / 2), angle, 1.0)
    return cv2.warpAffine(page, matrix, page.shape[1::-1], flags=cv2.INTER_LINEAR, borderValue=255)


def low_contrast(page: np.ndarray, rng: np.random.Generator) -> np.ndarray:
    """A faded copy: grey text on grey (recycled) paper."""
    paper = rng.uniform(185, 210)
    ink = paper - rng.uniform(65, 90)
    return paper - (255 - page) / 255 * (paper - ink)


def speckle_streaks(page: np.ndarray, rng: np.random.Generator) -> np.ndarray:
    """A copier's dust (speckle), dirt on the glass (streaks down and across the sheet), the lid's dark border."""
    height, width = page.shape
    dots = (rng.random((height, width)) < 0.0015).astype(np.uint8)
    dots = cv2.dilate(dots, np.ones((2, 2), np.uint8)) if rng.random() < 0.3 else dots
    page = np.where(dots > 0, rng.uniform(0, 90, page.shape).astype(np.float32), page)
    for _ in range(int(rng.integers(2, 5))):
        x, w = int(rng.integers(0, width)), int(rng.integers(1, 5))
        page[:, x : x + w] = np.minimum(page[:, x : x + w], rng.uniform(40, 140))
    for _ in range(int(rng.integers(1, 3))):
        y, h = int(rng.integers(0, height)), int(rng.integers(1, 4))
        page[y : y + h, :] = np.minimum(page[y : y + h, :], rng.uniform(60, 150))
    edge = int(width * rng.uniform(0.015, 0.04))
    page[:, :edge] = rng.uniform(10, 50)
    page[: edge // 2, :] = rng.uniform(10, 50)
    return page


def stamp_signature(page: np.ndarray, rng: np.random.Generator, dpi: int, text_bottom: float) -> np.ndarray:
    """A coloured "ONTVANGEN" stamp with a date, tilted, and a pen signature scribbled across some lines (both over
    the text, which ends at `text_bottom` pixels)."""
    image = Image.fromarray(np.clip(page, 0, 255).astype(np.uint8)).convert("RGB")
    colour = (190, 30, 40) if rng.random() < 0.5 else (40, 60, 180)
    stamp = Image.new("RGBA", (int(dpi * 2.4), int(dpi * 0.95)), (0, 0, 0, 0))
    draw = ImageDraw.Draw(stamp)
    draw.rounded_rectangle(
        (3, 3, stamp.width - 4, stamp.height - 4), radius=dpi // 10, outline=(*colour, 200), width=dpi // 40
    )
    stamp_font = font(BOLD, int(dpi * 0.2))
    draw.text((dpi * 0.18, dpi * 0.1), "ONTVANGEN", fill=(*colour, 190), font=stamp_font)
    day, month = int(rng.integers(1, 29)), ("JAN", "FEB", "MRT", "APR", "MEI", "JUN")[int(rng.integers(0, 6))]
    draw.text((dpi * 0.18, dpi * 0.5), f"{day} {month} 2024", fill=(*colour, 190), font=stamp_font)
    stamp = stamp.rotate(float(rng.uniform(-15, 15)), expand=True, resample=Image.BICUBIC)
    image.paste(stamp, (int(dpi * rng.uniform(3.6, 5.4)), int(rng.uniform(dpi * 1.2, text_bottom * 0.6))), stamp)
    # The signature: a fast pen loop over a few text lines, lower on the page.
    x0, y0 = dpi * rng.uniform(1.0, 2.5), text_bottom * rng.uniform(0.6, 0.95)
    t = np.linspace(0, 1, 200)
    loops = rng.uniform(4, 7)
    xs = x0 + dpi * (2.2 * t + 0.18 * np.sin(2 * np.pi * loops * t))
    ys = y0 + dpi * (0.22 * np.cos(2 * np.pi * loops * t + rng.uniform(0, 3)) - 0.25 * t + 0.1 * np.sin(9 * t))
    ImageDraw.Draw(image).line(
        list(zip(xs.tolist(), ys.tolist(), strict=True)), fill=(25, 30, 110), width=max(2, dpi // 60), joint="curve"
    )
    return np.asarray(image, dtype=np.float32)


def phone_photo(page: np.ndarray, rng: np.random.Generator) -> np.ndarray:
    """The sheet photographed on a desk: off-white paper, seen at an angle (perspective) with the desk around it,
    light falling off to one side, slightly out of focus, JPEG-compressed."""
    height, width = page.shape
    paper = np.array([rng.uniform(228, 242), rng.uniform(222, 236), rng.uniform(200, 218)], np.float32)
    sheet = page[..., None] / 255 * paper  # ink stays dark, the paper turns cream
    jitter = rng.uniform(0.03, 0.09, (4, 2)) * [width, height]
    corners = np.float32([[0, 0], [width, 0], [width, height], [0, height]])
    seen = np.float32(
        [
            jitter[0],
            [width - jitter[1, 0], jitter[1, 1]],
            [width, height] - jitter[2],
            [jitter[3, 0], height - jitter[3, 1]],
        ]
    )
    matrix = cv2.getPerspectiveTransform(corners, seen)
    desk = np.array([rng.uniform(60, 110), rng.uniform(50, 90), rng.uniform(40, 70)], np.float32)
    photo = cv2.warpPerspective(
        sheet,
        matrix,
        (width, height),
        flags=cv2.INTER_LINEAR,
        borderMode=cv2.BORDER_CONSTANT,
        borderValue=desk.tolist(),
    )
    ys, xs = np.mgrid[0:height, 0:width].astype(np.float32)
    cx, cy = rng.uniform(-0.3, 1.3) * width, rng.uniform(-0.3, 1.3) * height
    distance = np.hypot(xs - cx, ys - cy) / np.hypot(width, height)
    light = 1.0 - rng.uniform(0.35, 0.5) * np.clip(distance, 0, 1)
    photo = cv2.GaussianBlur(photo * light[..., None], (0, 0), rng.uniform(0.8, 1.2))
    photo = np.clip(photo + rng.normal(0, 4, photo.shape), 0, 255).astype(np.uint8)
    _, jpeg = cv2.imencode(".jpg", photo, [cv2.IMWRITE_JPEG_QUALITY, 75])
    return cv2.imdecode(jpeg, cv2.IMREAD_COLOR).astype(np.float32)


def fax(page: np.ndarray, rng: np.random.Generator) -> np.ndarray:
    """A fax in standard mode: half the vertical resolution and black-or-white pixels (no grey)."""
    height, width = page.shape
    coarse = cv2.resize(page, (width, height // 2), interpolation=cv2.INTER_AREA)
    coarse = np.where(coarse < rng.uniform(140, 170), 0, 255).astype(np.float32)
    return cv2.resize(coarse, (width, height), interpolation=cv2.INTER_NEAREST)


DAMAGE = {
    "skew": skew,
    "low_contrast": low_contrast,
    "speckle_streaks": speckle_streaks,
    "phone_photo": phone_photo,
    "fax": fax,
}  # the kinds that need nothing but the page and the noise


def make_page(kind: str, source: Source, seed: int) -> ScanPage:
    """One page of the damage kind from the source's text; the same seed gives the same page."""
    rng, noise = random.Random(seed), np.random.default_rng(seed)
    dpi = KINDS[kind]
    if kind == "form_two_column":
        layout, readings = form(source, rng)
    else:
        layout = letter(source.text, rng)
        readings = (layout.truth,)
    page = np.asarray(render(layout, dpi), dtype=np.float32)
    if kind != "clean_300":
        page = scanner(page, noise)
    if kind in DAMAGE:
        page = DAMAGE[kind](page, noise)
    elif kind == "stamp_signature":
        page = stamp_signature(page, noise, dpi, max(run.y for run in layout.runs) * dpi / 25.4)
    image = Image.fromarray(np.clip(page, 0, 255).astype(np.uint8))
    return ScanPage(kind, source, layout, readings, image, dpi)


def bench_pages(corpus: Path, per_kind: int, seed: int = 2024) -> list[ScanPage]:
    """`per_kind` pages of every damage kind, in KINDS order, each from another corpus document."""
    chosen = choose(load_sources(corpus), per_kind, seed)
    return [make_page(kind, source, seed * 1000 + index) for index, (kind, source) in enumerate(chosen)]


# --------------------------------------------------------------------------------------------------- PDFs


def _pdf() -> FPDF:
    pdf = FPDF(format="A4")
    pdf.set_creation_date(dt.datetime(2024, 1, 1, tzinfo=dt.UTC))  # the same bytes on every run
    pdf.set_auto_page_break(auto=False)
    return pdf


def image_pdf(pages: list[ScanPage]) -> bytes:
    """An image-only PDF (no text layer), one page image per A4 page at its scan resolution, as a scanner makes it;
    a phone photo as JPEG, the rest as lossless PNG."""
    pdf = _pdf()
    for page in pages:
        pdf.add_page()
        buffer = io.BytesIO()
        page.image.save(buffer, format="JPEG" if page.kind == "phone_photo" else "PNG", quality=85)
        pdf.image(buffer, x=0, y=0, w=A4[0], h=A4[1])
    return bytes(pdf.output())


def text_pdf(layout: Layout) -> bytes:
    """The digital original: the same runs and boxes, as a PDF text layer in the same fonts."""
    pdf = _pdf()
    pdf.add_page()
    pdf.set_line_width(0.3)
    for x, y, w, h in layout.boxes:
        pdf.rect(x, y, w, h)
    for run in layout.runs:
        family = Path(run.face).stem
        if family.lower() not in pdf.fonts:
            pdf.add_font(family, fname=str(FONTS / run.face))
        pdf.set_font(family, size=run.size)
        pdf.text(run.x, run.y, run.text)
    return bytes(pdf.output())
