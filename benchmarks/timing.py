"""Timing shared by the benchmarks: the best of several runs (the least disturbed by other work
on the machine)."""

from __future__ import annotations

import time
from collections.abc import Callable


def best_of(repeat: int, fn: Callable[[], object]) -> float:
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        fn()
        times.append(time.perf_counter() - start)
    return min(times)


def interleaved(repeat: int, **fns: Callable[[], object]) -> dict[str, float]:
    """Best time of each function over `repeat` rounds that run them one after the other: on a
    shared machine the load then weighs on the baseline and on ours alike, which timing each
    one's rounds back to back does not ensure."""
    times: dict[str, list[float]] = {name: [] for name in fns}
    for _ in range(repeat):
        for name, fn in fns.items():
            start = time.perf_counter()
            fn()
            times[name].append(time.perf_counter() - start)
    return {name: min(t) for name, t in times.items()}
