import type { RecordOf } from '../../../shared/contract/recordKinds';
import type { Store } from '../repos/store';
import type { ChangeRecorder } from './changes';
import type { HandlerContext } from './context';

/**
 * Remembers an import's mapping with the meeting, in the import's transaction: a person given a
 * role is written (or revived, or given the new role), one whose role was cleared is
 * soft-deleted, so the mapping the next import starts from is the one this import used.
 * `remembered` is the meeting's mapping as the import read it, removed rows included.
 */
export function rememberPeople(
  store: Store,
  change: ChangeRecorder,
  context: HandlerContext,
  { meetingId, remembered, given: people }: { meetingId: string; remembered: readonly RecordOf<'importPeople'>[]; given: Record<string, string> },
): void {
  const table = store.tables.importPeople;
  const known = new Map(remembered.map((mapped) => [mapped.person, mapped]));
  const now = context.now();
  for (const [name, given] of Object.entries(people)) {
    const person = name.trim();
    const role = given.trim();
    const current = known.get(person);
    if (person === '') continue;
    if (current === undefined) {
      if (role === '') continue;
      const saved = table.insert({
        id: context.newId(),
        meetingId,
        createdAt: now,
        updatedAt: now,
        deletedAt: null,
        createdBy: context.deviceId(),
        person,
        role,
      });
      change.record('importPeople', saved, null);
      continue;
    }
    const patch =
      role === ''
        ? current.deletedAt === null
          ? { deletedAt: now }
          : null
        : current.role !== role || current.deletedAt !== null
          ? { role, deletedAt: null }
          : null;
    if (patch === null) continue;
    change.record('importPeople', table.save(current, { ...patch, updatedAt: now }), current);
  }
}
