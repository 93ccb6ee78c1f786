"""Lane moves between vectors in the x86 backend's machine code
(patches/rpython/0013).  float32 arithmetic runs in float64 lanes: each
vector of four float32 items is unpacked into two halves of two, widened,
computed, narrowed and packed back (and astype(float32) packs the same
way).  rpython 0.2.1 moved such a half lane by lane through a general
register (PEXTRD + PINSRD per item, a serial chain); the patch moves a
whole 64-bit half with one shuffle."""

import ctypes
import struct

from rpython.jit.metainterp.history import JitCellToken
from rpython.jit.tool.oparser import parse
from rpython.rtyper.lltypesystem import rffi
from pypy.module.micronumpy.test.x86backend import RealX86CPU

PEXTRD = '\x0f\x3a\x16'            # after 66 and any REX prefix
PINSRD = '\x0f\x3a\x22'


class TestLaneMoves(RealX86CPU):

    def run(self, source, items):
        """Compiles source, runs it from a buffer of four int32 items to
        one of four; returns the code and the four items stored."""
        descr = self.cpu.arraydescrof(rffi.CArray(rffi.INT))
        loop = parse(source, namespace={'descr': descr})
        looptoken = JitCellToken()
        info = self.cpu.compile_loop(loop.inputargs, loop.operations,
                                     looptoken)
        code = ctypes.string_at(info.asmaddr, info.asmlen)
        src = ctypes.create_string_buffer(struct.pack('4i', *items), 16)
        dst = ctypes.create_string_buffer(16)
        self.cpu.execute_token(looptoken, ctypes.addressof(src),
                               ctypes.addressof(dst))
        return code, list(struct.unpack('4i', dst.raw))

    def test_halves_move_with_one_shuffle(self):
        # high half to low (unpack), low half to low and to high (pack)
        code, got = self.run("""
        [i0, i1]
        v0[4xi32] = vec_load_i(i0, 0, 1, 0, descr=descr)
        v1[2xi32] = vec_unpack_i(v0[4xi32], 2, 2)
        v2[4xi32] = vec_pack_i(v0[4xi32], v1[2xi32], 2, 2)
        vec_store(i1, 0, v2[4xi32], 1, 0, descr=descr)
        finish()
        """, [10, 11, 12, 13])
        assert got == [10, 11, 12, 13]
        assert PEXTRD not in code and PINSRD not in code

    def test_each_half_to_each_half(self):
        code, got = self.run("""
        [i0, i1]
        v0[4xi32] = vec_load_i(i0, 0, 1, 0, descr=descr)
        v1[2xi32] = vec_unpack_i(v0[4xi32], 2, 2)
        v2[4xi32] = vec_pack_i(v0[4xi32], v1[2xi32], 0, 2)
        vec_store(i1, 0, v2[4xi32], 1, 0, descr=descr)
        finish()
        """, [10, 11, 12, 13])
        assert got == [12, 13, 12, 13]
        assert PEXTRD not in code and PINSRD not in code

    def test_single_items_still_move(self):
        # one item is not a half: the lane-by-lane path
        code, got = self.run("""
        [i0, i1]
        v0[4xi32] = vec_load_i(i0, 0, 1, 0, descr=descr)
        v1[1xi32] = vec_unpack_i(v0[4xi32], 3, 1)
        v2[4xi32] = vec_pack_i(v0[4xi32], v1[1xi32], 1, 1)
        vec_store(i1, 0, v2[4xi32], 1, 0, descr=descr)
        finish()
        """, [10, 11, 12, 13])
        assert got == [10, 13, 12, 13]
