import { Button, Result, Space, Typography } from 'antd';
import { Component, type ErrorInfo, type ReactNode } from 'react';
import { errorDetailsText } from './error-details';
import { reportToLog } from './error-report';

interface State {
  error: unknown;
  details: string | null;
  copied: boolean;
}

/**
 * Catches what a screen throws while drawing, so one broken screen shows a Vietnamese message (with
 * "Tải lại" and "Sao chép chi tiết") instead of blanking the whole window; the menu beside it keeps working
 * and going to another screen (a new `resetKey`) tries again. Every catch goes to the log.
 */
export class ErrorBoundary extends Component<{ children: ReactNode; resetKey?: string }, State> {
  override state: State = { error: null, details: null, copied: false };

  static getDerivedStateFromError(error: unknown): Partial<State> {
    return { error: error ?? new Error('Lỗi không rõ'), copied: false };
  }

  override componentDidCatch(error: unknown, info: ErrorInfo): void {
    reportToLog('render', error);
    this.setState({
      details: errorDetailsText({
        error,
        componentStack: info.componentStack,
        route: window.location.hash,
        agent: navigator.userAgent,
        time: new Date(),
      }),
    });
  }

  override componentDidUpdate(previous: { resetKey?: string }): void {
    if (this.state.error && previous.resetKey !== this.props.resetKey) {
      this.setState({ error: null, details: null, copied: false });
    }
  }

  private copy = async () => {
    if (!this.state.details) return;
    await navigator.clipboard.writeText(this.state.details);
    this.setState({ copied: true });
  };

  override render(): ReactNode {
    if (!this.state.error) return this.props.children;
    return (
      <Result
        status="error"
        title="Đã xảy ra lỗi khi hiển thị màn hình này"
        subTitle="Dữ liệu đã lưu không bị ảnh hưởng. Hãy tải lại; nếu lỗi lặp lại, sao chép chi tiết và gửi cho người hỗ trợ (lỗi cũng đã được ghi vào nhật ký)."
        extra={
          <Space orientation="vertical" align="center">
            <Space>
              <Button type="primary" onClick={() => window.location.reload()}>
                Tải lại
              </Button>
              <Button onClick={() => void this.copy()} disabled={!this.state.details}>
                Sao chép chi tiết
              </Button>
            </Space>
            {this.state.copied && <Typography.Text type="success">Đã sao chép chi tiết lỗi.</Typography.Text>}
          </Space>
        }
      />
    );
  }
}
