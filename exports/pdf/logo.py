"""A provider's logo on a document: from the stored PNG, or nothing when it cannot be read."""

import io
import logging

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Image

log = logging.getLogger(__name__)
MAX_WIDTH = 45 * mm
MAX_HEIGHT = 16 * mm


def logo_flowable(png: bytes | None) -> Flowable | None:
    """The logo scaled into its box, right-aligned; a damaged image never stops a document."""
    if not png:
        return None
    try:
        from reportlab.lib.utils import ImageReader

        width, height = ImageReader(io.BytesIO(png)).getSize()
        scale = min(MAX_WIDTH / width, MAX_HEIGHT / height)
        image = Image(io.BytesIO(png), width=width * scale, height=height * scale)
    except Exception:
        log.warning("the provider's logo could not be read; the document is made without it")
        return None
    image.hAlign = "RIGHT"
    return image
