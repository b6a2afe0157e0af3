"""Formulas as text: LaTeX → a linear form a screen reader reads and a search finds ("x = (−b ± √(b² − 4ac))/(2a)").

The form is Unicode linear math: Greek letters and operators as their characters, fractions as
``(a)/(b)``, roots as ``√(x)``, sub- and superscripts as ``_`` and ``^`` (digits as ², ₂ where Unicode has
them). Unknown commands keep their name without the backslash.
"""

from __future__ import annotations

import re
from functools import lru_cache

SYMBOLS = {
    "alpha": "α", "beta": "β", "gamma": "γ", "delta": "δ", "epsilon": "ε", "varepsilon": "ε", "zeta": "ζ",
    "eta": "η", "theta": "θ", "vartheta": "θ", "iota": "ι", "kappa": "κ", "lambda": "λ", "mu": "μ", "nu": "ν",
    "xi": "ξ", "pi": "π", "rho": "ρ", "sigma": "σ", "tau": "τ", "upsilon": "υ", "phi": "φ", "varphi": "φ",
    "chi": "χ", "psi": "ψ", "omega": "ω", "Gamma": "Γ", "Delta": "Δ", "Theta": "Θ", "Lambda": "Λ", "Xi": "Ξ",
    "Pi": "Π", "Sigma": "Σ", "Phi": "Φ", "Psi": "Ψ", "Omega": "Ω",
    "sum": "∑", "prod": "∏", "int": "∫", "oint": "∮", "infty": "∞", "partial": "∂", "nabla": "∇",
    "pm": "±", "mp": "∓", "times": "×", "cdot": "·", "div": "÷", "leq": "≤", "le": "≤", "geq": "≥", "ge": "≥",
    "neq": "≠", "ne": "≠", "approx": "≈", "equiv": "≡", "sim": "∼", "propto": "∝", "in": "∈", "notin": "∉",
    "subset": "⊂", "subseteq": "⊆", "cup": "∪", "cap": "∩", "forall": "∀", "exists": "∃", "to": "→",
    "rightarrow": "→", "leftarrow": "←", "Rightarrow": "⇒", "Leftrightarrow": "⇔", "mapsto": "↦",
    "ldots": "…", "cdots": "⋯", "dots": "…", "log": "log", "ln": "ln", "exp": "exp", "sin": "sin", "cos": "cos",
    "tan": "tan", "lim": "lim", "max": "max", "min": "min", "lfloor": "⌊", "rfloor": "⌋", "lceil": "⌈",
    "rceil": "⌉", "langle": "⟨", "rangle": "⟩", "emptyset": "∅", "quad": " ", "qquad": " ", ",": " ", ";": " ",
    "!": "", " ": " ", "{": "{", "}": "}", "%": "%", "$": "$", "#": "#", "&": "&", "_": "_",
}
SUPERSCRIPTS = str.maketrans("0123456789+-n", "⁰¹²³⁴⁵⁶⁷⁸⁹⁺⁻ⁿ")
SUBSCRIPTS = str.maketrans("0123456789+-", "₀₁₂₃₄₅₆₇₈₉₊₋")
DROP = {"left", "right", "big", "Big", "bigg", "Bigg", "displaystyle", "textstyle", "mathrm", "mathbf", "mathit",
        "mathcal", "mathbb", "text", "operatorname", "limits"}
TOKEN = re.compile(r"\\([A-Za-z]+|.)|([{}^_])|(\s+)|(.)", re.S)


def _tokens(latex: str) -> list[tuple[str, str]]:
    out = []
    for m in TOKEN.finditer(latex):
        if m.group(1) is not None:
            out.append(("cmd", m.group(1)))
        elif m.group(2) is not None:
            out.append((m.group(2), m.group(2)))
        elif m.group(3) is not None:
            out.append(("space", " "))
        else:
            out.append(("char", m.group(4)))
    return out


class _Reader:
    def __init__(self, tokens):
        self.tokens, self.i = tokens, 0

    def group(self) -> str:
        """Return the next argument: a braced group or one token, linearised."""
        while self.i < len(self.tokens) and self.tokens[self.i][0] == "space":
            self.i += 1
        if self.i >= len(self.tokens):
            return ""
        kind, value = self.tokens[self.i]
        if kind == "{":
            self.i += 1
            return self.until("}")
        self.i += 1
        return self.one(kind, value)

    def until(self, end: str | None) -> str:
        out = []
        while self.i < len(self.tokens):
            kind, value = self.tokens[self.i]
            if kind == end:
                self.i += 1
                break
            self.i += 1
            out.append(self.one(kind, value))
        return "".join(out)

    def one(self, kind: str, value: str) -> str:
        if kind == "{":
            return self.until("}")
        if kind in ("^", "_"):
            arg = self.group()
            table = SUPERSCRIPTS if kind == "^" else SUBSCRIPTS
            if arg and all(c.translate(table) != c for c in arg):
                return arg.translate(table)
            return f"{kind}({arg})" if len(arg) > 1 else f"{kind}{arg}"
        if kind == "space":
            return " "
        if kind == "char":
            return {"-": "−", "*": "∗"}.get(value, value)
        if kind == "}":
            return ""
        name = value
        if name in ("frac", "dfrac", "tfrac"):
            top, bottom = self.group(), self.group()
            return f"{_wrap(top)}/{_wrap(bottom)}"
        if name == "sqrt":
            return f"√{_wrap(self.group(), always=True)}"
        if name == "binom":
            top, bottom = self.group(), self.group()
            return f"C({top}, {bottom})"
        if name in DROP:
            return self.group() if name in ("mathrm", "mathbf", "mathit", "mathcal", "mathbb", "text",
                                            "operatorname") else ""
        return SYMBOLS.get(name, name)


def _wrap(text: str, always: bool = False) -> str:
    text = text.strip()
    if not always and re.fullmatch(r"\w|\d+(\.\d+)?", text):
        return text
    return f"({text})"


@lru_cache(maxsize=1024)
def linear(latex: str) -> str:
    """Return *latex* as linear Unicode math text, spaces tidied."""
    text = _Reader(_tokens(latex)).until(None)
    return re.sub(r"\s+", " ", text).strip()


_PLAIN = {**{ord(c): "^" + d for c, d in zip("⁰¹²³⁴⁵⁶⁷⁸⁹", "0123456789")},
          **{ord(c): "_" + d for c, d in zip("₀₁₂₃₄₅₆₇₈₉", "0123456789")},
          ord("−"): "-", ord("·"): "*", ord("×"): "x", ord("≤"): "<=", ord("≥"): ">=", ord("≠"): "!=",
          ord("→"): "->", ord("⌊"): "floor(", ord("⌋"): ")", ord("⌈"): "ceil(", ord("⌉"): ")", ord("√"): "sqrt",
          ord("∑"): "sum", ord("∞"): "infinity", ord("…"): "..."}


def plainer(text: str) -> str:
    """Return linear math *text* with the symbols fonts most often lack spelled in ASCII (10⁶ → 10^6)."""
    return text.translate(_PLAIN)
