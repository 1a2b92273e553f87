/** The roles a connection can hold: with transports and close codes, the only label values of `GET /metrics`. */
export const CONNECTION_ROLES = ['participant', 'facilitator', 'projector', 'organizer'] as const;
export type ConnectionRole = (typeof CONNECTION_ROLES)[number];
export type RoleCounts = Record<ConnectionRole, number>;

export function emptyRoleCounts(): RoleCounts {
  return { participant: 0, facilitator: 0, projector: 0, organizer: 0 };
}
