"""Packaging: an installed cheatdeck carries its templates, and no package is left out."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import tomllib
import zipfile
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]


def _listed() -> list[str]:
    config = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    return config["tool"]["setuptools"]["packages"]


def test_every_package_under_src_is_listed():
    found = {
        ".".join(init.parent.relative_to(ROOT / "src").parts)
        for init in (ROOT / "src").rglob("__init__.py")
    }
    assert set(_listed()) == found | {"cheatdeck.templates", "cheatdeck.schemas"}


def build_wheel(tmp_path: Path) -> Path:
    """A wheel of the working tree, built from a copy: setuptools leaves build/lib in the
    source tree, and build/ is where cheatdeck writes its outputs."""
    source = tmp_path / "source"
    for name in ("src", "templates", "schema"):
        shutil.copytree(
            ROOT / name, source / name, ignore=shutil.ignore_patterns("*.egg-info", "__pycache__")
        )
    for name in ("pyproject.toml", "README.md"):
        shutil.copyfile(ROOT / name, source / name)
    done = subprocess.run(
        [
            sys.executable,
            "-m",
            "pip",
            "wheel",
            str(source),
            "--no-deps",
            "--no-build-isolation",
            "-q",
            "-w",
            str(tmp_path / "wheel"),
        ],
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert done.returncode == 0, done.stderr
    (wheel,) = (tmp_path / "wheel").glob("cheatdeck-*.whl")
    return wheel


@pytest.fixture(scope="module")
def wheel(tmp_path_factory) -> Path:
    """One wheel of the working tree for the module's tests (each only reads it)."""
    return build_wheel(tmp_path_factory.mktemp("wheel"))


def test_the_wheel_carries_every_template(wheel):
    names = set(zipfile.ZipFile(wheel).namelist())
    templates = [p for p in (ROOT / "templates").rglob("*") if p.is_file()]
    assert templates
    for path in templates:
        assert "cheatdeck/templates/" + path.relative_to(ROOT / "templates").as_posix() in names
    assert "cheatdeck/writers/sheet/pdf.py" in names
    for name in ("topic.schema.json", "corpus.schema.json"):
        assert f"cheatdeck/schemas/{name}" in names
    starter = ROOT / "src" / "cheatdeck" / "starter"
    for path in starter.rglob("*"):
        if path.is_file() and "__pycache__" not in path.parts:
            assert "cheatdeck/starter/" + path.relative_to(starter).as_posix() in names


def test_an_installed_wheel_runs_init_check_build_from_another_folder(tmp_path, wheel):
    """The wheel installed into a fresh virtual environment (its dependencies taken from
    the running environment's site-packages, so nothing is downloaded): init, check and
    build a corpus in a folder outside the repository, run from yet another folder."""
    import site
    import venv

    env_dir = tmp_path / "venv"
    venv.create(env_dir, with_pip=False)
    python = env_dir / "bin" / "python"
    done = subprocess.run(
        [sys.executable, "-m", "pip", "--python", str(python), "install", "--no-deps", "-q"]
        + [str(wheel)],
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert done.returncode == 0, done.stderr
    deps = os.pathsep.join(site.getsitepackages())
    env = {**os.environ, "PYTHONPATH": deps}
    where = tmp_path / "elsewhere"
    where.mkdir()
    cheatdeck = str(env_dir / "bin" / "cheatdeck")

    def run(*args):
        return subprocess.run(
            [cheatdeck, *args], cwd=where, env=env, capture_output=True, text=True, timeout=300
        )

    located = subprocess.run(
        [str(python), "-c", "import cheatdeck; print(cheatdeck.__file__)"],
        cwd=where,
        env=env,
        capture_output=True,
        text=True,
    )
    assert str(env_dir) in located.stdout, located  # the wheel, not the source tree
    corpus = tmp_path / "corpora" / "chemistry"
    done = run("init", str(corpus))
    assert done.returncode == 0, done.stderr
    assert (corpus / "schema" / "topic.schema.json").is_file()
    done = run("check", str(corpus), "--strict")
    assert done.returncode == 0, done.stdout + done.stderr
    done = run("build", str(corpus), "-o", "out", "-f", "apkg,html,md,pdf")
    assert done.returncode == 0, done.stdout + done.stderr
    built = sorted(p.name for p in (where / "out").iterdir() if not p.name.startswith("."))
    assert built == ["chemistry.apkg", "chemistry.html", "chemistry.md", "chemistry.pdf"]
    assert "Create a branch and switch to it" in (where / "out" / "chemistry.md").read_text()
    for args in (("show", "git-commit", str(corpus)), ("stats", str(corpus))):
        done = run(*args)
        assert done.returncode == 0 and "git" in done.stdout, done.stderr
    done = run("build", str(corpus), "-o", "terminal", "-f", "tldr,navi,cheat")
    assert done.returncode == 0, done.stdout + done.stderr
    assert (where / "terminal" / "chemistry.tldr" / "git.md").is_file()

    from foreign_decks import make_apkg

    apkg = make_apkg(tmp_path / "chem.apkg")
    done = run("import", str(apkg), "-o", str(tmp_path / "corpora" / "chem"))
    assert done.returncode == 0, done.stderr
    assert run("check", str(tmp_path / "corpora" / "chem"), "--strict").returncode == 0

    watch = subprocess.Popen(
        [cheatdeck, "watch", str(corpus), "-o", "watched"],
        cwd=where,
        env=env,
        stdout=subprocess.PIPE,
        text=True,
    )
    try:
        lines = [watch.stdout.readline() for _ in range(2)]
    finally:
        watch.kill()
        watch.wait()
    assert "watching" in lines[-1], lines
    assert (where / "watched" / "chemistry.html").is_file()
