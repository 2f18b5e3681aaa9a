package ai.kai.report;

/** One labelled value shown near the top of a report or inside a section: "Run time" → "2.4 s". */
public record ReportFact(String label, String value) {
}
