import { ACTION_TEXT_FIELDS } from '@rembuk/shared';
import { identifyingKinds, type IdentifyingKind } from './identifyingText.js';

/** A card of the export whose text looks identifying. */
export interface ExportFinding {
  groupName: string;
  kind: 'challenge' | 'action';
  /** 1-based place in its column of the export. */
  number: number;
  excerpt: string;
  kinds: IdentifyingKind[];
}

const EXCERPT_CHARS = 80;

/**
 * Every card of a JSON export (`rembuk.event.v1`) whose texts look identifying: the card text and, for action
 * steps, every free-text field. Read defensively: an unexpected shape yields no findings rather than an error.
 */
export function scanExport(exported: unknown): ExportFinding[] {
  const findings: ExportFinding[] = [];
  for (const group of arrayAt(exported, 'groups')) {
    const groupName = stringAt(group, 'name');
    for (const kind of ['challenge', 'action'] as const) {
      arrayAt(group, kind === 'challenge' ? 'challenges' : 'actions').forEach((card, index) => {
        const fields = kind === 'challenge' ? ['text'] : ['text', ...ACTION_TEXT_FIELDS];
        const texts = fields.map((field) => stringAt(card, field)).filter((text) => text !== '');
        const kinds = [...new Set(texts.flatMap((text) => identifyingKinds(text)))];
        if (kinds.length > 0) findings.push({ groupName, kind, number: index + 1, excerpt: excerptOf(texts.join(' · ')), kinds });
      });
    }
  }
  return findings;
}

function arrayAt(value: unknown, key: string): unknown[] {
  if (typeof value !== 'object' || value === null) return [];
  const found = (value as Record<string, unknown>)[key];
  return Array.isArray(found) ? found : [];
}

function stringAt(value: unknown, key: string): string {
  if (typeof value !== 'object' || value === null) return '';
  const found = (value as Record<string, unknown>)[key];
  return typeof found === 'string' ? found : '';
}

function excerptOf(text: string): string {
  const oneLine = text.replace(/\s+/g, ' ').trim();
  return oneLine.length > EXCERPT_CHARS ? `${oneLine.slice(0, EXCERPT_CHARS - 1)}…` : oneLine;
}
