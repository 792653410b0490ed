import os, sys, zlib, struct, gzip, bz2, lzma, io, tarfile, zipfile, binascii
out = sys.argv[1]
os.makedirs(out, exist_ok=True)
def w(name, data):
    p = os.path.join(out, name); os.makedirs(os.path.dirname(p), exist_ok=True)
    open(p, 'wb').write(data)

# 1. overlapping-entry zip bomb: N central entries all pointing at one local header + kernel
def overlap_bomb(n=5000, kernel_size=50 << 20):
    raw = b'\0' * kernel_size
    c = zlib.compressobj(9, zlib.DEFLATED, -15); comp = c.compress(raw) + c.flush()
    crc = binascii.crc32(raw) & 0xffffffff
    name0 = b'k0.txt'
    lh = struct.pack('<IHHHHHIIIHH', 0x04034b50, 20, 0, 8, 0, 0, crc, len(comp), kernel_size, len(name0), 0) + name0
    body = lh + comp
    cd = b''
    for i in range(n):
        nm = ('k%d.txt' % i).encode()
        cd += struct.pack('<IHHHHHHIIIHHHHHII', 0x02014b50, 20, 20, 0, 8, 0, 0, crc, len(comp), kernel_size,
                          len(nm), 0, 0, 0, 0, 0, 0) + nm
    eocd = struct.pack('<IHHHHIIH', 0x06054b50, 0, 0, n, n, len(cd), len(body), 0)
    return body + cd + eocd
w('overlap-bomb.zip', overlap_bomb())

# 2. 42.zip-style: 16 x 16 x 16 x 16 x (1 MB zeros ... ) of modest size
def zipbytes(entries):
    b = io.BytesIO()
    with zipfile.ZipFile(b, 'w', zipfile.ZIP_DEFLATED, compresslevel=9) as z:
        for n, d in entries: z.writestr(n, d)
    return b.getvalue()
leaf = zipbytes([('0.dat', b'\0' * (16 << 20))])
l = leaf
for lvl in range(4):
    l = zipbytes([('lib%d-%d.zip' % (lvl, i), l) for i in range(16)])
w('nested42.zip', l)

# 3. gzip of gzip of zeros
inner = gzip.compress(b'\0' * (1 << 30), 9)
w('zeros.gz.gz', gzip.compress(inner, 9))

# 4. tar.gz declaring a huge file (size field 1 TB, base-256) with little data
def tar_huge():
    hdr = bytearray(512)
    hdr[0:8] = b'huge.bin'
    hdr[100:108] = b'0000644\0'; hdr[108:116] = b'0000000\0'; hdr[116:124] = b'0000000\0'
    size = 1 << 40
    sz = bytearray(12); sz[0] = 0x80; sz[4:12] = size.to_bytes(8, 'big')
    hdr[124:136] = sz
    hdr[136:148] = b'00000000000\0'
    hdr[156:157] = b'0'; hdr[257:263] = b'ustar\0'; hdr[263:265] = b'00'
    hdr[148:156] = b'        '
    chk = sum(hdr); hdr[148:156] = ('%06o\0 ' % chk).encode()
    return bytes(hdr) + b'A' * 4096
w('huge-decl.tar.gz', gzip.compress(tar_huge()))
# GNU sparse file with huge real size
b = io.BytesIO()
with tarfile.open(fileobj=b, mode='w', format=tarfile.GNU_FORMAT) as t:
    ti = tarfile.TarInfo('sparse.bin'); ti.size = 3; t.addfile(ti, io.BytesIO(b'abc'))
raw = bytearray(b.getvalue())
# turn into type 'S' with realsize 1 TB
raw[156:157] = b'S'
real = (1 << 40)
rs = bytearray(12); rs[0] = 0x80; rs[4:12] = real.to_bytes(8, 'big')
raw[483:495] = rs
# one sparse entry at offset 1TB-3, numbytes 3
raw[386:398] = b'%011o\0' % ((1 << 33) - 1) if False else b'77777777777\0'
raw[398:410] = b'00000000003\0'
raw[148:156] = b'        '; chk = sum(raw[:512]); raw[148:156] = ('%06o\0 ' % chk).encode()
w('sparse-huge.tar.gz', gzip.compress(bytes(raw)))

# 5. bzip2 and xz bombs
w('zeros.bz2', bz2.compress(b'\0' * (1 << 30), 9))
w('zeros.xz', lzma.compress(b'\0' * (1 << 30), preset=9))

# 6. ZIP with 200,000 tiny entries (stored, to keep it quick)
b = io.BytesIO()
with zipfile.ZipFile(b, 'w', zipfile.ZIP_STORED) as z:
    for i in range(200000): z.writestr('e/%06d.txt' % i, b'x%d' % i)
w('many200k.zip', b.getvalue())

# 7. ZIP whose entries are all identical
w('identical.zip', zipbytes([('same-%d.txt' % i, b'The same memo about the contract.\n') for i in range(500)]))

# 8. hostile names: written raw
def rawzip(entries):
    body = b''; cd = b''
    for nm, data in entries:
        crc = binascii.crc32(data) & 0xffffffff
        off = len(body)
        body += struct.pack('<IHHHHHIIIHH', 0x04034b50, 20, 0, 0, 0, 0, crc, len(data), len(data), len(nm), 0) + nm + data
        cd += struct.pack('<IHHHHHHIIIHHHHHII', 0x02014b50, 20, 20, 0, 0, 0, 0, crc, len(data), len(data), len(nm), 0, 0, 0, 0, 0, off) + nm
    return body + cd + struct.pack('<IHHHHIIH', 0x06054b50, 0, 0, len(entries), len(entries), len(cd), len(body), 0)
w('names.zip', rawzip([
    (b'/abs/evil-abs.txt', b'absolute'),
    (b'../../../../tmp/evil-dotdot.txt', b'dotdot'),
    (b'nul\x00inside.txt', b'nul byte'),
    (b'bad\xff\xfeutf8.txt', b'invalid utf8'),
    (b'L' * 5000 + b'.txt', b'long 5000'),
    (b'M' * 65000 + b'.txt', b'long 65000'),
    (('\u0416' * 30000 + '.txt').encode('utf-8')[:65530], b'long cyrillic'),
    (b'', b'empty name'),
    (b'dir/', b''),
    (b'.', b'dot'),
]))
# nested long names: zip containing zip with long names -> long display path
inner = rawzip([(b'N' * 30000 + b'.zip', rawzip([(b'O' * 30000 + b'.txt', b'deep long')]))])
w('nested-long-names.zip', inner)
w('ok.txt', b'an ordinary file that must be ok\n')
