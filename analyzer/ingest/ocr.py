"""OCR of page images with Tesseract's Dutch model, run as a subprocess (one thread: 2.6x faster per page here).

Pages go to Tesseract as uncompressed TIFF (PNG compression of a noisy scan costs a third of a second a page),
several pages per call (loading the model costs ~0.1 s a call; benchmarks/ocr_bench.py measured both). Each page
carries its own resolution in the TIFF, which Tesseract reads per page: pages read at different resolutions still
share one call.
"""

from __future__ import annotations

import io
import os
import shutil
import subprocess

from PIL import Image

from analyzer.ingest.errors import UnreadableFile
from analyzer.ingest.settings import IngestSettings


def tesseract_available(language: str) -> bool:
    """True when the tesseract binary and the language's trained data are installed."""
    binary = shutil.which("tesseract")
    if binary is None:
        return False
    listed = subprocess.run([binary, "--list-langs"], capture_output=True, text=True, check=False)
    return language in listed.stdout.split()


def ocr_pages(images: list[tuple[Image.Image, int]], settings: IngestSettings) -> list[str]:
    """Recognise several page images, each with its resolution (dpi), in one Tesseract run: their texts, in order.

    When the run fails, each page is tried on its own, so that one bad page costs only itself: its text is then
    the UnreadableFile instance, for the caller to report.
    """
    if not images:
        return []
    try:
        texts = _tesseract(images, settings).split(PAGE_SEPARATOR)
        if len(texts) == len(images) + 1 and not texts[-1].strip():
            texts.pop()  # older Tesseract versions end every page with the separator, newer ones put it between
        if len(texts) == len(images):
            return texts
    except UnreadableFile:
        if len(images) == 1:
            raise
    return [_one(image, settings) for image in images]


def _one(image: tuple[Image.Image, int], settings: IngestSettings) -> str | UnreadableFile:
    try:
        return _tesseract([image], settings)
    except UnreadableFile as err:
        return err


def ocr_words(image: Image.Image, settings: IngestSettings, dpi: int) -> list[tuple[str, tuple[int, int, int, int]]]:
    """Every recognised word with its box in image pixels (left, top, right, bottom), in reading order: to mark a
    quoted passage on a scanned page."""
    words = []
    for row in _tesseract([(image, dpi)], settings, "tsv").splitlines()[1:]:
        fields = row.split("\t")
        if len(fields) == 12 and fields[0] == "5" and fields[11].strip():
            left, top, width, height = (int(v) for v in fields[6:10])
            words.append((fields[11], (left, top, left + width, top + height)))
    return words


PAGE_SEPARATOR = "\f"


def _tesseract(images: list[tuple[Image.Image, int]], settings: IngestSettings, *config: str) -> str:
    binary = shutil.which("tesseract")
    if binary is None:
        raise UnreadableFile(
            "Deze pagina is gescand, maar tekstherkenning (Tesseract) is niet geïnstalleerd; "
            "installeer het programma opnieuw met de installatieopdracht uit de README."
        )
    buffer = io.BytesIO()
    first, *rest = (_with_resolution(image.convert("L"), dpi) for image, dpi in images)
    first.save(buffer, format="TIFF", save_all=True, append_images=rest, dpi=first.encoderinfo["dpi"])
    env = {**os.environ, "OMP_THREAD_LIMIT": "1"}
    try:
        result = subprocess.run(
            [binary, "stdin", "stdout", "-l", settings.ocr_language, *settings.ocr_options, *config],
            input=buffer.getvalue(),
            capture_output=True,
            env=env,
            timeout=settings.ocr_page_timeout_s * len(images),
            check=False,
        )
    except subprocess.TimeoutExpired as err:
        raise UnreadableFile(
            f"Tekstherkenning van een gescande pagina duurde langer dan {settings.ocr_page_timeout_s:.0f} seconden "
            "en is afgebroken; controleer de scan of lever een betere kopie aan."
        ) from err
    if result.returncode != 0:
        detail = result.stderr.decode("utf-8", errors="replace").strip().splitlines()[-1:] or [""]
        raise UnreadableFile(f"Tekstherkenning (Tesseract) is mislukt: {detail[0]}")
    return result.stdout.decode("utf-8", errors="replace")


def _with_resolution(image: Image.Image, dpi: int) -> Image.Image:
    """The page with its resolution set for the TIFF writer (Pillow writes each appended page's own)."""
    image.encoderinfo = {"dpi": (dpi, dpi)}
    return image
