import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App as AntApp, ConfigProvider } from 'antd';
import viVN from 'antd/locale/vi_VN';
import dayjs from 'dayjs';
import 'dayjs/locale/vi';
import { AppShell } from './app/AppShell.tsx';
import { ErrorBoundary } from './app/ErrorBoundary.tsx';
import './styles.css';

// antd's vi_VN locale covers the components; dayjs needs its own locale for calendars.
dayjs.locale('vi');

const root = document.getElementById('root');
if (!root) throw new Error('Thiếu phần tử #root');

createRoot(root).render(
  <StrictMode>
    <ConfigProvider
      locale={viVN}
      theme={{
        token: {
          colorPrimary: '#b22222',
          fontFamily: '"Segoe UI", "Liberation Sans", Arial, sans-serif',
          fontSize: 14,
          borderRadius: 6,
        },
      }}
    >
      <AntApp>
        <ErrorBoundary>
          <AppShell />
        </ErrorBoundary>
      </AntApp>
    </ConfigProvider>
  </StrictMode>,
);
