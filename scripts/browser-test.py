#!/usr/bin/env python3
"""Browser tests (`make browser-test`): the example site as a reader sees it, in Debian's Chromium.

Serves a copy of this repository's site with `stele serve`, then, at 390 and 1280 px wide, opens every
kind of page and checks that it does not scroll sideways, logs no console error and has no axe-core
violation. It searches for a word and a single character and expects results, and edits an article
under `stele serve` and expects the open page to show the edit without being touched. Screenshots of
every page and width go to SHOTS (default .build/browser-test/) for review.

    scripts/browser-test.py STELE [SHOTS]
"""
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
import time

from selenium import webdriver
from selenium.webdriver.chrome.options import Options
from selenium.webdriver.chrome.service import Service
from selenium.webdriver.common.by import By
from selenium.webdriver.support.ui import WebDriverWait

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
WIDTHS = [390, 1280]
failures = []


def fail(message):
    failures.append(message)
    print("FAIL", message, flush=True)


def axe_source():
    """axe-core's script, as the PyPI package axe-selenium-python ships it."""
    import axe_selenium_python
    path = os.path.join(os.path.dirname(axe_selenium_python.__file__), "node_modules", "axe-core", "axe.min.js")
    with open(path, encoding="utf-8") as f:
        return f.read()


def start_server(stele, site):
    log = open(os.path.join(site, "serve.log"), "w+")
    server = subprocess.Popen([stele, "serve", site, "--port", "0"], stdout=log, stderr=subprocess.STDOUT)
    for _ in range(600):
        log.seek(0)
        match = re.search(r"http://[^\s]+/", log.read())
        if match:
            return server, match.group(0)
        if server.poll() is not None:
            break
        time.sleep(0.1)
    log.seek(0)
    sys.exit("stele serve did not start:\n" + log.read())


def browser():
    options = Options()
    for argument in ["--headless=new", "--no-sandbox", "--disable-gpu", "--hide-scrollbars"]:
        options.add_argument(argument)
    options.binary_location = shutil.which("chromium") or "/usr/bin/chromium"
    options.set_capability("goog:loggingPrefs", {"browser": "ALL"})
    return webdriver.Chrome(service=Service(shutil.which("chromedriver") or "/usr/bin/chromedriver"), options=options)


def status(url):
    """The HTTP status code of `url`, as text."""
    return subprocess.run(["curl", "-s", "-o", "/dev/null", "-w", "%{http_code}", url],
                          capture_output=True, text=True).stdout


def page_paths(base):
    """One page of each kind the example site has."""
    index = subprocess.run(["curl", "-s", base], capture_output=True, text=True).stdout
    article = re.search(r'href="(/articles/[^"]+/)"', index)
    paths = {"index": "/", "timeline": "/timeline/", "statistics": "/stats/", "search": "/search/",
             "not-found": "/no-such-page/"}
    if article:
        paths["article"] = article.group(1)
    if status(base + "tags/") == "200":
        paths["tags"] = "/tags/"
        tag = re.search(r'href="(/tags/[^"]+/)"', subprocess.run(["curl", "-s", base + "tags/"], capture_output=True, text=True).stdout)
        if tag:
            paths["tag"] = tag.group(1)
    if status(base + "page/2/") == "200":
        paths["index-page-2"] = "/page/2/"
    return paths


def check_page(driver, axe, base, kind, path, width, shots):
    driver.set_window_size(width, 900)
    driver.get(base.rstrip("/") + path)
    WebDriverWait(driver, 10).until(lambda d: d.execute_script("return document.readyState") == "complete")
    where = f"{kind} {path} at {width} px"
    overflow = driver.execute_script(
        "return document.documentElement.scrollWidth - document.documentElement.clientWidth")
    if overflow > 0:
        fail(f"{where}: scrolls sideways by {overflow} px")
    for entry in driver.get_log("browser"):
        # The 404 page is served with status 404, which Chromium logs as a failed resource load.
        if entry["level"] == "SEVERE" and not (kind == "not-found" and "404" in entry["message"]):
            fail(f"{where}: console: {entry['message']}")
    driver.execute_script(axe)
    result = driver.execute_async_script(
        "var done = arguments[arguments.length - 1];"
        "axe.run(document, {resultTypes: ['violations']}).then(r => done(JSON.stringify(r.violations)));")
    for violation in json.loads(result):
        targets = ", ".join(" ".join(node["target"]) for node in violation["nodes"][:3])
        fail(f"{where}: axe {violation['impact']}: {violation['id']} ({violation['help']}) at {targets}")
    height = driver.execute_script("return document.documentElement.scrollHeight")
    driver.set_window_size(width, min(max(height, 900), 6000))
    driver.save_screenshot(os.path.join(shots, f"{kind}-{width}.png"))


def check_search(driver, axe, base, query, shots):
    driver.set_window_size(1280, 900)
    driver.get(base + "search/?q=" + query)
    try:
        WebDriverWait(driver, 10).until(
            lambda d: d.find_element(By.ID, "search-results").is_displayed()
            and d.find_elements(By.CSS_SELECTOR, "#search-results a"))
    except Exception:
        fail(f"search for {query!r}: no results shown")
        return
    listed = driver.find_element(By.ID, "all-articles")
    if listed.is_displayed():
        fail(f"search for {query!r}: the full article list stays under the results")
    marks = driver.find_elements(By.CSS_SELECTOR, "#search-results .summary mark")
    if not marks:
        fail(f"search for {query!r}: no snippet with the match marked")
    elif not any(query in mark.text or mark.text in query for mark in marks):
        fail(f"search for {query!r}: the marked text {marks[0].text!r} is not the query")
    # Each result shows the subtitle, date and authors the article list shows for it.
    for result in driver.find_elements(By.CSS_SELECTOR, "#search-results article"):
        href = result.find_element(By.CSS_SELECTOR, "h2 a").get_attribute("href")
        static = [a for a in driver.find_elements(By.CSS_SELECTOR, "#all-articles article")
                  if a.find_element(By.CSS_SELECTOR, "h2 a").get_attribute("href") == href]
        shown = lambda article: [e.get_attribute("textContent") for e in article.find_elements(By.CSS_SELECTOR, ".subtitle, .meta")]
        if static and shown(static[0]) != shown(result):
            fail(f"search for {query!r}: {href} shows {shown(result)}, the article list {shown(static[0])}")
    # The index is fetched in parts: the manifest, the query's shards and the shown fragments only.
    fetched = driver.execute_script(
        "return performance.getEntriesByType('resource').map(e => e.name).filter(n => n.includes('/search/'))")
    if any(name.endswith("search.json") for name in fetched) or len(fetched) > 1 + 4 + 10:
        fail(f"search for {query!r}: fetched {len(fetched)} index files: {fetched}")
    # The results, their snippets and marks included, pass axe-core as the pages do.
    driver.execute_script(axe)
    result = driver.execute_async_script(
        "var done = arguments[arguments.length - 1];"
        "axe.run(document, {resultTypes: ['violations']}).then(r => done(JSON.stringify(r.violations)));")
    for violation in json.loads(result):
        fail(f"search for {query!r}: axe {violation['impact']}: {violation['id']} ({violation['help']})")
    driver.save_screenshot(os.path.join(shots, f"search-results-{len(query)}.png"))
    field = driver.find_element(By.ID, "search-query")
    field.clear()
    field.send_keys(" ")
    try:
        WebDriverWait(driver, 5).until(lambda d: d.find_element(By.ID, "all-articles").is_displayed()
                                       and not d.find_element(By.ID, "search-results").is_displayed())
    except Exception:
        fail(f"search for {query!r}: clearing the query does not bring the article list back")


def check_live_reload(driver, base, site, path):
    driver.set_window_size(1280, 900)
    driver.get(base.rstrip("/") + path)
    WebDriverWait(driver, 10).until(lambda d: d.execute_script("return document.readyState") == "complete")
    time.sleep(1)  # the event stream connects
    slug = path.strip("/").split("/")[-1]
    sources = [f for f in os.listdir(os.path.join(site, "content")) if f.endswith(".md")]
    marker = "浏览器测试加上的一段话"
    for name in sources:
        file = os.path.join(site, "content", name)
        text = open(file, encoding="utf-8").read()
        if re.search(rf"^slug: {re.escape(slug)}$", text, re.M) or name == slug + ".md":
            with open(file, "a", encoding="utf-8") as f:
                f.write(f"\n{marker}\n")
            break
    else:
        fail(f"live reload: no content file for {path}")
        return
    try:
        WebDriverWait(driver, 15).until(lambda d: marker in d.find_element(By.TAG_NAME, "body").text)
    except Exception:
        fail("live reload: the edit did not appear in the open page within 15 s")


def main():
    stele = os.path.abspath(sys.argv[1] if len(sys.argv) > 1 else os.path.join(ROOT, ".build/debug/stele"))
    shots = os.path.abspath(sys.argv[2] if len(sys.argv) > 2 else os.path.join(ROOT, ".build/browser-test"))
    shutil.rmtree(shots, ignore_errors=True)
    os.makedirs(shots)
    work = tempfile.mkdtemp(prefix="stele-browser-")
    site = os.path.join(work, "site")
    os.makedirs(site)
    for name in ["stele.yml", "words.txt", "content", "templates", "static"]:
        source = os.path.join(ROOT, name)
        if os.path.isdir(source):
            shutil.copytree(source, os.path.join(site, name))
        elif os.path.exists(source):
            shutil.copy(source, site)
    # Two articles a page, so that the four example articles show the page navigation too.
    with open(os.path.join(site, "stele.yml"), "a", encoding="utf-8") as config:
        config.write("\npaginate: 2\n")
    server, base = start_server(stele, site)
    driver = browser()
    try:
        axe = axe_source()
        paths = page_paths(base)
        for kind, path in sorted(paths.items()):
            for width in WIDTHS:
                check_page(driver, axe, base, kind, path, width, shots)
        for query in ["党建", "医"]:
            check_search(driver, axe, base, query, shots)
        if "article" in paths:
            check_live_reload(driver, base, site, paths["article"])
    finally:
        driver.quit()
        server.terminate()
        server.wait()
        shutil.rmtree(work, ignore_errors=True)
    checked = len(paths) * len(WIDTHS)
    print(f"browser-test: {checked} page views, 2 searches, 1 live reload; {len(failures)} failures; "
          f"screenshots in {os.path.relpath(shots, ROOT)}/")
    sys.exit(1 if failures else 0)


if __name__ == "__main__":
    main()
