import io
import json
import os
import subprocess
import sys
import zipfile
from pathlib import Path

from PIL import Image

ROOT = Path(__file__).resolve().parents[3]


def _run(*args, env=None):
    return subprocess.run([sys.executable, "-m", "bot", "teams-package", *args], capture_output=True, text=True,
                          cwd=ROOT, env={**os.environ, "PYTHONPATH": str(ROOT), **(env or {})})


def test_package_has_manifest_and_icons_from_the_settings(tmp_path):
    out = tmp_path / "pakke.zip"
    result = _run("--out", str(out), env={"MICROSOFT_APP_ID": "11111111-2222-3333-4444-555555555555",
                                          "STRATEGIBOT_PUBLIC_URL": "https://strategibot.norddjurs.dk"})
    assert result.returncode == 0, result.stderr
    with zipfile.ZipFile(out) as archive:
        assert sorted(archive.namelist()) == ["color.png", "manifest.json", "outline.png"]
        manifest = json.loads(archive.read("manifest.json"))
        sizes = {name: Image.open(io.BytesIO(archive.read(name))).size for name in ("color.png", "outline.png")}
    assert manifest["id"] == manifest["bots"][0]["botId"] == "11111111-2222-3333-4444-555555555555"
    assert manifest["validDomains"] == ["strategibot.norddjurs.dk"]
    assert set(manifest["bots"][0]["scopes"]) == {"personal", "team", "groupChat"}
    assert sizes == {"color.png": (192, 192), "outline.png": (32, 32)}


def test_package_without_an_app_id_says_what_is_missing(tmp_path):
    result = _run("--out", str(tmp_path / "x.zip"), env={"MICROSOFT_APP_ID": "", "STRATEGIBOT_PUBLIC_URL": ""})
    assert result.returncode == 2 and "MICROSOFT_APP_ID mangler" in result.stderr
    assert not (tmp_path / "x.zip").exists()
