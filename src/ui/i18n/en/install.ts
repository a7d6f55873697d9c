/** English entries of updates and installation (see ../en.ts for the conventions). */
export const EN_INSTALL: Readonly<Record<string, string>> = {
  // ── Update banner (src/app/UpdateBanner.tsx) ─────────────────────────────────────────
  '{count} thay đổi chưa gửi vẫn nằm an toàn trên máy; phiên bản mới sẽ gửi chúng khi có mạng.':
    '{count} unsent change stays safe on this phone; the new version will send it once online.|{count} unsent changes stay safe on this phone; the new version will send them once online.',
  'Đang gửi các thay đổi lên máy chủ trước khi cập nhật…': 'Sending your changes to the server before updating…',
  'Đang chuyển sang phiên bản mới…': 'Switching to the new version…',
  // ── Install offer and "Ứng dụng" in Cài đặt (src/features/install) ─────────────────────
  'Cài đặt ứng dụng': 'Install the app',
  'Cài Sổ Một Cửa lên màn hình chính để mở nhanh và dùng cả khi không có mạng.':
    'Install Sổ Một Cửa on your home screen to open it quickly and use it offline too.',
  'Cài ngay': 'Install now',
  'Để sau': 'Not now',
  'Ứng dụng': 'App',
  'Phiên bản {version}': 'Version {version}',
  'Ứng dụng đã được cài trên máy này.': 'The app is installed on this phone.',
  'Cài lên màn hình chính để mở nhanh như một ứng dụng và dùng cả khi không có mạng.':
    'Install it on your home screen to open it like an app and use it offline too.',
  'Cài đặt ứng dụng lên màn hình chính': 'Install the app on the home screen',
  'Cài trên iPhone': 'Installing on iPhone',
  'Mở trang này bằng Safari.': 'Open this page in Safari.',
  'Bấm nút Chia sẻ (hình vuông có mũi tên lên).': 'Tap the Share button (the square with an arrow pointing up).',
  'Chọn «Thêm vào Màn hình chính», rồi bấm «Thêm».': 'Choose “Add to Home Screen”, then tap “Add”.',
  'Để cài lên màn hình chính, mở menu của trình duyệt và chọn «Cài đặt ứng dụng» hoặc «Thêm vào màn hình chính».':
    'To install it on your home screen, open the browser menu and choose “Install app” or “Add to Home screen”.',
  'Chưa cài. Khi cần, mở menu của trình duyệt và chọn «Cài đặt ứng dụng» hoặc «Thêm vào màn hình chính».':
    'Not installed. When you need it, open the browser menu and choose “Install app” or “Add to Home screen”.',
};
