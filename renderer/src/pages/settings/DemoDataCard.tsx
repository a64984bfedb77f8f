import { App, Button, Card, Spin, Typography } from 'antd';
import { errorMessage } from '../../api/api-error';
import { useLoadDemo } from '../../api/queries/settings';
import { formatNumber } from '../../../../shared/format/number';

/** "Dữ liệu mẫu": Ba Bể's units and sample models, to try the app; refused once real models exist. */
export function DemoDataCard() {
  const { message, modal } = App.useApp();
  const load = useLoadDemo();

  const confirm = () =>
    modal.confirm({
      title: 'Nạp dữ liệu mẫu?',
      content:
        'Ứng dụng sẽ thêm các đơn vị và mô hình mẫu của huyện Ba Bể qua nhiều năm. Chỉ nạp được khi chưa có mô hình nào.',
      okText: 'Nạp dữ liệu mẫu',
      cancelText: 'Hủy',
      onOk: async () => {
        try {
          const { models, years } = await load.mutateAsync();
          message.success(
            `Đã nạp ${formatNumber(models)} mô hình mẫu của ${years.length} năm (${years.join(', ')}).`,
          );
        } catch (error) {
          message.error(errorMessage(error));
        }
      },
    });

  return (
    <Card title="Dữ liệu mẫu">
      <Spin spinning={load.isPending} description="Đang nạp dữ liệu mẫu…">
        <Typography.Paragraph>
          Nạp các đơn vị, mô hình và kết quả mẫu (huyện Ba Bể, tỉnh Bắc Kạn) để làm quen với ứng dụng. Họ tên
          cá nhân trong dữ liệu mẫu là tên giả (“Nguyễn Văn A”).
        </Typography.Paragraph>
        <Button onClick={confirm} loading={load.isPending}>
          Nạp dữ liệu mẫu
        </Button>
      </Spin>
    </Card>
  );
}
