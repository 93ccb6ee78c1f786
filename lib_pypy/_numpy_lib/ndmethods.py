"""ndarray methods composed of array operations, each taking the array
first: pypy/module/micronumpy/methods.py's app_method makes a.<name>(...)
call the function of the same name here."""

import numpy as np

from .shaping import repeat as repeat_
from .misc import trace as trace_, compress as compress_, choose as choose_


def repeat(self, repeats, axis=None):
    return repeat_(self, repeats, axis)


def trace(self, offset=0, axis1=0, axis2=1, dtype=None, out=None):
    return trace_(self, offset, axis1, axis2, dtype, out)


def compress(self, condition, axis=None, out=None):
    return compress_(condition, self, axis, out)


def choose(self, choices, out=None, mode='raise'):
    return choose_(self, choices, out, mode)


def partition(self, kth, axis=-1, kind='introselect', order=None):
    """In place: every element before kth is at most a[kth], every one
    after at least (a full sort, one such order)."""
    np.partition(self, kth, axis=axis)      # NumPy's checks of kth
    self.sort(axis=axis)


def argpartition(self, kth, axis=-1, kind='introselect', order=None):
    return np.argpartition(self, kth, axis=axis)
