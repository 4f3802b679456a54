import { type PrismaClient } from "./db/client.js";
import { articleLoaders } from "./modules/article/article.data.js";
import { editorialLoaders } from "./modules/editorial/editorial.data.js";
import { entityLoaders } from "./modules/entity/entity.data.js";
import { personLoaders } from "./modules/person/person.data.js";

/**
 * Per-request DataLoaders, one group per module (each module keeps its own beside its SQL): every
 * relation of a list is fetched with one query, whatever the number of parents. `entities` holds
 * those every entity kind has (by id, article counts, co-mentions), generated from the registry.
 */
export function createLoaders(prisma: PrismaClient) {
  return {
    article: articleLoaders(prisma),
    entities: entityLoaders(prisma),
    editorial: editorialLoaders(prisma),
    person: personLoaders(prisma),
  };
}

export type Loaders = ReturnType<typeof createLoaders>;
