/**
 * Extraction in forked Apache Tika processes.
 *
 * <p>{@link org.istraga.ingest.tika.TikaConfigWriter} writes the tika-config.xml of a run (Tika's OCR
 * off, PDF incremental updates parsed as children, digests of every child, bomb guards).
 * {@link org.istraga.ingest.tika.PipesExtractor} sends one file at a time to a warm {@code
 * PipesServer} and returns an {@link org.istraga.ingest.tika.Extraction}: one {@link
 * org.istraga.ingest.tika.ExtractedItem} per document (the file and each embedded child, addressed by
 * Tika's embedded id path). Inside the forked process, {@link
 * org.istraga.ingest.tika.PageTextMetadataFilter} reduces XHTML to text plus page offsets, {@link
 * org.istraga.ingest.tika.LimitingUnpackExtractor} enforces the nesting limit, and {@link
 * org.istraga.ingest.tika.SpoolEmitter} writes children's bytes under safe, numbered names.
 */
package org.istraga.ingest.tika;
