"""The fixtures' HTML report in a real headless browser: it renders, on a desktop and a
phone width, and the screenshots land in ``artifacts/`` for a human (or CI) to look at."""

from __future__ import annotations

import os
import shutil
import subprocess
from pathlib import Path

import pytest

from reporter import build_report, load_articles
from reporter.render import render_html
from tests.conftest import ROOT, STORY

ARTIFACTS = ROOT / "artifacts"
BROWSERS = ("chromium", "chromium-browser", "google-chrome", "google-chrome-stable", "chrome")


def find_browser() -> str | None:
    """A Chromium-family browser: $CHROME, /usr/bin/chromium, or one on PATH."""
    env = os.environ.get("CHROME")
    if env and Path(env).exists():
        return env
    if Path("/usr/bin/chromium").exists():
        return "/usr/bin/chromium"
    return next((p for p in map(shutil.which, BROWSERS) if p), None)


@pytest.fixture(scope="module")
def page(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("html") / "report.html"
    path.write_text(render_html(build_report(load_articles([STORY]))), encoding="utf-8")
    return path


def screenshot(browser: str, page: Path, out: Path, size: str, profile: Path) -> None:
    """One headless screenshot; flags keep Chromium off the network and out of sandboxes
    a container or root user cannot provide."""
    out.parent.mkdir(exist_ok=True)
    out.unlink(missing_ok=True)
    cmd = [browser, "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic",
           "--no-first-run", "--disable-background-networking", "--disable-component-update",
           "--disable-sync", "--hide-scrollbars", f"--user-data-dir={profile}",
           f"--screenshot={out}", f"--window-size={size}", page.as_uri()]
    result = subprocess.run(cmd, capture_output=True, text=True, timeout=120, check=False)
    assert out.exists(), f"no screenshot (exit {result.returncode}):\n{result.stderr[-2000:]}"


@pytest.mark.parametrize(("name", "size"), [
    pytest.param("report.png", "1200,3000", id="desktop"),
    pytest.param("report-phone.png", "390,2400", id="phone"),
])
def test_report_renders_in_a_real_browser(page: Path, name: str, size: str,
                                          tmp_path: Path) -> None:
    """Headless Chromium renders the page into a PNG of the asked size with real content
    (a blank or failed page compresses to a few kilobytes)."""
    browser = find_browser()
    if browser is None:
        pytest.skip("no Chromium-family browser found (install Debian's chromium, or set "
                    "CHROME to a Chrome/Chromium binary)")
    out = ARTIFACTS / name
    screenshot(browser, page, out, size, tmp_path / "profile")
    data = out.read_bytes()
    assert data[:8] == b"\x89PNG\r\n\x1a\n"
    width, height = int.from_bytes(data[16:20], "big"), int.from_bytes(data[20:24], "big")
    assert (width, height) == tuple(int(n) for n in size.split(","))
    assert len(data) > 30_000, f"{name} is {len(data)} bytes: the page looks blank"
