"""Scalar conversions in the x86 backend's machine code
(patches/rpython/0009).  CVTSI2SD (cast_int_to_float) and CVTSD2SS
(cast_float_to_singlefloat) write only the low lane of their xmm target
and keep the rest, so each waits for the target's previous value: in a
loop of conversions (astype, float32 arithmetic outside the vector loops)
the next one waits for the last, and the loop ran at the conversions'
latency, 1.7 ns per element, instead of their throughput.  An XORPS of
the target first breaks that dependency."""

import ctypes
import struct

from rpython.jit.codewriter import longlong
from rpython.jit.metainterp.history import JitCellToken
from rpython.jit.tool.oparser import parse
from pypy.module.micronumpy.test.x86backend import RealX86CPU

XORPS = '\x0f\x57'
CVTSI2SD = '\xf2\x48\x0f\x2a'       # CVTSI2SD xmm, r64 (REX.W)
CVTSD2SS = '\x0f\x5a'               # after F2 and any REX prefix


class TestScalarConversions(RealX86CPU):

    def compile(self, source):
        looptoken = JitCellToken()
        loop = parse(source)
        info = self.cpu.compile_loop(loop.inputargs, loop.operations,
                                     looptoken)
        return looptoken, ctypes.string_at(info.asmaddr, info.asmlen)

    def test_conversions_clear_their_target_first(self):
        looptoken, code = self.compile("""
        [i0, f0]
        f1 = cast_int_to_float(i0)
        f2 = float_add(f1, f0)
        i2 = cast_float_to_singlefloat(f2)
        finish(i2)
        """)
        for conversion in [CVTSI2SD, CVTSD2SS]:
            at = code.find(conversion)
            assert at > 0, repr(conversion)
            # the XORPS (3 or 4 bytes) ends right before the conversion's
            # prefixes (F2, and a REX byte for registers above xmm7)
            assert XORPS in code[max(0, at - 7):at], repr(code[at - 7:at])
        deadframe = self.cpu.execute_token(looptoken, 3,
                                           longlong.getfloatstorage(0.25))
        bits = self.cpu.get_int_value(deadframe, 0) & 0xFFFFFFFF
        assert struct.unpack('f', struct.pack('I', bits)) == (3.25,)
