import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { GroupInfo } from '@rembuk/shared';
import { LanguageSwitch } from '../../components/LanguageSwitch.js';
import { toggleFullscreen } from './useWallKeys.js';
import { WALL_MODE_KINDS, type WallMode } from './wallMode.js';

/** The controls fade out when the mouse rests: the audience sees the wall, not the buttons. */
const CONTROLS_VISIBLE_MS = 3_000;

interface WallControlsProps {
  mode: WallMode;
  setMode: (mode: WallMode) => void;
  groups: readonly GroupInfo[];
}

export function WallControls({ mode, setMode, groups }: WallControlsProps) {
  const { t } = useTranslation();
  const visible = useRecentPointer(CONTROLS_VISIBLE_MS);
  const choose = (kind: WallMode['kind']) => {
    if (kind === 'group') {
      const first = groups[0];
      if (first) setMode({ kind: 'group', groupId: mode.kind === 'group' ? mode.groupId : first.id });
    } else {
      setMode({ kind });
    }
  };
  return (
    <nav className={`wall-controls${visible ? ' wall-controls--visible' : ''}`} aria-label={t('wall.viewsLabel')} data-testid="wall-controls">
      <div className="wall-controls-row" role="group" aria-label={t('wall.viewsLabel')}>
        {WALL_MODE_KINDS.map((kind) => (
          <button key={kind} type="button" aria-pressed={mode.kind === kind} data-testid={`wall-view-${kind}`} onClick={() => choose(kind)}>
            {t(`wall.views.${kind}`)}
          </button>
        ))}
        {mode.kind === 'group' && (
          <label className="wall-group-choice">
            <span className="visually-hidden">{t('wall.chooseGroup')}</span>
            <select value={mode.groupId} data-testid="wall-group-select" onChange={(event) => setMode({ kind: 'group', groupId: event.target.value })}>
              {groups.map((group) => (
                <option key={group.id} value={group.id}>
                  {group.name}
                </option>
              ))}
            </select>
          </label>
        )}
        <button type="button" onClick={() => void toggleFullscreen()}>
          {t('wall.fullscreen')}
        </button>
        <LanguageSwitch />
      </div>
      <p className="wall-keys">{t('wall.keys')}</p>
    </nav>
  );
}

/** True for a while after the pointer moved (CSS keeps them visible while focus is inside). */
function useRecentPointer(durationMs: number): boolean {
  const [visible, setVisible] = useState(true);
  useEffect(() => {
    let timer = setTimeout(() => setVisible(false), durationMs);
    const wake = () => {
      setVisible(true);
      clearTimeout(timer);
      timer = setTimeout(() => setVisible(false), durationMs);
    };
    // Keys do not wake them: a clicker's arrow keys change the view without showing buttons to the room.
    window.addEventListener('pointermove', wake);
    return () => {
      clearTimeout(timer);
      window.removeEventListener('pointermove', wake);
    };
  }, [durationMs]);
  return visible;
}
