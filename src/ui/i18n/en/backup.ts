/** English entries of the backup screens (see ../en.ts for the conventions). */
export const EN_BACKUP: Readonly<Record<string, string>> = {
  'Sao lưu và khôi phục': 'Backup and restore',
  'Tệp sao lưu chứa mọi hồ sơ, phản ánh, danh mục, kế hoạch và cài đặt trên máy này (không chứa mã đăng ký thiết bị). Khôi phục trên máy mới: dữ liệu chưa gửi cũng sẽ được gửi lên máy chủ.':
    'The backup file holds every dossier, feedback, catalogue entry, plan and setting on this phone (not the device enrollment). Restore it on a new phone: whatever was not sent yet will be sent to the server too.',
  'Tải bản sao lưu': 'Download a backup',
  'Khôi phục từ tệp': 'Restore from a file',
  'Đang kiểm tra tệp…': 'Checking the file…',
  'Đang khôi phục…': 'Restoring…',
  'Xem trước khi khôi phục': 'Preview before restoring',
  'Tệp «{file}», tạo lúc {time}{unit}.': 'File “{file}”, made at {time}{unit}.',
  'Hồ sơ': 'Dossiers',
  'Danh mục, kế hoạch, cài đặt': 'Catalogue, plans, settings',
  '{count} mục thêm hoặc cập nhật': '{count} entry added or updated|{count} entries added or updated',
  '{added} mới, {updated} cập nhật, {same} giống hệt': '{added} new, {updated} updated, {same} identical',
  'Không có gì thay đổi: máy này đã có mọi dữ liệu trong tệp.': 'Nothing changes: this phone already holds everything in the file.',
  'Dữ liệu trên máy được giữ: với mỗi hồ sơ, phần nào sửa sau cùng thì giữ phần đó.': 'Nothing on this phone is lost: for each dossier, whichever part was edited last is kept.',
  'Đã tạo bản sao lưu «{file}»: {dossiers} hồ sơ, {feedback} phản ánh, {procedures} thủ tục, {plans} kế hoạch, {settings} mục cài đặt.':
    'Backup “{file}” made: {dossiers} dossiers, {feedback} feedback, {procedures} procedures, {plans} plans, {settings} settings.',
  '{count} bản ghi không đọc được nên không có trong tệp.': '{count} unreadable record was left out of the file.|{count} unreadable records were left out of the file.',
  'Chưa tạo được bản sao lưu: {reason}': 'Could not make the backup: {reason}',
  'Máy này chưa thay đổi gì.': 'Nothing on this phone has changed.',
  'Đã khôi phục: hồ sơ {dossiers}; phản ánh {feedback}. {queued} thay đổi sẽ được gửi lên máy chủ khi máy đã đăng ký và có mạng.':
    'Restored: dossiers {dossiers}; feedback {feedback}. {queued} changes will be sent to the server once the phone is enrolled and online.',
  'Chưa khôi phục được: {reason}. Máy này chưa thay đổi gì.': 'Could not restore: {reason}. Nothing on this phone has changed.',
  // Why a file is refused (src/domain/backup/parseBackup.ts, src/data/backupRestore.ts).
  'Tệp không đọc được: nội dung không phải JSON hợp lệ (tệp có thể bị cắt ngang hoặc hỏng).': 'The file cannot be read: it is not valid JSON (it may be cut short or damaged).',
  'Tệp không phải bản sao lưu của Sổ Một Cửa.': 'This file is not a Sổ Một Cửa backup.',
  'Bản sao lưu này do phiên bản mới hơn của ứng dụng tạo ra (định dạng {version}). Hãy cập nhật ứng dụng rồi thử lại.':
    'This backup was made by a newer version of the app (format {version}). Update the app and try again.',
  'Bản sao lưu hỏng: phần đầu tệp không hợp lệ ({reason}).': 'Damaged backup: the start of the file is invalid ({reason}).',
  'Bản sao lưu hỏng: tệp ghi {expected} mục {part} nhưng có {actual} (tệp có thể bị cắt bớt hoặc bị sửa).':
    'Damaged backup: the file announces {expected} {part} but holds {actual} (it may have been cut short or edited).',
  'Bản sao lưu hỏng: {part} thứ {index}: {reason}': 'Damaged backup: {part} no. {index}: {reason}',
  'Bản sao lưu hỏng: {part} thứ {index} trùng mã với một mục trước đó.': 'Damaged backup: {part} no. {index} has the same id as an earlier one.',
  'Tệp quá lớn ({size} MB): bản sao lưu của Sổ Một Cửa không vượt quá {max} MB. Hãy kiểm tra đã chọn đúng tệp.':
    'The file is too large ({size} MB): a Sổ Một Cửa backup is at most {max} MB. Check that you chose the right file.',
  'Tệp trống, không phải bản sao lưu của Sổ Một Cửa.': 'The file is empty: it is not a Sổ Một Cửa backup.',
  'Bản sao lưu hỏng: cài đặt «{key}»: {reason}': 'Damaged backup: setting “{key}”: {reason}',
  'phản ánh, kiến nghị': 'feedback',
  'mục lịch sử hồ sơ': 'dossier history entry',
  'thủ tục': 'procedure',
  'kế hoạch': 'plan',
  'số liệu nhập tay': 'typed figure',
  'cài đặt': 'setting',
};
