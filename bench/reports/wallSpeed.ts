/**
 * What one projector-wall rebuild costs on the server: the wall is rebuilt (at most once a second) whenever a board
 * of the event changes, reading every board of the event. Boards are real Y.Docs filled like the report benchmark's
 * large event (100 cards a group, votes revealed); the event is measured at 10 groups and at 50 (the most an event
 * may have). Prints the median wall and CPU time of a rebuild and the size of the `wall` message each projector
 * receives. Not part of the test command: run `pnpm --filter @rembuk/server bench:wall [-- --runs 30]`.
 */
import { parseArgs } from 'node:util';
import * as Y from 'yjs';
import { addCard, linkActionToChallenge, readBoard, setCardStatus, setChallengeCategory, type CardId, type EventId, type GroupId } from '@rembuk/shared';
import type { StoredEvent } from '../../server/src/storage/Storage.js';
import { buildWallView, type WallSources } from '../../server/src/wall/buildWallView.js';
import { largeEventOutcomes } from './largeEvent.js';

interface Board {
  doc: Y.Doc;
  votes: Record<string, number>;
}

/** A board document with the large event's cards of one group, and its votes under the new card ids. */
function boardFrom(outcome: ReturnType<typeof largeEventOutcomes>['groups'][number]): Board {
  const doc = new Y.Doc();
  const ids = new Map<string, CardId>();
  const votes: Record<string, number> = {};
  for (const card of outcome.board.challenges) {
    const id = addCard(doc, { kind: 'challenge', text: card.text });
    if (card.category) setChallengeCategory(doc, id, card.category);
    setCardStatus(doc, id, card.status);
    ids.set(card.id, id);
    votes[id] = outcome.votes[card.id] ?? 0;
  }
  for (const card of outcome.board.actions) {
    const id = addCard(doc, { kind: 'action', text: card.text });
    for (const challenge of card.addresses) {
      const linked = ids.get(challenge);
      if (linked) linkActionToChallenge(doc, id, linked, true);
    }
  }
  return { doc, votes };
}

async function measure(groupCount: number, runs: number): Promise<void> {
  const outcomes = largeEventOutcomes();
  const groups = Array.from({ length: groupCount }, (_, index) => ({ id: `grp${String(index).padStart(5, '0')}` as GroupId, name: `Kelompok ${index + 1}` }));
  const boards = new Map(groups.map((group, index) => [group.id as string, boardFrom(outcomes.groups[index % outcomes.groups.length]!)]));
  const event = { ...outcomes.event, groups } as StoredEvent;
  const sources: WallSources = {
    readBoard: async (_eventId: EventId, groupId: string) => readBoard(boards.get(groupId)!.doc),
    votesRevealed: () => true,
    voteTotals: async (_eventId: EventId, groupId: string) => boards.get(groupId)!.votes,
  };
  const wall: number[] = [];
  const cpu: number[] = [];
  let bytes = 0;
  for (let run = 0; run <= runs; run += 1) {
    const startCpu = process.cpuUsage();
    const start = performance.now();
    const view = await buildWallView(event, sources);
    const elapsed = performance.now() - start;
    const used = process.cpuUsage(startCpu);
    bytes = Buffer.byteLength(JSON.stringify(view));
    // The first run warms the JIT; the medians are of the rest.
    if (run === 0) continue;
    wall.push(elapsed);
    cpu.push((used.user + used.system) / 1000);
  }
  console.log(`${String(groupCount).padStart(6)}  ${median(wall).toFixed(1).padStart(9)}  ${median(cpu).toFixed(1).padStart(13)}  ${(bytes / 1024).toFixed(0).padStart(10)}`);
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? 0;
}

async function main(): Promise<void> {
  // pnpm passes the `--` that separates its own options on to the script.
  const args = process.argv.slice(2).filter((arg) => arg !== '--');
  const { values } = parseArgs({ args, options: { runs: { type: 'string', default: '30' } } });
  const runs = Math.max(1, Number(values.runs));
  console.log(`wall rebuild, 100 cards a group, ${runs} warm runs`);
  console.log('groups  median ms  median CPU ms  message KB');
  await measure(10, runs);
  await measure(50, runs);
}

await main();
