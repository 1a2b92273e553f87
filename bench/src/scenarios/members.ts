import type { ClientSpec, ConnectResult } from '../load/workerProtocol.js';
import { mapConcurrent } from '../servers/restClient.js';
import { clientUrl } from '../servers/ServerUnderTest.js';
import type { BenchContext } from './BenchContext.js';

export interface MembersAdded {
  results: ConnectResult[];
  failures: number;
  seconds: number;
}

/**
 * Create `groups` new boards and connect `clients` editing members spread evenly over them; they start editing
 * once all of them are connected, so every edit has its whole group listening.
 */
export async function addMembers(context: BenchContext, clients: number, groups: number): Promise<MembersAdded> {
  const started = performance.now();
  const boards = await context.server.createBoards(groups);
  const sizes = boards.map((_, g) => Math.floor(clients / groups) + (g < clients % groups ? 1 : 0));
  const params = await mapConcurrent(boards.length, 4, (g) => {
    const board = boards[g];
    return board ? context.server.admit(board, sizes[g] ?? 0) : Promise.resolve([]);
  });
  const indices = context.generator.allocateClients(clients);
  const specs: ClientSpec[] = indices.map((index, i) => {
    const g = i % groups;
    const board = boards[g];
    const credentials = params[g]?.[Math.floor(i / groups)];
    if (!board || !credentials) throw new Error('no board or credentials for a client');
    return { index, url: clientUrl(board, credentials), groupSize: sizes[g] ?? 0, edits: true };
  });
  const results = await context.generator.connect(specs);
  context.generator.startEditing();
  const failures = results.filter((result) => !result.ok).length;
  return { results, failures, seconds: (performance.now() - started) / 1000 };
}
