import { useParams } from 'react-router-dom';
import { commendationStatusLabels } from '../../../shared/domain/commendation';
import { statusLabels } from '../../../shared/domain/lifecycle';
import { kindLabels } from '../../../shared/domain/model';
import { yearSchema } from '../../../shared/domain/office-settings';
import { formatDate } from '../../../shared/format/date';
import { useSettings } from '../api/queries/settings';
import { useCatalogueNames } from '../catalogues/use-catalogue-names';
import { formText, useCommendationRows } from '../commendations/commendation-rows';
import { PartyHeader } from './PartyHeader';
import { pdfFileName } from './pdf-file-name';
import { PrintFrame } from './PrintFrame';
import { officeSigner, SignatureBlock } from './SignatureBlock';

/**
 * /in/khen-thuong/:year: "Danh sách đề nghị khen thưởng" (domain.md §7), the year's proposals and the
 * decisions already taken, on portrait A4 with the office's header and signature.
 */
export function CommendationsPrintPage() {
  const year = yearSchema.safeParse(Number(useParams().year)).data ?? null;
  const settings = useSettings();
  const { rows, isPending, error } = useCommendationRows(year);
  const { unitName } = useCatalogueNames();
  const title = 'Danh sách đề nghị khen thưởng';
  const s = settings.data;

  return (
    <PrintFrame
      fileName={pdfFileName(`${title} năm ${year ?? ''}`)}
      margins={s?.margins ?? null}
      error={year === null ? new Error('Năm không hợp lệ.') : (settings.error ?? error)}
    >
      {s && year !== null && !isPending ? (
        <section className="print-sheet">
          <PartyHeader
            settings={s}
            date={new Date()}
            kind="DS"
            title={title}
            subject={`Mô hình “Dân vận khéo” năm ${year}`}
          />
          <table className="print-table">
            <thead>
              <tr>
                <th style={{ width: '10mm' }}>STT</th>
                <th>Tên mô hình</th>
                <th style={{ width: '30mm' }}>Đơn vị đăng ký</th>
                <th style={{ width: '21mm' }}>Kết quả đánh giá</th>
                <th style={{ width: '42mm' }}>Hình thức khen thưởng</th>
              </tr>
            </thead>
            <tbody>
              {rows.map(({ commendation: c, model }, i) => (
                <tr key={c.id}>
                  <td className="col-number">{i + 1}</td>
                  <td>
                    {model?.title ?? 'Mô hình đã xóa'}
                    {model?.kind === 'individual' && (
                      <div className="italic">
                        {kindLabels.individual}: {model.personName}
                      </div>
                    )}
                  </td>
                  <td>{model ? unitName(model.unitId) : ''}</td>
                  <td>{model ? statusLabels[model.status] : ''}</td>
                  <td>
                    {[formText(c), c.issuer].filter(Boolean).join(' của ')}
                    <div className="italic">
                      {c.status === 'granted'
                        ? `${commendationStatusLabels.granted}: QĐ số ${c.decisionNumber}${c.decisionDate ? `, ngày ${formatDate(c.decisionDate)}` : ''}`
                        : commendationStatusLabels.proposed}
                    </div>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
          <p>Tổng cộng: {rows.length} mô hình.</p>
          <SignatureBlock signer={officeSigner(s)} />
        </section>
      ) : null}
    </PrintFrame>
  );
}
