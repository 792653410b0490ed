/**
 * Image forensics: camera make, model and serial numbers, capture and change dates, software and
 * GPS position from EXIF, GPS and maker-note metadata, read with metadata-extractor; what EXIF
 * lacks comes from the XMP packet ({@code ImageXmp}) and PNG text and time chunks. {@link
 * org.istraga.provenance.forensics.image.ImageForensics} is stateless and thread-safe.
 */
package org.istraga.provenance.forensics.image;
