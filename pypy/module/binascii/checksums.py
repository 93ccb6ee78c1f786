"""binascii's checksums, table-driven as CPython's: crc32 (the reflected
0xEDB88320 polynomial of zlib and zip) and crc_hqx (CRC-CCITT, 0x1021,
as BinHex 4).  Plain ints below 2**32: no C library needed."""


def _crc32_table():
    table = []
    for n in range(256):
        c = n
        for _ in range(8):
            if c & 1:
                c = 0xEDB88320 ^ (c >> 1)
            else:
                c >>= 1
        table.append(c)
    return table


def _crc_hqx_table():
    table = []
    for n in range(256):
        c = n << 8
        for _ in range(8):
            if c & 0x8000:
                c = ((c << 1) ^ 0x1021) & 0xFFFF
            else:
                c = (c << 1) & 0xFFFF
        table.append(c)
    return table


CRC32_TABLE = _crc32_table()
CRC_HQX_TABLE = _crc_hqx_table()


def crc32(data, crc):
    """The CRC-32 of `data` continuing from `crc` (any int: only its low 32
    bits count, as CPython's)."""
    crc = ~crc & 0xFFFFFFFF
    for ch in data:
        crc = CRC32_TABLE[(crc ^ ord(ch)) & 0xFF] ^ (crc >> 8)
    return ~crc & 0xFFFFFFFF


def crc_hqx(data, crc):
    crc &= 0xFFFF
    for ch in data:
        crc = ((crc << 8) & 0xFF00) ^ CRC_HQX_TABLE[(crc >> 8) ^ ord(ch)]
    return crc
