import { Button, Result } from 'antd';
import { useNavigate } from 'react-router-dom';

/**
 * An address the app has no page for (an old bookmark, a link to a removed record): says so, and offers the
 * way back to "Tổng quan" instead of leaving an empty screen.
 */
export function NotFoundPage({ title = 'Không tìm thấy trang' }: { title?: string }) {
  const navigate = useNavigate();
  return (
    <Result
      status="404"
      title={<h2 className="not-found-title">{title}</h2>}
      subTitle="Địa chỉ này không có trong phần mềm, hoặc nội dung đã bị xóa."
      extra={
        <Button type="primary" onClick={() => navigate('/')}>
          Về trang Tổng quan
        </Button>
      }
    />
  );
}
