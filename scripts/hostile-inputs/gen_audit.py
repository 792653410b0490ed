"""Inputs of the adversarial audit of 2026-11-28 (docs/reliability.md), beyond gen_archives/gen_docs/gen_pdf_mail:
audit-arch  nesting in every container type, tar links and devices, control characters in names,
            ZIP central directory disagreeing with local headers, ZIP64 2^63-byte entry, lying end
            record, 100,000 empty entries, 20,000 identical entries, multi-member gzip (bomb and not)
audit-xml   external entities (file and http to 127.0.0.1:18999), parameter entities, XInclude,
            billion laughs and quadratic blowup in XLSX, PPTX, ODT, FODT, SVG, XHTML, RSS, Atom, plist
audit-pdf   /Count 10^9, cyclic outlines, page-tree and xref loops, huge and negative /Length,
            self-drawing form XObjects, 3,000 incremental updates, 200,000 content references
audit-img   JPEG/PNG/GIF/BMP declaring 50,000+ pixels a side, in files and inside a PDF
usage: gen_audit.py OUT"""
import os, sys, zlib, struct, gzip, bz2, lzma, io, tarfile, zipfile, binascii
def group_audit_arch():
    out = os.path.join(sys.argv[1], "audit-arch")
    def w(name, data):
        p = os.path.join(out, name); os.makedirs(os.path.dirname(p), exist_ok=True)
        open(p, 'wb').write(data if isinstance(data, bytes) else data.encode())
    def zipbytes(entries, method=zipfile.ZIP_DEFLATED):
        b = io.BytesIO()
        with zipfile.ZipFile(b, 'w', method) as z:
            for n, d in entries: z.writestr(n, d)
        return b.getvalue()
    def tarbytes(entries):
        b = io.BytesIO()
        with tarfile.open(fileobj=b, mode='w', format=tarfile.PAX_FORMAT) as t:
            for ti, d in entries:
                t.addfile(ti, io.BytesIO(d) if d is not None else None)
        return b.getvalue()
    def ti(name, data=b'', type=tarfile.REGTYPE, linkname=''):
        t = tarfile.TarInfo(name); t.type = type; t.linkname = linkname; t.size = len(data) if type == tarfile.REGTYPE else 0
        return (t, data if type == tarfile.REGTYPE else None)

    # --- depth in every container type: 16 levels
    bottom = b'bottom of the well marker\n'
    # tar
    d = bottom; n = 'bottom.txt'
    for i in range(16):
        d = tarbytes([ti(n, d)]); n = 'level%d.tar' % i
    w('deep/deep.tar', d)
    # gz (gz of gz of ...)
    d = bottom
    for i in range(16): d = gzip.compress(d)
    w('deep/deep.txt' + '.gz', d)
    # bz2 / xz
    d = bottom
    for i in range(16): d = bz2.compress(d)
    w('deep/deep.bz2', d)
    d = bottom
    for i in range(16): d = lzma.compress(d)
    w('deep/deep.xz', d)
    # eml attaching eml attaching ...
    import email.mime.multipart, email.mime.text, email.mime.message, email.message, email.policy
    msg = email.mime.text.MIMEText('bottom of the well marker')
    msg['Subject'] = 'level bottom'
    for i in range(16):
        outer = email.mime.multipart.MIMEMultipart()
        outer['Subject'] = 'level %d' % i; outer['From'] = 'a@example.org'; outer['To'] = 'b@example.org'
        outer['Message-ID'] = '<l%d@example.org>' % i
        outer.attach(email.mime.text.MIMEText('wrapper %d' % i))
        outer.attach(email.mime.message.MIMEMessage(msg))
        msg = outer
    w('deep/deep.eml', msg.as_bytes())
    # zip-in-tar-in-gz mixed 18 levels
    d = bottom; n = 'bottom.txt'
    for i in range(18):
        k = i % 3
        if k == 0: d = zipbytes([(n, d)]); n = 'l%d.zip' % i
        elif k == 1: d = tarbytes([ti(n, d)]); n = 'l%d.tar' % i
        else: d = gzip.compress(d); n = n + '.gz'
    w('deep/mixed.' + n.split('.')[-1], d)

    # --- tar with links and devices pointing outside
    w('links/links.tar', tarbytes([
        ti('sym-etc', type=tarfile.SYMTYPE, linkname='/etc/passwd'),
        ti('sym-up', type=tarfile.SYMTYPE, linkname='../../../../../tmp/istraga-evil-sym'),
        ti('hard-etc', type=tarfile.LNKTYPE, linkname='/etc/passwd'),
        ti('hard-up', type=tarfile.LNKTYPE, linkname='../../../../etc/shadow'),
        ti('dev-null', type=tarfile.CHRTYPE),
        ti('dev-blk', type=tarfile.BLKTYPE),
        ti('fifo', type=tarfile.FIFOTYPE),
        ti('../../../../tmp/istraga-evil-tar.txt', b'tar slip'),
        ti('/tmp/istraga-evil-tar-abs.txt', b'tar abs'),
        ti('sym-etc/through.txt', b'write through a symlink'),
        ti('ok.txt', b'ordinary tar member marker'),
    ]))
    # --- names: newline, CR, ESC, NUL-ish, RTL, tab, 10,000 chars
    names = ['new\nline.txt', 'carriage\rreturn.txt', 'esc\x1b[31mred\x1b[0m.txt', 'tab\there.txt',
             'rtl\u202etxt.exe', 'bell\x07.txt', 'C:\\Windows\\evil.txt', 'L' * 10000 + '.txt', 'del\x7f.txt', 'nbsp\u00a0\u2028ls.txt']
    w('names/ctrl.zip', zipbytes([(nm, ('content of %d marker' % i).encode()) for i, nm in enumerate(names)]))
    w('names/ctrl.tar', tarbytes([ti(nm, ('tar content of %d marker' % i).encode()) for i, nm in enumerate(names)]))

    # --- CD disagrees with local headers: local name evil, CD name safe; sizes disagree
    def rawzip_mismatch():
        data = b'mismatch data marker'; crc = binascii.crc32(data) & 0xffffffff
        lname = b'../../../../tmp/istraga-evil-local.txt'; cname = b'safe.txt'
        body = struct.pack('<IHHHHHIIIHH', 0x04034b50, 20, 0, 0, 0, 0, crc, len(data), len(data), len(lname), 0) + lname + data
        off2 = len(body)
        data2 = b'second entry marker'; crc2 = binascii.crc32(data2) & 0xffffffff
        body += struct.pack('<IHHHHHIIIHH', 0x04034b50, 20, 0, 0, 0, 0, crc2, len(data2), len(data2), 7, 0) + b'two.txt' + data2
        cd = struct.pack('<IHHHHHHIIIHHHHHII', 0x02014b50, 20, 20, 0, 0, 0, 0, crc, len(data), 1 << 31, len(cname), 0, 0, 0, 0, 0, 0) + cname
        cd += struct.pack('<IHHHHHHIIIHHHHHII', 0x02014b50, 20, 20, 0, 0, 0, 0, crc2, len(data2), len(data2), 7, 0, 0, 0, 0, 0, off2) + b'two.txt'
        return body + cd + struct.pack('<IHHHHIIH', 0x06054b50, 0, 0, 2, 2, len(cd), len(body), 0)
    w('zip/cd-mismatch.zip', rawzip_mismatch())
    # ZIP64 with huge declared sizes (8 EB uncompressed)
    def zip64_huge():
        data = zlib.compressobj(9, zlib.DEFLATED, -15); comp = data.compress(b'\0' * (1 << 20)) + data.flush()
        crc = binascii.crc32(b'\0' * (1 << 20)) & 0xffffffff
        nm = b'huge.bin'
        huge = (1 << 63) - 1
        extra = struct.pack('<HHQQ', 1, 16, huge, len(comp))
        lh = struct.pack('<IHHHHHIIIHH', 0x04034b50, 45, 0, 8, 0, 0, crc, 0xffffffff, 0xffffffff, len(nm), len(extra)) + nm + extra
        body = lh + comp
        cextra = struct.pack('<HHQQQ', 1, 24, huge, len(comp), 0)
        cd = struct.pack('<IHHHHHHIIIHHHHHII', 0x02014b50, 45, 45, 0, 8, 0, 0, crc, 0xffffffff, 0xffffffff, len(nm), len(cextra), 0, 0, 0, 0, 0xffffffff) + nm + cextra
        z64eocd_off = len(body) + len(cd)
        z64 = struct.pack('<IQHHIIQQQQ', 0x06064b50, 44, 45, 45, 0, 0, 1, 1, len(cd), len(body))
        loc = struct.pack('<IIQI', 0x07064b50, 0, z64eocd_off, 1)
        eocd = struct.pack('<IHHHHIIH', 0x06054b50, 0, 0, 0xffff, 0xffff, 0xffffffff, 0xffffffff, 0)
        return body + cd + z64 + loc + eocd
    w('zip/zip64-huge.zip', zip64_huge())
    # ZIP declaring 2^32-1 entries (EOCD lies) with 3 real
    real = zipbytes([('a.txt', b'a marker'), ('b.txt', b'b marker'), ('c.txt', b'c marker')])
    i = real.rfind(b'PK\x05\x06')
    lie = bytearray(real); lie[i+8:i+12] = struct.pack('<HH', 0xffff, 0xffff)
    w('zip/eocd-lie.zip', bytes(lie))
    # zip with 100,000 tiny deflated entries
    b = io.BytesIO()
    with zipfile.ZipFile(b, 'w', zipfile.ZIP_DEFLATED) as z:
        for k in range(100000): z.writestr('t/%06d.txt' % k, b'')
    w('zip/tiny100k.zip', b.getvalue())
    # multi-member gzip bomb: 300 members of 4 MB zeros each = 1.2 GB
    mem = gzip.compress(b'\0' * (4 << 20), 9)
    w('gz/multi.gz', mem * 300)
    # gzip lying ISIZE; gzip with FEXTRA of 64KB and a 1 MB FNAME
    name = b'n' * (1 << 20)
    hdr = b'\x1f\x8b\x08' + bytes([0x08 | 0x04]) + b'\0\0\0\0' + b'\0\xff' + struct.pack('<H', 65535) + b'x' * 65535 + name + b'\0'
    c = zlib.compressobj(9, zlib.DEFLATED, -15); body = c.compress(b'gzip header marker') + c.flush()
    w('gz/bighdr.gz', hdr + body + struct.pack('<II', binascii.crc32(b'gzip header marker') & 0xffffffff, 18))
    # 20,000 identical entries
    with zipfile.ZipFile(os.path.join(out, 'zip/same20k.zip'), 'w', zipfile.ZIP_DEFLATED) as z:
        for k in range(20000): z.writestr('copies/%05d/logo.txt' % k, b'the same logo text in every folder\n')
        z.writestr('unique.txt', b'unique marker')
    w('ok.txt', b'an ordinary file marker\n')

def group_audit_xml():
    out = os.path.join(sys.argv[1], 'audit-xml'); os.makedirs(out, exist_ok=True); secret = os.path.join(sys.argv[1], 'outside-secret.txt'); open(secret, 'w').write('TOP-SECRET-XXE-9931\n')
    SURI = 'file://' + secret
    def w(name, data):
        p = os.path.join(out, name); os.makedirs(os.path.dirname(p), exist_ok=True)
        open(p, 'wb').write(data if isinstance(data, bytes) else data.encode())
    DT = '<!DOCTYPE r [<!ENTITY x SYSTEM "%s"><!ENTITY y SYSTEM "http://127.0.0.1:18999/xxe-probe">' % SURI
    LOL = '<!ENTITY lol "lol">' + ''.join('<!ENTITY lol%d "%s">' % (i, ('&lol%d;' % (i - 1) if i > 1 else '&lol;') * 10) for i in range(1, 10))
    def doctype(root): return '<!DOCTYPE %s [<!ENTITY x SYSTEM "%s"><!ENTITY y SYSTEM "http://127.0.0.1:18999/xxe-probe">%s]>' % (root, SURI, LOL)
    def zipb(entries):
        b = io.BytesIO()
        with zipfile.ZipFile(b, 'w', zipfile.ZIP_DEFLATED) as z:
            for n, d in entries: z.writestr(n, d)
        return b.getvalue()
    CT = '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/>%s</Types>'
    RELS = '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="%s"/></Relationships>'
    XD = '<?xml version="1.0" encoding="UTF-8"?>'
    # XLSX: XXE in sharedStrings and sheet
    def xlsx(where):
        sst = XD + (doctype('sst') if where == 'sst' else '') + '<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" count="1" uniqueCount="1"><si><t>cell before &x; &y; &lol9; after</t></si></sst>' if where == 'sst' else XD + '<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" count="1" uniqueCount="1"><si><t>plain cell</t></si></sst>'
        sheet = XD + (doctype('worksheet') if where == 'sheet' else '') + '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData><row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1" t="inlineStr"><is><t>inline %s</t></is></c></row></sheetData></worksheet>' % ('&x; &lol9;' if where == 'sheet' else 'plain')
        ct = CT % ('<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/><Override PartName="/xl/sharedStrings.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/>')
        if where == 'ct': ct = ct.replace('<Types', doctype('Types') + '<Types', 1)
        wb = XD + (doctype('workbook') if where == 'wb' else '') + '<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets><sheet name="S%s" sheetId="1" r:id="rId1"/></sheets></workbook>' % ('&x;' if where == 'wb' else '')
        return zipb([('[Content_Types].xml', ct), ('_rels/.rels', RELS % 'xl/workbook.xml'), ('xl/workbook.xml', wb),
            ('xl/_rels/workbook.xml.rels', '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/><Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings" Target="sharedStrings.xml"/></Relationships>'),
            ('xl/worksheets/sheet1.xml', sheet), ('xl/sharedStrings.xml', sst),
            ('docProps/core.xml', XD + (doctype('cp:coreProperties') if where == 'core' else '') + '<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/"><dc:title>title %s</dc:title></cp:coreProperties>' % ('&x;' if where == 'core' else ''))])
    for where in ['sst', 'sheet', 'ct', 'wb', 'core']:
        w('xxe/xlsx-%s.xlsx' % where, xlsx(where))
    # PPTX
    def pptx():
        ct = CT % '<Override PartName="/ppt/presentation.xml" ContentType="application/vnd.openxmlformats-officedocument.presentationml.presentation.main+xml"/><Override PartName="/ppt/slides/slide1.xml" ContentType="application/vnd.openxmlformats-officedocument.presentationml.slide+xml"/>'
        pres = XD + '<p:presentation xmlns:p="http://schemas.openxmlformats.org/presentationml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><p:sldIdLst><p:sldId id="256" r:id="rId2"/></p:sldIdLst></p:presentation>'
        slide = XD + doctype('p:sld') + '<p:sld xmlns:p="http://schemas.openxmlformats.org/presentationml/2006/main" xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main"><p:cSld><p:spTree><p:sp><p:txBody><a:p><a:r><a:t>slide before &x; &y; &lol9; after</a:t></a:r></a:p></p:txBody></p:sp></p:spTree></p:cSld></p:sld>'
        return zipb([('[Content_Types].xml', ct), ('_rels/.rels', RELS % 'ppt/presentation.xml'), ('ppt/presentation.xml', pres),
            ('ppt/_rels/presentation.xml.rels', '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/slide" Target="slides/slide1.xml"/></Relationships>'),
            ('ppt/slides/slide1.xml', slide)])
    w('xxe/slide.pptx', pptx())
    # ODT with XXE in content.xml, meta.xml
    def odt(kind='text'):
        mt = 'application/vnd.oasis.opendocument.text'
        content = XD + doctype('office:document-content') + '<office:document-content xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" office:version="1.2"><office:body><office:text><text:p>odt before &x; &y; &lol9; after</text:p></office:text></office:body></office:document-content>'
        meta = XD + doctype('office:document-meta') + '<office:document-meta xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:meta="urn:oasis:names:tc:opendocument:xmlns:meta:1.0"><office:meta><dc:title>meta &x;</dc:title><meta:initial-creator>&lol9;</meta:initial-creator></office:meta></office:document-meta>'
        manifest = XD + doctype('manifest:manifest') + '<manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0"><manifest:file-entry manifest:full-path="/" manifest:media-type="%s"/></manifest:manifest>' % mt
        b = io.BytesIO()
        with zipfile.ZipFile(b, 'w') as z:
            z.writestr(zipfile.ZipInfo('mimetype'), mt)
            z.writestr('content.xml', content); z.writestr('meta.xml', meta); z.writestr('META-INF/manifest.xml', manifest)
            z.writestr('styles.xml', XD + doctype('office:document-styles') + '<office:document-styles xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0">&x;</office:document-styles>')
        return b.getvalue()
    w('xxe/doc.odt', odt())
    # flat ODF (fodt)
    w('xxe/flat.fodt', XD + doctype('office:document') + '<office:document xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" office:mimetype="application/vnd.oasis.opendocument.text"><office:body><office:text><text:p>fodt &x; &lol9;</text:p></office:text></office:body></office:document>')
    # plist, RSS, Atom, XHTML, SVG with lol, KML, GPX, DITA-ish, XSL, docbook
    w('xxe/a.plist', XD + doctype('plist') + '<plist version="1.0"><dict><key>k</key><string>plist &x; &y; &lol9;</string></dict></plist>')
    w('xxe/feed.rss', XD + doctype('rss') + '<rss version="2.0"><channel><title>rss &x;</title><item><title>item &lol9;</title><description>desc &x; &y;</description></item></channel></rss>')
    w('xxe/feed.atom', XD + doctype('feed') + '<feed xmlns="http://www.w3.org/2005/Atom"><title>atom &x; &lol9;</title><entry><title>e &x;</title><content>c &y;</content></entry></feed>')
    w('xxe/page.xhtml', XD + doctype('html') + '<html xmlns="http://www.w3.org/1999/xhtml"><head><title>xhtml &x;</title></head><body><p>body &x; &y; &lol9;</p></body></html>')
    w('xxe/page.html', '<!DOCTYPE html [<!ENTITY x SYSTEM "%s">]><html><body><p>html &x;</p><iframe src="%s"></iframe><img src="%s"></body></html>' % (SURI, SURI, SURI))
    w('xxe/lol.svg', XD + doctype('svg') + '<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink"><text>svg &lol9;</text><image xlink:href="%s"/></svg>' % SURI)
    w('xxe/x.kml', XD + doctype('kml') + '<kml xmlns="http://www.opengis.net/kml/2.2"><Document><name>kml &x; &lol9;</name></Document></kml>')
    w('xxe/xinclude.xml', XD + '<r xmlns:xi="http://www.w3.org/2001/XInclude">xi <xi:include href="%s" parse="text"/> end</r>' % SURI)
    w('xxe/param.xml', XD + '<!DOCTYPE r [<!ENTITY %% p SYSTEM "%s"> %%p;]><r>param entity</r>' % SURI)
    w('xxe/dtd-ext.xml', XD + '<!DOCTYPE r SYSTEM "%s"><r>external dtd</r>' % SURI)
    w('xxe/utf16.xml', ('<?xml version="1.0" encoding="UTF-16"?>' + doctype('r') + '<r>utf16 &x; &lol9;</r>').encode('utf-16'))
    # quadratic blowup: one 100 KB entity referenced 50,000 times (5 GB)
    big = 'A' * 100000
    w('xxe/quadratic.xml', XD + '<!DOCTYPE r [<!ENTITY a "%s">]><r>%s</r>' % (big, '&a;' * 50000))
    # DOCX with quadratic blowup in document.xml
    import shutil
    w('ok.txt', 'ordinary xml group marker\n')

def group_audit_pdf():
    out = os.path.join(sys.argv[1], 'audit-pdf')
    def wi(name, data):
        w(os.path.join('..', 'audit-img', name), data)
    def w(name, data):
        p = os.path.join(out, name); os.makedirs(os.path.dirname(p), exist_ok=True)
        open(p, 'wb').write(data if isinstance(data, bytes) else data.encode('latin-1'))
    def pdf(objs, root=1, trailer_extra=b''):
        b = bytearray(b'%PDF-1.7\n'); offs = []
        for i, o in enumerate(objs):
            offs.append(len(b)); b += b'%d 0 obj\n' % (i + 1) + o + b'\nendobj\n'
        x = len(b)
        b += b'xref\n0 %d\n0000000000 65535 f \n' % (len(objs) + 1)
        for o in offs: b += b'%010d 00000 n \n' % o
        b += b'trailer\n<< /Size %d /Root %d 0 R %s>>\nstartxref\n%d\n%%%%EOF\n' % (len(objs) + 1, root, trailer_extra, x)
        return bytes(b)
    def stream(d, extra=b''):
        return b'<< /Length %d %s >>\nstream\n' % (len(d), extra) + d + b'\nendstream'
    content = stream(b'BT /F1 12 Tf 72 700 Td (Hostile PDF text marker) Tj ET')
    font = b'<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>'
    page = b'<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>'
    # /Count 10^9
    w('count-1e9.pdf', pdf([b'<< /Type /Catalog /Pages 2 0 R >>', b'<< /Type /Pages /Kids [3 0 R] /Count 1000000000 >>', page, content, font]))
    # /Count negative
    w('count-neg.pdf', pdf([b'<< /Type /Catalog /Pages 2 0 R >>', b'<< /Type /Pages /Kids [3 0 R] /Count -5 >>', page, content, font]))
    # cyclic outlines: First -> A, A.Next -> B, B.Next -> A; A.First -> A (child loop)
    w('outline-loop.pdf', pdf([b'<< /Type /Catalog /Pages 2 0 R /Outlines 6 0 R /PageMode /UseOutlines >>', b'<< /Type /Pages /Kids [3 0 R] /Count 1 >>', page, content, font,
        b'<< /Type /Outlines /First 7 0 R /Last 8 0 R /Count 2 >>',
        b'<< /Title (Chapter A) /Parent 6 0 R /Next 8 0 R /First 7 0 R /Last 7 0 R /Count 1 /Dest [3 0 R /Fit] >>',
        b'<< /Title (Chapter B) /Parent 6 0 R /Prev 7 0 R /Next 7 0 R /Dest [3 0 R /Fit] >>']))
    # huge /Length
    w('huge-length.pdf', pdf([b'<< /Type /Catalog /Pages 2 0 R >>', b'<< /Type /Pages /Kids [3 0 R] /Count 1 >>', page,
        b'<< /Length 9223372036854775807 >>\nstream\nBT /F1 12 Tf 72 700 Td (Hostile PDF text marker) Tj ET\nendstream', font]))
    w('neg-length.pdf', pdf([b'<< /Type /Catalog /Pages 2 0 R >>', b'<< /Type /Pages /Kids [3 0 R] /Count 1 >>', page,
        b'<< /Length -2147483648 >>\nstream\nBT /F1 12 Tf 72 700 Td (Hostile PDF text marker) Tj ET\nendstream', font]))
    # Length that is an indirect reference to itself
    w('self-length.pdf', pdf([b'<< /Type /Catalog /Pages 2 0 R >>', b'<< /Type /Pages /Kids [3 0 R] /Count 1 >>', page,
        b'<< /Length 4 0 R >>\nstream\nBT /F1 12 Tf 72 700 Td (Hostile PDF text marker) Tj ET\nendstream', font]))
    # Form XObject that draws itself (recursion)
    w('xobject-loop.pdf', pdf([b'<< /Type /Catalog /Pages 2 0 R >>', b'<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
        b'<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> /XObject << /X 6 0 R >> >> >>',
        stream(b'BT /F1 12 Tf 72 700 Td (Hostile PDF text marker) Tj ET /X Do'), font,
        stream(b'BT /F1 12 Tf 72 600 Td (form) Tj ET /X Do', b'/Type /XObject /Subtype /Form /BBox [0 0 612 792] /Resources << /Font << /F1 5 0 R >> /XObject << /X 6 0 R >> >>')]))
    # Parent loop & Resources inherited loop: page Parent -> itself
    w('parent-self.pdf', pdf([b'<< /Type /Catalog /Pages 2 0 R >>', b'<< /Type /Pages /Kids [3 0 R] /Count 1 /Parent 2 0 R >>',
        b'<< /Type /Page /Parent 3 0 R /MediaBox [0 0 612 792] /Contents 4 0 R >>', content, font]))
    # xref /Prev loop (trailer Prev points to itself)
    base = pdf([b'<< /Type /Catalog /Pages 2 0 R >>', b'<< /Type /Pages /Kids [3 0 R] /Count 1 >>', page, content, font])
    x = int(base.rsplit(b'startxref\n', 1)[1].split(b'\n')[0])
    w('prev-loop.pdf', base.replace(b'/Root 1 0 R ', b'/Root 1 0 R /Prev %d ' % x))
    # endless incremental updates: 3000 updates each redefining object 4
    b = bytearray(base); lastx = x
    for i in range(3000):
        off = len(b)
        b += b'4 0 obj\n' + stream(b'BT /F1 12 Tf 72 700 Td (Revision %d marker) Tj ET' % i) + b'\nendobj\n'
        xr = len(b)
        b += b'xref\n4 1\n%010d 00000 n \ntrailer\n<< /Size 6 /Root 1 0 R /Prev %d >>\nstartxref\n%d\n%%%%EOF\n' % (off, lastx, xr)
        lastx = xr
    w('updates-3000.pdf', bytes(b))
    # object stream containing itself / object stream cyclic (ObjStm that lists object 6 which is in ObjStm 6)
    objstm_data = b'6 0 7 20 ' ; objs_in = b'<< /Type /ObjStm >> << /Type /Pages /Kids [3 0 R] /Count 1 >>'
    # build xref stream PDF by hand: objects 1 (catalog), 3 page, 4 content, 5 font in file; 2 and 6 in objstm 6
    def xrefstream_pdf():
        out = bytearray(b'%PDF-1.7\n'); offs = {}
        def add(n, body):
            offs[n] = len(out); out.extend(b'%d 0 obj\n' % n + body + b'\nendobj\n')
        add(1, b'<< /Type /Catalog /Pages 2 0 R >>')
        add(3, page); add(4, content); add(5, font)
        first = b'2 0 6 60 '
        payload = first + b'<< /Type /Pages /Kids [3 0 R] /Count 1 >>'.ljust(60) + b'<< /Type /ObjStm /N 2 /First 9 /Extends 6 0 R >>'
        comp = zlib.compress(payload)
        add(6, b'<< /Type /ObjStm /N 2 /First %d /Extends 6 0 R /Filter /FlateDecode /Length %d >>\nstream\n' % (len(first), len(comp)) + comp + b'\nendstream')
        xo = len(out)
        rows = b''
        for n in range(8):
            if n == 0: rows += struct.pack('>BIH', 0, 0, 65535)
            elif n in (2,): rows += struct.pack('>BIH', 2, 6, 0)
            elif n == 7: rows += struct.pack('>BIH', 1, xo, 0)
            elif n == 6: rows += struct.pack('>BIH', 2, 6, 1)  # objstm 6 claims to live inside itself
            else: rows += struct.pack('>BIH', 1, offs[n], 0)
        c = zlib.compress(rows)
        out.extend(b'7 0 obj\n<< /Type /XRef /Size 8 /W [1 4 2] /Root 1 0 R /Filter /FlateDecode /Length %d >>\nstream\n' % len(c) + c + b'\nendstream\nendobj\nstartxref\n%d\n%%%%EOF\n' % xo)
        return bytes(out)
    w('objstm-self.pdf', xrefstream_pdf())
    # 200 levels of nested page tree (deep, not cyclic)
    objs = [b'<< /Type /Catalog /Pages 2 0 R >>']
    depth = 3000
    for i in range(depth):
        me = 2 + i; kid = 3 + i
        parent = b'/Parent %d 0 R' % (me - 1) if i else b''
        objs.append(b'<< /Type /Pages /Kids [%d 0 R] /Count 1 %s >>' % (kid, parent))
    objs.append(b'<< /Type /Page /Parent %d 0 R /MediaBox [0 0 612 792] /Contents %d 0 R /Resources << /Font << /F1 %d 0 R >> >> >>' % (depth + 1, depth + 3, depth + 4))
    objs.append(content); objs.append(font)
    w('deep-tree-3000.pdf', pdf(objs))
    # a page whose Contents array has 200,000 refs to the same content stream
    objs = [b'<< /Type /Catalog /Pages 2 0 R >>', b'<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
            b'<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents [' + b' '.join([b'4 0 R'] * 200000) + b'] /Resources << /Font << /F1 5 0 R >> >> >>', content, font]
    w('contents-200k.pdf', pdf(objs))
    # JPEG declaring 65000x65000 (SOF0) then garbage
    def jpeg(wd, ht):
        soi = b'\xff\xd8'
        app0 = b'\xff\xe0' + struct.pack('>H', 16) + b'JFIF\0\x01\x01\0\0\x01\0\x01\0\0'
        dqt = b'\xff\xdb' + struct.pack('>H', 67) + b'\0' + bytes([1] * 64)
        sof = b'\xff\xc0' + struct.pack('>HBHHB', 11, 8, ht, wd, 1) + b'\x01\x11\x00'
        dht = b'\xff\xc4' + struct.pack('>H', 20) + b'\x00' + bytes([1] + [0] * 15) + b'\x00'
        dht2 = b'\xff\xc4' + struct.pack('>H', 20) + b'\x10' + bytes([1] + [0] * 15) + b'\x00'
        sos = b'\xff\xda' + struct.pack('>HB', 8, 1) + b'\x01\x00\x00\x3f\x00'
        return soi + app0 + dqt + sof + dht + dht2 + sos + b'\x00' * 20000 + b'\xff\xd9'
    wi('huge.jpg', jpeg(65000, 65000))
    # PNG 50000x50000 with zero IDAT (header lies)
    def chunk(t, d): return struct.pack('>I', len(d)) + t + d + struct.pack('>I', zlib.crc32(t + d) & 0xffffffff)
    wi('hdr-only.png', b'\x89PNG\r\n\x1a\n' + chunk(b'IHDR', struct.pack('>IIBBBBB', 50000, 50000, 8, 2, 0, 0, 0)) + chunk(b'IDAT', zlib.compress(b'\0' * 100)) + chunk(b'IEND', b''))
    # GIF 65535x65535
    wi('huge.gif', b'GIF89a' + struct.pack('<HH', 65535, 65535) + b'\x80\0\0' + b'\0\0\0\xff\xff\xff' + b',' + struct.pack('<HHHH', 0, 0, 65535, 65535) + b'\0' + b'\x02\x02\x44\x01\0;')
    # BMP 30000x30000 24-bit with tiny data
    wi('huge.bmp', b'BM' + struct.pack('<IHHI', 54 + 100, 0, 0, 54) + struct.pack('<IiiHHIIiiII', 40, 30000, 30000, 1, 24, 0, 100, 2835, 2835, 0, 0) + b'\0' * 100)
    # PDF with a page whose image is a JPEG declaring 65000x65000 (DCTDecode with the real header)
    jp = jpeg(65000, 65000)
    wi('jpeg-in.pdf', pdf([b'<< /Type /Catalog /Pages 2 0 R >>', b'<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
        b'<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R /Resources << /XObject << /Im1 5 0 R >> >> >>',
        stream(b'q 612 0 0 792 0 0 cm /Im1 Do Q'), stream(jp, b'/Type /XObject /Subtype /Image /Width 65000 /Height 65000 /ColorSpace /DeviceGray /BitsPerComponent 8 /Filter /DCTDecode')]))
    # page MediaBox huge (OCR render at 300 dpi of 14400x14400 in = 4.3 Mpx per side)
    wi('huge-mediabox.pdf', pdf([b'<< /Type /Catalog /Pages 2 0 R >>', b'<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
        b'<< /Type /Page /Parent 2 0 R /MediaBox [0 0 14400 14400] /UserUnit 75000 /Contents 4 0 R >>', stream(b'0 0 1 1 re f')]))
    wi('ok.txt', 'ordinary image group marker\n'); w('ok.txt', 'ordinary pdf group marker\n')


for g in (group_audit_arch, group_audit_xml, group_audit_pdf):
    g()
