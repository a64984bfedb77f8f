/**
 * "Hướng dẫn": a year's work in the order it is done. docs/huong-dan-su-dung.md carries the same steps for
 * paper; change both together.
 */
export const guideSteps: { title: string; text: string }[] = [
  {
    title: 'Danh mục',
    text: 'Đầu năm, kiểm tra các đơn vị, lĩnh vực, chỉ tiêu kết quả và thành viên Ban Chỉ đạo. Dùng “Thêm nhiều” để dán danh sách đơn vị, mỗi dòng một tên. Đơn vị đã có mô hình thì chọn “Ngừng sử dụng” thay vì xóa.',
  },
  {
    title: 'Đăng ký',
    text: 'Vào “Mô hình” → “Đăng ký mô hình”, nhập các mục của phiếu; mô hình duy trì thì chọn “Duy trì” và mô hình năm trước. Trang của mô hình có nút “In phiếu đăng ký”.',
  },
  {
    title: 'Đánh giá',
    text: 'Vào “Đánh giá”, tạo đợt đánh giá, chọn mô hình và thành viên chấm; in phiếu chấm điểm, nhập điểm từng thành viên, rồi “Chốt kết quả”.',
  },
  {
    title: 'Khen thưởng',
    text: 'Vào “Khen thưởng”, đề nghị khen thưởng các mô hình được công nhận và ghi quyết định (hình thức, cơ quan, số, ngày).',
  },
  {
    title: 'Báo cáo',
    text: 'Vào “Báo cáo” để xuất báo cáo năm (Word) và các danh sách (Excel) theo thể thức văn bản của Đảng, rồi chỉnh sửa nếu cần.',
  },
];
