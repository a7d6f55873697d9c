/** English entries of the importRegister screens (see ../en.ts for the conventions). */
export const EN_IMPORT_REGISTER: Readonly<Record<string, string>> = {
  'Nhập sổ theo dõi từ tệp': 'Import a register from a file',
  'Chuyển sổ theo dõi cũ (CSV hoặc Excel .xlsx) vào máy: mỗi dòng một hồ sơ, các cột như tệp mẫu. Tệp có lỗi thì không nhập dòng nào; nhập lại cùng tệp không tạo hồ sơ trùng.':
    'Bring an existing register (CSV or Excel .xlsx) onto this phone: one dossier per row, columns as in the template. A file with any error imports nothing; importing the same file again creates no duplicates.',
  'Chọn tệp sổ theo dõi (.csv, .xlsx)': 'Choose a register file (.csv, .xlsx)',
  'Tệp «{file}» có {count} lỗi, chưa nhập hồ sơ nào. Sửa tệp rồi chọn lại:':
    'The file «{file}» has {count} error, nothing was imported. Fix the file and choose it again:|The file «{file}» has {count} errors, nothing was imported. Fix the file and choose it again:',
  'Cả {count} hồ sơ trong tệp «{file}» đã có trên máy, không có gì để nhập.':
    'The {count} dossier in «{file}» is already on this phone; nothing to import.|All {count} dossiers in «{file}» are already on this phone; nothing to import.',
  '{count} hồ sơ sẽ nhập': '{count} dossier to import|{count} dossiers to import',
  'từ tệp «{file}».': 'from «{file}».',
  '{count} hồ sơ đã có trên máy, bỏ qua.': '{count} dossier is already on this phone and will be skipped.|{count} dossiers are already on this phone and will be skipped.',
  'Nhập {count} hồ sơ': 'Import {count} dossier|Import {count} dossiers',
  'Đang nhập…': 'Importing…',
  'Đã nhập {count} hồ sơ vào sổ.': 'Imported {count} dossier into the register.|Imported {count} dossiers into the register.',
  '{count} hồ sơ đã có, bỏ qua.': '{count} dossier was already there, skipped.|{count} dossiers were already there, skipped.',
  'Chưa nhập được: {reason}. Sổ giữ nguyên.': 'Could not import: {reason}. The register is unchanged.',
  // Whole-file problems from src/domain/import and src/domain/export/xlsxRead.ts.
  'Tệp trống.': 'The file is empty.',
  'Tệp không phải bảng tính .xlsx hợp lệ.': 'The file is not a valid .xlsx workbook.',
  'Bảng tính .xlsx bị hỏng (nội dung XML không đọc được).': 'The .xlsx workbook is damaged (its XML cannot be read).',
  'Bảng tính .xlsx không có trang tính nào.': 'The .xlsx workbook has no worksheet.',
  'Tệp không phải mã UTF-8 nên chữ tiếng Việt sẽ bị sai. Trong Excel, chọn Lưu thành (Save As) → "CSV UTF-8 (Comma delimited)", rồi nhập lại; hoặc lưu dạng .xlsx.':
    'The file is not UTF-8, so Vietnamese letters would come out wrong. In Excel, use Save As → "CSV UTF-8 (Comma delimited)" and import again, or save as .xlsx.',
  'Tệp .xls (Excel 97–2003) chưa đọc được. Trong Excel, hãy lưu thành .xlsx hoặc "CSV UTF-8".':
    '.xls files (Excel 97–2003) cannot be read yet. In Excel, save as .xlsx or "CSV UTF-8".',
};
