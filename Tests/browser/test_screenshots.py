"""Full-page screenshots of every page type, and of the records with little or odd data, at 390 and 1280 px.

They are written to test-artifacts/screenshots/<page>-<width>.png for a person to look at (the suite prints the
folder at the end); the test itself checks only that each shot is a whole, non-blank page.
"""
import base64
import io

import pytest
from PIL import Image

from conftest import SCREENSHOTS
from pages import EXTRA_SCREENSHOTS, PAGES, open_page

SHOTS = {**PAGES, **EXTRA_SCREENSHOTS}


@pytest.fixture(scope="module")
def folder():
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    for old in SCREENSHOTS.glob("*.png"):
        old.unlink()
    return SCREENSHOTS


def full_page_png(driver):
    size = driver.execute_cdp_cmd("Page.getLayoutMetrics", {})["cssContentSize"]
    width, height = driver.execute_script("return window.innerWidth"), size["height"]
    shot = driver.execute_cdp_cmd("Page.captureScreenshot", {
        "format": "png", "captureBeyondViewport": True,
        "clip": {"x": 0, "y": 0, "width": width, "height": height, "scale": 1}})
    return base64.b64decode(shot["data"]), width, height


@pytest.mark.parametrize("name", list(SHOTS))
def test_full_page_screenshot(driver, site, folder, name):
    open_page(driver, site, SHOTS[name])
    driver.execute_script("return document.fonts.ready")
    png, width, height = full_page_png(driver)
    path = folder / f"{name}-{driver.width}.png"
    path.write_bytes(png)
    image = Image.open(io.BytesIO(png)).convert("RGB")
    assert image.width == width, f"{path.name} is {image.width} px wide, the viewport {width}"
    assert abs(image.height - round(height)) <= 2, f"{path.name} is {image.height} px high, the page {height}"
    colours = image.resize((64, max(1, image.height * 64 // image.width))).getcolors(4096)
    assert colours is None or len(colours) > 8, f"{path.name} looks blank ({len(colours)} colours)"
