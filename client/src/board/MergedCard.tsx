import { useTranslation } from 'react-i18next';
import type { Card } from '@rembuk/shared';

/** Collapsed excerpt of a merged card's text: enough to recognise the duplicate. */
const EXCERPT_CHARS = 60;

/** A duplicate merged into another card: one line, pointing at the card that carries its votes and links now. */
export function MergedCard({ card, label, intoLabel }: { card: Card; label: string; intoLabel: string | null }) {
  const { t } = useTranslation();
  const oneLine = card.text.replace(/\s+/g, ' ').trim();
  const excerpt = oneLine.length > EXCERPT_CHARS ? `${oneLine.slice(0, EXCERPT_CHARS - 1)}…` : oneLine;
  return (
    <article className={`card card--${card.kind} card--merged card--collapsed`} data-testid="card" data-card-id={card.id} data-status="merged" aria-label={label}>
      <p className="merged-line">
        <span className="card-number">{label}</span>{' '}
        <span data-testid="card-merged-into">{intoLabel ? t('moderation.mergedInto', { card: intoLabel }) : t('moderation.merged')}</span>
        {excerpt && <span className="merged-excerpt"> · {excerpt}</span>}
      </p>
    </article>
  );
}
