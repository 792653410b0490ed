package org.istraga.provenance.forensics.office;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.Date;
import org.apache.poi.hpsf.DocumentSummaryInformation;
import org.apache.poi.hpsf.PropertySet;
import org.apache.poi.hpsf.PropertySetFactory;
import org.apache.poi.hpsf.SummaryInformation;
import org.apache.poi.hslf.usermodel.HSLFComment;
import org.apache.poi.hslf.usermodel.HSLFSlide;
import org.apache.poi.hslf.usermodel.HSLFSlideShow;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.hwpf.HWPFDocument;
import org.apache.poi.hwpf.usermodel.CharacterRun;
import org.apache.poi.hwpf.usermodel.Range;
import org.apache.poi.poifs.filesystem.DirectoryNode;
import org.apache.poi.poifs.filesystem.DocumentInputStream;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.ss.usermodel.Comment;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellAddress;
import org.istraga.provenance.forensics.AnalysisContext;
import org.istraga.provenance.forensics.LenientDates;

/**
 * Reads OLE2 compound documents (doc/xls/ppt, and password-encrypted OOXML, which is stored as an
 * OLE2 container): the SummaryInformation and DocumentSummaryInformation property sets, macro
 * storages, and per format tracked changes and hidden text (Word), hidden sheets and comments
 * (Excel), hidden slides and comments (PowerPoint). Stateless.
 */
final class Ole2Inspector {

  /** FILETIME ticks (100 ns) per minute. */
  private static final long TICKS_PER_MINUTE = 60L * 10_000_000L;

  private Ole2Inspector() {}

  static void inspect(Path file, OfficeFactsBuilder b, AnalysisContext ctx) throws IOException {
    try (POIFSFileSystem fs = new POIFSFileSystem(file.toFile(), true)) {
      DirectoryNode root = fs.getRoot();
      if (root.hasEntryCaseInsensitive("EncryptedPackage")) {
        b.container = "ooxml-encrypted";
        b.encrypted = true;
      } else if (root.hasEntryCaseInsensitive("WordDocument")) {
        b.container = "doc";
      } else if (root.hasEntryCaseInsensitive("Workbook") || root.hasEntryCaseInsensitive("Book")) {
        b.container = "xls";
      } else if (root.hasEntryCaseInsensitive("PowerPoint Document")) {
        b.container = "ppt";
      } else {
        b.container = "ole";
      }
      if (rightsManaged(root)) {
        // IRM: the real content sits encrypted in a DRM stream; the document streams hold only
        // the placeholder shown to readers without a licence. Properties stay readable.
        b.encrypted = true;
        b.rightsManaged = true;
      }
      b.macros =
          root.hasEntryCaseInsensitive("Macros")
              || root.hasEntryCaseInsensitive("_VBA_PROJECT_CUR")
              || root.hasEntryCaseInsensitive("VBA");
      OoxmlInspector.guarded(ctx, "office.summary", () -> summary(root, b));
      if (b.encrypted) {
        return;
      }
      switch (b.container) {
        case "doc" -> OoxmlInspector.guarded(ctx, "office.word", () -> word(fs, b, ctx));
        case "xls" -> OoxmlInspector.guarded(ctx, "office.excel", () -> excel(root, b, ctx));
        case "ppt" ->
            OoxmlInspector.guarded(ctx, "office.powerpoint", () -> powerpoint(root, b, ctx));
        default -> {
          // properties only
        }
      }
    }
  }

  /**
   * True if the DataSpaces storage (named U+0006 DataSpaces, MS-OFFCRYPTO 2.2) maps content to a
   * DRM transform: a data space or transform whose name contains "DRM", or a {@code DRMContent}
   * stream at the root (Office IRM for binary documents).
   */
  static boolean rightsManaged(DirectoryNode root) {
    for (org.apache.poi.poifs.filesystem.Entry e : root) {
      String name = e.getName();
      if (name.contains("DRMContent")) {
        return true;
      }
      if (name.equals("\u0006DataSpaces") && e instanceof DirectoryNode ds) {
        return containsDrmName(ds, 0);
      }
    }
    return false;
  }

  private static boolean containsDrmName(DirectoryNode dir, int depth) {
    for (org.apache.poi.poifs.filesystem.Entry e : dir) {
      if (e.getName().toUpperCase(java.util.Locale.ROOT).contains("DRM")) {
        return true;
      }
      if (depth < 3 && e instanceof DirectoryNode d && containsDrmName(d, depth + 1)) {
        return true;
      }
    }
    return false;
  }

  private static void summary(DirectoryNode root, OfficeFactsBuilder b) throws Exception {
    if (root.hasEntryCaseInsensitive(SummaryInformation.DEFAULT_STREAM_NAME)) {
      PropertySet ps = read(root, SummaryInformation.DEFAULT_STREAM_NAME);
      if (ps instanceof SummaryInformation si) {
        b.title = si.getTitle();
        b.subject = si.getSubject();
        b.author = si.getAuthor();
        b.lastModifiedBy = si.getLastAuthor();
        b.template = si.getTemplate();
        b.revisionNumber = si.getRevNumber();
        long ticks = si.getEditTime();
        b.totalEditTimeMinutes = ticks > 0 ? ticks / TICKS_PER_MINUTE : null;
        b.created = iso(si.getCreateDateTime());
        b.modified = iso(si.getLastSaveDateTime());
        b.lastPrinted = iso(si.getLastPrinted());
        b.application = si.getApplicationName();
      }
    }
    if (root.hasEntryCaseInsensitive(DocumentSummaryInformation.DEFAULT_STREAM_NAME)) {
      PropertySet ps = read(root, DocumentSummaryInformation.DEFAULT_STREAM_NAME);
      if (ps instanceof DocumentSummaryInformation dsi) {
        b.company = dsi.getCompany();
        b.manager = dsi.getManager();
      }
    }
  }

  private static PropertySet read(DirectoryNode root, String name) throws Exception {
    org.apache.poi.poifs.filesystem.Entry entry = root.getEntryCaseInsensitive(name);
    if (!(entry instanceof org.apache.poi.poifs.filesystem.DocumentEntry doc)) {
      return null;
    }
    try (InputStream in = new DocumentInputStream(doc)) {
      return PropertySetFactory.create(in);
    }
  }

  /** A date from an OLE property set; the FILETIME zero (1601) means "never" and is dropped. */
  static String iso(Date d) {
    if (d == null || d.getTime() <= -11644473600000L + 1000) {
      return null;
    }
    return LenientDates.format(d.toInstant().atOffset(java.time.ZoneOffset.UTC));
  }

  private static void word(POIFSFileSystem fs, OfficeFactsBuilder b, AnalysisContext ctx)
      throws IOException {
    HWPFDocument doc = new HWPFDocument(fs.getRoot());
    Range range = doc.getOverallRange();
    int runs = range.numCharacterRuns();
    int max = ctx.limits().maxObjects() * 50;
    int ins = 0;
    int del = 0;
    int hidden = 0;
    boolean prevIns = false;
    boolean prevDel = false;
    boolean prevHidden = false;
    for (int i = 0; i < runs && i < max; i++) {
      CharacterRun run = range.getCharacterRun(i);
      boolean isIns = run.isMarkedInserted();
      boolean isDel = run.isMarkedDeleted();
      boolean isHidden = run.isVanished() && !run.isFldVanished();
      // adjacent runs with the same mark form one change
      if (isIns && !prevIns) {
        ins++;
      }
      if (isDel && !prevDel) {
        del++;
      }
      if (isHidden && !prevHidden && !run.text().isBlank()) {
        hidden++;
      }
      prevIns = isIns;
      prevDel = isDel;
      prevHidden = isHidden;
    }
    if (runs > max) {
      ctx.error("office.word", "more than " + max + " character runs; the rest not inspected");
    }
    b.trackedInsertions = ins;
    b.trackedDeletions = del;
    b.hiddenTextRuns = hidden;
  }

  private static void excel(DirectoryNode root, OfficeFactsBuilder b, AnalysisContext ctx)
      throws IOException {
    try (HSSFWorkbook wb = new HSSFWorkbook(root, false)) {
      b.sheetsInspected = true;
      int comments = 0;
      for (int i = 0; i < wb.getNumberOfSheets(); i++) {
        if (wb.isSheetVeryHidden(i)) {
          b.hiddenSheets.add(new OfficeFacts.HiddenSheet(wb.getSheetName(i), "very_hidden"));
        } else if (wb.isSheetHidden(i)) {
          b.hiddenSheets.add(new OfficeFacts.HiddenSheet(wb.getSheetName(i), "hidden"));
        }
        Sheet sheet = wb.getSheetAt(i);
        for (java.util.Map.Entry<CellAddress, ? extends Comment> e :
            sheet.getCellComments().entrySet()) {
          if (++comments > ctx.limits().maxObjects()) {
            break;
          }
          b.addComment(e.getValue().getAuthor());
        }
      }
      if (b.comments == null) {
        b.comments = 0;
      }
    }
  }

  private static void powerpoint(DirectoryNode root, OfficeFactsBuilder b, AnalysisContext ctx)
      throws IOException {
    try (HSLFSlideShow show = new HSLFSlideShow(root)) {
      b.slidesInspected = true;
      int n = 0;
      b.comments = 0;
      for (HSLFSlide slide : show.getSlides()) {
        n++;
        if (slide.isHidden()) {
          b.hiddenSlides.add(n);
        }
        for (HSLFComment c : slide.getComments()) {
          b.addComment(c.getAuthor());
        }
        if (n > ctx.limits().maxObjects()) {
          break;
        }
      }
    }
  }
}
