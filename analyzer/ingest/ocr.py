"""OCR of page images with Tesseract's Dutch model, called in-process through its C API (libtesseract).

Each process loads the model once and keeps it; a page goes in as its grey pixels and its resolution. Against the
`tesseract` command (a TIFF written and parsed, the model loaded again every run) this is 13% less time a page for
the same text on benchmarks/ocr_bench.py's 60 pages. Tesseract runs one thread (OMP_THREAD_LIMIT=1 before the
library loads: 2.6x faster per page here, where the pages are spread over worker processes instead). A page that
runs past its deadline is stopped by Tesseract's own monitor and reported; a crash of the library costs the worker
process, which the pool replaces (analyzer/ingest/parallel.py).
"""

from __future__ import annotations

import atexit
import ctypes
import ctypes.util
import functools
import os
import threading
from dataclasses import dataclass

import numpy as np
from PIL import Image

from analyzer.ingest.errors import UnreadableFile
from analyzer.ingest.settings import IngestSettings

NOT_INSTALLED = (
    "Deze pagina is gescand, maar tekstherkenning (Tesseract met het Nederlandse taalmodel) is niet geïnstalleerd; "
    "installeer het programma opnieuw met de installatieopdracht uit de README."
)
TOO_SLOW = (
    "Tekstherkenning van een gescande pagina duurde langer dan {seconds} seconden en is afgebroken; "
    "controleer de scan of lever een betere kopie aan."
)
# The C API reads a page as one block of text (page segmentation mode 6); the command line, and this product, lay
# the page out first (mode 3), which keeps the columns of a two-column form apart.
_AUTOMATIC_LAYOUT = 3
# One page at a time per process: a Tesseract instance is not thread-safe (the dashboard can ask for a scanned page's
# word boxes from two sessions at once), and no thread may be inside Tesseract when the process forks its reading
# workers, or a worker inherits a half-used instance and hangs. The lock is taken around every fork.
_IN_TESSERACT = threading.Lock()
os.register_at_fork(
    before=_IN_TESSERACT.acquire, after_in_parent=_IN_TESSERACT.release, after_in_child=_IN_TESSERACT.release
)
_LIBRARY_NAMES = ("libtesseract.so.5", "libtesseract.so.4", "libtesseract.5.dylib", "libtesseract.dylib")


def _declare(lib: ctypes.CDLL) -> ctypes.CDLL:
    """The signatures of the C API functions used here (ctypes would otherwise pass pointers as 32-bit ints)."""
    pointer, text, number = ctypes.c_void_p, ctypes.c_char_p, ctypes.c_int
    for name, restype, argtypes in (
        ("TessBaseAPICreate", pointer, []),
        ("TessBaseAPIInit3", number, [pointer, text, text]),
        ("TessBaseAPISetVariable", number, [pointer, text, text]),
        ("TessBaseAPISetPageSegMode", None, [pointer, number]),
        ("TessBaseAPISetImage", None, [pointer, pointer, number, number, number, number]),
        ("TessBaseAPISetSourceResolution", None, [pointer, number]),
        ("TessBaseAPIRecognize", number, [pointer, pointer]),
        ("TessBaseAPIGetUTF8Text", pointer, [pointer]),
        ("TessBaseAPIGetTsvText", pointer, [pointer, number]),
        ("TessBaseAPIClear", None, [pointer]),
        ("TessBaseAPIDelete", None, [pointer]),
        ("TessDeleteText", None, [pointer]),
        ("TessMonitorCreate", pointer, []),
        ("TessMonitorSetDeadlineMSecs", None, [pointer, number]),
        ("TessMonitorDelete", None, [pointer]),
    ):
        function = getattr(lib, name)
        function.restype, function.argtypes = restype, argtypes
    return lib


@functools.cache
def _library() -> ctypes.CDLL | None:
    os.environ["OMP_THREAD_LIMIT"] = "1"  # read by OpenMP when the library loads
    for name in (ctypes.util.find_library("tesseract"), *_LIBRARY_NAMES):
        if name:
            try:
                return _declare(ctypes.CDLL(name))
            except OSError:
                continue
    return None


@dataclass
class _Engine:
    """One initialised Tesseract with a language model, kept for the life of the process."""

    lib: ctypes.CDLL
    handle: int
    closed: bool = False

    def close(self) -> None:
        """At exit: free the model under the lock (a daemon thread may still be reading a page)."""
        with _IN_TESSERACT:
            self.closed = True
            self.lib.TessBaseAPIDelete(self.handle)

    def read(self, image: Image.Image, dpi: int, timeout_s: float, output: str = "text") -> str:
        grey = np.ascontiguousarray(np.asarray(image.convert("L")))
        with _IN_TESSERACT:
            if self.closed:
                raise UnreadableFile(NOT_INSTALLED)
            return self._read(grey, dpi, timeout_s, output)

    def _read(self, grey: np.ndarray, dpi: int, timeout_s: float, output: str) -> str:
        height, width = grey.shape
        lib, handle = self.lib, self.handle
        lib.TessBaseAPISetImage(handle, grey.ctypes.data, width, height, 1, width)
        lib.TessBaseAPISetSourceResolution(handle, dpi)
        monitor = lib.TessMonitorCreate()
        lib.TessMonitorSetDeadlineMSecs(monitor, int(timeout_s * 1000))
        try:
            if lib.TessBaseAPIRecognize(handle, monitor) != 0:
                raise UnreadableFile(TOO_SLOW.format(seconds=f"{timeout_s:g}".replace(".", ",")))
            found = lib.TessBaseAPIGetTsvText(handle, 0) if output == "tsv" else lib.TessBaseAPIGetUTF8Text(handle)
            try:
                return ctypes.string_at(found).decode("utf-8", errors="replace") if found else ""
            finally:
                lib.TessDeleteText(found)
        finally:
            lib.TessMonitorDelete(monitor)
            lib.TessBaseAPIClear(handle)  # frees the page's image and results; the model stays loaded


@functools.cache
def _engine(language: str, variables: tuple[tuple[str, str], ...]) -> _Engine | None:
    lib = _library()  # outside the lock: finding the library may start a process (ldconfig)
    if lib is None:
        return None
    with _IN_TESSERACT:
        return _start_engine(lib, language, variables)


def _start_engine(lib: ctypes.CDLL, language: str, variables: tuple[tuple[str, str], ...]) -> _Engine | None:
    handle = lib.TessBaseAPICreate()
    if lib.TessBaseAPIInit3(handle, None, language.encode()) != 0:
        return None  # the language's trained data is not installed
    for name, value in (("debug_file", os.devnull), *variables):  # no "Detected N diacritics" on the console
        lib.TessBaseAPISetVariable(handle, name.encode(), value.encode())
    lib.TessBaseAPISetPageSegMode(handle, _AUTOMATIC_LAYOUT)
    engine = _Engine(lib, handle)
    atexit.register(engine.close)  # a worker process skips this and Tesseract's own clean-up
    return engine


def tesseract_available(language: str) -> bool:
    """True when libtesseract and the language's trained data are installed."""
    return _engine(language, ()) is not None


def ocr_page(image: Image.Image, dpi: int, settings: IngestSettings) -> str:
    """The text Tesseract reads on one page image of the given resolution; UnreadableFile when it cannot."""
    engine = _engine(settings.ocr_language, settings.ocr_variables)
    if engine is None:
        raise UnreadableFile(NOT_INSTALLED)
    return engine.read(image, dpi, settings.ocr_page_timeout_s)


def ocr_words(image: Image.Image, settings: IngestSettings, dpi: int) -> list[tuple[str, tuple[int, int, int, int]]]:
    """Every recognised word with its box in image pixels (left, top, right, bottom), in reading order: to mark a
    quoted passage on a scanned page."""
    engine = _engine(settings.ocr_language, settings.ocr_variables)
    if engine is None:
        raise UnreadableFile(NOT_INSTALLED)
    words = []
    for row in engine.read(image, dpi, settings.ocr_page_timeout_s, output="tsv").splitlines():
        fields = row.split("\t")
        if len(fields) == 12 and fields[0] == "5" and fields[11].strip():
            left, top, width, height = (int(v) for v in fields[6:10])
            words.append((fields[11], (left, top, left + width, top + height)))
    return words
