from bot.database import WORKSPACE, Database
from bot.settings import channels_from_file
from bot.slack.handlers import SlackHandlers, slack_text


def test_channel_organisation_comes_from_admin_then_file_then_workspace_default(tmp_path):
    path = tmp_path / "kanaler.toml"
    path.write_text('[slack]\ndefault = "Viborg Kommune"\nC1 = "Odder Kommune"\n', encoding="utf-8")
    db = Database(tmp_path / "bot.sqlite3")
    handlers = SlackHandlers(core=None, database=db, channels=channels_from_file(path, "slack"))
    assert handlers.organisation("C1") == "Odder Kommune"
    assert handlers.organisation("C2") == "Viborg Kommune"
    db.set_organisation("slack", "C1", "Norddjurs Kommune", "UADMIN")
    assert handlers.organisation("C1") == "Norddjurs Kommune"
    db.set_organisation("slack", WORKSPACE, "Rudersdal Kommune", "UADMIN")
    assert handlers.organisation("C2") == "Rudersdal Kommune"  # the admin's default beats the file's
    assert handlers.organisation("C1") == "Norddjurs Kommune"  # a channel's own setting beats both


def test_mentions_and_slack_escaping_are_removed_from_the_question():
    assert slack_text("<@U0BOT> Hvad betyder &lt;mål&gt; &amp; <@U2|anne>?") == "Hvad betyder <mål> &  ?"
