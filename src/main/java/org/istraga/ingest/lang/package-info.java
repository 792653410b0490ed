/**
 * Language and script of a text. {@link org.istraga.ingest.lang.ScriptDetector} counts Cyrillic and
 * Latin letters; {@link org.istraga.ingest.lang.LanguageDetector} uses Apache Tika's OpenNLP model
 * (evaluated once, {@code NgramLanguageModel}) and then separates Serbian, Croatian and Bosnian by
 * script and by words only one standard uses. When the model is unsure, as on a few words, {@code
 * FunctionWordVote} names the language by its function words and letters, or names none.
 *
 * <pre>{@code
 * LanguageDetector languages = new LanguageDetector();   // loads the model once per process
 * String code = languages.detect(text);                  // "sr", "en", "hr"... or null
 * String script = ScriptDetector.detect(text);           // "cyrillic", "latin", "mixed"...
 * }</pre>
 */
package org.istraga.ingest.lang;
