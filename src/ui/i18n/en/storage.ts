/** English for the storage durability messages (issue 7, part 1): storage card, notices, drafts. */
export const EN_STORAGE: Readonly<Record<string, string>> = {
  // Full disk and drafts (src/data/reopen.ts, "Tiếp nhận")
  'Bộ nhớ của máy đã đầy nên chưa lưu được. Những gì đã nhập vẫn còn trên màn hình: hãy xóa bớt ảnh, video hoặc ứng dụng không dùng, đồng bộ rồi bấm lưu lại.':
    'The phone’s storage is full, so this was not saved. What you entered is still on screen: delete some photos, videos or unused apps, sync, then save again.',
  'Đã khôi phục bản nháp chưa lưu.': 'An unsaved draft was restored.',
  'Bỏ bản nháp': 'Discard draft',
  // Storage health card (Cài đặt)
  'Bộ nhớ gần đầy: hãy xóa bớt ảnh, video hoặc ứng dụng không dùng, và tải bản sao lưu.': 'Storage is nearly full: delete some photos, videos or unused apps, and download a backup.',
  'Có thay đổi chưa gửi đã hơn 3 ngày: hãy kết nối mạng và đồng bộ.': 'Changes have waited more than 3 days: connect to the network and sync.',
  'Chưa: trình duyệt có thể xóa khi máy thiếu bộ nhớ': 'Not yet: the browser may delete it when the phone runs low on space',
  '{time} ({count} ngày trước)': '{time} ({count} day ago)|{time} ({count} days ago)',
  // Wiped storage and persistence notices
  'Dữ liệu trên máy đã bị xóa': 'The data on this phone was deleted',
  'Máy chủ có nhiều thay đổi từ máy này hơn những gì máy còn giữ: trình duyệt đã xóa dữ liệu hoặc máy đã quay về bản cũ.':
    'The server has more changes from this phone than the phone still holds: the browser deleted its data, or the phone went back to an old copy.',
  'Trình duyệt đã xóa dữ liệu của Sổ Một Cửa trên máy này (máy có hồ sơ từ {time}), thường là khi bộ nhớ gần đầy.':
    'The browser deleted Sổ Một Cửa’s data on this phone (it had records since {time}), usually when storage runs low.',
  'Hồ sơ đã đồng bộ vẫn còn trên máy chủ; thay đổi chưa gửi chỉ còn trong bản sao lưu đã tải.':
    'Synced records are still on the server; changes not yet sent survive only in a downloaded backup.',
  'Khôi phục từ bản sao lưu': 'Restore from a backup',
  'Tải lại từ máy chủ': 'Reload from the server',
  'Đã hiểu': 'Got it',
  'Đang tải lại hồ sơ của đơn vị từ máy chủ…': 'Reloading the unit’s records from the server…',
  'Đã tải lại những gì máy chủ có. Hãy kiểm tra những hồ sơ ghi sau lần đồng bộ cuối.': 'Reloaded what the server holds. Check the records made after the last sync.',
  'Mã đăng ký cũ đã mất cùng dữ liệu. Hãy xin người quản trị một mã đăng ký mới và đăng ký lại máy: hồ sơ đơn vị đã nhận trên máy chủ sẽ được tải về.':
    'The old enrollment was lost with the data. Ask the administrator for a new enrollment code and enroll the phone again: the unit’s records on the server will be downloaded.',
  'Trình duyệt chưa cam kết giữ dữ liệu': 'The browser has not promised to keep the data',
  'Khi bộ nhớ của máy gần đầy, trình duyệt có thể tự xóa dữ liệu của ứng dụng, kể cả hồ sơ chưa gửi.':
    'When the phone runs low on space, the browser may delete the app’s data on its own, including records not yet sent.',
  'Để an toàn: cài ứng dụng vào màn hình chính, đồng bộ thường xuyên và tải bản sao lưu định kỳ (Cài đặt › Sao lưu và khôi phục).':
    'To stay safe: install the app on the home screen, sync often and download a backup regularly (Settings › Backup and restore).',
};
