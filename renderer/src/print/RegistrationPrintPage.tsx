import { useParams } from 'react-router-dom';
import { registrationLines } from '../../../shared/documents/registration-form';
import { useModel } from '../api/queries/models';
import { useSettings } from '../api/queries/settings';
import { useCatalogueNames } from '../catalogues/use-catalogue-names';
import { PartyHeader } from './PartyHeader';
import { pdfFileName } from './pdf-file-name';
import { PrintFrame } from './PrintFrame';
import { SignatureBlock } from './SignatureBlock';

/**
 * /in/phieu-dang-ky/:year/:id: one model's "Phiếu đăng ký" in the Party format, every field of the
 * registration form in its order, dated the day it was registered, signed by whoever registered it.
 */
export function RegistrationPrintPage() {
  const params = useParams();
  const year = Number(params.year);
  const ref = Number.isInteger(year) && params.id ? { year, id: params.id } : null;
  const detail = useModel(ref);
  const settings = useSettings();
  const { unitName, fieldName } = useCatalogueNames();
  const model = detail.data?.model;
  const wrongAddress = ref ? null : new Error('Địa chỉ không chỉ đến mô hình nào.');

  return (
    <PrintFrame
      fileName={pdfFileName(`Phiếu đăng ký - ${model?.title ?? ''}`)}
      margins={settings.data?.margins ?? null}
      error={wrongAddress ?? detail.error ?? settings.error}
    >
      {settings.data && model && detail.data ? (
        <section className="print-sheet registration-sheet">
          <PartyHeader
            settings={settings.data}
            date={new Date(model.createdAt)}
            kind="PĐK"
            title="Phiếu đăng ký"
            subject={<div>Mô hình “Dân vận khéo” năm {model.year}</div>}
          />
          <dl className="registration-lines">
            {registrationLines(model, {
              unit: unitName(model.unitId),
              field: fieldName(model.fieldId),
              previous: detail.data.links.continuedFrom?.title ?? null,
            }).map((line) => (
              <div key={line.label} className={line.long ? 'registration-long' : 'registration-line'}>
                <dt className="bold">{line.label}:</dt>
                <dd>{line.text}</dd>
              </div>
            ))}
          </dl>
          <SignatureBlock
            signer={
              model.kind === 'individual'
                ? { lines: ['NGƯỜI ĐĂNG KÝ'], hint: '(Ký, ghi rõ họ tên)', name: model.personName }
                : { lines: ['THỦ TRƯỞNG ĐƠN VỊ'], hint: '(Ký tên, đóng dấu)', name: '' }
            }
          />
        </section>
      ) : null}
    </PrintFrame>
  );
}
