import { Button, Popconfirm } from 'antd';

/** A small "Xóa" button that asks first: `title` names what goes, `description` what to know before. */
export function DeleteButton({
  title,
  description,
  onConfirm,
}: {
  title: string;
  description?: string;
  onConfirm: () => void;
}) {
  return (
    <Popconfirm
      title={title}
      description={description}
      okText="Xóa"
      okButtonProps={{ danger: true }}
      cancelText="Hủy"
      onConfirm={onConfirm}
    >
      <Button size="small" danger>
        Xóa
      </Button>
    </Popconfirm>
  );
}
