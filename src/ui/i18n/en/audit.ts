/** English entries of the dossier's audit trail (history card; see ../en.ts for the conventions). */
export const EN_AUDIT: Readonly<Record<string, string>> = {
  'Máy chưa đăng ký với máy chủ: chỉ có các bước ghi trên máy này.': 'This phone is not enrolled with the server: only the steps recorded on this phone.',
  'Đang ngoại tuyến: đây là các bước ghi trên máy này. Lịch sử trên máy chủ cần kết nối mạng.':
    'Offline: these are the steps recorded on this phone. The server’s history needs a connection.',
  'Máy chủ chưa có hồ sơ này (chưa đồng bộ): đây là các bước ghi trên máy này.': 'The server does not have this dossier yet (not synced): these are the steps recorded on this phone.',
  'Chưa tải được lịch sử trên máy chủ: {reason}': 'Could not load the server’s history: {reason}',
  'Đang tải lịch sử trên máy chủ…': 'Loading the server’s history…',
  'Gồm lịch sử trên máy chủ (lúc {time}).': 'Includes the server’s history (as of {time}).',
  'Chưa có trên máy chủ': 'Not on the server yet',
};
