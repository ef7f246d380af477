"""Shared letterheads, footers and helpers for the sample dossiers."""
from __future__ import annotations

import datetime as _dt

from build_sample_dossiers import KV, PAGE_H, PAGE_W, P, Rule, line_ops, wrap_runs

MAANDEN = ["januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus", "september",
           "oktober", "november", "december"]
DAGEN = ["maandag", "dinsdag", "woensdag", "donderdag", "vrijdag", "zaterdag", "zondag"]


def d(iso):
    return _dt.date.fromisoformat(iso)


def lang(iso, weekday=False, year=True):
    """'12 maart 2024' / 'dinsdag 12 maart 2024'."""
    x = d(iso)
    s = f"{x.day} {MAANDEN[x.month - 1]}" + (f" {x.year}" if year else "")
    return (DAGEN[x.weekday()] + " " + s) if weekday else s


def num(iso, sep="-", pad=True, short_year=False):
    x = d(iso)
    y = x.year % 100 if short_year else x.year
    if pad:
        return f"{x.day:02d}{sep}{x.month:02d}{sep}{y:02d}" if short_year else f"{x.day:02d}{sep}{x.month:02d}{sep}{y}"
    return f"{x.day}{sep}{x.month}{sep}{y}"


def _text(meas, st, s, x, y, size, style="", color=(0, 0, 0), family=None, align="L", width=None):
    fam = family or st.family
    line = wrap_runs(meas, s, fam, style, size, 10_000)[0]
    w = width if width is not None else 10_000
    if align != "L" and width is None:
        raise ValueError("width needed")
    return line_ops(meas, line, fam, size, x, w, align, color, y, True)


def lh_classic(name, tagline, right_lines, color=(0, 0, 0), name_size=17, family=None, rule=True):
    """Company name left (bold, coloured), tagline under it, address block right, rule under."""
    def fn(meas, st):
        fam = family or st.family
        x0, W = st.ml, PAGE_W - st.ml - st.mr
        ops = _text(meas, st, name, x0, st.mt + 6, name_size, "B", color, fam)
        if tagline:
            ops += _text(meas, st, tagline, x0, st.mt + 11.5, 8.5, "I", (90, 90, 90), fam)
        for i, s in enumerate(right_lines):
            ops += _text(meas, st, s, x0, st.mt + 1.5 + i * 3.6, 7.5, "", (70, 70, 70), fam, "R", W)
        bottom = max(14.0, 3.0 + len(right_lines) * 3.6)
        if rule:
            ops.append(("line", x0, st.mt + bottom, x0 + W, st.mt + bottom, 0.5, color))
        return ops, bottom + 7.0
    return fn


def lh_centered(name, lines, color=(0, 0, 0), size=15, family=None, double_rule=False):
    def fn(meas, st):
        fam = family or st.family
        x0, W = st.ml, PAGE_W - st.ml - st.mr
        ops = _text(meas, st, name, x0, st.mt + 6, size, "B", color, fam, "C", W)
        y = st.mt + 11
        for s in lines:
            ops += _text(meas, st, s, x0, y, 8, "", (60, 60, 60), fam, "C", W)
            y += 3.6
        ops.append(("line", x0 + 20, y, x0 + W - 20, y, 0.4, color))
        if double_rule:
            ops.append(("line", x0 + 20, y + 0.9, x0 + W - 20, y + 0.9, 0.2, color))
        return ops, y - st.mt + 8
    return fn


def lh_logo(initials, name, lines, color, text_color=(255, 255, 255), family=None, sub=None):
    """Coloured square with initials, name beside it, address lines under the name."""
    def fn(meas, st):
        fam = family or st.family
        x0, W = st.ml, PAGE_W - st.ml - st.mr
        ops = [("rect", x0, st.mt, 14, 14, color, None, 0)]
        ops += _text(meas, st, initials, x0, st.mt + 9.6, 13, "B", text_color, fam, "C", 14)
        ops += _text(meas, st, name, x0 + 18, st.mt + 6, 14, "B", color, fam)
        if sub:
            ops += _text(meas, st, sub, x0 + 18, st.mt + 11.5, 8.5, "", (80, 80, 80), fam)
        y = st.mt + 2
        for s in lines:
            ops += _text(meas, st, s, x0, y, 7.5, "", (80, 80, 80), fam, "R", W)
            y += 3.5
        return ops, max(20.0, y - st.mt + 4)
    return fn


def ft_pages(fmt="Pagina {p} van {n}", align="C", size=8, left=None, rule=False, color=(60, 60, 60),
             only_if_multi=False, family=None):
    def fn(meas, st, p, n):
        fam = family or st.family
        x0, W = st.ml, PAGE_W - st.ml - st.mr
        y = PAGE_H - st.mb
        ops = []
        if rule:
            ops.append(("line", x0, y - 4.5, x0 + W, y - 4.5, 0.2, color))
        if left:
            ops += _text(meas, st, left, x0, y, size - 0.5, "", color, fam)
        if fmt and not (only_if_multi and n == 1):
            ops += _text(meas, st, fmt.format(p=p, n=n), x0, y, size, "", color, fam, align, W)
        return ops
    return fn


def rh_text(left, right="", size=7.5, color=(90, 90, 90), rule=True, family=None):
    """Running header for continuation pages only."""
    def fn(meas, st, p, n):
        fam = family or st.family
        x0, W = st.ml, PAGE_W - st.ml - st.mr
        y = st.mt + 2
        ops = _text(meas, st, left.format(p=p, n=n), x0, y, size, "", color, fam)
        if right:
            ops += _text(meas, st, right.format(p=p, n=n), x0, y, size, "", color, fam, "R", W)
        if rule:
            ops.append(("line", x0, y + 2, x0 + W, y + 2, 0.2, color))
        return ops, 9.0
    return fn


def outlook_print(owner, fields, body_paras, size=10):
    """Blocks of an Outlook e-mail printout: owner name, heavy rule, header block, body."""
    blocks = [P(owner, size=12, style="B", after=0.5), Rule(lw=1.0, before=0.0, after=3.0)]
    blocks.append(KV(fields, key_w=24, size=size, row_after=0.0, after=5.0))
    for para in body_paras:
        if isinstance(para, str):
            blocks.append(P(para, size=size))
        else:
            blocks.append(para)
    return blocks
