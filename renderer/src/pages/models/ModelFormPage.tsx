import { Alert, Skeleton } from 'antd';
import { useCallback } from 'react';
import { useNavigate } from 'react-router-dom';
import type { ModelRef } from '../../../../shared/domain/model';
import { errorMessage } from '../../api/api-error';
import { useCatalogues } from '../../api/queries/catalogues';
import { useModel } from '../../api/queries/models';
import { useSettings } from '../../api/queries/settings';
import { PageTitle } from '../../layout/PageTitle';
import { listPath } from '../../models/list-location';
import { blankModelForm, modelFormOf } from '../../../../shared/domain/model';
import { ModelForm } from '../../models/ModelForm';
import { modelPath } from '../../models/paths';
import { useLeave } from '../../models/use-leave';
import { useModelRef } from '../../models/use-model-ref';

/** "Đăng ký mô hình" (/mo-hinh/dang-ky) and "Sửa mô hình" (/mo-hinh/:year/:id/sua). */
export function ModelFormPage({ mode }: { mode: 'create' | 'edit' }) {
  const navigate = useNavigate();
  const ref = useModelRef();
  const settings = useSettings();
  const detail = useModel(mode === 'edit' ? ref : null);
  // Asked beside the model and waited for: a form drawn before its units and fields arrive draws every field
  // again when they do.
  const catalogues = useCatalogues();
  const leaveNew = useLeave(listPath());
  // The form replaces the model's page in the history (see "Sửa"), and the model's page replaces the
  // form once saved: Back from either goes where the model was opened from.
  const showModel = useCallback((m: ModelRef) => navigate(modelPath(m), { replace: true }), [navigate]);
  const leave = useCallback(
    () => (mode === 'edit' && ref ? showModel(ref) : leaveNew()),
    [mode, ref, showModel, leaveNew],
  );
  const title = mode === 'edit' ? 'Sửa mô hình' : 'Đăng ký mô hình';

  const problem =
    (mode === 'edit'
      ? ref
        ? detail.error
        : new Error('Địa chỉ không chỉ đến mô hình nào.')
      : settings.error) ?? catalogues.error;
  if (problem) {
    return (
      <>
        <PageTitle>{title}</PageTitle>
        <Alert type="error" showIcon title="Không mở được mô hình" description={errorMessage(problem)} />
      </>
    );
  }
  if ((mode === 'edit' ? !detail.data : !settings.data) || !catalogues.data) return <Skeleton active />;

  return (
    <>
      <PageTitle>{title}</PageTitle>
      <ModelForm
        initial={detail.data ? modelFormOf(detail.data.model) : blankModelForm(settings.data!.yearInUse)}
        editing={detail.data}
        onLeave={leave}
        onSaved={showModel}
      />
    </>
  );
}
