import { type GraphQLResolveInfo } from "graphql";
import { parseResolveInfo, type ResolveTree } from "graphql-parse-resolve-info";

/**
 * What a request selects below a field, with fragments and aliases resolved: lets a resolver fetch
 * only the columns and relations asked for, and count only when `totalCount` is asked for.
 */
export class Selection {
  private constructor(private readonly trees: ResolveTree[]) {}

  static of(info: GraphQLResolveInfo): Selection {
    const tree = parseResolveInfo(info) as ResolveTree | null | undefined;
    return new Selection(tree ? [tree] : []);
  }

  private fields(): ResolveTree[] {
    return this.trees.flatMap((t) => Object.values(t.fieldsByTypeName).flatMap((byAlias) => Object.values(byAlias)));
  }

  /** Names of the fields selected directly below. */
  names(): Set<string> {
    return new Set(this.fields().map((f) => f.name));
  }

  has(name: string): boolean {
    return this.fields().some((f) => f.name === name);
  }

  /** The selection below a child field, all its aliases merged; a dotted path walks down ("edges.node"). */
  child(path: string): Selection {
    return path
      .split(".")
      .reduce<Selection>((s, name) => new Selection(s.fields().filter((f) => f.name === name)), this);
  }
}
