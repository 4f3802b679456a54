// Relay Global Object Identification: node(id:), nodes(ids:), and the `id` of the keyed kinds.
import { type GraphQLResolveInfo } from "graphql";
import { Arg, type ClassType, Ctx, FieldResolver, ID, Info, Query, Resolver, Root } from "type-graphql";
import { type Context } from "../../context.js";
import { UserInputError } from "../../errors.js";
import { MAX_NODE_IDS } from "../../limits.js";
import { articleSelect, loadArticles } from "../article/article.data.js";
import { Article } from "../article/article.type.js";
import { type Kind } from "../entity/registry.js";
import { asNode, Node } from "../shared/node.type.js";
import { Selection } from "../shared/selection.js";
import { KEYED_KINDS, nodeIdOf, parseNodeId } from "./node-id.js";

/**
 * The objects the ids name, in their order, null where nothing has that id. UUIDs are looked up
 * as articles, authors and persons at once (one statement each for all ids), keys through their
 * kind's per-request loader.
 */
async function findNodes(ids: string[], argument: (i: number) => string, ctx: Context, info: GraphQLResolveInfo) {
  const parsed = ids.map((id, i) => {
    const target = parseNodeId(id);
    if (!target) throw new UserInputError(argument(i), `"${id.slice(0, 100)}" is not an id of this API`);
    return target;
  });
  const uuids = parsed.flatMap((target) => ("uuid" in target ? [target.uuid] : []));
  const { authors, persons } = ctx.loaders.entities;
  const [articles, authorRows, personRows] = await Promise.all([
    loadArticles(ctx.prisma, uuids, articleSelect(Selection.of(info).names())),
    authors.byId.loadMany(uuids),
    persons.byId.loadMany(uuids),
  ]);
  const byUuid = new Map<string, object>();
  for (const article of articles) byUuid.set(article.id, asNode(Article.name, article));
  for (const [typeName, rows] of [
    ["Author", authorRows],
    ["Person", personRows],
  ] as const) {
    for (const row of rows) {
      if (row instanceof Error) throw row;
      if (row) byUuid.set(row.id, asNode(typeName, row));
    }
  }
  return Promise.all(
    parsed.map(async (target) => {
      if ("uuid" in target) return byUuid.get(target.uuid) ?? null;
      const loader = ctx.loaders.entities[target.kind.name].byId as { load(key: string): Promise<object | null> };
      const entity = await loader.load(target.key);
      return entity && asNode(target.kind.type.name, entity);
    }),
  );
}

@Resolver()
export class NodeResolver {
  @Query(() => Node, {
    nullable: true,
    description: "The object with this id, of any type (Relay); null when there is none.",
  })
  async node(@Arg("id", () => ID) id: string, @Ctx() ctx: Context, @Info() info: GraphQLResolveInfo) {
    return (await findNodes([id], () => "id", ctx, info))[0];
  }

  @Query(() => [Node], {
    nullable: "items",
    description: `The objects with these ids (at most ${MAX_NODE_IDS}), in their order; null where there is none.`,
  })
  nodes(@Arg("ids", () => [ID]) ids: string[], @Ctx() ctx: Context, @Info() info: GraphQLResolveInfo) {
    if (ids.length > MAX_NODE_IDS) throw new UserInputError("ids", `at most ${MAX_NODE_IDS} ids, not ${ids.length}`);
    return findNodes(ids, (i) => `ids[${i}]`, ctx, info);
  }
}

/** `id` of a keyed kind ("Country:JP"); the UUID kinds serve their own. */
function nodeIdResolver(kind: Kind) {
  @Resolver(() => kind.type)
  class NodeIdOf {
    @FieldResolver(() => ID, {
      description: `Globally unique, stable id ("${kind.type.name}:" and its key), for node(id:) and client caches.`,
    })
    id(@Root() entity: object) {
      return nodeIdOf(kind, entity);
    }
  }
  return NodeIdOf;
}

export const NODE_RESOLVERS: ClassType[] = [NodeResolver, ...KEYED_KINDS.map(nodeIdResolver)];
