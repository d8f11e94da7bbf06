"""The search page in real Chromium, under the /jxgk/ sub-path, over the index `gongkai build` wrote.

Each test runs at 390 px and at 1280 px. Expected results come from the fixture content, never from the
index itself.
"""
import time
import urllib.parse

from selenium.webdriver.common.action_chains import ActionChains
from selenium.webdriver.common.by import By
from selenium.webdriver.common.keys import Keys
from selenium.webdriver.support.ui import WebDriverWait

import fixture_content as fc
from pages import open_page, result_paths, search_status, wait_for_search

ABSENT = "量子纠缠计算"


def search(driver, site, query):
    open_page(driver, site, "search/?q=" + urllib.parse.quote(query))
    return search_status(driver)


def record(unit, year):
    return f"units/{unit}/{year}/"


def public_paths_containing(site, word):
    """Paths of the published records and units whose source text contains `word` as written."""
    paths = {r["url"] for r in fc.records(site.content) if r["status"] == "published" and word in r["text"]}
    for unit_yaml in site.content.glob("units/*/unit.yaml"):
        if word in unit_yaml.read_text(encoding="utf-8"):
            paths.add(f"units/{unit_yaml.parent.name}/")
    return paths


def test_a_project_name_finds_its_record(driver, site):
    status = search(driver, site, fc.PROJECT_NAME)
    assert status == "找到 1 条结果。", status
    assert result_paths(driver, site) == [record(fc.PHRASE_UNIT, 2024)]


def test_search_works_when_the_host_unzips_the_index_in_transit(driver, gzip_labelling_site):
    status = search(driver, gzip_labelling_site, fc.PROJECT_NAME)
    assert status == "找到 1 条结果。", status
    assert result_paths(driver, gzip_labelling_site) == [record(fc.PHRASE_UNIT, 2024)]
    sizes = driver.execute_script(
        "return performance.getEntriesByType('resource').filter(e => e.name.includes('.json.gz'))"
        ".map(e => [e.encodedBodySize, e.decodedBodySize])")
    assert sizes and all(decoded > encoded for encoded, decoded in sizes), \
        f"the browser should have unzipped the index files itself: {sizes}"


def test_a_page_older_than_the_index_says_to_reload(driver, newer_index_site):
    driver.get(newer_index_site.page("search/?q=" + urllib.parse.quote(fc.PROJECT_NAME)))
    status = wait_for_search(driver)
    assert status == "搜索索引已更新，本页是旧版本：请刷新页面后再搜索。", status
    assert result_paths(driver, newer_index_site) == []


def test_an_index_older_than_the_page_is_reported_unavailable(driver, older_index_site):
    driver.get(older_index_site.page("search/?q=" + urllib.parse.quote(fc.PROJECT_NAME)))
    status = wait_for_search(driver)
    assert status == "搜索暂时无法使用：索引文件加载失败，请稍后再试。", status
    assert result_paths(driver, older_index_site) == []


def test_an_indicator_name_finds_its_record_first(driver, site):
    status = search(driver, site, fc.INDICATOR_NAME)
    assert status.startswith("找到"), status
    assert result_paths(driver, site)[0] == fc.INDICATOR_RECORD
    first = driver.find_element(By.CSS_SELECTOR, "#search-results li.search-result")
    marks = [mark.text for mark in first.find_elements(By.CSS_SELECTOR, ".search-result-snippet mark")]
    assert fc.INDICATOR_NAME in marks, f"the snippet should mark the indicator name; marks: {marks}"


def test_a_place_name_finds_the_unit_and_its_records(driver, site):
    expected = public_paths_containing(site, fc.PLACE_NAME)
    assert fc.EXAMPLE_UNIT in expected, "fixture: the place name should be in the example unit"
    status = search(driver, site, fc.PLACE_NAME)
    assert status == f"找到 {len(expected)} 条结果。", f"{status}; expected {sorted(expected)}"
    assert set(result_paths(driver, site)) == expected


def test_a_two_character_word_is_found(driver, site):
    expected = public_paths_containing(site, fc.TWO_CHARACTER_WORD)
    assert expected == {fc.TWO_CHARACTER_RECORD}, f"fixture: {fc.TWO_CHARACTER_WORD} should be in one record only"
    status = search(driver, site, fc.TWO_CHARACTER_WORD)
    assert status == "找到 1 条结果。", status
    assert result_paths(driver, site) == [fc.TWO_CHARACTER_RECORD]


def test_a_number_finds_only_records_with_that_number(driver, site):
    status = search(driver, site, fc.NUMBER)
    assert status == "找到 1 条结果。", f"{status} (results: {result_paths(driver, site)})"
    paths = result_paths(driver, site)
    assert paths == [record(fc.NUMBER_UNIT, 2024)]
    assert record(fc.LARGER_NUMBER_UNIT, 2024) not in paths, f"{fc.NUMBER} must not find {fc.LARGER_NUMBER}"
    marks = [m.text for m in driver.find_elements(By.CSS_SELECTOR, ".search-result-snippet mark")]
    assert marks and all(m == fc.NUMBER for m in marks), marks
    status = search(driver, site, fc.LARGER_NUMBER)
    assert result_paths(driver, site) == [record(fc.LARGER_NUMBER_UNIT, 2024)], status


def test_the_exact_phrase_ranks_before_the_words_apart(driver, site):
    exact = public_paths_containing(site, fc.PHRASE)
    assert record(fc.PHRASE_UNIT, 2024) in exact and len(exact) >= 2, exact
    search(driver, site, fc.PHRASE)
    paths = result_paths(driver, site)
    apart = record(fc.APART_UNIT, 2024)
    assert apart in paths, f"the record with 应急, 广播 and 覆盖率 apart should match too: {paths}"
    assert set(paths[:len(exact)]) == exact, (
        f"every record with the exact phrase should come before the others; got {paths}, exact ones {sorted(exact)}")
    first = driver.find_element(By.CSS_SELECTOR, "#search-results li.search-result")
    marks = [m.text for m in first.find_elements(By.CSS_SELECTOR, ".search-result-snippet mark")]
    assert marks == [fc.PHRASE], f"the first result's snippet should mark the whole phrase once: {marks}"


def test_an_absent_word_says_nothing_was_found(driver, site):
    status = search(driver, site, ABSENT)
    assert status == f"没有找到与“{ABSENT}”相关的公开信息。"
    region = driver.find_element(By.ID, "search-status")
    assert region.get_attribute("role") == "status"
    assert region.is_displayed()
    assert result_paths(driver, site) == []


def test_a_draft_is_never_found(driver, site):
    status = search(driver, site, fc.DRAFT_WORD)
    assert status == f"没有找到与“{fc.DRAFT_WORD}”相关的公开信息。", f"{status}: {result_paths(driver, site)}"
    search(driver, site, "草稿标题")
    assert record(fc.DRAFT_UNIT, 2024) not in result_paths(driver, site)


def submit(driver, query):
    field = driver.find_element(By.ID, "search-q")
    field.clear()
    field.send_keys(query + Keys.ENTER)


def query_of(driver):
    return urllib.parse.parse_qs(urllib.parse.urlparse(driver.current_url).query)


def test_the_address_carries_the_query_and_back_restores_it(driver, site):
    open_page(driver, site, "search/")
    submit(driver, fc.NUMBER)
    wait_for_search(driver)
    assert query_of(driver) == {"q": [fc.NUMBER]}
    assert urllib.parse.urlparse(driver.current_url).path == "/jxgk/search/"
    submit(driver, ABSENT)
    WebDriverWait(driver, 10).until(lambda d: search_status(d).startswith("没有找到"))
    assert query_of(driver) == {"q": [ABSENT]}
    driver.back()
    WebDriverWait(driver, 10).until(lambda d: search_status(d).startswith("找到"),
                                    message=f"after back the status is {search_status(driver)!r}")
    assert query_of(driver) == {"q": [fc.NUMBER]}
    assert driver.find_element(By.ID, "search-q").get_attribute("value") == fc.NUMBER
    assert result_paths(driver, site) == [record(fc.NUMBER_UNIT, 2024)]


def index_requests(driver):
    return driver.execute_script(
        "return performance.getEntriesByType('resource').map(e => e.name).filter(n => n.includes('/search/p/'))")


def test_no_search_runs_while_an_ime_is_composing(driver, site):
    open_page(driver, site, "search/")
    WebDriverWait(driver, 10).until(lambda d: d.execute_script(
        "return document.getElementById('search-year').options.length > 1"), message="meta.json never loaded")
    compose = """
        const [phase, text] = arguments;
        const field = document.getElementById('search-q');
        if (phase === 'start') field.dispatchEvent(new CompositionEvent('compositionstart', {data: '', bubbles: true}));
        field.value = text;
        field.dispatchEvent(new InputEvent('input', {bubbles: true, isComposing: phase !== 'end',
                                                     inputType: 'insertCompositionText', data: text}));
        if (phase === 'end') field.dispatchEvent(new CompositionEvent('compositionend', {data: text, bubbles: true}));
    """
    before = index_requests(driver)
    driver.execute_script(compose, "start", "ying")
    driver.execute_script(compose, "update", "yingji")
    driver.execute_script(compose, "update", "应急")
    time.sleep(1.2)  # three times the page's 400 ms typing pause
    assert search_status(driver) == "", f"a search ran during composition: {search_status(driver)!r}"
    assert result_paths(driver, site) == []
    assert index_requests(driver) == before, "postings were fetched during composition"
    assert "q=" not in driver.current_url
    driver.execute_script(compose, "end", "应急")
    status = wait_for_search(driver)
    assert status.startswith("找到"), status
    assert query_of(driver) == {"q": ["应急"]}


def test_keyboard_only_search_reaches_every_result(driver, site):
    open_page(driver, site, "search/")
    keys = ActionChains(driver)
    keys.send_keys(Keys.TAB).perform()
    skip = driver.switch_to.active_element
    assert "skip-link" in (skip.get_attribute("class") or ""), f"first Tab reached {skip.get_attribute('outerHTML')[:120]}"
    keys.send_keys(Keys.ENTER).perform()
    WebDriverWait(driver, 5).until(lambda d: d.switch_to.active_element.get_attribute("id") == "main",
                                   message="Enter on the skip link did not move the focus to #main")
    keys.send_keys(Keys.TAB).perform()
    field = driver.switch_to.active_element
    assert field.get_attribute("id") == "search-q", f"Tab after the skip link reached {field.get_attribute('outerHTML')[:120]}"
    keys.send_keys(fc.PHRASE).send_keys(Keys.ENTER).perform()
    wait_for_search(driver)
    expected = [site.page(path) for path in result_paths(driver, site)]
    assert len(expected) >= 2
    focused = []
    for _ in range(len(expected) + 10):
        keys.send_keys(Keys.TAB).perform()
        href = driver.switch_to.active_element.get_attribute("href")
        if href in expected:
            focused.append(href)
        if len(focused) == len(expected):
            break
    assert focused == expected, f"Tab reached {focused}, the results are {expected}"


def test_without_javascript_the_page_says_so_and_links_the_units(chrome_without_js, site):
    driver = chrome_without_js
    driver.get(site.page("search/?q=" + urllib.parse.quote(fc.PHRASE)))
    notice = driver.find_element(By.CSS_SELECTOR, ".needs-js")
    assert notice.is_displayed(), "the needs-JavaScript notice is hidden although scripts are off"
    assert "JavaScript" in notice.text, notice.text
    link = notice.find_element(By.TAG_NAME, "a")
    assert link.get_attribute("href") == site.page("units/")
    assert search_status(driver) == "" and driver.find_elements(By.CSS_SELECTOR, "#search-results li") == [], \
        "scripts ran in the no-JavaScript browser; the test proves nothing"
    link.click()
    WebDriverWait(driver, 5).until(lambda d: d.current_url == site.page("units/"))
    assert driver.find_element(By.TAG_NAME, "h1").text == "全部单位"

