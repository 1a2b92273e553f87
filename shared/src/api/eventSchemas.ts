import { z } from 'zod';
import { LIMITS } from '../limits.js';
import { DEFAULT_REGION_GROUPS, LANGUAGES, TIME_ZONES } from '../regions.js';
import { isCalendarDate } from './calendarDate.js';
import { DEFAULT_CATEGORIES, EXPORT_FORMATS, EXPORT_LANGUAGES } from './exportFormats.js';
import { JOIN_CODE_ALPHABET, normalizeJoinCode } from './joinCodes.js';
import type { EventId, GroupId, JoinCode } from '../ids.js';

const trimmed = (max: number) => z.string().trim().min(1).max(max);

/** Body of `POST /api/events`. Only `title` is required; groups default to the Indonesian region list. */
export const CreateEventBody = z
  .object({
    title: trimmed(LIMITS.maxTitleLength),
    /** Calendar date of the session, `YYYY-MM-DD`, in the event's time zone. */
    date: z.string().refine(isCalendarDate, 'date must be a real date as YYYY-MM-DD').meta({ format: 'date' }).optional(),
    place: z.string().trim().max(LIMITS.maxTitleLength).optional(),
    timeZone: z.enum(TIME_ZONES).default('WITA'),
    language: z.enum(LANGUAGES).default('id'),
    groups: z
      .array(trimmed(LIMITS.maxGroupNameLength))
      .min(1)
      .max(LIMITS.maxGroups)
      .refine((names) => new Set(names.map((n) => n.toLowerCase())).size === names.length, 'group names must be unique')
      .meta({ default: [...DEFAULT_REGION_GROUPS], description: 'Group names, unique regardless of case.' })
      .optional(),
    categories: z.array(trimmed(60)).min(1).max(30).meta({ default: [...DEFAULT_CATEGORIES] }).optional(),
    /** Days after the event's date (or its creation) when the server deletes it with all its data. */
    purgeAfterDays: z.number().int().min(1).max(LIMITS.maxPurgeAfterDays).meta({ default: 30 }).optional(),
  })
  .strict();
export type CreateEventBody = z.infer<typeof CreateEventBody>;

/**
 * A reply field the server fills with a branded id: a plain string to zod and JSON Schema, the brand to TypeScript.
 * Reply schemas describe (and tests check) what the server sends; they never mint ids, so no transform is needed.
 */
const brandedString = <Id extends string>(schema: z.ZodString = z.string()) => schema as unknown as z.ZodType<Id, string>;

export const GroupInfo = z.object({ id: brandedString<GroupId>(), name: z.string() });
export type GroupInfo = z.infer<typeof GroupInfo>;

/** What anyone holding the join code may know about an event. */
export const PublicEvent = z.object({
  id: brandedString<EventId>(),
  title: z.string(),
  date: z.string().meta({ format: 'date' }).nullable(),
  place: z.string().nullable(),
  timeZone: z.enum(TIME_ZONES),
  language: z.enum(LANGUAGES),
  categories: z.array(z.string()),
  groups: z.array(GroupInfo),
  /** When the server deletes everything of this event (ISO time): participants are told on joining. */
  purgeAt: z.string().meta({ format: 'date-time', description: 'When the server deletes the event and everything of it.' }),
});
export type PublicEvent = z.infer<typeof PublicEvent>;

/** What the organizer sees: the public view plus the join code and the event's settings. */
export const OrganizerEvent = PublicEvent.extend({
  joinCode: brandedString<JoinCode>(z.string().meta({ example: 'K7QM-3XPD' })),
  createdAt: z.string().meta({ format: 'date-time' }),
  settings: z.object({
    allowReadingOtherGroups: z.boolean().meta({ description: 'Participants may open other groups’ boards read-only.' }),
    votesPerParticipant: z.number().int().min(1).max(LIMITS.maxVotes).meta({ description: 'Dots one device may place in its group.' }),
    votesPerCard: z.number().int().min(1).max(LIMITS.maxVotes).meta({ description: 'Dots one device may place on one card.' }),
    purgeAfterDays: z
      .number()
      .int()
      .min(1)
      .max(LIMITS.maxPurgeAfterDays)
      .meta({ description: 'Days after the end of the event’s date (or its creation) when it is deleted.' }),
  }),
});
export type OrganizerEvent = z.infer<typeof OrganizerEvent>;

/** Reply of `POST /api/events` (201). The organizer key is shown once and stored only as a hash. */
export interface CreateEventReply {
  event: OrganizerEvent;
  organizerKey: string;
}


/**
 * Query of `GET /api/events/:id/export`. `lang` defaults to the event's language; cards marked "not for screen"
 * are left out unless the organizer asks for them.
 */
export const ExportQuery = z
  .object({
    format: z.enum(EXPORT_FORMATS).default('md'),
    lang: z
      .enum(EXPORT_LANGUAGES)
      .meta({ description: 'Language of headings and labels; both gives "Tantangan / Challenge". Defaults to the event’s language.' })
      .optional(),
    includeNotForScreen: z
      .enum(['true', 'false'])
      .default('false')
      .meta({ description: 'Include cards a facilitator marked "not for screen".' })
      .transform((value) => value === 'true'),
    themes: z
      .enum(['approved', 'all'])
      .default('approved')
      .meta({ description: 'Themes across regions in the report: only those a lead facilitator approved for the screen, or all with their state (approved, proposed, dismissed).' }),
  })
  .strict();
export type ExportQuery = z.infer<typeof ExportQuery>;

export const JoinCodeParam = z
  .string()
  .transform(normalizeJoinCode)
  .refine((code) => code.length === 8 && [...code].every((c) => JOIN_CODE_ALPHABET.includes(c)), 'not a join code');
