import type { idOnPhone } from './idOnPhone.js';

/** What this phone keeps of an event, and the app's own updates (English). */
export const enOnPhone: typeof idOnPhone = {
  onPhone: {
    savedHere: 'Saved on this phone',
    savedHereHint: 'The changes to this card have not reached the server yet; they are sent when the network returns.',
  },
  forgetEvent: {
    title: 'This event’s data on this phone',
    open: 'Remove this event from this phone',
    explain:
      'The board, changes not yet sent and your seat ticket are removed from this phone. Cards already sent stay on the group’s board.',
    confirm: 'Remove from this phone',
  },
  appUpdate: {
    available: 'A new version of Rembuk is ready.',
    reload: 'Reload',
  },
};
