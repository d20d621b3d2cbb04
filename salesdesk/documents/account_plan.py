"""The PDF account plan: what a manager hands to a director about one key account.

`account_plan_pdf` writes one account's plan; `account_story` gives the flowables of
one account, which the territory book (territory_book.py) repeats per account.
An account without a plan still gets a useful document: its figures, location, open
deals and recent debriefs under a "No account plan yet" note.
"""

from __future__ import annotations

import os
import uuid
from datetime import date

from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import (
    CondPageBreak,
    Flowable,
    NextPageTemplate,
    PageBreak,
    Spacer,
    Table,
    TableStyle,
)

from ..core.db import Database
from ..core.exports.files import atomic_file
from . import words as w
from .fonts import register_fonts
from .layout import (
    ACCENT,
    CELL_PAD_X,
    CONTENT_W,
    RULE,
    TILE_BG,
    PlanDocument,
    SetHeader,
    Translate,
    cell,
    data_table,
    make_styles,
    text_commands,
)
from .location_map import LocationMap
from .plan_data import AccountPlanData, load_plan_data
from .text import clean, joined, para

CELL_LIMIT = 600  # characters: a table row must fit on one page
MAP_W, MAP_H = 84 * mm, 62 * mm
Styles = dict[str, ParagraphStyle]


def _identity(text: str) -> str:
    return text


def account_plan_pdf(
    db: Database,
    account_id: uuid.UUID,
    out_path: str | os.PathLike[str],
    today: date | None = None,
    translate: Translate = _identity,
) -> None:
    """Write the account plan of one account to `out_path` (replaced in one step).

    Raises SalesDeskError for an unknown account and ExportError (a SalesDeskError)
    when the file cannot be written; then no file, or the old one, is left.
    """
    tr = translate
    today = today or date.today()
    with db.read() as session:
        data = load_plan_data(session, account_id)
    styles = make_styles()
    with atomic_file(out_path) as tmp:
        doc = PlanDocument(
            str(tmp),
            tr,
            kind=tr(w.ACCOUNT_PLAN),
            footer_left=f"SalesDesk · {tr(w.PREPARED_ON).format(date=w.day(today))}",
            title=f"{tr(w.ACCOUNT_PLAN)}: {data.name}",
        )
        story = cover_story(data, today, tr, styles)
        story += account_story(data, tr, styles)
        doc.build(story, canvasmaker=doc.canvas_maker)


def cover_story(data: AccountPlanData, today: date, tr: Translate, s: Styles) -> list[Flowable]:
    """The cover page, then the switch to body pages."""
    rows = [
        (tr(w.PREPARED_FOR), data.prepared_for),
        (tr(w.PREPARED_BY), data.prepared_by),
        (tr(w.DATE), w.day(today)),
    ]
    if data.plan and data.plan.review_date:
        rows.append((tr(w.PLAN_REVIEW), w.day(data.plan.review_date)))
    facts = Table(
        [[para(k, s["muted"]), para(v or "–", s["cover_meta"])] for k, v in rows],
        colWidths=[42 * mm, CONTENT_W - 42 * mm],
        hAlign="LEFT",
    )
    facts.setStyle(
        TableStyle(
            [
                ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
                ("LINEBELOW", (0, 0), (-1, -1), 0.4, RULE),
                ("TOPPADDING", (0, 0), (-1, -1), 5),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 5),
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
            ]
        )
    )
    return [
        Spacer(1, 42 * mm),
        para(tr(w.ACCOUNT_PLAN).upper(), s["cover_kind"]),
        para(data.name, s["cover_title"]),
        _meta(data, tr, s["cover_meta"]),
        Spacer(1, 28 * mm),
        facts,
        Spacer(1, 14 * mm),
        para(tr(w.CONFIDENTIAL), s["small"]),
        NextPageTemplate("body"),
        PageBreak(),
    ]


def account_story(
    data: AccountPlanData,
    tr: Translate,
    s: Styles,
    title: Flowable | None = None,
) -> list[Flowable]:
    """One account's pages (no cover): figures, location, the plan, deals, debriefs.

    `title` (the territory book's heading for the table of contents) opens the account
    with its name and a line of facts.
    """
    story: list[Flowable] = [SetHeader(data.name)]
    if title is not None:
        story += [title, _meta(data, tr, s["account_meta"])]
    story += [*_section(tr(w.KEY_FIGURES), s), _figures(data, tr, s)]
    story += [*_section(tr(w.AT_A_GLANCE), s), _glance(data, tr, s)]
    if data.plan is None:
        story += [CondPageBreak(30 * mm), Spacer(1, 10), _no_plan(tr, s)]
    else:
        for heading, text in (
            (w.GOALS, data.plan.relationship_goals),
            (w.NEEDS, data.plan.customer_needs),
            (w.WHITESPACE, data.plan.whitespace),
            (w.RISKS, data.plan.risks),
        ):
            story += _section(tr(heading), s)
            story += _long_text(text, s["body"]) or [para(tr(w.NOT_WRITTEN), s["muted"])]
        story += _actions(data, tr, s)
        story += _stakeholders(data, tr, s)
    story += _deals(data, tr, s)
    story += _debriefs(data, tr, s)
    return story


def _kind(data: AccountPlanData, tr: Translate) -> str:
    return tr(w.KINDS[data.kind]) if data.kind in w.KINDS else data.kind


def _meta(data: AccountPlanData, tr: Translate, style: ParagraphStyle) -> Flowable:
    place = ", ".join(p for p in (data.city, data.country) if p)
    return joined([_kind(data, tr), data.industry, place], style)


def _section(text: str, s: Styles) -> list[Flowable]:
    # Not at the very bottom of a page: a heading needs some of its content below it.
    # (A CondPageBreak, not KeepTogether or keepWithNext: those copy the frame on every
    # wrap, a third of the time of a 200-account book.)
    return [CondPageBreak(30 * mm), para(text, s["section"])]


def _long_text(text: str, style: ParagraphStyle) -> list[Flowable]:
    """Text as paragraphs, one per line, so a very long text splits across pages."""
    out: list[Flowable] = []
    for line in clean(text).strip().split("\n"):
        out.append(para(line, style) if line.strip() else Spacer(1, 4))
    return out if any(line.strip() for line in text.split("\n")) else []


def _cell(text: object) -> str:
    value = clean(text)
    return value if len(value) <= CELL_LIMIT else value[: CELL_LIMIT - 1] + "…"


def _figures(data: AccountPlanData, tr: Translate, s: Styles) -> Flowable:
    share = data.share_of_wallet
    tiles = [
        (w.money(data.revenue, data.currency), tr(w.REVENUE)),
        (w.money(data.potential, data.currency), tr(w.POTENTIAL)),
        (f"{share:.0%}" if share is not None else "–", tr(w.SHARE)),
        (w.money(data.open_pipeline, data.currency), tr(w.PIPELINE)),
    ]
    gap = 3 * mm
    width = (CONTENT_W - 3 * gap) / 4
    cells = [[para(value, s["figure"]), para(label, s["figure_label"])] for value, label in tiles]
    row: list[object] = []
    widths: list[float] = []
    for i, tile in enumerate(cells):
        if i:
            row.append("")
            widths.append(gap)
        row.append(tile)
        widths.append(width)
    table = Table([row], colWidths=widths, hAlign="LEFT")
    commands = [
        ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
        ("TOPPADDING", (0, 0), (-1, -1), 7),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 7),
    ]
    for col in range(0, len(row), 2):
        commands += [
            ("BACKGROUND", (col, 0), (col, 0), TILE_BG),
            ("LINEABOVE", (col, 0), (col, 0), 1.6, ACCENT),
        ]
    table.setStyle(TableStyle(commands))
    return table


def _glance(data: AccountPlanData, tr: Translate, s: Styles) -> Flowable:
    """Details on the left, the map and the nearest accounts on the right."""
    facts = [
        (tr(w.OWNER), data.owner),
        (tr(w.ACCOUNT_MANAGER), data.account_manager),
        (tr(w.TERRITORY), data.territory),
        (tr(w.INDUSTRY), data.industry),
        (tr(w.EMPLOYEES), f"{data.employees:,}" if data.employees else ""),
        (tr(w.LOCATION), data.place),
        (tr(w.ATTENTION), data.attention),
    ]
    if data.plan:
        facts += [
            (tr(w.PLAN_REVIEW), w.day(data.plan.review_date) if data.plan.review_date else ""),
            (tr(w.PLAN_UPDATED), w.day(data.plan.updated) if data.plan.updated else ""),
        ]
    left_w = CONTENT_W - MAP_W - 6 * mm
    label_w, value_w = 30 * mm, left_w - 30 * mm
    details = Table(
        [
            [cell(k, s["small"], label_w), cell(_cell(v) or "–", s["cell"], value_w)]
            for k, v in facts
        ],
        colWidths=[label_w, value_w],
    )
    details.setStyle(
        TableStyle(
            [
                *text_commands(s["small"], (0, 0), (0, -1)),
                *text_commands(s["cell"], (1, 0), (1, -1)),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("LINEBELOW", (0, 0), (-1, -1), 0.25, RULE),
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
                ("TOPPADDING", (0, 0), (-1, -1), 3),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
            ]
        )
    )
    right: list[Flowable]
    if data.lat is None or data.lon is None:
        right = [para(tr(w.NO_LOCATION), s["note"])]
    else:
        right = [
            LocationMap(
                data.lat,
                data.lon,
                data.name,
                data.neighbours,
                MAP_W,
                MAP_H,
                tr(w.MAP_CREDIT),
            )
        ]
        if data.neighbours:
            right += [Spacer(1, 2 * mm), _neighbour_list(data, tr, s)]
    table = Table([[details, right]], colWidths=[left_w + 6 * mm, MAP_W], hAlign="LEFT")
    table.setStyle(
        TableStyle(
            [
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
                ("RIGHTPADDING", (0, 0), (0, 0), 6 * mm),
                ("RIGHTPADDING", (1, 0), (1, 0), 0),
            ]
        )
    )
    return table


def _neighbour_list(data: AccountPlanData, tr: Translate, s: Styles) -> Flowable:
    """The numbered markers of the map: name, town, distance."""
    widths = [5 * mm, MAP_W - 43 * mm, 24 * mm, 14 * mm]
    rows = [
        [
            str(i),
            cell(_cell(n.name), s["small"], widths[1] + 2 * CELL_PAD_X - 2),
            cell(_cell(n.city), s["small"], widths[2] + 2 * CELL_PAD_X - 2),
            tr(w.KM).format(km=f"{n.km:.1f}"),
        ]
        for i, n in enumerate(data.neighbours, start=1)
    ]
    table = Table(rows, colWidths=widths, hAlign="LEFT")
    table.setStyle(
        TableStyle(
            [
                *text_commands(s["small"], (0, 0), (-1, -1)),
                ("ALIGN", (3, 0), (3, -1), "RIGHT"),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
                ("RIGHTPADDING", (0, 0), (-1, -1), 2),
                ("TOPPADDING", (0, 0), (-1, -1), 0.5),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 0.5),
            ]
        )
    )
    return table


def _no_plan(tr: Translate, s: Styles) -> Flowable:
    box = Table(
        [[[para(tr(w.NO_PLAN), s["subsection"]), para(tr(w.NO_PLAN_NOTE), s["note"])]]],
        colWidths=[CONTENT_W],
    )
    box.setStyle(
        TableStyle(
            [
                ("BACKGROUND", (0, 0), (-1, -1), TILE_BG),
                ("LINEBEFORE", (0, 0), (0, -1), 2.5, ACCENT),
                ("LEFTPADDING", (0, 0), (-1, -1), 10),
                ("TOPPADDING", (0, 0), (-1, -1), 6),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 8),
            ]
        )
    )
    return box


def _actions(data: AccountPlanData, tr: Translate, s: Styles) -> list[Flowable]:
    out = _section(tr(w.ACTIONS), s)
    if not data.actions:
        return [*out, para(tr(w.NO_ACTIONS), s["muted"])]
    rows = [
        (_cell(a.title), a.owner, w.day(a.due), _word(w.STATUS_WORDS, a.status, tr))
        for a in data.actions
    ]
    header = (tr(w.ACTION), tr(w.OWNER), tr(w.DUE), tr(w.STATUS))
    widths = (CONTENT_W - 110 * mm, 44 * mm, 30 * mm, 36 * mm)
    return [*out, data_table(header, rows, widths, s)]


def _stakeholders(data: AccountPlanData, tr: Translate, s: Styles) -> list[Flowable]:
    out = _section(tr(w.STAKEHOLDERS), s)
    if not data.stakeholders:
        return [*out, para(tr(w.NO_STAKEHOLDERS), s["muted"])]
    rows = [
        (_cell(p.name), _cell(p.job_title), _cell(p.role), StrengthBar(p.strength))
        for p in data.stakeholders
    ]
    header = (tr(w.CONTACT), tr(w.JOB_TITLE), tr(w.ROLE), tr(w.RELATIONSHIP))
    widths = (50 * mm, CONTENT_W - 136 * mm, 50 * mm, 36 * mm)
    return [*out, data_table(header, rows, widths, s)]


def _deals(data: AccountPlanData, tr: Translate, s: Styles) -> list[Flowable]:
    out = _section(tr(w.OPEN_DEALS), s)
    if not data.deals:
        return [*out, para(tr(w.NO_DEALS), s["muted"])]
    rows = [
        (_cell(d.name), _cell(d.stage), w.money(d.amount, data.currency), w.day(d.close_date))
        for d in data.deals
    ]
    rows.append((tr(w.TOTAL), "", w.money(data.open_pipeline, data.currency), ""))
    header = (tr(w.DEAL), tr(w.STAGE), tr(w.AMOUNT), tr(w.CLOSE_DATE))
    widths = (CONTENT_W - 108 * mm, 44 * mm, 34 * mm, 30 * mm)
    return [*out, data_table(header, rows, widths, s, right=(2,), bold_last=True)]


def _debriefs(data: AccountPlanData, tr: Translate, s: Styles) -> list[Flowable]:
    out = _section(tr(w.DEBRIEFS), s)
    if not data.debriefs:
        return [*out, para(tr(w.NO_DEBRIEFS), s["muted"])]
    for call in data.debriefs:
        kind = _word(w.CALL_TYPES, call.call_type, tr)
        heading = [para(f"{w.day(call.day)} · {kind}", s["subsection"])]
        parts: list[Flowable] = []
        for label, text in (
            (w.OUTCOME, call.outcome),
            (w.WENT_WELL, call.went_well),
            (w.NEXT_STEPS, call.next_steps),
        ):
            body = _long_text(text, s["body"])
            if body:
                parts += [CondPageBreak(14 * mm), para(tr(label), s["head"]), *body]
        out += [CondPageBreak(25 * mm), *heading, *parts]
    return out


def _word(table: dict[str, str], value: str, tr: Translate) -> str:
    return tr(table[value]) if value in table else value


class StrengthBar(Flowable):
    """Relationship strength 1-5 as five small bars, filled up to the value."""

    def __init__(self, value: int | None) -> None:
        super().__init__()
        self.value = value
        self.width, self.height = 30 * mm, 10

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:  # noqa: N803
        return self.width, self.height

    def draw(self) -> None:
        canvas = self.canv
        for i in range(5):
            filled = self.value is not None and i < self.value
            canvas.setFillColor(ACCENT if filled else RULE)
            canvas.rect(i * 9, 1.5, 7, 6.5, stroke=0, fill=1)
        if self.value is not None:
            canvas.setFont(register_fonts()[0], 7.5)
            canvas.setFillColor(ACCENT)
            canvas.drawString(49, 2, f"{self.value}/5")
