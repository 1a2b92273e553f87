/**
 * Who may do what is decided on the server from the key a connection presents:
 * - organizer: everything in the event (all groups, keys, export, delete);
 * - facilitator: runs and moderates the groups assigned to its key (all groups for a lead facilitator);
 * - participant: writes in the one group its device is assigned to;
 * - projector: reads approved content only, never writes.
 */
export const ROLES = ['organizer', 'facilitator', 'participant', 'projector'] as const;
export type Role = (typeof ROLES)[number];

/** Roles an organizer hands out as links, each with its own revocable key. */
export const LINK_ROLES = ['facilitator', 'projector'] as const;
export type LinkRole = (typeof LINK_ROLES)[number];
