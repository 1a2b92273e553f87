import type { ThemeCommand } from '@rembuk/shared';

/** What the panel says once the server took a decision (its keys are `themes.done.*`). */
export type DecisionDone =
  | 'renameTheme'
  | 'moveThemeCard'
  | 'splitTheme'
  | 'mergeThemes'
  | 'dismissTheme'
  | 'restoreTheme'
  | 'approveTheme'
  | 'unapproveTheme';

/** A lead facilitator's decision on themes, sent as a command; resolves true when the server took it. */
export type Decide = (command: ThemeCommand, done: DecisionDone) => Promise<boolean>;
