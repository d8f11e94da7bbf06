"""Fixtures of the browser suite: a fixture site built by the real `gongkai`, served under /jxgk/, and Chromium.

Run as `GONGKAI=<path to the gongkai binary> .venv/bin/python -m pytest -q Tests/browser` (scripts/test does).
Everything the suite needs that is missing (the binary, the corpus generator, chromium, chromedriver) fails the
run with a message saying what to install; nothing is skipped.
"""
import functools
import http.server
import json
import os
import shutil
import subprocess
import threading
import urllib.parse
from dataclasses import dataclass
from pathlib import Path

import pytest
from selenium import webdriver
from selenium.webdriver.chrome.options import Options
from selenium.webdriver.chrome.service import Service

import fixture_content

ROOT = fixture_content.ROOT
ARTIFACTS = ROOT / "test-artifacts"
SCREENSHOTS = ARTIFACTS / "screenshots"
BASE_PATH = "/jxgk/"
WIDTHS = (390, 1280)
WINDOW_HEIGHT = 900


def require(program):
    path = shutil.which(program)
    if path is None:
        pytest.fail(f"{program} is not installed; the browser suite needs it "
                    "(apt-get install chromium chromium-driver fonts-noto-cjk)", pytrace=False)
    return path


@dataclass
class Site:
    url: str        # the base URL, e.g. http://127.0.0.1:41234/jxgk/
    origin: str     # http://127.0.0.1:41234
    out: Path       # the folder the base URL serves (OUT/jxgk)
    content: Path   # the content tree it was built from

    def page(self, path=""):
        """The absolute URL of a site-relative path such as 'units/' or 'search/?q=x'."""
        return self.url + path

    def path_of(self, url):
        """The site-relative path of an absolute URL or of an href under the base."""
        path = urllib.parse.urlparse(url).path
        assert path.startswith(BASE_PATH), f"{url} is not under {BASE_PATH}"
        return path[len(BASE_PATH):]


class QuietHandler(http.server.SimpleHTTPRequestHandler):
    def log_message(self, format, *args):
        pass


class GzipLabellingHandler(QuietHandler):
    """Sends `.gz` files with `Content-Encoding: gzip`, as hosts that map the extension to an encoding do."""

    def end_headers(self):
        if urllib.parse.urlsplit(self.path).path.endswith(".gz"):
            self.send_header("Content-Encoding", "gzip")
        super().end_headers()


class NewerIndexHandler(QuietHandler):
    """Serves a meta.json of a later index format, as a site rebuilt by a newer Gongkai would to a page kept in a cache."""

    version_change = 1

    def do_GET(self):
        if not urllib.parse.urlsplit(self.path).path.endswith("/search/meta.json"):
            return super().do_GET()
        meta = json.loads((Path(self.directory) / BASE_PATH.strip("/") / "search" / "meta.json").read_text(encoding="utf-8"))
        meta["version"] += self.version_change
        body = json.dumps(meta).encode()
        self.send_response(200)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)


class OlderIndexHandler(NewerIndexHandler):
    """Serves a meta.json of an earlier index format, as a host part way through an upload might."""

    version_change = -1


def serve_again(site, handler):
    """The fixture site served a second time on a free port, by `handler`; yields its `Site`."""
    httpd = http.server.ThreadingHTTPServer(("127.0.0.1", 0), functools.partial(handler, directory=str(site.out.parent)))
    origin = f"http://127.0.0.1:{httpd.server_address[1]}"
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    try:
        yield Site(url=origin + BASE_PATH, origin=origin, out=site.out, content=site.content)
    finally:
        httpd.shutdown()
        thread.join()
        httpd.server_close()


@pytest.fixture(scope="session")
def gzip_labelling_site(site):
    """The fixture site served a second time, by a host that labels `.gz` files as gzip-encoded."""
    yield from serve_again(site, GzipLabellingHandler)


@pytest.fixture(scope="session")
def newer_index_site(site):
    """The fixture site served with a meta.json of a later format version than its scripts read."""
    yield from serve_again(site, NewerIndexHandler)


@pytest.fixture(scope="session")
def older_index_site(site):
    """The fixture site served with a meta.json of an earlier format version than its scripts read."""
    yield from serve_again(site, OlderIndexHandler)


@pytest.fixture(scope="session")
def gongkai():
    path = os.environ.get("GONGKAI")
    if not path:
        pytest.fail("set GONGKAI to the gongkai binary, e.g. GONGKAI=$PWD/.build/debug/gongkai "
                    "(scripts/test does this after swift build --product gongkai)", pytrace=False)
    if not os.access(path, os.X_OK):
        pytest.fail(f"GONGKAI={path} is not an executable file; run swift build --product gongkai first", pytrace=False)
    return path


@pytest.fixture(scope="session")
def site(tmp_path_factory, gongkai):
    """The fixture site, checked and built under /jxgk/ on a free loopback port, served until the session ends."""
    work = tmp_path_factory.mktemp("site")
    try:
        content = fixture_content.make_content(work / "content")
    except RuntimeError as error:
        pytest.fail(str(error), pytrace=False)
    serve_root = work / "out"
    serve_root.mkdir()
    # Bind first, so the port the site is built for is the one it is served on.
    httpd = http.server.ThreadingHTTPServer(("127.0.0.1", 0), functools.partial(QuietHandler, directory=str(serve_root)))
    origin = f"http://127.0.0.1:{httpd.server_address[1]}"
    try:
        check = subprocess.run([gongkai, "check", "--content", str(content)], capture_output=True, text=True)
        assert check.returncode == 0, f"gongkai check refused the fixture content:\n{check.stdout}{check.stderr}"
        out = serve_root / BASE_PATH.strip("/")
        build = subprocess.run([gongkai, "build", "--content", str(content), "--out", str(out),
                                "--base-url", origin + BASE_PATH, "--default-theme", str(ROOT / "themes" / "default")],
                               capture_output=True, text=True)
        assert build.returncode == 0, f"gongkai build failed:\n{build.stdout}{build.stderr}"
        thread = threading.Thread(target=httpd.serve_forever, daemon=True)
        thread.start()
        try:
            yield Site(url=origin + BASE_PATH, origin=origin, out=out, content=content)
        finally:
            httpd.shutdown()
            thread.join()
    finally:
        httpd.server_close()


def chrome_options(javascript=True):
    options = Options()
    options.binary_location = require("chromium")
    for argument in ("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--lang=zh-CN",
                     "--hide-scrollbars", f"--window-size={WIDTHS[-1]},{WINDOW_HEIGHT}"):
        options.add_argument(argument)
    options.set_capability("goog:loggingPrefs", {"browser": "ALL", "performance": "ALL"})
    if not javascript:
        options.add_experimental_option("prefs", {"profile.managed_default_content_settings.javascript": 2})
    return options


def start_chrome(javascript=True):
    return webdriver.Chrome(service=Service(require("chromedriver")), options=chrome_options(javascript))


@pytest.fixture(scope="session")
def chrome():
    """One Chromium for the whole session; tests set the width they need with `resize`."""
    driver = start_chrome()
    driver.set_script_timeout(30)
    yield driver
    driver.quit()


@pytest.fixture(scope="session")
def chrome_without_js():
    driver = start_chrome(javascript=False)
    yield driver
    driver.quit()


def resize(driver, width, height=WINDOW_HEIGHT):
    """Makes the viewport `width` CSS pixels wide and checks that it is."""
    driver.set_window_size(width, height)
    inner = driver.execute_script("return window.innerWidth")
    assert inner == width, f"asked for a {width} px wide viewport, Chromium gave {inner} px"


@pytest.fixture(params=WIDTHS, ids=lambda width: f"{width}px")
def driver(request, chrome):
    """The session's Chromium at 390 px (a phone) and at 1280 px (a laptop)."""
    chrome.set_window_size(request.param, WINDOW_HEIGHT)
    chrome.get("about:blank")
    resize(chrome, request.param)
    chrome.width = request.param
    yield chrome
    chrome.delete_all_cookies()


def pytest_terminal_summary(terminalreporter):
    if SCREENSHOTS.is_dir() and any(SCREENSHOTS.iterdir()):
        terminalreporter.write_line(f"screenshots: {SCREENSHOTS}")
