"""Each input format read from a real file made by the test, and each kind of unreadable file."""

from __future__ import annotations

import datetime as dt
import io
import zipfile
from pathlib import Path

import builders
import pytest

from analyzer.dossier import SourceFile
from analyzer.ingest import IngestSettings, extract, iter_sources
from analyzer.ingest.ocr import tesseract_available

SETTINGS = IngestSettings()


def _one(name: str, data: bytes):
    items = extract(SourceFile(name, data), SETTINGS)
    assert len(items) == 1
    return items[0]


def test_text_pdf_is_read_page_by_page():
    item = _one("brief.pdf", builders.text_pdf(["Geachte heer Bakker,\nEerste pagina", "Tweede pagina"]))
    assert item.error is None and item.paginated
    assert [p.number for p in item.pages] == [1, 2]
    assert item.pages[0].text == "Geachte heer Bakker,\nEerste pagina"
    assert item.pages[1].text == "Tweede pagina"
    assert not any(p.ocr for p in item.pages)


def _awkward_pdf() -> bytes:
    """Pages where pdfplumber's coordinates are easy to get wrong: rotated and upside-down text, a MediaBox that
    does not start at the origin, accented characters, text over an image."""
    pdf = builders._new_pdf()
    pdf.add_page()
    pdf.set_font("Helvetica", size=11)
    pdf.text(20, 30, "Geachte heer Çelik, op 12 maart 2024 bespraken wij uw coöperatie en reünie.")
    with pdf.rotation(90, 100, 150):
        pdf.text(100, 150, "Verticaal: officiële waarschuwing")
    with pdf.rotation(180, 120, 200):
        pdf.text(120, 200, "Ondersteboven geschreven regel")
    pdf.text(20, 280, "Pagina 1 van 2")
    builders._add_scanned_page(pdf, "Gescande bijlage", seed=3)
    pdf.set_font("Helvetica", size=9)
    pdf.text(20, 20, "Stempel over de scan: ontvangen 3 april 2024")
    data = bytes(pdf.output())
    return data.replace(b"/MediaBox [0 0 595.28 841.89]", b"/MediaBox [9 7 595.28 841.89]", 1)


def test_fast_page_text_equals_pdfplumbers_extract_text():
    """read_pdf lays out the text from pdfplumber's characters itself (2.5× faster); it must stay identical to
    `page.extract_text()` on every PDF we have, whatever pdfplumber version is installed."""
    import pdfplumber

    from analyzer.ingest.pdf import page_text

    awkward = _awkward_pdf()
    assert b"/MediaBox [9 7 " in awkward
    files = [("awkward.pdf", awkward)]
    files += [(str(p), p.read_bytes()) for p in sorted(Path("sample_dossiers").rglob("*.pdf"))]
    compared = 0
    for name, data in files:
        with pdfplumber.open(io.BytesIO(data)) as pdf:
            for page in pdf.pages:
                assert page_text(page) == page.extract_text(), (name, page.page_number)
                compared += 1
                page.close()
    assert compared >= 40
    with pdfplumber.open(io.BytesIO(awkward)) as pdf:
        text = page_text(pdf.pages[0])
        assert pdf.pages[0].mediabox[:2] == (9, -7)  # pdfplumber's own normalisation of the offset box
    assert "Geachte heer Çelik, op 12 maart 2024" in text and "coöperatie en reünie" in text


def test_tesseract_with_dutch_model_is_installed():
    """OCR is a feature: CI must have it, never skip its tests."""
    assert tesseract_available("nld")


def test_scanned_page_is_ocrd_in_dutch():
    text = "Geachte heer Jansen,\nHierbij ontvangt u een schriftelijke waarschuwing.\nAmsterdam, 12 maart 2024"
    item = _one("scan.pdf", builders.scanned_pdf([text]))
    page = item.pages[0]
    assert page.ocr is True
    assert "Geachte heer Jansen," in page.text
    assert "schriftelijke waarschuwing" in page.text
    assert "12 maart 2024" in page.text


def test_only_the_scanned_page_of_a_mixed_pdf_is_ocrd():
    pages = ["Verslag voortgangsgesprek\nAanwezig: Anja de Wit", "Beoordelingsformulier 2023\nEindoordeel: onvoldoende"]
    item = _one("bundel.pdf", builders.pdf_bytes(pages, scanned={1}))
    assert [p.ocr for p in item.pages] == [False, True]
    assert "Eindoordeel: onvoldoende" in item.pages[1].text


def test_docx_paragraphs_and_tables():
    data = builders.docx_bytes(
        ["Verslag tussentijdse evaluatie", "Datum: 4 juni 2024"],
        table=[["Doel", "Resultaat"], ["Klachten binnen 2 dagen afhandelen", "Niet behaald"]],
    )
    item = _one("evaluatie.docx", data)
    assert item.paginated is False and item.pages[0].number is None
    assert item.pages[0].text == (
        "Verslag tussentijdse evaluatie\nDatum: 4 juni 2024\nDoel | Resultaat\n"
        "Klachten binnen 2 dagen afhandelen | Niet behaald"
    )


def test_eml_headers_body_and_attachment_as_own_document():
    attachment = builders.text_pdf(["Verbeterplan\nDoel 1: offertes binnen 3 werkdagen"])
    data = builders.eml_bytes(
        sender="Petra Smit <p.smit@bouwbedrijf.nl>",
        to="Karim <karim@bouwbedrijf.nl>",
        date="Tue, 12 Mar 2024 09:14:00 +0100",
        subject="Verbeterplan en afspraken",
        body="Hoi Karim,\n\nZie bijlage voor het verbeterplan.\n\nGroet, Petra",
        attachments=[("verbeterplan.pdf", attachment, "application/pdf")],
    )
    mail, plan = extract(SourceFile("mails/plan.eml", data), SETTINGS)
    assert mail.path == "mails/plan.eml" and mail.attachment is None
    assert mail.header_date == dt.date(2024, 3, 12)
    assert mail.title == "Verbeterplan en afspraken"
    assert mail.pages[0].text.startswith("Van: Petra Smit <p.smit@bouwbedrijf.nl>\nAan: Karim <karim@bouwbedrijf.nl>\n")
    assert "Zie bijlage voor het verbeterplan." in mail.pages[0].text
    assert plan.path == "mails/plan.eml" and plan.attachment == "verbeterplan.pdf"
    assert plan.paginated and plan.pages[0].text == "Verbeterplan\nDoel 1: offertes binnen 3 werkdagen"


def test_eml_attachment_declared_as_text_is_read_as_text_whatever_its_name_says():
    """A plan pasted as plain text into a mail but named "….pdf": the mail says it is text, so it is read, with a
    warning, instead of being refused as a broken PDF; a broken attachment that claims to be a PDF is still refused."""
    plan = b"HELDER ENERGIE - VERBETERPLAN\nLooptijd: 8 weken, van 20 januari t/m 14 maart 2025"
    data = builders.eml_bytes(
        sender="Karim <karim@helderenergie.nl>",
        to="mr. F. Jansen <f.jansen@jansenvisser.nl>",
        date="Tue, 21 Jan 2025 08:47:33 +0100",
        subject="FW: verbeterplan",
        body="Hoi Floor,\n\nHet plan is gisteren van start gegaan.",
        attachments=[("Verbeterplan D. van Leeuwen.pdf", plan, "text/plain"), ("scan.pdf", b"\x89garbled", "application/pdf")],
    )
    _, text, broken = extract(SourceFile("FW_ verbeterplan.eml", data), SETTINGS)
    assert text.attachment == "Verbeterplan D. van Leeuwen.pdf" and text.error is None
    assert text.pages[0].text == "HELDER ENERGIE - VERBETERPLAN\nLooptijd: 8 weken, van 20 januari t/m 14 maart 2025"
    assert text.warnings == (
        "De bijlage heet als een ander bestandstype, maar de e-mail geeft haar als tekst mee; als tekst gelezen.",
    )
    assert broken.attachment == "scan.pdf" and broken.error == (
        "Dit bestand heet .pdf maar is geen PDF-document; controleer of het juiste bestand is aangeleverd."
    )


def test_eml_saved_without_a_charset_is_read_by_its_bytes():
    """A mail saved by hand has no Content-Type: its UTF-8 body must not come out as "Cli\ufffd\ufffdnt"."""
    data = "From: Sandra <s@bureau.nl>\nTo: mr. De Graaf <g@advocaat.nl>\nDate: Tue, 4 Jun 2024 09:31:12 +0200\nSubject: Fwd: brief\n\nCliënt betwist dat sprake is van disfunctioneren.\n".encode()  # fmt: skip
    (mail,) = extract(SourceFile("Fwd_ brief.eml", data), SETTINGS)
    assert mail.pages[0].text.endswith("Cliënt betwist dat sprake is van disfunctioneren.")


def test_txt_with_a_utf16_mark_that_is_no_utf16_is_still_read():
    assert _one("notitie.txt", b"\xff\xfe Verslag.").pages[0].text.endswith(" Verslag.")  # 9 bytes: no UTF-16


def test_txt_in_windows_encoding_is_decoded():
    item = _one("notitie.txt", "Notitie: gesprek met Zoë over één week uitstel".encode("cp1252"))
    assert item.pages[0].text == "Notitie: gesprek met Zoë over één week uitstel"


@pytest.mark.parametrize(
    ("name", "data", "message_part"),
    [
        ("leeg.pdf", b"", "leeg (0 bytes)"),
        ("kapot.pdf", builders.text_pdf(["Hallo"])[:300], "beschadigd of onvolledig"),
        ("beveiligd.pdf", builders.text_pdf(["Geheim"], user_password="geheim"), "beveiligd met een wachtwoord"),
        ("programma.pdf", b"MZ\x90\x00" + bytes(200), "geen PDF-document"),
        ("foto.heic", b"\x00\x00\x00\x18ftypheic" + bytes(50), "bestandstype wordt niet ondersteund"),
        ("oud.doc", b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(100), "oude Word-formaat"),
        ("kapot.docx", b"PK\x03\x04 niet echt", "beschadigd"),
        ("leeg.txt", b"   \n", "leeg"),
    ],
)
def test_unreadable_file_gets_clear_dutch_message(name, data, message_part):
    item = _one(name, data)
    assert item.failed
    assert message_part in item.error


def test_owner_password_only_pdf_is_still_read():
    item = _one("alleen-eigenaar.pdf", builders.text_pdf(["Schriftelijke waarschuwing"], owner_password="baas"))
    assert item.error is None
    assert item.pages[0].text == "Schriftelijke waarschuwing"


def test_folder_and_zip_sources_have_paths_relative_to_their_root(tmp_path: Path):
    builders.write(tmp_path / "dossier", "a.txt", b"Notitie een")
    builders.write(tmp_path / "dossier", "sub/b.txt", b"Notitie twee")
    paths = [s.path for s in iter_sources(tmp_path / "dossier", SETTINGS)]
    assert paths == ["a.txt", "sub/b.txt"]

    archive = tmp_path / "dossier.zip"
    with zipfile.ZipFile(archive, "w") as z:
        z.writestr("map/c.txt", "Notitie drie")
        z.writestr("map/", "")
        inner = tmp_path / "inner.zip"
        with zipfile.ZipFile(inner, "w") as zi:
            zi.writestr("d.txt", "Notitie vier")
        z.write(inner, "bijlagen/inner.zip")
    paths = [s.path for s in iter_sources(archive, SETTINGS)]
    assert paths == ["map/c.txt", "bijlagen/inner.zip/d.txt"]


def test_corrupt_zip_is_reported_not_raised(tmp_path: Path):
    archive = builders.write(tmp_path, "kapot.zip", b"PK\x03\x04 dit is geen zip")
    items = list(iter_sources(archive, SETTINGS))
    assert len(items) == 1 and "zip-bestand is beschadigd" in items[0].error
