"""Pausing Python's cyclic garbage collector around the stages that build large graphs."""

from __future__ import annotations

import functools
import gc
from collections.abc import Callable
from typing import Any, TypeVar, cast

_F = TypeVar("_F", bound=Callable[..., Any])


def collector_paused(func: _F) -> _F:
    """Run ``func`` with the cyclic garbage collector paused (as Mercurial's
    ``util.nogc`` does). A report is a large graph of long-lived objects without cycles;
    each full collection walks all of them, so their cost grew faster than the input (on
    ECB+, 0.36 s of building the 500-article report and 0.97 s of the 982-article one).
    Collection resumes on return; reference counting frees everything else meanwhile."""

    @functools.wraps(func)
    def paused(*args: Any, **kwargs: Any) -> Any:
        if not gc.isenabled():
            return func(*args, **kwargs)
        gc.disable()
        try:
            return func(*args, **kwargs)
        finally:
            gc.enable()

    return cast(_F, paused)
