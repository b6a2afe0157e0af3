"""``deckbuild serve``: the HTML deck on 127.0.0.1, rebuilt on every save and reloaded in the browser.

The build is the ordinary one (``--format html``, with its manifest and per-slide layout cache), run by
the watch loop. After each build, the open pages hear about it through server-sent events: a good build
makes them reload (on the slide being viewed: it is in the address), a broken one shows its diagnostics
over the last good slides, which stay as they were since a build with errors writes nothing.

Only the built decks' folders under the output folder are served. Paths with ``..``, encoded dots or
slashes, backslashes or NULs are refused, and so is anything that resolves (through a symlink) outside.
"""

from __future__ import annotations

import json
import re
import threading
from http import HTTPStatus
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from importlib.resources import files as package_files
from pathlib import Path
from urllib.parse import unquote, urlsplit

from deckbuild.render.painters import output_names


HOST = "127.0.0.1"
LIVE_PATH = "/__deckbuild/"
TYPES = {".html": "text/html; charset=utf-8", ".css": "text/css; charset=utf-8",
         ".js": "text/javascript; charset=utf-8", ".ttf": "font/ttf", ".otf": "font/otf", ".png": "image/png",
         ".jpg": "image/jpeg", ".svg": "image/svg+xml"}
_UNSAFE = re.compile(r"\.\.|%2e|%2f|%5c|%00|\\|\x00", re.IGNORECASE)

WAITING = (b'<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>deckbuild</title>'
           b'<link rel="icon" href="data:,"><style>#deckbuild-problems{position:fixed;left:0;right:0;bottom:0;'
           b'margin:0;padding:12px 16px;background:#780a0a;color:#fff;font:14px/1.5 monospace;white-space:pre-wrap}'
           b'</style></head><body><p>The deck has not been built yet: waiting for a good build.</p></body></html>')
"""The page shown until the deck first builds (its problems appear over it)."""


class LiveState:
    """The outcome of the latest build, and a condition the event streams wait on."""

    def __init__(self):
        self.cond = threading.Condition()
        self.build = 0  # number of the last good build (what the pages on disk are)
        self.ok = True
        self.diagnostics: list[str] = []
        self.version = 0  # bumped on every build, good or broken
        self.closed = False

    def update(self, ok: bool, diagnostics: list[str], changed: bool = True) -> None:
        """Record a finished build (*changed*: it wrote something) and wake every event stream."""
        with self.cond:
            if ok and changed:
                self.build += 1
            self.ok, self.diagnostics = ok, diagnostics
            self.version += 1
            self.cond.notify_all()

    def close(self) -> None:
        with self.cond:
            self.closed = True
            self.cond.notify_all()

    def message(self) -> bytes:
        data = json.dumps({"ok": self.ok, "build": self.build, "diagnostics": self.diagnostics})
        return f"event: state\ndata: {data}\n\n".encode()


def safe_path(root: Path, decks: list[str], url_path: str) -> Path | None:
    """Return the file a request for *url_path* names inside one of *decks*' folders of *root*, or None.

    *root* is the resolved output folder. Anything that could step outside is refused before it is looked up.
    """
    if _UNSAFE.search(url_path) or not url_path.startswith("/"):
        return None
    parts = [p for p in unquote(url_path).split("/") if p]
    if not parts or parts[0] not in decks or any(p.startswith(".") for p in parts):
        return None
    if len(parts) == 1:
        parts.append("index.html")
    deck = (root / parts[0]).resolve()
    try:
        path = root.joinpath(*parts).resolve(strict=True)
    except (OSError, RuntimeError):
        return None
    if deck.parent != root or not path.is_relative_to(deck) or not path.is_file():
        return None
    return path


def make_server(out_dir: Path, decks: list[str], state: LiveState, port: int = 8000) -> ThreadingHTTPServer:
    """Return an HTTP server on 127.0.0.1:*port* serving the *decks*' folders of *out_dir* (port 0: any free one)."""
    root = out_dir.resolve()

    class Handler(BaseHTTPRequestHandler):
        server_version = "deckbuild"
        sys_version = ""

        def log_message(self, format, *args):  # noqa: A002 - the terminal shows builds, not requests
            pass

        def do_GET(self):  # noqa: N802 - the stdlib's name
            path = urlsplit(self.path).path
            if path == "/":
                return self._redirect(f"/{decks[0]}/") if len(decks) == 1 else self._listing()
            if path == LIVE_PATH + "live.js":
                return self._send((package_files("deckbuild.render") / "static" / "live.js").read_bytes(),
                                  TYPES[".js"])
            if path == LIVE_PATH + "events":
                return self._events()
            if path.strip("/") in decks and not path.endswith("/"):
                return self._redirect(path + "/")  # so that the page's relative names resolve in its folder
            file = safe_path(root, decks, path)
            if file is None and path.strip("/").removesuffix("/index.html") in decks:  # not built yet
                return self._send(self._live(WAITING), TYPES[".html"])
            if file is None:
                return self.send_error(HTTPStatus.NOT_FOUND, "not a file of the deck")
            data = file.read_bytes()
            if file.name == "index.html":
                data = self._live(data)
            self._send(data, TYPES.get(file.suffix.lower(), "application/octet-stream"))

        def _live(self, page: bytes) -> bytes:
            with state.cond:
                build = state.build
            script = (f'<script>window.DECKBUILD_BUILD={build};</script>'
                      f'<script src="{LIVE_PATH}live.js"></script>\n</body>').encode()
            return page.replace(b"</body>", script, 1)

        def _send(self, data: bytes, ctype: str) -> None:
            self.send_response(HTTPStatus.OK)
            self.send_header("Content-Type", ctype)
            self.send_header("Content-Length", str(len(data)))
            self.send_header("Cache-Control", "no-store")
            self.end_headers()
            self.wfile.write(data)

        def _redirect(self, where: str) -> None:
            self.send_response(HTTPStatus.FOUND)
            self.send_header("Location", where)
            self.send_header("Content-Length", "0")
            self.end_headers()

        def _listing(self) -> None:
            links = "".join(f'<li><a href="/{d}/">{d}</a></li>' for d in decks)
            self._send(f"<!DOCTYPE html><title>deckbuild</title><ul>{links}</ul>".encode(), TYPES[".html"])

        def _events(self) -> None:
            self.send_response(HTTPStatus.OK)
            self.send_header("Content-Type", "text/event-stream")
            self.send_header("Cache-Control", "no-store")
            self.end_headers()
            seen = -1
            try:
                while True:
                    with state.cond:
                        state.cond.wait_for(lambda: state.version != seen or state.closed, timeout=15)
                        if state.closed:
                            return
                        message = state.message() if state.version != seen else b": keep-alive\n\n"
                        seen = state.version
                    self.wfile.write(message)
                    self.wfile.flush()
            except OSError:  # the page went away
                return

    server = _Server((HOST, port), Handler)
    server.daemon_threads = True
    return server


class _Server(ThreadingHTTPServer):
    def handle_error(self, request, client_address):
        """Say nothing of a browser that went away mid-answer; anything else is a bug, reported as usual."""
        import sys

        if not isinstance(sys.exc_info()[1], ConnectionError):
            super().handle_error(request, client_address)


def deck_folders(result) -> list[str]:
    """Return the folder names (under the output folder) of the HTML decks a build's tasks write."""
    return sorted({output_names(o.task.deck_name, o.task.audience)["html"].split("/")[0] for o in result.outcomes})


def diagnostic_lines(result) -> list[str]:
    """Return a build's diagnostics as the lines the page's overlay shows (path:line:col first)."""
    lines = []
    for d in result.diags.sorted():
        lines.append(f"{d.pos}: {d.severity}: {d.message}" + (f" — {d.hint}" if d.hint else ""))
    return lines
