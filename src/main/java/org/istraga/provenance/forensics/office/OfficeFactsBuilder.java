package org.istraga.provenance.forensics.office;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** Mutable collector for {@link OfficeFacts}; one per analysis, not thread-safe. */
final class OfficeFactsBuilder {
  String container;
  String title;
  String subject;
  String author;
  String lastModifiedBy;
  String company;
  String manager;
  String template;
  String revisionNumber;
  Long totalEditTimeMinutes;
  String created;
  String modified;
  String lastPrinted;
  String application;
  String appVersion;
  Integer trackedInsertions;
  Integer trackedDeletions;
  final Set<String> trackedChangeAuthors = new LinkedHashSet<>();
  Integer comments;
  final Set<String> commentAuthors = new LinkedHashSet<>();
  final List<OfficeFacts.HiddenSheet> hiddenSheets = new ArrayList<>();
  Integer hiddenTextRuns;
  final List<Integer> hiddenSlides = new ArrayList<>();
  final List<OfficeFacts.Signature> signatures = new ArrayList<>();
  List<String> unsignedParts;
  List<String> unsignedByConvention;
  boolean sheetsInspected;
  boolean slidesInspected;
  boolean macros;
  boolean encrypted;
  boolean rightsManaged;

  void addInsertion(String author) {
    trackedInsertions = (trackedInsertions == null ? 0 : trackedInsertions) + 1;
    addAuthor(trackedChangeAuthors, author);
  }

  void addDeletion(String author) {
    trackedDeletions = (trackedDeletions == null ? 0 : trackedDeletions) + 1;
    addAuthor(trackedChangeAuthors, author);
  }

  void addComment(String author) {
    comments = (comments == null ? 0 : comments) + 1;
    addAuthor(commentAuthors, author);
  }

  void addHiddenTextRun() {
    hiddenTextRuns = (hiddenTextRuns == null ? 0 : hiddenTextRuns) + 1;
  }

  private static void addAuthor(Set<String> set, String author) {
    if (author != null && !author.isBlank() && set.size() < 200) {
      set.add(author.strip());
    }
  }

  static String blankToNull(String s) {
    return s == null || s.isBlank() ? null : s.strip();
  }

  OfficeFacts build() {
    return new OfficeFacts(
        container,
        blankToNull(title),
        blankToNull(subject),
        blankToNull(author),
        blankToNull(lastModifiedBy),
        blankToNull(company),
        blankToNull(manager),
        blankToNull(template),
        blankToNull(revisionNumber),
        totalEditTimeMinutes,
        created,
        modified,
        lastPrinted,
        blankToNull(application),
        blankToNull(appVersion),
        trackedInsertions,
        trackedDeletions,
        trackedChangeAuthors.isEmpty() ? null : List.copyOf(trackedChangeAuthors),
        comments,
        commentAuthors.isEmpty() ? null : List.copyOf(commentAuthors),
        sheetsInspected ? List.copyOf(hiddenSheets) : null,
        hiddenTextRuns,
        slidesInspected ? List.copyOf(hiddenSlides) : null,
        macros,
        encrypted,
        rightsManaged ? Boolean.TRUE : null,
        signatures.isEmpty() ? null : List.copyOf(signatures),
        unsignedParts == null ? null : List.copyOf(unsignedParts),
        unsignedByConvention == null ? null : List.copyOf(unsignedByConvention));
  }
}
