import { Button, Typography } from 'antd';
import { PrinterOutlined } from '@ant-design/icons';
import { useSettings } from '../../api/queries/settings';
import { guidePictureUrls } from '../../help/guide-pictures';
import { GUIDE_SUBJECT, guideSteps } from '../../help/guide-steps';
import { PageTitle } from '../../layout/PageTitle';
import { PageSetup } from '../../print/PageSetup';
import { PartyHeader } from '../../print/PartyHeader';
import { usePrint } from '../../print/PrintToolbar';
import '../../print/print.css';
import './guide.css';

/**
 * "Hướng dẫn": the year's work step by step, each step with pictures of its screens (docs/hinh). "In hướng
 * dẫn" prints it on A4 without the sidebar as the office's documents are printed: under the Party header
 * (domain.md §7), at the office's margins, numbered from page 2. `npm run guide:pdf` keeps that print in
 * docs/huong-dan-su-dung.pdf.
 */
export function GuidePage() {
  const print = usePrint();
  const settings = useSettings().data;
  return (
    <article className="guide">
      {settings && <PageSetup margins={settings.margins} numbered />}
      {settings && (
        <div className="print-document guide-party-head">
          <PartyHeader
            settings={settings}
            date={new Date()}
            kind="HD"
            title="Hướng dẫn"
            subject={GUIDE_SUBJECT}
          />
        </div>
      )}
      <PageTitle>Hướng dẫn sử dụng</PageTitle>
      <Button
        className="guide-print"
        icon={<PrinterOutlined />}
        disabled={!settings}
        onClick={() => void print()}
      >
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
