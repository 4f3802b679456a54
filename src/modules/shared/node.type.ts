import { Field, ID, InterfaceType } from "type-graphql";

/** The GraphQL type each object `node`/`nodes` found is, kept beside the object (resolveType reads it). */
const TYPE_OF_NODE = new WeakMap<object, string>();

/** Marks an object as a node of a GraphQL type, for the Node interface's resolveType. */
export function asNode<T extends object>(typeName: string, value: T): T {
  TYPE_OF_NODE.set(value, typeName);
  return value;
}

/** The GraphQL type of an object `asNode` marked: the Node interface's resolveType. */
export const nodeTypeOf = (value: object) => TYPE_OF_NODE.get(value);

@InterfaceType({
  description:
    "An object with a globally unique, stable id (Relay Global Object Identification): `node(id:)` and `nodes(ids:)` fetch it again. Ids are opaque: store them, do not parse them.",
  resolveType: nodeTypeOf,
})
export abstract class Node {
  @Field(() => ID, { description: "Globally unique, stable id." })
  id: string;
}
