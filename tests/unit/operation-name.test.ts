import { describe, expect, it } from "vitest";
import { requestedOperationName, singleOperationName } from "../../src/operation-name.js";

describe("the operation a request names", () => {
  it("finds the single named operation, also in documents that do not parse", () => {
    expect(singleOperationName("query Search($q: String!) { search(query: $q) { totalCount } }")).toBe("Search");
    expect(singleOperationName("mutation Remove($id: ID!) { deleteArticle(id: $id) { id } }")).toBe("Remove");
    expect(singleOperationName("# a comment\nfragment F on Article { id } query Page { articles { ...F } }")).toBe(
      "Page",
    );
    expect(singleOperationName("query Unclosed { articles(")).toBe("Unclosed");
    expect(singleOperationName('query Broken { search(query: "unterminated')).toBe("Broken");
  });

  it("names none for anonymous documents, several operations, or keywords used as names", () => {
    expect(singleOperationName("{ __typename }")).toBeUndefined();
    expect(singleOperationName("query { __typename }")).toBeUndefined();
    expect(singleOperationName("query A { __typename } query B { __typename }")).toBeUndefined();
    expect(singleOperationName("{ search(query: $query) { totalCount } }")).toBeUndefined();
    expect(singleOperationName('{ a: search(query: "query Fake") { totalCount } }')).toBeUndefined();
  });

  it("prefers operationName, then the document, then the X-Apollo-Operation-Name header", () => {
    expect(requestedOperationName({ operationName: "Given", query: "query Other { a }" }, "Header")).toBe("Given");
    expect(requestedOperationName({ query: "query Doc { a }" }, "Header")).toBe("Doc");
    expect(requestedOperationName(undefined, "Header")).toBe("Header");
    expect(requestedOperationName({ query: "{ a }" }, undefined)).toBeUndefined();
  });
});
