import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { LIMITS, normalizeJoinCode, type GroupId, type PublicEvent } from '@rembuk/shared';
import { ApiError, findEventByJoinCode, takeSeat } from '../api/restClient.js';
import { AnonymityNote } from '../components/AnonymityNote.js';
import { EventFacts } from '../components/EventFacts.js';
import { LoadFailure } from '../components/LoadFailure.js';
import { LoadPending } from '../components/LoadPending.js';
import { PrivacyInfo } from '../components/PrivacyInfo.js';
import { useEventLanguage } from '../hooks/useEventLanguage.js';
import { useLoad } from '../hooks/useLoad.js';
import { navigate } from '../routing/navigation.js';
import { paths } from '../routing/routes.js';
import { participantPassFor, rememberParticipant, rememberTicket, ticketFor } from '../storage/credentials.js';
import { readStored, writeStored } from '../storage/deviceStorage.js';
import { eventOnDevice, eventOnDeviceByJoinCode, markEventUsed } from '../storage/eventsOnDevice.js';
import { ForgetEventControl } from '../components/ForgetEventControl.js';

/** Read once per tab: someone switching groups is not shown the information again. */
const infoSeenName = (eventId: string) => `rembuk.infoSeen.${eventId}`;

/** `groupId` comes from a group's own QR code: that group is chosen already, the participant still presses join. */
export function JoinPage({ joinCode, groupId }: { joinCode: string; groupId: GroupId | null }) {
  const normalized = normalizeJoinCode(joinCode);
  const loaded = useLoad(() => findEventOrKept(normalized), [normalized]);
  if (loaded.status !== 'ready') return <LoadPending loaded={loaded} narrow />;
  return <JoinForm event={loaded.value} joinCode={normalized} suggestedGroupId={groupId} />;
}

/** With no network, the event as this phone last saw it, if it joined it: its boards open from their copies. */
async function findEventOrKept(joinCode: string): Promise<PublicEvent> {
  try {
    return await findEventByJoinCode(joinCode);
  } catch (error) {
    const kept = error instanceof ApiError && error.reason === 'network' ? eventOnDeviceByJoinCode(joinCode)?.record.event : null;
    if (kept) return kept;
    throw error;
  }
}

function JoinForm({ event, joinCode, suggestedGroupId }: { event: PublicEvent; joinCode: string; suggestedGroupId: GroupId | null }) {
  const { t } = useTranslation();
  useEventLanguage(event.language);
  // With a single group there is nothing to choose. A group from an old tent card that the organizer has since
  // removed is simply not chosen.
  const onlyGroup = event.groups.length === 1 ? event.groups[0] : undefined;
  const suggestedGroup = event.groups.find((group) => group.id === suggestedGroupId);
  const [groupId, setGroupId] = useState<GroupId | null>(suggestedGroup?.id ?? onlyGroup?.id ?? null);
  const [pseudonym, setPseudonym] = useState(() => participantPassFor(event.id)?.pseudonym ?? '');
  const [missingGroup, setMissingGroup] = useState(false);
  const [seatError, setSeatError] = useState<unknown>(null);
  const [entering, setEntering] = useState(false);
  const [infoSeen, setInfoSeen] = useState(() => readStored('session', infoSeenName(event.id)) === 'yes');

  const enter = (submit: FormEvent) => {
    submit.preventDefault();
    if (!groupId) {
      setMissingGroup(true);
      return;
    }
    setEntering(true);
    setSeatError(null);
    // The server seats this device in the group and hands back the ticket every channel asks for; a device
    // that already has one keeps its id (and its votes) when it changes group.
    const enterBoard = () => {
      rememberParticipant(event.id, { joinCode, pseudonym: pseudonym.trim() });
      markEventUsed(event.id, { groupId, joinCode, event });
      navigate(paths.board(event.id, groupId));
    };
    takeSeat(joinCode, event.id, groupId, ticketFor(event.id)).then(
      (seat) => {
        rememberTicket(event.id, seat.ticket);
        enterBoard();
      },
      (error: unknown) => {
        // Offline, a board this phone already joined opens from its copy with the seat it has.
        const joinedBefore = ticketFor(event.id) !== null && eventOnDevice(event.id)?.groups.includes(groupId);
        if (error instanceof ApiError && error.reason === 'network' && joinedBefore) {
          enterBoard();
          return;
        }
        setSeatError(error);
        setEntering(false);
      },
    );
  };

  return (
    <main className="page narrow" data-testid="join-page">
      <p className="eyebrow">{t('join.welcome')}</p>
      <h1 data-testid="join-event-title">{event.title}</h1>
      <EventFacts event={event} />
      {!infoSeen ? (
        <PrivacyInfo
          event={event}
          onContinue={() => {
            writeStored('session', infoSeenName(event.id), 'yes');
            setInfoSeen(true);
            window.scrollTo(0, 0);
          }}
        />
      ) : (
        <form className="panel" onSubmit={enter} noValidate>
          <fieldset className="group-choice">
            <legend>{t('join.pickGroup')}</legend>
            {event.groups.map((group) => (
              <label key={group.id} className={`group-option${groupId === group.id ? ' group-option--chosen' : ''}`}>
                <input
                  type="radio"
                  name="group"
                  value={group.id}
                  checked={groupId === group.id}
                  data-testid="group-option"
                  onChange={() => {
                    setGroupId(group.id);
                    setMissingGroup(false);
                  }}
                />
                <span>{group.name}</span>
              </label>
            ))}
          </fieldset>
          {missingGroup && (
            <p className="error" role="alert">
              {t('join.groupRequired')}
            </p>
          )}
          <div className="field">
            <label htmlFor="pseudonym">{t('join.pseudonymLabel')}</label>
            <p className="field-hint" id="pseudonym-hint">{t('join.pseudonymHint')}</p>
            <input
              id="pseudonym"
              type="text"
              autoComplete="off"
              maxLength={LIMITS.maxPseudonymLength}
              value={pseudonym}
              data-testid="pseudonym-input"
              aria-describedby="pseudonym-hint"
              onChange={(change) => setPseudonym(change.target.value)}
            />
          </div>
          <AnonymityNote />
          {seatError !== null && <LoadFailure error={seatError} />}
          <button type="submit" className="button button--primary button--wide" data-testid="join-submit" disabled={entering}>
            {t('join.enter')}
          </button>
        </form>
      )}
      <ForgetEventControl eventId={event.id} />
    </main>
  );
}
