export { ID_PATTERNS, randomId, newCardId, boardDocName, parseBoardDocName } from './ids.js';
export type { EventId, GroupId, CardId, JoinCode } from './ids.js';
export { CLOSE_CODES, closeCodeName } from './closeCodes.js';
export type { CloseCodeName } from './closeCodes.js';
export { ERROR_REASONS, HANDSHAKE_ERRORS } from './errorReasons.js';
export { ErrorBody } from './api/errorBody.js';
export type { ErrorReason, HandshakeError } from './errorReasons.js';
export { LIMITS } from './limits.js';
export {
  DEFAULT_REGION_GROUPS,
  PROVINCES,
  TIME_ZONES,
  TIME_ZONE_OFFSET_HOURS,
  LANGUAGES,
} from './regions.js';
export type { TimeZoneLabel, Language } from './regions.js';
export {
  CARD_KINDS,
  CHALLENGE_CATEGORIES,
  SCOPES,
  CARD_STATUSES,
  TIMEFRAMES,
  ACTION_TEXT_FIELDS,
  CARD_KEYS,
  CARDS_ROOT,
  MODERATED_KEYS,
} from './board/cardFields.js';
export type { CardKind, ChallengeCategory, Scope, CardStatus, Timeframe, ActionTextField } from './board/cardFields.js';
export type { ChallengeCard, ActionCard, Card, BoardSnapshot } from './board/boardSnapshot.js';
export {
  cardsOf,
  getCard,
  forEachCard,
  unreadableEntries,
  cardKind,
  cardText,
  columnOrder,
  addCard,
  editCardText,
  setCardStatus,
  setNotForScreen,
  setChallengeCategory,
  setChallengeScope,
  setActionTimeframe,
  setActionField,
  linkActionToChallenge,
  moveCard,
  deleteCard,
} from './board/boardDoc.js';
export type { CardMap, NewCard, MoveDirection } from './board/boardDoc.js';
export { readBoard } from './board/readBoard.js';
export { cardProblem } from './board/validateCard.js';
export { ALL_CARD_KEYS, NESTED_CARD_KEYS, plainFieldProblem, isBoundedString, utf8Bytes } from './board/fieldRules.js';
export { CreateEventBody, ExportQuery, JoinCodeParam, GroupInfo, PublicEvent, OrganizerEvent } from './api/eventSchemas.js';
export type { CreateEventReply } from './api/eventSchemas.js';
export { JOIN_CODE_ALPHABET, normalizeJoinCode, formatJoinCode } from './api/joinCodes.js';
export { isCalendarDate } from './api/calendarDate.js';
export { DEFAULT_CATEGORIES, EXPORT_FORMATS, EXPORT_LANGUAGES } from './api/exportFormats.js';
export type { ExportFormat, ExportLanguage } from './api/exportFormats.js';
export { EDITABLE_FIELDS, EditingState, allowedAwarenessState } from './api/awarenessState.js';
export type { AwarenessState, EditableField } from './api/awarenessState.js';
export { SocketHandshake, SetPseudonymPayload } from './api/socketEvents.js';
export type { GroupPresence, SeatedDevice, ServerToClientEvents, ClientToServerEvents } from './api/socketEvents.js';
export { DOMAIN_LABELS, categoryLabel } from './i18n/domainLabels.js';
export type { DomainLabels } from './i18n/domainLabels.js';
export { ROLES, LINK_ROLES } from './session/roles.js';
export type { Role, LinkRole } from './session/roles.js';
export { PHASES, participantsMayWrite, participantAllowance } from './session/phases.js';
export type { Phase, WriteAllowance } from './session/phases.js';
export { TIMER_ZERO_ACTIONS, timerRemainingMs } from './session/timer.js';
export type { TimerState, TimerZeroAction } from './session/timer.js';
export type { GroupSession, BroadcastMessage, SessionView } from './session/sessionState.js';
export { DEFAULT_VOTE_BUDGET } from './session/votes.js';
export type { VoteBudget, VoteView } from './session/votes.js';
export { CommandScope, FacilitatorCommand, VoteCommand, COMMAND_FAILURES } from './session/commands.js';
export type { CommandReply, CommandFailure } from './session/commands.js';
export type { GroupDashboardRow } from './session/dashboard.js';
export { CreateAccessKeyBody, TakeSeatBody, UpdateEventSettingsBody, AccessKeyInfo, TakeSeatReply } from './api/accessSchemas.js';
export type { CreateAccessKeyReply } from './api/accessSchemas.js';
export { WALL_LIMITS } from './wall/wallView.js';
export type { WallAction, WallCategoryCount, WallChallenge, WallGroup, WallView } from './wall/wallView.js';
export { isForTheScreen } from './wall/forTheScreen.js';
export { ServerAddress } from './api/serverAddress.js';
export { isLoopbackHost } from './api/loopbackHost.js';
export { THEME_KINDS, ThemeCard, Theme, ThemesReply, DuplicateSuggestion, DuplicatesReply } from './themes/themes.js';
export type { ThemeKind } from './themes/themes.js';
export { THEME_LIMITS } from './themes/themeLimits.js';
export { ThemeCommand, THEME_COMMAND_SCHEMAS, THEME_ID_PATTERN, SUGGESTION_ID_PATTERN } from './themes/themeCommands.js';
export type { WallTheme } from './themes/wallThemes.js';
