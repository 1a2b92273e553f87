import type { idJoinQr } from './idJoinQr.js';

/** English for joining by QR code; typed as the Indonesian part, so a missing or extra key does not compile. */
export const enJoinQr: typeof idJoinQr = {
  joinQr: {
    scanToJoin: 'Scan to join',
    orType: 'or type',
    joinCode: 'Join code',
    qrOf: 'QR code to join: {{name}}',
    screen: {
      groupsTitle: 'Or scan your group’s code',
      noJoinCodeTitle: 'The join code is missing',
      noJoinCode:
        'This projector link was opened without the join code, so no QR code can be shown. Open the full projector link from the organizer page again (the one with #key=…&join=…).',
    },
    sheet: {
      open: 'Print QR codes (table tents)',
      title: 'QR codes for joining',
      lead: 'One poster for the whole event, then one table tent per group, two tents to an A4 page. Cut each page on the dashed line, then fold each tent on the dotted line so it stands: the code reads from both sides of the table.',
      print: 'Print',
      showScreen: 'Show the join screen',
      closeScreen: 'Close the join screen',
      back: 'Back to the organizer page',
      wholeEvent: 'All groups',
      chooseGroup: 'After scanning, choose your group.',
    },
  },
};
