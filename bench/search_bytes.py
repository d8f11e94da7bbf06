#!/usr/bin/env python3
"""Bytes a reader downloads per search, Gongkai's index against Pagefind's, in a real headless Chromium.

    search_bytes.py --ours SITE --ours-port PORT --pagefind SITE --gen-corpus PATH --timings JSON --out-md MD

Called by bench/search.sh after it has built both indexes. For a fixed, seeded list of one- and two-word Chinese
queries drawn from the corpus generator's own vocabulary, it opens each query in a fresh Chromium (new profile, so
an empty cache and no leftover worker) and counts what the browser fetched:

- ours: `/search/?q=QUERY`, done when `#search-status` holds the outcome (the page then shows 10 results with
  snippets, which needs their `t/` chunks);
- Pagefind: a small page written into the Pagefind copy of the site (`pagefind-bench.html`) that imports
  `/pagefind/pagefind.js`, awaits `pagefind.search(q)` and the `data()` of the first 10 results.

Bytes are counted by the HTTP server (a `python3 -m http.server` handler in this process that adds up every byte it
writes to the socket, headers and bodies, per request), because Pagefind 1.5 runs its search in a (shared) web
worker whose fetches never appear in the page's `performance.getEntriesByType('resource')`. For our page, whose
fetches are all the page's own, the resource-timing sum (transferSize) is taken as well and checked against the
server's count. Files fetched once per page load (meta.json, pagefind-entry.json, the .pf_meta, the wasm and the
scripts) are reported separately as one-time costs and are not part of the per-query figures.

It also counts, in each tool's own indexed text (our `t/` files, Pagefind's fragments), the documents that contain
every word of the query literally, so that a tool returning far fewer results than that stands out.
"""
import argparse
import functools
import gzip
import http.server
import importlib.util
import json
import os
import random
import re
import statistics
import sys
import threading
import time
import urllib.parse
from pathlib import Path

from selenium import webdriver
from selenium.webdriver.chrome.options import Options
from selenium.webdriver.chrome.service import Service
from selenium.webdriver.support.ui import WebDriverWait

PAGEFIND_PAGE = "pagefind-bench.html"
PAGEFIND_HTML = """<!doctype html>
<html lang="zh-CN">
<head><meta charset="utf-8"><title>Pagefind bench</title></head>
<body>
<p id="status"></p>
<script type="module">
const q = new URLSearchParams(location.search).get('q') || '';
const status = document.getElementById('status');
try {
  const pagefind = await import('/pagefind/pagefind.js');
  const search = await pagefind.search(q);
  const data = await Promise.all(search.results.slice(0, 10).map((result) => result.data()));
  window.__bench = { count: search.results.length, shown: data.length, urls: data.map((d) => d.url) };
  status.textContent = 'found ' + search.results.length;
} catch (error) {
  window.__bench = { error: String(error) };
  status.textContent = 'error ' + error;
}
</script>
</body>
</html>
"""
SAMPLES = ["衡阳市", "衡阳市 财政局", "95"]
FORCED_ONE = ["衡阳市", "乐山市", "95"]
FORCED_TWO = ["衡阳市 财政局", "乐山市 预算", "应急广播 覆盖", "满意度 95"]
NUMBERS = ["95", "100", "2023", "800", "98"]


# ---------------------------------------------------------------- queries

def load_generator(path):
    spec = importlib.util.spec_from_file_location("gen_corpus", path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def make_queries(gen, one_count, two_count, seed):
    """Seeded one- and two-word queries from the generator's words, places, unit kinds and typical numbers."""
    rng = random.Random(seed)
    cities = [city for cities in gen.PROVINCES.values() for city in cities]
    provinces = list(gen.PROVINCES)
    words = list(dict.fromkeys(gen.WORDS))
    kinds = list(gen.KINDS)
    pool = list(dict.fromkeys(words + cities + provinces + kinds + gen.COUNTIES + NUMBERS))
    one = list(FORCED_ONE)
    for word in rng.sample([w for w in pool if w not in one], len(pool) - len(one)):
        if len(one) >= one_count:
            break
        one.append(word)
    two = list(FORCED_TWO)
    makers = [
        lambda: f"{rng.choice(cities)} {rng.choice(kinds)}",
        lambda: f"{rng.choice(cities)} {rng.choice(words)}",
        lambda: f"{rng.choice(words)} {rng.choice(words)}",
        lambda: f"{rng.choice(words)} {rng.choice(NUMBERS)}",
        lambda: f"{rng.choice(kinds)} {rng.choice(words)}",
    ]
    while len(two) < two_count:
        query = rng.choice(makers)()
        a, b = query.split(" ")
        if a != b and query not in two:
            two.append(query)
    return one[:one_count], two[:two_count]


# ---------------------------------------------------------------- counting server

class Log:
    """What the server sent since the last reset: one entry per request, and how many are still being answered."""

    def __init__(self):
        self.lock = threading.Lock()
        self.entries = []
        self.active = 0
        self.last = time.monotonic()

    def reset(self):
        with self.lock:
            self.entries = []
            self.last = time.monotonic()

    def snapshot(self):
        with self.lock:
            return list(self.entries), self.active, self.last


class CountingHandler(http.server.SimpleHTTPRequestHandler):
    """SimpleHTTPRequestHandler (as `python3 -m http.server` serves) that counts the bytes it writes per request."""
    log = None

    def log_message(self, format, *args):
        pass

    def handle_one_request(self):
        self._header_bytes = 0
        self._body_bytes = 0
        with self.log.lock:
            self.log.active += 1
        try:
            super().handle_one_request()
        finally:
            with self.log.lock:
                self.log.active -= 1
                self.log.last = time.monotonic()
                if getattr(self, "path", None) and getattr(self, "command", None):
                    self.log.entries.append({"path": urllib.parse.urlsplit(self.path).path,
                                             "status": getattr(self, "_status", 0),
                                             "headers": self._header_bytes, "body": self._body_bytes})

    def send_response(self, code, message=None):
        self._status = code
        super().send_response(code, message)

    def flush_headers(self):
        if hasattr(self, "_headers_buffer"):
            self._header_bytes += sum(len(part) for part in self._headers_buffer)
        super().flush_headers()

    def copyfile(self, source, outputfile):
        while True:
            block = source.read(64 * 1024)
            if not block:
                break
            outputfile.write(block)
            self._body_bytes += len(block)


def serve(directory):
    log = Log()
    handler = type("Handler", (CountingHandler,), {"log": log})
    return http.server.ThreadingHTTPServer, functools.partial(handler, directory=str(directory)), log


def start_server(directory, port):
    server_class, handler, log = serve(directory)
    httpd = server_class(("127.0.0.1", port), handler)
    httpd.daemon_threads = True
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    return httpd, thread, log


# ---------------------------------------------------------------- browser

def chrome():
    options = Options()
    options.binary_location = "/usr/bin/chromium"
    for argument in ("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--lang=zh-CN",
                     "--window-size=1280,900", "--disable-background-networking", "--no-first-run"):
        options.add_argument(argument)
    driver = webdriver.Chrome(service=Service("/usr/bin/chromedriver"), options=options)
    driver.set_page_load_timeout(60)
    driver.set_script_timeout(60)
    return driver


def wait_quiet(log, settle=0.6, limit=60.0):
    """Waits until the server has answered everything and nothing new came for `settle` seconds."""
    start = time.monotonic()
    while time.monotonic() - start < limit:
        _, active, last = log.snapshot()
        if active == 0 and time.monotonic() - last >= settle:
            return
        time.sleep(0.1)


def run_ours(origin, log, query):
    driver = chrome()
    try:
        log.reset()
        driver.get(f"{origin}/search/?q={urllib.parse.quote(query)}")
        status = WebDriverWait(driver, 60, poll_frequency=0.05).until(
            lambda d: (lambda t: t if t and t != "正在搜索…" else False)(
                d.execute_script("return document.getElementById('search-status').textContent.trim()")))
        wait_quiet(log)
        shown = driver.execute_script("return document.querySelectorAll('#search-results li.search-result').length")
        resources = driver.execute_script(
            "return performance.getEntriesByType('resource').map(e => "
            "({name: e.name, transfer: e.transferSize, body: e.encodedBodySize}))")
    finally:
        driver.quit()
    match = re.search(r"找到\s*(\d+)\s*条结果", status)
    count = int(match.group(1)) if match else (0 if "没有找到" in status else None)
    browser_bytes = sum((r["transfer"] or r["body"]) for r in resources
                        if urllib.parse.urlsplit(r["name"]).path.startswith("/search/")
                        and classify_ours(urllib.parse.urlsplit(r["name"]).path) in PER_QUERY)
    entries, _, _ = log.snapshot()
    return {"query": query, "count": count, "shown": shown, "status": status, "entries": entries,
            "browser_bytes": browser_bytes}


def run_pagefind(origin, log, query):
    driver = chrome()
    try:
        log.reset()
        driver.get(f"{origin}/{PAGEFIND_PAGE}?q={urllib.parse.quote(query)}")
        result = WebDriverWait(driver, 60, poll_frequency=0.05).until(lambda d: d.execute_script("return window.__bench"))
        wait_quiet(log)
    finally:
        driver.quit()
    if "error" in result:
        raise RuntimeError(f"Pagefind failed on {query!r}: {result['error']}")
    entries, _, _ = log.snapshot()
    return {"query": query, "count": result["count"], "shown": result["shown"], "entries": entries}


# ---------------------------------------------------------------- classification

PER_QUERY = ("postings", "postings-x", "rows", "pf-index", "pf-fragment", "pf-filter")
ONE_TIME = ("meta", "pf-entry", "pf-meta", "pf-wasm", "pf-js")


def classify_ours(path):
    if path == "/search/meta.json":
        return "meta"
    if path.startswith("/search/p/x/"):
        return "postings-x"
    if path.startswith("/search/p/"):
        return "postings"
    if path.startswith("/search/t/"):
        return "rows"
    return "page"  # the search page itself, its stylesheet and scripts: the site's, not the index's


def classify_pagefind(path):
    name = path.rsplit("/", 1)[-1]
    if not path.startswith("/pagefind/"):
        return "page"
    if name == "pagefind-entry.json":
        return "pf-entry"
    if name.endswith(".pf_meta"):
        return "pf-meta"
    if name.startswith("wasm."):
        return "pf-wasm"
    if name.endswith(".js"):
        return "pf-js"
    if "/index/" in path:
        return "pf-index"
    if "/fragment/" in path:
        return "pf-fragment"
    if "/filter/" in path:
        return "pf-filter"
    return "pf-other"


def summarise(run, classify, gz):
    by = {}
    for entry in run["entries"]:
        kind = classify(entry["path"])
        slot = by.setdefault(kind, {"requests": 0, "bytes": 0, "body": 0, "gzip": 0})
        slot["requests"] += 1
        slot["bytes"] += entry["headers"] + entry["body"]
        slot["body"] += entry["body"]
        slot["gzip"] += entry["headers"] + (gz(entry["path"]) if entry["status"] == 200 else entry["body"])
    run["by"] = by
    run["query_bytes"] = sum(v["bytes"] for k, v in by.items() if k in PER_QUERY)
    run["query_gzip"] = sum(v["gzip"] for k, v in by.items() if k in PER_QUERY)
    run["query_requests"] = sum(v["requests"] for k, v in by.items() if k in PER_QUERY)
    run["one_time_bytes"] = sum(v["bytes"] for k, v in by.items() if k in ONE_TIME)
    run["one_time_gzip"] = sum(v["gzip"] for k, v in by.items() if k in ONE_TIME)
    return run


def gzip_sizer(root):
    """The size a host that gzips (level 6) would send for a file, or its raw size when gzip does not help."""
    @functools.lru_cache(maxsize=None)
    def size(path):
        file = Path(root) / urllib.parse.unquote(path).lstrip("/")
        data = (file / "index.html" if file.is_dir() else file).read_bytes()
        return min(len(data), len(gzip.compress(data, 6)))
    return size


# ---------------------------------------------------------------- index sizes

def tree_bytes(directory, skip=()):
    total = files = 0
    for dirpath, _, names in os.walk(directory):
        for name in names:
            path = os.path.join(dirpath, name)
            if os.path.relpath(path, directory) in skip:
                continue
            total += os.path.getsize(path)
            files += 1
    return total, files


def tree_gzip_bytes(directory, skip=()):
    total = 0
    for dirpath, _, names in os.walk(directory):
        for name in names:
            path = os.path.join(dirpath, name)
            if os.path.relpath(path, directory) in skip:
                continue
            data = Path(path).read_bytes()
            total += min(len(data), len(gzip.compress(data, 6)))
    return total


PAGEFIND_UI = ("pagefind-ui.js", "pagefind-ui.css", "pagefind-modular-ui.js", "pagefind-modular-ui.css",
               "pagefind-component-ui.js", "pagefind-component-ui.css", "pagefind-highlight.js")


# ---------------------------------------------------------------- literal matches (sanity)

ZWSP = "\u200b"


def literal_pattern(word):
    word = re.escape(word)
    if re.search(r"\d", word):  # a number, not a part of a longer number
        return re.compile(r"(?<![0-9])(?<![0-9]\.)" + word + r"(?![0-9])(?!\.[0-9])")
    return re.compile(word)


def literal_counts(texts, queries):
    patterns = {q: [literal_pattern(w) for w in q.split()] for q in queries}
    counts = dict.fromkeys(queries, 0)
    for text in texts:
        for q, pats in patterns.items():
            if all(p.search(text) for p in pats):
                counts[q] += 1
    return counts


def our_texts(site):
    meta = json.loads((site / "search" / "meta.json").read_text())
    text = meta["columns"].index("text")
    for path in sorted((site / "search" / "t").glob("*.json.gz")):
        for row in json.loads(gzip.decompress(path.read_bytes())):
            yield row[text]


def pagefind_texts(site):
    for path in sorted((site / "pagefind" / "fragment").iterdir()):
        raw = gzip.decompress(path.read_bytes())
        raw = raw[raw.index(b"{"):]
        fragment = json.loads(raw)
        yield (fragment.get("content", "") + fragment.get("meta", {}).get("title", "")).replace(ZWSP, "")


# ---------------------------------------------------------------- report

def quantile(values, q):
    values = sorted(values)
    if not values:
        return 0
    k = (len(values) - 1) * q
    lo, hi = int(k), min(int(k) + 1, len(values) - 1)
    return values[lo] + (values[hi] - values[lo]) * (k - lo)


def kb(n):
    return f"{n / 1000:.1f} KB"


def mb(n):
    return f"{n / 1e6:.1f} MB"


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--ours", required=True, type=Path)
    ap.add_argument("--ours-port", required=True, type=int)
    ap.add_argument("--pagefind", required=True, type=Path)
    ap.add_argument("--gen-corpus", required=True, type=Path)
    ap.add_argument("--timings", required=True, type=Path)
    ap.add_argument("--out-md", required=True, type=Path)
    ap.add_argument("--out-json", type=Path)
    ap.add_argument("--one", type=int, default=30)
    ap.add_argument("--two", type=int, default=30)
    ap.add_argument("--seed", type=int, default=20250)
    a = ap.parse_args()
    timings = json.loads(a.timings.read_text())

    gen = load_generator(a.gen_corpus)
    one, two = make_queries(gen, a.one, a.two, a.seed)
    (a.pagefind / PAGEFIND_PAGE).write_text(PAGEFIND_HTML)

    ours_index, ours_files = tree_bytes(a.ours / "search", skip=("index.html",))
    ours_index_gz = tree_gzip_bytes(a.ours / "search", skip=("index.html",))
    pf_total, pf_files = tree_bytes(a.pagefind / "pagefind")
    pf_ui = sum(os.path.getsize(a.pagefind / "pagefind" / name) for name in PAGEFIND_UI
                if (a.pagefind / "pagefind" / name).exists())
    pf_total_gz = tree_gzip_bytes(a.pagefind / "pagefind")
    print(f"index bytes: ours {ours_index} in {ours_files} files, Pagefind {pf_total} in {pf_files} files", file=sys.stderr)

    ours_httpd, ours_thread, ours_log = start_server(a.ours, a.ours_port)
    pf_httpd, pf_thread, pf_log = start_server(a.pagefind, 0)
    ours_origin = f"http://127.0.0.1:{a.ours_port}"
    pf_origin = f"http://127.0.0.1:{pf_httpd.server_address[1]}"
    ours_gz, pf_gz = gzip_sizer(a.ours), gzip_sizer(a.pagefind)
    runs = {"ours": {"one": [], "two": []}, "pagefind": {"one": [], "two": []}}
    started = time.monotonic()
    try:
        for group, queries in (("one", one), ("two", two)):
            for query in queries:
                ours = summarise(run_ours(ours_origin, ours_log, query), classify_ours, ours_gz)
                pf = summarise(run_pagefind(pf_origin, pf_log, query), classify_pagefind, pf_gz)
                runs["ours"][group].append(ours)
                runs["pagefind"][group].append(pf)
                print(f"  {query:<16} ours {ours['count']!s:>6} hits {ours['query_bytes']:>8} B "
                      f"({ours['query_requests']} req) | Pagefind {pf['count']!s:>6} hits {pf['query_bytes']:>8} B "
                      f"({pf['query_requests']} req)", file=sys.stderr)
    finally:
        for httpd, thread in ((ours_httpd, ours_thread), (pf_httpd, pf_thread)):
            httpd.shutdown()
            httpd.server_close()
            thread.join()
    browser_seconds = time.monotonic() - started

    # Every query must have started from nothing: its one-time files fetched again (else a cache or worker leaked).
    for tool, need in (("ours", "meta"), ("pagefind", "pf-meta")):
        for group in ("one", "two"):
            for run in runs[tool][group]:
                if need not in run["by"]:
                    raise SystemExit(f"{tool} query {run['query']!r} did not fetch its {need}: not a fresh browser")
    # Our page's own resource timing must agree with the server's count (headers are not exactly equal).
    mismatch = [r["query"] for g in ("one", "two") for r in runs["ours"][g]
                if abs(r["browser_bytes"] - r["query_bytes"]) > 0.05 * max(r["query_bytes"], 1) + 500]

    literal_queries = one + two
    ours_literal = literal_counts(our_texts(a.ours), literal_queries)
    pf_literal = literal_counts(pagefind_texts(a.pagefind), literal_queries)

    def stats(tool, group, key="query_bytes"):
        values = [r[key] for r in runs[tool][group]]
        return statistics.median(values), quantile(values, 0.9)

    def breakdown(tool, group, kind, key="bytes"):
        return statistics.median([r["by"].get(kind, {}).get(key, 0) for r in runs[tool][group]])

    def one_time(tool, key="one_time_bytes"):
        return statistics.median([r[key] for g in ("one", "two") for r in runs[tool][g]])

    def compare(tool, literal, fewer):
        """Queries where the tool returned fewer results than the documents containing every word literally (fewer),
        or more than 10% more (words matched apart, or split differently)."""
        out = []
        for g in ("one", "two"):
            for r in runs[tool][g]:
                n, c = literal[r["query"]], r["count"]
                if c is not None and (c < n if fewer else c > max(n * 1.1, n + 5)):
                    out.append((r["query"], c, n))
        return out

    def met(ok):
        return "yes" if ok else "**no**"

    t = timings
    lines = []
    add = lines.append
    index_share = t["index_phase"] / t["build_total"]
    one_med, two_med = stats("ours", "one")[0], stats("ours", "two")[0]
    one_med_gz, two_med_gz = stats("ours", "one", "query_gzip")[0], stats("ours", "two", "query_gzip")[0]
    add(f"# Search benchmark: Gongkai's index vs Pagefind {t['pagefind_version']} extended")
    add("")
    add(f"Corpus: {t['records']} records ({t['units']} units × {t['years']} years), {t['docs']} documents in our index "
        f"(records and unit pages); Pagefind indexed {t['pagefind_pages']} pages ({t['pagefind_args']}), "
        f"language {t['pagefind_languages']}. Queries: {len(one)} one-word and {len(two)} two-word, seed {a.seed}, "
        f"each in a fresh headless Chromium; per-query bytes are what the local server sent (headers + bodies) for "
        f"that query's index files, one-time files (meta.json; Pagefind's entry, .pf_meta, wasm and scripts) apart. "
        f"“As served” is a plain `python3 -m http.server`; “gzip” is what a host that gzips responses would send. "
        f"Both tools gzip their index files at build time (all of ours but meta.json), so a host gains little.")
    add("")
    add("| measure | Gongkai | Pagefind | target | met |")
    add("|---|---:|---:|---|---|")
    add(f"| index bytes on disk | {mb(ours_index)} ({ours_files} files) | {mb(pf_total)} ({pf_files} files; "
        f"{mb(pf_total - pf_ui)} without the UI bundles) | ours smaller | {met(ours_index < pf_total)} "
        f"({100 * (ours_index / pf_total - 1):+.1f}%) |")
    add(f"| index bytes, each file gzipped | {mb(ours_index_gz)} | {mb(pf_total_gz)} | | |")
    shares = ", ".join(f"{100 * x:.1f}%" for x in t["index_shares"])
    add(f"| index build, files written (s) | {t['index_phase']:.2f} of a {t['build_total']:.1f} s build = "
        f"{100 * index_share:.1f}%, the median of {len(t['index_shares'])} clean builds ({shares}) "
        f"| {t['pagefind_seconds']:.1f} (separate run) "
        f"| ≤ 10% of the build | {met(index_share <= 0.10)} |")
    for group, label in (("one", "one-word"), ("two", "two-word")):
        om, o9 = stats("ours", group)
        pm, p9 = stats("pagefind", group)
        ogm, og9 = stats("ours", group, "query_gzip")
        pgm, pg9 = stats("pagefind", group, "query_gzip")
        add(f"| {label} query, median / p90 bytes as served | {kb(om)} / {kb(o9)} | {kb(pm)} / {kb(p9)} "
            f"| ours smaller | {met(om < pm and o9 < p9)} |")
        if group == "two":
            add(f"| two-word query, median bytes as served | {kb(om)} | {kb(pm)} | ≤ 50 KB | {met(om <= 50000)} |")
        add(f"| {label} query, median / p90 bytes gzip | {kb(ogm)} / {kb(og9)} | {kb(pgm)} / {kb(pg9)} | "
            + ("≤ 50 KB median" if group == "two" else "") + f" | {met(ogm <= 50000) if group == 'two' else ''} |")
        oreq = statistics.median([r["query_requests"] for r in runs["ours"][group]])
        preq = statistics.median([r["query_requests"] for r in runs["pagefind"][group]])
        add(f"| {label} query, median requests | {oreq:g} | {preq:g} | | |")
    add(f"| one-time bytes per page load, as served / gzip | {kb(one_time('ours'))} / "
        f"{kb(one_time('ours', 'one_time_gzip'))} (meta.json) | {kb(one_time('pagefind'))} / "
        f"{kb(one_time('pagefind', 'one_time_gzip'))} (entry, pf_meta, wasm, js) | | |")
    for sample in SAMPLES:
        group = "two" if " " in sample else "one"
        o = next((r for r in runs["ours"][group] if r["query"] == sample), None)
        p = next((r for r in runs["pagefind"][group] if r["query"] == sample), None)
        if o and p:
            add(f"| results for “{sample}” (documents whose text has every word) | {o['count']} ({ours_literal[sample]}) "
                f"| {p['count']} ({pf_literal[sample]}) | | |")
    add("")
    add("Per-query bytes by kind of file, medians as served (gzip):")
    add("")
    add("| queries | Gongkai postings shards `p/` | frequent-term postings `p/x/` | rows (display and text) `t/` "
        "| Pagefind index chunks | fragments |")
    add("|---|---:|---:|---:|---:|---:|")
    for group in ("one", "two"):
        cells = [f"{kb(breakdown('ours', group, k))} ({kb(breakdown('ours', group, k, 'gzip'))})"
                 for k in ("postings", "postings-x", "rows")]
        cells += [kb(breakdown("pagefind", group, k)) for k in ("pf-index", "pf-fragment")]
        add(f"| {group}-word | " + " | ".join(cells) + " |")
    add("")
    add(f"Build phases (ours, from the timestamps of `gongkai build`'s progress lines, in the round with the median "
        f"index share): load and render "
        f"{t['render_phase']:.1f} s, assets/open data/sitemap {t['assets_phase']:.1f} s, search index "
        f"{t['index_phase']:.1f} s, final write and replace {t['replace_phase']:.1f} s, in all {t['build_total']:.1f} s. "
        f"The index phase runs from the line 'writing the search index' to the line 'replacing …', which the build "
        f"prints only once the writer has stored all {ours_files} index files, so it is the index's whole cost: "
        f"{100 * index_share:.1f}% of the build.")
    add("")
    add("Results against the documents whose indexed text (our `t/` files; Pagefind's fragments, zero-width spaces "
        "removed) contains every query word literally:")
    add("")
    for tool, key, literal in (("Gongkai", "ours", ours_literal), ("Pagefind", "pagefind", pf_literal)):
        fewer, more = compare(key, literal, True), compare(key, literal, False)
        add(f"- {tool}: fewer for {len(fewer)} of {len(literal_queries)} queries"
            + (": " + ", ".join(f"“{q}” {c} < {n}" for q, c, n in fewer[:12]) if fewer else "")
            + f"; over 10% more for {len(more)}"
            + (": " + ", ".join(f"“{q}” {c} > {n}" for q, c, n in more[:12]) if more else "") + ".")
    add("")
    if mismatch:
        add(f"Note: the page's own resource timing disagreed with the server's count for {len(mismatch)} of our queries "
            f"({', '.join(mismatch[:5])}).")
    else:
        add("Our page's resource timing (transferSize) agreed with the server's count for every query.")
    add("")
    add("All queries (bytes as served / results):")
    add("")
    add("| query | Gongkai bytes | Gongkai results | Pagefind bytes | Pagefind results | literal (ours / Pagefind text) |")
    add("|---|---:|---:|---:|---:|---:|")
    for group in ("one", "two"):
        for o, p in zip(runs["ours"][group], runs["pagefind"][group]):
            add(f"| {o['query']} | {o['query_bytes']} | {o['count']} | {p['query_bytes']} | {p['count']} "
                f"| {ours_literal[o['query']]} / {pf_literal[o['query']]} |")
    add("")
    load_after = " ".join(Path("/proc/loadavg").read_text().split()[:3])
    add(f"Machine: {os.cpu_count()} cores; {t['chromium']}; browser phase {browser_seconds:.0f} s; load average "
        f"(1/5/15 min) {t['load_before']} before the build, {load_after} at the end; timings assume nothing else "
        f"ran meanwhile.")
    text = "\n".join(lines) + "\n"
    a.out_md.write_text(text)
    if a.out_json:
        a.out_json.write_text(json.dumps({"timings": t, "runs": runs, "literal": {"ours": ours_literal,
                                          "pagefind": pf_literal}}, ensure_ascii=False, indent=1))
    print(text)


if __name__ == "__main__":
    main()
