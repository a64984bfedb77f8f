import type { unitTypes } from '../../../shared/domain/catalogues';

/** Ba Bể district before 2025 (domain.md §9): the demo office. */
export const BA_BE_COMMUNES = [
  'Thị trấn Chợ Rã',
  'Xã Bành Trạch',
  'Xã Phúc Lộc',
  'Xã Hà Hiệu',
  'Xã Cao Thượng',
  'Xã Khang Ninh',
  'Xã Nam Mẫu',
  'Xã Thượng Giáo',
  'Xã Địa Linh',
  'Xã Yến Dương',
  'Xã Chu Hương',
  'Xã Quảng Khê',
  'Xã Mỹ Phương',
  'Xã Hoàng Trĩ',
  'Xã Đồng Phúc',
];

export const BA_BE_BODIES: { name: string; type: (typeof unitTypes)[number] }[] = [
  { name: 'Chi bộ Văn phòng Huyện ủy', type: 'Chi bộ, đảng bộ trực thuộc' },
  { name: 'Ủy ban MTTQ Việt Nam huyện', type: 'Mặt trận Tổ quốc và các đoàn thể' },
  { name: 'Hội Liên hiệp Phụ nữ huyện', type: 'Mặt trận Tổ quốc và các đoàn thể' },
  { name: 'Hội Nông dân huyện', type: 'Mặt trận Tổ quốc và các đoàn thể' },
  { name: 'Huyện đoàn', type: 'Mặt trận Tổ quốc và các đoàn thể' },
  { name: 'Hội Cựu chiến binh huyện', type: 'Mặt trận Tổ quốc và các đoàn thể' },
  { name: 'Công an huyện', type: 'Lực lượng vũ trang' },
  { name: 'Ban Chỉ huy Quân sự huyện', type: 'Lực lượng vũ trang' },
];

/** Hamlets of the communes ("xã"), each with its type word, as the place is written. */
export const VILLAGE_HAMLETS = [
  'Thôn Khuổi Tẩu',
  'Thôn Khuổi Luồm',
  'Thôn Bản Xả',
  'Thôn Nà Phầy',
  'Thôn Pác Ngòi',
  'Bản Bó Lù',
  'Thôn Cốc Tộc',
  'Thôn Nà Hàn',
  'Bản Lồm',
  'Thôn Nà Làng',
  'Bản Pù Mắt',
  'Thôn Khâu Qua',
  'Thôn Nà Còn',
  'Bản Vài',
];

/** The town's ("thị trấn") quarters: a "tổ dân phố" is never inside a "xã". */
export const TOWN_HAMLETS = ['Tổ dân phố 1', 'Tổ dân phố 3', 'Tổ dân phố 5'];

/** The committee of the demo office: plainly sample names. */
export const DEMO_MEMBERS = [
  ['Nguyễn Văn A', 'Trưởng Ban Dân vận Huyện ủy, Trưởng Ban Chỉ đạo'],
  ['Trần Thị B', 'Phó Trưởng Ban Dân vận Huyện ủy'],
  ['Lê Văn C', 'Chủ tịch Ủy ban MTTQ Việt Nam huyện'],
  ['Phạm Thị D', 'Chủ tịch Hội Liên hiệp Phụ nữ huyện'],
  ['Hoàng Văn E', 'Chủ tịch Hội Nông dân huyện'],
  ['Vũ Thị G', 'Bí thư Huyện đoàn'],
  ['Đặng Văn H', 'Chuyên viên Ban Dân vận Huyện ủy'],
] as const;

/** Model ideas by field, after the published examples; the real ones of domain.md §9 come first. */
export const TITLES_BY_FIELD: Record<string, readonly string[]> = {
  'Kinh tế': [
    'Vận động nhân dân hiến đất, góp ngày công làm đường giao thông nông thôn mới',
    'Sửa chữa đường giao thông liên thôn',
    'Vận động nhân dân phát triển kinh tế hộ gia đình gắn với giảm nghèo bền vững',
    'Liên kết trồng và tiêu thụ chè theo hướng hữu cơ',
    'Phát triển du lịch cộng đồng gắn với hồ Ba Bể',
    'Hỗ trợ hộ nghèo phát triển chăn nuôi trâu, bò',
    'Vận động trồng rừng kinh tế và bảo vệ rừng đầu nguồn',
    'Tổ hợp tác trồng rau an toàn',
  ],
  'Văn hóa - xã hội': [
    'Vận động nhân dân xây dựng và bảo vệ môi trường xanh, sạch, đẹp',
    'Đoạn đường tự quản',
    'Phân loại rác thải sinh hoạt tại nguồn',
    'Giữ gìn và phát huy bản sắc văn hóa dân tộc Tày',
    'Vận động xóa nhà tạm, nhà dột nát cho hộ nghèo',
    'Thôn văn hóa kiểu mẫu',
    'Vận động học sinh đến trường, không bỏ học giữa chừng',
    'Thắp sáng đường quê',
  ],
  'Quốc phòng - an ninh': [
    'Tổ an ninh tự quản tiêu biểu',
    'Camera an ninh thôn bản',
    'Vận động nhân dân giao nộp vũ khí, vật liệu nổ',
    'Thôn không có tệ nạn ma túy',
    'Tiếng kẻng an ninh',
    'Dân vận khéo trong giải quyết tranh chấp đất đai',
  ],
  'Xây dựng hệ thống chính trị': [
    'Chi bộ trong sạch, vững mạnh gắn với dân vận khéo',
    'Đảng viên nhận đỡ đầu hộ nghèo',
    'Dân vận khéo trong cải cách hành chính',
    'Đối thoại trực tiếp giữa người đứng đầu cấp ủy với nhân dân',
    'Mỗi đoàn viên một việc làm tốt vì cộng đồng',
  ],
};

export const INDIVIDUAL_TITLES = [
  'Gương mẫu hiến đất làm đường và vận động bà con cùng thực hiện',
  'Vận động hộ gia đình chuyển đổi cây trồng, thoát nghèo',
  'Trưởng thôn vận động nhân dân giữ gìn an ninh trật tự',
  'Người có uy tín vận động đồng bào xóa bỏ hủ tục',
  'Nữ đảng viên vận động phụ nữ tiết kiệm giúp nhau phát triển kinh tế',
];

/** The real Ba Bể examples of domain.md §9, placed among the 2023 demo models. */
export const REAL_EXAMPLES_2023 = [
  {
    title: 'Vận động nhân dân xây dựng và bảo vệ môi trường xanh, sạch, đẹp',
    unit: 'Chi bộ Văn phòng Huyện ủy',
    field: 'Văn hóa - xã hội',
    commune: 'Xã Phúc Lộc',
    hamlet: 'Thôn Khuổi Tẩu',
  },
  {
    title: 'Vận động nhân dân sửa chữa đường giao thông liên thôn',
    unit: 'Xã Thượng Giáo',
    field: 'Kinh tế',
    commune: 'Xã Thượng Giáo',
    hamlet: 'Thôn Nà Còn',
  },
  {
    title: 'Đoạn đường tự quản của Chi hội Phụ nữ Khuổi Luồm',
    unit: 'Hội Liên hiệp Phụ nữ huyện',
    field: 'Văn hóa - xã hội',
    commune: 'Xã Quảng Khê',
    hamlet: 'Thôn Khuổi Luồm',
  },
  {
    title: 'Vận động nhân dân hiến đất, góp ngày công làm đường giao thông nông thôn mới',
    unit: 'Xã Chu Hương',
    field: 'Kinh tế',
    commune: 'Xã Chu Hương',
    hamlet: 'Thôn Bản Xả',
  },
] as const;
