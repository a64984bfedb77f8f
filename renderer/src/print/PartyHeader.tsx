import type { ReactNode } from 'react';
import { partyHeader, type PartyHeader as PartyHeaderLines } from '../../../shared/documents/party-format';
import type { OfficeSettings } from '../../../shared/domain/office-settings';

export interface PartyHeaderProps {
  settings: OfficeSettings;
  /** The document's date, for the place-and-date line. */
  date: Date;
  /** The symbol of the kind of document: "BC" (báo cáo), "DS" (danh sách), "PCĐ"… */
  kind: string;
  number?: string;
  /** "PHIẾU CHẤM ĐIỂM", "BÁO CÁO"…: written in capitals, bold, centred. */
  title: string;
  /** The subject line under the title, 14 pt bold. */
  subject?: ReactNode;
}

/**
 * The head of a Party document (Hướng dẫn 36-HD/VPTW): the issuing body top left, "ĐẢNG CỘNG SẢN VIỆT NAM"
 * and the place and date top right, then the title and subject centred.
 */
export function PartyHeader({ settings, date, kind, number, title, subject }: PartyHeaderProps) {
  return <PartyHead head={partyHeader(settings, date, kind, number)} title={title} subject={subject} />;
}

/** The same head from its lines, as a document model carries them. */
export function PartyHead({
  head,
  title,
  subject,
}: {
  head: PartyHeaderLines;
  title: string;
  subject?: ReactNode;
}) {
  return (
    <header className="party-header">
      <div className="party-header-row">
        <div className="party-issuer">
          <div>{head.parent}</div>
          <div className="bold">{head.issuer}</div>
          <div>*</div>
          <div className="party-number">{head.number}</div>
        </div>
        <div className="party-nation">
          <div className="bold party-name">{head.party}</div>
          <div className="italic">{head.placeAndDate}</div>
        </div>
      </div>
      <h1 className="party-title">{title.toLocaleUpperCase('vi')}</h1>
      {subject && <div className="party-subject">{subject}</div>}
    </header>
  );
}
