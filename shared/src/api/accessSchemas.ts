import { z } from 'zod';
import { ID_PATTERNS } from '../ids.js';
import { LIMITS } from '../limits.js';
import { LINK_ROLES } from '../session/roles.js';

/** Body of `POST /api/events/{id}/keys`: a facilitator link (for some groups, or all = lead) or a projector link. */
export const CreateAccessKeyBody = z
  .object({
    role: z.enum(LINK_ROLES),
    label: z.string().trim().max(LIMITS.maxKeyLabelLength).optional(),
    /** Facilitators only: the groups this key runs; omitted for a lead facilitator (all groups). */
    groupIds: z
      .array(z.string().regex(ID_PATTERNS.group))
      .min(1)
      .max(LIMITS.maxGroups)
      .meta({ description: 'Facilitator keys only: the groups it runs (groups of this event). Omitted: a lead facilitator, who runs every group.' })
      .optional(),
  })
  .strict()
  .refine((body) => body.role === 'facilitator' || body.groupIds === undefined, {
    message: 'only facilitator keys are limited to groups',
    path: ['groupIds'],
  });
export type CreateAccessKeyBody = z.infer<typeof CreateAccessKeyBody>;

/** A key as listed to the organizer: never the secret itself. */
export const AccessKeyInfo = z.object({
  id: z.string(),
  role: z.enum(LINK_ROLES),
  label: z.string().nullable(),
  /** null: every group (lead facilitator, projector). */
  groupIds: z
    .array(z.string())
    .nullable()
    .meta({ description: 'The groups a facilitator key runs; null for a lead facilitator and for projector keys.' }),
  createdAt: z.string().meta({ format: 'date-time' }),
  revokedAt: z.string().meta({ format: 'date-time' }).nullable(),
});
export type AccessKeyInfo = z.infer<typeof AccessKeyInfo>;

export interface CreateAccessKeyReply {
  key: AccessKeyInfo;
  /** Shown once; stored only as a hash. */
  secret: string;
}

/**
 * Body of `POST /api/join/{joinCode}/seat`: take a seat in a group. `ticket` is the device's previous ticket, so
 * switching groups keeps the same device id instead of creating a new one (vote budgets are per device and group).
 */
export const TakeSeatBody = z
  .object({
    groupId: z.string().regex(ID_PATTERNS.group),
    ticket: z.string().max(300).meta({ description: 'The device’s previous ticket of this event, to keep its device id.' }).optional(),
  })
  .strict();
export type TakeSeatBody = z.infer<typeof TakeSeatBody>;

/** The participant ticket: the token a device presents on every channel, bound to the event and one device. */
export const TakeSeatReply = z.object({
  ticket: z.string().meta({ description: '`<eventId>.<deviceId>.<signature>`: the token of this device on the Yjs endpoint and socket.io.' }),
  deviceId: z.string().regex(ID_PATTERNS.device),
  groupId: z.string(),
});
export type TakeSeatReply = z.infer<typeof TakeSeatReply>;

/** Body of `PATCH /api/events/{id}`: the organizer's settings. */
export const UpdateEventSettingsBody = z
  .object({
    /** Let participants read (never write) other groups' boards. */
    allowReadingOtherGroups: z.boolean().meta({ description: 'Participants may open other groups’ boards read-only.' }).optional(),
    votesPerParticipant: z.number().int().min(1).max(LIMITS.maxVotes).meta({ description: 'Dots one device may place in its group.' }).optional(),
    votesPerCard: z.number().int().min(1).max(LIMITS.maxVotes).meta({ description: 'Dots one device may place on one card.' }).optional(),
    /** Days after the event's date (or creation) when everything of it is deleted. */
    purgeAfterDays: z.number().int().min(1).max(LIMITS.maxPurgeAfterDays).optional(),
  })
  .strict();
export type UpdateEventSettingsBody = z.infer<typeof UpdateEventSettingsBody>;
