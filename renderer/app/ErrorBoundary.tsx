import { Component, type ErrorInfo, type ReactNode } from 'react';
import { Button, Result } from 'antd';

interface State {
  failed: boolean;
}

/** A screen that crashes shows a way back instead of a blank window; data is never touched. */
export class ErrorBoundary extends Component<{ children: ReactNode }, State> {
  override state: State = { failed: false };

  static getDerivedStateFromError(): State {
    return { failed: true };
  }

  override componentDidCatch(error: Error, info: ErrorInfo): void {
    console.error(error, info.componentStack);
  }

  override render(): ReactNode {
    if (!this.state.failed) return this.props.children;
    return (
      <Result
        status="error"
        title="Màn hình gặp lỗi khi hiển thị"
        subTitle="Dữ liệu đã lưu không bị ảnh hưởng. Hãy tải lại màn hình."
        extra={
          <Button type="primary" onClick={() => window.location.reload()}>
            Tải lại
          </Button>
        }
      />
    );
  }
}
