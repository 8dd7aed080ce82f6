package org.dossiercoder.synth;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import org.apache.tika.exception.TikaException;
import org.apache.tika.io.TikaInputStream;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.parser.AutoDetectParser;
import org.apache.tika.parser.ParseContext;
import org.apache.tika.sax.BodyContentHandler;
import org.xml.sax.SAXException;

/** Extracts text the way dossiercoder does, to prove the written files are readable. */
final class TikaText {

  private TikaText() {}

  static String extract(Path file) throws IOException, TikaException, SAXException {
    AutoDetectParser parser = new AutoDetectParser();
    BodyContentHandler handler = new BodyContentHandler(-1);
    Metadata metadata = new Metadata();
    try (InputStream in = TikaInputStream.get(file, metadata)) {
      parser.parse(in, handler, metadata, new ParseContext());
    }
    return handler.toString();
  }

  /** The text with every run of white space made one space, for comparing wrapped lines. */
  static String flat(String text) {
    return text.replaceAll("\\s+", " ").trim();
  }
}
