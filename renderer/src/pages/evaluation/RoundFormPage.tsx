import { Alert, Skeleton } from 'antd';
import { useCallback } from 'react';
import { useNavigate } from 'react-router-dom';
import type { RoundRef } from '../../../../shared/contract/evaluation';
import { errorMessage } from '../../api/api-error';
import { useCatalogues } from '../../api/queries/catalogues';
import { useRound, useRubrics } from '../../api/queries/evaluation';
import { useSettings } from '../../api/queries/settings';
import { PageTitle } from '../../layout/PageTitle';
import { useLeave } from '../../models/use-leave';
import { roundPath, roundsPath } from '../../evaluation/paths';
import { RoundForm } from '../../evaluation/RoundForm';
import { missingRound, useRoundRef } from '../../evaluation/use-round-ref';
import { useYearParam } from '../../evaluation/use-year-param';

/** "Tạo đợt đánh giá" (/danh-gia/tao-dot?nam=…) and "Sửa đợt đánh giá" (/danh-gia/:year/:roundId/sua). */
export function RoundFormPage({ mode }: { mode: 'create' | 'edit' }) {
  const navigate = useNavigate();
  const ref = useRoundRef();
  const [year] = useYearParam();
  const settings = useSettings();
  const catalogues = useCatalogues();
  const rubrics = useRubrics();
  const round = useRound(mode === 'edit' ? ref : null);
  const leave = useLeave(mode === 'edit' && ref ? roundPath(ref) : roundsPath(year ?? 0));
  // The round's page replaces the form once saved: Back from it goes where the form was opened from.
  const showRound = useCallback(
    (saved: RoundRef) => navigate(roundPath(saved), { replace: true }),
    [navigate],
  );
  const title = mode === 'edit' ? 'Sửa đợt đánh giá' : 'Tạo đợt đánh giá';

  const problem =
    (mode === 'edit' ? missingRound(ref) : null) ??
    round.error ??
    settings.error ??
    catalogues.error ??
    rubrics.error;
  if (problem) {
    return (
      <>
        <PageTitle>{title}</PageTitle>
        <Alert type="error" showIcon title="Không mở được đợt đánh giá" description={errorMessage(problem)} />
      </>
    );
  }
  if (
    !settings.data ||
    !catalogues.data ||
    !rubrics.data ||
    year === null ||
    (mode === 'edit' && !round.data)
  ) {
    return <Skeleton active />;
  }
  return (
    <>
      <PageTitle>{title}</PageTitle>
      <RoundForm
        editing={mode === 'edit' ? round.data! : null}
        initialYear={year}
        yearInUse={settings.data.yearInUse}
        onLeave={leave}
        onSaved={showRound}
      />
    </>
  );
}
