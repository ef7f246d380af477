"""Build the measurement set for grouping duplicates: dossiers with planted copies, versions and quoting e-mails.

Usage (from the repository root)::

    .venv/bin/python tests/duplicate_sets/build.py           # (re)write dev/ and heldout/ from texts/
    .venv/bin/python tests/duplicate_sets/build.py --check   # rebuild, then run the pipeline over every dossier

Each dossier is described by one YAML file, ``texts/<part>/<name>.yaml``: its texts, the variants derived from them
(a draft is the final text with a few replacements, so the difference between two versions is visible in one
place), the files made from them and the answer (groups, singletons, hard negatives). The answer is written as
``<part>/<name>.groups.json`` beside the dossier folder. The output is deterministic: PDFs carry a fixed creation date
(tests/builders.py), .docx zip entries a fixed timestamp and e-mails a MIME boundary seeded by their file name.
"""

from __future__ import annotations

import argparse
import datetime as dt
import io
import json
import random
import shutil
import sys
import time
import unicodedata
import zipfile
from collections import Counter
from collections.abc import Callable
from pathlib import Path

import yaml
from fpdf import FPDF
from PIL import ImageFont

from analyzer.labels import MONTHS_NL as MONTHS

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))  # tests/builders.py, as tests/conftest.py does for the tests

import builders  # noqa: E402

PARTS = ("dev", "heldout")
KINDS = ("exact", "version", "quote")
# Separates an e-mail's path from its attachment's name in a member key: space, U+203A, space.
SEP = " \u203a "
ANSWER = ".groups.json"  # <part>/<name>.groups.json, beside the dossier folder (not read as one of its files)
LIMITS = {"documents": (12, 20), "groups": (4, 7), "scans": (0, 2)}

# Text PDF page (tests/builders.py): Helvetica 11 on 170 mm, lines of 6 mm from 20 mm down an A4 of 297 mm.
PDF_WIDTH_MM = 168.0
PDF_LINES = 44
# Scanned page (builders.page_image at 200 dpi): default font of 32 px, lines of 52 px from 180 px down 2338 px;
# 40 lines end 100 px above the edge.
SCAN_WIDTH_PX = 1300.0
SCAN_LINES = 40

DAYS = ("maandag", "dinsdag", "woensdag", "donderdag", "vrijdag", "zaterdag", "zondag")
MIME = {
    ".pdf": "application/pdf",
    ".docx": "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
}
FIXED_ZIP_TIME = (2024, 1, 1, 0, 0, 0)


class SetError(ValueError):
    """A dossier description that cannot be built or whose answer is inconsistent."""


# --- dates -----------------------------------------------------------------------------------------------------


def _last_sunday(year: int, month: int) -> dt.date:
    day = dt.date(year, month, 31)
    return day - dt.timedelta(days=(day.weekday() + 1) % 7)


def amsterdam(stamp: str) -> dt.datetime:
    """A "YYYY-MM-DD HH:MM" local time in the Netherlands, with its CET/CEST offset (EU rule, whole days)."""
    local = dt.datetime.strptime(stamp, "%Y-%m-%d %H:%M")
    summer = _last_sunday(local.year, 3) <= local.date() < _last_sunday(local.year, 10)
    return local.replace(tzinfo=dt.timezone(dt.timedelta(hours=2 if summer else 1)))


def long_date(moment: dt.datetime) -> str:
    """The time as Outlook writes it in a quoted header: "dinsdag 14 mei 2024 09:12"."""
    return f"{DAYS[moment.weekday()]} {moment.day} {MONTHS[moment.month - 1]} {moment.year} {moment:%H:%M}"


def short_date(moment: dt.datetime) -> str:
    """The time as web mail writes it above a quote: "14 mei 2024 om 09:12"."""
    return f"{moment.day} {MONTHS[moment.month - 1]} {moment.year} om {moment:%H:%M}"


# --- texts -----------------------------------------------------------------------------------------------------


class Dossier:
    """One dossier's description (its YAML file), with the texts composed from it."""

    def __init__(self, part: str, source: Path) -> None:
        self.part = part
        self.name = source.stem
        self.spec = yaml.safe_load(source.read_text(encoding="utf-8"))
        self.texts: dict[str, str] = {key: value.strip() for key, value in self.spec["texts"].items()}
        self.files: dict[str, dict] = {entry["name"]: entry for entry in self.spec["files"]}

    def text(self, key: str) -> str:
        """A text by key: written out under `texts`, or derived under `variants`."""
        if key in self.texts:
            return self.texts[key]
        variant = self.spec.get("variants", {}).get(key)
        if variant is None:
            raise SetError(f"{self.name}: no text or variant '{key}'")
        text = self.text(variant["of"])
        for old, new in variant["replace"]:
            if text.count(old) != 1:
                raise SetError(f"{self.name}: variant '{key}': {old[:50]!r} occurs {text.count(old)} times")
            text = text.replace(old, new)
        return text

    def mail(self, name: str) -> dict:
        entry = self.files.get(name)
        if entry is None or not name.endswith(".eml"):
            raise SetError(f"{self.name}: no e-mail file '{name}'")
        return entry

    def body(self, name: str) -> str:
        """An e-mail's body: its blocks (texts and quotes) separated by a blank line."""
        return "\n\n".join(self.block(block) for block in self.mail(name)["body"])

    def block(self, block: str | dict) -> str:
        """A text key, or a quoted message: the header its mail program writes, then its body (maybe "> "-prefixed)."""
        if isinstance(block, str):
            return self.text(block)
        if "mail" in block:  # one of the dossier's own e-mails, with its own quotes (a chain)
            header, quoted = self.mail(block["mail"]), self.body(block["mail"])
        else:  # a message that is not in the dossier itself: its header and body are given in the block
            header, quoted = block, "\n\n".join(self.block(part) for part in block["body"])
        return quote_header(block["style"], header) + "\n" + prefixed(quoted, block.get("prefix"))

    def printed(self, name: str) -> str:
        """An e-mail as it comes out of the printer: Van/Aan/Datum/Onderwerp, then the body."""
        mail = self.mail(name)
        header = [
            f"Van: {mail['from']}",
            f"Aan: {mail['to']}",
            f"Datum: {long_date(amsterdam(mail['date']))}",
            f"Onderwerp: {mail['subject']}",
        ]
        return "\n".join(header) + "\n\n" + self.body(name)

    def content(self, entry: dict) -> str:
        """The text of a non-mail file or attachment: a text key, or the printout of one of the dossier's e-mails."""
        return self.printed(entry["print"]) if "print" in entry else self.text(entry["text"])


def quote_header(style: str, mail: dict) -> str:
    """The lines a mail program puts above a quoted or forwarded message."""
    moment = amsterdam(mail["date"])
    if style == "outlook":
        return "\n".join([
            "________________________________",
            f"Van: {mail['from']}",
            f"Verzonden: {long_date(moment)}",
            f"Aan: {mail['to']}",
            f"Onderwerp: {mail['subject']}",
            "",
        ])  # fmt: skip
    if style == "schreef":
        return f"Op {short_date(moment)} schreef {mail['from']}:\n"
    if style == "forward":
        return "\n".join([
            "---------- Doorgestuurd bericht ----------",
            f"Van: {mail['from']}",
            f"Datum: {DAYS[moment.weekday()][:2]} {short_date(moment)}",
            f"Onderwerp: {mail['subject']}",
            f"Aan: {mail['to']}",
            "",
        ])  # fmt: skip
    raise SetError(f"unknown quote style '{style}'")


def prefixed(text: str, prefix: str | None) -> str:
    """Quote every line with `prefix` ("> "); a line quoted before gets one more ">" ("> x" becomes ">> x")."""
    if not prefix:
        return text
    marker = prefix.rstrip()
    return "\n".join(
        marker + line if line.startswith(marker) else (prefix + line if line else marker) for line in text.splitlines()
    )


# --- files -----------------------------------------------------------------------------------------------------


def wrap(line: str, width: float, measure: Callable[[str], float]) -> list[str]:
    """Break a paragraph into lines that fit `width`; a PDF cell does not wrap by itself."""
    lines, current = [], ""
    for word in line.split(" "):
        candidate = f"{current} {word}" if current else word
        if current and measure(candidate) > width:
            lines.append(current)
            current = word
        else:
            current = candidate
    return [*lines, current]


def layout(text: str, width: float, measure: Callable[[str], float]) -> list[str]:
    return [piece for line in text.splitlines() for piece in wrap(line, width, measure)]


def _pdf_measure() -> Callable[[str], float]:
    pdf = FPDF(format="A4")
    pdf.set_font("Helvetica", size=11)
    return pdf.get_string_width


def pdf_pages(text: str) -> list[str]:
    """One page when the text fits; otherwise pages broken at a blank line, each with "Pagina k van N" at its foot."""
    lines = layout(text, PDF_WIDTH_MM, _pdf_measure())
    if len(lines) <= PDF_LINES:
        return ["\n".join(lines)]
    body = PDF_LINES - 3
    pages: list[list[str]] = []
    while lines:
        cut = len(lines) if len(lines) <= body else body
        if cut < len(lines):
            blanks = [i for i in range(body // 2, body) if not lines[i].strip()]
            cut = blanks[-1] + 1 if blanks else body
        pages.append(lines[:cut])
        lines = lines[cut:]
    if len(pages) > 2:
        raise SetError(f"text of {len(pages)} pages (at most 2): {text[:60]!r}")
    total = len(pages)
    return [
        "\n".join(page + [""] * (PDF_LINES - 1 - len(page)) + [f"Pagina {k} van {total}"])
        for k, page in enumerate(pages, start=1)
    ]


def scannable(text: str) -> str:
    """The text without diacritics: the font of builders.page_image draws a box for ë and é (OCR drops them too)."""
    plain = "".join(ch for ch in unicodedata.normalize("NFKD", text) if not unicodedata.combining(ch))
    if not plain.isascii():
        raise SetError(f"a scanned text may hold no characters beyond ASCII but letters with accents: {text[:60]!r}")
    return plain


def scan_pages(text: str) -> list[str]:
    """A scanned file is one page: OCR is slow in tests, and a second page would have to be OCR'd too."""
    font = ImageFont.load_default(size=32)
    lines = layout(scannable(text), SCAN_WIDTH_PX, font.getlength)
    if len(lines) > SCAN_LINES:
        raise SetError(f"scanned text of {len(lines)} lines (at most {SCAN_LINES}): {text[:60]!r}")
    return ["\n".join(lines)]


def stable_docx(text: str) -> bytes:
    """A .docx of the text, one paragraph per line, with fixed zip timestamps (python-docx stamps the time)."""
    data = builders.docx_bytes(text.splitlines())
    source, target = zipfile.ZipFile(io.BytesIO(data)), io.BytesIO()
    with zipfile.ZipFile(target, "w", zipfile.ZIP_DEFLATED) as out:
        for item in source.infolist():
            info = zipfile.ZipInfo(item.filename, FIXED_ZIP_TIME)
            info.compress_type = zipfile.ZIP_DEFLATED
            out.writestr(info, source.read(item.filename))
    return target.getvalue()


def document_bytes(name: str, text: str, scanned: bool) -> bytes:
    suffix = Path(name).suffix.lower()
    if suffix == ".pdf":
        return builders.scanned_pdf(scan_pages(text)) if scanned else builders.text_pdf(pdf_pages(text))
    if scanned:
        raise SetError(f"{name}: only a PDF can be a scan")
    if suffix == ".docx":
        return stable_docx(text)
    if suffix == ".txt":
        return (text + "\n").encode("utf-8")
    raise SetError(f"{name}: no writer for '{suffix}'")


def eml(dossier: Dossier, entry: dict) -> bytes:
    attachments = []
    for item in entry.get("attachments", []):
        data = document_bytes(item["name"], dossier.content(item), item.get("scan", False))
        attachments.append((item["name"], data, MIME[Path(item["name"]).suffix.lower()]))
    random.seed(entry["name"])  # the MIME boundary is drawn from `random` when the message is serialised
    return builders.eml_bytes(
        sender=entry["from"],
        to=entry["to"],
        date=amsterdam(entry["date"]).strftime("%a, %d %b %Y %H:%M:%S %z"),
        subject=entry["subject"],
        body=dossier.body(entry["name"]) + "\n",
        attachments=attachments,
    )


def file_bytes(dossier: Dossier, entry: dict) -> bytes:
    if entry["name"].endswith(".eml"):
        return eml(dossier, entry)
    return document_bytes(entry["name"], dossier.content(entry), entry.get("scan", False))


# --- answer ----------------------------------------------------------------------------------------------------


def member_keys(dossier: Dossier) -> list[str]:
    """Every document the pipeline should find: each file, and each e-mail attachment as "<eml> › <name>"."""
    keys = []
    for entry in dossier.spec["files"]:
        keys.append(entry["name"])
        keys.extend(f"{entry['name']}{SEP}{item['name']}" for item in entry.get("attachments", []))
    return keys


def answer(dossier: Dossier) -> dict:
    """The groups.json of a dossier, after checking it names every document exactly once and keeps the limits."""
    groups, singletons = dossier.spec["groups"], dossier.spec["singletons"]
    listed = [key for group in groups for key in group["members"]] + singletons
    keys = member_keys(dossier)
    problems = [f"listed {n}x: {key}" for key, n in Counter(listed).items() if n > 1]
    problems += [f"not listed: {key}" for key in keys if key not in listed]
    problems += [f"no such document: {key}" for key in listed if key not in keys]
    problems += [f"group of one: {g['members']}" for g in groups if len(g["members"]) < 2]
    problems += [f"unknown kind: {g['kind']}" for g in groups if g["kind"] not in KINDS]
    group_of = {key: index for index, group in enumerate(groups) for key in group["members"]}
    for pair in dossier.spec.get("hard_negatives", []):
        a, b = pair["members"]
        if a not in keys or b not in keys:
            problems.append(f"hard negative names no document: {a} / {b}")
        elif a in group_of and group_of.get(a) == group_of.get(b):
            problems.append(f"hard negative in one group: {a} / {b}")
    scans = sum(1 for e in dossier.spec["files"] for item in [e, *e.get("attachments", [])] if item.get("scan"))
    for label, count in (("documents", len(keys)), ("groups", len(groups)), ("scans", scans)):
        low, high = LIMITS[label]
        if not low <= count <= high:
            problems.append(f"{count} {label} (allowed {low}-{high})")
    if problems:
        raise SetError(f"{dossier.part}/{dossier.name}: " + "; ".join(problems))
    return {
        "groups": [{"kind": g["kind"], "members": list(g["members"])} for g in groups],
        "singletons": list(singletons),
    }


# --- build and check -------------------------------------------------------------------------------------------


def dossiers() -> list[Dossier]:
    return [Dossier(part, path) for part in PARTS for path in sorted((HERE / "texts" / part).glob("*.yaml"))]


def build(dossier: Dossier) -> Path:
    """Write one dossier's files and groups.json into a fresh folder."""
    result = answer(dossier)
    folder = HERE / dossier.part / dossier.name
    if folder.exists():
        shutil.rmtree(folder)
    for entry in dossier.spec["files"]:
        builders.write(folder, entry["name"], file_bytes(dossier, entry))
    builders.write(
        folder.parent, dossier.name + ANSWER, (json.dumps(result, ensure_ascii=False, indent=2) + "\n").encode("utf-8")
    )
    return folder


def words(dossier: Dossier) -> list[int]:
    """Word counts of the written documents (letters, reports and mail bodies; quotes included)."""
    counts = []
    for entry in dossier.spec["files"]:
        text = dossier.body(entry["name"]) if entry["name"].endswith(".eml") else dossier.content(entry)
        counts.append(len(text.split()))
        counts.extend(len(dossier.content(item).split()) for item in entry.get("attachments", []))
    return counts


def summary(built: list[Dossier]) -> None:
    for part in PARTS:
        members = [d for d in built if d.part == part]
        kinds = Counter(g["kind"] for d in members for g in d.spec["groups"])
        singles = sum(len(d.spec["singletons"]) for d in members)
        negatives = sum(len(d.spec.get("hard_negatives", [])) for d in members)
        print(
            f"{part}: "
            + ", ".join(f"{k} {kinds[k]}" for k in KINDS)
            + f", singletons {singles}, hard negatives {negatives}"
        )
        for d in members:
            counts = words(d)
            print(
                f"  {d.name}: {len(member_keys(d))} documents, {len(d.spec['groups'])} groups, "
                f"words {min(counts)}-{max(counts)}"
            )


def check(built: list[Dossier]) -> bool:
    """Run the real pipeline: every key of groups.json is exactly one readable document (no PDF split, none missing)."""
    from analyzer.pipeline import AnalysisSettings, analyze

    settings = AnalysisSettings(use_cache=False, workers=1)
    ok = True
    started = time.perf_counter()
    for dossier in built:
        folder = HERE / dossier.part / dossier.name
        answer_file = json.loads((folder.parent / (dossier.name + ANSWER)).read_text(encoding="utf-8"))
        listed = [key for group in answer_file["groups"] for key in group["members"]] + answer_file["singletons"]
        expected = set(listed)
        begin = time.perf_counter()
        result = analyze(folder, settings)
        found, problems = [], []
        for doc in result.documents:
            key = doc.file if doc.attachment is None else f"{doc.file}{SEP}{doc.attachment}"
            found.append(key)
            if doc.error:
                problems.append(f"not read: {key}: {doc.error}")
            elif not "".join(page.text for page in doc.pages).strip():
                problems.append(f"no text: {key}")
        problems += [f"{n} documents in {key}" for key, n in Counter(found).items() if n > 1]
        problems += [f"missing: {key}" for key in sorted(expected - set(found))]
        problems += [f"unexpected: {key}" for key in sorted(set(found) - expected)]
        ocr = sum(1 for doc in result.documents for page in doc.pages if page.ocr)
        status = "OK" if not problems else "FAILED"
        print(
            f"{dossier.part}/{dossier.name}: {len(found)} documents for {len(expected)} keys, "
            f"{ocr} OCR'd pages, {time.perf_counter() - begin:.1f} s, {status}"
        )
        for problem in problems:
            print(f"  {problem}")
        ok = ok and not problems
    print(f"check: {time.perf_counter() - started:.1f} s in all")
    return ok


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="after building, run the pipeline over every dossier")
    args = parser.parse_args()
    built = dossiers()
    for dossier in built:
        build(dossier)
    summary(built)
    return 0 if not args.check or check(built) else 1


if __name__ == "__main__":
    sys.exit(main())
