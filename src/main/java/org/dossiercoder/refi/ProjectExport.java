package org.dossiercoder.refi;

import java.io.IOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.dossiercoder.Project;
import org.dossiercoder.coding.CaseCodes;
import org.dossiercoder.coding.SegmentCoding;
import org.dossiercoder.ingest.CaseRecord;
import org.dossiercoder.review.EffectiveCodings;
import org.dossiercoder.store.CodingStore;
import org.dossiercoder.store.Decision;
import org.dossiercoder.store.DecisionAction;
import org.dossiercoder.store.DecisionScope;
import org.dossiercoder.store.StoredSegment;

/**
 * A coded project as REFI-QDA records: the documents as indexed (redacted where the run
 * redacted), the codings as they stand after researchers' decisions, each with its coder, the
 * case attributes and effective case-level codes, and the decisions' memos.
 */
public final class ProjectExport {
  private ProjectExport() {}

  /**
   * The records of a project.
   *
   * <p>Automatic codings that count (including proposals a researcher accepted) are coded by the
   * user {@value CodingStore#AUTO_CODER}, on the whole sentence; hand-made codings by their coder,
   * on their span, sentence or document, with their memo. Rejected proposals are left out.
   */
  public static QdaProject of(Project project, String name) throws IOException {
    CodingStore store = project.store();
    EffectiveCodings.Result effective = project.effective();
    List<QdaSource> sources = new ArrayList<>();
    Set<String> exported = new LinkedHashSet<>();
    for (StoredSegment s : store.segments().values()) {
      if (exported.contains(s.docId())) {
        continue;
      }
      String text = store.documentText(s.docId());
      if (text != null) {
        exported.add(s.docId());
        sources.add(new QdaSource(s.docId(), s.caseId(), s.docId(), text.replace("\r", ""), null));
      }
    }
    Set<String> users = new LinkedHashSet<>();
    users.add(CodingStore.AUTO_CODER);
    List<QdaCoding> codings = new ArrayList<>();
    Set<String> seen = new LinkedHashSet<>();
    for (SegmentCoding c : effective.codings()) {
      if (!c.counted() || c.rule().isEmpty() || !exported.contains(c.docId())) {
        continue;
      }
      if (seen.add(c.docId() + "#" + c.start() + "#" + c.column())) {
        codings.add(new QdaCoding(c.docId(), c.start(), c.end(), c.codebook(), c.code(), CodingStore.AUTO_CODER, null,
            null));
      }
    }
    Map<String, StoredSegment> segments = store.segments();
    List<QdaNote> notes = new ArrayList<>();
    for (Decision d : store.activeDecisions()) {
      users.add(d.coder());
      Instant when = Instant.parse(d.created());
      String memo = d.memo().isEmpty() ? null : d.memo();
      if (d.action() == DecisionAction.ADD && exported.contains(d.docId())) {
        StoredSegment seg = segments.get(d.segmentKey());
        if (d.scope() == DecisionScope.DOCUMENT || seg == null) {
          codings.add(new QdaCoding(d.docId(), null, null, d.codebook(), d.code(), d.coder(), when, memo));
        } else if (d.scope() == DecisionScope.SPAN) {
          codings.add(new QdaCoding(d.docId(), seg.start() + d.start(), seg.start() + d.end(), d.codebook(), d.code(),
              d.coder(), when, memo));
        } else {
          codings.add(new QdaCoding(d.docId(), seg.start(), seg.end(), d.codebook(), d.code(), d.coder(), when, memo));
        }
      } else if (memo != null && exported.contains(d.docId())) {
        notes.add(new QdaNote("decision-" + d.id(), d.action().key() + " " + d.column(), memo, d.coder(), when,
            QdaNote.Target.SOURCE, d.docId()));
      } else if (memo != null) {
        notes.add(new QdaNote("decision-" + d.id(), d.caseId() + ": " + d.action().key() + " " + d.column(), memo,
            d.coder(), when, QdaNote.Target.PROJECT, null));
      }
    }
    CaseCodes codes = effective.caseCodes();
    List<QdaCase> cases = new ArrayList<>();
    for (CaseRecord c : project.corpus().cases()) {
      List<String> holding = new ArrayList<>();
      for (String column : project.codebooks().topLevelColumns()) {
        if (codes.value(c.caseId(), column) == 1) {
          holding.add(column);
        }
      }
      Map<String, String> vars = new LinkedHashMap<>();
      project.corpus().attributeNames().forEach(a -> vars.put(a, c.attribute(a)));
      cases.add(new QdaCase(c.caseId(), vars, holding));
    }
    List<QdaUser> userList = users.stream().map(u -> new QdaUser(u, u)).toList();
    return new QdaProject(name, project.codebooks().list(), userList, sources, cases, codings, notes);
  }
}
