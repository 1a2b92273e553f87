import type { idWall } from './idWall.js';

/** English for the projector wall. Spread into the `en` catalog. */
export const enWall: typeof idWall = {
  wall: {
    views: { all: 'All groups', cycle: 'Cycle', group: 'One group', chart: 'Chart', themes: 'Themes across regions', join: 'How to join' },
    viewsLabel: 'Screen view',
    chooseGroup: 'Group',
    fullscreen: 'Full screen',
    keys: 'Keys: A all · C cycle · G one group · ← → other group · K chart · T themes · J join · F full screen',
    joinAt: 'Join:',
    connecting: 'Connecting…',
    challenges_one: '{{count}} challenge',
    challenges_other: '{{count}} challenges',
    actions_one: '{{count}} action',
    actions_other: '{{count}} actions',
    votes_one: '{{count}} vote',
    votes_other: '{{count}} votes',
    agreed: 'Agreed',
    more_one: '+{{count}} more challenge',
    more_other: '+{{count}} more challenges',
    noChallenges: 'No challenges for the screen yet.',
    otherActions: 'Other actions',
    cycleOf: 'Group {{index}} of {{total}}',
    chart: {
      challengesTitle: 'Challenges per category and region',
      votesTitle: 'Votes per category and region',
      votesHidden: 'Votes are not revealed yet.',
      uncategorised: 'No category yet',
      empty: 'No challenges to chart yet.',
      axisChallenges: 'Challenges',
      axisVotes: 'Votes',
    },
  },
};
