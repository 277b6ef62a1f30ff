"""Sign-in in a real headless browser (Debian's chromium and chromedriver): the chat page sends
the browser to the OpenID Connect provider, back with a session, and the member of a group sees
the restricted document; «Log ud» ends it."""



from tests.bot.web.test_signin import QUESTION, data, provider, provider_server, server  # noqa: F401 (fixtures)
from tests.fixtures.browser import browser as _browser, needs_browser

pytestmark = needs_browser


def test_sign_in_in_the_browser_then_ask_see_the_restricted_source_and_sign_out(server, provider, tmp_path):
    from selenium.webdriver.common.by import By
    from selenium.webdriver.support import expected_conditions as ready
    from selenium.webdriver.support.ui import WebDriverWait

    browser = _browser("da", tmp_path / "profile")
    try:
        browser.get(server)
        wait = WebDriverWait(browser, 30)
        wait.until(lambda b: b.current_url.startswith(provider))  # sent to the provider's sign-in
        browser.find_element(By.CSS_SELECTOR, "button[name=sub][value=anna]").click()
        wait.until(ready.visibility_of_element_located((By.ID, "account")))
        assert browser.current_url == f"{server}/"
        assert browser.find_element(By.ID, "signed-in").text == "Logget ind som Anna"
        browser.find_element(By.ID, "question").send_keys(QUESTION)
        browser.find_element(By.ID, "ask").click()
        wait.until(ready.presence_of_element_located((By.CSS_SELECTOR, "#exchange-1 .citations li")))
        sources = browser.find_element(By.CSS_SELECTOR, "#exchange-1 .citations").text
        assert "Ledelsens spareplan" in sources
        browser.find_element(By.CSS_SELECTOR, "#exchange-1 .feedback button[data-rating='1']").click()
        wait.until(lambda b: b.find_element(By.CSS_SELECTOR, "#exchange-1 .feedback-thanks").text)
        assert browser.find_element(By.CSS_SELECTOR, "#exchange-1 .feedback-thanks").text == "Tak for din vurdering."
        browser.find_element(By.ID, "logout").click()
        wait.until(lambda b: b.current_url.startswith(provider))  # the provider's end-session page
        browser.get(f"{server}/api/me")
        assert "logge ind" in browser.find_element(By.TAG_NAME, "body").text
    finally:
        browser.quit()
