import { Card, Result } from 'antd';
import type { ScreenProps } from '../app/routes.tsx';

/** A screen of a later phase: says plainly what will be here, rather than showing an empty page. */
export function upcoming(label: string, planned: readonly string[]) {
  function UpcomingScreen(_props: ScreenProps) {
    return (
      <Card>
        <Result
          status="info"
          title={`Màn hình ${label} đang được hoàn thiện`}
          subTitle="Dữ liệu của giai đoạn này đã có chỗ trong cơ sở dữ liệu; các chức năng sau sẽ có trong bản cập nhật tới:"
          extra={
            <ul style={{ textAlign: 'left', display: 'inline-block', margin: 0 }}>
              {planned.map((item) => (
                <li key={item}>{item}</li>
              ))}
            </ul>
          }
        />
      </Card>
    );
  }
  return UpcomingScreen;
}
