import { useEffect } from 'react';
import type { WallMode } from './wallMode.js';

/**
 * Keyboard control for whoever runs the projector laptop (a clicker's arrow keys work too): A all groups, C cycle,
 * G one group, ←/→ previous/next group, K chart, T themes across regions, J join screen, F full screen.
 */
export function useWallKeys(mode: WallMode, setMode: (mode: WallMode) => void, groupIds: readonly string[]): void {
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (event.ctrlKey || event.metaKey || event.altKey) return;
      if (event.target instanceof HTMLInputElement || event.target instanceof HTMLSelectElement) return;
      const step = event.key === 'ArrowRight' || event.key === 'PageDown' ? 1 : event.key === 'ArrowLeft' || event.key === 'PageUp' ? -1 : 0;
      if (step !== 0 && groupIds.length > 0) {
        const current = mode.kind === 'group' ? groupIds.indexOf(mode.groupId) : -1;
        const next = current === -1 ? (step > 0 ? 0 : groupIds.length - 1) : (current + step + groupIds.length) % groupIds.length;
        const groupId = groupIds[next];
        if (groupId) setMode({ kind: 'group', groupId });
        return;
      }
      switch (event.key.toLowerCase()) {
        case 'a':
          setMode({ kind: 'all' });
          break;
        case 'c':
          setMode({ kind: 'cycle' });
          break;
        case 'g':
          if (mode.kind !== 'group' && groupIds[0]) setMode({ kind: 'group', groupId: groupIds[0] });
          break;
        case 'k':
          setMode({ kind: 'chart' });
          break;
        case 't':
          setMode({ kind: 'themes' });
          break;
        case 'j':
          setMode({ kind: 'join' });
          break;
        case 'f':
          void toggleFullscreen();
          break;
        default:
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [mode, setMode, groupIds]);
}

export async function toggleFullscreen(): Promise<void> {
  try {
    if (document.fullscreenElement) await document.exitFullscreen();
    else await document.documentElement.requestFullscreen();
  } catch {
    // Refused (no user gesture, or a browser without it): the wall works the same in a window.
  }
}
