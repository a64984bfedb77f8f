import { Button, Typography } from 'antd';
import { PrinterOutlined } from '@ant-design/icons';
import { guidePictureUrls } from '../../help/guide-pictures';
import { guideSteps } from '../../help/guide-steps';
import { PageTitle } from '../../layout/PageTitle';
import { usePrint } from '../../print/PrintToolbar';

/**
 * "Hướng dẫn": the year's work step by step, each step with pictures of its screens (docs/hinh). "In hướng
 * dẫn" prints it on A4 without the sidebar, for the office that wants it on paper.
 */
export function GuidePage() {
  const print = usePrint();
  return (
    <article className="guide">
      <PageTitle>Hướng dẫn sử dụng</PageTitle>
      <Button className="guide-print" icon={<PrinterOutlined />} onClick={() => void print()}>
        In hướng dẫn
      </Button>
      <Typography.Paragraph>
        Công việc trong năm theo thứ tự: chuẩn bị danh mục, đăng ký mô hình, đánh giá, khen thưởng và báo cáo.
        Trước khi bắt đầu, vào “Cài đặt” → “Cài đặt cơ quan” để nhập tên cơ quan, người ký và năm đang làm
        việc: các văn bản in ra lấy tiêu đề và chữ ký từ đó.
      </Typography.Paragraph>
      <ol className="guide-steps">
        {guideSteps.map((step) => (
          <li key={step.title}>
            <Typography.Title level={3}>{step.title}</Typography.Title>
            <Typography.Paragraph>{step.text}</Typography.Paragraph>
            {step.pictures.map((picture) => (
              <figure key={picture.name} className="guide-figure">
                <img src={guidePictureUrls[picture.name]} alt={picture.caption} width={1366} height={768} />
                <figcaption>{picture.caption}</figcaption>
              </figure>
            ))}
          </li>
        ))}
      </ol>
    </article>
  );
}
