import { App, Form, Input, Modal, Typography } from 'antd';
import { useState } from 'react';
import { statusLabels } from '../../../shared/domain/lifecycle';
import type { Round } from '../../../shared/domain/round';
import { classifications, type RoundResults } from '../../../shared/domain/scoring';
import { formatNumber } from '../../../shared/format/number';
import { errorMessage } from '../api/api-error';
import { useFinaliseRound, useReopenRound } from '../api/queries/evaluation';

/**
 * "Chốt kết quả" and "Mở lại đợt": the staff confirm, and may say why (the meeting, the decision), which the
 * round's history keeps. Finalising says what the models will become and what is still flagged.
 */
export function RoundDecisionModal({
  action,
  round,
  results,
  onClose,
}: {
  action: 'finalise' | 'reopen';
  round: Round;
  results: RoundResults;
  onClose: () => void;
}) {
  const { message } = App.useApp();
  const [note, setNote] = useState('');
  const finalise = useFinaliseRound();
  const reopen = useReopenRound();
  const mutation = action === 'finalise' ? finalise : reopen;
  const { missing, disagreements } = results.flags;

  const submit = async () => {
    try {
      await mutation.mutateAsync({ year: round.year, roundId: round.id, note });
      message.success(
        action === 'finalise'
          ? `Đã chốt kết quả đợt đánh giá “${round.name}”; trạng thái các mô hình đã được cập nhật.`
          : `Đã mở lại đợt đánh giá “${round.name}”.`,
      );
      onClose();
    } catch (error) {
      message.error(errorMessage(error));
    }
  };

  const count = (c: (typeof classifications)[number]) =>
    results.models.filter((m) => m.classification === c).length;

  return (
    <Modal
      open
      title={action === 'finalise' ? 'Chốt kết quả đợt đánh giá?' : 'Mở lại đợt đánh giá?'}
      okText={action === 'finalise' ? 'Chốt kết quả' : 'Mở lại đợt'}
      cancelText="Hủy"
      onOk={submit}
      onCancel={onClose}
      confirmLoading={mutation.isPending}
      destroyOnHidden
    >
      {action === 'finalise' ? (
        <>
          <Typography.Paragraph>
            Kết quả được áp dụng cho các mô hình của đợt:{' '}
            {classifications.map((c) => `${statusLabels[c]} ${formatNumber(count(c))}`).join(' · ')}. Sau khi
            chốt, điểm của đợt không sửa được nữa (trừ khi mở lại đợt).
          </Typography.Paragraph>
          {(missing.length > 0 || disagreements.length > 0) && (
            <Typography.Paragraph type="warning">
              Lưu ý: còn thiếu {formatNumber(missing.length)} phiếu chấm điểm và{' '}
              {formatNumber(disagreements.length)} điểm chênh lệch từ 20 điểm trở lên so với điểm trung bình.
            </Typography.Paragraph>
          )}
        </>
      ) : (
        <Typography.Paragraph>
          Các mô hình đã nhận kết quả của đợt này trở lại “{statusLabels.in_progress}” (trừ mô hình đã được
          đổi trạng thái sau khi chốt), và điểm lại sửa được.
        </Typography.Paragraph>
      )}
      <Form layout="vertical">
        <Form.Item label="Ghi chú" htmlFor="round-decision-note">
          <Input.TextArea
            id="round-decision-note"
            value={note}
            onChange={(e) => setNote(e.target.value)}
            placeholder={
              action === 'finalise'
                ? 'Ví dụ: Hội nghị Ban Chỉ đạo ngày 20/12/2023'
                : 'Lý do mở lại, ví dụ: nhập sai điểm của một thành viên'
            }
            autoSize={{ minRows: 2, maxRows: 5 }}
            maxLength={1000}
          />
        </Form.Item>
      </Form>
    </Modal>
  );
}
