"""os.stat_result: CPython's 10-tuple (mode, ino, dev, nlink, uid, gid,
size, and the three times as whole seconds) whose st_* attributes add
the times as floats and in nanoseconds, st_blksize, st_blocks, st_rdev."""

from rpython.rlib.rarithmetic import intmask
from pypy.objspace.tupleobject import W_TupleObject

# the tuple's fields, in CPython's order
TUPLE_FIELDS = ['st_mode', 'st_ino', 'st_dev', 'st_nlink', 'st_uid',
                'st_gid', 'st_size']
TIME_FIELDS = ['st_atime', 'st_mtime', 'st_ctime']
REPR_NAMES = [name.decode('ascii') for name in TUPLE_FIELDS + TIME_FIELDS]


class W_StatResult(W_TupleObject):
    _attrs_ = ['times', 'blksize', 'blocks', 'rdev']

    def __init__(self, items_w, times, blksize, blocks, rdev):
        W_TupleObject.__init__(self, items_w)
        self.times = times          # [atime, mtime, ctime] as floats
        self.blksize = blksize
        self.blocks = blocks
        self.rdev = rdev

    def getclass(self, space):
        return space.w_posix_stat_result

    def repr(self, space):
        fields = [u'%s=%s' % (REPR_NAMES[i], space.repr_u(self.items_w[i]))
                  for i in range(len(REPR_NAMES))]
        return space.newtext(u'os.stat_result(' + u', '.join(fields) + u')')


def stat_result_of(space, st):
    """The stat_result of an rpython os.stat() result."""
    # one call per field: their C types differ (a list would unify them)
    times = [st.st_atime, st.st_mtime, st.st_ctime]
    # (a tuple's items are a list never resized: built in one go)
    items_w = [space.newint(intmask(st.st_mode)),
               space.newint(intmask(st.st_ino)),
               space.newint(intmask(st.st_dev)),
               space.newint(intmask(st.st_nlink)),
               space.newint(intmask(st.st_uid)),
               space.newint(intmask(st.st_gid)),
               space.newint(intmask(st.st_size)),
               space.newint(int(times[0])), space.newint(int(times[1])),
               space.newint(int(times[2]))]
    return W_StatResult(items_w, times, intmask(st.st_blksize),
                        intmask(st.st_blocks), intmask(st.st_rdev))


def stat_result(space, w_obj):
    assert isinstance(w_obj, W_StatResult)
    return w_obj


def item_getter(i):
    def getter(space, w_obj):
        return stat_result(space, w_obj).items_w[i]
    return getter


def time_getter(i):
    def getter(space, w_obj):
        return space.newfloat(stat_result(space, w_obj).times[i])
    return getter


def time_ns_getter(i):
    def getter(space, w_obj):
        # (rpython's stat has the times as floats: to the microsecond)
        return space.newint(int(stat_result(space, w_obj).times[i] * 1e9))
    return getter


def get_blksize(space, w_obj):
    return space.newint(stat_result(space, w_obj).blksize)


def get_blocks(space, w_obj):
    return space.newint(stat_result(space, w_obj).blocks)


def get_rdev(space, w_obj):
    return space.newint(stat_result(space, w_obj).rdev)


GETSET = {'st_blksize': get_blksize, 'st_blocks': get_blocks,
          'st_rdev': get_rdev}
for _i in range(len(TUPLE_FIELDS)):
    GETSET[TUPLE_FIELDS[_i]] = item_getter(_i)
for _i in range(len(TIME_FIELDS)):
    GETSET[TIME_FIELDS[_i]] = time_getter(_i)
    GETSET[TIME_FIELDS[_i] + '_ns'] = time_ns_getter(_i)
