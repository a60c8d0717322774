"""What a long build shows on stderr: a bar of the text read, with counts and an ETA.

The bar (tqdm) counts bytes of report text read — within a report too, text
unit by text unit, so a large report moves it — and the reports done; it
appears only once the reading has taken :data:`DELAY` seconds, so a short
build prints nothing but its messages. ``-q`` turns it all off.

>>> import io
>>> err = io.StringIO()
>>> bar = BarReporter(stream=err, delay=0, every=0)
>>> bar.start(2000, 2); bar.advance(1000); bar.report_done(); bar.advance(1000); bar.report_done(); bar.finish()
>>> "1/2 reports" in err.getvalue() and "2.00k/2.00k" in err.getvalue()
True
"""

from __future__ import annotations

import sys
from typing import TextIO

import tqdm

from .corpus import Reporter

__all__ = ["BarReporter", "DELAY"]

DELAY = 2.0  # seconds of reading before the bar shows

tqdm.tqdm.monitor_interval = 0  # no monitor thread: worker processes are forked while a bar is open


class BarReporter(Reporter):
    """A :class:`~tacb_graph.corpus.Reporter` that prints messages and draws the bar on ``stream``."""

    def __init__(self, stream: TextIO | None = None, delay: float = DELAY, every: float = 0.25) -> None:
        self.stream = stream or sys.stderr
        self.delay = delay
        self.every = every  # seconds between redraws at most
        self.bar: tqdm.tqdm | None = None
        self.reports = 0
        self.done = 0

    def say(self, message: str) -> None:
        if self.bar is not None:
            self.bar.write(message, file=self.stream)
        else:
            print(message, file=self.stream, flush=True)

    def start(self, total: int, reports: int) -> None:
        self.reports, self.done = reports, 0
        self.say(f"reading {reports} report(s), {total / 1e6:.2f} MB")
        self.bar = tqdm.tqdm(total=total, unit="B", unit_scale=True, unit_divisor=1000, desc="reading",
                             file=self.stream, delay=self.delay, dynamic_ncols=True, leave=False,
                             postfix=f"0/{reports} reports", mininterval=self.every)

    def advance(self, n: int) -> None:
        if self.bar is not None:
            self.bar.update(n)

    def report_done(self) -> None:
        self.done += 1
        if self.bar is not None:
            self.bar.set_postfix_str(f"{self.done}/{self.reports} reports", refresh=False)

    def finish(self) -> None:
        if self.bar is not None:
            self.bar.close()
            self.bar = None
