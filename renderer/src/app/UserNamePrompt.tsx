import { App, Button, Input, Typography } from 'antd';
import { useState } from 'react';
import { useLocation } from 'react-router-dom';
import { errorMessage } from '../api/api-error';
import { useSettings, useUpdateSettings } from '../api/queries/settings';

/** "Để sau" holds for this window's session: the prompt comes back at the next start while no name is set. */
const LATER_KEY = 'dvk.userNameLater';

/**
 * Asks for "Người sử dụng" at the foot of the sidebar while none is set, so histories name the clerk rather
 * than the computer's login. It never blocks the page; Cài đặt, which has the field itself, does not show it.
 */
export function UserNamePrompt() {
  const { message } = App.useApp();
  const settings = useSettings();
  const update = useUpdateSettings();
  const location = useLocation();
  const [name, setName] = useState('');
  const [later, setLater] = useState(() => sessionStorage.getItem(LATER_KEY) === '1');

  if (!settings.data || settings.data.userName || later || location.pathname.startsWith('/cai-dat')) {
    return null;
  }

  const save = async () => {
    if (name.trim() === '') return;
    try {
      const saved = await update.mutateAsync({ userName: name });
      message.success(`Đã ghi tên người sử dụng: ${saved.userName}. Có thể sửa trong Cài đặt.`);
    } catch (error) {
      message.error(errorMessage(error));
    }
  };
  const postpone = () => {
    sessionStorage.setItem(LATER_KEY, '1');
    setLater(true);
  };

  return (
    <section className="user-name-prompt" aria-labelledby="user-name-prompt-title">
      <label id="user-name-prompt-title" htmlFor="user-name-prompt-input" className="user-name-prompt-title">
        Người sử dụng
      </label>
      <Typography.Text type="secondary" className="user-name-prompt-hint">
        Tên của bạn sẽ được ghi ở cột “Người thực hiện” trong lịch sử.
      </Typography.Text>
      <Input
        id="user-name-prompt-input"
        size="small"
        placeholder="Họ và tên"
        maxLength={100}
        value={name}
        onChange={(e) => setName(e.target.value)}
        onPressEnter={save}
      />
      <div className="user-name-prompt-actions">
        <Button
          size="small"
          type="primary"
          disabled={name.trim() === ''}
          loading={update.isPending}
          onClick={save}
        >
          Ghi tên
        </Button>
        <Button size="small" type="text" onClick={postpone}>
          Để sau
        </Button>
      </div>
    </section>
  );
}
