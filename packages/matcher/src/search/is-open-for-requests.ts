/**
 * Free places > 0, accepting requests and status `active`. A full record counts
 * `maxMentees - currentMentees`; a public record, which hides the count, says `capacity.status`.
 */
export function isOpenForRequests(record: Readonly<Record<string, unknown>>): boolean {
  const capacity = record.capacity;
  if (record.status !== 'active' || !capacity || typeof capacity !== 'object') return false;
  const { maxMentees, currentMentees, status, acceptingRequests } = capacity as Record<string, unknown>;
  if (acceptingRequests !== true || typeof maxMentees !== 'number') return false;
  const free = typeof currentMentees === 'number' ? maxMentees - currentMentees : status === 'full' ? 0 : maxMentees;
  return free > 0;
}
