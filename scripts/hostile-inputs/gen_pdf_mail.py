import os, sys, zlib, struct, io
out = sys.argv[1]
def w(name, data):
    p = os.path.join(out, name); os.makedirs(os.path.dirname(p), exist_ok=True)
    open(p, 'wb').write(data if isinstance(data, bytes) else data.encode('latin-1'))
def pdf(objs, root=1):
    b = bytearray(b'%PDF-1.7\n'); offs = []
    for i, o in enumerate(objs):
        offs.append(len(b)); b += b'%d 0 obj\n' % (i + 1) + o + b'\nendobj\n'
    x = len(b)
    b += b'xref\n0 %d\n0000000000 65535 f \n' % (len(objs) + 1)
    for o in offs: b += b'%010d 00000 n \n' % o
    b += b'trailer\n<< /Size %d /Root %d 0 R >>\nstartxref\n%d\n%%%%EOF\n' % (len(objs) + 1, root, x)
    return bytes(b)
def stream(d, extra=b''):
    return b'<< /Length %d %s >>\nstream\n' % (len(d), extra) + d + b'\nendstream'
content = stream(b'BT /F1 12 Tf 72 700 Td (Hostile PDF text marker) Tj ET')
font = b'<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>'
# page tree loop: Pages kids -> Pages2 kids -> Pages (loop)
w('pdf/page-loop.pdf', pdf([b'<< /Type /Catalog /Pages 2 0 R >>', b'<< /Type /Pages /Kids [3 0 R 4 0 R] /Count 2 >>',
    b'<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 5 0 R /Resources << /Font << /F1 6 0 R >> >> >>',
    b'<< /Type /Pages /Parent 2 0 R /Kids [2 0 R 4 0 R] /Count 1 >>', content, font]))
# 10,000-level nested array/dict object
deep = b'[' * 10000 + b']' * 10000
deepd = b'<< /A ' * 10000 + b'>>' * 10000
w('pdf/deep-nesting.pdf', pdf([b'<< /Type /Catalog /Pages 2 0 R /Deep 7 0 R /DeepD 8 0 R >>', b'<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    b'<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 5 0 R /Resources << /Font << /F1 6 0 R >> >> >>',
    b'null', content, font, deep, deepd]))
# 100,000 tiny pages (shared content)
n = 100000
objs = [b'<< /Type /Catalog /Pages 2 0 R >>', None, content, font]
kids = []
for i in range(n):
    kids.append(b'%d 0 R' % (5 + i))
    objs.append(b'<< /Type /Page /Parent 2 0 R /MediaBox [0 0 10 10] /Contents 3 0 R /Resources << /Font << /F1 4 0 R >> >> >>')
objs[1] = b'<< /Type /Pages /Kids [' + b' '.join(kids) + b'] /Count %d >>' % n
w('pdf/pages-100k.pdf', pdf(objs))
# image XObject declaring 100000x100000, tiny flate data
img = zlib.compress(b'\0' * 1000)
def imgpage(imgobj):
    return pdf([b'<< /Type /Catalog /Pages 2 0 R >>', b'<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
        b'<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R /Resources << /XObject << /Im1 5 0 R >> >> >>',
        stream(b'q 612 0 0 792 0 0 cm /Im1 Do Q'), imgobj])
w('pdf/huge-image.pdf', imgpage(stream(img, b'/Type /XObject /Subtype /Image /Width 100000 /Height 100000 /ColorSpace /DeviceRGB /BitsPerComponent 8 /Filter /FlateDecode')))
w('pdf/jbig2-garbage.pdf', imgpage(stream(os.urandom(4000), b'/Type /XObject /Subtype /Image /Width 2000 /Height 2000 /ColorSpace /DeviceGray /BitsPerComponent 1 /Filter /JBIG2Decode')))
w('pdf/jpx-garbage.pdf', imgpage(stream(b'\x00\x00\x00\x0cjP  \r\n\x87\n' + os.urandom(4000), b'/Type /XObject /Subtype /Image /Width 3000 /Height 3000 /Filter /JPXDecode')))
w('pdf/jpx-huge.pdf', imgpage(stream(b'', b'/Type /XObject /Subtype /Image /Width 50000 /Height 50000 /Filter /DCTDecode /ColorSpace /DeviceRGB /BitsPerComponent 8')))
# PNG bomb: 50000x50000 grayscale, IDAT zlib of zeros (2.5 GB) -- use 50000x50000 1-bit to keep generation fast
def png(wd, ht, bitdepth=1, colortype=0):
    def chunk(t, d): return struct.pack('>I', len(d)) + t + d + struct.pack('>I', zlib.crc32(t + d) & 0xffffffff)
    row = b'\0' + b'\0' * ((wd * bitdepth + 7) // 8)
    c = zlib.compressobj(9); data = b''
    rows_per = 1000; blk = row * rows_per
    for i in range(ht // rows_per): data += c.compress(blk)
    data += c.flush()
    return b'\x89PNG\r\n\x1a\n' + chunk(b'IHDR', struct.pack('>IIBBBBB', wd, ht, bitdepth, colortype, 0, 0, 0)) + chunk(b'IDAT', data) + chunk(b'IEND', b'')
pngbomb = png(50000, 50000, 8, 0)
w('img/bomb.png', pngbomb)
# TIFF declaring 50000x50000 with one tiny strip
def tiff(wd, ht):
    data = zlib.compress(b'\0' * 100)
    entries = [(256, 4, 1, wd), (257, 4, 1, ht), (258, 3, 1, 8), (259, 3, 1, 8), (262, 3, 1, 1), (273, 4, 1, 8), (277, 3, 1, 1), (278, 4, 1, ht), (279, 4, 1, len(data))]
    ifd_off = 8 + len(data)
    b = b'II*\x00' + struct.pack('<I', ifd_off) + data
    b += struct.pack('<H', len(entries))
    for tag, typ, cnt, val in entries:
        b += struct.pack('<HHI', tag, typ, cnt) + (struct.pack('<HH', val, 0) if typ == 3 else struct.pack('<I', val))
    return b + struct.pack('<I', 0)
w('img/bomb.tif', tiff(50000, 50000))
# PNG bomb embedded in PDF as a FlateDecode image with the same data
w('img/pngbomb-in.pdf', imgpage(stream(zlib.compress(b'\0' * (50001 * 2000)), b'/Type /XObject /Subtype /Image /Width 50000 /Height 50000 /ColorSpace /DeviceGray /BitsPerComponent 8 /Filter /FlateDecode')))
w('img/ok.txt', 'ordinary\n')
w('pdf/ok.txt', 'ordinary\n')
# e-mail
hdr = 'From: a@example.org\r\nTo: b@example.org\r\nSubject: %s\r\nDate: Tue, 14 Mar 2023 09:15:00 +0100\r\nMessage-ID: <%s@example.org>\r\nMIME-Version: 1.0\r\n'
parts = ''.join('--B\r\nContent-Type: text/plain\r\nContent-Disposition: attachment; filename="p%d.txt"\r\n\r\npart %d\r\n' % (i, i) for i in range(10000))
w('mail/parts-10k.eml', hdr % ('many parts', 'm1') + 'Content-Type: multipart/mixed; boundary="B"\r\n\r\n' + parts + '--B--\r\n')
body = 'innermost text\r\n'
for i in range(1000):
    body = 'Content-Type: multipart/mixed; boundary="b%d"\r\n\r\n--b%d\r\n%s\r\n--b%d--\r\n' % (i, i, body if i == 0 else body, i)
w('mail/nested-1000.eml', hdr % ('deep', 'm2') + body)
w('mail/header-10mb.eml', hdr % ('X' * (10 << 20), 'm3') + 'Content-Type: text/plain\r\n\r\nbody of long subject\r\n')
w('mail/xheader-10mb.eml', hdr % ('long x header', 'm4') + 'X-Long: ' + 'Y' * (10 << 20) + '\r\nContent-Type: text/plain\r\n\r\nbody\r\n')
mb = ''.join('From sender%d@example.org Tue Mar 14 09:15:00 2023\nFrom: s%d@example.org\nSubject: msg %d\n\nline %d\n\n' % (i, i, i, i) for i in range(20000))
w('mail/mbox-20k.mbox', mb)
w('mail/ok.txt', 'ordinary\n')
