import { toPublicEvent } from '../events/eventViews.js';
import type { StoredEvent } from '../storage/Storage.js';
import type { EventOutcomes } from './eventOutcomes.js';

/**
 * The machine-readable export: the event's public description and every card, with stable ids so that links
 * between actions and challenges survive. Carries no key, join code or author data (there is none to carry).
 */
export function renderJson({ event, generatedAt, groups }: EventOutcomes): string {
  return JSON.stringify(
    {
      format: 'rembuk.event.v1',
      generatedAt: generatedAt.toISOString(),
      event: eventDescription(event),
      groups: groups.map(({ group, board }) => ({
        id: group.id,
        name: group.name,
        challenges: board.challenges,
        actions: board.actions,
      })),
    },
    null,
    2,
  );
}

/** The public description without the group list (groups follow, each with its cards). */
function eventDescription(event: StoredEvent): Omit<ReturnType<typeof toPublicEvent>, 'groups'> {
  const { groups: _groups, ...description } = toPublicEvent(event);
  return description;
}
