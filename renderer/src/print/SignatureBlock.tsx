import type { ReactNode } from 'react';
import { recipientLines, signatureLines } from '../../../shared/documents/party-format';
import type { OfficeSettings } from '../../../shared/domain/office-settings';

/** Who signs: the lines above the signature (bold capitals), a hint in italics, and the name under it. */
export interface Signer {
  lines: string[];
  hint?: string;
  name: string;
}

/** The office's signer from the settings: "T/M BAN THƯỜNG VỤ", the signer's title, the signer's name. */
export function officeSigner(settings: OfficeSettings): Signer {
  return { lines: signatureLines(settings), name: settings.signerName };
}

/**
 * "Nơi nhận:" at the left, the signature block at the right, as at the foot of every Party document. `aside`
 * stands at the left above them: a list's notes, beside the signature instead of over it, so that a short list
 * keeps its signature on its one page.
 */
export function SignatureBlock({
  signer,
  recipients = [],
  aside,
}: {
  signer: Signer;
  /** "Nơi nhận:" lines, the last one "Lưu". */
  recipients?: readonly string[];
  aside?: ReactNode;
}) {
  return (
    <footer className="party-signature">
      <div className="party-recipients">
        {aside}
        {recipients.length > 0 && (
          <>
            <div className="bold italic underline">Nơi nhận:</div>
            {recipientLines(recipients).map((line) => (
              <div key={line}>{line}</div>
            ))}
          </>
        )}
      </div>
      <div className="party-signer">
        {signer.lines.map((line) => (
          <div key={line} className="bold">
            {line}
          </div>
        ))}
        {signer.hint && <div className="italic">{signer.hint}</div>}
        <div className="party-sign-space" />
        <div className="bold">{signer.name}</div>
      </div>
    </footer>
  );
}
