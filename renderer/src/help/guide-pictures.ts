import baoCao from '../../../docs/hinh/bao-cao.png';
import dangKy from '../../../docs/hinh/dang-ky.png';
import danhMuc from '../../../docs/hinh/danh-muc.png';
import ketQua from '../../../docs/hinh/ket-qua.png';
import khenThuong from '../../../docs/hinh/khen-thuong.png';
import nhapDiem from '../../../docs/hinh/nhap-diem.png';

/** The address of each picture of the guide, by the name guide-steps.ts gives it. */
export const guidePictureUrls: Record<string, string> = {
  'danh-muc': danhMuc,
  'dang-ky': dangKy,
  'nhap-diem': nhapDiem,
  'ket-qua': ketQua,
  'khen-thuong': khenThuong,
  'bao-cao': baoCao,
};
