"""int.to_bytes(length=1, byteorder='big', *, signed=False) and the class
method int.from_bytes(bytes, byteorder='big', *, signed=False)."""

from rpython.rlib.rbigint import rbigint, InvalidSignednessError
from pypy.interpreter.arguments import argument, check_keywords, \
    keyword_value
from pypy.objspace.bytesobject import bytes_from_object


def check_arguments(space, args, fname, names):
    check_keywords(space, args, fname, names)
    if len(args.arguments_w) > 3:
        raise space.error(space.w_TypeError, "%s() takes at most 2 "
                          "positional arguments (%d given)" % (
                              fname, len(args.arguments_w) - 1))


def byteorder_arg(space, args):
    w_order = argument(args, 2, 'byteorder')
    if w_order is None:
        return 'big'
    order = space.text_utf8(w_order)
    if order != 'big' and order != 'little':
        raise space.error(space.w_ValueError,
                          "byteorder must be either 'little' or 'big'")
    return order


def signed_arg(space, args):
    w_signed = keyword_value(args, 'signed')
    return w_signed is not None and space.is_true(w_signed)


def int_to_bytes(space, args):
    from pypy.objspace.intobject import W_AbstractIntObject
    check_arguments(space, args, 'to_bytes',
                    ['length', 'byteorder', 'signed'])
    w_int = args.arguments_w[0]
    if not isinstance(w_int, W_AbstractIntObject):
        raise space.error(space.w_TypeError, "descriptor 'to_bytes' "
                          "requires an 'int' object")
    w_length = argument(args, 1, 'length')
    length = 1 if w_length is None else space.getindex_w(w_length)
    if length < 0:
        raise space.error(space.w_ValueError,
                          "length argument must be non-negative")
    order = byteorder_arg(space, args)
    try:
        data = w_int.asbigint().tobytes(length, order, signed_arg(space, args))
    except InvalidSignednessError:
        raise space.error(space.w_OverflowError,
                          "can't convert negative int to unsigned")
    except OverflowError:
        raise space.error(space.w_OverflowError, "int too big to convert")
    return space.newbytes(data)


def int_from_bytes(space, args):
    from pypy.objspace.intobject import W_AbstractIntObject
    from pypy.objspace.strobject import W_StrObject
    check_arguments(space, args, 'from_bytes',
                    ['bytes', 'byteorder', 'signed'])
    w_cls = args.arguments_w[0]
    w_bytes = argument(args, 1, 'bytes')
    if w_bytes is None:
        raise space.error(space.w_TypeError, "from_bytes() missing required "
                          "argument 'bytes' (pos 1)")
    if isinstance(w_bytes, W_StrObject) or \
            isinstance(w_bytes, W_AbstractIntObject):
        raise space.error(space.w_TypeError, "cannot convert '%s' object to "
                          "bytes" % space.type_name(space.type(w_bytes)))
    data = bytes_from_object(space, w_bytes, 'bytes')
    order = byteorder_arg(space, args)
    w_result = space.newbigint(rbigint.frombytes(data, order,
                                                 signed_arg(space, args)))
    if space.is_w(w_cls, space.w_int):
        return w_result
    return space.call_function(w_cls, w_result)
