import type { PublicMentor } from '@mentor-finder/matcher';

/**
 * Keeps one programme's mentors (all of them without a programme id). The same list comes back while
 * the input and the programme stay the same, so what is built per list (the search index) holds.
 */
export function programmeMentors(): (mentors: readonly PublicMentor[], programme: string) => readonly PublicMentor[] {
  let last: { from: readonly PublicMentor[]; id: string; list: readonly PublicMentor[] } | undefined;
  return (from, id) => {
    if (!id) return from;
    if (last?.from !== from || last.id !== id) last = { from, id, list: from.filter((mentor) => mentor.programmeId === id) };
    return last.list;
  };
}
