import { describe, expect, it } from 'vitest';
import {
  allowedTransitions,
  canTransition,
  modelStatuses,
  statusLabels,
  transitionRefusal,
} from '../../../shared/domain/lifecycle';

describe('lifecycle', () => {
  it('names every status in Vietnamese as domain.md §5 does', () => {
    expect(modelStatuses.map((s) => statusLabels[s])).toEqual([
      'Đã đăng ký',
      'Đang thực hiện',
      'Công nhận',
      'Không công nhận',
      'Tiêu biểu',
      'Dừng thực hiện',
    ]);
  });

  it('never allows a status to "change" to itself', () => {
    for (const s of modelStatuses) expect(canTransition(s, s)).toBe(false);
  });

  it('lets a recognised model be raised to exemplary, but a refused one only via re-evaluation', () => {
    expect(canTransition('recognised', 'exemplary')).toBe(true);
    expect(canTransition('not_recognised', 'exemplary')).toBe(false);
    expect(canTransition('stopped', 'recognised')).toBe(false);
  });

  it('explains a refused change with the statuses that are allowed', () => {
    expect(transitionRefusal('stopped', 'exemplary')).toBe(
      'Không thể chuyển từ “Dừng thực hiện” sang “Tiêu biểu”. Từ “Dừng thực hiện” chỉ chuyển được sang: “Đang thực hiện”.',
    );
  });

  it('every status can be left, and every status but "registered" can be reached', () => {
    const reachable = new Set(Object.values(allowedTransitions).flat());
    for (const s of modelStatuses) {
      expect(allowedTransitions[s].length).toBeGreaterThan(0);
      if (s !== 'registered') expect(reachable.has(s)).toBe(true);
    }
  });
});
