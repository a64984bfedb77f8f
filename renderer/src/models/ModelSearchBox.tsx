import { Input } from 'antd';
import { useState } from 'react';
import { useDebounced } from '../forms/use-debounced';

/**
 * The list's search: the backend folds case and diacritics, so "duong giao thong" finds "Đường giao thông".
 * It asks once typing pauses rather than at every key.
 */
export function ModelSearchBox({ search, onSearch }: { search: string; onSearch: (search: string) => void }) {
  const [text, setText] = useState(search);
  const commit = useDebounced(onSearch, 200);
  return (
    <Input.Search
      aria-label="Tìm kiếm"
      placeholder="Tìm theo tên mô hình, đơn vị, địa bàn… (gõ không dấu cũng được)"
      allowClear
      value={text}
      onChange={(e) => {
        setText(e.target.value);
        commit(e.target.value);
      }}
      onSearch={onSearch}
      className="list-search"
    />
  );
}
