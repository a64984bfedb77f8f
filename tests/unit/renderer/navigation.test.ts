import { describe, expect, it } from 'vitest';
import { sectionOf } from '../../../renderer/src/app/navigation';

describe('the section the sidebar highlights', () => {
  it('is the one holding the address, and none on an address no section holds', () => {
    expect(sectionOf('/')).toBe('/');
    expect(sectionOf('/mo-hinh')).toBe('/mo-hinh');
    expect(sectionOf('/mo-hinh/2023/00000000-0000-4000-8000-0000000000a1/sua')).toBe('/mo-hinh');
    expect(sectionOf('/danh-gia/tao-dot')).toBe('/danh-gia');
    expect(sectionOf('/huong-dan')).toBe('/huong-dan');
    // The not-found page: neither "Tổng quan" nor a section whose path only begins the same way.
    expect(sectionOf('/khong-co-trang-nay')).toBeUndefined();
    expect(sectionOf('/mo-hinhx')).toBeUndefined();
  });
});
