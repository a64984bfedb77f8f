import { Space } from 'antd';
import { PageTitle } from '../../layout/PageTitle';
import { BackupsCard } from './BackupsCard';
import { DemoDataCard } from './DemoDataCard';
import { ExchangeCard } from './ExchangeCard';
import { HelpCard } from './HelpCard';
import { LogsCard } from './LogsCard';
import { OfficeSettingsForm } from './OfficeSettingsForm';

export function SettingsPage() {
  return (
    <>
      <PageTitle>Cài đặt</PageTitle>
      <Space orientation="vertical" size="large" style={{ width: '100%' }}>
        <OfficeSettingsForm />
        <BackupsCard />
        <ExchangeCard />
        <DemoDataCard />
        <HelpCard />
        <LogsCard />
      </Space>
    </>
  );
}
