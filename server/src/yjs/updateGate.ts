import * as Y from 'yjs';
import { ALL_CARD_KEYS, CARDS_ROOT, ID_PATTERNS, LIMITS, NESTED_CARD_KEYS, cardsOf, plainFieldProblem, type CardMap } from '@rembuk/shared';

/**
 * The gate every client update passes before it touches a board. A Yjs update is a program against the document:
 * it may put any value type at any key, hide embeds and formatting inside a text, or reference items the server has
 * never seen (Yjs would then keep its structs "pending" forever, serve them in every sync and write them to disk).
 * So the update is decoded and judged as a whole first; a refused update leaves nothing behind, anywhere.
 *
 * The rules that need the board as it will be (text length, card count, what the session allows) are checked after
 * it is applied, by BoardGuard.
 */
export type GateVerdict =
  | {
      ok: true;
      /** The update in canonical form (one run per client): what is applied, stored and broadcast. */
      update: Uint8Array;
      /** Clients whose structs it adds to. */
      clients: number[];
    }
  | { ok: false; refusal: GateRefusal; detail: string };

/** Why an update is refused: it does not decode, cannot be integrated, breaks the schema, or overfills the board. */
export type GateRefusal = 'malformed' | 'incomplete' | 'schema' | 'boardFull';

/** What a shared type is in the board schema. `gone`: its parent was collected, so Yjs discards what lands in it. */
type Role = 'cardsRoot' | 'card' | 'cardText' | 'addresses' | 'gone' | 'foreign';

type Struct = Y.Item | Y.GC | Y.Skip;
type DeleteSet = ReturnType<typeof Y.decodeUpdate>['ds'];

/** Judge `update` against `doc`, which it has not touched. */
export function inspectUpdate(doc: Y.Doc, update: Uint8Array, boardBytes: number): GateVerdict {
  if (boardBytes + update.byteLength > LIMITS.maxBoardBytes) {
    return { ok: false, refusal: 'boardFull', detail: `the board would pass ${LIMITS.maxBoardBytes} bytes` };
  }
  // Re-encoding gives one run of structs per client, in clock order: exactly what Yjs integrates. (A hand-made
  // update may list one client twice; Yjs would keep only the last run, the decoded list would show both.)
  let canonical: Uint8Array;
  let decoded: ReturnType<typeof Y.decodeUpdate>;
  try {
    canonical = Y.mergeUpdates([update, EMPTY_UPDATE]);
    decoded = Y.decodeUpdate(canonical);
  } catch (error) {
    return { ok: false, refusal: 'malformed', detail: `undecodable update${error instanceof Error ? `: ${error.message}` : ''}` };
  }
  const { structs, ds } = decoded;
  const incomplete = missingDependency(doc, structs, ds);
  if (incomplete) return { ok: false, refusal: 'incomplete', detail: incomplete };
  const shape = new ShapeCheck(doc, structs).firstProblem();
  if (shape) return { ok: false, refusal: 'schema', detail: shape };
  return { ok: true, update: canonical, clients: [...new Set(structs.map((struct) => struct.id.client))] };
}

const EMPTY_UPDATE = Y.encodeStateAsUpdate(new Y.Doc());

/**
 * Whether every struct and every deletion of the update can be integrated against `doc`, the way Yjs integrates:
 * per client in clock order, each struct once its origins and parent are known. Repeats until nothing moves, so
 * any order between clients works, and a cycle (A after B, B after A) is found incomplete, as Yjs would leave it.
 */
function missingDependency(doc: Y.Doc, structs: Struct[], ds: DeleteSet): string | null {
  const known = new Map<number, number>();
  const knownClock = (client: number): number => known.get(client) ?? Y.getState(doc.store, client);
  const queues = new Map<number, Struct[]>();
  for (const struct of structs) {
    const queue = queues.get(struct.id.client);
    if (queue) queue.push(struct);
    else queues.set(struct.id.client, [struct]);
  }
  const isKnown = (id: Y.ID | null): boolean => id === null || id.clock < knownClock(id.client);
  let progressed = true;
  while (progressed) {
    progressed = false;
    for (const [client, queue] of queues) {
      while (queue.length > 0) {
        const struct = queue[0] as Struct;
        const end = struct.id.clock + struct.length;
        const clock = knownClock(client);
        if (end <= clock) {
          // Already on the board (a resent sync step): Yjs skips it.
          queue.shift();
          continue;
        }
        if (struct instanceof Y.Skip || struct.id.clock > clock) break;
        if (struct instanceof Y.Item && !(isKnown(struct.origin) && isKnown(struct.rightOrigin) && isKnown(parentId(struct)))) break;
        known.set(client, end);
        queue.shift();
        progressed = true;
      }
    }
  }
  for (const [client, queue] of queues) {
    const first = queue.find((struct) => !(struct instanceof Y.Skip));
    if (first) return `depends on content the server does not have (client ${client}, clock ${first.id.clock})`;
  }
  for (const [client, deletions] of ds.clients) {
    for (const deletion of deletions) {
      if (deletion.clock + deletion.len > knownClock(client)) {
        return `deletes content the server does not have (client ${client}, clock ${deletion.clock})`;
      }
    }
  }
  return null;
}

/** The parent of a struct as decoded: an item id, a root type's name, or null (taken from its neighbours). */
function parentId(item: Y.Item): Y.ID | null {
  const parent = item.parent as unknown;
  return parent instanceof Y.ID ? parent : null;
}

/**
 * Places every new item of the update in the board schema and checks its content there: the cards root holds card
 * maps under card ids; a card holds its known fields (text a Y.Text, addresses a Y.Map, the rest plain values by
 * `plainFieldProblem`); a card's text holds plain strings only (no embeds, formats or types); addresses hold `true`
 * under card ids. Runs only on updates whose dependencies are all known, so every id here resolves.
 */
class ShapeCheck {
  private readonly cards: Y.Map<CardMap>;
  /** The update's items by client, in clock order, to resolve ids that point into the update itself. */
  private readonly byClient = new Map<number, Y.Item[]>();
  private readonly roles = new Map<Y.Item, Role>();

  constructor(
    private readonly doc: Y.Doc,
    private readonly structs: Struct[],
  ) {
    this.cards = cardsOf(doc);
    for (const struct of structs) {
      if (!(struct instanceof Y.Item)) continue;
      const items = this.byClient.get(struct.id.client);
      if (items) items.push(struct);
      else this.byClient.set(struct.id.client, [struct]);
    }
  }

  firstProblem(): string | null {
    for (const struct of this.structs) {
      if (!(struct instanceof Y.Item) || this.isOnBoard(struct)) continue;
      const problem = this.contentProblem(struct);
      if (problem) return problem;
    }
    return null;
  }

  /** Wholly known already (a resent sync step): Yjs skips it, so its content does not matter. */
  private isOnBoard(item: Y.Item): boolean {
    return item.id.clock + item.length <= Y.getState(this.doc.store, item.id.client);
  }

  private contentProblem(item: Y.Item): string | null {
    const { role, key } = this.placement(item);
    const content = item.content;
    if (role === 'gone' || content instanceof Y.ContentDeleted) return null;
    switch (role) {
      case 'foreign':
        return 'writes outside the board schema';
      case 'cardsRoot':
        if (key === null || !ID_PATTERNS.card.test(key)) return 'puts an entry that is not a card id on the board';
        return isType(content, Y.Map) ? null : `card ${key} is not a map`;
      case 'card':
        return cardFieldProblem(key, content);
      case 'cardText':
        if (key !== null) return 'sets an attribute on a card text';
        return content instanceof Y.ContentString ? null : 'puts something other than plain text in a card text';
      case 'addresses':
        if (key === null || !ID_PATTERNS.card.test(key)) return 'links to something that is not a card id';
        return isPlainValue(content) && content.arr[0] === true ? null : 'a link that is not `true`';
    }
  }

  /** Where an item lands: the role of its parent type, and its key there (null for a sequence position). */
  private placement(item: Y.Item): { role: Role; key: string | null } {
    const parent = item.parent as unknown;
    if (typeof parent === 'string') return { role: parent === CARDS_ROOT ? 'cardsRoot' : 'foreign', key: item.parentSub };
    if (parent instanceof Y.ID) return { role: this.roleOfTypeAt(parent), key: item.parentSub };
    // No parent written: Yjs takes its left neighbour's (else its right one's) parent and key.
    const neighbour = item.origin ?? item.rightOrigin;
    if (neighbour === null) return { role: 'gone', key: null };
    const struct = this.find(neighbour);
    if (!(struct instanceof Y.Item)) return { role: 'gone', key: null };
    if (struct.parent instanceof Y.AbstractType) return { role: this.roleOfDocType(struct.parent), key: struct.parentSub };
    return this.placement(struct);
  }

  /** The role of the shared type held by the item at `id` (gone when that item is no type at all). */
  private roleOfTypeAt(id: Y.ID): Role {
    const struct = this.find(id);
    if (!(struct instanceof Y.Item) || !(struct.content instanceof Y.ContentType)) return 'gone';
    if (struct.parent instanceof Y.AbstractType) return this.roleOfDocType(struct.content.type);
    const cached = this.roles.get(struct);
    if (cached) return cached;
    // Mark first: a hand-made parent chain could loop back on itself.
    this.roles.set(struct, 'foreign');
    const { role, key } = this.placement(struct);
    const resolved = childRole(role, key, struct.content.type);
    this.roles.set(struct, resolved);
    return resolved;
  }

  /** The role of a type already on the board, from where it sits. */
  private roleOfDocType(type: Y.AbstractType<unknown>): Role {
    if ((type as unknown) === this.cards) return 'cardsRoot';
    const item = type._item;
    if (item === null || !(item.parent instanceof Y.AbstractType)) return 'foreign';
    return childRole(this.roleOfDocType(item.parent), item.parentSub, type);
  }

  /** The struct holding `id`: in the update if it is new, else on the board. */
  private find(id: Y.ID): Struct | null {
    if (id.clock < Y.getState(this.doc.store, id.client)) return Y.getItem(this.doc.store, id) as Struct;
    const items = this.byClient.get(id.client) ?? [];
    let low = 0;
    let high = items.length - 1;
    while (low <= high) {
      const middle = (low + high) >> 1;
      const item = items[middle] as Y.Item;
      if (id.clock < item.id.clock) high = middle - 1;
      else if (id.clock >= item.id.clock + item.length) low = middle + 1;
      else return item;
    }
    return null;
  }
}

/** What a type is, given the role of its parent and its key there. */
function childRole(parentRole: Role, key: string | null, type: Y.AbstractType<unknown>): Role {
  if (parentRole === 'gone') return 'gone';
  if (parentRole === 'cardsRoot' && key !== null && ID_PATTERNS.card.test(key) && type instanceof Y.Map) return 'card';
  if (parentRole === 'card' && key === NESTED_CARD_KEYS.text && type instanceof Y.Text) return 'cardText';
  if (parentRole === 'card' && key === NESTED_CARD_KEYS.addresses && type instanceof Y.Map) return 'addresses';
  return 'foreign';
}

function cardFieldProblem(key: string | null, content: Y.Item['content']): string | null {
  if (key === null || !ALL_CARD_KEYS.has(key)) return `writes an unknown card field "${(key ?? '').slice(0, 40)}"`;
  if (key === NESTED_CARD_KEYS.text) return isType(content, Y.Text) ? null : 'a card text that is not a Y.Text';
  if (key === NESTED_CARD_KEYS.addresses) return isType(content, Y.Map) ? null : 'card links that are not a Y.Map';
  if (!isPlainValue(content)) return `card field ${key} is not one plain value`;
  const problem = plainFieldProblem(key, content.arr[0]);
  return problem ? `card field ${key}: ${problem}` : null;
}

function isType(content: Y.Item['content'], kind: typeof Y.Map | typeof Y.Text): boolean {
  return content instanceof Y.ContentType && content.type.constructor === kind;
}

/** One JSON-like value, as `map.set(key, value)` writes it. */
function isPlainValue(content: Y.Item['content']): content is Y.ContentAny {
  return content instanceof Y.ContentAny && content.arr.length === 1;
}
