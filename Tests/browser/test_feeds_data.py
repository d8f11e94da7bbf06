"""Feeds, sitemap, robots.txt and open data of the fixture site, read over HTTP as a reader's tools would.

Expected values come from the fixture content (fixture_content.records), never from another output file.
"""
import csv
import gzip
import io
import json
import re
import urllib.request
import xml.etree.ElementTree as ET

import feedparser
import pytest

import fixture_content as fc

MOBILE = re.compile(r"(?<!\d)1[3-9]\d{9}(?!\d)")
TEXT_SUFFIXES = {".html", ".xml", ".json", ".csv", ".txt", ".js", ".css", ".svg"}


def fetch(site, path):
    with urllib.request.urlopen(site.page(path), timeout=10) as response:
        assert response.status == 200, f"{path}: HTTP {response.status}"
        return response.read()


def published(site):
    return [r for r in fc.records(site.content) if r["status"] == "published"]


def public(site):
    """Published and withdrawn records: everything but drafts."""
    return [r for r in fc.records(site.content) if r["status"] in ("published", "withdrawn")]


def keys(records):
    return sorted((r["unit"], r["year"]) for r in records)


def parse_feed(site, path):
    feed = feedparser.parse(fetch(site, path))
    assert not feed.bozo, f"{path} is not well-formed: {feed.get('bozo_exception')}"
    return feed


def test_the_site_feed_holds_the_newest_published_records(site):
    feed = parse_feed(site, "feed.xml")
    # Ties on date and year are broken by unit id ascending: sort stably in two passes.
    newest = sorted(sorted(published(site), key=lambda r: r["unit"]),
                    key=lambda r: (r["published_on"], r["year"]), reverse=True)
    assert len(published(site)) > fc.FEED_LIMIT, "fixture: more published records than feed_limit"
    expected = [site.page(r["url"]) for r in newest[:fc.FEED_LIMIT]]
    links = [entry.link for entry in feed.entries]
    assert links == expected, f"feed entries {links}\nexpected the newest {fc.FEED_LIMIT} published: {expected}"
    ids = [entry.id for entry in feed.entries]
    assert len(set(ids)) == len(ids), f"duplicate entry ids: {ids}"
    assert feed.feed.link == site.url
    for link in feed.feed.links:
        assert link.href.startswith(site.url), f"feed link {link.href} is not under {site.url}"
    assert not any(fc.WITHDRAWN_UNIT in link and "/2023/" in link for link in links), "a withdrawn record is in the feed"


def test_every_unit_has_a_feed_of_its_published_records(site):
    units = sorted(path.name for path in (site.content / "units").iterdir())
    for unit in units:
        feed = parse_feed(site, f"units/{unit}/feed.xml")
        expected = {site.page(r["url"]) for r in published(site) if r["unit"] == unit}
        links = {entry.link for entry in feed.entries}
        assert links == expected, f"units/{unit}/feed.xml lists {sorted(links)}, expected {sorted(expected)}"
        ids = [entry.id for entry in feed.entries]
        assert len(set(ids)) == len(ids), f"units/{unit}/feed.xml has duplicate ids"


def test_the_corrections_feed_parses_and_lists_the_correction(site):
    feed = parse_feed(site, "corrections.xml")
    corrected = site.page(f"units/{fc.CORRECTED_UNIT}/2024/")
    entries = [entry for entry in feed.entries if entry.link == corrected]
    assert len(entries) == 1, f"expected one correction of {corrected}: {[e.link for e in feed.entries]}"
    assert "更正全年执行数" in entries[0].summary
    for entry in feed.entries:
        assert entry.link.startswith(site.url)


def index_pages(site):
    return sorted(path.relative_to(site.out).parent.as_posix() for path in site.out.rglob("index.html"))


def test_the_sitemap_lists_every_page_with_absolute_urls(site):
    root = ET.fromstring(fetch(site, "sitemap.xml"))
    ns = {"s": "http://www.sitemaps.org/schemas/sitemap/0.9"}
    assert root.tag == "{http://www.sitemaps.org/schemas/sitemap/0.9}urlset"
    locs = [loc.text for loc in root.findall("s:url/s:loc", ns)]
    assert len(set(locs)) == len(locs), "the sitemap lists a page twice"
    # The search page is left out: it says noindex, since its content is whatever was searched for.
    expected = {site.url if folder == "." else site.page(folder + "/") for folder in index_pages(site) if folder != "search"}
    assert set(locs) == expected, (f"missing: {sorted(expected - set(locs))}\nnot a page: {sorted(set(locs) - expected)}")


def test_robots_txt_points_at_the_sitemap(site):
    robots = fetch(site, "robots.txt").decode("utf-8")
    assert f"Sitemap: {site.page('sitemap.xml')}" in robots.splitlines(), robots


def read_csv(site, path):
    raw = fetch(site, path)
    assert raw.startswith(b"\xef\xbb\xbf"), f"{path} does not start with a UTF-8 BOM (Excel would misread it)"
    text = raw.decode("utf-8")[1:]
    assert text.endswith("\r\n"), f"{path}: RFC 4180 ends every record with CRLF"
    outside_quotes = re.sub(r'"(?:[^"]|"")*"', "", text)
    assert "\n" not in outside_quotes.replace("\r\n", ""), f"{path}: a record ends with a bare LF, not CRLF"
    rows = list(csv.reader(io.StringIO(text, newline=""), strict=True))
    header, body = rows[0], rows[1:]
    widths = {len(row) for row in body}
    assert widths == {len(header)}, f"{path}: rows of {widths} fields, header of {len(header)}"
    again = io.StringIO(newline="")
    csv.writer(again, lineterminator="\r\n").writerows(rows)
    assert list(csv.reader(io.StringIO(again.getvalue(), newline=""), strict=True)) == rows
    return [dict(zip(header, row)) for row in body]


def test_records_csv_has_one_row_per_public_record(site):
    rows = read_csv(site, "data/records.csv")
    assert keys({"unit": r["unit_id"], "year": int(r["year"])} for r in rows) == keys(public(site))
    withdrawn = [r for r in rows if r["unit_id"] == fc.WITHDRAWN_UNIT and r["year"] == "2023"]
    assert withdrawn and withdrawn[0]["status"] == "withdrawn"
    assert withdrawn[0]["withdrawn_note"] == fc.WITHDRAWN_NOTE, "the note with quotes and a comma did not round-trip"
    for row in rows:
        assert row["url"].startswith(site.url), row["url"]
    grade_only = next(r for r in rows if r["unit_id"] == fc.GRADE_ONLY_UNIT)
    assert grade_only["score"] == "" and grade_only["grade"] == "良好", "a missing score must stay empty, never 0"
    no_figures = next(r for r in rows if r["unit_id"] == fc.NO_FIGURES_UNIT)
    assert no_figures["budget_executed"] == "" and no_figures["score"] == ""


def test_indicators_csv_has_one_row_per_indicator(site):
    rows = read_csv(site, "data/indicators.csv")
    expected = {}
    for record in public(site):
        front = fc.FRONT_MATTER.match(record["text"]).group(1)
        count = len(re.findall(r"\blevel1:", front))
        if count:
            expected[(record["unit"], record["year"])] = count
    counted = {}
    for row in rows:
        key = (row["unit_id"], int(row["year"]))
        counted[key] = counted.get(key, 0) + 1
    assert counted == expected
    numbers = [(r["unit_id"], r["year"], r["number"]) for r in rows]
    assert len(set(numbers)) == len(numbers), "two indicator rows share unit, year and number"
    assert {r["status"] for r in rows} <= {"达成", "未达成", "定性"}


def test_records_json_holds_every_public_record(site):
    data = json.loads(fetch(site, "data/records.json"))
    assert data["currency"] == "CNY" and data["scale"] == 10000, {k: v for k, v in data.items() if k != "records"}
    assert keys({"unit": r["unit_id"], "year": r["year"]} for r in data["records"]) == keys(public(site))
    number = next(r for r in data["records"] if r["unit_id"] == fc.NUMBER_UNIT)
    assert str(number["budget_executed"]) == fc.NUMBER


def test_every_record_page_has_its_record_json(site):
    pages = sorted(site.out.glob("units/*/*/index.html"))
    assert len(pages) == len(public(site)), f"{len(pages)} record pages for {len(public(site))} public records"
    for page in pages:
        unit, year = page.parent.parent.name, int(page.parent.name)
        path = page.relative_to(site.out).parent.as_posix() + "/record.json"
        data = json.loads(fetch(site, path))
        assert data["currency"] == "CNY" and data["scale"] == 10000, path
        assert [(r["unit_id"], r["year"]) for r in data["records"]] == [(unit, year)], path


def output_texts(site):
    """(path, text) of every text file the build wrote, gzipped index files unzipped; JSON is decoded so \\u escapes
    cannot hide a string.

    The postings strings of the search index (search/p/) are opaque base-64 numbers, not text: only their
    keys, the indexed tokens, are read.
    """
    for path in sorted(site.out.rglob("*")):
        zipped = path.name.endswith(".json.gz")
        if not path.is_file() or (path.suffix not in TEXT_SUFFIXES and not path.name.startswith(".") and not zipped):
            continue
        relative = path.relative_to(site.out).as_posix()
        raw = gzip.decompress(path.read_bytes()).decode("utf-8") if zipped else path.read_text(encoding="utf-8")
        if relative.startswith("search/p/"):
            value = json.loads(raw)
            yield relative, "\n".join(value) if isinstance(value, dict) else ""
        elif path.name.startswith("."):
            # The build's cache and manifest: paths and SHA-256 digests, whose hex may hold 11 digits in a row.
            yield relative, re.sub(r"\b[0-9a-f]{64}\b", "", raw)
        elif path.suffix == ".json" or zipped:
            yield relative, raw + "\n" + json.dumps(json.loads(raw), ensure_ascii=False)
        else:
            yield relative, raw


def test_no_personal_mobile_number_in_any_output_file(site):
    in_content = [m for r in fc.records(site.content) for m in MOBILE.findall(r["text"]) if r["status"] != "draft"]
    assert fc.MOBILE_IN_CONTENT in in_content, "fixture: the content should hold mobile numbers for this test to mean anything"
    texts = list(output_texts(site))
    assert any(fc.NUMBER in text for path, text in texts if path.startswith("search/p/")), \
        "the scan did not read the search index's tokens"
    found = [(path, match) for path, text in texts for match in MOBILE.findall(text)]
    assert not found, f"personal mobile numbers in the output: {found[:20]}"


def test_the_draft_leaves_no_trace(site):
    checked = 0
    for path, text in output_texts(site):
        checked += 1
        assert fc.DRAFT_WORD not in text, f"the draft's word {fc.DRAFT_WORD} is in {path}"
    assert checked > 100
    public_text = "".join(r["text"] for r in public(site)) + "".join(
        path.read_text(encoding="utf-8") for path in site.content.rglob("*.yaml"))
    bigrams = {fc.DRAFT_WORD[i:i + 2] for i in range(len(fc.DRAFT_WORD) - 1)} - {
        public_text[i:i + 2] for i in range(len(public_text) - 1)}
    assert bigrams, "fixture: the draft word should have bigrams no public record has"
    tokens = set()
    for path in site.out.glob("search/p/*.json.gz"):
        tokens |= set(json.loads(gzip.decompress(path.read_bytes())))
    assert "应急" in tokens and fc.NUMBER in tokens, "the index's tokens were not read"
    assert not bigrams & tokens, f"the search index holds the draft's bigrams {bigrams & tokens}"
