import { describe, expect, it } from "vitest";
import { classifyTopics } from "../../src/ingest/topics.js";

describe("classifyTopics", () => {
  it("finds sport in a match report and says why", () => {
    const topics = classifyTopics(
      "Die Mannschaft gewann das Spiel im Finale. Der Trainer lobte die Mannschaft nach dem Sieg im Turnier.",
    );
    expect(topics[0]?.code).toBe("medtop:15000000");
    expect(topics[0]?.triggers).toEqual(expect.arrayContaining(["mannschaft", "trainer"]));
  });
  it("finds economy in a text about tariffs and exports", () => {
    expect(
      classifyTopics("Neue Zölle belasten den Handel. Exporteure fürchten um den Umsatz, die Börse reagiert.")[0]?.code,
    ).toBe("medtop:04000000");
  });
  it("returns nothing for a text without topic words", () => {
    expect(classifyTopics("Heute ist ein Tag wie jeder andere.")).toEqual([]);
  });
  it("returns at most three topics with relevance between 0 and 1, most relevant first", () => {
    const topics = classifyTopics(
      "Minister Regierung Wahl Partei Krieg Soldaten Armee Klima Umwelt Emissionen Schule Lehrer Bildung",
    );
    expect(topics.length).toBeLessThanOrEqual(3);
    for (const t of topics) {
      expect(t.relevance).toBeGreaterThan(0);
      expect(t.relevance).toBeLessThanOrEqual(1);
    }
    expect(topics.map((t) => t.relevance)).toEqual([...topics.map((t) => t.relevance)].sort((a, b) => b - a));
  });
});
