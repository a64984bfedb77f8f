import { App } from 'antd';
import { useCallback, useEffect, useMemo, useRef } from 'react';
import { useBlocker } from 'react-router-dom';

/** What a form tells its guard, and how it leaves on purpose. */
export interface UnsavedChanges {
  /** Something was typed (the form's `onValuesChange`). */
  changed: () => void;
  /** What was typed is on disk: leaving no longer asks. */
  saved: () => void;
  /** Leaves by `go` ("Hủy", Esc), asking first when something typed is not saved. */
  leave: (go: () => void) => void;
}

/**
 * Guards a form's unsaved typing against every way out: a link or the sidebar (the router's blocker),
 * "Hủy" and Esc (`leave`), and closing or reloading the window (`beforeunload`, which Electron turns into its
 * own question). Each asks "Bỏ các thay đổi chưa lưu?" and leaves only on "Bỏ thay đổi".
 */
export function useUnsavedChanges(): UnsavedChanges {
  const { modal } = App.useApp();
  const dirty = useRef(false);
  const asking = useRef(false);
  const blocker = useBlocker(
    ({ currentLocation, nextLocation }) =>
      dirty.current && currentLocation.pathname !== nextLocation.pathname,
  );

  const ask = useCallback(
    (discard: () => void, keep: () => void = () => {}) => {
      if (asking.current) return;
      asking.current = true;
      modal.confirm({
        title: 'Bỏ các thay đổi chưa lưu?',
        content: 'Những gì vừa nhập vào biểu mẫu sẽ không được lưu.',
        okText: 'Bỏ thay đổi',
        okButtonProps: { danger: true },
        cancelText: 'Tiếp tục nhập',
        autoFocusButton: 'cancel',
        // Answered, the question may be asked again at once: its closing animation must not swallow an Esc.
        onOk: () => {
          asking.current = false;
          dirty.current = false;
          discard();
        },
        onCancel: () => {
          asking.current = false;
          keep();
        },
      });
    },
    [modal],
  );

  useEffect(() => {
    if (blocker.state === 'blocked') ask(blocker.proceed, blocker.reset);
  }, [blocker, ask]);

  useEffect(() => {
    const onBeforeUnload = (event: BeforeUnloadEvent) => {
      if (!dirty.current) return;
      event.preventDefault();
      // Older engines ask only when a return value is set.
      event.returnValue = '';
    };
    window.addEventListener('beforeunload', onBeforeUnload);
    return () => window.removeEventListener('beforeunload', onBeforeUnload);
  }, []);

  return useMemo(
    () => ({
      changed: () => {
        dirty.current = true;
      },
      saved: () => {
        dirty.current = false;
      },
      leave: (go) => (dirty.current ? ask(go) : go()),
    }),
    [ask],
  );
}
