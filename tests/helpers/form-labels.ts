/**
 * The registration form's labels exactly as domain.md §4 spells them, in its order ("Địa bàn" asked in two
 * fields): what the form shows and what the model's one label table must hold, written out here by hand.
 */
export const FORM_LABELS = [
  'Năm',
  'Tên mô hình',
  'Hình thức',
  'Đơn vị đăng ký',
  'Họ và tên',
  'Chức vụ',
  'Lĩnh vực',
  'Loại đăng ký',
  'Mô hình năm trước',
  'Nhân rộng từ',
  'Địa bàn (xã, thị trấn)',
  'Địa bàn (thôn, bản, tổ dân phố)',
  'Thực trạng, lý do xây dựng',
  'Mục tiêu',
  'Nội dung, cách thức thực hiện',
  'Đối tượng tham gia',
  'Lực lượng thực hiện',
  'Nguồn lực',
  'Thời gian bắt đầu',
  'Thời gian kết thúc',
  'Kết quả dự kiến',
  'Khả năng duy trì, nhân rộng',
  'Người phụ trách',
  'Số điện thoại',
];
