import type { i18n } from 'i18next';
import { LANGUAGES } from '@rembuk/shared';

/**
 * What staff pages (organizer, QR sheets, facilitator, projector) need beyond a participant's catalog: the
 * Indonesian staff messages (locales/idStaff.ts) and every language at once, since a printed table tent repeats
 * "scan to join" in the other language. English is whole in its own chunk (lazyCatalogs.ts).
 */
export async function loadStaffMessages(instance: i18n): Promise<void> {
  const [{ idStaff }] = await Promise.all([import('./locales/idStaff.js'), instance.loadLanguages([...LANGUAGES])]);
  instance.addResourceBundle('id', 'app', idStaff, true, false);
}
