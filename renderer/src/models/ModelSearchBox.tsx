import { Input } from 'antd';
import { useState } from 'react';
import { useDebounced } from '../forms/use-debounced';

/**
 * The list's search: the backend folds case and diacritics, so "duong giao thong" finds "Đường giao thông".
 * Every key is told at once (`onType`: the list narrows the rows it holds); the address and the backend
 * follow once typing pauses, or at Enter, which drops the pending pause so it cannot navigate later.
 */
export function ModelSearchBox({
  search,
  onType,
  onSearch,
}: {
  search: string;
  onType?: (text: string) => void;
  onSearch: (search: string) => void;
}) {
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
        onType?.(e.target.value);
        commit(e.target.value);
      }}
      onSearch={(value) => {
        commit.cancel();
        if (value !== search) onSearch(value);
      }}
      className="list-search"
    />
  );
}
