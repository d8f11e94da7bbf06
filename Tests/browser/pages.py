"""The page types of the site and small helpers the browser tests share."""
import urllib.parse

from selenium.webdriver.common.by import By
from selenium.webdriver.support.ui import WebDriverWait

import fixture_content as fc

SEARCH_QUERY = fc.PHRASE

# One page of every type the theme renders, by a name used in test ids and screenshot file names.
PAGES = {
    "home": "",
    "units": "units/",
    "unit": "units/unit-00001/",
    "record": fc.EXAMPLE_RECORD,
    "year": "years/2024/",
    "search": "search/?q=" + urllib.parse.quote(SEARCH_QUERY),
    "about": "about/",
    "404": "404.html",
    "data": "data/",
}

# Pages worth a screenshot besides one of each type: the records with little or odd data.
EXTRA_SCREENSHOTS = {
    "record-withdrawn": f"units/{fc.WITHDRAWN_UNIT}/2023/",
    "record-no-figures": f"units/{fc.NO_FIGURES_UNIT}/2024/",
    "record-income-only": f"units/{fc.INCOME_ONLY_UNIT}/2024/",
    "record-grade-only": f"units/{fc.GRADE_ONLY_UNIT}/2024/",
    "record-indicators": f"units/{fc.PHRASE_UNIT}/2024/",
    "unit-example": fc.EXAMPLE_UNIT,
    "unit-withdrawn": f"units/{fc.WITHDRAWN_UNIT}/",
    "search-none": "search/?q=" + urllib.parse.quote("量子纠缠计算"),
}

BUSY_STATUSES = ("", "正在搜索…")


def search_status(driver):
    return driver.find_element(By.ID, "search-status").text


def wait_for_search(driver, timeout=10):
    """Waits until the search page has settled on a result or a message, and returns the status text."""
    WebDriverWait(driver, timeout, poll_frequency=0.05).until(
        lambda d: search_status(d) not in BUSY_STATUSES,
        message="the search page never settled: #search-status stayed empty or 正在搜索…")
    return search_status(driver)


def open_page(driver, site, path):
    """Loads a site-relative path; a search page is waited for until its results are shown."""
    driver.get(site.page(path))
    if path.startswith("search/") and "?q=" in path:
        status = wait_for_search(driver)
        assert status.startswith("找到") or status.startswith("没有找到"), f"search at {path} says {status!r}"


def result_paths(driver, site):
    """The site-relative paths of the result links shown, in order."""
    links = driver.find_elements(By.CSS_SELECTOR, "#search-results li.search-result h2.search-result-title a")
    return [site.path_of(link.get_attribute("href")) for link in links]
