# numpy.core for the _numpypy shim: ndarray.mean/var/std import numpy.core._methods.
