import { defineKind } from "../shared/entity-kind.js";
import { findTopics, resolveTopicCodes } from "./topic.data.js";
import { Topic } from "./topic.type.js";

export const topicKind = defineKind({
  name: "topics",
  singular: "topic",
  type: Topic,
  idOf: (topic) => topic.code,
  idType: "text",
  verb: "are classified into",
  filter: { shape: "sets", description: 'Topics by code ("medtop:11000000" or "11000000") or German/English label.' },
  coMentioned: false,
  resolveIds: resolveTopicCodes,
  findByIds: findTopics,
});
