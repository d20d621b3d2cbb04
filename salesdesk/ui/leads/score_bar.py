"""The live score against the threshold, and the verdict in words."""

from __future__ import annotations

from collections.abc import Mapping

from PySide6.QtCore import QCoreApplication, QLocale, QPointF, Qt
from PySide6.QtGui import QColor, QPainter, QPen
from PySide6.QtWidgets import QHBoxLayout, QProgressBar, QWidget

from ...core.leads.scoring import Assessment, Verdict
from ..messages import arg
from ..theme import ACCENT, colors
from ..views.common import label

VERDICT_ROLES = {
    Verdict.QUALIFIES: "ok",
    Verdict.BELOW_THRESHOLD: "warning",
    Verdict.KNOCKED_OUT: "error",
    Verdict.INCOMPLETE: "muted",
}


def verdict_text(result: Assessment, names: Mapping[str, str]) -> tuple[str, str]:
    """The verdict as a sentence, and the label role (colour) to show it in."""
    score = QLocale().toString(float(result.score), "f", 0)
    threshold = QLocale().toString(float(result.threshold), "f", 0)
    if result.verdict == Verdict.KNOCKED_OUT:
        text = arg(
            QCoreApplication.translate(
                "ScoreBar", "Knocked out by %1: this lead cannot be qualified."
            ),
            ", ".join(names.get(k, k) for k in result.knockouts),
        )
    elif result.verdict == Verdict.INCOMPLETE:
        text = arg(
            QCoreApplication.translate("ScoreBar", "Still to answer before qualifying: %1."),
            ", ".join(names.get(k, k) for k in result.missing),
        )
    elif result.verdict == Verdict.QUALIFIES:
        text = arg(
            QCoreApplication.translate("ScoreBar", "Qualifies: %1 reaches the %2 needed."),
            score,
            threshold,
        )
    else:
        text = arg(
            QCoreApplication.translate("ScoreBar", "Below the threshold: %1 of the %2 needed."),
            score,
            threshold,
        )
    return text, VERDICT_ROLES[result.verdict]


class _Bar(QProgressBar):
    """A progress bar with a mark where the threshold is."""

    threshold = 60.0

    def paintEvent(self, event) -> None:
        super().paintEvent(event)
        rect = self.rect().adjusted(1, 1, -1, -1)
        share = max(0.0, min(1.0, self.threshold / 100.0))
        x = rect.left() + rect.width() * share
        if self.layoutDirection() == Qt.LayoutDirection.RightToLeft:
            x = rect.right() - rect.width() * share
        painter = QPainter(self)
        painter.setPen(QPen(QColor(colors()["text"]), 2))
        painter.drawLine(QPointF(x, rect.top() - 1), QPointF(x, rect.bottom() + 1))
        painter.end()


class ScoreBar(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.bar = _Bar()
        self.bar.setRange(0, 100)
        self.bar.setTextVisible(False)
        self.bar.setFixedHeight(12)
        self.figure = label("")
        font = self.figure.font()
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.2)
        self.figure.setFont(font)
        self.needs = label("", "muted")
        lay = QHBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        lay.addWidget(self.figure)
        lay.addWidget(self.bar, 1)
        lay.addWidget(self.needs)
        self._tint = ""

    def show_result(self, result: Assessment) -> None:
        locale = QLocale()
        self.figure.setText(arg(self.tr("Score %1"), locale.toString(float(result.score), "f", 0)))
        self.needs.setText(
            arg(self.tr("%1 to qualify"), locale.toString(float(result.threshold), "f", 0))
        )
        self.bar.threshold = result.threshold
        self.bar.setValue(round(result.score))
        self.bar.setToolTip(
            arg(
                self.tr("%1 of 100; the mark is the threshold (%2)"), result.score, result.threshold
            )
        )
        tint = {
            Verdict.QUALIFIES: colors()["ok"],
            Verdict.KNOCKED_OUT: colors()["error"],
            Verdict.BELOW_THRESHOLD: colors()["warning"],
        }.get(result.verdict, ACCENT)
        if tint != self._tint:
            self._tint = tint
            self.bar.setStyleSheet(f"QProgressBar::chunk {{ background: {tint}; }}")
        self.bar.update()
