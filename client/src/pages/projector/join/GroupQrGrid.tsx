import { useRef, type CSSProperties } from 'react';
import { useTranslation } from 'react-i18next';
import type { GroupInfo } from '@rembuk/shared';
import { QrCode } from '../../../components/QrCode.js';
import { useElementSize } from '../../../hooks/useElementSize.js';
import { joinUrl } from '../../../routing/joinUrls.js';
import { fitQrGrid } from './qrGrid.js';

/**
 * Room for a group's name under its code (three lines of the largest name size and a margin), the gap between
 * tiles, and that largest size, in vmin as in joinScreen.css.
 */
const LABEL_VMIN = 9.2;
const GAP_VMIN = 2.2;
const LABEL_SIZE_VMIN = 2.4;
/** A name's type size at most this share of its code's side: about ten letters of bold type across it. */
const LABEL_SIZE_PER_SIDE = 0.15;

/** One QR code per group, the grid shaped so the codes come out as large as the space allows. */
export function GroupQrGrid({ groups, joinCode, origin }: { groups: GroupInfo[]; joinCode: string; origin: string }) {
  const { t } = useTranslation();
  const box = useRef<HTMLUListElement>(null);
  const size = useElementSize(box);
  const vmin = Math.min(window.innerWidth, window.innerHeight) / 100;
  const shape = size ? fitQrGrid(groups.length, size.width, size.height, LABEL_VMIN * vmin, GAP_VMIN * vmin) : null;
  // Until the box is measured the codes have no size; the first layout effect measures it before paint.
  const style = {
    '--qr-columns': shape?.columns ?? 1,
    '--qr-rows': shape?.rows ?? 1,
    '--qr-side': `${Math.floor(shape?.side ?? 0)}px`,
    '--qr-label-size': `${Math.min(LABEL_SIZE_VMIN * vmin, (shape?.side ?? 0) * LABEL_SIZE_PER_SIDE)}px`,
  } as CSSProperties;
  return (
    <ul className="join-screen-groups" ref={box} style={style} data-testid="join-screen-groups">
      {groups.map((group) => (
        <li key={group.id} className="join-screen-group">
          <QrCode
            className="join-screen-group-qr"
            text={joinUrl(origin, joinCode, group.id)}
            label={t('joinQr.qrOf', { name: group.name })}
            testId="join-screen-group-qr"
          />
          <span className="join-screen-group-name">{group.name}</span>
        </li>
      ))}
    </ul>
  );
}
