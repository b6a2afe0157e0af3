"""Vector drawing on a reportlab canvas for the PDF painter: rectangles, rules, lines, pie wedges and formula
outlines, in top-left coordinates, with each colour made once."""

from __future__ import annotations

from deckbuild.layout.boxes import Formula, Polyline, Rect, Rule, Wedge


def _rgb(hex_color: str):
    from reportlab.lib.colors import Color

    return Color(int(hex_color[0:2], 16) / 255, int(hex_color[2:4], 16) / 255, int(hex_color[4:6], 16) / 255)


class ShapePainter:
    """Draws the vector boxes on ``self.c`` (a reportlab canvas); PdfPainter adds text and pictures."""

    def __init__(self, canvas):
        self.c = canvas
        self._colors: dict[str, object] = {}
        self._fills: dict[str, str] = {}

    def color(self, hex_color: str):
        value = self._colors.get(hex_color)
        if value is None:
            value = self._colors[hex_color] = _rgb(hex_color)
        return value

    def fill_op(self, hex_color: str, op: str = "rg") -> str:
        """Return the ``rg`` (or *op*: ``RG``) operator reportlab writes for *hex_color* (made once per colour)."""
        key = hex_color if op == "rg" else hex_color + op
        text = self._fills.get(key)
        if text is None:
            from reportlab.lib.rl_accel import fp_str

            c = self.color(hex_color)
            text = self._fills[key] = f"{fp_str(c.red, c.green, c.blue)} {op}"
        return text

    def fill(self, hex_color: str) -> None:
        """Set the canvas's fill colour, writing what reportlab's setFillColor writes (its alpha of 1 included)."""
        self._set(hex_color, "rg", "ca")

    def stroke(self, hex_color: str) -> None:
        """Set the canvas's stroke colour, writing what reportlab's setStrokeColor writes."""
        self._set(hex_color, "RG", "CA")

    def _set(self, hex_color: str, op: str, alpha: str) -> None:
        c = self.c
        try:
            plain = c._extgstate._d.get(alpha, 1) == 1  # else reportlab resets the alpha too: its own way
        except AttributeError:  # not a reportlab canvas (a stand-in that records calls)
            plain = False
        if not plain:
            return (c.setFillColor if op == "rg" else c.setStrokeColor)(self.color(hex_color))
        c._code.append(self.fill_op(hex_color, op))
        if op == "rg":
            c._fillColorObj = self.color(hex_color)
        else:
            c._strokeColorObj = self.color(hex_color)
        c._doc.ensureMinPdfVersion("transparency")

    def rect(self, box: Rect, height: float) -> None:
        c = self.c
        if box.fill:
            self.fill(box.fill)
        if box.line:
            self.stroke(box.line)
            c.setLineWidth(box.line_width)
        stroke, fill = 1 if box.line else 0, 1 if box.fill else 0
        y = height - box.y - box.h
        if box.geom == "ellipse":
            c.ellipse(box.x, y, box.x + box.w, y + box.h, stroke=stroke, fill=fill)
        elif box.geom == "roundRect":
            c.roundRect(box.x, y, box.w, box.h, min(box.w, box.h) * 0.1667, stroke=stroke, fill=fill)
        else:
            c.rect(box.x, y, box.w, box.h, stroke=stroke, fill=fill)

    def formula(self, box: Formula, height: float) -> None:
        """Fill a formula's outlines as vector paths (non-zero winding), scaled from ems to its size."""
        from reportlab.pdfgen.canvas import FILL_NON_ZERO

        c, k = self.c, box.size
        ox, oy = box.ox, height - box.oy
        path = c.beginPath()
        for sub in box.shape.paths:
            for op in sub:
                code = op[0]
                if code == "M":
                    path.moveTo(ox + op[1] * k, oy + op[2] * k)
                elif code == "L":
                    path.lineTo(ox + op[1] * k, oy + op[2] * k)
                elif code == "C":
                    path.curveTo(ox + op[1] * k, oy + op[2] * k, ox + op[3] * k, oy + op[4] * k,
                                 ox + op[5] * k, oy + op[6] * k)
                else:
                    path.close()
        self.fill(box.color)
        c.drawPath(path, stroke=0, fill=1, fillMode=FILL_NON_ZERO)

    def polyline(self, box: Polyline, height: float) -> None:
        c = self.c
        self.stroke(box.color)
        c.setLineWidth(box.width)
        c.setLineJoin(1)
        path = c.beginPath()
        (x0, y0), *rest = box.points
        path.moveTo(x0, height - y0)
        for x, y in rest:
            path.lineTo(x, height - y)
        c.drawPath(path, stroke=1, fill=0)

    def wedge(self, box: Wedge, height: float) -> None:
        c = self.c
        self.fill(box.fill)
        if box.line:
            self.stroke(box.line)
            c.setLineWidth(box.line_width)
        cy = height - box.cy
        c.wedge(box.cx - box.r, cy - box.r, box.cx + box.r, cy + box.r, box.start, box.extent,
                stroke=1 if box.line else 0, fill=1)

    def rule(self, box: Rule, height: float) -> None:
        c = self.c
        self.stroke(box.color)
        c.setLineWidth(box.width)
        c.line(box.x1, height - box.y1, box.x2, height - box.y2)
