import { describe, expect, it } from 'vitest';
import { allowedAwarenessState } from './awarenessState.js';

describe('allowedAwarenessState', () => {
  it('keeps which card and field a client is editing', () => {
    expect(allowedAwarenessState({ editing: { cardId: 'kartusatu', field: 'partners' } })).toEqual({
      editing: { cardId: 'kartusatu', field: 'partners' },
    });
  });

  it('drops names, colours and every other field', () => {
    const state = { user: { name: 'Melati', color: '#e11d48' }, name: 'Melati', cursor: { anchor: 1 }, editing: { cardId: 'kartusatu', field: 'text' } };
    expect(allowedAwarenessState(state)).toEqual({ editing: { cardId: 'kartusatu', field: 'text' } });
  });

  it('drops an editing value of any other form instead of refusing the state', () => {
    for (const editing of ['kartusatu', { cardId: 'Melati', field: 'text' }, { cardId: 'kartusatu', field: 'status' }, { cardId: 'kartusatu', field: 'text', by: 'Melati' }]) {
      expect(allowedAwarenessState({ editing })).toEqual({});
    }
  });
});
