"""The built-in hash modules hashlib falls back to without OpenSSL's
_hashlib: _md5, _sha1, _sha256 (sha224, sha256), _sha512 (sha384,
sha512), _sha3 (sha3_*, shake_*) and _blake2 (blake2b, blake2s).  Every
algorithm's objects are W_Hash over a HashState (state.py); each algorithm
has its own type, named as CPython's."""

from rpython.rlib.rarithmetic import r_uint
from rpython.tool.sourcetools import func_with_new_name
from pypy.interpreter.arguments import (check_args, check_keywords,
    check_positional, keyword_value, self_of)
from pypy.interpreter.function import BuiltinFunction
from pypy.objspace.root import W_Root
from pypy.objspace.bytearrayobject import bytes_like
from pypy.objspace.bytesobject import hex_of
from pypy.objspace.memoryviewobject import W_MemoryView
from pypy.objspace.strobject import W_StrObject
from pypy.objspace.typeobject import TypeDef
from pypy.module._hashes import sha2, sha3
from pypy.module._hashes.blake2 import BLAKE2B, BLAKE2S, new_blake2
from pypy.module._hashes.state import new_md5, new_sha1


class W_Hash(W_Root):
    def __init__(self, w_type, state):
        self.w_type = w_type
        self.state = state

    def getclass(self, space):
        return self.w_type


def hashed_bytes(space, w_data):
    """The bytes of a bytes-like object, with hashlib's errors."""
    if isinstance(w_data, W_StrObject):
        raise space.error(space.w_TypeError,
                          "Strings must be encoded before hashing")
    if isinstance(w_data, W_MemoryView):
        return w_data.as_str(space)
    s = bytes_like(w_data)
    if s is None:
        raise space.error(space.w_TypeError,
                          "object supporting the buffer API required")
    return s


def self_hash(space, args, fname):
    return self_of(space, args, fname, W_Hash, "hash object")


def hash_update(space, args):
    check_args(space, args, 'update', 2, 2)
    w_self = self_hash(space, args, 'update')
    w_self.state.update(hashed_bytes(space, args.arguments_w[1]))
    return space.w_None


def hash_copy(space, args):
    check_args(space, args, 'copy', 1, 1)
    w_self = self_hash(space, args, 'copy')
    return W_Hash(w_self.w_type, w_self.state.copy())


def fixed_digest(space, args, fname):
    check_args(space, args, fname, 1, 1)
    state = self_hash(space, args, fname).state
    return state.digest(state.digest_size)


def shake_digest(space, args, fname):
    """shake_*.digest(length): any number of bytes."""
    check_keywords(space, args, fname, ['length'])
    check_positional(space, args, fname, 1, 2)
    w_self = self_hash(space, args, fname)
    w_length = keyword_value(args, 'length')
    if len(args.arguments_w) == 2:
        w_length = args.arguments_w[1]
    if w_length is None:
        raise space.error(space.w_TypeError, "%s() missing required "
                          "argument 'length' (pos 1)" % fname)
    length = space.getindex_w(w_length)
    if length < 0:
        raise space.error(space.w_ValueError, "length must be non-negative")
    return w_self.state.digest(length)


def hash_digest(space, args):
    return space.newbytes(fixed_digest(space, args, 'digest'))


def hash_hexdigest(space, args):
    return space.newtext_ascii(hex_of(fixed_digest(space, args,
                                                   'hexdigest')))


def shake_digest_w(space, args):
    return space.newbytes(shake_digest(space, args, 'digest'))


def shake_hexdigest(space, args):
    return space.newtext_ascii(hex_of(shake_digest(space, args,
                                                   'hexdigest')))


def hash_get_name(space, w_self):
    assert isinstance(w_self, W_Hash)
    return space.newtext_ascii(w_self.state.name)


def hash_get_digest_size(space, w_self):
    assert isinstance(w_self, W_Hash)
    return space.newint(w_self.state.digest_size)


def hash_get_block_size(space, w_self):
    assert isinstance(w_self, W_Hash)
    return space.newint(w_self.state.block_size)


HASH_METHODS = {'update': hash_update, 'copy': hash_copy,
                'digest': hash_digest, 'hexdigest': hash_hexdigest}
SHAKE_METHODS = {'update': hash_update, 'copy': hash_copy,
                 'digest': shake_digest_w, 'hexdigest': shake_hexdigest}
HASH_GETSET = {'name': hash_get_name, 'digest_size': hash_get_digest_size,
               'block_size': hash_get_block_size}


def initial_data(space, args, fname, data_keyword):
    """The data of a constructor call (fname(data, *, usedforsecurity)):
    `data_keyword` is the keyword naming it, or '' for positional only."""
    allowed = ['usedforsecurity']
    if data_keyword:
        allowed.append(data_keyword)
    check_keywords(space, args, fname, allowed)
    check_positional(space, args, fname, 0, 1)
    w_data = keyword_value(args, data_keyword) if data_keyword else None
    if args.arguments_w:
        w_data = args.arguments_w[0]
    if w_data is None:
        return ''
    return hashed_bytes(space, w_data)


def make_constructor(fname, attrname, new_state, data_keyword):
    """fname(data=b''), a new hash object of the type space.<attrname>."""
    def construct(space, args):
        data = initial_data(space, args, fname, data_keyword)
        state = new_state()
        state.update(data)
        return W_Hash(getattr(space, attrname), state)
    return func_with_new_name(construct, 'new_' + fname)


# ____________________________________________________________
# blake2b and blake2s: types whose constructor takes the parameter block

BLAKE2_INT_PARAMETERS = ['fanout', 'depth', 'leaf_size', 'node_offset',
                         'node_depth', 'inner_size']


def blake2_bytes(space, args, name, limit):
    w_value = keyword_value(args, name)
    if w_value is None:
        return ''
    s = hashed_bytes(space, w_value)
    if len(s) > limit:
        raise space.error(space.w_ValueError, "maximum %s length is %d "
                          "bytes" % (name, limit))
    return s


def blake2_int(space, args, name, default):
    w_value = keyword_value(args, name)
    if w_value is None:
        return default
    return space.getindex_w(w_value)


def check_range(space, value, low, high, name):
    if not low <= value <= high:
        raise space.error(space.w_ValueError, "%s must be between %d and "
                          "%d" % (name, low, high))


def check_unsigned(space, value, limit, name):
    if value < 0:
        raise space.error(space.w_ValueError, "value must be positive")
    if r_uint(value) > limit:
        raise space.error(space.w_OverflowError, "%s is too large" % name)


def make_blake2_new(variant):
    fname = variant.name

    def new(space, w_type, args):
        check_keywords(space, args, fname, ['digest_size', 'key', 'salt',
                                            'person', 'last_node',
                                            'usedforsecurity'] +
                       BLAKE2_INT_PARAMETERS)
        check_positional(space, args, fname, 0, 1)
        size = variant.max_digest_size
        digest_size = blake2_int(space, args, 'digest_size', size)
        if not 1 <= digest_size <= size:
            raise space.error(space.w_ValueError, "digest_size must be "
                              "between 1 and %d bytes" % size)
        salt = blake2_bytes(space, args, 'salt', variant.salt_size)
        person = blake2_bytes(space, args, 'person', variant.salt_size)
        fanout = blake2_int(space, args, 'fanout', 1)
        check_range(space, fanout, 0, 255, 'fanout')
        depth = blake2_int(space, args, 'depth', 1)
        check_range(space, depth, 1, 255, 'depth')
        leaf_size = blake2_int(space, args, 'leaf_size', 0)
        check_unsigned(space, leaf_size, r_uint(0xFFFFFFFF), 'leaf_size')
        node_offset = blake2_int(space, args, 'node_offset', 0)
        check_unsigned(space, node_offset, variant.max_node_offset,
                       'node_offset')
        node_depth = blake2_int(space, args, 'node_depth', 0)
        check_range(space, node_depth, 0, 255, 'node_depth')
        inner_size = blake2_int(space, args, 'inner_size', 0)
        if not 0 <= inner_size <= size:
            raise space.error(space.w_ValueError, "inner_size must be "
                              "between 0 and is %d" % size)
        key = blake2_bytes(space, args, 'key', variant.max_key_size)
        w_last_node = keyword_value(args, 'last_node')
        last_node = w_last_node is not None and space.is_true(w_last_node)
        state = new_blake2(variant, digest_size, key, salt, person, fanout,
                           depth, leaf_size, node_offset, node_depth,
                           inner_size, last_node)
        if args.arguments_w:
            state.update(hashed_bytes(space, args.arguments_w[0]))
        return W_Hash(w_type, state)
    return func_with_new_name(new, 'new_' + fname)


# ____________________________________________________________
# the modules

def sha3_state(bits):
    return func_with_new_name(lambda: sha3.new_sha3(bits),
                              'new_sha3_%d' % bits)


def shake_state(bits):
    return func_with_new_name(lambda: sha3.new_shake(bits),
                              'new_shake_%d' % bits)


# (module, [(algorithm, new state, methods)], the keyword naming the data
# or '' when it is positional only, whether the type is the constructor)
MODULES = [
    ('_md5', [('md5', new_md5, HASH_METHODS)], 'string', False),
    ('_sha1', [('sha1', new_sha1, HASH_METHODS)], 'string', False),
    ('_sha256', [('sha224', sha2.new_sha224, HASH_METHODS),
                 ('sha256', sha2.new_sha256, HASH_METHODS)], 'string', False),
    ('_sha512', [('sha384', sha2.new_sha384, HASH_METHODS),
                 ('sha512', sha2.new_sha512, HASH_METHODS)], 'string', False),
    ('_sha3', [('sha3_%d' % bits, sha3_state(bits), HASH_METHODS)
               for bits in [224, 256, 384, 512]] +
              [('shake_%d' % bits, shake_state(bits), SHAKE_METHODS)
               for bits in [128, 256]], '', True),
]


def make_hash_type(space, module, name, methods, new):
    w_type = space.make_builtin_type('w_hash_' + name, TypeDef(
        name, methods=methods, getset=HASH_GETSET, new=new,
        acceptable_as_base=False), [space.w_object])
    w_type.set_module_name(space, module)
    return w_type


def type_constructor(construct):
    return func_with_new_name(lambda space, w_type, args: construct(space,
                                                                    args),
                              construct.__name__ + '_type')


def module_maker(module, algorithms, data_keyword, type_is_constructor):
    def make_module(space):
        w_mod = space.newmodule(module)
        for name, new_state, methods in algorithms:
            construct = make_constructor(name, 'w_hash_' + name, new_state,
                                         data_keyword)
            if type_is_constructor:
                w_type = make_hash_type(space, module, name, methods,
                                        type_constructor(construct))
                w_mod.w_dict.setitem_str(space, name, w_type)
            else:
                make_hash_type(space, module, name, methods, None)
                w_mod.w_dict.setitem_str(space, name, BuiltinFunction(
                    name, construct))
        return w_mod
    return make_module


def make_blake2(space):
    w_mod = space.newmodule('_blake2')
    for variant in [BLAKE2B, BLAKE2S]:
        w_type = make_hash_type(space, '_blake2', variant.name, HASH_METHODS,
                                make_blake2_new(variant))
        for attr, value in [('SALT_SIZE', variant.salt_size),
                            ('PERSON_SIZE', variant.salt_size),
                            ('MAX_KEY_SIZE', variant.max_key_size),
                            ('MAX_DIGEST_SIZE', variant.max_digest_size)]:
            w_type.dict_w[attr] = space.newint(value)
        w_mod.w_dict.setitem_str(space, variant.name, w_type)
    return w_mod


HASH_MODULES = [module_maker(*m) for m in MODULES] + [make_blake2]
