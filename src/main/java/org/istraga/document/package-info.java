/**
 * The document model shared by ingest, index, search, findings and export.
 *
 * <p>A {@link org.istraga.document.DocumentRecord} is one distinct content (one SHA-256) with every
 * place it was found ({@link org.istraga.document.Occurrence}: a file path, or {@code
 * container!/entry} for embedded children), its text with page boundaries (map offsets with
 * {@link org.istraga.document.PageMap}), metadata, entities, forensic flags and its {@link
 * org.istraga.document.ExtractionStatus}. Records serialize to stable snake_case JSON, which is
 * what the index stores and what {@code --json} prints.
 */
package org.istraga.document;
