"""The web chat in a real headless browser (Debian's chromium and chromedriver; .ci/run installs them)."""

import shutil

import pytest

from tests.fixtures.browser import browser as _browser, needs_browser
from tests.fixtures.serve import start_serve

pytestmark = needs_browser


@pytest.fixture(scope="module")
def server(corpus_data, tmp_path_factory):
    data = tmp_path_factory.mktemp("web") / "data"
    shutil.copytree(corpus_data, data)
    url, process, _ = start_serve(data, {})
    yield url
    process.terminate()
    process.wait(timeout=10)


def test_ask_see_the_cited_answer_and_open_a_citation_then_follow_up(server, tmp_path):
    from selenium.webdriver.common.by import By
    from selenium.webdriver.common.keys import Keys
    from selenium.webdriver.support import expected_conditions as ready
    from selenium.webdriver.support.ui import WebDriverWait

    browser = _browser("da", tmp_path / "profile")
    try:
        browser.get(server)
        wait = WebDriverWait(browser, 30)
        assert browser.find_element(By.TAG_NAME, "html").get_attribute("lang") == "da"
        question = browser.find_element(By.ID, "question")
        assert browser.find_element(By.CSS_SELECTOR, "label[for=question]").text == "Dit spørgsmål"
        question.send_keys("Hvad er pejlemærke 3 i Norddjurs?")
        question.send_keys(Keys.TAB, Keys.TAB, Keys.ENTER)  # to the button by keyboard, and press it
        wait.until(ready.presence_of_element_located((By.CSS_SELECTOR, "#exchange-1 .citations li")))
        first_exchange = browser.find_element(By.ID, "exchange-1")
        assert first_exchange.find_element(By.CLASS_NAME, "asked").text == "Hvad er pejlemærke 3 i Norddjurs?"
        assert "Mest muligt i eget liv" in first_exchange.find_element(By.CLASS_NAME, "answer").text
        first = first_exchange.find_element(By.CSS_SELECTOR, ".citations li")
        assert "Norddjurs Kommune · Fælles langsigtet strategi for Socialområdet" in first.text
        quote = first.find_element(By.TAG_NAME, "blockquote").text
        first_exchange.find_element(By.CSS_SELECTOR, ".answer .marker").click()  # the [1] in the answer
        dialog = wait.until(ready.visibility_of_element_located((By.ID, "passage")))
        assert dialog.find_element(By.ID, "passage-title").text.startswith("Pejlemærke 3")
        marked = dialog.find_element(By.TAG_NAME, "mark").text  # the motto the answer quotes, no more
        assert marked == "Vi har fokus på midlertidighed, selvstændighed og giver slip, når målet er nået"
        assert marked in quote and "Mest muligt i eget liv" in dialog.find_element(By.ID, "passage-text").text
        browser.save_screenshot(str(tmp_path / "webchat.png"))
        dialog.send_keys(Keys.ESCAPE)
        wait.until(ready.invisibility_of_element_located((By.ID, "passage")))
        # a follow-up: the first answer stays, the second is read against the first question
        question = browser.find_element(By.ID, "question")
        assert question.get_attribute("value") == ""
        question.send_keys("og hvad med Odder?")
        browser.find_element(By.ID, "ask").click()
        wait.until(ready.presence_of_element_located((By.CSS_SELECTOR, "#exchange-2 .citations li")))
        second = browser.find_element(By.ID, "exchange-2")
        assert "Økonomisk bæredygtighed" in second.find_element(By.CLASS_NAME, "answer").text
        assert "Odder Kommune" in second.find_element(By.CSS_SELECTOR, ".citations li").text
        assert "Mest muligt i eget liv" in browser.find_element(By.ID, "exchange-1").text
        browser.refresh()  # the conversation survives a reload of the page
        wait.until(ready.presence_of_element_located((By.CSS_SELECTOR, "#exchange-2 .citations li")))
        browser.find_element(By.ID, "new-conversation").click()
        assert browser.find_elements(By.CLASS_NAME, "exchange") == []
    finally:
        browser.quit()


def test_english_browser_gets_english_page_and_answer_frame(server, tmp_path):
    from selenium.webdriver.common.by import By
    from selenium.webdriver.support import expected_conditions as ready
    from selenium.webdriver.support.ui import WebDriverWait

    browser = _browser("en-US", tmp_path / "profile")
    try:
        browser.get(server)
        wait = WebDriverWait(browser, 30)
        wait.until(lambda b: b.find_element(By.ID, "ask").text == "Ask")
        browser.find_element(By.ID, "question").send_keys("Who won the football match yesterday?")
        browser.find_element(By.ID, "ask").click()
        status = wait.until(ready.visibility_of_element_located((By.CSS_SELECTOR, "#exchange-1 .status")))
        assert status.text == "Not found in the strategies"
        answer = browser.find_element(By.CSS_SELECTOR, "#exchange-1 .answer").text
        assert "I cannot find that in the strategy documents" in answer
    finally:
        browser.quit()


def test_an_action_plan_is_shown_as_a_plan_with_its_files_to_download(server, tmp_path):
    import io
    import urllib.request

    import docx
    from selenium.webdriver.common.by import By
    from selenium.webdriver.support import expected_conditions as ready
    from selenium.webdriver.support.ui import WebDriverWait

    browser = _browser("da", tmp_path / "profile")
    try:
        browser.get(server)
        wait = WebDriverWait(browser, 30)
        browser.find_element(By.ID, "question").send_keys("handleplan 3 i Norddjurs")
        browser.find_element(By.ID, "ask").click()
        wait.until(ready.presence_of_element_located((By.CSS_SELECTOR, "#exchange-1 .answer table")))
        answer = browser.find_element(By.CSS_SELECTOR, "#exchange-1 .answer")
        assert "# Handleplan" not in answer.text and "|---|" not in answer.text and "| Lokal" not in answer.text
        assert answer.find_element(By.TAG_NAME, "h4").text == "Handleplan: Pejlemærke 3: Mest muligt i eget liv"
        sections = [h.text for h in answer.find_elements(By.TAG_NAME, "h5")]
        assert sections[0] == "Det handler pejlemærke 3 om"
        assert [s[:4] for s in sections[1:]] == ["3.1 ", "3.2 ", "3.3 "]
        assert "midlertidighed" in answer.find_element(By.TAG_NAME, "blockquote").text
        tables = answer.find_elements(By.TAG_NAME, "table")
        assert len(tables) == 3
        assert [th.text for th in tables[0].find_elements(By.CSS_SELECTOR, "thead th")] == [
            "Lokal handling", "Ansvarlig", "Frist og opfølgning", "Sådan måler vi fremskridt", "Status"]
        questions = [li.text for li in answer.find_elements(By.CSS_SELECTOR, "ul li")]
        assert len(questions) == 12 and len(set(questions)) == 12
        assert "Hvad gør vi konkret i vores hverdag for at arbejde med konkrete og afgrænsede mål?" in questions
        marker = answer.find_elements(By.CSS_SELECTOR, "h5 .marker")[1]  # 3.1's citation opens its passage
        marker.click()
        dialog = wait.until(ready.visibility_of_element_located((By.ID, "passage")))
        assert "Målsætninger" in dialog.find_element(By.ID, "passage-title").text
        dialog.find_element(By.CSS_SELECTOR, "form button").click()
        links = browser.find_elements(By.CSS_SELECTOR, "#exchange-1 .files a")
        assert [a.get_attribute("download") for a in links] == ["handleplan-pejlemaerke-3-norddjurs.docx",
                                                                "handleplan-pejlemaerke-3-norddjurs.md"]
        data = urllib.request.urlopen(links[0].get_attribute("href"), timeout=30).read()
        assert docx.Document(io.BytesIO(data)).core_properties.title.startswith("Handleplan: Pejlemærke 3")
        browser.save_screenshot(str(tmp_path / "plan.png"))
        browser.refresh()  # the plan is still a plan in the conversation's history
        wait.until(ready.presence_of_element_located((By.CSS_SELECTOR, "#exchange-1 .answer table")))
    finally:
        browser.quit()


def test_clarify_question_first_highlight_only_quotes_and_languages_marked(server, tmp_path):
    from selenium.webdriver.common.by import By
    from selenium.webdriver.common.keys import Keys
    from selenium.webdriver.support import expected_conditions as ready
    from selenium.webdriver.support.ui import WebDriverWait

    browser = _browser("da", tmp_path / "profile")

    def ask(n: int, text: str):
        question = browser.find_element(By.ID, "question")
        question.send_keys(text)
        browser.find_element(By.ID, "ask").click()
        wait.until(ready.presence_of_element_located((By.CSS_SELECTOR, f"#exchange-{n} .citations li")))
        return browser.find_element(By.ID, f"exchange-{n}")

    try:
        browser.get(server)
        wait = WebDriverWait(browser, 30)
        # two organisations have a pejlemærke 3: the question which one comes first, the notes last
        answer = ask(1, "Hvad er pejlemærke 3?").find_element(By.CLASS_NAME, "answer")
        paragraphs = answer.find_elements(By.CSS_SELECTOR, ":scope > p")
        assert paragraphs[0].get_attribute("class") == "lead"
        assert paragraphs[0].text.startswith("Flere organisationer har et svar på det. Hvilken mener du:")
        assert paragraphs[1].text.startswith("Ifølge Norddjurs Kommune")
        assert paragraphs[-1].get_attribute("class") == "note" and paragraphs[-1].text.startswith("Bemærk:")
        # citation 3 spans two quoted lines and one the answer leaves out: only the quoted are marked
        second = ask(2, "Hvad er pejlemærke 2 i Odder?")
        marker = next(m for m in second.find_elements(By.CSS_SELECTOR, ".answer .marker") if m.text == "[3]")
        marker.click()
        dialog = wait.until(ready.visibility_of_element_located((By.ID, "passage")))
        marked = [m.text for m in dialog.find_elements(By.TAG_NAME, "mark")]
        assert marked == ["Vi har fokus på at borgeren oplever sammenhæng og helhed i indsatsen",
                          "- En indgang - der udpeges én tovholder i tværgående indsatser, som er borgerens "
                          "kontaktperson."]
        assert "Vi tager alle ansvar for en fælles indsats" in dialog.find_element(By.ID, "passage-text").text
        dialog.send_keys(Keys.ESCAPE)
        wait.until(ready.invisibility_of_element_located((By.ID, "passage")))
        # an English answer inside the Danish page is marked English; its quotes stay Danish
        third = ask(3, "What are the principles in Norddjurs?")
        assert browser.find_element(By.TAG_NAME, "html").get_attribute("lang") == "da"
        assert third.find_element(By.CLASS_NAME, "answer").get_attribute("lang") == "en"
        assert third.find_element(By.CLASS_NAME, "asked").get_attribute("lang") == "en"
        assert third.find_element(By.CLASS_NAME, "answer").text.startswith("According to Norddjurs Kommune")
        assert third.find_element(By.CSS_SELECTOR, ".citations blockquote").get_attribute("lang") == "da"
        assert second.find_element(By.CLASS_NAME, "answer").get_attribute("lang") == "da"
        assert third.find_element(By.CLASS_NAME, "sources-heading").text == "Kilder"  # the page's own label
    finally:
        browser.quit()
