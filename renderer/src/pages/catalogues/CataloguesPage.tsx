import { Tabs } from 'antd';
import { useSearchParams } from 'react-router-dom';
import { catalogueKinds, catalogueLabels, type CatalogueKind } from '../../../../shared/domain/catalogues';
import { PageTitle } from '../../layout/PageTitle';
import { CatalogueTable } from '../../catalogues/CatalogueTable';

const isKind = (value: string | null): value is CatalogueKind =>
  catalogueKinds.some((kind) => kind === value);

/** "Danh mục": the lists the staff maintain. The open tab is in the URL, so Back returns to it. */
export function CataloguesPage() {
  const [params, setParams] = useSearchParams();
  const tab = params.get('bang');
  const active = isKind(tab) ? tab : 'units';

  return (
    <>
      <PageTitle>Danh mục</PageTitle>
      <Tabs
        activeKey={active}
        onChange={(key) => setParams({ bang: key }, { replace: true })}
        items={catalogueKinds.map((kind) => ({
          key: kind,
          label: catalogueLabels[kind].title,
          children: <CatalogueTable kind={kind} />,
        }))}
      />
    </>
  );
}
