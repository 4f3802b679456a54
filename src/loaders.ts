import { type PrismaClient } from "./db/client.js";
import { articleLoaders } from "./modules/article/article.data.js";
import { authorLoaders } from "./modules/author/author.data.js";
import { countryLoaders } from "./modules/country/country.data.js";
import { organisationLoaders } from "./modules/organisation/organisation.data.js";
import { placeLoaders } from "./modules/place/place.data.js";
import { topicLoaders } from "./modules/topic/topic.data.js";

/**
 * Per-request DataLoaders, one group per module (each module keeps its own beside its SQL): every
 * relation of a list is fetched with one query, whatever the number of parents.
 */
export function createLoaders(prisma: PrismaClient) {
  return {
    article: articleLoaders(prisma),
    author: authorLoaders(prisma),
    country: countryLoaders(prisma),
    organisation: organisationLoaders(prisma),
    place: placeLoaders(prisma),
    topic: topicLoaders(prisma),
  };
}

export type Loaders = ReturnType<typeof createLoaders>;
