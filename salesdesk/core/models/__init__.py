"""All tables. Importing this package registers every model on Base.metadata."""

from .accounts import Account, Contact
from .automation import EmailTemplate, TimeEntry
from .base import Base, new_id, utcnow
from .calls import (
    Call,
    CallAttendee,
    CallFeedback,
    CallObjection,
    CallQuestion,
    DebriefVersion,
    FormDraft,
    ObjectionLibraryEntry,
    QuestionBankEntry,
    Task,
)
from .deals import (
    Competitor,
    LineItem,
    Opportunity,
    OpportunityStakeholder,
    PipelineStage,
    Product,
    Proposal,
    QuotaSnapshot,
    StageChange,
    Touch,
)
from .geo import GeocodeCache, GeocodeQueue
from .leads import Lead, LeadAnswer, QualificationCriterion, QualificationFramework
from .people import ChangeLog, Quota, Setting, Territory, User
from .plans import AccountPlan, Handoff, HandoffMessage, PlanAction, PlanStakeholder

__all__ = [
    "Account",
    "AccountPlan",
    "Base",
    "Call",
    "CallAttendee",
    "CallFeedback",
    "CallObjection",
    "CallQuestion",
    "ChangeLog",
    "Competitor",
    "Contact",
    "DebriefVersion",
    "EmailTemplate",
    "FormDraft",
    "GeocodeCache",
    "GeocodeQueue",
    "Handoff",
    "HandoffMessage",
    "Lead",
    "LeadAnswer",
    "LineItem",
    "ObjectionLibraryEntry",
    "Opportunity",
    "OpportunityStakeholder",
    "PipelineStage",
    "PlanAction",
    "PlanStakeholder",
    "Product",
    "Proposal",
    "QualificationCriterion",
    "QualificationFramework",
    "QuestionBankEntry",
    "Quota",
    "QuotaSnapshot",
    "Setting",
    "StageChange",
    "Task",
    "Territory",
    "TimeEntry",
    "Touch",
    "User",
    "new_id",
    "utcnow",
]
