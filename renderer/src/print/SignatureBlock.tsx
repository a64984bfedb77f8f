import { signatureLines } from '../../../shared/documents/party-format';
import type { OfficeSettings } from '../../../shared/domain/office-settings';

/** "Nơi nhận:" at the left, the signature block at the right, as at the foot of every Party document. */
export function SignatureBlock({
  settings,
  recipients = [],
}: {
  settings: OfficeSettings;
  recipients?: string[];
}) {
  return (
    <footer className="party-signature">
      <div className="party-recipients">
        {recipients.length > 0 && (
          <>
            <div className="bold italic underline">Nơi nhận:</div>
            {recipients.map((r) => (
              <div key={r}>- {r},</div>
            ))}
            <div>- Lưu.</div>
          </>
        )}
      </div>
      <div className="party-signer">
        {signatureLines(settings).map((line) => (
          <div key={line} className="bold">
            {line}
          </div>
        ))}
        <div className="party-sign-space" />
        <div className="bold">{settings.signerName}</div>
      </div>
    </footer>
  );
}
