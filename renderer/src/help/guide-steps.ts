/** A picture of the guide: docs/hinh/<name>.png, taken by `npm run guide:screenshots`. */
export interface GuidePicture {
  name: string;
  /** What the picture shows, under it and as its text for screen readers. */
  caption: string;
}

/** The subject line under "HƯỚNG DẪN" on the printed guide. */
export const GUIDE_SUBJECT = 'Sử dụng phần mềm “Dân vận khéo”';

/**
 * "Hướng dẫn": a year's work in the order it is done, each step with pictures of its screens.
 * docs/huong-dan-su-dung.md carries the same steps and pictures; change both together, then write the print
 * again (docs/huong-dan-su-dung.pdf, `npm run guide:pdf`).
 */
export const guideSteps: { title: string; text: string; pictures: GuidePicture[] }[] = [
  {
    title: 'Danh mục',
    text: 'Đầu năm, kiểm tra các đơn vị, lĩnh vực, chỉ tiêu kết quả và thành viên Ban Chỉ đạo. Dùng “Thêm nhiều” để dán danh sách đơn vị, mỗi dòng một tên. Đơn vị đã có mô hình thì chọn “Ngừng sử dụng” thay vì xóa.',
    pictures: [{ name: 'danh-muc', caption: 'Danh mục đơn vị, với các nút “Thêm đơn vị” và “Thêm nhiều”.' }],
  },
  {
    title: 'Đăng ký',
    text: 'Vào “Mô hình” → “Đăng ký mô hình”, nhập các mục của phiếu; mô hình duy trì thì chọn “Duy trì” và mô hình năm trước. Trang của mô hình có nút “In phiếu đăng ký”. Danh sách đơn vị gửi bằng Excel thì dùng “Nhập từ Excel” trên trang “Mô hình”: xem trước từng dòng, sửa hoặc bỏ qua các dòng lỗi rồi nhập.',
    pictures: [
      { name: 'dang-ky', caption: 'Phiếu đăng ký mô hình: tên, hình thức, đơn vị, lĩnh vực, loại đăng ký.' },
    ],
  },
  {
    title: 'Đánh giá',
    text: 'Vào “Đánh giá”, tạo đợt đánh giá, chọn mô hình và thành viên chấm; in phiếu chấm điểm, nhập điểm từng thành viên, rồi “Chốt kết quả”. Thành viên chấm trên máy thì gửi mỗi người một tệp “Phiếu chấm điểm Excel” và nhận lại bằng “Nhập phiếu chấm điểm”.',
    pictures: [
      {
        name: 'nhap-diem',
        caption: 'Thẻ “Nhập điểm”: điểm từng tiêu chí của một thành viên cho từng mô hình.',
      },
      {
        name: 'ket-qua',
        caption: 'Thẻ “Kết quả”: điểm trung bình, xếp hạng, xếp loại; sau khi chốt, đề nghị khen thưởng.',
      },
    ],
  },
  {
    title: 'Khen thưởng',
    text: 'Vào “Khen thưởng”, đề nghị khen thưởng các mô hình được công nhận và ghi quyết định (hình thức, cơ quan, số, ngày). Nhiều mô hình chung một quyết định: đánh dấu các mô hình đó rồi bấm “Ghi quyết định (N)” một lần.',
    pictures: [
      { name: 'khen-thuong', caption: 'Danh sách đề nghị khen thưởng của năm, với nút “Ghi quyết định”.' },
    ],
  },
  {
    title: 'Báo cáo',
    text: 'Vào “Báo cáo” để xuất báo cáo năm (Word) và các danh sách (Excel) theo thể thức văn bản của Đảng, rồi chỉnh sửa nếu cần.',
    pictures: [{ name: 'bao-cao', caption: 'Trang “Báo cáo”: xuất Word, xuất Excel hoặc in từng văn bản.' }],
  },
];
