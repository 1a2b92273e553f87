import { describe, expect, it } from 'vitest';
import type { GroupSession, Phase } from '@rembuk/shared';
import { boardAbilities } from './boardAbilities.js';

const session = (phase: Phase, locked = false): GroupSession => ({
  groupId: 'grp1',
  phase,
  locked,
  timer: { kind: 'idle' },
  votesRevealed: false,
});

describe('boardAbilities', () => {
  it('lets participants write in write, cluster and plan, and vote only in an unlocked vote phase', () => {
    expect(boardAbilities('participant', session('write'))).toMatchObject({ write: true, vote: false, readOnlyBecause: null });
    expect(boardAbilities('participant', session('plan'))).toMatchObject({ write: true, vote: false });
    expect(boardAbilities('participant', session('vote'))).toMatchObject({ write: false, vote: true, readOnlyBecause: 'phase' });
    expect(boardAbilities('participant', session('closed'))).toMatchObject({ write: false, vote: false, readOnlyBecause: 'phase' });
  });

  it('lets participants withdraw their cards until the session closes, but not while the board is locked', () => {
    expect(boardAbilities('participant', session('vote')).withdraw).toBe(true);
    expect(boardAbilities('participant', session('plan')).withdraw).toBe(true);
    expect(boardAbilities('participant', session('closed')).withdraw).toBe(false);
    expect(boardAbilities('participant', session('write', true)).withdraw).toBe(false);
  });

  it('makes a locked board read-only for participants whatever the phase', () => {
    expect(boardAbilities('participant', session('write', true))).toMatchObject({ write: false, readOnlyBecause: 'locked' });
    expect(boardAbilities('participant', session('vote', true))).toMatchObject({ write: false, vote: false });
  });

  it('lets facilitators and organizers write and moderate in every phase, but not vote', () => {
    for (const role of ['facilitator', 'organizer'] as const) {
      expect(boardAbilities(role, session('closed', true))).toEqual({ write: true, withdraw: true, vote: false, moderate: true, readOnlyBecause: null });
    }
  });

  it('treats a participant board as open until the session is known', () => {
    expect(boardAbilities('participant', null)).toMatchObject({ write: true, moderate: false });
  });
});
