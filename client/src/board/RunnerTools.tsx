import type { EventId } from '@rembuk/shared';
import type { BoardConnection } from '../connection/BoardConnection.js';
import { DuplicateSuggestions } from './duplicates/DuplicateSuggestions.js';
import { RunnerBar } from './RunnerBar.js';

interface RunnerToolsProps {
  eventId: EventId;
  connection: BoardConnection;
  /** The group is in the cluster phase: the time to merge duplicates. */
  clustering: boolean;
}

/**
 * What only who runs the group sees on its board: the runner bar (undo, back to the dashboard) and, in the cluster
 * phase, the duplicate suggestions. One chunk, fetched with the staff messages, so no participant's phone loads it.
 */
export function RunnerTools({ eventId, connection, clustering }: RunnerToolsProps) {
  return (
    <>
      <RunnerBar eventId={eventId} />
      {clustering && <DuplicateSuggestions connection={connection} />}
    </>
  );
}
