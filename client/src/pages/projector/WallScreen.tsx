import { useMemo, useSyncExternalStore, type CSSProperties } from 'react';
import { useTranslation } from 'react-i18next';
import type { GroupId, GroupInfo, PublicEvent, SessionView, WallGroup, WallView } from '@rembuk/shared';
import type { ProjectorFeed } from '../../connection/ProjectorFeed.js';
import { TypedUrl } from '../../components/TypedUrl.js';
import { useEventLanguage } from '../../hooks/useEventLanguage.js';
import { useSessionView } from '../../hooks/useSession.js';
import { joinUrl } from '../../routing/joinUrls.js';
import { Countdown } from '../../components/Countdown.js';
import { ChartView } from './ChartView.js';
import { commonTimer } from './commonTimer.js';
import { GroupSpotlight } from './GroupSpotlight.js';
import { GroupTile } from './GroupTile.js';
import { JoinScreen } from './join/JoinScreen.js';
import { useCycle } from './useCycle.js';
import { ThemesView } from './ThemesView.js';
import { useWallKeys } from './useWallKeys.js';
import { useWallMode } from './useWallMode.js';
import { WallControls } from './WallControls.js';
import { wallGrid } from './wallGrid.js';
import type { WallMode } from './wallMode.js';
import '../../styles/wall.css';

interface WallScreenProps {
  feed: ProjectorFeed;
  event: PublicEvent | null;
  joinCode: string | null;
  title: string;
  /** Where phones reach the server (see publicOrigin): what the join screen's codes and the typed address use. */
  origin: string;
}

/**
 * The projector wall: every group at a glance, one group at a time (cycling or chosen), the category chart, the
 * themes across regions, or the join screen. It fills the screen without scrolling; every size is relative to the
 * screen, so 1920×1080 and 1280×720 show the same wall.
 */
export function WallScreen({ feed, event, joinCode, title, origin }: WallScreenProps) {
  const { t } = useTranslation();
  const [mode, setMode] = useWallMode();
  const wall = useSyncExternalStore(feed.subscribe, feed.getWall);
  const closed = useSyncExternalStore(feed.subscribe, feed.isClosed);
  const session = useSessionView(feed.session);
  const groups = useMemo(() => groupsOf(event, wall), [event, wall]);
  const groupIds = useMemo(() => groups.map((group) => group.id as string), [groups]);
  useWallKeys(mode, setMode, groupIds);
  useEventLanguage(event?.language ?? 'id');
  const eventTimer = useMemo(() => commonTimer(session?.groups ?? []), [session]);

  const showsJoin = mode.kind === 'join' && event;
  return (
    <main className="wall" data-testid="projector-page" data-mode={mode.kind}>
      <WallControls mode={mode} setMode={setMode} groups={groups} />
      {closed && <p className="wall-alert" role="alert" data-testid="projector-closed">{t('connection.closed.accessRevoked')}</p>}
      {showsJoin ? (
        <JoinScreen event={event} joinCode={joinCode} origin={origin} />
      ) : (
        <>
          <header className="wall-head">
            <h1 className="wall-title">{title}</h1>
            {session?.message && <p className="wall-message" data-testid="broadcast-message">{session.message.text}</p>}
            <div className="wall-head-side">
              {joinCode && (
                <p className="wall-join-hint" data-testid="wall-join-hint">
                  {t('wall.joinAt')} <TypedUrl url={joinUrl(origin, joinCode)} className="wall-join-url" />
                </p>
              )}
              {eventTimer && <Countdown timer={eventTimer} serverNow={feed.session.serverNow} testId="wall-countdown" compact />}
            </div>
          </header>
          {wall ? (
            <WallBody
              mode={mode}
              wall={wall}
              groups={groups}
              session={session}
              serverNow={feed.session.serverNow}
              showTimer={eventTimer === null}
              categories={event?.categories ?? []}
            />
          ) : (
            <p className="wall-empty wall-empty--large">{t('wall.connecting')}</p>
          )}
        </>
      )}
    </main>
  );
}

interface WallBodyProps {
  mode: WallMode;
  wall: WallView;
  groups: readonly GroupInfo[];
  session: SessionView | null;
  serverNow: () => number;
  showTimer: boolean;
  categories: readonly string[];
}

function WallBody({ mode, wall, groups, session, serverNow, showTimer, categories }: WallBodyProps) {
  const sessionOf = (groupId: string) => session?.groups.find((group) => group.groupId === groupId) ?? null;
  const wallOf = (groupId: string): WallGroup | null => wall.groups.find((group) => group.groupId === groupId) ?? null;
  switch (mode.kind) {
    case 'all':
    case 'join': {
      const grid = wallGrid(groups.length);
      const style = { '--wall-columns': grid.columns, '--wall-rows': grid.rows } as CSSProperties;
      return (
        <div className="wall-grid" style={style} data-testid="wall-grid">
          {groups.map((group) => (
            <GroupTile key={group.id} name={group.name} group={wallOf(group.id)} session={sessionOf(group.id)} serverNow={serverNow} showTimer={showTimer} listsCards={grid.listsCards} />
          ))}
        </div>
      );
    }
    case 'cycle':
      return <CycleBody groups={groups} wallOf={wallOf} sessionOf={sessionOf} serverNow={serverNow} showTimer={showTimer} />;
    case 'group': {
      const group = groups.find((candidate) => candidate.id === mode.groupId) ?? groups[0];
      if (!group) return null;
      return <GroupSpotlight name={group.name} group={wallOf(group.id)} session={sessionOf(group.id)} serverNow={serverNow} showTimer={showTimer} />;
    }
    case 'chart':
      return <ChartView wall={wall} groups={groups} categories={categories} />;
    case 'themes':
      return <ThemesView themes={wall.themes} groups={groups} />;
  }
}

interface CycleBodyProps {
  groups: readonly GroupInfo[];
  wallOf: (groupId: string) => WallGroup | null;
  sessionOf: (groupId: string) => SessionView['groups'][number] | null;
  serverNow: () => number;
  showTimer: boolean;
}

function CycleBody({ groups, wallOf, sessionOf, serverNow, showTimer }: CycleBodyProps) {
  const { t } = useTranslation();
  const index = useCycle(groups.length);
  const group = groups[index];
  if (!group) return null;
  return (
    <>
      <GroupSpotlight key={group.id} name={group.name} group={wallOf(group.id)} session={sessionOf(group.id)} serverNow={serverNow} showTimer={showTimer} />
      <p className="wall-cycle" data-testid="wall-cycle">
        <span className="visually-hidden">{t('wall.cycleOf', { index: index + 1, total: groups.length })}</span>
        {groups.map((candidate, position) => (
          <span key={candidate.id} className={`wall-cycle-dot${position === index ? ' wall-cycle-dot--current' : ''}`} aria-hidden="true" />
        ))}
      </p>
    </>
  );
}

/** The event's groups by name; before the event info arrives, the wall's own group ids stand in. */
function groupsOf(event: PublicEvent | null, wall: WallView | null): GroupInfo[] {
  if (event) return event.groups;
  return (wall?.groups ?? []).map((group) => ({ id: group.groupId as GroupId, name: group.groupId }));
}
