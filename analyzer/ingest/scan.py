"""Clean up a scanned page before OCR: straighten a phone photo, even out shadows and grey paper, remove a
copier's dark border, and deskew.

Tesseract binarises a page with one global threshold, so a shadow, grey paper or a black border costs it whole
lines, and a tilted page costs it words at every line end. Each step works on a small copy of the page where it
can (the page is A4 at 150–300 dpi; these steps take tens of milliseconds against ~1 s for Tesseract) and only
changes the page when it finds what it looks for: a clean scan goes through unchanged.
"""

from __future__ import annotations

import cv2
import numpy as np
from PIL import Image

# Pages are analysed at this width (pixels) to find their outline, shadows and skew: enough for text lines.
_SMALL_WIDTH = 600
# Skew angles tried, in degrees: scanners and copiers tilt a sheet by up to a few degrees.
_MAX_SKEW = 5.0
# A pixel whose colour channels differ by more than this is coloured ink (a stamp, a pen), not print.
_COLOURED = 60
# Dark components this many pixels high (at most, at least) can be letters; fewer than _MIN_LETTERS: no measure.
_LETTER_PX = (4, 200)
_MIN_LETTERS = 50
# Below this tilt a page is left as it is: resampling costs more sharpness than the tilt costs Tesseract.
_MIN_SKEW = 0.3


def prepare_page(image: Image.Image) -> Image.Image:
    """The page as Tesseract reads it best: grey, flat background, no border, straight."""
    grey = drop_colour(image)
    grey = straighten_photo(grey)
    grey = flatten_background(grey)
    grey = remove_border(grey)
    grey = despeckle(grey)
    grey = deskew(grey)
    grey = remove_lines(grey)
    return Image.fromarray(grey)


def drop_colour(image: Image.Image) -> np.ndarray:
    """The page in grey without its coloured ink: a red or blue stamp and a blue pen signature over the typed text.

    Typed text is black or grey (its channels alike); what is clearly coloured is whitened, as a scanner's colour
    dropout does. A grey scan has nothing to drop.
    """
    if image.mode not in ("RGB", "RGBA", "P", "CMYK"):
        return np.asarray(image.convert("L"))
    red, green, blue = cv2.split(np.asarray(image.convert("RGB")))
    spread = cv2.subtract(cv2.max(cv2.max(red, green), blue), cv2.min(cv2.min(red, green), blue))
    grey = np.asarray(image.convert("L"))
    coloured = spread > _COLOURED
    if not coloured.any():
        return grey
    grey = grey.copy()
    grey[coloured] = 255
    return grey


def _small(grey: np.ndarray) -> tuple[np.ndarray, float]:
    scale = _SMALL_WIDTH / grey.shape[1]
    if scale >= 1:
        return grey, 1.0
    size = (_SMALL_WIDTH, max(1, round(grey.shape[0] * scale)))
    return cv2.resize(grey, size, interpolation=cv2.INTER_AREA), scale


def straighten_photo(grey: np.ndarray) -> np.ndarray:
    """A photo of a sheet on a desk: find the sheet's four corners and warp it to a flat rectangle.

    Applies only when a bright quadrilateral covering 30–92% of the image stands out from a darker surround;
    a scan (the sheet fills the image) is returned as it is.
    """
    small, scale = _small(grey)
    _, paper = cv2.threshold(cv2.GaussianBlur(small, (5, 5), 0), 0, 255, cv2.THRESH_BINARY + cv2.THRESH_OTSU)
    paper = cv2.morphologyEx(paper, cv2.MORPH_CLOSE, np.ones((15, 15), np.uint8))
    contours, _ = cv2.findContours(paper, cv2.RETR_EXTERNAL, cv2.CHAIN_APPROX_SIMPLE)
    if not contours:
        return grey
    sheet = max(contours, key=cv2.contourArea)
    share = cv2.contourArea(sheet) / (small.shape[0] * small.shape[1])
    if not 0.30 <= share <= 0.92:
        return grey
    corners = cv2.approxPolyDP(cv2.convexHull(sheet), 0.02 * cv2.arcLength(sheet, True), True)
    if len(corners) != 4 or not _plain_surround(small, sheet):
        return grey
    corners = _order_corners(corners.reshape(4, 2).astype(np.float32) / scale)
    width = int(max(np.linalg.norm(corners[1] - corners[0]), np.linalg.norm(corners[2] - corners[3])))
    height = int(max(np.linalg.norm(corners[3] - corners[0]), np.linalg.norm(corners[2] - corners[1])))
    target = np.array([[0, 0], [width - 1, 0], [width - 1, height - 1], [0, height - 1]], np.float32)
    matrix = cv2.getPerspectiveTransform(corners, target)
    return cv2.warpPerspective(grey, matrix, (width, height), flags=cv2.INTER_CUBIC, borderValue=255)


def _plain_surround(small: np.ndarray, sheet: np.ndarray) -> bool:
    """True when what lies outside the bright area is a plain desk, not more of the page (a shadow over half a
    scan is dark too, but it holds text): almost no edges away from the sheet's own outline."""
    inside = np.zeros_like(small)
    cv2.drawContours(inside, [sheet], -1, 255, thickness=cv2.FILLED)
    outside = cv2.dilate(inside, np.ones((15, 15), np.uint8)) == 0  # the outline itself is an edge
    if not outside.any():
        return False
    edges = cv2.Canny(small, 50, 150) > 0
    return float(edges[outside].mean()) < 0.01


def _order_corners(points: np.ndarray) -> np.ndarray:
    """Top-left, top-right, bottom-right, bottom-left."""
    total, diff = points.sum(axis=1), np.diff(points, axis=1).ravel()
    return np.array([points[total.argmin()], points[diff.argmin()], points[total.argmax()], points[diff.argmax()]])


def flatten_background(grey: np.ndarray) -> np.ndarray:
    """Divide the page by its own background (paper colour, shadow, uneven light), then stretch the contrast.

    The background is estimated on a small copy where text strokes vanish under a dilation and a median;
    grey text on grey paper comes out black on white, a shadow across the page comes out white. Black text on
    evenly white paper is left as it is.
    """
    small, _ = _small(grey)
    background = cv2.medianBlur(cv2.dilate(small, np.ones((5, 5), np.uint8)), 21)
    ink = small[small < 200]
    if background.min() >= 225 and (ink.size == 0 or np.percentile(ink, 10) <= 80):
        return grey
    background = cv2.resize(background, (grey.shape[1], grey.shape[0]), interpolation=cv2.INTER_LINEAR)
    flat = cv2.divide(grey, np.maximum(background, 1), scale=255)
    dark = float(np.percentile(flat[::4, ::4], 0.5))
    if dark >= 250:  # an empty page
        return flat
    stretch = np.clip((np.arange(256, dtype=np.float32) - dark) * (255.0 / (255.0 - dark)), 0, 255)
    return cv2.LUT(flat, stretch.astype(np.uint8))


def remove_border(grey: np.ndarray) -> np.ndarray:
    """Whiten dark areas that touch the page edge and are large (a copier's lid edge, a punched hole's shadow).

    Text never touches the edge of a scanned sheet; a dark band there is read by Tesseract as a column of
    garbage characters and can cost it the line layout.
    """
    small, scale = _small(grey)
    dark = (small < 128).astype(np.uint8)
    count, labels, stats, _ = cv2.connectedComponentsWithStats(dark, connectivity=8)
    height, width = small.shape
    drop = []
    for label in range(1, count):
        left, top, w, h, area = stats[label]
        touches = left == 0 or top == 0 or left + w >= width or top + h >= height
        large = w > 0.25 * width or h > 0.25 * height
        if touches and large and area > 0.2 * w * h:
            drop.append(label)
    if not drop:
        return grey
    mask = np.isin(labels, drop).astype(np.uint8) * 255
    mask = cv2.dilate(mask, np.ones((3, 3), np.uint8))
    mask = cv2.resize(mask, (grey.shape[1], grey.shape[0]), interpolation=cv2.INTER_NEAREST)
    cleaned = grey.copy()
    cleaned[mask > 0] = 255
    return cleaned


def despeckle(grey: np.ndarray) -> np.ndarray:
    """Whiten a copier's or fax's speckle: specks of one or two dark pixels with no other ink within two pixels.

    Tesseract reads a dot beside a letter as part of it ("rovember"). Every part of a letter, an i's dot and a
    full stop included, has more ink around it at 150 dpi and up, so print is never touched (a median filter
    would thin it: "+31" read as "-31").
    """
    dark = (grey < 128).astype(np.uint8)
    around = cv2.boxFilter(dark, cv2.CV_16U, (5, 5), normalize=False)
    specks = (dark == 1) & (around <= 2)
    if not specks.any():
        return grey
    cleaned = grey.copy()
    cleaned[specks] = 255
    return cleaned


def remove_lines(grey: np.ndarray) -> np.ndarray:
    """Whiten long straight lines (a copier's streaks, a form's boxes and rules), then mend the letters they
    crossed.

    Tesseract takes a line through the text for a column boundary and splits every text line there; no letter is
    as tall as a twentieth or as wide as an eighth of the page, so only lines go. Where a stroke of a letter ran
    across the line, its two ends are joined again over the gap.
    """
    ink = (grey < 200).astype(np.uint8) * 255  # ruled paper's lines are light grey
    half = cv2.resize(ink, (grey.shape[1] // 2, grey.shape[0] // 2), interpolation=cv2.INTER_AREA) > 40
    half = half.astype(np.uint8)  # a line one pixel wide keeps half its ink at half size
    width = half.shape[1]
    vertical = cv2.morphologyEx(half, cv2.MORPH_OPEN, np.ones((max(3, width // 20), 1), np.uint8))
    horizontal = cv2.morphologyEx(half, cv2.MORPH_OPEN, np.ones((1, max(3, width // 8)), np.uint8))
    if not (vertical.any() or horizontal.any()):
        return grey
    cleaned = grey.copy()
    gaps = []
    for found, across in ((vertical, (1, 9)), (horizontal, (9, 1))):
        if found.any():
            band = cv2.dilate(
                cv2.resize(found, grey.shape[::-1], interpolation=cv2.INTER_NEAREST), np.ones((3, 3), np.uint8)
            )
            cleaned[band > 0] = 255
            gaps.append((band > 0, across))
    letters = (cleaned < 128).astype(np.uint8)
    for band, across in gaps:
        mended = cv2.morphologyEx(letters, cv2.MORPH_CLOSE, np.ones(across, np.uint8)) > 0
        cleaned[band & mended] = 0
    return cleaned


def skew_angle(grey: np.ndarray) -> float:
    """The page's tilt in degrees: the angle at which the text lines' horizontal projection is sharpest."""
    small, _ = _small(grey)
    ink = (small < 160).astype(np.float32)
    if ink.mean() < 0.002:
        return 0.0
    centre = (small.shape[1] / 2, small.shape[0] / 2)

    def sharpness(angle: float) -> float:
        matrix = cv2.getRotationMatrix2D(centre, angle, 1.0)
        rotated = cv2.warpAffine(ink, matrix, (small.shape[1], small.shape[0]), flags=cv2.INTER_NEAREST)
        return float(np.var(rotated.sum(axis=1)))

    coarse = max(np.arange(-_MAX_SKEW, _MAX_SKEW + 0.01, 0.5), key=sharpness)
    return float(max(np.arange(coarse - 0.5, coarse + 0.51, 0.1), key=sharpness))


def deskew(grey: np.ndarray) -> np.ndarray:
    """Rotate the page so its text lines are level (only when it is tilted by more than a third of a degree)."""
    angle = skew_angle(grey)
    if abs(angle) < _MIN_SKEW:
        return grey
    centre = (grey.shape[1] / 2, grey.shape[0] / 2)
    matrix = cv2.getRotationMatrix2D(centre, angle, 1.0)
    return cv2.warpAffine(grey, matrix, (grey.shape[1], grey.shape[0]), flags=cv2.INTER_CUBIC, borderValue=255)


def letter_height(grey: np.ndarray) -> float | None:
    """The median height in pixels of the page's letters (dark connected components of letter shape), or None when
    the page holds too few of them to tell (a photo, a nearly empty sheet)."""
    _, ink = cv2.threshold(grey, 0, 255, cv2.THRESH_BINARY_INV + cv2.THRESH_OTSU)
    _, _, stats, _ = cv2.connectedComponentsWithStats(ink, connectivity=8)
    heights, widths = stats[1:, cv2.CC_STAT_HEIGHT], stats[1:, cv2.CC_STAT_WIDTH]
    letters = heights[(heights >= _LETTER_PX[0]) & (heights <= _LETTER_PX[1]) & (widths >= 2) & (widths <= 3 * heights)]
    return float(np.median(letters)) if len(letters) >= _MIN_LETTERS else None


def fit_to_letters(image: Image.Image, dpi: int, letter_px: float, floor_dpi: int) -> tuple[Image.Image, int]:
    """The page scaled down so that its letters are `letter_px` high (never below `floor_dpi`), and its resolution.

    Tesseract's time grows with the pixels it lays out while its accuracy stops growing once letters are about that
    high: print larger than needed is read at a lower resolution, small print keeps the resolution it came with.
    """
    grey = np.asarray(image.convert("L"))
    height = letter_height(grey)
    if height is None or height <= letter_px:
        return image, dpi
    target = max(floor_dpi, round(dpi * letter_px / height))
    if target >= dpi:
        return image, dpi
    size = (max(1, grey.shape[1] * target // dpi), max(1, grey.shape[0] * target // dpi))
    return Image.fromarray(cv2.resize(grey, size, interpolation=cv2.INTER_AREA)), target


def is_blank(image: Image.Image) -> bool:
    """True for an empty sheet (the back of a page, a separator): under one pixel in 5,000 is clearly darker than
    the paper (grey print on grey paper is ink too)."""
    small, _ = _small(np.asarray(image.convert("L")))
    paper = float(np.median(small))
    return float((small < paper - 50).mean()) < 0.0002
