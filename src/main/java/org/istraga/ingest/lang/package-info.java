/**
 * Language and script of a text. {@link org.istraga.ingest.lang.ScriptDetector} counts Cyrillic and
 * Latin letters; {@link org.istraga.ingest.lang.LanguageDetector} uses Apache Tika's OpenNLP model
 * and then separates Serbian, Croatian and Bosnian by script and by words only one standard uses.
 */
package org.istraga.ingest.lang;
