"""Bullets revealed one click at a time: the slide's ``p:timing`` (PowerPoint's "Appear" entrance, built
by first-level paragraphs), which PowerPoint and LibreOffice both play.

Each top-level bullet of the slide's body is one click step (``p:par`` with a ``clickEffect``); its
sub-bullets, and the pictures of formulas set inside those paragraphs, appear with it (``withEffect``).
Every effect targets one paragraph (``p:txEl/p:pRg``), as PowerPoint itself writes them.
"""

from __future__ import annotations

from deckbuild.layout.boxes import Formula, SlidePage, TextFrame

REVEALED_ROLES = ("body",)


def reveal_groups(page: SlidePage, first_id: int = 2) -> list[list[tuple[int, int | None]]]:
    """Return the click steps of *page*: per top-level bullet, its targets as (shape id, paragraph or None).

    Shape ids are the painter's: the n-th box of the page is shape ``first_id + n``. Every body frame (the
    bullets; each column of a columns slide) is revealed in turn.
    """
    groups: list[list[tuple[int, int | None]]] = []
    where: dict[tuple[int, int], list] = {}
    for index, box in enumerate(page.boxes):
        if not isinstance(box, TextFrame) or box.role not in REVEALED_ROLES:
            continue
        current = None
        for k, p in enumerate(box.paragraphs):
            if p.level == 0 or current is None:  # a top-level bullet (or the rest of one, on a continuation)
                current = []
                groups.append(current)
            current.append((first_id + index, k))
            where[(index, k)] = current
    for index, box in enumerate(page.boxes):
        if isinstance(box, Formula) and box.owner is not None and tuple(box.owner) in where:
            where[tuple(box.owner)].append((first_id + index, None))
    return groups


def timing_xml(groups: list[list[tuple[int, int | None]]]) -> str:
    """Return the ``p:timing`` element that shows each group on its own click (empty without groups)."""
    if not groups:
        return ""
    next_id = iter(range(3, 1_000_000))
    clicks = []
    for group in groups:
        outer, inner = next(next_id), next(next_id)
        effects = []
        for n, (spid, para) in enumerate(group):
            effect, behaviour = next(next_id), next(next_id)
            target = (f'<p:spTgt spid="{spid}"><p:txEl><p:pRg st="{para}" end="{para}"/></p:txEl></p:spTgt>'
                      if para is not None else f'<p:spTgt spid="{spid}"/>')
            node = "clickEffect" if n == 0 else "withEffect"
            effects.append(
                f'<p:par><p:cTn id="{effect}" presetID="1" presetClass="entr" presetSubtype="0" fill="hold" '
                f'grpId="0" nodeType="{node}"><p:stCondLst><p:cond delay="0"/></p:stCondLst><p:childTnLst>'
                f'<p:set><p:cBhvr><p:cTn id="{behaviour}" dur="1" fill="hold"><p:stCondLst><p:cond delay="0"/>'
                f'</p:stCondLst></p:cTn><p:tgtEl>{target}</p:tgtEl><p:attrNameLst><p:attrName>style.visibility'
                f'</p:attrName></p:attrNameLst></p:cBhvr><p:to><p:strVal val="visible"/></p:to></p:set>'
                f'</p:childTnLst></p:cTn></p:par>')
        clicks.append(f'<p:par><p:cTn id="{outer}" fill="hold"><p:stCondLst><p:cond delay="indefinite"/>'
                      f'</p:stCondLst><p:childTnLst><p:par><p:cTn id="{inner}" fill="hold"><p:stCondLst>'
                      f'<p:cond delay="0"/></p:stCondLst><p:childTnLst>{"".join(effects)}</p:childTnLst></p:cTn>'
                      f'</p:par></p:childTnLst></p:cTn></p:par>')
    texts = sorted({spid for group in groups for spid, para in group if para is not None})
    builds = "".join(f'<p:bldP spid="{spid}" grpId="0" build="p"/>' for spid in texts)
    return ('<p:timing><p:tnLst><p:par><p:cTn id="1" dur="indefinite" restart="never" nodeType="tmRoot">'
            '<p:childTnLst><p:seq concurrent="1" nextAc="seek"><p:cTn id="2" dur="indefinite" nodeType="mainSeq">'
            f'<p:childTnLst>{"".join(clicks)}</p:childTnLst></p:cTn><p:prevCondLst><p:cond evt="onPrev" delay="0">'
            '<p:tgtEl><p:sldTgt/></p:tgtEl></p:cond></p:prevCondLst><p:nextCondLst><p:cond evt="onNext" delay="0">'
            '<p:tgtEl><p:sldTgt/></p:tgtEl></p:cond></p:nextCondLst></p:seq></p:childTnLst></p:cTn></p:par>'
            f'</p:tnLst><p:bldLst>{builds}</p:bldLst></p:timing>')
