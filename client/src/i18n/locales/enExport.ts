import type { idExport } from './idExport.js';

/** English for the download panel; typed as the Indonesian part, so a missing or extra key does not compile. */
export const enExport: typeof idExport = {
  exportOptions: {
    language: 'Language of headings and labels',
    languageOption: {
      event: 'The event’s language ({{language}})',
      id: 'Bahasa Indonesia',
      en: 'English',
      both: 'Both (Indonesia / English)',
    },
    includeNotForScreen: 'Include cards marked “not for screen”',
    includeNotForScreenHint: 'Usually left out: a facilitator marked them as sensitive.',
  },
  exportProgress: {
    label: '{{format}} download progress',
    steps: 'Download stages',
    step: { scanning: 'Check', generating: 'Make', downloading: 'Download', saved: 'Save' },
    scanning: 'Checking the text for identifying data (NIK, phone, email)…',
    generating: 'Making {{format}} on the server…',
    elapsed: '{{seconds}} s',
    downloading: 'Downloading {{format}}…',
    bytes: '{{received}} of {{total}}',
    saved: 'Saved as',
    cancelled: 'Download cancelled. No file was saved.',
    cancel: 'Cancel download',
  },
};
