import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { GroupInfo, WallView } from '@rembuk/shared';
import { useCategoryLabel } from '../../i18n/useCategoryLabel.js';
import { CategoryChart } from './CategoryChart.js';
import { categoryChartData } from './categoryChartData.js';

interface ChartViewProps {
  wall: WallView;
  groups: readonly GroupInfo[];
  categories: readonly string[];
}

/** The chart mode: challenges per category × region, and beside it the votes once any group revealed them. */
export function ChartView({ wall, groups, categories }: ChartViewProps) {
  const { t } = useTranslation();
  const categoryLabel = useCategoryLabel();
  const data = useMemo(() => categoryChartData(wall, groups, categories), [wall, groups, categories]);
  const labels = useMemo(
    () => data.categories.map((category) => (category === null ? t('wall.chart.uncategorised') : categoryLabel(category))),
    [data.categories, t, categoryLabel],
  );
  if (data.categories.length === 0) return <p className="wall-empty wall-empty--large">{t('wall.chart.empty')}</p>;
  return (
    <div className={`wall-charts${data.votes ? ' wall-charts--two' : ''}`} data-testid="wall-charts">
      <section className="wall-chart-panel">
        <h2>{t('wall.chart.challengesTitle')}</h2>
        <CategoryChart title={t('wall.chart.challengesTitle')} axisLabel={t('wall.chart.axisChallenges')} labels={labels} series={data.challenges} testId="chart-challenges" />
      </section>
      {data.votes ? (
        <section className="wall-chart-panel">
          <h2>{t('wall.chart.votesTitle')}</h2>
          <CategoryChart title={t('wall.chart.votesTitle')} axisLabel={t('wall.chart.axisVotes')} labels={labels} series={data.votes} testId="chart-votes" />
        </section>
      ) : (
        <p className="wall-chart-note">{t('wall.chart.votesHidden')}</p>
      )}
    </div>
  );
}
