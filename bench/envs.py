"""Where each implementation runs: interpreters, environment variables, and the two private venvs.

bench/.official-venv   anthropic==0.79.0 from PyPI, with httpx/pydantic/jiter/... pinned to the
                       versions of the project's .venv so both SDKs run on the same stack
bench/.opc-venv        openapi-python-client (and the ruff it formats with)

Both are created on first use (`python3 -m venv` + pip) and recreated when their requirement
line changes (a stamp file inside each venv records it). Both are gitignored.
"""

from __future__ import annotations

import importlib.metadata
import os
import shutil
import subprocess
import sys
from dataclasses import dataclass, field
from pathlib import Path
from typing import Dict, List, Optional

ROOT = Path(__file__).resolve().parent.parent
BENCH = ROOT / "bench"
CACHE = BENCH / ".cache"
OFFICIAL_VENV = BENCH / ".official-venv"
OPC_VENV = BENCH / ".opc-venv"
OFFICIAL_REQUIREMENT = "anthropic==0.79.0"
OPC_REQUIREMENT = "openapi-python-client==0.29.1"
# Pinned in the official venv to whatever the project's .venv has, so the SDKs share one stack.
SHARED_STACK = (
    "httpx",
    "httpcore",
    "h11",
    "anyio",
    "sniffio",
    "idna",
    "certifi",
    "pydantic",
    "pydantic-core",
    "annotated-types",
    "typing-inspection",
    "typing-extensions",
    "jiter",
    "distro",
    "docstring-parser",
)


def project_python() -> str:
    venv = ROOT / ".venv" / "bin" / "python"
    return str(venv) if venv.exists() else sys.executable


def base_env() -> Dict[str, str]:
    """The environment every child process gets: no leaked PYTHONPATH, proxies or API settings;
    bytecode caching on (this shell may set PYTHONDONTWRITEBYTECODE, which would make every
    'cold import' of a package without shipped .pyc files recompile it from source), into
    bench/.cache/pycache so nothing is written next to generated/ or site-packages."""
    env = {
        k: v
        for k, v in os.environ.items()
        if not (
            k.startswith(("ANTHROPIC_", "PYTHON", "PIP_REQUIRE_VIRTUALENV", "VIRTUAL_ENV", "MYPY", "UV_"))
            or k.lower() in ("http_proxy", "https_proxy", "all_proxy")
        )
    }
    env["PYTHONPYCACHEPREFIX"] = str(CACHE / "pycache")
    env["NO_PROXY"] = env["no_proxy"] = "127.0.0.1,localhost"
    env["PYTHONHASHSEED"] = "0"
    return env


@dataclass
class Impl:
    name: str  # ours | official | raw
    label: str
    python: str
    worker: str  # sdk | raw
    env: Dict[str, str] = field(default_factory=dict)
    import_module: str = "anthropic"
    client_attr: str = "Anthropic"
    na: Optional[str] = None  # why this implementation cannot run at all


def impls(ours_path: Path) -> Dict[str, Impl]:
    py = project_python()
    env = base_env()
    ours_env = {**env, "PYTHONPATH": f"{ours_path}{os.pathsep}{ROOT}"}
    plain_env = {**env, "PYTHONPATH": str(ROOT)}
    return {
        "ours": Impl("ours", "ours", py, "sdk", ours_env),
        "official": Impl("official", "official 0.79.0", str(OFFICIAL_VENV / "bin" / "python"), "sdk", plain_env),
        "raw": Impl("raw", "raw httpx", py, "raw", plain_env, import_module="httpx", client_attr="Client"),
    }


def ours_importable(impl: Impl) -> Optional[str]:
    """None if our SDK imports and has `Anthropic`; otherwise the error's last line."""
    code = "import anthropic; anthropic.Anthropic; print(anthropic.__file__)"
    r = subprocess.run([impl.python, "-c", code], env=impl.env, cwd=str(CACHE), capture_output=True, text=True)
    if r.returncode == 0:
        if not r.stdout.strip().startswith(impl.env["PYTHONPATH"].split(os.pathsep)[0]):
            return f"`import anthropic` resolved to {r.stdout.strip()}, not to the generated tree"
        return None
    lines = [line for line in r.stderr.strip().splitlines() if line.strip()]
    return lines[-1] if lines else f"exit status {r.returncode}"


def ours_installed(ours_path: Path, log) -> Optional[str]:
    """A venv in bench/.cache where our package looks installed (a .pth file), for the type checkers:
    found through site-packages like the official package, rather than through MYPYPATH/extraPaths,
    so both are checked the same way (and errors inside the package are not reported as the user's).
    Returns the venv's python, or None if it could not be made."""
    venv = CACHE / "ours-installed-venv"
    python = venv / "bin" / "python"
    project_site = subprocess.run(
        [project_python(), "-c", "import sysconfig; print(sysconfig.get_paths()['purelib'])"],
        capture_output=True,
        text=True,
    ).stdout.strip()
    wanted = f"{ours_path}\n{project_site}\n"
    if not python.exists():
        base = shutil.which("python3") or sys.executable
        r = subprocess.run([base, "-m", "venv", "--without-pip", str(venv)], capture_output=True, text=True)
        if r.returncode != 0:
            log(f"could not create {venv}: {r.stderr.strip()[-200:]}")
            return None
    site = subprocess.run(
        [str(python), "-c", "import sysconfig; print(sysconfig.get_paths()['purelib'])"], capture_output=True, text=True
    ).stdout.strip()
    pth = Path(site) / "bench-ours.pth"
    if not pth.exists() or pth.read_text() != wanted:
        pth.write_text(wanted)
    return str(python)


def _pins() -> List[str]:
    pins = []
    for name in SHARED_STACK:
        try:
            pins.append(f"{name}=={importlib.metadata.version(name)}")
        except importlib.metadata.PackageNotFoundError:
            pass
    return pins


def ensure_venv(path: Path, requirements: List[str], log) -> Optional[str]:
    """Create or refresh a private venv; returns None on success, else a reason."""
    stamp = path / ".bench-stamp"
    wanted = " ".join(requirements)
    python = path / "bin" / "python"
    if python.exists() and stamp.exists() and stamp.read_text() == wanted:
        return None
    assert path.parent == BENCH and path.name.startswith("."), path  # only ever delete our own venvs
    if path.exists():
        shutil.rmtree(path)
    CACHE.mkdir(parents=True, exist_ok=True)
    pip_log = CACHE / f"{path.name.lstrip('.')}-pip.log"
    log(f"creating {path.relative_to(ROOT)} ({wanted}); pip output in {pip_log.relative_to(ROOT)}")
    base = shutil.which("python3") or sys.executable
    env = {k: v for k, v in os.environ.items() if not k.startswith(("PYTHON", "VIRTUAL_ENV"))}
    with open(pip_log, "w") as out:
        steps = [
            [base, "-m", "venv", str(path)],
            [str(python), "-m", "pip", "install", "--disable-pip-version-check", *requirements],
        ]
        for cmd in steps:
            r = subprocess.run(cmd, stdout=out, stderr=subprocess.STDOUT, env=env, cwd=str(BENCH))
            if r.returncode != 0:
                return f"`{' '.join(cmd[:4])} ...` failed (exit {r.returncode}); see {pip_log}"
    stamp.write_text(wanted)
    return None


def ensure_official(log) -> Optional[str]:
    return ensure_venv(OFFICIAL_VENV, [OFFICIAL_REQUIREMENT, *_pins()], log)


def ensure_opc(log) -> Optional[str]:
    return ensure_venv(OPC_VENV, [OPC_REQUIREMENT], log)


def versions(python: str, names: List[str], env: Dict[str, str]) -> Dict[str, str]:
    code = (
        "import importlib.metadata as m, json, sys\n"
        "out = {}\n"
        "for n in sys.argv[1:]:\n"
        "    try: out[n] = m.version(n)\n"
        "    except Exception: pass\n"
        "print(json.dumps(out))"
    )
    import json

    try:
        r = subprocess.run([python, "-c", code, *names], env=env, capture_output=True, text=True, timeout=60)
        return json.loads(r.stdout) if r.returncode == 0 else {}
    except Exception:
        return {}
