import { useMemo } from 'react';
import { useParams } from 'react-router-dom';
import { registrationLines, type RegistrationLine } from '../../../shared/documents/registration-form';
import type { ModelDetail } from '../../../shared/contract/models';
import type { OfficeSettings } from '../../../shared/domain/office-settings';
import { useModel } from '../api/queries/models';
import { useSettings } from '../api/queries/settings';
import { useCatalogueNames } from '../catalogues/use-catalogue-names';
import { contentTop, flowMeasure, paragraphLines, type FlowBlock } from './measure';
import { PagedSheets, pageStatus, usePageLayout } from './PagedSheets';
import { paginate, paragraphKeeps } from './paginate';
import { PartyHeader, type PartyHeaderProps } from './PartyHeader';
import { pdfFileName } from './pdf-file-name';
import { PrintFrame } from './PrintFrame';
import { SignatureBlock, type Signer } from './SignatureBlock';

/**
 * A piece of the form on a page: a short field whole, a long field's label, or lines `from`–`to` (offsets in
 * its text) of one paragraph of a long field: a long text may run on to the next page between two lines.
 */
type Piece =
  | { line: number; kind: 'field' | 'label' }
  | { line: number; kind: 'text'; paragraph: number; from: number; to: number };

/** The form as laid out on the page: what each line says, its paragraphs, the head and who signs. */
interface Form {
  head: PartyHeaderProps;
  lines: (RegistrationLine & { paragraphs: string[] })[];
  signer: Signer;
}

/**
 * /in/phieu-dang-ky/:year/:id: one model's "Phiếu đăng ký" in the Party format, every field of the
 * registration form in its order, dated the day it was registered, signed by whoever registered it. Laid out
 * page by page (`paginate`): a field never split, a long text only between two lines with two lines at least
 * of its paragraph at each side, a label never at the foot of a page, the signature with the last lines.
 */
export function RegistrationPrintPage() {
  const params = useParams();
  const year = Number(params.year);
  const ref = Number.isInteger(year) && params.id ? { year, id: params.id } : null;
  const detail = useModel(ref);
  const settings = useSettings();
  const names = useCatalogueNames();
  const model = detail.data?.model;
  const wrongAddress = ref ? null : new Error('Địa chỉ không chỉ đến mô hình nào.');
  const form = useMemo(() => formOf(settings.data, detail.data, names), [settings.data, detail.data, names]);
  // Laid out again when the form's text or the margins change, not at each render.
  const { pages, layout } = usePageLayout<Form, Piece[]>(form, settings.data?.margins ?? null);

  return (
    <PrintFrame
      fileName={pdfFileName(`Phiếu đăng ký - ${model?.title ?? ''}`)}
      margins={layout?.margins ?? null}
      numbered
      error={wrongAddress ?? detail.error ?? settings.error}
      ready={pages !== null}
      status={layout ? pageStatus(pages) : undefined}
    >
      {layout ? (
        <PagedSheets
          layout={layout}
          measure={pageForm}
          whole={<FormSheet form={layout.of} pieces={wholePieces(layout.of)} first last />}
          page={(pieces, p, count) => (
            <FormSheet form={layout.of} pieces={pieces} first={p === 0} last={p === count - 1} />
          )}
        />
      ) : null}
    </PrintFrame>
  );
}

/** The form's head, lines and signer, once the model and the settings are in. */
function formOf(
  settings: OfficeSettings | undefined,
  detail: ModelDetail | undefined,
  { unitName, fieldName }: ReturnType<typeof useCatalogueNames>,
): Form | null {
  if (!settings || !detail) return null;
  const { model } = detail;
  return {
    head: {
      settings,
      date: new Date(model.createdAt),
      kind: 'PĐK',
      title: 'Phiếu đăng ký',
      subject: <div>Mô hình “Dân vận khéo” năm {model.year}</div>,
    },
    lines: registrationLines(model, {
      unit: unitName(model.unitId),
      field: fieldName(model.fieldId),
      previous: detail.links.continuedFrom?.title ?? null,
    }).map((line) => ({ ...line, paragraphs: line.long && line.text ? line.text.split('\n') : [] })),
    signer:
      model.kind === 'individual'
        ? { lines: ['NGƯỜI ĐĂNG KÝ'], hint: '(Ký, ghi rõ họ tên)', name: model.personName }
        : { lines: ['THỦ TRƯỞNG ĐƠN VỊ'], hint: '(Ký tên, đóng dấu)', name: '' },
  };
}

/** Every field whole, each long text's paragraphs whole: the layout the pages are measured on. */
function wholePieces(form: Form): Piece[] {
  return form.lines.flatMap((line, l): Piece[] =>
    line.long
      ? [
          { line: l, kind: 'label' },
          ...line.paragraphs.map((text, paragraph) => ({
            line: l,
            kind: 'text' as const,
            paragraph,
            from: 0,
            to: text.length,
          })),
        ]
      : [{ line: l, kind: 'field' }],
  );
}

/**
 * The pieces of each page, from the form laid out whole (`wholePieces`, each drawn as one `[data-piece]`
 * element, in order): each paragraph cut into its lines, each line a block `paginate` may end a page after, a
 * label kept with what follows it; then a page's lines of one paragraph joined again into one slice of its text.
 */
function pageForm(sheet: HTMLElement, pageHeight: number, form: Form): Piece[][] {
  const pieces: Piece[] = [];
  const blocks: FlowBlock[] = [];
  const whole = wholePieces(form);
  const elements = [...sheet.querySelectorAll<HTMLElement>('[data-piece]')];
  elements.forEach((element, e) => {
    const piece = whole[e]!;
    if (piece.kind !== 'text') {
      pieces.push(piece);
      // A label whose text follows stays with its first line.
      const follows = piece.kind === 'label' && element.nextElementSibling !== null;
      blocks.push({ top: element.getBoundingClientRect().top, ...(follows ? { keepWithNext: true } : {}) });
      return;
    }
    const lines = paragraphLines(element);
    // A page breaks a paragraph only where two of its lines at least stay at each side.
    const keeps = paragraphKeeps(lines.length);
    lines.forEach(({ offset, top }, i) => {
      pieces.push({ ...piece, from: offset, to: lines[i + 1]?.offset ?? piece.to });
      blocks.push({ top, ...(keeps[i] ? { keepWithNext: true } : {}) });
    });
  });
  const end = elements.at(-1)?.getBoundingClientRect().bottom ?? 0;
  const pages = paginate(
    flowMeasure(contentTop(sheet), pageHeight, blocks, end, sheet.querySelector('.party-signature')),
  );
  return pages.map((page) =>
    page.reduce<Piece[]>((joined, i) => {
      const piece = pieces[i]!;
      const last = joined.at(-1);
      if (
        piece.kind === 'text' &&
        last?.kind === 'text' &&
        last.line === piece.line &&
        last.paragraph === piece.paragraph
      ) {
        joined[joined.length - 1] = { ...last, to: piece.to };
      } else joined.push(piece);
      return joined;
    }, []),
  );
}

/** One sheet of the form: the head on the first, the pieces given, the signature on the last. */
function FormSheet({
  form,
  pieces,
  first,
  last,
}: {
  form: Form;
  pieces: Piece[];
  first: boolean;
  last: boolean;
}) {
  // Consecutive pieces of one field stand together under it.
  const fields = pieces.reduce<Piece[][]>((groups, piece) => {
    const group = groups.at(-1);
    if (group && group[0]!.line === piece.line) group.push(piece);
    else groups.push([piece]);
    return groups;
  }, []);
  return (
    <section className="print-sheet registration-sheet">
      {first && <PartyHeader {...form.head} />}
      <dl className="registration-lines">
        {fields.map((group) => {
          const line = form.lines[group[0]!.line]!;
          if (group[0]!.kind === 'field') {
            return (
              <div key={line.label} className="registration-line" data-piece="">
                <dt className="bold">{line.label}:</dt>
                <dd>{line.text}</dd>
              </div>
            );
          }
          const text = group.filter((p) => p.kind === 'text');
          return (
            <div key={line.label} className="registration-long">
              {group[0]!.kind === 'label' && (
                <dt className="bold" data-piece="">
                  {line.label}:
                </dt>
              )}
              {text.length > 0 && (
                <dd>
                  {text.map((p) => {
                    const whole = line.paragraphs[p.paragraph]!;
                    return (
                      <p
                        key={p.paragraph}
                        className={p.to < whole.length ? 'continues' : undefined}
                        data-piece=""
                      >
                        {whole.slice(p.from, p.to)}
                      </p>
                    );
                  })}
                </dd>
              )}
            </div>
          );
        })}
      </dl>
      {last && <SignatureBlock signer={form.signer} />}
    </section>
  );
}
