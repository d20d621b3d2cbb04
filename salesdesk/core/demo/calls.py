"""Demo calls: eight weeks of done calls with plans and debriefs, two weeks planned ahead."""

from __future__ import annotations

import uuid
from collections import defaultdict
from datetime import date, datetime, timedelta

from ..domain import CallStatus, CallType, Channel, ReviewStatus, Role
from ..models import Call, CallAttendee, CallFeedback, CallObjection, CallQuestion, Task
from .context import AccountRef, Ctx, Person, local_to_utc, working_days
from .pipeline import OPEN_STAGES, add_touch

OBJECTIVES = (
    "Agree the scope of a site survey",
    "Present the proposal to the finance director",
    "Find out who else is involved in the decision",
    "Demo the SW-400 on their pallets",
    "Check how the installed machines are running",
    "Get agreement on the installation date",
    "Introduce the new line monitoring software",
    "Understand the budget process",
)
MATERIALS = (
    "Brochure SW range",
    "Case study: Pennine Foods",
    "Price list 2024",
    "Film samples",
    "ROI calculator",
    None,
    None,
)
OUTCOMES = (
    "Proposal requested",
    "Interested, wants a demo",
    "Not before next budget",
    "Order expected this month",
    "Needs to talk to head office",
    "Site survey booked",
)
WENT_WELL = (
    "Good rapport with the operations manager",
    "Asked every planned question",
    "Demo convinced the line supervisor",
    "Clear next step agreed",
    "Handled the price objection calmly",
)
TO_IMPROVE = (
    "Talked too much in the first ten minutes",
    "Did not ask about budget",
    "Forgot the film samples",
    "Should have brought the finance director in",
    "Let the meeting overrun",
)
NEXT_STEPS = (
    "Send proposal by Friday",
    "Book a demo at the showroom",
    "Call the finance director next week",
    "Email the case study",
    "Prepare ROI calculation",
    "Arrange a reference visit",
)
FEEDBACK = {
    "objective": "The objective was clear and measurable, good.",
    "went_well": "Nice work on building rapport, keep it up.",
    "to_improve": "Try to ask the budget question earlier in the call.",
    "next_steps": "Put a date on the next step, not just an action.",
}
TASK_TITLES = (
    "Send brochure to",
    "Chase quote with",
    "Book follow-up visit at",
    "Update account plan for",
    "Call back",
)

# calls per working day (min, max) and call types by role
_DAILY = {Role.FIELD_REP: (3, 5), Role.INSIDE_REP: (6, 9), Role.ACCOUNT_MANAGER: (2, 3)}
_TYPES = {
    Role.FIELD_REP: (CallType.VISIT,) * 8 + (CallType.PHONE, CallType.VIDEO),
    Role.INSIDE_REP: (CallType.PHONE,) * 4 + (CallType.VIDEO,),
    Role.ACCOUNT_MANAGER: (CallType.VISIT,) * 3 + (CallType.VIDEO, CallType.PHONE),
}
_DURATION = {CallType.VISIT: (45, 90), CallType.PHONE: (15, 30), CallType.VIDEO: (30, 45)}
PAST_DAYS = 56
AHEAD_DAYS = 14


class CallMaker:
    def __init__(self, ctx: Ctx) -> None:
        self.ctx = ctx
        self.rng = ctx.rng
        self.open_deals: dict[int, list[uuid.UUID]] = defaultdict(list)
        for deal in ctx.opportunities:
            if deal.stage in OPEN_STAGES:
                self.open_deals[deal.account].append(deal.id)
        # account index -> (call id, questions not asked) of its latest done call
        self.unasked: dict[int, tuple[uuid.UUID, list[str]]] = {}
        self.visits: dict[tuple[uuid.UUID, date], list[uuid.UUID]] = defaultdict(list)

    def run(self) -> dict[tuple[uuid.UUID, date], list[uuid.UUID]]:
        ctx = self.ctx
        portfolios = self._portfolios()
        past = working_days(ctx.today - timedelta(days=PAST_DAYS), ctx.today)
        ahead = working_days(
            ctx.today + timedelta(days=1), ctx.today + timedelta(days=AHEAD_DAYS + 1)
        )
        for person, indices in portfolios:
            ctx.check_cancel()
            role = Role(person.role) if person.role in _DAILY else Role.FIELD_REP
            for day in past:
                self._day(person, role, indices, day, done=True)
            # Today always has calls, even on a weekend, so the Today view is never empty.
            self._day(
                person,
                role,
                indices,
                ctx.today,
                done=False,
                count=5 if person.id == ctx.me else None,
            )
            for day in ahead:
                self._day(person, role, indices, day, done=False)
        self._standalone_tasks()
        return self.visits

    def _portfolios(self) -> list[tuple[Person, list[int]]]:
        owned: dict[uuid.UUID, list[int]] = defaultdict(list)
        for index, account in enumerate(self.ctx.accounts):
            owned[account.owner].append(index)
            if account.manager:
                owned[account.manager].append(index)
        return [(p, owned[p.id]) for p in self.ctx.people if owned.get(p.id)]

    def _day(
        self,
        person: Person,
        role: Role,
        indices: list[int],
        day: date,
        done: bool,
        count: int | None = None,
    ) -> None:
        rng = self.rng
        low, high = _DAILY[role]
        count = count or rng.randint(low, high)
        anchor = self.ctx.accounts[rng.choice(indices)].town.name
        nearby = [
            i
            for i in rng.sample(indices, min(len(indices), 40))
            if self.ctx.accounts[i].town.name == anchor
        ]
        rng.shuffle(nearby)
        # Mostly one town, and never the same account twice in a day.
        others = rng.sample(indices, min(len(indices), count * 3))
        accounts = list(dict.fromkeys(nearby[: max(1, round(count * 0.7))] + others))[:count]
        minute = 8 * 60 + 30 + rng.choice((0, 15, 30))
        for index in accounts:
            call_type = rng.choice(_TYPES[role])
            duration = rng.randint(*_DURATION[call_type]) // 5 * 5
            start = local_to_utc(day, minute // 60, minute % 60)
            self._call(person, index, call_type, start, duration, day, done)
            minute += duration + rng.choice((15, 30, 45, 60))
            if minute > 16 * 60 + 30:
                break

    def _call(
        self,
        person: Person,
        index: int,
        call_type: CallType,
        start: datetime,
        duration: int,
        day: date,
        done: bool,
    ) -> None:
        ctx, rng = self.ctx, self.rng
        account = ctx.accounts[index]
        deals = self.open_deals.get(index)
        deal = rng.choice(deals) if deals and rng.random() < 0.6 else None
        status = CallStatus.PLANNED
        if done:
            status = CallStatus.CANCELLED if rng.random() < 0.05 else CallStatus.DONE
        created = min(start, ctx.start) - timedelta(days=rng.uniform(1, 14))
        call_id = ctx.uid()
        row = {
            "id": call_id,
            "created_at": created,
            "updated_at": created,
            "version": 1,
            "account_id": account.id,
            "opportunity_id": deal,
            "owner_id": person.id,
            "call_type": str(call_type),
            "status": str(status),
            "planned_start": start,
            "duration_min": duration,
            "objective": rng.choice(OBJECTIVES),
            "materials": rng.choice(MATERIALS),
        }
        if status == CallStatus.DONE:
            row.update(self._run(person, account, call_type, start, duration, day))
            self.ctx.writer.add(Call.__table__, row)
            if row["reviewed_at"] is not None:
                for section in rng.sample(list(FEEDBACK), rng.randint(1, 3)):
                    ctx.add(
                        CallFeedback.__table__,
                        row["reviewed_at"],
                        call_id=call_id,
                        reviewer_id=row["reviewer_id"],
                        section=section,
                        comment=FEEDBACK[section],
                    )
            add_touch(
                ctx,
                account,
                deal,
                person.id,
                start,
                call_id=call_id,
                channel=Channel(str(call_type)),
            )
            if call_type == CallType.VISIT:
                self.visits[(person.id, day)].append(call_id)
            if row["next_steps"] and rng.random() < 0.5:
                self._task(person, account, deal, call_id, day, row["next_steps"], start)
        else:
            self.ctx.writer.add(Call.__table__, row)
        for contact in rng.sample(account.contacts, min(len(account.contacts), rng.randint(1, 2))):
            ctx.add(CallAttendee.__table__, created, call_id=call_id, contact_id=contact)
        self._plan(call_id, index, created, asked=status == CallStatus.DONE)

    def _run(
        self,
        person: Person,
        account: AccountRef,
        call_type: CallType,
        start: datetime,
        duration: int,
        day: date,
    ) -> dict:
        """Check-in/out, notes and the debrief of a done call."""
        ctx, rng = self.ctx, self.rng
        checked_in = start + timedelta(minutes=rng.randint(-5, 10))
        checked_out = checked_in + timedelta(minutes=duration + rng.randint(-10, 15))
        on_site = call_type == CallType.VISIT and account.lat is not None
        age = (ctx.today - day).days
        debriefed = rng.random() < (0.5 if age <= 2 else 0.92)
        result = {
            "checked_in_at": checked_in,
            "checked_out_at": checked_out,
            "check_in_lat": round(account.lat + rng.gauss(0, 0.0003), 6) if on_site else None,
            "check_in_lon": round(account.lon + rng.gauss(0, 0.0004), 6) if on_site else None,
            "notes": "Spoke with the operations team." if rng.random() < 0.5 else None,
            "outcome": rng.choice(OUTCOMES),
            "updated_at": checked_out,
            "went_well": None,
            "to_improve": None,
            "next_steps": None,
            "debriefed_at": None,
            "review_status": str(ReviewStatus.NONE),
            "reviewer_id": None,
            "review_requested_at": None,
            "reviewed_at": None,
        }
        if not debriefed:
            return result
        debriefed_at = checked_out + timedelta(minutes=rng.randint(10, 240))
        result.update(
            went_well=rng.choice(WENT_WELL),
            to_improve=rng.choice(TO_IMPROVE),
            next_steps=rng.choice(NEXT_STEPS),
            debriefed_at=debriefed_at,
            updated_at=debriefed_at,
        )
        if rng.random() < 0.15 and ctx.manager is not None:
            requested = debriefed_at + timedelta(minutes=5)
            result.update(
                review_status=str(ReviewStatus.REQUESTED),
                reviewer_id=ctx.manager.id,
                review_requested_at=requested,
            )
            if age > 5 and rng.random() < 0.6:
                reviewed = requested + timedelta(days=rng.uniform(0.5, 4))
                result.update(
                    review_status=str(ReviewStatus.REVIEWED),
                    reviewed_at=reviewed,
                    updated_at=reviewed,
                )
        return result

    def _plan(self, call_id: uuid.UUID, index: int, created: datetime, asked: bool) -> None:
        """Questions and objections prepared for the call; carried-over unasked ones."""
        ctx, rng = self.ctx, self.rng
        texts: list[tuple[str, uuid.UUID | None]] = []
        carried = self.unasked.get(index)
        if carried and not asked:
            texts += [(text, carried[0]) for text in carried[1][:2]]
        picked = rng.sample(ctx.questions, min(len(ctx.questions), rng.randint(3, 5)))
        texts += [(text, None) for text in picked if text not in {t for t, _ in texts}]
        not_asked = []
        for position, (text, source) in enumerate(texts):
            was_asked = asked and rng.random() < 0.75
            if asked and not was_asked:
                not_asked.append(text)
            ctx.add(
                CallQuestion.__table__,
                created,
                call_id=call_id,
                position=position,
                text=text,
                asked=was_asked,
                carried_from_call_id=source,
            )
        if asked:
            self.unasked[index] = (call_id, not_asked)
        for objection, answer in rng.sample(
            ctx.objections, min(len(ctx.objections), rng.randint(0, 2))
        ):
            raised = asked and rng.random() < 0.6
            ctx.add(
                CallObjection.__table__,
                created,
                call_id=call_id,
                objection=objection,
                prepared_answer=answer,
                raised=raised,
                resolved=raised and rng.random() < 0.65,
            )

    def _task(
        self,
        person: Person,
        account: AccountRef,
        deal,
        call_id,
        day: date,
        title: str,
        start: datetime,
    ) -> None:
        rng = self.rng
        due = day + timedelta(days=rng.randint(2, 10))
        done_at = None
        if due < self.ctx.today and rng.random() < 0.7:
            done_at = datetime.combine(due, start.time()) + timedelta(hours=rng.randint(0, 4))
        self.ctx.add(
            Task.__table__,
            start + timedelta(hours=2),
            done_at,
            title=f"{title} ({account.name})",
            due_date=due,
            done_at=done_at,
            owner_id=person.id,
            account_id=account.id,
            opportunity_id=deal,
            call_id=call_id,
        )

    def _standalone_tasks(self) -> None:
        """A few open to-dos for every rep, due today, overdue or this week."""
        ctx, rng = self.ctx, self.rng
        for person in ctx.people:
            mine = [a for a in ctx.accounts[:2000] if a.owner == person.id] or ctx.accounts
            for offset in (-3, -1, 0, 0, 2, 4):
                account = rng.choice(mine)
                ctx.add(
                    Task.__table__,
                    ctx.days_ago(3, 10),
                    title=f"{rng.choice(TASK_TITLES)} {account.name}",
                    due_date=ctx.today + timedelta(days=offset),
                    done_at=None,
                    owner_id=person.id,
                    account_id=account.id,
                    opportunity_id=None,
                    call_id=None,
                )


def add_calls(ctx: Ctx) -> dict[tuple[uuid.UUID, date], list[uuid.UUID]]:
    """All calls; returns the done visits per (rep, day) for the time audit."""
    return CallMaker(ctx).run()
