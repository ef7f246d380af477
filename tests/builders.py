"""Build real input files for tests: text PDFs, scanned (image-only) PDFs, .docx, .eml, broken files."""

from __future__ import annotations

import datetime as dt
import io
import random
from email.message import EmailMessage
from pathlib import Path

import docx
from fpdf import FPDF
from PIL import Image, ImageDraw, ImageFont


def _new_pdf() -> FPDF:
    pdf = FPDF(format="A4")
    pdf.set_creation_date(dt.datetime(2024, 1, 1, tzinfo=dt.UTC))
    pdf.set_auto_page_break(auto=False)
    return pdf


def _add_text_page(pdf: FPDF, text: str) -> None:
    pdf.add_page()
    pdf.set_font("Helvetica", size=11)
    pdf.set_xy(20, 20)
    for line in text.splitlines():
        pdf.set_x(20)
        pdf.cell(170, 6, line, new_x="LMARGIN", new_y="NEXT")


def _add_scanned_page(pdf: FPDF, text: str, seed: int, dpi: int = 200) -> None:
    pdf.add_page()
    buffer = io.BytesIO()
    page_image(text, dpi=dpi, seed=seed).save(buffer, format="PNG")
    pdf.image(buffer, x=0, y=0, w=210, h=297)


def pdf_bytes(
    pages: list[str],
    *,
    scanned: frozenset[int] | set[int] = frozenset(),
    user_password: str | None = None,
    owner_password: str | None = None,
) -> bytes:
    """A PDF, one string per page; pages whose 0-based index is in `scanned` are images without a text layer."""
    pdf = _new_pdf()
    if owner_password or user_password:
        pdf.set_encryption(owner_password=owner_password or "eigenaar", user_password=user_password or "")
    for index, text in enumerate(pages):
        if index in scanned:
            _add_scanned_page(pdf, text, seed=index + 1)
        else:
            _add_text_page(pdf, text)
    return bytes(pdf.output())


def text_pdf(pages: list[str], **passwords: str) -> bytes:
    """A PDF with a real text layer on every page."""
    return pdf_bytes(pages, **passwords)


def scanned_pdf(pages: list[str]) -> bytes:
    """An image-only PDF (no text layer): every page is a scan."""
    return pdf_bytes(pages, scanned=set(range(len(pages))))


def page_image(text: str, *, dpi: int = 200, seed: int = 1) -> Image.Image:
    """An A4 page image of typed text with some speckle noise, like a copier scan."""
    width, height = int(8.27 * dpi), int(11.69 * dpi)
    image = Image.new("L", (width, height), 255)
    draw = ImageDraw.Draw(image)
    font = ImageFont.load_default(size=int(dpi * 0.16))
    y = int(dpi * 0.9)
    for line in text.splitlines():
        draw.text((int(dpi * 0.9), y), line, fill=0, font=font)
        y += int(dpi * 0.26)
    rng = random.Random(seed)
    for _ in range(400):
        draw.point((rng.randrange(width), rng.randrange(height)), fill=rng.randrange(0, 120))
    return image.rotate(0.4, fillcolor=255, expand=False)


def docx_bytes(paragraphs: list[str], table: list[list[str]] | None = None) -> bytes:
    document = docx.Document()
    for paragraph in paragraphs:
        document.add_paragraph(paragraph)
    if table:
        grid = document.add_table(rows=len(table), cols=len(table[0]))
        for r, row in enumerate(table):
            for c, value in enumerate(row):
                grid.cell(r, c).text = value
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()


def eml_bytes(
    *, sender: str, to: str, date: str, subject: str, body: str, attachments: list[tuple[str, bytes, str]] = ()
) -> bytes:
    """An e-mail; attachments are (filename, bytes, mime type)."""
    message = EmailMessage()
    message["From"], message["To"], message["Date"], message["Subject"] = sender, to, date, subject
    message.set_content(body)
    for name, data, mime in attachments:
        maintype, subtype = mime.split("/")
        message.add_attachment(data, maintype=maintype, subtype=subtype, filename=name)
    return bytes(message)


def write(folder: Path, name: str, data: bytes) -> Path:
    path = folder / name
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(data)
    return path
