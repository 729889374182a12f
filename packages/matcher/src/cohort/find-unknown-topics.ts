import type { AnyMentor, Mentee, Programme, Reason } from '../model/index.js';
import { compareCodeUnits } from '../text/compare-code-units.js';
import type { TopicVocabulary } from '../topics/create-topic-vocabulary.js';
import { TOPIC_VOCABULARIES } from '../vocabulary/topics.js';

/**
 * Topics neither in the programme's built-in topic list nor in the host's own vocabulary (the
 * `topicVocabulary` scoring option), by who holds them: goals are never read as them, so they match
 * only the same word held by someone else, and a mistyped form answer or mapping value quietly drops
 * out of the pairing. Nothing is said for a programme whose list is not one of the built-in ones.
 */
export function findUnknownTopics(mentees: readonly Mentee[], mentors: readonly AnyMentor[], programme?: Programme, vocabulary?: TopicVocabulary): Reason[] {
  const name = programme?.vocabularies?.topics;
  const builtIn: readonly string[] | undefined = name !== undefined && Object.hasOwn(TOPIC_VOCABULARIES, name) ? TOPIC_VOCABULARIES[name as keyof typeof TOPIC_VOCABULARIES] : undefined;
  if (!builtIn) return [];
  const known = new Set([...builtIn, ...(vocabulary?.topics ?? [])]);
  const issue = (kind: 'mentor' | 'mentee', people: readonly { id: string; topics?: readonly string[] }[]): Reason[] => {
    const topics = new Set<string>();
    const ids: string[] = [];
    for (const person of people) {
      const unknown = (Array.isArray(person.topics) ? person.topics : []).filter((topic) => typeof topic === 'string' && !known.has(topic));
      if (unknown.length === 0) continue;
      ids.push(person.id);
      for (const topic of unknown) topics.add(topic);
    }
    if (ids.length === 0) return [];
    return [{ code: 'unknown-topic', effect: 'negative', params: { kind, programme: programme!.id, topics: [...topics].sort(compareCodeUnits), ids: ids.sort(compareCodeUnits) } }];
  };
  return [...issue('mentor', mentors), ...issue('mentee', mentees)];
}
