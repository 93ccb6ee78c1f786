"""A file descriptor from an int or an object with fileno(), as CPython's
PyObject_AsFileDescriptor."""


def fd_of(space, w_obj):
    if space.isinstance_w(w_obj, space.w_int):
        fd = space.int_w(w_obj)
    else:
        w_fileno = space.findattr(w_obj, 'fileno')
        if w_fileno is None:
            raise space.error(space.w_TypeError, "argument must be an int, "
                              "or have a fileno() method.")
        w_fd = space.call_function(w_fileno)
        if not space.isinstance_w(w_fd, space.w_int):
            raise space.error(space.w_TypeError,
                              "fileno() returned a non-integer")
        fd = space.int_w(w_fd)
    if fd < 0:
        raise space.error(space.w_ValueError, "file descriptor cannot be a "
                          "negative integer (%d)" % fd)
    return fd
