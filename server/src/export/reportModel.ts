import type { ActionCard, ChallengeCard, ExportLanguage } from '@rembuk/shared';
import type { EventOutcomes, GroupOutcome } from './eventOutcomes.js';
import { reportVocabulary, type ReportVocabulary } from './reportText.js';
import { findSharedActions, type SharedAction } from './sharedActions.js';
import { topList, type TopList } from './topChallenges.js';

export interface ChallengeRow {
  /** Position on the board, 1-based: what "Menjawab tantangan" refers to. */
  number: number;
  card: ChallengeCard;
  category: string;
  scope: string;
  status: string;
  votes: number;
  /** Rank by votes within the group; null without votes. */
  priority: number | null;
}

export interface ActionRow {
  number: number;
  card: ActionCard;
  /** "1, 3": numbers of the challenges this step addresses, in the group's challenge table. */
  addresses: string;
  timeframe: string;
  status: string;
  votes: number;
  priority: number | null;
}

export interface RegionReport {
  name: string;
  participants: number;
  challenges: ChallengeRow[];
  actions: ActionRow[];
}

export interface CategoryCount {
  category: string;
  /** Challenges of this category per region, in region order. */
  perRegion: number[];
  total: number;
}

export interface TopChallenge {
  region: string;
  row: ChallengeRow;
  /** Votes per registered device of the card's group (null for a group without devices): for comparison only. */
  votesPerDevice: number | null;
}

export interface AgreedCard {
  region: string;
  kind: 'challenge' | 'action';
  number: number;
  text: string;
  votes: number;
}

/** Everything a report shows, computed once and rendered by every format. */
export interface ReportModel {
  outcomes: EventOutcomes;
  vocabulary: ReportVocabulary;
  regions: RegionReport[];
  totalParticipants: number;
  categories: CategoryCount[];
  topChallenges: TopList<TopChallenge>;
  sharedActions: SharedAction[];
  agreed: AgreedCard[];
}

/**
 * Models already built, per outcomes and language: the ZIP renders six formats from the same outcomes, and the
 * model (with its shared-action search) need not be computed six times. Outcomes are never changed once read,
 * and an entry goes when its outcomes are garbage.
 */
const built = new WeakMap<EventOutcomes, Map<ExportLanguage, ReportModel>>();

export function buildReportModel(outcomes: EventOutcomes, language: ExportLanguage): ReportModel {
  let byLanguage = built.get(outcomes);
  if (!byLanguage) {
    byLanguage = new Map();
    built.set(outcomes, byLanguage);
  }
  let model = byLanguage.get(language);
  if (!model) {
    model = computeReportModel(outcomes, language);
    byLanguage.set(language, model);
  }
  return model;
}

function computeReportModel(outcomes: EventOutcomes, language: ExportLanguage): ReportModel {
  const vocabulary = reportVocabulary(language);
  const regions = outcomes.groups.map((group) => regionReport(group, vocabulary));
  return {
    outcomes,
    vocabulary,
    regions,
    totalParticipants: regions.reduce((sum, region) => sum + region.participants, 0),
    categories: categoryCounts(outcomes, vocabulary),
    topChallenges: topChallenges(regions),
    sharedActions: findSharedActions(
      regions.flatMap((region, index) =>
        region.actions.map((row) => ({ region: index, text: row.card.text, votes: row.votes })),
      ),
    ),
    agreed: regions.flatMap((region) => [
      ...region.challenges
        .filter((row) => row.card.status === 'agreed')
        .map((row) => ({ region: region.name, kind: 'challenge' as const, number: row.number, text: row.card.text, votes: row.votes })),
      ...region.actions
        .filter((row) => row.card.status === 'agreed')
        .map((row) => ({ region: region.name, kind: 'action' as const, number: row.number, text: row.card.text, votes: row.votes })),
    ]),
  };
}

/**
 * Standard competition ranking ("1, 2, 2, 4") by votes: equal votes share a rank, the next rank skips, and a card
 * without votes gets none (a rank among zeros would say nothing).
 */
export function priorityRanks(votes: readonly number[]): (number | null)[] {
  return votes.map((count) => (count > 0 ? 1 + votes.filter((other) => other > count).length : null));
}

function regionReport({ group, board, votes, participants }: GroupOutcome, vocabulary: ReportVocabulary): RegionReport {
  const challengeVotes = board.challenges.map((card) => votes[card.id] ?? 0);
  const challengeRanks = priorityRanks(challengeVotes);
  const actionVotes = board.actions.map((card) => votes[card.id] ?? 0);
  const actionRanks = priorityRanks(actionVotes);
  const numberOf = new Map<string, number>(board.challenges.map((card, index) => [card.id, index + 1]));
  return {
    name: group.name,
    participants,
    challenges: board.challenges.map((card, index) => ({
      number: index + 1,
      card,
      category: vocabulary.category(card.category),
      scope: vocabulary.scope(card.scope),
      status: vocabulary.status(card.status),
      votes: challengeVotes[index] ?? 0,
      priority: challengeRanks[index] ?? null,
    })),
    actions: board.actions.map((card, index) => ({
      number: index + 1,
      card,
      addresses: card.addresses
        .map((id) => numberOf.get(id))
        .filter((number): number is number => number !== undefined)
        .join(', '),
      timeframe: vocabulary.timeframe(card.timeframe),
      status: vocabulary.status(card.status),
      votes: actionVotes[index] ?? 0,
      priority: actionRanks[index] ?? null,
    })),
  };
}

/** The event's categories in their order, then any other category a card carries, then cards without one. */
function categoryCounts({ event, groups }: EventOutcomes, vocabulary: ReportVocabulary): CategoryCount[] {
  const keys: (string | null)[] = [...event.categories];
  for (const { board } of groups) {
    for (const card of board.challenges) if (!keys.includes(card.category)) keys.push(card.category);
  }
  keys.sort((a, b) => Number(a === null) - Number(b === null));
  return keys.map((key) => {
    const perRegion = groups.map(({ board }) => board.challenges.filter((card) => card.category === key).length);
    return {
      category: key === null ? vocabulary.strings.noCategory : vocabulary.category(key),
      perRegion,
      total: perRegion.reduce((sum, count) => sum + count, 0),
    };
  });
}

function topChallenges(regions: readonly RegionReport[]): TopList<TopChallenge> {
  return topList(
    regions.flatMap((region) =>
      region.challenges.map((row) => ({
        votes: row.votes,
        item: { region: region.name, row, votesPerDevice: region.participants > 0 ? row.votes / region.participants : null },
      })),
    ),
  );
}
