import { Card, Result } from 'antd';
import { SCREENS, type ScreenKey } from '../../app/routes.tsx';

const PLANNED: Partial<Record<ScreenKey, string[]>> = {
  'ke-hoach': ['Soạn từng phần của kế hoạch, xem trước trang A4', 'Kiểm tra thể thức, xuất Word và PDF, in', 'Cấp số, ngày và ban hành'],
  'de-cu': [
    'Mẫu Excel đề cử cho từng đơn vị',
    'Nhập tệp các đơn vị gửi về, kiểm tra chỉ tiêu, điều kiện, hạn nộp',
    'Nhập tay, tìm kiếm không dấu',
  ],
  'boi-duong': ['Nhật ký hoạt động bồi dưỡng theo từng điển hình', 'Theo dõi theo quý, tệp đính kèm'],
  'danh-gia': ['Đánh giá theo tiêu chí, biểu quyết của Hội đồng', 'Quyết định khen thưởng, danh sách kèm theo, tiền thưởng'],
  'bao-cao': ['Báo cáo kết quả, thống kê theo đơn vị, dân tộc, giới tính, lĩnh vực', 'Bản tổng hợp gửi từng đơn vị qua email'],
};

/** Screens of later phases: says plainly what will be here, rather than showing an empty page. */
export function UpcomingScreen({ screen }: { screen: ScreenKey }) {
  const label = SCREENS.find((item) => item.key === screen)?.label ?? '';
  return (
    <Card>
      <Result
        status="info"
        title={`Màn hình ${label} đang được hoàn thiện`}
        subTitle="Dữ liệu của giai đoạn này đã có chỗ trong cơ sở dữ liệu; các chức năng sau sẽ có trong bản cập nhật tới:"
        extra={
          <ul style={{ textAlign: 'left', display: 'inline-block', margin: 0 }}>
            {(PLANNED[screen] ?? []).map((item) => (
              <li key={item}>{item}</li>
            ))}
          </ul>
        }
      />
    </Card>
  );
}
