import 'i18next';
import type { DomainLabels } from '@rembuk/shared';
import type { Messages } from './locales/id.js';

// Typed keys: a t('…') call with a key missing from the Indonesian catalog does not compile.
declare module 'i18next' {
  interface CustomTypeOptions {
    defaultNS: 'app';
    resources: {
      app: Messages;
      domain: DomainLabels;
    };
    returnNull: false;
  }
}
