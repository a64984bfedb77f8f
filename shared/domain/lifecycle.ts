/**
 * The lifecycle of a model (domain.md §5) as data: the statuses, their Vietnamese names, and which change
 * is allowed from which status. The backend refuses anything not listed here.
 * Commendations ("Đề nghị khen thưởng", "Đã khen thưởng") are recorded beside the status, not as one,
 * so a model stays "Tiêu biểu" while it is proposed for a commendation.
 */
export const modelStatuses = [
  'registered',
  'in_progress',
  'recognised',
  'not_recognised',
  'exemplary',
  'stopped',
] as const;
export type ModelStatus = (typeof modelStatuses)[number];

export const statusLabels: Record<ModelStatus, string> = {
  registered: 'Đã đăng ký',
  in_progress: 'Đang thực hiện',
  recognised: 'Công nhận',
  not_recognised: 'Không công nhận',
  exemplary: 'Tiêu biểu',
  stopped: 'Dừng thực hiện',
};

const evaluated: ModelStatus[] = ['recognised', 'not_recognised', 'exemplary'];

export const allowedTransitions: Record<ModelStatus, readonly ModelStatus[]> = {
  registered: ['in_progress', 'stopped', ...evaluated],
  in_progress: ['registered', 'stopped', ...evaluated],
  // An evaluation can be reopened (back to "Đang thực hiện") or corrected to another result.
  recognised: ['in_progress', 'not_recognised', 'exemplary'],
  not_recognised: ['in_progress', 'recognised'],
  exemplary: ['in_progress', 'recognised'],
  stopped: ['in_progress'],
};

/** "Công nhận" in the office's counts includes "Tiêu biểu": both passed the committee's evaluation. */
export const recognisedStatuses: readonly ModelStatus[] = ['recognised', 'exemplary'];

export function isRecognised(status: ModelStatus): boolean {
  return recognisedStatuses.includes(status);
}

export function canTransition(from: ModelStatus, to: ModelStatus): boolean {
  return allowedTransitions[from].includes(to);
}

export function transitionRefusal(from: ModelStatus, to: ModelStatus): string {
  const allowed = allowedTransitions[from].map((s) => `“${statusLabels[s]}”`).join(', ');
  return `Không thể chuyển từ “${statusLabels[from]}” sang “${statusLabels[to]}”. Từ “${statusLabels[from]}” chỉ chuyển được sang: ${allowed}.`;
}
