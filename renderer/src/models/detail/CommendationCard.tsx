import { Card, Descriptions } from 'antd';
import { commendationFormText, commendationStatusLabels } from '../../../../shared/domain/commendation';
import type { Model } from '../../../../shared/domain/model';
import { formatDate } from '../../../../shared/format/date';
import { useModelCommendations } from '../../api/queries/commendations';

/** The model's commendation (domain.md §5): proposed, or granted with its decision. Nothing when none. */
export function CommendationCard({ model }: { model: Model }) {
  const commendation = useModelCommendations(model.year, model.id).data?.[0];
  if (!commendation) return null;
  const granted = commendation.status === 'granted';
  return (
    <Card title="Khen thưởng">
      <Descriptions
        bordered
        size="small"
        column={1}
        styles={{ label: { width: 220 } }}
        items={[
          { key: 'status', label: 'Tình trạng', children: commendationStatusLabels[commendation.status] },
          { key: 'form', label: 'Hình thức khen thưởng', children: commendationFormText(commendation) },
          { key: 'issuer', label: 'Cơ quan khen thưởng', children: commendation.issuer || '—' },
          ...(granted
            ? [
                { key: 'number', label: 'Số quyết định', children: commendation.decisionNumber },
                {
                  key: 'date',
                  label: 'Ngày quyết định',
                  children: commendation.decisionDate ? formatDate(commendation.decisionDate) : '—',
                },
              ]
            : []),
        ]}
      />
    </Card>
  );
}
