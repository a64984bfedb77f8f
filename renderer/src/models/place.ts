/** "Địa bàn" as one line, hamlet first as addresses are written: "thôn Khuổi Tẩu, xã Phúc Lộc". */
export function placeText(model: { commune: string; hamlet: string }): string {
  return [model.hamlet, model.commune].filter(Boolean).join(', ');
}
