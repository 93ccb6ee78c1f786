"""A pystone-style benchmark written for this repository: records as class
instances, method calls, attribute access, global variables and global
function calls, dicts and strings, in the spirit of the classic Dhrystone
port.  Usage: pystone.py [LOOPS].  The last line is a checksum of the
final state, the same on every correct Python."""

import sys
import time

LOOPS = 200000

IDENT_1, IDENT_2, IDENT_3, IDENT_4, IDENT_5 = range(1, 6)


class Record:
    def __init__(self, ptr_comp=None, discr=0, enum_comp=0, int_comp=0,
                 string_comp=''):
        self.ptr_comp = ptr_comp
        self.discr = discr
        self.enum_comp = enum_comp
        self.int_comp = int_comp
        self.string_comp = string_comp

    def copy(self):
        return Record(self.ptr_comp, self.discr, self.enum_comp,
                      self.int_comp, self.string_comp)

    def assign(self, other):
        self.ptr_comp = other.ptr_comp
        self.discr = other.discr
        self.enum_comp = other.enum_comp
        self.int_comp = other.int_comp
        self.string_comp = other.string_comp


class Counter:
    def __init__(self):
        self.counts = {}

    def bump(self, key):
        self.counts[key] = self.counts.get(key, 0) + 1


int_glob = 0
bool_glob = False
char1_glob = '\0'
char2_glob = '\0'
array1_glob = [0] * 51
array2_glob = [[0] * 51 for _ in range(51)]
ptr_glob = None
ptr_glob_next = None
counter = Counter()


def func1(char_par1, char_par2):
    char_loc1 = char_par1
    char_loc2 = char_loc1
    if char_loc2 != char_par2:
        return IDENT_1
    return IDENT_2


def func2(str_par1, str_par2):
    int_loc = 1
    char_loc = 'A'
    while int_loc <= 1:
        if func1(str_par1[int_loc], str_par2[int_loc + 1]) == IDENT_1:
            char_loc = 'A'
            int_loc = int_loc + 1
    if 'W' <= char_loc <= 'Z':
        int_loc = 7
    if char_loc == 'X':
        return True
    if str_par1 > str_par2:
        int_loc = int_loc + 7
        return True
    return False


def func3(enum_par_in):
    return enum_par_in == IDENT_3


def proc1(ptr_par_in):
    next_record = ptr_par_in.ptr_comp = ptr_glob.copy()
    ptr_par_in.int_comp = 5
    next_record.int_comp = ptr_par_in.int_comp
    next_record.ptr_comp = ptr_par_in.ptr_comp
    next_record.ptr_comp = proc3(next_record.ptr_comp)
    if next_record.discr == IDENT_1:
        next_record.int_comp = 6
        next_record.enum_comp = proc6(ptr_par_in.enum_comp)
        next_record.ptr_comp = ptr_glob.ptr_comp
        next_record.int_comp = proc7(next_record.int_comp, 10)
    else:
        ptr_par_in.assign(next_record)
    next_record.ptr_comp = None
    return ptr_par_in


def proc2(int_par_io):
    int_loc = int_par_io + 10
    enum_loc = 0
    while True:
        if char1_glob == 'A':
            int_loc = int_loc - 1
            int_par_io = int_loc - int_glob
            enum_loc = IDENT_1
        if enum_loc == IDENT_1:
            break
    return int_par_io


def proc3(ptr_par_out):
    global int_glob
    if ptr_glob is not None:
        ptr_par_out = ptr_glob.ptr_comp
    else:
        int_glob = 100
    ptr_glob.int_comp = proc7(10, int_glob)
    return ptr_par_out


def proc4():
    global char2_glob
    bool_loc = char1_glob == 'A'
    bool_loc = bool_loc or bool_glob
    char2_glob = 'B'


def proc5():
    global char1_glob, bool_glob
    char1_glob = 'A'
    bool_glob = False


def proc6(enum_par_in):
    enum_par_out = enum_par_in
    if not func3(enum_par_in):
        enum_par_out = IDENT_4
    if enum_par_in == IDENT_1:
        enum_par_out = IDENT_1
    elif enum_par_in == IDENT_2:
        enum_par_out = IDENT_1 if int_glob > 100 else IDENT_4
    elif enum_par_in == IDENT_3:
        enum_par_out = IDENT_2
    elif enum_par_in == IDENT_5:
        enum_par_out = IDENT_3
    return enum_par_out


def proc7(int_par_i1, int_par_i2):
    int_loc = int_par_i1 + 2
    return int_par_i2 + int_loc


def proc8(array1_par, array2_par, int_par_i1, int_par_i2):
    global int_glob
    int_loc = int_par_i1 + 5
    array1_par[int_loc] = int_par_i2
    array1_par[int_loc + 1] = array1_par[int_loc]
    array1_par[int_loc + 30] = int_loc
    for int_index in range(int_loc, int_loc + 2):
        array2_par[int_loc][int_index] = int_loc
    array2_par[int_loc][int_loc - 1] = array2_par[int_loc][int_loc - 1] + 1
    array2_par[int_loc + 20][int_loc] = array1_par[int_loc]
    int_glob = 5


def proc0(loops):
    global int_glob, bool_glob, char1_glob, char2_glob, ptr_glob
    global ptr_glob_next
    ptr_glob_next = Record()
    ptr_glob = Record(ptr_glob_next, IDENT_1, IDENT_3, 40,
                      'DHRYSTONE PROGRAM, SOME STRING')
    string1_loc = "DHRYSTONE PROGRAM, 1'ST STRING"
    array2_glob[8][7] = 10
    checksum = 0
    for i in range(loops):
        proc5()
        proc4()
        int_loc1 = 2
        int_loc2 = 3
        string2_loc = "DHRYSTONE PROGRAM, 2'ND STRING"
        enum_loc = IDENT_2
        bool_glob = not func2(string1_loc, string2_loc)
        while int_loc1 < int_loc2:
            int_loc3 = 5 * int_loc1 - int_loc2
            int_loc3 = proc7(int_loc1, int_loc2)
            int_loc1 = int_loc1 + 1
        proc8(array1_glob, array2_glob, int_loc1, int_loc3)
        ptr_glob = proc1(ptr_glob)
        char_index = 'A'
        while char_index <= char2_glob:
            if enum_loc == func1(char_index, 'C'):
                enum_loc = proc6(IDENT_1)
            char_index = chr(ord(char_index) + 1)
        int_loc3 = int_loc2 * int_loc1
        int_loc2 = int_loc3 // int_loc1
        int_loc2 = 7 * (int_loc3 - int_loc2) - int_loc1
        int_loc1 = proc2(int_loc1)
        counter.bump(string2_loc[i % 12])
        checksum = (checksum * 31 + int_loc1 + int_loc2 + int_loc3 +
                    enum_loc) % 1000000007
    return checksum


def main(loops):
    start = time.perf_counter()
    checksum = proc0(loops)
    elapsed = time.perf_counter() - start
    assert int_glob == 5 and bool_glob is True and char1_glob == 'A'
    assert char2_glob == 'B' and array1_glob[8] == 7
    assert array2_glob[8][7] == loops + 10
    assert ptr_glob.int_comp == 17 and ptr_glob.string_comp.startswith('DHRY')
    assert sum(counter.counts.values()) == loops
    print('pystone: %d loops in %.3f s = %.0f loops/s' % (
        loops, elapsed, loops / elapsed if elapsed > 0 else 0.0),
        file=sys.stderr)
    print('checksum %d %d %r' % (checksum, int_glob,
                                 sorted(counter.counts.items())))


if __name__ == '__main__':
    main(int(sys.argv[1]) if len(sys.argv) > 1 else LOOPS)
