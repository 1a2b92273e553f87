import type { idPublicAddress } from './idPublicAddress.js';

/** English for the address phones reach the server by; typed as the Indonesian part. */
export const enPublicAddress: typeof idPublicAddress = {
  publicAddress: {
    localTitle: 'Phones cannot open this address',
    localText:
      'You opened this page at {{address}}, which works on this computer only. So the links and QR codes for participants, facilitators and the projector use {{publicUrl}} instead.',
    noLan:
      'You opened this page at {{address}}, which works on this computer only, and this computer has no network address a phone can reach: the links and QR codes on this page will not open on a phone. Connect it to the venue’s wifi and reload this page, or start the server with REMBUK_PUBLIC_URL.',
    openAt: 'Open this organizer page at an address phones can reach:',
    keyNote: 'These links carry the organizer key: do not show them on screen.',
  },
};
