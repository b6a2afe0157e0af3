"""Reading style files: resolving a style's name, following ``extends`` to the built-in ``default`` and laying
each file's values over the ones it extends (audience overrides last), then making the Style.

Files are checked with the same schema machinery as outlines, so a wrong key in a style is reported with its
line and column.
"""

from __future__ import annotations

import os
from dataclasses import replace
from pathlib import Path

from deckbuild.diagnostics import Diagnostics, Pos, did_you_mean, one_of
from deckbuild.paths import ReadScope, real_path
from deckbuild.schema import Values
from deckbuild.schema_core import INVALID, Ctx
from deckbuild.style import BUILTIN_DIR, STYLE, Style, builtin_styles
from deckbuild.style_build import build_style, from_template, merge
from deckbuild.yamlsrc import display_path, read_yaml


class StyleLoader:
    """Resolves style references and reads style files, caching each file once per build."""

    def __init__(self, project_root: Path, diags: Diagnostics, allow: tuple[Path, ...] = ()):
        self.project_root = project_root
        self.diags = diags
        self.scope = ReadScope(project_root, tuple(allow))
        self._files: dict[Path, Values | None] = {}

    def resolve(self, ref: str, base_dir: Path, pos: Pos) -> Path | None:
        """Return the style file *ref* names (a built-in or project style name, or a path)."""
        if ref.endswith((".yaml", ".yml")) or "/" in ref or "\\" in ref:
            path = base_dir / ref
            refusal = self.scope.refuse(path, "style file", ref)
            if refusal is not None:
                message, hint = refusal
                if message.startswith("style file not found"):
                    hint = f"looked for {display_path(real_path(path))}"
                self.diags.error(pos, message, hint)
                return None
            return real_path(path)
        for folder in (self.project_root / "assets" / "styles", BUILTIN_DIR):
            path = folder / f"{ref}.yaml"
            if os.path.lexists(path):
                refusal = self.scope.refuse(path, "style file", display_path(path))
                if refusal is not None:
                    self.diags.error(pos, *refusal)
                    return None
                return path
        known = builtin_styles() + sorted(p.stem for p in (self.project_root / "assets" / "styles").glob("*.yaml"))
        self.diags.error(pos, f"unknown style '{ref}'", did_you_mean(ref, known) or one_of(known))
        return None

    def read(self, path: Path, referenced_at: Pos | None = None) -> Values | None:
        if path not in self._files:
            self._files[path] = None
            doc = read_yaml(path, self.diags, referenced_at)
            if doc is not None:
                ctx = Ctx(doc.display, self.diags, text=doc.text)
                if doc.root is None:
                    values = Values(Pos(doc.display, 1, 1))
                else:
                    values = STYLE.check(doc.root, ctx, f"style {doc.display}")
                if values is not INVALID:
                    resolve_style_paths(values, path.parent)
                    self._files[path] = values
        return self._files[path]

    def chain(self, ref: str, base_dir: Path, pos: Pos,
              seen: tuple[Path, ...] = ()) -> tuple[Values, tuple[Path, ...]] | None:
        """Return the merged values of style *ref* and everything it extends, and those files (base first)."""
        path = self.resolve(ref, base_dir, pos)
        if path is None:
            return None
        if path in seen:
            self.diags.error(pos, f"style '{ref}' extends itself", " → ".join(display_path(p) for p in seen + (path,)))
            return None
        values = self.read(path, pos)
        if values is None:
            return None
        parent = values.get("extends")
        if parent is None and path != BUILTIN_DIR / "default.yaml":
            parent, parent_pos = "default", values.pos
        else:
            parent_pos = values.at("extends")
        if parent is None:
            return values, (path,)
        base = self.chain(parent, path.parent, parent_pos, seen + (path,))
        if base is None:
            return None
        return merge(base[0], values), base[1] + (path,)

    def load(self, ref: str | None, base_dir: Path, pos: Pos, overrides: tuple[Values, ...] = (),
             name: str | None = None) -> Style | None:
        """Return the Style named by *ref* (default: the built-in ``default``) with *overrides* applied."""
        chained = self.chain(ref or "default", base_dir, pos)
        if chained is None:
            return None
        values, files = chained
        for over in overrides:
            values = merge(values, over)
        info = None
        template = (values.get("pptx") or {}).get("template")
        if template is not None:
            info = self._template(Path(template), values.get("pptx").at("template"))
            if info is None:
                return None
            values = from_template(values, info, self.diags)
        logo_ok = self._check_logo(values) & self._check_background(values)
        style = build_style(values, name or ref or "default", self.diags)
        if style is None or not logo_ok:
            return None
        extra = tuple(p for p in (style.logo, style.template) if p is not None)
        extra += (style.background.path,) if style.background is not None else ()  # pictures: rebuilt on change
        return replace(style, files=files + extra, template_info=info)

    def _check_background(self, values: Values) -> bool:
        """Return False after reporting why the style's background picture cannot be read (outside the
        project, or not a regular file)."""
        background = values.get("background")
        if not isinstance(background, Values) or not isinstance(background.get("image"), str):
            return True
        path = Path(background["image"])
        refusal = self.scope.refuse(path, "background", display_path(path))
        if refusal is None:
            return True
        self.diags.error(background.at("image"), *refusal)
        return False

    def _check_logo(self, values: Values) -> bool:
        """Return False after reporting why the style's logo cannot be used: outside the project, not a
        regular file, or not a PNG or JPEG image."""
        logo = values.get("logo")
        if logo is None:
            return True
        from deckbuild.images import check_image

        path, pos = Path(logo), values.at("logo")
        shown = display_path(path)
        refusal = self.scope.refuse(path, "logo", shown)
        if refusal is not None:
            message, hint = refusal
            self.diags.error(pos, message, "the path is relative to the style file that names it"
                             if message.startswith("logo not found") else hint)
            return False
        return check_image(path, shown, pos, self.scope, self.diags, what="logo") is not None

    def _template(self, path: Path, pos: Pos):
        from deckbuild.template import TemplateError, read_template

        refusal = self.scope.refuse(path, "template", display_path(path))
        if refusal is not None:
            message, hint = refusal
            self.diags.error(pos, message, "the path is relative to the style file that names it"
                             if message.startswith("template not found") else hint)
            return None
        if path.suffix.lower() not in (".pptx", ".potx"):
            self.diags.error(pos, f"template '{path.name}' is not a .pptx or .potx file")
            return None
        try:
            return read_template(path)
        except TemplateError as exc:
            self.diags.error(pos, exc.sentence(path.name), exc.hint)
            return None


def resolve_style_paths(values: Values, folder: Path) -> None:
    """Make the logo, background and template paths of style *values* absolute, relative to *folder* (links kept)."""
    if isinstance(values.get("background"), Values) and isinstance(values["background"].get("image"), str):
        values["background"]["image"] = os.path.abspath(folder / values["background"]["image"])  # pictures
    if isinstance(values.get("logo"), str):  # absolute, but links kept: the scope check follows them itself
        values["logo"] = Path(os.path.abspath(folder / values["logo"]))
    pptx = values.get("pptx")
    if isinstance(pptx, Values) and isinstance(pptx.get("template"), str):
        pptx["template"] = Path(os.path.abspath(folder / pptx["template"]))
