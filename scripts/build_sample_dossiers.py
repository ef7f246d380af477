#!/usr/bin/env python3
"""Build the realistic Dutch sample dossiers in ``sample_dossiers/``.

Usage::

    .venv/bin/python scripts/build_sample_dossiers.py            # (re)build everything
    .venv/bin/python scripts/build_sample_dossiers.py --verify   # rebuild, then check the output
    .venv/bin/python scripts/build_sample_dossiers.py --verify --ocr   # also OCR one scanned page

The output is deterministic: PDF metadata and dates are fixed, the scan noise is
seeded, .docx zip entries get fixed timestamps and e-mail MIME boundaries are fixed.

The content of the five dossiers lives in ``scripts/sample_dossier_content/d*.py``;
this file holds the small layout engine (one layout, three back-ends: fpdf2,
reportlab and a Pillow "scanner"), the writers for .pdf/.docx/.eml/.txt and the
ground-truth writer (``sample_dossiers/_expected/<name>.json`` + ``.md``).
"""
from __future__ import annotations

import argparse
import datetime as _dt
import email.policy
import email.utils
import io
import json
import math
import os
import random
import re
import shutil
import sys
import zipfile
from collections.abc import Callable
from dataclasses import dataclass, field
from email.message import EmailMessage
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
OUT = ROOT / "sample_dossiers"

PAGE_W, PAGE_H = 210.0, 297.0
PT = 25.4 / 72.0  # mm per point
TZ = _dt.timezone(_dt.timedelta(hours=1))
TZ_SUMMER = _dt.timezone(_dt.timedelta(hours=2))

DOC_TYPES = {"warning", "appraisal", "meeting_report", "improvement_plan", "redeployment", "training",
             "medical", "employee_response", "correspondence", "other"}
SUBTYPES = {
    "meeting_report": {"start", "progress", "interim_evaluation", "final_evaluation", "performance_review", "other"},
    "warning": {"first", "final", "other"},
    "medical": {"sick_report", "occupational_physician", "recovery", "other"},
}


def local_dt(y, mo, d, h=9, mi=0, s=0):
    """A Dutch local time with the right UTC offset (CET/CEST, simplified rule)."""
    dt = _dt.datetime(y, mo, d, h, mi, s)
    # last Sunday of March .. last Sunday of October = summer time
    def last_sunday(month):
        x = _dt.date(y, month, 31)
        return x - _dt.timedelta(days=(x.weekday() + 1) % 7)
    summer = last_sunday(3) <= dt.date() < last_sunday(10)
    return dt.replace(tzinfo=TZ_SUMMER if summer else TZ)


# --------------------------------------------------------------------------------------------
# Document model
# --------------------------------------------------------------------------------------------

@dataclass
class Style:
    family: str = "helvetica"          # helvetica | times | courier
    size: float = 10.0                 # body size in pt
    leading: float = 1.35
    ml: float = 25.0                   # margins in mm
    mt: float = 18.0
    mr: float = 22.0
    mb: float = 16.0
    color: tuple = (0, 0, 0)
    letterhead: Callable | None = None        # fn(meas, style) -> (ops, height)
    letterhead_repeat: bool = False
    running_header: Callable | None = None    # fn(meas, style, p, n) -> (ops, height); pages > 1
    footer: Callable | None = None            # fn(meas, style, p, n) -> ops
    footer_h: float = 10.0
    para_after: float = 2.6
    justify: bool = False

    def copy(self, **kw):
        d = dict(self.__dict__)
        d.update(kw)
        return Style(**d)


@dataclass
class Block:
    pass


@dataclass
class P(Block):
    text: str
    size: float | None = None
    style: str = ""
    align: str = ""          # L R C J ; "" = style default
    indent: float = 0.0
    after: float | None = None
    color: tuple | None = None
    family: str | None = None
    leading: float | None = None
    keep: bool = False       # keep with next block


def H(text, size=None, style="B", after=1.6, before=2.0, color=None, family=None):
    return [Space(before), P(text, size=size, style=style, after=after, color=color, family=family, keep=True)]


@dataclass
class Bullets(Block):
    items: list
    bullet: str = "-"
    indent: float = 2.0       # bullet position
    text_indent: float = 7.0  # text position
    size: float | None = None
    after: float | None = None
    item_after: float = 0.8


@dataclass
class KV(Block):
    rows: list
    key_w: float = 32.0
    size: float | None = None
    key_style: str = "B"
    after: float | None = None
    row_after: float = 0.4
    indent: float = 0.0


@dataclass
class Table(Block):
    rows: list
    widths: list
    header: int = 1
    size: float | None = None
    fill: tuple = (225, 225, 225)
    aligns: list | None = None
    after: float | None = None
    pad: float = 1.4
    lw: float = 0.25
    header_style: str = "B"


@dataclass
class Space(Block):
    h: float


@dataclass
class Rule(Block):
    lw: float = 0.3
    color: tuple = (0, 0, 0)
    after: float = 2.0
    before: float = 0.5


@dataclass
class PageBreak(Block):
    pass


@dataclass
class Sig(Block):
    """Signature columns: each column is a list of lines; a signature line (and in scans a
    hand-drawn squiggle) is placed above the lines."""
    cols: list
    squiggles: list | None = None   # per column: None or a seed
    gap: float = 14.0
    size: float | None = None
    after: float = 3.0
    line: bool = True


@dataclass
class Hand(Block):
    """Handwritten lines (a pen note). In a scan they get a slanted, wobbly rendering."""
    lines: list
    size: float = 13.0
    indent: float = 0.0
    line_h: float = 1.55
    after: float = 2.0
    seed: int = 0


@dataclass
class Raw(Block):
    """Custom drawing: fn(meas, style, x0, width) -> (ops relative to top, height)."""
    fn: Callable
    after: float = 0.0


@dataclass
class Doc:
    """One logical document rendered into a PDF (alone, or bundled)."""
    date: str
    doc_type: str
    title: str
    blocks: list
    style: Style = field(default_factory=Style)
    subtype: str | None = None
    scan: str | None = None      # None | "gray" | "fax"
    seed: int = 0
    angle: float | None = None   # scan rotation in degrees

    def flat_blocks(self):
        out = []
        def add(x):
            if isinstance(x, (list, tuple)):
                for y in x:
                    add(y)
            elif x is not None:
                out.append(x)
        add(self.blocks)
        return out


@dataclass
class Meta:
    """Ground truth of a non-paginated document (.docx / .eml / .txt)."""
    date: str
    doc_type: str
    title: str
    subtype: str | None = None


# --------------------------------------------------------------------------------------------
# Measuring (one interface per back-end)
# --------------------------------------------------------------------------------------------

CP1252_MAP = {"\u2212": "-", "\u2011": "-", "\u00a0": " ", "\u2009": " ", "\u202f": " "}


def cp1252_safe(s: str) -> str:
    s = "".join(CP1252_MAP.get(ch, ch) for ch in s)
    s.encode("cp1252")  # raises on anything the core fonts cannot encode
    return s


class FpdfMeasurer:
    kind = "fpdf"

    def __init__(self):
        from fpdf import FPDF
        self.pdf = FPDF(unit="mm", format="A4")
        self.pdf.core_fonts_encoding = "windows-1252"
        self.cache = {}

    def width(self, text, family, style, size):
        key = (text, family, style, size)
        if key not in self.cache:
            self.pdf.set_font(family, style.replace("U", ""), size)
            self.cache[key] = self.pdf.get_string_width(cp1252_safe(text))
        return self.cache[key]


RL_FONTS = {
    ("helvetica", ""): "Helvetica", ("helvetica", "B"): "Helvetica-Bold",
    ("helvetica", "I"): "Helvetica-Oblique", ("helvetica", "BI"): "Helvetica-BoldOblique",
    ("times", ""): "Times-Roman", ("times", "B"): "Times-Bold", ("times", "I"): "Times-Italic",
    ("times", "BI"): "Times-BoldItalic", ("courier", ""): "Courier", ("courier", "B"): "Courier-Bold",
    ("courier", "I"): "Courier-Oblique", ("courier", "BI"): "Courier-BoldOblique",
}


class RLMeasurer:
    kind = "reportlab"

    def width(self, text, family, style, size):
        from reportlab.pdfbase.pdfmetrics import stringWidth
        return stringWidth(text, RL_FONTS[(family, style)], size) / 72.0 * 25.4


# Pillow's built-in font (Aileron subset) has no accented letters, euro sign or dashes. Such
# characters are drawn as base letter + hand-drawn mark, or replaced by an ASCII equivalent.
IMG_SUBST = {"\u2013": "-", "\u2014": "-", "\u20ac": "EUR", "\u2022": "\u00b7", "\u00b9": "1", "\u00b2": "2",
             "\u00bd": "1/2", "\u2026": "...", "\u00a0": " "}
_GLYPH_OK = {}


def _img_glyph_ok(ch):
    if ch not in _GLYPH_OK:
        from PIL import Image, ImageDraw, ImageFont
        f = ImageFont.load_default(size=40)

        def raster(c):
            im = Image.new("L", (70, 70), 255)
            ImageDraw.Draw(im).text((5, 5), c, font=f, fill=0)
            return im.tobytes()
        if "notdef" not in _GLYPH_OK:
            _GLYPH_OK["notdef"] = raster("\uffff")
        _GLYPH_OK[ch] = ch == " " or raster(ch) != _GLYPH_OK["notdef"]
    return _GLYPH_OK[ch]


def img_segments(text):
    """Split text for the image painter: [(plain_text, None) | (base_char, mark)]."""
    import unicodedata
    out, buf = [], ""
    for ch in text:
        ch = IMG_SUBST.get(ch, ch)
        if len(ch) > 1 or _img_glyph_ok(ch):
            buf += ch
            continue
        dec = unicodedata.normalize("NFD", ch)
        if len(dec) == 2 and _img_glyph_ok(dec[0]):
            if buf:
                out.append((buf, None))
                buf = ""
            out.append((dec[0], dec[1]))
        else:
            buf += "?"
    if buf:
        out.append((buf, None))
    return out


class ImageMeasurer:
    kind = "image"

    def __init__(self, dpi=200):
        self.dpi = dpi
        self.px_per_mm = dpi / 25.4
        self.fonts = {}

    def font(self, size_pt):
        from PIL import ImageFont
        px = max(6, int(round(size_pt * self.dpi / 72.0)))
        if px not in self.fonts:
            self.fonts[px] = ImageFont.load_default(size=px)
        return self.fonts[px]

    def width(self, text, family, style, size):
        f = self.font(size)
        w = sum(f.getlength(seg) for seg, _ in img_segments(text)) / self.px_per_mm
        if "B" in style:
            w += 1.0 / self.px_per_mm
        return w


# --------------------------------------------------------------------------------------------
# Layout
# --------------------------------------------------------------------------------------------

@dataclass
class Row:
    h: float
    ops: list            # y relative to the row top
    keep: bool = False   # keep with next row
    spacer: bool = False
    brk: bool = False


def _runs(text, base_style):
    """Split '**bold**' markup into (word, style, space_before) tokens; '\n' is a forced break."""
    toks = []
    bold = False
    pending_space = False
    for i, seg in enumerate(text.split("**")):
        if i:
            bold = not bold
        st = base_style
        if bold and "B" not in st:
            st = "B" + st
        parts = seg.split("\n")
        for j, part in enumerate(parts):
            if j:
                toks.append(("\n", st, False))
                pending_space = False
            words = part.split(" ")
            for wi, w in enumerate(words):
                if wi:
                    pending_space = True
                if w:
                    toks.append((w, st, pending_space))
                    pending_space = False
            if part.endswith(" "):
                pending_space = True
    return toks


def wrap_runs(meas, text, family, style, size, width):
    """Greedy word wrap -> list of lines; a line is a list of (word, style, space_before)."""
    lines, cur, cur_w = [], [], 0.0
    for w, st, spb in _runs(text, style):
        if w == "\n":
            lines.append(cur)
            cur, cur_w = [], 0.0
            continue
        ww = meas.width(w, family, st, size)
        sp = meas.width(" ", family, st, size) if (cur and spb) else 0.0
        if cur and spb and cur_w + sp + ww > width:
            lines.append(cur)
            cur, cur_w = [(w, st, False)], ww
        else:
            cur.append((w, st, spb if cur else False))
            cur_w += sp + ww
    if cur or not lines:
        lines.append(cur)
    return lines


def line_ops(meas, line, family, size, x, width, align, color, y, last):
    """Text ops for one wrapped line; consecutive words of one style merge into one op."""
    if not line:
        return []
    widths = [meas.width(w, family, st, size) for w, st, _ in line]
    spaces = [meas.width(" ", family, line[i][1], size) if line[i + 1][2] else 0.0 for i in range(len(line) - 1)]
    natural = sum(widths) + sum(spaces)
    ops = []
    if align == "J" and not last and sum(1 for s_ in spaces if s_) > 0:
        gaps = sum(1 for s_ in spaces if s_)
        extra = (width - natural) / gaps
        if extra > width * 0.25:
            extra = 0.0
        cx = x
        for i, (w, st, _) in enumerate(line):
            ops.append(("text", cx, y, w, family, st, size, color))
            if i < len(spaces):
                cx += widths[i] + (spaces[i] + extra if spaces[i] else 0.0)
        return ops
    if align == "R":
        cx = x + width - natural
    elif align == "C":
        cx = x + (width - natural) / 2
    else:
        cx = x
    buf, buf_st, buf_x = "", None, cx
    for i, (w, st, spb) in enumerate(line):
        if st != buf_st and buf:
            ops.append(("text", buf_x, y, buf, family, buf_st, size, color))
            buf = ""
        if not buf:
            buf_x = cx
            buf = w
        else:
            buf += (" " if spb else "") + w
        buf_st = st
        cx += widths[i] + (spaces[i] if i < len(spaces) else 0)
    if buf:
        ops.append(("text", buf_x, y, buf, family, buf_st, size, color))
    return ops


def block_rows(b, meas, st: Style, x0, W):
    fam = st.family
    rows = []
    if isinstance(b, Space):
        return [Row(b.h, [], spacer=True)]
    if isinstance(b, PageBreak):
        return [Row(0, [], brk=True)]
    if isinstance(b, Rule):
        return [Row(b.before, [], spacer=True),
                Row(b.after, [("line", x0, 0, x0 + W, 0, b.lw, b.color)])]
    if isinstance(b, P):
        size = b.size or st.size
        fam = b.family or fam
        lh = size * PT * (b.leading or st.leading)
        align = b.align or ("J" if st.justify else "L")
        lines = wrap_runs(meas, b.text, fam, b.style, size, W - b.indent)
        for i, ln in enumerate(lines):
            ops = line_ops(meas, ln, fam, size, x0 + b.indent, W - b.indent, align, b.color or st.color,
                           lh * 0.76, i == len(lines) - 1)
            rows.append(Row(lh, ops, keep=b.keep))
        after = st.para_after if b.after is None else b.after
        if after:
            rows.append(Row(after, [], spacer=True, keep=b.keep))
        return rows
    if isinstance(b, Bullets):
        size = b.size or st.size
        lh = size * PT * st.leading
        for k, item in enumerate(b.items):
            if isinstance(item, tuple):
                label, text = item
            else:
                label, text = b.bullet, item
            tw = W - b.text_indent
            lines = wrap_runs(meas, text, fam, "", size, tw)
            for i, ln in enumerate(lines):
                ops = line_ops(meas, ln, fam, size, x0 + b.text_indent, tw, "L", st.color, lh * 0.76,
                               i == len(lines) - 1)
                if i == 0 and label:
                    lst = "B" if label.endswith(":") or label.startswith("Doel") else ""
                    ops.insert(0, ("text", x0 + b.indent, lh * 0.76, label, fam, lst, size, st.color))
                rows.append(Row(lh, ops))
            if b.item_after and k < len(b.items) - 1:
                rows.append(Row(b.item_after, [], spacer=True))
        after = st.para_after if b.after is None else b.after
        if after:
            rows.append(Row(after, [], spacer=True))
        return rows
    if isinstance(b, KV):
        size = b.size or st.size
        lh = size * PT * st.leading
        for key, val in b.rows:
            kl = wrap_runs(meas, key, fam, b.key_style, size, b.key_w - 2)
            vl = wrap_runs(meas, val, fam, "", size, W - b.key_w - b.indent)
            n = max(len(kl), len(vl))
            for i in range(n):
                ops = []
                if i < len(kl):
                    ops += line_ops(meas, kl[i], fam, size, x0 + b.indent, b.key_w, "L", st.color, lh * 0.76, True)
                if i < len(vl):
                    ops += line_ops(meas, vl[i], fam, size, x0 + b.indent + b.key_w, W - b.key_w, "L",
                                    st.color, lh * 0.76, True)
                rows.append(Row(lh, ops, keep=(i < n - 1)))
            if b.row_after:
                rows.append(Row(b.row_after, [], spacer=True))
        after = st.para_after if b.after is None else b.after
        if after:
            rows.append(Row(after, [], spacer=True))
        return rows
    if isinstance(b, Table):
        size = b.size or st.size
        lh = size * PT * 1.25
        total_w = sum(b.widths)
        for ri, r in enumerate(b.rows):
            is_head = ri < b.header
            cst = b.header_style if is_head else ""
            cells = []
            for ci, txt in enumerate(r):
                cells.append(wrap_runs(meas, str(txt), fam, cst, size, b.widths[ci] - 2 * b.pad))
            nlines = max(len(c) for c in cells)
            h = nlines * lh + 2 * b.pad
            ops = []
            if is_head and b.fill:
                ops.append(("rect", x0, 0, total_w, h, b.fill, None, 0))
            cx = x0
            for ci, c in enumerate(cells):
                al = (b.aligns[ci] if b.aligns else "L")
                for li, ln in enumerate(c):
                    ops += line_ops(meas, ln, fam, size, cx + b.pad, b.widths[ci] - 2 * b.pad, al, st.color,
                                    b.pad + li * lh + lh * 0.78, True)
                cx += b.widths[ci]
            if b.lw:
                ops.append(("line", x0, 0, x0 + total_w, 0, b.lw, (0, 0, 0)))
                ops.append(("line", x0, h, x0 + total_w, h, b.lw, (0, 0, 0)))
                cx = x0
                for wdt in b.widths + [0]:
                    ops.append(("line", cx, 0, cx, h, b.lw, (0, 0, 0)))
                    cx += wdt
            rows.append(Row(h, ops, keep=is_head))
        after = st.para_after if b.after is None else b.after
        rows.append(Row(after + 1.0, [], spacer=True))
        return rows
    if isinstance(b, Sig):
        size = b.size or st.size
        lh = size * PT * st.leading
        ncol = len(b.cols)
        cw = W / ncol
        top = b.gap
        ops = []
        nmax = 0
        for ci, col in enumerate(b.cols):
            cx = x0 + ci * cw
            if b.squiggles and b.squiggles[ci] is not None:
                ops.append(("poly", squiggle(cx + 2, top - 2.5, min(cw - 12, 45), b.squiggles[ci]), 0.45,
                            (20, 30, 80)))
            if b.line:
                ops.append(("line", cx, top, cx + cw - 10, top, 0.2, (0, 0, 0)))
            li = 0
            for s in col:
                for wl in wrap_runs(meas, s, fam, "", size, cw - 8):
                    ops += line_ops(meas, wl, fam, size, cx, cw - 8, "L", st.color, top + 1.0 + li * lh + lh * 0.76,
                                    True)
                    li += 1
            nmax = max(nmax, li)
        h = top + 1.0 + nmax * lh
        return [Row(h, ops), Row(b.after, [], spacer=True)]
    if isinstance(b, Hand):
        lh = b.size * PT * b.line_h
        for i, s in enumerate(b.lines):
            rows.append(Row(lh, [("hand", x0 + b.indent, lh * 0.75, s, b.size, b.seed * 1000 + i)] if s else []))
        rows.append(Row(b.after, [], spacer=True))
        return rows
    if isinstance(b, Raw):
        ops, h = b.fn(meas, st, x0, W)
        return [Row(h, ops), Row(b.after, [], spacer=True)] if b.after else [Row(h, ops)]
    raise TypeError(b)


def squiggle(x, y, w, seed):
    """A deterministic handwriting-like signature polyline (loops, a slant and a flourish)."""
    rnd = random.Random(seed)
    pts = []
    n = 90
    loops = rnd.randint(2, 5)
    amp = 2.2 + rnd.random() * 2.0
    lean = rnd.uniform(0.5, 1.6)
    w = w * rnd.uniform(0.55, 0.95)
    phase = rnd.uniform(0, math.pi)
    for i in range(n + 1):
        t = i / n
        ang = t * loops * 2 * math.pi + phase
        px = x + t * w + lean * 2.2 * math.cos(ang)
        py = y - amp * (0.5 + 0.5 * math.sin(ang)) * (1.15 - 0.7 * t) + 0.8 * math.sin(t * 9 + phase)
        pts.append((px, py))
    # flourish back under the name
    ex, ey = pts[-1]
    for i in range(1, 16):
        t = i / 15
        pts.append((ex - t * w * rnd.uniform(0.6, 0.8), ey + 1.2 + 1.0 * math.sin(t * math.pi)))
    return pts


def offset_ops(ops, dy):
    out = []
    for op in ops:
        k = op[0]
        if k == "text":
            out.append((k, op[1], op[2] + dy) + op[3:])
        elif k == "line":
            out.append((k, op[1], op[2] + dy, op[3], op[4] + dy) + op[5:])
        elif k == "rect":
            out.append((k, op[1], op[2] + dy) + op[3:])
        elif k == "poly":
            out.append((k, [(px, py + dy) for px, py in op[1]]) + op[2:])
        elif k == "hand":
            out.append((k, op[1], op[2] + dy) + op[3:])
        else:
            out.append(op)
    return out


def layout(doc: Doc, meas):
    """Lay a document out into pages; returns a list of op lists (absolute mm coordinates)."""
    st = doc.style
    x0 = st.ml
    W = PAGE_W - st.ml - st.mr
    rows = []
    for b in doc.flat_blocks():
        rows.extend(block_rows(b, meas, st, x0, W))
    lh_ops, lh_h = (st.letterhead(meas, st) if st.letterhead else ([], 0.0))

    def top_of(pi, n=None):
        if pi == 0:
            return st.mt + lh_h
        if st.letterhead and st.letterhead_repeat:
            return st.mt + lh_h
        if st.running_header:
            _, h = st.running_header(meas, st, pi + 1, n or 2)
            return st.mt + h
        return st.mt

    bottom = PAGE_H - st.mb - (st.footer_h if st.footer else 0.0)
    pages = [[]]
    y = top_of(0)
    i = 0
    while i < len(rows):
        r = rows[i]
        if r.brk:
            pages.append([])
            y = top_of(len(pages) - 1)
            i += 1
            continue
        if r.spacer and not pages[-1]:
            i += 1
            continue
        # height that must stay together (keep-with-next chain + the next real row)
        need = r.h
        j = i
        while rows[j].keep and j + 1 < len(rows):
            j += 1
            need += rows[j].h
        if y + need > bottom and pages[-1] and need < bottom - top_of(1) or y + r.h > bottom and pages[-1]:
            pages.append([])
            y = top_of(len(pages) - 1)
            if r.spacer:
                i += 1
                continue
        pages[-1].extend(offset_ops(r.ops, y))
        y += r.h
        i += 1
    while len(pages) > 1 and not pages[-1]:
        pages.pop()
    n = len(pages)
    out = []
    for pi, ops in enumerate(pages):
        deco = []
        if st.letterhead and (pi == 0 or st.letterhead_repeat):
            deco += lh_ops
        elif pi > 0 and st.running_header:
            deco += st.running_header(meas, st, pi + 1, n)[0]
        if st.footer:
            deco += st.footer(meas, st, pi + 1, n)
        out.append(deco + ops)
    return out


# --------------------------------------------------------------------------------------------
# Back-ends
# --------------------------------------------------------------------------------------------

def _gray(c):
    r, g, b = c
    return int(round(0.299 * r + 0.587 * g + 0.114 * b))


class ImagePainter:
    """Paints page ops on a grayscale Pillow image (the 'paper' that is then scanned)."""

    def __init__(self, meas: ImageMeasurer):
        self.m = meas
        self.k = meas.px_per_mm

    def paint(self, ops, seed=0):
        from PIL import Image, ImageDraw
        k = self.k
        img = Image.new("L", (int(round(PAGE_W * k)), int(round(PAGE_H * k))), 255)
        dr = ImageDraw.Draw(img)
        for op in ops:
            kind = op[0]
            if kind == "text":
                _, x, y, s, fam, st, size, color = op
                f = self.m.font(size)
                g = min(_gray(color), 90) if color != (0, 0, 0) else 0
                self.text(dr, x * k, y * k, s, f, g, "B" in st)
            elif kind == "line":
                _, x1, y1, x2, y2, lw, color = op
                dr.line([(x1 * k, y1 * k), (x2 * k, y2 * k)], fill=min(_gray(color), 140),
                        width=max(1, int(round(lw * k))))
            elif kind == "rect":
                _, x, y, w, h, fill, stroke, lw = op
                box = [x * k, y * k, (x + w) * k, (y + h) * k]
                dr.rectangle(box, fill=_gray(fill) if fill else None,
                             outline=_gray(stroke) if stroke else None, width=max(1, int(lw * k)) if stroke else 0)
            elif kind == "poly":
                _, pts, lw, color = op
                dr.line([(px * k, py * k) for px, py in pts], fill=60, width=max(2, int(round(lw * k))),
                        joint="curve")
            elif kind == "hand":
                _, x, y, s, size, hseed = op
                self.hand(img, x, y, s, size, seed * 7919 + hseed)
        return img

    @staticmethod
    def mark(dr, cx, top, w, mark, fill, font):
        """Draw a combining mark centred at cx above a glyph whose top is at `top` (pixels)."""
        lw = max(1, int(round(font.size / 13)))
        y = top - font.size * 0.08
        r = max(1.0, font.size * 0.055)
        if mark == "\u0308":  # diaeresis
            for dx in (-w * 0.2, w * 0.2):
                dr.ellipse([cx + dx - r, y - 2 * r, cx + dx + r, y], fill=fill)
        elif mark == "\u0301":  # acute
            dr.line([(cx - w * 0.12, y), (cx + w * 0.18, y - font.size * 0.2)], fill=fill, width=lw + 1)
        elif mark == "\u0300":  # grave
            dr.line([(cx + w * 0.12, y), (cx - w * 0.18, y - font.size * 0.2)], fill=fill, width=lw + 1)
        elif mark == "\u0302":  # circumflex
            dr.line([(cx - w * 0.22, y), (cx, y - font.size * 0.17), (cx + w * 0.22, y)], fill=fill, width=lw)
        elif mark == "\u0303":  # tilde
            dr.line([(cx - w * 0.25, y - 1), (cx - w * 0.08, y - font.size * 0.12), (cx + w * 0.08, y - 1),
                     (cx + w * 0.25, y - font.size * 0.12)], fill=fill, width=lw)
        elif mark == "\u0327":  # cedilla (below the baseline)
            pass

    def text(self, dr, x, y, s, f, fill, bold=False):
        cx = x
        for seg, mark in img_segments(s):
            for dx in ((0, 1) if bold else (0,)):
                dr.text((cx + dx, y), seg, font=f, fill=fill, anchor="ls")
            w = f.getlength(seg)
            if mark:
                base = seg
                bbox = f.getbbox("i" if base in "iı" else base, anchor="ls")
                top = y + bbox[1]
                if base == "i":   # cover the i's own dot with the diaeresis / accent region
                    top = y + f.getbbox("x", anchor="ls")[1]
                self.mark(dr, cx + w / 2 + (w * 0.08 if base.islower() else 0), top, w, mark, fill, f)
            cx += w
        return cx

    def hand(self, img, x, y, s, size, seed):
        """Pen writing: every character is drawn on its own small tile with its own slant,
        rotation, size and baseline jitter, and the line drifts a little; the tiles are
        multiplied onto the page."""
        from PIL import Image, ImageChops, ImageDraw
        rnd = random.Random(seed)
        k = self.k
        base_px = size * self.m.dpi / 72.0
        cx = x * k
        base = y * k
        drift = rnd.uniform(-0.02, 0.02)
        ink = rnd.randint(30, 55)
        slant = rnd.uniform(0.12, 0.22)
        for ch in s:
            if ch == " ":
                cx += base_px * rnd.uniform(0.28, 0.42)
                continue
            f = self.m.font(size * rnd.uniform(0.93, 1.07))
            fpx = f.size
            cw = sum(f.getlength(sg) for sg, _ in img_segments(ch))
            tw, th = int(cw + fpx), int(fpx * 2.0)
            tile = Image.new("L", (tw, th), 255)
            self.text(ImageDraw.Draw(tile), fpx * 0.4, th * 0.7, ch, f, ink)
            sh = slant + rnd.uniform(-0.05, 0.05)
            tile = tile.transform(tile.size, Image.AFFINE, (1, sh, -sh * th * 0.7, 0, 1, 0),
                                  resample=Image.BICUBIC, fillcolor=255)
            tile = tile.rotate(rnd.uniform(-4, 4), resample=Image.BICUBIC, fillcolor=255)
            dy = rnd.uniform(-1.4, 1.4) + (cx - x * k) * drift
            px, py = int(cx - fpx * 0.4), int(base - th * 0.7 + dy)
            region = img.crop((px, py, px + tw, py + th))
            img.paste(ImageChops.darker(region, tile), (px, py))
            cx += cw * rnd.uniform(0.96, 1.06) - base_px * 0.01


def scanify(img, mode, seed, angle=None):
    """Make a clean page image look scanned: paper tone, blur, rotation, speckle. Returns
    (PIL image, 'jpeg'|'png' bytes)."""
    import numpy as np
    from PIL import Image, ImageFilter
    rng = np.random.default_rng(seed)
    rnd = random.Random(seed)
    if angle is None:
        angle = rnd.uniform(-1.1, 1.1)
    if mode == "fax":
        img = img.filter(ImageFilter.GaussianBlur(0.6))
        img = img.rotate(angle, resample=Image.BICUBIC, expand=False, fillcolor=255)
        a = np.asarray(img).astype(np.int16)
        a = a + rng.normal(0, 18, a.shape).astype(np.int16)
        bw = (a > 150).astype(np.uint8) * 255
        # speckle: isolated black dots and a few short streaks
        n = int(bw.size * 0.0004)
        ys = rng.integers(0, bw.shape[0], n)
        xs = rng.integers(0, bw.shape[1], n)
        bw[ys, xs] = 0
        for _ in range(6):
            yy = int(rng.integers(0, bw.shape[0]))
            x1 = int(rng.integers(0, bw.shape[1] - 200))
            bw[yy:yy + 1, x1:x1 + int(rng.integers(30, 180))] = 0
        # dark left edge strip like a fax/copier border
        bw[:, :int(rng.integers(3, 9))] = 0
        out = Image.fromarray(bw).convert("1")
        buf = io.BytesIO()
        out.save(buf, "PNG", optimize=True)
        return out, buf.getvalue(), "png"
    # gray photocopy/scan
    img = img.filter(ImageFilter.GaussianBlur(0.55))
    a = np.asarray(img).astype(np.float32)
    h, w = a.shape
    paper = 246 - 10 * np.linspace(0, 1, w)[None, :] * rnd.uniform(0.2, 1.0)
    a = a / 255.0 * paper + (1 - a / 255.0) * 25
    a += rng.normal(0, 5.0, a.shape)
    # speckle
    n = int(a.size * 0.00025)
    ys = rng.integers(0, h, n)
    xs = rng.integers(0, w, n)
    a[ys, xs] = rng.uniform(40, 140, n)
    n2 = int(a.size * 0.00004)
    ys = rng.integers(1, h - 2, n2)
    xs = rng.integers(1, w - 2, n2)
    for dy in (0, 1):
        for dx in (0, 1):
            a[ys + dy, xs + dx] = 70
    a = np.clip(a, 0, 255).astype(np.uint8)
    out = Image.fromarray(a, "L")
    out = out.rotate(angle, resample=Image.BICUBIC, expand=False, fillcolor=int(rnd.uniform(180, 215)))
    buf = io.BytesIO()
    out.save(buf, "JPEG", quality=45, optimize=True)
    return out, buf.getvalue(), "jpeg"


@dataclass
class PdfInfo:
    title: str = ""
    author: str = ""
    creator: str = ""
    producer: str = ""
    created: _dt.datetime = _dt.datetime(2024, 1, 1, tzinfo=TZ)


def fpdf_draw(pdf, ops):
    for op in ops:
        kind = op[0]
        if kind in ("text", "hand"):
            if kind == "text":
                _, x, y, s, fam, st, size, color = op
            else:
                _, x, y, s, size, _seed = op
                fam, st, color = "helvetica", "I", (20, 30, 90)
            pdf.set_font(fam, st, size)
            pdf.set_text_color(*color)
            pdf.text(x, y, cp1252_safe(s))
        elif kind == "line":
            _, x1, y1, x2, y2, lw, color = op
            pdf.set_draw_color(*color)
            pdf.set_line_width(lw)
            pdf.line(x1, y1, x2, y2)
        elif kind == "rect":
            _, x, y, w, h, fill, stroke, lw = op
            if fill:
                pdf.set_fill_color(*fill)
            if stroke:
                pdf.set_draw_color(*stroke)
                pdf.set_line_width(lw)
            pdf.rect(x, y, w, h, style=("F" if fill else "") + ("D" if stroke else "") or "D")
        elif kind == "poly":
            _, pts, lw, color = op
            pdf.set_draw_color(*color)
            pdf.set_line_width(lw)
            pdf.polyline(pts)


def rl_draw(c, ops):
    from reportlab.lib.units import mm
    for op in ops:
        kind = op[0]
        if kind in ("text", "hand"):
            if kind == "text":
                _, x, y, s, fam, st, size, color = op
            else:
                _, x, y, s, size, _seed = op
                fam, st, color = "helvetica", "I", (20, 30, 90)
            c.setFont(RL_FONTS[(fam, st)], size)
            c.setFillColorRGB(*(v / 255.0 for v in color))
            c.drawString(x * mm, (PAGE_H - y) * mm, s)
        elif kind == "line":
            _, x1, y1, x2, y2, lw, color = op
            c.setStrokeColorRGB(*(v / 255.0 for v in color))
            c.setLineWidth(lw * mm)
            c.line(x1 * mm, (PAGE_H - y1) * mm, x2 * mm, (PAGE_H - y2) * mm)
        elif kind == "rect":
            _, x, y, w, h, fill, stroke, lw = op
            if fill:
                c.setFillColorRGB(*(v / 255.0 for v in fill))
            if stroke:
                c.setStrokeColorRGB(*(v / 255.0 for v in stroke))
                c.setLineWidth(lw * mm)
            c.rect(x * mm, (PAGE_H - y - h) * mm, w * mm, h * mm, fill=1 if fill else 0, stroke=1 if stroke else 0)
        elif kind == "poly":
            _, pts, lw, color = op
            c.setStrokeColorRGB(*(v / 255.0 for v in color))
            c.setLineWidth(lw * mm)
            p = c.beginPath()
            p.moveTo(pts[0][0] * mm, (PAGE_H - pts[0][1]) * mm)
            for px, py in pts[1:]:
                p.lineTo(px * mm, (PAGE_H - py) * mm)
            c.drawPath(p, stroke=1, fill=0)


SCAN_DPI = 200


def render_pdf(docs, info: PdfInfo, engine="fpdf", keep_scans=None):
    """Render documents (in order) into one PDF. Returns (bytes, [(first, last, scanned)...])."""
    fm = FpdfMeasurer() if engine == "fpdf" else RLMeasurer()
    im = ImageMeasurer(SCAN_DPI)
    painter = ImagePainter(im)
    pages = []   # (kind, payload)
    ranges = []
    for d in docs:
        first = len(pages) + 1
        if d.scan:
            for pi, ops in enumerate(layout(d, im)):
                img = painter.paint(ops, seed=d.seed * 100 + pi)
                ang = d.angle if (d.angle is not None and pi == 0) else None
                scanned, data, fmt = scanify(img, d.scan, seed=d.seed * 100 + pi + 1, angle=ang)
                pages.append(("img", (scanned, data, fmt)))
                if keep_scans is not None:
                    keep_scans.append((d, pi, scanned))
        else:
            for ops in layout(d, fm):
                pages.append(("ops", ops))
        ranges.append((first, len(pages), bool(d.scan)))
    if engine == "fpdf":
        from fpdf import FPDF
        pdf = FPDF(unit="mm", format="A4")
        pdf.core_fonts_encoding = "windows-1252"
        pdf.set_auto_page_break(False)
        pdf.set_margins(0, 0, 0)
        pdf.set_creation_date(info.created)
        pdf.set_title(info.title)
        pdf.set_author(info.author)
        pdf.set_creator(info.creator)
        pdf.set_producer(info.producer or "PyFPDF/fpdf2")
        for kind, payload in pages:
            pdf.add_page()
            if kind == "ops":
                fpdf_draw(pdf, payload)
            else:
                img, data, fmt = payload
                src = io.BytesIO(data) if fmt == "jpeg" else img
                pdf.image(src, x=0, y=0, w=PAGE_W, h=PAGE_H)
        return bytes(pdf.output()), ranges
    # reportlab
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.utils import ImageReader
    from reportlab.pdfgen import canvas
    old = os.environ.get("SOURCE_DATE_EPOCH")
    os.environ["SOURCE_DATE_EPOCH"] = str(int(info.created.timestamp()))
    try:
        buf = io.BytesIO()
        c = canvas.Canvas(buf, pagesize=A4, invariant=1, pageCompression=1)
        c.setTitle(info.title)
        c.setAuthor(info.author)
        c.setCreator(info.creator)
        if info.producer:
            c.setProducer(info.producer)
        for kind, payload in pages:
            if kind == "ops":
                rl_draw(c, payload)
            else:
                img, data, fmt = payload
                c.drawImage(ImageReader(io.BytesIO(data)), 0, 0, A4[0], A4[1])
            c.showPage()
        c.save()
        return buf.getvalue(), ranges
    finally:
        if old is None:
            del os.environ["SOURCE_DATE_EPOCH"]
        else:
            os.environ["SOURCE_DATE_EPOCH"] = old


# --------------------------------------------------------------------------------------------
# .docx / .eml / .txt writers
# --------------------------------------------------------------------------------------------

FIXED_ZIP_TIME = (2024, 1, 1, 0, 0, 0)


def _docx_runs(par, text, size=None, bold=False, italic=False):
    from docx.shared import Pt
    for i, seg in enumerate(text.split("**")):
        if not seg:
            continue
        r = par.add_run(seg)
        r.bold = bold or (i % 2 == 1)
        r.italic = italic
        if size:
            r.font.size = Pt(size)


def render_docx(blocks, *, author, created, header_text=None, footer_text=None, font="Calibri",
                size=11, title=""):
    """Render a simple block list to .docx bytes with deterministic zip entries."""
    import docx
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.shared import Pt, RGBColor
    d = docx.Document()
    normal = d.styles["Normal"]
    normal.font.name = font
    normal.font.size = Pt(size)
    sec = d.sections[0]
    if header_text:
        hp = sec.header.paragraphs[0]
        _docx_runs(hp, header_text, size=8)
        hp.runs[0].font.color.rgb = RGBColor(0x55, 0x55, 0x55)
    if footer_text:
        fp = sec.footer.paragraphs[0]
        _docx_runs(fp, footer_text, size=8)
    flat = []

    def add(x):
        if isinstance(x, (list, tuple)):
            for y in x:
                add(y)
        elif x is not None:
            flat.append(x)
    add(blocks)
    for b in flat:
        if isinstance(b, P):
            if b.keep and "B" in b.style and (b.size or 0) >= 12:
                p = d.add_heading(level=1 if (b.size or 0) >= 14 else 2)
                _docx_runs(p, b.text)
                continue
            p = d.add_paragraph()
            _docx_runs(p, b.text, size=b.size, bold="B" in b.style, italic="I" in b.style)
            if b.align == "R":
                p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
            elif b.align == "C":
                p.alignment = WD_ALIGN_PARAGRAPH.CENTER
        elif isinstance(b, Bullets):
            for item in b.items:
                if isinstance(item, tuple):
                    p = d.add_paragraph(style="List Number" if item[0][:1].isdigit() else "List Bullet")
                    _docx_runs(p, item[1])
                else:
                    p = d.add_paragraph(style="List Bullet")
                    _docx_runs(p, item)
        elif isinstance(b, KV):
            t = d.add_table(rows=0, cols=2)
            for k, v in b.rows:
                cells = t.add_row().cells
                cells[0].text = ""
                _docx_runs(cells[0].paragraphs[0], k, bold=True)
                _docx_runs(cells[1].paragraphs[0], v)
        elif isinstance(b, Table):
            t = d.add_table(rows=0, cols=len(b.widths))
            t.style = "Table Grid"
            for ri, r in enumerate(b.rows):
                cells = t.add_row().cells
                for ci, txt in enumerate(r):
                    _docx_runs(cells[ci].paragraphs[0], str(txt), bold=ri < b.header)
        elif isinstance(b, PageBreak):
            d.add_page_break()
        elif isinstance(b, (Space, Rule)):
            continue
        elif isinstance(b, Sig):
            t = d.add_table(rows=1, cols=len(b.cols))
            for ci, col in enumerate(b.cols):
                cell = t.rows[0].cells[ci]
                cell.text = ""
                cell.paragraphs[0].add_run("\n\n______________________")
                for s in col:
                    cell.add_paragraph(s)
        else:
            raise TypeError(f"not supported in docx: {b!r}")
    cp = d.core_properties
    cp.author = author
    cp.last_modified_by = author
    utc = created.astimezone(_dt.UTC).replace(tzinfo=None)
    cp.created = utc
    cp.modified = utc
    cp.revision = 3
    cp.title = title
    cp.comments = ""
    buf = io.BytesIO()
    d.save(buf)
    return normalize_zip(buf.getvalue(), created.timetuple()[:6])


def normalize_zip(data: bytes, date_time=FIXED_ZIP_TIME) -> bytes:
    """Rewrite a zip with fixed entry timestamps and attributes (python-docx stamps the current time)."""
    src = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
        for info in src.infolist():
            zi = zipfile.ZipInfo(info.filename, date_time=date_time)
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            z.writestr(zi, src.read(info.filename))
    return out.getvalue()


def _html_from_text(text):
    import html
    paras = []
    for block in text.split("\n\n"):
        paras.append("<p>" + html.escape(block).replace("\n", "<br>\n") + "</p>")
    return ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>'
            '<body style="font-family:Calibri,Arial,sans-serif;font-size:11pt">\n' + "\n".join(paras)
            + "\n</body></html>\n")


def render_eml(*, sender, to, subject, date: _dt.datetime, body, cc=None, msgid, in_reply_to=None,
               attachments=(), html=False, user_agent=None, boundary_seed="x"):
    msg = EmailMessage(policy=email.policy.SMTP)
    msg["From"] = sender
    msg["To"] = to
    if cc:
        msg["Cc"] = cc
    msg["Subject"] = subject
    msg["Date"] = email.utils.format_datetime(date)
    msg["Message-ID"] = msgid
    if in_reply_to:
        msg["In-Reply-To"] = in_reply_to
        msg["References"] = in_reply_to
    if user_agent:
        msg["X-Mailer"] = user_agent
    msg["MIME-Version"] = "1.0"
    msg.set_content(body, charset="utf-8")
    if html:
        msg.add_alternative(_html_from_text(body), subtype="html", charset="utf-8")
    for fname, data, mime in attachments:
        maintype, subtype = mime.split("/")
        msg.add_attachment(data, maintype=maintype, subtype=subtype, filename=fname)
    for i, part in enumerate(msg.walk()):
        if part.is_multipart():
            part.set_boundary(f"----=_Part_{boundary_seed}_{i}")
    return msg.as_bytes(policy=email.policy.SMTP)


# --------------------------------------------------------------------------------------------
# Dossier collection + ground truth
# --------------------------------------------------------------------------------------------

class Dossier:
    def __init__(self, name, description, conclusion, note_md, readme):
        self.name = name
        self.description = description
        self.conclusion = conclusion
        self.note_md = note_md
        self.readme = readme
        self.dir = OUT / name
        self.documents = []
        self.scan_samples = []
        self.files = []

    def _write(self, rel, data: bytes):
        p = self.dir / rel
        p.parent.mkdir(parents=True, exist_ok=True)
        p.write_bytes(data)
        self.files.append(rel)

    def _record(self, file, attachment, pages, meta, scanned):
        doc_type = meta.doc_type
        assert doc_type in DOC_TYPES, doc_type
        if doc_type in SUBTYPES:
            assert meta.subtype in SUBTYPES[doc_type], (file, meta.subtype)
        else:
            assert meta.subtype is None, (file, meta.subtype)
        _dt.date.fromisoformat(meta.date)
        self.documents.append({
            "file": file, "attachment": attachment, "pages": list(pages) if pages else None,
            "date": meta.date, "doc_type": doc_type, "subtype": meta.subtype, "title": meta.title,
            "scanned": bool(scanned)})

    def pdf(self, rel, docs, info: PdfInfo, engine="fpdf"):
        data, ranges = render_pdf(docs, info, engine, keep_scans=self.scan_samples)
        self._write(rel, data)
        for d, (a, b, sc) in zip(docs, ranges, strict=True):
            self._record(rel, None, (a, b), d, sc)
        return data

    def docx(self, rel, meta: Meta, blocks, **kw):
        self._write(rel, render_docx(blocks, **kw))
        self._record(rel, None, None, meta, False)

    def txt(self, rel, meta: Meta, text, encoding="utf-8", crlf=False):
        if crlf:
            text = text.replace("\n", "\r\n")
        self._write(rel, text.encode(encoding))
        self._record(rel, None, None, meta, False)

    def eml(self, rel, meta: Meta, attachments=(), **kw):
        """attachments: [(filename, [Doc...], PdfInfo, engine)] rendered as PDF attachments."""
        att_bytes = []
        recs = []
        for fname, docs, info, engine in attachments:
            data, ranges = render_pdf(docs, info, engine, keep_scans=self.scan_samples)
            att_bytes.append((fname, data, "application/pdf"))
            recs.append((fname, docs, ranges))
        self._write(rel, render_eml(attachments=att_bytes, **kw))
        self._record(rel, None, None, meta, False)
        for fname, docs, ranges in recs:
            for d, (a, b, sc) in zip(docs, ranges, strict=True):
                self._record(rel, fname, (a, b), d, sc)

    def expected(self):
        def key(d):
            return (d["file"], d["attachment"] is not None, d["attachment"] or "",
                    d["pages"][0] if d["pages"] else 0)
        docs = sorted(self.documents, key=key)
        return {"name": self.name, "description": self.description, "conclusion": self.conclusion,
                "documents": docs}



# --------------------------------------------------------------------------------------------
# Verification
# --------------------------------------------------------------------------------------------

def _date_forms(iso):
    x = _dt.date.fromisoformat(iso)
    months = ["januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus", "september", "oktober",
              "november", "december"]
    d, m, y = x.day, x.month, x.year
    forms = {f"{d} {months[m - 1]} {y}", f"{d} {months[m - 1]}", f"{d:02d}-{m:02d}-{y}", f"{d}-{m}-{y}",
             f"{d:02d}/{m:02d}/{y}", f"{d}/{m}/{y}", f"{d:02d}-{m:02d}-{y % 100:02d}", f"{d}-{m}-{y % 100:02d}",
             f"{d}-{m}-{y % 100}", f"{d}/{m}", f"{d:02d}/{m:02d}", x.isoformat(), f"{d:02d}-{m:02d}-{y}"}
    return forms


def doc_words(doc):
    words = []
    for b in doc.flat_blocks():
        texts = []
        if isinstance(b, P):
            texts = [b.text]
        elif isinstance(b, Bullets):
            texts = [i[1] if isinstance(i, tuple) else i for i in b.items]
        elif isinstance(b, KV):
            texts = [k + " " + v for k, v in b.rows]
        elif isinstance(b, Table):
            texts = [" ".join(map(str, r)) for r in b.rows]
        elif isinstance(b, Hand):
            texts = b.lines
        elif isinstance(b, Sig):
            texts = [" ".join(c) for c in b.cols]
        for t in texts:
            words += re.findall(r"[A-Za-zÀ-ÿ]{3,}", t.replace("**", ""))
    return [w.lower() for w in words]


def verify(dossiers, ocr=False):
    import email as _email
    import subprocess
    import tempfile

    import pdfplumber
    problems, notes = [], []
    total = 0
    for f in OUT.rglob("*"):
        if f.is_file():
            total += f.stat().st_size
    notes.append(f"total size of sample_dossiers/: {total / 1e6:.2f} MB")
    if total > 8e6:
        problems.append("sample_dossiers/ is larger than 8 MB")
    for d in dossiers:
        exp = json.loads((OUT / "_expected" / f"{d.name}.json").read_text(encoding="utf-8"))
        c = exp["conclusion"]
        if c["verdict"] not in ("ready", "at_risk", "not_ready"):
            problems.append(f"{d.name}: bad verdict")
        for key in ("timely_notice", "improvement_opportunity", "training_and_conditions", "redeployment",
                    "not_due_to_illness"):
            if c["criteria"].get(key) not in ("met", "doubtful", "not_met"):
                problems.append(f"{d.name}: bad criterion {key}")
        docs = exp["documents"]
        if not 6 <= len(docs) <= 15:
            problems.append(f"{d.name}: {len(docs)} documents")
        on_disk = sorted(str(p.relative_to(OUT / d.name)) for p in (OUT / d.name).rglob("*") if p.is_file())
        listed = sorted({x["file"] for x in docs})
        if on_disk != listed:
            problems.append(f"{d.name}: files on disk {on_disk} != files in ground truth {listed}")
        by_pdf = {}
        for x in docs:
            by_pdf.setdefault((x["file"], x["attachment"]), []).append(x)
        for (file, att), xs in by_pdf.items():
            path = OUT / d.name / file
            if file.endswith(".eml"):
                msg = _email.message_from_bytes(path.read_bytes(), policy=email.policy.default)
                hdr_date = email.utils.parsedate_to_datetime(msg["Date"]).date().isoformat()
                if att is None:
                    if xs[0]["date"] != hdr_date:
                        problems.append(f"{d.name}/{file}: date {xs[0]['date']} != Date header {hdr_date}")
                    continue
                data = None
                for part in msg.iter_attachments():
                    if part.get_filename() == att:
                        data = part.get_content()
                if data is None:
                    problems.append(f"{d.name}/{file}: attachment {att} missing")
                    continue
                src = io.BytesIO(data)
            elif file.endswith(".pdf"):
                src = path
            elif file.endswith(".docx"):
                import docx
                text = "\n".join(p_.text for p_ in docx.Document(str(path)).paragraphs)
                text += "\n".join(c_.text for t in docx.Document(str(path)).tables for r in t.rows for c_ in r.cells)
                if not any(f in text for f in _date_forms(xs[0]["date"])):
                    notes.append(f"{d.name}/{file}: document date {xs[0]['date']} not found literally in text")
                continue
            else:
                text = path.read_bytes().decode("utf-8")
                if not any(f in text for f in _date_forms(xs[0]["date"])):
                    notes.append(f"{d.name}/{file}: document date {xs[0]['date']} not found literally in text")
                continue
            with pdfplumber.open(src) as pdf:
                n = len(pdf.pages)
                pages = [(pg.extract_text() or "", len(pg.images)) for pg in pdf.pages]
            xs = sorted(xs, key=lambda x: x["pages"][0])
            expect = 1
            for x in xs:
                a, b = x["pages"]
                if a != expect or b < a:
                    problems.append(f"{d.name}/{file}: page ranges not contiguous at {x['title']}")
                expect = b + 1
                for pi in range(a - 1, b):
                    text, nimg = pages[pi]
                    if x["scanned"] and (text.strip() or nimg != 1):
                        problems.append(f"{d.name}/{file} p{pi + 1}: scanned page has text or no single image")
                    if not x["scanned"] and len(text.strip()) < 20:
                        problems.append(f"{d.name}/{file} p{pi + 1}: no text layer")
                if not x["scanned"]:
                    body = "\n".join(pages[pi][0] for pi in range(a - 1, b))
                    if not any(f in body for f in _date_forms(x["date"])):
                        notes.append(f"{d.name}/{file}: date {x['date']} of '{x['title']}' not found literally")
            if expect - 1 != n:
                problems.append(f"{d.name}/{file}: {n} pages, ground truth covers {expect - 1}")
            where = file + (f" > {att}" if att else "")
            notes.append(f"{d.name}/{where}: {n} page(s), {len(xs)} document(s)")
    if ocr:
        if not shutil.which("tesseract"):
            notes.append("tesseract not found: OCR check skipped")
        else:
            for d in dossiers:
                if not d.scan_samples:
                    continue
                doc, pi, img = d.scan_samples[min(1, len(d.scan_samples) - 1)]
                with tempfile.TemporaryDirectory() as tmp:
                    png = Path(tmp) / "page.png"
                    img.save(png)
                    out = subprocess.run(["tesseract", str(png), "-", "-l", "nld"], capture_output=True,
                                         text=True).stdout
                src = set(doc_words(doc))
                got = [w.lower() for w in re.findall(r"[A-Za-zÀ-ÿ]{3,}", out)]
                hit = sum(1 for w in got if w in src)
                ratio = hit / max(1, len(got))
                notes.append(f"OCR {d.name} '{doc.title}' page {pi + 1}: {len(got)} words, "
                             f"{ratio:.0%} found in the source text")
                if ratio < 0.8:
                    problems.append(f"OCR quality low for {d.name} '{doc.title}' ({ratio:.0%})")
    for n_ in notes:
        print("  " + n_)
    for p_ in problems:
        print("PROBLEM: " + p_)
    print("verify: OK" if not problems else f"verify: {len(problems)} problem(s)")
    return not problems


CONTENT_MODULES = ["d1_logistiek", "d2_makelaardij", "d3_groothandel", "d4_bakkerij", "d5_tech"]


def content_modules(only=None):
    import importlib
    sys.path.insert(0, str(Path(__file__).resolve().parent))
    mods = []
    for name in CONTENT_MODULES:
        if only and only not in name:
            continue
        mods.append(importlib.import_module(f"sample_dossier_content.{name}"))
    return mods


README_HEAD = """# Sample dossiers

Five generated, fictitious Dutch personnel dossiers for testing the dossier analyzer on the
d-ground (art. 7:669 lid 3 sub d BW, dismissal for unsuitability / poor performance). All names,
companies, addresses and events are invented.

Each `sample_dossiers/<name>/` folder holds only the files of one dossier (what the tool analyses).
The ground truth lives in `sample_dossiers/_expected/`:

- `<name>.json` — the expected conclusion (verdict `ready` / `at_risk` / `not_ready` and a
  `met` / `doubtful` / `not_met` score per requirement) and the list of documents: file,
  attachment name inside an .eml, page range inside a (bundled) PDF, document date, type,
  subtype, title and whether the pages are scanned images without a text layer.
- `<name>.md` — a short Dutch note: what an employment lawyer would conclude per requirement, and why.

The `date` of a document is the date it was written or the meeting was held. The documents
deliberately also contain other dates (birth dates, start of employment, assessment periods,
deadlines, planned meetings) as distractors.

Rebuild (deterministic, same bytes on every run):

    .venv/bin/python scripts/build_sample_dossiers.py            # build
    .venv/bin/python scripts/build_sample_dossiers.py --verify   # build and check (text layers, page counts)
    .venv/bin/python scripts/build_sample_dossiers.py --verify --ocr   # also OCR a scanned page with tesseract

## The dossiers
"""


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--verify", action="store_true", help="check the output after building")
    ap.add_argument("--ocr", action="store_true", help="with --verify: OCR one scanned page with tesseract")
    ap.add_argument("--only", help="build only the dossier whose name contains this")
    args = ap.parse_args(argv)

    mods = content_modules(args.only)
    OUT.mkdir(parents=True, exist_ok=True)
    exp_dir = OUT / "_expected"
    exp_dir.mkdir(exist_ok=True)
    built = []
    for m in mods:
        target = OUT / m.NAME
        if target.exists():
            shutil.rmtree(target)
        d = m.build(sys.modules[__name__])
        assert d.name == m.NAME
        (exp_dir / f"{d.name}.json").write_text(
            json.dumps(d.expected(), ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
        (exp_dir / f"{d.name}.md").write_text(d.note_md.strip() + "\n", encoding="utf-8")
        built.append(d)
        n = len(d.documents)
        print(f"{d.name}: {n} documents in {len(d.files)} files")
    if not args.only:
        readme = README_HEAD + "\n" + "\n\n".join(
            f"### `{d.name}` — expected verdict: {d.conclusion['verdict']}\n\n{d.readme.strip()}" for d in built) + "\n"
        (OUT / "README.md").write_text(readme, encoding="utf-8")
    if args.verify:
        ok = verify(built, ocr=args.ocr)
        if not ok:
            sys.exit(1)
    return built


if __name__ == "__main__":
    sys.dont_write_bytecode = True  # keep scripts/ free of __pycache__
    sys.path.insert(0, str(Path(__file__).resolve().parent))
    import build_sample_dossiers as _engine  # run as one module so the content modules share it
    _engine.main()
