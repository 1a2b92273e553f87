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
      event: {
        id: event.id,
        title: event.title,
        date: event.date,
        place: event.place,
        timeZone: event.timeZone,
        language: event.language,
        categories: event.categories,
      },
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
