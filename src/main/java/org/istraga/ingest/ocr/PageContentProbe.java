package org.istraga.ingest.ocr;

import java.awt.geom.Point2D;
import java.io.IOException;
import org.apache.pdfbox.contentstream.PDFGraphicsStreamEngine;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.graphics.image.PDImage;
import org.apache.pdfbox.util.Matrix;

/**
 * Walks one page's content stream (forms included) without rendering it, and records what the
 * page paints: how many images (with the transformation of the last one) and how many vector
 * fills and strokes. A scanned page typically paints exactly one image and nothing else; such a
 * page can be OCR'd from its own image instead of a rendering.
 *
 * <p>Cost: one parse of the content stream; images are not decoded. One instance per page; not
 * thread-safe.
 */
final class PageContentProbe extends PDFGraphicsStreamEngine {

  private int images;
  private int paints;
  private PDImage image;
  private Matrix imageMatrix;
  private final Point2D.Float current = new Point2D.Float();

  PageContentProbe(PDPage page) {
    super(page);
  }

  /** Processes the page. */
  PageContentProbe probe() throws IOException {
    processPage(getPage());
    return this;
  }

  int images() {
    return images;
  }

  int paints() {
    return paints;
  }

  /** The image painted, when exactly one was. */
  PDImage singleImage() {
    return images == 1 ? image : null;
  }

  /** The transformation (image unit square to user space) of {@link #singleImage()}. */
  Matrix imageMatrix() {
    return imageMatrix;
  }

  @Override
  public void drawImage(PDImage pdImage) {
    images++;
    image = pdImage;
    imageMatrix = getGraphicsState().getCurrentTransformationMatrix().clone();
  }

  @Override
  public void appendRectangle(Point2D p0, Point2D p1, Point2D p2, Point2D p3) {
    current.setLocation(p0);
  }

  @Override
  public void clip(int windingRule) {
    // clipping paints nothing
  }

  @Override
  public void moveTo(float x, float y) {
    current.setLocation(x, y);
  }

  @Override
  public void lineTo(float x, float y) {
    current.setLocation(x, y);
  }

  @Override
  public void curveTo(float x1, float y1, float x2, float y2, float x3, float y3) {
    current.setLocation(x3, y3);
  }

  @Override
  public Point2D getCurrentPoint() {
    return current;
  }

  @Override
  public void closePath() {
    // no painting
  }

  @Override
  public void endPath() {
    // no painting
  }

  @Override
  public void strokePath() {
    paints++;
  }

  @Override
  public void fillPath(int windingRule) {
    paints++;
  }

  @Override
  public void fillAndStrokePath(int windingRule) {
    paints++;
  }

  @Override
  public void shadingFill(COSName shadingName) {
    paints++;
  }
}
