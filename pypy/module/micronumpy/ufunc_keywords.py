"""A ufunc call's keywords that choose its loop and check its casts:
dtype=, signature= and casting= (NumPy's rules and messages), and the
where= mask's conversion checks.  What the call does with them is
ufuncs_app's."""

from pypy.interpreter.arguments import keyword_value
from pypy.objspace.boolobject import W_BoolObject
from pypy.objspace.strobject import W_StrObject
from pypy.objspace.tupleobject import W_TupleObject
from pypy.module.micronumpy import descriptor as dt
from pypy.module.micronumpy.ndarray import W_NDArray

# np.can_cast's rules, least permissive first
CASTING_RULES = ['no', 'equiv', 'safe', 'same_kind', 'unsafe']
DEFAULT_CASTING = 'same_kind'
# the rules a cast the promotion chose may break
STRICTER_THAN_PROMOTION = ['no', 'equiv', 'safe']


def can_cast(from_dtype, to_dtype, casting):
    """np.can_cast(from_dtype, to_dtype, casting) for the native dtypes
    here ('no' and 'equiv' are the same: there is one byte order)."""
    if casting == 'unsafe' or from_dtype is to_dtype:
        return True
    if casting == 'same_kind':
        return dt.can_cast_same_kind(from_dtype, to_dtype)
    if casting == 'safe':
        return dt.promote_types(from_dtype, to_dtype) is to_dtype
    return False


class UfuncKeywords(object):
    """loop: the dtype of the loop's inputs that signature= names (None:
    the one the inputs promote to); result: the output dtype that dtype=
    or signature= names (None: the loop's); casting: the rule for the
    casts of inputs to the loop and of its result to out=;
    checks_inputs: whether the casts of the inputs are to be checked (the
    promotion's own pass 'same_kind')."""
    _immutable_ = True

    def __init__(self, loop, result, casting):
        self.loop = loop
        self.result = result
        self.casting = casting
        self.checks_inputs = loop is not None or result is not None or \
            casting in STRICTER_THAN_PROMOTION

DEFAULT_KEYWORDS = UfuncKeywords(None, None, DEFAULT_CASTING)


def ufunc_keywords(space, name, nin, nout, args):
    """The UfuncKeywords of a call of the ufunc `name` (DEFAULT_KEYWORDS
    when it has none of them)."""
    w_dtype = keyword_value(args, 'dtype')
    w_signature = keyword_value(args, 'signature')
    w_casting = keyword_value(args, 'casting')
    if w_dtype is None and w_signature is None and w_casting is None:
        return DEFAULT_KEYWORDS
    casting = DEFAULT_CASTING if w_casting is None else \
        casting_arg(space, w_casting)
    if w_signature is not None:
        if w_dtype is not None:
            raise space.error(space.w_TypeError,
                              "cannot specify both 'signature' and 'dtype'")
        types = signature_types(space, name, nin, nout, w_signature)
        return UfuncKeywords(loop_inputs(space, name, types[:nin]),
                             types[nin], casting)
    result = None
    if w_dtype is not None and not space.is_none(w_dtype):
        result = dt.dtype_from_w(space, w_dtype)
    return UfuncKeywords(None, result, casting)


def casting_arg(space, w_casting):
    if not isinstance(w_casting, W_StrObject):
        raise space.error(space.w_TypeError,
                          "casting must be str, not %s" %
                          space.type_name(space.type(w_casting)))
    casting = space.text_utf8(w_casting)
    if casting not in CASTING_RULES:
        raise space.error(space.w_ValueError,
                          "casting must be one of 'no', 'equiv', 'safe', "
                          "'same_kind', 'unsafe' (got '%s')" % casting)
    return casting


def signature_types(space, name, nin, nout, w_signature):
    """The dtypes (None where not fixed) that signature= gives the inputs
    and the output: a tuple of dtypes or Nones, or a type string
    ('dd->d')."""
    if isinstance(w_signature, W_TupleObject):
        items_w = w_signature.items_w
        if len(items_w) != nin + nout:
            raise space.error(space.w_ValueError,
                              "a type-tuple must be specified of length %d "
                              "for ufunc '%s'" % (nin + nout, name))
        return [None if space.is_none(w_item) else
                dt.dtype_from_w(space, w_item) for w_item in items_w]
    if not isinstance(w_signature, W_StrObject):
        raise space.error(space.w_TypeError,
                          "the signature object to ufunc must be a string "
                          "or a tuple.")
    text = space.text_utf8(w_signature)
    arrow = text.find('->')
    if arrow != nin or len(text) != nin + 2 + nout:
        raise space.error(space.w_ValueError,
                          "a type-string for %s, %d typecode(s) before and "
                          "%d after the -> sign" % (name, nin, nout))
    chars = text[:nin] + text[nin + 2:]
    return [dt.dtype_from_w(space, space.newtext_utf8(chars[k]))
            for k in range(len(chars))]


def loop_inputs(space, name, types):
    """The one dtype signature= fixes the inputs to (None: not fixed);
    the loops here take every input in the same dtype."""
    loop = None
    for dtype in types:
        if dtype is None:
            continue
        if loop is not None and dtype is not loop:
            raise no_matching_loop(space, name)
        loop = dtype
    return loop


def no_matching_loop(space, name):
    return space.error(space.w_TypeError,
                       "No loop matching the specified signature and "
                       "casting was found for ufunc %s" % name)


def input_casting_error(space, name, k, from_dtype, to_dtype, casting):
    return space.error(space.w_UFuncInputCastingError,
                       "Cannot cast ufunc '%s' input %d from dtype('%s') to "
                       "dtype('%s') with casting rule '%s'" % (
                           name, k, from_dtype.name, to_dtype.name, casting))


def where_keyword(space, args):
    """where=: None where absent or the default True (every item is
    computed), else the mask's object.  Arrays must hold bools (NumPy
    casts the mask 'safe'); Python values are truth values."""
    w_where = keyword_value(args, 'where')
    if w_where is None or (isinstance(w_where, W_BoolObject) and
                           w_where.intval != 0):
        return None
    if isinstance(w_where, W_NDArray) and \
            w_where.dtype is not dt.bool_dtype:
        raise space.error(space.w_TypeError,
                          "Cannot cast array data from dtype('%s') to "
                          "dtype('bool') according to the rule 'safe'" %
                          w_where.dtype.name)
    return w_where
