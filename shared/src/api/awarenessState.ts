import { z } from 'zod';
import { ACTION_TEXT_FIELDS } from '../board/cardFields.js';
import { ID_PATTERNS } from '../ids.js';

/** The fields of a card someone can be typing in. */
export const EDITABLE_FIELDS = ['text', ...ACTION_TEXT_FIELDS] as const;
export type EditableField = (typeof EDITABLE_FIELDS)[number];

/** Which card, and which of its fields, a client is editing. */
export const EditingState = z.object({ cardId: z.string().regex(ID_PATTERNS.card), field: z.enum(EDITABLE_FIELDS) }).strict();
export type EditingState = z.infer<typeof EditingState>;

/**
 * The whole of an awareness state as the server passes it on: at most what one client is editing. Awareness is
 * keyed by the Yjs client id that also marks every item its client writes, so a name, a colour or any other
 * field here could tie cards to a person; the server rewrites every state to this shape (docs/protocol.md,
 * Awareness). Pseudonyms travel only in socket.io presence, which carries no client ids.
 */
export interface AwarenessState {
  editing?: EditingState;
}

/** Keep only what the allow-list holds: an unusable `editing` is dropped rather than refused. */
export function allowedAwarenessState(state: Readonly<Record<string, unknown>>): AwarenessState {
  const editing = EditingState.safeParse(state['editing']);
  return editing.success ? { editing: editing.data } : {};
}
