import { toPublicEvent } from '../events/eventViews.js';
import type { StoredEvent } from '../storage/Storage.js';
import type { EventOutcomes } from './eventOutcomes.js';
import { buildReportModel } from './reportModel.js';

/**
 * The machine-readable export: the event's public description and every card with its votes and priority, with
 * stable ids so that links between actions and challenges survive. Labels are not translated (values are the
 * board's keys), so the language option does not apply. Carries no key, join code or author data (there is none
 * to carry), and per group only a count of seated devices.
 */
export function renderJson(outcomes: EventOutcomes): string {
  const { regions } = buildReportModel(outcomes, outcomes.event.language);
  return JSON.stringify(
    {
      format: 'rembuk.event.v1',
      generatedAt: outcomes.generatedAt.toISOString(),
      includesNotForScreen: outcomes.includesNotForScreen,
      event: eventDescription(outcomes.event),
      groups: outcomes.groups.map(({ group }, index) => ({
        id: group.id,
        name: group.name,
        participants: regions[index]!.participants,
        challenges: regions[index]!.challenges.map((row) => ({ ...row.card, votes: row.votes, priority: row.priority })),
        actions: regions[index]!.actions.map((row) => ({ ...row.card, votes: row.votes, priority: row.priority })),
      })),
      // Themes across regions: approved only, or all with their state, as the organizer chose.
      ...(outcomes.themes ? { themes: { scope: outcomes.themes.scope, items: outcomes.themes.list } } : {}),
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
