import { z } from 'zod';

/**
 * Long work the user waits for (reading an Excel list, a data package, a backup file): the renderer names it
 * with an id of its own choosing, sends that id with the work, and asks `jobs.progress` how far it has got
 * while the answer is pending; `jobs.cancel` abandons it before anything is written. Plain request/response,
 * so it works the same over IPC, HTTP and the utility process.
 */
export const jobIdSchema = z.uuid({ error: 'Mã công việc không hợp lệ.' });

export const jobRefSchema = z.object({ jobId: jobIdSchema }).strict();

/**
 * `waiting`: the backend has not received the work yet (its file is still on the way); `done`: answered (a
 * preview stays staged for its commit until cancelled); `failed`: refused; `cancelled`: abandoned.
 */
export const jobStates = ['waiting', 'running', 'done', 'failed', 'cancelled'] as const;
export type JobState = (typeof jobStates)[number];

export const jobProgressSchema = z.object({
  state: z.enum(jobStates),
  /** What is being done, in Vietnamese ("Đang đọc trang tính"). */
  phase: z.string(),
  /** How far the whole work has got, 0 to 100. */
  percent: z.number().int().min(0).max(100),
});
export type JobProgress = z.infer<typeof jobProgressSchema>;
