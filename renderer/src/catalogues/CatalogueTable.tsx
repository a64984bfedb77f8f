import { PlusOutlined } from '@ant-design/icons';
import { App, Button, Space, Table, Tag } from 'antd';
import { DeleteButton } from '../forms/DeleteButton';
import type { ColumnsType } from 'antd/es/table';
import { useState } from 'react';
import type { InputOf } from '../../../shared/contract/channels';
import { catalogueLabels, type CatalogueItem, type CatalogueKind } from '../../../shared/domain/catalogues';
import { errorMessage } from '../api/api-error';
import { useCatalogues, useRemoveCatalogueItem, useSaveCatalogueItem } from '../api/queries/catalogues';
import { catalogueFields, catalogueItemInput, fieldText } from './catalogue-fields';
import { CatalogueItemModal } from './CatalogueItemModal';
import { UnitBatchModal } from './UnitBatchModal';

type Item = CatalogueItem<CatalogueKind>;

/** One catalogue: its items in the backend's Vietnamese order, with add, edit, (de)activate and delete. */
export function CatalogueTable({ kind }: { kind: CatalogueKind }) {
  const { message } = App.useApp();
  const catalogues = useCatalogues();
  const save = useSaveCatalogueItem();
  const remove = useRemoveCatalogueItem();
  const [editing, setEditing] = useState<Item | 'new' | null>(null);
  const [batch, setBatch] = useState(false);
  const { one } = catalogueLabels[kind];

  const setActive = async (item: Item, active: boolean) => {
    const input = { kind, id: item.id, item: catalogueItemInput(kind, item, active) };
    try {
      // Same shape as the edit form sends: this kind's columns, validated by the backend.
      await save.mutateAsync(input as InputOf<'catalogues.save'>);
      message.success(
        active ? `Đã sử dụng lại ${one} “${item.name}”.` : `Đã ngừng sử dụng ${one} “${item.name}”.`,
      );
    } catch (error) {
      message.error(errorMessage(error));
    }
  };

  const destroy = async (item: Item) => {
    try {
      await remove.mutateAsync({ kind, id: item.id });
      message.success(`Đã xóa ${one} “${item.name}”.`);
    } catch (error) {
      message.error(errorMessage(error));
    }
  };

  const columns: ColumnsType<Item> = [
    ...catalogueFields[kind].map((field) => ({
      title: field.label,
      key: field.name,
      render: (_: unknown, item: Item) => fieldText(item, field.name),
    })),
    {
      title: 'Trạng thái',
      key: 'active',
      width: 150,
      render: (_, item) => (item.active ? <Tag color="green">Đang sử dụng</Tag> : <Tag>Ngừng sử dụng</Tag>),
    },
    {
      title: 'Thao tác',
      key: 'actions',
      width: 280,
      render: (_, item) => (
        <Space size="small">
          <Button size="small" onClick={() => setEditing(item)}>
            Sửa
          </Button>
          <Button size="small" onClick={() => setActive(item, !item.active)}>
            {item.active ? 'Ngừng sử dụng' : 'Sử dụng lại'}
          </Button>
          <DeleteButton
            title={`Xóa ${one} “${item.name}”?`}
            description={`Chỉ xóa được ${one} chưa có mô hình nào dùng; nếu đã dùng, hãy chọn “Ngừng sử dụng”.`}
            onConfirm={() => destroy(item)}
          />
        </Space>
      ),
    },
  ];

  return (
    <>
      <Space className="toolbar">
        <Button type="primary" icon={<PlusOutlined />} onClick={() => setEditing('new')}>
          Thêm {one}
        </Button>
        {kind === 'units' && <Button onClick={() => setBatch(true)}>Thêm nhiều</Button>}
      </Space>
      <Table<Item>
        size="small"
        rowKey="id"
        loading={catalogues.isPending}
        dataSource={catalogues.data?.[kind] ?? []}
        columns={columns}
        rowClassName={(item) => (item.active ? '' : 'row-inactive')}
        pagination={{ pageSize: 50, hideOnSinglePage: true, showSizeChanger: false }}
        locale={{ emptyText: catalogues.isError ? errorMessage(catalogues.error) : `Chưa có ${one} nào.` }}
      />
      {editing && (
        <CatalogueItemModal
          kind={kind}
          item={editing === 'new' ? null : editing}
          onClose={() => setEditing(null)}
        />
      )}
      {batch && <UnitBatchModal onClose={() => setBatch(false)} />}
    </>
  );
}
