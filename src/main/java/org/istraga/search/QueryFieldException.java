package org.istraga.search;

import org.apache.lucene.queryparser.classic.ParseException;

/**
 * A query that parses but asks for something impossible: an unknown field, a value a field cannot
 * hold, a range on a tag. Its message is a complete, user-facing sentence with a hint.
 */
final class QueryFieldException extends ParseException {

  private static final long serialVersionUID = 1L;

  QueryFieldException(String message) {
    super(message);
  }
}
