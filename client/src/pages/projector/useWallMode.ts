import { useCallback, useState } from 'react';
import { parseWallMode, wallModeSearch, type WallMode } from './wallMode.js';

/** The wall's mode, mirrored into the address without a navigation (the page stays, the view changes). */
export function useWallMode(): [WallMode, (mode: WallMode) => void] {
  const [mode, setModeState] = useState<WallMode>(() => parseWallMode(location.search));
  const setMode = useCallback((next: WallMode) => {
    history.replaceState(null, '', `${location.pathname}${wallModeSearch(next)}`);
    setModeState(next);
  }, []);
  return [mode, setMode];
}
