import { AppError } from '../../../shared/contract/errors';

/** An error of the file system (an errno code such as ENOSPC, or Node's ERR_FS_…), as opposed to a bug. */
export function isDiskError(error: unknown): error is NodeJS.ErrnoException {
  const code = (error as NodeJS.ErrnoException | null)?.code;
  return error instanceof Error && typeof code === 'string' && /^(E[A-Z]+|ERR_FS_[A-Z_]+)$/.test(code);
}

/** What the user can do about a disk error, in a sentence. */
export function diskErrorAdvice(error: NodeJS.ErrnoException, dataDir?: string): string {
  const folder = dataDir ? `thư mục dữ liệu "${dataDir}"` : 'thư mục dữ liệu';
  switch (error.code) {
    case 'ENOSPC':
    case 'EDQUOT':
      return 'Ổ đĩa đã đầy. Hãy giải phóng dung lượng (xóa bớt tệp không cần) rồi thử lại.';
    case 'EROFS':
    case 'EACCES':
    case 'EPERM':
      return (
        `Không có quyền ghi vào ${folder} (hoặc ổ đĩa chỉ cho đọc). ` +
        'Hãy kiểm tra quyền của thư mục, hoặc nhờ cán bộ tin học cấp quyền ghi, rồi thử lại.'
      );
    case 'EBUSY':
    case 'ETXTBSY':
      return 'Tệp dữ liệu đang bị một chương trình khác mở (ví dụ phần mềm diệt virus, sao lưu). Hãy đợi một lát rồi thử lại.';
    case 'EMFILE':
    case 'ENFILE':
      return 'Máy đang mở quá nhiều tệp. Hãy đóng bớt chương trình rồi thử lại.';
    case 'ENOENT':
    case 'ENOTDIR':
      return `Không tìm thấy ${folder} hoặc một phần của nó. Hãy kiểm tra ổ đĩa (USB, ổ mạng) còn được cắm và mở.`;
    default:
      return `Ổ đĩa báo lỗi khi đọc hoặc ghi. Hãy kiểm tra ổ đĩa chứa ${folder} rồi thử lại.`;
  }
}

/**
 * A disk error as the user sees it: `WRITE_FAILED`, what did not happen and what to do, in Vietnamese.
 * The technical detail (errno, system call, path) goes to the log for whoever supports the office.
 */
export function writeFailed(error: NodeJS.ErrnoException, dataDir?: string): AppError {
  console.error('Lỗi đĩa:', error);
  return new AppError(
    'WRITE_FAILED',
    `Không ghi được dữ liệu xuống đĩa. ${diskErrorAdvice(error, dataDir)} Thay đổi chưa được lưu; dữ liệu đã lưu trước đó vẫn nguyên vẹn.`,
  );
}

/** Why the data folder cannot be opened at start, in Vietnamese, with what to do. */
export class DataFolderUnavailableError extends Error {
  constructor(dataDir: string, cause: NodeJS.ErrnoException) {
    super(`Không mở được thư mục dữ liệu "${dataDir}". ${diskErrorAdvice(cause, dataDir)}`, { cause });
    this.name = 'DataFolderUnavailableError';
  }
}
