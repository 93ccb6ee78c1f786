"""format(value, spec): the format-specification mini-language."""


def format_w(space, w_obj, w_spec):
    spec = u'' if w_spec is None else space.text_w(w_spec)
    if not spec:
        return space.str(w_obj)
    raise space.error(space.w_ValueError,
                      "format specifiers are not supported yet")
