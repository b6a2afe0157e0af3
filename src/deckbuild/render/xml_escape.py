"""XML escaping for the painters that write XML as text: the results of ``xml.sax.saxutils.escape`` and
``quoteattr``, without importing xml.sax (which imports urllib.request, http and ssl: 15 ms)."""

from __future__ import annotations


def escape(data: str) -> str:
    """Return *data* with "&", "<" and ">" escaped, as ``xml.sax.saxutils.escape`` does."""
    if "&" in data:
        data = data.replace("&", "&amp;")
    if ">" in data:
        data = data.replace(">", "&gt;")
    if "<" in data:
        data = data.replace("<", "&lt;")
    return data


def quoteattr(data: str) -> str:
    """Return *data* escaped and quoted as an attribute value, as ``xml.sax.saxutils.quoteattr`` does (double
    quotes, or single quotes around a value holding double quotes but none)."""
    data = escape(data)
    if "\n" in data or "\r" in data or "\t" in data:
        data = data.replace("\n", "&#10;").replace("\r", "&#13;").replace("\t", "&#9;")
    if '"' in data:
        if "'" in data:
            return '"%s"' % data.replace('"', "&quot;")
        return "'%s'" % data
    return '"%s"' % data
