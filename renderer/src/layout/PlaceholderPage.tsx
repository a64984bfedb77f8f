import { Empty } from 'antd';
import { PageTitle } from './PageTitle';

/** Sections not built yet say so plainly instead of showing an empty screen. */
export function PlaceholderPage({ title }: { title: string }) {
  return (
    <>
      <PageTitle>{title}</PageTitle>
      <Empty description={`Chức năng “${title}” đang được xây dựng và sẽ có trong phiên bản sau.`} />
    </>
  );
}
