from bot.slack.handlers import slack_text


def test_mentions_and_slack_escaping_are_removed_from_the_question():
    assert slack_text("<@U0BOT> Hvad betyder &lt;mål&gt; &amp; <@U2|anne>?") == "Hvad betyder <mål> &  ?"
