import { lazy, Suspense, useCallback, useEffect } from 'react';
import { Alert, App, Layout, Menu, Spin } from 'antd';
import { CampaignProvider, useCampaigns } from './CampaignContext.tsx';
import { ROUTES, routeOf, type Navigate, type ScreenKey } from './routes.tsx';
import { useHash, useHashRoute } from './useHashRoute.ts';
import { discardUnsavedChanges, hasUnsavedChanges } from './unsavedChanges.ts';
import { draftTime, leftDrafts } from './formDrafts.ts';
import { useQuery } from './useQuery.ts';
import { CampaignSwitcher } from '../components/CampaignSwitcher.tsx';
import { WaitingNotice } from '../components/WaitingNotice.tsx';
import { parsePrintRoute } from '../preview/printRoute.ts';

const PrintView = lazy(() => import('../preview/PrintView.tsx').then((m) => ({ default: m.PrintView })));

const { Sider, Header, Content } = Layout;

function Brand() {
  const agencies = useQuery('agencies.list', {});
  const current = agencies.data?.at(-1);
  return (
    <div className="app-brand">
      <div className="app-brand__mark" aria-hidden>
        ★
      </div>
      <div>
        <div className="app-brand__name">Điển hình tiên tiến</div>
        <div className="app-brand__agency">{current?.fullName ?? ''}</div>
      </div>
    </div>
  );
}

/** The chosen screen: the component of its route, given the campaign chosen in the header. */
function ScreenView({ screen, tab, navigate }: { screen: ScreenKey; tab: string | null; navigate: Navigate }) {
  const { selected, loading, error } = useCampaigns();
  const route = routeOf(screen);
  const Screen = route.component;
  if (error) return <Alert type="error" showIcon title="Không tải được danh sách chiến dịch" description={error} />;
  // A screen's code arrives on its first visit: a spinner stands in for that moment.
  const loadingScreen = <Spin size="large" aria-label="Đang tải màn hình" />;
  if (route.withoutCampaign) {
    return (
      <Suspense fallback={loadingScreen}>
        <Screen campaignId={selected?.id ?? 0} tab={tab} navigate={navigate} />
      </Suspense>
    );
  }
  if (loading && !selected) return <Spin size="large" />;
  if (!selected) return <Alert type="warning" showIcon title="Chưa có chiến dịch nào" />;
  // A new campaign starts its screens afresh (drafts and filters belong to one campaign).
  return (
    <Suspense fallback={loadingScreen}>
      <Screen key={`${screen}-${selected.id}`} campaignId={selected.id} tab={tab} navigate={navigate} />
    </Suspense>
  );
}

function Shell() {
  const { screen, tab, navigate: go } = useHashRoute();
  const { modal, notification } = App.useApp();
  // Edits left unsaved by a crash or a reload: said once at start, offered back in their own form.
  useEffect(() => {
    const drafts = leftDrafts();
    if (drafts.length === 0) return;
    notification.warning({
      title: 'Có nội dung đã gõ mà chưa lưu',
      description: `${drafts.map((draft) => `${draft.label} (lúc ${draftTime(draft.savedAt)})`).join('; ')}. Mở lại biểu mẫu đó để khôi phục hoặc bỏ.`,
      duration: 0,
    });
  }, [notification]);
  // Leaving a form with unsaved edits asks first, whichever way the user navigates.
  const navigate = useCallback(
    (target: ScreenKey, targetTab?: string) => {
      if (!hasUnsavedChanges()) {
        go(target, targetTab);
        return;
      }
      modal.confirm({
        title: 'Có thay đổi chưa lưu',
        content: 'Nếu rời màn hình này, các thay đổi chưa lưu sẽ bị bỏ. Bạn muốn rời đi?',
        okText: 'Rời đi, bỏ thay đổi',
        cancelText: 'Ở lại để lưu',
        okButtonProps: { danger: true },
        onOk: () => {
          discardUnsavedChanges();
          go(target, targetTab);
        },
      });
    },
    [modal, go],
  );
  const title = routeOf(screen).label;

  // Alt+1 … Alt+8 open the screens in sidebar order.
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (!event.altKey || event.ctrlKey || event.metaKey) return;
      const target = ROUTES.find((route) => route.shortcut === `Alt+${event.key}`);
      if (target) {
        event.preventDefault();
        navigate(target.key);
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [navigate]);

  useEffect(() => {
    document.title = `${title} – Điển hình tiên tiến`;
  }, [title]);

  return (
    <Layout style={{ minHeight: '100vh' }}>
      <Sider width={236} className="app-sider">
        <Brand />
        <Menu
          theme="dark"
          mode="inline"
          selectedKeys={[screen]}
          onClick={({ key }) => navigate(key as ScreenKey)}
          items={ROUTES.map((route) => ({
            key: route.key,
            icon: route.icon,
            label: <span title={route.shortcut}>{route.label}</span>,
          }))}
        />
      </Sider>
      <Layout>
        <Header className="app-header">
          <h1 className="app-header__title">{title}</h1>
          <WaitingNotice />
          <CampaignSwitcher />
        </Header>
        <Content className="app-content">
          <ScreenView screen={screen} tab={tab} navigate={navigate} />
        </Content>
      </Layout>
    </Layout>
  );
}

export function AppShell() {
  const print = parsePrintRoute(useHash());
  if (print) {
    return (
      <Suspense fallback={<Spin />}>
        <PrintView campaignId={print.campaignId} issuedId={print.issuedId} />
      </Suspense>
    );
  }
  return (
    <CampaignProvider>
      <Shell />
    </CampaignProvider>
  );
}
