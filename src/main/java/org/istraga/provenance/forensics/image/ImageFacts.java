package org.istraga.provenance.forensics.image;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import java.util.List;

/**
 * Camera and capture metadata of an image ({@code "image"} section), as written by the camera or
 * the last program that saved it: EXIF first, the XMP packet for what EXIF lacks. EXIF dates carry no time zone unless an offset tag is present;
 * they are reported as local times ({@code 2019-05-01T10:22:03}) with the offset appended when
 * known.
 *
 * @param make camera maker
 * @param model camera model
 * @param bodySerialNumber body serial number (EXIF BodySerialNumber or maker note)
 * @param lensModel lens model
 * @param lensSerialNumber lens serial number
 * @param dateTimeOriginal when the picture was taken
 * @param dateTimeDigitized when it was digitized
 * @param dateTime when the file was last changed (IFD0 DateTime, else XMP ModifyDate, else the PNG
 *     tIME chunk, which is UTC)
 * @param software software named in the file
 * @param artist artist tag
 * @param copyright copyright tag
 * @param gpsLatitude decimal degrees (south negative)
 * @param gpsLongitude decimal degrees (west negative)
 * @param gpsAltitude metres
 * @param width pixel width
 * @param height pixel height
 * @param metadataDirectories metadata blocks present (e.g. {@code Exif IFD0}, {@code XMP})
 */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ImageFacts(
    String make,
    String model,
    String bodySerialNumber,
    String lensModel,
    String lensSerialNumber,
    String dateTimeOriginal,
    String dateTimeDigitized,
    String dateTime,
    String software,
    String artist,
    String copyright,
    Double gpsLatitude,
    Double gpsLongitude,
    Double gpsAltitude,
    Integer width,
    Integer height,
    List<String> metadataDirectories) {}
