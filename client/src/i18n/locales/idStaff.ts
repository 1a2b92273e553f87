import { idExport } from './idExport.js';
import { idFacilitationStaff } from './idFacilitationStaff.js';
import { idJoinQr } from './idJoinQr.js';
import { idOrganizer } from './idOrganizer.js';
import { idPublicAddress } from './idPublicAddress.js';
import { idThemes } from './idThemes.js';
import { idWall } from './idWall.js';

/**
 * The Indonesian messages of pages only organizers, facilitators and projectors open (create and organizer
 * pages, dashboard and settings, projector wall, QR sheets, the public address warning, export options): part
 * of the `id` catalog's type, but fetched with those pages (i18n/staffMessages.ts deep-merges them into the
 * bundled catalog) so that no participant's phone downloads them.
 */
export const idStaff = {
  ...idOrganizer,
  ...idFacilitationStaff,
  ...idWall,
  ...idJoinQr,
  ...idPublicAddress,
  ...idExport,
  ...idThemes,
};
