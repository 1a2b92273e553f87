import { useTranslation } from 'react-i18next';
import { CARD_KINDS, type CardKind } from '@rembuk/shared';

interface ColumnTabsProps {
  active: CardKind;
  counts: Record<CardKind, number>;
  onSelect: (kind: CardKind) => void;
}

/** Tantangan | Langkah switch for narrow screens; hidden by CSS when both columns fit side by side. */
export function ColumnTabs({ active, counts, onSelect }: ColumnTabsProps) {
  const { t } = useTranslation();
  const { t: d } = useTranslation('domain');
  return (
    <div className="tabs" role="tablist" aria-label={t('board.columns')}>
      {CARD_KINDS.map((kind) => (
        <button
          key={kind}
          type="button"
          role="tab"
          aria-selected={active === kind}
          aria-controls={`panel-${kind}`}
          className="tab"
          data-testid={`tab-${kind}`}
          onClick={() => onSelect(kind)}
        >
          {d(`columnTitle.${kind}`)} <span className="count">{counts[kind]}</span>
        </button>
      ))}
    </div>
  );
}
