import type { KitResource } from '../i18n/fr';

/** Tiếng Việt (Vietnamese). */
export const vi = {
  banner: {
    title: 'Lựa chọn của quý vị về cookie',
    description:
      'Với sự đồng ý của quý vị, chúng tôi sử dụng cookie cho các mục đích được mô tả trong phần tùy chọn. Quý vị có thể thay đổi quyết định bất cứ lúc nào.',
    providers: 'Xem danh sách nhà cung cấp',
    acceptAll: 'Chấp nhận tất cả',
    rejectAll: 'Từ chối tất cả',
    customise: 'Tùy chỉnh',
    continueWithoutAccepting: 'Tiếp tục mà không chấp nhận',
  },
  gpc: 'Trình duyệt của quý vị gửi tín hiệu Global Privacy Control: chúng tôi đã áp dụng tín hiệu này bằng cách từ chối mọi nội dung cần sự đồng ý của quý vị. Quý vị có thể thay đổi lựa chọn này tại đây.',
  preferences: {
    title: 'Tùy chọn cookie',
    description: 'Hãy chọn những mục đích mà quý vị chấp nhận. Quý vị có thể thay đổi quyết định bất cứ lúc nào.',
    close: 'Đóng mà không lưu',
    save: 'Lưu lựa chọn của tôi',
    alwaysOn: 'Luôn bật',
    requiredReason: 'Những cookie này không thể thiếu đối với trang web và không cần sự đồng ý của quý vị.',
    exemptTitle: 'Được miễn yêu cầu đồng ý',
    exemptReason:
      'Đo lường lượng truy cập ẩn danh, được miễn yêu cầu đồng ý theo quy định của CNIL; quý vị có thể từ chối.',
    showCookies: 'Xem các cookie',
    providedBy: 'Nhà cung cấp: {{provider}}',
    policy: 'Chính sách quyền riêng tư của {{provider}}',
    providers: 'Danh sách nhà cung cấp',
    recordId: 'Mã định danh lựa chọn của quý vị: {{id}}',
  },
  status: {
    acceptedAll: 'Quý vị đã chấp nhận tất cả. Lựa chọn của quý vị đã được lưu.',
    rejectedAll: 'Quý vị đã từ chối tất cả. Lựa chọn của quý vị đã được lưu.',
    saved: 'Lựa chọn của quý vị đã được lưu.',
  },
  defaults: {
    required: {
      title: 'Cookie cần thiết',
      description: 'Giúp trang web hoạt động và giữ an toàn cho trang.',
    },
    exempt: {
      title: 'Đo lường lượng truy cập ẩn danh',
      description: 'Số liệu thống kê truy cập ẩn danh, chỉ dùng để cải thiện trang web này.',
    },
  },
  trigger: 'Quản lý cookie của tôi',
  embed: {
    text: 'Nội dung này do {{provider}} ({{service}}) cung cấp; nhà cung cấp này đặt các cookie cần có sự đồng ý của quý vị.',
    allowOnce: 'Cho phép một lần',
    allowAlways: 'Luôn cho phép',
  },
  table: {
    caption: 'Các cookie được sử dụng trên trang web này',
    provider: 'Tên nhà cung cấp',
    service: 'Dịch vụ và vị trí',
    name: 'Tên cookie',
    purpose: 'Mục đích',
    duration: 'Thời hạn',
    session: 'Phiên trình duyệt',
    ownProvider: 'Trang web này',
    ownService: 'Tùy chọn cookie của quý vị',
    ownPurpose: 'Ghi nhớ lựa chọn của khách truy cập về cookie',
  },
} satisfies KitResource;
